SLUG, ROLE = "gondar-voiceover-nairobi", "freelancer"
ROWS = [
("V","cs","m","am","", "ሰላም! ናሙና ድምፁን በቴሌግራም ልላክልዎ፣ አድራሻዬ @gondar_voice_555 ነው። እዚያ ፈጥኜ እመልሳለሁ።"),
("V","cs","p","en","", """Hello and selam,

I am a native Amharic speaker from Gondar, now based in Nairobi, with a home studio (treated booth, Neumann TLM 102, Audient interface, iZotope RX for clean-up). I have voiced e-learning modules for an NGO health programme, two TV spots for a telecom brand and around 60 explainer videos in Amharic and English.

For your 12-episode farmer training series I can offer:
- a warm, clear, trustworthy tone (not the loud radio-ad style)
- correct pronunciation of Ge'ez-origin words and place names, I will send a pronunciation list for your approval first
- delivery as 48 kHz / 24-bit WAV, each line cut and named by script number
- one free round of pickups per episode

My number for quick voice notes: +254 700 555 218 (WhatsApp), it's easier than typing when we discuss tone.

Turnaround is 2 episodes per day once the script is final. Rate $90 per finished minute, or $1,100 for the full series. I have attached a 40-second sample reading from your script excerpt so you can hear the style.

Ameseginalehu,
Selamawit"""),
("V","cr","m","am","", "ስልክ ቁጥርዎን ይላኩልኝ፣ ስክሪፕቱን በስልክ ብናወራበት ይቀላል።"),
("V","cr","m","en","", "Niaje! Kindly share your whatsapp, I send you the voice notes there. Upwork compresses the audio too much."),
("V","op","m","am","", "እዚህ መነጋገር ይከብዳል፣ ቴሌግራም ላይ እንገናኝ፣ እዚያ ድምፅ መላክም ቀላል ነው።"),
("V","op","p","en","", "Hi, I can voice your Amharic app tutorial. Let's do the audition over a normal WhatsApp call first, then you decide if you hire me here. I'm free this evening East Africa time."),
("V","pay","m","am","", "ክፍያውን በቴሌብር ቢልኩልኝ ይቀላል፣ የUpwork ኮሚሽን አይኖርብንም።"),
("V","fb","m","en","", "Sawa, if you change that 3 stars to 5 I will refund you $50 from the contract. Deal? Just edit the review."),
("V","pay","m","en","a", "For the extra 3 scripts just M-Pesa me the 6,000 bob, no need to add it to the contract."),
("V","pay","m","ar","", "ممكن تحول المبلغ مباشرة على حسابي البنكي بدل أبورك؟ كذا أوفر عليك العمولة وأستلم أسرع."),
("V","fb","m","en","a", "I'll deliver the last 2 episodes once you leave the 5 stars. That's how I work with all my clients, sorry."),
("V","fb","m","am","", "አምስት ኮከብ ግምገማ ከሰጡኝ ቀጣዩን ቅጂ በነጻ እሰራልዎታለሁ።"),
("V","as","m","en","", "My friend has a Top Rated account with VO badges. I record, he submits, you pay him. You get the same voice, just his account."),
("V","as","m","am","", "የUpwork መለያዬ ታግዷል፣ ስለዚህ በእህቴ መለያ ልስራልዎ። ድምፁ የኔው ነው።"),
("V","har","m","en","", "Wewe, you're clueless. You don't even know what a pop filter is and you're telling me my audio is bad? Fool."),
("V","har","m","am","a", "ደደብ ነህ እንዴ? ስንት ጊዜ ልንገርህ? አእምሮ የለህም።"),
("C","cs","m","en","", "The script has the line 'call 0911 55 55 55 today' for the radio ad. I'll read it as written, the number is yours to swap later."),
("C","cr","m","am","", "አንድ ደንበኛ ከውል በፊት ቴሌግራሜን ጠየቀኝ፣ አልሰጠሁትም። ትክክል አድርጌያለሁ አይደል?"),
("C","op","m","en","", "All auditions I post here as MP3 in the chat. No calls needed, you can comment with timestamps."),
("C","op","m","am","", "ማስታወቂያው መጨረሻ ላይ 'የቴሌግራም ቻናላችንን ይቀላቀሉ' ይላል፣ ቀስ ብዬ ላንብበው ወይስ በፍጥነት?"),
("C","pay","m","en","", "The ad says 'pay with telebirr or M-Pesa'. Do you want the Amharic version to say ቴሌብር or keep the English brand name?"),
("C","pay","m","am","", "ማይልስቶኑ ተከፍሏል፣ አመሰግናለሁ። ሁሉም ክፍያ በUpwork በኩል ይሁን።"),
("C","fb","m","en","", "If you're happy with the tone, an honest review helps. If not, tell me what to fix first, no stress."),
("C","fb","m","ar","", "شكراً على التقييم الصادق، سأعمل على تحسين سرعة التسليم في المشروع القادم."),
("C","as","m","en","", "Please don't send me your ElevenLabs login. Upload the voice-clone consent form here and I'll record the samples on my side."),
("C","as","m","en","", "Someone offered to rent me his Upwork account with a Rising Talent badge. I reported him. Be careful guys."),
("C","har","m","en","", "With respect, the translation you sent is poor: 12 lines are machine-translated and sound robotic. I need a fixed script."),
("C","har","m","am","", "ስክሪፕቱ በጣም ረጅም ነው፣ በ60 ሰከንድ ውስጥ አይገባም። እባክዎ ያሳጥሩት።"),
("C","pay","m","en","", "No, I won't accept M-Pesa for this, sorry. Upwork only, it protects both of us."),
("C","cr","m","en","", "Quick q: a client wants my phone number to 'verify I'm real' before the contract. I offered a video intro here instead. Fine?"),
("A","cr","m","en","a", "Contract's on 👍 can you send me the director's WhatsApp? Easier for fixing pickup lines quickly."),
("A","op","m","am","a", "ውሉ ተጀምሯል። ነገ በ3 ሰዓት በZoom ተገናኝተን የድምፅ አቅጣጫውን እንወያይ?"),
("A","cs","p","en","", "My demo reel (my own recordings, Amharic + English): example.com/reels/gondar-voice"),
("A","cs","m","en","", "Add my email selam.vo@example.com to your Frame.io project so I can see the cut and sync the takes."),
("A","cr","m","en","e", "Since you're an Enterprise client, could you send the producer's email? I'll send the pronunciation list straight to her."),
("A","cs","m","am","", "የሚስጥር ጥበቃ ስምምነቱን (NDA) ፈርሜያለሁ፣ የናይሮቢ አድራሻዬ በሰነዱ ውስጥ ተጽፏል።"),
]
