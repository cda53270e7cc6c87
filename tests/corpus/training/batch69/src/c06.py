u='https://github.com/proteansec/visual-studio-projects/issues/3'; s='gh-proteansec-3'
a(u,s,"Hi there, I find your work fascinating! I have an intriguing proposition for you. Let's discuss. \n\nTelegram: @vereck_demo\nDiscord: vereck_demo\nWhatsApp: +44 7700 900555",'violation','contact-sharing')
u='https://github.com/WooMinecraft/WooMinecraft/issues/120'; s='gh-woominecraft-120'
a(u,s,"Please accept me on skype, thanks.",'violation','off-platform')
a(u,s,"this is a issue tracker - not a personal contact form!!",'clean','off-platform')
u='https://github.com/devhotteok/TwitchLink/issues/215'; s='gh-twitchlink-215'
a(u,s,"Unfortunately, all the presented support methods are not available for my country, please consider adding donations to a USDT wallet address in TRC20, as the most popular network for USDT.",'clean','payment')
a(u,s,"Thank you for the advice. I am not currently using cryptocurrency, but I will consider it in the future.",'clean','payment')
u='https://github.com/ilyarolf/AiogramShopBot/issues/49'; s='gh-aiogramshop-49'
a(u,s,"Hi, the implementation of this functionality is negotiated separately, and on a commercial basis.",'clean','payment')
a(u,s,"telegram??",'violation','contact-request',ctx={'role':'client'})
a(u,s,"send your username or link, I'll message you on telegram",'violation','off-platform')
a(u,s,"Texted you on Telegram at 19:00 UTC.",'violation','off-platform')
u='https://github.com/i3roly/firefox-dynasty/issues/88'; s='gh-firefox-dynasty-88'
a(u,s,"Dev Marlow is a complete douchebag. I brought up a couple of issues, and he flipped out for no good reason. Apparently, this idiot is insecure about his piece of shit project.",'violation','harassment',ctx={'role':'client'})
u='https://github.com/Liam6666/FragmentationX/issues/6'; s='gh-fragmentationx-6'
a(u,s,"Oh, my gosh! Never seen such a rubbish project, who created it? I want to give him a good beating, it's an insult to the program.",'violation','harassment',ctx={'role':'client'})
u='https://github.com/ancsemi/Haven/issues/2850'; s='gh-haven-2850'
a(u,s,"The AI gave you garbage because you gave it garbage prompts. The result is this pile of steaming shit you call a project. It is dead. It is useless. Delete it now.",'violation','harassment',ctx={'role':'client'})
u='https://github.com/hashirluv/whitetheme-v13/issues/1'; s='gh-whitetheme-1'
a(u,s,"Hello, I like the work you're doing. Could you please send me your contact details to alan.demo@gmail.com so I can pass on a similar project. Looking forward",'violation','contact-sharing',ctx={'role':'client'})
a(u,s,"Hey, thank you. You can contact me at hamza.demo@bluelynx-demo.example.com",'violation','contact-sharing')
u='https://github.com/devlikeapro/waha/issues/61'; s='gh-waha-61'
a(u,s,"This project looks very cool and polished, but I'd like to send you a few questions via email with some concerns I have (I am deciding if I can use it for a client). Is there any email address where I could ask these questions?",'violation','contact-request',ctx={'role':'client'})
a(u,s,"My github nickname at gmail :)",'violation','contact-sharing')
u='https://github.com/plugnburn/colorbuzz/issues/3'; s='gh-colorbuzz-3'
a(u,s,"Здравствуйте, очень хочу связаться с Вами, есть предложение по работе. Требуется определенный допил, оплачиваемый и пойдет на пользу комьюнити. Свяжитесь со мной, telegram @belz_demo",'violation','contact-sharing',lang='ru',ctx={'role':'client'})
u='https://github.com/lydyxxx/PlayerokRequestsApi/pull/2'; s='gh-playerok-pr2'
a(u,s,"можешь написать в telegram? Пообщаемся, познакомимся.\nhttps://t.me/hichi_demo",'violation','contact-sharing',lang='ru')
u='https://github.com/Mr-Wang119/jd-reserve-flash-sale/issues/6'; s='gh-jd-flash-6'
a(u,s,"作者怎么联系你呢 有偿请教您，谢谢",'violation','contact-request',lang='zh',ctx={'role':'client'})
u='https://github.com/Even201314/MRichEditor/issues/25'; s='gh-mricheditor-25'
a(u,s,"作者可以给我一个联系方式么?有问题请教,有报酬\n我qq 5550 1926",'violation','contact-sharing',lang='zh',ctx={'role':'client'})
u='https://github.com/thx/iconfont-plus/issues/1757'; s='gh-iconfont-1757'
a(u,s,"试试支付宝打赏+备注留言",'violation','payment',lang='zh')
a(u,s,"可是有些作者并没有开启打赏功能……",'clean','payment',lang='zh',ctx={'role':'client'})
u='https://github.com/c-kzxvldkhX/receiptnotice/issues/114'; s='gh-receiptnotice-114'
a(u,s,"能付支持定做？可否给个qq或者wechat联系方式,给你发 邮件联系不到",'violation','contact-request',lang='zh',ctx={'role':'client'})
u='https://github.com/O5-11/DeltaForceNormalPlayerHelper/issues/7'; s='gh-deltaforce-7'
a(u,s,"有偿想联系作者 定制一些功能。请您提供一下您的联系方式 本人微信 wx_demo_5551",'violation','contact-sharing',lang='zh',ctx={'role':'client'})
u='https://github.com/qssq/feedback/issues/54'; s='gh-qssq-feedback-54'
a(u,s,"定制怎么联系",'violation','contact-request',lang='zh',ctx={'role':'client'})
a(u,s,"不再更新 违法不做, q 55503 5068",'violation','contact-sharing',lang='zh')
