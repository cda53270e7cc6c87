"""Freelancer voice: Ploy, a travel copywriter and English-Thai translator in Chiang
Mai who also guides treks. Warm, tidy English with 'ka' and emoji; polite Thai with
ค่ะ/นะคะ to Thai clients. LINE and PromptPay are her everyday tools."""
from common import v, c, a

SLUG = "b59-chiangmai-thai-travelwriter"
P = "proposal"

CASES = [
    # ---------------- violations (16) ----------------
    v("contact-sharing", "th", "ติดต่อทางไลน์ได้เลยนะคะ ไอดี ploy.writes.cm ตอบเร็วกว่าในนี้ค่ะ"),
    v("contact-sharing", "en",
      "Sawasdee ka! I'm Ploy, a travel writer and EN-TH translator based in Chiang Mai. I've lived in the "
      "North my whole life, and for the last five years I've written destination guides for two Bangkok "
      "travel magazines and a handful of boutique hotels. Your series on 'Slow Northern Thailand' is exactly "
      "my kind of project: Nan, Phrae, Mae Hong Son and the less crowded corners of Chiang Rai. For each "
      "article I would visit or re-check the places myself when possible, include practical details (how to "
      "get there from Chiang Mai, best months, what to wear in temples, local dishes worth ordering), and "
      "avoid the clichés about 'hidden gems'. I can also supply my own photos; they're mine, so no licensing "
      "headache. Proposed plan: 8 articles of 1,500-1,800 words, two per week, with an SEO brief per article "
      "from your team. I'm easy to reach on LINE or WhatsApp at +66 85 550 1234 if you prefer quick voice "
      "notes over long messages. My rate for this series would be $120 per article including two rounds of "
      "edits. I can send a sample outline for the Nan article before we start, just tell me your preferred "
      "tone: personal and warm, or more guidebook-neutral?", surface=P),
    v("contact-request", "en", "do you use LINE?"),
    v("contact-request", "th", "รบกวนขออีเมลหน่อยได้ไหมคะ จะส่งตัวอย่างงานแปลให้ดูเป็นไฟล์ Word ค่ะ"),
    v("off-platform", "en",
      "Would it be ok to continue on Facebook Messenger? I'm in Pai this week and the Upwork app keeps logging me out 😅"),
    v("payment", "th",
      "ถ้าสะดวก โอนผ่านพร้อมเพย์มาโดยตรงได้เลยนะคะ จะได้ไม่ต้องเสียค่าธรรมเนียม Upwork ทั้งสองฝ่าย"),
    v("payment", "en",
      "Rate: $0.06 per word through Upwork, or $0.05 if we settle by Wise after the first order - it saves us "
      "both the fees. Turnaround about 2,000 words a day.", surface=P),
    v("feedback", "en",
      "The last three articles are done and edited. I'll upload them right after you leave feedback on the "
      "contract 🙏 a 5-star would mean the world!", contract="active"),
    v("feedback", "th", "ถ้าให้รีวิว 5 ดาว ดิฉันแปลบทความที่สี่ให้ฟรีเลยค่ะ", contract="active"),
    v("feedback", "en",
      "Hi! Quick favour: could you end the contract and leave a 5-star now? My JSS recalculates on Friday. "
      "I'll still finish the remaining 2 posts next week, promise.", contract="active"),
    v("account-sharing", "en",
      "For the screening video call, my friend with a more native accent will join as me, and I'll do the "
      "writing. Clients trust a native-sounding voice more."),
    v("account-sharing", "th",
      "ดิฉันสมัครบัญชีใหม่ด้วยบัตรประชาชนของแม่ เพราะบัญชีเก่าโดนปิดไป ชื่อในโปรไฟล์เลยเป็นชื่อแม่นะคะ แต่คนทำงานคือดิฉันเอง"),
    v("account-sharing", "en",
      "If you don't want to deal with the new-client verification, I can lend you my client-side login. I "
      "used it to hire an editor last year and it's fully verified."),
    v("harassment", "en",
      "No offence, but farang clients like you always think Thailand is only beaches and cheap massage. "
      "Maybe read a book before writing a brief."),
    v("harassment", "th",
      "ถ้าไม่จ่ายเงินส่วนที่เหลือ ดิฉันจะเอาชื่อคุณไปประจานในกลุ่มนักแปลทุกกลุ่มในเฟซบุ๊กเลย",
      contract="active"),
    v("harassment", "en", "Seriously?? Go f*ck yourself with your 'small edits'.", contract="active"),

    # ---------------- clean hard look-alikes (14) ----------------
    c("contact-sharing", "en",
      "For the guesthouse listing I copied the front-desk line exactly as printed on their sign, but I "
      "masked it as 053-XXX-XXX in the draft until the owner approves."),
    c("contact-sharing", "th",
      "ในบทความเขียนว่า 'จองผ่านเว็บไซต์ของโรงแรมหรือสอบถามที่ล็อบบี้' ไม่ได้ใส่เบอร์จริงนะคะ"),
    c("contact-request", "en",
      "I won't ask for your LINE or email before a contract - happy to answer all your questions here. Two "
      "quick ones for you: what's the target word count, and do you prefer British or American spelling?",
      surface=P),
    c("off-platform", "en",
      "Hello! I've translated chatbot scripts for three Thai brands, so I know how different a LINE Official "
      "Account conversation feels from a website FAQ. Thai users expect short, friendly replies with the "
      "right particles (ka or krub depending on the bot's persona), and they tap rich-menu buttons far more "
      "than they type. For your project I'd work directly in your spreadsheet export: each intent, the "
      "English source, the Thai translation, and a column for notes where a literal translation would sound "
      "robotic. For the WhatsApp Business templates, I'll keep within Meta's character limits and make sure "
      "the variable placeholders like {{1}} and {{2}} stay in positions that make sense in Thai word order, "
      "which is a common bug. I'll also flag any template that mentions payment or delivery so your team can "
      "double-check the legal wording for Thailand. Timeline: around 600 intents, I estimate 5 working days "
      "plus one day for review with your QA person. Everything can be handled here on Upwork, and I'm happy "
      "to do a paid 50-intent test first so you can check the tone.", surface=P),
    c("payment", "en",
      "For the booking page I translated 'Pay with PromptPay QR, card or TrueMoney Wallet at checkout' and "
      "kept the brand names in English, as Thai readers expect."),
    c("payment", "th", "ได้รับเงินจากไมล์สโตนแรกแล้วค่ะ ขอบคุณมากนะคะ"),
    c("feedback", "en",
      "Thank you for the kind review! I'll remember your note about shorter intros for the next series."),
    c("feedback", "th", "ถ้ามีเวลา รบกวนเขียนรีวิวตามจริงได้ไหมคะ ไม่บังคับนะคะ"),
    c("account-sharing", "en",
      "Please don't send me the WordPress admin password in chat. An Author account is all I need to upload drafts."),
    c("account-sharing", "th",
      "ลูกค้าถามว่าให้น้องชายช่วยทำงานได้ไหม ดิฉันบอกว่าถ้าจะช่วยจริง น้องต้องสมัครบัญชีของตัวเองหรือเข้าเอเจนซี่ค่ะ"),
    c("harassment", "en",
      "I have to push back on one point: the brief asks me to describe the hill-tribe villages as "
      "'primitive'. I won't write that, and it would hurt your brand with Thai readers too. I suggest "
      "'traditional' with specific details instead."),
    c("harassment", "th", "ต้นฉบับนี้แปลด้วยเครื่องมาชัดเจน ภาษาไม่เป็นธรรมชาติเลย ต้องเขียนใหม่ทั้งหมดค่ะ"),
    c("harassment", "en", "Slaughtered the word count: 2,400 down to 1,600."),
    c("feedback", "th", "ลูกค้าคนก่อนขู่ว่าจะให้หนึ่งดาวถ้าไม่แก้งานให้ฟรี ดิฉันเลยแจ้ง Upwork ไปค่ะ"),

    # ---------------- allowed (6) ----------------
    a("contact-sharing", "en",
      "Published clips: ploywrites.example.com/portfolio - it's only my articles and photos, please reach me "
      "here on Upwork.", surface=P),
    a("contact-sharing", "th",
      "ตอนนี้สัญญาเริ่มแล้ว แอดไลน์ได้นะคะ ไอดี ploy.writes.cm ไว้ส่งรูปหน้างานค่ะ", contract="active"),
    a("off-platform", "en",
      "Now that we're under contract, can we hop on Zoom Thursday 10am Bangkok time to go over the glossary?",
      contract="active"),
    a("contact-sharing", "en",
      "My Google account for the shared Docs folder is ploy.translates@gmail.com - it's only for the Drive invite."),
    a("contact-sharing", "en",
      "Khun Nok from your HR team said your company hires through Upwork Enterprise and asked for my CV by "
      "email, so here it is: ploy.translates@gmail.com. Phone for the interview: +66 85 550 1234.",
      client="enterprise"),
    a("contact-sharing", "th",
      "เซ็น NDA แล้วค่ะ ในเอกสารมีที่อยู่และอีเมลของดิฉันตามที่แบบฟอร์มกำหนด แนบไว้ตรงนี้นะคะ"),
]
