import { runRuleTests, withFixedGaps, type InvalidCase, type KnownGap, type ValidCase } from './tester';

const valid: (string | ValidCase)[] = [
  // Round 33's look-alikes: passwords talked about (an example of a weak one, a value in configuration, a hash), a password refused,
  // access given "without sharing passwords", a password told as someone else's condition, "pass" as a verb.
  'Passwords like Summer2024! are the first ones an attacker guesses.',
  'Set DB_PASSWORD=Harbor2026 in the .env file on the staging server.',
  'We migrate the password hashes to argon2id next sprint.',
  "Please don't send me your password, add me as a staff account instead.",
  'You can add me to your team, which gives me the access without sharing passwords.',
  'He told me he gives me the admin password only after I leave five stars.',
  "I'll pass it to user123 on the QA team tomorrow.",
  // A file's password opens the work, not an account (7 December 2026, late night).
  'Can you send me the password for the zip file?',
  "What's the password to the PDF you uploaded yesterday?",
  'Please send me the password of this rar archive, it will not open.',
  // Denied; a project system's login (7 December 2026).
  'I have never shared my Upwork password with anyone, not even my brother.',
  'Can I use your login to the WordPress admin for a few days to fix the theme?',
  // Hinglish: sharing a password refused, forbidden, or someone else's ask told and refused.
  'kisi ke saath bhi apna password share karna mana hai',
  'client ne bola password share karo, maine mana kar diya',
  'main apna password share nahi karunga',
  'Seller Central mein sirf Advertising ka access de dein, password share karne ki zaroorat nahi.',
  // What the reader says they received (a phishing message), answered with a warning.
  'You said you got a DM "from Upwork support" asking you to confirm your login on an outside page; that is phishing, ignore it.',
  // Advice in Portuguese: cut the conversation short when someone asks for access.
  'Se alguém pedir acesso à sua conta ou dinheiro adiantado, o melhor é encerrar a conversa e denunciar.',
  // A list of practices, each opened by a gerund and naming nobody (a help page's list of violations).
  '1: Renting out your profile to someone abroad. 2: Allowing others to use your account or logging in on theirs.',
  // The same list at the end of a line over 300 characters long: the item is read back to its number, not to the line's start.
  "Upwork's Terms of Service describe several ways an account can be misused, and most of them come down to the same thing, which is that the person on the profile must be the person doing the work and answering the client, every single time, whether the contract is a small fixed-price job or a long hourly engagement with a large team behind it. The examples it gives include 1: Renting out your profile to someone abroad. 2: Allowing others to use your account or logging in on theirs.",
  // A help page's step: the reader opens their own account. A refusal's second half in Hindi/Urdu ("na hi": nor).
  'Log in to your Upwork account and open Settings, then Get Paid, and add a payout method.',
  'Nahi bhai, main apna profile kisi ko nahi deta, na hi password share karta hoon.',
  // Look-alikes of the fourth of December's frames: a relative in the family shop, help with one's own check, a test persona, a warning.
  'My husband logs in to our Etsy shop in the evenings to pack the orders.',
  'My brother does the bookkeeping for the bakery, so send the invoice to him.',
  'I can walk you through the identity verification page, it takes about five minutes.',
  'In the usability test, participants pretend to be a first-time buyer.',
  'After the interview I will send you the answers to your questions in the chat.',
  "Asking someone to do the video verification for you breaks Upwork's rules, so I won't.",
  // Polish and Turkish look-alikes: a refusal told, a speech reported, past ratings, product work, "pisz" and "ezik" as ordinary words.
  "Nie mam konta firmowego, pracuję z własnego konta na Upworku.",
  "Kuzenimin Upwork hesabı yok, ben kendi hesabımdan çalışıyorum.",
  // Each on their own account, a project system's login, the owner logging in.
  "I will reply from my account tomorrow morning, the app was down tonight.",
  "We log in to our own accounts every morning to check the invoices.",
  "My assistant logs in to my Shopify store to update the product photos.",
  "Ik log vanavond in op mijn account en stuur dan de offerte.",
  "Intru diseară pe contul meu și vă trimit propunerea.",
  // One's own account used by its owner, a public profile link, an account at another company.
  "I'll send you a Direct Contract from my account, you pay by card on Upwork.",
  'Could you share your Upwork profile link with our recruiter before Friday?',
  'The print job number from your account with them is PJ-2291.',
  // The writer in their own account: "I log in to my account", "we couldn't sign in to our profile", "let me log in".
  'I log in to my account every morning to answer messages.',
  "I couldn't log into my Upwork account yesterday, sorry for the late reply.",
  'We always sign in to our agency account from the office.',
  'Let me log in to my account and check the contract.',
  "Send me the WordPress admin login and I'll update the plugins.",
  'I implemented the password reset flow with email tokens.',
  'Please add me to your team on Upwork so I can see the tickets.',
  'Never share your password with anyone, including me.',
  'The login page needs a new design.',
  'Can you share the staging server SSH credentials?',
  "I'll build the 2FA verification screen next.",
  'Store the API key in an environment variable, not in the repo.',
  'Please create a test account for me on the staging site.',
  'Your Shopify store password page is still enabled.',
  'Use your own account to log in to the Figma file.',
  'The OTP field should accept six digits.',
  'Reset your own password from the Upwork settings page.',
  'The team works from one shared Figma account for the designs.',
  'Please use your own login for the Upwork app.',
  'We log into the same staging account to test the checkout.',
  'I can do the technical interview on Zoom tomorrow at 10.',
  'Our QA team logs into one shared test account on the staging server.',
  'Happy to pass the ID verification myself this week.',
  'Tu peux te connecter sur ton compte et vérifier la facture ?',
  'Ich habe keine Zeit, aber ich kann dir das Konto-Dashboard zeigen.',
  // One's own profile shown, a password for a video link, a reply describing the other's request.
  'You can find examples of my past work on my Upwork profile.',
  'I told him to post the job via Upwork, and I sent him my profile link.',
  'The demo reel is on Vimeo (password: reel2024).',
  'You\'re asking me to open a second Upwork account in my name, which I won\'t do.',
  'This account belongs to my company and I\'m the only one who uses it.',
  'I use AnyDesk for client support; for Upwork messages I use the app.',
  'You look like you know React well, can we talk on Upwork?',
  // Source code, one's own password reset, warnings not to share, a login one cannot do, in the same languages.
  'Schick mir das Passwort für den Staging-Server.',
  'Скинь мені код компонента для сторінки акаунту.',
  'Скинь мне код страницы профиля, я посмотрю.',
  'ارسل لي الكود حق صفحة الحساب',
  'ab3atli el code bta3 el profile page',
  'Envoie-moi le code source de la page compte.',
  'Donne-moi accès au dépôt GitHub pour le compte client.',
  'Réinitialise ton mot de passe depuis les paramètres de ton compte Upwork.',
  'Setze dein Passwort in den Kontoeinstellungen zurück.',
  'We use your Upwork messages for updates.',
  'Please approve the login request from our new CI server.',
  'I could act as a proxy on the call to translate for you.',
  'I hold an account for our team on Figma.',
  // Identity-verification products, one's own ID and name, a photo for a team page.
  'Our KYC API costs $0.50 per verification.',
  'We need someone to do the KYC verification integration for our fintech app.',
  'Can you do the video call for us on Friday at 10?',
  'apni id se login karke apna account check karo',
  'account apne naam pe banao, company ke naam pe nahi',
  'aapka photo use karenge team page pe, theek hai?',
  'OTP bhejne wala feature bana do',
  'Модуль отвечает за верификацию пользователей.',
  'Модуль відповідає за верифікацію користувачів.',
  'Fitur verifikasi wajah untuk akun pengguna sudah jadi.',
  'الفاتورة باسمه وليس باسم الشركة',
  'Die Verifizierung können Sie mit Ihrem Ausweis machen.',
  // Building login and verification features, the owner logging into their own account, one person on one account.
  'Una app para alquilar coches; los usuarios crean su cuenta con el correo.',
  'O app passa a senha criptografada para a API ao criar a conta.',
  'Falta a tela de login e senha na criação de conta.',
  'Le code de vérification est envoyé par e-mail à la création du compte.',
  'Les identifiants sont stockés chiffrés dans la table des comptes.',
  'Über Ihr Konto laufen alle Zahlungen, das ist sicher.',
  'Bitte Login und SMS-Code im Konto-Bereich implementieren.',
  'Wir lesen den Code aus der SMS automatisch aus, wenn das Konto erstellt wird.',
  'Форма: логин и код подтверждения для входа в аккаунт.',
  'login aur password wala page bana do account section me',
  'Araba kiralıyoruz, kullanıcı hesabı ile rezervasyon yapılıyor.',
  'Giriş bilgileri ekranı hesap ayarlarında olacak.',
  'Hesabıma giremiyorum, Upwork destek ile konuşuyorum.',
  'You can log into the same account on your phone and laptop.',
  'I work from a single Upwork account, as the rules require.',
  'Use your Upwork login on the desktop app too.',
  'The token is stored in your session after you log in to your account.',
  'The work, your profile and your reviews all look great.',
  'mera account chalane mein problem aa rahi hai',
  'سجل دخول على حسابك وشوف العقد',
  'a3mel login 3ala el account bta3y w ab3atlak screenshot',
  'Şifreni kimseyle paylaşma, Upwork hesabın sadece senin.',
  'Hesabına giriş yapamıyorsan Upwork destek ekibine yaz.',
  'Не передавай нікому пароль від акаунту.',
  'Я работаю через свой аккаунт, все честно.',
  'Je loue un appartement à Paris, mon compte bancaire est en France.',
  'Über Ihr Konto können Sie die Rechnungen sehen.',
  'Über dein Profil kannst du Angebote schicken, ganz normal.',
  'تقدر تسجل دخول على حسابك وتشوف العقد',
  'mera account abhi verify ho raha hai, thoda wait karo',
  'We should rotate the database password after launch.',
  // One's own login, a helper added to the team, a school portal one cannot open, a repo username.
  'My assistant will reach out to you here to schedule the kickoff call.',
  "I'll add my VA to our Upwork team so she can message you from her own account.",
  'My brother recommended you, he loved working with you.',
  'Use my staging login to test the checkout: user demo, pass demo123.',
  "I can't log into my Canvas right now, can you send the rubric as a PDF?",
  'I will take the quiz myself, just help me revise the chapter.',
  "Don't log in to my account, just send the files here.",
  'Could I get your GitHub username so I can add you to the repo?',
  // What others do, described; a remote session about a bug; each person on their own account.
  'Some buyers, particularly in China and Russia, are renting time on sellers\u2019 computers through TeamViewer.',
  'Many freelancers are renting out their Upwork accounts to people abroad, which is how they get banned.',
  'Scammers often ask for your login and the code Upwork sends you.',
  'I can show you the bug via TeamViewer if that helps.',
  "My brother's client account is separate from mine.",
  'We need one Stripe account for the whole team.',
  'Apna account details mujhe mat bhejo, main team mein add kar dunga.',
  // The owner acting on their own account: asked to submit a proposal themselves, or the writer on their own profile.
  'Please send the proposal from your account.',
  "Could you submit the bid from your profile when it's ready?",
  "I'll apply from my account tomorrow morning.",
  "Just post the job from your own client account, I'll draft the text.",
  // A break-in told by its victim.
  "Someone signed into my Upwork account from abroad, I've reset my password.",
  'A hacker logged in to my account last night and messaged my clients.',
  // A relative's papers as the work itself.
  "My brother's passport photo is on the visa form I'm designing.",
  // Batch 17: sign-in details, an account in a relative's name, a relative answering on this account; a stranger's offer told and refused.
  { text: "My sister answers the phone at the practice when I'm out.", context: { contract: 'active' } },
  { text: "The account is in my company's name, so invoices go to the LLC.", context: { contract: 'active' } },
  { text: "someone on discord was offering to rent me an upwork account lol, blocked them", context: { contract: 'active' } },
  { text: "you can just log into ur upwork and accept the offer whenever you're ready", context: { contract: 'active' } },
  { text: "Meine Kollegin arbeitet über ihr eigenes Profil, wir teilen nichts.", context: { contract: 'active' } },  // Training batches 24-29: features that stop users sharing a login, a client's own system, offers reported, one's own verification,
  // a colleague joining a call, an agency account, a settings page, the practice named.
  "I've built login flows where users share one account across a team, and I'd add seat-based invites.",
  'Please add me as a user in your WordPress so I can edit the pages.',
  'I reported the person who offered to rent my account to Upwork support.',
  'Someone asked to buy my Upwork profile, I refused and reported it to support.',
  "You'll keep full control of your Upwork account; I only need to be added to your team.",
  'I just passed my own ID verification on Upwork today.',
  'My colleague will join the call too, he leads the backend work.',
  'Our agency account on Upwork has separate logins for each member.',
  'Try it from ur account settings page.',
  'I can build a password reset flow and 2FA with backup codes.',
  "Thanks for hiring me, I'll send the draft by Friday.",
  "Stop asking me for my password, I'm reporting this.",
  'Upwork calls this account sharing and it gets accounts banned.',
  'The Upwork account stays in your name; just add me to your team.',
  'My partner will join the call on camera too, she leads design.',
  'Your account settings are confusing, we can work through it together.',
  'Use your own account for this project and invite me as a member.',
  'I have two accounts on GitHub, one personal and one for work.',
  // Dutch/Flemish, Romanian, Malay/Manglish and Korean look-alikes: a site's own details, talk kept on Upwork, a word quoted.
  "Ik heb mijn wachtwoord gereset en kan weer inloggen.",
  "Am uitat parola de la cont, dar am resetat-o.",
  "계정 설정에서 알림을 끄세요.",
  // Chinese and Vietnamese look-alikes: apps and rails built as work, bench testing, a request refused or reported, star-rating features.
  'Upwork要我做身份验证，我自己下午弄',
  'Chị thêm em vào team Upwork rồi, không cần mật khẩu của chị.',
  // Session 34 (training batch 116): the owner told to log in, another company's or a client's account, each on their own.
  "Once you're logged into your Upwork, open the contract and submit the milestone.",
  "I export the report from my client's account every Monday.",
  "The campaign runs from my company's ad account, not mine.",
  "My sister also freelances on Upwork, from her own profile.",
  "I logged into my Upwork and saw your offer.",
  "Someone logged into my Upwork from another country last night, so I changed the password.",
  "For the video interview, please join from your own laptop.",
  "My co-founder will reply from her own Upwork account; we are both on the company team.",
  // An organization's account hiring, and someone on the account in the past, over now.
  "We hire through our parent company's Upwork Enterprise account, so the offer comes from there.",
  "My cousin used to manage my Upwork, but now I handle everything myself.",
];

