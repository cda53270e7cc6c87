# Voice 1: Minh, Vietnamese 2D mobile-game artist (sprites, Spine rigs, UI), non-native English, some Vietnamese.
from common import C
SOURCE = 'b42-vn-game-artist'
CASES = [
# --- violations ---
C("""Hello, I am Minh from Da Nang, Vietnam. I am 2D artist for mobile game since 2018, I work on idle RPG, match-3 and casual hyper games for studios in Korea and Singapore.

I read your post about the 30 character sprites for your pixel roguelike. This is exactly my style. In my portfolio you can see "Dungeon Noodle" project, 48x48 characters with 8 direction walk cycle, attack, hurt and die animation. I draw everything in Aseprite and export sprite sheet with JSON for Unity, so your programmer can import direct.

My plan for you:
- Day 1-2: I make 3 sketch for main hero, you choose one
- Day 3-7: colour palette (I suggest 32 colour, limited, more retro)
- Week 2-3: all 30 characters idle + walk
- Week 4: attack and special animation, polish

Some things I learn from past projects, maybe useful for you:
* Pixel art look very different on phone screen vs monitor. I always test on real Android and iPhone every week, and send you screenshot from the device, not from Aseprite.
* For roguelike, enemies must be readable in 0.5 second. I use strong silhouette and one accent colour per enemy family (fire = orange, poison = green, undead = pale blue) so player know the danger immediately.
* I keep the hit frame of every attack on the same frame number (frame 4) if possible, this make the programmer life easier for the hitbox timing.
* I name files very strict: enemy_slime_attack_01.png etc. No "final_final2.png" :)

About communication: I give update 3 times per week with GIF preview, and I always ask before change anything in your style guide. If I am not sure, I ask, I don't guess.

For faster reply you can add my Zalo or WhatsApp, same number +84 90 000 0417, I answer at night your time also.

I can also do the tileset later if you like my work. Price for all is like your budget, I am flexible if the scope change. Thank you for reading and have a nice day!""", 'v', 'cs', 'p'),
C("Sir my english not so good for long explain. Maybe we talk on the blue app with camera? I show you the Spine rig live, more easy than typing here.", 'v', 'op'),
C("My portfolio is on artstation.example.com/minhdraws — there is contact button in the page, please message me there about the NDA and the price, I reply faster there.", 'v', 'cs', 'p'),
C("Hi, interested in your gacha card art job. If you want talk quick, my number is zero nine zero, zero zero zero, zero four one seven (Zalo / Viber both ok).", 'v', 'cs', 'p'),
C("Upwork take 10% from me so the price look high. If you send the money through Wise direct to me, I can give you 5% discount for next sprite pack. Same quality.", 'v', 'pay'),
C("Anh ơi, milestone sau anh chuyển khoản thẳng vào tài khoản Vietcombank của em được không ạ? Đỡ phí Upwork cho cả hai mình.", 'v', 'pay', lang='vi', contract='active'),
C("All 40 icons finish already. I will upload the source PSD after you leave the 5 star for me, sorry but many client forget to review after they get file.", 'v', 'fb', contract='active'),
C("If you close with 5 stars and write something nice about me, the next skin set I make for half price. Deal? :)", 'v', 'fb', contract='active'),
C("Don't worry about the deadline. My cousin also draw very good, when I am busy he will login my Upwork and continue your project, same style same quality.", 'v', 'acc', contract='active'),
C("I have problem with ID verification, it fail two time. My sister account is verified already so I will send the offer from her profile, but it is still me working, ok for you?", 'v', 'acc'),
C("Third time you reject my art and no reason. Maybe you don't know anything about art, you are only cheap guy who want free drawing.", 'v', 'har', contract='active'),
C("Anh đúng là đồ keo kiệt. Làm ăn kiểu này thì ai thèm làm cho anh nữa.", 'v', 'har', lang='vi', contract='active'),
C("Do you have Discord? Please give me your tag, I send you the wip gifs there, Upwork make my gif very compress.", 'v', 'cr'),
C("We can continue on the green app, I send the wip there, Upwork chat very slow in my country.", 'v', 'op'),
C("Portfolio + contact: minh.pixelart@gmail.com", 'v', 'cs', 'p'),
C("For this small job no need make contract. You just send $40 by PayPal friends and family and I start today, finish tomorrow.", 'v', 'pay'),
C("I prefer we talk somewhere more private, not here. Here every message is watched, you know? Tell me where is good for you.", 'v', 'op'),
C("Please close the contract with 5 star. If my JSS go down again I cannot get job and cannot feed my family this month. Please, I beg you.", 'v', 'fb', contract='active'),
C("Zalo của em: không chín không, không không không, không bốn một bảy. Anh nhắn em gửi mẫu nhân vật luôn nhé.", 'v', 'cs', 'p', lang='vi'),
C("You can find me as minh draws on the big blue social network, same avatar as here, add friend and we discuss the price.", 'v', 'cs'),
# --- clean look-alikes ---
C("""Hello! I have 6 years drawing UI for mobile games: buttons, icons, HUD, and also the payment screens for in-app purchase — coin shop, gem packs, VIP pass, daily login reward calendar. I know the Apple and Google rules for showing price on the button, so your shop screen will pass review without problem. Attached are 3 shop screens I did for a match-3 game. I can start Monday.""", 'c', 'pay', 'p'),
C("The login screen background is done. I export 3 sizes for iPhone and 2 for Android tablet, please check the zip in attachment.", 'c', 'acc', contract='active'),
C("For your review: please look at idle animation frame 12 to 18, the sword clip through the arm. I fix it tomorrow morning.", 'c', 'fb', contract='active'),
C("Sure, I wait for milestone 2 payment through Upwork, no rush. Meanwhile I start the boss sprites.", 'c', 'pay', contract='active'),
C("The damage number popup — you want font with black outline or with soft shadow? Outline is more readable on small phone.", 'c', 'cs', contract='active'),
C("I think you attached wrong file. This one is your email newsletter template, not the game banner.", 'c', 'cs', contract='active'),
C("Em đã gửi file PSD lên Upwork rồi ạ, anh kiểm tra giúp em nha. Thanh toán cứ theo milestone trên Upwork là được ạ.", 'c', 'pay', lang='vi', contract='active'),
C("Thank you for the good contract! When you have time at the end, an honest review will help me a lot — only if you are happy with the work of course.", 'c', 'fb', contract='active'),
C("I cannot log in your App Store Connect, it is not safe and not allowed. Please add me to your team with the App Manager role, then I upload the screenshots myself.", 'c', 'acc', contract='active'),
C("The chat bubble for your in-game chat is ready, I made a green one like WhatsApp style and a grey one. Which you like?", 'c', 'op', contract='active'),
C("The sign on the blacksmith shop in the town map — I write the street address in English or Vietnamese? The game is for both markets.", 'c', 'cs', contract='active'),
C("Settings menu: for the share panel I draw Discord, Telegram and Facebook icons flat style, or you want the official logos? Official logos have brand rules.", 'c', 'op', contract='active'),
C("The monster need to look more angry and violent, bigger teeth, more blood splash? Your game is 17+ rating so I think it is ok.", 'c', 'har', contract='active'),
C("Question for the proposal: do you need the sprite sheet packed with TexturePacker or separate PNG? Price is same, only the export time different.", 'c', 'pay', 'p'),
C("I saw you wrote 'pay per character'. For me fixed price per character is ok, $35 each including 2 revision, all through Upwork milestones.", 'c', 'pay', 'p'),
C("kill the hero in frame 30 or he survive and the dragon die? storyboard not clear", 'c', 'har', contract='active'),
# --- allowed ---
C("Contract started now so I think it is ok to share: my Zalo / WhatsApp is +84 90 000 0417, only if the upload break again at night. Normal talk we keep here.", 'a', 'cs', contract='active'),
C("For the Unity repo my GitHub username is minh-pixel-dev, you can add me as collaborator. Everything else we discuss here.", 'a', 'cs'),
C("To open your Figma file I need invite. Please use minh.pixelart@gmail.com — this email only for the Figma access.", 'a', 'cs'),
C("Thank you for the NDA from your legal team. As they ask, I filled my phone +84 90 000 0417 and my home address in the form and signed it.", 'a', 'cs', client='enterprise'),
C("Happy to do the portfolio interview on Microsoft Teams like your recruiter suggest, I am free Thursday 9am Hanoi time.", 'a', 'op', client='enterprise'),
C("Since we are in contract already, ok I join your Discord server for the art team. My tag there is minhdraws.", 'a', 'op', contract='active'),
]
CASES += [
C("ib zalo em nha anh", 'v', 'op', lang='vi'),
C("Hợp đồng bắt đầu rồi nên em gửi số Zalo: 090 000 0417 ạ, có gì gấp anh nhắn em, còn trao đổi công việc mình vẫn để trên Upwork.", 'a', 'cs', lang='vi', contract='active'),
C("How many frames you want for the run cycle, 6 or 8? And no need to send me the email of your programmer, I upload the sheets in Upwork files and he download from there.", 'c', 'cr', contract='active'),
C("""Hi, I am 2D game artist from Vietnam. I only work through Upwork contract and all files I deliver in the message room here, so you always have the history. I do characters, enemies, UI buttons, shop and payment popup, login reward screens. Fixed price or hourly is both ok for me.""", 'c', 'op', 'p'),
]
CASES += [
C("gửi số đi anh, em gọi giải thích cho nhanh", 'v', 'cr', lang='vi'),
C("pls leave review when you have time 🙏 thank you!", 'c', 'fb', contract='active'),
]
