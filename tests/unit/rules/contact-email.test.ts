import { withFixedGaps, EXCEPTION, runRuleTests, type InvalidCase, type KnownGap, type ValidCase } from './tester';

const valid: (string | ValidCase)[] = [
  // An address only to join a Backlog project, in Japanese (an info finding).
  'Backlogのプロジェクトに入るためのメアドです：yuki.dev.22@outlook.com 課題を見るだけに使います',
  // A domain named after the word for an address (no mailbox), in English and Indonesian; addresses inside code under review.
  'I will create a Workspace account for you with the address @brightfield.io after the contract starts.',
  'Saya buatkan akun email kantor untuk kamu dengan alamat @brightfield.io, jangan pakai akun pribadi.',
  'Review notes: 1. users.json has "anna.test.dev@gmail.com" as the owner, use owner@example.com instead. 2. the cron runs twice.',
  'PR review: fixtures.ts still has bob.smith77@yahoo.com hardcoded, please remove it.',
  // The same words in ordinary use: a Dutch point made, a Romanian "punct de vedere", a Korean "점" (a point) and "앳" in a sentence.
  'Dat is een goed punt, we nemen het mee in de volgende sprint.',
  'Din punct de vedere tehnic, aplicația e gata, mai trebuie testată pe iOS.',
  '디자인 시안 3개 중에 두 번째 점이 제일 좋아요, 로고 색만 바꿔 주세요',
  // A quoted local part discussed by a validator's rules.
  'The validator rejects quoted local parts, though RFC 5322 allows "a+b"@gmail.com in theory. Can we relax the validation?',
  // The site's markup and the domain's own configuration: a mailto: link, a DNS zone, a settings block.
  'Should the Contact button open mailto:help@tidewater-gym.io or the in-app form? The spec says both.',
  'DNS zone as set: @ MX 10 mail.tidewater.io, _dmarc TXT "v=DMARC1; p=none; rua=mailto:reports@tidewater.io". TTL 3600.',
  'Here is the settings block I changed:\n\nDEFAULT_FROM_EMAIL = "orders@tidewater.io"\n\nNothing personal in there, all on your domain.',
  // The piece named after a greeting: an email signature shown with placeholder data.
  'Hello Ana,\n\nI can design the HTML email signature for your team.\n\nLayout with placeholder data:\n\nJane Roe | Sales\njane.roe@northwindco.io | northwindco.io',
  'I integrated PayPal checkout and Stripe webhooks last month.',
  'Set up the email marketing campaign in Mailchimp and a welcome sequence.',
  'The docs use user@example.com as the sample address.',
  'The signup form should reject foo@bar without a domain ending.',
  'isEmail("a@b.co") should return true for short domains.',
  'git clone git@github.com:acme/app.git and run npm install.',
  "Let's meet at noon, I'm at home after 5 at the latest.",
  'The stylesheet uses @media (max-width: 600px) rules.',
  'Install @types/node at version 20 and @vitejs/plugin-react.',
  'Ping @channel in Slack if the build fails.',
  'Weights are stored at model.bin and the config at settings.json.',
  'Buy 5 @ 3.50 each, 10 @ 2.99 each.',
  'Version 2.4.1 at build 1234 fixed the crash.',
  // Context: an email allowed by an exception is reported as info, never as a violation.
  { text: 'My email is jane@studio.io', context: { client: 'enterprise' } },
  { text: 'My email is jane@studio.io', context: { contract: 'active' } },
  // Brackets that hold no address.
  'We support Gmail (and Outlook) for the SMTP setup, see config.yaml (gmail one) for details.',
  'Le client (et son équipe) a validé la maquette.',
  'The variable user.name (at) runtime is empty.',
  // A business mailbox given as content for the site, and a placeholder address in another language.
  'For the contact form, please make it send to the front desk inbox, frontdesk@harborstreetdental.com, the office manager checks it.',
  "Ya terminé el filtro: detecta correos escritos como 'nombre arroba dominio punto com' y teléfonos.",
  'El formato es usuario@ejemplo.com, sin espacios.',
  'Profile > Email settings: turn them off.',
  // The client's own mail as content of the work: a press page, a template variable on their domain, a shop footer.
  "For the press page I used your brand's press contact, press@lumen-audio.io, as in the brand book.",
  'The template variables resolve {{support_email}} to help@tidepool-shop.com, which is on your domain.',
  'Pon en el pie de página el correo de la tienda: ventas@casaverde.mx.',
  'The DMARC record now sends reports to dmarc-reports@brightfield.io, as your IT asked.',
  // A sentence ending on a provider's name, a name before "at" a company, Chinese "在" between words that are no address.
  'I worked at yahoo. Then I moved to Stripe.',
  'Thanks for the email, Mark, at gmail scale this design breaks.',
  'Hi Anna, at Yahoo we used a different stack for this.',
  '工厂在 Yiwu, the price list 点 here is for FOB.',
  'I removed my phone and address from the header of the CV, as Upwork asks.',
  { text: 'Meu e-mail é rafa.santos@gmail.com, pode me adicionar no Google Drive da produção.', context: {} },
  // A version before a provider's product, French "chez" for an employer.
  'Contact: v2.3 gmail integration is in the backlog.',
  'Je travaille chez Gmail depuis 2019, mon mail pro est sur le profil.',
  // Round 126: made-up people for a demo or a login test, in English, Indonesian and Portuguese.
  'Two test accounts are ready on the staging server: coach.a@clubdemo.io and coach.b@clubdemo.io, log in with the usual password.',
  'Saya pakai data dummy untuk login: siti@kliniktes.id, semuanya bukan orang asli.',
  'Para a demonstração usei dados fictícios: ana.reis@lojateste.pt, 21 555 0199.',
];

