import { runRuleTests, withFixedGaps, type InvalidCase, type KnownGap, type ValidCase } from './tester';

const valid: (string | ValidCase)[] = [
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
  'We should rotate the database password after launch.',
];

const invalid: InvalidCase[] = [
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
  { text: 'Our team of three works from one shared Upwork account, so answers may come from anyone.', findings: [{ match: 'works from one shared Upwork account', severity: 'violation' }] },
  { text: 'We all log into the same freelancer account.', findings: [{ match: 'log into the same freelancer account', severity: 'violation' }] },
  { text: 'Can you take the Upwork identity video call for me? I\'ll pay $50.', findings: [{ match: 'take the Upwork identity video call for me', severity: 'violation' }] },
  { text: 'We pay $100 per verification, it takes ten minutes.', findings: [{ match: 'per verification', severity: 'violation' }] },
  { text: 'Looking for people in the US to pass the Upwork ID verification, paid weekly.', findings: [{ match: 'Looking for people in the US to pass the Upwork ID verification', severity: 'violation' }] },
  { text: 'He\'ll just use my login to post the updates on Upwork.', findings: [{ match: 'use my login', severity: 'violation' }] },
  { text: 'Can I rent your acc for a month?', findings: [{ match: 'rent your acc', severity: 'violation' }] },
  { text: 'I can submit the proposal from my sister\'s account, she has more reviews.', findings: [{ match: 'submit the proposal from my sister\'s account', severity: 'violation' }] },
  { text: 'Give me your Shopify email and password and the 2FA code.', findings: [{ match: 'Give me your Shopify email and password', severity: 'violation' }] },
  { text: 'Send me your Upwork username + password.', findings: [{ match: 'Send me your Upwork username + password', severity: 'violation' }] },
  { text: 'Hum aapka account rent pe lenge, bas login aur OTP share karna hoga.', findings: [{ match: 'account rent', severity: 'violation' }] },
  { text: 'Est-ce que tu peux te connecter sur mon compte et répondre à ma place ?', findings: [{ match: 'te connecter sur mon compte', severity: 'violation' }] },
  { text: 'Lass mich über dein Konto arbeiten, per Fernzugriff.', findings: [{ match: 'dein Konto arbeiten, per Fernzugriff', severity: 'violation' }] },
  { text: 'Busco cuentas verificadas para rentarlas, solo me pasas usuario y contraseña.', findings: [{ match: 'rentarlas', severity: 'violation' }] },
  { text: 'Preciso que você me passe o login da sua conta Upwork.', findings: [{ match: 'me passe o login', severity: 'violation' }] },
  { text: 'apne naam pe verification karwa do mere account ke liye', findings: [{ match: 'apne naam pe verification', severity: 'violation' }] },
  { text: 'account aapke naam pe bana denge, aadha aadha', findings: [{ match: 'account aapke naam pe', severity: 'violation' }] },
  { text: 'Hesabını kiralıyoruz, giriş bilgilerini paylaşman yeterli.', findings: [{ match: 'kiralıyoruz', severity: 'violation' }] },
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
];

/** Cases the detector gets wrong today. Not run: move each back to `valid`/`invalid` once fixed. */
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

runRuleTests('account-sharing', withFixedGaps({ valid, invalid }, fixedGaps));
