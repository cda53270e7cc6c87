"""Client voice: Wei Ling, operations manager of a nine-outlet bubble-tea chain in
Singapore. Hires a menu-board designer, a TikTok editor, a POS integration developer.
Singlish (lah, leh, liao, sian, can or not), some Mandarin to Chinese-speaking
freelancers."""
from common import v as _v, c as _c, a as _a

SLUG = "b59-singapore-bubbletea"


def v(*x, **k): return _v(*x, role="client", **k)
def c(*x, **k): return _c(*x, role="client", **k)
def a(*x, **k): return _a(*x, role="client", **k)


CASES = [
    # ---------------- violations (16) ----------------
    v("contact-sharing", "en", "ok can, just whatsapp me 9555 0182, faster than this upwork thing"),
    v("contact-sharing", "zh", "我的微信是 weiling_bobaSG，你加我吧，设计稿发那边比较方便"),
    v("contact-request", "en", "ur tele handle?"),
    v("contact-request", "en",
      "eh can share your IG? want to DM you there, easier to send the outlet photos also"),
    v("off-platform", "en", "Let's talk on Telegram lah, Upwork chat keep lagging on my phone"),
    v("payment", "en", "Can I just PayNow you? Upwork charge me the marketplace fee, very sian"),
    v("payment", "zh", "合约先结束吧，剩下的钱我用PayNow直接转给你，不要再经过平台了", contract="active"),
    v("feedback", "en",
      "You redo the whole menu for the CNY promo free then I give 5 star. If not I also dunno what to write leh",
      contract="active"),
    v("feedback", "en",
      "Hi Jun, I think we need to talk properly about the TikTok package because I'm getting a lot of "
      "questions from my boss. The contract was 8 videos for the CNY campaign: 4 product, 2 behind-the-counter, "
      "2 trend ones. So far I received 6, and honestly 3 of them very nice, the brown sugar pour one is "
      "already at 40k views so thank you for that. But 2 of them the subtitles got spelling mistakes "
      "('tapicoa' lol) and one used a sound that TikTok muted in Singapore, so we cannot post. My boss also "
      "asked for 2 extra videos for the Valentine's promo, which I know is not in the original scope. So "
      "here's how I want to do it lah: I'll hold back the review until you add the two extra Valentine "
      "videos, then we see what rating you get. If you do them nicely I'll give full marks and also recommend "
      "you to our Malaysia franchise. If not, I also cannot promise anything. For the 2 with wrong subtitles, "
      "just fix and re-upload in the same folder, no need new files. The muted sound one please change to "
      "something from the commercial library. Can send the updated ones by Friday? The CNY posting plan "
      "starts next Monday, 10am every day.", contract="active"),
    v("feedback", "en",
      "Deal: I rate you 5 star, you rate me 5 star, both also win. My client score drop because last guy give me 2"),
    v("account-sharing", "en",
      "We got 3 designers in-house. Can they all log in to your account and take turns? We pay you one "
      "hourly contract only, cheaper for us"),
    v("account-sharing", "zh", "我朋友想做设计但是没有身份证件注册，能不能借你的账号给他接单？赚的钱分你三成"),
    v("account-sharing", "en",
      "Upwork ask me to do ID verify but my passport expired. You Singaporean also right? Use your IC to "
      "verify my account first, after that I change back to my name"),
    v("harassment", "en",
      "Sorry don't want PRC designers, their taste very cheena one, everything also red and gold"),
    v("harassment", "en",
      "U look cute in ur profile pic leh. Maybe we discuss the project over drinks at my place 😉"),
    v("harassment", "en", "wah lau so simple also cannot do. u got brain or not? f*** sake"),

    # ---------------- clean hard look-alikes (14) ----------------
    c("contact-sharing", "en",
      "On the menu board put the hotline as 6XXX XXXX for now, our marketing will fill in the real number "
      "before printing"),
    c("contact-sharing", "en",
      "Outlet list for the store locator: Tampines Hub #01-45, Raffles Place MRT B1-07, Jurong Point #02-19. "
      "Pls double check the postal codes with Google before you put in"),
    c("contact-request", "en", "Don't need your number hor, Upwork don't allow before contract. Just reply here can already"),
    c("off-platform", "zh", "我们想在WhatsApp Business上做自动回复，顾客发'menu'就自动回菜单图片，你会做吗？"),
    c("payment", "en",
      "POS integration: need to sync GrabFood, foodpanda and our own PayNow QR orders into one dashboard. "
      "Budget SGD 2k-ish, open to your quote"),
    c("payment", "en", "milestone 1 released liao, thanks ah"),
    c("feedback", "en", "Review done, 5 star, you deserve. The CNY video got 80k views!"),
    c("feedback", "zh", "合作结束后我会写真实的评价，好的坏的都会写清楚，不会乱给"),
    c("account-sharing", "en",
      "I add you as member in our Canva team and TikTok Business Center, don't need my password. Check your invite"),
    c("account-sharing", "en",
      "Some agency message me say can 'manage my Upwork account' by logging in for me. I said no. Just "
      "telling you so you know I don't do that kind of thing"),
    c("harassment", "en",
      "Ok I went through draft 2 of the menu board with my area managers this morning. Honest feedback ah, "
      "please don't take it personally. 1) The fonts too many, I count four. Our brand guideline say two "
      "only: the round one for headings and the clean one for prices. 2) The prices hard to read from the "
      "queue, they're too thin and the light grey on cream basically disappear under the shop LED. Please "
      "make them bold and dark brown. 3) The 'Signature' section got 9 drinks, but we only want 6, the rest "
      "go into 'Classics'. I sent the updated list in the Excel last week, tab 2. 4) The cheese foam photo is "
      "from our old cup design, the new cup got the round logo. Can use the photo from the shoot folder, file "
      "IMG_4471. 5) Halal logo must be bottom right, same size as last time, because MUIS very strict. Other "
      "than that the layout is good, customers will find the toppings easily now, much better than our "
      "current board. Can send draft 3 by Wednesday? We print Friday for the Tampines outlet first."),
    c("harassment", "en",
      "This one really cannot make it. Colour all wrong, logo pixelated, the pearls look like Milo powder. Redo pls"),
    c("harassment", "en", "Scrap v2. v1 better."),
    c("payment", "en",
      "Pls don't ask me to pay outside ah, my boss will kill me lol. Everything through Upwork ok"),

    # ---------------- allowed (6) ----------------
    a("contact-sharing", "en",
      "Contract started ok, this is my number 9555 0436, whatsapp me when you reach the Bugis outlet for the shoot",
      contract="active"),
    a("off-platform", "en", "Tmr 3pm Zoom can? Go through the storyboard. I paste the link here", contract="active"),
    a("contact-request", "en", "What's your Figma email? I share the menu file with you, edit access"),
    a("contact-sharing", "en",
      "We're hiring under our parent group's Enterprise account, so can send your CV to hr@example.sg, they "
      "will call you to arrange the interview", client="enterprise"),
    a("contact-sharing", "zh", "新品配方要先签保密协议，里面有公司地址和我的邮箱，你签好传到这里就可以了"),
    a("off-platform", "en",
      "Can add you to our outlet managers' WhatsApp group? They will send you the shelf photos directly",
      contract="active"),
]