const invalid: InvalidCase[] = [
  // Round 33: a password written out with its name, whatever the system and in the rules' languages, even with "please don't" after it;
  // the reader's password asked for, whatever the system.
  { text: "Here's the shop admin so you can start: user lunacandles, password Wick!2025. Please don't change the theme.", findings: [{ match: 'password Wick!2025', severity: 'violation' }] },
  { text: 'My Etsy login: mara.pottery / Glaze#2026, go ahead and upload the listings.', findings: [{ match: 'login: mara.pottery / Glaze#2026', severity: 'violation' }] },
  { text: 'Mật khẩu mới là Sen@HN2026, anh đăng nhập giúp em nhé.', findings: [{ match: 'Mật khẩu mới là Sen@HN2026', severity: 'violation' }] },
  { text: 'Şifre: Zeytin2026!, girip ilanları sen yükle.', findings: [{ match: 'Şifre: Zeytin2026', severity: 'violation' }] },
  { text: "Share with me your App Store Connect password and I'll upload the screenshots tonight.", findings: [{ match: 'Share with me your App Store Connect password', severity: 'violation' }] },
  // A file named after the password is not enough when an account is what it opens.
  { text: 'Send me the password for your Upwork account, the zip file is there.', findings: [{ match: 'Send me the password', severity: 'violation' }] },
  { text: 'send me your password for the excel login page', findings: [{ match: 'send me your password', severity: 'violation' }] },
  { text: "Send me the username and password of your LMS, I'll load the modules myself.", findings: [{ match: 'Send me the username and password', severity: 'violation' }] },
  // The Upwork secret handed to someone, whoever they are; another's login borrowed for a while (7 December 2026).
  { text: "I've given him my Upwork password, so if a message comes from me at weird hours it's him.", findings: [{ match: 'given him my Upwork password', severity: 'violation' }] },
  { text: 'I gave my Upwork password to my brother while I travel.', findings: [{ match: 'gave my Upwork password to my', severity: 'violation' }] },
  { text: 'My Upwork profile is under review, can I use your login for a few days to send the files?', findings: [{ match: 'can I use your login', severity: 'violation' }] },
  // Session 34 (training batch 116): someone on the writer's account, another's account by relation, user and pass, a stand-in on the call.
  { text: "Heads up, my co-founder will be replying from my Upwork account while I travel.", findings: [{ match: "from my Upwork account", severity: 'violation' }] },
  { text: "My producer Jake is using my Upwork to message you from now on.", findings: [{ match: "My producer Jake is using my Upwork", severity: 'violation' }] },
  { text: "My brother got into my account to check on the project and wrote to you.", findings: [{ match: "My brother got into my account", severity: 'violation' }] },
  { text: "I'm applying via my business partner's profile since it has the badge.", findings: [{ match: "via my business partner's profile", severity: 'violation' }] },
  { text: "The offer came from my cousin's client account.", findings: [{ match: "from my cousin's client account", severity: 'violation' }] },
  { text: "Drop your upwork user and pass, I'll accept the milestone for you.", findings: [{ match: "Drop your upwork user and pass", severity: 'violation' }] },
  { text: "For the identity video call, my colleague will sit in for me since my internet is bad.", findings: [{ match: "video call, my colleague will sit in for me", severity: 'violation' }] },
  { text: "If you want a video interview, my friend will join in my place.", findings: [{ match: "video interview, my friend will join in my place", severity: 'violation' }] },
  { text: "Felix was logged into my Upwork to send you the preview link.", findings: [{ match: "logged into my Upwork", severity: 'violation' }] },
  { text: "I'm logged in on your account to hire the SEO guy.", findings: [{ match: "logged in on your account", severity: 'violation' }] },
  // Hinglish: "brother, share your password".
  { text: 'bhai apna password share karo', findings: [{ match: 'password share karo', severity: 'violation' }] },
  { text: 'You said you got my message, so now send me your login and I will fix the profile.', findings: [{ match: 'send me your login', severity: 'violation' }] },
  { text: 'Me dá acesso à sua conta que eu faço os lances por você.', findings: [{ match: 'acesso à sua conta', severity: 'violation' }] },
  // A list item that asks: the writer named in it.
  { text: '- Letting me use your account for a week, I pay $50.', findings: [{ match: 'use your account', severity: 'violation' }] },
  // The same step that hands the code back to the writer.
  { text: 'Log in to your account and send me the code you get by SMS.', findings: [{ match: 'Log in to your account', severity: 'violation' }] },
  // Someone else behind the writer's account, a check done for the reader, a call taken in someone's part (fourth of December).
  { text: 'Quick heads-up: my nephew signs in on weekends and replies to clients so nobody waits.', findings: [{ match: 'nephew signs in on weekends and replies to clients', severity: 'violation' }] },
  { text: 'Honestly my partner does most of the coding, I only manage the profile and the calls.', findings: [{ match: 'partner does most of the coding, I only manage the profile', severity: 'violation' }] },
  { text: 'The guy in my profile picture is actually my brother, we share the work.', findings: [{ match: 'guy in my profile picture is actually my brother', severity: 'violation' }] },
  { text: 'No stress about the selfie check, my cousin can do the face verification for you.', findings: [{ match: 'cousin can do the face verification', severity: 'violation' }] },
  { text: 'For the panel round, join pretending to be our backend engineer and keep the camera on.', findings: [{ match: 'pretending to be our backend engineer', severity: 'violation' }] },
  { text: 'During the zoom interview we will type you the answers in the chat, just read them out.', findings: [{ match: 'zoom interview we will type you the answers in the chat', severity: 'violation' }] },
  // Polish and Turkish (round 10): channels with case endings, asks, payment words, review holds, insults and threats, accounts lent.
  { text: "Kolega popracuje z mojego konta, jak będę na urlopie.", findings: [{ match: "popracuje z mojego konta", severity: 'violation' }] },
  { text: "Mam zweryfikowane konto, mogę ci je odstąpić za procent.", findings: [{ match: "zweryfikowane konto", severity: 'violation' }] },
  { text: "Arkadaşımın hesabından teslim edeceğim, farklı isim görürseniz şaşırmayın.", findings: [{ match: "Arkadaşımın hesabından", severity: 'violation' }] },
  // Someone else at work on the writer's account, or the writer on another's, in five languages.
  { text: "My cousin will answer messages from my account while I travel next week.", findings: [{ match: "from my account", severity: 'violation' }] },
  { text: "can he bid from mine? his profile is still under review", findings: [{ match: "he bid from mine", severity: 'violation' }] },
  { text: "Sora mea intră mâine pe contul meu și vă trimite fișierele.", findings: [{ match: "intră mâine pe contul meu", severity: 'violation' }] },
  { text: "Wil je even inloggen op mijn account en de offerte accepteren?", findings: [{ match: "inloggen op mijn account", severity: 'violation' }] },
  { text: "Boleh bagi username dan password Upwork awak? Saya tolong hantar proposal.", findings: [{ match: "username dan password Upwork awak", severity: 'violation' }] },
  { text: "친구 계정으로 지원해도 괜찮을까요?", findings: [{ match: "친구 계정으로", severity: 'violation' }] },
  { text: 'Can you send me your Upwork profile login so my assistant can bid?', findings: [{ match: 'send me your Upwork profile login', severity: 'violation' }] },
  { text: 'You can log in to my account and send the proposals.', findings: [{ match: 'log in to my account', severity: 'violation' }] },
  { text: "I'll let you log into my account tonight.", findings: [{ match: 'log into my account', severity: 'violation' }] },
  { text: "Send me your Upwork login and I'll submit the proposals for you.", findings: [{ match: 'Send me your Upwork login', severity: 'violation', exception: false }] },
  { text: "Share your password and I'll fix your Upwork profile.", findings: [{ match: 'Share your password', severity: 'violation' }] },
  { text: "I'll log into your account and post the job myself.", findings: [{ match: 'log into your account', severity: 'violation' }] },
  { text: 'Can I use your Upwork account to bid on jobs?', findings: [{ match: 'use your Upwork account', severity: 'violation' }] },
  { text: "I'm selling verified Upwork accounts, DM me.", findings: [{ match: 'selling verified Upwork accounts', severity: 'violation' }] },
  { text: "What's the 2FA code you got from Upwork?", findings: [{ match: "What's the 2FA code", severity: 'violation' }] },
  { text: 'password: hunter22 for my upwork', findings: [{ match: 'password: hunter22', severity: 'violation' }] },
  { text: "My friend will work from my Upwork account while I'm away.", findings: [{ match: 'work from my Upwork account', severity: 'violation' }] },
  { text: "I'll give you my Upwork username and password.", findings: [{ match: 'give you my Upwork username and password', severity: 'violation' }] },
  { text: 'Let me bid on jobs using your profile.', findings: [{ match: 'using your profile', severity: 'violation' }] },
  { text: 'I need access to your Upwork account to apply for jobs.', findings: [{ match: 'access to your Upwork account', severity: 'violation' }] },
  { text: 'Complete the ID verification for me using your passport.', findings: [{ match: 'ID verification for me', severity: 'violation' }] },
  // One shared account, logins lent, verification paid per head, accounts rented, in several languages.
  { text: 'Our team of three works from one shared Upwork account, so answers may come from anyone.', findings: [{ match: 'team of three works from one shared Upwork account', severity: 'violation' }] },
  { text: 'We all log into the same freelancer account.', findings: [{ match: 'We all log into the same freelancer account', severity: 'violation' }] },
  { text: 'Can you take the Upwork identity video call for me? I\'ll pay $50.', findings: [{ match: 'take the Upwork identity video call for me', severity: 'violation' }] },
  { text: 'For our Upwork profiles we pay $100 per verification, it takes ten minutes.', findings: [{ match: 'per verification', severity: 'violation' }] },
  { text: 'Looking for people in the US to pass the Upwork ID verification, paid weekly.', findings: [{ match: 'Looking for people in the US to pass the Upwork ID verification', severity: 'violation' }] },
  { text: 'He\'ll just use my login to post the updates on Upwork.', findings: [{ match: 'use my login', severity: 'violation' }] },
  { text: 'Can I rent your acc for a month?', findings: [{ match: 'rent your acc', severity: 'violation' }] },
  { text: 'I can submit the proposal from my sister\'s account, she has more reviews.', findings: [{ match: 'submit the proposal from my sister\'s account', severity: 'violation' }] },
  { text: 'Give me your Shopify email and password and the 2FA code.', findings: [{ match: 'Give me your Shopify email and password', severity: 'violation' }] },
  { text: 'Send me your Upwork username + password.', findings: [{ match: 'Send me your Upwork username + password', severity: 'violation' }] },
  { text: 'Hum aapka account rent pe lenge, bas login aur OTP share karna hoga.', findings: [{ match: 'account rent pe', severity: 'violation' }] },
  { text: 'Est-ce que tu peux te connecter sur mon compte et répondre à ma place ?', findings: [{ match: 'te connecter sur mon compte', severity: 'violation' }] },
  { text: 'Lass mich über dein Konto arbeiten, per Fernzugriff.', findings: [{ match: 'dein Konto arbeiten, per Fernzugriff', severity: 'violation' }] },
  { text: 'Busco cuentas verificadas para rentarlas, solo me pasas usuario y contraseña.', findings: [{ match: 'rentarlas', severity: 'violation' }] },
  { text: 'Preciso que você me passe o login da sua conta Upwork.', findings: [{ match: 'me passe o login', severity: 'violation' }] },
  { text: 'apne naam pe verification karwa do mere account ke liye', findings: [{ match: 'apne naam pe verification', severity: 'violation' }] },
  { text: 'account aapke naam pe bana denge, aadha aadha', findings: [{ match: 'account aapke naam pe', severity: 'violation' }] },
  { text: 'Hesabını kiralıyoruz, giriş bilgilerini paylaşman yeterli.', findings: [{ match: 'Hesabını kiralıyoruz', severity: 'violation' }] },
  { text: 'momken teddini el password bta3 el upwork?', findings: [{ match: 'teddini el password', severity: 'violation' }] },
  { text: 'Ouvrez un compte Upwork à votre nom, nous travaillons dessus.', findings: [{ match: 'compte Upwork à votre nom', severity: 'violation' }] },
  { text: 'Ich hab keine Zeit – kannst du das mit deinem Ausweis für mich machen?', findings: [{ match: 'mit deinem Ausweis für mich', severity: 'violation' }] },
  { text: 'my profile is still new so could you hire me on my brother\'s account instead?', findings: [{ match: 'hire me on my brother\'s account', severity: 'violation' }] },
  // A profile that belongs to a relative, split roles, remote control for bids, look-alikes for verification.
  { text: 'Note: the profile you are seeing belongs to my brother, I do the work.', findings: [{ match: 'the profile you are seeing belongs to my brother', severity: 'violation' }] },
  { text: 'This account is registered to my wife but I handle all the projects.', findings: [{ match: 'This account is registered to my wife', severity: 'violation' }] },
  { text: 'It\'s my work, just your account. You keep 10%.', findings: [{ match: 'my work, just your account', severity: 'violation' }] },
  { text: 'My partner will code it but the contract will stay on my profile.', findings: [{ match: 'the contract will stay on my profile', severity: 'violation' }] },
  { text: 'We need a US account. You log in, I\'ll write the proposals.', findings: [{ match: 'You log in, I\'ll write', severity: 'violation' }] },
  { text: 'I\'ll bid on Upwork from my laptop through your browser session.', findings: [{ match: 'through your browser session', severity: 'violation' }] },
  { text: 'We install AnyDesk on your PC so I can bid on Upwork from here.', findings: [{ match: 'AnyDesk on your PC so I can bid on Upwork', severity: 'violation' }] },
  { text: 'My cousin looks a lot like me, so he can do the video verification.', findings: [{ match: 'cousin looks a lot like me', severity: 'violation' }] },
  { text: 'You look similar to my profile pic, can you do the verification call?', findings: [{ match: 'You look similar to my profile pic', severity: 'violation' }] },
  // Passwords, one-time codes, rentals, logins and verification by proxy in Arabic, Arabizi, Ukrainian, Russian, German, French, Turkish, Hindi.
  { text: 'ممكن تعطيني اسم المستخدم وكلمة المرور حق حسابك في ابورك؟', findings: [{ match: 'وكلمة المرور', severity: 'violation' }] },
  { text: 'أبغى أستأجر حسابك على أبورك بـ100 دولار شهريا', findings: [{ match: 'أستأجر حسابك', severity: 'violation' }] },
  { text: 'ارسل لي الكود اللي يوصلك على الجوال عشان ادخل حسابك', findings: [{ match: 'الكود اللي يوصلك', severity: 'violation' }] },
  { text: 'سجل دخول على حسابي ورد على العملاء', findings: [{ match: 'سجل دخول على حسابي', severity: 'violation' }] },
  { text: 'تقدر تسوي التحقق من الهوية بدالي؟', findings: [{ match: 'التحقق من الهوية بدالي', severity: 'violation' }] },
  { text: 'momken a3mel login 3ala el account bta3ak?', findings: [{ match: 'a3mel login 3ala el account bta3ak', severity: 'violation' }] },
  { text: '2agarly el account bta3ak fel shahr b 100$', findings: [{ match: '2agarly', severity: 'violation' }] },
  { text: 'Дай мені логін і пароль від свого акаунту на Upwork', findings: [{ match: 'Дай мені логін і пароль', severity: 'violation' }] },
  { text: 'Можна я працюватиму з твого акаунту?', findings: [{ match: 'працюватиму з твого акаунту', severity: 'violation' }] },
  { text: 'Пройди верифікацію за мене, заплачу 50$', findings: [{ match: 'верифікацію за мене', severity: 'violation' }] },
  { text: 'Скинь код з смс, що прийде від Upwork', findings: [{ match: 'Скинь код з смс', severity: 'violation' }] },
  { text: 'Продам акаунт Upwork з рейтингом', findings: [{ match: 'Продам акаунт', severity: 'violation' }] },
  { text: 'Пройди верификацию за меня, пожалуйста', findings: [{ match: 'верификацию за меня', severity: 'violation' }] },
  { text: 'Kann ich über deinen Account Angebote schicken?', findings: [{ match: 'über deinen Account Angebote schicken', severity: 'violation' }] },
  { text: 'Ich logge mich in deinen Account ein und antworte den Kunden.', findings: [{ match: 'logge mich in deinen Account ein', severity: 'violation' }] },
  { text: 'Verifizierte Upwork-Konten zu verkaufen.', findings: [{ match: 'Konten zu verkaufen', severity: 'violation' }] },
  { text: 'Donne-moi tes identifiants Upwork.', findings: [{ match: 'Donne-moi tes identifiants', severity: 'violation' }] },
  { text: 'Je loue ton compte 100€ par mois.', findings: [{ match: 'loue ton compte', severity: 'violation' }] },
  { text: 'Tu peux passer la vérification d\'identité à ma place ?', findings: [{ match: 'passer la vérification d\'identité à ma place', severity: 'violation' }] },
  { text: 'Upwork hesabına giriş yapayım, tekliflere ben bakarım.', findings: [{ match: 'hesabına giriş yapayım', severity: 'violation' }] },
  { text: 'Hazır Upwork hesabı satın alıyorum.', findings: [{ match: 'hesabı satın alıyorum', severity: 'violation' }] },
  { text: 'OTP bata do jaldi', findings: [{ match: 'OTP bata do', severity: 'violation' }] },
  { text: 'tumhare account se kaam karunga, paisa aadha', findings: [{ match: 'tumhare account se kaam', severity: 'violation' }] },
  { text: 'mera account tum chala lo ek mahine ke liye', findings: [{ match: 'mera account tum chala lo', severity: 'violation' }] },
  { text: 'verified Upwork account bech do, achha paisa dunga', findings: [{ match: 'verified Upwork account', severity: 'violation' }] },
  // Borrowed or hosted accounts, stand-ins on the call; contempt in plain words.
  { text: 'Can I borrow your Upwork for a week?', findings: [{ match: 'borrow your Upwork', severity: 'violation' }] },
  { text: 'Can you lend me your Upwork account for a few days?', findings: [{ match: 'lend me your Upwork account', severity: 'violation' }] },
  { text: 'We need US residents to host an Upwork account for our team.', findings: [{ match: 'host an Upwork account for our team', severity: 'violation' }] },
  { text: 'Give me access to your freelancer profile and I\'ll do the bidding.', findings: [{ match: 'access to your freelancer profile', severity: 'violation' }] },
  { text: 'Can your friend pretend to be you on the verification call?', findings: [{ match: 'pretend to be you on the verification call', severity: 'violation' }] },
  // Leet, look-alike, full-width, spaced and invisible spellings.
  { text: 'Send me your p@ssw0rd for Upwork.', findings: [{ match: 'Send me your p@ssw0rd', severity: 'violation' }] },
  { text: 'Send me your p\u0430ssw\u043Erd for Upwork.', findings: [{ match: 'Send me your p\u0430ssw\u043Erd', severity: 'violation' }] },
  { text: 'Send me your ｐａｓｓｗｏｒｄ for Upwork.', findings: [{ match: 'Send me your ｐａｓｓｗｏｒｄ', severity: 'violation' }] },
  { text: 'Send me your Upwork l o g i n', findings: [{ match: 'Send me your Upwork l o g i n', severity: 'violation' }] },
  { text: 'Send me your pass\u200Bword for Upwork.', findings: [{ match: 'Send me your pass\u200Bword', severity: 'violation' }] },
  // Astral characters before the match.
  { text: '🔑🔑 Send me your Upwork login.', findings: [{ match: 'Send me your Upwork login', severity: 'violation' }] },
  // Two in one text.
  {
    text: "Send me your Upwork login. Then I'll log into your account and bid.",
    findings: [
      { match: 'Send me your Upwork login', severity: 'violation' },
      { match: 'log into your account', severity: 'violation' },
    ],
  },
  // No context makes account sharing acceptable.
  { text: 'Send me your Upwork login.', context: { client: 'enterprise' }, findings: [{ match: 'Send me your Upwork login', severity: 'violation', exception: false }] },
  { text: 'Send me your Upwork login.', context: { contract: 'active' }, findings: [{ match: 'Send me your Upwork login', severity: 'violation', exception: false }] },
  {
    text: "I'll log into your account and post the job myself.",
    context: { client: 'enterprise', contract: 'active', role: 'client' },
    findings: [{ match: 'log into your account', severity: 'violation', exception: false }],
  },
  // A relative or helper logging into or running one's account, a relative's profile or ID, a school login handed over for a quiz.
  { text: 'My sister will sign in to my Upwork profile and send the files tonight.', findings: [{ match: 'sign in to my Upwork profile', severity: 'violation' }] },
  { text: 'my roommate is managing my upwork account this week, talk to him', findings: [{ match: 'managing my upwork account', severity: 'violation' }] },
  { text: 'Can I borrow your Upwork account to bid on two jobs? Mine is on hold.', findings: [{ match: 'borrow your Upwork account', severity: 'violation' }] },
  { text: "Put the offer on my cousin's account, I'll do the work myself.", findings: [{ match: "Put the offer on my cousin's account", severity: 'violation' }] },
  { text: "I'll verify the profile with my brother's ID, mine expired.", findings: [{ match: "verify the profile with my brother's ID", severity: 'violation' }] },
  { text: "Here's my Blackboard password, please take the midterm for me on Saturday.", findings: [{ match: "Here's my Blackboard password", severity: 'violation' }] },
  { text: "Can you sit the final exam in my place? I'll give you my student login.", findings: [{ match: 'sit the final exam in my place', severity: 'violation' }, { match: 'give you my student login', severity: 'violation' }] },
  { text: 'May I have your Upwork login and password to set up the milestones?', findings: [{ match: 'May I have your Upwork login and password', severity: 'violation' }] },
  { text: 'ill have my cousin log in to my account n send the proposals, same quality dont worry', findings: [{ match: 'log in to my account', severity: 'violation' }] },
  { text: "Our intern is going to handle my Upwork account while I'm away.", findings: [{ match: 'handle my Upwork account', severity: 'violation' }] },
  // A relative's client account, a verification call done for someone, one profile for a whole team, lending a verified account.
  { text: "Can you accept the offer from my friend's client account instead?", findings: [{ match: "from my friend's client account", severity: 'violation' }] },
  { text: "We'll send the offer through my brother's freelancer profile.", findings: [{ match: "through my brother's freelancer profile", severity: 'violation' }] },
  { text: 'Could you do the video call with Upwork for me?', findings: [{ match: 'do the video call with Upwork for me', severity: 'violation' }] },
  { text: 'Please take the verification call with Upwork on my behalf.', findings: [{ match: 'take the verification call with Upwork on my behalf', severity: 'violation' }] },
  { text: 'Our agency runs one freelancer profile for the whole team.', findings: [{ match: 'one freelancer profile for the whole team', severity: 'violation' }] },
  { text: 'The whole team shares a single Upwork account.', findings: [{ match: 'The whole team shares a single Upwork account', severity: 'violation' }] },
  { text: 'We use one profile for all five of our developers.', findings: [{ match: 'one profile for all five of our developers', severity: 'violation' }] },
  { text: 'Bhai apna upwork account mujhe de do, har mahine 25% aapko.', findings: [{ match: 'apna upwork account mujhe de', severity: 'violation' }] },
  { text: 'Apni profile mujhe de do, bids main karunga.', findings: [{ match: 'Apni profile mujhe de', severity: 'violation' }] },
  { text: 'Tengo una cuenta verificada que te puedo prestar.', findings: [{ match: 'cuenta verificada que te puedo prestar', severity: 'violation' }] },
  { text: 'Te presto mi cuenta de Upwork y vamos 50/50.', findings: [{ match: 'Te presto mi cuenta', severity: 'violation' }] },
  { text: 'Eu te empresto minha conta verificada, metade pra cada.', findings: [{ match: 'te empresto minha conta', severity: 'violation' }] },
  { text: '老哥，账号可以借登录一下吗', findings: [{ match: '账号可以借', severity: 'violation' }] },
  { text: '租号吗？upwork的', findings: [{ match: '租号', severity: 'violation' }] },
  { text: '密码发我一下，我帮你登录', findings: [{ match: '密码发我', severity: 'violation' }] },
  // Someone else on the account: the writer on yours, you or a relative on mine.
  { text: "I'll keep bidding from your profile while you're away.", findings: [{ match: 'from your profile', severity: 'violation' }] },
  { text: 'Let me send the proposals from your account.', findings: [{ match: 'from your account', severity: 'violation' }] },
  { text: "You can bid from my account while I'm on leave.", findings: [{ match: 'from my account', severity: 'violation' }] },
  { text: 'Could you let my VA bid from your profile?', findings: [{ match: 'from your profile', severity: 'violation' }] },
  { text: 'My friend logged into my account and sent the proposals for me.', findings: [{ match: 'logged into my account', severity: 'violation' }] },
  // 'just' after the writer: the writer logs in, not the owner.
  { text: 'Can I just log in to your Upwork and send the bids?', findings: [{ match: 'log in to your Upwork', severity: 'violation' }] },
  { text: 'Let me just sign in to your account and post the job.', findings: [{ match: 'sign in to your account', severity: 'violation' }] },
  // Verification with a relative's papers.
  { text: "Could I verify with my sister's ID card?", findings: [{ match: "verify with my sister's ID", severity: 'violation' }] },
  { text: "I'll use my cousin's passport to verify the account.", findings: [{ match: "use my cousin's passport", severity: 'violation' }] },
  { text: "I can pass the KYC using my husband's documents.", findings: [{ match: "KYC using my husband's documents", severity: 'violation' }] },
  { text: "I'll just hop into your Upwork account and hire them for you.", findings: [{ match: 'hop into your Upwork', severity: 'violation' }] },
  { text: "My cousin's documents should work for the KYC, right?", findings: [{ match: "My cousin's documents should work for the KYC", severity: 'violation' }] },
  // Batch 17: sign-in details, an account in a relative's name, a relative answering on this account; a stranger's offer told and refused.
  { text: "Just send me your sign-in info and I'll set up the job post for you.", context: { contract: 'active' }, findings: [{ match: "send me your sign-in info", severity: 'violation' }] },
  { text: "i'll log into yr upwork tonight and accept the offer myself", context: { contract: 'active' }, findings: [{ match: "log into yr upwork", severity: 'violation' }] },
  { text: "The profile is registered under my dad's name, but I do all the work.", context: { contract: 'active' }, findings: [{ match: "The profile is registered under my dad's name", severity: 'violation' }] },
  { text: "My cousin has a rising talent badge and says I can use it to bid on bigger projects.", context: { contract: 'active' }, findings: [{ match: "I can use it to bid", severity: 'violation' }] },
  { text: "You can hire me through his account, he won't mind.", context: { contract: 'active' }, findings: [{ match: "through his account", severity: 'violation' }] },
  { text: "My husband sometimes replies to clients from this profile when I'm busy.", context: { contract: 'active' }, findings: [{ match: "husband sometimes replies to clients from this profile", severity: 'violation' }] },
  { text: "Ma collègue Claire répond aussi aux messages depuis mon compte.", context: { contract: 'active' }, findings: [{ match: "collègue Claire répond aussi aux messages depuis mon compte", severity: 'violation' }] },
  { text: "Envoyez-moi votre mot de passe Upwork et je m'en occupe.", context: { contract: 'active' }, findings: [{ match: "Envoyez-moi votre mot de passe", severity: 'violation' }] },
  { text: "Meine Partnerin bewirbt sich manchmal über mein Profil auf Aufträge.", context: { contract: 'active' }, findings: [{ match: "Partnerin bewirbt sich manchmal über mein Profil", severity: 'violation' }] },
  { text: "a client told me to use his account, can you send me your login too?", context: { contract: 'active' }, findings: [{ match: "send me your login", severity: 'violation' }] },
  // Training batches 24-29: accounts sold, rented, lent and taken over; one profile for a team; a relative's account or papers;
  // calls taken as someone else; verification for someone; account partners; codes and 2FA; the same in other languages.
  { text: 'Wanna sell me your Upwork? I pay well for aged ones.', findings: [{ match: 'sell me your Upwork', severity: 'violation' }] },
  { text: "I'm renting out my upwork this summer, 200 a month.", findings: [{ match: 'renting out my upwork', severity: 'violation' }] },
  { text: 'Can you lend me your Upwork until my appeal goes through?', findings: [{ match: 'lend me your Upwork', severity: 'violation' }] },
  { text: "I'll buy ur acc if it has good reviews.", findings: [{ match: 'buy ur acc', severity: 'violation' }] },
  { text: 'The profile you hired was rented from a guy in Ohio.', findings: [{ match: 'profile you hired was rented from', severity: 'violation' }] },
  { text: "give me access to ur account and i'll find you clients", findings: [{ match: 'access to ur account', severity: 'violation' }] },
  { text: 'Three of us share a single Upwork profile and rotate shifts.', findings: [{ match: 'share a single Upwork profile', severity: 'violation' }] },
  { text: 'This account is shared between me and two juniors.', findings: [{ match: 'account is shared between me', severity: 'violation' }] },
  { text: 'We work together through one shared profile, whoever is free picks up.', findings: [{ match: 'work together through one shared profile', severity: 'violation' }] },
  { text: 'My nephew can work under your profile while he learns, you keep 10%.', findings: [{ match: 'under your profile', severity: 'violation' }] },
  { text: "He would work under your agency's freelancer account and bill in your name.", findings: [{ match: "work under your agency's freelancer account", severity: 'violation' }] },
  { text: "It's actually my uncle's account, I just do the work.", findings: [{ match: "It's actually my uncle's account", severity: 'violation' }] },
  { text: "I'm bidding from my cousin's verified account until mine is approved.", findings: [{ match: "from my cousin's verified account", severity: 'violation' }] },
  { text: "Mine is suspended so I'm using my roommate's for now.", findings: [{ match: "using my roommate's", severity: 'violation' }] },
  { text: 'She will take the call as me, nobody checks.', findings: [{ match: 'take the call as me', severity: 'violation' }] },
  { text: 'My brother speaks as the account owner on every call.', findings: [{ match: 'speaks as the account owner', severity: 'violation' }] },
  { text: "The client will think he's speaking with the real profile owner.", findings: [{ match: "think he's speaking with the real profile owner", severity: 'violation' }] },
  { text: "Can you join the zoom as me tomorrow? I'll pay.", findings: [{ match: 'join the zoom as me', severity: 'violation' }] },
  { text: "I'm opening a fresh account under my sister's name after the ban.", findings: [{ match: "under my sister's name", severity: 'violation' }] },
  { text: "Made a new profile with my husband's passport, same skills.", findings: [{ match: "with my husband's passport", severity: 'violation' }] },
  { text: 'Can you do the face verification for me? 10 minutes.', findings: [{ match: 'do the face verification for me', severity: 'violation' }] },
  { text: 'Could you verify this account for me, I send you the link.', findings: [{ match: 'verify this account for me', severity: 'violation' }] },
  { text: 'Looking for upwork account holders in Canada, easy income.', findings: [{ match: 'Looking for upwork account holders', severity: 'violation' }] },
  { text: "Let's be account partners: you bring the profile, I bring the skills.", findings: [{ match: 'account partners', severity: 'violation' }] },
  { text: 'Your profile, my expertise, we split 50/50.', findings: [{ match: 'Your profile, my expertise', severity: 'violation' }] },
  { text: 'gimme ur upwork password real quick', findings: [{ match: 'gimme ur upwork password', severity: 'violation' }] },
  { text: 'whats ur otp, need it now', findings: [{ match: 'whats ur otp', severity: 'violation' }] },
  { text: 'Turn off two-factor on your Upwork for a week so I can log in.', findings: [{ match: 'Turn off two-factor on your Upwork', severity: 'violation' }] },
  { text: 'I pay for unused Upwork accounts, any country.', findings: [{ match: 'pay for unused Upwork accounts', severity: 'violation' }] },
  { text: 'Podrías prestarme tu perfil unos meses? Te pago bien.', findings: [{ match: 'prestarme tu perfil', severity: 'violation' }] },
  { text: 'Me empresta sua conta? Eu faço os trabalhos.', findings: [{ match: 'Me empresta sua conta', severity: 'violation' }] },
  { text: 'Tu peux me prêter ton compte quelques semaines ?', findings: [{ match: 'prêter ton compte', severity: 'violation' }] },
  { text: 'Ich verkaufe mein Upwork-Konto, wer Interesse hat, melden.', findings: [{ match: 'verkaufe mein Upwork-Konto', severity: 'violation' }] },
  { text: 'Affitto il tuo account per qualche mese, ti pago bene.', findings: [{ match: 'Affitto il tuo account', severity: 'violation' }] },
  { text: 'Sprzedam konto na Upwork z opiniami.', findings: [{ match: 'Sprzedam konto', severity: 'violation' }] },
  { text: 'Пройдёшь за меня верификацию? Заплачу.', findings: [{ match: 'Пройдёшь за меня', severity: 'violation' }] },
  { text: 'Дай мені доступ до свого профілю на тиждень.',
    findings: [{ match: 'Дай мені доступ до свого профілю', severity: 'violation' }] },
  { text: 'hesabını birkaç ay kullanabilir miyim', findings: [{ match: 'hesabını birkaç ay kullanabilir', severity: 'violation' }] },
  { text: 'pinjem akun upwork kamu dong', findings: [{ match: 'pinjem akun', severity: 'violation' }] },
  { text: "Rent your account to me for 2 months and I'll give it back with more reviews.", findings: [{ match: 'Rent your account', severity: 'violation' }] },
  { text: 'This account was bought from a reseller, so the name on invoices differs.', findings: [{ match: 'account was bought from', severity: 'violation' }] },
  { text: 'Keep the profile in your name, I bid and work from it, you get 20%.', findings: [{ match: 'bid and work from it', severity: 'violation' }] },
  { text: "I'm messaging for my sister who owns this profile while she's away.", findings: [{ match: 'for my sister who owns this profile', severity: 'violation' }] },
  { text: 'The account is hers, she lends it out to our team for a fee.', findings: [{ match: 'lends it out to our team', severity: 'violation' }] },
  { text: "The offer will be under her name, but I'm the one working.", findings: [{ match: 'offer will be under her name', severity: 'violation' }] },
  { text: "I'll be logging in as her to approve the hours.", findings: [{ match: 'logging in as her', severity: 'violation' }] },
  { text: 'This Upwork account is registered to my manager, I just use it.', findings: [{ match: 'registered to my manager', severity: 'violation' }] },
  { text: "My partner will answer on camera during interviews, I'll handle the code.", findings: [{ match: 'partner will answer on camera', severity: 'violation' }] },
  { text: 'I run three accounts and can use one of them for your project.', findings: [{ match: 'use one of them for', severity: 'violation' }] },
  { text: "Your account is perfect, let me use it for this one job and I'll pay you.", findings: [{ match: 'let me use it for this one job', severity: 'violation' }] },
  { text: "I'm only taking the video verification for you if Upwork asks again.", findings: [{ match: 'video verification for you if Upwork asks', severity: 'violation' }] },
  { text: "Send me your Notion login, I'll work in your personal account.", findings: [{ match: 'Send me your Notion login', severity: 'violation' }] },
  // Dutch/Flemish, Romanian, Malay/Manglish and Korean (written for the lexicon families, not taken from a batch).
  { text: "Wil je mijn account huren? €40 per week.", findings: [{ match: "mijn account huren", severity: 'violation' }] },
  { text: "Vând cont Upwork cu Job Success 100%.", findings: [{ match: "Vând cont", severity: 'violation' }] },
  { text: "Sewa akaun Upwork, RM300 sebulan.", findings: [{ match: "Sewa akaun", severity: 'violation' }] },
  { text: "업워크 계정 빌려주시면 사례해 드려요.", findings: [{ match: "계정 빌려", severity: 'violation' }] },
  { text: "Kun je de ID-verificatie voor mij doen?", findings: [{ match: "ID-verificatie voor mij", severity: 'violation' }] },
  { text: "제 계정으로 친구도 같이 일해요.", findings: [{ match: "제 계정으로 친구도 같이", severity: 'violation' }] },
  // Chinese (no spaces: phrases read inside runs of characters) and Vietnamese (with or without diacritics).
  { text: '收Upwork老号，月租3000，号借给我们用就行', findings: [{ match: '收Upwork老号', severity: 'violation' }] },
  { text: '你把账号和密码发给我，我帮你投标', findings: [{ match: '账号和密码发', severity: 'violation' }] },
  { text: 'Mình thuê tài khoản Upwork giá cao, bạn cho mượn là được', findings: [{ match: 'thuê tài khoản', severity: 'violation' }] },
  { text: 'Cần người xác minh danh tính hộ, trả 300k', findings: [{ match: 'xác minh danh tính hộ', severity: 'violation' }] },
];

/** Cases the detector gets wrong today. Not run: move each back to `valid`/`invalid` once fixed. */
/** Batch 18: renting out ("kiraya veriyorum", "здати в оренду", "alugo ela"), a relative's profile, bidding from the owner's account, Arabizi. */
valid.push(
  'Alugo um apartamento em Lisboa durante o projeto.',
  'Ich arbeite mit dem Profil meiner Kundin in Figma.',
  'Здам в оренду квартиру на місяць.',
  'Aap isse bid karo na, yeh job achhi hai.',
);
invalid.push(
  { text: 'Puedes hacer la verificación con tu DNI en mi cuenta nueva?', findings: [{ match: 'verificación con tu DNI', severity: 'violation' }] },
  { text: 'Ich bewerbe mich mit dem Konto meiner Schwester.', findings: [{ match: 'mit dem Konto meiner Schwester', severity: 'violation' }] },
  { text: 'Сдам в аренду аккаунт с рейтингом.', findings: [{ match: 'аренду аккаунт', severity: 'violation' }] },
  { text: 'Aap isse apply karo, mera purana account hai.', findings: [{ match: 'isse apply karo', severity: 'violation' }] },
  { text: 'Aap apne account se project le lo, kaam main karunga.', findings: [{ match: 'apne account se project le', severity: 'violation' }] },
  { text: 'Naghahanap po ng account holder na verified.', findings: [{ match: 'Naghahanap po ng account holder', severity: 'violation' }] },
  { text: 'Hesabımı kiraya verebilirim, aylık ödeme.', findings: [{ match: 'kiraya verebilirim', severity: 'violation' }] },
  { text: "3andi profile 2adim, teshta3'al 3aleh w nets2asem.", findings: [{ match: "teshta3'al 3aleh", severity: 'violation' }] },
);

