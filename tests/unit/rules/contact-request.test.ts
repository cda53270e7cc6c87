import { withFixedGaps, EXCEPTION, runRuleTests, type InvalidCase, type KnownGap, type ValidCase } from './tester';

const valid: (string | ValidCase)[] = [
  // The same words with no detail asked for: a template, the Indian English "good name", a community server as the work.
  'Send your new email template when it is ready and I will review the copy.',
  'What is your good name sir? I will add it to the invoice on Upwork.',
  'Have you got a Discord server for the community? I can set up the roles and bots for it.',
  // The channel a product sends something by, not a detail asked for: "manda por correo" (it sends it by mail).
  'Ya quedó el módulo: la app crea el recibo y se lo manda por correo al cliente final.',
  'O sistema gera o boleto e manda por e-mail para o cliente final.',
  // What other applicants did, told: the reporting verb begins the match.
  'Two applicants put their Telegram and email in the proposal, so I skipped them.',
  'A few candidates included their phone numbers in the first message; we only reply here.',
  // Polish and Turkish look-alikes: a refusal told, a speech reported, past ratings, product work, "pisz" and "ezik" as ordinary words.
  "Proszę podać adres URL strony, którą mam przetestować.",
  "Formda teslimat adresini doğrulayan bir alan lazım.",
  // "list" as a noun: the day list on a phone.
  'Drivers check the route list on their phone each morning before the first stop.',
  'Keep the price list on your website up to date.',
  // A Dutch 06 number as a topic, not asked for.
  "Wat is de 06-regel in het formulier, moet het veld tien cijfers accepteren?",
  // A contact page as the work, in Chinese; a question about the contact form.
  "我们的网站需要一个联系我们页面，显示地址和电话",
  "请问你们的联系我们页面要放在导航栏还是页脚？",
  // An app's settings, not the reader's handle.
  'You need to update your Skype settings so calls from people outside your contacts ring.',
  'Check your WhatsApp privacy settings before the demo, the preview hides the status.',
  // Someone else's request, reported in Indonesian.
  "Ada freelancer minta IG saya sebelum saya hire. Ga saya kasih.",
  "What's your email marketing strategy for Q3?",
  'What is your number of monthly users?',
  "I won't ask for your phone number before a contract.",
  'Please share your portfolio and two case studies.',
  'What is your budget and timeline?',
  'How can I reach you here on Upwork if the build fails?',
  'Please send your Figma file when ready.',
  "Send me your questions and I'll answer them today.",
  'Can you share your screen during the Upwork call?',
  'Do you have your phone app designs in Figma?',
  'Which email template do you prefer?',
  'Asking for your email before a contract is against Upwork rules.',
  { text: "What's your email?", context: { client: 'enterprise' } },
  { text: "What's your email?", context: { contract: 'active' } },
  'Have you worked with Telegram? We need a bot.',
  // Look-alikes of the questions below: an order number, a question about the project, the Upwork chat.
  'Vous avez un numéro de commande ?',
  'Haben Sie eine private Frage zum Projekt?',
  'У вас есть вопросы по макету?',
  'Where can I find your portfolio on Upwork?',
  'Do you know how to contact support?',
  'Aap ki koi website hai jo hum redesign karein?',
  'The email of your CTO bounced when we sent the NDA, so I resent it here.',
  'Numaranız ne zaman aktif olacak?',
  'May bug ka ba sa code?',
  'Upwork ki terms ke mutabiq contract se pehle contact details share karna mana hai, isliye main apna number nahi de sakta.',
  'Resi JNE 0123456789012 itu nomor dummy dari sandbox.',
  '¿Tiene algún número de pedido para buscar la compra?',
  'Você tem algum contato com o time de design deles?',
  '我们的联系人会在Upwork上回复。',
  '¿Cómo te contacto por aquí si hay un problema?',
  'Wie kann ich Sie auf Upwork erreichen, wenn der Build fehlschlägt?',
  'Ada email masuk dari klien tadi pagi.',
  'Como te encontro aqui na plataforma amanhã?',
  // The number of an order, in Russian and Ukrainian, with a please in between; list items that are not contact details.
  'Скиньте, пожалуйста, номер заказа и скриншот ошибки.',
  'Скиньте, будь ласка, номер замовлення.',
  'Send me your logo files and your email templates.',
  'Please share your screen and your number of daily users.',
  "The director's email template needs a new header image.",
  // A detail's template or field, a number that is a metric.
  'Do you have a personal email template we can reuse for the launch?',
  'Your active users number dropped, can you send the chart?',
  "Each parent's mobile number field must be validated.",
  // Dutch/Flemish, Romanian, Malay/Manglish and Korean look-alikes: a site's own details, talk kept on Upwork, a word quoted.
  "I tak boleh bagi nombor sebelum kontrak, maaf.",
  "Wat is het telefoonnummer van de winkel? Dat moet op de contactpagina.",
  "Numărul de telefon al firmei apare în subsol.",
  "연락처 페이지에 폼을 추가해 주세요.",
  // Chinese and Vietnamese look-alikes: apps and rails built as work, bench testing, a request refused or reported, star-rating features.
  '表单里要加一个手机号字段，格式校验用正则',
  'Form đăng ký cần trường số điện thoại, anh muốn bắt buộc không?',
  '请不要在这里留联系方式，平台不允许。',
  // Round 126: a bare "how do I reach you" answered by asking about Upwork's own notices, in English and Ukrainian.
  'How can I get in touch with you over the weekend? Will the Upwork app notify you if I post here?',
  "Як з вами зв'язатися у вихідні? Upwork надсилає сповіщення на телефон, правильно?",
];

const invalid: InvalidCase[] = [
  // A word before the detail that the list of modifiers lacked, and a second app before what it is for (7 December 2026).
  { text: 'Sir what is your good WhatsApp number? I will send the file there.', findings: [{ match: 'what is your good WhatsApp number', severity: 'violation' }] },
  { text: 'Could you give me your university email address? My co-authors can look too.', findings: [{ match: 'give me your university email address', severity: 'violation' }] },
  { text: 'Have you got a Discord or Slack I can add you on? All my contributors are there.', findings: [{ match: 'Have you got a Discord or Slack I can add you', severity: 'violation' }] },
  // Round 126, next to those: another way in asked for beside Upwork's notices, or the ask pointed outside.
  {
    text: 'How can I get in touch with you over the weekend? The Upwork app is slow, do you have WhatsApp?',
    findings: [{ match: 'How can I get in touch with you', severity: 'violation' }, { match: 'do you have WhatsApp', severity: 'violation' }],
  },
  { text: "Як з вами зв'язатися у вихідні? Upwork не надсилає сповіщення, дайте Telegram?", findings: [{ match: "Як з вами зв'язатися", severity: 'violation' }] },
  { text: 'How do I contact you directly? Does Upwork even send you alerts?', findings: [{ match: 'How do I contact you directly', severity: 'violation' }] },
  { text: 'How can I reach you on weekends? Which app do you use besides Upwork?', findings: [{ match: 'How can I reach you', severity: 'violation' }] },
  { text: 'Mándame tu correo y te escribo.', findings: [{ match: 'Mándame tu correo', severity: 'violation' }] },
  // The others' details told, then the same asked of the reader in the same sentence.
  { text: 'The other applicants put their Skype in, so please put yours too.', findings: [{ match: 'put their Skype', severity: 'violation' }] },
  // Polish and Turkish (round 10): channels with case endings, asks, payment words, review holds, insults and threats, accounts lent.
  { text: "Podasz mi swój numer komórki? Zadzwonię wieczorem.", findings: [{ match: "Podasz mi swój numer", severity: 'violation' }] },
  { text: "Prosimy o adres mailowy, wyślemy materiały.", findings: [{ match: "Prosimy o adres mailowy", severity: 'violation' }] },
  { text: "Cep numaranızı paylaşabilir misiniz, akşam arayayım.", findings: [{ match: "Cep numaranızı paylaşabilir misiniz", severity: 'violation' }] },
  // A tool to be shared is no reason to ask for a chat handle or a phone: the access exception is for the address the tool needs.
  { text: "I'll share the Google Drive with you. What's your WhatsApp?", findings: [{ match: "What's your WhatsApp", severity: 'violation' }] },
  { text: 'Figma invite coming. Tell me your Telegram handle too.', findings: [{ match: 'Tell me your Telegram handle', severity: 'violation' }] },
  { text: '구글 드라이브 공유할게요. 카톡 아이디 알려주세요.', findings: [{ match: '카톡 아이디 알려주', severity: 'violation' }] },
  { text: "I'll invite you to Figma. What's your email?", findings: [{ match: "What's your email", severity: 'info', exception: EXCEPTION.access }] },
  // Round 21b: a site builder or a shop back office the client adds a helper to by email; "whats" as the question word, not WhatsApp.
  ...[
    ['Give me your email and I add you as administrator on our Wix site, so you can look at it first.', 'Give me your email'],
    ['whats ur email for wix, ill add u as a contributor so u can see the mess the last guy left', 'whats ur email'],
    ['Give me your email please, I invite you to my Etsy as a shop helper, so you can see the listings.', 'Give me your email'],
    ['Proszę podać adres e-mail, dodam Pana do naszego WordPressa jako edytora.', 'podać adres e-mail'],
    ["What's your email? I'll add you as an editor on our Squarespace site.", "What's your email"],
  ].map(([text, match]): InvalidCase => ({ text: text!, context: { role: 'client' }, findings: [{ match: match!, severity: 'info', exception: EXCEPTION.access }] })),
  // ...but a chat app or a number asked next to the same tool stays a request.
  { text: 'whats ur whatsapp, ill add u to our wix site after', findings: [{ match: 'whats ur whatsapp', severity: 'violation' }] },
  { text: 'whats ur number, ill add u to the etsy shop', findings: [{ match: 'whats ur number', severity: 'violation' }] },
  { text: 'Give me your email, I like to chat by mail better than here. We sell on Etsy.', findings: [{ match: 'Give me your email', severity: 'violation' }] },
  { text: 'Please list your WhatsApp number in the reply.', findings: [{ match: 'Please list your WhatsApp number', severity: 'violation' }] },
  // Dutch "je 06": the reader's mobile number.
  { text: "Wat is jouw 06? Dan bel ik je vanavond even.", findings: [{ match: "Wat is jouw 06", severity: 'violation' }] },
  // Chinese asks written against Latin words (no word edge between the scripts), and how to reach the reader.
  { text: "方便的话给我个微信吧，细节好沟通", findings: [{ match: "给我个微信", severity: 'violation' }] },
  { text: "请问您可以提供WhatsApp或手机号吗？", findings: [{ match: "提供WhatsApp或手机号", severity: 'violation' }] },
  { text: "Hi你的telegram是多少", findings: [{ match: "你的telegram是多少", severity: 'violation' }] },
  { text: "请问如何联系您？有个项目想聊", findings: [{ match: "如何联系您", severity: 'violation' }] },
  // Asked in Spanish, French, German, Turkish, Arabic, Urdu, Indonesian, Italian and Polish.
  { text: "¿Me pasas tu celu para mandarte el audio?", findings: [{ match: "Me pasas tu celu", severity: 'violation' }] },
  { text: "Vous pouvez me donner votre 06 ? Je vous appelle ce soir.", findings: [{ match: "Vous pouvez me donner votre 06", severity: 'violation' }] },
  { text: "Pourrais-tu m'envoyer ton adresse mail perso ?", findings: [{ match: "Pourrais-tu m'envoyer ton adresse mail", severity: 'violation' }] },
  { text: "Hast du Threema? Schick mir deine ID.", findings: [{ match: "Hast du Threema", severity: 'violation' }, { match: "Schick mir deine ID", severity: 'violation' }] },
  { text: "Telegram numaran var mı?", findings: [{ match: "Telegram numaran var mı", severity: 'violation' }] },
  { text: "aap ka whatsapp number chahiye, details wahan bhejunga", findings: [{ match: "aap ka whatsapp number chahiye", severity: 'violation' }] },
  { text: "email kakak berapa ya?", findings: [{ match: "email kakak berapa", severity: 'violation' }] },
  { text: "Mi lasci il tuo numero? Ti mando un vocale.", findings: [{ match: "Mi lasci il tuo numero", severity: 'violation' }] },
  { text: "Podasz mi swój numer? Zadzwonię jutro.", findings: [{ match: "Podasz mi swój numer", severity: 'violation' }] },
  // The NDA exception covers details written into a document, not details typed into the chat for one.
  {
    text: "For the background check, we'll need your full legal name, date of birth and current home address. You can just type them here in the chat.",
    findings: [{ match: 'need your full legal name, date of birth and current home address', severity: 'violation', exception: false }],
  },
  {
    text: 'For the background check, please enter your home address in the DocuSign form I sent.',
    findings: [{ match: 'please enter your home address', severity: 'info', exception: true }],
  },
  { text: "What's your email?", findings: [{ match: "What's your email", severity: 'violation', exception: false }] },
  { text: 'Thanks! Can you share your phone number?', findings: [{ match: 'share your phone number', severity: 'violation' }] },
  { text: "Send me your WhatsApp and I'll forward the requirements.", findings: [{ match: 'Send me your WhatsApp', severity: 'violation' }] },
  { text: 'your number pls', findings: [{ match: 'your number pls', severity: 'violation' }] },
  { text: "What's the best number to reach you on?", findings: [{ match: "What's the best number to reach", severity: 'violation' }] },
  { text: 'How can I contact you outside Upwork?', findings: [{ match: 'How can I contact you outside', severity: 'violation' }] },
  { text: 'Is there another way to contact you?', findings: [{ match: 'Is there another way to contact', severity: 'violation' }] },
  { text: 'Drop your telegram handle', findings: [{ match: 'Drop your telegram handle', severity: 'violation' }] },
  { text: 'May I have your WhatsApp number?', findings: [{ match: 'May I have your WhatsApp number', severity: 'violation' }] },
  { text: 'what is ur whatsapp', findings: [{ match: 'what is ur whatsapp', severity: 'violation' }] },
  { text: 'Can I get your digits?', findings: [{ match: 'Can I get your digits', severity: 'violation' }] },
  // Disguised: Cyrillic look-alikes, full-width letters, dashed letters.
  { text: 'wh\u0430t\'s y\u043Eur em\u0430il?', findings: [{ match: 'wh\u0430t\'s y\u043Eur em\u0430il', severity: 'violation' }] },
  { text: "ＷＨＡＴ'Ｓ ＹＯＵＲ ＥＭＡＩＬ？", findings: [{ match: "ＷＨＡＴ'Ｓ ＹＯＵＲ ＥＭＡＩＬ", severity: 'violation' }] },
  { text: 'Send me your wh@tsapp number', findings: [{ match: 'Send me your wh@tsapp number', severity: 'violation' }] },
  { text: "What's your e\u200Bmail?", findings: [{ match: "What's your e\u200Bmail", severity: 'violation' }] },
  { text: 'your e-m-a-i-l please', findings: [{ match: 'your e-m-a-i-l please', severity: 'violation' }] },
  // Astral characters before the match.
  { text: "👋😊 What's your email?", findings: [{ match: "What's your email", severity: 'violation' }] },
  // Two in one text.
  {
    text: "What's your email? And your skype?",
    findings: [
      { match: "What's your email", severity: 'violation' },
      { match: 'your skype', severity: 'violation' },
    ],
  },
  // Exceptions.
  { text: "What's your email?", context: { client: 'enterprise' }, findings: [{ match: "What's your email", severity: 'info', exception: EXCEPTION.enterprise }] },
  { text: "What's your email?", context: { contract: 'active' }, findings: [{ match: "What's your email", severity: 'info', exception: EXCEPTION.contract }] },
  {
    text: 'Please add your email so I can invite you to the Jira board.',
    findings: [{ match: 'Please add your email', severity: 'info', exception: EXCEPTION.access }],
  },
  { text: 'skype or nah', findings: [{ match: 'skype or nah', severity: 'violation' }] },
  { text: 'Thanks. wa number?', findings: [{ match: 'wa number', severity: 'violation' }] },
  // Questions about a detail or another place, in the corpus's languages (batches 11-13).
  { text: "t'as un numéro ou un mail perso? je préfère appeler", findings: [{ match: "t'as un numéro ou un mail perso", severity: 'violation' }] },
  { text: 'Avez-vous un numéro direct ?', findings: [{ match: 'Avez-vous un numéro direct', severity: 'violation' }] },
  { text: 'Pouvez-vous me donner votre adresse e-mail ?', findings: [{ match: 'Pouvez-vous me donner votre adresse e-mail', severity: 'violation' }] },
  { text: "T'es sur quoi à part ici ?", findings: [{ match: "T'es sur quoi", severity: 'violation' }] },
  { text: 'Haben Sie eine private E-Mail-Adresse?', findings: [{ match: 'Haben Sie eine private E-Mail-Adresse', severity: 'violation' }] },
  { text: 'Hast du eine persönliche Handynummer?', findings: [{ match: 'Hast du eine persönliche Handynummer', severity: 'violation' }] },
  { text: 'А у вас есть телега или ватсап?', findings: [{ match: 'у вас есть телега', severity: 'violation' }] },
  { text: 'Где вас еще можно найти?', findings: [{ match: 'Где вас еще можно найти', severity: 'violation' }] },
  { text: 'А де вас ще можна знайти?', findings: [{ match: 'де вас ще можна знайти', severity: 'violation' }] },
  { text: 'Aap ki koi website ya LinkedIn hai?', findings: [{ match: 'Aap ki koi website ya LinkedIn hai', severity: 'violation' }] },
  { text: 'May FB ka ba or number?', findings: [{ match: 'May FB ka ba', severity: 'violation' }] },
  { text: 'Meron ka bang viber?', findings: [{ match: 'Meron ka bang viber', severity: 'violation' }] },
  { text: 'وش حسابك في سناب؟', findings: [{ match: 'حسابك في سناب؟', severity: 'violation' }] },
  { text: 'habibi 3andak raqam aw insta?', findings: [{ match: '3andak raqam', severity: 'violation' }] },
  { text: 'fi whats?', findings: [{ match: 'fi whats', severity: 'violation' }] },
  { text: 'Skype adın ne hocam?', findings: [{ match: 'Skype adın', severity: 'violation' }] },
  { text: 'Numaran ne?', findings: [{ match: 'Numaran', severity: 'violation' }] },
  { text: 'Where can I contact you for a custom job?', findings: [{ match: 'Where can I contact you', severity: 'violation' }] },
  { text: 'If yes, how to contact you?', findings: [{ match: 'how to contact you', severity: 'violation' }] },
  { text: 'What else are you on?', findings: [{ match: 'What else are you on', severity: 'violation' }] },
  { text: 'Can you tell me your full address and phone?', findings: [{ match: 'tell me your full address and phone', severity: 'violation' }] },
  { text: 'Could you share the email of your CTO?', findings: [{ match: 'email of your CTO', severity: 'violation' }] },
  { text: 'Send me the phone number of your manager.', findings: [{ match: 'phone number of your manager', severity: 'violation' }] },
  { text: 'Você poderia me passar seu Instagram?', findings: [{ match: 'me passar seu Instagram', severity: 'violation' }] },
  { text: 'You never answer here so give me any other way to reach you.', findings: [{ match: 'give me any other way to reach you', severity: 'violation' }] },
  { text: 'Minta nomor WA kamu dong', findings: [{ match: 'Minta nomor', severity: 'violation' }] },
  // 'Do you have any mail or phone?' in Spanish and Portuguese.
  { text: '¿Tenés algún mail o celu donde te pueda mandar un par de capturas?', findings: [{ match: 'Tenés algún mail', severity: 'violation' }] },
  { text: '¿Tienes algún correo para mandarte el contrato?', findings: [{ match: 'Tienes algún correo', severity: 'violation' }] },
  { text: 'Você tem algum whats pra eu te mandar os prints?', findings: [{ match: 'Você tem algum whats', severity: 'violation' }] },
  { text: '是否可以定制功能？可付费  怎么联系', findings: [{ match: '怎么联系', severity: 'violation' }] },
  { text: '请发一下你的联系方式', findings: [{ match: '你的联系方式', severity: 'violation' }] },
  // 'Where / how can I contact you?' and 'do you have WA?' in Spanish, Portuguese, German, Turkish, Indonesian.
  { text: '¿Dónde te puedo contactar fuera de acá?', findings: [{ match: 'Dónde te puedo contactar', severity: 'violation' }] },
  { text: '¿Cómo te contacto para pasarte los archivos?', findings: [{ match: 'Cómo te contacto', severity: 'violation' }] },
  { text: 'Como te encontro no Instagram?', findings: [{ match: 'Como te encontro', severity: 'violation' }] },
  { text: 'Wie kann ich Sie direkt erreichen?', findings: [{ match: 'Wie kann ich Sie direkt erreichen', severity: 'violation' }] },
  { text: 'Size nasıl ulaşabilirim hocam?', findings: [{ match: 'Size nasıl ulaşabilirim', severity: 'violation' }] },
  { text: 'Gimana cara hubungi kakak di luar sini?', findings: [{ match: 'cara hubungi kakak', severity: 'violation' }] },
  { text: 'Kakak punya WA gak?', findings: [{ match: 'punya WA', severity: 'violation' }] },
  // A please between the verb and the detail.
  { text: 'Скиньте, пожалуйста, ваш телеграм, так быстрее.', findings: [{ match: 'Скиньте, пожалуйста, ваш телеграм', severity: 'violation' }] },
  { text: 'Киньте, плиз, свой ватсап.', findings: [{ match: 'Киньте, плиз, свой ватсап', severity: 'violation' }] },
  { text: 'Скиньте, будь ласка, ваш телеграм.', findings: [{ match: 'Скиньте, будь ласка, ваш телеграм', severity: 'violation' }] },
  // The detail asked for at the end of a list.
  {
    text: 'Send me your portfolio link and your phone number so we can talk.',
    findings: [{ match: 'Send me your portfolio link and your phone number', severity: 'violation' }],
  },
  { text: 'Share your CV, rates and your WhatsApp number.', findings: [{ match: 'Share your CV, rates and your WhatsApp number', severity: 'violation' }] },
  // A person of the reader's organisation by role, with a qualifier before the detail.
  { text: "Could you send me your managing director's personal email?", findings: [{ match: "your managing director's personal email", severity: 'violation' }] },
  { text: "Is your CFO's direct number the same as the office one?", findings: [{ match: "your CFO's direct number", severity: 'violation' }] },
  // A detail with a qualifier ("active", "good"), asked with "do you have a", or a parent's.
  { text: 'Kindly send us your active phone number and email so our team can contact you.', findings: [{ match: 'Kindly send us your active phone number', severity: 'violation' }] },
  { text: 'Could you send me a good number and email?', findings: [{ match: 'send me a good number', severity: 'violation' }] },
  { text: 'Do you have a personal email where I could send the files?', findings: [{ match: 'Do you have a personal email', severity: 'violation' }] },
  { text: 'Could you share the mobile number of one parent for reminders?', findings: [{ match: 'mobile number of one parent', severity: 'violation' }] },
  // Dutch/Flemish, Romanian, Malay/Manglish and Korean (written for the lexicon families, not taken from a batch).
  { text: "Heeft u een telefoonnummer waarop ik u kan bereiken?", findings: [{ match: "Heeft u", severity: 'violation' }] },
  { text: "Wat is je mailadres? Dan stuur ik het contract.", findings: [{ match: "Wat is je mailadres", severity: 'violation' }] },
  { text: "Geef mij eens je WhatsApp, dat gaat sneller.", findings: [{ match: "Geef mij eens je WhatsApp", severity: 'violation' }] },
  { text: "Dați-mi numărul de telefon, vă sun mâine.", findings: [{ match: "Dați-mi numărul", severity: 'violation' }] },
  { text: "Aveti WhatsApp? Scriu acolo mai repede.", findings: [{ match: "Aveti WhatsApp", severity: 'violation' }] },
  { text: "Boleh bagi nombor telefon you? Senang nak call.", findings: [{ match: "bagi nombor", severity: 'violation' }] },
  { text: "You ada telegram tak? Nak hantar fail.", findings: [{ match: "You ada telegram", severity: 'violation' }] },
  { text: "전화번호 좀 알려주세요, 급해서요.", findings: [{ match: "전화번호 좀 알려주", severity: 'violation' }] },
  { text: "카톡 아이디 주시면 바로 연락드릴게요.", findings: [{ match: "카톡 아이디 주시면", severity: 'violation' }] },
  // Chinese (no spaces: phrases read inside runs of characters) and Vietnamese (with or without diacritics).
  { text: '方便把你的微信号发我吗？', findings: [{ match: '你的微信号发我', severity: 'violation' }] },
  { text: '能留个手机号吗，我晚上打给你', findings: [{ match: '留个手机号', severity: 'violation' }] },
  { text: 'cho em xin số điện thoại của anh để tiện liên lạc', findings: [{ match: 'cho em xin số điện thoại', severity: 'violation' }] },
  { text: 'anh gửi em số Zalo nhé', findings: [{ match: 'gửi em số Zalo', severity: 'violation' }] },
];

