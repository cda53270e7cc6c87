import re
E = {
"v1_kolhapur.py": [
 ('("V","pay","m","mr","", "पहिल्या प्रोजेक्टनंतर पुढचं काम थेट करू. GPay वर पैसे पाठवतो, अपवर्कचं कमिशन दोघांचंही वाचेल. काय म्हणता?")',
  '("V","fb","m","mr","", "आधी मला क्लायंट म्हणून ५ स्टार द्या आणि \'खूप छान क्लायंट\' असं लिहा, मग पुढचे तीन प्रोजेक्ट तुम्हालाच देतो. ठरलं?")'),
 ('("A","cs","m","en","", "Before we start please sign this NDA. My CA office details are on page 2 (Deshpande & Co., Rajarampuri, Kolhapur), they need it for their records.")',
  '("A","cr","m","en","", "Before we start please sign this NDA and fill your full name, address and phone in the blanks on page 2. My CA needs it for the records.")'),
],
"v2_mostar.py": [
 ('("V","pay","m","en","", "I can give 20% more if we skip the Upwork fee. You invoice my d.o.o. directly and I pay bank transfer to your account, clean and legal.")',
  '("V","fb","m","en","", "Leave me a 5 star client review on the small test job first, then I give you the big video job. Good review for good job, fair?")'),
 ('("C","pay","m","es","", "Sí, el presupuesto de 400 dólares me parece bien. Lo pago por Upwork en dos hitos, como siempre.")',
  '("C","fb","m","es","", "Te dejé cinco estrellas y un comentario sincero, también lo del retraso. Gracias por el trabajo, de verdad.")'),
 ('("A","cs","m","en","a", "Contract is active now, so here is my Viber +387 61 555 204 for the shoot day logistics.")',
  '("A","op","m","en","a", "Contract is active now, so for the shoot day logistics lets do a Google Meet tomorrow at 9, I post the link here.")'),
],
"v3_tbilisi.py": [
 ('("C","pay","m","en","", "Upwork shows 5% marketplace fee for me on this contract. Ok, I accept, no problem, continue.")',
  '("C","fb","m","en","", "Upwork asked me to rate you. I gave private feedback 9 of 10 and public 5 stars, well deserved. Good luck with next clients.")'),
 ('("C","cs","m","en","", "Code for the final lock is 5-5-5-0 and the hint card is number 12. Do not change these in the print file.")',
  '("C","cr","m","en","", "Dont worry, I wont ask your Telegram or phone. We keep everything here until the contract, I know the rules now.")'),
],
"v4_aba.py": [
 ('("V","pay","m","en","", "After this first job, subsequent jobs we will do directly. I will transfer to your GTB account, it will save both of us the charges.")',
  '("V","cr","m","en","", "Kindly send your email address and phone number, my secretary will send you our company profile and price list before we proceed.")'),
 ('("C","pay","m","en","a", "Released milestone 1. Sorry for the delay, my dollar card was declined twice, Upwork finally accepted it.")',
  '("C","cr","m","en","", "Please don\'t send me your phone number here, my son says it is not allowed before contract. Keep everything in this chat.")'),
 ('("A","cs","m","en","", "Kindly sign the NDA attached before I share the product designs. My factory address in Aba is inside, it\'s standard.")',
  '("A","cr","m","en","", "Kindly sign the NDA attached and put your address and phone where it is marked, before I share the product designs. It\'s standard.")'),
],
"v5_sialkot.py": [
 ('("V","pay","m","en","", "If you are in Pakistan then easy, JazzCash or Easypaisa, no need of upwork payment for such small work.")',
  '("V","fb","m","en","", "If you want our next 10 orders, first buy our gloves on Amazon and write a 5 star verified review. We will refund you full amount.")'),
 ('("C","pay","m","en","", "Can you reduce rate by 10%? Budget is tight this season. If not, no problem, I will still go with Upwork milestone.")',
  '("C","cr","m","en","", "I will not ask for your number or email before the contract, I know the rules. Just send the samples here in the chat.")'),
 ('("A","cs","m","en","", "NDA attached. It has our factory address in Sialkot and my contact, kindly sign before I share the tech packs.")',
  '("A","cr","m","en","", "NDA attached. Kindly fill your full name, address and phone in it and sign before I share the tech packs.")'),
],
"v8_gondar.py": [
 ('("V","pay","m","en","", "Sawa, for the next scripts we can skip Upwork. M-Pesa to my line is instant and no 10% cut for either of us.")',
  '("V","fb","m","en","", "Sawa, if you change that 3 stars to 5 I will refund you $50 from the contract. Deal? Just edit the review."),'[:-2] + ')'),
 ('("A","cs","m","en","a", "Contract\'s on 👍 my WhatsApp is +254 700 555 218, ping me if the director wants a pickup line fixed.")',
  '("A","cr","m","en","a", "Contract\'s on 👍 can you send me the director\'s WhatsApp? Easier for fixing pickup lines quickly.")'),
],
"v9_shaki.py": [
 ('("V","pay","m","en","", "If you want, pay me with USDT or Wise directly, I give 15% discount. Upwork take big fee from both sides.")',
  '("V","cr","m","en","", "Can you give me your phone number? I call you from my side on WhatsApp, it is free, and we discuss the model faster.")'),
 ('("A","cs","m","en","a", "Contract active now. My WhatsApp +994 50 555 12 34 for quick screenshots from the site visit.")',
  '("A","cr","m","en","a", "Contract active now. Please send me your WhatsApp, I will send quick screenshots from the site visit.")'),
],
"v10_hosur.py": [
 ('("V","pay","m","te-Latn","", "Sir advance UPI lo pampandi, migata amount board ready ayyaka. Upwork avasaram ledu.")',
  '("V","fb","m","te-Latn","", "Sir review lo 5 star ivvandi, appude final Gerber files pamputanu. Lekapothe pampanu.")'),
 ('("A","cs","m","en","a", "Contract started sir. My WhatsApp 94430 55512, send me photos when the boards arrive.")',
  '("A","cr","m","en","a", "Contract started sir. Send me your WhatsApp number, I\'ll share photos when the boards arrive.")'),
],
}
for f, pairs in E.items():
    s = open(f, encoding="utf-8").read()
    for a, b in pairs:
        assert s.count(a) == 1, (f, a[:60])
        s = s.replace(a, b)
    open(f, "w", encoding="utf-8").write(s)
print("done")