/**
 * Batches 19-20 (precision): a login of one's own, a claim heard from others, advice about the reader's own partner,
 * an agency account run by its members, a password in pasted code, "con cuenta" as what a company has.
 */
valid.push(
  'I added him to my team on Upwork, he has his own login now. Please answer him like me.',
  "My assistant is on the team now and has her own password, so she won't need mine.",
  'I saw someone in a Facebook group say you can ask clients to log into their account and give yourself a review. That\'s not true, right?',
  "A guy on Reddit claims you can log into the client's account to approve your own milestone. Is that true?",
  'If you and your partner are both freelancers, then you can share the same account and avoid having to set up two accounts.',
  'If you and your spouse both freelance, you can use one Upwork account together.',
  'My partner and I run our agency account together',
  'My co-founder and I manage our agency profile as a team.',
  "Here is the config: `const db = { user: 'admin', password: 'changeme123' }` — the connection fails on line 4.",
  "config.yml:\n  db:\n    host: localhost\n    password: 's3cretpass'\nWhy does this crash?",
  { text: 'Somos una agencia con cuenta Enterprise, ¿nos pasas tu correo para la invitación?', context: { client: 'enterprise' } },
  'Somos una agencia con cuenta verificada en Upwork desde 2019.',
);
invalid.push(
  { text: 'Send me your login now, the client is waiting.', findings: [{ match: 'Send me your login', severity: 'violation' }] },
  { text: 'I need his login now.', findings: [{ match: 'need his login', severity: 'violation' }] },
  { text: 'You can ask clients to log into their account and give yourself a review.', findings: [{ match: 'log into their account', severity: 'violation' }] },
  { text: 'You and I can share the same account and split the jobs.', findings: [{ match: 'share the same account', severity: 'violation' }] },
  { text: "You can share your Upwork account with me and I'll bid for you.", findings: [{ match: 'share your Upwork account', severity: 'violation' }] },
  { text: "My brother runs my agency account while I'm away.", findings: [{ match: 'runs my agency account', severity: 'violation' }] },
  { text: "upwork login: me@x.com password: 'Sunny2024'", findings: [{ match: "password: 'Sunny2024'", severity: 'violation' }] },
  { text: "password = 'Sunny2024' for my Upwork account, use it to apply.", findings: [{ match: "password = 'Sunny2024'", severity: 'violation' }] },
  { text: 'Puedes postular con mi cuenta, yo te paso el usuario.', findings: [{ match: 'con mi cuenta', severity: 'violation' }] },
  { text: 'Trabaja con la cuenta de mi hermano, está verificada.', findings: [{ match: 'con la cuenta', severity: 'violation' }] },
);
/**
 * Batches 19-20: a tool's login asked for by name (one or two tools), someone's password handed to the writer, several people under
 * this one account, one's own login offered (object first, or "in the next message"), a relative's profile hired while the writer
 * works, interviews sat for someone else; a PDF password, a login flow, an office, a recommended colleague stay clean.
 */
valid.push(
  'Add a settings screen where the owner can give us their password for the import.',
  'Please send me the password reset email template.',
  'All five of us work from this one office in Lagos.',
  "I'll explain the login flow in the next message.",
  "The PDF is password-protected; the password I'll send in a separate message here on Upwork.",
  'If you need faster delivery, hire my colleague instead; he knows Rust better than me.',
  'Hire my brother for the plumbing job, he is licensed.',
  'I attended these interviews on behalf of our HR team as the note taker.',
  'I have done 30 interviews for my podcast under my own name.',
  'Contrátalo a él, yo hago la revisión del código.',
);
invalid.push(
  { text: 'Can you share your Semrush or Ahrefs login so I can pull the keyword data?', findings: [{ match: 'share your Semrush or Ahrefs login', severity: 'violation' }] },
  { text: "Just give me your Apple ID password, I'll upload the build myself, no need to invite me.", findings: [{ match: 'give me your Apple ID password', severity: 'violation' }] },
  { text: "Once you add him to the team, he'll give me his login and I finish it.", findings: [{ match: 'give me his login', severity: 'violation' }] },
  { text: 'Our five writers all work from this one Upwork profile, so the output is huge.', findings: [{ match: 'writers all work from this one Upwork profile', severity: 'violation' }] },
  { text: 'They all log in to this shared account from different cities.', findings: [{ match: 'They all log in to this shared account', severity: 'violation' }] },
  { text: 'Take my login and reply to the client yourself tonight.', findings: [{ match: 'Take my login', severity: 'violation' }] },
  { text: "Username and password I'll send in the next message, then you post the job.", findings: [{ match: "Username and password I'll send", severity: 'violation' }] },
  { text: 'My login details follow in a separate email.', findings: [{ match: 'login details follow in a separate email', severity: 'violation' }] },
  { text: "My sister has a top rated profile, hire her instead and I'll do the work.", findings: [{ match: "hire her instead and I'll do the work", severity: 'violation' }] },
  { text: "You could book my cousin's profile, same quality.", findings: [{ match: "book my cousin's profile", severity: 'violation' }] },
  { text: 'The contract goes to my brother but I do the job.', findings: [{ match: 'contract goes to my brother but I do the job', severity: 'violation' }] },
  { text: "Offer the contract to my cousin, but I'll be the one doing the job.", findings: [{ match: "Offer the contract to my cousin, but I'll be the one doing the job", severity: 'violation' }] },
  { text: 'Mi primo tiene un perfil con buenas reseñas, contrátalo a él y yo hago el trabajo.', findings: [{ match: 'contrátalo a él y yo hago el trabajo', severity: 'violation' }] },
  { text: 'Meu primo tem um perfil bom, contrata ele no lugar e eu faço o trabalho.', findings: [{ match: 'contrata ele no lugar e eu faço o trabalho', severity: 'violation' }] },
  { text: "Mon cousin a un bon profil, engagez-le et c'est moi qui fais le travail.", findings: [{ match: "engagez-le et c'est moi qui fais le travail", severity: 'violation' }] },
  { text: 'Mein Cousin hat ein gutes Profil, stellen Sie ihn ein und ich mache die Arbeit.', findings: [{ match: 'stellen Sie ihn ein und ich mache die Arbeit', severity: 'violation' }] },
  { text: 'У брата хороший профиль, наймите его вместо меня, а я сделаю всю работу.', findings: [{ match: 'наймите его вместо меня, а я сделаю', severity: 'violation' }] },
  { text: 'У брата гарний профіль, найміть його замість мене, а я зроблю роботу.', findings: [{ match: 'найміть його замість мене, а я зроблю', severity: 'violation' }] },
  { text: 'Mere cousin ka profile acha hai, usko hire karo, kaam main hi karunga.', findings: [{ match: 'usko hire karo, kaam main hi karunga', severity: 'violation' }] },
  { text: 'I-hire mo na lang siya, ako na ang gagawa.', findings: [{ match: 'I-hire mo na lang siya, ako na ang gagawa', severity: 'violation' }] },
  { text: 'Hire dia aja, nanti saya yang kerjain.', findings: [{ match: 'Hire dia aja, nanti saya yang kerjain', severity: 'violation' }] },
  { text: 'Kuzenimi işe alın, işi ben yaparım.', findings: [{ match: 'Kuzenimi işe alın, işi ben yaparım', severity: 'violation' }] },
  { text: 'Could you take all my technical interviews for me? I pay per interview.', findings: [{ match: 'take all my technical interviews for me', severity: 'violation' }] },
  { text: "You'd attend the client interviews under my name and CV.", findings: [{ match: 'attend the client interviews under my name', severity: 'violation' }] },
  { text: "Join the calls as our rep, you'd be interviewing under the lead engineer's profile.", findings: [{ match: "interviewing under the lead engineer's profile", severity: 'violation' }] },
);

/** Training batches 31-32: accounts lent or sold, logins handed over, interviews taken in someone's place. */
invalid.push(
  { text: 'Je peux te prêter mon compte Upwork', findings: [{ match: 'prêter mon compte', severity: 'violation' }] },
  { text: 'Vendo conta Upwork com 50 avaliações', findings: [{ match: 'Vendo conta Upwork', severity: 'violation' }] },
  { text: 'Mi presti il tuo account Upwork per un mese?', findings: [{ match: 'presti il tuo account', severity: 'violation' }] },
  { text: 'Mogę pożyczyć ci swoje konto na tydzień', findings: [{ match: 'pożyczyć ci swoje konto', severity: 'violation' }] },
  { text: 'Я пройду собеседование вместо тебя', findings: [{ match: 'пройду собеседование вместо тебя', severity: 'violation' }] },
  { text: 'Main interview mein aapki jagah baith jaunga', findings: [{ match: 'interview mein aapki jagah', severity: 'violation' }] },
  { text: 'Mein Kollege arbeitet unter meinem Account weiter', findings: [{ match: 'unter meinem Account weiter', severity: 'violation' }] },
  { text: 'Вот логин anna.dev, пароль 12345', findings: [{ match: 'логин anna.dev, пароль', severity: 'violation' }] },
);
valid.push(
  'Estou vendo uma conta estranha no extrato',
  'Ich bin unter meinem Account eingeloggt und sehe die Datei',
  'Нужна форма: логин и пароль, плюс восстановление',
  'У меня пропал доступ к моему аккаунту',
);

// Working from a relative's account, or handing over one's login, in regional varieties (round 6, batch 41's family).
valid.push(
  'Mi primo tiene una cuenta en Upwork y me dio consejos para armar mi perfil.',
  'Cada um usa o login próprio, ninguém compartilha conta.',
  "J'utilise le compte de mon entreprise pour facturer, c'est moi qui travaille.",
  'Kuzenimin hesabı yok, ben kendi hesabımdan çalışıyorum.',
  'Please never share the login of your account with anyone.',
);
invalid.push(
  { text: 'Mi hermano tiene una cuenta verificada y me la presta los findes.', findings: [{ match: 'tiene una cuenta verificada y me la presta', severity: 'violation' }] },
  { text: 'Lá em casa cada um usa o login quando precisa, a conta é minha.', findings: [{ match: 'cada um usa o login', severity: 'violation' }] },
  { text: "J'utilise celui de ma soeur le temps que le mien soit validé.", findings: [{ match: "J'utilise celui de ma soeur", severity: 'violation' }] },
  { text: 'Kan khdem b compte dyal khoya, howa 3ando Top Rated.', findings: [{ match: 'b compte dyal khoya', severity: 'violation' }] },
  { text: 'Ami bhai er account theke kaaj korbo.', findings: [{ match: 'bhai er account theke', severity: 'violation' }] },
  { text: 'Пока работаю с аккаунта брата, мой на проверке.', findings: [{ match: 'работаю с аккаунта брата', severity: 'violation' }] },
  { text: 'Kuzenimin hesabından çalışıyorum, benimki onaylanmadı.', findings: [{ match: 'Kuzenimin hesabından çalışıyorum', severity: 'violation' }] },
  { text: 'Ga-gamit ko sa account sa akong kuya karon.', findings: [{ match: 'account sa akong kuya', severity: 'violation' }] },
  { text: 'I am giving you login of my Upwork account, you reply to clients.', findings: [{ match: 'giving you login of my Upwork account', severity: 'violation' }] },
);

// Someone else answering on the writer's account, or the offer sent to a relative's account (round 6, batches 38-40).
valid.push(
  'He will log in to his own account and answer there.',
  "My brother's account was suspended last year, so I built my own profile.",
  'Оформим контракт на мой аккаунт, я всё делаю сам.',
  'Usa a minha experiência para entregar rápido.',
);
invalid.push(
  { text: 'She will cover the weekend replies on my Upwork account.', findings: [{ match: 'She will cover the weekend replies on my Upwork account', severity: 'violation' }] },
  { text: "Please send the offer to my brother's account, same team.", findings: [{ match: "send the offer to my brother's account", severity: 'violation' }] },
  { text: 'Could you use her one to send the invoice?', findings: [{ match: 'use her one to send', severity: 'violation' }] },
  { text: 'Ela não tem perfil, por isso usa a minha conta para entregar.', findings: [{ match: 'usa a minha conta para entregar', severity: 'violation' }] },
  { text: 'Контракт лучше оформить на аккаунт моей сестры.', findings: [{ match: 'на аккаунт моей сестры', severity: 'violation' }] },
  { text: 'Pwede ko bang gamitin ang account ng kuya ko?', findings: [{ match: 'account ng kuya ko', severity: 'violation' }] },
  { text: 'سأعمل من حساب أختي حتى يتم توثيق حسابي', findings: [{ match: 'من حساب أختي', severity: 'violation' }] },
);

// A second or bought account, or the client's own login instead of a seat (round 6, batches 38-40).
valid.push(
  'I moved away from my other account years ago and closed it.',
  'The laptop I bought from a friend works fine.',
  "Please add me as a user in Xero; I never use anyone's own login.",
);
invalid.push(
  { text: 'I can send the proposal from my other account, it has better reviews.', findings: [{ match: 'send the proposal from my other account', severity: 'violation' }] },
  { text: 'This Upwork account I bought off a friend has 200 jobs.', findings: [{ match: 'Upwork account I bought off', severity: 'violation' }] },
  { text: 'Just send me the Xero login you use yourself.', findings: [{ match: 'send me the Xero login', severity: 'violation' }] },
);

// Japanese (no spaces: phrases read inside runs of kana and kanji) and Swahili (with Sheng), round 9b: violations and look-alikes of my own.
valid.push(
  "アカウント貸しの勧誘が来たので通報しました",
  "アカウント設定のページをデザインしました",
  "Niongeze kwenye team yako, sihitaji password yako",
  "Nimekataa mtu aliyetaka kukodisha akaunti yangu",
);
invalid.push(
  { text: "Upworkのアカウントを貸してくれる方を募集しています", findings: [{ match: "アカウントを貸し", severity: 'violation' }] },
  { text: "パスワード教えるので代わりに応募しといて", findings: [{ match: "代わりに応募", severity: 'violation' }] },
  { text: "Tunatafuta watu wa kukodisha akaunti za Upwork", findings: [{ match: "kukodisha akaunti", severity: 'violation' }] },
  { text: "Nitumie username na password yako ya Upwork", findings: [{ match: "username na password", severity: 'violation' }] },
);

// Japanese and Swahili, round 9b: methods named with a person (払いますね, lipa), an account of a relative, reviews traded, work held, calls.
valid.push(
  "アカウント設定の画面を修正しました",
  "Akaunti yangu ya Upwork iko tayari",
);
invalid.push(
  { text: "弟のアカウントで応募しています", findings: [{ match: "弟のアカウントで", severity: 'violation' }] },
  { text: "Ninatumia akaunti ya kaka yangu kwa sasa", findings: [{ match: "akaunti ya kaka", severity: 'violation' }] },
);

const fixedGaps: KnownGap[] = [
  {
    text: 'Can you log in to my Upwork and send proposals for me?',
    expected: [{ match: 'log in to my Upwork', severity: 'violation' }],
    actual: 'no finding: the login pattern needs "account" or "profile" after "my Upwork"',
  },
  {
    text: 'Text me the code Upwork sends you.',
    expected: [{ match: 'Text me the code Upwork sends', severity: 'violation' }],
    actual: 'no finding: asking for the one-time code Upwork sends is not recognised in this word order',
  },
  {
    text: 'Could you verify my Upwork identity with your face on the video call?',
    expected: [{ match: 'verify my Upwork identity with your face', severity: 'violation' }],
    actual: 'no finding: identity verification by someone else is only recognised as "ID/identity verification ... for me" or "using your passport/face ... verify"',
  },
];

// Round 5: bidding on someone's account ("apply using yours"), several people on one login, a helper under the writer's profile, a friend
// taking the contract in his name (pt, es), a lent account (hi, ur), verification or KYC done for someone, accounts rented for a share.
invalid.push(
  { text: "Can I apply using yours until my ID check clears?", findings: [{ match: "apply using yours", severity: 'violation' }] },
  { text: "Three of us use the same Upwork profile for all clients.", findings: [{ match: "Three of us use the same Upwork profile", severity: 'violation' }] },
  { text: "My sister replies to clients using my account when I travel.", findings: [{ match: "using my account", severity: 'violation' }] },
  { text: "Bhai mera account use karlo, kamai aadhi aadhi.", findings: [{ match: "mera account use karlo", severity: 'violation' }] },
  { text: "Aik hi login se teen log kaam karte hain.", findings: [{ match: "Aik hi login se teen log", severity: 'violation' }] },
  { text: "Ele fecha o contrato no nome dele e eu entrego tudo.", findings: [{ match: "fecha o contrato no nome dele", severity: 'violation' }] },
  { text: "Mi primo acepta el contrato a su nombre y yo hago el trabajo.", findings: [{ match: "acepta el contrato a su nombre", severity: 'violation' }] },
  { text: "Could you pass the identity verification for our client account?", findings: [{ match: "Could you pass the identity verification for our client account", severity: 'violation' }] },
  { text: "I can do the selfie verification for you, just send your ID.", findings: [{ match: "I can do the selfie verification for you", severity: 'violation' }] },
  { text: "Complete the KYC in your name and I'll run the exchange account.", findings: [{ match: "Complete the KYC in your name", severity: 'violation' }] },
  { text: "You look kinda similar to me, so the webcam check will pass.", findings: [{ match: "You look kinda similar to me", severity: 'violation' }] },
  { text: "Our two writers work under my profile, so every proposal goes out in my name.", findings: [{ match: "under my profile", severity: 'violation' }] },
  { text: "We pay 40% of earnings to the account owner every month.", findings: [{ match: "40% of earnings to the account owner", severity: 'violation' }] },
  { text: "Approve the SMS verification when we ask, that's all.", findings: [{ match: "Approve the SMS verification when we ask", severity: 'violation' }] },
  { text: "I run two freelancer profiles, one for Shopify and one under my cousin's name.", findings: [{ match: "two freelancer profiles", severity: 'violation' }] },
);
// Their look-alikes: work on the reader's project, one person on two devices, a report, one's own verification, a shared design file.
valid.push(
  { text: "I finished the other client's site and will work on yours tomorrow." },
  { text: "I use the same Upwork account on my phone and laptop." },
  { text: "Asking people to pass ID verification for you is fraud, so I reported it." },
  { text: "My sister uses my laptop sometimes, but never my Upwork account." },
  { text: "Clients see it as one invoice, which keeps accounting simple." },
  { text: "I'll verify my account this week with my own ID." },
  { text: "Three of us use the same Figma file for all clients." },
  { text: "Mera account verify ho gaya, ab kaam shuru karte hain." },
  { text: "Ele assina o contrato no nome da empresa dele." },
  { text: "You look like you know Shopify well, let's talk." },
);

// Phishing posed as Upwork staff: the login asked for "in reply", a "secure link" to verify the account.
invalid.push(
  { text: "Reply to this message with your email and password so we can restore access.", findings: [{ match: "Reply to this message with your email and password", severity: 'violation' }] },
  { text: "This is Upwork Support. Please confirm your identity through the secure link below within 24 hours.", findings: [{ match: "confirm your identity through the secure link", severity: 'violation' }] },
);
// Their look-alikes: an invoice address, a phishing message reported, a real support reply with no link.
valid.push(
  { text: "Reply with the email address you want on the invoice." },
  { text: "I got a message saying \"This is Upwork Support, please verify through this secure link\", so I reported it." },
  { text: "This is Upwork Support. Your ticket is closed; you can verify the refund on the Transactions page." },
);


// Arabic and Arabizi across dialects (Egyptian, Levantine, Gulf, Darija): each everyday word class, written for this round.
invalid.push(
  { text: "بيعني حسابك على أب وورك بـ 300 دولار", findings: [{ match: "بيعني حسابك", severity: 'violation' }] },
  { text: "ممكن أقدم من حساب صاحبي على أب وورك لأن حسابي جديد", findings: [{ match: "من حساب صاحبي", severity: 'violation' }] },
  { text: "a3teek el 7sab w el password w enta tshta8al", findings: [{ match: "a3teek el 7sab", severity: 'violation' }] },
  { text: "momken a login 3ala 7sabak fe upwork?", findings: [{ match: "login 3ala 7sabak", severity: 'violation' }] },
);
// Their look-alikes: the same words in work talk, a feature, a report or a refusal.
valid.push(
  { text: "حسابي على المنصة موثق من سنة" },
  { text: "el 7sab bta3 el client fi Stripe mesh shaghal" },
);


/** Round ten: Thai, Persian (with Finglish), Hebrew, Bulgarian and Czech, my own cases both ways (work talk, prices, refusals stay clean). */
invalid.push(
  { text: "ใช้บัญชีของพี่ชายผมทำงานได้ไหม", findings: [{ match: "บัญชีของพี่ชาย", severity: 'violation' }] },
  { text: "از حساب برادرم استفاده کن", findings: [{ match: "حساب برادرم", severity: 'violation' }] },
  { text: "אני אשתמש בחשבון של אחי", findings: [{ match: "בחשבון של אחי", severity: 'violation' }] },
  { text: "използвай профила на брат ми", findings: [{ match: "използвай профила", severity: 'violation' }] },
  { text: "použij účet mého bratra", findings: [{ match: "použij účet", severity: 'violation' }] },
);
valid.push(
  "เลขบัญชีธนาคารของบริษัทอยู่ในใบแจ้งหนี้",
  "حساب کاربری مشتری را در پنل ادمین می سازم",
  "צריך דף הרשמה לחשבון משתמש חדש",
  "профилът на потребителя в приложението",
  "přihlášení do uživatelského účtu v aplikaci",
);
/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Δουλεύω από τον λογαριασμό του αδερφού μου", findings: [{ match: "τον λογαριασμό του αδερφού μου", severity: 'violation' }] },
  { text: "Χρησιμοποίησε τον λογαριασμό μου", findings: [{ match: "Χρησιμοποίησε τον λογαριασμό μου", severity: 'violation' }] },
  { text: "A bátyám fiókjáról dolgozom", findings: [{ match: "A bátyám fiókjáról", severity: 'violation' }] },
  { text: "Kibérelném a fiókodat", findings: [{ match: "Kibérelném a fiókodat", severity: 'violation' }] },
  { text: "ചേട്ടന്റെ അക്കൗണ്ട് ആണ് ഞാൻ ഉപയോഗിക്കുന്നത്", findings: [{ match: "ചേട്ടന്റെ അക്കൗണ്ട്", severity: 'violation' }] },
  { text: "chettante account aanu njan use cheyyunnath", findings: [{ match: "chettante account", severity: 'violation' }] },
);
valid.push(
  "Ο λογαριασμός μου στο Upwork είναι επαληθευμένος",
  "Θα στείλω το τιμολόγιο στον λογαριασμό της εταιρείας",
  "A fiókom beállításai rendben vannak",
  "ente upwork account verify aayi",
);

/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Bérbe adnám az Upwork fiókomat havi 100 euróért", findings: [{ match: "Bérbe adnám az Upwork fiókomat", severity: 'violation' }] },
);
valid.push(
  "Bérbe adnám a lakásomat nyárra",
);

/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "ninte account enikku tharamo, njan work cheyyam", findings: [{ match: "ninte account enikku tharamo", severity: 'violation' }] },
);
valid.push(
  "ninte account verify aayo?",
);

/** Round sixteen, real text by family (my own wording, not the corpus's): interviews sold as a service, accounts bought and sold; look-alikes beside them. */
invalid.push(
  { text: 'Nervous about the coding round? Our engineers will attend the interview on your behalf and you keep the job.', findings: [{ match: 'attend the interview on your behalf', severity: 'violation' }] },
  { text: 'Your job: attend and pass every round of technical interviews on behalf of our candidates and join their standups.',
    findings: [{ match: 'attend and pass every round of technical interviews on behalf of our candidates', severity: 'violation' }] },
  { text: 'If they send an assessment, I can coach you or handle it myself on your behalf, and we split the salary 70/30.',
    findings: [{ match: 'assessment, I can coach you or handle it myself on your behalf', severity: 'violation' }] },
  { text: 'Grow your brand overnight: buy aged Instagram accounts with real followers, order today.', findings: [{ match: 'buy aged Instagram accounts', severity: 'violation' }] },
  { text: 'We sell fully verified accounts with ID, linked email and phone, ready to start earning.', findings: [{ match: 'sell fully verified accounts', severity: 'violation' }] },
  { text: 'Trying to sell my account, max level, rare skins. DM for details.', findings: [{ match: 'Trying to sell my account', severity: 'violation' }] },
  // A penalty threatened in a phishing message is no help page's rule.
  { text: 'This is the Upwork security team. Confirm your password through this link today. Failure to comply will result in permanent suspension.',
    findings: [{ match: 'Confirm your password through this link', severity: 'violation' }] },
);
valid.push(
  'I can schedule the interview on your behalf with their HR team.',
  'Our tool manages Instagram accounts for small brands.',
  'The blue badge is shown next to verified accounts.',
  'We sell to enterprise accounts, mostly banks.',
);

