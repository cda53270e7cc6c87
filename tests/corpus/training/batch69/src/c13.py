u='https://github.com/yasserbdj96/Followers-Bot-GithubAPI/issues/4'; s='gh-followers-bot-4'
a(u,s,"👋 Salom! Men Frontend Developer.\n🔁 Follow-for-Follow\n✅ Men sizni follow qilaman\n✅ Repo-laringizga star bosaman\n> Iltimos, meni follow qiling — men ham qaytaraman! 🙏\n#f4f #followback",'violation','feedback',lang='uz')
u='https://github.com/fbbergamo/gerador-pix/issues/11'; s='gh-gerador-pix-11'
a(u,s,"Gostaria de saber se tem como colocar um campo para inserir numero do whatsapp. Por exemplo quando eu ler o qrcode e pagar o pix enviar o comprovante de pagamento direto para esse numero do whats.",'clean','payment',lang='pt',ctx={'role':'client'})
a(u,s,"Qualquer coisa me envie um e-mail que passo meu whats para conversar melhor.",'violation','off-platform',lang='pt',ctx={'role':'client'})
a(u,s,"Dá para fazer algo com o QRCode dinamico, usando alguma API que tem integração com o sistema pix do Bacen. Aí ele consegue avisar o sistema que aquele QrCode foi pago, e vc pode enviar o comprovante para um numero de whatsapp.",'clean','payment',lang='pt')
u='https://github.com/keshavbhatt/ultimate-media-downloader-linux/issues/15'; s='gh-umd-linux-15'
a(u,s,"You can pass cookies from your web browser where you are logged into your account. See the settings section for the option and how you can do it.",'clean','account-sharing')
u='https://github.com/photopea/photopea/issues/8104'; s='gh-photopea-8104'
a(u,s,"The most common problem is, when people log in with a different email address each time, and their Premium is attached just to one email address.",'clean','account-sharing')
u='https://github.com/SpyderXu/multi-object-tracking-paper-list/issues/10'; s='gh-mot-paper-list-10'
a(u,s,"Hi, \n\nI hope you are doing well. Please contact me on irfan.demo5202@gmail.com\nI'm waiting for further discussion. \n\nThank you!",'violation','contact-sharing',ctx={'role':'client'})
u='https://github.com/EngineerMazeed/ZLT-X28/issues/8'; s='gh-zlt-x28-8'
a(u,s,"Hello brother\n please share contact number for whatsapp for me.",'violation','contact-request',ctx={'role':'client'})
u='https://github.com/paghiper/whmcs/issues/86'; s='gh-paghiper-whmcs-86'
a(u,s,"É possível criar um novo modulo com a opção de pagamento por PIX? Notei que tem um QR code no boleto para o PIX, será que é possível imprimir esse QR code direto na fatura?",'clean','payment',lang='pt')
u='https://github.com/pagseguro/pagseguro-sdk-php/issues/218'; s='gh-pagseguro-218'
a(u,s,"Em produção, apenas será ativado o PIX após nossa homologação, todas as tratativas e dúvidas serão tratadas via o chamado que abrirem e não por este e-mail, tudo bem?",'clean','off-platform',lang='pt')
