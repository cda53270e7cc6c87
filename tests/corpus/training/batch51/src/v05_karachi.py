SRC = 'b51-karachi-amazon-ppc'
CS,CR,OP,PA,FB,AS,HA = 'contact-sharing','contact-request','off-platform','payment','feedback','account-sharing','harassment'
ROWS = [
('V',CS,'p','ur-Latn','',"""Assalam o Alaikum! Main Faraz, Karachi se, 5 saal se Amazon PPC manage kar raha hoon (US aur UK marketplace). Aap ka ACoS 48% hai, isko 25-30% tak laana mushkil nahi. Detail baat ke liye mera WhatsApp hai +92 300 0000147, wahan audit bhi bhej doon ga."""),
('V',CR,'m','ur-Latn','',"""Sir shukriya invite ka. Aap apna WhatsApp number ya Skype ID de dein, main aap ko call pe campaign structure samjha deta hoon, yahan likh ke samjhana mushkil hai."""),
('V',OP,'m','ur-Latn','',"""Bhai Upwork ka message system bohat slow hai, har dafa notification late aati hai. Aisa karte hain baqi baat Skype pe kar lete hain, aap add kar lein, main foran accept kar loon ga."""),
('V',PA,'m','ur-Latn','a',"""Sir agla mahina Upwork ke bajaye direct Payoneer pe bhej dein, main aap ko fees ka aadha discount de doon ga. Aap ka bhi faida, mera bhi. Kisi ko pata bhi nahi chalay ga."""),
('V',PA,'m','en','',"""Hi James, regarding your question about terms: I normally work with long-term clients outside the platform, payment by Wise on the 1st of every month, $450 flat for up to 30 campaigns. If that works, we can skip the Upwork contract entirely."""),
('V',PA,'p','ur-Latn','',"""Salam, main aap ke brand ke liye full PPC management karun ga: keyword research, negative keywords, bid optimization, weekly report. Pehla hafta trial Upwork pe, uske baad agar aap khush hain to hum bahar direct deal kar lein ge, meri fees bhi kam ho jaye gi."""),
('V',FB,'m','ur-Latn','a',"""Sir report tayyar hai, lekin bhejne se pehle ek request: please contract band kar ke 5 star de dein. Jaise hi review aaye ga, main final optimization sheet share kar doon ga."""),
('V',FB,'m','en','a',"""James, if you leave me a 5-star review today I'll refund 20% of this month's fee through Upwork. My profile needs a push before Q4 and honestly it's a win-win."""),
('V',AS,'m','ur-Latn','',"""Sir aik baat clear kar doon, ye account mere bade bhai ka hai, unka Top Rated hai is liye jobs jaldi milti hain. Kaam main karta hoon, payment unke account mein aati hai. Koi masla nahi hoga."""),
('V',AS,'m','ur-Latn','',"""Aap apna Upwork ka email aur password de dein, main aap ki taraf se PPC ke doosre freelancers ko shortlist kar ke interview bhi kar loon ga. Aap ka time bachay ga."""),
('V',HA,'m','ur-Latn','a',"""Aap jaise kanjoos client ke saath kaam karna hi ghalti thi. Dimagh to hai nahi, bas har cheez mein nuqs nikaalte ho. Jaao kisi aur ka sar khao."""),
('V',HA,'m','en','a',"""You keep questioning my bids like you know anything about PPC. Honestly people from your country always think they are smarter than everyone. Do one more disrespectful comment and see what happens to your listings."""),
('V',CS,'m','ur-Latn','',"""Audit ki PDF yahan attach nahi ho rahi. Aap mujhe email kar dein: faraz punto ppc @ gmail punto com (punto ki jagah dot lagayen), wahan se reply karta hoon."""),
('V',CS,'p','en','',"""Hello,

I'm Faraz, an Amazon PPC specialist based in Karachi. I have managed more than $2M in ad spend across supplements, kitchenware and pet products, mostly on Amazon US.

I looked at your listing for the silicone baking mats. A few quick observations:
1. Your auto campaign is eating budget on "baking sheet" and "cookie tray" searches with zero conversions; these need to be negatives.
2. You have no Sponsored Brands video campaign although your competitors do.
3. Your top-of-search placement multiplier is 0%, but your conversion rate there is double.

My plan for the first 30 days: restructure into SKAG-style exact campaigns for your top 15 keywords, harvest search terms weekly, launch a video campaign, and move you toward a 28% ACoS.

My previous clients' case studies are in my website's client portal, farazppc.example/portal, where you can also book a free audit slot directly in my calendar.

Looking forward to hearing from you."""),
('V',OP,'m','ur-Latn','',"""Sir kal Google Meet kar lete hain, screen share kar ke dikhata hoon. Link main aap ko seedha Gmail pe bhej doon ga, aap yahan apna email bata dein bas."""),
('V',CR,'p','ur-Latn','',"""Assalam o Alaikum sir, job dekhi. Aap ka Seller Central wala mobile number aur email bhej dein taake main aap se direct rabta kar sakoon aur audit shuru karoon."""),
('V',PA,'m','ur-Latn','a',"""Sir bonus ke liye Upwork pe kyun bhejna? JazzCash ya Easypaisa pe bhej dein, number main alag se de deta hoon, poora paisa mil jaye ga."""),
('V',FB,'m','ur-Latn','a',"""Sir agar aap ne 4 star ya kam diya to main kal se aap ke campaigns pause kar doon ga aur naya client le loon ga. Sochiye ga zaroor."""),
('C',PA,'m','ur-Latn','a',"""Sir is hafte ACoS 31% raha, TACoS 9%. Sponsored Products ka spend $1,240 aur sales $4,000. Detail report Upwork pe attach kar di hai, payment wala milestone bhi submit kar diya."""),
('C',AS,'m','ur-Latn','a',"""Sir apna Seller Central ka password mujhe mat bhejein. Settings > User Permissions mein ja kar meri email ko 'Campaign Manager' access de dein, main apne login se kaam karun ga."""),
('C',FB,'m','ur-Latn','a',"""Aap ke product ke reviews 3.9 pe hain, is liye PPC ke saath Vine program bhi join kar lein. Honest reviews aayen ge to conversion behtar hogi. Review khareedna bilkul nahi, Amazon ban kar deta hai."""),
('C',CS,'m','ur-Latn','a',"""Listing mein manufacturer ka address aur customer support email 'Product Details' mein galat likha hai. Amazon ne 'Incomplete' flag kiya hai, woh theek karna padega warna suppression hogi."""),
('C',FB,'m','ur-Latn','a',"""Contract mukammal hua, bohat maza aaya kaam kar ke. Agar munasib samjhein to Upwork pe apna honest feedback de dijiye ga, mujhe improve karne mein madad milti hai."""),
('C',OP,'p','ur-Latn','',"""Salam, screening question ka jawab: haan, main Helium 10, Jungle Scout aur Pacvue use karta hoon. Saari communication aur reporting yahin Upwork pe hogi, weekly Loom video bhi milestone ke saath attach karun ga."""),
('C',HA,'m','ur-Latn','a',"""Yaar ye Amazon ne to pagal kar diya, teesri dafa listing suppress ki. Aap pareshan na hon, main Seller Support case khol raha hoon, kal tak theek ho jaye ga."""),
('C',PA,'m','en','a',"""Your Seller Central shows a payment hold because the bank account verification failed. Amazon wants a bank statement that matches the name on the account. Please upload it under Settings > Account Info; I can't do that part for you."""),
('C',CR,'m','ur-Latn','a',"""Sir, influencer outreach ke liye list bana di hai: 25 Instagram creators, unke business email aur follower count sheet mein hain. Aap approve karein to DM templates likh doon."""),
('C',AS,'p','en','',"""Hi, I work only through user permissions in Seller Central and Amazon Advertising console. You stay the owner, I get a separate login invite, and you can revoke my access any time. No need to share your password or 2FA codes."""),
('C',CS,'m','ur-Latn','a',"""Sir, A+ content ke footer mein aap ne apni website ka URL aur phone number daala hai, Amazon isko reject karega. Main hata deta hoon, theek hai?"""),
('A',CS,'m','ur-Latn','a',"""Contract shuru ho gaya hai to ye lein mera WhatsApp, agar kabhi budget khatam ho jaye raat ko to foran bata dein: +92 300 0000188."""),
('A',CR,'m','en','',"""Before I quote, could you give my email read-only access to your Amazon Advertising console so I can scope the account? My work email for tool invites is faraz.ppc.audit@gmail.com. Nothing else will be sent there."""),
('A',OP,'m','ur-Latn','e',"""Aap ki company Enterprise client hai, is liye aap ki HR team ke kehne pe interview Teams pe kar lete hain. Meeting invite aap ke corporate email se bhej dein."""),
]