const invalid: InvalidCase[] = [
  // Round 126, next to the test data: the writer's own address beside a test account is still the writer's.
  { text: 'The test accounts work now. For questions write to me at kemal.qa@gmail.com anytime.', findings: [{ match: 'kemal.qa@gmail.com', severity: 'violation' }] },
  { text: 'Data dummy sudah saya isi. Email saya sendiri: rina.dev@gmail.com, kirim pertanyaan ke situ.', findings: [{ match: 'rina.dev@gmail.com', severity: 'violation' }] },
  // A stack named with a dot ("Node.js") is no file under review.
  { text: 'Backend dev here, Node.js and Go. Write to me at jo.dev77@gmail.com for details.', findings: [{ match: 'jo.dev77@gmail.com', severity: 'violation' }] },
  { text: '連絡はこちらのメアドにどうぞ：yuki.dev.22@outlook.com', findings: [{ match: 'yuki.dev.22@outlook.com', severity: 'violation' }] },
  // Next to them: a mailbox before a spaced "@", the writer's address beside a file name.
  { text: 'My email: jondoe @brightfield.io', findings: [{ match: 'jondoe @brightfield.io', severity: 'violation' }] },
  { text: 'Email me at jo.dev77@gmail.com about the settings.py changes.', findings: [{ match: 'jo.dev77@gmail.com', severity: 'violation' }] },
  // Access asked for a few sentences before the address that signs the message; the address offered for more stays a violation.
  { text: 'I requested edit access to your Figma file yesterday. Nothing came yet. Could you check? My login there: mara.vis@gmail.com', findings: [{ match: 'mara.vis@gmail.com', severity: 'info', exception: EXCEPTION.access }] },
  { text: 'I applied for access on the shared drive folder this morning, it says pending. Thanks a lot!\n\nPS the account is lee.qa.tests@gmail.com', findings: [{ match: 'lee.qa.tests@gmail.com', severity: 'info', exception: EXCEPTION.access }] },
  { text: 'Asked for an invite to the GitHub org last week. Meanwhile, to talk about the budget, reach me at lee.qa.tests@gmail.com', findings: [{ match: 'lee.qa.tests@gmail.com', severity: 'violation' }] },
  // An address added to a creator or ad console.
  { text: 'Add ola.posts@gmail.com as an advertiser in the Business Center so I can boost the clips, nothing else.', findings: [{ match: 'ola.posts@gmail.com', severity: 'info', exception: EXCEPTION.access }] },
  // Dutch, Korean and Romanian access words: uitnodiging, toegang, 초대, 권한, accesul, adaug.
  { text: 'Voor de uitnodiging in Notion: bram.tekst@gmail.com, verder praten we hier.', findings: [{ match: 'bram.tekst@gmail.com', severity: 'info', exception: EXCEPTION.access }] },
  { text: 'Geef toegang tot de GitLab repo aan bram.tekst@gmail.com, dank je.', findings: [{ match: 'bram.tekst@gmail.com', severity: 'info', exception: EXCEPTION.access }] },
  { text: '노션 초대는 minji.work@gmail.com 으로 보내주세요.', findings: [{ match: 'minji.work@gmail.com', severity: 'info', exception: EXCEPTION.access }] },
  { text: '저장소 권한 받을 메일: minji.work@gmail.com', findings: [{ match: 'minji.work@gmail.com', severity: 'info', exception: EXCEPTION.access }] },
  { text: 'Pentru accesul la board-ul din Trello: radu.edit@gmail.com, restul aici.', findings: [{ match: 'radu.edit@gmail.com', severity: 'info', exception: EXCEPTION.access }] },
  { text: 'Scrie-mi direct pe radu.edit@gmail.com, e mai simplu decât aici.', findings: [{ match: 'radu.edit@gmail.com', severity: 'violation' }] },
  { text: '편하게 이메일로 연락 주세요: minji.work@gmail.com', findings: [{ match: 'minji.work@gmail.com', severity: 'violation' }] },
  { text: 'Write me at "tom+jobs"@gmail.com, that inbox I check.', findings: [{ match: '@gmail.com', severity: 'violation' }] },
  { text: 'Tap here and it opens your mail app: mailto:lena@lenaweaves.studio', findings: [{ match: 'lena@lenaweaves.studio', severity: 'violation' }] },
  { text: 'Updated the settings block. Also, my personal email is rafa.k.dev@gmail.com if you need me.', findings: [{ match: 'rafa.k.dev@gmail.com', severity: 'violation' }] },
  { text: 'Hi Jo,\n\nI write landing page copy for SaaS brands.\n\nIf easier, just drop the brief to jo.copy@brightline.io and I will reply today.', findings: [{ match: 'jo.copy@brightline.io', severity: 'violation' }] },
  // An access request form with its title first, where it was sent, and the address a tool knows the writer by.
  { text: 'Jira access request\n\nName\nLi Wen\n\nEmail\nli.wen.pm@gmail.com\n\nRole\nProduct manager', findings: [{ match: 'li.wen.pm@gmail.com', severity: 'info', exception: EXCEPTION.access }] },
  { text: 'Trello request email sent to - ola.dev.k@gmail.com', findings: [{ match: 'ola.dev.k@gmail.com', severity: 'info', exception: EXCEPTION.access }] },
  { text: 'The email linked to my GitHub is t.ng.codes@gmail.com, which is why your invites never reached me.', findings: [{ match: 't.ng.codes@gmail.com', severity: 'info', exception: EXCEPTION.access }] },
  { text: 'Request sent to you already, so just email me at t.ng.codes@gmail.com.', findings: [{ match: 't.ng.codes@gmail.com', severity: 'violation' }] },
  // An address given for an invitation to a review or grant tool.
  { text: 'Add me on Frame.io with nadia.cuts@gmail.com so I can upload the cuts there.', findings: [{ match: 'nadia.cuts@gmail.com', severity: 'info', exception: EXCEPTION.access }] },
  { text: 'Please invite t.okafor.grants@gmail.com to the Submittable workspace, only to read the old application.', findings: [{ match: 't.okafor.grants@gmail.com', severity: 'info', exception: EXCEPTION.access }] },
  { text: 'Email me at jane.doe@gmail.com', findings: [{ match: 'jane.doe@gmail.com', severity: 'violation', exception: false }] },
  { text: 'Reach me: MARIA.LOPEZ@YAHOO.COM', findings: [{ match: 'MARIA.LOPEZ@YAHOO.COM', severity: 'violation' }] },
  { text: 'jane@studio.io is my address, write any time.', findings: [{ match: 'jane@studio.io', severity: 'violation' }] },
  { text: 'Send it to jane@studio.io.', findings: [{ match: 'jane@studio.io', severity: 'violation' }] },
  // Spelled out and pieced together.
  { text: 'write to john at gmail dot com', findings: [{ match: 'john at gmail dot com', severity: 'violation' }] },
  { text: 'john dot smith at outlook dot com', findings: [{ match: 'john dot smith at outlook dot com', severity: 'violation' }] },
  { text: 'jane at the rate gmail dot com', findings: [{ match: 'jane at the rate gmail dot com', severity: 'violation' }] },
  { text: 'jane at gmail', findings: [{ match: 'jane at gmail', severity: 'violation' }] },
  { text: 'email: jane.doe at gmail', findings: [{ match: 'jane.doe at gmail', severity: 'violation' }] },
  { text: 'my gmail is johnsmith88', findings: [{ match: 'gmail is johnsmith88', severity: 'violation' }] },
  { text: 'just add gmail.com after my username janedoe', findings: [{ match: 'gmail.com', severity: 'violation' }] },
  // Bracketed and glued "at"/"dot".
  { text: 'sam_AT_fastmail_DOT_com', findings: [{ match: 'sam_AT_fastmail_DOT_com', severity: 'violation' }] },
  { text: 'jane[at]studio[dot]io', findings: [{ match: 'jane[at]studio[dot]io', severity: 'violation' }] },
  { text: 'jane (at) studio (dot) io', findings: [{ match: 'jane (at) studio (dot) io', severity: 'violation' }] },
  // Full-width, invisible, look-alike and mathematical characters.
  { text: 'contact: jane＠studio．io', findings: [{ match: 'jane＠studio．io', severity: 'violation' }] },
  { text: 'ｊａｎｅ＠ｇｍａｉｌ．ｃｏｍ', findings: [{ match: 'ｊａｎｅ＠ｇｍａｉｌ．ｃｏｍ', severity: 'violation' }] },
  { text: 'ja\u200Bne@stu\u200Ddio.io', findings: [{ match: 'ja\u200Bne@stu\u200Ddio.io', severity: 'violation' }] },
  { text: 'j\u0430ne@studio.io is my address', findings: [{ match: 'j\u0430ne@studio.io', severity: 'violation' }] },
  { text: 'you can write to 𝐣𝐚𝐧𝐞@studio.io', findings: [{ match: '𝐣𝐚𝐧𝐞@studio.io', severity: 'violation' }] },
  // Spaced-out letters.
  { text: 'j a n e @ g m a i l . c o m', findings: [{ match: 'j a n e @ g m a i l . c o m', severity: 'violation' }] },
  // Astral characters before the match: offsets are UTF-16 units of the original.
  { text: '🎉🎉 write to jane@studio.io', findings: [{ match: 'jane@studio.io', severity: 'violation' }] },
  { text: '👩🏽‍💻 — 𝒽𝒾! jane@studio.io', findings: [{ match: 'jane@studio.io', severity: 'violation' }] },
  // Several in one text.
  {
    text: 'a.smith@gmail.com or b.jones@outlook.com',
    findings: [
      { match: 'a.smith@gmail.com', severity: 'violation' },
      { match: 'b.jones@outlook.com', severity: 'violation' },
    ],
  },
  {
    text: 'jane@studio.io, or if that bounces: jane@studio.io',
    findings: [
      { match: 'jane@studio.io', severity: 'violation' },
      { match: 'jane@studio.io', severity: 'violation', start: 36 },
    ],
  },
  // Exceptions: softened to info, with the reason attached.
  { text: 'My email is jane@studio.io', context: { client: 'enterprise' }, findings: [{ match: 'jane@studio.io', severity: 'info', exception: EXCEPTION.enterprise }] },
  { text: 'My email is jane@studio.io', context: { contract: 'active' }, findings: [{ match: 'jane@studio.io', severity: 'info', exception: EXCEPTION.contract }] },
  {
    text: 'Please add jane.doe@gmail.com to the Figma project so I can see the designs.',
    findings: [{ match: 'jane.doe@gmail.com', severity: 'info', exception: EXCEPTION.access }],
  },
  { text: 'For the NDA, my address is jane@studio.io', findings: [{ match: 'jane@studio.io', severity: 'info', exception: EXCEPTION.nda }] },
  // The '@' said in another language in brackets, the provider in brackets, an address described.
  { text: 'Kalau mau lihat contoh bisa langsung email ke budi.santoso.web (et) gmail titik com ya Pak', findings: [{ match: 'budi.santoso.web (et) gmail', severity: 'violation' }] },
  { text: 'écrivez-moi: claire.dupont (arobase) gmail.com', findings: [{ match: 'claire.dupont (arobase) gmail', severity: 'violation' }] },
  { text: 'pishite anna.k [собака] mail.ru', findings: [{ match: 'anna.k [собака] mail.ru', severity: 'violation' }] },
  { text: 'Mera email hai rohit.seo.pro (gmail wala), wahan ek line bhej dijiye', findings: [{ match: 'rohit.seo.pro (gmail wala)', severity: 'violation' }] },
  { text: 'my email is rohit_dev (gmail) if you need it', findings: [{ match: 'rohit_dev (gmail)', severity: 'violation' }] },
  { text: 'my email is literally my full name here + the year I was born (1991) at gmail. easy', findings: [{ match: 'my email is literally my full name here + the year I was born (1991) at gm', severity: 'violation' }] },
  // The writer's own mailbox stays an address next to the same words.
  { text: 'For the contact form, send the leads to my email, ana.dev@gmail.com.', findings: [{ match: 'ana.dev@gmail.com', severity: 'violation' }] },
  // Given only for access to a project tool: stated as a purpose, in Russian, or as a list under an access line.
  {
    text: 'For the Google Drive folder you mentioned, my email is juan.camilo@gmail.com, only so you can share the folder with me.',
    findings: [{ match: 'juan.camilo@gmail.com', severity: 'info', exception: EXCEPTION.access }],
  },
  {
    text: 'Добавьте меня в Figma по адресу irina.design@yandex.ru — это только для доступа к макетам',
    findings: [{ match: 'irina.design@yandex.ru', severity: 'info', exception: EXCEPTION.access }],
  },
  {
    text: 'Please add view access for the following team members:\n\n- dana.berg@agency.gov (project manager)\n- marta.boyle@agency.gov (product manager)',
    findings: [
      { match: 'dana.berg@agency.gov', severity: 'info', exception: EXCEPTION.access },
      { match: 'marta.boyle@agency.gov', severity: 'info', exception: EXCEPTION.access },
    ],
  },
  // A line before a plain address is no list heading.
  { text: 'I sent you an email to the address in your Github profile.\nIf not, write to scott@gmail.com', findings: [{ match: 'scott@gmail.com', severity: 'violation' }] },
  { text: 'Github profile -> email', findings: [{ match: 'Github profile -> email', severity: 'violation' }] },
  { text: 'For anything else: LinkedIn → contact', findings: [{ match: 'LinkedIn → contact', severity: 'violation' }] },
  // Access to translation, workspace and inbox tools, in English and Portuguese; an address that is also for talking is not.
  { text: 'Invite me to Lokalise with ana.k@gmail.com so I can see the strings.', findings: [{ match: 'ana.k@gmail.com', severity: 'info', exception: EXCEPTION.access }] },
  {
    text: 'Pode me adicionar no Crowdin? Meu e-mail de cadastro é bia.trad@outlook.com, só pra acessar o projeto.',
    findings: [{ match: 'bia.trad@outlook.com', severity: 'info', exception: EXCEPTION.access }],
  },
  {
    text: 'Please add lena.va@gmail.com as a delegate in Google Workspace so I can manage the inbox.',
    findings: [{ match: 'lena.va@gmail.com', severity: 'info', exception: EXCEPTION.access }],
  },
  { text: 'My email is ana.k@gmail.com, write me there about the Crowdin strings.', findings: [{ match: 'ana.k@gmail.com', severity: 'violation' }] },
  // Next to a deliverable, the writer's own address or a disguised one is still a violation.
  { text: 'Happy to do the footer too, email me at lena.designs@gmail.com.', findings: [{ match: 'lena.designs@gmail.com', severity: 'violation' }] },
  { text: 'The footer is done. My email: lena dot designs at gmail dot com', findings: [{ match: 'lena dot designs at gmail dot com', severity: 'violation' }] },
  // A deliverable's word inside a host name or a link names no deliverable (the docs' policy example).
  {
    text: 'Email jane.doe@gmail.com or upload to https://files.brightpixel-crm.example/drop.',
    findings: [{ match: 'jane.doe@gmail.com', severity: 'violation' }],
  },
  { text: 'Write to jane.doe@gmail.com, our tool is at crm-tools.io/app.', findings: [{ match: 'jane.doe@gmail.com', severity: 'violation' }] },
  // An address spelled out just before the sentence's full stop ("gmail. Rate" is not the domain "gmail.rate"), an "at" set off by commas.
  { text: 'Samples on request: amani dot writes at gmail. Rate $1/min.', findings: [{ match: 'amani dot writes at gmail', severity: 'violation' }] },
  { text: 'Proofs go to tomas.k at yahoo. Turnaround is two days.', findings: [{ match: 'tomas.k at yahoo', severity: 'violation' }] },
  { text: 'Write to me: first name plus surname, so lbrandt, at proton mail.', findings: [{ match: 'lbrandt, at proton', severity: 'violation' }] },
  { text: 'email is cryptoking no spaces, at proton, dot me.', findings: [{ match: 'spaces, at proton, dot me', severity: 'violation' }] },
  // Chinese "在" (at) and "点" (dot) between the parts of an address.
  { text: '我的邮箱 lily.wang 在 163点com', findings: [{ match: 'lily.wang 在 163点com', severity: 'violation' }] },
  // Dutch "apenstaartje" and "punt", Romanian "arond" and "punct", Korean "골뱅이"/"앳" with "닷컴" or "점 컴" (a provider in Hangul too).
  { text: 'Stuur het maar naar pieter punt bos apenstaartje ziggo punt nl, dat lees ik vaker.', findings: [{ match: 'pieter punt bos apenstaartje ziggo punt nl', severity: 'violation' }] },
  { text: 'Scrieți-mi la andrei arond yahoo punct com, fără spații.', findings: [{ match: 'andrei arond yahoo punct com', severity: 'violation' }] },
  { text: '견적서는 hana.lee 골뱅이 naver 닷컴 으로 보내주세요', findings: [{ match: 'hana.lee 골뱅이 naver 닷컴', severity: 'violation' }] },
  { text: '메일은 seojun 앳 지메일 점 컴 이에요', findings: [{ match: 'seojun 앳 지메일 점 컴', severity: 'violation' }] },
  // Two details named together, pointed at in a document.
  { text: 'My number and email are in the attached CV, page 1.', findings: [{ match: 'My number and email are in the attached CV', severity: 'violation' }] },
  // An address given for a tool, but named as where things are to be sent ("manda ... por lá"): no access exception.
  { text: 'Mi correo es lucia.ve@gmail.com, mándame los archivos por ahí que es más cómodo.', findings: [{ match: 'lucia.ve@gmail.com', severity: 'violation' }] },
  {
    text: 'Meu e-mail é bia.lima@gmail.com, manda o link do drive por lá que fica mais fácil.',
    findings: [{ match: 'bia.lima@gmail.com', severity: 'violation', exception: false }],
  },
  // A handle and its provider with the "@" left out, French "chez" for "at", a g-mail handle described.
  { text: 'Contact: d.okafor.design gmail, you know the rest.', findings: [{ match: 'd.okafor.design gmail', severity: 'violation' }] },
  { text: 'Contact me: tom_88 yahoo', findings: [{ match: 'tom_88 yahoo', severity: 'violation' }] },
  { text: 'mon mail : lea point martin chez gmail, écrivez-moi là-bas.', findings: [{ match: 'martin chez gmail', severity: 'violation' }] },
  {
    text: 'my g-mail handle is the same as my username here, just add the usual ending.',
    findings: [{ match: 'my g-mail handle is the same as my username here, just add the usual endin', severity: 'violation' }],
  },
];

