# (url, slug, text, expect, category, surface, lang, ctx)
C=[]
def a(url,slug,text,exp,cat,surf='message',lang='en',ctx=None):
    C.append(dict(url=url,slug=slug,text=text,expect=exp,category=cat,surface=surf,lang=lang,ctx=ctx or {}))
u='https://kwork.com/terms_of_service'; s='kwork-terms'
a(u,s,"Only one account is allowed per person. The service's management reserves the right to delete duplicate accounts.",'clean','account-sharing')
a(u,s,"Discussing Kwork payment conditions is prohibited. The user is responsible for any such violation.",'clean','payment')
a(u,s,"Profanity, rudeness, unauthorized advertising, as well as posting information and materials that negatively affect the website's image are prohibited.",'clean','harassment')
u='http://sthelp.ru/node/51/'; s='sthelp-rules'
a(u,s,"Просьбы или разговоры о передаче любых контактных данных запрещены! Все Ваши контактные данные нужно указывать только в своем профиле в соответствующих полях.",'clean','contact-request',lang='ru')
a(u,s,"Запрещено: предлагать пользователям возможное сотрудничество вне сайта; накручивать рейтинг; писать «вымышленные» отзывы.",'clean','off-platform',lang='ru')
a(u,s,"Нельзя писать контактные данные (почту, аську, номера кошельков, банковские счета, телефоны, свои сайты) в заказах, комментариях, файлах и отзывах.",'clean','contact-sharing',lang='ru')
u='https://forum.fiverr.com/t/dont-take-chances-with-your-fiverr-account/186696'; s='fiverr-dont-take-chances'
a(u,s,"I recently had a $250 order which was placed without enough info and with a phone number to get more details. Obviously, I could have called the buyer and it is likely that they would have given me the info, however that is against ToS.",'clean','contact-sharing')
a(u,s,"Even if you have good intentions, such as sending them an email because they did not respond to messages, these actions are not ok. You need to stick to the rules.",'clean','off-platform')
u='https://forum.fiverr.com/t/what-are-the-acceptable-modes-of-communicating-with-the-buyer-once-an-order-is-already-made/493600'; s='fiverr-acceptable-modes'
a(u,s,"My question is still whether as a free user it is acceptable to talk with the client through phone, messaging apps, personal email, etc. to discuss what the client exactly requires.",'clean','off-platform')
a(u,s,"In my opinion, it's not worth the risk. Even putting \"@\" in your chat will flag it.",'clean','contact-sharing')
u='https://help.fiverr.com/hc/en-us/articles/12792122691601-Stay-protected-Fiverr-s-off-platform-policy'; s='fiverr-off-platform-policy'
a(u,s,"Communication through third-party tools is permitted only after an order has been placed. If you communicate through third-party tools, document your conversations and share them on the platform.",'clean','off-platform')
a(u,s,"Keep communication secure: avoid sharing personal or sensitive details like passwords or credit card information.",'clean','account-sharing')
u='https://fins.biz/workstyle/lancers-direct-transaction'; s='fins-lancers-direct'
a(u,s,"ランサーズを通さずクライアントから直接取引を行ってもいいのでしょうか? 結論から言うと、「直接取引は禁止」です。",'clean','payment',lang='ja')
a(u,s,"「手数料を取られるんだったら、直接仕事を受けた方がいいじゃないか」と思う人もいるかもしれませんが、直接取引はリスクが大きいです。",'clean','payment',lang='ja')
u='https://lancers.jp/consultation/detail/1364'; s='lancers-consult-1364'
a(u,s,"Skypeにて面談をしたいと思います。添付の職務経歴書のフォーマットに、お名前と職歴と連絡先と住所をご記入のうえお送りください。",'violation','contact-request',lang='ja',ctx={'role':'client'})
a(u,s,"プロジェクト案件に応募させて頂いたところ、skypeにて面談をしたいという返事が届きました。これは違反行為にあたりますでしょうか?",'clean','off-platform',lang='ja')
u='https://github.com/erthink/t1ha/issues/28'; s='gh-t1ha-28'
a(u,s,"Hello, I accidentally found your github and saw that you are from Moscow, can we talk by email? Pls, contact me: mrkot_demo@gmail.com",'violation','contact-sharing')
u='https://github.com/anirudhmalik/xhunter/issues/9'; s='gh-xhunter-9'
a(u,s,"Please i need to talk to you on telegram",'violation','off-platform')
a(u,s,"Mail at: anil.demo@gmail.com\nI don't use telegram",'violation','contact-sharing')
u='https://github.com/this-kin/Todey/issues/1'; s='gh-todey-1'
a(u,s,"hello sir  can you give me your  email  gmail or  telegram\nmy 0020 555 0130 058\nor  farid_demo2021@gmail.com",'violation','contact-sharing')
a(u,s,"Yes sure sir  +234 555 0687 328",'violation','contact-sharing')
a(u,s,"do you have gmail?",'violation','contact-request')
u='https://github.com/NoRaincheck/scikit-feature/issues/12'; s='gh-scikit-feature-12'
a(u,s,"Hi \nI want to contact with you , have you email , telegram or twitter?",'violation','contact-request')
a(u,s,"Github issues is works for me.",'clean','off-platform')
u='https://github.com/q1an1x/ReportUI/issues/14'; s='gh-reportui-14'
a(u,s,"Hello,\n\nPlease email me immediately regarding some business.",'violation','off-platform')
a(u,s,"Please do not spam issues.",'clean','harassment')
a(u,s,"jo.demo@pulsar-demo.example.com Email me thx. you can close this. I just need to contact you",'violation','contact-sharing')
a(u,s,"You can find my email address in my profile page, or the readme file of this repo. Don't reopen this issue.",'violation','contact-sharing')
u='https://github.com/aels/mailtools/issues/11'; s='gh-mailtools-11'
a(u,s,"Hello bro.\n\nplease u have anywhere where we can contact you in email or you have any YouTube channel or telegram where you can be reached?\n\nThanks",'violation','contact-request')
a(u,s,"yep, telegram @lavender_demo",'violation','contact-sharing')
u='https://www.workontoday.org/en/rules/'; s='workontoday-rules'
a(u,s,"Respectful communication: insults, discrimination and provocations are prohibited. Confidentiality: do not disclose project data and personal information of other participants.",'clean','harassment')