/** Round thirteen: Croatian, Serbian and Bosnian (Latin and Cyrillic), Azerbaijani, Georgian and Amharic (in their scripts and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Radim s naloga od mog brata", findings: [{ match: "naloga od mog brata", severity: 'violation' }] },
  { text: "Koristi moj nalog za ponude", findings: [{ match: "Koristi moj nalog", severity: 'violation' }] },
  { text: "Odradi intervju umjesto mene", findings: [{ match: "intervju umjesto mene", severity: 'violation' }] },
  { text: "Qardaşımın hesabından işləyirəm", findings: [{ match: "Qardaşımın hesabından", severity: 'violation' }] },
  { text: "Mənim yerimə müsahibə keç", findings: [{ match: "Mənim yerimə müsahibə", severity: 'violation' }] },
  { text: "ძმის აქაუნთიდან ვმუშაობ", findings: [{ match: "ძმის აქაუნთიდან", severity: 'violation' }] },
  { text: "ინტერვიუ ჩემ მაგივრად გაიარე", findings: [{ match: "ინტერვიუ ჩემ მაგივრად", severity: 'violation' }] },
  { text: "የወንድሜ አካውንት ነው የምጠቀመው", findings: [{ match: "የወንድሜ አካውንት", severity: 'violation' }] },
);
valid.push(
  "Moj nalog na Upworku je verificiran",
  "Račun za hosting šaljem sutra",
  "Bank hesabımın məlumatları Upwork-da",
  "ჩემი Upwork-ის აქაუნთი ვერიფიცირებულია",
);

/** Round thirteen, second pass: an account rented or used, a rail used with the person in the verb ('በቴሌብር ክፈለኝ'), a talk moved, a good review held; asks reported and refused. */
invalid.push(
  { text: "Iznajmit ću tvoj Upwork nalog", findings: [{ match: "Iznajmit ću tvoj Upwork nalog", severity: 'violation' }] },
  { text: "Hesabını kirayə verərsən?", findings: [{ match: "Hesabını kirayə verərsən", severity: 'violation' }] },
  { text: "Mənim hesabımdan istifadə et", findings: [{ match: "hesabımdan istifadə et", severity: 'violation' }] },
  { text: "აქაუნთს ქირით მომცემ?", findings: [{ match: "აქაუნთს ქირით", severity: 'violation' }] },
  { text: "የኔን አካውንት ተጠቀም", findings: [{ match: "የኔን አካውንት ተጠቀም", severity: 'violation' }] },
);

/** Round fourteen: Tamil and Telugu (in their scripts and in Latin letters) and Nigerian Pidgin, my own cases both ways. */
invalid.push(
  { text: "en anna account la work pannuren", findings: [{ match: "en anna account", severity: 'violation' }] },
  { text: "ennoda account use pannunga", findings: [{ match: "ennoda account use pannunga", severity: 'violation' }] },
  { text: "interview enakku pannunga", findings: [{ match: "interview enakku pannunga", severity: 'violation' }] },
  { text: "என் அண்ணன் அக்கவுண்ட்", findings: [{ match: "அண்ணன் அக்கவுண்ட்", severity: 'violation' }] },
  { text: "ma anna account lo work chestunna", findings: [{ match: "ma anna account", severity: 'violation' }] },
  { text: "naa account use cheyyandi", findings: [{ match: "naa account use cheyyandi", severity: 'violation' }] },
  { text: "మా అన్న అకౌంట్ లో పని చేస్తున్నా", findings: [{ match: "మా అన్న అకౌంట్", severity: 'violation' }] },
  { text: "na my brother account I dey use", findings: [{ match: "my brother account", severity: 'violation' }] },
  { text: "my cousin account get good history, bid from there for me", findings: [{ match: "my cousin account", severity: 'violation' }] },
);
valid.push(
  "en account settings la password maathanum",
  "anna, account settings page la bug irukku",
  "naa bank account verify ayyindi",
  "na my brother dey help me with the design review",
);

/** Round fifteen: Hindi in Devanagari, Marathi, Nepali in Devanagari and Bengali in its script, my own cases both ways. */
invalid.push(
  { text: "मेरे भाई के अकाउंट से काम करो", findings: [{ match: "मेरे भाई के अकाउंट से", severity: 'violation' }] },
  { text: "मेरा अकाउंट इस्तेमाल करो", findings: [{ match: "मेरा अकाउंट इस्तेमाल करो", severity: 'violation' }] },
  { text: "अपना अकाउंट किराए पर दो", findings: [{ match: "अपना अकाउंट किराए पर", severity: 'violation' }] },
  { text: "मेरी जगह इंटरव्यू दे दो", findings: [{ match: "मेरी जगह इंटरव्यू", severity: 'violation' }] },
  { text: "माझ्या भावाच्या अकाउंटवरून काम कर", findings: [{ match: "माझ्या भावाच्या अकाउंटवरून", severity: 'violation' }] },
  { text: "तुमचं अकाउंट भाड्याने द्या", findings: [{ match: "तुमचं अकाउंट भाड्याने", severity: 'violation' }] },
  { text: "मेरो दाइको अकाउन्ट प्रयोग गर", findings: [{ match: "मेरो दाइको अकाउन्ट प्रयोग", severity: 'violation' }] },
  { text: "আমার ভাইয়ের অ্যাকাউন্ট দিয়ে কাজ করো", findings: [{ match: "আমার ভাইয়ের অ্যাকাউন্ট দিয়ে", severity: 'violation' }] },
  { text: "আপনার অ্যাকাউন্ট ভাড়া দিন", findings: [{ match: "আপনার অ্যাকাউন্ট ভাড়া", severity: 'violation' }] },
  { text: "আমার হয়ে ইন্টারভিউ দিয়ে দাও", findings: [{ match: "আমার হয়ে ইন্টারভিউ", severity: 'violation' }] },
);
valid.push(
  "मेरा भाई भी डेवलपर है",
  "मेरे भाई का अकाउंट भी अपवर्क पर है",
  "मेरा इंटरव्यू कल है",
);

/**
 * Round eighteen: Hindi, Marathi, Nepali and Bengali account sharing by class: a login or password handed over with Upwork or an
 * account named (अपवर्क लॉगिन भेज दो, আপওয়ার্ক পাসওয়ার্ড দিচ্ছি, Upwork login dinus), a relative who runs the writer's account,
 * a friend's account with words between, a job posted from the reader's account. A file's password, a login page built and a
 * warning never to give the password stay clean. My own cases both ways.
 */
invalid.push(
  { text: "अपवर्क लॉगिन भेज दो, मैं प्रोफाइल ठीक कर दूँगा", findings: [{ match: "अपवर्क लॉगिन भेज दो", severity: 'violation' }] },
  { text: "मेरी प्रोफाइल मेरी बहन भी चलाती है", findings: [{ match: "मेरी प्रोफाइल मेरी बहन भी चलाती", severity: 'violation' }] },
  { text: "आमचं अकाउंट माझा भाऊ चालवतो", findings: [{ match: "आमचं अकाउंट माझा भाऊ चालवतो", severity: 'violation' }] },
  { text: "मेरो दिदीको पुरानो अपवर्क अकाउन्टबाट काम गर्छु", findings: [{ match: "मेरो दिदीको पुरानो अपवर्क अकाउन्टबाट", severity: 'violation' }] },
  { text: "আমার আপওয়ার্ক লগইন দিয়ে দিচ্ছি", findings: [{ match: "আপওয়ার্ক লগইন দিয়ে দিচ্ছি", severity: 'violation' }] },
  { text: "upwork password dinuhos, ma milaidinchhu", findings: [{ match: "upwork password dinuhos", severity: 'violation' }] },
);
valid.push(
  "कभी भी किसी को अपना पासवर्ड मत दो, अपवर्क भी यही कहता है।",
  "वेबसाइट के एडमिन पैनल का लॉगिन पेज बना दो",
  "পিডিএফ ফাইলের পাসওয়ার্ড দিন, খুলতে পারছি না",
  "मेरो भाइको नयाँ ल्यापटप छ, त्यसमा काम गर्छु",
  "माझं अकाउंट मीच चालवतो, दुसरं कोणी नाही",
);

/**
 * Round twenty: someone else on the writer's login or password, a call or a check done as someone else, a friend's better profile
 * lent for the bid, an account rented (en, ru, es, tl), my own cases; next to them a login page, feedback on a login flow, notes
 * taken to a call, a friend's recommendation, an office rented.
 */
invalid.push(
  { text: "My bookkeeper will be using my Upwork login to pay your invoices next month.", findings: [{ match: "using my Upwork login", severity: 'violation' }] },
  { text: "I already gave him my password, so he can approve the timesheets.", findings: [{ match: "gave him my password", severity: 'violation' }] },
  { text: "My teammate takes the interview as me, I handle the delivery.", findings: [{ match: "takes the interview as me", severity: 'violation' }] },
  { text: "Our designer will join the video call with my profile, it's fine.", findings: [{ match: "join the video call with my profile", severity: 'violation' }] },
  { text: "Ask your friend with the better JSS to bid, and you do the work.", findings: [{ match: "friend with the better JSS to bid", severity: 'violation' }] },
  { text: "I can do the identity verification for your profile, just send the scan.", findings: [{ match: "do the identity verification for your profile", severity: 'violation' }] },
  { text: "We rent an account from a guy in Texas, that's why it says US.", findings: [{ match: "rent an account", severity: 'violation' }] },
  { text: "Моя сестра будет работать под моим аккаунтом.", findings: [{ match: "под моим аккаунтом", severity: 'violation' }] },
  { text: "Nag-interview ka na, pero si kuya ang gagamitin niya account ko sa mga calls.", findings: [{ match: "gagamitin niya account ko", severity: 'violation' }] },
  { text: "Mi primo trabaja a mi nombre en Upwork, tú solo hablas con él.", findings: [{ match: "trabaja a mi nombre", severity: 'violation' }] },
);
valid.push(
  "Please add a password reset on my login page, the form is broken.",
  "I gave him my feedback on the login flow.",
  "My colleague will join the call with my notes, I'm out sick.",
  "Your friend with the Top Rated badge recommended you, thanks to him.",
  "I rent an office from a friend, so the address on the invoice is different.",
);

/**
 * Round twenty, phone chat: another's account or name typed short ("hire u under his", "lets me use her upwork", "in ur name"),
 * my own cases; next to them a contract under a company name and a colleague on the call.
 */
invalid.push(
  { text: "my brother can hire u under his, his card is verified", findings: [{ match: "hire u under his", severity: 'violation' }] },
  { text: "my mate lets me use her upwork when mine is on hold", findings: [{ match: "lets me use her upwork", severity: 'violation' }] },
  { text: "my cousin will take the call in ur name, u just do the work", findings: [{ match: "call in ur name", severity: 'violation' }] },
);
valid.push(
  "the contract is under his company name, he pays the invoices",
  "my cousin will take the call with you, she's our product owner",
);

/**
 * Round twenty-one: anyone but the writer logging in on the writer's account to answer there, a contract taken on another's account,
 * another studio's work shown as one's own; false alarms cleared by reason (the writer's own login on a new laptop, the writer's own
 * verification). Next to them the writer logging in, a shop login given for the work, a white label named.
 */
invalid.push(
  { text: "Only my seat is on Upwork, so Camilo and Vale will log in with my account and answer you from there.", findings: [{ match: "log in with my account and answer", severity: 'violation' }] },
  { text: "My colleague has an old Upwork profile with 100% JSS, we can take the contract on his account and I do the work.", findings: [{ match: "take the contract on his account", severity: 'violation' }] },
  { text: "Most of those pieces were produced by our partner studio in Lima, but we present them as our own.", findings: [{ match: "present them as our own", severity: 'violation' }] },
  { text: "My brother is using my Upwork login while I travel.", findings: [{ match: "My brother is using my Upwork login", severity: 'violation' }] },
  { text: "He will pass the ID verification for me.", findings: [{ match: "ID verification for me", severity: 'violation' }] },
);
valid.push(
  "I'll log in with my account and answer you tonight.",
  "Please log in to my Shopify account and fix the theme.",
  "We resell their hosting and present it as our own brand.",
  "I'm using my Upwork login on the new laptop.",
  "I need to pass the ID verification for my own account.",
);

/**
 * Round twenty-two, someone else's sharing told to the writer or found out, the reason a client screens a new freelancer. Next to them the
 * writer's own sharing, found out or proposed.
 */
valid.push(
  'A fellow in your position once told me he shares one Upwork login with his whole studio. I\'d rather not work that way — is this profile just you?',
  'Last designer we had turned out to be three lads sharing one account, which is why I\'m asking: will it be you drawing everything?',
  'We found out the last agency were five people using one Upwork login. Is this account only yours?',
);
invalid.push(
  { text: "Honestly it turned out we share one account, my partner and I, hope that's fine with you.", findings: [{ match: "share one account", severity: 'violation' }] },
  { text: "It turned out fine, so we can share one account and I'll log in from my side.", findings: [{ match: "share one account", severity: 'violation' }] },
  { text: "My friend and I are sharing one account to save money, is that ok with you?", findings: [{ match: "sharing one account", severity: 'violation' }] },
);

/**
 * Round twenty-four, languages (t39): account sharing in Spanish, Portuguese and Russian: a profile lent for the bids, someone logged in on
 * the writer's account to answer there, an account bought, an identity check done for another, credentials asked with Russian "дай"
 * (folded to "даи" in the view) and Upwork written in Cyrillic. Next to them refusals, one's own account, and accounts at other services.
 */
invalid.push(
  { text: "puedes verificar la identidad por mí? te pago", findings: [{ match: "verificar la identidad por mí", severity: 'violation' }] },
  { text: "usa mi perfil para postular, yo tengo mejor puntaje", findings: [{ match: "usa mi perfil para postular", severity: 'violation' }] },
  { text: "entra na minha conta e responde os clientes", findings: [{ match: "entra na minha conta e responde", severity: 'violation' }] },
  { text: "usa meu perfil pra mandar propostas", findings: [{ match: "usa meu perfil pra mandar", severity: 'violation' }] },
  { text: "compro conta verificada da upwork", findings: [{ match: "compro conta verificada", severity: 'violation' }] },
  { text: "дай логин и пароль от апворка", findings: [{ match: "дай логин и пароль", severity: 'violation' }] },
  { text: "куплю верифицированный аккаунт upwork", findings: [{ match: "куплю верифицированный аккаунт", severity: 'violation' }] },
  { text: "пусть мой брат работает с моего аккаунта", findings: [{ match: "работает с моего аккаунта", severity: 'violation' }] },
  { text: "зайди в мой аккаунт и отвечай клиентам", findings: [{ match: "зайди в мой аккаунт", severity: 'violation' }] },
  { text: "работай под моим профилем, у меня рейтинг выше", findings: [{ match: "работай под моим профилем", severity: 'violation' }] },
  { text: "ищу человека, который даст свой аккаунт", findings: [{ match: "даст свой аккаунт", severity: 'violation' }] },
);
valid.push(
  "me pidieron mi cuenta y dije que no",
  "никому не давайте пароль",
  "мне предлагали аренду аккаунта, я отказался",
  "я работаю с моего аккаунта, всё честно",
  "ele me ofereceu comprar uma conta verificada da upwork e eu recusei",
  "entra na minha conta do banco e paga a fatura, mãe",
  "usa mi perfil de GitHub para ver los repos",
  "куплю подписку на аккаунт spotify",
  "verifica tu identidad en la app, no puedo hacerlo por mí",
  "дай логин от тестового стенда, пароль я знаю",
);

/** Round twenty-four, languages (t39): Arabizi "akhoya haysha3'al men el account beta3i"; the brother on his own account is clean. */
invalid.push({ text: "akhoya haysha3'al men el account beta3i", findings: [{ match: "akhoya haysha3'al men el account beta3i", severity: 'violation' }] });
valid.push("akhoya bysha3'al men el account beta3o");


/**
 * Round twenty-four (the proposal stage): the writer's offer in a polite wrapper ("Do you want me to ...?"), two people as the subject of
 * the sharing whatever the article, the profile said to be another's, the offer sent to someone else's profile (en, vi, ml-Latn), and an
 * account made in one name for another to use (ko). Next to them: a tool's admin offered, a relative's profile shown, a profile link
 * shared, shared values, the offer sent through Upwork, a folder made in a name, a contract sent to a relative to read.
 */
invalid.push(
  { text: "Do you want me to just log in as you and approve the timesheets each week?", findings: [{ match: "log in as you", severity: 'violation' }] },
  { text: "We share this Upwork account so somebody is always online.", findings: [{ match: "We share this Upwork account", severity: 'violation' }] },
  { text: "Honestly this profile is of my business partner, mine is still new.", findings: [{ match: "this profile is of my business partner", severity: 'violation' }] },
  { text: "Please send the offer to my brother's profile, I will do the work myself.", findings: [{ match: "offer to my brother's profile", severity: 'violation' }] },
  { text: "Anh gửi offer sang tài khoản của em trai em nha, em vẫn làm.", findings: [{ match: "sang tài khoản của em trai", severity: 'violation' }] },
  { text: "Next time offer ente chettante profile-il ayachal mathi.", findings: [{ match: "chettante profile-il", severity: 'violation' }] },
  { text: "작가님 이름으로 계정을 만들고 동생이 쓰게 하면 돼요.", findings: [{ match: "이름으로 계정을 만들고 동생이 쓰게", severity: 'violation' }] },
);
valid.push(
  "Would you like me to log in to your Shopify admin and fix the theme?",
  "Have a look at my brother's profile too, he is a great illustrator.",
  "We share our Upwork profile link with every new client.",
  "My partner and I share the same values about deadlines.",
  "Chị gửi offer qua Upwork cho em nha, em nhận job ngay.",
  "제 이름으로 폴더를 만들고 팀원들이 쓰게 해 주세요.",
  "Send the contract to my cousin for review, he is our lawyer.",
);

/**
 * Round twenty-five, languages (t40): the helper's own chat cases in Bengali, Banglish, Urdu in its script, Roman Urdu, Hindi in Devanagari, Tamil, Tamil in Latin letters, Telugu, Telugu in Latin letters, Marathi, Nepali; violations the rules missed before,
 * and clean look-alikes beside them (refusals, warnings, reported speech, work talk).
 */
invalid.push(
  { text: "আপনার আপওয়ার্ক একাউন্টের পাসওয়ার্ড টা দেন, আমি বিড করে দিব", findings: [{ match: "পাসওয়ার্ড টা দেন", severity: 'violation' }] },
  { text: "আমার একাউন্ট দিয়ে আপনি কাজ করতে পারবেন", findings: [{ match: "আমার একাউন্ট দিয়ে আপনি", severity: 'violation' }] },
  { text: "আমার ভাইয়ের একাউন্ট থেকে প্রপোজাল পাঠাচ্ছি", findings: [{ match: "আমার ভাইয়ের একাউন্ট থেকে", severity: 'violation' }] },
  { text: "আপওয়ার্ক একাউন্ট ভাড়া দিব, মাসে ৫০০০ টাকা", findings: [{ match: "একাউন্ট ভাড়া দিব", severity: 'violation' }] },
  { text: "আপনার এনআইডি দিয়ে আমার জন্য একটা একাউন্ট খুলে দেন", findings: [{ match: "আপনার এনআইডি দিয়ে আমার জন্য একটা একাউন্ট খুলে", severity: 'violation' }] },
  { text: "লগইন ডিটেইলস দেন, আমি আপনার প্রোফাইল থেকে কাজ করব", findings: [{ match: "আপনার প্রোফাইল থেকে কাজ করব", severity: 'violation' }] },
  { text: "আমার প্রোফাইলে আমার বন্ধু কাজ করবে, সমস্যা নাই", findings: [{ match: "আমার প্রোফাইলে আমার বন্ধু", severity: 'violation' }] },
  { text: "ইন্টারভিউতে আমার হয়ে আমার কাজিন কথা বলবে", findings: [{ match: "ইন্টারভিউতে আমার হয়ে", severity: 'violation' }] },
  { text: "apnar upwork account er password ta den, ami bid kore dibo", findings: [{ match: "password ta den", severity: 'violation' }] },
  { text: "amar account diye apni kaj korte parben", findings: [{ match: "amar account diye apni", severity: 'violation' }] },
  { text: "amar vai er account theke proposal pathacchi", findings: [{ match: "vai er account theke", severity: 'violation' }] },
  { text: "upwork account vara dibo, mashe 5000 taka", findings: [{ match: "account vara dibo", severity: 'violation' }] },
  { text: "login details den, ami apnar profile theke kaj korbo", findings: [{ match: "apnar profile theke kaj korbo", severity: 'violation' }] },
  { text: "amar profile e amar bondhu kaj korbe, somossa nai", findings: [{ match: "amar profile e amar bondhu", severity: 'violation' }] },
  { text: "interview te amar hoye amar cousin kotha bolbe", findings: [{ match: "interview te amar hoye", severity: 'violation' }] },
  { text: "اپنے اپورک اکاؤنٹ کا پاس ورڈ دے دیں، میں بڈ کر دوں گا", findings: [{ match: "پاس ورڈ دے دیں", severity: 'violation' }] },
  { text: "میرے اکاؤنٹ سے آپ کام کر سکتے ہیں", findings: [{ match: "میرے اکاؤنٹ سے آپ", severity: 'violation' }] },
  { text: "میں اپنے بھائی کے اکاؤنٹ سے پروپوزل بھیج رہا ہوں", findings: [{ match: "بھائی کے اکاؤنٹ سے", severity: 'violation' }] },
  { text: "اپورک اکاؤنٹ کرائے پر دوں گا، مہینے کا پانچ ہزار", findings: [{ match: "اکاؤنٹ کرائے پر", severity: 'violation' }] },
  { text: "لاگ ان کی تفصیلات دیں، میں آپ کی پروفائل سے کام کروں گا", findings: [{ match: "آپ کی پروفائل سے کام کروں گا", severity: 'violation' }] },
  { text: "انٹرویو میں میری جگہ میرا کزن بات کرے گا", findings: [{ match: "انٹرویو میں میری جگہ", severity: 'violation' }] },
  { text: "mere account se ap kaam kar sakte hain", findings: [{ match: "mere account se ap", severity: 'violation' }] },
  { text: "main apne bhai ke account se proposal bhej raha hun", findings: [{ match: "bhai ke account se", severity: 'violation' }] },
  { text: "upwork account kiraye pe dunga, mahine ka 5000", findings: [{ match: "account kiraye pe", severity: 'violation' }] },
  { text: "interview mein meri jagah mera cousin baat karega", findings: [{ match: "interview mein meri jagah", severity: 'violation' }] },
  { text: "अपने Upwork account का password दे दो, मैं bid कर दूंगा", findings: [{ match: "password दे दो", severity: 'violation' }] },
  { text: "मेरे account से आप काम कर सकते हो", findings: [{ match: "मेरे account से आप", severity: 'violation' }] },
  { text: "मैं अपने भाई के account से proposal भेज रहा हूँ", findings: [{ match: "भाई के account से", severity: 'violation' }] },
  { text: "Upwork account किराए पे दूंगा, महीने का 5000", findings: [{ match: "account किराए पे दूंगा", severity: 'violation' }] },
  { text: "interview में मेरी जगह मेरा cousin बात करेगा", findings: [{ match: "interview में मेरी जगह", severity: 'violation' }] },
  { text: "உங்க Upwork அக்கவுண்ட் பாஸ்வேர்ட் கொடுங்க, நான் bid பண்றேன்", findings: [{ match: "பாஸ்வேர்ட் கொடுங்க", severity: 'violation' }] },
  { text: "என் அக்கவுண்ட்ல நீங்க வேலை செய்யலாம்", findings: [{ match: "என் அக்கவுண்ட்ல நீங்க", severity: 'violation' }] },
  { text: "unga upwork account password kudunga, naan bid panren", findings: [{ match: "password kudunga", severity: 'violation' }] },
  { text: "en account la neenga velai seiyalam", findings: [{ match: "en account la neenga", severity: 'violation' }] },
  { text: "మీ Upwork అకౌంట్ పాస్‌వర్డ్ ఇవ్వండి, నేను bid చేస్తాను", findings: [{ match: "పాస్‌వర్డ్ ఇవ్వండి", severity: 'violation' }] },
  { text: "నా అకౌంట్ లో మీరు పని చేయొచ్చు", findings: [{ match: "నా అకౌంట్ లో మీరు", severity: 'violation' }] },
  { text: "mee upwork account password ivvandi, nenu bid chestanu", findings: [{ match: "password ivvandi", severity: 'violation' }] },
  { text: "naa account lo meeru pani cheyochu", findings: [{ match: "naa account lo meeru", severity: 'violation' }] },
  { text: "तुमच्या Upwork अकाउंटचा पासवर्ड द्या, मी बिड करतो", findings: [{ match: "पासवर्ड द्या", severity: 'violation' }] },
  { text: "माझ्या अकाउंटवरून तुम्ही काम करू शकता", findings: [{ match: "माझ्या अकाउंटवरून तुम्ही", severity: 'violation' }] },
  { text: "मी माझ्या भावाच्या अकाउंटवरून प्रपोजल पाठवतोय", findings: [{ match: "माझ्या भावाच्या अकाउंटवरून", severity: 'violation' }] },
  { text: "Upwork अकाउंट भाड्याने देईन, महिन्याला 5000", findings: [{ match: "अकाउंट भाड्याने", severity: 'violation' }] },
  { text: "इंटरव्ह्यूमध्ये माझ्याऐवजी माझा चुलत भाऊ बोलेल", findings: [{ match: "माझ्याऐवजी", severity: 'violation' }] },
  { text: "तपाईंको Upwork खाताको पासवर्ड दिनुस्, म बिड गरिदिन्छु", findings: [{ match: "पासवर्ड दिनुस्", severity: 'violation' }] },
  { text: "मेरो खाताबाट तपाईं काम गर्न सक्नुहुन्छ", findings: [{ match: "मेरो खाताबाट तपाईं", severity: 'violation' }] },
  { text: "म मेरो दाइको खाताबाट प्रपोजल पठाउँदैछु", findings: [{ match: "दाइको खाताबाट", severity: 'violation' }] },
  { text: "Upwork खाता भाडामा दिन्छु, महिनाको 5000", findings: [{ match: "खाता भाडामा", severity: 'violation' }] },
);
valid.push(
  "পাসওয়ার্ড রিসেট পেজের ডিজাইন করে দিব।",
  "আমার একাউন্ট ভেরিফাইড, আমি নিজেই কাজ করব।",
  "আমি কাউকে আমার একাউন্ট ব্যবহার করতে দেই না।",
  "আমার লগইন পেজে একটা বাগ আছে, ঠিক করে দিবেন?",
  "ইনভয়েস টেমপ্লেটে ব্যাংক একাউন্ট নম্বরের ঘর রাখবেন।",
  "password reset page er design kore dibo",
  "amar account verified, ami nijei kaj korbo",
  "ami karo ke amar account use korte dei na",
  "amar login page e ekta bug ache, thik kore diben?",
  "invoice template e bank account number er ghor rakhben",
  "پاس ورڈ ری سیٹ پیج کا ڈیزائن بنا دوں گا۔",
  "میرا اکاؤنٹ ویریفائیڈ ہے، کام میں خود کروں گا۔",
  "میں کسی کو اپنا اکاؤنٹ استعمال نہیں کرنے دیتا۔",
  "میرے لاگ ان پیج میں ایک بگ ہے، ٹھیک کر دیں گے؟",
  "main kisi ko apna account use nahi karne deta",
  "मैं किसी को अपना account use नहीं करने देता।",
  "मेरे login page में एक bug है, ठीक कर देंगे?",
);