/** Batch 16: the address an invitation went to, and an address filled into an access-request form. */
const info = (match: string) => [{ match, severity: 'info' as const, exception: EXCEPTION.access }];
invalid.push(
  { text: 'Invitation sent to lena.park@brightlabs.io, accept it and tell me here.', findings: info('lena.park@brightlabs.io') },
  { text: 'I invited omar.h@brightlabs.io this morning.', findings: info('omar.h@brightlabs.io') },
  { text: '### Name\n\nOmar Haddad\n\n### Email\n\nomar.h@brightlabs.io\n\n### Notes\n\nI need edit access for the release.', findings: info('omar.h@brightlabs.io') },
  // An invitation mentioned elsewhere, or a form that asks to be written to, grants nothing.
  { text: 'Write to me at omar.h@brightlabs.io, I invited nobody yet.', findings: [{ match: 'omar.h@brightlabs.io', severity: 'violation' }] },
  { text: '### Email\n\nomar.h@brightlabs.io\n\nWrite to me there about the job.', findings: [{ match: 'omar.h@brightlabs.io', severity: 'violation' }] },
);

/** Cases the detector gets wrong today. Not run: move each back to `valid`/`invalid` once fixed. */
/** Batch 15: an address to write to is not an access-only address, even with a repo promised after it; Overleaf is a project tool. */
valid.push('Invite me to the Overleaf project with nadia.tutor@gmail.com, only for editing the LaTeX.');
invalid.push(
  { text: 'Escribime ahí: ana.dev arroba gmail punto com, después te paso el repo.', findings: [{ match: 'ana.dev arroba gmail punto com', severity: 'violation' }] },
  { text: 'Me escreva: joao.dev@gmail.com e te passo o acesso ao repo.', findings: [{ match: 'joao.dev@gmail.com', severity: 'violation' }] },
);

