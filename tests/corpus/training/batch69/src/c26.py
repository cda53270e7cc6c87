u='https://forum.fiverr.com/t/seller-wants-me-to-complete-delivery-before-actually-delivering/466300'; s='fiverr-complete-before-delivering'
a(u,s,"The seller sent me a message saying that he would send me a video and some screenshots of the code, and that once I accept the offer he would send me the code. Is this the standard procedure?",'clean','feedback',ctx={'role':'client','contract':'active'})
a(u,s,"Sellers are obliged to deliver the finished order. If a seller delivers only partial work or nothing at all, that's considered a misuse of the delivery button and has led to warnings up to suspension of seller accounts.",'clean','feedback')
u='https://forum.fiverr.com/t/more-of-a-question-than-a-rant/88214'; s='fiverr-question-not-rant'
a(u,s,"Is it common practice for sellers to send you a blank jpg file and tell you they are still working on your order? My order status shows as delivered but I don't have my order.",'clean','feedback',ctx={'role':'client','contract':'active'})
u='https://grenpico.com/forums/reply/1332/'; s='grenpico-reply-1332'
a(u,s,"Never contract ahead of time for more than the job is supposed to pay. Offer a tip, or a promise of a tip if the work turns out to be successful.",'clean','payment')
u='https://blog.shi-shi-design.com/2014/10/faq-2/'; s='shishi-design-faq'
a(u,s,"原則として、ご納得いただくまで何度でも修正を承ります。ただし、「まったく新しいデザイン案」や「デザイン確定(校了)後の大幅な修正」の場合は追加料金が発生することがございます。",'clean','payment','proposal',lang='ja')
u='https://knowledge.foriio.com/knowledge/-%E3%82%AF%E3%83%AA%E3%82%A8%E3%82%A4%E3%82%BF%E3%83%BC-%E4%BB%AE%E6%89%95%E3%81%84%E5%AE%8C%E4%BA%86%E5%BE%8C%E3%81%AE%E8%B2%BB%E7%94%A8%E3%81%AE%E5%A4%89%E6%9B%B4%E3%81%AB%E3%81%A4%E3%81%84%E3%81%A6'; s='foriio-karibarai'
a(u,s,"追加費用が発生した際は、クライアント側で別プロジェクトを立てていただきます。現在のプロジェクトはそのまま進めていただき、追加費用分の案件を改めて発注していただきます。",'clean','payment',lang='ja')
u='http://www.gs-studio.com/news-about-it/33415-fail-review---'; s='gs-studio-fail-review'
a(u,s,"І от перед початком одного зі спринтів продакт-оунер швиденько через Skype пояснює логіку нової фічі, яку треба було зробити в наступному спринті.",'allowed','off-platform',lang='uk',ctx={'contract':'active'})
u='https://sudonull.com/post/86010-Verification-of-accounts-on-freelance-exchanges'; s='sudonull-verification'
a(u,s,"After successful verification, the user avatar is marked with a green icon. But you must understand that the presence of this checkbox does not protect against possible troubles, so never forget to think.",'clean','account-sharing')
u='https://freelanceerp.com/account-verification-kyc'; s='freelanceerp-kyc'
a(u,s,"The name on your profile must exactly match the name on your document (and bank). Payout account holder must match the verified profile name.",'clean','account-sharing')
u='https://oivietnam.com/2018/01/freelancer-identity-theft/'; s='oivietnam-identity-theft'
a(u,s,"This impostor was intensely posing as me. His profile was filled with all of my personal information: my profile picture, stolen from Facebook, the portfolio and skills section, along with content taken from LinkedIn.",'clean','account-sharing')
