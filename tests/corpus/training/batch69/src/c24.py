u='https://github.com/yi-zelin/DeltaForceSS/issues/16'; s='gh-deltaforcess-16'
a(u,s,"可以找你定制工具吗？",'clean','off-platform',lang='zh',ctx={'role':'client'})
a(u,s,"有飞机或者其他联系方式没",'violation','contact-request',lang='zh',ctx={'role':'client'})
a(u,s,"tg: zek_demo5",'violation','contact-sharing',lang='zh')
u='https://github.com/thomasjjj/Telegram-Snowball-Sampling/issues/3'; s='gh-snowball-sampling-3'
a(u,s,"Hi.... I want to know about working of your tool. Kindly DM me on telegram @hekr_demo69.",'violation','contact-sharing')
u='https://github.com/charlie-captain/iPhone-bot/issues/1'; s='gh-iphone-bot-1'
a(u,s,"牛，这个工具太好了，怎么联系你，我在做购买的工具，有问题希望请教",'violation','contact-request',lang='zh')
a(u,s,"mail: chaz.demo@gmail.com",'violation','contact-sharing',lang='zh')
u='https://github.com/jokogendeng77/SHPxBOT/issues/3'; s='gh-shpxbot-3'
a(u,s,"Info telegramnya om",'violation','contact-request',lang='id')
a(u,s,"Chat admin di WA `+62 555 0700 6969` atau Discord `@notpaijo_demo`",'violation','contact-sharing',lang='id')
u='https://github.com/scvps/scriptvps/issues/8'; s='gh-scriptvps-8'
a(u,s,"Gan minta contact nya gan. Minta contact telegram nya",'violation','contact-request',lang='id')
u='https://github.com/Tai7sy/card-system/issues/211'; s='gh-card-system-211'
a(u,s,"通过仓库底部的TeleGram无法联系到您。",'violation','off-platform',lang='zh')
a(u,s,"你可以留下你的tg",'violation','contact-request',lang='zh')
u='https://github.com/Yutix/TAIK/issues/1'; s='gh-yutix-taik-1'
a(u,s,"Dari ig saya aja @4n9ga_demo",'violation','contact-sharing',lang='id')
a(u,s,"Kgk pnya telegram. Yaudah add fb aja",'violation','off-platform',lang='id')
u='https://github.com/doGior/doGiorsHadEnough/issues/26'; s='gh-dogior-26'
a(u,s,"Ciao, avrei bisogno di contattarti per parlarti di una cosa. Dove posso scriverti eventualmente?",'violation','contact-request',lang='it')
a(u,s,"dogior_demo su Discord o su Telegram",'violation','contact-sharing',lang='it')
u='https://github.com/lidings/mytest/issues/14'; s='gh-lidings-mytest-14'
a(u,s,"iOS program design & system consultation\nif you have any question, please contact me with no hesitate\nphone: +44 20 5550 8888\nEmail: mprorer.demo@example.com",'violation','contact-sharing','proposal')
