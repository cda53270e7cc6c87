import { withFixedGaps, EXCEPTION, runRuleTests, type InvalidCase, type KnownGap, type ValidCase } from './tester';
import { OUTSIDE_REFUSED_CLEAN } from './look-alikes';

const valid: (string | ValidCase)[] = [
  // The same words about the work, or refused (7 December 2026).
  "We'll crack on with the email templates tomorrow.",
  "I'd rather not crack on over email, let's keep it on Upwork.",
  'The back and forth over email with my last client was painful, so let us keep it here.',
  // Round 24: an app's users talking to the business as a feature of the product, the talk verb theirs.
  'You need customers of your salon app to book appointments and also be able to chat with the salon on WhatsApp with one tap.',
  'Patients should be able to message the clinic on WhatsApp from the booking screen.',
  'Devotees of the temple app will be able to reach the trust office on WhatsApp.',
  // Round 24: the writer's work history away from the site, before or after "outside/off Upwork".
  'Off Upwork I have 5 years of transcription experience: two years at a court reporting firm and three years freelancing.',
  'Outside Upwork, I have worked 6 years as an accountant for two firms.',
  "Outside of Upwork I've built 30 Shopify stores for local brands.",
  'My experience outside Upwork is mostly in court reporting.',
  // Round 24: a move to KakaoTalk told back and answered in Korean: the rule stated ("...하면 안 된다고 해요"), "let us talk here".
  { text: '카톡으로 옮기자고 하셨는데, 계약 전에는 업워크 밖에서 연락하면 안 된다고 해요. 여기서 얘기해요~', context: { role: 'client' } },
  '카톡으로 옮기자고 하셨는데, 여기서 얘기해요.',
  '카톡으로 옮기자고 하셨는데, 업워크 밖에서 연락하면 안 된답니다.',
  // A warning in Portuguese: the legal implications named.
  'Negociar pelo Telegram tem implicações legais e você perde o histórico do projeto.',
  // The cost of going off the platform spelled out, as help pages and forum answers do.
  "If you move to Telegram, you lose access to Upwork's dispute help.",
  'You are going to face the consequences for working outside the platform.',
  'Sharing your number outside the platform might seem easy, but it opens up privacy risks.',
  'Mag-continue ako sa revisions mamaya, salamat.',
  // An object made for a phone, not a call: a holder, a case, in Polish and Czech.
  'Kupiłem etui na telefon i ładowarkę, zdjęcia produktowe wyślę jutro.',
  'Potřebuji 3D model držáku na telefon do auta.',
  // Polish and Turkish look-alikes: a refusal told, a speech reported, past ratings, product work, "pisz" and "ezik" as ordinary words.
  "Aplikacja ma wysyłać powiadomienia na Messengera po każdym zamówieniu.",
  "Klient poprosił mnie o przejście na WhatsAppa, odmówiłem i zostajemy tutaj.",
  "Müşteri Telegram'dan yazalım dedi, reddettim; her şey Upwork üzerinden.",
  // Others' habits told ("our drivers text me"), and a channel kept for after the contract starts, named in the sentence before.
  'Our drivers text me photos from the road all day, so the order form has to be quick.',
  'Customers usually call us about late parcels, the FAQ page should answer that first.',
  'We stay on Upwork until the contract starts. After that, a shared Slack channel is fine.',
  // "email" as a noun with its relative clause, a reply told about, Dutch "en" (and), Portuguese "me enviaram" (they sent me).
  'Tell me the work email you use for Google Ads and I will grant you read-only there.',
  'Paste the billing email you registered with into the form, it must match the invoice.',
  'My reply to his email was polite, then I never heard back.',
  'Ik heb mijn naam en e-mail ingevuld in het formulier, zoals gevraagd.',
  'Me enviaram um grupo no WhatsApp com centenas de pessoas, era golpe.',
  // A visit or a comparison that is the work, or after the contract.
  "The new dashboard is easier than this typing interface we had before.",
  "We'll talk it over in person at the kickoff once the contract starts.",
  "De klant komt langs in de app als hij inlogt, dat scherm moet sneller laden.",
  "Pasé por la oficina de correos para enviar las muestras del proyecto.",
  // Other people's moves, reported by the writer.
  'Several connections opted to switch communication channels to WhatsApp, and when they started talking about paying directly, I stopped replying.',
  // Handling an app that is missing on the device: the app is the work.
  'Show a friendly error message if Telegram is not installed on the device.',
  'The deep link fails whether Skype is installed or not, same error message on iOS.',
  // Other people's requests reported, this chat named as the place, time outside work, a site's widget being built.
  "Two of the other applicants asked me to move to Telegram; I said no, we stay here.",
  "I saw your message asking me to continue on WhatsApp. Let's keep it here.",
  "Please call me on the Upwork app when you see this.",
  "Let's talk outside of working hours if that suits you better.",
  "Our website has a live chat widget that needs a new color.",
  "My portfolio's contact page is broken on mobile, can you fix it?",
  "I'm on the fence about the color scheme.",
  "Un altro freelancer voleva passare su WhatsApp, ho detto di no.",
  // Preferences that are product work or someone else's.
  'We use WhatsApp instead of SMS for order alerts in the app.',
  'Users prefer WhatsApp over SMS, so the bot should use it.',
  'Some clients just prefer phone calls; I keep mine on Upwork.',
  // "Elsewhere" for a thing's place, not the conversation's.
  'The config file is located elsewhere; I will send you the path here.',
  'The documentation is somewhere else, on the project wiki.',
  'I looked for the bug anywhere else it could hide and found nothing.',
  'I built a WhatsApp chatbot for a dental clinic.',
  "Let's keep talking here on Upwork.",
  'Once the contract starts we can talk on Slack.',
  'We can schedule an Upwork call for tomorrow.',
  "I'll send the email campaign copy tomorrow.",
  'I will never ask you to move off Upwork.',
  'Please review the phone app mockups.',
  'The email template needs a new footer.',
  'Add a click-to-call button to the header.',
  "Let's discuss the requirements in this chat.",
  'I can join a Zoom call through Upwork Messages.',
  'The SMS verification flow needs a retry limit.',
  { text: "Let's continue on WhatsApp.", context: { client: 'enterprise' } },
  { text: "Let's continue on WhatsApp.", context: { contract: 'active' } },
  // Reported, not asked: the writer tells what someone else wanted.,
  "I'm new here and my first client wanted me to set up an interview through Skype. Is that normal?",
  'Then he asked me for a WhatsApp number so he can text me if something is urgent.',
  // Rules talk in other languages, someone else's request reported, an email of a sequence, the app's own support.
  'Nada pode ser tratado por fora, o site pune os infratores dessa regra.',
  'Está prohibido seguir la conversación por WhatsApp antes del contrato.',
  'Мошенник представляет себя клиентом и просит перейти в мессенджер.',
  'Quer que eu teste outro assunto no e-mail 2?',
  'This is not Telegram support. Contact Telegram support for your issue.',
  "I wrote 'available on WhatsApp-level speed', meaning I reply fast here.",
  'There is a warning if you mention connecting off Upwork. Is that allowed?',
  'This was not through Upwork, it was a friend years ago.',
  // Look-alikes: a voice assistant, a search tip, a bot, an Upwork message, a meeting in the past.
  'Голосовой помощник для клиники: распознавание голосом и запись.',
  'Google "react query cache" and the first result explains the problem well.',
  'The Telegram bot will be ok once the webhook is fixed.',
  'Did you see my message about the milestone?',
  'Please check the Telegram bot logs for errors.',
  "Let's meet the deadline before the contract starts.",
  'this page is slow on mobile, can you fix it?',
  'Maine Instagram accounts manage kiye hain, reels aur ads bhi.',
  'We met for coffee last year at a conference in Lahore.',
  'Podemos falar pelo zap depois? Melhor não, seguimos aqui na plataforma mesmo.',
  'You cannot put anything that a client could use to contact you directly, bypassing Upwork.',
  // Warnings about scams and rules of thumb: the tactics are described, nobody proposes them.
  'Red flag: anyone who asks you to interview only over Telegram is a fake client.',
  'Fake recruiters usually want you to continue the chat on WhatsApp.',
  'Scammers prey on newcomers and want you to talk off Upwork.',
  'Golden rule for beginners: no Skype, no WhatsApp, no emails in proposals.',
  'No Skype, no WhatsApp: I keep every conversation here on Upwork.',
  // Upwork's own app, a channel as a product, a move deferred until the contract runs.
  'Instead of the Upwork app, try the desktop site.',
  "Let's move this to email marketing next quarter.",
  'Once the contract is running we can switch to Slack.',
  // Advice to turn a request down.
  'If the client insists on Zoom outside Upwork, politely say no and keep it here.',
  // A complaint about Upwork's calls with no other channel offered; a channel best for reaching customers; here as the best way.
  'Sorry, Upwork calls drop a lot on my side, can you repeat the last point here in the chat?',
  'Email is the best way to reach our customers, so the welcome sequence matters most.',
  'The best way to reach me is right here on Upwork.',
  "Tell me where you prefer the logo and I'll move it there.",
  "I'd rather not do the call today, let's reschedule here for Friday.",
  'Green wali app icon ka colour thoda dark karo.',
  'I moved from Fiverr to Upwork last year and kept my five-star record.',
  'We could use Fiverr for the logo contest, but Upwork is better for this build.',
  // FaceTime as a product feature, a better app as the product, a redesign here, a communication plan, a meeting in the Upwork call.
  'The FaceTime integration lets users call me from the app.',
  'A better app than this one would cache the images offline.',
  "Rather than redesigning here, let's keep the old header for now.",
  'We will make the communication plan for the launch by Friday.',
  "Meet me at the 3pm standup in the Upwork call and we'll go through it.",
  // Dutch/Flemish, Romanian, Malay/Manglish and Korean look-alikes: a site's own details, talk kept on Upwork, a word quoted.
  "We bouwen een WhatsApp-knop op de site voor klanten.",
  "Putem discuta aici pe Upwork, e în regulă.",
  "Kita sembang dalam Upwork je ya.",
  "업워크 메시지로 계속 얘기해요.",
  // Dutch/Flemish, Romanian, Malay/Manglish and Korean look-alikes: a site's own details, talk kept on Upwork, a word quoted.
  "Pentru lead-uri, ce merge mai bine: pe email sau pe telefon?",
  "Vreau un buton de Telegram pe site pentru comenzi.",
  "Pelanggan lebih suka order via emel ke WhatsApp?",
  "Nu găsesc butonul de apel video pe telefon, e direct din Upwork?",
  // Chinese and Vietnamese look-alikes: apps and rails built as work, bench testing, a request refused or reported, star-rating features.
  '我做过微信小程序和企业微信API的对接',
  '线下测试做完了，我把波形截图发在这里',
  '有人叫我加微信聊，我拒绝了，还是在Upwork这边聊',
  'Em đã tích hợp Zalo OA cho shop, demo có trong portfolio.',
  'Mình không trao đổi qua Zalo đâu, cứ nhắn trong Upwork là được.',
  '视频会议就用Upwork自带的功能，明天下午三点可以吗？',
  // Round 126: someone else's ask told, then turned down, in Portuguese, Tagalog, Arabic in Latin letters and Indonesian.
  'Um cliente antigo pediu-nos para passar a conversa para o WhatsApp. Recusamos, aqui tudo corre pela plataforma.',
  'May nagsabi sa akin na lumipat daw kami sa Viber para mas mabilis. Hindi ko pinansin, dito lang tayo.',
  'Wa7ad client 6alab minni ne7ki 3al whatsapp, rafadt. Kol shi hon.',
  'Ada pelamar yang minta lanjut chat di luar Upwork, tapi kami tetap di sini.',
  // Round 126: how the business's customers, orders or bookings come in today, told in French, Indonesian and Portuguese.
  'Au cabinet, les réservations se font par téléphone et on veut un module en ligne.',
  'Pelanggan bisa telepon langsung ke nomor toko, itu fitur utamanya.',
  'Os pedidos chegam por WhatsApp e e-mail hoje, queremos tudo num painel.',
];

const invalid: InvalidCase[] = [
  // Getting on with it somewhere else (7 December 2026).
  { text: "Tell you what, let's crack on over email instead. I've got a hundred Upwork tabs open.", findings: [{ match: 'email', severity: 'violation' }] },
  { text: "Let's hash it out on FaceTime tonight, quicker than typing.", findings: [{ match: 'FaceTime', severity: 'violation' }] },
  // Round 126, next to those: the writer's own move in the same languages.
  { text: 'Podemos continuar no Telegram? Lá é mais fácil trocar ficheiros.', findings: [{ match: 'no Telegram', severity: 'violation' }] },
  { text: 'Sir lipat na lang tayo sa Viber para mas mabilis ang usapan.', findings: [{ match: 'sa Viber', severity: 'violation' }] },
  { text: 'Ta3al ne7ki 3al whatsapp, asra3 min hon.', findings: [{ match: 'ne7ki 3al whatsapp', severity: 'violation' }] },
  { text: 'Kita lanjut chat di luar Upwork saja ya pak, lebih cepat.', findings: [{ match: 'lanjut chat di luar Upwork', severity: 'violation' }] },
  // Round 126, next to the customers' channels: the writer turning to the reader in the next clause.
  { text: 'Die Anfragen kommen per Fax, aber schreiben Sie mir lieber per E-Mail.', findings: [{ match: 'per E-Mail', severity: 'violation' }] },
  { text: 'Las reservas llegan por teléfono; mejor hablemos por WhatsApp tú y yo.', findings: [{ match: 'por WhatsApp', severity: 'violation' }] },
  { text: "D'habitude je parle avec mes clients par WhatsApp, c'est plus rapide.", findings: [{ match: 'par WhatsApp', severity: 'violation' }] },
  { text: 'Ich bespreche Termine mit Kunden lieber per Telefon, passt das?', findings: [{ match: 'per Telefon', severity: 'violation' }] },
  // Round 24, next to those: the writer named after the audience's verb, or the reader invited in the same sentence.
  { text: "Customers of your shop are important, so let's chat on WhatsApp.", findings: [{ match: 'WhatsApp', severity: 'violation' }] },
  // Round 24, next to those: clients or a channel found there, and the move asked after the record.
  { text: "Off Upwork I have clients who pay me directly, so let's do the same.", findings: [{ match: 'Off Upwork', severity: 'violation' }] },
  { text: 'Outside Upwork, I have WhatsApp, add me.', findings: [{ match: 'Outside Upwork', severity: 'violation' }] },
  { text: "Off Upwork I worked with clients directly, so let's continue off Upwork.", findings: [{ match: 'off Upwork', severity: 'violation' }] },
  // Round 24, next to those: the move proposed outright.
  { text: '업워크 밖에서 얘기해요. 카톡으로 옮겨요.', findings: [{ match: '업워크 밖에서 얘기', severity: 'violation' }, { match: '카톡으로 옮겨', severity: 'violation' }] },
  // Round 21b, next to the refusals told back: the ask accepted, no scam named, the writer's own request.
  {
    text: 'you ask me to chat on telegram? sure, add me there',
    findings: [{ match: 'chat on telegram', severity: 'violation' }, { match: 'add me there', severity: 'violation' }],
  },
  { text: 'Vamos conversar pelo WhatsApp, é mais rápido.', findings: [{ match: 'pelo WhatsApp', severity: 'violation' }] },
  // Next to them, the move proposed with a word of the same look.
  { text: 'Move to WhatsApp with me, it might seem strange but it is faster.', findings: [{ match: 'Move to WhatsApp', severity: 'violation' }] },
  { text: 'If you move to Telegram with me, we save the fee.', findings: [{ match: 'move to Telegram', severity: 'violation' }] },
  // Taglish "mag-continue" to another app (the talk going on elsewhere), next to "mag-continue" on the work.
  { text: 'Pwede ba tayo mag-continue sa Facebook? Mas mabilis doon.', findings: [{ match: 'mag-continue sa Facebook', severity: 'violation' }] },
  // Next to them, the reader asked to call: still a move to the phone.
  { text: 'Zadzwoń do mnie na telefon, pogadamy.', findings: [{ match: 'na telefon', severity: 'violation' }] },
  { text: 'Ozvěte se mi na telefon, domluvíme se.', findings: [{ match: 'na telefon', severity: 'violation' }] },
  // Polish and Turkish (round 10): channels with case endings, asks, payment words, review holds, insults and threats, accounts lent.
  { text: "Pogadajmy dalej na Messengerze, tam szybciej odpisuję.", findings: [{ match: "Pogadajmy dalej na Messengerze", severity: 'violation' }] },
  { text: "Zgadajmy się na whatsappie, wyślę ci tam szkice.", findings: [{ match: "Zgadajmy się na whatsappie", severity: 'violation' }] },
  { text: "Daha rahat olur, Telegram'dan yazışalım mı?", findings: [{ match: "Telegram'dan yazışalım", severity: 'violation' }] },
  { text: "Vatsaptan devam edelim hocam, burası karışık.", findings: [{ match: "Vatsaptan devam edelim", severity: 'violation' }] },
  { text: "Upwork to tylko przykrywka, zlecenia dajemy przez nasz portal.", findings: [{ match: "Upwork to tylko przykrywka", severity: 'violation' }] },
  { text: 'Text me, the guys say you are quick.', findings: [{ match: 'Text me', severity: 'violation' }] },
  { text: 'We stay on Upwork for now. After that, a shared Slack channel is fine, add me there.', findings: [{ match: 'Slack channel is fine, add', severity: 'violation' }] },
  { text: 'Just send the details and I will email you tomorrow.', findings: [{ match: 'email you', severity: 'violation' }] },
  { text: 'Hablamos en WhatsApp mejor, aquí tarda mucho.', findings: [{ match: 'en WhatsApp', severity: 'violation' }] },
  { text: 'Me manda uma mensagem no WhatsApp, é mais rápido.', findings: [{ match: 'no WhatsApp', severity: 'violation' }] },
  // Come by to talk instead of typing here, in five languages.
  { text: "Honestly, swing by the shop tomorrow, it'll be easier than all this messaging.", findings: [{ match: "easier than all this messaging", severity: 'violation' }] },
  { text: "Pásese por nuestra tienda el jueves y lo hablamos en persona.", findings: [{ match: "Pásese por nuestra tienda", severity: 'violation' }] },
  { text: "Kom morgen even langs bij ons op kantoor, dan is het zo geregeld.", findings: [{ match: "Kom morgen even langs bij", severity: 'violation' }] },
  { text: "Treceți joi pe la sediu și discutăm față în față.", findings: [{ match: "Treceți joi pe la sediu", severity: 'violation' }] },
  { text: "내일 사무실로 한번 오세요, 만나서 얘기해요", findings: [{ match: "사무실로 한번 오세요", severity: 'violation' }] },
  { text: "After the first call let's continue outside, it's smoother.", findings: [{ match: 'continue outside', severity: 'violation' }] },
  { text: "I'll reach out to you on the app everyone uses.", findings: [{ match: 'reach out to you on the app everyone uses', severity: 'violation' }] },
  { text: 'Happy to chat wherever you like, just not here.', findings: [{ match: 'wherever you like', severity: 'violation' }] },
  // Elsewhere without a name: a more direct line, outside, somewhere quicker, the app everyone uses, our internal chat, "are you on".
  { text: "I'd prefer a more direct line once we agree on the scope.", findings: [{ match: "a more direct line", severity: 'violation' }] },
  { text: "Let's take the conversation outside, this chat lags.", findings: [{ match: "take the conversation outside", severity: 'violation' }] },
  { text: "Could we move somewhere quicker to talk?", findings: [{ match: "somewhere quicker", severity: 'violation' }] },
  { text: "Are you on Threema?", findings: [{ match: "Are you on Threema", severity: 'violation' }] },
  { text: "I'm on Zalo most of the day.", findings: [{ match: "I'm on Zalo", severity: 'violation' }] },
  { text: "I'll invite you to our internal chat after you reply.", findings: [{ match: "invite you to our internal chat", severity: 'violation' }] },
  { text: "Let me know where I can reach you besides this.", findings: [{ match: "Let me know where I can reach", severity: 'violation' }] },
  { text: "Ping me on the app everyone uses.", findings: [{ match: "Ping me on the app everyone uses", severity: 'violation' }] },
  { text: "Let's keep Upwork out of the loop for now.", findings: [{ match: "keep Upwork out of the loop", severity: 'violation' }] },
  { text: "We can talk where the moderators can't see.", findings: [{ match: "where the moderators", severity: 'violation' }] },
  { text: "Scriviamoci altrove, qui è lento.", findings: [{ match: "altrove", severity: 'violation' }] },
  { text: "Napisz do mnie gdzie indziej.", findings: [{ match: "gdzie indziej", severity: 'violation' }] },
  { text: "Wenn du magst, machen wir privat weiter.", findings: [{ match: "machen wir privat weiter", severity: 'violation' }] },
  // A channel preferred to this one: "use WhatsApp instead", "I'd rather use email".
  { text: "Let's just use WhatsApp instead.", findings: [{ match: 'use WhatsApp instead', severity: 'violation' }] },
  { text: "I'd rather use email, if that's OK.", findings: [{ match: "I'd rather use email", severity: 'violation' }] },
  { text: 'Do you prefer Telegram?', findings: [{ match: 'you prefer Telegram', severity: 'violation' }] },
  { text: 'Can we continue this elsewhere?', findings: [{ match: 'elsewhere', severity: 'violation' }] },
  { text: 'Is there anywhere else I can reach you?', findings: [{ match: 'anywhere else', severity: 'violation' }] },
  { text: "Why don't we talk on Telegram?", findings: [{ match: 'talk on Telegram', severity: 'violation' }] },
  { text: "Let's continue on WhatsApp, it's faster.", findings: [{ match: 'continue on WhatsApp', severity: 'violation', exception: false }] },
  { text: "Just text me when you're free.", findings: [{ match: 'text me', severity: 'violation' }] },
  { text: 'Can we talk outside Upwork?', findings: [{ match: 'outside Upwork', severity: 'violation' }] },
  { text: 'Add me on Telegram so we can chat.', findings: [{ match: 'Telegram', severity: 'violation' }] },
  { text: 'email me', findings: [{ match: 'email me', severity: 'violation' }] },
  { text: "Let's move this conversation to Skype.", findings: [{ match: 'move this conversation to Skype', severity: 'violation' }] },
  { text: "Let's take this offline.", findings: [{ match: 'take this offline', severity: 'violation' }] },
  { text: 'Can we chat directly?', findings: [{ match: 'chat directly', severity: 'violation' }] },
  { text: "Let's move to the green app.", findings: [{ match: 'the green app', severity: 'violation' }] },
  // Spaced, look-alike and full-width app names.
  { text: "Let's continue on w h a t s a p p", findings: [{ match: 'continue on w h a t s a p p', severity: 'violation' }] },
  { text: "L\u0435t's ch\u0430t on T\u0435l\u0435gr\u0430m", findings: [{ match: 'ch\u0430t on T\u0435l\u0435gr\u0430m', severity: 'violation' }] },
  { text: "Let's continue on ＷｈａｔｓＡｐｐ.", findings: [{ match: 'continue on ＷｈａｔｓＡｐｐ', severity: 'violation' }] },
  { text: "Let's continue on What\u200BsApp.", findings: [{ match: 'continue on What\u200BsApp', severity: 'violation' }] },
  { text: "Let's continue on wh@tsapp", findings: [{ match: 'continue on wh@tsapp', severity: 'violation' }] },
  // Astral characters before the match.
  { text: "🙏🙏 Let's continue on WhatsApp.", findings: [{ match: 'continue on WhatsApp', severity: 'violation' }] },
  // Two in one text; a match at the very start.
  {
    text: "Upwork chat is so slow, let's talk elsewhere.",
    findings: [
      { match: 'Upwork chat is so slow', severity: 'violation' },
      { match: 'elsewhere', severity: 'violation' },
    ],
  },
  {
    text: 'Text me tonight. Or just WhatsApp me.',
    findings: [
      { match: 'Text me', severity: 'violation' },
      { match: 'WhatsApp me', severity: 'violation' },
    ],
  },
  // Exceptions.
  { text: "Let's continue on WhatsApp.", context: { client: 'enterprise' }, findings: [{ match: 'continue on WhatsApp', severity: 'info', exception: EXCEPTION.enterprise }] },
  { text: "Let's continue on WhatsApp.", context: { contract: 'active' }, findings: [{ match: 'continue on WhatsApp', severity: 'info', exception: EXCEPTION.contract }] },
  // The same words, proposing.
  { text: 'Vamos tratar por fora, me chama no zap.', findings: [{ match: 'no zap', severity: 'violation' }] },
  { text: 'Давай перейдём в мессенджер, тут неудобно.', findings: [{ match: 'Давай перейдём в мессенджер', severity: 'violation' }] },
  { text: 'Te mando tudo no e-mail, fica mais fácil.', findings: [{ match: 'no e-mail', severity: 'violation' }] },
  { text: 'Contact me on Telegram for the details.', findings: [{ match: 'Telegram', severity: 'violation' }] },
  // Moving the talk, in the corpus's languages and in new English shapes (batches 11-13): voice, 'bara hena',
  // 'the app that starts with Z', 'check telegram', 'Telegram will be ok', a call-me in other languages, 'google my name'.
  { text: 'Давай краще голосом, коли тобі зручно?', findings: [{ match: 'Давай краще голосом', severity: 'violation' }] },
  { text: 'Давай лучше голосом созвонимся вечером.', findings: [{ match: 'Давай лучше голосом', severity: 'violation' }] },
  { text: 'Тут у чаті незручно, давайте краще там, де можна нормально голосові надсилати.', findings: [{ match: 'давайте краще там, де можна нормально голосові', severity: 'violation' }] },
  { text: 'ya basha netkalem bara hena a7san', findings: [{ match: 'netkalem bara hena', severity: 'violation' }] },
  { text: 'هل يمكننا التحدث عبر الهاتف لمناقشة المشروع؟', findings: [{ match: 'التحدث عبر الهاتف', severity: 'violation' }] },
  { text: 'Si está interesado comuníquese con WhatsApp', findings: [{ match: 'comuníquese con WhatsApp', severity: 'violation' }] },
  { text: 'Wir würden das Kick-off gern außerhalb von Upwork machen – schreiben Sie uns einfach über das Kontaktformular.', findings: [{ match: 'außerhalb von Upwork machen – schreiben Sie uns', severity: 'violation' }] },
  { text: 'kak kita sambung di aplikasi sebelah aja ya', findings: [{ match: 'sambung di aplikasi sebelah', severity: 'violation' }] },
  { text: 'Is it okay for you to have a call in [the external platform]?', findings: [{ match: 'have a call in [the external platform', severity: 'violation' }] },
  { text: 'Could we have a call on the video app that starts with Z?', findings: [{ match: 'have a call on the video app that starts with Z', severity: 'violation' }] },
  { text: "let's jump on a quick video call on the meeting app that starts with Z, I'll send a link", findings: [{ match: 'jump on a quick video call on the meeting app that starts with Z', severity: 'violation' }] },
  { text: 'Hello Jeremy. Please check telegram', findings: [{ match: 'check telegram', severity: 'violation' }] },
  { text: 'Did you see my e-mail? We are willing to pay a lot.', findings: [{ match: 'Did you see my e-mail', severity: 'violation' }] },
  { text: 'Telegram will be ok', findings: [{ match: 'Telegram will be ok', severity: 'violation' }] },
  { text: 'WhatsApp is fine for me', findings: [{ match: 'WhatsApp is fine', severity: 'violation' }] },
  { text: 'You want to send me the files on the email?', findings: [{ match: 'send me the files on the email', severity: 'violation' }] },
  { text: 'I would like to discuss more on an online meeting or phone.', findings: [{ match: 'phone', severity: 'violation' }] },
  { text: 'no need to reply here lol just give me a ring whenever', findings: [{ match: 'no need to reply here', severity: 'violation' }] },
  { text: "let's move this convo somewhere we can talk freely", findings: [{ match: 'move this convo somewhere', severity: 'violation' }] },
  { text: "let's take this to a real chat, this ui is painful.", findings: [{ match: 'this ui is painful', severity: 'violation' }] },
  { text: 'Interview ke liye mera apna Zoom link use kr lein? abhi bhej deta hun', findings: [{ match: 'mera apna Zoom link', severity: 'violation' }] },
  { text: 'ek dafa bahar mil letay hain, coffee pe', findings: [{ match: 'bahar mil letay hain', severity: 'violation' }] },
  { text: "Let's meet for coffee before the contract starts.", findings: [{ match: "Let's meet for coffee", severity: 'violation' }] },
  { text: 'Rufen Sie mich in der Praxis an.', findings: [{ match: 'Rufen Sie mich in der Praxis an', severity: 'violation' }] },
  { text: 'llámame cuando puedas', findings: [{ match: 'llámame', severity: 'violation' }] },
  { text: 'WA aja kak biar cepet', findings: [{ match: 'WA aja', severity: 'violation' }] },
  { text: 'Happy to get you on WhatsApp with our CTO.', findings: [{ match: 'WhatsApp', severity: 'violation' }] },
  { text: "Could you book a slot on my calendar page? It's the first result if you google my name.", findings: [
    // Round nineteen: the calendar booking is read on its own too.
    { match: 'book a slot on my calendar', severity: 'violation' }, { match: 'first result if you google', severity: 'violation' }] },
  { text: 'Just Google "Anna Kowalski web designer Krakow", my number is on the first result.', findings: [{ match: 'Google "Anna Kowalski web designer Krakow", my number is on the first result', severity: 'violation' }] },
  { text: "I can share test builds through TestFlight as we go. Let's discuss the rest directly on Telegram.", findings: [{ match: 'discuss the rest directly on Telegram', severity: 'violation' }] },
  // "Aqui na plataforma" followed by a complaint is the reason to leave, not a promise to stay.
  { text: 'Bora conversar pelo Zap? Aqui na plataforma demora demais.', findings: [{ match: 'pelo Zap', severity: 'violation' }] },
  // Portuguese 'no' (on) is not an English ban; a scam given as the writer's own reason is no warning.
  { text: 'Falamos no WhatsApp, fica mais fácil.', findings: [{ match: 'no WhatsApp', severity: 'violation' }] },
  { text: 'After the scam I only talk on Telegram now.', findings: [{ match: 'talk on Telegram', severity: 'violation' }] },
  // A call tool chosen over Upwork's own calls; 'there' for the app just named; the conversation moved, whatever work is near.
  { text: "I'd like a quick call on my own Zoom rather than the Upwork call feature.", findings: [{ match: 'rather than the Upwork call', severity: 'violation' }] },
  { text: 'Can we use Google Meet instead of the Upwork video call?', findings: [{ match: 'instead of the Upwork video call', severity: 'violation' }] },
  { text: "I'm on Warpcast too, DM me there.", findings: [{ match: 'DM me there', severity: 'violation' }] },
  { text: 'Ping me there, I answer faster on Telegram.', findings: [{ match: 'Ping me there', severity: 'violation' }] },
  { text: "Let's continue this on LinkedIn, my banner is purple, can't miss it.", findings: [{ match: 'continue this on LinkedIn', severity: 'violation' }] },
  { text: "Let's move the conversation to Telegram, the landing page design is ready.", findings: [{ match: 'move the conversation to Telegram', severity: 'violation' }] },
  { text: 'Scams are everywhere here, better to talk on Telegram.', findings: [{ match: 'talk on Telegram', severity: 'violation' }] },
  { text: "No need to go through Upwork for the bonus, I'll tip you directly.", findings: [{ match: 'No need to go through Upwork', severity: 'violation' }] },
  // Upwork's call or chat named as failing, then another call or channel offered (next sentence or same), in several languages.
  { text: 'Main aapko khud call kar lunga, upwork ki call mein awaz ka masla aata hai.', findings: [{ match: 'call kar lunga, upwork ki call mein awaz ka masla', severity: 'violation' }] },
  { text: "Upwork mesajları çok yavaş, WhatsApp'tan yazalım mı?", findings: [{ match: "Upwork mesajları çok yavaş, WhatsApp'tan", severity: 'violation' }] },
  {
    text: 'Upwork chat is so slow. Text me on 555-0147 instead.',
    findings: [{ match: 'Upwork chat is so slow', severity: 'violation' }, { match: 'Text me', severity: 'violation' }],
  },
  { text: "Let's hop on a direct call, Upwork's video call is so laggy today.", findings: [{ match: "direct call, Upwork's video call is so laggy", severity: 'violation' }] },
  // The app named by its colour in Hindi and Urdu; a channel called the best way to reach the writer; interviews refused here.
  { text: "Hum 'hari' wali app pe chalte hain, wahan baat karte hain.", findings: [{ match: "'hari' wali app pe chalte hain", severity: 'violation' }] },
  { text: 'Phone is the best way to reach me, text anytime.', findings: [{ match: 'Phone is the best way to reach me', severity: 'violation' }] },
  { text: 'The quickest way to reach me is WhatsApp.', findings: [{ match: 'The quickest way to reach me is WhatsApp', severity: 'violation' }] },
  { text: "I'd rather not have the interview on Upwork, we use our own portal.", findings: [{ match: "I'd rather not have the interview on Upwork", severity: 'violation' }] },
  { text: "We don't conduct interviews on this platform, kindly share your availability.", findings: [{ match: "We don't conduct interviews on this platform", severity: 'violation' }] },
  { text: "Tell me where you like and I'll message you there.", findings: [{ match: "Tell me where you like and I'll message you there", severity: 'violation' }] },
  {
    text: 'No need to apply on Upwork next time, I contact you directly outside.',
    findings: [{ match: 'No need to apply on Upwork', severity: 'violation' }, { match: 'contact you directly', severity: 'violation' }],
  },
  // Another freelance marketplace offered as the place to hire or reach the writer.
  { text: "Next time you can hire me on Fiverr, it's cheaper for you.", findings: [{ match: 'hire me on Fiverr', severity: 'violation' }] },
  { text: 'Or use one of these platforms: Workana or Malt.', findings: [{ match: 'use one of these platforms: Workana', severity: 'violation' }] },
  // An app as a verb, a better channel than this one, the chat "rather than going back and forth" here, all communication by email,
  // Zoom's own chat (Upwork starts Zoom calls, not Zoom chats), a meeting in person.
  { text: 'Just iMessage me when you land, easier than this.', findings: [{ match: 'iMessage me', severity: 'violation' }] },
  { text: "Let's pick a better app than this one for the daily check-ins.", findings: [{ match: 'pick a better app than this one', severity: 'violation' }] },
  {
    text: 'Can we sort the details out there rather than going back and forth on Upwork?',
    findings: [{ match: 'rather than going back and forth on Upwork', severity: 'violation' }],
  },
  { text: 'From now on our communication goes by email only, please.', findings: [{ match: 'communication goes by email', severity: 'violation' }] },
  { text: 'Can we continue on Zoom chat after lunch?', findings: [{ match: 'continue on Zoom chat', severity: 'violation' }] },
  {
    text: 'Meet me at the cafe on Main Street on Saturday for a coffee and we go through it.',
    findings: [{ match: 'Meet me at the cafe on Main Street on Saturday for a coffee', severity: 'violation' }],
  },
  // Dutch/Flemish, Romanian, Malay/Manglish and Korean (written for the lexicon families, not taken from a batch).
  { text: "Laten we verder praten via WhatsApp, dat werkt makkelijker.", findings: [{ match: "Laten we verder praten via WhatsApp", severity: 'violation' }] },
  { text: "Kunnen we dit buiten Upwork bespreken?", findings: [{ match: "Kunnen we dit buiten Upwork", severity: 'violation' }] },
  { text: "Hai să vorbim pe Telegram, e mai simplu.", findings: [{ match: "pe Telegram", severity: 'violation' }] },
  { text: "Putem continua în afara platformei?", findings: [{ match: "Putem continua în afara platformei", severity: 'violation' }] },
  { text: "Jom sembang kat Telegram, lagi senang.", findings: [{ match: "Jom sembang kat Telegram", severity: 'violation' }] },
  { text: "Kita discuss luar Upwork je la.", findings: [{ match: "Kita discuss luar Upwork", severity: 'violation' }] },
  { text: "업워크 말고 텔레그램으로 얘기해요.", findings: [{ match: "업워크 말고 텔레그램", severity: 'violation' }] },
  { text: "카톡으로 넘어가서 진행할까요?", findings: [{ match: "카톡으로 넘어가", severity: 'violation' }] },
  // Dutch/Flemish, Romanian, Malay/Manglish and Korean (written for the lexicon families, not taken from a batch).
  { text: "Hai să vorbim pe WhatsApp, nu aici pe Upwork.", findings: [{ match: "pe WhatsApp", severity: 'violation' }] },
  // Chinese (no spaces: phrases read inside runs of characters) and Vietnamese (with or without diacritics).
  { text: '这边消息太慢了，我们加微信聊吧', findings: [{ match: '微信聊', severity: 'violation' }] },
  { text: '有问题去钉钉上找我，平台这边我不怎么看', findings: [{ match: '钉钉上找我', severity: 'violation' }] },
  { text: 'mình qua Zalo trao đổi cho tiện nha anh', findings: [{ match: 'Zalo trao đổi', severity: 'violation' }] },
  { text: 'Upwork lag quá, anh nhắn tin qua Telegram cho em nhé', findings: [{ match: 'nhắn tin qua Telegram', severity: 'violation' }] },
  { text: '我们在平台外沟通吧，效率高一点', findings: [{ match: '我们在平台外', severity: 'violation' }] },
  { text: '我们约个 Zoom 视频吧，在这里打字太慢了', findings: [{ match: '约个 Zoom', severity: 'violation' }] },
  { text: '不如出来喝杯咖啡见面聊，我公司就在附近', findings: [{ match: '出来喝杯咖啡', severity: 'violation' }] },
  { text: 'Mai anh ra quán cà phê gần công ty gặp tôi nói chuyện cho nhanh.', findings: [{ match: 'ra quán cà phê', severity: 'violation' }] },
  { text: 'Bạn nào làm được thì vào group Facebook của mình, ở đây mình không trả lời.', findings: [{ match: 'Facebook của mình, ở đây mình không trả lời', severity: 'violation' }] },
];

