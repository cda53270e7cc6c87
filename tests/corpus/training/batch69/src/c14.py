u='https://github.com/imlifengfeng/WorkflowShare/issues/2'; s='gh-workflowshare-2'
a(u,s,"留下QQ,微信,电话号码!",'violation','contact-request',lang='zh',ctx={'role':'client'})
u='https://github.com/konklone/json/issues/275'; s='gh-konklone-json-275'
a(u,s,"Instagram 10 Yorum\nGönderiye Uygun Yorumlar\n%100 Türk Kullanıcılar\nGönderiyi Beğenirler\nAnında Başlar\nŞifre Gerekmez\n26,00₺",'violation','feedback',lang='tr')
u='https://github.com/AlirezaPlusOfficial/in/issues/6'; s='gh-alirezaplus-in-6'
a(u,s,"İnstagram\n@hira_demo_106\nŞifresini bulabilir misin lütfen",'violation','account-sharing',lang='tr',ctx={'role':'client'})
u='https://github.com/CryonicsX/instagram-massdm/issues/6'; s='gh-instagram-massdm-6'
a(u,s,"How could I message you for work?",'violation','contact-request',ctx={'role':'client'})
a(u,s,"my telegram sure you can",'violation','off-platform')
u='https://github.com/Calotype/SEO/issues/63'; s='gh-calotype-seo-63'
a(u,s,"One way to quickly establish a presence on Instagram is to buy Instagram accounts. These accounts already have established followers, engagement, and content. 24 hours reply, order now.",'violation','account-sharing')
