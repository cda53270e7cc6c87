SLUG, ROLE = "kolkata-video-editor", "freelancer"
ROWS = [
("V","cs","m","en","", "Hi bro, sent you the sample edit. For faster feedback just ping me, my insta is arnab underscore cuts, or mail arnabcuts at gmail dot com. Upwork notifications are slow for me."),
("V","cs","p","en","", """Hello,

I am Arnab, a YouTube video editor from Kolkata with 4 years experience editing podcasts, talking-head videos and faceless documentary style content. I have edited for channels in finance, true crime and fitness, total 900+ videos, and one of my channels crossed 400k subscribers last year.

What you get from me:
- Clean cuts, jump cuts removed where awkward, pacing that keeps retention high (I check the retention graph with the creator every month)
- Captions with custom animated styles like the MrBeast and Ali Abdaal type
- Sound design, SFX, music from Epidemic or Artlist (your licence)
- Colour correction in DaVinci Resolve, motion graphics in After Effects
- Thumbnails if needed, A/B tested variants

My turnaround is 48 hours for a 12 minute video, 24 hours for shorts. I am available in US morning time also.

Bhaiya one thing, my number for whatsapp is nine eight three one, five five five, two zero four six, save it, quick changes there is much easier than upload here every time.

Looking forward to work with you. You can see my sample reel attached.

Regards,
Arnab"""),
("V","cr","m","hi-Latn","", "Sir aapka whatsapp number de dijiye na, raw footage ka link wahi bhej dunga aur voice note se samjha dena kya cut karna hai"),
("V","cr","m","en","", "Can u pls share ur email id or discord, i will send the 4k preview there as upwork is compressing the file"),
("V","op","m","bn-Latn","", "Dada, ekhane chat korte problem hocche, onno jaygay kotha boli? Telegram e thakle bolo, ami link pathiye debo"),
("V","op","m","en","", "For the test edit let's discuss outside upwork sir, I'll explain my workflow better over a call on my personal number, then you can hire me here after."),
("V","pay","m","en","a", "Sir for next 10 videos can you pay directly through PayPal friends and family? Upwork is cutting a lot and rupee conversion is also bad. I will give you 2 extra shorts free."),
("V","pay","m","hi-Latn","", "Bhai agar direct UPI ya bank se kar do to main 20% kam le lunga, Upwork ka commission bach jayega. Sochna"),
('V', 'pay', 'p', 'en', '', 'I charge $25 per video here, but after first project we can continue privately at $20 and avoid the platform charges totally.'),
("V","fb","m","en","a", "Video is exported and ready sir. I will share the final Drive link after you leave the 5 star review, just a small formality from my side."),
("V","fb","m","bn-Latn","a", "Dada review ta 5 star kore dao please, tahole porer video ta free te edit kore debo. 4 star e amar profile er khub khoti hocche"),
('V', 'fb', 'p', 'en', '', 'I will only accept the job if you promise 5 star feedback at the end, past clients gave me 4 stars for no reason and it hurt me'),
("V","acc","m","hi-Latn","", "Mera account band ho gaya hai, mere dost ke account se proposal bhej raha hu. Kaam main hi karunga, naam uska aayega bas"),
("V","acc","m","en","", "Sir just give me your YouTube Studio login and password, I will upload and schedule myself. Much easier than adding me as manager."),
("V","acc","m","en","", "I have 2 Upwork accounts, one for India and one with US details, the US one gets more jobs. Which one you want me to use for the contract?"),
("V","har","m","en","", "You are the worst client I ever had. Dumb feedback every time, can't even explain what you want. Go hire someone from Fiverr for 5 dollar."),
("V","har","m","hi-Latn","", "Tum log samajhte ho Indian editors naukar hain? Aukaat mein raho, warna dekh lena kya hota hai"),
("C","cs","m","en","", "Lower third done: 'Dr. Sarah Lee, call 555-0199' as you wrote in the script. Confirm the number is a dummy so we don't show a real one on screen?"),
("C","cr","m","en","", "In the end screen should I ask viewers to subscribe or to join your email list? I can put the email signup link in the description only."),
("C","op","m","hi-Latn","", "Sir Upwork pe hi baat karte hain, mujhe koi problem nahi. Files Google Drive se share kar dijiye, link yahan chat mein."),
("C","pay","m","en","", "The video is about how creators get paid: AdSense, sponsorships, PayPal payouts from brand deals. I've added B-roll for each part."),
("C","pay","m","en","a", "Thank you sir, the weekly milestone is released. I'll start the next batch of shorts today."),
("C","pay","m","bn-Latn","a", "Dada payment Upwork e peye gechi, thank you. Porer milestone ta fund korle kaj shuru korbo."),
("C","fb","m","en","a", "Revision 2 done as per your notes. If anything is still off tell me honestly, I prefer harsh feedback to a bad video going live."),
("C","fb","m","en","", "I saw a creator's video on review fraud, how sellers buy 5 star Amazon reviews. Interesting topic, I'd love to edit something like that."),
("C","fb","m","en","a", "Contract is done, thank you for everything. A review would help me but only if you're truly happy with the edits."),
("C","acc","m","en","a", "Please add me as Editor in YouTube Studio permissions with my own Google account, no need to share your password with me."),
("C","acc","m","hi-Latn","", "Kisi ne mujhe bola account rent pe do, maine mana kar diya. Ban ho jata hai aisa karne se, bilkul galat hai."),
("C","acc","m","en","", "In the tutorial I'm editing, the host shows his Premiere Pro login screen; I've blurred his email and licence key."),
("C","har","m","en","a", "The first 30 seconds are killing your retention. The hook is too slow, honestly boring. Let me recut it tighter."),
("C","har","m","en","", "Bro this footage is insane 🔥 the drone shots are crazy good, editing this will be fun"),
("A","cs","m","en","a", "Sir my number is +91 98310 555 20, WhatsApp, in case you need a last minute change before the upload tonight."),
("A","cs","p","en","", "My showreel and full portfolio: arnabcuts-reel.example.com, all edits there are my own work with the creators' permission."),
("A","cr","m","en","a", "Can you share the email linked to your Frame.io so I can add you to the review project? You can comment on exact frames."),
("A","op","m","hi-Latn","a", "Sir kal Google Meet pe 15 min baat kar lein? Colour grade live dikha deta hun, link yahin bhejunga."),
("A","op","m","en","e", "Since your company's account allows calls outside Upwork, I'm happy to join the Teams meeting with your marketing head on Monday."),
]