/** Cases the detector gets wrong today. Not run: move each back to `valid`/`invalid` once fixed. */
/** Batch 15 families: HR apps and hiring systems, other sites' inboxes, phone-typist verbs, Swahili, tutors' sessions. */
valid.push(
  'I built a Twitch chat overlay for the stream.',
  'The Google Classroom integration syncs grades nightly.',
  'We want to move our hiring process onto our own platform built in Django.',
  'The bot will dm users on discord when a build fails.',
  "I can do the first session on Upwork's video call.",
  'Kindly drop your feedback on the Google Doc.',
  'Ein Kurs por LinkedIn Learning hat mir geholfen.',
);
invalid.push(
  { text: "I don't do Upwork chat. Let's talk on a proper call.", findings: [{ match: "I don't do Upwork chat", severity: 'violation' }] },
  { text: "We don't do Upwork calls, I'll send a Meet link.", findings: [{ match: "We don't do Upwork calls", severity: 'violation' }] },
  { text: 'After onboarding you won\'t need to use Upwork anymore, everything is in our portal.', findings: [{ match: "won't need to use Upwork anymore", severity: 'violation' }] },
  { text: "Tell me a time and I'll send an invite, not the Upwork kind.", findings: [{ match: 'not the Upwork kind', severity: 'violation' }] },
  { text: 'Next, download our HR app and create your profile.', findings: [{ match: 'download our HR app', severity: 'violation' }] },
  { text: "Let's move the interview process over to our internal platform.", findings: [{ match: 'interview process over to our internal platform', severity: 'violation' }] },
  { text: 'Easier to talk in Etsy Conversations, just message the shop.', findings: [{ match: 'talk in Etsy Conversations', severity: 'violation' }] },
  { text: 'Message me in the Fiverr inbox instead.', findings: [{ match: 'Message me in the Fiverr inbox', severity: 'violation' }] },
  { text: "Let's continue on Google Classroom from now on.", findings: [{ match: 'continue on Google Classroom', severity: 'violation' }] },
  { text: 'Ask me live on Twitch, way easier than this inbox.', findings: [{ match: 'easier than this inbox', severity: 'violation' }] },
  { text: "I'll send you a friend request on the purple app.", findings: [{ match: 'send you a friend request on the purple app', severity: 'violation' }] },
  { text: 'hmu on wa', findings: [{ match: 'hmu on wa', severity: 'violation' }] },
  { text: 'ping me on discord', findings: [{ match: 'ping me on discord', severity: 'violation' }] },
  { text: "Kindly drop 'Hi' on my WhatsApp for quick response.", findings: [{ match: "drop 'Hi' on my WhatsApp", severity: 'violation' }] },
  { text: 'Tuendelee kupitia WhatsApp tafadhali.', findings: [{ match: 'kupitia WhatsApp', severity: 'violation' }] },
  { text: 'Podemos coordinar por LinkedIn, respondo más rápido.', findings: [{ match: 'por LinkedIn', severity: 'violation' }] },
  { text: "I'd prefer to do the first lesson over WhatsApp video.", findings: [{ match: 'WhatsApp', severity: 'violation' }] },
);

/** Batch 16: a noun with its relative clause, many people or a passive request reported, a warning or help page. */
valid.push(
  'Did you read that text you got from the recruiter yesterday?',
  'Every call you take there is logged.',
  'Most clients are asking to have video calls outside of Upwork lately, I noticed.',
  'Moderators say it is fine to chat outside of Upwork as long as payment stays here.',
  'He was banned after a buyer claimed a meeting was requested outside of Upwork.',
  'Another red flag is a buyer who only wants to talk on Telegram.',
  'If you work outside the platform, it is your own responsibility to keep records.',
);
invalid.push(
  { text: "I'll email you the details tonight.", findings: [{ match: 'email you', severity: 'violation' }] },
  { text: "Let's talk outside of Upwork, it's easier.", findings: [{ match: 'outside of Upwork', severity: 'violation' }] },
);

/** Batch 16: an email sent "to me", another app offered as a question, continuing "by" a channel, Urdu "kisi app par baat". */
valid.push('The invoice is sent by email automatically after checkout.', 'Send a text to the customer when the order ships.');
invalid.push(
  { text: 'You can send an e-mail to me.', findings: [{ match: 'send an e-mail to me', severity: 'violation' }] },
  { text: "I don't use telegram, maybe signal could work?", findings: [{ match: 'signal could work', severity: 'violation' }] },
  { text: 'Can we carry on by phone tomorrow?', findings: [{ match: 'carry on by phone', severity: 'violation' }] },
  { text: 'Yahan mushkil hai, koi aur app pe baat karte hain', findings: [{ match: 'koi aur app pe baat karte hain', severity: 'violation' }] },
);

/** Batch 17: telephone conversations, a discussion taken offline, FaceTime as a verb, a call link offered in the next sentence, French "de vive voix". */
valid.push(
  'We need to take the staging site offline for maintenance tonight.',
  "The Teams meeting recording is in the drive. I'll send you the link to the deck.",
  'Our triage nurses handle telephone calls after hours; the scripts need a calmer tone.',
  "The disposition box should say 'when to call us' in plain words.",
  'Please don\'t paste phone numbers into the chat, de-identified cases are enough.',
  "We use Facetime for the app's video feature.",
);
invalid.push(
  { text: "I'd rather go over the budget in a quick telephone call than type it all out.", findings: [{ match: 'telephone call', severity: 'violation' }] },
  { text: "Can we take the pricing talks offline? I'll explain there.", findings: [{ match: 'take the pricing talks offline', severity: 'violation' }] },
  { text: "let's facetime after class, way easier", findings: [{ match: "let's facetime", severity: 'violation' }] },
  { text: "Happy to do a short Zoom tomorrow. I'll send you the invite.", findings: [{ match: "Zoom tomorrow. I'll send you the invite", severity: 'violation' }] },
  { text: 'Je préfère en parler de vive voix, en dehors de cette plateforme.', findings: [{ match: 'préfère en parler de vive voix, en dehors de cette plateforme', severity: 'violation' }] },
);
/** Batch 18: refusals and "everything stays on Upwork" in other languages; page access as an editor; a payment option on a website. */
valid.push(
  'Pasensya na po, hindi po ako tumatanggap ng GCash outside Upwork. Dito na lang po tayo.',
  'La2 ma fi da3i nkalem barra, kel shi hon 3al Upwork.',
  'Ajoutez-moi comme éditrice de votre page Facebook via le Business Manager.',
  'Aap ki website pe mobile account aur voucher dono options aa jayen ge, sandbox pe test karun ga.',
);

/** Batch 18: Filipino invitations with "nyo/niyo" and "na lang po": "PM nyo na lang po ako sa FB". */
invalid.push(
  { text: 'PM nyo na lang po ako sa FB, mas mabilis po ako dun.', findings: [{ match: 'PM nyo na lang po ako sa FB', severity: 'violation' }] },
  { text: 'Add niyo po ako sa Viber para makita nyo yung samples.', findings: [{ match: 'sa Viber', severity: 'violation' }] },
);
valid.push('PM nyo na lang po ako dito sa Upwork kung may tanong.', 'Nag-PM sa akin yung client sa FB pero sinabi kong dito lang po tayo.');

/** Batches 19-20 (precision): things sent to the reader by someone else, an option's label in quotes, a service told of its roles. */
valid.push(
  'If the client wants to make any changes, ask them to email them to you (or acknowledge your own email confirming this)',
  'Have the client text them to you if the upload keeps failing.',
  'Preferensi notifikasi: user bisa memilih “Email saja”, “WhatsApp saja”, atau “Keduanya”.',
  "After the fee is paid, both freelancer and client will receive each other's contact information by email.",
  'Once matched, the freelancer and client talk directly by phone to agree the scope.',
);
invalid.push(
  { text: 'Can you email them to me instead of uploading here?', findings: [{ match: 'email them', severity: 'violation' }] },
  { text: 'Ask them to email me the files directly.', findings: [{ match: 'email me', severity: 'violation' }] },
  { text: 'Nanti WA aja ya kak, lebih cepat.', findings: [{ match: 'WA aja', severity: 'violation' }] },
  { text: "Both freelancer and client can continue on WhatsApp, let's do that.", findings: [{ match: 'continue on WhatsApp', severity: 'violation' }] },
  { text: "Freelancer and client: continue on Telegram, it's faster.", findings: [{ match: 'continue on Telegram', severity: 'violation' }] },
  { text: "Message each other on WhatsApp, it's easier.", findings: [{ match: 'Message each other on WhatsApp', severity: 'violation' }] },
);

/** Batches 19-20: a message shot "over there", a group text, the rest of the conversation taken somewhere, a Teams call, the writer's own inbox,
 * files sent by email, a suggestion asked as "wouldn't it be simpler", Arabizi "kalamni 3al whatsapp"; the same words as work, a habit or a refusal stay clean. */
const moves = (text: string, ...found: string[]): InvalidCase => ({ text, findings: found.map((match) => ({ match, severity: 'violation' as const })) });
invalid.push(
  moves('follow me on Instagram and shoot me a message over there so we can chat more casually', 'shoot me a message over there'),
  moves('Drop us a line out there, we answer faster.', 'Drop us a line out there'),
  moves('can we all just jump on a group text instead of this? much easier with 3 people', 'group text'),
  moves("I'd recommend we take the remainder of our conversation somewhere quieter.", 'take the remainder of our conversation somewhere'),
  moves("Let's move the rest of the chat offline.", 'move the rest of the chat offline'),
  moves('Somewhere a little more flexible than this inbox would help.', 'a little more flexible than this inbox'),
  moves('This would be a bit more practical than this chat.', 'a bit more practical than this chat'),
  moves('Shall we just pick this up over a Teams call with our CEO next week?', 'pick this up over a Teams call'),
  moves('Can we hop on a Teams call tomorrow?', 'hop on a Teams call'),
  moves("Let's move this to a Webex meeting.", 'move this to a Webex meeting'),
  moves("Candidates: send your CV and LinkedIn to my email, I don't review applications on Upwork.", 'send your CV and LinkedIn to my email', "I don't review applications on Upwork"),
  moves("We don't answer messages here anymore.", "We don't answer messages here"),
  moves('ok send to my gmail pls', 'send to my gmail'),
  moves('Please forward the signed brief to our work email.', 'forward the signed brief to our work email'),
  moves('I send you the test build by email ok?', 'send you the test build by email'),
  moves("I'll forward you the final files on WhatsApp.", 'forward you the final files on WhatsApp'),
  moves("Wouldn't it be simpler if you found me on the usual social app?", 'found me on the usual social app'),
  moves("Wouldn't it be easier to talk on WhatsApp?", 'talk on WhatsApp'),
  moves('ya akhi kalamni 3al whatsapp ahsan', 'kalamni 3al whatsapp'),
  moves('raselni 3ala telegram', 'raselni 3ala telegram'),
);
valid.push(
  "I don't check messages on Upwork often, sorry for the delay.",
  "I don't read messages here after 6pm, but I answer every morning.",
  'The app will send you a verification code by SMS.',
  'I need a script that will send the daily report to my email.',
  'The QA teams meeting is on Thursday.',
  'Our usual social app campaign needs new copy.',
  "There's a group text feature in the app we're building.",
  "It wouldn't be easier to talk on WhatsApp, so let's stay here.",
  'kalamni lama t5alas el task hena',
  'We should take the rest of the conversation to the Upwork call.',
);

/** Batches 19-20, other languages: something sent to the writer's own inbox ("a mi correo", "на почту", "mailime"), a Teams call in German; a script or a bot that mails a report is work. */
invalid.push(
  moves('Envíalo a mi correo, por favor.', 'a mi correo'),
  moves('Envoie-le sur mon mail perso.', 'sur mon mail'),
  moves('Schick es an meine private E-Mail.', 'an meine private E-Mail'),
  moves('Скиньте на почту, пожалуйста.', 'на почту'),
  moves('Надішліть на пошту, будь ласка.', 'на пошту'),
  moves('mujhe email pe bhej do', 'email pe bhej'),
  moves('Mailime gönderir misin?', 'Mailime'),
  moves('i-send mo sa email ko', 'sa email ko'),
  moves('Können wir das in einem Teams-Call besprechen?', 'Können wir das in einem Teams-Call'),
);
valid.push(
  'Скрипт отправляет отчёт на почту каждый день.',
  'Der Bot schickt die Berichte an meine E-Mail.',
  'Le script envoie le rapport sur mon mail.',
  'Das Teams-Meeting wurde gestern aufgezeichnet.',
);

/** Batches 19-20, other languages: "the usual app" and "more convenient than here"; the usual app as a product stays clean. */
invalid.push(
  moves('Búscame en la app de siempre.', 'Búscame en la app de siempre'),
  moves('Me acha na rede social de sempre.', 'Me acha na rede social de sempre'),
  moves('Cherche-moi sur le réseau habituel.', 'Cherche-moi sur le réseau habituel'),
  moves('Sería más cómodo que este chat.', 'más cómodo que este chat'),
  moves("C'est plus pratique qu'ici, on se retrouve ailleurs ?", "plus pratique qu'ici"),
  moves('Das ist bequemer als hier.', 'bequemer als hier'),
  moves('Мне удобнее, чем здесь.', 'удобнее, чем здесь'),
);
valid.push('La app de siempre tiene un bug en el login.', 'A rede social de sempre caiu hoje.', 'Busca otra plataforma de diseño para el equipo.');

