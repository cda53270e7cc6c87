u='https://github.com/azu/azu/issues/88'; s='gh-azu-88'
a(u,s,"この度は、JavaScript、Node.js 教材のレビューの仕事を依頼したいと考えているのですが、仕事の依頼の相談などはどちらで連絡を取れば良いでしょうか？ご教授いただければと思っております🙇‍♂️",'violation','contact-request',lang='ja',ctx={'role':'client'})
a(u,s,"すでに作成済みのコンテンツに対して1度全体的にレビューするようなイメージでしょうか? それとも、作成中のコンテンツに対して継続的なレビュー(期間的な契約をして、その期間中に作成されたコンテンツのレビュー)をするイメージでしょうか?",'clean','payment',lang='ja')
a(u,s,"メールアドレスは `az.demo@gmail.com` になります。",'violation','contact-sharing',lang='ja')
a(u,s,"メールのほうでやり取りするためIssueはクローズします。",'violation','off-platform',lang='ja')
u='https://github.com/leiurayer/downkyi/issues/1872'; s='gh-downkyi-1872'
a(u,s,"作者能给个邮箱联系吗？有偿学习下您的软件制作",'violation','contact-request',lang='zh',ctx={'role':'client'})
u='https://github.com/ruby-no-kai/official/issues/104'; s='gh-rubykai-official-104'
a(u,s,"1年ぶんなら銀行振込に対応してくれるそうなので、それでお願いする。",'violation','payment',lang='ja',ctx={'role':'client'})
a(u,s,"請求書をPDFで送ります! 請求書に記載する情報（担当者、住所、電話番号）を教えてください。",'violation','contact-request',lang='ja')
a(u,s,"請求書PDFをお送りする先のメールアドレスをお教えいただけますでしょうか？どうぞよろしくお願いいたします！",'violation','contact-request',lang='ja')
a(u,s,"info at rubykai-demo dot example 宛でお願いします！",'violation','contact-sharing',lang='ja',ctx={'role':'client'})
u='https://github.com/KurtBestor/Hitomi-Downloader/issues/2739'; s='gh-hitomi-2739'
a(u,s,"개발자님 혹시 프로그램 제작 의뢰도 받으시나요?",'clean','off-platform',lang='ko',ctx={'role':'client'})
a(u,s,"넵 디코로 연락주세요",'violation','off-platform',lang='ko')
a(u,s,"주소 어디있나요?",'violation','contact-request',lang='ko',ctx={'role':'client'})
a(u,s,"프로그램 하단 디코 아이콘 눌러서 서버 들어오시면 저 있어요",'violation','off-platform',lang='ko')
u='https://github.com/sskEvan/NCMusic/issues/5'; s='gh-ncmusic-5'
a(u,s,"大佬接外包吗？如题，接的话欢迎联系我，vx: syl_demo5550123",'violation','contact-sharing',lang='zh',ctx={'role':'client'})
u='https://github.com/NeoGraph-K/sd-webui-ddsd/issues/9'; s='gh-sd-webui-ddsd-9'
a(u,s,"선생님 작업이 궁금해서 혹시 이야기좀 나눌수 있을까해서? 혹시 뭐 디코나, 오픈카톡방 혹은 뭐 제 정보 남겨드리면 연락 가능합니까?",'violation','off-platform',lang='ko')
a(u,s,"오픈 카톡방 남겨주시면 연락 가능합니다. 디코는 개인적으로는 잘 안쓰고 오픈카톡방 열어주세요.",'violation','off-platform',lang='ko')
a(u,s,"https://open.kakao.com/o/demo5550 여기용!",'violation','contact-sharing',lang='ko')
u='https://github.com/hneemann/Digital/issues/765'; s='gh-hneemann-digital-765'
a(u,s,"I am interested in this project, can you give me an email so that I can easily contact and exchange some issues? Thank you very much.",'violation','contact-request')
a(u,s,"As mentioned in the README.md, private contact is possible via digital-sim.demo@example.com.",'violation','contact-sharing')
u='https://github.com/xcyao00/BGAD/issues/23'; s='gh-bgad-23'
a(u,s,"Thank you very much for the excellent work you have done! I am very interested in this project and would like to co-operate with you. May I contact you through some means, such as email or other communication tools that are convenient for you?",'violation','contact-request')
a(u,s,"You may can contact by my email i-dover.demo@example.edu",'violation','contact-sharing')
u='https://github.com/blackyblack/laundromat/issues/3'; s='gh-laundromat-3'
a(u,s,"Is there a way I can contact you via email? \n\nI have a proposal for some dev work over at our project for you.\n\nkind regards",'violation','contact-request',ctx={'role':'client'})
a(u,s,"You can contact me via sim.tetris.demo@gmail.com",'violation','contact-sharing')
u='https://github.com/jlondiche/Le-job-board/issues/5'; s='gh-le-job-board-5'
a(u,s,"Si je link une des offres a un potentiel candidat, il peut finir de l'offre en se demandant \"ok what's next?\", et du coup rajouter a la fin de chaque .md d'offre ton contact et l'objet de l'email pourrait faciliter cela ?",'clean','contact-sharing',lang='fr')
