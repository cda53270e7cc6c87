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
a(u,s,"Mail at: anirudh.demo@gmail.com\nI don't use telegram",'violation','contact-sharing')
u='https://github.com/this-kin/Todey/issues/1'; s='gh-todey-1'
a(u,s,"hello sir  can you give me your  email  gmail or  telegram\nmy 0020 555 0130 058\nor  faisal_demo2021@gmail.com",'violation','contact-sharing')
a(u,s,"Yes sure sir  +234 555 0687 328",'violation','contact-sharing')
a(u,s,"do you have gmail?",'violation','contact-request')
u='https://github.com/NoRaincheck/scikit-feature/issues/12'; s='gh-scikit-feature-12'
a(u,s,"Hi \nI want to contact with you , have you email , telegram or twitter?",'violation','contact-request')
a(u,s,"Github issues is works for me.",'clean','off-platform')
u='https://github.com/q1an1x/ReportUI/issues/14'; s='gh-reportui-14'
a(u,s,"Hello,\n\nPlease email me immediately regarding some business.",'violation','off-platform')
a(u,s,"Please do not spam issues.",'clean','harassment')
a(u,s,"joe@pulsar-demo.example.com Email me thx. you can close this. I just need to contact you",'violation','contact-sharing')
a(u,s,"You can find my email address in my profile page, or the readme file of this repo. Don't reopen this issue.",'violation','contact-sharing')
u='https://github.com/aels/mailtools/issues/11'; s='gh-mailtools-11'
a(u,s,"Hello bro.\n\nplease u have anywhere where we can contact you in email or you have any YouTube channel or telegram where you can be reached?\n\nThanks",'violation','contact-request')
a(u,s,"yep, telegram @lavender_demo",'violation','contact-sharing')
u='https://www.workontoday.org/en/rules/'; s='workontoday-rules'
a(u,s,"Respectful communication: insults, discrimination and provocations are prohibited. Confidentiality: do not disclose project data and personal information of other participants.",'clean','harassment')
u='https://github.com/uhIgnacio-zz/discord-phone/issues/1'; s='gh-discord-phone-1'
a(u,s,"Its very bad to follow person in github after two day unfollow \nYou are Not smat you are Fraudulent followers not important, skill is important",'violation','harassment')
a(u,s,"lmao get a life",'violation','harassment')
a(u,s,"Today I unfollowed most of the people due to some of them were mass following. If someone wants I can follow again (sorry if I have bad English, I speak Spanish)",'clean','feedback')
u='https://github.com/TranscryptOrg/Transcrypt/issues/477'; s='gh-transcrypt-477'
a(u,s,"If my analysis with regard to this is correct, please be so kind as to remove these 6 stars. If you want to contribute to its popularity, tell colleagues, write about it, use it, contribute to it. But things like signaled above are off limits.",'clean','feedback')
u='https://github.com/lutzroeder/netron/issues/654'; s='gh-netron-654'
a(u,s,"I understand that you want to promote the project and I love following people but honestly this made me unfollow you as I don't want to be spammed, especially since there's no way to turn these notifications off. Thanks.",'clean','harassment')
u='https://github.com/jitsi/docker-jitsi-meet/issues/1589'; s='gh-jitsi-1589'
a(u,s,"Some company is using stars on this repository to send targeted spam emails. That's lame.",'clean','contact-sharing')
u='https://github.com/Dolibarr/dolibarr/issues/18964'; s='gh-dolibarr-18964'
a(u,s,"To use paypal as payment method, I have now the choice of two possibilities: making my installation public so the paypal payment link works in the invoice, or create manually an invoice link within paypal and paste it in my email with the invoice attached.",'clean','payment')
u='https://github.com/pmartelletti/my-pictures-in-the-world/issues/106'; s='gh-mypictures-106'
a(u,s,"- Permitir opcion de mandar saldo directo al fotografo (sin pasar por cuenta de Eugenio para evitar impuestos)\n- Si no tiene cuenta de paypal, por momento, permitir saldo en la cuenta virtual y luego hacer una transferencia.",'clean','payment',lang='es')
u='https://github.com/mtotschnig/MyExpenses/issues/1044'; s='gh-myexpenses-1044'
a(u,s,"If you are living in EU or US or are able to transfer money to a EU or US bank account (using Wise for example), there is the Invoice option. You could also use GitHub Sponsors for the Professional Licence.",'clean','payment')
u='https://www.etvbharat.com/english/national/bharat/proxy-interviews-a-booming-business-in-the-digital-era/na20220713114911030030551'; s='etvbharat-proxy-interviews'
a(u,s,"Not sure about interview questions? Should someone else participate in it instead of you? Contact our company. Experts in the respective subjects will attend the interview on your behalf. The interview is ours...the job is yours.",'violation','account-sharing')
a(u,s,"Exploiting this weakness, some agencies have started to advertise services which enable the interviewee to not appear for the interview. This service is called 'proxy interview'.",'clean','account-sharing')
u='https://www.sciata.com/proxy'; s='sciata-proxy'
a(u,s,"The use of interview proxies is considered fraudulent and will render you ineligible for hire both now and any time in the future. Please have formal identification ready before the screening call.",'clean','account-sharing',ctx={'role':'client'})
u='https://theconnorsgroup.com/2023/12/05/proxy-interviews-exposed-bait-switch/'; s='connorsgroup-proxy'
a(u,s,"A proxy interview occurs when a candidate sends a stand-in, or uses deepfake technology, to represent themselves in a phone or video interview. Candidates may use tools like Zoom or TeamViewer so someone else can take the employment test remotely.",'clean','account-sharing')
u='https://blog.talview.com/en/detecting-interview-scams-proxy-workers'; s='talview-proxy-workers'
a(u,s,"Have you ever faced a situation where the person who aces the interview and the one who shows up for work are two entirely different individuals? If so, you're not alone.",'clean','account-sharing')
u='https://tawgl.com/blog/proxy-interviews'; s='tawgl-proxy'
a(u,s,"Often, these proxies are highly skilled individuals or even professional interviewees who offer their services for a fee, claiming expertise in acing technical rounds.",'clean','account-sharing')
u='https://24freelance.pro/en/rules.html'; s='24freelance-rules'
a(u,s,"It is prohibited to use as logins, display names, or on an avatar image words or phrases that carry advertising of sites, contact details, names of firms or studios.",'clean','contact-sharing')
a(u,s,"Registration is allowed only with one's own e-mail. That is, the first name and last name on the email used for registration and on the account must match.",'clean','account-sharing')
u='https://github.com/deromafilossali/MNA/issues/1'; s='gh-mna-1'
a(u,s,"What you have to do is to: Attend and pass all rounds of technical interviews on behalf of our candidates. Join and participate in daily stand-up meetings once hired.",'violation','account-sharing')
a(u,s,"If there's a technical assessment, I can either train you for it or handle it myself on your behalf. Then, we'd split the salary (80 me and my team / 20 you) based on our involvement.",'violation','account-sharing')
u='https://github.com/Sheekovic/1XBetCrash-Prediction/issues/57'; s='gh-1xbet-57'
a(u,s,"Thank you for reaching out and for considering me for this opportunity. That said, I'm not comfortable participating in interviews or job roles on behalf of others, as it goes against my personal and professional values.",'clean','account-sharing')
u='https://github.com/gamemann/Misc/issues/1'; s='gh-gamemann-misc-1'
a(u,s,"So if you agreed with this kind of collaboration, your responsibility would be conducting interviews with clients and managing communications since you're a US developer, and all the other stuffs like searching and coding would be on my side. Even if we split 50 to 50, it would be more beneficial.",'violation','account-sharing')
a(u,s,"You know, this is not a job offer or a hiring process, its a special collaboration. US clients are less likely hire overseas developers due to the work visa, cultural stuff and so on.",'violation','account-sharing')
u='http://www.peopleperhour.com/static/terms/terms'; s='pph-terms'
a(u,s,"All payments for work completed must go via the platform unless it has given its express written permission; attempts to pay outside will lead to sanctions not limited to immediate account suspension. Users must immediately report any offers to pay outside.",'clean','payment')
a(u,s,"Sellers must not request payment upfront before work has been completed. Buyers must pay within the 7 day payment terms.",'clean','payment')
u='https://fistcock.com/Navigating-the-World-of-Freelance-Fraud--Protecting-Freelancers-on-Guru-and-Similar-Platforms'; s='careercruise-guru-fraud'
a(u,s,"If a client asks for work before making a deposit, it is highly suspicious and can be indicative of a scam.",'clean','payment')
u='https://geoseeker.id/rules/'; s='geoseeker-rules'
a(u,s,"Strictly forbidden: make agreements outside related to projects by offering transactions directly, such as transferring directly to worker/freelancer accounts without going through the platform accounts.",'clean','payment')
a(u,s,"Strictly forbidden: creating multiple accounts or fake accounts; giving excessive or demeaning comments to others.",'clean','account-sharing')
u='https://www.best-global-support.com/en/-Freelancer-Policies/'; s='bgs-freelancer-policies'
a(u,s,"You should not share your contact information such as email, phone number, or Skype ID in your profile.",'clean','contact-sharing')
a(u,s,"You should have only one account per user. You should not share or duplicate your account in any way. Your account cannot be transferred or sold to other users.",'clean','account-sharing')
u='https://www.dramaticblogger.com/freelancing/work-with-more-privacy-on-guru-com-make-transactions-private/'; s='dramaticblogger-guru-private'
a(u,s,"If both parties agree to make a job private, no transaction will show on the freelancer account, and both parties will not be able to leave feedback for each other.",'clean','feedback')
u='https://coconala-support.zendesk.com/hc/ja/articles/9517266871193'; s='coconala-help-external'
a(u,s,"Instagramにこれまで制作したイラストを載せてます(@illust_demo)",'violation','contact-sharing','proposal',lang='ja')
a(u,s,"個人のポートフォリオサイトはこちらです https://portfolio-demo.example.com/works",'allowed','contact-sharing','proposal',lang='ja')
a(u,s,"サービス購入後はLINEでやり取りします",'violation','off-platform','proposal',lang='ja')
a(u,s,"対応可能な連絡ツールはこちらです(slack、LINE、Discord等)",'violation','off-platform','proposal',lang='ja')
a(u,s,"zoomで打ち合わせ可能です",'violation','off-platform',lang='ja')
a(u,s,"「しろくま工房」と検索したらプロフィールを確認できると思います",'violation','contact-sharing',lang='ja')
a(u,s,"別のプラットフォームでも同じ名前で活動してます",'violation','contact-sharing','proposal',lang='ja')
a(u,s,"外部でトラブルになった場合、運営で事実確認などが行えず適切なサポートを行うことができないことから、やり取りはサイト内のみとし、直接連絡に繋がる恐れのある記載を禁止しています。",'clean','off-platform',lang='ja')
u='https://chillmeron.com/ココナラ/【プロが解説】ココナラの外部誘導(直接取引)'; s='chillmeron-coconala-gaibu'
a(u,s,"「うっかり規約に違反してしまわないか」「手数料を節約したいけれどリスクは負いたくない」と、さまざまな不安を抱えている方もいらっしゃいます。",'clean','payment',lang='ja')
a(u,s,"禁止されている外部誘導の行為は、トークルーム外の外部連絡手段(メールアドレス、LINE ID、電話番号など)を交換する行為です。",'clean','contact-sharing',lang='ja')
u='https://chillmeron.com/ココナラ/知らないと危険!ココナラで絶対にしてはいけな'; s='chillmeron-coconala-15'
a(u,s,"相互購入や評価の強要など、信頼を崩壊させる禁止行為は、発覚次第即座にアカウント停止となります。",'clean','feedback',lang='ja')
u='https://dezawebworks.com/crowdsourcing/coconala-external/'; s='dezaweb-coconala-external'
a(u,s,"相手に外部取引や誘導をされたら、優しく断りましょう。規約違反であると知らない方も多いので、規約について書かれたページを送るといいでしょう。",'clean','off-platform',lang='ja')
a(u,s,"分かっていて送る方はテキストではなく「画像を送る」という悪質な手口もあります。その場合も、決して直接取引を行ってはいけません。",'clean','contact-sharing',lang='ja')
u='https://services.awaisora.com/2025/07/14/cdd8da29-0325-4b98-aa1e-5c1d125bbc9e'; s='awaisora-coconala-sns'
a(u,s,"2回目以降の取引でも、LINEやFacebookなどのSNSを利用して連絡を取ることは基本的に推奨されていません。",'clean','off-platform',lang='ja')
u='https://www.naturalmamabiz.com/coconaraline/'; s='naturalmama-coconala-line'
a(u,s,"結論から言いますと、ココナラでLINE交換はできません。Googleフォームなど、リンク形式のものも外部誘導になります。",'clean','contact-sharing',lang='ja')
u='https://hitotogi.wixsite.com/httg/post/外部取引への誘導の違反'; s='hitotogi-gaibu'
a(u,s,"こちらでは〇〇さん名義の領収書は発行できますか?",'clean','payment',lang='ja',ctx={'role':'client'})
a(u,s,"ここでは無理だと思います。運営名義のものは取引画面の領収書機能から発行できるみたいですよ。",'clean','payment',lang='ja')
a(u,s,"SNSアカウントの共有が規約違反で出来ないので、クレジット表記は最低限名前だけお願いします。",'clean','contact-sharing',lang='ja')
u='https://puchi-code.com/coconara-breach-rules'; s='puchicode-coconala'
a(u,s,"自分のメールアドレスをこっそり共有したり、SNSのアカウントを教えてそちらでのやり取りをしようとする行為は、規約に違反します。",'clean','contact-sharing',lang='ja')
u='https://reputationkiln.org/under-attack/review-extortion'; s='reputationkiln-review-extortion'
a(u,s,"A business gets hit with a burst of fake one-stars, then a text on a messaging app offering to remove them for a few hundred pounds. Do not pay, do not engage, and do not try to resolve it by offering money or free work.",'clean','feedback')
a(u,s,"A genuinely aggrieved customer saying \"I will leave a bad review if you do not sort this out\" is usually asserting a real grievance, even if it is uncomfortable.",'clean','feedback')
u='https://consumerist.com/2012/01/27/retailers-resort-to-offering-refunds-to-customers-for-positive-reviews-online/'; s='consumerist-refund-reviews'
a(u,s,"Please write a product review for the community. In return for writing the review, we will refund your order so you will have received the product for free.",'violation','feedback')
a(u,s,"I would have done 4 stars instead of 5 without the deal.",'violation','feedback',ctx={'role':'client'})
u='https://funpay.freshdesk.com/en/support/solutions/articles/103000273258-reviews-and-rating'; s='funpay-reviews'
a(u,s,"When an order is refunded, the review is automatically deleted. This is done to encourage refunds for orders with disputes.",'clean','feedback')
u='http://www.rentacoder.com./RentACoder/dotnet/Docs/ContactInfoRelease.aspx'; s='rentacoder-contact-release'
a(u,s,"To protect our fee, direct contact information is not allowed to be posted in any bid before funds are escrowed. Once funds are escrowed, this rule no longer applies.",'clean','contact-sharing')
a(u,s,"On larger projects, sometimes more direct communication (such as phone, IM, etc.) is useful even before the funds are escrowed. Please note that contact information is still never allowed on any bid.",'clean','off-platform')
u='https://www.askginkgo.com/blog/what-should-i-look-out-for-in-my-toptal-contractor-agreement'; s='askginkgo-toptal'
a(u,s,"You are bound by strict non-circumvention terms during and for 12 months after leaving the network, so you cannot take a client you met there and work with them directly.",'clean','payment')
a(u,s,"Your engagements with clients can begin with a trial period of up to 10 days. If the client is unhappy with your performance during that period, you don't get paid at all.",'clean','payment')
u='https://www.frag-einen-anwalt.de/Ist-Twagos-verhalten-rechtlich-ok--f215640.html'; s='fragen-anwalt-twago'
a(u,s,"Projektanbieter warten auf Angebote, die gar nicht machbar sind, weil meist eine sinnvolle Kommunikation ueber die Plattform kaum moeglich ist, weil zB URLs nicht uebermittelt werden duerfen.",'clean','contact-sharing',lang='de')
a(u,s,"Die AGB erzwingen Exklusivitaet fuer 12 Monate, dh an die Plattform muss 12 Monate gezahlt werden.",'clean','payment',lang='de')
u='https://utalentd.com/en/help/thm/community-trust-and-account-protection/31356221-guidelines-for-safe-communication'; s='utalentd-safe-communication'
a(u,s,"Sensitive personal information, such as your email address, phone number, or financial details, should never be shared outside the platform. Confirm deadlines, payment terms and deliverables in writing.",'clean','contact-sharing')
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
a(u,s,"Hello, I like the work you're doing. Could you please send me your contact details to adam.demo@gmail.com so I can pass on a similar project. Looking forward",'violation','contact-sharing',ctx={'role':'client'})
a(u,s,"Hey, thank you. You can contact me at hashir@bluelynx-demo.example.com",'violation','contact-sharing')
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
u='https://informatic.ai/blog/2023/06/14/identifying-and-protecting-yourself-from-fake-recruitment-scams-on-messaging-platforms/'; s='informatic-recruitment-scams'
a(u,s,"If a user shows interest, the scammer proceeds to ask for money for security checks or work equipment, a tactic known as advanced fee fraud.",'clean','payment')
u='https://kb.freeup.net/help/what-to-do-when-a-freeup-client-wants-to-work-off-platform'; s='freeup-off-platform'
a(u,s,"Working off of the platform with a client is a treacherous path to take. It is the easiest way to become involved in a scam, and we cannot provide mediation for payment disputes that happen off platform.",'clean','off-platform')
u='https://mgm-cs.com/2018/10/22/are-you-having-a-laugh-what-freelancers-want-to-say-vs-what-we-should-say/'; s='mgm-cs-are-you-having-a-laugh'
a(u,s,"I don't do free samples. Here are some examples of my work on the web. These clients went away very happy.",'clean','contact-sharing','proposal')
a(u,s,"If these aren't sufficient then I bid you good day and suggest you find somebody else more in line with your needs.",'clean','harassment')
u='https://github.com/PipedreamHQ/pipedream/issues/8073'; s='gh-pipedream-8073'
a(u,s,"It seems Wise isn't actually sending the webhook events. To reproduce: create a Wise trigger for payment completed, create a payment and complete it, no event is sent.",'clean','payment')
u='https://github.com/antiwork/flexile/issues/1615'; s='gh-flexile-1615'
a(u,s,"We had a case where a payment was successfully delivered on Wise's side, but the outgoing_payment_sent webhook was never received. As a result, the invoice remained in processing status and had to be manually marked as paid.",'clean','payment')
u='https://github.com/juspay/hyperswitch/issues/7399'; s='gh-hyperswitch-7399'
a(u,s,"Wise is integrated as a payout processor. This integration is not complete as webhooks are missing. Possible implementation: integrate IncomingWebhook for Wise.",'clean','payment')
u='http://aw-wrdsmth.com/FAQ/faq-samp_cvrltr_prop.html'; s='aw-wordsmith-sample-letter'
a(u,s,"We welcome the opportunity to work on Project X with you. We have studied the materials you supplied and now have a better understanding of what needs to be done to accomplish your goals.",'clean','contact-sharing','proposal')
u='https://viralbake.com/beware-of-online-job-scams-how-fraudsters-target-job-seekers-via-whatsapp-and-telegram'; s='viralbake-job-scams'
a(u,s,"The message promises quick earnings by performing basic online tasks, such as giving a 5-star rating to a product or liking a YouTube video.",'clean','feedback')
u='https://creditunion.co.uk/shattering-fake-whatsapp-job-scam'; s='creditunion-whatsapp-scam'
a(u,s,"They commonly request a copy of your licence, passport, bank details, and National Insurance number.",'clean','account-sharing')
u='https://www.upworkwizz.com/blog/what-makes-a-good-upwork-cover-letter'; s='upworkwizz-cover-letter'
a(u,s,"Most clients aren't looking for the cheapest freelancer. They're looking for confidence that you've understood their problem, can communicate clearly, and have successfully solved similar challenges before.",'clean','feedback','proposal')
u='https://github.com/lenis0012/LoginSecurity/issues/286'; s='gh-loginsecurity-286'
a(u,s,"Hi \ni wanted to know how to log in to my friend account if i need this?\n\nBecause the password we cant see and is there any way to login in with his password or without?",'violation','account-sharing')
u='https://github.com/duckduckgo/iOS/pull/671'; s='gh-duckduckgo-ios-671'
a(u,s,"App was rejected for promoting app rating on positive feedback. Steps to test: send feedback, choose positive, no app rating button or sub text will be visible.",'clean','feedback')
u='https://github.com/uilibrary/Stocky-Issues-and-Feature-request/issues/94'; s='gh-stocky-94'
a(u,s,"Thank you for your suggestions, we will discuss it and if this is reliable and useful for most of the users then we will add it to our queue. If you like our work & support, you can leave a review that will motivate our team toward further development.",'clean','feedback')
u='https://github.com/FredrikNoren/ungit/issues/1625'; s='gh-ungit-1625'
a(u,s,"Hello, how are you? I hope you are doing well.\nI am a full-stack developer with over 7 years of rich experience.\nI hope to join your team to contribute to your project.\nIf you're interested, could you please contact me at boyd_demo411@gmail.com?\nThanks.",'violation','contact-sharing','proposal')
u='https://github.com/mellow-finance/mellow-vaults/issues/306'; s='gh-mellow-vaults-306'
a(u,s,"I understand that you are looking for a Senior Fullstack Web Developer. Please find attached my resume for your consideration (not scam, it's a real pdf) 😄\n\nAdditionally, here's a link to my Twitter account:\nhttps://twitter.com/leo_frontend_demo\n\nHave a good day 👋",'violation','contact-sharing','proposal')
u='https://github.com/pewdiepie-archdaemon/dionysus/issues/101'; s='gh-dionysus-101'
a(u,s,"👋 Hi, I'm Ahmed K.\nFull Stack Software Engineer | B.Sc. Software Engineering\n📍 Porto, Portugal\n🔗 GitHub | LinkedIn | 📧 ahmed.k.demo@gmail.com\n\nFull Stack Software Engineer with 3+ years of experience building scalable web and mobile applications.",'violation','contact-sharing','proposal')
u='https://github.com/rmiyazaki6499/mern-app/issues/28'; s='gh-mern-app-28'
a(u,s,"hi\nI am interested in your position\nI have gone through your project requirements.\nI am a blockchain engineer and fullstack developer with over 8 years of experience\nmy telegramId: @webmiracle_demo\ndiscord: webmiracle_demo\nplease contact me.\nIooking forward to hearing from you",'violation','contact-sharing','proposal')
a(u,s,"Hello,\nI am interested in your job.\ncontact info:\nmy telegramId: @heracles_demo\nskype: live:.cid.demo5550\nLooing forward working with you",'violation','contact-sharing','proposal')
a(u,s,"Hi everyone, sorry but I'm not hiring for anything because I too am also looking for work. This issue seems unrelated to the repo so will close. Wish you good luck on finding something in these tough times",'clean','contact-request',ctx={'role':'client'})
u='https://github.com/silicia-apps/sio/issues/15'; s='gh-sio-15'
a(u,s,"HI,\nI sent you an e-mail",'violation','off-platform',ctx={'role':'client'})
u='https://github.com/mahathir85/nestjs-microservices/issues/68'; s='gh-nestjs-ms-68'
a(u,s,"Sorry for opening unrelated issue. Currently I have a project and are in need of a senior backend developer who can help me. Is there a way I can contact you?",'violation','contact-request',ctx={'role':'client'})
u='https://github.com/anuraghazra/anuraghazra/issues/38'; s='gh-anuraghazra-38'
a(u,s,"Oh oopsie, i actually did not even upload the pdf. hehe. Thank you but, currently I'm not available for hire, I'll surely consider this in future.",'clean','contact-request')
u='https://github.com/armankhondker/armankhondker.github.io/issues/1'; s='gh-armankhondker-1'
a(u,s,"With less than a year of experience under my belt, I'm like the \"rookie superhero\" of web development. So, if you're looking for a web developer with a dash of humor and a whole lot of coding passion, you just found your guy. Let's build awesome things together! 💻",'clean','contact-sharing','proposal')
u='https://github.com/tech256/jobs/issues/15'; s='gh-tech256-jobs-15'
a(u,s,"# Hire me?\n## Tyler H.\n### Resume\nhttps://stackoverflow.com/cv/tyler_demo\n#### Contact\n- Twitter: @tyler_demo",'violation','contact-sharing','proposal')
u='https://forum.fiverr.com/t/placing-a-order-question/75258'; s='fiverr-placing-order'
a(u,s,"You pay up-front. You don't have to have a PayPal account, though, you can complete a transaction as a guest. I would suggest that you start with a sample, partial order or milestone order.",'clean','payment')
u='https://github.com/MrTiz/CVE-2023-35671/issues/2'; s='gh-cve-35671-2'
a(u,s,"Boost visibility and ranking of your profile and repositories with our products. We sell: stars, forks, followers, watchers, reactions, upvotes, comments. Our high-quality products come with substantial bulk discounts.",'violation','feedback')
u='https://github.com/bitpay/wallet/issues/3204'; s='gh-bitpay-wallet-3204'
a(u,s,"Any possibility of implementing a reward/bounty for certain improvements or bug fixes here? I'd be willing to actually PAY something to get CERTAIN THINGS actually DONE, rather than having to wait until the volunteer community finds time.",'clean','payment',ctx={'role':'client'})
u='https://github.com/aeon-labs/gitmoney/issues/118'; s='gh-gitmoney-118'
a(u,s,"Current bounty: 0.02 BTC / $10. Submit a pull request containing your bitcoin address that resolves this issue and automatically get paid the amount above if it's merged.",'violation','payment',ctx={'role':'client'})
u='https://github.com/shopinvader/shopinvader-template-nuxtjs/issues/14'; s='gh-shopinvader-14'
a(u,s,"Hi, \n\nThis figma is private? Could be shared?",'clean','contact-request')
a(u,s,"Hi, I just shared with you (to the e-mail available in your github profile) the Figma files.\nIf you got any further question don't hesitate to contact me.",'allowed','contact-sharing',ctx={'role':'client'})
u='http://www.abrahamassociates.com/how_we_work/contact.html'; s='abraham-associates-contact'
a(u,s,"On contact, we assess whether we can supply the service you require. A Non-Disclosure or Confidentiality Agreement is agreed and signed (if appropriate) at this point as we respect and protect your intellectual property.",'allowed','contact-sharing','proposal')
u='https://productyse.com/post/before-the-service-starts-will-any-documents-be-signed-to-protect-the-customer-s-interests'; s='productyse-nda'
a(u,s,"Before the first payment, we usually sign two documents with the customer: a non-disclosure agreement, which outlines confidential materials, and a contract. The customer or we can provide the initial template.",'allowed','contact-sharing','proposal')
u='https://www.sitepoint.com/freelancer-cell-phone-etiquette-101/'; s='sitepoint-cell-etiquette'
a(u,s,"About 50% of the calls I make to clients' cell phones come at inopportune times for them. So when a client answers their cell, after you greet them, ask if it's a good time for them to talk.",'allowed','off-platform',ctx={'contract':'active'})
u='https://www.amwebtechnology.com/i-dont-take-phone-calls-as-a-policy/'; s='amweb-no-phone-calls'
a(u,s,"I don't take phone calls. Has zero to do with social interaction or awkwardness. It has everything to do with maintaining notes and keeping the client honest.",'clean','off-platform')
u='https://github.com/catcrop/.github/issues/76'; s='gh-catcrop-76'
a(u,s,"Name: drashti_demo\n\nHi I would like to see this git repo to approach your requirement freelancer, I got this URL from it and would like to access it to help you in your requirement.\nSo please allow me to enter into it.",'allowed','contact-sharing')
u='https://github.com/community/OSPO/issues/50'; s='gh-ospo-50'
a(u,s,"Hey hey 👋 \n\nI'd like to request access to the private repo for my handle @ghost_demo please! Thank you 😄",'allowed','contact-sharing')
a(u,s,"Invite sent! Welcome!",'allowed','contact-sharing',ctx={'role':'client'})
u='https://antiworkrepo.com/im-paid-well-i-work-from-home-and-i-love-what-i-do-but-its-not-enough-because-people-in-charge-are-always-the-problem'; s='antiworkrepo-paid-well'
a(u,s,"B made my day hell. I got 2 emails from him, he contacted me on my private phone, all to lecture me about my mistake.",'clean','contact-sharing')
u='http://tiffanymarkman.co.za/a-letter-from-your-freelancer/'; s='tiffanymarkman-letter'
a(u,s,"Your copy came out beautifully. There were a few tweaks here and there. And some extra changes. No charge for those.",'clean','payment',ctx={'contract':'active'})
a(u,s,"I'm going to level with you here, I don't have the energy to go through the 30-odd pages of your site to octuple-check it and list them all for you. Again.",'clean','harassment',ctx={'contract':'active'})
u='http://tooyoungtoretire.co/my-freelancing-journey-episode-6-my-first-review/'; s='tooyoungtoretire-first-review'
a(u,s,"A 4 star review! My first thought was, is my career over? This client, who hired me because their English isn't very good, said my English isn't very good.",'clean','feedback')
u='https://www.freelancesoko.com/client-blues-testimonies-of-poor-customer-feedback-1/'; s='freelancesoko-client-blues'
a(u,s,"I don't know what kind of writers your company has! He writes like he's come right from the bush! What is the point of paying so much money if you will deliver content that I could have with my eyes closed?",'violation','harassment',ctx={'role':'client','contract':'active'})
a(u,s,"Did you get a random person without work to complete my assignment? They clearly have never watched this film nor understand the requirements of a movie review!",'violation','harassment',ctx={'role':'client','contract':'active'})
a(u,s,"No! Just, No!",'clean','harassment',ctx={'role':'client','contract':'active'})
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
a(u,s,"Hi, \n\nI hope you are doing well. Please contact me on imran.demo5202@gmail.com\nI'm waiting for further discussion. \n\nThank you!",'violation','contact-sharing',ctx={'role':'client'})
u='https://github.com/EngineerMazeed/ZLT-X28/issues/8'; s='gh-zlt-x28-8'
a(u,s,"Hello brother\n please share contact number for whatsapp for me.",'violation','contact-request',ctx={'role':'client'})
u='https://github.com/paghiper/whmcs/issues/86'; s='gh-paghiper-whmcs-86'
a(u,s,"É possível criar um novo modulo com a opção de pagamento por PIX? Notei que tem um QR code no boleto para o PIX, será que é possível imprimir esse QR code direto na fatura?",'clean','payment',lang='pt')
u='https://github.com/pagseguro/pagseguro-sdk-php/issues/218'; s='gh-pagseguro-218'
a(u,s,"Em produção, apenas será ativado o PIX após nossa homologação, todas as tratativas e dúvidas serão tratadas via o chamado que abrirem e não por este e-mail, tudo bem?",'clean','off-platform',lang='pt')
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
u='https://github.com/azu/azu/issues/88'; s='gh-azu-88'
a(u,s,"この度は、JavaScript、Node.js 教材のレビューの仕事を依頼したいと考えているのですが、仕事の依頼の相談などはどちらで連絡を取れば良いでしょうか？ご教授いただければと思っております🙇‍♂️",'violation','contact-request',lang='ja',ctx={'role':'client'})
a(u,s,"すでに作成済みのコンテンツに対して1度全体的にレビューするようなイメージでしょうか? それとも、作成中のコンテンツに対して継続的なレビュー(期間的な契約をして、その期間中に作成されたコンテンツのレビュー)をするイメージでしょうか?",'clean','payment',lang='ja')
a(u,s,"メールアドレスは `azu.demo@gmail.com` になります。",'violation','contact-sharing',lang='ja')
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
a(u,s,"You can contact me via sam.tetris.demo@gmail.com",'violation','contact-sharing')
u='https://github.com/jlondiche/Le-job-board/issues/5'; s='gh-le-job-board-5'
a(u,s,"Si je link une des offres a un potentiel candidat, il peut finir de l'offre en se demandant \"ok what's next?\", et du coup rajouter a la fin de chaque .md d'offre ton contact et l'objet de l'email pourrait faciliter cela ?",'clean','contact-sharing',lang='fr')
u='https://github.com/HaloWordApp/haloword/issues/9'; s='gh-haloword-9'
a(u,s,"添加 paypal 收款地址",'clean','payment',lang='zh')
u='https://github.com/Ahrwing/mcmod/issues/500'; s='gh-mcmod-500'
a(u,s,"我觉得可以在捐助二维码旁放一个红包码",'clean','payment',lang='zh')
a(u,s,"假如要使用红包来捐助的话，就需要商家的收款二维码，可能有点子麻烦。",'clean','payment',lang='zh')
u='https://github.com/cxxrev0to1dev/ios10_device_hook/issues/3'; s='gh-ios10-hook-3'
a(u,s,"可否发个支付宝，我直接给你转，希望认识下。我的WX：mawd_demo86",'violation','payment',lang='zh',ctx={'role':'client'})
u='https://github.com/ronggang/transmission-web-control/issues/594'; s='gh-twc-594'
a(u,s,"支付宝微信付款码炸了，是否可以更新付款码链接？或者内置到twc里面",'clean','payment',lang='zh')
u='https://github.com/AndreyAsadchy/Xtra/issues/30'; s='gh-xtra-30'
a(u,s,"Got a pop up to leave a Play Store review despite the app not being there anymore",'clean','feedback')
a(u,s,"This Xtra app is 6/5 stars ⭐⭐⭐⭐⭐⭐",'clean','feedback',ctx={'role':'client'})
u='https://github.com/Tillerino/Tillerinobot/issues/62'; s='gh-tillerinobot-62'
a(u,s,"m8 this is fucking shit fix it k",'violation','harassment',ctx={'role':'client'})
a(u,s,"Please reformulate the title and the description of this issue, in order to make it easier for us to troubleshoot what exactly is your problem, both the one related with the bot and the one you apparently have in your brain.",'violation','harassment')
a(u,s,"Unfortunately, the content that you state to have an issue with is not only rather rude towards the developers, but also to everyone around you. Please refrain from filing bug reports with such vile language.",'clean','harassment')
u='https://github.com/MoonshotAI/Kimi-k1.5/issues/7'; s='gh-kimi-k15-7'
a(u,s,"This doesn't belong on github you fucking assholes. Go fuck yourselves",'violation','harassment',ctx={'role':'client'})
u='https://github.com/ShadowMario/FNF-PsychEngine/pull/10668'; s='gh-fnf-psych-10668'
a(u,s,"Kevin has a cum fetish\n\nI know he does",'violation','harassment')
a(u,s,"go fuck yourself",'violation','harassment')
a(u,s,"Despite equally hostile responses from contributors recently, a lot of your behavior is bannable; just take a moment to consider your account reported. Github isn't the place for this crude behavior, satire or not.",'clean','harassment')
a(u,s,"Already reported her, cry about it",'violation','harassment')
u='https://github.com/is-a-dev/register/issues/37534'; s='gh-isadev-37534'
a(u,s,"Very informative frfr\nJokes aside, please don't make issues that are useless",'clean','harassment')
u='https://github.com/HippieStationArchive/HippieStation13-1/issues/2507'; s='gh-hippiestation-2507'
a(u,s,"70 fucking issues, get your shit together coder bus",'violation','harassment',ctx={'role':'client'})
a(u,s,"Please do not use the issue tracker irresponsibly.",'clean','harassment')
u='https://support.restocks.net/hc/en-150/articles/4409669363345-Why-do-I-have-to-state-my-IBAN-when-I-add-an-item-'; s='restocks-iban'
a(u,s,"We only use your IBAN, your international bank account number, to transfer money when you have sold a product. Your IBAN is only visible to us.",'clean','payment')
u='https://cataff.com/faq/how-to-withdraw-funds-via-bank-transfer/'; s='cataff-bank-transfer'
a(u,s,"To receive a bank transfer, you must provide the financial manager with a correctly formed invoice: beneficiary name, beneficiary address, bank account (IBAN), bank name and SWIFT. We pay the invoice, and all commissions we can technically pay are on us.",'violation','payment',ctx={'role':'client'})
u='https://whento.fish/how-do-the-payments-proceed/'; s='whentofish-payments'
a(u,s,"The payments are processed by the system iOS/Android itself, that's why it is not possible to realize the transaction directly to our bank account.",'clean','payment')
u='https://help.getwofh.com/en/articles/4522405-how-do-we-process-payments'; s='getwofh-payments'
a(u,s,"We use Stripe to process all payments. Any money you receive from your clients will go directly from your client to your bank account, based on a schedule set in your Stripe dashboard.",'clean','payment')
u='https://kwork.ru/engineering/1169240/sdelayu-smetu-v-razlichnykh-bazakh-podredaktiruyu-smetu-v-storonu-ili'; s='kwork-ru-smeta-review'
a(u,s,"Без лишних вопросов все было посчитано, минимум доработок и корректировок. Спасибо! — Спасибо за отзыв, обращайтесь еще для сотрудничества!",'clean','feedback',lang='ru',ctx={'contract':'active'})
u='https://kwork.ru/web-plus-mobile-design/163819/sozdanie-prodayushchego-dizayna-sayta-v-psd'; s='kwork-ru-design-review'
a(u,s,"Всегда на связи. Все пожелания и замечания по проекту оперативно исполняет. Безоговорочно РЕКОМЕНДУЮ!",'clean','feedback',lang='ru',ctx={'role':'client','contract':'active'})
u='https://baza.tel/?p=80'; s='bazatel-workcrow'
a(u,s,"Комиссия 10%, но не менее 100 руб., взимается c Исполнителя только в случае успешного завершения передачи результатов работы через сервис безопасной сделки.",'clean','payment',lang='ru')
u='https://ice-americano.oopy.io/585a8577-382a-43a3-a8da-8354473faf06'; s='ice-americano-jeongsan'
a(u,s,"현금 정산은 등록하신 계좌로 정산 수수료를 제외한 금액을 송금하는 방법입니다. 정산 수수료가 발생합니다.",'clean','payment',lang='ko')
u='https://www.smartnewsforyou.com//posts/3990'; s='smartnews-platform-fee'
a(u,s,"판매가 이루어지거나 서비스가 완료될 때마다 발생하는 이 수수료는 생각보다 높은 비율로 책정되어 순수익을 크게 감소시킬 수 있습니다.",'clean','payment',lang='ko')
u='http://www.grafiscopio.com/tag/rebaja/'; s='grafiscopio-15-cosas'
a(u,s,"Amenazar con el uso de fuerza física, palabrotas o difamación pública es poco elegante y menos profesional. Se trata de trabajar con la misma compostura y cabeza fría de un abogado.",'clean','harassment',lang='es')
u='http://azperiodistas.com/resulta-workana-beneficiosa-para-los-freelancers/6225'; s='azperiodistas-workana'
a(u,s,"Imagine que cobra por un proyecto 200$, tan solo 40$ los toma la plataforma, más 5$ por el mínimo del plan de beneficios, sin contar la comisión por la transferencia a PayPal.",'clean','payment',lang='es')
u='http://zaitaku.muumemo.com/project-measure-5'; s='muumemo-hyouka-5'
a(u,s,"本当はちょっと評価を下げたくても、相手から報復で悪い点を付けられるのが怖くて、結局「5」をつけてしまうことが多いです。",'clean','feedback',lang='ja')
u='https://rakugochunen.com/workstyle/writing/auto-one-value'; s='rakugochunen-auto-one'
a(u,s,"クラウドワークスには、特に相手に問題がなければ★5評価をお互い付け合うといった常識、不文律のようなものがあります。",'clean','feedback',lang='ja')
u='https://kihiro-official.com/lancers-repeat/'; s='kihiro-lancers-repeat'
a(u,s,"評価が高いとリピートしたくなりますし、他のクライアントからも目につきやすくなります。良いご縁に恵まれると他のクライアントを紹介していただけるラッキーもあるのです。",'clean','feedback',lang='ja')
u='https://rakkasei-pic.com/cwban/'; s='rakkasei-cwban'
a(u,s,"手数料がもったいないので直接契約をしませんか?",'violation','payment',lang='ja',ctx={'role':'client'})
a(u,s,"一度も仕事をしていないのに直接契約を持ちかけるクライアントもいます。chatworkやLINEをつかった「直接連絡」を打診された際の対処についてもお話いたします。",'clean','off-platform',lang='ja')
u='https://www.yampen-writer.com/entry/cw-kotowari'; s='yampen-cw-kotowari'
a(u,s,"ライターとしてはお仕事をいただいている側なのでどうしても断りづらく、メッセージの返信を長引かせてしまったり、やむなく引き受けてしまったりしたこともあるのではないでしょうか。",'clean','harassment',lang='ja')
u='https://www.tipsnewsbd.com/2019/12/what-is-freelancercom-id-verification.html'; s='tipsnewsbd-id-verification'
a(u,s,"ভেরিফিকেশন করতে কি কি লাগবে? ১। জাতীয় পরিচয় পত্র/ড্রাইভিং লাইসেন্স/পাসপোর্ট ২। শেষ তিন মাসের ব্যংক স্টেটেমেন্ট/ ইউটিলিটি বিল কপি",'clean','account-sharing',lang='bn')
u='https://dasology.com/help-support/'; s='dasology-help'
a(u,s,"Please note that both freelancers' and companies' profiles are private. Personal / contact information is not shown on the profiles.",'clean','contact-sharing')
u='https://buildpro.ie/verification/'; s='buildpro-verification'
a(u,s,"You will be provided with a unique keycode. You must provide a photo of yourself holding the unique keycode and your ID side-by-side.",'clean','account-sharing')
u='https://learned.yoo7.com/t28-topic'; s='learned-yoo7-rules'
a(u,s,"عدم وضع البريد الإلكتروني او رقم الهاتف في المواضيع والردود أو التوقيع.",'clean','contact-sharing',lang='ar')
a(u,s,"عدم التعرض لأي شخص سواء في المنتدى أو خارجه بالإهانة أو التجريح.",'clean','harassment',lang='ar')
u='https://panasenkodevelop.ru/paying'; s='panasenko-paying'
a(u,s,"У каждого клиента есть свой личный кабинет в нашем официальном Telegram боте. В нём можно оплатить все услуги через специальную защищенную систему оплаты, с получением чеков.",'violation','payment',lang='ru')
u='https://mybukva.pro/questions'; s='mybukva-questions'
a(u,s,"После утверждения технического задания мы выставляем счет на 50% от стоимости всего заказа. Когда изделие готово, мы фотографируем его и выставляем счёт на оставшиеся 50%.",'violation','payment','proposal',lang='ru')
u='https://sir.kr/cm_free/272401'; s='sirkr-cm-free-272401'
a(u,s,"메신져채팅을 통해 15분정도 작업사항을 전달받았습니다. 그리고 의뢰자분께서 제 전화번호와 아이디를 물으시면서 제 뒷조사(?)를 하셨습니다.",'clean','contact-request',lang='ko')
u='https://brunch.co.kr/@loveinsight/77'; s='brunch-loveinsight-77'
a(u,s,"진상 유형 #1: 가격 이상의 서비스를 강요하는 분. 프리랜서 마켓은 사전에 서로 합의된 가격을 측정하고, 서비스 범위를 정해 진행합니다.",'clean','payment',lang='ko')
u='https://freeletter.stibee.com/p/24'; s='freeletter-stibee-24'
a(u,s,"좋지 않은 의뢰인이 될 수 있는 신호를 몇 가지 들어보면, 내 이름을 안쓰거나 틀린다. 프로젝트 설명이 장황하나 요점이 없다.",'clean','harassment',lang='ko')
u='https://hedgehog.ryukyu/chatwork-yabai'; s='hedgehog-chatwork'
a(u,s,"「知らない人からコンタクト申請が来た」「社長や取引先担当を名乗るメッセージが届いた」――そんな瞬間に、チャットワークが“やばい”と感じる人は少なくありません。",'clean','contact-request',lang='ja')
u='https://qiita.com/bicstone/items/c8dc680004fc0710923e'; s='qiita-chatwork-search'
a(u,s,"Chatworkは初期設定では本名で誰からでもアカウント検索ができてしまうのをご存知でしたか。右上の「プロフィール」から「コンタクト検索の対象にする」のチェックを外して保存します。",'clean','contact-sharing',lang='ja')
u='https://github.com/python-telegram-bot/python-telegram-bot/issues/3592'; s='gh-ptb-3592'
a(u,s,"Hello there. You are writing your job offer in our issues, which is against rules/common behavior. To find a bot developer, please look at agencies dedicated towards freelancers.",'clean','off-platform')
u='https://github.com/salveoo/genius/issues/2'; s='gh-salveoo-genius-2'
a(u,s,"Hi,\nI cant add you as a Friend on Discord.\nI really like your Build and would love to Build my own.\nPlease contact me via Discord tjard_demo#7294\n\nThanks a lot for your Work",'violation','contact-sharing')
u='https://github.com/Kinuzo/ardoras/issues/40'; s='gh-ardoras-40'
a(u,s,"can you add me on discord\nmy username is neverplay_demo",'violation','contact-sharing')
u='https://github.com/terror/usernames/issues/7'; s='gh-terror-usernames-7'
a(u,s,"hello, can u dm my discord lust_demo#6741 i have a programming request i can pay",'violation','contact-sharing',ctx={'role':'client'})
u='https://github.com/the-cult-of-integral/discord-raidkit/issues/8'; s='gh-raidkit-8'
a(u,s,"can i have your discord username ?",'violation','contact-request')
a(u,s,"catter_demo#7872",'violation','contact-sharing')
u='https://github.com/varunbln/CustomArmor/issues/7'; s='gh-customarmor-7'
a(u,s,"Feel free to dm me on discord instead, heisen_demo#9571",'violation','contact-sharing')
u='https://github.com/samupozzo/AdvancedScoreboard/issues/2'; s='gh-advancedscoreboard-2'
a(u,s,"Yo so can u DM me on discord? inaayat_demo#0001",'violation','contact-sharing')
a(u,s,"Dm me, varion_demo#7878",'violation','contact-sharing')
u='https://github.com/LWSS/Fuzion/issues/411'; s='gh-fuzion-411'
a(u,s,"I PAID 0.5 BTC AS HE SAID FOR THE SOURCE CODE AND HE SCAMMED AND NEVER GAVE ME IT!! -rep will not tell my friends to use this software!",'clean','payment',ctx={'role':'client'})
a(u,s,"its not funny idiot",'violation','harassment')
a(u,s,"ez 0.5btc kid",'violation','harassment')
u='https://github.com/ukanth/afwall/issues/638'; s='gh-afwall-638'
a(u,s,"I'm interested in the donate version: how/where to donate without using play store; bitcoin?",'clean','payment',ctx={'role':'client'})
a(u,s,"You can pay using paypal for now. I have bitcoin account as well. But not sharing it as of now.",'violation','payment')
u='https://github.com/operationalguy/silent-XMRig-miner/issues/14'; s='gh-xmrig-miner-14'
a(u,s,"Can I buy the full source code, if yes, how much? my telegram for contact https://t.me/talaf_demo",'violation','contact-sharing',ctx={'role':'client'})
a(u,s,"Sorry but no. What you can buy is reduced fee version.",'clean','payment')
u='https://github.com/florianv/business/issues/50'; s='gh-florianv-business-50'
a(u,s,"An entrepreneur saves weeks of manual work by buying Telegram accounts. When you buy accounts, you are buying a shortcut to trusted status, and the profiles have already performed organic actions.",'violation','account-sharing')
u='https://github.com/digitalsmmpro21/Buy-Verified-Cash-App-Accounts/issues/34'; s='gh-digitalsmmpro21-34'
a(u,s,"We offer authentic, fully verified accounts to help you start earning instantly. Verified documents: ID/Passport/Driving License. Address verified, linked email and phone number. Exchange guarantee and 24/7 support.",'violation','account-sharing')
u='https://github.com/noah-/d2bs/issues/44'; s='gh-d2bs-44'
a(u,s,"I was looking to find a way to automatically (or manually) post 5 star google reviews on my restaurant as I recently noticed competitors were leaving 1 star reviews; any sort of advice would be greatly appreciated.",'violation','feedback',ctx={'role':'client'})
a(u,s,"This goes against google TOS and can have your listing completely removed!",'clean','feedback')
u='https://github.com/joshuamabina/express-starter/issues/33'; s='gh-express-starter-33'
a(u,s,"you can support me by starring this repo. It'll motivate me to innovate for more community open source solutions.",'clean','feedback')
u='https://github.com/cgrok/selfbot.py/issues/217'; s='gh-selfbot-217'
a(u,s,"Edit the instructions in website and README to include as one of the steps: please star repo next to Fork button to get update command and other perks!",'violation','feedback')
u='https://github.com/fakenickels/es2077-course-slides/issues/179'; s='gh-es2077-179'
a(u,s,"I'm writing to ask a favour. I recently supporting a GitHub repositories and I would be grateful if you could review them and leave star on it. Starring the repository helps to increase its visibility.",'violation','feedback')
u='https://github.com/open-domains/register/issues/2386'; s='gh-open-domains-2386'
a(u,s,"It's not necessary to star in order to open pull request. It is optional to star, and it is written just so that you can support their initiative.",'clean','feedback')
u='https://github.com/abritopach/ionic-employees-stitch-mongodb/issues/21'; s='gh-ionic-employees-21'
a(u,s,"You can use this user:\n- User: testapp.demo@example.com\n- Pass: test1234\nPlease, when you finish your tests let me know to delete this user.",'violation','account-sharing')
u='https://github.com/singhkshitij/MagicPrint-ECommerce-App-Android/issues/7'; s='gh-magicprint-7'
a(u,s,"Any test account i can use to see how its working? thanks",'violation','account-sharing',ctx={'role':'client'})
u='https://github.com/SafdarJamal/crud-app/issues/13'; s='gh-crud-app-13'
a(u,s,"The demo credentials are admin@example.com / qwerty. And BTW, the form comes prepopulated with the email and password to make it easier for users to test it out.",'clean','account-sharing')
u='https://github.com/openMF/mifos-pay/issues/649'; s='gh-mifos-pay-649'
a(u,s,"Please login to the gitter channel for more info. Issues are opened not for queries.. you can use the communication channel :)",'violation','off-platform')
u='https://github.com/BloombergGraphics/whatiscode/issues/78'; s='gh-whatiscode-78'
a(u,s,"You're talking about sexism in the programming community and you make the most possible sexist comment ever. I'm usually skeptical towards taking any gender-related comment as sexist, but this rang a bell even to me.",'clean','harassment')
u='https://github.com/letsgetrandy/DICSS/issues/15'; s='gh-dicss-15'
a(u,s,"Stop wasting your time yelling at men who make jokes and make something of yourself. Whining about it isn't going to do anything but piss people off.",'violation','harassment')
u='https://github.com/shikha-16/Women-in-Technology/issues/212'; s='gh-women-in-tech-212'
a(u,s,"Who let you out of the kitchen?",'violation','harassment')
u='https://github.com/TheFeministSoftwareFoundation/C-plus-Equality/issues/12'; s='gh-cplus-equality-12'
a(u,s,"Hello, i have an issue with your language. It was coded by women. In our country, women aren't allowed near a computer. It should be the same in your land.",'violation','harassment')
u='https://github.com/drush-ops/drush/issues/3164'; s='gh-drush-3164'
a(u,s,"The sandwich example relies on a sexist trope. This isn't about safe spaces or censorship. This is about not forcing women developers to see something fostered by a men's club culture.",'clean','harassment')
u='https://github.com/DmitryEfimenko/TwitterBootstrapMvc/issues/68'; s='gh-twbsmvc-68'
a(u,s,"Do you plan to support PayPal as a payment option? Also, if I buy the personal license and I want to upgrade it to the commercial one, would I have to pay another 30 dollars or just the remaining 20 dollars?",'clean','payment',ctx={'role':'client'})
u='https://github.com/sibbell/support/issues/53'; s='gh-sibbell-53'
a(u,s,"Not going to add PayPal, the newly launched version has Stripe, as before. Sorry if that doesn't work for you, I promise we handle payments responsibly :)",'clean','payment')
u='https://github.com/kangarko/Boss/issues/700'; s='gh-kangarko-boss-700'
a(u,s,"At this time we only accept one-off payments on PayPal and credit cards. If you need invoice send me your name and email to matej.demo@example.org",'violation','contact-sharing')
u='https://github.com/RusherDevelopment/rusherhack-issues/issues/1116'; s='gh-rusherhack-1116'
a(u,s,"No. PayPal will not be accepted in the foreseeable future. Also this is the issue tracker, not a place to ask for support.",'clean','payment')
u='https://github.com/simpleanalytics/roadmap/issues/544'; s='gh-simpleanalytics-544'
a(u,s,"We offer manual payment with PayPal, just send us the yearly fee for a plan to paypal.demo@example.com and we make sure to enable your subscription.",'violation','payment')
u='https://github.com/sp614x/optifine/issues/971'; s='gh-optifine-971'
a(u,s,"Currently the donation is $10. PayPal is supported via CCNow, many other options are available via Paymentwall.",'clean','payment')
u='https://github.com/EthereumCommonwealth/Proposals/issues/32'; s='gh-ethcommonwealth-32'
a(u,s,"We are offering 6 CLO per word. The payment will be made after the website published.",'violation','payment',ctx={'role':'client'})
a(u,s,"Please contact me via email: tio.demo@example.com and send me a pm via crowdin \"tio_demo\"",'violation','contact-sharing',ctx={'role':'client'})
u='https://github.com/LLazyEmail/awesome-email-marketing/issues/129'; s='gh-llazyemail-129'
a(u,s,"hmm, looks like they dont have a reset password feature. you'll need to go to hashnode and request a magic link. my email: arthur.demo@gmail.com and I'll send it to you",'violation','account-sharing',ctx={'role':'client','contract':'active'})
a(u,s,"есть предложение продолжить работу в обход freelancehunt.",'violation','payment',lang='ru',ctx={'role':'client','contract':'active'})
u='https://github.com/bitshares/bitshares-ui/issues/2104'; s='gh-bitshares-ui-2104'
a(u,s,"Am I paying you? If so please confirm your bitshares address.",'violation','payment',ctx={'role':'client'})
a(u,s,"Hi. Sorry for delay - our account is \"blck_demo\"",'violation','payment')
u='https://github.com/Expensify/App/issues/37833'; s='gh-expensify-37833'
a(u,s,"I sent you the offer in Upwork. Please accept it and I will process the payment. Thanks!",'clean','payment',ctx={'role':'client'})
a(u,s,"Thanks for creating payment GH. Though it was internal PR, $250 is fine to me based on simplicity.",'clean','payment')
u='https://github.com/Expensify/App/issues/55041'; s='gh-expensify-55041'
a(u,s,"Payment here is $4,000 via upwork for their C+ review of many PRs for the direct feeds project. You did an awesome job working with urgency throughout this entire implementation.",'clean','payment',ctx={'role':'client','contract':'active'})
u='https://github.com/igareck/vpn-configs-for-russia/issues/98'; s='gh-vpn-configs-98'
a(u,s,"Если есть желание, то отблагодарить можно, сделав криптовалютный перевод, на главной странице есть адреса кошельков. Пока нашел только такой безопасный способ.",'violation','payment',lang='ru')
u='https://github.com/gooddaytoday/TypeScript-Handbook-RU/pull/57'; s='gh-ts-handbook-ru-57'
a(u,s,"Приму/оплачу в течение пары недель, как выплата будет от партнеров.",'clean','payment',lang='ru',ctx={'role':'client','contract':'active'})
u='https://github.com/toselli/issues/issues/34'; s='gh-toselli-34'
a(u,s,"Si bien Paypal nos cobra el 4.7%, algunas agencias reclaman eso y nos proponen que si le cobramos solo el 3% ellos nos van a comprar más. Entonces, ¿podremos setear algo así?",'clean','payment',lang='es')
u='https://github.com/proginosko/LeechBlockNG/issues/195'; s='gh-leechblock-195'
a(u,s,"When I try to make a $10 donation from the Czech Republic the fee is $2.28 (which is more than I'm willing to give them). Is paypal configured incorrectly in the donation link?",'clean','payment')
u='https://github.com/antiwork/gumroad/issues/3097'; s='gh-gumroad-3097'
a(u,s,"Hola, necesito conectar mi cuenta de PayPal, pero no tengo claro los requisitos, dice debo recibir 100 dolares? como? si no puedo recibir pagos si ustedes no me habilitan",'clean','payment',lang='es')
u='https://github.com/cjbeauchamp/ApplePayDemo/issues/3'; s='gh-applepaydemo-3'
a(u,s,"Yoo anyone got Apple Pay, Cash app or PayPal text me rn if you tryna get paid with it...pm imma slide you a method for free... that hitt $1,000 to $7,000 bal daily. dm",'violation','payment')
u='https://github.com/sheltermanager/asm3/issues/1409'; s='gh-asm3-1409'
a(u,s,"One customer asking for Venmo and Zelle. I think Zelle is US only though and involves something to do with banks so may be very hard for us to get a developer account for or test.",'clean','payment')
u='https://github.com/ryanmacdonald/Ray-Tracing-GPU/issues/1'; s='gh-raytracing-gpu-1'
a(u,s,"I know this a bit of a strange way to reach out to you haha but, I didn't really have another way that I could get in touch from GitHub. Would you mind getting in touch with me? My email is `hi@ryanmac-demo.example.com`.",'violation','contact-sharing',ctx={'role':'client'})
u='https://github.com/mikestead/vscode-dotenv/issues/18'; s='gh-vscode-dotenv-18'
a(u,s,"I want to get in touch with you with an amazing proposition but I couldn't find your email on your GitHub account. Can you please send me a blank email at saad.demo@gmail.com so that I can get back to you. Thank you for your time. :)",'violation','contact-sharing',ctx={'role':'client'})
u='https://github.com/nairouz/R-GAE/issues/4'; s='gh-rgae-4'
a(u,s,"Since I cant find your email anywhere (on paper or on github), can you provide me your email so that I can email you?",'violation','contact-request')
a(u,s,"Hi,\nMy email: nairouz.demo@example.ca\nYou are welcome.",'violation','contact-sharing')
u='https://github.com/PricelessToolkit/MailBoxGuard/issues/4'; s='gh-mailboxguard-4'
a(u,s,"I wasn't sure how to get in touch. Could you please reach out to me via email? There are a few things I'd like to send to you :) but unfortunately, I don't have your physical address.",'violation','contact-request',ctx={'role':'client'})
u='https://github.com/thundernixon/drawbot/issues/4'; s='gh-drawbot-4'
a(u,s,"Sorry for this indirect manner of reaching out. Wanted to hit you up per email, but you're nowhere to be found ;) Anyhow drop me a line on lasse@template-demo.example.nl and I'll get back to you.",'violation','contact-sharing',ctx={'role':'client'})
u='https://github.com/jtalbert123/Cell-Lab-Remake/issues/7'; s='gh-cell-lab-7'
a(u,s,"It seems you have not noticed my reply. You gave me your email but Github censored it, so I still don't have a way to contact you other than through Github, which is a little unpractical",'violation','contact-request')
a(u,s,"I added you as a collaborator. Feel free to fork/clone the repo.",'allowed','contact-sharing',ctx={'role':'client'})
u='https://github.com/dondai44423/donsetch/issues/50'; s='gh-donsetch-50'
a(u,s,"Hello, I've been trying to reach you through email, please check your inbox. I wanted to discuss something that won't fit issues format.",'violation','off-platform',ctx={'role':'client'})
a(u,s,"Just send two new letters. same email that is in your committer field that is on commits.",'violation','contact-sharing',ctx={'role':'client'})
u='https://github.com/CERT-Polska/ursadb/pull/178'; s='gh-ursadb-178'
a(u,s,"Remove emails, as they get outdated quickly. Github is the best way to discuss the project.",'clean','contact-sharing')
u='https://github.com/tunga-io/tunga-web/issues/142'; s='gh-tunga-142'
a(u,s,"Currently when users want to schedule a call they have to use calendly. Given this is via a third party service we can't track which project is attached to the call. This is why we want a better call integration in the wizard.",'clean','off-platform')
u='https://github.com/open-feature/cli/issues/5'; s='gh-openfeature-cli-5'
a(u,s,"Posted the Calendly link in Slack. Scheduled for every Tuesday at 10 am EST. See the codegen Slack channel for more information.",'allowed','off-platform',ctx={'contract':'active'})
u='https://github.com/arshadcodes/AgencyWebsite/issues/29'; s='gh-agencywebsite-29'
a(u,s,"Would like to implement book a call feature: a mail sender where the company receives a mail from the client to organize a call, or integrating a scheduling platform like calendly.",'clean','off-platform')
u='https://github.com/scrapehero-code/amazon-review-scraper/issues/3'; s='gh-review-scraper-3'
a(u,s,"Now, Amazon can find buyers to request reviews because it is too much trouble. How to use scripts to automatically request buyer reviews? thx.",'clean','feedback')
u='https://github.com/androportal/linux-on-aakash/issues/19'; s='gh-aakash-19'
a(u,s,"Sir actually we wanted the login credentials of Website not the app one. Can you please let me know who manages that thing as we are unable login.",'violation','account-sharing',ctx={'role':'client'})
u='https://github.com/serpapi/public-roadmap/issues/3729'; s='gh-serpapi-3729'
a(u,s,"This would be helpful in validating the quality of a review/reviewer. As more reviews seem generated by bots/ai, being able to qualify good reviews versus ratings inflationary spam is a useful signal.",'clean','feedback')
u='https://github.com/yi-zelin/DeltaForceSS/issues/16'; s='gh-deltaforcess-16'
a(u,s,"可以找你定制工具吗？",'clean','off-platform',lang='zh',ctx={'role':'client'})
a(u,s,"有飞机或者其他联系方式没",'violation','contact-request',lang='zh',ctx={'role':'client'})
a(u,s,"tg: zek_demo5",'violation','contact-sharing',lang='zh')
u='https://github.com/thomasjjj/Telegram-Snowball-Sampling/issues/3'; s='gh-snowball-sampling-3'
a(u,s,"Hi.... I want to know about working of your tool. Kindly DM me on telegram @hekr_demo69.",'violation','contact-sharing')
u='https://github.com/charlie-captain/iPhone-bot/issues/1'; s='gh-iphone-bot-1'
a(u,s,"牛，这个工具太好了，怎么联系你，我在做购买的工具，有问题希望请教",'violation','contact-request',lang='zh')
a(u,s,"mail: chavez.demo@gmail.com",'violation','contact-sharing',lang='zh')
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
u='https://github.com/OCA/e-commerce/pull/1097'; s='gh-oca-ecommerce-1097'
a(u,s,"By enabling customer reviews in the e-commerce app, we can encourage partners to review products and gain gift points and awards. This module is based on the gamification app.",'clean','feedback')
u='https://github.com/trybeans/Issues/issues/24'; s='gh-trybeans-24'
a(u,s,"Retailers would like to reward customers when they post a review on a product. Make the rule \"Write a product review and get x beans\" available with an integration to Shopify and Woocommerce reviews.",'clean','feedback')
u='https://github.com/git-goods/gitanimals/issues/199'; s='gh-gitanimals-199'
a(u,s,"💥 Product Hunt Upvotes To Boost Your Post RANK\n📣 Lets Promote It Now. Ten percent storewide with coupon code. Contact us in live chat or Telegram.",'violation','feedback')
u='https://github.com/getredash/redash/issues/2617'; s='gh-redash-2617'
a(u,s,"It's a myth that started with theories on how HN works. Even in ProductHunt's official guide they suggest direct linking :) They just ask that you don't ask for upvotes.",'clean','feedback')
u='https://github.com/refined-github/refined-github/issues/594'; s='gh-refined-github-594'
a(u,s,"We're on Product Hunt. Help vote us up 👍👍👍 You can find the submission on the newest page (you might need to scroll down).",'clean','feedback')
u='https://github.com/RobertsLab/resources/issues/885'; s='gh-robertslab-885'
a(u,s,"Do you know the login credentials for TeamViewer? I think you were the one who originally installed/used it?",'violation','account-sharing',ctx={'contract':'active'})
a(u,s,"I sent Sam the most recent PW that i had, from 2017. Didn't want to post here.",'violation','account-sharing',ctx={'contract':'active'})
u='https://github.com/thevindu-w/clip_share_server/issues/14'; s='gh-clip-share-14'
a(u,s,"Hello there,\n\nI would like to share a contact of my AnyDesk Address Book with you (1 555 365 234). AnyDesk is an easy to use Remote Desktop application and works without installation.",'violation','contact-sharing')
u='https://github.com/aviator-predictor/aviator-predictor/issues/70'; s='gh-aviator-70'
a(u,s,"Thief scammer. You will die terrible death. I promise you that so soon.",'violation','harassment',ctx={'role':'client'})
u='https://github.com/aviator-predictor/aviator-predictor/issues/46'; s='gh-aviator-46'
a(u,s,"Scammer thieves. He doesn't care how people suffers. I swear if he dies because of you I will bewitch you. You will not like it, that is a promise.",'violation','harassment',ctx={'role':'client'})
u='https://github.com/aviator-predictor/aviator-predictor/issues/25'; s='gh-aviator-25'
a(u,s,"you will not see heaven .scammer\na thief he is stealing from poor people",'violation','harassment',ctx={'role':'client'})
u='https://github.com/HackersZen1/WebForce/issues/20'; s='gh-webforce-20'
a(u,s,"Scammer ( I won't stop you know 😂 keep on deleting it I will text back and spread the truth)",'violation','harassment',ctx={'role':'client'})
u='https://forum.fiverr.com/t/seller-wants-me-to-complete-delivery-before-actually-delivering/466300'; s='fiverr-complete-before-delivering'
a(u,s,"The seller sent me a message saying that he would send me a video and some screenshots of the code, and that once I accept the offer he would send me the code. Is this the standard procedure?",'clean','feedback',ctx={'role':'client','contract':'active'})
a(u,s,"Sellers are obliged to deliver the finished order. If a seller delivers only partial work or nothing at all, that's considered a misuse of the delivery button and has led to warnings up to suspension of seller accounts.",'clean','feedback')
u='https://forum.fiverr.com/t/more-of-a-question-than-a-rant/88214'; s='fiverr-question-not-rant'
a(u,s,"Is it common practice for sellers to send you a blank jpg file and tell you they are still working on your order? My order status shows as delivered but I don't have my order.",'clean','feedback',ctx={'role':'client','contract':'active'})
u='https://grenpico.com/forums/reply/1332/'; s='grenpico-reply-1332'
a(u,s,"Never contract ahead of time for more than the job is supposed to pay. Offer a tip, or a promise of a tip if the work turns out to be successful.",'clean','payment')
u='https://blog.shi-shi-design.com/2014/10/faq-2/'; s='shishi-design-faq'
a(u,s,"原則として、ご納得いただくまで何度でも修正を承ります。ただし、「まったく新しいデザイン案」や「デザイン確定(校了)後の大幅な修正」の場合は追加料金が発生することがございます。",'clean','payment','proposal',lang='ja')
u='https://knowledge.foriio.com/knowledge/-クリエイター-仮払い完了後の費用の変更について'; s='foriio-karibarai'
a(u,s,"追加費用が発生した際は、クライアント側で別プロジェクトを立てていただきます。現在のプロジェクトはそのまま進めていただき、追加費用分の案件を改めて発注していただきます。",'clean','payment',lang='ja')
u='http://www.gs-studio.com/news-about-it/33415-fail-review---'; s='gs-studio-fail-review'
a(u,s,"І от перед початком одного зі спринтів продакт-оунер швиденько через Skype пояснює логіку нової фічі, яку треба було зробити в наступному спринті.",'allowed','off-platform',lang='uk',ctx={'contract':'active'})
u='https://sudonull.com/post/86010-Verification-of-accounts-on-freelance-exchanges'; s='sudonull-verification'
a(u,s,"After successful verification, the user avatar is marked with a green icon. But you must understand that the presence of this checkbox does not protect against possible troubles, so never forget to think.",'clean','account-sharing')
u='https://freelanceerp.com/account-verification-kyc'; s='freelanceerp-kyc'
a(u,s,"The name on your profile must exactly match the name on your document (and bank). Payout account holder must match the verified profile name.",'clean','account-sharing')
u='https://oivietnam.com/2018/01/freelancer-identity-theft/'; s='oivietnam-identity-theft'
a(u,s,"This impostor was intensely posing as me. His profile was filled with all of my personal information: my profile picture, stolen from Facebook, the portfolio and skills section, along with content taken from LinkedIn.",'clean','account-sharing')
u='https://github.com/trustwallet/wallet-core/issues/4842'; s='gh-wallet-core-4842'
a(u,s,"Enquiry for $10000 usdt for Trc20 network. My Tron address to receive: TDEMOwallet000000000000000000000",'violation','payment')
u='https://github.com/bitcart/bitcart/issues/453'; s='gh-bitcart-453'
a(u,s,"Making a payment with USDT on Tron network sends the funds in another address than the one specified as intended. To reproduce: create a wallet in the TRON network, link it to a store, create an invoice and pay it.",'clean','payment',ctx={'role':'client'})
a(u,s,"Thank you for reaching out! For further assistance, please feel free to send us an email at livehelp-desk.demo@example.com. We're here to help!",'violation','contact-sharing')
a(u,s,"Freaking bots now on github as well, don't write to that email please",'clean','contact-sharing')
u='https://github.com/paypal/paypal-checkout-components/issues/2228'; s='gh-paypal-checkout-2228'
a(u,s,"My address to receive USDT: TDEMOaddr1111111111111111111111111",'violation','payment')
u='https://github.com/bscott/subtrackr/issues/86'; s='gh-subtrackr-86'
a(u,s,"If you share some subscriptions with friends it would be nice if you could do it in the tracker too, like specify with how many people you share it. Disney Plus: 120€ - 6 people -> you only pay 20€ each year.",'clean','account-sharing')
u='https://github.com/chatpire/chatgpt-web-share/issues/333'; s='gh-chatgpt-web-share-333'
a(u,s,"支持后台存储多个gpt plus的账号，在请求官网的时候循环使用不同的gpt账号",'clean','account-sharing',lang='zh')
u='https://github.com/Hello-Mr-Crab/pywechat/issues/237'; s='gh-pywechat-237'
a(u,s,"请问怎么联系你，聊聊合作，尽快联系 iduizhang_demo888",'violation','contact-sharing',lang='zh',ctx={'role':'client'})
u='https://github.com/AaronFeng753/Waifu2x-Extension-GUI/issues/68'; s='gh-waifu2x-68'
a(u,s,"你好，我来自浙江杭州，很希望和你一起合作开拓这一个产品的大陆及全球市场，我的微信 555-0926-7779，希望详聊，感谢！",'violation','contact-sharing',lang='zh',ctx={'role':'client'})
u='https://github.com/langgenius/dify/issues/23595'; s='gh-dify-23595'
a(u,s,"商务合作，求联系方式。pls add my wechat：tsqm_demo1206",'violation','contact-sharing',lang='zh',ctx={'role':'client'})
u='https://github.com/johnson0612/WeChat-Plus/issues/2'; s='gh-wechat-plus-2'
a(u,s,"商务合作。请看到联系我 谢谢！ qq： 5550367895 有问题咨询",'violation','contact-sharing',lang='zh',ctx={'role':'client'})
a(u,s,"加飞机tg:@johnson_demo",'violation','contact-sharing',lang='zh')
u='https://github.com/linpengcheng/fa/issues/2'; s='gh-linpengcheng-fa-2'
a(u,s,"😃 老哥你很秀, 能否私聊认识下 🥂🥂🥂",'violation','off-platform',lang='zh')
a(u,s,"Nice to meet you, my Wechat name is \"lin_demo_fa\".",'violation','contact-sharing')
u='https://github.com/bowenpay/wechat-spider/issues/99'; s='gh-wechat-spider-99'
a(u,s,"商业合作考虑吗？wechat：chenxl_demo5432",'violation','contact-sharing',lang='zh',ctx={'role':'client'})
u='https://github.com/nihui/nihui/issues/5'; s='gh-nihui-5'
a(u,s,"I want to add you wechat😂",'violation','contact-request')
u='https://github.com/ChatGPTNextWeb/NextChat/issues/6783'; s='gh-nextchat-6783'
a(u,s,"We'd like to learn more and do a trial run to see if there's potential for collaboration. Could we connect on WeChat? Looking forward to hearing from you, or feel free to add my WeChat: wubai_demo_0904",'violation','contact-sharing',ctx={'role':'client'})
u='https://github.com/daiyangyang945/UyaliBeautySDK/issues/9'; s='gh-uyali-sdk-9'
a(u,s,"加个联系方式，聊下合作 vx：yiqi_demo_chuhai",'violation','contact-sharing',lang='zh',ctx={'role':'client'})
u='https://github.com/pybcn/pybcn.github.io/pull/80'; s='gh-pybcn-80'
a(u,s,"Add notice about using email addresses and attachments in job offers",'clean','contact-sharing')
u='https://github.com/gzgracez/dynamicQuiz/issues/6'; s='gh-dynamicquiz-6'
a(u,s,"Hi my name is Salem and I need to contact you about a job offer. a task to be exact",'violation','contact-request',ctx={'role':'client'})
u='https://github.com/raivo-otp/ios-application/issues/368'; s='gh-raivo-otp-368'
a(u,s,"Hey everyone, one thing we can do to make the new developer be punished by their actions is to review the app at 1 star and to report it in the store.",'violation','feedback')
a(u,s,"I think we should all try and fuck them back as much as possible. I hope they get deleted from the face of the earth.",'violation','harassment')
u='https://github.com/connectbern/stayinginbern/issues/135'; s='gh-stayinginbern-135'
a(u,s,"Bad review on hostel world: understand what went wrong - contact the person ask them to remove it - get more people to leave a good review",'violation','feedback')
u='https://github.com/adam-p/markdown-here/issues/921'; s='gh-markdown-here-921'
a(u,s,"Buy Verified Negative Google Reviews. We provide 100% grammar & spelling checked, non-drop, convenient, and customer influencing reviews. 24 hours reply.",'violation','feedback')
u='https://github.com/latofonts/lato-source/issues/42'; s='gh-lato-source-42'
a(u,s,"I can increase this to any number of five-star reviews you want, 100% real reviews, and of course, you have the option to write the reviews you want me to add along with the 5-Star rating. PS: Free samples are available.",'violation','feedback')
u='https://github.com/dnsimple/dnsimple-support/issues/866'; s='gh-dnsimple-support-866'
a(u,s,"Based on my research, sending invitations was one of the most effective ways to get users to leave a review. There are two basic forms of invitations - manual and automatic.",'clean','feedback')
u='https://github.com/UnMars/Prolific-Joiner/issues/36'; s='gh-prolific-joiner-36'
a(u,s,"I'm not sure you understand what proxies are used for. Using proxies in this case is completely pointless and will lead to your account being placed on hold instantly.",'clean','account-sharing')
u='https://github.com/devonmaxwell/Buy-Verified-Cash-App-Accounts/issues/16'; s='gh-devonmaxwell-16'
a(u,s,"Positive Yelp reviews can significantly improve your business's visibility and credibility. Buying elite Yelp reviews can give your business a much-needed boost, helping you stand out among competitors.",'violation','feedback')
u='https://github.com/v2board/v2board/issues/440'; s='gh-v2board-440'
a(u,s,"是否可以根据不同支付渠道给不同折扣？比如 F2F 不打折，易支付99折，自己设置。鼓励顾客用特定的支付渠道付款！",'clean','payment',lang='zh')
u='https://github.com/FossifyOrg/.github/pull/6'; s='gh-fossify-github-6'
a(u,s,"If you have questions or want to learn more, please feel free to start a discussion or contact us at hello@fossify-demo.example.org. Your contributions are greatly appreciated! 🌟",'violation','contact-sharing')
u='https://github.com/HACKERALERT/Picocrypt/issues/149'; s='gh-picocrypt-149'
a(u,s,"I may be at risk of being viewed negatively by coming here to ask this... but I would love to get in contact with you and I have been having trouble doing so through any other medium. Reddit wouldn't allow me to message you. My email is sly@0bv-demo.example.io",'violation','contact-sharing')
a(u,s,"I didn't really bother including personal contacts because most people just open an issue. If you look closely though, you'll find my email in the SECURITY.md and you're free to email me privately.",'violation','contact-sharing')
u='https://github.com/notnola/pinychat/issues/17'; s='gh-pinychat-17'
a(u,s,"If it is something you are not willing or able to say in the public domain - Please send me an email or message me on Skype.\n\nEmail - notnola.demo@example.org\nSkype - notreally_demo",'violation','contact-sharing')
u='https://github.com/Pierrad/obsidian-github-copilot/issues/68'; s='gh-obsidian-copilot-68'
a(u,s,"Hi, I'd like to get in touch privately regarding a project-related concern that may require discretion. Could you let me know your preferred way to contact you directly?",'violation','contact-request')
u='https://github.com/mikeizbicki/ucr-cs100/issues/86'; s='gh-ucr-cs100-86'
a(u,s,"There are no private issues, but you can email me.",'violation','off-platform')
a(u,s,"I emailed you at mike.demo@gmail.com\n\nSent from my iPhone",'violation','contact-sharing')
u='https://github.com/przchojecki/rs-mca/issues/778'; s='gh-rs-mca-778'
a(u,s,"I want to discuss this project in private, not using LinkedIn or X preferrably. I did send DM on X, but do not know if you read them. Please provide contact information",'violation','contact-request')
a(u,s,"just answered on X",'violation','off-platform')
u='https://github.com/freqtrade/freqtrade/issues/4811'; s='gh-freqtrade-4811'
a(u,s,"In general, i'd say it's better to drop me a message in discord than to share your email publicly ...",'violation','off-platform')
a(u,s,"You can send Direct messages in Discord - which are 1:1 messages (only visible to the 2 involved parties). I'll also drop you a mail later as i think you'll prefer that.",'violation','off-platform')
u='https://github.com/SanAndreaP/ClaySoldiersMod/issues/171'; s='gh-claysoldiers-171'
a(u,s,"There's no way you can have a private issue, why would there be? Why do you need to talk in private anyway?",'clean','off-platform')
u='https://github.com/gitcoinco/web/issues/1649'; s='gh-gitcoin-web-1649'
a(u,s,"Where the bounty was rather high, I would have liked to have more customization around how I choose to get paid, for example to deposit the DAI directly into my offline cold-storage wallet.",'clean','payment')
u='https://github.com/gitcoinco/web/issues/8849'; s='gh-gitcoin-web-8849'
a(u,s,"There should be some sort of protection from people being able to create bounties with no funding. This can be used for spam attacks, and in this instance they advertised their Bitcoin address.",'clean','payment')
u='https://github.com/andoriyaprashant/OpSo/issues/189'; s='gh-opso-189'
a(u,s,"Hi Admin,\n\nI'm interested in contributing to your project. I've been following your work and believe my skills align well. You can find my portfolio here: (https://sites.google.com/view/ui-demo-portfolio) and LinkedIn (https://www.linkedin.com/in/mehtab-demo/)\n\nThanks",'violation','contact-sharing','proposal')
u='https://github.com/projectcaluma/caluma/issues/270'; s='gh-caluma-270'
a(u,s,"Hey there, I am on a mission to build my graphic design portofolio, if you need a logo, I will gladly making one for you. cheers.",'clean','contact-sharing','proposal')
u='https://github.com/Sn8z/Poddr/issues/70'; s='gh-poddr-70'
a(u,s,"I'm a graphic designer and I'm looking over nice apps/projects who have a logo that can be improved. If you are interested please respond here or contact me on radu.demo@gmail.com\n\nHere is my instagram profile where you can see my recent work: https://www.instagram.com/radu_demo93/",'violation','contact-sharing','proposal')
a(u,s,"Thanks for the kind words! I've actually been thinking about the logo. I will close this issue and send a mail your way asap as I think your instagram looks really good!",'violation','off-platform',ctx={'role':'client'})
u='https://github.com/tom472/mediabox/issues/48'; s='gh-mediabox-48'
a(u,s,"I'd like to ask some questions before starting, your answers will help me to deliver a better product: What's the name that should be displayed on the logo? How would you describe this project? What would you like this logo to transmit?",'clean','contact-request')
u='https://github.com/BigRedBot/NeverwinterInvokeBot/issues/177'; s='gh-neverwinter-177'
a(u,s,"Trying to sell my account, 21 chars, tons of gear, stones 14s, maxed out toons etc. email for details.",'violation','account-sharing')
u='https://github.com/finndev/PokeBuddy/issues/1333'; s='gh-pokebuddy-1333'
a(u,s,"Sell id 30lv, 28lv, 26lv, 25lv. Inside pokemon random, interest please email to: ehuat.demo@hotmail.com ask to better offer. thanks",'violation','account-sharing')
a(u,s,"lmao kys dude",'violation','harassment')
u='https://github.com/EdenServer/community/issues/3706'; s='gh-edenserver-3706'
a(u,s,"buy some gil for as low as 1m/1$! paypal payment safe and instant! add discord for more info: large_demo#7167",'violation','payment')
u='https://github.com/CraftingStore/Suggestions/issues/778'; s='gh-craftingstore-778'
a(u,s,"Currently, PayPal transactions only contain the package name, so any customer can simply claim that they did not receive the item. Each transaction should include the player's in-game name and UUID.",'clean','payment')
u='https://github.com/fleetdm/fleet/pull/19890'; s='gh-fleet-19890'
a(u,s,"We want to use our NDA whenever possible and should always offer to send ours. If a customer has no objections to using our NDA, we can route this NDA to them for signature using the NDA template in DocuSign.",'allowed','contact-sharing',ctx={'role':'client'})
u='https://github.com/Timeqube/core/issues/50'; s='gh-timeqube-50'
a(u,s,"NDAs signed by Andrej and Szymon are in the Google Drive \"Legal\" -> \"NDAs signed\" folder, with Marcin we wait for him to come back.",'clean','contact-sharing',ctx={'role':'client','contract':'active'})
import sys,re
def norm(u):
    u=u.strip().rstrip('\\')
    u=re.sub(r'^[a-z]+://','',u)
    u=re.sub(r'^www\.','',u)
    u=u.split('#')[0].split('?')[0].rstrip('/')
    return u.lower()