/** Cases the detector gets wrong today. Not run: move each back to `valid`/`invalid` once fixed. */
/** Batch 15: phone typists, addresses for samples and checks, relatives' numbers, 'what number should I add you under'. */
valid.push(
  "The parent's phone number field must accept a country code.",
  'Je propose un assistant WhatsApp pour les patients du cabinet.',
  'Your date of birth field needs validation.',
);
invalid.push(
  { text: 'whats ur #', findings: [{ match: 'whats ur #', severity: 'violation' }] },
  { text: 'wats ur num', findings: [{ match: 'wats ur num', severity: 'violation' }] },
  { text: 'Where should I ship the samples? I need your full home address.', findings: [{ match: 'need your full home address', severity: 'violation' }] },
  {
    text: "We'll need your full legal name, date of birth and home address to set up the account.",
    findings: [{ match: 'need your full legal name, date of birth and home address', severity: 'violation' }],
  },
  { text: 'Everyone is on WhatsApp here. What number should I add you under?', findings: [{ match: 'What number should I add', severity: 'violation' }] },
  { text: 'What email should I save you under?', findings: [{ match: 'What email should I save', severity: 'violation' }] },
  { text: "Please share a parent's phone number for the weekly reports.", findings: [{ match: "a parent's phone", severity: 'violation' }] },
  { text: "Please send your assistant's email so I can loop her in.", findings: [{ match: "your assistant's email", severity: 'violation' }] },
);

/** Batch 16: asking for a way in, in English, Russian, Ukrainian, Portuguese, Spanish and Turkish; a polite Russian "could you not". */
valid.push(
  'How can I reach you here on Upwork for updates?',
  'Is there a way to contact support through the app?',
  'Как связаться с вами здесь?',
  'How to contact the owner of the telegram bot API?',
);
const asks = (text: string, match: string): InvalidCase => ({ text, findings: [{ match, severity: 'violation' }] });
invalid.push(
  asks('Is there a way I can contact you about a project we are working on?', 'Is there a way I can contact'),
  asks('What is the easiest way to get in touch with you?', 'What is the easiest way to get in touch with you'),
  asks('Подскажите, как с вами можно связаться?', 'как с вами можно связаться'),
  asks("Як з вами зв'язатися?", "Як з вами зв'язатися"),
  asks('Не могли бы вы скинуть ваш тг?', 'скинуть ваш тг'),
  asks('Como faço para falar com você?', 'Como faço para falar com você'),
  asks('Numaranızı paylaşır mısınız?', 'Numaranızı paylaşır mısınız'),
  asks("Please send me the Discord admin's username.", "Discord admin's username"),
  asks('Could you send me a way to chat privately?', 'send me a way to chat'),
  asks('I could not find your email on the profile, please send it.', 'could not find your email'),
);

/** Batch 17: phone typists, a third party's address, a detail demanded as a condition of hiring, German asks; copy work stays clean. */
valid.push(
  "I won't work with clients who don't give me a clear brief.",
  'Please provide a direct line for the triage nurses in the patient portal copy.',
  'Add a direct phone number for the clinic to the footer.',
  'Ihre Nummer 5 in der Liste ist falsch.',
);
invalid.push(
  { text: "what's ur ig? wanna check ur page", findings: [{ match: "what's ur ig", severity: 'violation' }] },
  { text: 'ur phone #?', findings: [{ match: 'ur phone #', severity: 'violation' }] },
  { text: 'Could you share a personal phone number for your site manager?', findings: [{ match: 'share a personal phone number for your site', severity: 'violation' }] },
  { text: "Please send me your bookkeeper's email so I can ask about the ledger.", findings: [{ match: "your bookkeeper's email", severity: 'violation' }] },
  { text: "I don't hire freelancers unless you send me your phone number.", findings: [{ match: 'unless you send me your phone number', severity: 'violation' }] },
  { text: "We never shortlist people who won't share their WhatsApp.", findings: [{ match: "who won't share their WhatsApp", severity: 'violation' }] },
  { text: 'Schick mir doch deine Handynummer, dann rufe ich an.', findings: [{ match: 'deine Handynummer', severity: 'violation' }] },
  { text: 'Geben Sie mir bitte Ihre Telefonnummer.', findings: [{ match: 'Ihre Telefonnummer', severity: 'violation' }] },
  { text: 'Send the signed W-9 and a personal email for invoices.', findings: [{ match: 'Send the signed W-9 and a personal email for invoices', severity: 'violation', exception: false }] },
);

/** Batch 18: a bare app asked for in Filipino ("messenger mo?") or Turkish ("Instagram hesabın var mı?"). */
invalid.push(
  { text: 'messenger mo? dun na lang tayo', context: { role: 'client' }, findings: [{ match: 'messenger mo', severity: 'violation' }] },
  { text: 'IG nyo po? para dun ko i-send', context: { role: 'client' }, findings: [{ match: 'IG nyo po', severity: 'violation' }] },
  { text: "Telegram'ınız var mı? Oradan konuşalım", context: { role: 'client' }, findings: [{ match: "Telegram'ınız var mı", severity: 'violation' }] },
  { text: 'WhatsApp hesabın var mı, daha hızlı olur', context: { role: 'client' }, findings: [{ match: 'WhatsApp hesabın var mı', severity: 'violation' }] },
);
valid.push(
  { text: 'Müşterinin Instagram hesabı var mı bilmiyorum, onu kontrol edelim.', context: { role: 'client' } },
  { text: 'Instagram var mı sizde? Kampanya için soruyorum.', context: { role: 'client' } },
  { text: 'Yung messenger mo na bot, gumagana na ba yung auto-reply?', context: { role: 'client' } },
);

/** Batch 18: an email asked only to add someone to a tool, with the first-person verb ("я додам вас", "te agrego", "te adiciono"). */
invalid.push(
  { text: 'Надішліть вашу пошту, я додам вас у Figma та Google Drive з матеріалами.', context: { role: 'client' }, findings: [{ match: 'Надішліть вашу пошту', severity: 'info' }] },
  { text: 'Mándame tu correo y te agrego al Trello del proyecto.', context: { role: 'client' }, findings: [{ match: 'Mándame tu correo', severity: 'info' }] },
  { text: 'Me passa seu email que eu te adiciono no Notion.', context: { role: 'client' }, findings: [{ match: 'seu email', severity: 'info' }] },
  { text: 'Надішліть вашу пошту, будемо спілкуватися там.', context: { role: 'client' }, findings: [{ match: 'Надішліть вашу пошту', severity: 'violation' }] },
);

/** Batches 19-20 (precision): the number of a system under test; a way in asked for with "a" instead of "your". */
valid.push(
  'What number should I call for the API test?',
  'Which number should I text for the webhook test?',
  'What number do we call to test the IVR menu?',
  'Which number do we text to test the OTP flow?',
  'I can give you a direct line to our support team once the contract starts.',
  // An account named as the one banned, in a help text: "if your WhatsApp account is banned, you can appeal".
  'إذا تم حظر حسابك على واتساب، يمكنك طلب إلغاء الحظر من خلال 6 خطوات.',
  'إذا تم حظر حسابك على انستقرام، تواصل مع الدعم من التطبيق.',
);
invalid.push(
  { text: 'What number should I call you on?', findings: [{ match: 'What number should I call', severity: 'violation' }] },
  { text: 'What number should I call to reach you about the API test?', findings: [{ match: 'What number should I call', severity: 'violation' }] },
  { text: 'What number should I call for the interview?', findings: [{ match: 'What number should I call', severity: 'violation' }] },
  { text: 'What number should I call for the demo?', findings: [{ match: 'What number should I call', severity: 'violation' }] },
  { text: 'What number should I call to discuss the test task?', findings: [{ match: 'What number should I call', severity: 'violation' }] },
  { text: 'Any chance you can give me a direct email? Upwork messages get lost sometimes.', findings: [{ match: 'give me a direct email', severity: 'violation' }] },
  { text: 'Could I get a personal number to text you about the shoot?', findings: [{ match: 'Could I get a personal number', severity: 'violation' }] },
  { text: "Send us a direct email address and we'll move the rest there.", findings: [{ match: 'Send us a direct email address', severity: 'violation' }] },
  { text: 'حسابي على ابورك محظور، ممكن حسابك على واتساب؟', findings: [{ match: 'ممكن حسابك', severity: 'violation' }] },
  { text: 'عطني حسابك على تلغرام', findings: [{ match: 'عطني حسابك', severity: 'violation' }] },
);

/** Batches 19-20: where to reach you asked inside a sentence and in more languages, colloquial and polite request verbs, a bare app with a word of address, a home address asked piece by piece. */
invalid.push(
  asks('Tell me where I can find you, I explain my price there.', 'where I can find you'),
  asks('please reply where we could reach you outside this site', 'where we could reach you'),
  asks("Let me know where you're reachable in case my account is closed.", "where you're reachable"),
  asks('Please let me know where to contact you on weekends.', 'where to contact you'),
  asks('Could you pop your mobile number here?', 'pop your mobile number'),
  asks("Stick your email in the chat and I'll send the file.", 'Stick your email'),
  asks("I'd like their direct line and email so I can reach them during the test.", "I'd like their direct line"),
  asks('Could you share the best email address for you or your marketing lead?', 'share the best email address for you'),
  asks('Let me know the preferred number for you.', 'Let me know the preferred number for you'),
  asks('can the developer provide an e-mail to contact him for a custom development?', 'provide an e-mail to contact him'),
  asks('Where is your Instagram or Snapchat?', 'Where is your Instagram'),
  asks('akhi whatsapp?', 'akhi whatsapp'),
  asks('skype sir?', 'skype sir'),
  asks('apnar email ta diben?', 'apnar email'),
  asks("What's your street address?", "What's your street address"),
  asks('Where do you live, which city, which street?', 'Where do you live, which city, which street'),
  asks("Which street are you on? I'll drop the samples off.", 'Which street are you on'),
  asks("Tell me which street you live on, I'll mail the samples.", 'which street you live'),
  asks('Send me the address, I send you a gift box.', 'Send me the address, I send you'),
  asks('¿Dónde puedo encontrarte fuera de aquí?', 'Dónde puedo encontrarte'),
  asks('Sagen Sie mir, wo ich Sie erreichen kann.', 'wo ich Sie erreichen'),
  asks('Куда вам написать?', 'Куда вам написать'),
  asks('Куди тобі написати?', 'Куди тобі написати'),
  asks('Aap se kaise contact karein?', 'Aap se kaise contact karein'),
  asks('Size nereden ulaşabilirim?', 'Size nereden ulaşabilirim'),
  asks('كيف اتواصل معك؟', 'كيف اتواصل معك'),
  asks('ezay atwasal ma3ak?', 'ezay atwasal ma3ak'),
  asks('Paano kita makokontak?', 'Paano kita makokontak'),
  asks('Bagaimana saya bisa meng contact anda?', 'Bagaimana saya bisa meng contact anda'),
  asks('你好，我有个开发需求，方便联系下吗，邮件或微信', '方便联系'),
  asks('方便加个微信吗？', '加个微信'),
  asks('你的微信号是多少？', '微信号是多少'),
);
valid.push(
  'Let me know where I can reach you here on Upwork.',
  'Tell me where I can find your portfolio.',
  'I know where to find you.',
  "I'd like your feedback on the email template.",
  "Pop your questions here and I'll answer tonight.",
  'The best number for you is the one on the pricing page.',
  'Which street should the drone footage cover?',
  "Send me the address of the venue, I'll send you the quote.",
  'Как вас найти на Upwork?',
  'Wo finde ich die Datei?',
  'Di mana saya bisa menemukan file anda?',
  '方便加入会议吗',
  '需要实现加微信好友的功能',
  'akhi whatsapp bot?',
  'The CRM stores a phone number to call them back.',
);

/** Batch 20: asking for a chat handle as it is now ("did you change your discord name?"); a bot or a server setting is not a handle. */
invalid.push(
  asks("Your discord on your github profile doesn't work anymore.", "discord on your github profile doesn't work"),
  asks('I have a few questions, did you change your discord name?', 'did you change your discord name'),
  asks("The telegram link in your README doesn't work.", "telegram link in your README doesn't work"),
);
valid.push('Did you change your discord bot token?', 'Did you change your Discord server settings?');

/** Batches 19-20, other languages: the street someone lives on, and a detail asked for politely ("ich hätte gern", "хотел бы получить"). */
invalid.push(
  asks('¿En qué calle vives?', 'En qué calle vives'),
  asks('Em que rua você mora?', 'Em que rua você mora'),
  asks('In welcher Straße wohnst du?', 'In welcher Straße wohnst du'),
  asks('На какой улице вы живете?', 'На какой улице вы живете'),
  asks('Hangi sokakta oturuyorsun?', 'Hangi sokakta oturuyorsun'),
  asks('Aap kaun si gali mein rehte ho?', 'kaun si gali mein rehte'),
  asks('Rumah kamu di jalan apa?', 'Rumah kamu di jalan apa'),
  asks('Ich hätte gern Ihre Handynummer.', 'Ich hätte gern Ihre Handynummer'),
  asks('Хотел бы получить ваш номер телефона.', 'Хотел бы получить ваш номер'),
  asks('Можна дізнатися ваш номер?', 'Можна дізнатися ваш номер'),
);
valid.push('Можно узнать ваш номер заказа?', 'Ich hätte gern Ihre Meinung zum Entwurf.', '¿En qué calle está la tienda del cliente?', 'Kantornya di jalan apa?');

/** Batch 16 (precision): an Arabic help page about one's own app account (banned, hacked, recovered), not a request for it. */
valid.push('إذا تم اختراق حسابك على انستغرام، يمكنك استعادته من خلال الإعدادات.', 'لاسترجاع حسابك على تيليجرام افتح التطبيق واطلب رمز التحقق.');
invalid.push(
  { text: 'ممكن حسابك على انستغرام؟', findings: [{ match: 'ممكن حسابك', severity: 'violation' }] },
  { text: 'ارسل حسابك على تيليجرام لو سمحت', findings: [{ match: 'ارسل حسابك', severity: 'violation' }] },
);

