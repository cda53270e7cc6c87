u='https://xn--d1abb2a.xn--p1ai/faq/articles/pravila-bezopasnosti-5'; s='ru-faq-pravila-bezopasnosti'
a(u,s,"Для обеспечения вашей безопасности рекомендуется вести все коммуникации исключительно в рамках встроенного чата сервиса. Избегайте обмена контактной информацией и перехода на сторонние ресурсы.",'clean','off-platform',lang='ru')
u='http://webmasters.ru/forum/f118/pravila-razdela-chitat%60-obyazatel%60no-19920/'; s='webmasters-ru-pravila'
a(u,s,"Сообщения \"пример в личку\", \"отписал в асю\" и подобные будут расценены как флуд, а авторы в свою очередь будут наказаны.",'clean','contact-sharing',lang='ru')
a(u,s,"Если ТС не указал о продаже \"за отзыв\", то попрошайничество будет наказываться, а посты удаляться.",'clean','feedback',lang='ru')
u='https://support.99designs.com/hc/en-us/articles/204761405-How-do-I-report-unprofessional-behavior'; s='99designs-report-unprofessional'
a(u,s,"If you see behavior you think should be brought to our attention, please contact us: racist, sexist, or otherwise offensive language; advertising or spam; completing deals outside of the site; duplicate accounts; defamation.",'clean','harassment')
u='https://support.99designs.com/hc/en-us/articles/204762025-How-does-99designs-warning-system-work'; s='99designs-warning-system'
a(u,s,"First warning: 24-hour temporary suspension. Second warning for the same violation: your account will be temporarily or permanently suspended. Third warning of any type: your account will be suspended permanently.",'clean','off-platform')
u='https://99designs.co.uk/blog/tips/designer-disputes-how-to-avoid-getting-a-time-out-from-99designs/'; s='99designs-uk-designer-disputes'
a(u,s,"Don't verbally attack other designers on the contest page. If you feel that another designer has copied your work or is using stock inappropriately, please file a proper report.",'clean','harassment')
u='https://blog.workana.com/en/freelancing/benefits-from-having-interactions-recorded-on-workana/'; s='workana-blog-interactions-recorded'
a(u,s,"Once a professional has been selected and the escrow has been made, freelancers and clients may need other types of communication. At this point, they may exchange Skype, emails, phones and other means that may help make communication more fluid.",'clean','contact-sharing')
u='https://community.workana.com/community/2556379/Preciso-receber-o-material-do-cliente-como-enviar-o-email-pra-ele'; s='workana-comunidade-2556379'
a(u,s,"Preciso receber o material do cliente, como enviar o email pra ele?",'clean','contact-sharing',lang='pt')
a(u,s,"Ao apresentar uma proposta, o profissional não pode: solicitar ou aceitar pagamento fora da plataforma; incluir qualquer informação de contato. Exemplo: Skype, email, telefone, página na internet.",'clean','payment',lang='pt')
u='https://cesade.com.br/?p=13019'; s='cesade-cautela'
a(u,s,"Quem ganha sempre é o site, que calcula sua comissão de 15% no sentido inverso (valor cobrado pelo profissional dividido por 0,85).",'clean','payment',lang='pt')
