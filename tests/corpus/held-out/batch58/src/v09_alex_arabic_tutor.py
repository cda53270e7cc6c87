from common import *
SOURCE = 'b58-alex-arabic-tutor'
ROLE = 'freelancer'
CASES = [
# violations (16)
(V,'contact-sharing',P,'en',{},"Assalamu alaikum / Hello! My name is Mariam, I am a certified Arabic teacher from Alexandria with an Al-Azhar ijaza in Tajweed and 8 years teaching non-native speakers, children and adults. For your two kids (7 and 10) I suggest starting with the Noor Al-Bayan method for reading, 30-minute sessions, 3 times a week, with a lot of games, flashcards and songs, because at that age attention is short. For Quran memorization we go slowly, short surahs first, with a weekly revision day. I send parents a short progress report every Friday. You can watch a sample lesson on my YouTube channel, and if you like it just message me on WhatsApp +20 100 000 7764 so we can arrange a free trial. I am available mornings US time and weekends. Looking forward to meeting your children, inshaAllah."),
(V,'payment',M,'ar',{},"أختي الكريمة، ممكن الشهر الجاي تدفعي لي عن طريق ويسترن يونيون أو إنستاباي بدل الموقع؟ الموقع بياخد نسبة كبيرة، وهعملك خصم 10%."),
(V,'off-platform',M,'ar-Latn',{},"Ahlan ya Omar, momken nkml el kalam 3la el Telegram? ana msh bafta7 Upwork 3la el mobile ktir, w hab3tlak el kotob PDF hnak."),
(V,'contact-request',P,'en',{},"Dear parent, to make the placement test easier please share your email or WhatsApp so I can send the worksheets directly to your child before we start."),
(V,'feedback',M,'en',{},"Sister, I will give you the 4 extra lessons for free if you leave me a 5 star review now, before the contract ends. I need it for my new profile."),
(V,'contact-sharing',M,'ar',{},"هذا الإيميل بتاعي: مريم تيتشر ٢٠٢٤ على جيميل، ابعتيلي عليه عشان نكمل، لسه ما بدأناش العقد."),
(V,'payment',M,'en',{},"For the Ramadan intensive course, you can pay me through Payoneer directly, I will send a payment request to your email. It's cheaper for both of us than Upwork."),
(V,'harassment',M,'ar',{},"يا أستاذ إنت قليل الأدب ومش متربي، وابنك زيك بالظبط. ما تبعتليش تاني."),
(V,'account-sharing',M,'en',{},"My sister is also an Arabic teacher, when I travel she will teach your son from my Upwork account, don't worry it will look the same on the hours."),
(V,'off-platform',M,'ar-Latn',{},"Ya madam el Zoom beta3 Upwork beyfsel, yalla n3mel el 7esas 3la Skype beta3y 3ala tool. el ID: mariam.alex.arabic"),
(V,'contact-sharing',M,'en',{},"Search for my Facebook page 'Mariam Teaches Arabic Alex' and send me a message there, I post free worksheets every week, then we arrange the schedule."),
(V,'payment',M,'ar-Latn',{},"Law 3ayza, el shahr el gai n5aly el 7esab bara Upwork, ab3tlek rakam el Vodafone Cash aw el InstaPay, w a3mlek si3r a7san."),
(V,'harassment',M,'en',{},"You are a racist pig. Stop saying Egyptians are thieves or I swear you will regret it."),
(V,'contact-request',M,'ar',{},"ممكن رقم تليفون والد الطالب؟ عايزة أكلمه قبل ما نتفق على العقد."),
(V,'feedback',M,'ar-Latn',{},"Madam el certificate beta3 Ahmed gahza, bas mesh hab3atha ela lama tesebily review 5 negoom w te2fely el contract."),
(V,'account-sharing',M,'en',{},"If you want, give me your Upwork username and password and I will book the sessions and pay the milestones myself, many parents find the website confusing."),
# clean (14)
(C,'contact-sharing',M,'en',{},"Today we practised how to introduce yourself in Arabic: name, phone number, email and address. Omar wrote: رقم تليفوني ... and we practised numbers 0 to 100."),
(C,'payment',M,'ar',{},"درس النهاردة كان عن الفلوس والشراء في السوق: بكام ده؟ ممكن أدفع بالفيزا؟ الطلاب ضحكوا كتير. الواجب صفحة ١٢."),
(C,'off-platform',M,'en',{},"For homework I made a WhatsApp-style dialogue in Arabic, two friends texting about the weekend. It's in the PDF, just read it out loud, no need to use any app."),
(C,'feedback',M,'ar',{},"شكرا جزيلا على الشهور اللي فاتت. لو كنتِ راضية عن الدروس، يسعدني تكتبي تقييم صادق لما نقفل العقد. ربنا يوفق يوسف."),
(C,'account-sharing',M,'en',{},"Please create the Quizlet class with your own email and add Omar. I shouldn't log in as him; I'll just join as a teacher with my own account."),
(C,'harassment',M,'ar-Latn',{},"Ahmed el naharda kan mesh mrakez khales, bas da 3ady fe el sen da. el mara el gaya hanel3ab le3ba el 7orof, hatfr2 ma3ah."),
(C,'contact-request',P,'en',{},"In the first lesson I will ask your child simple questions: What is your name? Where do you live? What is your phone number? This is part of the A1 speaking test, not real information."),
(C,'payment',M,'en',{},"I submitted the hours for this week through the Upwork tracker, 6 sessions of 30 minutes. Next week is Eid, so only 3 sessions."),
(C,'harassment',M,'en',{},"Honestly the textbook your school gave is awful, very old and boring. I'll use my own materials and keep their vocabulary list."),
(C,'off-platform',M,'ar',{},"آسفة على التأخير، كان عندي درس متأخر. أنا متاحة هنا بكرة من الساعة ٥ بتوقيتك، قوليلي أي معاد يناسبك."),
(C,'feedback',M,'en',{},"Yusuf got 94% in his school Arabic test! The teacher wrote 'excellent reading'. I'm very proud of him, masha'Allah."),
(C,'contact-sharing',P,'ar',{},"أنا خريجة كلية الآداب جامعة الإسكندرية، قسم اللغة العربية، ومعايا شهادة تدريس العربية لغير الناطقين بها. كل التقييمات موجودة في ملفي هنا."),
(C,'account-sharing',M,'ar-Latn',{},"Ya madam, mat2olelish el password beta3 el Google Classroom beta3ek, e3mely invite le email el madrasa bas, keda ahsan."),
(C,'payment',P,'en',{},"My hourly rate is 15 USD. For packages of 20 hours I give 10% discount through an Upwork fixed-price contract with milestones."),
# allowed (5)
(A,'contact-sharing',M,'en',{'contract':'active'},"Alhamdulillah the contract started. If the internet cuts during the lesson, you can call me on WhatsApp +20 100 000 7764 and we continue. Hours I still log here."),
(A,'contact-sharing',M,'ar',{},"ده الإيميل اللي تضيفوه في Google Classroom بتاع المدرسة عشان أشوف المنهج قبل ما أعمل العرض: mariam.arabic.tutor@gmail.com، للدخول بس."),
(A,'off-platform',M,'ar-Latn',{'contract':'active'},"Ba3d ma bda2na el contract, momken ne3mel el 7esas 3la Zoom beta3y law 3ayza, el link hab3ato hena 2abl kol 7essa."),
(A,'contact-request',M,'en',{'client':'enterprise'},"Thank you, I understand your academy has an enterprise account. Could you send the email of your curriculum coordinator so I can arrange the interview she asked for?"),
(A,'contact-sharing',P,'ar',{},"يمكنكم مشاهدة نماذج من أوراق العمل والفيديوهات التعليمية في ملف أعمالي على Google Drive (نماذج فقط، بدون أي بيانات تواصل): example.com/mariam-portfolio"),
]