/** Batches 30-34 (precision): the phone as a device, the audience's own details, an app's community, the noun "text", a detail to delete. */
valid.push(
  "Please test the staging bot from your own phone.",
  "Customers sometimes leave their phone number and ask us to call them.",
  "I'd love to help with your Discord community's rules.",
  "Option B: plain text with your office phone and email.",
  "Nomor WA yang Kakak tulis tadi sebaiknya dihapus saja.",
  "Please remove your phone number from the proposal.",
);
invalid.push(
  { text: "Kindly revert with your mobile no. and best time to connect.", findings: [{ match: "Kindly revert with your mobile", severity: 'violation' }] },
  { text: "Please send your phone number so we can talk.", findings: [{ match: "Please send your phone number", severity: 'violation' }] },
  { text: "Can you share your WhatsApp number? I need it to test the bot.", findings: [{ match: "share your WhatsApp number", severity: 'violation' }] },
);

/** Batch 32 (precision): an Indonesian page's content, nobody asked. */
valid.push('Halaman kontak berisi alamat dan nomor telepon kantor.');
invalid.push(
  { text: "Nomor WA kamu dong", findings: [{ match: "Nomor WA", severity: 'violation' }] },
  { text: "Kak, nomor WA berapa?", findings: [{ match: "nomor WA", severity: 'violation' }] },
  { text: "nomor telepon?", findings: [{ match: "nomor telepon", severity: 'violation' }] },
);

/** Batch 31 (precision): Polish "nowa" (new) is not Indonesian "no WA" run together. */
valid.push('Jeśli butelka przyjdzie uszkodzona, wyślę nową.');
invalid.push(
  { text: "nohp kamu berapa", findings: [{ match: "nohp kamu", severity: 'violation' }] },
  { text: "no.wa kamu?", findings: [{ match: "no.wa kamu", severity: 'violation' }] },
);

/** Training batches 31-32: a give-me and the reader's own detail in other languages (Italian and Polish too), and their look-alikes. */
invalid.push(
  { text: 'Le agradecería que me facilite su número de contacto.', findings: [{ match: 'su número', severity: 'violation' }] },
  { text: 'qual é o teu zap?', findings: [{ match: 'qual é o teu zap', severity: 'violation' }] },
  { text: 'Pourriez-vous m\'indiquer vos coordonnées ?', findings: [{ match: 'm\'indiquer vos coordonnées', severity: 'violation' }] },
  { text: 'Können Sie mir Ihre Handynummer schicken?', findings: [{ match: 'Ihre Handynummer', severity: 'violation' }] },
  { text: 'Подскажите, пожалуйста, ваш рабочий e-mail', findings: [{ match: 'Подскажите, пожалуйста, ваш рабочий e-mail', severity: 'violation' }] },
  { text: 'Надішліть, будь ласка, свій Telegram', findings: [{ match: 'Надішліть, будь ласка, свій Telegram', severity: 'violation' }] },
  { text: 'Mandami il tuo numero di cellulare', findings: [{ match: 'Mandami il tuo numero', severity: 'violation' }] },
  { text: 'Prześlij mi swój numer telefonu', findings: [{ match: 'Prześlij mi swój numer', severity: 'violation' }] },
  { text: 'WhatsApp numaranızı paylaşır mısınız?', findings: [{ match: 'WhatsApp numaranızı paylaşır mısınız', severity: 'violation' }] },
  { text: 'e3tini ra2mak law sama7t', findings: [{ match: 'e3tini ra2mak', severity: 'violation' }] },
  { text: 'vc tem instagram ou telegram?', findings: [{ match: 'vc tem instagram ou telegram', severity: 'violation' }] },
);
valid.push(
  'Envíame el número de páginas del documento',
  'Schicken Sie mir bitte die Telefonnummer des Kunden für den Import',
  'Mandami il file del menu quando puoi',
  'Podeślij mi proszę pliki źródłowe',
  'ma bade ra2mak, es2al hon w bjaweb',
  'Can you share the phone number validation rules you want on the checkout form?',
);

/** Batches 38-41 (precision): the items of a list of bans ("Remember, that you cannot:\n- ask for ..."). */
valid.push("Remember, that you cannot:\n- ask for the client's phone number\n- ask clients to move outside of Upwork");

/**
 * Batches 38-41 (precision): "su número" after the reader's customers or patients is theirs, collected by a form; more scammers
 * described after a warning ("Some share Telegram numbers").
 */
valid.push(
  'Agrego un formulario donde los pacientes dejan su número y su correo.',
  'Os clientes podem deixar seu telefone no formulário.',
  'Beware of fake jobs: scammers ask for your email first. Some share Telegram numbers too.',
);
invalid.push(
  { text: 'Hola, ¿me pasas su número para coordinar?', findings: [{ match: 'me pasas su número', severity: 'violation' }] },
  { text: 'Para que los clientes me llamen, deme su número.', findings: [{ match: 'su número', severity: 'violation' }] },
  { text: 'Too many scams here. I have some work, share WhatsApp so we talk.', findings: [{ match: 'share WhatsApp', severity: 'violation' }] },
);

// Asking for the number or contact in regional wording (pasámelo, mande-me o contacto, numero dyalek, atsana), round 6.
valid.push(
  'Pasámelo por aquí en el chat, el archivo del logo.',
  'Mande-me o contacto do fornecedor antigo só se for no relatório, não preciso do seu.',
  'Numaranı atsana diye bir buton ekledim, kullanıcılar formu doldurur.',
);
invalid.push(
  { text: 'Necesito un número para llamarte, pasámelo cuando puedas.', findings: [{ match: 'un número para llamarte, pasámelo', severity: 'violation' }] },
  { text: 'Mande-me o contacto do seu Telegram, por favor.', findings: [{ match: 'seu Telegram', severity: 'violation' }] },
  { text: '3tini numero dyalek bach nhdro', findings: [{ match: '3tini numero dyalek', severity: 'violation' }] },
  { text: 'numaranı atsana, sesli konuşalım', findings: [{ match: 'numaranı atsana', severity: 'violation' }] },
);

// Japanese (no spaces: phrases read inside runs of kana and kanji) and Swahili (with Sheng), round 9b: violations and look-alikes of my own.
valid.push(
  "問い合わせフォームに電話番号の入力欄を作ってください",
  "顧客のメールアドレス列をCSVから削除してもらえますか",
  "お客様の電話番号欄は必須にしますか？",
  "Nimeweka sehemu ya namba ya simu kwenye fomu ya usajili",
  "Mteja aliniomba namba yangu lakini nilikataa",
  "Tafadhali tuma faili za mwisho hapa Upwork",
);
invalid.push(
  { text: "よければメアド教えてください、資料を送ります", findings: [{ match: "メアド教えて", severity: 'violation' }] },
  { text: "ラインのID教えてもらえる？", findings: [{ match: "ラインのID教えて", severity: 'violation' }] },
  { text: "ご連絡先をお知らせください", findings: [{ match: "ご連絡先をお知らせください", severity: 'violation' }] },
  { text: "Nipe namba yako ya simu nikupigie kesho", findings: [{ match: "Nipe namba yako", severity: 'violation' }] },
  { text: "Naomba barua pepe yako binafsi", findings: [{ match: "Naomba barua pepe yako", severity: 'violation' }] },
  { text: "Una Telegram? nipe username yako", findings: [{ match: "Una Telegram", severity: 'violation' }, { match: "nipe username yako", severity: 'violation' }] },
);

const fixedGaps: KnownGap[] = [
  {
    text: 'W h a t s  y o u r  e m a i l ?',
    expected: [{ match: 'W h a t s  y o u r  e m a i l', severity: 'violation' }],
    actual: 'no finding: the spaced-out letters are joined across the double-space word gaps into one word ("whatsyouremail"), so no request pattern matches',
  },
  {
    text: "What's your email provider, Gmail or Outlook, for the SMTP setup?",
    expected: 'valid',
    actual: 'violation "What\'s your email provider, Gmail" (a question about technology, not a request for an address)',
  },
];


// Arabic and Arabizi across dialects (Egyptian, Levantine, Gulf, Darija): each everyday word class, written for this round.
invalid.push(
  { text: "ايش يوزرك على التلغرام؟ أبعتلك الملفات", findings: [{ match: "ايش يوزرك على التلغرام", severity: 'violation' }] },
  { text: "ممكن رقم سيادتك عشان أنسق معاك", findings: [{ match: "رقم سيادتك", severity: 'violation' }] },
  { text: "ach smitek f instagram? bghit nsift lik portfolio", findings: [{ match: "ach smitek f instagram", severity: 'violation' }] },
  { text: "3andak snapchat? ab3atlak el sowar", findings: [{ match: "3andak snapchat", severity: 'violation' }] },
  { text: "eddini nemretak w ana akalmak", findings: [{ match: "eddini nemretak", severity: 'violation' }] },
  { text: "wain ra2mak? ab8a akalmak", findings: [{ match: "wain ra2mak", severity: 'violation' }] },
);
// Their look-alikes: the same words in work talk, a feature, a report or a refusal.
valid.push(
  { text: "ممكن ترسل لي الملفات على المنصة" },
  { text: "اسمك على الفاتورة لازم يكون بالإنجليزي" },
  { text: "el nemra 3al invoice ghalat" },
  { text: "ممكن تعطيني ملاحظاتك على التصميم؟" },
);


/** Round ten: Thai, Persian (with Finglish), Hebrew, Bulgarian and Czech, my own cases both ways (work talk, prices, refusals stay clean). */
invalid.push(
  { text: "ขอเบอร์โทรหน่อยครับ", findings: [{ match: "ขอเบอร์", severity: 'violation' }] },
  { text: "شماره تلفنت رو بده", findings: [{ match: "شماره تلفنت رو بده", severity: 'violation' }] },
  { text: "תן לי את המספר שלך", findings: [{ match: "תן לי את המספר", severity: 'violation' }] },
  { text: "дай ми номера си", findings: [{ match: "дай ми номера си", severity: 'violation' }] },
  { text: "pošli mi své číslo", findings: [{ match: "pošli mi své číslo", severity: 'violation' }] },
);
valid.push(
  "ขออภัย ผมให้เบอร์โทรที่นี่ไม่ได้ครับ ตามกฎของ Upwork",
  "متاسفم نمی توانم شماره ام را اینجا بدهم",
  "אני לא יכול לתת את המספר שלי כאן",
  "не мога да дам номера си тук",
  "nemůžu ti tady dát své číslo",
);

/** Round ten, third pass: Thai 'ทัก' before the app, a mobile app (แอปมือถือ) and 'thank you' (ขอบคุณ) are not asks or channels; 'here on Upwork'. */
invalid.push(
  { text: "ขอไอดีไลน์หน่อยครับ", findings: [{ match: "ขอไอดีไลน์", severity: 'violation' }] },
);
valid.push(
  "ขอบคุณที่ส่งเบอร์ของคุณมาในโปรไฟล์ครับ",
);
/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Δώσε μου το τηλέφωνό σου", findings: [{ match: "Δώσε μου το τηλέφωνό", severity: 'violation' }] },
  { text: "Έχεις viber;", findings: [{ match: "Έχεις viber", severity: 'violation' }] },
  { text: "dwse mou to tilefwno sou", findings: [{ match: "dwse mou to tilefwno", severity: 'violation' }] },
  { text: "Add meg a telefonszámod", findings: [{ match: "Add meg a telefonszámod", severity: 'violation' }] },
  { text: "Van Vibered?", findings: [{ match: "Van Vibered", severity: 'violation' }] },
  { text: "നമ്പർ തരുമോ?", findings: [{ match: "നമ്പർ തരുമോ", severity: 'violation' }] },
  { text: "ninte number onnu tharo", findings: [{ match: "number onnu tharo", severity: 'violation' }] },
);
valid.push(
  "Δώσε μου το αρχείο σε PDF",
  "Add meg a határidőt, kérlek",
  "Δεν μπορώ να σας δώσω το τηλέφωνό μου εδώ",
  "Sajnos nem adhatom meg a telefonszámomat",
  "ente number ivide tharan pattilla",
);

/** Round sixteen, real text by family (my own wording): a stranger's bare ask on a public thread; look-alikes beside it. */
invalid.push(
  { text: 'Nice tool! do you have gmail?', findings: [{ match: 'do you have gmail', severity: 'violation' }] },
  { text: 'Please accept me on skype, I sent the request.', findings: [{ match: 'accept me on skype', severity: 'violation' }] },
  { text: 'I want to add you wechat 😀', findings: [{ match: 'add you wechat', severity: 'violation' }] },
  { text: 'I would rather not talk here. Could you provide your contact details?', findings: [{ match: 'provide your contact details', severity: 'violation' }] },
);
valid.push(
  'Do you have a Gmail account? I will add you to the Play Console.',
  'The form will provide contact information to the shop owner.',
);

/** Round thirteen: Croatian, Serbian and Bosnian (Latin and Cyrillic), Azerbaijani, Georgian and Amharic (in their scripts and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Daj mi svoj broj", findings: [{ match: "Daj mi svoj broj", severity: 'violation' }] },
  { text: "Imaš li Viber?", findings: [{ match: "Imaš li Viber", severity: 'violation' }] },
  { text: "Дај ми свој број телефона", findings: [{ match: "Дај ми свој број", severity: 'violation' }] },
  { text: "Nömrənizi verin", findings: [{ match: "Nömrənizi verin", severity: 'violation' }] },
  { text: "Vatsapınız var?", findings: [{ match: "Vatsapınız var", severity: 'violation' }] },
  { text: "გაქვს ვაიბერი?", findings: [{ match: "გაქვს ვაიბერი", severity: 'violation' }] },
  { text: "ნომერი მომეცი", findings: [{ match: "ნომერი მომეცი", severity: 'violation' }] },
  { text: "ስልክህን ስጠኝ", findings: [{ match: "ስልክህን ስጠኝ", severity: 'violation' }] },
  { text: "ቴሌግራም አለህ?", findings: [{ match: "ቴሌግራም አለህ", severity: 'violation' }] },
  { text: "ابعتلى رقمك", findings: [{ match: "ابعتلى رقمك", severity: 'violation' }] },
);
valid.push(
  "Daj mi rok za isporuku",
  "Ne mogu vam dati svoj broj ovdje",
  "Не могу да вам дам свој број овде",
  "Klijent mi je tražio broj, odbio sam",
  "Nömrəmi burada verə bilmərəm",
  "აქ ნომერს ვერ მოგცემ",
  "ስልኬን እዚህ መስጠት አልችልም",
);

/** Round fourteen: Tamil and Telugu (in their scripts and in Latin letters) and Nigerian Pidgin, my own cases both ways. */
invalid.push(
  { text: "unga number anuppunga", findings: [{ match: "number anuppunga", severity: 'violation' }] },
  { text: "mail id kudunga", findings: [{ match: "mail id kudunga", severity: 'violation' }] },
  { text: "உங்க நம்பர் அனுப்புங்க", findings: [{ match: "நம்பர் அனுப்புங்க", severity: 'violation' }] },
  { text: "mee number ivvandi", findings: [{ match: "number ivvandi", severity: 'violation' }] },
  { text: "mail id ivvandi", findings: [{ match: "mail id ivvandi", severity: 'violation' }] },
  { text: "మీ నంబర్ ఇవ్వండి", findings: [{ match: "నంబర్ ఇవ్వండి", severity: 'violation' }] },
  { text: "wetin be your number?", findings: [{ match: "your number", severity: 'violation' }] },
  { text: "una number abeg", findings: [{ match: "una number abeg", severity: 'violation' }] },
);
valid.push(
  "en number inga kudukka mudiyaathu",
  "order number kudunga, status check panren",
  "naa number ikkada ivvalenu",
  "order number ivvandi, tracking chustanu",
  "wetin be the price? 50k",
  "una number of revisions na three",
);

/** Round fifteen: Hindi in Devanagari, Marathi, Nepali in Devanagari and Bengali in its script, my own cases both ways. */
invalid.push(
  { text: "अपना ईमेल भेजो", findings: [{ match: "अपना ईमेल भेजो", severity: 'violation' }] },
  { text: "अपना व्हाट्सएप नंबर भेजिए", findings: [{ match: "अपना व्हाट्सएप नंबर भेजिए", severity: 'violation' }] },
  { text: "तुमचा ईमेल पाठवा", findings: [{ match: "तुमचा ईमेल पाठवा", severity: 'violation' }] },
  { text: "तपाईंको इमेल पठाउनुहोस्", findings: [{ match: "तपाईंको इमेल पठाउनुहोस्", severity: 'violation' }] },
  { text: "আপনার ইমেইল পাঠান", findings: [{ match: "আপনার ইমেইল পাঠান", severity: 'violation' }] },
  { text: "আপনার নম্বর দিন", findings: [{ match: "আপনার নম্বর দিন", severity: 'violation' }] },
);
valid.push(
  "मैं यहाँ अपना नंबर नहीं दे सकता, सब अपवर्क पर ही होगा",
  "मी इथे माझा नंबर देऊ शकत नाही",
  "म यहाँ मेरो नम्बर दिन सक्दिन",
  "আমি এখানে আমার নম্বর দিতে পারব না",
  "क्लाइंट ने मेरा व्हाट्सएप नंबर माँगा, मैंने मना कर दिया",
  "ক্লায়েন্ট আমার নম্বর চেয়েছিল, আমি দিইনি",
  "फोन नंबर वेरिफिकेशन वाला लॉगिन पेज चाहिए",
);

/** Round fifteen: Hindi in Devanagari, Marathi, Nepali in Devanagari and Bengali in its script, my own cases both ways (second pass). */
invalid.push(
  { text: "नंबर दो अपना", findings: [{ match: "नंबर दो अपना", severity: 'violation' }] },
  { text: "ভাই হোয়াটসঅ্যাপ নাম্বার দেন", findings: [{ match: "হোয়াটসঅ্যাপ নাম্বার দেন", severity: 'violation' }] },
);
valid.push(
  "আমি হোয়াটসঅ্যাপ নাম্বার দিতে পারব না",
);

/** Round seventeen: Georgian "send me the number" asks for a contact, not for an order's or an invoice's number. */
invalid.push(
  { text: "ნომერი მომეცი", findings: [{ match: "ნომერი მომეცი", severity: 'violation' }] },
  { text: "ტელეფონის ნომერი მომწერე", findings: [{ match: "ტელეფონის ნომერი მომწერე", severity: 'violation' }] },
);
valid.push(
  "შეკვეთის ნომერი მომწერე",
  "ინვოისის ნომერი გამომიგზავნე",
);

/** Round seventeen, batch 69 families: a contact asked to be left or given in Chinese (留下QQ, 给个邮箱), a handle asked with its ending in Indonesian. */
invalid.push(
  { text: "留下QQ,微信,电话号码!", findings: [{ match: "留下QQ", severity: 'violation' }] },
  { text: "你可以留下你的tg", findings: [{ match: "留下你的tg", severity: 'violation' }] },
  { text: "作者能给个邮箱联系吗？", findings: [{ match: "给个邮箱", severity: 'violation' }] },
  { text: "Info telegramnya om", findings: [{ match: "Info telegramnya", severity: 'violation' }] },
);
valid.push(
  "请留下你的评论",
  "info telegram bot api sudah diperbarui",
);

/**
 * Round eighteen: give-me verbs (ASK_FOR) and the reader's detail (CONTACT_DETAIL) in Devanagari and Bengali, so a modifier
 * between the possessive and the noun or a softener after the verb still reads; a chat app's ID alone; "do you have IMO?" in
 * Nepali. An order's, an invoice's or a project's number or ID stays work. My own cases both ways.
 */