/** Batch 20 (precision): what clients ask told as a warning or a habit, the interviewer asking, the risk spelled out. */
valid.push(
  'A nice client can become a big problem if they ask you to hop on Telegram before the offer.',
  'Clients often ask me to talk on Skype; I always keep them in the Upwork chat.',
  'In these fake offers the interviewer ends up asking you to download Microsoft Teams.',
  'If you choose to chat outside of Upwork, you are putting yourself at risk.',
);
invalid.push(
  { text: "Most clients want quick answers, so let's continue on WhatsApp.", findings: [{ match: 'continue on WhatsApp', severity: 'violation' }] },
  { text: "I'm telling you, let's continue on Telegram.", findings: [{ match: 'continue on Telegram', severity: 'violation' }] },
  { text: "This is a big problem, so let's talk on WhatsApp instead.", findings: [{ match: 'talk on WhatsApp', severity: 'violation' }] },
);

/** Batch 19 (precision): the writer's refusal in the next sentence. */
valid.push('Thank you for the invite to continue outside of Upwork. I must respectfully decline.');
invalid.push({ text: 'Can we continue outside Upwork? I declined the last one but you seem legit.', findings: [{ match: 'outside Upwork', severity: 'violation' }] });

/**
 * Batches 16, 19, 20 (precision): which clients are outside Upwork (told, not proposed), the writer's automation writing to third
 * parties, the reader's audience talking on a channel, a platform's support reached by email.
 */
valid.push(
  "I've worked with one client like that, outside of Upwork, who never paid me.",
  'So you got one client outside of Upwork who pays, and another outside of Upwork who never does.',
  'Most of my income outside Upwork comes from referrals.',
  'Our CRM will send them a reminder email outside of Upwork once the automation runs.',
  "I noticed your show has a Telegram segment where listeners send questions; I'd love to summarise those.",
  'Si tienes dudas, escribe al soporte de la plataforma por correo electrónico.',
  'Falls die Zahlung fehlt, kontaktiere den Kundenservice per E-Mail.',
);
invalid.push(
  { text: "Let's continue this project outside of Upwork.", findings: [{ match: 'outside of Upwork', severity: 'violation' }] },
  { text: 'Can we take the other jobs outside of Upwork?', findings: [{ match: 'outside of Upwork', severity: 'violation' }] },
  { text: "I use email automation, so let's continue outside of Upwork by email.", findings: [{ match: 'outside of Upwork', severity: 'violation' }] },
  { text: 'I set up the automation, now email me outside of Upwork.', findings: [{ match: 'outside of Upwork', severity: 'violation' }] },
  {
    text: "Your listeners send voice notes on WhatsApp? Great, let's talk on WhatsApp too.",
    findings: [
      { match: 'send voice notes on WhatsApp', severity: 'violation' },
      { match: 'talk on WhatsApp', severity: 'violation' },
    ],
  },
  { text: 'Soy del soporte técnico, escríbeme por WhatsApp.', findings: [{ match: 'por WhatsApp', severity: 'violation' }] },
  { text: 'Escríbeme por correo, soy del equipo de soporte.', findings: [{ match: 'Escríbeme por correo', severity: 'violation' }] },
);

/** Batches 30-33 (precision): the reader's request answered, platform libraries and business channels being built, staying here said
 * after the match, the audience's own messages, labelled quotes, how two people met. */
valid.push(
  "Platności poza Upworkiem nie przyjmuję, nawet za połowę.",
  "Vous m'avez demandé si on pouvait continuer par WhatsApp : je préfère rester ici.",
  "Aapne kaha tha Telegram pe baat karein, par yahin rakhte hain.",
  "You wrote \"let's talk on Telegram\". I'd rather keep it here.",
  "I'll build it with discord.js and host it on your VPS.",
  "As an agency we could meet outside Upwork, but I prefer to keep the first call here on Upwork.",
  "I know the Upwork chat is slow, but let's stick with it for now.",
  // A complaint about Upwork's chat with no way out named is not a move.
  "The Upwork chat is slow today, so I'll keep my updates short here.",
  'Upwork messages are so buggy on my phone this week, sorry if I reply late.',
  "This chat is clunky with big files. I'll zip the renders before uploading them here.",
  "Upwork hides feedback until both sides submit.",
  "Add a feedback form so unhappy users can reach you directly.",
  "Please don't paste these passwords into email, chat or anywhere else.",
  "You found me through a referral and not on Upwork, so let's use a Direct Contract.",
  "When a customer writes \"can we talk on WhatsApp?\" label it CHANNEL_SWITCH.",
  "Mi hanno scritto in tanti chiedendomi il numero di WhatsApp, ma resto qui.",
  "Die Kunden können Termine per WhatsApp buchen, über die WhatsApp Business Platform.",
  "Os compradores recebem o código por email.",
  "The 2FA codes go to the phone on our company account.",
);
invalid.push(
  { text: "Customers love the app. Text me on WhatsApp to discuss it.", findings: [{ match: "Text me on WhatsApp", severity: 'violation' }] },
  { text: "Search \"nadia.codes\" on Skype and add me.", findings: [{ match: "Skype", severity: 'violation' }] },
  { text: "Upwork hides our messages, let's use Signal.", findings: [{ match: "Upwork hides", severity: 'violation' }] },
  { text: "Call me on WhatsApp, \"quick\" question.", findings: [{ match: "Call me on WhatsApp", severity: 'violation' }] },
);

/** Meeting in person, in each language: a verb of meeting with "in person" or "for a coffee" (not a coffee alone). */
invalid.push(
  { text: '¿Podemos vernos en persona para un café en Madrid?', findings: [{ match: 'vernos en persona', severity: 'violation' }] },
  { text: 'Давайте встретимся лично в Москве и всё обсудим', findings: [{ match: 'встретимся лично', severity: 'violation' }] },
  { text: 'Yarın yüz yüze görüşelim mi?', findings: [{ match: 'yüz yüze görüşelim', severity: 'violation' }] },
  { text: 'Spotkajmy się osobiście w Warszawie', findings: [{ match: 'Spotkajmy się osobiście', severity: 'violation' }] },
  { text: 'Wechseln wir zu Telegram?', findings: [{ match: 'Wechseln wir zu Telegram', severity: 'violation' }] },
  { text: 'Telegram\'a geçelim', findings: [{ match: 'Telegram\'a geçelim', severity: 'violation' }] },
);
valid.push(
  'Voy a tomar un café y vuelvo en diez minutos',
  'Ci vediamo alla call su Upwork domani',
);

/** Training batches 31-32: moving the talk, adding to a group, meeting for coffee, calls on a named tool, in other languages. */
invalid.push(
  { text: 'Может переберемся в Telegram? Там удобнее', findings: [{ match: 'переберемся в Telegram', severity: 'violation' }] },
  { text: 'Давайте перенесём разговор туда, в наш рабочий чат', findings: [{ match: 'перенесём разговор туда', severity: 'violation' }] },
  { text: 'on se capte sur Discord ce soir ?', findings: [{ match: 'sur Discord', severity: 'violation' }] },
  { text: 'on se parle ailleurs, ici c\'est lent', findings: [{ match: 'on se parle ailleurs', severity: 'violation' }] },
  { text: 'Ti aggiungo al gruppo WhatsApp del team', findings: [{ match: 'Ti aggiungo al gruppo WhatsApp', severity: 'violation' }] },
  { text: 'Porozmawiajmy na WhatsAppie, będzie szybciej', findings: [{ match: 'Porozmawiajmy na WhatsAppie', severity: 'violation' }] },
  { text: 'Dalszą komunikację proponuję prowadzić mailowo', findings: [{ match: 'Dalszą komunikację proponuję prowadzić mailowo', severity: 'violation' }] },
  { text: 'Wir können uns gern auf einen Kaffee in Berlin treffen', findings: [{ match: 'auf einen Kaffee in Berlin treffen', severity: 'violation' }] },
  { text: 'Kal chai pe baat karte hain, office aa jaiye', findings: [{ match: 'chai pe baat', severity: 'violation' }] },
  { text: 'Podemos fazer uma chamada rápida pelo Google Meet?', findings: [{ match: 'pelo Google Meet', severity: 'violation' }] },
  { text: 'Je propose qu\'on fasse un point sur Teams jeudi', findings: [{ match: 'un point sur Teams', severity: 'violation' }] },
  { text: 'yalla nkammel 3al whatsapp', findings: [{ match: 'nkammel 3al whatsapp', severity: 'violation' }] },
  { text: 'Може переберемось кудись поза Upwork?', findings: [{ match: 'переберемось кудись', severity: 'violation' }] },
);
valid.push(
  'Continuiamo qui su Upwork, grazie',
  'Letzte Woche habe ich die Kundin auf einen Kaffee getroffen.',
  'Prima del contratto non posso darti il mio numero, sono le regole, quindi continuiamo qui.',
  'Перенесём разговор на завтра, сегодня не успеваю',
);

/**
 * Batches 38-41 (precision): words quoted in single quotes after "says", advice passed on and turned down ("so I'll keep it on here"),
 * contact deferred until hired, a help page's rules ("Neither clients nor talent may", "all communication must take place on
 * Upwork"), a list of bans, an app that sends a meeting link, a support inbox being moved.
 */
valid.push(
  "The phone menu script says 'Press 2 to reach us on WhatsApp'. Should the pause be longer?",
  "My friend told me to ask for your email, but the rules say to keep it all on here, so I'll keep it on here.",
  "Once hired I'm happy to join your Slack with the team.",
  'Neither freelancers nor clients may ask to move talks outside of Upwork before a contract.',
  'Remember, you must not:\n- share your phone number\n- ask clients to continue on Telegram',
  "I'll build the booking flow: the app creates a Zoom link and emails it to the patient.",
  'How would you move our support from email to a shared WhatsApp Business inbox without losing the tickets?',
  "All communication must take place on Upwork, so please don't offer me your Skype.",
);
invalid.push(
  { text: 'Tips for clients:\n- email me at any time, I answer fast', findings: [{ match: 'email me', severity: 'violation' }] },
  { text: "Rules:\n- no spam\nAnyway, let's move to Telegram.", findings: [{ match: 'move to Telegram', severity: 'violation' }] },
);

/** Batches 38-41 (precision): English "No email arrives", not Portuguese "no" (on). */
valid.push("No email arrives after I press resend, and it's not in spam.");
invalid.push(
  { text: 'No WhatsApp é mais rápido, me chama lá.', findings: [{ match: 'No WhatsApp', severity: 'violation' }] },
  { text: "No email was sent, so let's just talk on WhatsApp.", findings: [{ match: 'talk on WhatsApp', severity: 'violation' }] },
);

/** Batches 38-41 (precision): a parenthesis does not end the reach of a negation before the match. */
valid.push('Our bounty service does not arrange or send payments (PayPal or otherwise) to contributors outside the platform.');
invalid.push({ text: 'We do not use Upwork (too many fees), text me on WhatsApp.', findings: [{ match: 'text me on WhatsApp', severity: 'violation' }] });


// Regional varieties: a channel described by its colour or by everyone having it, and "outside" in local words, with a verb of talking (round 6, batch 41's family).
valid.push(
  'La app verde de la competencia tiene mejor onboarding; quiero algo parecido para su tienda.',
  'Dışarıda hava çok güzel, dosyaları yarın gönderirim.',
  "Nous continuons la discussion ici; l'autre application web sera livrée vendredi.",
  'l app l khdar dyal lbank 3endha design zwin, bghit bhalha f l projet.',
  'Bahira pani chiso cha, file bholi pathaunchu.',
  'Vamos continuar aqui no Upwork, não uso outro app para clientes.',
);
invalid.push(
  { text: 'Mejor sigamos por fuera, en la app verde, que acá tarda todo.', findings: [{ match: 'Mejor sigamos por fuera', severity: 'violation' }] },
  { text: 'Vamos continuar no outro app, aquele do ícone verde, é mais rápido.', findings: [{ match: 'continuar no outro app', severity: 'violation' }] },
  { text: "On continue dans l'app que tout le monde a? C'est plus simple.", findings: [{ match: "On continue dans l'app que tout le monde a", severity: 'violation' }] },
  { text: 'Wämmer nöd lieber usserhalb witerrede?', findings: [{ match: 'Wämmer nöd lieber usserhalb', severity: 'violation' }] },
  { text: 'khlina nkamlo f l app l khdar, hna kolchi bti2', findings: [{ match: 'khlina nkamlo f l app l khdar', severity: 'violation' }] },
  { text: 'Cholo baire kotha boli, sobuj app e.', findings: [{ match: 'Cholo baire', severity: 'violation' }] },
  { text: 'Bahira kura garau na, hariyo app ma.', findings: [{ match: 'Bahira kura garau', severity: 'violation' }] },
  { text: 'Dışarıda konuşalım, yeşil olanda daha hızlı.', findings: [{ match: 'Dışarıda konuşalım', severity: 'violation' }] },
  { text: 'Ngobrol neng njobo wae mas, luwih cepet.', findings: [{ match: 'Ngobrol neng njobo', severity: 'violation' }] },
  { text: 'Didto nalang ta sa app nga green mag-storya.', findings: [{ match: 'Didto nalang ta sa app nga green', severity: 'violation' }] },
  { text: 'Давайте переберёмся туда, где все сидят, с самолётиком.', findings: [{ match: 'Давайте переберёмся туда, где все сидят', severity: 'violation' }] },
);

// Verbs of writing in their regional spellings, and a chat app described by its icon (round 6, batches 38-40).
valid.push(
  'Напишіть мені тут, у чаті Upwork.',
  'Bu makaleyi yazarsanız blogda yayınlarım.',
  "The app with the green icon is our client's, I redesigned it last spring.",
);
invalid.push(
  { text: 'Напишіть мені у Телеграм, там швидше.', findings: [{ match: 'Напишіть мені у Телеграм', severity: 'violation' }] },
  { text: "Telegram'dan yazarsanız hemen dönerim.", findings: [{ match: "Telegram'dan yazarsanız", severity: 'violation' }] },
  { text: 'Add me on the app with the white phone in a green bubble.', findings: [{ match: 'Add me on the app with the white phone in a green bubble', severity: 'violation' }] },
);

// Japanese (no spaces: phrases read inside runs of kana and kanji) and Swahili (with Sheng), round 9b: violations and look-alikes of my own.
valid.push(
  "LINEのログイン機能をアプリに実装しました。テストお願いします",
  "オンラインでの打ち合わせはUpwork上でお願いします",
  "ガイドラインに沿ってデザインを直しました",
  "Tuendelee hapa Upwork, ni salama zaidi kwa sisi wote",
  "Nimeunganisha WhatsApp Business API kwenye mfumo wa duka lako",
  "Mteja mmoja aliniomba tuongee kwingine, nilikataa",
);
invalid.push(
  { text: "詳しくはラインで話しましょう、写真も送れるし", findings: [{ match: "ラインで話しましょ", severity: 'violation' }] },
  { text: "Upwork以外で連絡取りませんか？こっちは見づらいので", findings: [{ match: "Upwork以外で連絡取", severity: 'violation' }] },
  { text: "ここではなくテレグラムでやり取りしましょう", findings: [{ match: "ここではなくテレグラム", severity: 'violation' }] },
  { text: "Tuhamie Telegram tuongee vizuri zaidi", findings: [{ match: "Tuhamie Telegram", severity: 'violation' }] },
  { text: "Tuongee nje ya Upwork, hapa ni polepole sana", findings: [{ match: "Tuongee nje ya Upwork", severity: 'violation' }] },
  { text: "Twende WhatsApp boss, nitakueleza kila kitu", findings: [{ match: "Twende WhatsApp", severity: 'violation' }] },
);

// Japanese and Swahili, round 9b: methods named with a person (払いますね, lipa), an account of a relative, reviews traded, work held, calls.
valid.push(
  "Zoomの録画機能を使えますか",
  "ズームの会議リンクはUpworkのメッセージで送ります",
);
invalid.push(
  { text: "Zoomで話しましょう、画面共有もできるし", findings: [{ match: "Zoomで話しましょ", severity: 'violation' }] },
);

const fixedGaps: KnownGap[] = [
  {
    text: "I'd work directly on the main branch unless you prefer PRs.",
    expected: 'valid',
    actual: 'violation "work directly" (read as "work with me directly")',
  },
];


// Arabic and Arabizi across dialects (Egyptian, Levantine, Gulf, Darija): each everyday word class, written for this round.
invalid.push(
  { text: "منكمل عالواتس أسرع", findings: [{ match: "منكمل عالواتس", severity: 'violation' }] },
  { text: "خلونا نتفاهم بالتلغرام بدل هون", findings: [{ match: "خلونا نتفاهم بالتلغرام", severity: 'violation' }] },
  { text: "nkamlo f l prive 3la Telegram", findings: [{ match: "nkamlo f l prive", severity: 'violation' }] },
  { text: "yalla nkamel 3al whats ahwan men hon", findings: [{ match: "ahwan men hon", severity: 'violation' }] },
);
// Their look-alikes: the same words in work talk, a feature, a report or a refusal.
valid.push(
  { text: "صفحة تواصل معنا فيها الجوال والإيميل" },
  { text: "el app lazem yeb3at notification 3al whatsapp lel client" },
);


/** Round ten: Thai, Persian (with Finglish), Hebrew, Bulgarian and Czech, my own cases both ways (work talk, prices, refusals stay clean). */
invalid.push(
  { text: "แอดไลน์ผมนะครับ จะได้คุยกันสะดวก", findings: [{ match: "แอดไลน์", severity: 'violation' }] },
  { text: "คุยกันทางไลน์ดีกว่าครับ", findings: [{ match: "คุยกันทางไลน์", severity: 'violation' }] },
  { text: "به واتساپ من پیام بده", findings: [{ match: "واتساپ من پیام بده", severity: 'violation' }] },
  { text: "be whatsappam payam bede", findings: [{ match: "whatsappam payam bede", severity: 'violation' }] },
  { text: "بیا خارج از آپورک کار کنیم", findings: [{ match: "بیا خارج از آپورک", severity: 'violation' }] },
  { text: "biya kharej az upwork kar konim", findings: [{ match: "biya kharej az upwork", severity: 'violation' }] },
  { text: "תכתוב לי בטלגרם", findings: [{ match: "תכתוב לי בטלגרם", severity: 'violation' }] },
  { text: "בוא נמשיך מחוץ לאפוורק", findings: [{ match: "בוא נמשיך מחוץ לאפוורק", severity: 'violation' }] },
  { text: "пиши ми във вайбър", findings: [{ match: "пиши ми във вайбър", severity: 'violation' }] },
  { text: "да продължим извън Upwork", findings: [{ match: "да продължим извън Upwork", severity: 'violation' }] },
  { text: "napiš mi na WhatsAppu", findings: [{ match: "napiš mi na WhatsAppu", severity: 'violation' }] },
  { text: "pokračujme mimo Upwork", findings: [{ match: "pokračujme mimo Upwork", severity: 'violation' }] },
);
valid.push(
  "ผมทำ LINE bot สำหรับร้านค้าได้ครับ",
  "ส่งงานก่อนเดดไลน์ ร้านค้าออนไลน์พร้อมใช้งาน ติดต่อแอดมินได้ในระบบ",
  "یک ربات تلگرام برای فروشگاه می سازم",
  "אני בונה בוט לוואטסאפ לחנות",
  "правя бот за вайбър за магазин",
  "udělám whatsapp bota pro e-shop",
);

/** Round ten, second pass: own numbers and phone cues, refused reviews held with a negation, a Thai refusal kept on Upwork, Hebrew 'התשלום'. */
invalid.push(
  { text: "زنگ بزن به موبایلم", findings: [{ match: "زنگ بزن به موبایلم", severity: 'violation' }] },
  { text: "ไปคุยต่อในไลน์ได้ไหมครับ", findings: [{ match: "คุยต่อในไลน์", severity: 'violation' }] },
);
valid.push(
  "ผมให้เบอร์หรือไลน์ที่นี่ไม่ได้ครับ คุยกันใน Upwork นะครับ",
  "האתר צריך כפתור וואטסאפ בפוטר",
);

/** Round ten, third pass: Thai 'ทัก' before the app, a mobile app (แอปมือถือ) and 'thank you' (ขอบคุณ) are not asks or channels; 'here on Upwork'. */
invalid.push(
  { text: "ทักไลน์มานะ", findings: [{ match: "ทักไลน์", severity: 'violation' }] },
);
valid.push(
  "ผมพัฒนาแอปมือถือและเว็บ ติดต่อสอบถามรายละเอียดได้ที่นี่ครับ",
  "ทำระบบล็อกอินด้วยบัญชีไลน์ (LINE Login) ให้ลูกค้า",
  "vytvořím mobilní aplikaci s přihlášením přes Facebook",
  "напишете ми тук в Upwork какво ви трябва",
  "لطفا همینجا در آپورک پیام بدید",
);
// A Bulgarian "в Upwork" keeps the talk there only with "all", "only" or "here": a Ukrainian refusal to talk in Upwork is not one.
invalid.push(
  { text: "Керівник не дозволяє обговорювати деталі в Upwork. Продовжимо в нашому корпоративному месенджері.", findings: [{ match: "Продовжимо в нашому корпоративному месенджері", severity: 'violation' }] },
);
/** Round eleven: Persian typed on an Arabic keyboard (ي, ك), and Arabic typed on a Persian one (ی, ک), read as typed on their own. */
invalid.push(
  { text: "به واتساپم پيام بده", findings: [{ match: "واتساپم پيام بده", severity: 'violation' }] },
  { text: "ارسل لی رقمک علی الواتساب", findings: [{ match: "ارسل لی رقمک علی الواتساب", severity: 'violation' }] },
);
valid.push(
  "يک ربات تلگرام براي فروشگاه مي سازم",
);

/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Γράψε μου στο βάιμπερ", findings: [{ match: "Γράψε μου στο βάιμπερ", severity: 'violation' }] },
  { text: "Ας μιλήσουμε εκτός πλατφόρμας", findings: [{ match: "Ας μιλήσουμε εκτός πλατφόρμας", severity: 'violation' }] },
  { text: "steile mou sto viber", findings: [{ match: "steile mou sto viber", severity: 'violation' }] },
  { text: "Ας συνεχίσουμε στο WhatsApp", findings: [{ match: "Ας συνεχίσουμε στο WhatsApp", severity: 'violation' }] },
  { text: "Írj nekem Viberen", findings: [{ match: "Írj nekem Viberen", severity: 'violation' }] },
  { text: "Folytassuk WhatsAppon, ott gyorsabb", findings: [{ match: "Folytassuk WhatsAppon", severity: 'violation' }] },
  { text: "Beszéljünk az Upworkön kívül", findings: [{ match: "Beszéljünk az Upworkön kívül", severity: 'violation' }] },
  { text: "irj nekem viberen", findings: [{ match: "irj nekem viberen", severity: 'violation' }] },
  { text: "എന്നെ വാട്സ്ആപ്പിൽ വിളിക്കൂ", findings: [{ match: "വാട്സ്ആപ്പിൽ വിളിക്കൂ", severity: 'violation' }] },
  { text: "അപ്‌വർക്കിന് പുറത്ത് സംസാരിക്കാം", findings: [{ match: "അപ്‌വർക്കിന് പുറത്ത് സംസാരിക്കാം", severity: 'violation' }] },
  { text: "whatsappil message ayakku", findings: [{ match: "whatsappil message ayakku", severity: 'violation' }] },
);
valid.push(
  "Φτιάχνω ένα bot για Viber για το κατάστημά σας",
  "Δεν μπορώ να σας δώσω το τηλέφωνό μου εδώ, όλα μέσω Upwork",
  "Viber botot fejlesztek a webshopnak",
  "Sajnos itt nem adhatom meg a telefonszámomat, minden az Upworkön keresztül megy",
  "Viber bot undakki tharam, WhatsApp integration um cheyyam",
  "ente number ivide tharan pattilla, ellam upwork vazhi mathram",
  "വിളക്ക് വാങ്ങണം",
  "Írjuk le a specifikációt, aztán folytatjuk a munkát itt az Upworkön",
);

/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "enikku whatsapp cheyyu", findings: [{ match: "whatsapp cheyyu", severity: 'violation' }] },
);
valid.push(
  "whatsapp bot cheyyamo?",
);

/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Δεν έχω πολύ χρόνο, γράψε μου στο viber", findings: [{ match: "γράψε μου στο viber", severity: 'violation' }] },
);
valid.push(
  "Írjon nekem itt az Upworkön, ha kérdése van.",
);

/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Dolgozzunk közvetlenül, Upwork nélkül, így nem kell jutalékot fizetni", findings: [{ match: "Dolgozzunk közvetlenül, Upwork nélkül", severity: 'violation' }] },
);
valid.push(
  "Dolgozzunk tovább itt az Upworkön a következő mérföldkővel",
);

/** Round sixteen, real text by family (my own wording, not the corpus's): a help page on the risk of working off a platform. */
valid.push(
  'Working off the platform is risky: we cannot mediate payment disputes that happen off platform.',
);
invalid.push(
  { text: "Let's keep talking off the platform, it's faster.", findings: [{ match: 'off the platform', severity: 'violation' }] },
);

/** Round sixteen, real text by family (my own wording): a rhetorical refusal, a question to a forum about what the rules allow. */
valid.push(
  'There is no way to open a private issue, why would there be? Why do you need to talk in private anyway?',
  'I still wonder whether as a new user it is allowed to talk with the client through phone or messaging apps.',
);
invalid.push(
  { text: "Why do you need to talk on Upwork? Let's talk on WhatsApp.", findings: [{ match: 'talk on WhatsApp', severity: 'violation' }] },
);