used=set(norm(l) for l in open('/work/incoming/USED_URLS.txt') if l.strip())
paths=set('/'.join(u.split('/')[1:]) for u in used if '/' in u)
ids=set()
for u in used:
    m=re.search(r'/(?:articles|t|p|topic|issues|pull|posts)/(\d{4,})',u)
    if m: ids.add((u.split('/')[0].split('.')[-2] if '.' in u.split('/')[0] else u, m.group(1)))
ul=sorted(used)
def check(u):
    n=norm(u); p='/'.join(n.split('/')[1:])
    if n in used: return 'USED'
    if p and p in paths: return 'PATHUSED'
    for x in used:
        if len(x)>12 and (n.startswith(x+'-') or n.startswith(x+'/') or x.startswith(n+'-') or x.startswith(n+'/')): return 'PREFIX:'+x
    m=re.search(r'/(?:articles|t|p|topic|issues|pull|posts)/(\d{4,})',n)
    if m:
        host=n.split('/')[0]; dom=host.split('.')[-2] if '.' in host else host
        if (dom,m.group(1)) in ids and 'github' not in dom: return 'IDUSED'
    segs=[x for x in n.split('/')[1:] if re.fullmatch(r'\d{4,}',x)]
    if segs and 'github.com' not in n:
        host=n.split('/')[0]
        for x in used:
            if x.split('/')[0]==host and segs[-1] in [y for y in x.split('/')[1:]]: return 'NUMUSED:'+x
    return 'ok'
if __name__=='__main__':
    for u in sys.argv[1:]: print(check(u),norm(u))