invalid.push(
  { text: "आपकी व्हाट्सएप पर्सनल नंबर भेज दीजिए", findings: [{ match: "आपकी व्हाट्सएप पर्सनल नंबर भेज दीजिए", severity: 'violation' }] },
  { text: "तुझा मोबाईल नंबर द्या ना लवकर", findings: [{ match: "तुझा मोबाईल नंबर द्या", severity: 'violation' }] },
  { text: "हजुरको भाइबर नम्बर पठाउनुस्", findings: [{ match: "हजुरको भाइबर नम्बर पठाउनुस्", severity: 'violation' }] },
  { text: "ইমো আইডি দেন, ছবি পাঠাব", findings: [{ match: "ইমো আইডি দেন", severity: 'violation' }] },
  { text: "तिम्रो ह्वाट्सएप छ?", findings: [{ match: "तिम्रो ह्वाट्सएप छ", severity: 'violation' }] },
  { text: "hajur ko viber number dinus", findings: [{ match: "hajur ko viber number dinus", severity: 'violation' }] },
);
valid.push(
  "कृपया अपना ऑर्डर नंबर भेज दीजिए ताकि मैं ट्रैक कर सकूँ",
  "तपाईंको अर्डर नम्बर दिनुस् न, म चेक गर्छु",
  "আপনার ইনভয়েস নম্বর দিন, আমি পেমেন্ট মিলিয়ে দেখব",
  "तुमचा प्रोजेक्ट आयडी द्या, मी फाईल शोधतो",
  "फेसबुक पेजका लागि पोस्ट डिजाइन गरिदिनुस्",
  "tapai ko laptop chha? file thulo chha",
);

/** Round twenty-one: the reader's own inbox as where a tool's invite arrives asks for nothing; asking to have the address still does. */
valid.push("I've added you as a team member on our Surfer plan, you'll get an invite in your email from Surfer itself.");
invalid.push({ text: "I need to have your email in my CRM.", findings: [{ match: "need to have your email", severity: 'violation' }] });
/**
 * Round twenty-two, Hindi and Urdu: the request told back and refused by the writer, the object right before "nahi maangunga". Next to them
 * the detail asked for and a refusal of something else later in the message.
 */
valid.push(
  'sir main aapka number nahi maangunga, rule hai',
  'Sir hum aapka number ya email nahi maang rahe, jo bhi documents chahiye woh yahi Upwork chat mein attach kar dijiye, 25 MB tak ho jata hai.',
  'main aapka whatsapp number nahi maangunga sir',
);
invalid.push(
  { text: "aapka number do jaldi, phir main dobara nahi maangunga", findings: [{ match: "aapka number", severity: 'violation' }] },
  { text: "sir aapka email bhej do, baaki main kuch nahi maangunga", findings: [{ match: "aapka email", severity: 'violation' }] },
  { text: "aapka number bhejo, whatsapp pe baat karte hain", findings: [{ match: "aapka number", severity: 'violation' }] },
);

/**
 * Round twenty-four, languages (t39): contact asked in Russian and European Portuguese: "можно ваш скайп?" (a short question), "дайте ваши
 * контакты" (the plural), "deixa o teu número de telemóvel". Next to them an order's or an invoice's number, a refusal, a logo asked for,
 * and the reader's contacts to put on their own site.
 */
invalid.push(
  { text: "можно ваш скайп?", findings: [{ match: "можно ваш скайп", severity: 'violation' }] },
  { text: "дайте ваши контакты для связи", findings: [{ match: "дайте ваши контакты", severity: 'violation' }] },
  { text: "deixa o teu número de telemóvel", findings: [{ match: "deixa o teu número", severity: 'violation' }] },
);
valid.push(
  "pásame el número de pedido para revisarlo",
  "pásame el número de la factura",
  "можно ваш номер заказа? проверю статус",
  "дайте ваш номер заказа",
  "можно ваши контакты указать на странице сайта? клиенты спрашивают",
  "клиент просил дать ваши контакты, я отказал",
  "можно ваш логотип в векторе?",
  "o cliente pediu pra eu deixar o meu número e eu recusei",
);

/** Round twenty-four, languages (t39): Arabizi "eba3tly rakamak", Levantine "shu ra2mak"; a logo sent, an opinion asked, a refusal told. */
invalid.push(
  { text: "eba3tly rakamak 3al whats", findings: [{ match: "eba3tly rakamak", severity: 'violation' }] },
  { text: "shu ra2mak ya habibi", findings: [{ match: "shu ra2mak", severity: 'violation' }] },
);
valid.push("eba3tly el logo bel vector", "shu ra2yak bel design?", "el client talab ra2mi w ana rafadt");

/**
 * Round twenty-four (the proposal stage): thanks for the job's invitation is no tool access given, whatever tool is named after it; Cebuano
 * "mangayo sa imong number" and Egyptian Arabizi "momken rakam el wats". Next to them: an order number, feedback asked for.
 */
invalid.push(
  {
    text: "Thanks for the invite! Would you mind sending me your accountant's email and your direct line? I like to loop the accountant in from day one.",
    findings: [{ match: "your accountant's email", severity: 'violation' }, { match: "your direct line", severity: 'violation' }],
  },
  { text: "Ma'am, pwede ko mangayo sa imong number o Messenger?", findings: [{ match: "mangayo sa imong number", severity: 'violation' }] },
  { text: "Ezayak ya fandem, momken rakam el wats 3ashan ab3atlak el sample?", findings: [{ match: "momken rakam el wats", severity: 'violation' }] },
);
valid.push(
  "Momken rakam el order 3ashan a3raf el status?",
  "Pwede ko mangayo sa imong feedback sa draft?",
);

/**
 * Round twenty-five, languages (t40): the helper's own chat cases in Bengali, Banglish, Urdu in its script, Roman Urdu, Hindi in Devanagari, Tamil, Tamil in Latin letters, Telugu, Telugu in Latin letters, Marathi, Nepali; violations the rules missed before,
 * and clean look-alikes beside them (refusals, warnings, reported speech, work talk).
 */
invalid.push(
  { text: "ভাই আপনার হোয়াটসঅ্যাপ নম্বরটা দিবেন?", findings: [{ match: "আপনার হোয়াটসঅ্যাপ নম্বরটা দিবেন", severity: 'violation' }] },
  { text: "ভাই আপনার ফোন নাম্বারটা একটু দেন", findings: [{ match: "আপনার ফোন নাম্বারটা একটু দেন", severity: 'violation' }] },
  { text: "আপনার ইমেইল এড্রেস টা দিন, আমি ফাইল পাঠাচ্ছি", findings: [{ match: "আপনার ইমেইল এড্রেস টা দিন", severity: 'violation' }] },
  { text: "আপনার নাম্বার দিলে আমি একটা কল দিতাম", findings: [{ match: "আপনার নাম্বার দিলে", severity: 'violation' }] },
  { text: "আপু আপনার ইমো নাম্বার আছে?", findings: [{ match: "আপনার ইমো নাম্বার আছে", severity: 'violation' }] },
  { text: "আপনার ফেসবুক আইডি টা দেন", findings: [{ match: "ফেসবুক আইডি টা দেন", severity: 'violation' }] },
  { text: "কন্টাক্ট নাম্বারটা শেয়ার করুন প্লিজ", findings: [{ match: "কন্টাক্ট নাম্বারটা শেয়ার করুন", severity: 'violation' }] },
  { text: "আপনার মোবাইল নম্বর কত?", findings: [{ match: "আপনার মোবাইল নম্বর কত", severity: 'violation' }] },
  { text: "টেলিগ্রাম আইডি থাকলে দিন", findings: [{ match: "টেলিগ্রাম আইডি থাকলে দিন", severity: 'violation' }] },
  { text: "আপনার জিমেইল টা বলেন তো", findings: [{ match: "আপনার জিমেইল টা বলেন", severity: 'violation' }] },
  { text: "vai apnar whatsapp number ta diben?", findings: [{ match: "apnar whatsapp", severity: 'violation' }] },
  { text: "apu apnar imo number ta den plz", findings: [{ match: "apnar imo number ta den plz", severity: 'violation' }] },
  { text: "apnar email ta den, file pathacchi", findings: [{ match: "apnar email", severity: 'violation' }] },
  { text: "apnar number dile ekta call ditam", findings: [{ match: "apnar number", severity: 'violation' }] },
  { text: "vai apnar fb id ta den to", findings: [{ match: "fb id ta den to", severity: 'violation' }] },
  { text: "contact number ta share koren", findings: [{ match: "contact number ta share koren", severity: 'violation' }] },
  { text: "apnar mobile number koto?", findings: [{ match: "apnar mobile number koto", severity: 'violation' }] },
  { text: "telegram id thakle diyen", findings: [{ match: "telegram id thakle diyen", severity: 'violation' }] },
  { text: "apnar personal number ta dite parben?", findings: [{ match: "apnar personal number ta dite parben", severity: 'violation' }] },
  { text: "بھائی اپنا واٹس ایپ نمبر دے دیں", findings: [{ match: "اپنا واٹس ایپ نمبر دے دیں", severity: 'violation' }] },
  { text: "آپ کا فون نمبر کیا ہے؟", findings: [{ match: "آپ کا فون نمبر کیا ہے", severity: 'violation' }] },
  { text: "اپنا ای میل بھیج دیں، میں فائل شیئر کر دیتا ہوں", findings: [{ match: "اپنا ای میل بھیج دیں", severity: 'violation' }] },
  { text: "آپ کا نمبر مل سکتا ہے؟", findings: [{ match: "آپ کا نمبر مل سکتا ہے", severity: 'violation' }] },
  { text: "اپنی ای میل آئی ڈی بتائیں", findings: [{ match: "اپنی ای میل آئی ڈی بتائیں", severity: 'violation' }] },
  { text: "آپ کا فیس بک آئی ڈی کیا ہے؟", findings: [{ match: "فیس بک آئی ڈی کیا ہے", severity: 'violation' }] },
  { text: "اپنا موبائل نمبر شیئر کریں پلیز", findings: [{ match: "اپنا موبائل نمبر شیئر کریں", severity: 'violation' }] },
  { text: "bhai apna whatsapp number de dein", findings: [{ match: "apna whatsapp", severity: 'violation' }] },
  { text: "apni email id bata dein", findings: [{ match: "apni email id bata dein", severity: 'violation' }] },
  { text: "ap ka number mil sakta hai?", findings: [{ match: "number mil sakta", severity: 'violation' }] },
  { text: "apna mobile number share karein plz", findings: [{ match: "number share karein", severity: 'violation' }] },
  { text: "भाई अपना WhatsApp नंबर दे दो", findings: [{ match: "अपना WhatsApp नंबर दे दो", severity: 'violation' }] },
  { text: "आपका फोन नंबर क्या है?", findings: [{ match: "आपका फोन नंबर क्या है", severity: 'violation' }] },
  { text: "अपना ईमेल भेज दीजिए, मैं फाइल शेयर कर दूंगा", findings: [{ match: "अपना ईमेल भेज दीजिए", severity: 'violation' }] },
  { text: "आपका नंबर मिल सकता है क्या?", findings: [{ match: "आपका नंबर मिल सकता है", severity: 'violation' }] },
  { text: "अपनी email id बताइए", findings: [{ match: "अपनी email id बताइए", severity: 'violation' }] },
  { text: "आपकी Facebook ID क्या है?", findings: [{ match: "Facebook ID क्या है", severity: 'violation' }] },
  { text: "अपना मोबाइल नंबर शेयर करो plz", findings: [{ match: "अपना मोबाइल नंबर शेयर करो", severity: 'violation' }] },
  { text: "உங்க WhatsApp நம்பர் கொடுங்க", findings: [{ match: "நம்பர் கொடுங்க", severity: 'violation' }] },
  { text: "உங்க போன் நம்பர் என்ன?", findings: [{ match: "உங்க போன் நம்பர் என்ன", severity: 'violation' }] },
  { text: "உங்க ஈமெயில் அனுப்புங்க", findings: [{ match: "ஈமெயில் அனுப்புங்க", severity: 'violation' }] },
  { text: "unga whatsapp number kudunga", findings: [{ match: "number kudunga", severity: 'violation' }] },
  { text: "unga phone number enna?", findings: [{ match: "unga phone number enna", severity: 'violation' }] },
  { text: "మీ WhatsApp నంబర్ ఇవ్వండి", findings: [{ match: "నంబర్ ఇవ్వండి", severity: 'violation' }] },
  { text: "మీ ఫోన్ నంబర్ ఏంటి?", findings: [{ match: "మీ ఫోన్ నంబర్ ఏంటి", severity: 'violation' }] },
  { text: "మీ ఈమెయిల్ పంపండి", findings: [{ match: "ఈమెయిల్ పంపండి", severity: 'violation' }] },
  { text: "mee whatsapp number ivvandi", findings: [{ match: "number ivvandi", severity: 'violation' }] },
  { text: "mee phone number enti?", findings: [{ match: "mee phone number enti", severity: 'violation' }] },
  { text: "तुमचा WhatsApp नंबर द्या ना", findings: [{ match: "तुमचा WhatsApp नंबर द्या ना", severity: 'violation' }] },
  { text: "तुमचा फोन नंबर काय आहे?", findings: [{ match: "तुमचा फोन नंबर काय आहे", severity: 'violation' }] },
  { text: "तुमचा ईमेल पाठवा, मी फाईल शेअर करतो", findings: [{ match: "तुमचा ईमेल पाठवा", severity: 'violation' }] },
  { text: "तुमचा नंबर मिळेल का?", findings: [{ match: "तुमचा नंबर मिळेल", severity: 'violation' }] },
  { text: "तुमची Facebook ID सांगा", findings: [{ match: "Facebook ID सांगा", severity: 'violation' }] },
  { text: "तपाईंको WhatsApp नम्बर दिनुस् न", findings: [{ match: "तपाईंको WhatsApp नम्बर दिनुस् न", severity: 'violation' }] },
  { text: "तपाईंको फोन नम्बर कति हो?", findings: [{ match: "तपाईंको फोन नम्बर कति हो", severity: 'violation' }] },
  { text: "तपाईंको इमेल पठाउनुस्, म फाइल सेयर गर्छु", findings: [{ match: "तपाईंको इमेल पठाउनुस्", severity: 'violation' }] },
  { text: "तपाईंको नम्बर पाउन सकिन्छ?", findings: [{ match: "तपाईंको नम्बर पाउन सकिन्छ", severity: 'violation' }] },
);
valid.push(
  "ক্লায়েন্ট আমার হোয়াটসঅ্যাপ নম্বর চেয়েছিল, আমি দেইনি।",
  "অ্যাপে একটা হোয়াটসঅ্যাপ চ্যাট বাটন যোগ করতে হবে।",
  "দুঃখিত, আপওয়ার্কের নিয়মে নাম্বার দেওয়া যায় না, এখানেই কথা বলি।",
  "form e phone number field ta add kore disi",
  "app e ekta whatsapp chat button add korte hobe",
  "sorry vai, upwork er niyome number deya jay na, ekhanei kotha boli",
  "کلائنٹ نے میرا واٹس ایپ نمبر مانگا تھا، میں نے نہیں دیا۔",
  "فارم میں فون نمبر کا فیلڈ شامل کر دیا ہے۔",
  "ایپ میں واٹس ایپ چیٹ کا بٹن لگانا ہے۔",
  "معذرت، اپورک کے قانون کے مطابق نمبر نہیں دے سکتا، یہیں بات کرتے ہیں۔",
  "maazrat, upwork ke rules ke mutabiq number nahi de sakta, yahin baat karte hain",
  "client ने मेरा WhatsApp नंबर माँगा था, मैंने नहीं दिया।",
  "form में phone नंबर का field जोड़ दिया है।",
  "माफ़ कीजिए, Upwork के rules के हिसाब से नंबर नहीं दे सकता, यहीं बात करते हैं।",
  "ऐप में WhatsApp chat का button लगाना है।",
  "client என் WhatsApp நம்பர் கேட்டார், நான் கொடுக்கல.",
  "client నా WhatsApp నంబర్ అడిగాడు, నేను ఇవ్వలేదు.",
  "क्लायंटने माझा WhatsApp नंबर मागितला होता, मी दिला नाही.",
  "फॉर्ममध्ये फोन नंबरचं फील्ड जोडलं आहे.",
  "माफ करा, Upwork च्या नियमानुसार नंबर देता येत नाही, इथेच बोलूया.",
  "क्लाइन्टले मेरो WhatsApp नम्बर माग्यो, मैले दिइनँ।",
);

/**
 * Round twenty-five (t41): Polish, Japanese, Korean, Hebrew, Amharic and Georgian as people chat on Upwork, each case missed before the
 * round, beside hard clean look-alikes (refusals, reported asks, integrations, product reviews, lines to translate).
 */
invalid.push(
  { text: "poprosze o numer do Pana, szybciej bedzie", findings: [{ match: "poprosze o numer do Pana", severity: 'violation' }] },
  { text: "連絡先を交換しませんか", findings: [{ match: "連絡先を交換しませんか", severity: 'violation' }] },
  { text: "個人のメールアドレスをいただけますか", findings: [{ match: "個人のメールアドレスをいただけますか", severity: 'violation' }] },
  { text: "携帯の番号お願いします、直接お話ししたいので", findings: [{ match: "番号お願いします", severity: 'violation' }] },
  { text: "Gmailのアドレスを頂戴できますか", findings: [{ match: "Gmailのアドレスを頂戴できますか", severity: 'violation' }] },
  { text: "번호 줘, 전화할게", findings: [{ match: "번호 줘", severity: 'violation' }] },
  { text: "인스타 계정 알려줘", findings: [{ match: "인스타 계정 알려", severity: 'violation' }] },
  { text: "אפשר את המספר שלך? יותר קל בוואטסאפ", findings: [{ match: "אפשר את המספר שלך", severity: 'violation' }] },
  { text: "תשלח לי את המייל הפרטי שלך", findings: [{ match: "תשלח לי את המייל הפרטי שלך", severity: 'violation' }] },
  { text: "מה הטלפון שלך? אני אתקשר", findings: [{ match: "מה הטלפון שלך", severity: 'violation' }] },
  { text: "תרשום לי פה את הנייד שלך", findings: [{ match: "תרשום לי פה את הנייד שלך", severity: 'violation' }] },
  { text: "תשאיר לי מספר ונדבר", findings: [{ match: "תשאיר לי מספר", severity: 'violation' }] },
  { text: "אפשר לקבל את פרטי הקשר שלך?", findings: [{ match: "אפשר לקבל את פרטי הקשר שלך", severity: 'violation' }] },
  { text: "תביא מייל, אשלח לך את הקבצים", findings: [{ match: "תביא מייל", severity: 'violation' }] },
  { text: "የዋትስአፕ ቁጥርሽን ንገሪኝ", findings: [{ match: "ቁጥርሽን ንገሪኝ", severity: 'violation' }] },
  { text: "ვაცაპი გაქვს?", findings: [{ match: "ვაცაპი გაქვს", severity: 'violation' }] },
  { text: "shen nomers momcem?", findings: [{ match: "shen nomers momcem", severity: 'violation' }] },
);
valid.push(
  "nie podam numeru, zostańmy przy czacie na Upwork",
  "klient prosił o mój numer, ale odmówiłem",
  "formularz kontaktowy na stronie ma pola: imię, telefon, email",
  "zadzwonię przez Upwork, jest tu opcja rozmowy",
  "Nie mogę wymieniać danych kontaktowych przed umową.",
  "pole numer telefonu ma walidację dla formatu +48",
  "連絡先の交換は契約前はできません",
  "クライアントに電話番号を聞かれましたが、お断りしました",
  "お問い合わせフォームに電話番号とメールアドレスの欄を追加してください",
  "電話番号の入力チェックを実装しました",
  "ご連絡はUpworkのメッセージでお願いいたします",
  "メールアドレスの形式が正しくない場合、エラーを表示します",
  "계약 전에는 연락처를 교환할 수 없습니다",
  "클라이언트가 전화번호를 물어봤는데 거절했어요",
  "회원가입 폼에 전화번호 입력란을 추가해 주세요",
  "이메일 형식 검증 기능을 구현했습니다",
  "연락은 업워크 메시지로 부탁드립니다",
  "카카오톡 로그인 연동이 필요합니다",
  "לא אתן את המספר שלי לפני חוזה",
  "לקוח ביקש את הטלפון שלי וסירבתי",
  "צריך להוסיף שדה טלפון בטופס יצירת קשר",
  "בוא נמשיך לדבר כאן באפוורק",
  "ስልክ ቁጥሬን አልሰጥም ከኮንትራት በፊት",
  "ნომერს ვერ მოგცემ კონტრაქტამდე",
  "번호 매기기 기능을 추가해 줘",
  "전화번호 입력란을 만들어 줘",
  "メールアドレスをいただけますか、Figmaに招待します",
  "お名前をいただけますか",
  "ご意見をお願いします",
);