/** Round thirteen: Croatian, Serbian and Bosnian (Latin and Cyrillic), Azerbaijani, Georgian and Amharic (in their scripts and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Piši mi na Viberu", findings: [{ match: "Piši mi na Viberu", severity: 'violation' }] },
  { text: "pisi mi na viberu, brže je", findings: [{ match: "pisi mi na viberu", severity: 'violation' }] },
  { text: "Nastavimo van Upworka", findings: [{ match: "Nastavimo van Upworka", severity: 'violation' }] },
  { text: "Čujemo se na Viberu", findings: [{ match: "Čujemo se na Viberu", severity: 'violation' }] },
  { text: "Пиши ми на вајбер", findings: [{ match: "Пиши ми на вајбер", severity: 'violation' }] },
  { text: "Mənə vatsapa yazın", findings: [{ match: "vatsapa yazın", severity: 'violation' }] },
  { text: "mene vatsapa yazin", findings: [{ match: "vatsapa yazin", severity: 'violation' }] },
  { text: "Upwork-dan kənarda davam edək", findings: [{ match: "Upwork-dan kənarda davam edək", severity: 'violation' }] },
  { text: "მომწერე ვაიბერზე", findings: [{ match: "მომწერე ვაიბერზე", severity: 'violation' }] },
  { text: "viberze momwere", findings: [{ match: "viberze momwere", severity: 'violation' }] },
  { text: "გავაგრძელოთ Upwork-ის გარეთ", findings: [{ match: "გავაგრძელოთ Upwork-ის გარეთ", severity: 'violation' }] },
  { text: "በቴሌግራም ፃፍልኝ", findings: [{ match: "በቴሌግራም ፃፍልኝ", severity: 'violation' }] },
  { text: "telegram lay tsaflign", findings: [{ match: "telegram lay tsaflign", severity: 'violation' }] },
  { text: "ከአፕወርክ ውጭ እንነጋገር", findings: [{ match: "ከአፕወርክ ውጭ እንነጋገር", severity: 'violation' }] },
  { text: "كلمنى على الواتس", findings: [{ match: "كلمنى على الواتس", severity: 'violation' }] },
  { text: "راسلنى على الواتساب", findings: [{ match: "راسلنى على الواتساب", severity: 'violation' }] },
);
valid.push(
  "Napravit ću Viber bota za vašu trgovinu",
  "Ne mogu vam dati svoj broj ovdje, sve ide preko Upworka",
  "Javi se kad završiš dizajn",
  "Правим бот за вајбер за продавницу",
  "Telegram bot yaradıram mağaza üçün",
  "Nömrəmi burada verə bilmərəm, hər şey Upwork vasitəsilə",
  "Yaz tətilində işləyə bilərəm",
  "ვაიბერის ბოტს ვაკეთებ მაღაზიისთვის",
  "აქ ნომერს ვერ მოგცემ, ყველაფერი Upwork-ის მეშვეობით",
  "ለሱቁ የቴሌግራም ቦት እሰራለሁ",
  "ስልኬን እዚህ መስጠት አልችልም፣ ሁሉም በUpwork በኩል",
  "علي هو المصمم الرئيسي في الفريق",
);

/** Round thirteen, second pass: an account rented or used, a rail used with the person in the verb ('በቴሌብር ክፈለኝ'), a talk moved, a good review held; asks reported and refused. */
invalid.push(
  { text: "Davam edək teleqramda", findings: [{ match: "Davam edək teleqramda", severity: 'violation' }] },
  { text: "ტელეგრამში გავაგრძელოთ", findings: [{ match: "ტელეგრამში გავაგრძელოთ", severity: 'violation' }] },
  { text: "በቴሌግራም እንቀጥል", findings: [{ match: "በቴሌግራም እንቀጥል", severity: 'violation' }] },
);
valid.push(
  "Klijent mi je tražio WhatsApp, rekao sam mu ne",
  "Müştəri vatsap istədi, imtina etdim",
  "კლიენტმა ვაიბერი მთხოვა, უარი ვუთხარი",
  "ደንበኛው ቴሌግራም ጠየቀኝ፣ እምቢ አልኩ",
);

/** Round fourteen: Tamil and Telugu (in their scripts and in Latin letters) and Nigerian Pidgin, my own cases both ways. */
invalid.push(
  { text: "whatsapp la pesalam, inga reply late aagum", findings: [{ match: "whatsapp", severity: 'violation' }] },
  { text: "upwork veliya pesalam", findings: [{ match: "upwork veliya pesalam", severity: 'violation' }] },
  { text: "upwork ku veliya work pannalam", findings: [{ match: "upwork ku veliya work pannalam", severity: 'violation' }] },
  { text: "telegram la vaanga", findings: [{ match: "telegram la vaanga", severity: 'violation' }] },
  { text: "வாட்ஸ்அப்ல பேசலாம்", findings: [{ match: "வாட்ஸ்அப்ல பேசலாம்", severity: 'violation' }] },
  { text: "அப்வொர்க் வெளியே பேசலாம்", findings: [{ match: "அப்வொர்க் வெளியே பேசலாம்", severity: 'violation' }] },
  { text: "whatsapp lo matladudam", findings: [{ match: "whatsapp lo matladudam", severity: 'violation' }] },
  { text: "upwork bayata matladudam", findings: [{ match: "upwork bayata matladudam", severity: 'violation' }] },
  { text: "telegram lo raa", findings: [{ match: "telegram lo raa", severity: 'violation' }] },
  { text: "వాట్సాప్ లో మాట్లాడుదాం", findings: [{ match: "వాట్సాప్ లో మాట్లాడుదాం", severity: 'violation' }] },
  { text: "అప్‌వర్క్ బయట మాట్లాడుదాం", findings: [{ match: "అప్‌వర్క్ బయట మాట్లాడుదాం", severity: 'violation' }] },
  { text: "make we talk for whatsapp", findings: [{ match: "make we talk for whatsapp", severity: 'violation' }] },
  { text: "Oga, make we continue for WhatsApp", findings: [{ match: "make we continue for WhatsApp", severity: 'violation' }] },
  { text: "holla me for whatsapp", findings: [{ match: "holla me for whatsapp", severity: 'violation' }] },
  { text: "make we comot from upwork", findings: [{ match: "make we comot from upwork", severity: 'violation' }] },
);
valid.push(
  "whatsapp bot pannanum, order vandha message varanum",
  "client whatsapp la pesalam nu sonnaru, naan marutthen",
  "ellame upwork la thaan",
  "naalaiku office ku vaanga",
  "whatsapp bot cheyyali",
  "client whatsapp lo matladudam annaru, nenu oppukoledu",
  "meeting ki randi repu",
  "వాట్సాప్ బాట్ చేయాలి",
  "I am building a WhatsApp bot for una business",
  "the client talk say make we move to whatsapp, I refuse",
  "I no fit give you my number here, make we stay for upwork",
  "make we start the milestone",
  "no wahala, I go finish am today",
);

/** Round fourteen: Upwork declined in so many words ('upwork vendam', 'upwork vaddu'), and the same told and refused. */
invalid.push(
  { text: "thaniya pesalam, upwork vendam", findings: [{ match: "thaniya pesalam, upwork vendam", severity: 'violation' }] },
  { text: "private ga matladudam, upwork vaddu", findings: [{ match: "private ga matladudam, upwork vaddu", severity: 'violation' }] },
);
valid.push(
  "client upwork vendam nu sonnaru, naan marutthen",
  "client upwork vaddu annaru, nenu oppukoledu",
);

/** Round fifteen: Hindi in Devanagari, Marathi, Nepali in Devanagari and Bengali in its script, my own cases both ways. */
invalid.push(
  { text: "व्हाट्सएप पर बात करते हैं", findings: [{ match: "व्हाट्सएप पर बात करते हैं", severity: 'violation' }] },
  { text: "अपवर्क के बाहर बात करें", findings: [{ match: "अपवर्क के बाहर बात करें", severity: 'violation' }] },
  { text: "टेलीग्राम पर मैसेज करो", findings: [{ match: "टेलीग्राम पर मैसेज करो", severity: 'violation' }] },
  { text: "व्हॉट्सअ‍ॅपवर मेसेज करा", findings: [{ match: "व्हॉट्सअ‍ॅपवर मेसेज करा", severity: 'violation' }] },
  { text: "अपवर्कच्या बाहेर बोलूया", findings: [{ match: "अपवर्कच्या बाहेर बोलूया", severity: 'violation' }] },
  { text: "भाइबरमा म्यासेज गर्नुहोस्", findings: [{ match: "भाइबरमा म्यासेज गर्नुहोस्", severity: 'violation' }] },
  { text: "अपवर्क बाहिर कुरा गरौं", findings: [{ match: "अपवर्क बाहिर कुरा गरौं", severity: 'violation' }] },
  { text: "হোয়াটসঅ্যাপে মেসেজ দিন", findings: [{ match: "হোয়াটসঅ্যাপে মেসেজ দিন", severity: 'violation' }] },
  { text: "আপওয়ার্কের বাইরে কথা বলি", findings: [{ match: "আপওয়ার্কের বাইরে কথা বলি", severity: 'violation' }] },
  { text: "ইমোতে কল দিন", findings: [{ match: "ইমোতে কল দিন", severity: 'violation' }] },
);
valid.push(
  "मैं व्हाट्सएप बॉट बना सकता हूँ",
  "मैं व्हाट्सएप पर बात नहीं करूंगा, यहीं अपवर्क पर बात करेंगे",
  "क्लाइंट ने कहा कि व्हाट्सएप पर बात करो, मैंने मना कर दिया",
  "ক্লায়েন্ট বলেছে হোয়াটসঅ্যাপে কথা বলি, আমি রাজি হইনি",
  "मी व्हॉट्सॲप बॉट बनवतो",
  "म भाइबर बोट बनाउँछु",
  "আমি হোয়াটসঅ্যাপ বট বানাই",
  "फोन पर बात करना मुश्किल है, यहीं चैट करते हैं",
  "ग्राहक व्हाट्सएप पर मैसेज भेजेंगे, बॉट जवाब देगा",
  "कृपया अपवर्क पर मैसेज करें",
);

/** Round fifteen: Hindi in Devanagari, Marathi, Nepali in Devanagari and Bengali in its script, my own cases both ways (second pass). */
invalid.push(
  { text: "व्हाट्सएप पर आ जाओ", findings: [{ match: "व्हाट्सएप पर आ जाओ", severity: 'violation' }] },
  { text: "চলুন হোয়াটসঅ্যাপে চলে যাই", findings: [{ match: "চলুন হোয়াটসঅ্যাপে", severity: 'violation' }] },
  { text: "ফেসবুকে নক দিন", findings: [{ match: "ফেসবুকে নক দিন", severity: 'violation' }] },
  { text: "इंस्टाग्राम पर मैसेज करो", findings: [{ match: "इंस्टाग्राम पर मैसेज करो", severity: 'violation' }] },
);
valid.push(
  "আমি আপওয়ার্কের বাইরে কাজ করি না",
);

/** Round seventeen: in private, directly with me, 'email me' and a deal outside Upwork, in Devanagari, Bengali and Hinglish; my own cases both ways. */
invalid.push(
  { text: "प्राइवेट में बात करते हैं", findings: [{ match: "प्राइवेट में बात करते हैं", severity: 'violation' }] },
  { text: "प्राइवेटली बात करें?", findings: [{ match: "प्राइवेटली बात करें", severity: 'violation' }] },
  { text: "सीधे मुझसे संपर्क करें", findings: [{ match: "सीधे मुझसे संपर्क करें", severity: 'violation' }] },
  { text: "मुझे ईमेल करो", findings: [{ match: "मुझे ईमेल", severity: 'violation' }] },
  { text: "mujhe whatsapp kar do", findings: [{ match: "mujhe whatsapp", severity: 'violation' }] },
  { text: "अपवर्क से बाहर डील करते हैं", findings: [{ match: "अपवर्क से बाहर डील करते", severity: 'violation' }] },
  { text: "प्रायव्हेटमध्ये बोलूया", findings: [{ match: "प्रायव्हेटमध्ये बोलूया", severity: 'violation' }] },
  { text: "थेट माझ्याशी संपर्क करा", findings: [{ match: "थेट माझ्याशी संपर्क करा", severity: 'violation' }] },
  { text: "मला ईमेल करा", findings: [{ match: "मला ईमेल", severity: 'violation' }] },
  { text: "अपवर्कच्या बाहेर डील करूया", findings: [{ match: "अपवर्कच्या बाहेर डील करूया", severity: 'violation' }] },
  { text: "प्राइभेटमा कुरा गरौं", findings: [{ match: "प्राइभेटमा कुरा गरौं", severity: 'violation' }] },
  { text: "सिधै मसँग सम्पर्क गर्नुहोस्", findings: [{ match: "सिधै मसँग सम्पर्क गर्नुहोस्", severity: 'violation' }] },
  { text: "मलाई इमेल गर्नुहोस्", findings: [{ match: "मलाई इमेल", severity: 'violation' }] },
  { text: "अपवर्क बाहिर डिल गरौं", findings: [{ match: "अपवर्क बाहिर डिल गरौं", severity: 'violation' }] },
  { text: "প্রাইভেটে কথা বলি", findings: [{ match: "প্রাইভেটে কথা বলি", severity: 'violation' }] },
  { text: "সরাসরি আমার সাথে যোগাযোগ করুন", findings: [{ match: "সরাসরি আমার সাথে যোগাযোগ করুন", severity: 'violation' }] },
  { text: "আমাকে ইমেইল করুন", findings: [{ match: "আমাকে ইমেইল", severity: 'violation' }] },
  { text: "আপওয়ার্কের বাইরে ডিল করি", findings: [{ match: "আপওয়ার্কের বাইরে ডিল করি", severity: 'violation' }] },
);
valid.push(
  "हमारी कंपनी का नाम शर्मा प्राइवेट लिमिटेड है",
  "सीधे जाकर बाएं मुड़िए",
  "मुझे ईमेल मिल गया, धन्यवाद",
  "मुझे ईमेल टेम्पलेट का डिज़ाइन करना है",
  "mujhe email template banana hai",
  "हम मोबाइल ऐप पर काम करते हैं",
  "हम घर के बाहर काम करते हैं",
  "अपवर्क के बाहर डील नहीं करते हैं",
  "अपवर्कच्या बाहेर काम करू नका",
  "আমাকে ইমেইল টেমপ্লেট বানাতে হবে",
  "প্রাইভেট লিমিটেড কোম্পানি",
);

/** Round seventeen: Tamil "thaniya" (privately) before talk, a message or an app; "separately" before anything else stays clean. */
invalid.push(
  { text: "thaniya pesalam", findings: [{ match: "thaniya pesalam", severity: 'violation' }] },
  { text: "thaniyaa message pannunga", findings: [{ match: "thaniyaa message pannunga", severity: 'violation' }] },
  { text: "தனியா பேசலாம்", findings: [{ match: "தனியா பேசலாம்", severity: 'violation' }] },
);
valid.push(
  "thaniya invoice anuppunga",
  "thaniya file la podunga",
  "intha module ah thaniya pannalam",
);

/** Round seventeen: Georgian ნომერ after a genitive is an order's, a room's or an invoice's number; the writer's or the phone's still counts. */
invalid.push(
  { text: "ჩემი ნომერი მომწერე ვაიბერზე", findings: [{ match: "ნომერი მომწერე", severity: 'violation' }] },
  { text: "ტელეფონის ნომერი მომწერე", findings: [{ match: "ტელეფონის ნომერი მომწერე", severity: 'violation' }] },
);
valid.push(
  "შეკვეთის ნომერი მომწერე",
  "ოთახის ნომერი მომწერეთ, სასტუმროს საიტისთვის",
  "ვერსიის ნომერი მომწერე",
);

/** Round seventeen, batch 69 families: another marketplace bypassed by name (в обход freelancehunt), Discord as Koreans shorten it (디코). */
invalid.push(
  { text: "есть предложение продолжить работу в обход freelancehunt.", findings: [{ match: "есть предложение продолжить работу в обход freelancehunt", severity: 'violation' }] },
  { text: "давайте работать в обход Kwork", findings: [{ match: "давайте работать в обход Kwork", severity: 'violation' }] },
  { text: "넵 디코로 연락주세요", findings: [{ match: "디코로 연락주세요", severity: 'violation' }] },
);
valid.push(
  "в обход кэша запрос идёт напрямую к базе",
  "Freelancehunt — хорошая биржа для новичков",
  "디코더 설정을 바꿔주세요",
);

/** Round seventeen, batch 69: Korean "can be reached" after an open chat room (오픈 카톡방 ... 연락 가능합니다); reachable on Upwork or on weekday mornings stays clean. */
invalid.push(
  { text: "오픈 카톡방 남겨주시면 연락 가능합니다.", findings: [{ match: "오픈 카톡방 남겨주시면 연락 가능합니다", severity: 'violation' }] },
);
valid.push(
  "업워크 메시지로 연락 가능합니다",
  "평일 오전에는 연락 가능합니다",
);

/**
 * Round eighteen: channels and verbs as Hindi, Marathi, Nepali and Bengali write them: Discord and IMO in Nepali (डिस्कर्डमा),
 * Google Meet and Zoom with a link (गूगल मीट, গুগল মিট, लिंक), the green app in the scripts (हरे वाले ऐप, সবুজ অ্যাপ, हरियो एप),
 * a ping asked (पिंग कर दीजिए), "come" beside a channel (आउनुस्), Bengali "let's" before a place (চলেন টেলিগ্রামে).
 * A Telegram bot, an office visit, emoji and a green icon stay work. My own cases both ways.
 */
invalid.push(
  { text: "भोलिदेखि इमोमा आउनुस्, त्यहीँ कुरा गरौँ", findings: [{ match: "इमोमा आउनुस्", severity: 'violation' }] },
  { text: "চলো হোয়াটসঅ্যাপে, ওখানে ছবি দিচ্ছি", findings: [{ match: "চলো হোয়াটসঅ্যাপে", severity: 'violation' }] },
  { text: "सवाल हों तो नीले वाले ऐप पर पिंग करो", findings: [{ match: "नीले वाले ऐप पर पिंग करो", severity: 'violation' }] },
);
valid.push(
  "চলুন টেলিগ্রাম বটের কাজটা শুরু করি, এপিআই কী আমি দিচ্ছি",
  "डिस्कर्ड सर्भरको लागि बोट बनाउनुपर्छ, भोलि अफिस आउनुस्",
  "मोबाइलमा इमोजी राख्नुस्, हरियो रङ चाहिँदैन",
  "ऐप का आइकन हरे रंग का बनाओ",
  "जूम करके लोगो देखिए, लिंक वाला बटन छोटा है",
);

/**
 * Round nineteen: leaving Upwork without naming an app, in everyday English: "there instead of in here", "the other platform where I
 * messaged you", Upwork taken out of the picture, a slot on my calendar, "just google my agency name", "better we shift", our own portal,
 * our careers page. My own cases both ways, with the look-alikes: a branch used instead of main, a deadline shifted, a client's booking
 * widget, a careers page being built.
 */
invalid.push(
  { text: "Happy to walk you through it, but let's do the call over there rather than on here.", findings: [{ match: 'rather than on here', severity: 'violation' }] },
  { text: 'Please reply me on the other app, I sent the files there.', findings: [{ match: 'other app', severity: 'violation' }] },
  { text: 'Once we trust each other we can cut Upwork out of the equation.', findings: [{ match: 'cut Upwork out of the equation', severity: 'violation' }] },
  { text: 'Pick any free slot in my Calendly and we talk tomorrow.', findings: [{ match: 'Pick any free slot in my Calendly', severity: 'violation' }] },
  { text: 'Simply google my studio name and all my details come up.', findings: [{ match: 'Simply google my studio name', severity: 'violation' }] },
  { text: 'Sir this window is slow, lets shift.', findings: [{ match: 'lets shift', severity: 'violation' }] },
  { text: 'We collaborate with all freelancers through our company portal after the first week.', findings: [{ match: 'collaborate with all freelancers through our company portal', severity: 'violation' }] },
  { text: 'Send your CV on our careers page instead, we rarely check messages here.', findings: [{ match: 'CV on our careers page', severity: 'violation' }] },
);
valid.push(
  'Please use the staging branch instead of main for the hotfix.',
  'Can we shift the deadline to Friday?',
  'Customers book a slot on our calendar widget and get an SMS reminder.',
  'The careers page on the client site needs a new application form.',
  'The old portal is slow; we are rebuilding our own platform in Next.js.',
  "I'll post updates here rather than by email, so everything stays on Upwork.",
);

/**
 * Round twenty: leaving Upwork without naming an app ("somewhere a little more discreet", "chat in the direct way", "message me
 * outside of here", hi-Latn, ru), my own cases; next to them a parking place, and offers told then refused in a note ("Refused.", "I ended it.").
 */
invalid.push(
  { text: "Can we continue this somewhere a little more discreet? Too many eyes here.", findings: [{ match: "somewhere a little more discreet", severity: 'violation' }] },
  { text: "From tomorrow let's chat in the direct way, this site is slow.", findings: [{ match: "chat in the direct way", severity: 'violation' }] },
  { text: "Message me outside of here, my name is easy to find.", findings: [{ match: "outside of here", severity: 'violation' }] },
  { text: "Let's take the discussion somewhere else where I can send voice notes.", findings: [{ match: "somewhere else", severity: 'violation' }] },
  { text: "Sir bahar connect karte hain, yahan sab slow hai.", findings: [{ match: "bahar connect karte", severity: 'violation' }] },
  { text: "Давайте в нормальном месте пообщаемся, тут неудобно.", findings: [{ match: "в нормальном месте пообщаемся", severity: 'violation' }] },
);
valid.push(...OUTSIDE_REFUSED_CLEAN);

/**
 * Round twenty, phone chat: Portuguese "a gente trabalha direto, sem upwork"; next to it paying through Upwork as usual.
 */
invalid.push(
  { text: "depois desse job a gente trabalha direto, sem upwork, beleza?", findings: [{ match: "a gente trabalha direto, sem upwork", severity: 'violation' }] },
);
valid.push(
  "the fees r fine, ill pay u through upwork as usual",
);

/**
 * Round twenty-one: widened slots rather than phrases: our own place named by any words before its kind ("our Jira service desk", "our
 * supplier portal"), joining or registering there, the reason to leave in any wrapper ("no need to keep writing here", "so we stop this back
 * and forth here"), chat slang for "write to me" before an app. Next to them a portal being built, a product's users registering, Upwork Plus.
 */
invalid.push(
  { text: "It is hard to explain here, lets move to our Jira service desk and we discuss in tickets there.", findings: [{ match: "explain here, lets move to our Jira service desk", severity: 'violation' }] },
  { text: "Before I send the offer, join our workspace so you can meet the others.", findings: [{ match: "join our workspace", severity: 'violation' }] },
  { text: "You need to register on our supplier portal and upload your documents there.", findings: [{ match: "register on our supplier portal", severity: 'violation' }] },
  { text: "I'm sending you a calendar invitation for tomorrow, no need to keep writing here.", findings: [{ match: "no need to keep writing here", severity: 'violation' }] },
  { text: "Let me add you now so we stop this back and forth here, it's cleaner.", findings: [{ match: "so we stop this back and forth here", severity: 'violation' }] },
  { text: "Once you have my number, no need for upwork after that.", findings: [{ match: "no need for upwork", severity: 'violation' }] },
  { text: "hit me on whatsapp", findings: [{ match: "hit me on whatsapp", severity: 'violation' }] },
  { text: "buzz me on telegram when you're free", findings: [{ match: "buzz me on telegram", severity: 'violation' }] },
);
valid.push(
  "We are redesigning our customer portal; the login page needs a new layout.",
  "The app lets users register on our portal and book appointments.",
  "We need a help desk module for our support portal.",
  "There's no need for Upwork Plus for this.",
  "Join the Upwork workspace for the contract when you get the invite.",
  "Hit me up with questions here anytime.",
  'Please replace our old Skype button on the support page with the Microsoft Teams "Chat with us" link for our helpdesk account.',
);

/** Round twenty-one, false alarm by reason: things stored somewhere secure, not a talk moved there. */
valid.push("Please store the keys somewhere more secure.", "Keep the backups somewhere safer than the shared drive.");
invalid.push({ text: "Can we continue somewhere more private?", findings: [{ match: "somewhere more private", severity: 'violation' }] });

/** Round twenty-two, software told what it must send and how ("app must send ... by email and sms"). Next to them a person who must or should send. */
valid.push(
  'app must send booking confirmation by email and sms',
  'app must send the order status by email and whatsapp',
  'the software should text the pickup time by sms',
);
invalid.push(
  { text: "I must send the files by email, upwork chat is too slow", findings: [{ match: "send the files by email", severity: 'violation' }, { match: "upwork chat is too slow", severity: 'violation' }] },
  { text: "you should send the draft by email instead of here", findings: [{ match: "send the draft by email", severity: 'violation' }, { match: "instead of here", severity: 'violation' }] },
  { text: "We have to continue on WhatsApp, the app is slow here", findings: [{ match: "continue on WhatsApp", severity: 'violation' }] },
);

/**
 * Round twenty-four, languages (t39): leaving without an app in Spanish and Portuguese: Rioplatense "por afuera", "sin la plataforma",
 * Upwork as feminine in Brazil ("fora da Upwork"), European "noutro sítio", leaving in so many words ("vamos sair daqui"); Portuguese "no"
 * (in the) after a verb of talking is no refusal ("me chama no privado"), and "me escreve", "pode me chamar", "contacta-me" are verbs of talking.
 * Next to them the same words refused, told back or kept on Upwork.
 */