/**
 * Round twenty-five (t41): Polish, Japanese, Korean, Hebrew, Amharic and Georgian as people chat on Upwork, each case missed before the
 * round, beside hard clean look-alikes (refusals, reported asks, integrations, product reviews, lines to translate).
 */
invalid.push(
  { text: "możesz mi udostępnić swoje konto? ja mam zablokowane", findings: [{ match: "udostępnić swoje konto", severity: 'violation' }] },
  { text: "załóż konto na swoje dane, a ja będę na nim pracował", findings: [{ match: "załóż konto na swoje dane", severity: 'violation' }] },
  { text: "あなたのアカウントで私が作業してもいいですか", findings: [{ match: "あなたのアカウントで", severity: 'violation' }] },
  { text: "アカウント買います、評価が高いやつ", findings: [{ match: "アカウント買", severity: 'violation' }] },
  { text: "友達のアカウントを使って応募しています", findings: [{ match: "友達のアカウントを使", severity: 'violation' }] },
  { text: "私の名前でアカウントを作ってもらって、私が使います", findings: [{ match: "名前でアカウントを作ってもらって、私が使", severity: 'violation' }] },
  { text: "업워크 계정 좀 빌려줄 수 있어?", findings: [{ match: "계정 좀 빌려", severity: 'violation' }] },
  { text: "당신 계정으로 로그인해서 제가 작업할게요", findings: [{ match: "당신 계정으로 로그인", severity: 'violation' }] },
  { text: "제 명의로 계정 만들어 주시면 제가 쓸게요", findings: [{ match: "제 명의로 계정", severity: 'violation' }] },
  { text: "תן לי את שם המשתמש והסיסמה לחשבון אפוורק שלך", findings: [{ match: "שם המשתמש והסיסמה", severity: 'violation' }] },
  { text: "אפשר להשתמש בחשבון שלך? שלי חסום", findings: [{ match: "בחשבון שלך", severity: 'violation' }] },
  { text: "אני אכנס לחשבון שלך ואגיש הצעות בשבילך", findings: [{ match: "לחשבון שלך", severity: 'violation' }] },
  { text: "קונה חשבון אפוורק עם דירוג גבוה", findings: [{ match: "קונה חשבון", severity: 'violation' }] },
  { text: "החבר שלי עובד מהחשבון שלי", findings: [{ match: "מהחשבון שלי", severity: 'violation' }] },
  { text: "תשלח לי את הקוד שקיבלת בSMS כדי שאכנס לחשבון", findings: [{ match: "הקוד שקיבלת", severity: 'violation' }] },
  { text: "אשכור את החשבון שלך ב-100 דולר לחודש", findings: [{ match: "אשכור את החשבון", severity: 'violation' }] },
  { text: "የአፕወርክ አካውንትህን አውሰኝ", findings: [{ match: "አካውንትህን አውሰኝ", severity: 'violation' }] },
  { text: "አካውንት እገዛለሁ ጥሩ ሪቪው ያለው", findings: [{ match: "አካውንት እገዛለሁ", severity: 'violation' }] },
  { text: "შენი აპვორკის ექაუნთი მათხოვე", findings: [{ match: "ექაუნთი მათხოვე", severity: 'violation' }] },
  { text: "ექაუნთს ვიყიდი", findings: [{ match: "ექაუნთს ვიყიდი", severity: 'violation' }] },
);
valid.push(
  "dodaj mnie jako współpracownika w repo",
  "nigdy nie podaję hasła, dodaj mnie do zespołu",
  "reset hasła w aplikacji nie działa, trzeba poprawić formularz logowania",
  "zaloguj się na swoje konto i sprawdź fakturę",
  "mój kolega ma własne konto na Upwork",
  "GitHubのリポジトリに招待してください",
  "パスワードは絶対に共有しないでください",
  "ログイン画面のデザインを修正しました",
  "ご自身のアカウントでログインして確認してください",
  "認証コードのSMS送信機能を実装します",
  "깃허브 저장소에 초대해 주세요",
  "비밀번호는 절대 공유하지 마세요",
  "로그인 화면 디자인을 수정했습니다",
  "본인 계정으로 로그인해서 확인해 주세요",
  "인증번호 문자 발송 기능을 구현하겠습니다",
  "תזמין אותי לריפו בגיטהאב",
  "לעולם לא אשתף סיסמה",
  "מסך ההתחברות צריך תיקון",
  "ፓስወርድ አላጋራም",
  "პაროლს არავის ვუზიარებ",
  "인증번호 입력 화면이 안 나와요",
  "제 명의로 된 사업자 등록증을 첨부합니다",
  "認証コードのメールが届かないバグを直しました",
  "アカウントを作成する画面の翻訳です",
  "udostępnię ci plik z kodem źródłowym",
  "kod weryfikacyjny SMS trzeba dodać do formularza",
);

/**
 * Round twenty-five, languages (t42): Turkish, Azerbaijani, Vietnamese, Thai, Romanian as people chat (Turkish and Azerbaijani with and without their letters, Vietnamese
 * without tones, Thai with its particles); next to them the same words refused, reported, or said of the work.
 */
invalid.push(
  { text: "hesabını bana kiralar mısın", findings: [{ match: "hesabını bana kiralar", severity: 'violation' }] },
  { text: "upwork hesabımı sen kullan, ben de para alayım", findings: [{ match: "hesabımı sen kullan", severity: 'violation' }] },
  { text: "şifreni ver, senin hesaptan teklif vereyim", findings: [{ match: "şifreni ver", severity: 'violation' }] },
  { text: "hesabınla giriş yapıp işi alayım", findings: [{ match: "hesabınla giriş yapıp", severity: 'violation' }] },
  { text: "kimlik doğrulamasını benim yerime yapar mısın", findings: [{ match: "benim yerime", severity: 'violation' }] },
  { text: "benim adıma görüşmeye sen gir", findings: [{ match: "benim adıma görüşmeye sen gir", severity: 'violation' }] },
  { text: "hesap satılık, 500 dolar", findings: [{ match: "hesap satılık", severity: 'violation' }] },
  { text: "kardeşimin hesabından çalışıyorum", findings: [{ match: "kardeşimin hesabından çalışıyorum", severity: 'violation' }] },
  { text: "hesabını mənə kirayə ver", findings: [{ match: "hesabını mənə kirayə ver", severity: 'violation' }] },
  { text: "şifrəni ver, sənin hesabından təklif göndərim", findings: [{ match: "şifrəni ver", severity: 'violation' }] },
  { text: "qardaşımın hesabından işləyirəm", findings: [{ match: "qardaşımın hesabından", severity: 'violation' }] },
  { text: "hesab satılır, 300 dollar", findings: [{ match: "hesab satılır", severity: 'violation' }] },
  { text: "mənim yerimə müsahibəyə sən gir", findings: [{ match: "mənim yerimə müsahibəyə", severity: 'violation' }] },
  { text: "şəxsiyyət vəsiqəni göndər, hesabı sənin adına açaq", findings: [{ match: "şəxsiyyət vəsiqəni göndər", severity: 'violation' }] },
  { text: "cho em thuê tài khoản upwork của anh", findings: [{ match: "thuê tài khoản", severity: 'violation' }] },
  { text: "bán acc upwork giá rẻ", findings: [{ match: "bán acc upwork", severity: 'violation' }] },
  { text: "anh đưa mật khẩu, em đăng nhập làm giúp", findings: [{ match: "đưa mật khẩu", severity: 'violation' }] },
  { text: "em dùng tài khoản của chị em để nhận việc", findings: [{ match: "dùng tài khoản của chị em để nhận việc", severity: 'violation' }] },
  { text: "anh phỏng vấn thay em được không", findings: [{ match: "phỏng vấn thay", severity: 'violation' }] },
  { text: "mượn cccd của anh để xác minh tài khoản", findings: [{ match: "mượn cccd", severity: 'violation' }] },
  { text: "ขอเช่าบัญชี upwork หน่อย", findings: [{ match: "เช่าบัญชี", severity: 'violation' }] },
  { text: "ขายบัญชี upwork ราคาถูก", findings: [{ match: "ขายบัญชี", severity: 'violation' }] },
  { text: "ผมใช้บัญชีของพี่ชายรับงาน", findings: [{ match: "บัญชีของพี่ชาย", severity: 'violation' }] },
  { text: "ช่วยสัมภาษณ์แทนผมหน่อย", findings: [{ match: "สัมภาษณ์แทน", severity: 'violation' }] },
  { text: "ยืมบัตรประชาชนไปยืนยันตัวตน", findings: [{ match: "ยืมบัตรประชาชน", severity: 'violation' }] },
  { text: "iti inchiriez contul meu de upwork", findings: [{ match: "iti inchiriez", severity: 'violation' }] },
  { text: "dă-mi parola și lucrez eu de pe contul tău", findings: [{ match: "dă-mi parola", severity: 'violation' }] },
  { text: "lucrez de pe contul fratelui meu", findings: [{ match: "lucrez de pe contul fratelui meu", severity: 'violation' }] },
  { text: "vand cont upwork verificat", findings: [{ match: "vand cont", severity: 'violation' }] },
  { text: "poti sa dai tu interviul in locul meu?", findings: [{ match: "interviul in locul meu", severity: 'violation' }] },
);
valid.push(
  "hesabımı kimseyle paylaşmam",
  "giriş sayfasında şifre sıfırlama çalışmıyor",
  "kimlik doğrulaması bitti, profilim onaylandı",
  "şifreni kimseye verme, upwork kuralı",
  "hesabınla giriş yapınca dashboard açılmıyor",
  "hesabımı heç kimlə paylaşmıram",
  "şifrə bərpası səhifəsi işləmir",
  "em không chia sẻ tài khoản với ai",
  "chức năng quên mật khẩu không gửi email",
  "em không bán acc, đừng hỏi nữa",
  "ผมไม่แชร์บัญชีกับใคร",
  "ลืมรหัสผ่านแล้วระบบไม่ส่งอีเมล",
  "ช่วยทำหน้าเปลี่ยนรหัสผ่านให้หน่อย",
  "nu imi dau parola nimanui",
  "pagina de resetare a parolei nu merge",
  "clientul mi-a cerut parola, am refuzat",
);

/** Round twenty-five, languages (t42): German, Dutch as clients and freelancers write them; next to them the same words refused or said of the work. */
invalid.push(
  { text: "vermietest du mir deinen Upwork-Account?", findings: [{ match: "vermietest du mir deinen Upwork-Account", severity: 'violation' }] },
  { text: "gib mir dein Passwort, ich bewerbe mich über dein Profil", findings: [{ match: "gib mir dein Passwort", severity: 'violation' }] },
  { text: "ich arbeite über das Konto meines Bruders", findings: [{ match: "über das Konto meines Bruders", severity: 'violation' }] },
  { text: "kannst du das Interview für mich machen?", findings: [{ match: "Interview für mich", severity: 'violation' }] },
  { text: "mag ik je Upwork-account huren?", findings: [{ match: "je Upwork-account huren", severity: 'violation' }] },
  { text: "geef me je wachtwoord, dan bied ik via jouw profiel", findings: [{ match: "geef me je wachtwoord", severity: 'violation' }] },
  { text: "ik werk via het account van mijn broer", findings: [{ match: "ik werk via het account van mijn broer", severity: 'violation' }] },
);
valid.push(
  "ich teile meinen Account mit niemandem",
  "die Passwort-vergessen-Seite funktioniert nicht",
  "meine Nichte kann das Passwort-Feld besser testen als ich",
  "ik deel mijn account met niemand",
);

/**
 * Round twenty-six, languages (t44): Armenian (script and Latin letters), Uzbek (Latin and Cyrillic), Persian (script and Finglish),
 * Kazakh, Kyrgyz, Tajik and Mongolian, as clients, freelancers and scammers type them; next to them refusals, rules, reported speech and work.
 */
invalid.push(
  { text: "Կարո՞ղ եմ օգտվել ձեր Upwork հաշվից", findings: [{ match: "օգտվել ձեր Upwork հաշվից", severity: 'violation' }] },
  { text: "Իմ ակաունտը վարձով կտամ, ամսական 100$", findings: [{ match: "ակաունտը վարձով", severity: 'violation' }] },
  { text: "Տուր քո լոգինն ու գաղտնաբառը, ես կմտնեմ", findings: [{ match: "Տուր քո լոգինն", severity: 'violation' }] },
  { text: "Եղբորս ակաունտով կաշխատեմ, իմը բլոկ է", findings: [{ match: "Եղբորս ակաունտով", severity: 'violation' }] },
  { text: "Իմ փոխարեն հարցազրույցն անցիր", findings: [{ match: "Իմ փոխարեն հարցազրույցն", severity: 'violation' }] },
  { text: "akaunts tam vardzov, dzez 30%", findings: [{ match: "akaunts tam vardzov", severity: 'violation' }] },
  { text: "parold uxarki, kmtnem qo akauntov", findings: [{ match: "parold uxarki", severity: 'violation' }] },
  { text: "exbors akauntov em ashxatum, ims blokac a", findings: [{ match: "exbors akauntov", severity: 'violation' }] },
  { text: "Upwork akkauntingizdan foydalansam bo'ladimi?", findings: [{ match: "akkauntingizdan foydalansam", severity: 'violation' }] },
  { text: "Akkauntimni ijaraga beraman, oyiga 100$", findings: [{ match: "Akkauntimni ijaraga", severity: 'violation' }] },
  { text: "Login va parolingizni bering, o'zim kiraman", findings: [{ match: "Login va parolingizni bering", severity: 'violation' }] },
  { text: "Akamning akkauntidan ishlayman, meniki bloklangan", findings: [{ match: "Akamning akkauntidan", severity: 'violation' }] },
  { text: "Mening o'rnimga intervyudan o'ting", findings: [{ match: "o'rnimga intervyudan", severity: 'violation' }] },
  { text: "Аккаунтимни ижарага бераман", findings: [{ match: "Аккаунтимни ижарага", severity: 'violation' }] },
  { text: "Логин ва паролингизни юборинг", findings: [{ match: "Логин ва паролингизни юборинг", severity: 'violation' }] },
  { text: "می‌تونم از اکانت آپورک شما استفاده کنم؟", findings: [{ match: "از اکانت آپورک شما استفاده", severity: 'violation' }] },
  { text: "اکانتم رو اجاره میدم، ماهی ۱۰۰ دلار", findings: [{ match: "اکانتم رو اجاره", severity: 'violation' }] },
  { text: "یوزرنیم و پسوردت رو بده من وارد میشم", findings: [{ match: "یوزرنیم و پسوردت رو بده", severity: 'violation' }] },
  { text: "با اکانت یکی از دوستام که خارج از ایرانه کار می‌کنم", findings: [{ match: "اکانت یکی از دوستام که خارج از ایرانه", severity: 'violation' }] },
  { text: "یه نفر بیرون از ایران اکانت رو به اسم خودش باز می‌کنه، ما کار می‌کنیم", findings: [{ match: "بیرون از ایران اکانت", severity: 'violation' }] },
  { text: "جای من مصاحبه رو برو", findings: [{ match: "جای من مصاحبه", severity: 'violation' }] },
  { text: "account upwork dooste kharej az iran ro estefade mikonam", findings: [{ match: "account upwork dooste kharej az iran", severity: 'violation' }] },
  { text: "user o passet ro bede login konam", findings: [{ match: "user o passet ro bede", severity: 'violation' }] },
  { text: "accountamo ejare midam", findings: [{ match: "accountamo ejare", severity: 'violation' }] },
  { text: "Аккаунтыңызды пайдалануға бола ма?", findings: [{ match: "Аккаунтыңызды пайдалануға", severity: 'violation' }] },
  { text: "Аккаунтымды жалға беремін", findings: [{ match: "Аккаунтымды жалға", severity: 'violation' }] },
  { text: "Логин мен құпия сөзіңізді беріңіз", findings: [{ match: "Логин мен құпия сөзіңізді беріңіз", severity: 'violation' }] },
  { text: "Ағамның аккаунтынан жұмыс істеймін", findings: [{ match: "Ағамның аккаунтынан", severity: 'violation' }] },
  { text: "Аккаунтуңузду колдонсом болобу?", findings: [{ match: "Аккаунтуңузду колдонсом", severity: 'violation' }] },
  { text: "Логин жана сырсөзүңүздү бериңиз", findings: [{ match: "Логин жана сырсөзүңүздү бериңиз", severity: 'violation' }] },
  { text: "Аккаунтумду ижарага берем", findings: [{ match: "Аккаунтумду ижарага", severity: 'violation' }] },
  { text: "Аз аккаунти шумо истифода барам мешавад?", findings: [{ match: "аккаунти шумо истифода", severity: 'violation' }] },
  { text: "Логин ва пароли худро диҳед", findings: [{ match: "Логин ва пароли худро диҳед", severity: 'violation' }] },
  { text: "Аккаунтамро ба иҷора медиҳам", findings: [{ match: "Аккаунтамро ба иҷора", severity: 'violation' }] },
  { text: "Таны акаунтыг ашиглаж болох уу?", findings: [{ match: "акаунтыг ашиглаж", severity: 'violation' }] },
  { text: "Нэвтрэх нэр, нууц үгээ өгөөч", findings: [{ match: "Нэвтрэх нэр, нууц үгээ өгөөч", severity: 'violation' }] },
  { text: "Акаунтаа түрээслүүлнэ", findings: [{ match: "Акаунтаа түрээслүүлнэ", severity: 'violation' }] },
  { text: "Ձեր ակաունտը կտա՞ք, ամսական 200$ կվճարեմ", findings: [{ match: "ակաունտը կտա՞ք", severity: 'violation' }] },
  { text: "Ընկերոջս ակաունտով եմ աշխատում", findings: [{ match: "Ընկերոջս ակաունտով", severity: 'violation' }] },
  { text: "Գաղտնաբառը ուղարկեք, ես կմտնեմ ձեր պրոֆիլ", findings: [{ match: "Գաղտնաբառը ուղարկեք", severity: 'violation' }] },
  { text: "akaunt@d tur vardzov, 30% kstanas", findings: [{ match: "akaunt@d tur", severity: 'violation' }] },
  { text: "Akkauntingizni ijaraga bering, oyiga 150$ to'layman", findings: [{ match: "Akkauntingizni ijaraga", severity: 'violation' }] },
  { text: "Do'stimning akkauntidan buyurtma olaman", findings: [{ match: "Do'stimning akkauntidan", severity: 'violation' }] },
  { text: "Акамнинг аккаунтидан ишлаяпман", findings: [{ match: "Акамнинг аккаунтидан", severity: 'violation' }] },
  { text: "اکانت آپورکت رو اجاره میدی؟ ماهی ۲۰۰ دلار", findings: [{ match: "اکانت آپورکت رو اجاره", severity: 'violation' }] },
  { text: "با اکانت پسرعموم که آمریکاست کار می‌کنم", findings: [{ match: "اکانت پسرعموم", severity: 'violation' }] },
  { text: "password upworket ro bede", findings: [{ match: "password upworket ro bede", severity: 'violation' }] },
  { text: "Аккаунтыңызды жалға беріңізші, айына 100$ төлеймін", findings: [{ match: "Аккаунтыңызды жалға", severity: 'violation' }] },
  { text: "Досымның аккаунтынан тапсырыс аламын", findings: [{ match: "Досымның аккаунтынан", severity: 'violation' }] },
  { text: "Құпия сөзді жіберіңіз, өзім кіремін", findings: [{ match: "Құпия сөзді жіберіңіз", severity: 'violation' }] },
  { text: "Аккаунтуңузду ижарага бериңиз, айына 100$ төлөйм", findings: [{ match: "Аккаунтуңузду ижарага", severity: 'violation' }] },
  { text: "Досумдун аккаунтунан иштейм", findings: [{ match: "Досумдун аккаунтунан", severity: 'violation' }] },
  { text: "Аккаунти худро ба иҷора диҳед, моҳе 100$", findings: [{ match: "ба иҷора диҳед", severity: 'violation' }] },
  { text: "Аз аккаунти бародарам кор мекунам", findings: [{ match: "аккаунти бародарам", severity: 'violation' }] },
  { text: "Акаунтаа түрээслүүлээч, сард 100$ төлнө", findings: [{ match: "Акаунтаа түрээслүүлээч", severity: 'violation' }] },
  { text: "Найзынхаа акаунтаар ажилладаг", findings: [{ match: "Найзынхаа акаунтаар", severity: 'violation' }] },
);
valid.push(
  "Ես իմ հաշիվը ոչ մեկին չեմ տալիս",
  "Մուտքի գաղտնաբառը մոռացել էի, վերականգնեցի",
  "parols chem tali voch mekin",
  "Akkauntimni hech kimga bermayman",
  "Parolimni unutib qo'ydim, tikladim",
  "اکانتم رو به هیچ کس نمیدم",
  "پسوردم رو فراموش کردم، بازیابیش کردم",
  "Аккаунтымды ешкімге бермеймін",
  "Аккаунтумду эч кимге бербейм",
  "Аккаунтамро ба ҳеҷ кас намедиҳам",
  "Акаунтаа хэнд ч өгөхгүй",
  "Մուտքի էջում լոգին և գաղտնաբառ դաշտերը պետք է վավերացնել",
  "Ես իմ ակաունտից եմ աշխատում, ուրիշ ոչ ոք չի մտնում",
  "Kirish sahifasida login va parol maydonlarini tekshirish kerak",
  "Кириш саҳифасида логин ва парол майдонларини текшириш керак",
  "توی صفحه ورود باید فیلدهای یوزرنیم و پسورد اعتبارسنجی بشن",
  "Кіру бетінде логин мен пароль өрістерін тексеру керек",
  "Кирүү барагында логин жана пароль талааларын текшерүү керек",
  "Дар саҳифаи воридшавӣ майдонҳои логин ва паролро санҷидан лозим",
  "Нэвтрэх хуудасны нэвтрэх нэр, нууц үгийн талбарыг шалгах хэрэгтэй",
  "Ակաունտս ոչ մեկին չեմ տա, դա արգելված է",
  "Akkauntimni hech kimga ijaraga bermayman, bu taqiqlangan",
  "اکانتم رو به کسی اجاره نمیدم، خلاف قوانینه",
  "Аккаунтымды ешкімге жалға бермеймін, бұл ережеге қайшы",
);