/**
 * Round twenty-five, languages (t42): Turkish, Azerbaijani, Vietnamese, Thai, Romanian as people chat (Turkish and Azerbaijani with and without their letters, Vietnamese
 * without tones, Thai with its particles); next to them the same words refused, reported, or said of the work.
 */
invalid.push(
  { text: "hocam numaranizi atar misiniz, oradan konusalim", findings: [{ match: "numaranizi atar misiniz", severity: 'violation' }] },
  { text: "abi whatsapp numarani yazsana", findings: [{ match: "whatsapp numarani yazsana", severity: 'violation' }] },
  { text: "mail adresinizi alabilir miyim?", findings: [{ match: "mail adresinizi alabilir miyim", severity: 'violation' }] },
  { text: "telefon numaranı paylaşır mısın", findings: [{ match: "telefon numaranı paylaşır mısın", severity: 'violation' }] },
  { text: "bana numaranı ver, ararım seni", findings: [{ match: "numaranı ver", severity: 'violation' }] },
  { text: "instagram kullanıcı adın ne? oradan yazayım", findings: [{ match: "instagram kullanıcı adın", severity: 'violation' }] },
  { text: "numarani ozelden gonder", findings: [{ match: "numarani ozelden gonder", severity: 'violation' }] },
  { text: "iletişim bilgilerinizi rica etsem", findings: [{ match: "iletişim bilgilerinizi rica etsem", severity: 'violation' }] },
  { text: "sizi nereden arayabilirim, cep numaranız?", findings: [{ match: "sizi nereden arayabilirim", severity: 'violation' }] },
  { text: "qardaş nömrəni yaz, whatsappda danışaq", findings: [{ match: "nömrəni yaz", severity: 'violation' }] },
  { text: "telefon nomrenizi gondere bilersiz?", findings: [{ match: "nomrenizi gondere", severity: 'violation' }] },
  { text: "emailinizi yazın zəhmət olmasa", findings: [{ match: "emailinizi yazın", severity: 'violation' }] },
  { text: "vatsap nomren var?", findings: [{ match: "vatsap nomren var", severity: 'violation' }] },
  { text: "əlaqə nömrənizi paylaşın", findings: [{ match: "nömrənizi paylaşın", severity: 'violation' }] },
  { text: "instagram adın nədir, ordan yazım", findings: [{ match: "instagram adın", severity: 'violation' }] },
  { text: "nomreni ver, zeng edim", findings: [{ match: "nomreni ver", severity: 'violation' }] },
  { text: "telegramda sizə necə yaza bilərəm?", findings: [{ match: "sizə necə yaza bilərəm", severity: 'violation' }] },
  { text: "mənə nömrənizi atın", findings: [{ match: "nömrənizi atın", severity: 'violation' }] },
  { text: "anh cho em xin số zalo nhé", findings: [{ match: "xin số zalo", severity: 'violation' }] },
  { text: "cho mình xin sdt để tiện liên lạc", findings: [{ match: "cho mình xin sdt", severity: 'violation' }] },
  { text: "số điện thoại của anh là gì ạ", findings: [{ match: "số điện thoại của anh là gì", severity: 'violation' }] },
  { text: "add zalo em nhé, 09 mấy số em gửi sau", findings: [{ match: "add zalo em", severity: 'violation' }] },
  { text: "cho xin so zalo di ban", findings: [{ match: "cho xin so zalo", severity: 'violation' }] },
  { text: "bạn để lại số điện thoại, mình gọi lại", findings: [{ match: "để lại số điện thoại", severity: 'violation' }] },
  { text: "ขอไลน์หน่อยครับ", findings: [{ match: "ขอไลน์", severity: 'violation' }] },
  { text: "เบอร์โทรพี่เท่าไหร่ครับ", findings: [{ match: "เบอร์โทรพี่เท่าไหร่", severity: 'violation' }] },
  { text: "ส่งอีเมลส่วนตัวมาหน่อย", findings: [{ match: "ส่งอีเมลส่วนตัวมา", severity: 'violation' }] },
  { text: "มีไลน์ไหมคะ", findings: [{ match: "มีไลน์ไหม", severity: 'violation' }] },
  { text: "ทักเฟสมาได้เลยครับ", findings: [{ match: "ทักเฟสมา", severity: 'violation' }] },
  { text: "ขอเบอร์หน่อยนะ เดี๋ยวโทรไป", findings: [{ match: "ขอเบอร์", severity: 'violation' }] },
  { text: "ไอดีไลน์อะไรครับ", findings: [{ match: "ไอดีไลน์อะไร", severity: 'violation' }] },
  { text: "dă-mi numărul tău de telefon te rog", findings: [{ match: "dă-mi numărul", severity: 'violation' }] },
  { text: "imi dai un mail sa iti scriu?", findings: [{ match: "imi dai un mail", severity: 'violation' }] },
  { text: "ai whatsapp? lasa-mi numarul", findings: [{ match: "ai whatsapp", severity: 'violation' }, { match: "lasa-mi numarul", severity: 'violation' }] },
  { text: "cum te pot contacta in afara de aici?", findings: [{ match: "cum te pot contacta", severity: 'violation' }] },
  { text: "trimite-mi adresa de email personala", findings: [{ match: "trimite-mi adresa de email", severity: 'violation' }] },
);
valid.push(
  "numaranızı istemiyorum, burada yazışalım",
  "müşteri telefon numarası istedi ama vermedim",
  "formda telefon numarası alanı zorunlu olsun",
  "iletişim sayfasına e-posta adresi eklenecek",
  "whatsapp entegrasyonu için api anahtarı lazım",
  "sizi nereden arayabilirim diye sormayın, burada yazalım",
  "nömrənizi istəmirəm, burda yazışaq",
  "müştəri nömrə istədi, vermədim",
  "formada telefon nömrəsi sahəsi lazımdır",
  "emailinizi yazın sahəsi formada görünmür",
  "khách hỏi số zalo nhưng em không cho",
  "thêm trường số điện thoại vào form đăng ký",
  "tích hợp đăng nhập bằng zalo cho app",
  "màn hình nhập số điện thoại bị lỗi",
  "add zalo oa vào website được không anh",
  "ลูกค้าขอไลน์ แต่ผมไม่ให้",
  "เพิ่มช่องกรอกเบอร์โทรในฟอร์มสมัคร",
  "ทำระบบล็อกอินด้วยไลน์ให้แอปหน่อย",
  "แจ้งเตือนผ่าน LINE Notify ทำได้ไหม",
  "clientul mi-a cerut numarul dar l-am refuzat",
  "adauga un camp pentru numarul de telefon in formular",
);

/** Round twenty-five, languages (t42): German, Dutch as clients and freelancers write them; next to them the same words refused or said of the work. */
invalid.push(
  { text: "Schick mir mal deine Handynummer, dann klären wir das schneller", findings: [{ match: "deine Handynummer", severity: 'violation' }] },
  { text: "Haben Sie WhatsApp? Dann geben Sie mir bitte Ihre Nummer", findings: [{ match: "Haben Sie WhatsApp", severity: 'violation' }, { match: "Ihre Nummer", severity: 'violation' }] },
  { text: "wie ist deine private E-Mail-Adresse?", findings: [{ match: "wie ist deine private E-Mail-Adresse", severity: 'violation' }] },
  { text: "gib mir deine Nummer, ich ruf dich an", findings: [{ match: "deine Nummer", severity: 'violation' }] },
  { text: "kannst du mir deine Kontaktdaten schicken?", findings: [{ match: "deine Kontaktdaten", severity: 'violation' }] },
  { text: "stuur me even je 06-nummer", findings: [{ match: "stuur me even je 06-nummer", severity: 'violation' }] },
  { text: "heb je whatsapp? geef je nummer even", findings: [{ match: "heb je", severity: 'violation' }, { match: "geef je nummer", severity: 'violation' }] },
  { text: "wat is je privé mailadres?", findings: [{ match: "wat is je privé mailadres", severity: 'violation' }] },
  { text: "mag ik je telefoonnummer?", findings: [{ match: "mag ik je telefoonnummer", severity: 'violation' }] },
);
valid.push(
  "der Kunde wollte meine Nummer, habe ich abgelehnt",
  "bitte ein Feld für die Telefonnummer im Formular einbauen",
  "wie ist deine E-Mail-Adresse für den Jira-Zugang?",
  "de klant vroeg mijn nummer, heb ik geweigerd",
  "wat is je mailadres voor de Figma-uitnodiging?",
);

/**
 * Round twenty-six, languages (t44): Armenian (script and Latin letters), Uzbek (Latin and Cyrillic), Persian (script and Finglish),
 * Kazakh, Kyrgyz, Tajik and Mongolian, as clients, freelancers and scammers type them; next to them refusals, rules, reported speech and work.
 */
invalid.push(
  { text: "Ձեր Վայբերը տվեք, խնդրում եմ", findings: [{ match: "Ձեր Վայբերը տվեք", severity: 'violation' }] },
  { text: "Գրեք ձեր վատսապի համարը", findings: [{ match: "Գրեք ձեր վատսապի", severity: 'violation' }] },
  { text: "Էլ. փոստդ ասա, ֆայլերը կուղարկեմ այնտեղ", findings: [{ match: "Էլ. փոստդ ասա", severity: 'violation' }] },
  { text: "Տելեգրամ ունե՞ք։ Ուղարկեք ձեր նիկը", findings: [{ match: "Տելեգրամ ունե՞ք", severity: 'violation' }, { match: "Ուղարկեք ձեր նիկը", severity: 'violation' }] },
  { text: "Թողեք ձեր կոնտակտները, հետո ինքս կկապվեմ", findings: [{ match: "Թողեք ձեր կոնտակտները", severity: 'violation' }] },
  { text: "Ձեր համարը կտա՞ք, ավելի հեշտ կլինի", findings: [{ match: "Ձեր համարը կտա՞ք", severity: 'violation' }] },
  { text: "Kareq dzer hamar@ uxarkeq? Viberov grem", findings: [{ match: "dzer hamar@ uxarkeq", severity: 'violation' }] },
  { text: "Viber unes? hamard tur", findings: [{ match: "Viber unes", severity: 'violation' }, { match: "hamard tur", severity: 'violation' }] },
  { text: "Telegramov grir, nikd asa", findings: [{ match: "nikd asa", severity: 'violation' }] },
  { text: "nomerd gci, zangem", findings: [{ match: "nomerd gci", severity: 'violation' }] },
  { text: "email-d asa, faylery uxarkem", findings: [{ match: "email-d asa", severity: 'violation' }] },
  { text: "Telefon raqamingizni yuboring, qo'ng'iroq qilaman", findings: [{ match: "Telefon raqamingizni yuboring", severity: 'violation' }] },
  { text: "Telegramingiz bormi? Nikingizni yozing", findings: [{ match: "Telegramingiz bormi", severity: 'violation' }, { match: "Nikingizni yozing", severity: 'violation' }] },
  { text: "Email manzilingizni bering, fayllarni o'sha yerga tashlayman", findings: [{ match: "manzilingizni bering", severity: 'violation' }] },
  { text: "Kontaktlaringizni qoldiring, o‘zim bog‘lanaman", findings: [{ match: "Kontaktlaringizni qoldiring", severity: 'violation' }] },
  { text: "Nomeringizni tashlab yuboring", findings: [{ match: "Nomeringizni tashlab yuboring", severity: 'violation' }] },
  { text: "Телефон рақамингизни юборинг", findings: [{ match: "рақамингизни юборинг", severity: 'violation' }] },
  { text: "Телеграм никингизни беринг", findings: [{ match: "никингизни беринг", severity: 'violation' }] },
  { text: "شماره‌تون رو بدید تا تماس بگیرم", findings: [{ match: "شماره‌تون رو بدید", severity: 'violation' }] },
  { text: "آیدی تلگرامت رو بفرست", findings: [{ match: "آیدی تلگرامت رو بفرست", severity: 'violation' }] },
  { text: "واتساپ دارید؟ شماره‌اش رو بفرستید", findings: [{ match: "واتساپ دارید", severity: 'violation' }] },
  { text: "ایمیلتون رو بدید فایل‌ها رو اونجا بفرستم", findings: [{ match: "ایمیلتون رو بدید", severity: 'violation' }] },
  { text: "راه ارتباطی‌تون رو بگید", findings: [{ match: "راه ارتباطی‌تون رو بگید", severity: 'violation' }] },
  { text: "shomarat ro bede ye zang bezanam", findings: [{ match: "shomarat ro bede", severity: 'violation' }] },
  { text: "id telegramet ro befrest", findings: [{ match: "id telegramet ro befrest", severity: 'violation' }] },
  { text: "whatsapp dari? shomaro bede", findings: [{ match: "whatsapp dari", severity: 'violation' }, { match: "shomaro bede", severity: 'violation' }] },
  { text: "Телефон нөміріңізді жіберіңізші", findings: [{ match: "нөміріңізді жіберіңізші", severity: 'violation' }] },
  { text: "Телеграмыңыз бар ма? Никіңізді жазыңыз", findings: [{ match: "Телеграмыңыз бар ма", severity: 'violation' }, { match: "Никіңізді жазыңыз", severity: 'violation' }] },
  { text: "Поштаңызды беріңіз, файлдарды сонда жіберемін", findings: [{ match: "Поштаңызды беріңіз", severity: 'violation' }] },
  { text: "Nomirinizdi jiberiniz, habarlasamyn", findings: [{ match: "Nomirinizdi jiberiniz", severity: 'violation' }] },
  { text: "Телефон номериңизди жибериңиз", findings: [{ match: "номериңизди жибериңиз", severity: 'violation' }] },
  { text: "Телеграмыңыз барбы? Никиңизди жазыңыз", findings: [{ match: "Телеграмыңыз барбы", severity: 'violation' }, { match: "Никиңизди жазыңыз", severity: 'violation' }] },
  { text: "Рақами телефонатонро фиристед", findings: [{ match: "Рақами телефонатонро фиристед", severity: 'violation' }] },
  { text: "Ватсап доред? Рақамро диҳед", findings: [{ match: "Ватсап доред", severity: 'violation' }, { match: "Рақамро диҳед", severity: 'violation' }] },
  { text: "Утасны дугаараа явуулаач", findings: [{ match: "Утасны дугаараа явуулаач", severity: 'violation' }] },
  { text: "Телеграмын хаягаа өгөөч", findings: [{ match: "Телеграмын хаягаа өгөөч", severity: 'violation' }] },
  { text: "Բարև ձեզ, ձեր Վոթսափ համարը կգրե՞ք, ավելի արագ կպատասխանեմ", findings: [{ match: "ձեր Վոթսափ համարը կգրե՞ք", severity: 'violation' }] },
  { text: "Կոնտակտներդ ուղարկիր, ինքս կզանգեմ", findings: [{ match: "Կոնտակտներդ ուղարկիր", severity: 'violation' }] },
  { text: "Ձեր իմեյլը ասեք, թեստային առաջադրանքը կուղարկեմ", findings: [{ match: "Ձեր իմեյլը ասեք", severity: 'violation' }] },
  { text: "Իմ Վայբերը 098 765 432 է, այնտեղ գրեք", findings: [{ match: "Վայբերը 098 765 432 է, այնտեղ գրեք", severity: 'violation' }] },
  { text: "jan, whatsapp-d gri, hamars kuxarkem", findings: [{ match: "whatsapp-d gri", severity: 'violation' }] },
  { text: "dzer telegram@ greq, inch anun a", findings: [{ match: "dzer telegram@ greq", severity: 'violation' }] },
  { text: "Assalomu alaykum, nomeringizni tashlab qo'ysangiz", findings: [{ match: "nomeringizni tashlab qo'ysangiz", severity: 'violation' }] },
  { text: "WhatsApp raqamingiz bormi? Yozib bering", findings: [{ match: "raqamingiz bormi", severity: 'violation' }] },
  { text: "Pochtangizni bering, TZni o'sha yerga yuboraman", findings: [{ match: "Pochtangizni bering", severity: 'violation' }] },
  { text: "Рақамингизни ёзиб беринг, ўзим қўнғироқ қиламан", findings: [{ match: "Рақамингизни ёзиб беринг", severity: 'violation' }] },
  { text: "Телеграмингиз борми? Никингизни ташланг", findings: [{ match: "Телеграмингиз борми", severity: 'violation' }, { match: "Никингизни ташланг", severity: 'violation' }] },
  { text: "سلام، شماره واتساپتون رو لطف می‌کنید؟", findings: [{ match: "واتساپتون رو لطف می‌کنید", severity: 'violation' }] },
  { text: "آیدی تلگرامتون چیه؟ اونجا فایل‌ها رو می‌فرستم", findings: [{ match: "آیدی تلگرامتون چیه", severity: 'violation' }] },
  { text: "ایمیل شخصیتون رو بدید", findings: [{ match: "ایمیل شخصیتون رو بدید", severity: 'violation' }] },
  { text: "salam, shomare whatsappeto befrest", findings: [{ match: "whatsappeto befrest", severity: 'violation' }] },
  { text: "Ватсап нөміріңізді жазып жіберіңізші", findings: [{ match: "нөміріңізді жазып жіберіңізші", severity: 'violation' }] },
  { text: "Телеграмдағы никіңіз қандай? Жазыңыз", findings: [{ match: "никіңіз қандай", severity: 'violation' }] },
  { text: "Нөміріңізді қалдырыңыз, өзім хабарласамын", findings: [{ match: "Нөміріңізді қалдырыңыз", severity: 'violation' }] },
  { text: "Ватсап номериңизди жазып коюңуз", findings: [{ match: "номериңизди жазып коюңуз", severity: 'violation' }] },
  { text: "Номериңизди калтырыңыз, өзүм чалам", findings: [{ match: "Номериңизди калтырыңыз", severity: 'violation' }] },
  { text: "Почтаңызды бериңиз, файлдарды ошол жакка жиберем", findings: [{ match: "Почтаңызды бериңиз", severity: 'violation' }] },
  { text: "Почтаатонро диҳед, файлҳоро мефиристам", findings: [{ match: "Почтаатонро диҳед", severity: 'violation' }] },
  { text: "Утасны дугаараа бичээд үлдээгээрэй", findings: [{ match: "Утасны дугаараа бичээд үлдээгээрэй", severity: 'violation' }] },
  { text: "Имэйл хаягаа өгөөч, файлаа явуулъя", findings: [{ match: "Имэйл хаягаа өгөөч", severity: 'violation' }] },
);
valid.push(
  "Ես իմ համարը չեմ տա, Upwork-ում կխոսենք",
  "Հաճախորդը խնդրեց իմ Վայբերը, բայց ես հրաժարվեցի",
  "Պետք է Վայբերի բոտ պատրաստել մեր խանութի համար",
  "Ձևի մեջ հեռախոսահամարի դաշտը պարտադիր չէ",
  "Viber bot a petq sarqel, API-ov",
  "chem kara hamars tam, kanonnerov argelvac a",
  "Mijoz raqamimni so'radi, lekin bermadim",
  "Telegram bot yozish kerak, buyurtmalarni qabul qiladi",
  "Raqamimni bera olmayman, Upwork qoidalari taqiqlaydi",
  "Телеграм бот керак, буюртмалар учун",
  "مشتری شمارمو خواست ولی ندادم",
  "باید یه ربات تلگرام برای فروشگاه بسازیم",
  "nemitunam shomaramo bedam, ghavanin upwork ejaze nemide",
  "Клиент нөмірімді сұрады, бірақ бермедім",
  "Телеграм бот жасау керек",
  "Кардар номеримди сурады, бирок бербедим",
  "Мизоҷ рақамамро пурсид, аммо надодам",
  "Үйлчлүүлэгч дугаарыг минь асуусан ч өгөөгүй",
  "Խանութի կայքում պետք է հեռախոսահամարի դաշտ ավելացնել պատվերի ձևում",
  "Մեր հաճախորդների համար Telegram ալիք ենք պատրաստում",
  "Saytdagi buyurtma formasida telefon raqami maydoni bo'lishi kerak",
  "توی فرم ثبت سفارش سایت باید فیلد شماره تلفن اضافه بشه",
  "Сайттағы тапсырыс формасына телефон нөмірі өрісін қосу керек",
  "Сайттагы буйрутма формасына телефон номери талаасын кошуу керек",
  "Дар формаи фармоиши сайт майдони рақами телефон лозим аст",
  "Сайтын захиалгын маягтад утасны дугаарын талбар нэмэх хэрэгтэй",
  "Ձևում կա «Վայբեր» դաշտ, պետք է այն ստուգել",
  "Mijoz Telegram raqamimni so'radi, men bermadim",
  "کارفرما آیدی تلگرامم رو خواست، ندادم",
  "Клиент Телеграм нөмірімді сұрады, бермедім",
  "Кардар Телеграм номеримди сурады, бербедим",
  "Мизоҷ рақами Телеграмамро пурсид, надодам",
  "Үйлчлүүлэгч Телеграмын хаягийг минь асуусан ч өгөөгүй",
);