invalid.push(
  { text: "hablemos directamente sin la plataforma", findings: [{ match: "hablemos directamente sin la plataforma", severity: 'violation' }] },
  { text: "escribime por afuera y arreglamos", findings: [{ match: "escribime por afuera", severity: 'violation' }] },
  { text: "vamos conversar fora da upwork", findings: [{ match: "vamos conversar fora da upwork", severity: 'violation' }] },
  { text: "me chama no privado", findings: [{ match: "me chama no privado", severity: 'violation' }] },
  { text: "pode me chamar no privado", findings: [{ match: "me chamar no privado", severity: 'violation' }] },
  { text: "melhor tratarmos diretamente, sem a plataforma", findings: [{ match: "melhor tratarmos diretamente, sem a plataforma", severity: 'violation' }] },
  { text: "podemos continuar noutro sítio?", findings: [{ match: "podemos continuar noutro sítio", severity: 'violation' }] },
  { text: "vamos sair daqui e falar direto", findings: [{ match: "vamos sair daqui", severity: 'violation' }] },
);
valid.push(
  "el cliente quería hablar fuera de upwork y le dije que no",
  "no podemos salir de upwork antes del contrato",
  "o cliente quis sair da plataforma e eu disse que não",
  "o cliente me chamou no privado mas eu recusei",
  "não vamos sair da upwork, fica tudo aqui",
  "me chama no número do pedido que está na nota",
);

/** Round twenty-four, languages (t39): Chinese "换个地方聊" and "私聊吧"; not a private-chat feature, a refusal, or the move called out of place. */
invalid.push(
  { text: "这里不方便，换个地方聊", findings: [{ match: "换个地方聊", severity: 'violation' }] },
  { text: "私聊吧", findings: [{ match: "私聊吧", severity: 'violation' }] },
);
valid.push("私聊功能要支持图片", "客户说要私聊，我拒绝了", "换个地方聊这个需求不合适，就在这里说吧");


/** Round twenty-four: a call on a video tool, its invite sent in the next sentence by any verb of sending; an invite from Upwork, or sent by the product being built. */
invalid.push(
  {
    text: "PFB a slot for a quick discovery call on Meet: Tuesday or Wednesday 7:30 PM IST (2 PM UK). Kindly confirm and I will drop the invite to your inbox.",
    findings: [{ match: "Meet: Tuesday or Wednesday 7:30 PM IST (2 PM UK). Kindly confirm and I will drop the invite", severity: 'violation' }],
  },
);
valid.push(
  "We can meet on Upwork's call tool; I will send the invite from the Upwork chat.",
  "I built the Google Meet integration; the app can send the invite automatically to each patient.",
);

/**
 * Round twenty-five, languages (t40): the helper's own chat cases in Bengali, Banglish, Urdu in its script, Roman Urdu, Hindi in Devanagari, Tamil, Tamil in Latin letters, Telugu, Telugu in Latin letters, Marathi, Nepali; violations the rules missed before,
 * and clean look-alikes beside them (refusals, warnings, reported speech, work talk).
 */
invalid.push(
  { text: "চলেন আপওয়ার্কের বাইরে কথা বলি", findings: [{ match: "আপওয়ার্কের বাইরে কথা বলি", severity: 'violation' }] },
  { text: "এখানে না, অন্য কোথাও কথা বলি", findings: [{ match: "অন্য কোথাও কথা বলি", severity: 'violation' }] },
  { text: "সরাসরি আমার সাথে যোগাযোগ করুন", findings: [{ match: "সরাসরি আমার সাথে যোগাযোগ করুন", severity: 'violation' }] },
  { text: "আপওয়ার্কে কথা বলা ঝামেলা, বাইরে কথা বলি", findings: [{ match: "বাইরে কথা বলি", severity: 'violation' }] },
  { text: "কল দিয়েন, এখানে মেসেজ করার দরকার নাই", findings: [{ match: "কল দিয়েন, এখানে মেসেজ", severity: 'violation' }] },
  { text: "আপওয়ার্কের চ্যাটে না, পার্সোনালি কথা বলি", findings: [{ match: "পার্সোনালি কথা বলি", severity: 'violation' }] },
  { text: "আমরা আপওয়ার্ক ছাড়া সরাসরি কাজ করতে পারি", findings: [{ match: "আপওয়ার্ক ছাড়া সরাসরি কাজ করতে পারি", severity: 'violation' }] },
  { text: "এখানে আর মেসেজ না দিয়ে আমাকে সরাসরি ফোন করেন", findings: [{ match: "মেসেজ না দিয়ে আমাকে সরাসরি ফোন করেন", severity: 'violation' }] },
  { text: "বাকি কথা ইনবক্সে হবে", findings: [{ match: "বাকি কথা ইনবক্সে", severity: 'violation' }] },
  { text: "cholen upwork er baire kotha boli", findings: [{ match: "upwork er baire kotha boli", severity: 'violation' }] },
  { text: "ekhane na, onno kothao kotha boli", findings: [{ match: "onno kothao kotha boli", severity: 'violation' }] },
  { text: "amake direct call diyen, ekhane msg korar dorkar nai", findings: [{ match: "direct call diyen", severity: 'violation' }] },
  { text: "upwork e kotha bola jhamela, baire kotha boli", findings: [{ match: "baire kotha boli", severity: 'violation' }] },
  { text: "baki kotha inbox e hobe", findings: [{ match: "baki kotha inbox", severity: 'violation' }] },
  { text: "amra upwork chara sorasori kaj korte pari", findings: [{ match: "upwork chara sorasori kaj korte pari", severity: 'violation' }] },
  { text: "personally kotha boli, upwork er chat e na", findings: [{ match: "personally kotha boli, upwork er chat e na", severity: 'violation' }] },
  { text: "amake knock diyen messenger e", findings: [{ match: "knock diyen messenger", severity: 'violation' }] },
  { text: "اپورک سے باہر بات کرتے ہیں", findings: [{ match: "اپورک سے باہر بات کرتے ہیں", severity: 'violation' }] },
  { text: "یہاں نہیں، کہیں اور بات کر لیتے ہیں", findings: [{ match: "کہیں اور بات کر لیتے ہیں", severity: 'violation' }] },
  { text: "باقی بات واٹس ایپ پر کریں گے", findings: [{ match: "باقی بات واٹس ایپ", severity: 'violation' }] },
  { text: "اپورک کی چیٹ پر نہیں، ذاتی طور پر بات کرتے ہیں", findings: [{ match: "ذاتی طور پر بات کرتے ہیں", severity: 'violation' }] },
  { text: "اپورک کے بغیر ڈائریکٹ کام کر لیتے ہیں", findings: [{ match: "اپورک کے بغیر ڈائریکٹ کام کر لیتے ہیں", severity: 'violation' }] },
  { text: "upwork se bahar baat karte hain", findings: [{ match: "bahar baat karte", severity: 'violation' }] },
  { text: "yahan nahi, kahin aur baat kar lete hain", findings: [{ match: "kahin aur", severity: 'violation' }] },
  { text: "upwork ke baghair direct kaam kar lete hain", findings: [{ match: "upwork ke baghair direct", severity: 'violation' }] },
  { text: "Upwork से बाहर बात करते हैं", findings: [{ match: "Upwork से बाहर बात करते हैं", severity: 'violation' }] },
  { text: "यहाँ नहीं, कहीं और बात कर लेते हैं", findings: [{ match: "कहीं और बात कर लेते हैं", severity: 'violation' }] },
  { text: "मुझे direct call कर लो, यहाँ message की जरूरत नहीं", findings: [{ match: "direct call कर लो", severity: 'violation' }] },
  { text: "बाकी बात WhatsApp पे करेंगे", findings: [{ match: "बाकी बात WhatsApp", severity: 'violation' }] },
  { text: "Upwork के बिना direct काम कर लेते हैं", findings: [{ match: "Upwork के बिना direct", severity: 'violation' }] },
  { text: "Upwork வெளியே பேசலாம்", findings: [{ match: "Upwork வெளியே பேசலாம்", severity: 'violation' }] },
  { text: "இங்க வேண்டாம், வேற எங்கயாவது பேசலாம்", findings: [{ match: "வேற எங்கயாவது பேசலாம்", severity: 'violation' }] },
  { text: "மீதி பேச்சு WhatsApp-ல வச்சுக்கலாம்", findings: [{ match: "மீதி பேச்சு WhatsApp", severity: 'violation' }] },
  { text: "upwork veliya pesalam", findings: [{ match: "upwork veliya pesalam", severity: 'violation' }] },
  { text: "inga venam, vera engayavadhu pesalam", findings: [{ match: "vera engayavadhu pesalam", severity: 'violation' }] },
  { text: "Upwork బయట మాట్లాడుకుందాం", findings: [{ match: "Upwork బయట మాట్లాడుకుందాం", severity: 'violation' }] },
  { text: "ఇక్కడ వద్దు, వేరే చోట మాట్లాడుకుందాం", findings: [{ match: "వేరే చోట మాట్లాడుకుందాం", severity: 'violation' }] },
  { text: "మిగతా విషయాలు WhatsApp లో మాట్లాడుకుందాం", findings: [{ match: "WhatsApp లో మాట్లాడుకుందాం", severity: 'violation' }] },
  { text: "upwork bayata matladukundam", findings: [{ match: "upwork bayata matladukundam", severity: 'violation' }] },
  { text: "ikkada vaddu, vere chota matladukundam", findings: [{ match: "vere chota matladukundam", severity: 'violation' }] },
  { text: "Upwork च्या बाहेर बोलूया", findings: [{ match: "Upwork च्या बाहेर बोलूया", severity: 'violation' }] },
  { text: "इथे नको, दुसरीकडे बोलूया", findings: [{ match: "दुसरीकडे बोलूया", severity: 'violation' }] },
  { text: "मला direct कॉल करा, इथे मेसेज करायची गरज नाही", findings: [{ match: "direct कॉल करा", severity: 'violation' }] },
  { text: "बाकी बोलणं WhatsApp वर करू", findings: [{ match: "बाकी बोलणं WhatsApp", severity: 'violation' }] },
  { text: "Upwork बाहिर कुरा गरौं", findings: [{ match: "Upwork बाहिर कुरा गरौं", severity: 'violation' }] },
  { text: "यहाँ होइन, अरु कतै कुरा गरौं", findings: [{ match: "अरु कतै कुरा गरौं", severity: 'violation' }] },
  { text: "मलाई सिधै कल गर्नुस्, यहाँ म्यासेज गर्नु पर्दैन", findings: [{ match: "कल गर्नुस्, यहाँ म्यासेज", severity: 'violation' }] },
  { text: "बाँकी कुरा WhatsApp मा गरौंला", findings: [{ match: "बाँकी कुरा WhatsApp", severity: 'violation' }] },
);
valid.push(
  "সব কথা আপওয়ার্কেই বলি, ফাইল এখানেই পাঠাবো।",
  "sob kotha upwork ei boli, file ekhanei pathabo",
  "video call lagle upwork er call feature use kori",
  "ساری بات اپورک پر ہی کریں گے، فائل بھی یہیں بھیجوں گا۔",
  "sari baat upwork pe hi karenge",
  "सारी बात Upwork पे ही करेंगे, file भी यहीं भेजूंगा।",
  "எல்லா பேச்சும் Upwork-லயே, file-உம் இங்கேயே அனுப்புறேன்.",
  "form-ல phone நம்பர் field சேர்த்துட்டேன்.",
  "ellame upwork layae pesalam",
  "అన్ని విషయాలు Upwork లోనే, file కూడా ఇక్కడే పంపిస్తాను.",
  "form లో phone నంబర్ field జోడించాను.",
  "anni vishayalu upwork lone matladukundam",
  "मी Upwork च्या बाहेर पेमेंट घेत नाही.",
  "सगळं बोलणं Upwork वरच करू, फाईल पण इथेच पाठवतो.",
  "तुमच्या वेबसाइटमध्ये GPay पेमेंट गेटवे इंटिग्रेट करू शकतो.",
  "काम पूर्ण झाल्यावर प्रामाणिक रिव्ह्यू दिलात तर आनंद होईल.",
  "मी कोणालाही माझं अकाउंट वापरू देत नाही.",
  "म Upwork बाहिर पेमेन्ट लिन्न।",
  "सबै कुरा Upwork मै गरौं, फाइल पनि यहीँ पठाउँछु।",
  "तपाईंको वेबसाइटमा eSewa पेमेन्ट गेटवे इन्टिग्रेट गर्न सक्छु।",
  "काम सकिएपछि इमानदार रिभ्यु दिनुभयो भने खुसी हुनेछु।",
  "फारममा फोन नम्बरको फिल्ड थपेको छु।",
  "म कसैलाई मेरो खाता चलाउन दिन्न।",
  "माफ गर्नुस्, Upwork को नियम अनुसार नम्बर दिन मिल्दैन, यहीँ कुरा गरौं।",
);

/**
 * Round twenty-five (t41): Polish, Japanese, Korean, Hebrew, Amharic and Georgian as people chat on Upwork, each case missed before the
 * round, beside hard clean look-alikes (refusals, reported asks, integrations, product reviews, lines to translate).
 */
invalid.push(
  { text: "pogadajmy gdzieś indziej, tu jest słabo", findings: [{ match: "pogadajmy gdzieś indziej", severity: 'violation' }] },
  { text: "ここだと不便なので、別のところでやり取りしましょう", findings: [{ match: "別のところでやり取り", severity: 'violation' }] },
  { text: "サイトの外で直接やり取りできればと思います", findings: [{ match: "サイトの外で直接やり取り", severity: 'violation' }] },
  { text: "앞으로는 메일로 직접 주고받아요", findings: [{ match: "메일로 직접 주고받", severity: 'violation' }] },
  { text: "전화로 얘기하는 게 빠를 것 같아요, 제가 걸게요", findings: [{ match: "전화로 얘기", severity: 'violation' }] },
  { text: "בוא נמשיך את השיחה מחוץ לאפליקציה הזאת", findings: [{ match: "בוא נמשיך את השיחה מחוץ לאפליקציה", severity: 'violation' }] },
  { text: "עדיף שנדבר בוואטסאפ, פה זה מסורבל", findings: [{ match: "שנדבר בוואטסאפ", severity: 'violation' }] },
  { text: "נעבור לדבר במקום אחר", findings: [{ match: "נעבור לדבר במקום אחר", severity: 'violation' }] },
  { text: "be telegram enawra", findings: [{ match: "be telegram enawra", severity: 'violation' }] },
  { text: "በስልክ እንደዋወል እዚህ ሳይሆን", findings: [{ match: "እንደዋወል እዚህ ሳይሆን", severity: 'violation' }] },
  { text: "ვაიბერში გადავიდეთ", findings: [{ match: "ვაიბერში გადავიდეთ", severity: 'violation' }] },
  { text: "აპვორკის გარეშე ვილაპარაკოთ", findings: [{ match: "აპვორკის გარეშე ვილაპარაკოთ", severity: 'violation' }] },
  { text: "სხვაგან ვისაუბროთ", findings: [{ match: "სხვაგან ვისაუბროთ", severity: 'violation' }] },
  { text: "telegramshi gadavidet", findings: [{ match: "telegramshi gadavidet", severity: 'violation' }] },
);
valid.push(
  "rozmawiajmy tutaj na Upworku, tak jest bezpieczniej",
  "nie przenoszę rozmów poza platformę, sorry",
  "zróbmy spotkanie przez Zoom w Upwork Messages",
  "potrzebuję bota na WhatsAppa dla sklepu",
  "integracja z Messengerem w aplikacji działa",
  "LINE公式アカウントとの連携を開発できます",
  "LINEログインをアプリに組み込みたいです",
  "恐れ入りますが、やり取りはUpwork内でお願いいたします",
  "Upworkのビデオ通話で打ち合わせしましょう",
  "Slackの通知ボットを作ってほしいです",
  "LINE連携の見積もりをお送りします",
  "チャットワークのAPIで自動投稿するツールです",
  "카카오톡 채널 연동 개발 가능합니다",
  "카톡 알림톡 API 연동 견적 드립니다",
  "여기서 얘기해요, 업워크가 안전해요",
  "업워크 화상통화로 미팅할까요?",
  "슬랙 봇을 만들어 주세요",
  "텔레그램 봇 개발 경험이 있습니다",
  "אני יכול לבנות בוט לוואטסאפ לעסק",
  "שיחת וידאו דרך אפוורק בסדר מבחינתי",
  "אני לא עובר לדבר מחוץ לפלטפורמה",
  "በአፕወርክ ብቻ እንነጋገር",
  "აქ, აპვორკზე ვისაუბროთ",
  "ვაიბერის ბოტი გავაკეთო",
  "전화로 주문받는 기능을 만들어 주세요",
  "메일로 알림 주고받는 기능을 개발했어요",
  "別のところを修正しました",
  "別の場所にファイルを保存してください",
  "gdzieś indziej w kodzie jest ten sam błąd",
);

/**
 * Round twenty-five, languages (t42): Turkish, Azerbaijani, Vietnamese, Thai, Romanian as people chat (Turkish and Azerbaijani with and without their letters, Vietnamese
 * without tones, Thai with its particles); next to them the same words refused, reported, or said of the work.
 */
invalid.push(
  { text: "telegramdan ulaşabilir miyim size", findings: [{ match: "telegramdan ulaşabilir miyim", severity: 'violation' }] },
  { text: "burada konuşmayalım, dışarıda devam edelim", findings: [{ match: "burada konuşmayalım, dışarıda devam edelim", severity: 'violation' }] },
  { text: "upwork dışında çalışalım, daha rahat olur", findings: [{ match: "upwork dışında çalışalım", severity: 'violation' }] },
  { text: "buranın dışında anlaşalım", findings: [{ match: "buranın dışında anlaşalım", severity: 'violation' }] },
  { text: "site dışından devam edelim mi", findings: [{ match: "site dışından devam edelim", severity: 'violation' }] },
  { text: "platformu aradan çıkaralım abi", findings: [{ match: "platformu aradan çıkaralım", severity: 'violation' }] },
  { text: "özelden yazışalım", findings: [{ match: "özelden yazışalım", severity: 'violation' }] },
  { text: "bundan sonraki işleri direkt bana ver, sitesiz yapalım", findings: [{ match: "sitesiz yapalım", severity: 'violation' }] },
  { text: "bir sonraki projede upwork kullanmayalım", findings: [{ match: "upwork kullanmayalım", severity: 'violation' }] },
  { text: "upwork xaricində danışaq", findings: [{ match: "upwork xaricində danışaq", severity: 'violation' }] },
  { text: "burda yox, başqa yerdə yazışaq", findings: [{ match: "başqa yerdə yazışaq", severity: 'violation' }] },
  { text: "platformadan kənar işləyək, daha rahatdır", findings: [{ match: "platformadan kənar işləyək", severity: 'violation' }] },
  { text: "saytdan kənarda razılaşaq", findings: [{ match: "saytdan kənarda razılaşaq", severity: 'violation' }] },
  { text: "upworksuz birbaşa işləyək", findings: [{ match: "upworksuz birbaşa işləyək", severity: 'violation' }] },
  { text: "gəl buradan çıxaq, başqa yerdə davam edək", findings: [{ match: "gəl buradan çıxaq", severity: 'violation' }] },
  { text: "ozel yazisaq", findings: [{ match: "ozel yazisaq", severity: 'violation' }] },
  { text: "növbəti layihəni upworkdan kənar edək", findings: [{ match: "upworkdan kənar edək", severity: 'violation' }] },
  { text: "bạn có zalo không, kết bạn đi", findings: [{ match: "zalo không, kết bạn", severity: 'violation' }] },
  { text: "ib facebook cho mình nhé", findings: [{ match: "ib facebook", severity: 'violation' }] },
  { text: "mình nói chuyện ngoài upwork cho tiện", findings: [{ match: "nói chuyện ngoài upwork", severity: 'violation' }] },
  { text: "qua zalo trao đổi nhanh hơn", findings: [{ match: "zalo trao đổi", severity: 'violation' }] },
  { text: "làm việc trực tiếp với nhau khỏi qua upwork", findings: [{ match: "khỏi qua upwork", severity: 'violation' }] },
  { text: "mình chuyển qua chỗ khác nói chuyện nhé", findings: [{ match: "chuyển qua chỗ khác", severity: 'violation' }] },
  { text: "nhắn riêng cho mình đi", findings: [{ match: "nhắn riêng cho mình", severity: 'violation' }] },
  { text: "dự án sau mình làm ngoài nhé, không cần upwork", findings: [{ match: "làm ngoài nhé", severity: 'violation' }] },
  { text: "ra ngoài làm cho thoải mái em", findings: [{ match: "ra ngoài làm", severity: 'violation' }] },
  { text: "lam ngoai nen di, upwork phien lam", findings: [{ match: "lam ngoai nen", severity: 'violation' }] },
  { text: "แอดไลน์มาคุยกันนะคะ ไอดีอยู่ในโปรไฟล์", findings: [{ match: "แอดไลน์", severity: 'violation' }] },
  { text: "คุยนอกระบบดีกว่าครับ", findings: [{ match: "คุยนอกระบบ", severity: 'violation' }] },
  { text: "ไปคุยกันข้างนอกเถอะ", findings: [{ match: "คุยกันข้างนอก", severity: 'violation' }] },
  { text: "ย้ายไปคุยที่อื่นกันไหม", findings: [{ match: "ย้ายไปคุยที่อื่น", severity: 'violation' }] },
  { text: "ทักส่วนตัวมาเลยครับ", findings: [{ match: "ทักส่วนตัว", severity: 'violation' }] },
  { text: "ทำงานกันเองดีกว่า ไม่ต้องผ่านเว็บ", findings: [{ match: "ทำงานกันเอง", severity: 'violation' }] },
  { text: "คุยในไลน์สะดวกกว่า", findings: [{ match: "คุยในไลน์", severity: 'violation' }] },
  { text: "scrie-mi pe privat numarul tau", findings: [{ match: "scrie-mi pe privat", severity: 'violation' }] },
  { text: "hai sa vorbim pe privat", findings: [{ match: "hai sa vorbim pe privat", severity: 'violation' }] },
  { text: "mai bine discutam in afara platformei", findings: [{ match: "mai bine discutam in afara platformei", severity: 'violation' }] },
  { text: "lucram direct, fara upwork", findings: [{ match: "lucram direct, fara upwork", severity: 'violation' }] },
  { text: "să continuăm pe altă parte, aici e complicat", findings: [{ match: "să continuăm pe altă parte", severity: 'violation' }] },
  { text: "data viitoare lucram fara platforma", findings: [{ match: "lucram fara platforma", severity: 'violation' }] },
);
valid.push(
  "upwork dışında konuşmak yasak, burada devam edelim",
  "site dışındaki bir yerde çalışmam, kusura bakmayın",
  "dışarıda yağmur var, toplantıyı erteleyelim",
  "upwork dışında çalışmam, kusura bakmayın",
  "müşteri buranın dışında anlaşalım dedi, kabul etmedim",
  "upwork xaricində işləmirəm, bağışlayın",
  "kənar platformada işləmək qadağandır",
  "müştəri başqa yerdə yazışaq dedi, imtina etdim",
  "theo quy định mình chỉ trao đổi trên upwork thôi",
  "em không làm ngoài upwork đâu ạ",
  "tích hợp zalo oa để gửi thông báo cho khách",
  "khách rủ làm ngoài nhưng em từ chối",
  "ตามกฎเราคุยใน upwork เท่านั้นครับ",
  "ผมไม่คุยนอกระบบนะครับ",
  "ข้างนอกฝนตก ขอเลื่อนประชุม",
  "ผมไม่มีไลน์ คุยในนี้ได้เลยครับ",
  "conform regulilor vorbim doar pe upwork",
  "nu lucrez in afara platformei, scuze",
  "lucram direct in repository-ul clientului",
);

/** Round twenty-five, languages (t42): German, Dutch as clients and freelancers write them; next to them the same words refused or said of the work. */
invalid.push(
  { text: "lass uns das außerhalb von Upwork besprechen", findings: [{ match: "lass uns das außerhalb von Upwork", severity: 'violation' }] },
  { text: "wir können auch direkt zusammenarbeiten, ohne die Plattform", findings: [{ match: "zusammenarbeiten, ohne die Plattform", severity: 'violation' }] },
  { text: "schreib mir lieber privat", findings: [{ match: "schreib mir lieber privat", severity: 'violation' }] },
  { text: "beim nächsten Projekt machen wir das ohne Upwork", findings: [{ match: "machen wir das ohne Upwork", severity: 'violation' }] },
  { text: "lass uns woanders weiterreden, hier ist es umständlich", findings: [{ match: "lass uns woanders", severity: 'violation' }] },
  { text: "die Upwork-Gebühr ist zu hoch, lass uns das privat regeln", findings: [{ match: "lass uns das privat", severity: 'violation' }] },
  { text: "laten we buiten Upwork verder praten", findings: [{ match: "laten we buiten Upwork", severity: 'violation' }] },
  { text: "we kunnen ook direct samenwerken, zonder het platform", findings: [{ match: "direct samenwerken, zonder het platform", severity: 'violation' }] },
  { text: "volgende keer doen we het zonder Upwork", findings: [{ match: "doen we het zonder Upwork", severity: 'violation' }] },
);
valid.push(
  "laut den Regeln bleiben wir hier auf Upwork",
  "ich arbeite nicht außerhalb von Upwork, sorry",
  "ohne Upwork würde ich nie mit neuen Kunden zusammenarbeiten",
  "volgens de regels blijven we op Upwork",
  "zonder Upwork had ik deze klant nooit gevonden",
);