/** Batch 17: an address given only for an invitation to a tool, said in German or French. */
invalid.push(
  { text: 'Für die Einladung in Asana können Sie mia.k@gmail.com nehmen, alles andere gern weiter hier.', findings: [{ match: 'mia.k@gmail.com', severity: 'info' }] },
  { text: "Pour l'invitation sur Lokalise, utilisez jo.lee@gmail.com, uniquement pour ça.", findings: [{ match: 'jo.lee@gmail.com', severity: 'info' }] },
  { text: 'Für die Einladung schreiben Sie mir an mia.k@gmail.com, dann reden wir dort weiter.', findings: [{ match: 'mia.k@gmail.com', severity: 'violation' }] },
);

/** Batch 18: the "@" said as a word in the writer's language, or the provider written in Arabic script. */
invalid.push(
  { text: 'mon adresse: claire.dubois arobase gmail point com, écrivez-moi là', findings: [{ match: 'claire.dubois arobase gmail point com', severity: 'violation' }] },
  { text: 'Escríbeme a marta_r arroba hotmail punto es mañana.', findings: [{ match: 'marta_r arroba hotmail punto es', severity: 'violation' }] },
  { text: 'e-posta: ayse.k et işareti hotmail nokta com, oraya yazın', findings: [{ match: 'ayse.k et işareti hotmail nokta com', severity: 'violation' }] },
  { text: 'mail id hai rahul.k92 at the rate gmail dot com, wahan bhej do', findings: [{ match: 'rahul.k92 at the rate gmail dot com', severity: 'violation' }] },
  { text: 'el email: ahmed.dev 3and yahoo dot com, ab3atli henak', findings: [{ match: 'ahmed.dev 3and yahoo dot com', severity: 'violation' }] },
  { text: 'пишіть на olena.k равлик ukr.net, там швидше', findings: [{ match: 'olena.k равлик ukr.net', severity: 'violation' }] },
  { text: 'ايميلي sara.design على ياهو دوت كوم، راسلني هناك', findings: [{ match: 'sara.design على ياهو دوت كوم', severity: 'violation' }] },
);
valid.push(
  "Dans le champ, tapez le symbole arobase puis le domaine de l'entreprise.",
  'Ayşe ve ben gmail nokta com uzantılı adresleri kullanmıyoruz.',
  'أنا أشتغل على جيميل وأوتلوك في الشركة، مش مشكلة.',
);