// Round twenty-six (t43): Serbian (both alphabets, ekavian and ijekavian), Croatian, Bosnian, Slovenian, Macedonian, Bulgarian, Slovak,
// Czech and Albanian, as people chat; each missed before the round's words.
invalid.push(
  // Serbian (CR)
  { text: "ajde daj mi svoj vajber broj", findings: [{ match: "daj mi svoj vajber", severity: 'violation' }] },
  // Serbian (CR)
  { text: "Koji vam je mejl? Da vam pošaljem specifikaciju tamo.", findings: [{ match: "Koji vam je mejl", severity: 'violation' }] },
  // Serbian (CR)
  { text: "Можете ли да ми пошаљете ваш број телефона?", findings: [{ match: "Можете ли да ми пошаљете ваш број", severity: 'violation' }] },
  // Serbian (CR)
  { text: "kako da te kontaktiram mimo ovog sajta?", findings: [{ match: "kako da te kontaktiram mimo", severity: 'violation' }] },
  // Serbian (CR)
  { text: "Javi mi svoj instagram da ti pošaljem primere", findings: [{ match: "Javi mi svoj instagram", severity: 'violation' }] },
  // Croatian (CR)
  { text: "Koja vam je e-mail adresa, da vam pošaljem ponudu izravno?", findings: [{ match: "Koja vam je e-mail", severity: 'violation' }] },
  // Croatian (CR)
  { text: "Možete mi ostaviti kontakt pa vas nazovem", findings: [{ match: "Možete mi ostaviti kontakt", severity: 'violation' }] },
  // Croatian (CR)
  { text: "može vaš broj? lakše je telefonom", findings: [{ match: "može vaš broj", severity: 'violation' }] },
  // Croatian (CR)
  { text: "Agencija smo iz Splita, pošaljite nam kontakt telefon vašeg voditelja", findings: [{ match: "pošaljite nam kontakt telefon", severity: 'violation' }] },
  // Croatian (CR)
  { text: "Javite mi svoj Instagram da vidim radove", findings: [{ match: "Javite mi svoj Instagram", severity: 'violation' }] },
  // Bosnian (CR)
  { text: "Daj mi svoj mail, poslat ću ti šta treba", findings: [{ match: "Daj mi svoj mail", severity: 'violation' }] },
  // Bosnian (CR)
  { text: "Koji ti je mail, da ti pošaljem ugovor?", findings: [{ match: "Koji ti je mail", severity: 'violation' }] },
  // Slovenian (CR)
  { text: "Pošlji mi svojo telefonsko številko, da se slišiva", findings: [{ match: "Pošlji mi svojo telefonsko številko", severity: 'violation' }] },
  // Slovenian (CR)
  { text: "a mi das svoj mail? da ti posljem dokumente", findings: [{ match: "a mi das svoj mail", severity: 'violation' }] },
  // Slovenian (CR)
  { text: "Kakšna je vaša številka za Viber?", findings: [{ match: "Kakšna je vaša številka", severity: 'violation' }] },
  // Slovenian (CR)
  { text: "Lahko mi pustite svoj kontakt, pa vas pokličem", findings: [{ match: "Lahko mi pustite svoj kontakt", severity: 'violation' }] },
  // Slovenian (CR)
  { text: "posli mi svojo stevilko pls", findings: [{ match: "posli mi svojo stevilko", severity: 'violation' }] },
  // Slovenian (CR)
  { text: "Kje te lahko dobim izven Upworka?", findings: [{ match: "Kje te lahko dobim", severity: 'violation' }] },
  // Slovenian (CR)
  { text: "Dajte mi vašo telefonsko številko, vas pokličem", findings: [{ match: "Dajte mi vašo telefonsko številko", severity: 'violation' }] },
  // Macedonian (CR)
  { text: "Кој е вашиот мејл? Да ви ја пратам понудата таму", findings: [{ match: "Кој е вашиот мејл", severity: 'violation' }] },
  // Macedonian (CR)
  { text: "isprati mi go brojot tvoj da se cueme", findings: [{ match: "isprati mi go brojot", severity: 'violation' }] },
  // Macedonian (CR)
  { text: "Дај ми го бројот да ти се јавам", findings: [{ match: "Дај ми го бројот", severity: 'violation' }] },
  // Bulgarian (CR)
  { text: "prati mi nomera si brat", findings: [{ match: "prati mi nomera si", severity: 'violation' }] },
  // Bulgarian (CR)
  { text: "Може ли имейла ви? Да ви пратя офертата", findings: [{ match: "Може ли имейла ви", severity: 'violation' }] },
  // Bulgarian (CR)
  { text: "Какъв е вайбъра ти?", findings: [{ match: "Какъв е вайбъра ти", severity: 'violation' }] },
  // Bulgarian (CR)
  { text: "Оставете ми телефон за връзка", findings: [{ match: "Оставете ми телефон", severity: 'violation' }] },
  // Slovak (CR)
  { text: "Pošlite mi svoje telefónne číslo, prosím", findings: [{ match: "Pošlite mi svoje telefónne číslo", severity: 'violation' }] },
  // Slovak (CR)
  { text: "daj mi svoj mail, poslem ti tam podklady", findings: [{ match: "daj mi svoj mail", severity: 'violation' }] },
  // Slovak (CR)
  { text: "Nechajte mi kontakt a zavolám vám", findings: [{ match: "Nechajte mi kontakt", severity: 'violation' }] },
  // Czech (CR)
  { text: "dej mi svuj mail, poslu ti tam podklady", findings: [{ match: "dej mi svuj mail", severity: 'violation' }] },
  // Czech (CR)
  { text: "Nechte mi kontakt a zavolám vám", findings: [{ match: "Nechte mi kontakt", severity: 'violation' }] },
  // Czech (CR)
  { text: "Pošli mi svůj WhatsApp, domluvíme se tam", findings: [{ match: "Pošli mi svůj WhatsApp", severity: 'violation' }] },
  // Albanian (CR)
  { text: "Më dërgo numrin tënd të telefonit", findings: [{ match: "Më dërgo numrin", severity: 'violation' }] },
  // Albanian (CR)
  { text: "me jep emailin tend te te dergoj dokumentet", findings: [{ match: "me jep emailin", severity: 'violation' }] },
  // Albanian (CR)
  { text: "Cili është numri juaj i WhatsApp?", findings: [{ match: "Cili është numri juaj", severity: 'violation' }] },
  // Albanian (CR)
  { text: "Më lini kontaktin tuaj dhe ju telefonoj", findings: [{ match: "Më lini kontaktin", severity: 'violation' }] },
  // Albanian (CR)
  { text: "dergom numrin vlla", findings: [{ match: "dergom numrin", severity: 'violation' }] },
  // Albanian (OP)
  { text: "Më shkruaj në Viber", findings: [{ match: "Më shkruaj në Viber", severity: 'violation' }] },
  // Albanian (CR)
  { text: "Më jep numrin e WhatsApp-it të flasim", findings: [{ match: "Më jep numrin", severity: 'violation' }] },
  // Albanian (OP)
  { text: "Më shkruaj në WhatsApp sonte", findings: [{ match: "Më shkruaj në WhatsApp", severity: 'violation' }] },
);
// Round twenty-six (t43): their look-alikes (refusals, reported asks, work talk, an order's number, a bug's place).
valid.push(
  "Javi mi broj stranica koje treba prevesti.", // Serbian
  "Koji vam je broj narudžbe? Ne vidim je u listi.", // Serbian
  "Ne mogu da vam dam broj telefona pre ugovora, pravila Upworka.", // Serbian
  "Ne šaljem datoteke preko maila, sve ide ovdje u poruke.", // Croatian
  "Tvoj broj narudžbe je 4512, provjeri u Shopifyju.", // Croatian
  "Šta ti je broj narudžbe na Shopifyju?", // Bosnian
  "Tražio je moj broj, rekao sam mu da ne može.", // Bosnian
  "Stranka me je prosila za številko, zavrnil sem, vse gre prek Upworka.", // Slovenian
  "Клиентот ми побара број, одбив, сè оди преку Upwork.", // Macedonian
  "Клиентът ми поиска номера, отказах, всичко е през Upwork.", // Bulgarian
  "Klient chcel moje číslo, odmietol som, všetko ide cez Upwork.", // Slovak
  "Klient chtěl moje číslo, odmítl jsem, všechno jde přes Upwork.", // Czech
  "Klienti më kërkoi numrin, refuzova, gjithçka shkon përmes Upwork.", // Albanian
);

/**
 * Round twenty-six, languages (t45): Sinhala (script and Singlish), Gujarati, Punjabi (Gurmukhi, Shahmukhi, Latin), Kannada, Malayalam
 * (script and Manglish), Burmese (Unicode) and Khmer as people chat on Upwork, the helper's own cases; next to them the same words
 * refused, told, or said of the work (an order number, a login page, a review section, an integration).
 */