/** Round twenty-five (t42): German "zusammenarbeiten" leaves Upwork only next to "ohne die Plattform", not in advice weighing the two. */
valid.push("Wenn Sie Ihre Freelance-Reise beginnen oder verfeinern, steht eine grundlegende Entscheidung an: ob Sie hauptsächlich mit Kunden über Online-Plattformen zusammenarbeiten oder direkte Kundenbeziehungen pflegen möchten.");

/**
 * Round twenty-six, languages (t44): Armenian (script and Latin letters), Uzbek (Latin and Cyrillic), Persian (script and Finglish),
 * Kazakh, Kyrgyz, Tajik and Mongolian, as clients, freelancers and scammers type them; next to them refusals, rules, reported speech and work.
 */
invalid.push(
  { text: "Կարո՞ղ եք ձեր հեռախոսահամարը ուղարկել, որ զանգեմ", findings: [{ match: "հեռախոսահամարը ուղարկել, որ զանգեմ", severity: 'violation' }] },
  { text: "Եկեք շարունակենք Upwork-ից դուրս", findings: [{ match: "Եկեք շարունակենք Upwork-ից դուրս", severity: 'violation' }] },
  { text: "Այստեղ անհարմար է, եկեք այլ տեղ խոսենք", findings: [{ match: "եկեք այլ տեղ", severity: 'violation' }] },
  { text: "Ավելի լավ է ուղիղ կապվենք, առանց կայքի", findings: [{ match: "Ավելի լավ է ուղիղ կապվենք, առանց կայքի", severity: 'violation' }] },
  { text: "Գրեք ինձ անձնական, այստեղ մի գրեք", findings: [{ match: "Գրեք ինձ անձնական", severity: 'violation' }] },
  { text: "Ապվորքից դուրս գրեք, ավելի արագ կպատասխանեմ", findings: [{ match: "Ապվորքից դուրս գրեք", severity: 'violation' }] },
  { text: "Եկեք կապի այլ միջոցով խոսենք, այստեղ չէ", findings: [{ match: "Եկեք կապի այլ միջոցով", severity: 'violation' }] },
  { text: "ekeq upwork-ic durs xosenq", findings: [{ match: "ekeq upwork-ic durs", severity: 'violation' }] },
  { text: "aystex harmar chi, urish tex grenq", findings: [{ match: "urish tex grenq", severity: 'violation' }] },
  { text: "uxxaki ayl tex kxosenq, aranc upworki", findings: [{ match: "ayl tex kxosenq", severity: 'violation' }] },
  { text: "Keling, Upworkdan tashqarida gaplashamiz", findings: [{ match: "Keling, Upworkdan tashqarida", severity: 'violation' }] },
  { text: "Bu yerda noqulay, boshqa joyda yozishaylik", findings: [{ match: "boshqa joyda yozishaylik", severity: 'violation' }] },
  { text: "Saytsiz to'g'ridan-to'g'ri ishlaylik", findings: [{ match: "Saytsiz to'g'ridan-to'g'ri ishlaylik", severity: 'violation' }] },
  { text: "Upwork'dan chiqib, shaxsiy yozishamiz", findings: [{ match: "Upwork'dan chiqib, shaxsiy yozishamiz", severity: 'violation' }] },
  { text: "Келинг, Апворкдан ташқарида гаплашамиз", findings: [{ match: "Келинг, Апворкдан ташқарида", severity: 'violation' }] },
  { text: "Бу ерда ноқулай, бошқа жойда ёзишайлик", findings: [{ match: "бошқа жойда ёзишайлик", severity: 'violation' }] },
  { text: "بیاید بیرون از آپورک صحبت کنیم", findings: [{ match: "بیاید بیرون از آپورک", severity: 'violation' }] },
  { text: "اینجا راحت نیستم، یه جای دیگه حرف بزنیم", findings: [{ match: "یه جای دیگه حرف بزنیم", severity: 'violation' }] },
  { text: "بدون سایت مستقیم با هم کار کنیم", findings: [{ match: "بدون سایت مستقیم با هم کار کنیم", severity: 'violation' }] },
  { text: "خصوصی پیام بدید، اینجا نه", findings: [{ match: "خصوصی پیام بدید", severity: 'violation' }] },
  { text: "biya kharej az upwork harf bezanim", findings: [{ match: "biya kharej az upwork", severity: 'violation' }] },
  { text: "inja rahat nistam, ye jaye dige chat konim", findings: [{ match: "ye jaye dige chat konim", severity: 'violation' }] },
  { text: "Апворктан тыс сөйлесейік", findings: [{ match: "Апворктан тыс сөйлесейік", severity: 'violation' }] },
  { text: "Мұнда ыңғайсыз, басқа жерде жазысайық", findings: [{ match: "басқа жерде жазысайық", severity: 'violation' }] },
  { text: "Сайтсыз тікелей жұмыс істейік", findings: [{ match: "Сайтсыз тікелей жұмыс істейік", severity: 'violation' }] },
  { text: "Вотсапка жазыңыз", findings: [{ match: "Вотсапка жазыңыз", severity: 'violation' }] },
  { text: "Апворктун сыртында сүйлөшөлү", findings: [{ match: "Апворктун сыртында сүйлөшөлү", severity: 'violation' }] },
  { text: "Бул жерде ыңгайсыз, башка жерде жазышалы", findings: [{ match: "башка жерде жазышалы", severity: 'violation' }] },
  { text: "Биёед берун аз Апворк гап занем", findings: [{ match: "Биёед берун аз Апворк", severity: 'violation' }] },
  { text: "Ин ҷо нороҳат аст, дар ҷои дигар нависем", findings: [{ match: "дар ҷои дигар нависем", severity: 'violation' }] },
  { text: "Апворкоос гадуур ярилцъя", findings: [{ match: "Апворкоос гадуур ярилцъя", severity: 'violation' }] },
  { text: "Энд тохиромжгүй, өөр газар бичилцье", findings: [{ match: "өөр газар бичилцье", severity: 'violation' }] },
  { text: "Եկեք Վայբերով շարունակենք, այստեղ դանդաղ է", findings: [{ match: "Վայբերով շարունակենք", severity: 'violation' }] },
  { text: "Այստեղ չխոսենք, գրեք ինձ ուրիշ տեղ", findings: [{ match: "գրեք ինձ ուրիշ տեղ", severity: 'violation' }] },
  { text: "ekeq viberov xosenq, aystex chi ashxatum lav", findings: [{ match: "viberov xosenq", severity: 'violation' }] },
  { text: "upwork-ic durs grenq, aveli hesht a", findings: [{ match: "upwork-ic durs grenq", severity: 'violation' }] },
  { text: "Telegramda gaplashaylik, bu yerda noqulay", findings: [{ match: "Telegramda gaplashaylik", severity: 'violation' }] },
  { text: "Keling, Upworkdan chiqib to'g'ridan-to'g'ri ishlaymiz", findings: [{ match: "Keling, Upworkdan chiqib", severity: 'violation' }] },
  { text: "Апворкдан ташқарида ишлайлик, келишамиз", findings: [{ match: "Апворкдан ташқарида ишлайлик", severity: 'violation' }] },
  { text: "Келинг, Телеграмда давом эттирамиз", findings: [{ match: "Телеграмда давом эттирамиз", severity: 'violation' }] },
  { text: "بیاید تو تلگرام ادامه بدیم، اینجا کنده", findings: [{ match: "تلگرام ادامه بدیم", severity: 'violation' }] },
  { text: "خارج از سایت با هم در ارتباط باشیم", findings: [{ match: "خارج از سایت با هم در ارتباط باشیم", severity: 'violation' }] },
  { text: "biya to telegram harf bezanim", findings: [{ match: "telegram harf bezanim", severity: 'violation' }] },
  { text: "Телеграмға көшейік, мұнда ыңғайсыз", findings: [{ match: "Телеграмға көшейік", severity: 'violation' }] },
  { text: "Апворктан тыс жұмыс істейік, тікелей", findings: [{ match: "Апворктан тыс жұмыс істейік", severity: 'violation' }] },
  { text: "Телеграмга өтөлү, бул жерде ыңгайсыз", findings: [{ match: "Телеграмга өтөлү", severity: 'violation' }] },
  { text: "Апворктун сыртында иштейли", findings: [{ match: "Апворктун сыртында иштейли", severity: 'violation' }] },
  { text: "Рақами Ватсапатонро нависед", findings: [{ match: "Рақами Ватсапатонро нависед", severity: 'violation' }] },
  { text: "Биёед дар Телеграм гап занем, ин ҷо нороҳат", findings: [{ match: "Телеграм гап занем", severity: 'violation' }] },
  { text: "Берун аз Апворк кор кунем", findings: [{ match: "Берун аз Апворк кор кунем", severity: 'violation' }] },
  { text: "Телеграм руу шилжье, энд тохиромжгүй", findings: [{ match: "Телеграм руу шилжье", severity: 'violation' }] },
  { text: "Апворкоос гадуур ажиллая", findings: [{ match: "Апворкоос гадуур ажиллая", severity: 'violation' }] },
);
valid.push(
  "Բոլոր քննարկումները կպահենք այստեղ՝ Upwork-ում",
  "Upwork-ից դուրս չեմ աշխատում, ներողություն",
  "Ես գրասենյակից դուրս եմ, երեկոյան կգրեմ",
  "upwork-ic durs chem xosum, kanonnerov chi kareli",
  "Hamma gaplarni shu yerda, Upworkda qilamiz",
  "Upworkdan tashqarida ishlamayman",
  "Апворкдан ташқарида ишламайман, қоида бузилади",
  "همه صحبت‌ها رو همینجا تو آپورک نگه می‌داریم",
  "kharej az upwork kar nemikonam",
  "Барлық сөйлесуді осында, Upwork-те жүргіземіз",
  "Հաճախորդն առաջարկեց Upwork-ից դուրս աշխատել, ես մերժեցի",
  "Mijoz Upworkdan tashqarida ishlashni taklif qildi, men rad etdim",
  "کارفرما گفت بیرون از آپورک کار کنیم ولی قبول نکردم",
  "Клиент Апворктан тыс жұмыс істеуді ұсынды, бас тарттым",
);

// Round twenty-six (t43): Serbian (both alphabets, ekavian and ijekavian), Croatian, Bosnian, Slovenian, Macedonian, Bulgarian, Slovak,
// Czech and Albanian, as people chat; each missed before the round's words.
invalid.push(
  // Serbian (OP)
  { text: "Хајде да наставимо разговор негде другде, овде ме све прати", findings: [{ match: "наставимо разговор негде другде", severity: 'violation' }] },
  // Serbian (OP)
  { text: "Pričajmo van ove platforme, ovde nas gledaju", findings: [{ match: "Pričajmo van ove platforme", severity: 'violation' }] },
  // Serbian (OP)
  { text: "Javi mi se privatno, ovde ne mogu da pričam slobodno", findings: [{ match: "Javi mi se privatno", severity: 'violation' }] },
  // Serbian (OP)
  { text: "Хајде да пређемо на Телеграм", findings: [{ match: "пређемо на Телеграм", severity: 'violation' }] },
  // Serbian (OP)
  { text: "ajde da se dogovorimo negde drugde, ne ovde", findings: [{ match: "se dogovorimo negde drugde", severity: 'violation' }] },
  // Croatian (OP)
  { text: "Dogovorimo se izvan Upworka, bit će jednostavnije", findings: [{ match: "Dogovorimo se izvan Upworka", severity: 'violation' }] },
  // Croatian (OP)
  { text: "Možemo li nastaviti razgovor negdje drugdje?", findings: [{ match: "nastaviti razgovor negdje drugdje", severity: 'violation' }] },
  // Bosnian (OP)
  { text: "Hajde da pričamo negdje drugo, ne ovdje", findings: [{ match: "pričamo negdje drugo", severity: 'violation' }] },
  // Slovenian (OP)
  { text: "Dajva se pogovoriti na WhatsAppu, tukaj je prepočasi", findings: [{ match: "pogovoriti na WhatsAppu", severity: 'violation' }] },
  // Slovenian (OP)
  { text: "Dobiva se na Viberju, pa se zmeniva", findings: [{ match: "Dobiva se na Viberju", severity: 'violation' }] },
  // Slovenian (OP)
  { text: "Nadaljujva pogovor kje drugje, tu nas vse spremljajo", findings: [{ match: "Nadaljujva pogovor kje drugje", severity: 'violation' }] },
  // Slovenian (OP)
  { text: "pokliči me jutri na mobi", findings: [{ match: "pokliči me jutri na mobi", severity: 'violation' }] },
  // Macedonian (OP)
  { text: "Ајде да продолжиме на Вајбер, тука е бавно", findings: [{ match: "да продолжиме на Вајбер", severity: 'violation' }] },
  // Macedonian (OP)
  { text: "Да се договориме надвор од Upwork, полесно е", findings: [{ match: "Да се договориме надвор од Upwork", severity: 'violation' }] },
  // Macedonian (OP)
  { text: "Јави ми се приватно", findings: [{ match: "Јави ми се приватно", severity: 'violation' }] },
  // Bulgarian (OP)
  { text: "Да се разберем извън Upwork, по-лесно е", findings: [{ match: "Да се разберем извън Upwork", severity: 'violation' }] },
  // Bulgarian (OP)
  { text: "Да говорим някъде другаде, тук ни следят", findings: [{ match: "Да говорим някъде другаде", severity: 'violation' }] },
  // Slovak (OP)
  { text: "Dohodnime sa mimo Upworku", findings: [{ match: "Dohodnime sa mimo Upworku", severity: 'violation' }] },
  // Slovak (OP)
  { text: "Pokračujme v rozhovore niekde inde", findings: [{ match: "Pokračujme v rozhovore niekde inde", severity: 'violation' }] },
  // Slovak (OP)
  { text: "zavolaj mi zajtra na mobil", findings: [{ match: "zavolaj mi zajtra na mobil", severity: 'violation' }] },
  // Czech (OP)
  { text: "Pokračujme v konverzaci někde jinde", findings: [{ match: "Pokračujme v konverzaci někde jinde", severity: 'violation' }] },
  // Albanian (OP)
  { text: "Le të flasim në WhatsApp, këtu është ngadalë", findings: [{ match: "Le të flasim në WhatsApp", severity: 'violation' }] },
  // Albanian (OP)
  { text: "Të merremi vesh jashtë Upwork", findings: [{ match: "Të merremi vesh jashtë Upwork", severity: 'violation' }] },
  // Albanian (OP)
  { text: "Të vazhdojmë bisedën diku tjetër", findings: [{ match: "Të vazhdojmë bisedën diku tjetër", severity: 'violation' }] },
  // Albanian (OP)
  { text: "me thirr neser ne telefon", findings: [{ match: "me thirr neser ne telefon", severity: 'violation' }] },
);
// Round twenty-six (t43): their look-alikes (refusals, reported asks, work talk, an order's number, a bug's place).
valid.push(
  "Znam gde ti je greška, u fajlu config.js na liniji 40.", // Serbian
  "Pređimo na sledeći zadatak, dizajn je odobren.", // Serbian
  "Ако ми не пошаљете текстове до петка, каснићемо са објавом.", // Serbian
  "Pazi se, ćao! Vidimo se na sledećem projektu.", // Serbian
  "Ne znam gde da stavim logo, javi mi šta misliš.", // Serbian
  "Можете ли да ми пошаљете примере дизајна који вам се свиђају?", // Serbian
  "Dodajte me u GitHub repozitorijum da mogu da pushujem.", // Serbian
  "Aplikacija šalje kod za verifikaciju preko SMS-a, to treba testirati.", // Serbian
  "Ostavite mi povratnu informaciju o dizajnu kad stignete.", // Serbian
  "Кад ми оставиш поруку, одговорићу у року од сат времена.", // Serbian
  "Napravio sam Viber bota za njihovu prodavnicu.", // Serbian
  "Hvala na saradnji! Ako ste zadovoljni, biće mi drago da ostavite iskren utisak.", // Serbian
  "Ovaj kod je katastrofa, moramo ga prepisati.", // Serbian
  "Brate, poslao sam ti fajlove ovde u chatu, pogledaj.", // Serbian
  "Ajde da nastavimo ovde, sutra šaljem novu verziju.", // Serbian
  "Možete mi poslati primjere koji vam se sviđaju?", // Croatian
  "Prebacio sam datoteke u Google Drive mapu koju ste podijelili.", // Croatian
  "Dogovorimo se ovdje oko rokova, pa krećem.", // Croatian
  "Ti si mi rekao da je rok petak, zar ne?", // Croatian
  "Moj kolega je napravio backend, ja radim frontend.", // Croatian
  "Trebam WhatsApp integraciju za web trgovinu.", // Croatian
  "Ovaj dizajn je grozan, napravit ću novi prijedlog.", // Croatian
  "Datoteke ću poslati sutra ovdje u poruci.", // Croatian
  "Hajmo ovdje dogovoriti detalje, pa krećem sutra.", // Bosnian
  "Rođak mi je preporučio Upwork, tako sam počeo.", // Bosnian
  "Znam gdje je problem, u bazi podataka.", // Bosnian
  "Pravim Viber chatbot za njihovu firmu.", // Bosnian
  "Potrebujem integracijo WhatsAppa za spletno trgovino.", // Slovenian
  "Ta dizajn je grozen, naredil bom nov predlog.", // Slovenian
  "Datoteke pošljem jutri tukaj v sporočilu.", // Slovenian
  "Lahko mi pošljete primere, ki so vam všeč?", // Slovenian
  "Stranka je rekla, da naj ji pišem na WhatsApp, zavrnil sem.", // Slovenian
  "Pošlji mi primere logotipov, ki ti so všeč.", // Slovenian
  "Ми треба интеграција со Вајбер за продавницата.", // Macedonian
  "Плаќањето оди само преку Upwork.", // Macedonian
  "Фајловите ги праќам утре тука во пораката.", // Macedonian
  "Клиентот ми рече да преминеме на Вајбер, одбив.", // Macedonian
  "Никогаш не плаќам надвор од Upwork.", // Macedonian
  "Пратете ми примери што ви се допаѓаат.", // Macedonian
  "Трябва ми интеграция с Вайбър за магазина.", // Bulgarian
  "Файловете ги пращам утре тук в чата.", // Bulgarian
  "Клиентът поиска да минем на Вайбър, отказах.", // Bulgarian
  "Пратете ми примери, които ви харесват.", // Bulgarian
  "Potrebujem integráciu WhatsAppu pre e-shop.", // Slovak
  "Súbory pošlem zajtra sem do správy.", // Slovak
  "Klient chcel prejsť na WhatsApp, odmietol som.", // Slovak
  "Pošlite mi príklady, ktoré sa vám páčia.", // Slovak
  "Potřebuji integraci WhatsAppu pro e-shop.", // Czech
  "Klient chtěl přejít na WhatsApp, odmítl jsem.", // Czech
  "Më duhet integrim me WhatsApp për dyqanin online.", // Albanian
  "Skedarët i dërgoj nesër këtu në mesazh.", // Albanian
  "Klienti më kërkoi të kalojmë në WhatsApp, refuzova.", // Albanian
  "Më dërgoni shembuj që ju pëlqejnë.", // Albanian
  "Kam bërë integrim me WhatsApp për dyqanin.", // Albanian
  "Jeni në Prishtinë apo në Tiranë?", // Albanian
  "Bakit may service fee sa invoice ko? pa-explain naman po.", // Regression
);

/**
 * Round twenty-six, languages (t45): Sinhala (script and Singlish), Gujarati, Punjabi (Gurmukhi, Shahmukhi, Latin), Kannada, Malayalam
 * (script and Manglish), Burmese (Unicode) and Khmer as people chat on Upwork, the helper's own cases; next to them the same words
 * refused, told, or said of the work (an order number, a login page, a review section, an integration).
 */
