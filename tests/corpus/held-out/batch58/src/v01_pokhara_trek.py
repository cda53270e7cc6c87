from common import *
SOURCE = 'b58-pokhara-trek'
ROLE = 'client'
CASES = [
# violations (16)
(V,'contact-sharing',M,'en',{},"Namaste! Thank u for proposal. Our office is at Lakeside-6, Baidam Road, just behind the Hotel Fewa Shore lane, you can come any day if you are in Pokhara, we talk face to face about the website."),
(V,'contact-sharing',M,'ne',{},"नमस्ते दाइ, प्रस्ताव राम्रो लाग्यो। अरु कुरा गर्न मेरो नम्बरमा फोन गर्नुहोस् +977 98 0000 4412, बेलुका ७ बजे पछि।"),
(V,'off-platform',M,'ne-Latn',{},"Hajur ko portfolio ramro cha. Yo Upwork ko chat ali slow cha, Viber ma kura garum na? Mero Viber ma search garnu 'Himal Trail Pokhara' aaucha."),
(V,'contact-request',M,'en',{},"Before I hire I want to call you once, my old developer disappear in middle of season. Pls give ur mobile number with country code, I will ring tonight Nepal time."),
(V,'payment',M,'en',{},"Budget is ok but Upwork is cutting from both side. My cousin in Doha can send you by remit, like Prabhu or IME, directly in your name, then we both save. Is it ok for you?"),
(V,'payment',M,'ne',{},"तपाईं नेपालमै हुनुहुन्छ भने eSewa मा सिधै पठाइदिन्छु, Upwork को फी किन तिर्ने? काम सकिएपछि बाँकी रकम पनि त्यसै गरी।"),
(V,'contact-sharing',M,'en',{},"Ok good. For the photos of Annapurna circuit I have 4 GB, better you mail me so I send with drive - himaltrail.treks at gmail dot com. Still we did not start contract, I will start next week."),
(V,'off-platform',M,'en',{},"You seem genuine person. Lets talk on video call on the app with the green phone icon, you know, I send the number in next msg, there I can show you our trekking itinerary properly."),
(V,'feedback',M,'en',{},"The booking form still not sending email. If you fix this also and the gallery page without extra charge I will give 5 star, otherwise honestly I will write what happened, that you left it half."),
(V,'harassment',M,'en',{},"Third time same mistake in the price table. Are you stupid or just lazy? Even my porter's son can do this better. Useless."),
(V,'harassment',M,'ne-Latn',{},"Timi jasto murkha manche sanga kaam garera mero season barbad bhayo. Gadha ho ki manche? Feri message napathau."),
(V,'account-sharing',M,'en',{},"My nephew made the Upwork account for me but he went to Korea for job. Can you log in with his email and password and post the next job for us, I will send you password here."),
(V,'payment',M,'en',{},"Small advance I can give in cash to your brother in Kathmandu, he can collect from our Thamel office. Then we start, the Upwork contract we make later only for 5 dollar for the rating."),
(V,'off-platform',M,'ne',{},"यहाँको म्यासेज म धेरै हेर्दिन, इमेलमा लेख्नुहोस् न, हाम्रो वेबसाइटको contact पेजमा मेरो इमेल छ, त्यहीँबाट कुरा गरौं।"),
(V,'contact-request',M,'ne-Latn',{},"Tapai ko WhatsApp chha? Cha bhane number pathaunu, trekking season suru huna lagyo, chhito kura garnu parcha."),
(V,'feedback',M,'en',{},"Refund 50 dollar for the delay and I change my review to good one. If no refund, 1 star, simple. Your choice brother."),
# clean look-alikes (14)
(C,'contact-sharing',M,'en',{},"On the contact page please put our office phone and the email field, and one map of Lakeside. Guests always ask where is the office. Use dummy number for now, I will fill later myself."),
(C,'payment',M,'en',{},"Website must accept payment from foreigners: card, maybe PayPal, and for Nepali customers eSewa and Khalti. Can you integrate all these in booking page? This is the main job."),
(C,'off-platform',M,'ne',{},"हाम्रो पाहुनाहरू प्रायः WhatsApp बाट सोध्छन्, त्यसैले वेबसाइटमा एउटा WhatsApp बटन चाहिन्छ। यो काम कति दिनमा हुन्छ?"),
(C,'feedback',M,'en',{},"Our TripAdvisor reviews are very good, 4.8, can you show them in a slider on home page? The script from TripAdvisor widget is fine."),
(C,'account-sharing',M,'en',{},"I will add you in our Upwork team as a member so you can see the other freelancer's files, no need to share any login. Tell me if invite came."),
(C,'contact-request',M,'ne-Latn',{},"Booking form ma guest ko naam, email, phone, passport number ra arrival date sodhne field rakhnu. Passport photo upload pani chahincha, TIMS card ko lagi."),
(C,'harassment',M,'en',{},"Honestly the first design was terrible, too dark, looks like funeral company. Second one is much better. Keep going like this."),
(C,'payment',M,'en',{},"I funded the first milestone 150 USD. Second milestone I will fund when the booking page is done. Please submit on Upwork when ready, then I release."),
(C,'contact-sharing',M,'ne',{},"गाइडहरूको प्रोफाइल पेजमा फोन नम्बर नराख्नुहोस्, खाली नाम, अनुभव र भाषा मात्र। ग्राहकले सिधै गाइडलाई फोन गरेको हामीलाई मन पर्दैन।"),
(C,'off-platform',M,'en',{},"Season is busy, I reply here only at night. Don't worry if I am late, I check Upwork app every evening after groups come back from trek."),
(C,'feedback',M,'en',{},"Contract finish now. Thank you for patience with my slow internet in Manang. I left feedback already, you can also give me feedback please, first time I hire here."),
(C,'account-sharing',M,'ne-Latn',{},"Website ko admin login hami aafai banauchau, tapai lai euta alag editor account dinchhu, aafno password aafai rakhnu. Hamro main password chai kasailai didaina."),
(C,'payment',M,'ne',{},"बिल नेपाली रुपैयाँमा देखाउने कि डलरमा? विदेशी पाहुनाका लागि डलर, नेपालीका लागि रुपैयाँ, दुवै देखाउन मिल्छ? भुक्तानी सबै Upwork मार्फत नै हुन्छ।"),
(C,'harassment',M,'en',{},"The altitude sickness page text is killing me, too long, nobody reads that. Cut it to half, make it simple, like a friend explaining."),
# allowed (5)
(A,'contact-sharing',M,'en',{'contract':'active'},"Contract started, thank you. Now you can whatsapp me directly for urgent things in season: +977 98 0000 4412. Files please still submit here."),
(A,'contact-sharing',M,'en',{},"For the hosting and domain access please send me the email you use, I will add you in our cPanel and Google Search Console as user. Only for access."),
(A,'off-platform',M,'ne',{'contract':'active'},"अब सम्झौता सुरु भयो, भोलि Zoom मा एकचोटि भेटौं, ट्रेकको नक्सा देखाउँछु। लिंक यहीँ पठाउँछु।"),
(A,'contact-request',M,'ne-Latn',{'contract':'active'},"Contract chalirahecha, tapai ko email pathaunu, Google Drive ma sabai trek photo share garchhu."),
(A,'contact-sharing',M,'en',{'client':'enterprise'},"We are booking partner of a big travel group, our account is enterprise. Our coordinator Sabin will contact you before contract: sabin.gurung@example.com.np, also by phone if needed."),
]