invalid.push(
  { text: "tamaro whatsapp number aapo ne", findings: [{ match: "number aapo", severity: 'violation' }] },
  { text: "bhai tamaro number aapo, hu call karu", findings: [{ match: "number aapo", severity: 'violation' }] },
  { text: "tamaru email id moklo", findings: [{ match: "email id moklo", severity: 'violation' }] },
  { text: "tamaro mobile number shu che?", findings: [{ match: "tamaro mobile number shu che", severity: 'violation' }] },
  { text: "mane tamaro contact number mokalo", findings: [{ match: "contact number mokalo", severity: 'violation' }] },
  { text: "તમારો વોટ્સએપ નંબર આપો ને", findings: [{ match: "નંબર આપો", severity: 'violation' }] },
  { text: "તમારો ફોન નંબર મોકલો", findings: [{ match: "નંબર મોકલો", severity: 'violation' }] },
  { text: "તમારું ઈમેલ આઈડી મોકલશો?", findings: [{ match: "ઈમેલ આઈડી મોકલશો", severity: 'violation' }] },
  { text: "ભાઈ તમારો નંબર આપો, હું કોલ કરું", findings: [{ match: "નંબર આપો", severity: 'violation' }] },
  { text: "તમારો મોબાઇલ નંબર શું છે?", findings: [{ match: "તમારો મોબાઇલ નંબર શું છે", severity: 'violation' }] },
  { text: "તમારું ટેલિગ્રામ યુઝરનેમ આપો", findings: [{ match: "તમારું ટેલિગ્રામ યુઝરનેમ આપો", severity: 'violation' }] },
  { text: "મને તમારો કોન્ટેક્ટ નંબર મોકલો", findings: [{ match: "નંબર મોકલો", severity: 'violation' }] },
  { text: "તમારું જીમેલ આપશો?", findings: [{ match: "જીમેલ આપશો", severity: 'violation' }] },
  { text: "som lek phone bong", findings: [{ match: "som lek phone bong", severity: 'violation' }] },
  { text: "សុំលេខទូរស័ព្ទបងបានទេ?", findings: [{ match: "សុំលេខទូរស័ព្ទបង", severity: 'violation' }] },
  { text: "ផ្ញើលេខ Telegram មកខ្ញុំ", findings: [{ match: "ផ្ញើលេខ Telegram មក", severity: 'violation' }] },
  { text: "សុំអ៊ីមែលរបស់អ្នក", findings: [{ match: "សុំអ៊ីមែលរបស់អ្នក", severity: 'violation' }] },
  { text: "លេខទូរស័ព្ទរបស់បងលេខប៉ុន្មាន?", findings: [{ match: "លេខទូរស័ព្ទរបស់បងលេខប៉ុន្មាន", severity: 'violation' }] },
  { text: "សុំ username Telegram បង", findings: [{ match: "សុំ username Telegram", severity: 'violation' }] },
  { text: "ឲ្យលេខមកខ្ញុំផង", findings: [{ match: "ឲ្យលេខមក", severity: 'violation' }] },
  { text: "nimma whatsapp number kodi", findings: [{ match: "number kodi", severity: 'violation' }] },
  { text: "anna nimma number kodi, naanu call madtini", findings: [{ match: "number kodi", severity: 'violation' }] },
  { text: "nimma email id kalsi sir", findings: [{ match: "email id kalsi", severity: 'violation' }] },
  { text: "nimma mobile number enu?", findings: [{ match: "nimma mobile number enu", severity: 'violation' }] },
  { text: "ನಿಮ್ಮ ವಾಟ್ಸಾಪ್ ನಂಬರ್ ಕೊಡಿ", findings: [{ match: "ನಂಬರ್ ಕೊಡಿ", severity: 'violation' }] },
  { text: "ನಿಮ್ಮ ಫೋನ್ ನಂಬರ್ ಕಳುಹಿಸಿ", findings: [{ match: "ನಂಬರ್ ಕಳುಹಿಸಿ", severity: 'violation' }] },
  { text: "ನಿಮ್ಮ ಇಮೇಲ್ ಐಡಿ ಕಳಿಸಿ ಸರ್", findings: [{ match: "ಇಮೇಲ್ ಐಡಿ ಕಳಿಸಿ", severity: 'violation' }] },
  { text: "ಅಣ್ಣ ನಿಮ್ಮ ನಂಬರ್ ಕೊಡಿ, ನಾನು ಕಾಲ್ ಮಾಡ್ತೀನಿ", findings: [{ match: "ನಂಬರ್ ಕೊಡಿ", severity: 'violation' }] },
  { text: "ನಿಮ್ಮ ಮೊಬೈಲ್ ನಂಬರ್ ಏನು?", findings: [{ match: "ನಿಮ್ಮ ಮೊಬೈಲ್ ನಂಬರ್ ಏನು", severity: 'violation' }] },
  { text: "ನಿಮ್ಮ ಟೆಲಿಗ್ರಾಮ್ ಯೂಸರ್‌ನೇಮ್ ಹೇಳಿ", findings: [{ match: "ನಿಮ್ಮ ಟೆಲಿಗ್ರಾಮ್ ಯೂಸರ್‌ನೇಮ್ ಹೇಳಿ", severity: 'violation' }] },
  { text: "ನನಗೆ ನಿಮ್ಮ ಕಾಂಟ್ಯಾಕ್ಟ್ ನಂಬರ್ ಕಳುಹಿಸಿ", findings: [{ match: "ನಂಬರ್ ಕಳುಹಿಸಿ", severity: 'violation' }] },
  { text: "ningalude whatsapp number onnu tharamo?", findings: [{ match: "number onnu tharamo", severity: 'violation' }] },
  { text: "chetta number onnu ayakku, njan vilikkam", findings: [{ match: "number onnu ayakku", severity: 'violation' }] },
  { text: "ninte mail id onnu tharu", findings: [{ match: "mail id onnu tharu", severity: 'violation' }] },
  { text: "phone number ethra aanu?", findings: [{ match: "phone number ethra aanu", severity: 'violation' }] },
  { text: "bro ninte insta id para", findings: [{ match: "insta id para", severity: 'violation' }] },
  { text: "നിങ്ങളുടെ വാട്സ്ആപ്പ് നമ്പർ ഒന്ന് തരാമോ?", findings: [{ match: "നമ്പർ ഒന്ന് തരാമോ", severity: 'violation' }] },
  { text: "ചേട്ടാ നമ്പർ ഒന്ന് അയക്കൂ, ഞാൻ വിളിക്കാം", findings: [{ match: "നമ്പർ ഒന്ന് അയക്കൂ", severity: 'violation' }] },
  { text: "താങ്കളുടെ ഇമെയിൽ ഐഡി അയച്ചു തരൂ", findings: [{ match: "താങ്കളുടെ ഇമെയിൽ ഐഡി അയച്ചു തരൂ", severity: 'violation' }] },
  { text: "നിങ്ങളുടെ ഫോൺ നമ്പർ എത്രയാ?", findings: [{ match: "ഫോൺ നമ്പർ എത്രയാ", severity: 'violation' }] },
  { text: "ടെലിഗ്രാം യൂസർനെയിം ഒന്ന് പറയാമോ", findings: [{ match: "ടെലിഗ്രാം യൂസർനെയിം ഒന്ന് പറയാമോ", severity: 'violation' }] },
  { text: "നിന്റെ കോൺടാക്ട് നമ്പർ തരൂ", findings: [{ match: "നമ്പർ തരൂ", severity: 'violation' }] },
  { text: "mine phone number pay par", findings: [{ match: "mine phone number pay par", severity: 'violation' }] },
  { text: "ခင်ဗျားရဲ့ ဖုန်းနံပါတ် ပေးပါ", findings: [{ match: "ခင်ဗျားရဲ့ ဖုန်းနံပါတ် ပေးပါ", severity: 'violation' }] },
  { text: "Viber နံပါတ် ပို့ပေးပါ", findings: [{ match: "Viber နံပါတ် ပို့ပေးပါ", severity: 'violation' }] },
  { text: "အီးမေးလ် လိပ်စာ ပေးပါဦး", findings: [{ match: "အီးမေးလ် လိပ်စာ ပေးပါဦး", severity: 'violation' }] },
  { text: "အကို့ ဖုန်းနံပါတ်လေး ပေးလို့ရမလား", findings: [{ match: "အကို့ ဖုန်းနံပါတ်လေး ပေးလို့ရမလား", severity: 'violation' }] },
  { text: "မင်းဖုန်းနံပါတ် ပို့လိုက်", findings: [{ match: "မင်းဖုန်းနံပါတ် ပို့လိုက်", severity: 'violation' }] },
  { text: "ဆက်သွယ်ရန် နံပါတ် ပေးပါ", findings: [{ match: "ဆက်သွယ်ရန် နံပါတ် ပေးပါ", severity: 'violation' }] },
  { text: "Telegram username ဘာလဲ?", findings: [{ match: "Telegram username ဘာလဲ", severity: 'violation' }] },
  { text: "تُہاڈا واٹس ایپ نمبر دیو", findings: [{ match: "نمبر دیو", severity: 'violation' }] },
  { text: "اپنا فون نمبر گھلو جی", findings: [{ match: "نمبر گھلو", severity: 'violation' }] },
  { text: "تہاڈی ای میل دس دیو", findings: [{ match: "ای میل دس دیو", severity: 'violation' }] },
  { text: "پا جی اپنا نمبر دے دیو، میں کال کردا آں", findings: [{ match: "نمبر دے دیو", severity: 'violation' }] },
  { text: "tuhada whatsapp number dedo ji", findings: [{ match: "whatsapp number dedo", severity: 'violation' }] },
  { text: "paaji apna number bhejo", findings: [{ match: "apna number", severity: 'violation' }] },
  { text: "veere apni email id das do", findings: [{ match: "email id das do", severity: 'violation' }] },
  { text: "tuhada mobile number ki aa?", findings: [{ match: "tuhada mobile number ki aa", severity: 'violation' }] },
  { text: "ਤੁਹਾਡਾ ਵਟਸਐਪ ਨੰਬਰ ਦਿਓ ਜੀ", findings: [{ match: "ਨੰਬਰ ਦਿਓ", severity: 'violation' }] },
  { text: "ਆਪਣਾ ਫ਼ੋਨ ਨੰਬਰ ਭੇਜੋ", findings: [{ match: "ਨੰਬਰ ਭੇਜੋ", severity: 'violation' }] },
  { text: "ਤੁਹਾਡੀ ਈਮੇਲ ਆਈਡੀ ਭੇਜ ਦਿਓ", findings: [{ match: "ਈਮੇਲ ਆਈਡੀ ਭੇਜ ਦਿਓ", severity: 'violation' }] },
  { text: "ਵੀਰ ਆਪਣਾ ਨੰਬਰ ਦੇ ਦਿਓ, ਮੈਂ ਕਾਲ ਕਰਦਾ ਹਾਂ", findings: [{ match: "ਨੰਬਰ ਦੇ ਦਿਓ", severity: 'violation' }] },
  { text: "ਤੁਹਾਡਾ ਮੋਬਾਈਲ ਨੰਬਰ ਕੀ ਹੈ?", findings: [{ match: "ਤੁਹਾਡਾ ਮੋਬਾਈਲ ਨੰਬਰ ਕੀ ਹੈ", severity: 'violation' }] },
  { text: "ਆਪਣਾ ਟੈਲੀਗ੍ਰਾਮ ਯੂਜ਼ਰਨੇਮ ਦੱਸੋ", findings: [{ match: "ਆਪਣਾ ਟੈਲੀਗ੍ਰਾਮ ਯੂਜ਼ਰਨੇਮ ਦੱਸੋ", severity: 'violation' }] },
  { text: "ਮੈਨੂੰ ਆਪਣਾ ਕਾਂਟੈਕਟ ਨੰਬਰ ਭੇਜੋ", findings: [{ match: "ਨੰਬਰ ਭੇਜੋ", severity: 'violation' }] },
  { text: "oyage whatsapp number eka denna puluwanda?", findings: [{ match: "number eka denna", severity: 'violation' }] },
  { text: "machan umbe number eka denna", findings: [{ match: "number eka denna", severity: 'violation' }] },
  { text: "oyage email eka ewanna", findings: [{ match: "email eka ewanna", severity: 'violation' }] },
  { text: "phone number eka kiyanna, mama call karannam", findings: [{ match: "number eka kiyanna", severity: 'violation' }] },
  { text: "viber number eka dennako", findings: [{ match: "number eka dennako", severity: 'violation' }] },
  { text: "oyage contact number eka ewanna puluwanda", findings: [{ match: "contact number eka ewanna", severity: 'violation' }] },
  { text: "ඔයාගේ වට්සැප් නම්බර් එක දෙන්න පුළුවන්ද?", findings: [{ match: "නම්බර් එක දෙන්න", severity: 'violation' }] },
  { text: "ඔබගේ දුරකථන අංකය එවන්න", findings: [{ match: "අංකය එවන්න", severity: 'violation' }] },
  { text: "ඔයාගේ ඊමේල් එක මට එවන්න", findings: [{ match: "ඊමේල් එක මට එවන්න", severity: 'violation' }] },
  { text: "මට ඔයාගේ ෆෝන් නම්බර් එක දෙන්නකෝ", findings: [{ match: "නම්බර් එක දෙන්නකෝ", severity: 'violation' }] },
  { text: "අයියේ ඔයාගේ නම්බර් එක කියන්න, මම කෝල් කරන්නම්", findings: [{ match: "නම්බර් එක කියන්න", severity: 'violation' }] },
  { text: "ඔබේ විද්‍යුත් තැපැල් ලිපිනය ලබා දෙන්න", findings: [{ match: "ඔබේ විද්‍යුත් තැපැල් ලිපිනය ලබා දෙන්න", severity: 'violation' }] },
  { text: "ටෙලිග්‍රෑම් එකේ ඔයාගේ යූසර්නේම් එක මොකක්ද?", findings: [{ match: "ඔයාගේ යූසර්නේම් එක මොකක්ද", severity: 'violation' }] },
  { text: "ඔයාගේ ඉමේල් ඇඩ්‍රස් එක දාන්න", findings: [{ match: "ඔයාගේ ඉමේල් ඇඩ්‍රස් එක දාන්න", severity: 'violation' }] },
  { text: "වයිබර් නම්බර් එක එවන්නකෝ මචං", findings: [{ match: "නම්බර් එක එවන්නකෝ", severity: 'violation' }] },
  { text: "ඔයාට වට්සැප් තියෙනවද? නම්බර් එක දෙන්න", findings: [{ match: "වට්සැප් තියෙනවද", severity: 'violation' }, { match: "නම්බර් එක දෙන්න", severity: 'violation' }] },
);
valid.push(
  "ඕඩර් නම්බර් එක දෙන්න, මම චෙක් කරන්නම්",
  "order number eka denna, mama check karannam",
  "ઓર્ડર નંબર મોકલો, હું ચેક કરી લઉં",
  "order number moklo, hu check kari lau",
  "ਆਰਡਰ ਨੰਬਰ ਭੇਜੋ, ਮੈਂ ਚੈੱਕ ਕਰ ਲਵਾਂ",
  "آرڈر نمبر گھلو، میں چیک کر لواں",
  "ಆರ್ಡರ್ ನಂಬರ್ ಕಳುಹಿಸಿ, ನಾನು ಚೆಕ್ ಮಾಡ್ತೀನಿ",
  "order number kalsi, naanu check madteeni",
  "ഓർഡർ നമ്പർ അയക്കൂ, ഞാൻ ചെക്ക് ചെയ്യാം",
  "order number ayakku, njan check cheyyam",
  "order နံပါတ် ပို့ပေးပါ၊ စစ်ကြည့်မယ်",
  "ဆက်သွယ်ရန် စာမျက်နှာ ဒီဇိုင်း လုပ်ပေးပါ",
  "សុំលេខ order ដើម្បីពិនិត្យ",
  "សុំទោស ខ្ញុំយឺតបន្តិច",
  "hu whatsapp number nathi aapto, upwork par j vaat kariye",
  "client e maro number mangyo, me na padi",
  "હું વોટ્સએપ નંબર નથી આપતો, અપવર્ક પર જ વાત કરીએ",
  "ક્લાયન્ટે મારો નંબર માંગ્યો, મેં ના પાડી",
  "ફોર્મમાં ફોન નંબર ફીલ્ડ ઉમેરો",
  "knhom min oy lek te, niyay nov upwork",
  "ខ្ញុំមិនឲ្យលេខទូរស័ព្ទទេ និយាយនៅ Upwork ល្អជាង",
  "client សុំលេខខ្ញុំ តែខ្ញុំមិនឲ្យ",
  "naanu whatsapp number kodalla, upwork alle maatadona",
  "ನಾನು ವಾಟ್ಸಾಪ್ ನಂಬರ್ ಕೊಡಲ್ಲ, ಅಪ್‌ವರ್ಕ್‌ನಲ್ಲೇ ಮಾತಾಡೋಣ",
  "ಕ್ಲೈಂಟ್ ನನ್ನ ನಂಬರ್ ಕೇಳಿದ್ರು, ನಾನು ಕೊಡಲಿಲ್ಲ",
  "ಫಾರ್ಮ್‌ನಲ್ಲಿ ಫೋನ್ ನಂಬರ್ ಫೀಲ್ಡ್ ಸೇರಿಸಿ",
  "njan whatsapp number tharilla, upworkil thanne samsarikkam",
  "client ente number chodichu, njan koduthilla",
  "ഞാൻ വാട്സ്ആപ്പ് നമ്പർ തരില്ല, അപ്വർക്കിൽ തന്നെ സംസാരിക്കാം",
  "ക്ലയന്റ് എന്റെ നമ്പർ ചോദിച്ചു, ഞാൻ കൊടുത്തില്ല",
  "ഫോമിൽ ഫോൺ നമ്പർ ഫീൽഡ് ചേർക്കണം",
  "phone number ma pay buu, upwork mhar pal pyaw ya aung",
  "ဖုန်းနံပါတ် မပေးဘူး၊ Upwork မှာပဲ ပြောရအောင်",
  "client က ကျွန်တော့် ဖုန်းနံပါတ် တောင်းတယ်၊ မပေးခဲ့ဘူး",
  "میں واٹس ایپ نمبر نئیں دیندا، اپ ورک تے ای گل کریے",
  "main whatsapp number nahi dinda, upwork te hi gal kariye",
  "ਮੈਂ ਵਟਸਐਪ ਨੰਬਰ ਨਹੀਂ ਦਿੰਦਾ, ਅਪਵਰਕ ਤੇ ਹੀ ਗੱਲ ਕਰੀਏ",
  "ਕਲਾਇੰਟ ਨੇ ਮੇਰਾ ਨੰਬਰ ਮੰਗਿਆ, ਮੈਂ ਨਾਂਹ ਕਰ ਦਿੱਤੀ",
  "ਫਾਰਮ ਵਿੱਚ ਫ਼ੋਨ ਨੰਬਰ ਵਾਲਾ ਫੀਲਡ ਜੋੜੋ",
  "aiyo sorry machan, mama whatsapp number denne na, upwork ekenma katha karamu",
  "client mage number eka ahuwa, mama dunne na",
  "මම වට්සැප් නම්බර් දෙන්නේ නෑ, Upwork එකෙන්ම කතා කරමු",
  "ක්ලයන්ට් මගේ ෆෝන් නම්බර් එක ඇහුවා, මම දුන්නේ නෑ",
  "ඉමේල් ෆෝම් එකට ෆෝන් නම්බර් ෆීල්ඩ් එකක් දාන්න",
);

/**
 * Round twenty-seven, languages (t48): Hausa, Yoruba and Igbo as Nigerian freelancers and clients type them, with and without their
 * marks (the view reads them plain), beside Nigerian English and Pidgin; Somali and Malagasy as typed in chat. Violations, then the
 * look-alikes: refusals, reported speech, work talk.
 */
invalid.push(
  { text: "Don Allah ka turo min lambar wayarka", findings: [{ match: "turo min lambar wayarka", severity: 'violation' }] },
  { text: "Ka ba ni lambar WhatsApp ɗinka mana", findings: [{ match: "ba ni lambar WhatsApp ɗinka", severity: 'violation' }] },
  { text: "Menene lambar wayarka?", findings: [{ match: "Menene lambar wayarka", severity: 'violation' }] },
  { text: "Aiko min da email dinka", findings: [{ match: "Aiko min da email dinka", severity: 'violation' }] },
  { text: "Oga abeg ka turo lambar ka, mu gaisa a waya", findings: [{ match: "turo lambar ka", severity: 'violation' }] },
  { text: "Ina bukatar lambar wayarki kafin mu fara", findings: [{ match: "Ina bukatar lambar", severity: 'violation' }] },
  { text: "Ki rubuta min number dinki anan", findings: [{ match: "rubuta min number dinki", severity: 'violation' }] },
  { text: "Ka bani adireshin imel ɗinka", findings: [{ match: "bani adireshin imel ɗinka", severity: 'violation' }] },
  { text: "Ina son samun lambar ka ta Telegram", findings: [{ match: "Ina son samun lambar", severity: 'violation' }] },
  { text: "Ka tura min contact ɗinka yanzu", findings: [{ match: "tura min contact ɗinka", severity: 'violation' }] },
  { text: "Yallabai, ka aiko lambar wayarka ko email", findings: [{ match: "aiko lambar wayarka", severity: 'violation' }] },
  { text: "Ẹ jọ̀wọ́, ẹ fi nọ́mbà WhatsApp yín ránṣẹ́ sí mi", findings: [{ match: "nọ́mbà WhatsApp yín ránṣẹ́ sí mi", severity: 'violation' }] },
  { text: "Kí ni nọ́mbà fóònù rẹ?", findings: [{ match: "Kí ni nọ́mbà fóònù rẹ", severity: 'violation' }] },
  { text: "Fun mi ni nomba re", findings: [{ match: "Fun mi ni nomba re", severity: 'violation' }] },
  { text: "Mo fe nomba WhatsApp re", findings: [{ match: "Mo fe nomba WhatsApp re", severity: 'violation' }] },
  { text: "Abeg, fi email rẹ ranṣẹ si mi", findings: [{ match: "email rẹ ranṣẹ si mi", severity: 'violation' }] },
  { text: "Oga, se o le fun mi ni number e?", findings: [{ match: "fun mi ni number e", severity: 'violation' }] },
  { text: "Kọ nọ́mbà rẹ sílẹ̀ fún mi", findings: [{ match: "nọ́mbà rẹ sílẹ̀ fún mi", severity: 'violation' }] },
  { text: "Mo nilo adiresi imeeli re", findings: [{ match: "Mo nilo adiresi imeeli re", severity: 'violation' }] },
  { text: "Ṣé o ní Telegram? Fi username rẹ ranṣẹ", findings: [{ match: "Ṣé o ní Telegram", severity: 'violation' }, { match: "username rẹ ranṣẹ", severity: 'violation' }] },
  { text: "Ki ni number WhatsApp yin sir?", findings: [{ match: "Ki ni number WhatsApp yin", severity: 'violation' }] },
  { text: "Biko zitere m nọmba WhatsApp gị", findings: [{ match: "zitere m nọmba WhatsApp gị", severity: 'violation' }] },
  { text: "Gini bu nomba ekwenti gi?", findings: [{ match: "Gini bu nomba ekwenti gi", severity: 'violation' }] },
  { text: "Nye m nọmba gị", findings: [{ match: "Nye m nọmba gị", severity: 'violation' }] },
  { text: "Achọrọ m email gị", findings: [{ match: "Achọrọ m email gị", severity: 'violation' }] },
  { text: "Oga, biko nye m number gi ka anyi kparita uka", findings: [{ match: "nye m number gi", severity: 'violation' }] },
  { text: "Dee nọmba gị ebe a", findings: [{ match: "Dee nọmba gị", severity: 'violation' }] },
  { text: "I nwere Telegram? Zitere m username gi", findings: [{ match: "I nwere Telegram", severity: 'violation' }, { match: "Zitere m username gi", severity: 'violation' }] },
  { text: "Biko ziga m adreesị email gị", findings: [{ match: "ziga m adreesị email gị", severity: 'violation' }] },
  { text: "Kedu nọmba ekwentị gị?", findings: [{ match: "Kedu nọmba ekwentị gị", severity: 'violation' }] },
  { text: "Abeg send your number, ma ọ bụ zitere m WhatsApp gị", findings: [{ match: "send your number", severity: 'violation' }] },
  { text: "Fadlan ii soo dir lambarkaaga WhatsApp", findings: [{ match: "ii soo dir lambarkaaga", severity: 'violation' }] },
  { text: "Waa maxay lambarkaaga?", findings: [{ match: "Waa maxay lambarkaaga", severity: 'violation' }] },
  { text: "I sii lambarkaaga walaal", findings: [{ match: "I sii lambarkaaga", severity: 'violation' }] },
  { text: "Emailkaaga ii soo dir", findings: [{ match: "Emailkaaga ii soo dir", severity: 'violation' }] },
  { text: "Lambarka taleefankaaga i sii", findings: [{ match: "Lambarka taleefankaaga i sii", severity: 'violation' }] },
  { text: "Ma haysaa Telegram? Username-kaaga ii soo dir", findings: [{ match: "Ma haysaa Telegram", severity: 'violation' }, { match: "Username-kaaga ii soo dir", severity: 'violation' }] },
  { text: "Waxaan u baahanahay lambarkaaga si aan kuu wacno", findings: [{ match: "Waxaan u baahanahay lambarkaaga", severity: 'violation' }] },
  { text: "Qor lambarkaaga halkan", findings: [{ match: "Qor lambarkaaga", severity: 'violation' }] },
  { text: "Numberkaaga WhatsApp maxay tahay?", findings: [{ match: "Numberkaaga WhatsApp maxay tahay", severity: 'violation' }] },
  { text: "Azafady, alefaso ahy ny laharana findainao", findings: [{ match: "alefaso ahy ny laharana findainao", severity: 'violation' }] },
  { text: "Inona ny nomeraonao?", findings: [{ match: "Inona ny nomeraonao", severity: 'violation' }] },
  { text: "Omeo ahy ny nomerao findainao", findings: [{ match: "Omeo ahy ny nomerao findainao", severity: 'violation' }] },
  { text: "Alefaso ny mailakao", findings: [{ match: "Alefaso ny mailakao", severity: 'violation' }] },
  { text: "Mila ny nomeraonao aho mba hiresahantsika", findings: [{ match: "Mila ny nomeraonao", severity: 'violation' }] },
  { text: "Soraty eto ny nomeraonao", findings: [{ match: "Soraty eto ny nomeraonao", severity: 'violation' }] },
  { text: "Manana Telegram ve ianao? Alefaso ny username-nao", findings: [{ match: "Manana Telegram ve ianao", severity: 'violation' }] },
  { text: "Inona ny adiresy mailakao?", findings: [{ match: "Inona ny adiresy mailakao", severity: 'violation' }] },
);
valid.push(
  "Abokin ciniki ya nemi lambar wayata, na ce a'a",
  "Ba zan ba ka lambar waya ba, mu yi magana a nan Upwork",
  "Ina aiki a kan lambar tantancewa ta oda",
  "Kada ka turo min lambar wayarka, ka'idar Upwork ce",
  "Client béèrè nọ́mbà mi, mo kọ̀ jálẹ̀",
  "Mi ò ní fún ọ ní nọ́mbà mi, ká sọ̀rọ̀ níbí lórí Upwork",
  "Nomba order yin ni 4471, e ye e wo",
  "E ma se fi nomba yin ranse si enikeni",
  "Onye ahịa rịọrọ nọmba m, ajụrụ m",
  "Agaghị m enye gị nọmba m, ka anyị kparịta ụka ebe a na Upwork",
  "Nomba order gi bu 5521",
  "Macmiilku wuxuu i weydiiyay lambarkayga, waan diiday",
  "Lambarkayga kuma siin doono, halkan Upwork aan ku wada hadalno",
  "Taleefankaygu wuu jabay, berri ayaan kuu jawaabi doonaa",
  "Nangataka ny nomeraoko ny mpanjifa, nolaviko",
  "Tsy homeko anao ny nomeraoko, andao hiresaka eto amin'ny Upwork",
);

// Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, as people chat on Upwork (with and without
// å ä ö ø æ þ ð); each violation was missed before the round's words, each clean look-alike is flagged by none of them.
invalid.push(
  // Swedish (CR)
  { text: "Kan du skicka ditt nummer så ringer jag dig ikväll?", findings: [{ match: "skicka ditt nummer", severity: 'violation' }] },
  // Swedish (CR)
  { text: "vad är din mejl? skickar briefen dit", findings: [{ match: "vad är din mejl", severity: 'violation' }] },
  // Swedish (CR)
  { text: "Har du Whatsapp? Skicka numret", findings: [{ match: "Har du Whatsapp", severity: 'violation' }] },
  // Swedish (CR)
  { text: "Skicka gärna din mailadress så tar vi resten där", findings: [{ match: "Skicka gärna din mailadress", severity: 'violation' }] },
  // Swedish (CR)
  { text: "ge mig ditt telefonnummer så fixar vi detta snabbt", findings: [{ match: "ge mig ditt telefonnummer", severity: 'violation' }] },
  // Swedish (CR)
  { text: "Vilket nummer kan jag nå dig på?", findings: [{ match: "Vilket nummer kan jag nå dig", severity: 'violation' }] },
  // Swedish (CR)
  { text: "lämna ditt nummer här så hör jag av mig", findings: [{ match: "lämna ditt nummer", severity: 'violation' }] },
  // Swedish (CR)
  { text: "Vad heter du på Telegram?", findings: [{ match: "Vad heter du på Telegram", severity: 'violation' }] },
  // Swedish (CR)
  { text: "skicka ditt nr sa ringer jag", findings: [{ match: "skicka ditt nr", severity: 'violation' }] },
  // Swedish (CR)
  { text: "Kan jag få din e-postadress? Vill skicka avtalet privat", findings: [{ match: "Kan jag få din e-postadress", severity: 'violation' }] },
  // Norwegian (CR)
  { text: "Kan du sende meg nummeret ditt, så ringer jeg deg?", findings: [{ match: "sende meg nummeret ditt", severity: 'violation' }] },
  // Norwegian (CR)
  { text: "hva er mailen din? sender skissene dit", findings: [{ match: "hva er mailen din", severity: 'violation' }] },
  // Norwegian (CR)
  { text: "Gi meg telefonnummeret ditt så tar vi det derfra", findings: [{ match: "Gi meg telefonnummeret ditt", severity: 'violation' }] },
  // Norwegian (CR)
  { text: "Har du Snapchat? Hva heter du der?", findings: [{ match: "Har du Snapchat", severity: 'violation' }] },
  // Norwegian (CR)
  { text: "send meg e-postadressen din, vil sende kontrakten privat", findings: [{ match: "send meg e-postadressen din", severity: 'violation' }] },
  // Norwegian (CR)
  { text: "legg igjen nummeret ditt her sa ringer jeg", findings: [{ match: "legg igjen nummeret ditt", severity: 'violation' }] },
  // Norwegian (CR)
  { text: "Hvilket nummer kan jeg nå deg på?", findings: [{ match: "Hvilket nummer kan jeg nå deg på", severity: 'violation' }] },
  // Norwegian (CR)
  { text: "Kan jeg få mobilnummeret ditt?", findings: [{ match: "Kan jeg få mobilnummeret ditt", severity: 'violation' }] },
  // Danish (CR)
  { text: "Kan du sende mig dit nummer, så ringer jeg dig?", findings: [{ match: "sende mig dit nummer", severity: 'violation' }] },
  // Danish (CR)
  { text: "hvad er din mail? sender skitserne dertil", findings: [{ match: "hvad er din mail", severity: 'violation' }] },
  // Danish (CR)
  { text: "Giv mig dit telefonnummer så tager vi det derfra", findings: [{ match: "Giv mig dit telefonnummer", severity: 'violation' }] },
  // Danish (CR)
  { text: "send mig din e-mailadresse, vil sende kontrakten privat", findings: [{ match: "send mig din e-mailadresse", severity: 'violation' }] },
  // Danish (CR)
  { text: "efterlad dit nummer her saa ringer jeg", findings: [{ match: "efterlad dit nummer", severity: 'violation' }] },
  // Danish (CR)
  { text: "Hvilket nummer kan jeg fange dig på?", findings: [{ match: "Hvilket nummer kan jeg fange dig på", severity: 'violation' }] },
  // Danish (CR)
  { text: "Må jeg få dit mobilnummer?", findings: [{ match: "Må jeg få dit mobilnummer", severity: 'violation' }] },
  // Danish (CR)
  { text: "Har du Whatsapp? Send nummeret", findings: [{ match: "Har du Whatsapp", severity: 'violation' }] },
  // Finnish (CR)
  { text: "Voisitko laittaa puhelinnumerosi, niin soitan sinulle?", findings: [{ match: "Voisitko laittaa puhelinnumerosi", severity: 'violation' }] },
  // Finnish (CR)
  { text: "mikä sun sähköposti on? laitan tiedostot sinne", findings: [{ match: "mikä sun sähköposti", severity: 'violation' }] },
  // Finnish (CR)
  { text: "Anna numerosi niin hoidetaan tämä nopeasti", findings: [{ match: "Anna numerosi", severity: 'violation' }] },
  // Finnish (CR)
  { text: "laita sun numero tähän niin soitan", findings: [{ match: "laita sun numero", severity: 'violation' }] },
  // Finnish (CR)
  { text: "Onko sulla Whatsappia? Laita numero", findings: [{ match: "Onko sulla Whatsappia", severity: 'violation' }] },
  // Finnish (CR)
  { text: "Lähetä sähköpostiosoitteesi, lähetän sopimuksen suoraan", findings: [{ match: "Lähetä sähköpostiosoitteesi", severity: 'violation' }] },
  // Finnish (CR)
  { text: "Mistä numerosta saan sinut kiinni?", findings: [{ match: "Mistä numerosta saan sinut", severity: 'violation' }] },
  // Finnish (CR)
  { text: "Saisinko puhelinnumerosi?", findings: [{ match: "Saisinko puhelinnumerosi", severity: 'violation' }] },
  // Icelandic (CR)
  { text: "Geturðu sent mér símanúmerið þitt?", findings: [{ match: "Geturðu sent mér símanúmerið þitt", severity: 'violation' }] },
  // Icelandic (CR)
  { text: "hvert er netfangið þitt? sendi skjölin þangað", findings: [{ match: "hvert er netfangið þitt", severity: 'violation' }] },
  // Icelandic (CR)
  { text: "Gefðu mér númerið þitt og ég hringi", findings: [{ match: "Gefðu mér númerið þitt", severity: 'violation' }] },
  // Icelandic (CR)
  { text: "sendu mer numerid thitt", findings: [{ match: "sendu mer numerid thitt", severity: 'violation' }] },
  // Icelandic (CR)
  { text: "Ertu með WhatsApp? Sendu mér númerið", findings: [{ match: "Ertu með WhatsApp", severity: 'violation' }] },
  // Icelandic (CR)
  { text: "Má ég fá netfangið þitt?", findings: [{ match: "Má ég fá netfangið þitt", severity: 'violation' }] },
  // Swedish (CR)
  { text: "Hej! Vad är ditt nummer? Lättare att snacka på telefon", findings: [{ match: "Vad är ditt nummer", severity: 'violation' }] },
  // Swedish (CR)
  { text: "kan du messa mig din mejl sa skickar jag offerten", findings: [{ match: "messa mig din mejl", severity: 'violation' }] },
  // Norwegian (CR)
  { text: "Hva er nummeret ditt? Lettere å ringe", findings: [{ match: "Hva er nummeret ditt", severity: 'violation' }] },
  // Danish (CR)
  { text: "Hvad er dit nummer? Nemmere at ringe", findings: [{ match: "Hvad er dit nummer", severity: 'violation' }] },
  // Finnish (CR)
  { text: "Mikä sun numero on? Helpompi soittaa", findings: [{ match: "Mikä sun numero", severity: 'violation' }] },
  // Icelandic (CR)
  { text: "Hvert er símanúmerið þitt? Auðveldara að hringja", findings: [{ match: "Hvert er símanúmerið þitt", severity: 'violation' }] },
  // Finnish (CR)
  { text: "Moi! Voisitko antaa sähköpostiosoitteesi, lähetän tarjouksen sinne", findings: [{ match: "Voisitko antaa sähköpostiosoitteesi", severity: 'violation' }] },
  // Finnish (CR)
  { text: "Meidän toimisto hoitaa asiat puhelimitse, mikä on sinun puhelinnumero?", findings: [{ match: "mikä on sinun puhelinnumero", severity: 'violation' }] },
  // Icelandic (CR)
  { text: "Sendu mér netfangið þitt, ég sendi þér tilboðið", findings: [{ match: "Sendu mér netfangið þitt", severity: 'violation' }] },
);
valid.push(
  // Swedish (CR)
  "Jag delar inte mitt nummer här, vi håller oss till Upwork",
  // Swedish (CR)
  "Klienten frågade efter mitt nummer, men jag sa nej",
  // Swedish (CR)
  "Fältet för telefonnummer i formuläret ska vara valfritt",
  // Swedish (CR)
  "Skicka mig filerna här i chatten, tack",
  // Norwegian (CR)
  "Jeg deler ikke nummeret mitt her, vi holder oss til Upwork",
  // Norwegian (CR)
  "Kunden spurte etter nummeret mitt, men jeg sa nei",
  // Danish (CR)
  "Jeg deler ikke mit nummer her, vi holder os til Upwork",
  // Danish (CR)
  "Kunden spurgte efter mit nummer, men jeg sagde nej",
  // Finnish (CR)
  "En jaa numeroani täällä, pysytään Upworkissa",
  // Finnish (CR)
  "Asiakas kysyi numeroani, mutta sanoin ei",
  // Icelandic (CR)
  "Ég deili ekki númerinu mínu hér, við höldum okkur við Upwork",
  // Swedish (CR)
  "Kunden bad om mitt nummer, jag sa att vi pratar här",
  // Swedish (CR)
  "Skriv in ditt telefonnummer i formuläret på sidan, det ska valideras",
  // Norwegian (CR)
  "Kunden spurte om nummeret mitt, jeg sa at vi snakker her",
  // Danish (CR)
  "Kunden spurgte om mit nummer, jeg sagde at vi snakker her",
  // Finnish (CR)
  "Asiakas kysyi numeroani, sanoin että puhutaan täällä",
);

// Round twenty-seven (t47): Lithuanian, Latvian and Estonian as people chat (on phones, often without their diacritics); each
// violation missed before the round's words, each look-alike clean.
invalid.push(
  // Lithuanian (contact)
  { text: "Parasyk man savo telefono numeri", findings: [{ match: "Parasyk man savo telefono numeri", severity: 'violation' }] },
  // Lithuanian (contact)
  { text: "Koks tavo whatsapp numeris?", findings: [{ match: "Koks tavo whatsapp", severity: 'violation' }] },
  // Lithuanian (contact)
  { text: "Duok savo el. pasta, atsiusiu failus", findings: [{ match: "Duok savo el. pasta", severity: 'violation' }] },
  // Lithuanian (contact)
  { text: "Gal galite duoti savo numeri? paskambinsiu", findings: [{ match: "Gal galite duoti savo numeri", severity: 'violation' }] },
  // Lithuanian (contact)
  { text: "Atsiusk savo telegram, ten pasikalbesim", findings: [{ match: "Atsiusk savo telegram", severity: 'violation' }] },
  // Lithuanian (contact)
  { text: "Koks jusu el pastas?", findings: [{ match: "Koks jusu el pastas", severity: 'violation' }] },
  // Lithuanian (contact)
  { text: "Galėtumėte atsiųsti savo telefono numerį?", findings: [{ match: "Galėtumėte atsiųsti savo telefono numerį", severity: 'violation' }] },
  // Lithuanian (contact)
  { text: "Palik savo kontaktus, susisieksiu", findings: [{ match: "Palik savo kontaktus", severity: 'violation' }] },
  // Lithuanian (contact)
  { text: "Mesk savo instagrama, parasysiu", findings: [{ match: "Mesk savo instagrama", severity: 'violation' }] },
  // Lithuanian (contact)
  { text: "Kokiu numeriu galiu jums paskambinti?", findings: [{ match: "Kokiu numeriu", severity: 'violation' }] },
  // Latvian (contact)
  { text: "Atsuti man savu telefona numuru", findings: [{ match: "Atsuti man savu telefona numuru", severity: 'violation' }] },
  // Latvian (contact)
  { text: "Kads ir tavs whatsapp?", findings: [{ match: "Kads ir tavs whatsapp", severity: 'violation' }] },
  // Latvian (contact)
  { text: "Iedod savu e-pastu, nosutisu failus", findings: [{ match: "Iedod savu e-pastu", severity: 'violation' }] },
  // Latvian (contact)
  { text: "Vai vari iedot savu numuru? piezvanisu", findings: [{ match: "Vai vari iedot savu numuru", severity: 'violation' }] },
  // Latvian (contact)
  { text: "Uzraksti man savu telegram", findings: [{ match: "Uzraksti man savu telegram", severity: 'violation' }] },
  // Latvian (contact)
  { text: "Kāds ir jūsu e-pasts?", findings: [{ match: "Kāds ir jūsu e-pasts", severity: 'violation' }] },
  // Estonian (contact)
  { text: "Saada mulle oma telefoninumber", findings: [{ match: "Saada mulle oma telefoninumber", severity: 'violation' }] },
  // Estonian (contact)
  { text: "Mis on sinu whatsapp?", findings: [{ match: "Mis on sinu whatsapp", severity: 'violation' }] },
  // Estonian (contact)
  { text: "Anna mulle oma meil, saadan failid", findings: [{ match: "Anna mulle oma meil", severity: 'violation' }] },
  // Estonian (contact)
  { text: "Kas saaksid mulle anda oma numbri? helistan", findings: [{ match: "Kas saaksid mulle anda oma numbri", severity: 'violation' }] },
  // Estonian (contact)
  { text: "Kirjuta mulle oma telegram", findings: [{ match: "Kirjuta mulle oma telegram", severity: 'violation' }] },
  // Estonian (contact)
  { text: "Mis on teie e-post?", findings: [{ match: "Mis on teie e-post", severity: 'violation' }] },
  // Estonian (off)
  { text: "Kirjuta mulle whatsappi, seal vastan kiiremini", findings: [{ match: "Kirjuta mulle whatsappi", severity: 'violation' }] },
);
valid.push(
  // Lithuanian
  "Klientas paprase mano numerio, bet as atsisakiau",
  // Lithuanian
  "Telefono numerio laukas formoje turi buti privalomas",
  // Estonian
  "Klient kusis minu numbrit, aga ma keeldusin",
);


// Round twenty-seven (t47): Czech and Bulgarian deepened with a second writer's phrasings (Czech without háčky, Bulgarian in
// Cyrillic and Latin letters); each violation missed before, each look-alike clean.
invalid.push(
  // Czech (contact)
  { text: "Jaky je vas mail? poslu vam podklady", findings: [{ match: "Jaky je vas mail", severity: 'violation' }] },
  // Czech (contact)
  { text: "Hodte mi sem svoje telefonni cislo", findings: [{ match: "Hodte mi sem svoje telefonni cislo", severity: 'violation' }] },
  // Bulgarian (contact)
  { text: "Дай ми си номера във вайбър", findings: [{ match: "Дай ми си номера", severity: 'violation' }] },
  // Bulgarian (contact)
  { text: "Какъв ти е имейлът? ще ти пратя файловете", findings: [{ match: "Какъв ти е имейлът", severity: 'violation' }] },
  // Bulgarian (contact)
  { text: "Kakyv ti e telefona?", findings: [{ match: "Kakyv ti e telefona", severity: 'violation' }] },
);
valid.push(
  // Czech
  "Klient chtel muj telefon, odmitl jsem",
);


// Round thirty (the issue's languages): clean look-alikes of training batch 159 (a refusal, an ask told back, Upwork's own call,
// a payment integration, a form's fields, a bug called stupid), in German, Tagalog, Hindi and Urdu in Latin letters, Russian,
// Ukrainian, French, Turkish, Indonesian, Arabic and Arabizi, Spanish and Portuguese.
valid.push(
  "Der Kunde wollte meine Telefonnummer, ich habe abgelehnt, wir bleiben hier auf Upwork.",
  "Hiningi ng client yung number ko pero tumanggi ako, bawal po kasi dito",
  "client ne number maanga tha lekin maine mana kar diya, Upwork ke rules ke khilaf hai",
  "Клиент просил мой телеграм, я отказал, общаемся только здесь",
  "Клієнт просив мій номер, але я відмовила, спілкуємося тут",
  "Le client m'a demandé mon numéro, j'ai refusé, on reste sur Upwork",
  "Musteri numaramı istedi ama vermedim, Upwork disinda konusmak yasak",
  "Klien minta nomor WA saya, saya tolak karena dilarang di Upwork",
  "العميل طلب رقمي ورفضت، التواصل هنا فقط",
  "el client talab raqami bas rafadt, el tawasol hena bas",
  "El cliente me pidió el número y le dije que no, seguimos por aquí",
  "O cliente pediu meu número e eu recusei, seguimos por aqui",
);

// Round thirty: violations in the same languages first caught by the round's words (batch 159 and earlier training batches' misses).
invalid.push(
  { text: "pakisend naman po ng FB account nyo para ma-add ko kayo", findings: [{ match: "pakisend naman po ng FB", severity: 'violation' }] },
  { text: "eb3atli raqam mobilak 3ashan nkalem ba3d", context: {role: 'client'}, findings: [{ match: "eb3atli raqam", severity: 'violation' }] },
  { text: "Frage: Welche Fragen haben Sie zum Projekt?\nAntwort: Wie lautet Ihre Telefonnummer? Ich würde Sie gern kurz anrufen, bevor ich ein Angebot schreibe.", findings: [{ match: "Wie lautet Ihre Telefonnummer", severity: 'violation' }] },
  { text: "Me passa seu discord ou WhatsApp gostaria de uns ajuda sua até pago por isso.", context: {role: 'client'}, findings: [{ match: "Me passa seu discord", severity: 'violation' }] },
  { text: "me manda seu dc que eu te adiciono", findings: [{ match: "me manda seu dc", severity: 'violation' }] },
  { text: "Hola Don Andrés, vi que publicó el nuevo proyecto del video de la cosecha. Antes de armar la cotización, ¿me regala un número para mandarle unas notas de voz con ideas? Así es más ágil que escribir todo por aquí.", findings: [{ match: "me regala un número", severity: 'violation' }] },
);
runRuleTests('contact-request', withFixedGaps({ valid, invalid }, fixedGaps));