/** Batches 19-20 (precision): rows of a table of leads or sample data; an address for a repository asked in Portuguese or Spanish. */
valid.push(
  'Sample rows attached (fake data for privacy):\nJohn Miller | Miller Roofing LLC | john@millerroofing-example.com\nSara Ortiz | Ortiz Bros | sara@ortizbros-example.com',
  'Here are the first leads:\nName,Company,Email,City\nDana Kim,Acme Dental,dana@acmedental.com,Austin\nLee Park,Park Law,lee@parklaw.com,Dallas',
);
invalid.push(
  {
    text: 'Pode compartilhar o repositório do Bitbucket com meu e-mail rafa.dev.example@gmail.com? É só pra eu avaliar o código.',
    findings: info('rafa.dev.example@gmail.com'),
  },
  { text: '¿Puedes compartir la carpeta de Google Drive con ana.ruiz@gmail.com? Solo para revisar los archivos.', findings: info('ana.ruiz@gmail.com') },
  {
    text: 'My email is below, write me there:\nName | Email | Phone\nAna Lima | ana.lima@gmail.com | +55 11 98765-4321\nWork | ana@limastudio.com | -',
    findings: [{ match: 'ana.lima@gmail.com', severity: 'violation' }, { match: 'ana@limastudio.com', severity: 'violation' }],
  },
  { text: 'Me escreva no meu e-mail rafa.dev@gmail.com que eu te mando o orçamento.', findings: [{ match: 'rafa.dev@gmail.com', severity: 'violation' }] },
  { text: 'Thanks!\nAna Lima | Designer | ana.lima@gmail.com\nRecife | Brazil | +55 81 98765-4321', findings: [{ match: 'ana.lima@gmail.com', severity: 'violation' }] },
);