invalid.push(
  { text: "aapne whatsapp par vaat kariye", findings: [{ match: "whatsapp par vaat kariye", severity: 'violation' }] },
  { text: "upwork ni bahar vaat kariye", findings: [{ match: "upwork ni bahar vaat kariye", severity: 'violation' }] },
  { text: "telegram par aavo, tya vaat kariye", findings: [{ match: "telegram par aavo", severity: 'violation' }] },
  { text: "mane call karo, phone par vaat kariye", findings: [{ match: "call karo, phone", severity: 'violation' }] },
  { text: "આપણે વોટ્સએપ પર વાત કરીએ", findings: [{ match: "વોટ્સએપ પર વાત કરીએ", severity: 'violation' }] },
  { text: "અપવર્કની બહાર વાત કરીએ", findings: [{ match: "અપવર્કની બહાર વાત કરીએ", severity: 'violation' }] },
  { text: "ફોન પર વાત કરીએ, જલ્દી પતી જશે", findings: [{ match: "ફોન પર વાત કરીએ", severity: 'violation' }] },
  { text: "ટેલિગ્રામ પર આવો, ત્યાં વાત કરીએ", findings: [{ match: "ટેલિગ્રામ પર આવો", severity: 'violation' }] },
  { text: "મને વોટ્સએપ પર મેસેજ કરો", findings: [{ match: "વોટ્સએપ પર મેસેજ કરો", severity: 'violation' }] },
  { text: "અપવર્ક વગર સીધું કામ કરીએ", findings: [{ match: "અપવર્ક વગર સીધું કામ કરીએ", severity: 'violation' }] },
  { text: "બાકીની વાત ઈમેલ પર કરીએ", findings: [{ match: "ઈમેલ પર કરીએ", severity: 'violation' }] },
  { text: "મને કોલ કરો, ત્યાં વાત કરીએ", findings: [{ match: "કોલ કરો, ત્યાં વાત કરીએ", severity: 'violation' }] },
  { text: "yerng niyay tam telegram", findings: [{ match: "niyay tam telegram", severity: 'violation' }] },
  { text: "យើងនិយាយគ្នាតាម Telegram", findings: [{ match: "និយាយគ្នាតាម Telegram", severity: 'violation' }] },
  { text: "មិនមែននៅទីនេះទេ ទៅនិយាយកន្លែងផ្សេង", findings: [{ match: "ទៅនិយាយកន្លែងផ្សេង", severity: 'violation' }] },
  { text: "និយាយគ្នានៅក្រៅ Upwork", findings: [{ match: "និយាយគ្នានៅក្រៅ Upwork", severity: 'violation' }] },
  { text: "តេមកខ្ញុំ និយាយតាមទូរស័ព្ទ", findings: [{ match: "តេមកខ្ញុំ និយាយ", severity: 'violation' }] },
  { text: "ចូល Telegram មក ចាំនិយាយនៅទីនោះ", findings: [{ match: "Telegram មក ចាំនិយាយ", severity: 'violation' }] },
  { text: "ផ្ញើសារមកតាម Messenger", findings: [{ match: "ផ្ញើសារមកតាម Messenger", severity: 'violation' }] },
  { text: "ធ្វើការផ្ទាល់ ដោយមិនឆ្លងកាត់ Upwork", findings: [{ match: "ធ្វើការផ្ទាល់ ដោយមិនឆ្លងកាត់ Upwork", severity: 'violation' }] },
  { text: "naavu whatsapp alli maatadona", findings: [{ match: "whatsapp alli maatadona", severity: 'violation' }] },
  { text: "illi beda, bere kade maatadona", findings: [{ match: "bere kade maatadona", severity: 'violation' }] },
  { text: "upwork horage maatadona", findings: [{ match: "upwork horage maatadona", severity: 'violation' }] },
  { text: "telegram ge banni, alli maatadona", findings: [{ match: "telegram ge banni", severity: 'violation' }] },
  { text: "ನಾವು ವಾಟ್ಸಾಪ್‌ನಲ್ಲಿ ಮಾತಾಡೋಣ", findings: [{ match: "ವಾಟ್ಸಾಪ್‌ನಲ್ಲಿ ಮಾತಾಡೋಣ", severity: 'violation' }] },
  { text: "ಇಲ್ಲಿ ಬೇಡ, ಬೇರೆ ಕಡೆ ಮಾತಾಡೋಣ", findings: [{ match: "ಬೇರೆ ಕಡೆ ಮಾತಾಡೋಣ", severity: 'violation' }] },
  { text: "ಅಪ್‌ವರ್ಕ್ ಹೊರಗೆ ಮಾತಾಡೋಣ", findings: [{ match: "ಅಪ್‌ವರ್ಕ್ ಹೊರಗೆ ಮಾತಾಡೋಣ", severity: 'violation' }] },
  { text: "ಫೋನ್‌ನಲ್ಲಿ ಮಾತಾಡೋಣ, ಬೇಗ ಮುಗಿಯುತ್ತೆ", findings: [{ match: "ಫೋನ್‌ನಲ್ಲಿ ಮಾತಾಡೋಣ", severity: 'violation' }] },
  { text: "ಟೆಲಿಗ್ರಾಮ್‌ಗೆ ಬನ್ನಿ, ಅಲ್ಲಿ ಮಾತಾಡೋಣ", findings: [{ match: "ಟೆಲಿಗ್ರಾಮ್‌ಗೆ ಬನ್ನಿ, ಅಲ್ಲಿ ಮಾತಾಡೋಣ", severity: 'violation' }] },
  { text: "ನನಗೆ ವಾಟ್ಸಾಪ್‌ನಲ್ಲಿ ಮೆಸೇಜ್ ಮಾಡಿ", findings: [{ match: "ವಾಟ್ಸಾಪ್‌ನಲ್ಲಿ ಮೆಸೇಜ್ ಮಾಡಿ", severity: 'violation' }] },
  { text: "ಅಪ್‌ವರ್ಕ್ ಇಲ್ಲದೆ ನೇರವಾಗಿ ಕೆಲಸ ಮಾಡೋಣ", findings: [{ match: "ಅಪ್‌ವರ್ಕ್ ಇಲ್ಲದೆ ನೇರವಾಗಿ ಕೆಲಸ ಮಾಡೋಣ", severity: 'violation' }] },
  { text: "ಉಳಿದ ವಿಷಯ ಇಮೇಲ್‌ನಲ್ಲಿ ಮಾತಾಡೋಣ", findings: [{ match: "ಇಮೇಲ್‌ನಲ್ಲಿ ಮಾತಾಡೋಣ", severity: 'violation' }] },
  { text: "namukku whatsappil samsarikkam", findings: [{ match: "whatsappil samsarikkam", severity: 'violation' }] },
  { text: "ivide venda, vere evideyenkilum samsarikkam", findings: [{ match: "vere evideyenkilum samsarikkam", severity: 'violation' }] },
  { text: "upworkinu purath samsarikkam", findings: [{ match: "upworkinu purath samsarikkam", severity: 'violation' }] },
  { text: "telegramil vaa, avide samsarikkam", findings: [{ match: "telegramil vaa, avide samsarikkam", severity: 'violation' }] },
  { text: "enne whatsappil msg cheyyu", findings: [{ match: "whatsappil msg cheyyu", severity: 'violation' }] },
  { text: "നമുക്ക് വാട്സ്ആപ്പിൽ സംസാരിക്കാം", findings: [{ match: "വാട്സ്ആപ്പിൽ സംസാരിക്കാം", severity: 'violation' }] },
  { text: "ഇവിടെ വേണ്ട, വേറെ എവിടെയെങ്കിലും സംസാരിക്കാം", findings: [{ match: "വേറെ എവിടെയെങ്കിലും സംസാരിക്കാം", severity: 'violation' }] },
  { text: "അപ്വർക്കിന് പുറത്ത് സംസാരിക്കാം", findings: [{ match: "അപ്വർക്കിന് പുറത്ത് സംസാരിക്കാം", severity: 'violation' }] },
  { text: "ഫോണിൽ സംസാരിക്കാം, പെട്ടെന്ന് തീരും", findings: [{ match: "ഫോണിൽ സംസാരിക്കാം", severity: 'violation' }] },
  { text: "ടെലിഗ്രാമിലേക്ക് വാ, അവിടെ സംസാരിക്കാം", findings: [{ match: "ടെലിഗ്രാമിലേക്ക് വാ, അവിടെ സംസാരിക്കാം", severity: 'violation' }] },
  { text: "എനിക്ക് വാട്സ്ആപ്പിൽ മെസ്സേജ് ചെയ്യൂ", findings: [{ match: "വാട്സ്ആപ്പിൽ മെസ്സേജ് ചെയ്യൂ", severity: 'violation' }] },
  { text: "അപ്വർക്ക് ഇല്ലാതെ നേരിട്ട് വർക്ക് ചെയ്യാം", findings: [{ match: "അപ്വർക്ക് ഇല്ലാതെ നേരിട്ട് വർക്ക് ചെയ്യാം", severity: 'violation' }] },
  { text: "viber mhar pyaw ya aung", findings: [{ match: "viber mhar pyaw ya aung", severity: 'violation' }] },
  { text: "upwork a pyin mhar pyaw ya aung", findings: [{ match: "upwork a pyin mhar pyaw ya aung", severity: 'violation' }] },
  { text: "Viber မှာ ပြောကြရအောင်", findings: [{ match: "Viber မှာ ပြောကြရအောင်", severity: 'violation' }] },
  { text: "Upwork ပြင်ပမှာ ဆက်ပြောရအောင်", findings: [{ match: "Upwork ပြင်ပမှာ ဆက်ပြောရအောင်", severity: 'violation' }] },
  { text: "ဖုန်းနဲ့ ပြောရအောင်၊ မြန်တယ်", findings: [{ match: "ဖုန်းနဲ့ ပြောရအောင်", severity: 'violation' }] },
  { text: "Telegram ကို လာခဲ့ပါ၊ အဲဒီမှာ ပြောမယ်", findings: [{ match: "Telegram ကို လာခဲ့ပါ", severity: 'violation' }] },
  { text: "Messenger မှာ မက်ဆေ့ချ် ပို့ပါ", findings: [{ match: "Messenger မှာ မက်ဆေ့ချ် ပို့ပါ", severity: 'violation' }] },
  { text: "Upwork မပါဘဲ တိုက်ရိုက် အလုပ်လုပ်ရအောင်", findings: [{ match: "Upwork မပါဘဲ တိုက်ရိုက် အလုပ်လုပ်ရအောင်", severity: 'violation' }] },
  { text: "ဖုန်းဆက်ပါ၊ ဖုန်းထဲမှာ ပြောရအောင်", findings: [{ match: "ဖုန်းဆက်ပါ၊ ဖုန်း", severity: 'violation' }] },
  { text: "آپاں واٹس ایپ تے گل کریے", findings: [{ match: "واٹس ایپ تے گل کریے", severity: 'violation' }] },
  { text: "اپ ورک توں باہر گل کریے", findings: [{ match: "اپ ورک توں باہر گل کریے", severity: 'violation' }] },
  { text: "ایتھے نئیں، کتے ہور گل کریے", findings: [{ match: "کتے ہور گل کریے", severity: 'violation' }] },
  { text: "مینوں کال کرو، فون تے گل کریے", findings: [{ match: "کال کرو، فون", severity: 'violation' }] },
  { text: "aapan whatsapp te gal kariye", findings: [{ match: "whatsapp te gal kariye", severity: 'violation' }] },
  { text: "upwork ton bahar gal kariye", findings: [{ match: "upwork ton bahar gal kariye", severity: 'violation' }] },
  { text: "ithe nahi, kite hor gal kariye", findings: [{ match: "kite hor gal kariye", severity: 'violation' }] },
  { text: "mainu call karo paaji, phone te gal kariye", findings: [{ match: "call karo paaji, phone", severity: 'violation' }] },
  { text: "ਆਪਾਂ ਵਟਸਐਪ ਤੇ ਗੱਲ ਕਰੀਏ", findings: [{ match: "ਵਟਸਐਪ ਤੇ ਗੱਲ ਕਰੀਏ", severity: 'violation' }] },
  { text: "ਇੱਥੇ ਨਹੀਂ, ਕਿਤੇ ਹੋਰ ਗੱਲ ਕਰੀਏ", findings: [{ match: "ਕਿਤੇ ਹੋਰ ਗੱਲ ਕਰੀਏ", severity: 'violation' }] },
  { text: "ਅਪਵਰਕ ਤੋਂ ਬਾਹਰ ਗੱਲ ਕਰੀਏ", findings: [{ match: "ਅਪਵਰਕ ਤੋਂ ਬਾਹਰ ਗੱਲ ਕਰੀਏ", severity: 'violation' }] },
  { text: "ਫ਼ੋਨ ਤੇ ਗੱਲ ਕਰ ਲੈਂਦੇ ਹਾਂ", findings: [{ match: "ਫ਼ੋਨ ਤੇ ਗੱਲ ਕਰ ਲੈਂਦੇ ਹਾਂ", severity: 'violation' }] },
  { text: "ਟੈਲੀਗ੍ਰਾਮ ਤੇ ਆ ਜਾਓ, ਉੱਥੇ ਗੱਲ ਕਰਾਂਗੇ", findings: [{ match: "ਟੈਲੀਗ੍ਰਾਮ ਤੇ ਆ ਜਾਓ", severity: 'violation' }] },
  { text: "ਮੈਨੂੰ ਵਟਸਐਪ ਤੇ ਮੈਸੇਜ ਕਰੋ", findings: [{ match: "ਵਟਸਐਪ ਤੇ ਮੈਸੇਜ ਕਰੋ", severity: 'violation' }] },
  { text: "ਅਪਵਰਕ ਤੋਂ ਬਿਨਾਂ ਸਿੱਧਾ ਕੰਮ ਕਰੀਏ", findings: [{ match: "ਅਪਵਰਕ ਤੋਂ ਬਿਨਾਂ ਸਿੱਧਾ ਕੰਮ ਕਰੀਏ", severity: 'violation' }] },
  { text: "ਮੈਨੂੰ ਕਾਲ ਕਰੋ ਪਾਜੀ, ਫ਼ੋਨ ਤੇ ਗੱਲ ਕਰੀਏ", findings: [{ match: "ਕਾਲ ਕਰੋ ਪਾਜੀ, ਫ਼ੋਨ", severity: 'violation' }] },
  { text: "methana newei, wena thanaka katha karamu", findings: [{ match: "wena thanaka katha karamu", severity: 'violation' }] },
  { text: "upwork eken eliye wada karamu", findings: [{ match: "upwork eken eliye wada karamu", severity: 'violation' }] },
  { text: "telegram ekata enna, ethana katha karamu", findings: [{ match: "telegram ekata enna", severity: 'violation' }] },
  { text: "mata call ekak denna, ekata katha karamu", findings: [{ match: "call ekak denna, ekata katha karamu", severity: 'violation' }] },
  { text: "viber eken message ekak danna", findings: [{ match: "viber eken message ekak danna", severity: 'violation' }] },
  { text: "අපි වට්සැප් එකෙන් කතා කරමු", findings: [{ match: "වට්සැප් එකෙන් කතා කරමු", severity: 'violation' }] },
  { text: "මෙතන නෙවෙයි, වෙන තැනක කතා කරමු", findings: [{ match: "වෙන තැනක කතා කරමු", severity: 'violation' }] },
  { text: "Upwork එකෙන් එළියේ කතා කරමු", findings: [{ match: "Upwork එකෙන් එළියේ කතා කරමු", severity: 'violation' }] },
  { text: "ෆෝන් එකෙන් කතා කරමු, ඉක්මනට ඉවර කරගන්න පුළුවන්", findings: [{ match: "ෆෝන් එකෙන් කතා කරමු", severity: 'violation' }] },
  { text: "ටෙලිග්‍රෑම් එකට එන්න, එතන කතා කරමු", findings: [{ match: "ටෙලිග්‍රෑම් එකට එන්න", severity: 'violation' }] },
  { text: "වයිබර් එකෙන් මැසේජ් එකක් දාන්න", findings: [{ match: "වයිබර් එකෙන් මැසේජ් එකක් දාන්න", severity: 'violation' }] },
  { text: "අපි අප්වර්ක් නැතුව කෙලින්ම වැඩ කරමු", findings: [{ match: "අප්වර්ක් නැතුව කෙලින්ම වැඩ කරමු", severity: 'violation' }] },
  { text: "ඉතිරි කතාබහ ඊමේල් එකෙන් කරමු", findings: [{ match: "ඊමේල් එකෙන් කරමු", severity: 'violation' }] },
  { text: "මට කෝල් එකක් දෙන්න, ඒකෙන් කතා කරමු", findings: [{ match: "කෝල් එකක් දෙන්න, ඒකෙන් කතා කරමු", severity: 'violation' }] },
  { text: "මෙතනින් පිට කතා කරමු, අප්වර්ක් එකේ ප්‍රශ්න තියෙනවා", findings: [{ match: "මෙතනින් පිට කතා කරමු", severity: 'violation' }] },
);
valid.push(
  "ක්ලයන්ට් වට්සැප් එකෙන් කතා කරමු කිව්වා, මම බෑ කිව්වා",
  "ક્લાયન્ટે વોટ્સએપ પર વાત કરવાનું કહ્યું, મેં ના પાડી",
  "ਕਲਾਇੰਟ ਨੇ ਵਟਸਐਪ ਤੇ ਗੱਲ ਕਰਨ ਲਈ ਕਿਹਾ, ਮੈਂ ਨਾਂਹ ਕਰ ਦਿੱਤੀ",
  "ಕ್ಲೈಂಟ್ ವಾಟ್ಸಾಪ್‌ನಲ್ಲಿ ಮಾತಾಡೋಣ ಅಂದ್ರು, ನಾನು ಒಪ್ಪಲಿಲ್ಲ",
  "ക്ലയന്റ് വാട്സ്ആപ്പിൽ സംസാരിക്കാം എന്ന് പറഞ്ഞു, ഞാൻ സമ്മതിച്ചില്ല",
  "ဖုန်းနံပါတ် ဖြည့်တဲ့ form လုပ်ပေးပါ",
  "ធ្វើទម្រង់សម្រាប់បញ្ចូលលេខទូរស័ព្ទ",
  "បើមានសំណួរ និយាយនៅទីនេះបាន",
  "વોટ્સએપ બોટ બનાવવો છે",
  "અપવર્ક પર જ વાત કરીએ, સુરક્ષિત છે",
  "Telegram bot សម្រាប់ហាង",
  "ವಾಟ್ಸಾಪ್ ಬಾಟ್ ಮಾಡಬೇಕು",
  "വാട്സ്ആപ്പ് ബോട്ട് ഉണ്ടാക്കണം",
  "Viber bot လုပ်ပေးချင်တယ်",
  "ਵਟਸਐਪ ਬੋਟ ਬਣਾਉਣਾ ਹੈ",
  "වට්සැප් බොට් එකක් හදලා දෙන්න ඕනේ",
  "අපි Upwork එකේම කතා කරමු, එතකොට ආරක්ෂිතයි",
  "Upwork කෝල් එකෙන් මීටින් එකක් දාමු",
);

/**
 * Round twenty-seven, languages (t48): Hausa, Yoruba and Igbo as Nigerian freelancers and clients type them, with and without their
 * marks (the view reads them plain), beside Nigerian English and Pidgin; Somali and Malagasy as typed in chat. Violations, then the
 * look-alikes: refusals, reported speech, work talk.
 */
invalid.push(
  { text: "Mu yi magana a wajen Upwork", findings: [{ match: "Mu yi magana a wajen Upwork", severity: 'violation' }] },
  { text: "Mu koma WhatsApp, ya fi sauki", findings: [{ match: "Mu koma WhatsApp", severity: 'violation' }] },
  { text: "Ka same ni a Telegram", findings: [{ match: "Ka same ni a Telegram", severity: 'violation' }] },
  { text: "Mu ci gaba da magana a waje", findings: [{ match: "Mu ci gaba da magana a waje", severity: 'violation' }] },
  { text: "Ba a nan ba, mu tattauna a wani wuri", findings: [{ match: "mu tattauna a wani wuri", severity: 'violation' }] },
  { text: "Ka kira ni a waya gobe da safe", findings: [{ match: "Ka kira ni a waya", severity: 'violation' }] },
  { text: "Mu bar Upwork mu yi aiki kai tsaye", findings: [{ match: "Mu bar Upwork", severity: 'violation' }] },
  { text: "Ka yi min magana ta WhatsApp", findings: [{ match: "Ka yi min magana ta WhatsApp", severity: 'violation' }] },
  { text: "Ka aiko min sako a Facebook", findings: [{ match: "Ka aiko min sako a Facebook", severity: 'violation' }] },
  { text: "Mu tafi wani dandali daban", findings: [{ match: "Mu tafi wani dandali", severity: 'violation' }] },
  { text: "Mu ci gaba da hira a wata manhaja daban", findings: [{ match: "Mu ci gaba da hira a wata manhaja", severity: 'violation' }] },
  { text: "Ẹ jẹ́ ká sọ̀rọ̀ lórí WhatsApp", findings: [{ match: "Ẹ jẹ́ ká sọ̀rọ̀ lórí WhatsApp", severity: 'violation' }] },
  { text: "Je ka kuro ni Upwork", findings: [{ match: "Je ka kuro ni Upwork", severity: 'violation' }] },
  { text: "Pè mí lórí fóònù", findings: [{ match: "Pè mí lórí fóònù", severity: 'violation' }] },
  { text: "Ka maa ba oro lo ni ibomiran", findings: [{ match: "Ka maa ba oro lo ni ibomiran", severity: 'violation' }] },
  { text: "Kì í ṣe ibí, ẹ jẹ́ ká sọ̀rọ̀ níbòmíràn", findings: [{ match: "jẹ́ ká sọ̀rọ̀ níbòmíràn", severity: 'violation' }] },
  { text: "Fi message ranse si mi lori Telegram", findings: [{ match: "Fi message ranse si mi lori Telegram", severity: 'violation' }] },
  { text: "Ká sọ̀rọ̀ ní ìta Upwork", findings: [{ match: "Ká sọ̀rọ̀ ní ìta Upwork", severity: 'violation' }] },
  { text: "E wa ba mi lori Facebook", findings: [{ match: "E wa ba mi lori Facebook", severity: 'violation' }] },
  { text: "Jẹ́ ká lọ sí app mìíràn", findings: [{ match: "Jẹ́ ká lọ sí app mìíràn", severity: 'violation' }] },
  { text: "Pe mi lori WhatsApp lale yi", findings: [{ match: "Pe mi lori WhatsApp", severity: 'violation' }] },
  { text: "Ka anyị kparịta ụka na WhatsApp", findings: [{ match: "na WhatsApp", severity: 'violation' }] },
  { text: "Ka anyi puo na Upwork", findings: [{ match: "Ka anyi puo na Upwork", severity: 'violation' }] },
  { text: "Kpọọ m na ekwentị", findings: [{ match: "Kpọọ m na ekwentị", severity: 'violation' }] },
  { text: "Ka anyị gaa n'ihu n'ebe ọzọ", findings: [{ match: "Ka anyị gaa n'ihu n'ebe ọzọ", severity: 'violation' }] },
  { text: "Ọ bụghị ebe a, ka anyị kwurịta n'ebe ọzọ", findings: [{ match: "ka anyị kwurịta n'ebe ọzọ", severity: 'violation' }] },
  { text: "Zitere m ozi na Telegram", findings: [{ match: "na Telegram", severity: 'violation' }] },
  { text: "Ka anyi kwuo okwu na mpuga Upwork", findings: [{ match: "Ka anyi kwuo okwu na mpuga Upwork", severity: 'violation' }] },
  { text: "Bịa Facebook ka anyị kpaa", findings: [{ match: "Facebook ka anyị kpaa", severity: 'violation' }] },
  { text: "Ka anyị gaa na app ọzọ", findings: [{ match: "Ka anyị gaa na app ọzọ", severity: 'violation' }] },
  { text: "Kpoo m na WhatsApp n'abali a", findings: [{ match: "na WhatsApp", severity: 'violation' }] },
  { text: "Aan ku wada hadalno WhatsApp", findings: [{ match: "Aan ku wada hadalno WhatsApp", severity: 'violation' }] },
  { text: "Ka bax Upwork, aan si toos ah u wada shaqeyno", findings: [{ match: "Ka bax Upwork", severity: 'violation' }] },
  { text: "I soo wac taleefanka", findings: [{ match: "I soo wac taleefanka", severity: 'violation' }] },
  { text: "Meel kale aan ku sii wada hadalno", findings: [{ match: "Meel kale aan ku sii wada hadalno", severity: 'violation' }] },
  { text: "Halkan maaha, meel kale aan ku wada hadalno", findings: [{ match: "meel kale aan ku wada hadalno", severity: 'violation' }] },
  { text: "Fariin iigu soo dir Telegram", findings: [{ match: "Fariin iigu soo dir", severity: 'violation' }] },
  { text: "Aan ku wada hadalno Upwork dibaddiisa", findings: [{ match: "Aan ku wada hadalno Upwork dibaddiisa", severity: 'violation' }] },
  { text: "Facebook iigu soo qor", findings: [{ match: "Facebook iigu soo qor", severity: 'violation' }] },
  { text: "Aan u guurno app kale", findings: [{ match: "Aan u guurno app kale", severity: 'violation' }] },
  { text: "WhatsApp igula soo xiriir", findings: [{ match: "WhatsApp igula soo xiriir", severity: 'violation' }] },
  { text: "Andao hiresaka amin'ny WhatsApp", findings: [{ match: "Andao hiresaka amin'ny WhatsApp", severity: 'violation' }] },
  { text: "Andao hivoaka ny Upwork", findings: [{ match: "Andao hivoaka ny Upwork", severity: 'violation' }] },
  { text: "Antsoy amin'ny finday aho", findings: [{ match: "Antsoy amin'ny finday", severity: 'violation' }] },
  { text: "Andao hitohy hiresaka any an-kafa", findings: [{ match: "Andao hitohy hiresaka any an-kafa", severity: 'violation' }] },
  { text: "Tsy eto, andao hiresaka any amin'ny toeran-kafa", findings: [{ match: "andao hiresaka any amin'ny toeran-kafa", severity: 'violation' }] },
  { text: "Mandefasa hafatra ho ahy amin'ny Facebook Messenger", findings: [{ match: "Mandefasa hafatra ho ahy amin'ny Facebook", severity: 'violation' }] },
  { text: "Andao hiresaka ivelan'ny Upwork", findings: [{ match: "Andao hiresaka ivelan'ny Upwork", severity: 'violation' }] },
  { text: "Mifandraisa amiko amin'ny Telegram", findings: [{ match: "Mifandraisa amiko amin'ny Telegram", severity: 'violation' }] },
  { text: "Andao hifindra amin'ny app hafa", findings: [{ match: "Andao hifindra amin'ny app hafa", severity: 'violation' }] },
);
valid.push(
  "Zan gina maka WhatsApp bot",
  "Mu yi magana a nan Upwork",
  "Na gyara shafin login na manhajar",
  "Aikin zai ƙare gobe, za ka ga fayil a nan",
  "Mun gode da aikin, yana da kyau sosai",
  "Mun yi magana a kan WhatsApp bot din da kake so",
  "Zan tura maka fayil din ta Upwork",
  "Za mu yi kiran bidiyo ta Upwork gobe",
  "Ka duba fayil din a nan Upwork",
  "Maa ko WhatsApp bot fun o",
  "Ká sọ̀rọ̀ níbí lórí Upwork",
  "Mo ti ṣàtúnṣe ojú-ìwé login",
  "Iṣẹ́ náà máa parí lọ́la, wàá rí file níbí",
  "Maa fi file ranse lori Upwork",
  "E seun fun ise to dara yi",
  "Ise naa ti pari, mo ti fi file ranse lori Upwork",
  "Client kan ni ki n wa ba oun lori WhatsApp, mo ko jale",
  "Ka soro nipa design naa nibi",
  "Aga m ewu WhatsApp bot maka gị",
  "Ka anyị kwurịta ebe a na Upwork",
  "Edozila m peeji login",
  "Ọrụ ahụ ga-agwụ echi, ị ga-ahụ faịlụ ebe a",
  "Aga m ezite faịlụ na Upwork",
  "Daalụ maka ọrụ ọma a",
  "Onye ahịa kwuru ka anyị gaa WhatsApp, ajụrụ m",
  "Aga m akwụ gị ụgwọ ozugbo ọrụ gwụchara",
  "Kedu ka ị mere? Ọrụ ahụ na-aga nke ọma",
  "Nye m oge ruo echi, aga m ezite ya na Upwork",
  "Anyị ga-ezere njehie na koodu",
  "Ozi gị abịala, daalụ",
  "Dee nkọwa ọrụ ahụ ebe a",
  "Ekwentị m mebiri, aga m aza gị echi",
  "WhatsApp bot ayaan kuu dhisi doonaa",
  "Halkan Upwork aan ku wada hadalno",
  "Bogga login-ka waan hagaajiyay",
  "Shaqadu berri ayay dhammaan doontaa, faylasha halkan ayaad ka heli doontaa",
  "Faylasha Upwork ayaan kuugu soo diri doonaa",
  "Mahadsanid shaqada wanaagsan",
  "Shaqada waan soo diri doonaa berri, Upwork ayaan ku soo dirayaa",
  "Waxaan u baahanahay faahfaahin dheeraad ah oo ku saabsan mashruuca",
  "Macmiil ayaa igu yiri aan ku wada hadalno WhatsApp, waan diiday",
  "Si toos ah ayaan u bilaabi karaa shaqada isniinta",
  "Qor sharaxaadda mashruuca halkan",
  "Hanamboatra WhatsApp bot ho anao aho",
  "Andao hiresaka eto amin'ny Upwork",
  "Nahitsy ny pejy login aho",
  "Ho vita rahampitso ny asa, ho hitanao eto ny rakitra",
  "Halefako amin'ny Upwork ny rakitra",
  "Misaotra tamin'ny asa tsara",
  "Inona ny fotoana mety aminao hanombohana ny asa?",
  "Mila fanazavana fanampiny momba ny tetikasa aho",
  "Aza adino ny manome ny rakitra rehetra eto",
  "Inona no fomba tianao hanaovana ny logo?",
  "Mila mpandrindra tetikasa izahay, hiasa mivantana amin'ny ekipanay eto amin'ny Upwork",
  "Alefaso eto amin'ny Upwork ny rakitra azafady",
);

// Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, as people chat on Upwork (with and without
// å ä ö ø æ þ ð); each violation was missed before the round's words, each clean look-alike is flagged by none of them.
invalid.push(
  // Swedish (OP)
  { text: "Vi kan ta det här utanför Upwork istället", findings: [{ match: "Vi kan ta det här utanför Upwork", severity: 'violation' }] },
  // Swedish (OP)
  { text: "Skriv till mig på Signal så pratar vi vidare där", findings: [{ match: "Skriv till mig på Signal", severity: 'violation' }] },
  // Swedish (OP)
  { text: "lägg till mig på LinkedIn så snackar vi mer", findings: [{ match: "lägg till mig på LinkedIn", severity: 'violation' }] },
  // Swedish (OP)
  { text: "Hör av dig på Whatsappen istället, enklare", findings: [{ match: "Hör av dig på Whatsappen", severity: 'violation' }] },
  // Swedish (OP)
  { text: "Vi fortsätter någon annanstans, här är det så krångligt", findings: [{ match: "fortsätter någon annanstans", severity: 'violation' }] },
  // Swedish (OP)
  { text: "ring mig imorgon på mobilen så tar vi resten", findings: [{ match: "ring mig imorgon på mobilen", severity: 'violation' }] },
  // Swedish (OP)
  { text: "Kan vi flytta konversationen till Telegram?", findings: [{ match: "flytta konversationen till Telegram", severity: 'violation' }] },
  // Swedish (OP)
  { text: "Vi kör vidare på Messenger, jag skickar en länk", findings: [{ match: "Vi kör vidare på Messenger", severity: 'violation' }] },
  // Swedish (OP)
  { text: "skriv privat till mig sa tar vi detaljerna", findings: [{ match: "skriv privat", severity: 'violation' }] },
  // Swedish (OP)
  { text: "Vi pratar hellre utanför plattformen", findings: [{ match: "Vi pratar hellre utanför plattformen", severity: 'violation' }] },
  // Norwegian (OP)
  { text: "Vi kan ta resten utenfor Upwork", findings: [{ match: "Vi kan ta resten utenfor Upwork", severity: 'violation' }] },
  // Norwegian (OP)
  { text: "Skriv til meg på Messenger så snakker vi videre der", findings: [{ match: "Skriv til meg på Messenger", severity: 'violation' }] },
  // Norwegian (OP)
  { text: "legg meg til på LinkedIn så prater vi mer", findings: [{ match: "legg meg til på LinkedIn", severity: 'violation' }] },
  // Norwegian (OP)
  { text: "Vi fortsetter et annet sted, det er så tungvint her", findings: [{ match: "fortsetter et annet sted", severity: 'violation' }] },
  // Norwegian (OP)
  { text: "Kan vi flytte samtalen til Telegram?", findings: [{ match: "flytte samtalen til Telegram", severity: 'violation' }] },
  // Norwegian (OP)
  { text: "ring meg i morgen på mobilen så tar vi detaljene", findings: [{ match: "ring meg i morgen på mobilen", severity: 'violation' }] },
  // Norwegian (OP)
  { text: "Ta kontakt på Whatsapp heller, enklere", findings: [{ match: "Ta kontakt på Whatsapp", severity: 'violation' }] },
  // Norwegian (OP)
  { text: "skriv privat til meg sa fikser vi det", findings: [{ match: "skriv privat", severity: 'violation' }] },
  // Danish (OP)
  { text: "Vi kan tage resten uden for Upwork", findings: [{ match: "Vi kan tage resten uden for Upwork", severity: 'violation' }] },
  // Danish (OP)
  { text: "Skriv til mig på Messenger så snakker vi videre der", findings: [{ match: "Skriv til mig på Messenger", severity: 'violation' }] },
  // Danish (OP)
  { text: "tilføj mig på LinkedIn så snakker vi mere", findings: [{ match: "tilføj mig på LinkedIn", severity: 'violation' }] },
  // Danish (OP)
  { text: "Vi fortsætter et andet sted, det er så besværligt herinde", findings: [{ match: "fortsætter et andet sted", severity: 'violation' }] },
  // Danish (OP)
  { text: "Kan vi flytte samtalen over på Telegram?", findings: [{ match: "flytte samtalen over på Telegram", severity: 'violation' }] },
  // Danish (OP)
  { text: "ring til mig i morgen på mobilen så tager vi detaljerne", findings: [{ match: "ring til mig i morgen på mobilen", severity: 'violation' }] },
  // Danish (OP)
  { text: "skriv privat til mig saa klarer vi det", findings: [{ match: "skriv privat", severity: 'violation' }] },
  // Danish (OP)
  { text: "Lad os snakke udenfor platformen", findings: [{ match: "Lad os snakke udenfor platformen", severity: 'violation' }] },
  // Finnish (OP)
  { text: "Jatketaan Upworkin ulkopuolella", findings: [{ match: "Jatketaan Upworkin ulkopuolella", severity: 'violation' }] },
  // Finnish (OP)
  { text: "Kirjoita mulle Telegramissa niin jutellaan siellä", findings: [{ match: "Kirjoita mulle Telegramissa", severity: 'violation' }] },
  // Finnish (OP)
  { text: "lisää mut LinkedInissä niin puhutaan lisää", findings: [{ match: "lisää mut LinkedInissä", severity: 'violation' }] },
  // Finnish (OP)
  { text: "Jatketaan jossain muualla, täällä on niin hankalaa", findings: [{ match: "Jatketaan jossain muualla", severity: 'violation' }] },
  // Finnish (OP)
  { text: "Siirrytäänkö Whatsappiin?", findings: [{ match: "Siirrytäänkö Whatsappiin", severity: 'violation' }] },
  // Finnish (OP)
  { text: "Laita viestiä Messengerissä, helpompaa", findings: [{ match: "Laita viestiä Messengerissä", severity: 'violation' }] },
  // Finnish (OP)
  { text: "Puhutaan mieluummin alustan ulkopuolella", findings: [{ match: "Puhutaan mieluummin alustan ulkopuolella", severity: 'violation' }] },
  // Icelandic (OP)
  { text: "Við getum klárað þetta utan Upwork", findings: [{ match: "Við getum klárað þetta utan Upwork", severity: 'violation' }] },
  // Icelandic (OP)
  { text: "Skrifaðu mér á Messenger og við spjöllum þar", findings: [{ match: "Skrifaðu mér á Messenger", severity: 'violation' }] },
  // Icelandic (OP)
  { text: "Höldum áfram annars staðar, þetta er svo flókið hér", findings: [{ match: "Höldum áfram annars staðar", severity: 'violation' }] },
  // Icelandic (OP)
  { text: "Getum við fært spjallið yfir á Telegram?", findings: [{ match: "fært spjallið yfir á Telegram", severity: 'violation' }] },
  // Icelandic (OP)
  { text: "Bættu mér við á LinkedIn og við tölum saman", findings: [{ match: "Bættu mér við á LinkedIn", severity: 'violation' }] },
  // Swedish (OP)
  { text: "Vi är en byrå i Malmö, vi tar resten av dialogen på Teams utanför Upwork", findings: [{ match: "vi tar resten av dialogen på Teams utanför Upwork", severity: 'violation' }] },
  // Swedish (OP)
  { text: "Hör av dig på Telegram så kör vi", findings: [{ match: "Hör av dig på Telegram", severity: 'violation' }] },
  // Norwegian (OP)
  { text: "Vi tar resten utenfor Upwork, send meg en melding på Messenger", findings: [{ match: "utenfor Upwork, send meg en melding på Messenger", severity: 'violation' }] },
  // Danish (OP)
  { text: "Vi tager resten uden for Upwork, skriv til mig på Messenger", findings: [{ match: "uden for Upwork, skriv til mig på Messenger", severity: 'violation' }] },
  // Finnish (OP)
  { text: "Hoidetaan loput Upworkin ulkopuolella, laita viestiä Telegramissa", findings: [{ match: "Upworkin ulkopuolella, laita viestiä", severity: 'violation' }] },
  // Finnish (OP)
  { text: "Tämä alusta on hidas, jatketaan WhatsAppissa", findings: [{ match: "jatketaan WhatsAppissa", severity: 'violation' }] },
  // Finnish (OP)
  { text: "Lisää mut Signaliin niin sovitaan loput siellä", findings: [{ match: "Lisää mut Signaliin", severity: 'violation' }] },
  // Icelandic (OP)
  { text: "Skrifaðu mér á WhatsApp, þetta kerfi er svo hægt", findings: [{ match: "Skrifaðu mér á WhatsApp", severity: 'violation' }] },
  // Icelandic (OP)
  { text: "Tölum saman utan Upwork, það er einfaldara", findings: [{ match: "Tölum saman utan Upwork", severity: 'violation' }] },
  // Norwegian (OP)
  { text: "Vi snakkes heller på Snapchat", findings: [{ match: "Vi snakkes heller på Snapchat", severity: 'violation' }] },
  // Danish (OP)
  { text: "Vi ses på Snapchat i stedet", findings: [{ match: "ses på Snapchat", severity: 'violation' }] },
);
valid.push(
  // Swedish (OP)
  "Vi håller all kommunikation här på Upwork",
  // Swedish (OP)
  "Appen ska ha en integration med Telegram och Signal",
  // Swedish (OP)
  "Jag ringer inte utanför plattformen, det är mot reglerna",
  // Swedish (OP)
  "Vi kan ta ett videosamtal via Upwork imorgon",
  // Norwegian (OP)
  "Vi holder all kommunikasjon her på Upwork",
  // Norwegian (OP)
  "Appen skal ha en integrasjon med Vipps og Telegram",
  // Danish (OP)
  "Vi holder al kommunikation her på Upwork",
  // Danish (OP)
  "Appen skal have en integration med MobilePay og Telegram",
  // Finnish (OP)
  "Pidetään kaikki viestintä täällä Upworkissa",
  // Finnish (OP)
  "Sovellukseen tarvitaan Telegram-integraatio",
  // Icelandic (OP)
  "Við höldum öllum samskiptum hér á Upwork",
  // Swedish (OP)
  "Skriv till mig här i chatten om något är oklart",
  // Swedish (OP)
  "Vi kan ringa via Upwork imorgon klockan tio",
  // Swedish (OP)
  "Appen ska skicka notiser via Telegram-boten",
  // Norwegian (OP)
  "Skriv til meg her i chatten hvis noe er uklart",
  // Danish (OP)
  "Skriv til mig her i chatten hvis noget er uklart",
  // Finnish (OP)
  "Kirjoita mulle tänne chattiin jos jokin on epäselvää",
  // Icelandic (OP)
  "Skrifaðu mér hér í spjallinu ef eitthvað er óljóst",
  // Finnish (OP)
  "Botti lähettää ilmoitukset Telegramiin",
  // Icelandic (OP)
  "Appið á að senda tilkynningar á Telegram",
  // Norwegian (OP)
  "Boten skal sende varsler til Telegram",
);

// Round twenty-seven (t47): Lithuanian, Latvian and Estonian as people chat (on phones, often without their diacritics); each
// violation missed before the round's words, each look-alike clean.
invalid.push(
  // Lithuanian (off)
  { text: "Gal geriau bendraukim kitur, ne cia", findings: [{ match: "bendraukim kitur", severity: 'violation' }] },
  // Lithuanian (off)
  { text: "Parasyk man asmeniskai, ne per upwork", findings: [{ match: "Parasyk man asmeniskai", severity: 'violation' }] },
  // Lithuanian (off)
  { text: "Toliau bendraukime uz upwork ribu", findings: [{ match: "bendraukime uz upwork ribu", severity: 'violation' }] },
  // Lithuanian (off)
  { text: "Susisiekim tiesiogiai, be upwork", findings: [{ match: "Susisiekim tiesiogiai, be upwork", severity: 'violation' }] },
  // Lithuanian (off)
  { text: "Pereikim i kita programele, cia nepatogu", findings: [{ match: "i kita programele", severity: 'violation' }] },
  // Lithuanian (off)
  { text: "Cia daug apribojimu, pakalbekim kitur", findings: [{ match: "pakalbekim kitur", severity: 'violation' }] },
  // Lithuanian (off)
  { text: "Parasyk man i whatsapp, ten greiciau atsakau", findings: [{ match: "Parasyk man i whatsapp", severity: 'violation' }] },
  // Lithuanian (off)
  { text: "Rasyk man telegrame, cia retai buna", findings: [{ match: "Rasyk man telegrame", severity: 'violation' }] },
  // Lithuanian (off)
  { text: "Susitarkim privaciai, be platformos", findings: [{ match: "Susitarkim privaciai", severity: 'violation' }] },
  // Latvian (off)
  { text: "Uzraksti man privati, ne caur upwork", findings: [{ match: "Uzraksti man privati", severity: 'violation' }] },
  // Latvian (off)
  { text: "Parunajam citur, seit ir neerti", findings: [{ match: "Parunajam citur", severity: 'violation' }] },
  // Latvian (off)
  { text: "Sazinamies tiesi, bez upwork", findings: [{ match: "Sazinamies tiesi, bez upwork", severity: 'violation' }] },
  // Latvian (off)
  { text: "Raksti man vatsapa, tur atbildu atrak", findings: [{ match: "Raksti man vatsapa", severity: 'violation' }] },
  // Latvian (off)
  { text: "Pariesim uz citu lietotni", findings: [{ match: "uz citu lietotni", severity: 'violation' }] },
  // Latvian (off)
  { text: "Turpinam arpus upwork", findings: [{ match: "Turpinam arpus upwork", severity: 'violation' }] },
  // Estonian (off)
  { text: "Kirjuta mulle privaatselt, mitte upworkis", findings: [{ match: "Kirjuta mulle privaatselt", severity: 'violation' }] },
  // Estonian (off)
  { text: "Suhtleme mujal, siin on ebamugav", findings: [{ match: "Suhtleme mujal", severity: 'violation' }] },
  // Estonian (off)
  { text: "Votame uhendust otse, ilma upworkita", findings: [{ match: "Votame uhendust otse, ilma upworkita", severity: 'violation' }] },
  // Estonian (off)
  { text: "Liigume teise rakendusse", findings: [{ match: "teise rakendusse", severity: 'violation' }] },
  // Estonian (off)
  { text: "Jatkame valjaspool upworki", findings: [{ match: "Jatkame valjaspool upworki", severity: 'violation' }] },
);
valid.push(
  // Lithuanian
  "Reikia sukurti WhatsApp bota",
  // Lithuanian
  "Failai bus ikelti i upwork iki penktadienio",
  // Lithuanian
  "Parasysiu jums cia rytoj",
  // Latvian
  "Klients prasija manu numuru, bet es atteicu",
  // Latvian
  "Vajag uztaisit WhatsApp botu",
  // Latvian
  "Faili bus augsuplādeti upwork lidz piektdienai",
  // Estonian
  "Vaja teha WhatsApp bot",
  // Estonian
  "Failid laetakse upworki reedeks",
  // Estonian
  "Parooli taastamise funktsioon ei toota",
);


// Round twenty-seven (t47): Czech and Bulgarian deepened with a second writer's phrasings (Czech without háčky, Bulgarian in
// Cyrillic and Latin letters); each violation missed before, each look-alike clean.
invalid.push(
  // Czech (off)
  { text: "Napiste mi radsi jinam, tady je to nepohodlne", findings: [{ match: "Napiste mi radsi jinam", severity: 'violation' }] },
  // Czech (off)
  { text: "Domluvime se primo, bez upworku", findings: [{ match: "Domluvime se primo", severity: 'violation' }] },
  // Czech (off)
  { text: "Presunme se do jine aplikace", findings: [{ match: "do jine aplikace", severity: 'violation' }] },
  // Bulgarian (off)
  { text: "Da se chuem izvyn upwork", findings: [{ match: "Da se chuem izvyn upwork", severity: 'violation' }] },
);
valid.push(
  // Czech
  "Vsechno resime jen pres upwork",
  // Czech
  "Integrace platebni brany do e-shopu",
  // Czech
  "Dekuji za 5 hvezdicek!",
  // Bulgarian
  "Клиентът поиска номера ми, но отказах",
  // Bulgarian
  "Всичко минава само през upwork",
  // Bulgarian
  "Интеграция на ePay в онлайн магазина",
  // Bulgarian
  "Благодаря за 5-те звезди!",
  // Bulgarian
  "Клиентът ме нарече идиот, докладвах го",
);

// Round twenty-nine (t52): who talks. The writer's team among themselves, the writer's or the client's own customers, others' habit, others'
// requests listed as scams, and whether the writer must, asked; the nearest moves between the writer and the reader stay violations.
valid.push(
  // The writer's own team among themselves, the reader not in the sentence ("just so you know" is an aside).
  { text: "Just so you know, we discuss candidates internally on Slack, but all communication with freelancers stays here on Upwork. Expect replies within 24 hours.", context: { role: 'client' } },
  "Our designers talk internally on Slack; you and I keep everything here.",
  "We review applications within the team over email before anyone replies here.",
  // The writer's or the client's own customers talked to, or others' habit told.
  { text: "Hello, I'm looking for a developer to build a simple invoicing tool for my cleaning company. I need to create invoices for my clients, send them by email, and let clients pay by card or bank transfer through Stripe. It should also send reminders when an invoice is overdue. Please describe a similar project you've done and your estimated timeline.", context: { role: 'client' } },
  "I usually talk with my customers with emails and then, if they want to buy, I send them my fiverr link. They are not registered on fiverr so for them is completely new. Every time I ask them to send me information on fiverr it's painful, they don't understand how do it and they just send me information on email because it's easier.",
  "The app reminds our patients of their appointments and talks to them by SMS.",
  "Customers usually send questions on WhatsApp, and the bot should answer them.",
  // Others' requests named as a class, in a list of scams.
  "Dear Ms. Adeyemi,\n\nThank you for inviting me to apply. I have read your brief for the 'How to receive international payments as a Nigerian freelancer' series and I love the angle. I have written extensively about payment gateways like Paystack, Flutterwave and Stripe, including comparison pieces on settlement times, chargeback rules and currency conversion costs, so I can go beyond surface-level content.\n\nFor this series I would suggest five pieces: a beginner explainer on domiciliary accounts, a comparison of receiving platforms (fees, limits, speed), a guide to avoiding scams (fake payment screenshots, 'overpayment' tricks, requests to move chats to WhatsApp), a tax and record-keeping guide, and a case study. Each piece would be 1,500-2,000 words, fully researched, with sources linked.\n\nAll drafts, revisions and payments will go through Upwork as usual, and I'll share the outlines here in the chat for your approval before I start writing.\n\nRate: $0.08/word. Timeline: one article every four days.\n\nWarm regards,\nChiamaka",
  "The checklist warns about invitations to continue on Telegram and fake payment screenshots.",
  // Whether the writer must, asked.
  "I notice that there is an option for voice or video call above the message, but does this necessarilly mean I need to call them? I am prepared to do this, but would rather keep communications in instant messages so I can refer to it later if needs be.",
  "Am I required to call the client by phone before the contract starts?",
);
invalid.push(
  { text: "We discuss everything internally on Slack, let's add you there too.", findings: [{ match: "discuss everything internally on Slack", severity: 'violation' }] },
  { text: "We discuss candidates internally on Slack, so message me on Slack: @jo.", findings: [{ match: "discuss candidates internally on Slack", severity: 'violation' }, { match: "message me on Slack", severity: 'violation' }] },
  { text: "I talk with my clients on WhatsApp, so add me there: +1 415 555 0100.", findings: [{ match: "talk with my clients on WhatsApp", severity: 'violation' }] },
  { text: "They can text me on WhatsApp whenever they want, you too.", findings: [{ match: "text me on WhatsApp", severity: 'violation' }] },
  { text: "I have a request: let's move chats to WhatsApp.", findings: [{ match: "move chats to WhatsApp", severity: 'violation' }] },
  { text: "Do I need to call you on WhatsApp or can we just talk on Skype?", findings: [{ match: "call you on WhatsApp", severity: 'violation' }, { match: "talk on Skype", severity: 'violation' }] },
  { text: "Let's continue on Telegram, it's easier.", findings: [{ match: "continue on Telegram", severity: 'violation' }] },
  { text: "They usually message me on Telegram, you can too.", findings: [{ match: "message me on Telegram", severity: 'violation' }] },
  { text: "My clients usually message me on Telegram, you can too.", findings: [{ match: "message me on Telegram", severity: 'violation' }] },
);

// A freelancer's "my clients" may be the reader: only a client's own clients are someone else.
invalid.push(
  {
    text: "One small thing: I prefer to keep the technical discussion with my clients on my usual messaging app, since I can share code snippets there easily.",
    findings: [{ match: 'keep the technical discussion with my clients on my usual messaging app', severity: 'violation' }],
  },
);

valid.push(
  // Batch 131: Tagalog "dito (lang) sa Upwork" still keeps the talk here when nothing is compared with it.
  "Dito lang po sa Upwork tayo mag-usap, hindi ko po ginagamit ang Viber para sa trabaho.",
);
invalid.push(
  // ...but after "kaysa" (than) Upwork is the place left behind: the chat app is proposed.
  { text: "Mas madali po tayong mag-usap sa Telegram kaysa dito sa Upwork, doon na lang po tayo.", findings: [{ match: "sa Telegram", severity: 'violation' }] },
);


// Round thirty (the issue's languages): clean look-alikes of training batch 159 (a refusal, an ask told back, Upwork's own call,
// a payment integration, a form's fields, a bug called stupid), in German, Tagalog, Hindi and Urdu in Latin letters, Russian,
// Ukrainian, French, Turkish, Indonesian, Arabic and Arabizi, Spanish and Portuguese.
valid.push(
  { text: "Wir bauen eine WhatsApp-Anbindung für den Kundenservice, haben Sie damit Erfahrung?", context: {role: 'client'} },
  "Können wir morgen einen Videocall über Upwork machen?",
  "Dito lang po tayo sa Upwork mag-usap, mas safe po",
  "Pwede po ba tayo mag-video call dito sa Upwork messages bukas?",
  "call Upwork ke andar hi kar lete hain kal 5 baje",
  { text: "whatsapp chatbot banana hai jo order status bataye, kitna time lagega?", context: {role: 'client'} },
  "Upwork ki video call pe kal baat kar lete hain",
  "Давайте созвонимся завтра по видеосвязи в Upwork",
  { text: "Нужен телеграм-бот для приёма заказов, сколько займёт?", context: {role: 'client'} },
  "Можемо завтра зробити відеодзвінок в Upwork?",
  "On peut faire un appel vidéo sur Upwork demain ?",
  "Yarin Upwork uzerinden goruntulu gorusme yapabilir miyiz?",
  "Besok bisa video call lewat Upwork kak?",
  { text: "Kami mau bikin chatbot WA untuk toko online", context: {role: 'client'} },
  { text: "نبي بوت واتساب يرد على العملاء", context: {role: 'client'} },
  "¿Hacemos una videollamada por Upwork mañana?",
  "Podemos fazer uma chamada de vídeo pela Upwork amanhã?",
  { text: "Wir brauchen einen WhatsApp-Button auf der Kontaktseite, der die Nummer des Shops öffnet.", context: {role: 'client'} },
  { text: "Mujhe website pe WhatsApp chat button lagana hai, plugin suggest kar dijiye.", context: {role: 'client'} },
  { text: "Humein dukaan ke liye WhatsApp Business ka catalog set karwana hai.", context: {role: 'client'} },
  { text: "Нужно подключить Telegram-уведомления о заказах для магазина.", context: {role: 'client'} },
  { text: "Потрібно зробити Telegram-бота для сповіщень про замовлення.", context: {role: 'client'} },
  { text: "Il faut ajouter un bouton WhatsApp sur la page contact du restaurant.", context: {role: 'client'} },
  { text: "Magaza icin WhatsApp siparis butonu eklememiz gerekiyor.", context: {role: 'client'} },
  { text: "Toko butuh tombol WA di halaman produk.", context: {role: 'client'} },
  { text: "بدنا زر واتساب بصفحة التواصل بالموقع.", context: {role: 'client'} },
  { text: "Necesito un botón de WhatsApp en la página de contacto de la tienda.", context: {role: 'client'} },
  { text: "Preciso de um botão de WhatsApp na página de contato da loja.", context: {role: 'client'} },
  "Sir sa Upwork call na lang po tayo bukas ng 9am.",
  "Kal Upwork pe hi video call kar lete hain.",
);

// Round thirty: violations in the same languages first caught by the round's words (batch 159 and earlier training batches' misses).
invalid.push(
  { text: "Ich melde mich die Tage bei Ihnen per Mail, dann müssen wir nicht immer hier schreiben", context: {role: 'client'}, findings: [{ match: "melde mich die Tage bei Ihnen per Mail", severity: 'violation' }] },
  { text: "Acá es muy lento, ¿nos pasamos a WhatsApp?", findings: [{ match: "nos pasamos a WhatsApp", severity: 'violation' }] },
  { text: "Bana whatsapptan yazin, burada bildirim gelmiyor.", findings: [{ match: "whatsapptan yazin", severity: 'violation' }] },
  { text: "Escríbame mejor al WhatsApp, por aquí me llegan tarde los mensajes.", findings: [{ match: "Escríbame mejor al WhatsApp", severity: 'violation' }] },
  { text: "Me chama no WhatsApp, aqui a notificação demora.", findings: [{ match: "no WhatsApp", severity: 'violation' }] },
  { text: "Olá Sr. Duarte, obrigado pelo convite. Para avançarmos mais depressa, propunha falarmos fora da plataforma, por chamada normal, e depois formalizamos aqui. Qual o melhor dia?", findings: [{ match: "falarmos fora da plataforma", severity: 'violation' }] },
  { text: "Kurze Frage vorab: Wäre es für Sie in Ordnung, wenn wir das Technische telefonisch klären statt hier? Das geht bei Zeichnungsfragen einfach schneller.", context: {role: 'client'}, findings: [{ match: "statt hier", severity: 'violation' }] },
  { text: "hablemos por el verde q es mas rapido, alla te mando los videos del buceo", context: {role: 'client'}, findings: [{ match: "hablemos por el verde", severity: 'violation' }] },
  { text: "sir baaki baat insta pe karte hai, yaha msg late aata hai", findings: [{ match: "baaki baat insta", severity: 'violation' }] },
);
// Round thirty: notifications built are still work talk; the chat's notifications complained of are not.
valid.push(
  "Preciso de notificações por WhatsApp quando o pedido sair.",
  "WhatsApp bildirimleri için entegrasyon lazım.",
);
runRuleTests('off-platform', withFixedGaps({ valid, invalid }, fixedGaps));