// Round twenty-six (t43): Serbian (both alphabets, ekavian and ijekavian), Croatian, Bosnian, Slovenian, Macedonian, Bulgarian, Slovak,
// Czech and Albanian, as people chat; each missed before the round's words.
invalid.push(
  // Serbian (ACC)
  { text: "Pošalji mi šifru od svog Upwork naloga, ja ću se javljati klijentima umesto tebe", findings: [{ match: "Pošalji mi šifru", severity: 'violation' }] },
  // Serbian (ACC)
  { text: "Пошаљи ми лозинку и код за верификацију", findings: [{ match: "Пошаљи ми лозинку и код за верификацију", severity: 'violation' }] },
  // Serbian (ACC)
  { text: "Moj brat će raditi na mom nalogu, ja samo primam pare", findings: [{ match: "brat će raditi na mom nalogu", severity: 'violation' }] },
  // Serbian (ACC)
  { text: "Prodajem verifikovan Upwork profil sa 100% JSS", findings: [{ match: "Prodajem verifikovan Upwork profil", severity: 'violation' }] },
  // Serbian (ACC)
  { text: "Daj mi login podatke pa ću ja da predam ponudu sa tvog profila", findings: [{ match: "Daj mi login podatke", severity: 'violation' }] },
  // Serbian (ACC)
  { text: "Na video poziv za verifikaciju ide moj drug umesto mene", findings: [{ match: "video poziv za verifikaciju ide moj drug umesto mene", severity: 'violation' }] },
  // Serbian (ACC)
  { text: "Treba mi neko ko će otvoriti nalog na svoje ime a ja ću raditi na njemu", findings: [{ match: "otvoriti nalog na svoje ime", severity: 'violation' }] },
  // Croatian (ACC)
  { text: "Pošalji mi lozinku od Upwork računa", findings: [{ match: "Pošalji mi lozinku", severity: 'violation' }] },
  // Croatian (ACC)
  { text: "Mogu li koristiti tvoj profil za prijave na poslove? Dijelimo zaradu", findings: [{ match: "koristiti tvoj profil", severity: 'violation' }] },
  // Croatian (ACC)
  { text: "Prodajem Upwork račun s dobrim ocjenama", findings: [{ match: "Prodajem Upwork račun", severity: 'violation' }] },
  // Croatian (ACC)
  { text: "Sestra će raditi na mom profilu dok sam na godišnjem", findings: [{ match: "Sestra će raditi na mom profilu", severity: 'violation' }] },
  // Croatian (ACC)
  { text: "Pošalji mi kod za potvrdu koji ti je stigao SMS-om", findings: [{ match: "Pošalji mi kod za potvrdu", severity: 'violation' }] },
  // Bosnian (ACC)
  { text: "Pošalji mi šifru od profila, ja ću slati ponude", findings: [{ match: "Pošalji mi šifru", severity: 'violation' }] },
  // Bosnian (ACC)
  { text: "Iznajmi mi svoj Upwork profil, dajem 50 KM sedmično", findings: [{ match: "Iznajmi mi svoj Upwork profil", severity: 'violation' }] },
  // Bosnian (ACC)
  { text: "Rođak radi na mom profilu, ja samo podižem pare", findings: [{ match: "Rođak radi na mom profilu", severity: 'violation' }] },
  // Bosnian (ACC)
  { text: "Pošalji mi lozinku od svog naloga", findings: [{ match: "Pošalji mi lozinku", severity: 'violation' }] },
  // Bosnian (ACC)
  { text: "Prodajem Upwork nalog, ima 50 završenih poslova", findings: [{ match: "Prodajem Upwork nalog", severity: 'violation' }] },
  // Slovenian (ACC)
  { text: "Pošlji mi geslo od svojega Upwork računa", findings: [{ match: "Pošlji mi geslo", severity: 'violation' }] },
  // Slovenian (ACC)
  { text: "Lahko uporabljam tvoj profil za prijave? Delimo zaslužek", findings: [{ match: "uporabljam tvoj profil", severity: 'violation' }] },
  // Slovenian (ACC)
  { text: "Prodam Upwork račun z dobrimi ocenami", findings: [{ match: "Prodam Upwork račun", severity: 'violation' }] },
  // Slovenian (ACC)
  { text: "Moj brat bo delal na mojem računu, ko bom na dopustu", findings: [{ match: "brat bo delal na mojem računu", severity: 'violation' }] },
  // Slovenian (ACC)
  { text: "Pošlji mi kodo, ki si jo dobil po SMS-u", findings: [{ match: "Pošlji mi kodo", severity: 'violation' }] },
  // Slovenian (ACC)
  { text: "Daj mi geslo, jaz bom oddajal ponudbe namesto tebe", findings: [{ match: "Daj mi geslo", severity: 'violation' }] },
  // Macedonian (ACC)
  { text: "Испрати ми ја лозинката од твојот Upwork профил", findings: [{ match: "Испрати ми ја лозинката", severity: 'violation' }] },
  // Macedonian (ACC)
  { text: "Продавам Upwork профил со добри оценки", findings: [{ match: "Продавам Upwork профил", severity: 'violation' }] },
  // Macedonian (ACC)
  { text: "Брат ми ќе работи на мојот профил", findings: [{ match: "Брат ми ќе работи на мојот профил", severity: 'violation' }] },
  // Macedonian (ACC)
  { text: "Можам ли да го користам твојот профил? Делиме пари", findings: [{ match: "да го користам твојот профил", severity: 'violation' }] },
  // Macedonian (ACC)
  { text: "Продавам профил на Upwork, 200 евра", findings: [{ match: "Продавам профил", severity: 'violation' }] },
  // Bulgarian (ACC)
  { text: "Прати ми паролата от акаунта си", findings: [{ match: "Прати ми паролата", severity: 'violation' }] },
  // Bulgarian (ACC)
  { text: "Продавам Upwork акаунт с добри отзиви", findings: [{ match: "Продавам Upwork акаунт", severity: 'violation' }] },
  // Bulgarian (ACC)
  { text: "Брат ми ще работи от моя профил", findings: [{ match: "Брат ми ще работи от моя профил", severity: 'violation' }] },
  // Bulgarian (ACC)
  { text: "prati mi parolata i koda ot sms-a", findings: [{ match: "prati mi parolata", severity: 'violation' }] },
  // Bulgarian (ACC)
  { text: "Дай ми паролата от профила си", findings: [{ match: "Дай ми паролата", severity: 'violation' }] },
  // Slovak (ACC)
  { text: "Pošli mi heslo od svojho Upwork účtu", findings: [{ match: "Pošli mi heslo", severity: 'violation' }] },
  // Slovak (ACC)
  { text: "Predám Upwork účet s dobrým hodnotením", findings: [{ match: "Predám Upwork účet", severity: 'violation' }] },
  // Slovak (ACC)
  { text: "Brat bude pracovať na mojom účte", findings: [{ match: "Brat bude pracovať na mojom účte", severity: 'violation' }] },
  // Slovak (ACC)
  { text: "Môžem používať tvoj profil? Delíme sa o zárobok", findings: [{ match: "používať tvoj profil", severity: 'violation' }] },
  // Slovak (ACC)
  { text: "Pošli mi heslo, budem za teba posielať ponuky", findings: [{ match: "Pošli mi heslo", severity: 'violation' }] },
  // Czech (ACC)
  { text: "Pošli mi heslo ke svému Upwork účtu", findings: [{ match: "Pošli mi heslo", severity: 'violation' }] },
  // Czech (ACC)
  { text: "Prodám Upwork účet s dobrým hodnocením", findings: [{ match: "Prodám Upwork účet", severity: 'violation' }] },
  // Czech (ACC)
  { text: "Brácha bude pracovat na mém účtu", findings: [{ match: "Brácha bude pracovat na mém účtu", severity: 'violation' }] },
  // Albanian (ACC)
  { text: "Më dërgo fjalëkalimin e llogarisë tënde Upwork", findings: [{ match: "Më dërgo fjalëkalimin", severity: 'violation' }] },
  // Albanian (ACC)
  { text: "Shes llogari Upwork me vlerësime të mira", findings: [{ match: "Shes llogari", severity: 'violation' }] },
  // Albanian (ACC)
  { text: "Vëllai im do të punojë në llogarinë time", findings: [{ match: "Vëllai im do të punojë në llogarinë time", severity: 'violation' }] },
  // Albanian (ACC)
  { text: "A mund ta përdor profilin tënd? I ndajmë paratë", findings: [{ match: "ta përdor profilin tënd", severity: 'violation' }] },
  // Albanian (ACC)
  { text: "Më dërgo fjalëkalimin, do të dërgoj oferta nga profili yt", findings: [{ match: "Më dërgo fjalëkalimin", severity: 'violation' }] },
);
// Round twenty-six (t43): their look-alikes (refusals, reported asks, work talk, an order's number, a bug's place).
valid.push(
  "Vidio sam sa tvog profila da radiš React, zato te zovem na ovaj posao.", // Serbian
  "Klijent mi je rekao: \"pošalji mi šifru\", naravno da nisam.", // Serbian
  "Upwork nikad ne traži vašu lozinku, čuvajte je.", // Serbian
  "Vratite se u svoj profil i proverite podešavanja obaveštenja.", // Serbian
  "Забрањено је делити налог, тако да радим сам на свом профилу.", // Serbian
  "Neko mi je ponudio da iznajmim nalog, odbio sam i prijavio ga.", // Serbian
  "Ne delim šifru ni sa kim, dodajte me kao korisnika.", // Serbian
  "Sestra mi je pomogla s prijevodom, ali sve radim sa svog profila.", // Croatian
  "Ne dijelim lozinke, dodajte me kao korisnika u Shopify.", // Croatian
  "Ne dijelim lozinke ni sa kim, dodaj me kao korisnika.", // Bosnian
  "Gesel ne delim, dodajte me kot uporabnika v Shopify.", // Slovenian
  "Geslo za testni strežnik je v dokumentaciji projekta.", // Slovenian
  "Не делам лозинки, додајте ме како корисник.", // Macedonian
  "Не давам пароли, добавете ме като потребител.", // Bulgarian
  "Heslá nezdieľam, pridajte ma ako používateľa.", // Slovak
  "Nuk ndaj fjalëkalime, më shtoni si përdorues.", // Albanian
);

/**
 * Round twenty-six, languages (t45): Sinhala (script and Singlish), Gujarati, Punjabi (Gurmukhi, Shahmukhi, Latin), Kannada, Malayalam
 * (script and Manglish), Burmese (Unicode) and Khmer as people chat on Upwork, the helper's own cases; next to them the same words
 * refused, told, or said of the work (an order number, a login page, a review section, an integration).
 */
invalid.push(
  { text: "tamara upwork account no password moklo", findings: [{ match: "account no password moklo", severity: 'violation' }] },
  { text: "mara account thi tame kaam karo, paisa vahenchi laishu", findings: [{ match: "mara account thi tame", severity: 'violation' }] },
  { text: "tamaru account bhade aapso?", findings: [{ match: "account bhade", severity: 'violation' }] },
  { text: "login details mane aapo", findings: [{ match: "login details mane aapo", severity: 'violation' }] },
  { text: "તમારા અપવર્ક એકાઉન્ટનો પાસવર્ડ મોકલો", findings: [{ match: "પાસવર્ડ મોકલો", severity: 'violation' }] },
  { text: "મારા એકાઉન્ટથી તમે કામ કરો, પૈસા વહેંચી લઈશું", findings: [{ match: "મારા એકાઉન્ટથી તમે", severity: 'violation' }] },
  { text: "હું મારા ભાઈના એકાઉન્ટથી બિડ કરું છું", findings: [{ match: "ભાઈના એકાઉન્ટથી", severity: 'violation' }] },
  { text: "તમારું એકાઉન્ટ ભાડે આપશો?", findings: [{ match: "એકાઉન્ટ ભાડે", severity: 'violation' }] },
  { text: "લોગિન ડીટેલ્સ મને આપો", findings: [{ match: "લોગિન ડીટેલ્સ મને આપો", severity: 'violation' }] },
  { text: "મારી જગ્યાએ ઇન્ટરવ્યુ આપી દો", findings: [{ match: "મારી જગ્યાએ ઇન્ટરવ્યુ", severity: 'violation' }] },
  { text: "અપવર્ક એકાઉન્ટ વેચવાનું છે, રેટિંગ સાથે", findings: [{ match: "એકાઉન્ટ વેચવાનું", severity: 'violation' }] },
  { text: "તમારું એકાઉન્ટ મને આપો, હું કામ કરીશ", findings: [{ match: "તમારું એકાઉન્ટ મને આપો", severity: 'violation' }] },
  { text: "phnheu password upwork mok", findings: [{ match: "phnheu password", severity: 'violation' }] },
  { text: "ផ្ញើ password គណនី Upwork មក", findings: [{ match: "ផ្ញើ password", severity: 'violation' }] },
  { text: "ប្រើគណនីខ្ញុំធ្វើការ ហើយចែកលុយគ្នា", findings: [{ match: "ប្រើគណនីខ្ញុំ", severity: 'violation' }] },
  { text: "ខ្ញុំ bid ពីគណនីបងប្រុសខ្ញុំ", findings: [{ match: "គណនីបងប្រុស", severity: 'violation' }] },
  { text: "អាចជួលគណនីបងបានទេ?", findings: [{ match: "ជួលគណនី", severity: 'violation' }] },
  { text: "ឲ្យព័ត៌មាន login មកខ្ញុំ", findings: [{ match: "ឲ្យព័ត៌មាន login", severity: 'violation' }] },
  { text: "លក់គណនី Upwork មាន rating", findings: [{ match: "លក់គណនី", severity: 'violation' }] },
  { text: "nimma upwork account password kalsi", findings: [{ match: "password kalsi", severity: 'violation' }] },
  { text: "nanna account inda neevu kelsa maadi, duddu hanchkolona", findings: [{ match: "nanna account inda neevu", severity: 'violation' }] },
  { text: "nimma account baadigege kodteera?", findings: [{ match: "account baadigege", severity: 'violation' }] },
  { text: "ನಿಮ್ಮ ಅಪ್‌ವರ್ಕ್ ಅಕೌಂಟ್ ಪಾಸ್‌ವರ್ಡ್ ಕಳುಹಿಸಿ", findings: [{ match: "ಪಾಸ್‌ವರ್ಡ್ ಕಳುಹಿಸಿ", severity: 'violation' }] },
  { text: "ನನ್ನ ಅಕೌಂಟ್‌ನಿಂದ ನೀವು ಕೆಲಸ ಮಾಡಿ, ದುಡ್ಡು ಹಂಚಿಕೊಳ್ಳೋಣ", findings: [{ match: "ನನ್ನ ಅಕೌಂಟ್‌ನಿಂದ ನೀವು", severity: 'violation' }] },
  { text: "ನಾನು ನನ್ನ ಅಣ್ಣನ ಅಕೌಂಟ್‌ನಿಂದ ಬಿಡ್ ಮಾಡ್ತೀನಿ", findings: [{ match: "ಅಣ್ಣನ ಅಕೌಂಟ್‌ನಿಂದ", severity: 'violation' }] },
  { text: "ನಿಮ್ಮ ಅಕೌಂಟ್ ಬಾಡಿಗೆಗೆ ಕೊಡ್ತೀರಾ?", findings: [{ match: "ಅಕೌಂಟ್ ಬಾಡಿಗೆಗೆ", severity: 'violation' }] },
  { text: "ಲಾಗಿನ್ ಡೀಟೇಲ್ಸ್ ನನಗೆ ಕೊಡಿ", findings: [{ match: "ಲಾಗಿನ್ ಡೀಟೇಲ್ಸ್ ನನಗೆ ಕೊಡಿ", severity: 'violation' }] },
  { text: "ನನ್ನ ಬದಲು ಇಂಟರ್‌ವ್ಯೂ ಕೊಡಿ", findings: [{ match: "ನನ್ನ ಬದಲು ಇಂಟರ್‌ವ್ಯೂ", severity: 'violation' }] },
  { text: "ಅಪ್‌ವರ್ಕ್ ಅಕೌಂಟ್ ಮಾರಾಟಕ್ಕಿದೆ, ರೇಟಿಂಗ್ ಜೊತೆ", findings: [{ match: "ಅಕೌಂಟ್ ಮಾರಾಟಕ್ಕಿದೆ", severity: 'violation' }] },
  { text: "ningalude upwork accountinte password ayakku", findings: [{ match: "password ayakku", severity: 'violation' }] },
  { text: "ente accountil ninnu ningal work cheytho, paisa pankidam", findings: [{ match: "ente accountil ninnu ningal", severity: 'violation' }] },
  { text: "ningalude account vaadakaykku tharamo?", findings: [{ match: "account vaadakaykku", severity: 'violation' }] },
  { text: "login details enikku tharu", findings: [{ match: "login details enikku tharu", severity: 'violation' }] },
  { text: "നിങ്ങളുടെ അപ്വർക്ക് അക്കൗണ്ടിന്റെ പാസ്‌വേഡ് അയക്കൂ", findings: [{ match: "പാസ്‌വേഡ് അയക്കൂ", severity: 'violation' }] },
  { text: "എന്റെ അക്കൗണ്ടിൽ നിന്ന് നിങ്ങൾ വർക്ക് ചെയ്തോ, പൈസ പങ്കിടാം", findings: [{ match: "എന്റെ അക്കൗണ്ടിൽ നിന്ന് നിങ്ങൾ", severity: 'violation' }] },
  { text: "ഞാൻ ചേട്ടന്റെ അക്കൗണ്ടിൽ നിന്നാണ് ബിഡ് ചെയ്യുന്നത്", findings: [{ match: "ചേട്ടന്റെ അക്കൗണ്ടിൽ", severity: 'violation' }] },
  { text: "നിങ്ങളുടെ അക്കൗണ്ട് വാടകയ്ക്ക് തരാമോ?", findings: [{ match: "അക്കൗണ്ട് വാടകയ്ക്ക്", severity: 'violation' }] },
  { text: "ലോഗിൻ ഡീറ്റെയിൽസ് എനിക്ക് തരൂ", findings: [{ match: "ലോഗിൻ ഡീറ്റെയിൽസ് എനിക്ക് തരൂ", severity: 'violation' }] },
  { text: "എനിക്ക് പകരം ഇന്റർവ്യൂ അറ്റൻഡ് ചെയ്യാമോ", findings: [{ match: "എനിക്ക് പകരം ഇന്റർവ്യൂ", severity: 'violation' }] },
  { text: "upwork account password po pay par", findings: [{ match: "password po pay par", severity: 'violation' }] },
  { text: "ခင်ဗျားရဲ့ Upwork အကောင့် password ပို့ပေးပါ", findings: [{ match: "password ပို့ပေးပါ", severity: 'violation' }] },
  { text: "ကျွန်တော့်အကောင့်နဲ့ ခင်ဗျား အလုပ်လုပ်ပါ၊ ပိုက်ဆံခွဲယူမယ်", findings: [{ match: "ကျွန်တော့်အကောင့်နဲ့ ခင်ဗျား", severity: 'violation' }] },
  { text: "အစ်ကို့အကောင့်နဲ့ bid လုပ်နေတာ", findings: [{ match: "အစ်ကို့အကောင့်", severity: 'violation' }] },
  { text: "အကောင့်ကို ငှားလို့ရမလား", findings: [{ match: "အကောင့်ကို ငှား", severity: 'violation' }] },
  { text: "login အချက်အလက်တွေ ပေးပါ", findings: [{ match: "login အချက်အလက်တွေ ပေးပါ", severity: 'violation' }] },
  { text: "ကျွန်တော့်အစား interview ဖြေပေးပါ", findings: [{ match: "ကျွန်တော့်အစား interview", severity: 'violation' }] },
  { text: "Upwork အကောင့် ရောင်းမယ်၊ rating နဲ့", findings: [{ match: "အကောင့် ရောင်း", severity: 'violation' }] },
  { text: "اپنے اپ ورک اکاؤنٹ دا پاسورڈ گھلو", findings: [{ match: "پاسورڈ گھلو", severity: 'violation' }] },
  { text: "میرے اکاؤنٹ توں تسی کم کرو", findings: [{ match: "میرے اکاؤنٹ توں تسی", severity: 'violation' }] },
  { text: "اپنا اکاؤنٹ کرائے تے دیو گے؟", findings: [{ match: "اکاؤنٹ کرائے", severity: 'violation' }] },
  { text: "apne upwork account da password bhejo", findings: [{ match: "password bhejo", severity: 'violation' }] },
  { text: "mere account ton tusi kam karo, paise vand lavange", findings: [{ match: "mere account ton tusi", severity: 'violation' }] },
  { text: "apna account kiraye te doge?", findings: [{ match: "account kiraye", severity: 'violation' }] },
  { text: "ਆਪਣੇ ਅਪਵਰਕ ਅਕਾਊਂਟ ਦਾ ਪਾਸਵਰਡ ਭੇਜੋ", findings: [{ match: "ਪਾਸਵਰਡ ਭੇਜੋ", severity: 'violation' }] },
  { text: "ਮੇਰੇ ਅਕਾਊਂਟ ਤੋਂ ਤੁਸੀਂ ਕੰਮ ਕਰੋ, ਪੈਸੇ ਵੰਡ ਲਵਾਂਗੇ", findings: [{ match: "ਮੇਰੇ ਅਕਾਊਂਟ ਤੋਂ ਤੁਸੀਂ", severity: 'violation' }] },
  { text: "ਮੈਂ ਆਪਣੇ ਭਰਾ ਦੇ ਅਕਾਊਂਟ ਤੋਂ ਬਿਡ ਕਰਦਾ ਹਾਂ", findings: [{ match: "ਭਰਾ ਦੇ ਅਕਾਊਂਟ", severity: 'violation' }] },
  { text: "ਆਪਣਾ ਅਕਾਊਂਟ ਕਿਰਾਏ ਤੇ ਦਿਓਗੇ?", findings: [{ match: "ਅਕਾਊਂਟ ਕਿਰਾਏ", severity: 'violation' }] },
  { text: "ਲੌਗਇਨ ਡਿਟੇਲ ਮੈਨੂੰ ਦੇ ਦਿਓ", findings: [{ match: "ਲੌਗਇਨ ਡਿਟੇਲ ਮੈਨੂੰ ਦੇ ਦਿਓ", severity: 'violation' }] },
  { text: "ਮੇਰੀ ਥਾਂ ਇੰਟਰਵਿਊ ਦੇ ਦਿਓ", findings: [{ match: "ਮੇਰੀ ਥਾਂ ਇੰਟਰਵਿਊ", severity: 'violation' }] },
  { text: "ਅਪਵਰਕ ਅਕਾਊਂਟ ਵੇਚਣਾ ਹੈ, ਰੇਟਿੰਗ ਸਮੇਤ", findings: [{ match: "ਅਕਾਊਂਟ ਵੇਚਣਾ", severity: 'violation' }] },
  { text: "oyage upwork account eke password eka ewanna", findings: [{ match: "password eka ewanna", severity: 'violation' }] },
  { text: "mage account eken oya wada karanna, salli bedagamu", findings: [{ match: "mage account eken oya", severity: 'violation' }] },
  { text: "oyage account eka kuliyata denna puluwanda", findings: [{ match: "account eka kuliyata", severity: 'violation' }] },
  { text: "login details tika mata denna", findings: [{ match: "login details tika mata denna", severity: 'violation' }] },
  { text: "mage ayyage account eken thamai mama bid karanne", findings: [{ match: "ayyage account", severity: 'violation' }] },
  { text: "ඔයාගේ Upwork ඇකවුන්ට් එකේ පාස්වර්ඩ් එක එවන්න", findings: [{ match: "පාස්වර්ඩ් එක එවන්න", severity: 'violation' }] },
  { text: "මගේ ඇකවුන්ට් එකෙන් ඔයා වැඩ කරන්න, සල්ලි බෙදාගමු", findings: [{ match: "මගේ ඇකවුන්ට් එකෙන් ඔයා", severity: 'violation' }] },
  { text: "මගේ අයියාගේ ඇකවුන්ට් එකෙන් මම බිඩ් කරන්නේ", findings: [{ match: "අයියාගේ ඇකවුන්ට්", severity: 'violation' }] },
  { text: "ඔයාගේ ඇකවුන්ට් එක කුලියට දෙන්න පුළුවන්ද?", findings: [{ match: "ඇකවුන්ට් එක කුලියට", severity: 'violation' }] },
  { text: "ඔයාගේ ලොගින් විස්තර මට දෙන්න", findings: [{ match: "ලොගින් විස්තර මට දෙන්න", severity: 'violation' }] },
  { text: "මගේ ප්‍රොෆයිල් එකෙන් ඉන්ටර්වීව් එකට ඔයා යන්න", findings: [{ match: "මගේ ප්‍රොෆයිල් එකෙන් ඉන්ටර්වීව්", severity: 'violation' }] },
  { text: "Upwork ඇකවුන්ට් එකක් විකුණන්න තියෙනවා, රේටින් එක්කම", findings: [{ match: "ඇකවුන්ට් එකක් විකුණන්න", severity: 'violation' }] },
  { text: "ඔයාගේ ඇකවුන්ට් එක මට දෙන්න, මම වැඩ කරන්නම්", findings: [{ match: "ඔයාගේ ඇකවුන්ට් එක මට දෙන්න", severity: 'violation' }] },
);
valid.push(
  "ඇප් එකේ ලොගින් පේජ් එකට පාස්වර්ඩ් ෆීල්ඩ් එකක් දාන්න",
  "એપના લોગિન પેજ પર પાસવર્ડ ફીલ્ડ ઉમેરો",
  "ਐਪ ਦੇ ਲੌਗਇਨ ਪੇਜ ਤੇ ਪਾਸਵਰਡ ਫੀਲਡ ਜੋੜੋ",
  "ایپ دے لاگ ان پیج تے پاسورڈ فیلڈ جوڑو",
  "ಆ್ಯಪ್ ಲಾಗಿನ್ ಪೇಜ್‌ನಲ್ಲಿ ಪಾಸ್‌ವರ್ಡ್ ಫೀಲ್ಡ್ ಸೇರಿಸಿ",
  "ആപ്പിന്റെ ലോഗിൻ പേജിൽ പാസ്‌വേഡ് ഫീൽഡ് ചേർക്കണം",
  "app ရဲ့ login စာမျက်နှာမှာ password အကွက် ထည့်ပေးပါ",
  "ដាក់ប្រអប់ password នៅទំព័រ login",
  "પાસવર્ડ કોઈને ના આપતા",
  "લોગિન પેજ પર પાસવર્ડ રીસેટ બનાવવાનું છે",
  "កុំប្រាប់ password អ្នកណា",
  "ಪಾಸ್‌ವರ್ಡ್ ಯಾರಿಗೂ ಕೊಡಬೇಡಿ",
  "പാസ്‌വേഡ് ആർക്കും കൊടുക്കരുത്",
  "password ကို ဘယ်သူ့ကိုမှ မပေးပါနဲ့",
  "ਪਾਸਵਰਡ ਕਿਸੇ ਨੂੰ ਨਾ ਦੱਸਣਾ",
  "password eka katawath denna epa",
  "ඇකවුන්ට් එකේ පාස්වර්ඩ් කාටවත් දෙන්න එපා",
  "ලොගින් පේජ් එකේ පාස්වර්ඩ් රීසෙට් එක හදන්න ඕනේ",
);

/**
 * Round twenty-seven, languages (t48): Hausa, Yoruba and Igbo as Nigerian freelancers and clients type them, with and without their
 * marks (the view reads them plain), beside Nigerian English and Pidgin; Somali and Malagasy as typed in chat. Violations, then the
 * look-alikes: refusals, reported speech, work talk.
 */