/** Batches 19-20: a detail pointed at in a document ("my number's on the letterhead"), in English, Spanish, Portuguese, French and German. */
invalid.push(
  { text: "My number's on the letterhead I uploaded, if you'd rather chat than type.", findings: [{ match: "My number's on the letterhead", severity: 'violation' }] },
  { text: 'Our email is in the attached PDF.', findings: [{ match: 'Our email is in the attached PDF', severity: 'violation' }] },
  { text: 'My WhatsApp is on the business card in the brief.', findings: [{ match: 'My WhatsApp is on the business card', severity: 'violation' }] },
  { text: 'Mi número está en mi web.', findings: [{ match: 'Mi número está en mi web', severity: 'violation' }] },
  { text: 'Meu contato está no meu site.', findings: [{ match: 'Meu contato está no meu site', severity: 'violation' }] },
  { text: 'Mon numéro est sur mon CV.', findings: [{ match: 'Mon numéro est sur mon CV', severity: 'violation' }] },
  { text: 'Meine Nummer steht im Lebenslauf.', findings: [{ match: 'Meine Nummer steht im Lebenslauf', severity: 'violation' }] },
);
valid.push(
  'The order number is on the invoice.',
  'My number one priority is the header.',
  'Our phone number is on the footer of the new site you are building.',
);

