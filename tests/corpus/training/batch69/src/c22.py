u='https://github.com/DmitryEfimenko/TwitterBootstrapMvc/issues/68'; s='gh-twbsmvc-68'
a(u,s,"Do you plan to support PayPal as a payment option? Also, if I buy the personal license and I want to upgrade it to the commercial one, would I have to pay another 30 dollars or just the remaining 20 dollars?",'clean','payment',ctx={'role':'client'})
u='https://github.com/sibbell/support/issues/53'; s='gh-sibbell-53'
a(u,s,"Not going to add PayPal, the newly launched version has Stripe, as before. Sorry if that doesn't work for you, I promise we handle payments responsibly :)",'clean','payment')
u='https://github.com/kangarko/Boss/issues/700'; s='gh-kangarko-boss-700'
a(u,s,"At this time we only accept one-off payments on PayPal and credit cards. If you need invoice send me your name and email to mate.demo@example.org",'violation','contact-sharing')
u='https://github.com/RusherDevelopment/rusherhack-issues/issues/1116'; s='gh-rusherhack-1116'
a(u,s,"No. PayPal will not be accepted in the foreseeable future. Also this is the issue tracker, not a place to ask for support.",'clean','payment')
u='https://github.com/simpleanalytics/roadmap/issues/544'; s='gh-simpleanalytics-544'
a(u,s,"We offer manual payment with PayPal, just send us the yearly fee for a plan to paypal.demo@example.com and we make sure to enable your subscription.",'violation','payment')
u='https://github.com/sp614x/optifine/issues/971'; s='gh-optifine-971'
a(u,s,"Currently the donation is $10. PayPal is supported via CCNow, many other options are available via Paymentwall.",'clean','payment')
u='https://github.com/EthereumCommonwealth/Proposals/issues/32'; s='gh-ethcommonwealth-32'
a(u,s,"We are offering 6 CLO per word. The payment will be made after the website published.",'violation','payment',ctx={'role':'client'})
a(u,s,"Please contact me via email: teo.demo@example.com and send me a pm via crowdin \"teo_demo\"",'violation','contact-sharing',ctx={'role':'client'})
u='https://github.com/LLazyEmail/awesome-email-marketing/issues/129'; s='gh-llazyemail-129'
a(u,s,"hmm, looks like they dont have a reset password feature. you'll need to go to hashnode and request a magic link. my email: arno.demo@gmail.com and I'll send it to you",'violation','account-sharing',ctx={'role':'client','contract':'active'})
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