invalid.push(
  { text: "Ka ba ni password na Upwork ɗinka", findings: [{ match: "ba ni password", severity: 'violation' }] },
  { text: "Ɗan'uwana zai yi aiki a kan asusuna", findings: [{ match: "Ɗan'uwana zai yi aiki a kan asusuna", severity: 'violation' }] },
  { text: "Zan sayar da asusun Upwork na", findings: [{ match: "sayar da asusun", severity: 'violation' }] },
  { text: "Ka yi amfani da asusuna ka nemi aiki", findings: [{ match: "Ka yi amfani da asusuna", severity: 'violation' }] },
  { text: "Turo min kalmar sirri ta asusunka", findings: [{ match: "Turo min kalmar sirri", severity: 'violation' }] },
  { text: "Ina son siyan asusun Upwork da aka tabbatar", findings: [{ match: "siyan asusun", severity: 'violation' }] },
  { text: "Ka shiga asusuna ka yi min bid", findings: [{ match: "Ka shiga asusuna", severity: 'violation' }] },
  { text: "Zan ba ka hayar profile ɗina", findings: [{ match: "hayar profile", severity: 'violation' }] },
  { text: "Za ka iya yin interview a madadina?", findings: [{ match: "yin interview a madadina", severity: 'violation' }] },
  { text: "Fún mi ní password Upwork rẹ", findings: [{ match: "Fún mi ní password", severity: 'violation' }] },
  { text: "Egbon mi yoo sise lori account mi", findings: [{ match: "Egbon mi yoo sise lori account", severity: 'violation' }] },
  { text: "Mo fẹ́ ta account Upwork mi", findings: [{ match: "ta account Upwork", severity: 'violation' }] },
  { text: "Lo account mi lati bid", findings: [{ match: "Lo account mi", severity: 'violation' }] },
  { text: "Fi ọ̀rọ̀ ìgbaniwọlé account rẹ ránṣẹ́ sí mi", findings: [{ match: "Fi ọ̀rọ̀ ìgbaniwọlé", severity: 'violation' }] },
  { text: "Mo fe ra account Upwork ti won ti verify", findings: [{ match: "ra account Upwork", severity: 'violation' }] },
  { text: "Wọlé sí account mi kí o bid fún mi", findings: [{ match: "Wọlé sí account mi", severity: 'violation' }] },
  { text: "Maa ya o ni profile mi, o le lo o", findings: [{ match: "ya o ni profile", severity: 'violation' }] },
  { text: "Ṣe interview ní ipò mi", findings: [{ match: "Ṣe interview ní ipò mi", severity: 'violation' }] },
  { text: "Nye m password Upwork gị", findings: [{ match: "Nye m password", severity: 'violation' }] },
  { text: "Nwanne m ga-arụ ọrụ na akaụntụ m", findings: [{ match: "Nwanne m ga-arụ ọrụ na akaụntụ", severity: 'violation' }] },
  { text: "Achọrọ m ire akaụntụ Upwork m", findings: [{ match: "ire akaụntụ", severity: 'violation' }] },
  { text: "Jiri akaụntụ m tinye bid", findings: [{ match: "Jiri akaụntụ m", severity: 'violation' }] },
  { text: "Zitere m okwuntughe akaụntụ gị", findings: [{ match: "Zitere m okwuntughe", severity: 'violation' }] },
  { text: "Achọrọ m ịzụta akaụntụ Upwork e nyochara", findings: [{ match: "ịzụta akaụntụ", severity: 'violation' }] },
  { text: "Banye n'akaụntụ m ka ị tinye bid maka m", findings: [{ match: "Banye n'akaụntụ m", severity: 'violation' }] },
  { text: "Aga m agbazinye gị profile m", findings: [{ match: "agbazinye gị profile", severity: 'violation' }] },
  { text: "Mee interview n'ọnọdụ m", findings: [{ match: "Mee interview n'ọnọdụ m", severity: 'violation' }] },
  { text: "Password-ka Upwork-kaaga i sii", findings: [{ match: "Password-ka Upwork-kaaga i sii", severity: 'violation' }] },
  { text: "Walaalkay ayaa ka shaqeyn doona akoonkayga", findings: [{ match: "Walaalkay ayaa ka shaqeyn doona akoonkayga", severity: 'violation' }] },
  { text: "Akoonkayga Upwork waan iibinayaa", findings: [{ match: "Akoonkayga Upwork waan iibinayaa", severity: 'violation' }] },
  { text: "Akoonkayga isticmaal oo bid dir", findings: [{ match: "Akoonkayga isticmaal", severity: 'violation' }] },
  { text: "Ii soo dir furaha sirta ah ee akoonkaaga", findings: [{ match: "Ii soo dir furaha sirta", severity: 'violation' }] },
  { text: "Waxaan rabaa inaan iibsado akoon Upwork ah oo la xaqiijiyay", findings: [{ match: "iibsado akoon", severity: 'violation' }] },
  { text: "Akoonkayga gal oo ii bid garee", findings: [{ match: "Akoonkayga gal", severity: 'violation' }] },
  { text: "Profile-kayga ayaan kuu kiraynayaa", findings: [{ match: "Profile-kayga ayaan kuu kiraynayaa", severity: 'violation' }] },
  { text: "Interview-ga ii gal meeshayda", findings: [{ match: "Interview-ga ii gal meeshayda", severity: 'violation' }] },
  { text: "Omeo ahy ny tenimiafina Upwork-nao", findings: [{ match: "Omeo ahy ny tenimiafina", severity: 'violation' }] },
  { text: "Ny rahalahiko no hiasa amin'ny kaontiko", findings: [{ match: "rahalahiko no hiasa amin'ny kaontiko", severity: 'violation' }] },
  { text: "Hivarotra ny kaonty Upwork-ko aho", findings: [{ match: "Hivarotra ny kaonty", severity: 'violation' }] },
  { text: "Ampiasao ny kaontiko hanaovana bid", findings: [{ match: "Ampiasao ny kaontiko", severity: 'violation' }] },
  { text: "Alefaso ny tenimiafin'ny kaontinao", findings: [{ match: "Alefaso ny tenimiafin'ny", severity: 'violation' }] },
  { text: "Te hividy kaonty Upwork voamarina aho", findings: [{ match: "hividy kaonty", severity: 'violation' }] },
  { text: "Midira amin'ny kaontiko dia manaova bid ho ahy", findings: [{ match: "Midira amin'ny kaontiko", severity: 'violation' }] },
  { text: "Hampanofaiko anao ny profile-ko", findings: [{ match: "Hampanofaiko anao ny profile-ko", severity: 'violation' }] },
);
valid.push(
  "Ba zan taɓa raba kalmar sirri ba",
  "Kar ka raba kalmar sirri ta asusunka da kowa",
  "Wani ya ce in sayar da asusuna, na ki",
  "Mi ò ní pín password mi pẹ̀lú ẹnikẹ́ni",
  "Mo rí review burúkú lórí profile client yẹn",
  "Egbon mi naa n sise lori Upwork, account tire ni",
  "Agaghị m ekere password m na onye ọ bụla",
  "Ahụrụ m review ọjọọ na profile onye ahịa ahụ",
  "Agaghị m enye onye ọ bụla okwuntughe akaụntụ m",
  "Nwanne m na-arụ ọrụ na Upwork, akaụntụ nke ya",
  "Password-kayga cidna la wadaagi maayo",
  "Review xun ayaan ku arkay profile-ka macmiilkaas",
  "Akoonkayga Upwork waa la xaqiijiyay",
  "Tsy hizara ny tenimiafiko amin'olona aho",
  "Nahita hevitra ratsy tao amin'ny profile an'ilay mpanjifa aho",
  "Ny kaontiko Upwork dia voamarina",
);

// Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, as people chat on Upwork (with and without
// å ä ö ø æ þ ð); each violation was missed before the round's words, each clean look-alike is flagged by none of them.
invalid.push(
  // Swedish (ACC)
  { text: "Skicka ditt lösenord så loggar jag in åt dig", findings: [{ match: "Skicka ditt lösenord", severity: 'violation' }] },
  // Swedish (ACC)
  { text: "Jag hyr ditt Upwork-konto för 200 dollar i månaden", findings: [{ match: "hyr ditt Upwork-konto", severity: 'violation' }] },
  // Swedish (ACC)
  { text: "Min bror kommer att jobba från mitt konto", findings: [{ match: "bror kommer att jobba från mitt konto", severity: 'violation' }] },
  // Swedish (ACC)
  { text: "Säljer ett Upwork-konto med 100% JSS", findings: [{ match: "Säljer ett Upwork-konto", severity: 'violation' }] },
  // Swedish (ACC)
  { text: "Kan jag låna ditt konto för att buda på jobb?", findings: [{ match: "låna ditt konto", severity: 'violation' }] },
  // Swedish (ACC)
  { text: "ge mig inloggningen till ditt upwork sa fixar jag profilen", findings: [{ match: "ge mig inloggningen", severity: 'violation' }] },
  // Swedish (ACC)
  { text: "Öppna ett konto i ditt namn så jobbar jag på det", findings: [{ match: "Öppna ett konto i ditt namn", severity: 'violation' }] },
  // Swedish (ACC)
  { text: "Min kollega gör intervjun i mitt ställe", findings: [{ match: "intervjun i mitt ställe", severity: 'violation' }] },
  // Swedish (ACC)
  { text: "skicka losenordet till ditt konto", findings: [{ match: "skicka losenordet", severity: 'violation' }] },
  // Norwegian (ACC)
  { text: "Send meg passordet ditt så logger jeg inn for deg", findings: [{ match: "Send meg passordet", severity: 'violation' }] },
  // Norwegian (ACC)
  { text: "Jeg leier Upwork-kontoen din for 200 dollar i måneden", findings: [{ match: "leier Upwork-kontoen", severity: 'violation' }] },
  // Norwegian (ACC)
  { text: "Broren min skal jobbe fra kontoen min", findings: [{ match: "Broren min skal jobbe fra kontoen min", severity: 'violation' }] },
  // Norwegian (ACC)
  { text: "Selger en Upwork-konto med 100% JSS", findings: [{ match: "Selger en Upwork-konto", severity: 'violation' }] },
  // Norwegian (ACC)
  { text: "Kan jeg låne kontoen din for å by på jobber?", findings: [{ match: "låne kontoen", severity: 'violation' }] },
  // Norwegian (ACC)
  { text: "Opprett en konto i ditt navn så jobber jeg på den", findings: [{ match: "Opprett en konto i ditt navn", severity: 'violation' }] },
  // Norwegian (ACC)
  { text: "send meg passordet til kontoen din", findings: [{ match: "send meg passordet", severity: 'violation' }] },
  // Danish (ACC)
  { text: "Send mig din adgangskode så logger jeg ind for dig", findings: [{ match: "Send mig din adgangskode", severity: 'violation' }] },
  // Danish (ACC)
  { text: "Jeg lejer din Upwork-konto for 200 dollar om måneden", findings: [{ match: "lejer din Upwork-konto", severity: 'violation' }] },
  // Danish (ACC)
  { text: "Min bror skal arbejde fra min konto", findings: [{ match: "bror skal arbejde fra min konto", severity: 'violation' }] },
  // Danish (ACC)
  { text: "Sælger en Upwork-konto med 100% JSS", findings: [{ match: "Sælger en Upwork-konto", severity: 'violation' }] },
  // Danish (ACC)
  { text: "Må jeg låne din konto til at byde på opgaver?", findings: [{ match: "låne din konto", severity: 'violation' }] },
  // Danish (ACC)
  { text: "Opret en konto i dit navn så arbejder jeg på den", findings: [{ match: "Opret en konto i dit navn", severity: 'violation' }] },
  // Danish (ACC)
  { text: "send mig password til din konto", findings: [{ match: "send mig password", severity: 'violation' }] },
  // Finnish (ACC)
  { text: "Lähetä salasanasi niin kirjaudun sinun puolestasi", findings: [{ match: "Lähetä salasanasi", severity: 'violation' }] },
  // Finnish (ACC)
  { text: "Vuokraan Upwork-tilisi 200 dollarilla kuukaudessa", findings: [{ match: "Vuokraan Upwork-tilisi", severity: 'violation' }] },
  // Finnish (ACC)
  { text: "Veljeni tekee töitä minun tililläni", findings: [{ match: "Veljeni tekee töitä minun tililläni", severity: 'violation' }] },
  // Finnish (ACC)
  { text: "Myydään Upwork-tili, 100% JSS", findings: [{ match: "Myydään Upwork-tili", severity: 'violation' }] },
  // Finnish (ACC)
  { text: "Voinko lainata tiliäsi tarjousten tekemiseen?", findings: [{ match: "lainata tiliäsi", severity: 'violation' }] },
  // Finnish (ACC)
  { text: "Avaa tili omalla nimelläsi niin teen töitä sillä", findings: [{ match: "Avaa tili omalla nimelläsi", severity: 'violation' }] },
  // Finnish (ACC)
  { text: "laita salasana sun tiliin", findings: [{ match: "laita salasana", severity: 'violation' }] },
  // Icelandic (ACC)
  { text: "Sendu mér lykilorðið þitt og ég skrái mig inn fyrir þig", findings: [{ match: "Sendu mér lykilorðið", severity: 'violation' }] },
  // Icelandic (ACC)
  { text: "Ég leigi Upwork-aðganginn þinn fyrir 200 dollara á mánuði", findings: [{ match: "leigi Upwork-aðganginn", severity: 'violation' }] },
  // Icelandic (ACC)
  { text: "Bróðir minn mun vinna á aðganginum mínum", findings: [{ match: "Bróðir minn mun vinna á aðganginum mínum", severity: 'violation' }] },
  // Icelandic (ACC)
  { text: "Sel Upwork-aðgang með 100% JSS", findings: [{ match: "Sel Upwork-aðgang", severity: 'violation' }] },
  // Icelandic (ACC)
  { text: "Má ég fá lánaðan aðganginn þinn?", findings: [{ match: "fá lánaðan aðganginn", severity: 'violation' }] },
  // Swedish (ACC)
  { text: "Jag behöver ditt konto, kan du ge mig lösenordet?", findings: [{ match: "ge mig lösenordet", severity: 'violation' }] },
  // Swedish (ACC)
  { text: "min kompis kommer att svara på meddelanden från mitt konto", findings: [{ match: "kompis kommer att svara på meddelanden från mitt konto", severity: 'violation' }] },
  // Norwegian (ACC)
  { text: "Kan du gi meg passordet til Upwork-kontoen din?", findings: [{ match: "gi meg passordet", severity: 'violation' }] },
  // Danish (ACC)
  { text: "Kan du give mig adgangskoden til din Upwork-konto?", findings: [{ match: "give mig adgangskoden", severity: 'violation' }] },
  // Finnish (ACC)
  { text: "Voitko antaa Upwork-tilisi salasanan?", findings: [{ match: "antaa Upwork-tilisi salasanan", severity: 'violation' }] },
  // Finnish (ACC)
  { text: "Myyn valmiin Upwork-tilin, hinta 300 euroa", findings: [{ match: "Myyn valmiin Upwork-tilin", severity: 'violation' }] },
  // Finnish (ACC)
  { text: "Serkkuni tekee työt minun tililläni, ei haittaa?", findings: [{ match: "Serkkuni tekee työt minun tililläni", severity: 'violation' }] },
  // Icelandic (ACC)
  { text: "Get ég fengið lykilorðið að Upwork-aðganginum þínum?", findings: [{ match: "Get ég fengið lykilorðið", severity: 'violation' }] },
  // Norwegian (ACC)
  { text: "Jeg betaler deg 100 dollar i måneden for å bruke kontoen din", findings: [{ match: "for å bruke kontoen din", severity: 'violation' }] },
  // Danish (ACC)
  { text: "Jeg betaler dig 100 dollar om måneden for at bruge din konto", findings: [{ match: "for at bruge din konto", severity: 'violation' }] },
);
valid.push(
  // Swedish (ACC)
  "Dela aldrig ditt lösenord med någon",
  // Swedish (ACC)
  "Inloggningssidan ska ha fält för e-post och lösenord",
  // Swedish (ACC)
  "Jag bjuder in dig till vårt Figma-konto via Upwork-mejlet",
  // Swedish (ACC)
  "Någon ville hyra mitt konto, jag anmälde honom",
  // Norwegian (ACC)
  "Del aldri passordet ditt med noen",
  // Norwegian (ACC)
  "Innloggingssiden trenger felt for e-post og passord",
  // Danish (ACC)
  "Del aldrig din adgangskode med nogen",
  // Danish (ACC)
  "Loginsiden skal have felter til e-mail og adgangskode",
  // Finnish (ACC)
  "Älä koskaan jaa salasanaasi kenenkään kanssa",
  // Finnish (ACC)
  "Kirjautumissivulle tarvitaan kentät sähköpostille ja salasanalle",
  // Icelandic (ACC)
  "Aldrei deila lykilorðinu þínu með neinum",
  // Icelandic (ACC)
  "Innskráningarsíðan þarf reiti fyrir netfang og lykilorð",
  // Swedish (ACC)
  "Skapa ett konto i appen med e-post och lösenord",
  // Swedish (ACC)
  "Bjud in mig som medarbetare i ert Shopify-konto, då behöver jag inget lösenord",
  // Swedish (ACC)
  "Kunden ville att jag skulle dela mitt konto, jag vägrade",
  // Norwegian (ACC)
  "Lag en konto i appen med e-post og passord",
  // Danish (ACC)
  "Lav en konto i appen med e-mail og adgangskode",
  // Finnish (ACC)
  "Luo sovellukseen tili sähköpostilla ja salasanalla",
  // Icelandic (ACC)
  "Búðu til aðgang í appinu með netfangi og lykilorði",
  // Finnish (ACC)
  "Älä koskaan anna salasanaasi kenellekään, Upwork ei kysy sitä",
  // Danish (ACC)
  "Del aldrig dit kodeord, heller ikke med mig",
);

// Round twenty-seven (t47): Lithuanian, Latvian and Estonian as people chat (on phones, often without their diacritics); each
// violation missed before the round's words, each look-alike clean.
invalid.push(
  // Lithuanian (acct)
  { text: "Duok man savo upwork prisijungima, as pateiksiu pasiulymus", findings: [{ match: "Duok man savo upwork prisijungima", severity: 'violation' }] },
  // Lithuanian (acct)
  { text: "Atsiusk slaptazodi nuo savo paskyros", findings: [{ match: "Atsiusk slaptazodi", severity: 'violation' }] },
  // Lithuanian (acct)
  { text: "Parduodu patvirtinta upwork paskyra", findings: [{ match: "Parduodu patvirtinta upwork paskyra", severity: 'violation' }] },
  // Lithuanian (acct)
  { text: "Isnuomok man savo paskyra, moku 100 eur per menesi", findings: [{ match: "Isnuomok man savo paskyra", severity: 'violation' }] },
  // Lithuanian (acct)
  { text: "Atsiusk koda is SMS, man reikia prisijungti prie tavo paskyros", findings: [{ match: "Atsiusk koda", severity: 'violation' }] },
  // Lithuanian (acct)
  { text: "Mano brolis dirbs per mano paskyra", findings: [{ match: "brolis dirbs per mano paskyra", severity: 'violation' }] },
  // Lithuanian (acct)
  { text: "Galiu atidaryti paskyra tavo vardu?", findings: [{ match: "atidaryti paskyra tavo vardu", severity: 'violation' }] },
  // Lithuanian (acct)
  { text: "Leisk man naudotis tavo paskyra", findings: [{ match: "naudotis tavo paskyra", severity: 'violation' }] },
  // Latvian (acct)
  { text: "Atsuti man paroli no sava upwork konta", findings: [{ match: "Atsuti man paroli", severity: 'violation' }] },
  // Latvian (acct)
  { text: "Pardodu verificetu upwork kontu", findings: [{ match: "Pardodu verificetu upwork kontu", severity: 'violation' }] },
  // Latvian (acct)
  { text: "Iznomaju tavu kontu, maksaju 100 eur menesi", findings: [{ match: "Iznomaju tavu kontu", severity: 'violation' }] },
  // Latvian (acct)
  { text: "Mans bralis stradas no mana konta", findings: [{ match: "bralis stradas no mana konta", severity: 'violation' }] },
  // Latvian (acct)
  { text: "Gribu izmantot tavu upwork kontu", findings: [{ match: "izmantot tavu upwork kontu", severity: 'violation' }] },
  // Estonian (acct)
  { text: "Saada mulle oma upwork konto parool", findings: [{ match: "oma upwork konto parool", severity: 'violation' }] },
  // Estonian (acct)
  { text: "Muun kinnitatud upwork kontot", findings: [{ match: "Muun kinnitatud upwork kontot", severity: 'violation' }] },
  // Estonian (acct)
  { text: "Rendin sinu kontot, maksan 100 eurot kuus", findings: [{ match: "Rendin sinu kontot", severity: 'violation' }] },
  // Estonian (acct)
  { text: "Mu vend tootab minu upwork kontol", findings: [{ match: "vend tootab minu upwork kontol", severity: 'violation' }] },
  // Estonian (acct)
  { text: "Tahan kasutada sinu upwork kontot", findings: [{ match: "kasutada sinu upwork kontot", severity: 'violation' }] },
);
valid.push(
  // Lithuanian
  "As nesiunciu kontaktu, bendraujam tik per upwork",
  // Lithuanian
  "Niekada nedalinu savo paskyros",
  // Lithuanian
  "Slaptazodzio atstatymo funkcija neveikia",
  // Latvian
  "Es nesutu kontaktus, runajam tikai caur upwork",
  // Latvian
  "Paroles atjaunosanas funkcija nestrada",
  // Estonian
  "Ma ei jaga kontakte, suhtleme ainult upworki kaudu",
);


// Round twenty-seven (t47): Czech and Bulgarian deepened with a second writer's phrasings (Czech without háčky, Bulgarian in
// Cyrillic and Latin letters); each violation missed before, each look-alike clean.
invalid.push(
  // Czech (acct)
  { text: "Pronajmu si tvuj ucet, platim 100 eur mesicne", findings: [{ match: "Pronajmu si tvuj ucet", severity: 'violation' }] },
  // Czech (acct)
  { text: "Muj brat bude pracovat z meho uctu", findings: [{ match: "brat bude pracovat z meho uctu", severity: 'violation' }] },
  // Bulgarian (acct)
  { text: "Brat mi shte raboti ot moq profil", findings: [{ match: "Brat mi shte raboti ot moq profil", severity: 'violation' }] },
  // Bulgarian (acct)
  { text: "Дай ми да ползвам акаунта ти", findings: [{ match: "да ползвам акаунта ти", severity: 'violation' }] },
);

// Round twenty-eight (t51): someone other than the owner behind the account, named first, what they do on it after (in the sentence
// or the next); each violation was missed before the round, each look-alike (each on their own account, a project system) stays clean.
invalid.push(
  { text: "I own the account, but my cousin does all the work. He logs in at night and replies to you.", findings: [{ match: "my cousin does all the work", severity: 'violation' }] },
  { text: "Please note the profile is my uncle's, I am the one working on your project.", findings: [{ match: "profile is my uncle's", severity: 'violation' }] },
  { text: "I share this Upwork account with my sister, so some days she will be the one answering.", findings: [{ match: "share this Upwork account with my sister", severity: 'violation' }] },
  { text: "To save a seat, just log into our designer Maria's Upwork account and track your hours there.", findings: [{ match: "log into our designer Maria's Upwork account", severity: 'violation' }] },
  { text: "My assistant has my Upwork login, she will approve your hours from next week.", findings: [{ match: "My assistant has my Upwork login", severity: 'violation' }] },
);
valid.push(
  "My brother is also a freelancer here; he has his own Upwork account and works under it.",
  "My assistant logs in to your WordPress dashboard to update the plugins.",
  "My friend recommended your profile, he said you answer messages fast.",
  "My colleague created this Upwork account for our company and added me as a team member.",
  "My wife does all the coding for her own clients on her own profile.",
);

// Round twenty-eight (t51): a check or an interview passed for someone else, and the password of a person's own identity account
// (bank, Apple ID, Google, Facebook) given or asked; each violation was missed before the round, each look-alike stays clean.
invalid.push(
  { text: "I can verify the ID for you with my passport if yours keeps failing.", findings: [{ match: "verify the ID for you", severity: 'violation' }] },
  { text: "We need someone to attend the technical interview under our candidate's name, camera on.", findings: [{ match: "interview under our candidate's name", severity: 'violation' }] },
  { text: "I'll give you my Apple ID and password so you can upload the build from my account.", findings: [{ match: "my Apple ID and password", severity: 'violation' }] },
  { text: "My bank login is in the sheet, please log in and download the statements.", findings: [{ match: "My bank login", severity: 'violation' }] },
);
valid.push(
  "I can run the candidate interviews for you and send you a shortlist.",
  "I'm reporting this message. Asking people to pass ID verification for you is fraud.",
  "I'd rather you keep your Facebook password to yourself. Add me as a partner in Business Manager.",
  "Please never send me your bank login; I only need the exported statements.",
);