invalid.push(
  { text: 'Мой номер телефона в профиле.', findings: [{ match: 'Мой номер телефона в профиле', severity: 'violation' }] },
  { text: 'Мій номер у резюме.', findings: [{ match: 'Мій номер у резюме', severity: 'violation' }] },
);
valid.push('Номер заказа в резюме не указан.');

/**
 * Batches 38-41 (precision): an address given for a tool's seat or invitation (test management, CAD, help desks; "ajouter", "solo
 * lectura"), an address said to be kept for one tool, and the contacts a research consent form lists.
 */
valid.push(
  'Please add dana.kqa@gmail.com to the TestRail project so I can log the test runs.',
  'Share the Onshape document with marco.cad@outlook.com, that address is only registered for Onshape.',
  'Create a seat in Freshdesk for lina.va@outlook.com please, I only need it for the tickets.',
  "Pour m'ajouter au Asana, mon adresse est paul.m@gmail.com, seulement pour l'invitation.",
  'Puedes añadir ana.k@gmail.com como usuario de solo lectura en Shopify.',
  "The signed consent form lists the study coordinator's email, study.office@univ-lab.org, for questions about your data.",
);
invalid.push(
  { text: 'My email is dana.kqa@gmail.com, write to me there about the TestRail project.', findings: [{ match: 'dana.kqa@gmail.com', severity: 'violation' }] },
  {
    text: 'Email me at marco.cad@outlook.com, that address is only used for Figma stuff.',
    findings: [{ match: 'marco.cad@outlook.com', severity: 'violation' }],
  },
);

const fixedGaps: KnownGap[] = [
  {
    text: "I'm good at python dot net and java.",
    expected: 'valid',
    actual: 'violation "good at python dot net" (a skill, read as "<local> at <domain> dot net")',
  },
  {
    text: 'I worked at Yahoo for three years as a backend engineer.',
    expected: 'valid',
    actual: 'violation "worked at Yahoo" (read as "<local> at <provider>")',
  },
];

// Documentation domains reserved in Japan (JPRS): example.jp, example.co.jp, example.ne.jp; a look-alike domain is still an address.
valid.push('差出人は info@example.jp にしています', '署名のダミーは sales@example.co.jp で入れました');
invalid.push({ text: 'メールは taro@examplejp.com です', findings: [{ match: 'taro@examplejp.com', severity: 'violation' }] });

/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Το email μου είναι nikos.dev ατ gmail.com", findings: [{ match: "nikos.dev ατ gmail.com", severity: 'violation' }] },
);
valid.push(
  "Το παπάκι στη λίμνη είναι χαριτωμένο",
);

runRuleTests('contact-email', withFixedGaps({ valid, invalid }, fixedGaps));