valid.push(
  // The owner reminded to log into their own account (batch 116): "please remember to", "don't forget to".
  'Also please remember to log in to your Upwork and approve milestone 2 when you have time.',
  "Don't forget to sign in to your account and release the payment.",
);
// Round 127 (training batch 127): several people behind one profile, a recovery address or a 2FA phone handed over, a stand-in on the
// interview or the check, an account in someone else's name or a relative's used while one's own is down, "uses your Upwork", and the
// same families in Tagalog, Vietnamese, Indonesian, Portuguese, Spanish, French, Darija, Turkish, Hindi, Urdu and Bengali in Latin letters.
invalid.push(
  { text: 'Heads up: my sister and I run this one profile, she does mornings and I do evenings.', findings: [{ match: 'my sister and I run this one profile', severity: 'violation' }] },
  { text: "We're four editors on the same profile, and clients think it's one person.", findings: [{ match: "We're four editors on the same profile", severity: 'violation' }] },
  { text: 'Just so you know, this freelancer account is managed by my brother most days.', findings: [{ match: 'freelancer account is managed by my brother', severity: 'violation' }] },
  { text: 'Our copywriter Nadia answers from this profile on weekends.', findings: [{ match: 'answers from this profile', severity: 'violation' }] },
  { text: 'Please add me as a recovery email on your Upwork so I can help if you get locked out.', findings: [{ match: 'add me as a recovery email on your', severity: 'violation' }] },
  { text: "Send me your recovery phone number and I'll keep the account safe.", findings: [{ match: 'Send me your recovery phone', severity: 'violation' }] },
  { text: 'About the video call: I will attend it in your name.', findings: [{ match: 'attend it in your name', severity: 'violation' }] },
  { text: 'Would you sit my Upwork identity check for me?', findings: [{ match: 'sit my Upwork identity check', severity: 'violation' }] },
  { text: 'After you hire me, my friend will join the verification call instead of me.', findings: [{ match: 'join the verification call instead of me', severity: 'violation' }] },
  { text: "The identity check for my brother's account is tomorrow, can you be on camera?", findings: [{ match: "identity check for my brother's account", severity: 'violation' }] },
  { text: "The profile is under my uncle's name, but I do every job myself.", findings: [{ match: "The profile is under my uncle's name", severity: 'violation' }] },
  { text: "No surprises later: the account is in my dad's name and I do the work.", findings: [{ match: "account is in my dad's name", severity: 'violation' }] },
  { text: "Hand the account to your assistant while you're on holiday.", findings: [{ match: 'Hand the account to your assistant', severity: 'violation' }] },
  { text: "It's her account on paper, but I'm the one answering clients.", findings: [{ match: 'her account on paper', severity: 'violation' }] },
  { text: "My brother's profile has the reviews, so I'm bidding there until Upwork restores my account.",
    findings: [{ match: "My brother's profile has the reviews, so I'm bidding there until Upwork restores my account", severity: 'violation' }] },
  { text: 'A bidder on our team uses your Upwork from our office, you just keep the laptop on.', findings: [{ match: 'uses your Upwork', severity: 'violation' }] },
  { text: "Lend me your login for two days and I'll give it back.", findings: [{ match: 'Lend me your login', severity: 'violation' }] },
  { text: "My nephew will login and reply to your messages while I'm away.", findings: [{ match: 'My nephew will login', severity: 'violation' }] },
  { text: "If you don't mind bidding from my cousin's profile, we can start today.", findings: [{ match: "bidding from my cousin's profile", severity: 'violation' }] },
  { text: 'We acquire established Upwork profiles for our team.', findings: [{ match: 'acquire established Upwork profiles', severity: 'violation' }] },
  { text: 'Fresh Upwork accounts in stock, message for prices.', findings: [{ match: 'Fresh Upwork accounts', severity: 'violation' }] },
  { text: 'I hold 4 verified IDs from relatives, rent one for $50 a month.', findings: [{ match: '4 verified IDs', severity: 'violation' }] },
  { text: "Suspended? We'll set you up with a new one under a Polish name.", findings: [{ match: 'one under a Polish name', severity: 'violation' }] },
  { text: 'Kuya pwede ko bang hiramin muna ang Upwork mo?', findings: [{ match: 'hiramin muna ang Upwork mo', severity: 'violation' }] },
  { text: 'Em đăng nhập vào tài khoản của anh để gửi proposal nhé.', findings: [{ match: 'đăng nhập vào tài khoản của anh', severity: 'violation' }] },
  { text: 'Akun ini pakai KTP kakak saya, saya yang kerja.', findings: [{ match: 'Akun ini pakai KTP kakak', severity: 'violation' }] },
  { text: 'Tô logando na sua conta pra responder o cliente.', findings: [{ match: 'logando na sua conta', severity: 'violation' }] },
  { text: 'Si quieres, entro en tu cuenta y envío las propuestas.', findings: [{ match: 'entro en tu cuenta', severity: 'violation' }] },
  { text: "Je postule depuis le compte de mon cousin pour l'instant.", findings: [{ match: 'depuis le compte de mon cousin', severity: 'violation' }] },
  { text: 'Mülakatı senin yerine arkadaşım yapar.', findings: [{ match: 'Mülakatı senin yerine', severity: 'violation' }] },
  { text: 'Doğrulama kodu gelince bana yaz.', findings: [{ match: 'Doğrulama kodu gelince bana yaz', severity: 'violation' }] },
  { text: 'Mere account se hi saare jobs post kar dena.', findings: [{ match: 'Mere account se hi saare jobs post', severity: 'violation' }] },
  { text: 'Meri ID ka password WhatsApp group mein daal diya hai.', findings: [{ match: 'ID ka password WhatsApp group mein daal diya', severity: 'violation' }] },
  { text: 'Upwork profile ta ki bikri korben bhai?', findings: [{ match: 'profile ta ki bikri korben', severity: 'violation' }] },
  { text: 'Khallini nkhdem b compte dyalek chi simana.', findings: [{ match: 'nkhdem b compte dyalek', severity: 'violation' }] },
);
valid.push(
  'My wife and I each run our own profile, so we never share a login.',
  "We're two designers in an agency and each of us has our own profile.",
  'Our agency profile is managed by my partner; freelancers join with their own accounts.',
  "I'm the only one who answers on this profile.",
  "I'll reply from this profile tomorrow morning.",
  'Add your own phone as the recovery number on your account.',
  'I set my Gmail as the recovery email on my account.',
  "I can join the call in your place if you're busy on Friday.",
  'Please complete the identity check for your account before Friday.',
  'The bank account is in his name, so the refund goes to him.',
  'Hand the Shopify account to your new manager when you leave.',
  "My brother's account was suspended last year while mine stayed fine.",
  'You can use your Upwork app to track time.',
  'Once you log in, you keep using your Upwork as usual.',
  "Give edit access to my Upwork email and that's enough.",
  "Add me as a team member on your company's Upwork account and I'll use my own login.",
  "AnyDesk is set up on the office PC; only your manager's Microsoft account can connect.",
  "Warning: 'account for rent' posts in that group are scams, ignore them.",
  'Em đăng nhập vào tài khoản của em rồi gửi proposal.',
  'Te mando a senha do wi-fi do escritório.',
  'Entra en tu cuenta y revisa la factura.',
  'SMS kodu gelmezse destek ekibine yaz.',
  'Login ke akun kamu sendiri lalu cek invoice.',
);

// Round 127, second step: the interview taken under another's name, the writer's identity lent for an account someone else runs.
invalid.push(
  { text: 'Can you take the video call as Priya? She is shy on camera.', findings: [{ match: 'take the video call as Priya', severity: 'violation' }] },
  { text: 'Register a new account using my passport and you manage it.', findings: [{ match: 'Register a new account using my passport', severity: 'violation' }] },
);
valid.push(
  "We'll do the video interview as planned on Monday.",
  'I will open an account with my passport, you can run the numbers.',
  "I'll open the account with my details and manage it myself.",
);

// Round 37 (training batch 133): a login code next to someone inside another's account, a check sat by someone else or under the writer's name,
// an account in a relative's name or worked by two, a profile for rent; beside them the look-alikes.
invalid.push(
  { text: "The login code just went to your phone, can you pass it on? I'm inside your account sending the offers.", context: { contract: 'active' },
    findings: [{ match: "login code just went to your phone, can you pass it on? I'm inside your account", severity: 'violation' }] },
  { text: 'Je te donne le code de connexion, tu te connectes sur mon compte et tu réponds aux clients.', context: { contract: 'active' },
    findings: [{ match: 'le code de connexion, tu te connectes sur mon compte', severity: 'violation' }] },
  { text: 'The identity verification is on Monday, my sister will sit it for me since my webcam is dead.',
    findings: [{ match: 'identity verification is on Monday, my sister will sit', severity: 'violation' }] },
  { text: 'The coding interview is at 3pm; my friend will do it on my account, he knows React better.',
    findings: [{ match: 'coding interview is at 3pm; my friend will do it on my account', severity: 'violation' }] },
  { text: 'My old profile was closed so I made this one au nom de ma mère, write to me here.',
    findings: [{ match: 'au nom de ma mère', severity: 'violation' }] },
  { text: 'Just so you know, my brother codes and I am the face of this profile.',
    findings: [{ match: 'I am the face of this profile', severity: 'violation' }] },
  { text: 'Mera purana Upwork account bechna hai, 30 reviews hain, DM karo.', findings: [{ match: 'account bechna', severity: 'violation' }] },
);
valid.push(
  { text: "I'm in your Slack now, the code review is in the thread.", context: { contract: 'active' } },
  { text: 'My colleague will join the interview too, she leads the backend.' },
  { text: 'We work through an agency profile; each of us is on the contract under our own name.' },
  { text: 'Tidak perlu kirim password, saya balas email pakai akun saya sendiri.', context: { contract: 'active' } },
  { text: 'Quelqu\'un dans un groupe vend son compte Upwork, faites attention, c\'est interdit.' },
  { text: 'Je loue mon appartement pendant les vacances, donc je travaille depuis un café.' },
);
valid.push(
  // Batch 131: each person on their own login (a seat added in the tool, the tool named between "own" and the login), the reader told
  // to switch on their own two-factor, the writer's business publishing from its own account, "akun saya sendiri" (my own account).
  "I've set you up in our Airtable with your own Airtable login, please; the company pays for the seat.",
  "Welcome aboard: please turn on the 2FA app when you first sign in to the CMS.",
  "Draft the replies here and we will post them ourselves from our account.",
  "Jangan kirim password lewat chat, saya login pakai akun saya sendiri saja.",
  "Mañana voy a entrar con mi usuario y te contesto lo del cierre.",
);
invalid.push(
  // ...while a login handed over, or someone else on the writer's Upwork, is still caught.
  { text: "Please enable the 2FA and send me the code it shows.", findings: [{ match: "Please enable the 2FA", severity: 'violation' }] },
  { text: "My cousin will post the replies from our account while I'm away.", findings: [{ match: "from our account", severity: 'violation' }] },
  { text: "Mi hermano va a entrar con mi cuenta de Upwork para marcar las horas.", findings: [{ match: "va a entrar con mi cuenta", severity: 'violation' }] },
  { text: "Meu primo vai entrar pela minha conta do Upwork pra responder você.", findings: [{ match: "vai entrar pela minha conta", severity: 'violation' }] },
  { text: "Ipapagamit ko yung Upwork ko sa kapatid ko habang nasa ospital ako.", findings: [{ match: "Ipapagamit ko yung Upwork ko", severity: 'violation' }] },
  { text: "Mi potresti dare la password del tuo profilo Upwork?", findings: [{ match: "Mi potresti dare la password", severity: 'violation' }] },
);


// Round thirty (the issue's languages): clean look-alikes of training batch 159 (a refusal, an ask told back, Upwork's own call,
// a payment integration, a form's fields, a bug called stupid), in German, Tagalog, Hindi and Urdu in Latin letters, Russian,
// Ukrainian, French, Turkish, Indonesian, Arabic and Arabizi, Spanish and Portuguese.
valid.push(
  "Bitte teilen Sie keine Passwörter hier, ich brauche nur Zugriff als Mitarbeiter über die Shopify-Einladung.",
  "Na-suspend yung account ng kaibigan ko kasi nagpahiram siya, kaya ayoko nun",
  "mere account pe 2FA on hai, kisi ko password nahi deta",
  "mera account sirf main khud chalata hoon, password kisi ko nahi deta",
  "Никому не даю пароль от своего аккаунта",
  "Ніколи не даю пароль від свого акаунту нікому",
  "Je ne partage jamais mes identifiants, chacun son compte",
  "Saya tidak pernah kasih password akun ke siapa pun",
  "لا أشارك كلمة السر مع أحد",
  "ana mesh bedi el password le 7ad",
  "Nunca comparto mi contraseña, la cuenta la uso solo yo",
  "Nunca passo minha senha pra ninguém",
  { text: "Bitte laden Sie mich als Mitarbeiter in Ihr Shopify ein, Ihr Passwort brauche ich nicht.", context: {contract: 'active'} },
  { text: "Main apna password kabhi share nahi karta, aap mujhe team mein add kar dijiye.", context: {contract: 'active'} },
  "Hindi ko po binibigay ang password ko kahit kanino, i-invite niyo na lang po ako sa team.",
  "Код из смс никому не отправляйте, даже мне.",
);

// Round thirty: violations in the same languages first caught by the round's words (batch 159 and earlier training batches' misses).
invalid.push(
  { text: "Pahiram naman ng Upwork account mo, ako na bahala mag-apply, hati tayo sa kita", findings: [{ match: "Pahiram naman ng Upwork account mo", severity: 'violation' }] },
  { text: "Bebenta ko yung Upwork account ko, top rated na, 15k lang", findings: [{ match: "Bebenta ko yung Upwork account", severity: 'violation' }] },
  { text: "Akun Upwork saya bisa disewa, bagi hasil 70:30", findings: [{ match: "Akun Upwork saya bisa disewa", severity: 'violation' }] },
  { text: "أأجر حسابي على أب ورك بنسبة 30٪", findings: [{ match: "أأجر حسابي", severity: 'violation' }] },
  { text: "ha2ageralak el account bta3i 3la upwork, 30% leya", findings: [{ match: "ha2ageralak el account", severity: 'violation' }] },
  { text: "Meine Frau schreibt Ihnen diese Woche von meinem Upwork-Konto aus, ich bin auf Montage.", context: {role: 'client'}, findings: [{ match: "schreibt Ihnen diese Woche von meinem Upwork-Konto", severity: 'violation' }] },
  { text: "Yung kapatid ko po muna ang gagamit ng Upwork account ko habang nasa probinsya ako.", findings: [{ match: "ang gagamit ng Upwork account ko", severity: 'violation' }] },
  { text: "Mera cousin meri profile se jobs pe apply karta hai, kaam main khud karta hoon.", findings: [{ match: "meri profile se jobs pe apply", severity: 'violation' }] },
  { text: "Мой коллега будет отвечать вам с моего аккаунта, пока я в отпуске.", findings: [{ match: "отвечать вам с моего аккаунта", severity: 'violation' }] },
  { text: "Мій брат відповідатиме вам з мого акаунту, поки я у відрядженні.", findings: [{ match: "відповідатиме вам з мого акаунту", severity: 'violation' }] },
  { text: "Nanti adik aku yang bales chat dari akun Upwork aku, aku lagi mudik.", findings: [{ match: "bales chat dari akun Upwork aku", severity: 'violation' }] },
  { text: "Sir pwede niyo po bang ibigay sa akin yung login ng Upwork niyo? Ako na po mag-post ng job.", findings: [{ match: "login ng Upwork niyo", severity: 'violation' }] },
  { text: "Meri behen aap ke messages ka jawab degi mere account se, main hospital mein hoon.", findings: [{ match: "jawab degi mere account se", severity: 'violation' }] },
  { text: "Good am po! Kung medyo iba po yung tono ng reply bukas, si ate Liezl po yun, siya muna hahawak ng account ko habang naka-leave ako. Alam niya po lahat ng tasks niyo.", findings: [{ match: "hahawak ng account ko", severity: 'violation' }] },
  { text: "Sir pasensya na late reply, yung pinsan ko po kasi naka-login sa Upwork ko kagabi at siya nag-send ng weekly report. Ako na po ulit ngayon.", context: {contract: 'active'}, findings: [{ match: "naka-login sa Upwork ko", severity: 'violation' }] },
  { text: "Bhai agar reply thora late aye ya English alag lage to tension na lena, Hamza meri ID se reply kar raha hai aaj kal, main Umrah pe hoon.", findings: [{ match: "meri ID se reply", severity: 'violation' }] },
  { text: "Sir kal se meri behen Priya mera Upwork dekhegi, jo bhi file chahiye usse bol dena, wahi mere account se bhejegi.", findings: [{ match: "mera Upwork dekhegi", severity: 'violation' }] },
  { text: "Sir mera account band ho gaya hai, ab main dost ki ID se kaam kar raha hoon. Agla contract uss profile pe bhej do please, naam Vikas hai.", findings: [{ match: "dost ki ID se kaam", severity: 'violation' }] },
  { text: "Sir OTP aaya hoga aapke phone pe, bata dijiye, main aapke account se us freelancer ko hire kar deta hoon.", findings: [{ match: "aapke account se us freelancer ko hire", severity: 'violation' }] },
  { text: "Mariam sa7bety hya elly ba3tet el file embare7 mn el account beta3y, ana kont 3and el doctor. kol 7aga tamam w ana raga3to.", context: {contract: 'active'}, findings: [{ match: "ba3tet el file embare7 mn el account beta3y", severity: 'violation' }] },
  { text: "El job da makan lel UK bas, fa ana hab3at el proposal men account bent 3ammy elly 3ayesha f London, w ana elly hatargem kol 7aga.", findings: [{ match: "men account bent", severity: 'violation' }] },
  { text: "El felous hatenzel 3ala account Karim akhoya 3ashan el account beta3y lessa mesh verified, ba3deen howa hay7awelhomly 3ady.", findings: [{ match: "3ala account Karim akhoya", severity: 'violation' }] },
  { text: "Ebaatly el code elly gaalak SMS 3ala el mobile, ana da5la men el account beta3ak 3ashan a3ml approve lel milestone.", findings: [{ match: "da5la men el account beta3ak", severity: 'violation' }] },
  { text: "Kak, kalau nanti chat-nya agak beda gaya bahasanya, itu adik saya yang pegang akun Upwork saya ya, saya lagi sakit. Tenang, kerjaan tetap jalan.", findings: [{ match: "pegang akun Upwork saya", severity: 'violation' }] },
  { text: "Mas, kemarin yang upload build APK ke chat itu teman saya lewat akun saya, saya lagi di jalan. Sudah saya cek, aman kok.", context: {contract: 'active'}, findings: [{ match: "teman saya lewat akun saya", severity: 'violation' }] },
  { text: "Akun ini sebenarnya punya kakak saya, tapi yang ngerjain semua project Flutter itu saya. Akun saya sendiri belum lolos verifikasi.", findings: [{ match: "Akun ini sebenarnya punya kakak", severity: 'violation' }] },
  { text: "Saya apply pakai profil om saya karena profilnya sudah Top Rated, jadi lebih gampang dapat kerjaan. Yang kerja tetap saya sendiri, Dimas.", findings: [{ match: "pakai profil om saya", severity: 'violation' }] },
  { text: "Kode verifikasinya udah masuk ke HP kakak belum? Kirim ke saya ya, saya mau end kontrak yang lama dari akun kakak.", findings: [{ match: "dari akun kakak", severity: 'violation' }] },
  { text: "Dün akşam milestone'u onaylayan kuzenimdi, benim hesaba girdi. Bir sorun olursa bana yazın.", context: {role: 'client', contract: 'active'}, findings: [{ match: "benim hesaba girdi", severity: 'violation' }] },
  { text: "Ödemeyi babamın Upwork hesabından yapacağım, benim kart hesaba eklenmiyor. Yine benimle konuşacaksınız, merak etmeyin.", context: {role: 'client'}, findings: [{ match: "babamın Upwork hesabından", severity: 'violation' }] },
  { text: "Kardeşimin kimliğiyle yeni bir hesap açtım, benimki doğrulanmadı. Doğrulama görüşmesine de o girdi, sorun olmadı.", context: {role: 'client'}, findings: [{ match: "Kardeşimin kimliğiyle", severity: 'violation' }] },
  { text: "Hola! Si mañana te responde alguien más formal jaja es mi prima Valentina, ella va a manejar mi cuenta mientras estoy en Cartagena.", findings: [{ match: "va a manejar mi cuenta", severity: 'violation' }] },
  { text: "Porfa hazme el contrato a la cuenta de Upwork de mi mamá, la mía todavía no está verificada. Todo sigue igual, yo edito y yo te hablo.", findings: [{ match: "a la cuenta de Upwork de mi mamá", severity: 'violation' }] },
  { text: "Ya entré con tu clave, cerré el contrato del locutor y le liberé el último pago. Cualquier cosa me dices.", findings: [{ match: "Ya entré con tu clave", severity: 'violation' }] },
  { text: "Parce, ¿sabes de alguien que alquile cuentas de Upwork con buen historial? Pago en pesos, lo que sea razonable.", findings: [{ match: "alquile cuentas de Upwork", severity: 'violation' }] },
  { text: "Oi! Essa semana quem vai responder por mim aqui é minha irmã, ela tá com meu login. Pode mandar os ajustes pra ela normalmente, blz?", findings: [{ match: "tá com meu login", severity: 'violation' }] },
  { text: "Tô alugando meu perfil antigo do Upwork, já verificado e com 4.9 estrelas. Você trabalha nele e me repassa 20% de cada pagamento, topa?", findings: [{ match: "alugando meu perfil", severity: 'violation' }] },
  { text: "Minha conta foi suspensa e tô usando a do meu primo agora. Manda a proposta nova pro perfil dele (Lucas F.), mas sou eu que faço tudo.", findings: [{ match: "usando a do meu primo", severity: 'violation' }] },
  { text: "Alguém aí vende perfil de Upwork com avaliação? Meu JSS caiu muito, quero recomeçar com um perfil pronto.", findings: [{ match: "vende perfil de Upwork", severity: 'violation' }] },
  { text: "Bonjour, cette semaine c'est mon stagiaire qui répondra depuis mon compte Upwork, je suis en déplacement. Vous pouvez lui poser vos questions.", context: {role: 'client'}, findings: [{ match: "répondra depuis mon compte", severity: 'violation' }] },
  { text: "C'est ma compagne qui a validé le jalon hier soir depuis mon compte, pas d'inquiétude, tout est en ordre.", context: {role: 'client', contract: 'active'}, findings: [{ match: "qui a validé le jalon hier soir depuis mon compte", severity: 'violation' }] },
  { text: "Je vous envoie le contrat depuis le compte de mon associé, le mien est bloqué depuis une semaine. C'est toujours moi votre interlocuteur.", context: {role: 'client'}, findings: [{ match: "depuis le compte de mon associé", severity: 'violation' }] },
  { text: "Le paiement passera par le compte Upwork de ma sœur, ma carte est refusée sur le mien. Rien ne change pour vous.", context: {role: 'client'}, findings: [{ match: "par le compte Upwork de ma sœur", severity: 'violation' }] },
  { text: "Je vous donne mon identifiant et mon mot de passe Upwork pour que vous publiiez vous-même l'offre pour le développeur back-end.", context: {role: 'client'}, findings: [{ match: "Je vous donne mon identifiant et mon mot de passe", severity: 'violation' }] },
  { text: "Hallo! Falls die Antworten diese Woche etwas anders klingen: mein Kollege Felix ist mit meinem Login drin, ich bin im Urlaub.", findings: [{ match: "mit meinem Login drin", severity: 'violation' }] },
  { text: "Hinter diesem Profil stecken eigentlich zwei Entwickler, wir teilen uns den Zugang. So sind wir für Sie fast immer erreichbar.", findings: [{ match: "wir teilen uns den Zugang", severity: 'violation' }] },
  { text: "Die Zahlung kommt diesmal vom Upwork-Konto meines Mannes, meine Kreditkarte ist abgelaufen. Sonst bleibt alles wie besprochen.", context: {role: 'client'}, findings: [{ match: "vom Upwork-Konto meines Mannes", severity: 'violation' }] },
  { text: "Der Bestätigungscode kommt auf dein Handy, schick ihn mir bitte, dann bin ich in deinem Account und gebe den Meilenstein frei.", findings: [{ match: "bin ich in deinem Account", severity: 'violation' }] },
  { text: "Kennst du jemanden, der ein altes Upwork-Profil mit guten Bewertungen verkauft? Ich würde bis 500 Euro zahlen.", findings: [{ match: "Upwork-Profil mit guten Bewertungen verkauft", severity: 'violation' }] },
  { text: "Ich kann dir mein zweites Profil vermieten, das ich nicht nutze. 15 Prozent deiner Umsätze, die Verifizierung ist schon erledigt.", findings: [{ match: "mein zweites Profil vermieten", severity: 'violation' }] },
  { text: "ana 3ande mshkle bel hawiye, el Upwork ma 2ebel el kimlik taba3e. fa 3am eshteghel 3ala account 5ayye Omar, howwe Turk citizen w verified. ma btfre2 ma3ak, el shoghol ana 3am 2a3mlo.", findings: [{ match: "account 5ayye", severity: 'violation' }] },
  { text: "Sir, may friend po ako na VA din pero bago pa lang siya, wala pang reviews. Pwede ba gamitin niya account ko para makapag-apply sa job nyo? Ako naman mag-guide sa kanya, same quality po.", findings: [{ match: "gamitin niya account ko", severity: 'violation' }] },
  { text: "Sir aik baat clear kar doon, ye account mere bade bhai ka hai, unka Top Rated hai is liye jobs jaldi milti hain. Kaam main karta hoon, payment unke account mein aati hai. Koi masla nahi hoga.", findings: [{ match: "account mere bade bhai ka hai", severity: 'violation' }] },
  { text: "Чесно скажу: цей акаунт оформлений на мою подругу, бо мій заблокували після переїзду через верифікацію. Але малюю я, портфоліо моє. Для вас нічого не зміниться.", findings: [{ match: "акаунт оформлений на мою", severity: 'violation' }] },
  { text: "Le compte client Upwork est celui de mon fils, il m'a aidé à l'ouvrir avec sa carte bancaire et son nom. C'est moi qui gère tout, ne soyez pas surpris si la facture est à son nom.", context: {role: 'client'}, findings: [{ match: "Le compte client Upwork est celui de mon fils", severity: 'violation' }] },
  { text: "Jujur aja nih kak, akun Upwork ini punya temen gue yang udah Top Rated, gue cuma pinjem. Nanti yang ngerjain project tetep gue kok, tenang aja.", findings: [{ match: "akun Upwork ini punya temen", severity: 'violation' }] },
  { text: "У нашого колишнього виконавця залишився акаунт на Upwork, ми маємо пароль. Працюйте під ним, щоб не переоформлювати.", context: {role: 'client'}, findings: [{ match: "Працюйте під ним", severity: 'violation' }] },
  { text: "Hesap kuzenime ait, ben onun adına çalışıyorum ama iş kalitesi aynı olur.", findings: [{ match: "Hesap kuzenime ait", severity: 'violation' }] },
  { text: "إذا بدك أعطيك حسابي على Upwork تشغل فيه موظفيك، بالشهر مئة دولار.", findings: [{ match: "أعطيك حسابي", severity: 'violation' }] },
  { text: "La cuenta es de mi hermano, yo hago los trabajos con su perfil porque él tiene más reseñas.", findings: [{ match: "La cuenta es de mi hermano", severity: 'violation' }] },
  { text: "Akun ini punya sepupu saya, saya yang mengerjakan semua pekerjaannya. Hasilnya tetap bagus.", findings: [{ match: "Akun ini punya sepupu", severity: 'violation' }] },
  { text: "Eşim de bu hesaptan sizinle yazışacak, ben dükkândayken Upwork'e o bakıyor. Adı Murat, ona da güvenebilirsiniz.", context: {role: 'client', contract: 'active'}, findings: [{ match: "bu hesaptan sizinle yazışacak", severity: 'violation' }] },
  { text: "Le cuento que esta noche mi amigo Santi entra a mi perfil para subirle los archivos finales, yo estoy sin computador. Entonces si ve mensajes a las 3 am es él jaja, tranquilo.", context: {contract: 'active'}, findings: [{ match: "entra a mi perfil para", severity: 'violation' }] },
);
runRuleTests('account-sharing', withFixedGaps({ valid, invalid }, fixedGaps));
