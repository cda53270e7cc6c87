import { runRuleTests, withFixedGaps, type InvalidCase, type KnownGap, type ValidCase } from './tester';

const valid: (string | ValidCase)[] = [
  // A name the writer was called, told (7 December 2026).
  'A previous client once called me an idiot over one typo in the subtitles, so now I always send a checklist.',
  'They called me a stupid lazy idiot in the review, and Upwork support removed it.',
  // An amateur as a kind of photographer, a slow learner said kindly, slowness of delivery (7 December 2026).
  'Are you an amateur or a professional photographer? Both are fine for this.',
  "You're a slow learner at first, no worries, most students are, we'll practise more.",
  'You are really slow to reply this week, is everything ok?',
  // Denied, and said of oneself (7 December 2026).
  'You are not lazy like all the others, I appreciate the updates.',
  'My last client told me I was lazy like all freelancers, so I send daily reports now.',
  // Round 23: the idiom for cheating someone, denied, not a dismissal.
  {
    text: 'ok I requested a refund on the last milestone thru upwork. not trying to screw you, the campaign never launched. if you disagree go thru their dispute thing',
    context: { contract: 'active', role: 'client' },
  },
  "Nobody here is out to screw you, the refund is only for the unused hours.",
  "I'm not looking to screw you on the rate, I just can't pay for the extra round.",
  // Round 21b: abuse quoted in single quotes in material to answer, edit or translate, and a name someone else was called, reported.
  "A customer wrote on our Facebook 'you are thieves, 3 euros for a croissant'. How should we answer this type of comment?",
  "The foreman's words in chapter 3 must stay as they were: he called us 'negros vagos'. Do not soften it, please.",
  "In the script the villain says 'you stupid idiot' and I kept it in the subtitles.",
  'some of these yelp reviews got cussing in them, do we report those? one guy called my tech a f***ing crook',
  'A driver called our receptionist a bitch on the phone, we banned him.',
  // What someone else called the writer, told (Polish); a film's line in quotes, asked about for the subtitles (Polish, Romanian).
  'Inny klient napisał do mnie, że jestem idiotą, i zgłosiłem to do supportu.',
  'W dialogu bohater mówi „ty idioto”, zostawić tak w napisach?',
  'În serial personajul spune «ești un prost», păstrez așa în subtitrare?',
  // Polish and Turkish look-alikes: a refusal told, a speech reported, past ratings, product work, "pisz" and "ezik" as ordinary words.
  { text: "Pisz śmiało, jeśli coś będzie niejasne w briefie.", context: {contract: 'active'} },
  "Bu hafta çok yoğunum, biraz ezik hissediyorum ama yetiştiririm.",
  // What the writer was called, reported; a crude joke told of.
  'In their group chat I was called a dumb ass and worse, so I left the project.',
  'They called me an asshole for asking about the deadline.',
  'He kept making fart and dick jokes during the call.',
  // A list that ends on an animal or a noun, no one addressed; a friendly address.
  "We raise cows, goats, pigs.",
  "Thank you for the drawings, boss, they look great.",
  "For the game you need three enemy types: a troll, a goblin, snakes.",
  // Paying for a period of work is a promise, not a threat.
  "I'll pay for this week's hours in full and leave fair feedback.",
  'You will pay for this month from the retainer, as agreed.',
  // "fc" is a football club or fast-check, not "fk"; a star code is not a masked word.
  'I support FC Barcelona, so the Champions League nights are busy.',
  'We use fc.assert for the property tests.',
  'Dial *555 to report a traffic incident.',
  // French "sales" (dirty) only in a French sentence: English "sales" is a department.
  'The women on our team handle QA and the men handle sales.',
  'The women in sales closed the best quarter this year.',
  'We shipped the Scunthorpe store redesign last week.',
  'The skills assessment takes 30 minutes.',
  'Our cocktail bar menu needs a new layout.',
  "I'm reading Moby Dick on the train.",
  "I'll kill the stale process and restart the server.",
  "This bug is killing me, but I'll fix it today.",
  'The hot new design trend is glassmorphism.',
  'Please shut down the staging server tonight.',
  "I'll destroy the old test database after the migration.",
  'The class name is Dickens_Parser in the legacy code.',
  "Hit the deadline or we'll miss the launch.",
  "I'll hunt down the memory leak tomorrow.",
  'You are so fast, thank you!',
  "You're a legend, thanks!",
  'The dog walking app needs a booking screen.',
  // Firm complaints, words named in quotes, French "en retard", group words in neutral sentences.
  'The chat filter must block Mexican swear words like "pendejo" or "naco", even spelled with numbers.',
  'Add “idiota” and “imbécil” to the blocked-words list.',
  'Le projet a pris du retard, désolé.',
  'Je suis en retard sur la livraison, je m\'en excuse.',
  'We are building an app for women; the typical user is 30 to 45.',
  'The typical Nigerian user pays with mobile money.',
  'Die App richtet sich an Frauen, typisch ist ein klares Layout.',
  'Es típico que los clientes paguen por adelantado.',
  'Вы все молодцы, спасибо за работу!',
  'Жінки складають половину нашої аудиторії, всі однакові вимоги до дизайну.',
  'tum log kal tak bhej do, sab aise hi theek hai',
  'Vous êtes incapable de livrer à temps, je demande un remboursement.',
  'I\'d have hired my nephew\'s agency if they had the time.',
  'The kindergarten website needs a new gallery page.',
  'Please send me more photos of the product from other angles.',
  'I\'ll make sure your business gets more leads this quarter.',
  'You\'ll never work weekends again with this scheduler.',
  'Я найду тебя в списке участников и добавлю в репозиторий.',
  'Ich habe dafür gesorgt, dass du nie wieder einen Auftrag verpasst.',
  'Foto de corpo inteiro do produto, fundo branco.',
  'Hintli yazılımcılar ekibimizde çok iyi iş çıkarıyor.',
  'I\'m disappointed: the work was late three times and the code doesn\'t run. I\'d like a refund.',
  'This is the third time I\'m asking for the same fix. Please read the brief before you submit again.',
  // The same words in ordinary sentences: a demo shown, a window closed, a database, advice on tools.
  'ما اعرف عنوانك، ارسله لي عشان الفاتورة',
  'هلا، ممكن ترسل لي التصميم؟',
  'Demoyu yarın sana gösteririm.',
  'Hayatını kolaylaştıracak bir uygulama yapıyoruz.',
  'Ferme la fenêtre modale après la validation.',
  'It\'s a waste of time to rebuild it.',
  'The bot will pretend to be the customer in the test.',
  // A regret promised in the negative is a sales line; 'I'll show you the design', 'very nice', 'by ourselves', data modelling.
  'Оберіть мене — не пожалкуєте!',
  'Выберите меня, не пожалеете.',
  'Contrátame, no te vas a arrepender.',
  'Me contrata, você não vai se arrepender.',
  'Mujhe hire karo, nahi pachtaoge.',
  'خلني اوريك التصميم بكرة',
  'راح اوريك النسخة الجديدة',
  'hawarrik el design bokra',
  'el design 7elwa awi, shokran',
  'ne2dar nkhallas el sho8l lewa7dena',
  'Adresini biliyorum, faturayı oraya göndereceğim.',
  'tumhara address mere paas hai, samples bhej dunga',
  'kita meeting berdua aja lewat call Upwork',
  'I think you should be modeling the data before the UI.',
  'We run a kindergarten; art classes need a gallery page.',
  'I could have asked my son, he\'s a developer, but I prefer a professional.',
  'You\'d be better off asking a designer than coding it yourself.',
  'Replacing the filters is a waste of air conditioning budget, says the client.',
  'Com essa automação você nunca mais vai trabalhar de madrugada.',
  'Die alten Logs? Sie sind nutzlos, lösch sie.',
  'ye design ekdum bekar hai, dobara banao please',
  'We store sessions in the mongo database; the penner library handles retries.',
  'mujhe nahi pata tum kahan rehte ho, timezone bata do',
  'You\'d be better off hiring a designer than doing it yourself.',
  'You\'d be better off using Postgres than MySQL for this.',
  'Imagine the app with a dark theme and that accent colour.',
  'Ich mache die Seite fertig, bevor du zurück bist.',
  'Je vais ruiner la cache du navigateur pour tester.',
  'The mal-formed request returns 400.',
  'Sen bu işte çok iyisin, teşekkürler.',
  'Bu hafta işim çok, ezik hissediyorum ama yetiştiririm.',
  'Your app crashes on launch and the checkout is still broken. Please fix it before Friday.',
  // Firm but polite complaints in every language, and groups named without contempt.
  'The work is late again and the code does not run. I expect a fix by Friday or I will ask for a refund.',
  'I\'m very disappointed. You ignored the brief twice. Please redo the header exactly as specified.',
  'If this isn\'t fixed by Monday I will open a dispute and leave honest feedback.',
  'Honestly this is not acceptable, the design is nothing like what we agreed.',
  'Estoy muy decepcionado, el trabajo llegó tarde y con errores. Quiero un reembolso.',
  'La tienda de ropa para mujeres: los botones son inútiles en el móvil, arréglalos por favor.',
  'Estou decepcionado, o trabalho veio com erros. Os filtros estão inúteis, corrija até sexta.',
  'Je suis déçu : le travail est en retard et le code ne marche pas. Merci de corriger avant vendredi.',
  'Die Arbeit war schlampig und zu spät. Bitte bis Freitag korrigieren, sonst eröffne ich einen Streitfall.',
  'Ich bin enttäuscht, das Ergebnis ist unbrauchbar. Bitte überarbeiten.',
  'Я разочарован, работа сделана с ошибками. Прошу исправить до пятницы.',
  'Я розчарований, робота зроблена з помилками. Прошу виправити до п\'ятниці, інакше відкрию спір.',
  'Çok hayal kırıklığına uğradım, iş geç geldi ve hatalı. Cumaya kadar düzeltin lütfen.',
  'Kaam time pe nahi hua aur galtiyan bhi hain. Friday tak theek kar do warna refund maangunga.',
  'أنا مستاء جدا، الشغل متأخر وفيه أخطاء. أرجو التصحيح قبل الجمعة وإلا سأفتح نزاع.',
  'ana za3lan geddan, el sho8l mt2a5ar w fih a5ta2. law sama7t sala7o abl el gom3a.',
  'Our app targets Indian and Pakistani students; typical users are lazy about filling forms, so keep it short.',
  'Women developers are underrepresented; our program helps them get hired.',
  'We\'re hiring women engineers for our backend team; experience with servers required.',
  'The previous freelancer was from Egypt and the work was great.',
  'You people at the agency were super helpful, thanks!',
  'Your app sucks less battery now, great job.',
  'Ukrainian developers on our team are excellent.',
  'Versand nach Polen, billig und schnell.',
  'Please remove this garbage code from the repo.',
  'I don\'t know what you\'re doing wrong, can you share the logs?',
  'This tool is no better than the rest, honestly.',
  'Kann ich das Fenster schließen? Halt die Tür offen.',
  'Он пошёл в отпуск, вернётся в понедельник.',
  'Він пішов у відпустку до понедельника.',
  'Diam-diam kami sudah deploy versi baru.',
  'Defolt ayarları değiştirdim.',
  'La casse-tête du projet est le cache.',
  'ye sab bakwas nahi hai, data sahi hai',
  'Typisch für diese Branche sind schlampige Übergaben.',
  // Blunt but fair criticism, age and gender named without contempt, Pidgin-free English.
  'When I was at your age I was already shipping code.',
  'Your proposals are boring, but the pricing is fair.',
  "This code is a mess; let's refactor the auth module first.",
  "If your data is garbage in, you get garbage out, so let's clean the CSV.",
  'Your trash can icon is too small on mobile.',
  'We need someone who can read Japanese to check the translations.',
  'The voice-over was great and so is your pacing.',
  "We hired a woman for backend last year and she's brilliant.",
  "I'll make sure the whole team knows how you set up the pipeline.",
  'Freelancers from India on our team always deliver on time.',
  'Let me explain it again in simpler words, the chart was confusing.',
  "Maybe this package isn't for you if you need daily calls.",
  // Blunt about the work, not the person; the same words aimed at nobody; a group named without shutting it out.
  'this PR is garbage',
  'did you even read the docs?',
  "If you have no idea what you're doing, ask me before touching prod.",
  "Don't worry if you have no idea what you're doing at first, nobody does.",
  'The garbage is yours to take out.',
  "That was one of the dumbest bugs I've ever seen.",
  'Honestly the dumbest thing I ever did was skip backups.',
  'This template is perfect for amateurs like you and me.',
  'After the layoff she had to find a new career in data science.',
  'I was pretending to be a customer to test the checkout flow.',
  'It is an insult to real developers when recruiters ask for 10 years of React.',
  'Your garbage collector settings are too aggressive.',
  'Indian cards will be rejected by the gateway because of RBI rules.',
  'Duplicate applicants will be automatically rejected.',
  'The Marathi translation is not welcome in the English docs folder.',
  // Look-alikes of the texting insults, the contempt and the regret at a hire.
  'Are you always this fast? Impressive work.',
  'r u around tomorrow for the review?',
  'Your taste is great, the palette works.',
  "That's a nice piece of work, thanks!",
  'A child would have loved this illustration.',
  'I should have hired a manager earlier.',
  'This is what I get for hiring without a paid test.',
  'Should I hire a man or a woman for the voiceover?',
  // Batch 17: contempt, veiled threats and group remarks without a swear word; frustrated but fair complaints stay clean.
  { text: "This is the third missed deadline, I'm disappointed. Please send a realistic date.", context: { contract: 'active', role: 'client' } },
  { text: "I'd hate for this to slip another week, so let's agree on Friday.", context: { contract: 'active', role: 'client' } },
  { text: "What's the standard VAT rate where you're from?", context: { contract: 'active', role: 'client' } },
  { text: "The women on our team are usually more careful than you'd expect with QA.", context: { contract: 'active', role: 'client' } },
  { text: "I've seen students use this template before, it works better with fewer columns.", context: { contract: 'active', role: 'client' } },
  { text: "It would be a shame if this ran over budget, so let's trim scope now.", context: { contract: 'active', role: 'client' } },
  { text: "No offense meant, but I think the second draft is stronger than the first.", context: { contract: 'active', role: 'client' } },
  { text: "We should get a real database instead of the spreadsheet.", context: { contract: 'active', role: 'client' } },
  { text: "I'm not happy with draft two: the tone is far too casual for a law firm.", context: { contract: 'active', role: 'client' } },
  { text: "I'm sorry if my tone came across badly yesterday, I was tired.", context: { contract: 'active' } },
  // Dutch/Flemish, Romanian, Malay/Manglish and Korean look-alikes: a site's own details, talk kept on Upwork, a word quoted.
  "Kunt u het logo wat groter maken?",
  "Wanneer kunt ge beginnen met de teksten?",
  "Het personage zegt 'idioot' in de scène, vertaal ik dat letterlijk?",
  // Chinese and Vietnamese look-alikes: a library called rubbish, a process that will not die, a "deadly" bug.
  '这个库真的很垃圾，建议换掉',
  'kill -9 都杀不掉这个进程',
  'Bug này chết người thật, em fix ngay tối nay.',
];

const invalid: InvalidCase[] = [
  // Contempt for code that names the one who wrote it (round thirty's spared bugs and code left it out).
  { text: 'Ты вообще программист или кто? Такой код только дебил мог написать.', findings: [{ match: 'дебил', severity: 'violation' }] },
  // A name the writer was called, told, then the same name aimed back after a comma (7 December 2026).
  { text: 'You called me an idiot, you idiot.', findings: [{ match: 'you idiot', severity: 'violation' }] },
  { text: 'He called me yesterday and he is an idiot.', findings: [{ match: 'idiot', severity: 'violation' }] },
  // A con artist, an amateur as the address closing a sentence, slowness of mind (7 December 2026).
  { text: "You're a con artist and a coward hiding behind a screen.", findings: [{ match: "You're a con artist", severity: 'violation' }] },
  { text: 'Learn to record properly before you blame me, you amateur.', findings: [{ match: 'you amateur', severity: 'violation' }] },
  { text: 'Sorry but you are really slow to understand, I explained it four times.', findings: [{ match: 'you are really slow to understand', severity: 'violation' }] },
  // The insult laid on a whole group through the one addressed (7 December 2026).
  { text: 'You are lazy like all freelancer, I pay and nothing comes.', findings: [{ match: 'You are lazy like all freelancer', severity: 'violation' }] },
  { text: "Honestly you're as greedy as all the agencies I tried.", findings: [{ match: "you're as greedy as all the agencies", severity: 'violation' }] },
  // Round 23, next to those: the dismissal itself.
  { text: 'Screw you, the campaign never launched because of you.', findings: [{ match: 'Screw you', severity: 'violation' }] },
  { text: "I'm not paying, screw you and your dispute thing.", findings: [{ match: 'screw you', severity: 'violation' }] },
  // Round 21b, next to those: the same words aimed at the reader, outside quotes or after a report.
  { text: "The customer's comment was fine, but you are thieves and I will say so.", findings: [{ match: 'you are thieves', severity: 'violation' }] },
  { text: "I called my tech and he said your f***ing site is broken", findings: [{ match: 'f***ing', severity: 'violation' }] },
  { text: 'he called the client a bitch, and you are a bitch too', findings: [{ match: 'bitch', start: 44, severity: 'violation' }] },
  // Next to them, the same words aimed at the reader.
  { text: 'Jesteś idiotą, nic nie umiesz.', findings: [{ match: 'idiotą', severity: 'violation' }] },
  { text: 'Ty idioto, nazwałem cię tak, bo na to zasługujesz.', findings: [{ match: 'Ty idioto', severity: 'violation' }] },
  // Polish and Turkish (round 10): channels with case endings, asks, payment words, review holds, insults and threats, accounts lent.
  { text: "Spadaj, frajerze, nic nie umiesz.", findings: [{ match: "Spadaj", severity: 'violation' }, { match: "frajerze", severity: 'violation' }] },
  { text: "Znajdę cię, wiem, gdzie mieszkasz.", findings: [{ match: "Znajdę cię", severity: 'violation' }, { match: "wiem, gdzie mieszkasz", severity: 'violation' }] },
  { text: "Enayi misin sen, bu ne biçim iş?", findings: [{ match: "Enayi", severity: 'violation' }] },
  { text: "Seni bulurum, ofisin nerede biliyorum.", findings: [{ match: "Seni bulurum", severity: 'violation' }, { match: "ofisin nerede biliyorum", severity: 'violation' }] },
  { text: 'I was called for nothing, you asshole.', findings: [{ match: 'asshole', severity: 'violation' }] },
  { text: 'You are such an ass.', findings: [{ match: 'ass', severity: 'violation' }] },
  // The insult as a form of address closing a sentence.
  { text: "you missed the deadline again, idiot.", findings: [{ match: "idiot", severity: 'violation' }] },
  { text: "Fix your own bugs before you blame my spec, clown 🤡", findings: [{ match: "clown", severity: 'violation' }] },
  { text: "You can send the invoice when the work is done and approved, stupid boy!", findings: [{ match: "stupid boy", severity: 'violation' }] },
  { text: "You'll pay for this, I promise you.", findings: [{ match: "You'll pay for this", severity: 'violation' }] },
  { text: 'Just fc off already.', findings: [{ match: 'fc', severity: 'violation' }] },
  // Contempt for the person behind the work, the insult turned round, shutting a people out.
  { text: 'Stop pretending to be a developer and delete this.', findings: [{ match: 'Stop pretending to be a developer', severity: 'violation' }] },
  { text: 'And you call yourself a senior designer?', findings: [{ match: 'And you call yourself a senior designer', severity: 'violation' }] },
  { text: 'Your code is an insult to real developers.', findings: [{ match: 'Your code is an insult to real developers', severity: 'violation' }] },
  { text: 'Your garbage PR broke the build again.', findings: [{ match: 'Your garbage PR', severity: 'violation' }] },
  { text: 'Maybe find a new hobby, coding is not it.', findings: [{ match: 'Maybe find a new hobby', severity: 'violation' }] },
  { text: 'the only clown here is you', findings: [{ match: 'the only clown here is you', severity: 'violation' }] },
  { text: 'trash is you', findings: [{ match: 'trash is you', severity: 'violation' }] },
  { text: "You obviously don't have a clue what you're doing.", findings: [{ match: "You obviously don't have a clue what you're doing", severity: 'violation' }] },
  { text: 'u really have no idea what ur doing lol', findings: [{ match: 'u really have no idea what ur doing', severity: 'violation' }] },
  { text: "This is the laziest designer I've ever worked with.", findings: [{ match: "the laziest designer I've ever worked with", severity: 'violation' }] },
  { text: 'the most incompetent devs we have ever hired', findings: [{ match: 'the most incompetent devs we have ever hired', severity: 'violation' }] },
  { text: 'Tamil candidates will be rejected automatically.', findings: [{ match: 'Tamil candidates will be rejected', severity: 'violation' }] },
  { text: 'Pakistanis need not apply.', findings: [{ match: 'Pakistanis need not apply', severity: 'violation' }] },
  { text: 'Bengali freelancers are not welcome on this job.', findings: [{ match: 'Bengali freelancers are not welcome', severity: 'violation' }] },
  { text: 'no one wants script kiddies like you here', findings: [{ match: 'script kiddies like you', severity: 'violation' }] },
  { text: 'abe gandu, kaam kab dega', findings: [{ match: 'gandu', severity: 'violation' }] },
  { text: 'Les indiens sont sales.', findings: [{ match: 'indiens sont sales', severity: 'violation' }] },
  { text: 'Are you stupid? I explained this three times.', findings: [{ match: 'Are you stupid', severity: 'violation', exception: false }] },
  { text: "You're a complete idiot.", findings: [{ match: "You're a complete idiot", severity: 'violation' }] },
  { text: 'Just do what you\'re told, monkey.', findings: [{ match: 'monkey', severity: 'violation' }] },
  { text: 'This is fucking late.', findings: [{ match: 'fucking', severity: 'violation' }] },
  { text: 'I know where you live.', findings: [{ match: 'I know where you live', severity: 'violation' }] },
  { text: 'Send me nudes.', findings: [{ match: 'Send me nudes', severity: 'violation' }] },
  { text: 'All Indians are scammers.', findings: [{ match: 'All Indians are scammers', severity: 'violation' }] },
  { text: 'You are worthless.', findings: [{ match: 'You are worthless', severity: 'violation' }] },
  { text: 'shit', findings: [{ match: 'shit', severity: 'violation' }] },
  // Contempt for a group, women sent to the kitchen, regretted hires, threats to a career or a city, advances, in several languages.
  { text: 'típico de venezolanos, prometen todo y no entregan nada.', findings: [{ match: 'venezolanos, prometen todo', severity: 'violation' }] },
  { text: 'Son todos iguales, típicos colombianos.', findings: [{ match: 'todos iguales, típicos colombianos', severity: 'violation' }] },
  { text: 'Typisch Inder, billig und schlampig.', findings: [{ match: 'Inder, billig und schlampig', severity: 'violation' }] },
  { text: 'Вы, хохлы, всё делаете через одно место.', findings: [{ match: 'хохлы', severity: 'violation' }] },
  { text: 'Всі ви, жінки-дизайнерки, однакові.', findings: [{ match: 'Всі ви, жінки-дизайнерки, однакові', severity: 'violation' }] },
  { text: 'tum log Punjab wale sab aise hi hote ho kya?', findings: [{ match: 'tum log Punjab wale sab aise hi hote ho', severity: 'violation' }] },
  { text: 'aurton ko ghar baith ke khana banana chahiye', findings: [{ match: 'aurton ko ghar', severity: 'violation' }] },
  { text: 'انتو المصريين كلكم كذا، كلام وبس', findings: [{ match: 'انتو المصريين كلكم كذا', severity: 'violation' }] },
  { text: 'entom el hnood kollokom keda', findings: [{ match: 'entom el hnood kollokom keda', severity: 'violation' }] },
  { text: 'Pakistanlı yazılımcılar hep böyle zaten, kopyala yapıştır.', findings: [{ match: 'Pakistanlı yazılımcılar hep böyle', severity: 'violation' }] },
  { text: 'People like you are the reason nobody trusts freelancers.', findings: [{ match: 'People like you are the reason nobody trusts', severity: 'violation' }] },
  { text: 'I knew I shouldn\'t have hired a woman for this job.', findings: [{ match: 'shouldn\'t have hired a woman', severity: 'violation' }] },
  { text: 'Mulher não devia mexer com programação, volta pra cozinha.', findings: [{ match: 'Mulher não devia mexer com programação', severity: 'violation' }, { match: 'volta pra cozinha', severity: 'violation' }] },
  { text: 'Você é uma incompetente.', findings: [{ match: 'Você é uma incompetente', severity: 'violation' }] },
  { text: 'Tu es vraiment une incapable.', findings: [{ match: 'Tu es vraiment une incapable', severity: 'violation' }] },
  { text: 'Du bist echt unfähig.', findings: [{ match: 'Du bist echt unfähig', severity: 'violation' }] },
  { text: 'sen gerçekten bu kadar yeteneksizsin', findings: [{ match: 'yeteneksizsin', severity: 'violation' }] },
  { text: 'ilkokul çocuğu bile bunu senden iyi yapar', findings: [{ match: 'ilkokul çocuğu bile bunu senden iyi', severity: 'violation' }] },
  { text: 'If I wanted kindergarten art I\'d have hired my nephew.', findings: [{ match: 'If I wanted kindergarten art I\'d have hired my nephew', severity: 'violation' }] },
  { text: 'If I wanted a logo like this I\'d have asked my 5-year-old.', findings: [{ match: 'If I wanted a logo like this I\'d have asked my 5-year-old', severity: 'violation' }] },
  { text: 'This is kindergarten work.', findings: [{ match: 'is kindergarten work', severity: 'violation' }] },
  { text: 'I\'ll make sure you never work in this industry again.', findings: [{ match: 'make sure you never work', severity: 'violation' }] },
  { text: 'sé perfectamente en qué ciudad vives', findings: [{ match: 'sé perfectamente en qué ciudad vives', severity: 'violation' }] },
  { text: 'j\'ai les moyens de te retrouver', findings: [{ match: 'les moyens de te retrouver', severity: 'violation' }] },
  { text: 'sorg ich dafür, dass du in dieser Branche nie wieder einen Auftrag bekommst', findings: [{ match: 'dass du in dieser Branche nie wieder einen Auftrag bekommst', severity: 'violation' }] },
  { text: 'Ещё слово — и я найду тебя.', findings: [{ match: 'я найду тебя', severity: 'violation' }] },
  { text: 'Напишеш ще раз — пожалкуєш. Я знаю, де ти працюєш', findings: [{ match: 'пожалкуєш', severity: 'violation' }, { match: 'знаю, де ти працюєш', severity: 'violation' }] },
  { text: 'You\'re too pretty to be doing this kind of work.', findings: [{ match: 'You\'re too pretty to', severity: 'violation' }] },
  { text: 'manda uma foto sua de corpo inteiro', findings: [{ match: 'foto sua de corpo inteiro', severity: 'violation' }] },
  { text: 'kamu cantik di foto profil', findings: [{ match: 'kamu cantik', severity: 'violation' }] },
  { text: 'enty 7elwa awi', findings: [{ match: 'enty 7elwa', severity: 'violation' }] },
  { text: 'Then explain how it works, numbskull.', findings: [{ match: 'numbskull', severity: 'violation' }] },
  { text: 'fix it or 🖕', findings: [{ match: '🖕', severity: 'violation' }] },
  { text: 'Liars, every single one of you.', findings: [{ match: 'Liars, every single one of you', severity: 'violation' }] },
  { text: 'Are you actually this stupid or just pretending?', findings: [{ match: 'Are you actually this stupid', severity: 'violation' }] },
  { text: 'Your app sucks and nobody wants your useless software.', findings: [{ match: 'Your app sucks', severity: 'violation' }, { match: 'your useless software', severity: 'violation' }] },
  { text: 'You\'re greedy and a cheat.', findings: [{ match: 'You\'re greedy', severity: 'violation' }] },
  { text: 'tum log sab aise hi hote ho. pathetic', findings: [{ match: 'tum log sab aise hi hote ho', severity: 'violation' }, { match: 'pathetic', severity: 'violation' }] },
  { text: 'Typical Indian developers, all talk.', findings: [{ match: 'Typical Indian developers', severity: 'violation' }] },
  { text: 'Hire someone from a real country next time.', findings: [{ match: 'someone from a real country', severity: 'violation' }] },
  // Insults, threats and advances in Arabic, Arabizi, Ukrainian, Russian, German, French, Turkish, Hindi; put-downs by comparison.
  { text: 'والله لاوريك، ما راح تشتغل مرة ثانية', findings: [{ match: 'والله لاوريك', severity: 'violation' }] },
  { text: 'راح افضحك في كل القروبات', findings: [{ match: 'راح افضحك', severity: 'violation' }] },
  { text: 'انا اعرف عنوانك كويس', findings: [{ match: 'انا اعرف عنوانك', severity: 'violation' }] },
  { text: 'هلا يا حلوة، ممكن نتعرف؟', findings: [{ match: 'يا حلوة', severity: 'violation' }] },
  { text: 'انت حمار وما تفهم', findings: [{ match: 'حمار', severity: 'violation' }] },
  { text: 'enta 7mar w mesh fahem 7aga', findings: [{ match: 'enta 7mar', severity: 'violation' }, { match: 'mesh fahem 7aga', severity: 'violation' }] },
  { text: 'ya ghabi, e2ra el brief', findings: [{ match: 'ya ghabi', severity: 'violation' }] },
  { text: 'hafda7ak 3ala facebook', findings: [{ match: 'hafda7ak', severity: 'violation' }] },
  { text: 'ти нікчема, а не дизайнер', findings: [{ match: 'нікчема', severity: 'violation' }] },
  { text: 'Бездарність, а не розробник.', findings: [{ match: 'Бездарність', severity: 'violation' }] },
  { text: 'Ты бездарь и ничтожество.', findings: [{ match: 'бездарь', severity: 'violation' }, { match: 'ничтожество', severity: 'violation' }] },
  { text: 'Du Versager, nicht mal das kriegst du hin.', findings: [{ match: 'Versager', severity: 'violation' }] },
  { text: 'Du Vollpfosten!', findings: [{ match: 'Vollpfosten', severity: 'violation' }] },
  { text: 'Ich mach dich fertig, wenn das nicht läuft.', findings: [{ match: 'Ich mach dich fertig', severity: 'violation' }] },
  { text: 'Ich weiß, wo du wohnst.', findings: [{ match: 'Ich weiß, wo du wohnst', severity: 'violation' }] },
  { text: 'T\'es vraiment minable.', findings: [{ match: 'T\'es vraiment minable', severity: 'violation' }] },
  { text: 'Pauvre con, tu sais même pas coder.', findings: [{ match: 'Pauvre con', severity: 'violation' }] },
  { text: 'Ferme-la et fais ton travail.', findings: [{ match: 'Ferme-la', severity: 'violation' }] },
  { text: 'Je vais ruiner ta réputation sur toutes les plateformes.', findings: [{ match: 'Je vais ruiner ta réputation', severity: 'violation' }] },
  { text: 'Sen tam bir beyinsizsin.', findings: [{ match: 'beyinsizsin', severity: 'violation' }] },
  { text: 'Dangalak mısın nesin?', findings: [{ match: 'Dangalak', severity: 'violation' }] },
  { text: 'Hayatını mahvedeceğim.', findings: [{ match: 'Hayatını mahvedeceğim', severity: 'violation' }] },
  { text: 'Sana gösteririm ben!', findings: [{ match: 'Sana gösteririm ben', severity: 'violation' }] },
  { text: 'Kadınlar yazılımdan anlamaz zaten.', findings: [{ match: 'Kadınlar yazılımdan anlamaz', severity: 'violation' }] },
  { text: 'tum ekdum nikamme ho', findings: [{ match: 'nikamme', severity: 'violation' }] },
  { text: 'mujhe pata hai tum kahan rehte ho', findings: [{ match: 'mujhe pata hai tum kahan rehte', severity: 'violation' }] },
  { text: 'Honestly you look like you\'d be better at cleaning houses than writing code.', findings: [{ match: 'you\'d be better at cleaning houses than writing code', severity: 'violation' }] },
  { text: 'You would be better off trying to read braille than this code.', findings: [{ match: 'You would be better off trying to read braille than this code', severity: 'violation' }] },
  { text: 'Imagine charging $50/hr with that accent.', findings: [{ match: 'Imagine charging $50/hr with that accent', severity: 'violation' }] },
  // Borrowed or hosted accounts, stand-ins on the call; contempt in plain words.
  { text: 'You\'re a waste of oxygen.', findings: [{ match: 'a waste of oxygen', severity: 'violation' }] },
  { text: 'Get a real job.', findings: [{ match: 'Get a real job', severity: 'violation' }] },
  { text: 'Learn to code, idiot.', findings: [{ match: 'idiot', severity: 'violation' }] },
  { text: 'Send me a pic of you in a dress.', findings: [{ match: 'Send me a pic of you', severity: 'violation' }] },
  { text: 'I\'ll make you regret this.', findings: [{ match: 'I\'ll make you regret', severity: 'violation' }] },
  { text: 'Nobody would ever hire a clown like you.', findings: [{ match: 'a clown like you', severity: 'violation' }] },
  // Contempt for what someone does: spam called garbage, 'no better than a bot', wasting time, not knowing what they do.
  { text: 'Stop spamming your garbage in our forum.', findings: [{ match: 'spamming your garbage', severity: 'violation' }] },
  { text: 'You\'re no better than a bot.', findings: [{ match: 'You\'re no better than a bot', severity: 'violation' }] },
  { text: 'All you do is waste my time.', findings: [{ match: 'All you do is waste my time', severity: 'violation' }] },
  { text: 'You clearly don\'t know what you\'re doing.', findings: [{ match: 'You clearly don\'t know what you\'re doing', severity: 'violation' }] },
  // 'Shut up' and 'get lost' in other languages.
  { text: 'Cállate y haz tu trabajo.', findings: [{ match: 'Cállate', severity: 'violation' }] },
  { text: 'Cala a boca e faz o que eu mandei.', findings: [{ match: 'Cala a boca', severity: 'violation' }] },
  { text: 'Va te faire foutre avec ton devis.', findings: [{ match: 'Va te faire foutre', severity: 'violation' }] },
  { text: 'Halt\'s Maul und mach deine Arbeit.', findings: [{ match: 'Halt\'s Maul', severity: 'violation' }] },
  { text: 'Заткнись и делай, что сказано.', findings: [{ match: 'Заткнись', severity: 'violation' }] },
  { text: 'Пішов ти зі своїми правками.', findings: [{ match: 'Пішов ти', severity: 'violation' }] },
  { text: 'bakwas band karo aur kaam karo', findings: [{ match: 'bakwas band karo', severity: 'violation' }] },
  { text: 'nikal yahan se', findings: [{ match: 'nikal yahan se', severity: 'violation' }] },
  { text: 'اسكت يا غبي', findings: [{ match: 'اسكت يا', severity: 'violation' }, { match: 'غبي', severity: 'violation' }] },
  { text: 'ekhras w e3mel el sho8l', findings: [{ match: 'ekhras', severity: 'violation' }] },
  { text: 'Kapa çeneni ve işini yap.', findings: [{ match: 'Kapa çeneni', severity: 'violation' }] },
  { text: 'Sen aptalsın.', findings: [{ match: 'aptalsın', severity: 'violation' }] },
  { text: 'bacot lu, kerjain aja', findings: [{ match: 'bacot', severity: 'violation' }] },
  // Masked, leet, full-width, spaced, look-alike and invisible spellings.
  { text: 'What a f*ck up.', findings: [{ match: 'f*ck', severity: 'violation' }] },
  { text: 'This is sh1t work.', findings: [{ match: 'sh1t', severity: 'violation' }] },
  { text: 'ｆｕｃｋ this project', findings: [{ match: 'ｆｕｃｋ', severity: 'violation' }] },
  { text: 'f.u.c.k you', findings: [{ match: 'f.u.c.k', severity: 'violation' }] },
  { text: 'motherf*cker', findings: [{ match: 'motherf*cker', severity: 'violation' }] },
  { text: 'f u c k this', findings: [{ match: 'f u c k', severity: 'violation' }] },
  { text: 'fu\u0441k this', findings: [{ match: 'fu\u0441k', severity: 'violation' }] },
  { text: 'f\u200Bu\u200Bc\u200Bk this', findings: [{ match: 'f\u200Bu\u200Bc\u200Bk', severity: 'violation' }] },
  // Astral characters before the match.
  { text: "😤😤 You're a complete idiot.", findings: [{ match: "You're a complete idiot", severity: 'violation' }] },
  // Two in one text, one at the very end.
  {
    text: "You're a complete idiot and your code is shit",
    findings: [
      { match: "You're a complete idiot", severity: 'violation' },
      { match: 'your code is shit', severity: 'violation' },
    ],
  },
  // No context makes harassment acceptable.
  { text: "You're a complete idiot.", context: { client: 'enterprise' }, findings: [{ match: "You're a complete idiot", severity: 'violation', exception: false }] },
  {
    text: "You're a complete idiot.",
    context: { contract: 'active', role: 'client' },
    findings: [{ match: "You're a complete idiot", severity: 'violation', exception: false }],
  },
  // Arabic punctuation ends a word: the sentence after the comma does not hide the contempt.,
  { text: 'أنتم الهنود كلكم نفس الشي، تاخذون الفلوس وتختفون', findings: [{ match: 'أنتم الهنود كلكم نفس الشي', severity: 'violation' }] },
  { text: 'A child could have built this faster. Embarrassing that you call yourself a developer.', findings: [{ match: 'A child could have built this', severity: 'violation' }, { match: 'that you call yourself a developer', severity: 'violation' }] },
  // Insults without swear words, talking down, stereotypes by group, age and gender, veiled threats, advances (batch 15 families).
  { text: 'your slides are garbage and so are you', findings: [{ match: 'your slides are garbage', severity: 'violation' }] },
  { text: 'the mockup is a joke and honestly so r u', findings: [{ match: 'a joke and honestly so r u', severity: 'violation' }] },
  { text: 'Stop acting like a child and read the brief.', findings: [{ match: 'Stop acting like a child', severity: 'violation' }] },
  { text: "Fine, I'll use small words this time: the API needs a key.", findings: [{ match: "I'll use small words", severity: 'violation' }] },
  { text: 'Get someone who can actually read to check the spec.', findings: [{ match: 'Get someone who can actually read', severity: 'violation' }] },
  { text: "Clearly programming isn't for you.", findings: [{ match: "Clearly programming isn't for you", severity: 'violation' }] },
  { text: "You're simply not cut out for freelancing.", findings: [{ match: "You're simply not cut out for freelancing", severity: 'violation' }] },
  { text: 'ur selfie on the profile looks so hot, send me more pics of urself', findings: [{ match: 'ur selfie on the profile looks so hot', severity: 'violation' }, { match: 'send me more pics of urself', severity: 'violation' }] },
  { text: "I'll let every client here know exactly how you treat freelancers.", findings: [{ match: "I'll let every client here know exactly how you treat", severity: 'violation' }] },
  { text: 'We only hire younger devs, the team is 25 and under, so we prefer younger people.', findings: [{ match: 'only hire younger', severity: 'violation' }, { match: 'prefer younger', severity: 'violation' }] },
  { text: 'Honestly at your age you should stick to WordPress.', findings: [{ match: 'at your age', severity: 'violation' }] },
  { text: "Women aren't good at backend, I'll give you the docs instead.", findings: [{ match: "Women aren't good at backend", severity: 'violation' }] },
  { text: "Never expected a girl for devops, let's see.", findings: [{ match: 'expected a girl for devops', severity: 'violation' }] },
  { text: 'The girls handle notes and scheduling while the men do the coding.', findings: [{ match: 'girls handle notes and scheduling while the men do the coding', severity: 'violation' }] },
  { text: 'People from Nigeria always underbid and then vanish.', findings: [{ match: 'People from Nigeria always underbid', severity: 'violation' }] },
  { text: 'Freelancers from India always miss deadlines.', findings: [{ match: 'Freelancers from India always miss', severity: 'violation' }] },
  { text: 'Nunca mais contrato nordestinos, sempre somem no meio do projeto.', findings: [{ match: 'Nunca mais contrato nordestinos', severity: 'violation' }] },
  { text: 'Eres un payaso, no sirves para nada.', findings: [{ match: 'Eres un payaso', severity: 'violation' }, { match: 'no sirves para nada', severity: 'violation' }] },
  { text: 'Tum anpadh ho, akal nahi hai tumhe.', findings: [{ match: 'anpadh', severity: 'violation' }, { match: 'akal nahi hai', severity: 'violation' }] },
  { text: 'Wewe ni mpumbavu, huna akili kabisa.', findings: [{ match: 'mpumbavu', severity: 'violation' }, { match: 'huna akili', severity: 'violation' }] },
  { text: 'You be mumu, your head no correct.', findings: [{ match: 'mumu', severity: 'violation' }, { match: 'your head no correct', severity: 'violation' }] },
  // Texting shorthand and the slow-or-blind question with its modifiers.
  { text: 'r u dumb or what? i said the blue one', findings: [{ match: 'r u dumb', severity: 'violation' }] },
  { text: 'Are ya blind? The button is right there.', findings: [{ match: 'Are ya blind', severity: 'violation' }] },
  { text: 'Are you always this slow, or only with my tickets?', findings: [{ match: 'Are you always this slow', severity: 'violation' }] },
  // Contempt with no swear word: the person's ideas or skills as trash, a piece of trash, a monkey or a kid doing better.
  { text: 'Your ideas are honestly trash.', findings: [{ match: 'Your ideas are honestly trash', severity: 'violation' }] },
  { text: 'Your skills are pure garbage.', findings: [{ match: 'Your skills are pure garbage', severity: 'violation' }] },
  { text: "You're nothing but a lying piece of trash.", findings: [{ match: "You're nothing but a lying piece of trash", severity: 'violation' }] },
  { text: "You're a real piece of work.", findings: [{ match: "You're a real piece of work", severity: 'violation' }] },
  { text: 'Even a trained monkey could have done this.', findings: [{ match: 'Even a trained monkey could have done', severity: 'violation' }] },
  { text: 'A kid would have finished it in an hour.', findings: [{ match: 'A kid would have finished', severity: 'violation' }] },
  // Regret at having hired someone for who they are.
  { text: 'Serves me right for hiring a girl for the API work.', findings: [{ match: 'Serves me right for hiring a girl', severity: 'violation' }] },
  { text: "That's what happens when you hire foreigners.", findings: [{ match: 'what happens when you hire foreigners', severity: 'violation' }] },
  { text: "I should've hired a man for this.", findings: [{ match: "should've hired a man", severity: 'violation' }] },
  { text: 'Is your brain even switched on today?', findings: [{ match: 'Is your brain even switched on', severity: 'violation' }] },
  {
    text: 'Honestly, a high schooler could have written better copy than this.',
    findings: [{ match: 'a high schooler could have written better', severity: 'violation' }],
  },
  // Batch 17: contempt, veiled threats and group remarks without a swear word; frustrated but fair complaints stay clean.
  { text: "No offence, but the mockups you sent are amateurish.", context: { contract: 'active', role: 'client' }, findings: [{ match: "No offence, but the mockups you sent are amateurish", severity: 'violation' }] },
  { text: "Do you even read my messages before replying?", context: { contract: 'active', role: 'client' }, findings: [{ match: "Do you even read my messages", severity: 'violation' }] },
  { text: "Should I draw it out for you in a diagram? The deadline is Friday.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Should I draw it out for you in a diagram", severity: 'violation' }] },
  { text: "Maybe just go take a remedial writing class before the next draft.", context: { contract: 'active', role: 'client' }, findings: [{ match: "just go take a remedial writing class", severity: 'violation' }] },
  { text: "Next time hire a real designer instead of pretending.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Next time hire a real designer", severity: 'violation' }] },
  { text: "Your grammar in these posts is laughable.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Your grammar in these posts is laughable", severity: 'violation' }] },
  { text: "I guess that's normal in your country, but here we meet deadlines.", context: { contract: 'active', role: 'client' }, findings: [{ match: "I guess that's normal in your country", severity: 'violation' }] },
  { text: "Nobody would hire you without my recommendation, remember that.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Nobody would hire you", severity: 'violation' }] },
  { text: "I expected nothing from you and you still managed to disappoint me.", context: { contract: 'active', role: 'client' }, findings: [{ match: "expected nothing from you and you still managed to disappoint", severity: 'violation' }] },
  { text: "What a pathetic attempt at a landing page.", context: { contract: 'active', role: 'client' }, findings: [{ match: "pathetic attempt", severity: 'violation' }] },
  { text: "It would be a pity if your other clients heard about this.", context: { contract: 'active', role: 'client' }, findings: [{ match: "would be a pity if your other clients heard", severity: 'violation' }] },
  { text: "Word travels fast in this business.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Word travels fast in this business", severity: 'violation' }] },
  { text: "I know what town your studio is in.", context: { contract: 'active', role: 'client' }, findings: [{ match: "I know what town your studio is", severity: 'violation' }] },
  { text: "I'd hate for things to get personal between us.", context: { contract: 'active', role: 'client' }, findings: [{ match: "I'd hate for things to get personal", severity: 'violation' }] },
  { text: "You might want to watch your tone with me.", context: { contract: 'active', role: 'client' }, findings: [{ match: "You might want to watch your tone", severity: 'violation' }] },
  { text: "Everybody from your region delivers nothing but excuses.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Everybody from your region delivers nothing", severity: 'violation' }] },
  { text: "People from your country always want the payment upfront.", context: { contract: 'active', role: 'client' }, findings: [{ match: "People from your country always want the payment upfront", severity: 'violation' }] },
  { text: "I've worked with plenty of Indians and they're generally more reliable than you.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Indians and they're generally more reliable than you", severity: 'violation' }] },
  { text: "Freelancers like you are the reason we stopped hiring online.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Freelancers like you are the reason we stopped", severity: 'violation' }] },
  { text: "Maybe coding just isn't for you.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Maybe coding just isn't for you", severity: 'violation' }] },
  { text: "ur way too cute to be doing data entry lol", context: { contract: 'active', role: 'client' }, findings: [{ match: "ur way too cute to", severity: 'violation' }] },
  { text: "C'est pénible de collaborer avec une personne si bornée.", context: { contract: 'active', role: 'client' }, findings: [{ match: "une personne si bornée", severity: 'violation' }] },
  { text: "Es agotador trabajar con alguien tan cerrado.", context: { contract: 'active', role: 'client' }, findings: [{ match: "alguien tan cerrado", severity: 'violation' }] },
  { text: "Es ist anstrengend, mit jemandem so begriffsstutzigen zu arbeiten.", context: { contract: 'active', role: 'client' }, findings: [{ match: "mit jemandem so begriffsstutzigen", severity: 'violation' }] },
  // Dutch/Flemish, Romanian, Malay/Manglish and Korean (written for the lexicon families, not taken from a batch).
  { text: "Wat ben jij een prutser zeg.", findings: [{ match: "prutser", severity: 'violation' }] },
  { text: "Ik weet waar je woont, dus lever op tijd.", findings: [{ match: "Ik weet waar je woont", severity: 'violation' }] },
  { text: "Ești cel mai slab designer cu care am lucrat.", findings: [{ match: "Ești cel mai slab", severity: 'violation' }] },
  { text: "Știu unde locuiești, o să-ți pară rău.", findings: [{ match: "Știu unde locuiești", severity: 'violation' }, { match: "o să-ți pară rău", severity: 'violation' }] },
  { text: "Bodoh betul, dah explain banyak kali.", findings: [{ match: "Bodoh", severity: 'violation' }] },
  { text: "Saya tahu awak tinggal kat mana.", findings: [{ match: "Saya tahu awak tinggal kat mana", severity: 'violation' }] },
  { text: "진짜 한심하네요, 이것도 못 해요?", findings: [{ match: "한심", severity: 'violation' }] },
  { text: "내일 회사로 찾아갈 거예요.", findings: [{ match: "찾아갈 거", severity: 'violation' }] },
  // Chinese (no spaces: phrases read inside runs of characters) and Vietnamese (with or without diacritics).
  { text: '你这种水平也敢接单？回家种地吧', findings: [{ match: '回家种地', severity: 'violation' }] },
  { text: 'Làm kiểu này thì về quê chăn vịt đi', findings: [{ match: 'về quê chăn vịt', severity: 'violation' }] },
  { text: '我知道你住在哪，不退钱你自己小心点', findings: [{ match: '我知道你住在哪', severity: 'violation' }, { match: '你自己小心点', severity: 'violation' }] },
  { text: '本项目不招女生', findings: [{ match: '不招女生', severity: 'violation' }] },
];

/** Cases the detector gets wrong today. Not run: move each back to `valid`/`invalid` once fixed. */
/** Batch 18: an insult that is also an animal's name, used for the animal (pet food, a breeder's site, a children's book); aimed, it stays an insult. */
valid.push(
  'Kategori: makanan anjing, makanan kucing, aksesoris hewan.',
  'Kids book ke cover pe ek ullu chahiye jo chashma pehne ho.',
  'For the kennel site, the breeder page lists our bitches and their litters.',
  'Logo mein ek cartoon kutta aur billi chahiye.',
);
invalid.push(
  { text: 'dasar anjing, kerjaan lu jelek', findings: [{ match: 'anjing', severity: 'violation' }] },
  { text: 'tu ullu hai kya, book cover galat hai', findings: [{ match: 'ullu', severity: 'violation' }] },
);

/** Batch 18: contempt, advances and threats without swear words, in the other languages ("I know people in your country"). */
invalid.push(
  { text: "Los de tu país no saben ni leer un brief, qué desastre.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Los de tu país no saben ni leer", severity: 'violation' }] },
  { text: "People from your country can't even follow basic instructions.", context: { contract: 'active', role: 'client' }, findings: [{ match: "People from your country can't even follow basic instructions", severity: 'violation' }] },
  { text: "Vc é linda demais, sério 😍", context: { contract: 'active', role: 'client' }, findings: [{ match: "Vc é linda demais", severity: 'violation' }] },
  { text: "Mándame unas fotos tuyas, no del proyecto.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Mándame unas fotos tuyas", severity: 'violation' }] },
  { text: "Schicken Sie mir ein paar Fotos von Ihnen, privat.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Schicken Sie mir ein paar Fotos von Ihnen", severity: 'violation' }] },
  { text: "Пришлите мне пару своих фото, не по работе.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Пришлите мне пару своих фото", severity: 'violation' }] },
  { text: "Aap ki profile pic bahut cute hai", context: { contract: 'active', role: 'client' }, findings: [{ match: "profile pic bahut cute", severity: 'violation' }] },
  { text: "Такие, как вы, только портят рынок.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Такие, как вы, только портят", severity: 'violation' }] },
  { text: "Ти взагалі розумієш, що робиш?", context: { contract: 'active', role: 'client' }, findings: [{ match: "Ти взагалі розумієш, що робиш", severity: 'violation' }] },
  { text: "Адрес вашего офиса у меня уже есть.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Адрес вашего офиса у меня уже есть", severity: 'violation' }] },
  { text: "I know people in your city, deliver by Friday.", context: { contract: 'active', role: 'client' }, findings: [{ match: "I know people in your city", severity: 'violation' }] },
  { text: "Conozco gente en tu ciudad, así que entrega mañana.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Conozco gente en tu ciudad", severity: 'violation' }] },
  { text: "اعرف ناس في بلدك، هتشوف حاجة ما بتعجبك", context: { contract: 'active', role: 'client' }, findings: [{ match: "اعرف ناس في بلدك", severity: 'violation' }] },
  { text: "Sizin gibi beceriksizlerle uğraşamam.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Sizin gibi beceriksizlerle", severity: 'violation' }] },
  { text: "Herkesin önünde rezil ederim seni.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Herkesin önünde rezil ederim", severity: 'violation' }] },
);
valid.push(
  { text: "Mándame unas fotos del producto para la ficha.", context: { contract: 'active', role: 'client' } },
  { text: "Envoyez-moi des photos de votre bureau pour le site.", context: { contract: 'active', role: 'client' } },
  { text: "Schicken Sie mir Fotos von Ihrem Produkt.", context: { contract: 'active', role: 'client' } },
  { text: "Пришлите фото ваших работ из портфолио.", context: { contract: 'active', role: 'client' } },
  { text: "Аудитор знайде вашу компанію в реєстрі.", context: { contract: 'active', role: 'client' } },
  { text: "I know people in your industry who might need this, happy to intro.", context: { contract: 'active', role: 'client' } },
  { text: "Conozco gente en tu sector que podría contratarte.", context: { contract: 'active', role: 'client' } },
  { text: "La gente de tu país no sabe lo bueno que eres.", context: { contract: 'active', role: 'client' } },
  { text: "Ma chérie m'a dit que le logo était superbe.", context: { contract: 'active', role: 'client' } },
);

/** Batches 19-20 (precision): a letter in markdown bold is no masked swear word; "get lost" said of someone, not to them. */
valid.push(
  "That's **F** tier work, honestly, but I can fix it.",
  'Grades: **A** for design, **F** for speed.',
  { text: 'Put the pin exactly on the entrance please, customers get lost.', context: { contract: 'active', role: 'client' } },
  'Users get lost in the checkout flow, so we need clearer steps.',
  'The menu is so deep that people get lost easily.',
  "It's easy to get lost in the details.",
  'Messages get lost when the socket drops.',
);
invalid.push(
  { text: 'f** off', findings: [{ match: 'f** off', severity: 'violation' }] },
  { text: 'what the f** is this', findings: [{ match: 'f**', severity: 'violation' }] },
  { text: '**F** you and your cheap budget.', findings: [{ match: 'F** you', severity: 'violation' }] },
  { text: 'Get lost.', findings: [{ match: 'Get lost', severity: 'violation' }] },
  { text: 'Nobody wants you here, get lost!', findings: [{ match: 'get lost', severity: 'violation' }] },
  { text: 'You can get lost with that offer.', findings: [{ match: 'get lost', severity: 'violation' }] },
  { text: 'Take your cheap offer and get lost.', findings: [{ match: 'get lost', severity: 'violation' }] },
);
/**
 * Batches 19-20: contempt for a group ("you people never understand deadlines", "people like you ... are disgusting"), the reader's
 * staff insulted, animal comparisons, a job "for men", contempt for the reader's intellect, one-word plural insults, remarks on
 * the reader's body and outfit, advances on someone taken, a profession called divas, and a threat by knowing where an office is.
 */
invalid.push(
  { text: 'Ustedes los latinos nunca entienden los plazos.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Ustedes los latinos nunca entienden', severity: 'violation' }] },
  { text: 'I regret hiring someone from your country, honestly.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'regret hiring someone from your country', severity: 'violation' }] },
  {
    text: 'People like you, who haggle over every dollar and then vanish, are pathetic.',
    context: { contract: 'active', role: 'client' },
    findings: [{ match: 'People like you, who haggle over every dollar and then vanish, are pathetic', severity: 'violation' }],
  },
  { text: 'Your staff are total clowns.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Your staff are total clowns', severity: 'violation' }] },
  { text: 'you are dumb as a rock', context: { contract: 'active', role: 'client' }, findings: [{ match: 'you are dumb as a rock', severity: 'violation' }] },
  { text: "Honestly you're stubborn like a mule.", context: { contract: 'active', role: 'client' }, findings: [{ match: "you're stubborn like a mule", severity: 'violation' }] },
  { text: "This kind of work is for men, please don't apply again.", context: { contract: 'active', role: 'client' }, findings: [{ match: 'This kind of work is for men', severity: 'violation' }] },
  { text: 'Este trabajo es solo para hombres, no apliques.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Este trabajo es solo para hombres', severity: 'violation' }] },
  { text: 'Diese Arbeit ist nur für Männer.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Diese Arbeit ist nur für Männer', severity: 'violation' }] },
  { text: 'Это не женская работа, не откликайтесь.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'не женская работа', severity: 'violation' }] },
  { text: 'Bu iş erkek işi, başvurma.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Bu iş erkek işi', severity: 'violation' }] },
  { text: 'I doubt someone of your limited intellect could follow the brief.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'someone of your limited intellect', severity: 'violation' }] },
  { text: 'Dudo que alguien con tu limitada inteligencia lo entienda.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'tu limitada inteligencia', severity: 'violation' }] },
  { text: 'С вашим ограниченным умом это не понять.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'вашим ограниченным умом', severity: 'violation' }] },
  { text: 'You missed the deadline again. Idiots.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Idiots', severity: 'violation' }] },
  { text: 'Your face is disgusting.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Your face is disgusting', severity: 'violation' }] },
  { text: 'You look stunning in that dress, just saying.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'You look stunning in that dress', severity: 'violation' }] },
  { text: "Marcus is a lucky guy. If things don't work out, you know where to find me 😉", context: { contract: 'active', role: 'client' }, findings: [{ match: "is a lucky guy. If things don't work out", severity: 'violation' }] },
  { text: "If things don't work out with him, I'm always here for you 😉", context: { contract: 'active', role: 'client' }, findings: [{ match: "If things don't work out with him", severity: 'violation' }] },
  { text: 'Tu es très belle dans cette robe.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Tu es très belle dans cette robe', severity: 'violation' }] },
  { text: 'These clients are total idiots.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'These clients are total idiots', severity: 'violation' }] },
  { text: 'Some developers are such drama queens about code review.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Some developers are such drama queens', severity: 'violation' }] },
  { text: 'Keep ignoring my messages and see what happens.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Keep ignoring my messages and see what happens', severity: 'violation' }] },
  { text: 'I know where your agency is based.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'I know where your agency is based', severity: 'violation' }] },
  { text: 'Sé dónde está tu oficina.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Sé dónde está tu oficina', severity: 'violation' }] },
  { text: 'Ich weiß, wo dein Büro ist.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Ich weiß, wo dein Büro ist', severity: 'violation' }] },
  { text: 'ignore karte raho, phir dekhna', context: { contract: 'active', role: 'client' }, findings: [{ match: 'ignore karte raho, phir dekhna', severity: 'violation' }] },
);
valid.push(
  // Strong but polite criticism, business lines that share the words, mixed-gender roles, a retoucher's note.
  { text: 'Marcus is a lucky guy! If you need more prints, you know where to find me.', context: { contract: 'active', role: 'client' } },
  { text: "Thanks for considering me. If things don't work out with the other freelancer, you know where to find me.", context: { contract: 'active', role: 'client' } },
  { text: 'The dress looks great on the model in the product shots.', context: { contract: 'active', role: 'client' } },
  { text: 'I removed the pimple on your face in the headshot, let me know if you want more retouching.', context: { contract: 'active', role: 'client' } },
  { text: 'Your developers are not incompetent, the spec was unclear.', context: { contract: 'active', role: 'client' } },
  { text: 'Some designers are such perfectionists, which is why I love working with them.', context: { contract: 'active', role: 'client' } },
  { text: 'This kind of work is for men and women alike, all are welcome to apply.', context: { contract: 'active', role: 'client' } },
  { text: "This role is for a men's clothing brand.", context: { contract: 'active', role: 'client' } },
  { text: 'Este trabajo es para hombres y mujeres, cualquiera puede aplicar.', context: { contract: 'active', role: 'client' } },
  { text: 'People like you who take the time to write detailed briefs are rare.', context: { contract: 'active', role: 'client' } },
  { text: 'Try it on staging and see what happens.', context: { contract: 'active', role: 'client' } },
  { text: 'Someone of your experience could handle this in a day.', context: { contract: 'active', role: 'client' } },
  { text: 'Your limited budget is fine, we can scope it down.', context: { contract: 'active', role: 'client' } },
  { text: 'We had magicians, acrobats, clowns.', context: { contract: 'active', role: 'client' } },
  { text: 'I have never seen such clean code, great job.', context: { contract: 'active', role: 'client' } },
  { text: 'With respect, I disagree: the copy follows the tone guide you approved, word for word in places.', context: { contract: 'active', role: 'client' } },
);

invalid.push(
  // Their look-alikes: a name denied, abuse quoted for a filter or a report, praise of a thing, a local visit, the work sent to a team.
  // Training round 5: insult nouns aimed at someone, mockery of English, pet names, looks over a photo, threats of showing up or
  // telling family and bosses, group, age and gender contempt, Italian and Polish.
  { text: 'Stop lying to me, you slimy little weasel.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'you slimy little weasel', severity: 'violation' }] },
  { text: 'You spineless coward, answer the phone.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'You spineless coward', severity: 'violation' }] },
  { text: 'What a pathetic clown you turned out to be.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'What a pathetic clown', severity: 'violation' }] },
  { text: 'You\'re a total disappointment as a developer.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'You\'re a total disappointment', severity: 'violation' }] },
  { text: 'You\'re a bitter, petty woman and everyone can see it.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'You\'re a bitter, petty woman', severity: 'violation' }] },
  { text: 'You hypocrites are all the same.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'You hypocrites', severity: 'violation' }] },
  { text: 'Your accent is so thick I need subtitles.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Your accent is so thick', severity: 'violation' }] },
  { text: 'Honestly your English is embarrassing for someone charging $40 an hour.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'your English is embarrassing', severity: 'violation' }] },
  { text: 'Tu inglés da vergüenza, no sé cómo te atreves a cobrar tanto.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Tu inglés da vergüenza, no sé cómo te atreves', severity: 'violation' }] },
  { text: 'Hey cutie, are you free after the call?', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Hey cutie', severity: 'violation' }] },
  { text: 'Thanks sweetheart, now send the files.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Thanks sweetheart', severity: 'violation' }] },
  { text: 'Morning gorgeous, the invoice is attached.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Morning gorgeous', severity: 'violation' }] },
  { text: 'Dein Profilbild ist echt heiß 😏', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Profilbild ist echt heiß', severity: 'violation' }] },
  { text: 'Fotoğrafın çok hoş, profil fotoğrafın da.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'çok hoş, profil fotoğrafın', severity: 'violation' }] },
  { text: 'After the project let\'s get to know each other outside of work, if you know what I mean.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'get to know each other outside of work', severity: 'violation' }, { match: 'if you know what I mean', severity: 'violation' }] },
  { text: 'You have the IQ of a houseplant.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'IQ of a houseplant', severity: 'violation' }] },
  { text: 'Is your brain on holiday again?', context: { contract: 'active', role: 'client' }, findings: [{ match: 'your brain on holiday', severity: 'violation' }] },
  { text: 'It\'s like talking to a brick wall with you.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'like talking to a brick', severity: 'violation' }] },
  { text: 'A toddler with crayons would do a cleaner wireframe.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'toddler with crayons', severity: 'violation' }] },
  { text: 'I know where your children go to school.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'I know where your children go', severity: 'violation' }] },
  { text: 'I\'ll call your boss and tell him what kind of fraud you are.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'tell him what kind of fraud you are', severity: 'violation' }] },
  { text: 'Maybe your wife would like to know what a liar she married.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'your wife would like to know what a', severity: 'violation' }] },
  { text: 'I\'ll send screenshots of your messages to all your clients.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'send screenshots of your messages to all', severity: 'violation' }] },
  { text: 'Muslims like you are hypocrites, always preaching.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Muslims like you are hypocrites', severity: 'violation' }] },
  { text: 'Lazy Filipino freelancers like you never deliver.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Lazy Filipino freelancers', severity: 'violation' }] },
  { text: 'Should have hired someone under 30, old people and computers don\'t mix.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'hired someone under 30', severity: 'violation' }, { match: 'old people and computers', severity: 'violation' }] },
  { text: 'Leave the coding to the guys, sweetie.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Leave the coding to the guys', severity: 'violation' }, { match: 'sweetie', severity: 'violation' }] },
  { text: 'Women usually can\'t handle backend architecture.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Women usually can\'t handle', severity: 'violation' }] },
  { text: 'Se seguir me ignorando, vou aí na sua casa.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'vou aí', severity: 'violation' }] },
  { text: 'Sei dove abiti, te ne pentirai.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'te ne pentirai', severity: 'violation' }] },
  { text: 'Wiem, gdzie mieszkasz. Pożałujesz.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Wiem, gdzie mieszkasz', severity: 'violation' }, { match: 'Pożałujesz', severity: 'violation' }] },
  { text: 'Jesteś nieudacznikiem, idź lepiej na kasę.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'nieudacznikiem', severity: 'violation' }, { match: 'idź lepiej na kasę', severity: 'violation' }] },
  { text: 'Siete tutti uguali voi del nord.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Siete tutti uguali', severity: 'violation' }, { match: 'voi del nord', severity: 'violation' }] },
  { text: 'I\'m gonna drive to your office and we\'ll settle the unpaid invoice face to face.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'I\'m gonna drive to your office and we\'ll settle the unpaid invoice face to face', severity: 'violation' }] },
  { text: 'Accidents happen to people who don\'t pay.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Accidents happen to people', severity: 'violation' }] },
  { text: 'Think twice before you ghost me again.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Think twice before you', severity: 'violation' }] },
  { text: 'You\'re lucky you\'re a girl or I\'d say what I really think.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'You\'re lucky you\'re a girl', severity: 'violation' }] },
);
valid.push(
  { text: 'Not because I think you\'re a crook, but I need a deposit first.', context: { contract: 'active', role: 'client' } },
  { text: 'Our filter now blocks "you spineless worm" and similar insults in comments.', context: { contract: 'active', role: 'client' } },
  { text: 'The client wrote "I know where you live" and I reported it to support.', context: { contract: 'active', role: 'client' } },
  { text: 'Please make the hero photo of the model look sexy for the lingerie launch.', context: { contract: 'active', role: 'client' } },
  { text: 'Beautiful, thanks! The colors are perfect.', context: { contract: 'active', role: 'client' } },
  { text: 'Oh boy, that\'s a lot of tickets.', context: { contract: 'active', role: 'client' } },
  { text: 'Hi Bella, can you send the invoice?', context: { contract: 'active', role: 'client' } },
  { text: 'I\'ll come to your office on Monday to install the printers.', context: { contract: 'active', role: 'client' } },
  { text: 'I\'ll send the final files to your whole team tonight.', context: { contract: 'active', role: 'client' } },
  { text: 'I\'ll email your boss the project summary, as you asked.', context: { contract: 'active', role: 'client' } },
  { text: 'Women in tech meetup: we need a landing page with a signup form.', context: { contract: 'active', role: 'client' } },
  { text: 'Our tutoring app helps old people use smartphones.', context: { contract: 'active', role: 'client' } },
  { text: 'Let\'s keep the copy simple and avoid big words.', context: { contract: 'active', role: 'client' } },
  { text: 'Your English is great, no need to apologise.', context: { contract: 'active', role: 'client' } },
  { text: 'Please don\'t worry about your accent, the call went fine.', context: { contract: 'active', role: 'client' } },
  { text: 'Can you make the characters smile more in the illustration?', context: { contract: 'active', role: 'client' } },
  { text: 'The dress looks great in the photo, the product page is ready.', context: { contract: 'active', role: 'client' } },
  { text: 'I\'d love to see you in person at the conference next week.', context: { contract: 'active', role: 'client' } },
  { text: 'Una tienda para mujeres: los filtros son inútiles en el móvil, arréglalos.', context: { contract: 'active', role: 'client' } },
  { text: 'Frauen-Kollektion: die Größen passen nicht, bitte Tabelle prüfen.', context: { contract: 'active', role: 'client' } },
  { text: 'Adresini biliyorum, faturayı oraya göndereceğim.', context: { contract: 'active', role: 'client' } },
  { text: 'You\'re a freaking genius, man.', context: { contract: 'active', role: 'client' } },
  { text: 'My son likes the new design better than you might think.', context: { contract: 'active', role: 'client' } },
  { text: 'Kill the process and restart, then hack on the parser.', context: { contract: 'active', role: 'client' } },
  { text: 'Can you hack? We need a pentest.', context: { contract: 'active', role: 'client' } },
  { text: 'This release was such a disappointment, let\'s fix the build.', context: { contract: 'active', role: 'client' } },
  { text: 'Is that your real name on the profile? Just checking for the contract.', context: { contract: 'active', role: 'client' } },
);

// Training batches 30-35: contempt for groups, age and religion, brain insults, exposure and silence sold, advances.
invalid.push(
  { text: 'Germans, Dutch, Swiss, all the same to me. Stingy and rude.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Germans, Dutch, Swiss, all the same', severity: 'violation' }] },
  { text: 'Romanians are stingy and obsessed with invoices.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Romanians are stingy', severity: 'violation' }] },
  { text: 'You Kenyans are all the same, always late.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Kenyans are all the same', severity: 'violation' }] },
  { text: 'Every single one of you is a scam waiting to happen.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Every single one of you is a scam waiting to happen', severity: 'violation' }] },
  { text: 'Your whole generation is lazy and entitled.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Your whole generation is lazy', severity: 'violation' }] },
  { text: 'You kids should learn how business works.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'You kids should', severity: 'violation' }] },
  { text: 'Religious people like you have no business in tech.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Religious people like you have no business in', severity: 'violation' }] },
  { text: 'I find your religion very backward.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'your religion very backward', severity: 'violation' }] },
  { text: 'Your people always find a holy reason not to work.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Your people always find a holy reason', severity: 'violation' }] },
  { text: 'I don\'t care about your Shabbat nonsense.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'your Shabbat nonsense', severity: 'violation' }] },
  { text: 'Don\'t bring your religious excuses to my project.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'your religious excuses', severity: 'violation' }] },
  { text: 'You people are the reason rates are a joke.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'You people are the reason rates', severity: 'violation' }] },
  { text: 'People like you are why this platform is full of garbage code.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'People like you are why this platform', severity: 'violation' }] },
  { text: 'Filipinos are good for cheap data entry and that\'s about it.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Filipinos are good for cheap', severity: 'violation' }] },
  { text: 'I don\'t trust anyone from your part of the world.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'don\'t trust anyone from your part of the world', severity: 'violation' }] },
  { text: 'In my family we don\'t usually work with people from your community.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'don\'t usually work with people from your community', severity: 'violation' }] },
  { text: 'I will never hire from Nigeria again.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'never hire from Nigeria', severity: 'violation' }] },
  { text: 'We don\'t hire freelancers from India anymore.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'don\'t hire freelancers from India', severity: 'violation' }] },
  { text: 'I don\'t put Africans on client-facing work.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'don\'t put Africans on', severity: 'violation' }] },
  { text: 'Boomer clients like you should stick to fax machines.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Boomer clients like you should', severity: 'violation' }] },
  { text: 'Grandpa, go retire and stop wasting my time.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Grandpa, go retire', severity: 'violation' }] },
  { text: 'An old guy like you should retire, not do web design.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'old guy like you should', severity: 'violation' }] },
  { text: 'Typical male brain, can\'t see more than 3 colours.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Typical male brain', severity: 'violation' }] },
  { text: 'Because a woman wouldn\'t usually get the backend this wrong.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'a woman wouldn\'t usually get', severity: 'violation' }] },
  { text: 'Your brain is smaller than your budget.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Your brain is smaller than', severity: 'violation' }] },
  { text: 'ur brain is literally on airplane mode 24/7.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'ur brain is literally on airplane mode', severity: 'violation' }] },
  { text: 'Clearly your brain stopped in 2005.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'your brain stopped in', severity: 'violation' }] },
  { text: 'Maybe if you had half a brain you\'d understand why the first version worked.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'if you had half a brain', severity: 'violation' }] },
  { text: 'You just don\'t have the brains for this.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'don\'t have the brains for', severity: 'violation' }] },
  { text: 'Send the next batch only if you\'ve found a brain cell somewhere.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'found a brain cell', severity: 'violation' }] },
  { text: 'Dumb as a rock.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Dumb as a rock', severity: 'violation' }] },
  { text: 'You\'re as thick as a brick.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'You\'re as thick as a brick', severity: 'violation' }] },
  { text: 'I\'ll explain it slower since you clearly can\'t count past ten.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'can\'t count past ten', severity: 'violation' }] },
  { text: 'You\'re a glorified typist, so do what I say.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'You\'re a glorified typist', severity: 'violation' }] },
  { text: 'You are nothing but a wannabe designer.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'You are nothing but a wannabe designer', severity: 'violation' }] },
  { text: 'Dear so-called developer, I am shocked.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Dear so-called developer', severity: 'violation' }] },
  { text: 'How does a so-called "Google Ads expert" make a mistake a toddler wouldn\'t?', context: { contract: 'active', role: 'client' }, findings: [{ match: 'a so-called "Google Ads expert', severity: 'violation' }, { match: 'mistake a toddler wouldn\'t', severity: 'violation' }] },
  { text: 'You\'re a copy-paste machine with a pulse.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'machine with a pulse', severity: 'violation' }] },
  { text: 'I know reading isn\'t your strong suit.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'reading isn\'t your strong suit', severity: 'violation' }] },
  { text: 'Your requirement document looks like a child wrote it.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'looks like a child wrote it', severity: 'violation' }] },
  { text: 'Your sites look like my grandpa made them.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'look like my grandpa made them', severity: 'violation' }] },
  { text: 'You still wrote like a primary school kid.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'You still wrote like a primary school kid', severity: 'violation' }] },
  { text: 'Honestly such brainless people should not be giving jobs.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'such brainless people', severity: 'violation' }] },
  { text: 'Only a cheap, clueless person would post this budget.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Only a cheap, clueless person would', severity: 'violation' }] },
  { text: 'This is the stupidest brief I\'ve read this year.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'the stupidest brief I\'ve read', severity: 'violation' }] },
  { text: 'That is the dumbest question I have ever heard.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'the dumbest question I have ever heard', severity: 'violation' }] },
  { text: 'Maybe in your country this is acceptable but here we call it garbage.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Maybe in your country this is acceptable', severity: 'violation' }] },
  { text: 'I feel sorry for anyone who hires you.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'I feel sorry for anyone', severity: 'violation' }] },
  { text: 'In 8 years I have never met a client so arrogant and so stupid.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'never met a client so arrogant', severity: 'violation' }] },
  { text: 'You are a very rude and ignorant man.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'You are a very rude and ignorant man', severity: 'violation' }] },
  { text: 'You are an old fool who understands nothing about design.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'You are an old fool', severity: 'violation' }] },
  { text: 'You absolute m0r0n.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'You absolute m0r0n', severity: 'violation' }] },
  { text: 'Just do the work like a normal human being.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Just do the work like a normal human being', severity: 'violation' }] },
  { text: 'Nobody understood a word you said with that accent, it sounded like you had a mouth full of rice.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Nobody understood a word you said with that accent', severity: 'violation' }] },
  { text: 'what r u wearing while u code lol', context: { contract: 'active', role: 'client' }, findings: [{ match: 'what r u wearing', severity: 'violation' }] },
  { text: 'Madam you are looking very hot in display picture.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'you are looking very hot', severity: 'violation' }] },
  { text: 'Kindly accept my friendship also along with the project.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'accept my friendship', severity: 'violation' }] },
  { text: 'Your voice is honestly so sexy.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Your voice is honestly so sexy', severity: 'violation' }] },
  { text: 'I bet you sound even better in private.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'sound even better in private', severity: 'violation' }] },
  { text: 'Would you swipe right on me?', context: { contract: 'active', role: 'client' }, findings: [{ match: 'swipe right on me', severity: 'violation' }] },
  { text: 'Get on a video call with me tonight, no work talk, just us.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'no work talk, just us', severity: 'violation' }] },
  { text: 'Pay the remaining $300 or I report your account to Upwork for fraud.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'or I report your account to Upwork for fraud', severity: 'violation' }] },
  { text: 'Add $150 as a bonus and I won\'t tell Upwork you asked me to go off-platform.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'and I won\'t tell Upwork', severity: 'violation' }] },
  { text: 'Release the bonus or I\'ll tell support you harassed me.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'or I\'ll tell support you harassed me', severity: 'violation' }] },
  { text: 'I\'ll make sure every client on this site knows what kind of thief you are.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'make sure every client on this site knows what kind of', severity: 'violation' }] },
  { text: 'I\'ll make sure everyone knows who you really are.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'I\'ll make sure everyone knows who you really are', severity: 'violation' }] },
  { text: 'Every one of them gets a message with our chat history.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Every one of them gets a message', severity: 'violation' }] },
  { text: 'Your investors will get screenshots of this chat.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Your investors will get screenshots', severity: 'violation' }] },
  { text: 'One post from me in the Toronto dev community and no developer will ever touch your startup again.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'One post from me in the Toronto dev community and no', severity: 'violation' }] },
  { text: 'Would be a shame if your wife and your golf friends found out what kind of liar you are.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Would be a shame if your wife and your golf friends found out', severity: 'violation' }] },
  { text: 'No need to hide from me.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'No need to hide from me', severity: 'violation' }] },
  { text: 'After that your name, photo and this chat go to every freelancer group I\'m in.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'your name, photo and this chat go to every freelancer group', severity: 'violation' }] },
  { text: 'I\'ll post your name, your shop and every one of your messages everywhere I can.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'your name, your shop and every one of your messages everywhere', severity: 'violation' }] },
  { text: 'I publish a post on Reddit, LinkedIn and the Polish dev groups with your name, your photo and the copied code.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Reddit, LinkedIn and the Polish dev groups with your name, your photo', severity: 'violation' }] },
);
valid.push(
  { text: 'The Germans on our team are precise and the Swiss office is fast.', context: { contract: 'active', role: 'client' } },
  { text: 'Kids love the new game, the whole generation grew up on tablets.', context: { contract: 'active', role: 'client' } },
  { text: 'Our client is a religious charity and the brief covers their holiday schedule.', context: { contract: 'active', role: 'client' } },
  { text: 'Please add the Ramadan schedule and the prayer times to the app.', context: { contract: 'active', role: 'client' } },
  { text: 'Filipinos are great designers and our best hires this year.', context: { contract: 'active', role: 'client' } },
  { text: 'We hire freelancers from India, Nigeria and Brazil every month.', context: { contract: 'active', role: 'client' } },
  { text: 'My grandpa retired last year and I built his photo site.', context: { contract: 'active', role: 'client' } },
  { text: 'A woman on our team built the backend and it is great.', context: { contract: 'active', role: 'client' } },
  { text: 'Turn the phone to airplane mode before the demo.', context: { contract: 'active', role: 'client' } },
  { text: 'The brain training app needs a new onboarding screen.', context: { contract: 'active', role: 'client' } },
  { text: 'The kids\' app teaches counting to ten.', context: { contract: 'active', role: 'client' } },
  { text: 'The so-called N+1 problem slows the page down.', context: { contract: 'active', role: 'client' } },
  { text: 'Spelling isn\'t my strong suit, so please proofread.', context: { contract: 'active', role: 'client' } },
  { text: 'The copy for the kids\' book should read like a child wrote it.', context: { contract: 'active', role: 'client' } },
  { text: 'That is the simplest brief I\'ve read this year.', context: { contract: 'active', role: 'client' } },
  { text: 'I feel sorry for the delay, the files are coming today.', context: { contract: 'active', role: 'client' } },
  { text: 'You are a very kind man, thanks for the help.', context: { contract: 'active', role: 'client' } },
  { text: 'The chatbot should talk like a normal person.', context: { contract: 'active', role: 'client' } },
  { text: 'Nobody understood the accent of the voice actor, please pick another take.', context: { contract: 'active', role: 'client' } },
  { text: 'The dating app needs a swipe right animation.', context: { contract: 'active', role: 'client' } },
  { text: 'Your voice is clear and the demo sounds great.', context: { contract: 'active', role: 'client' } },
  { text: 'If you keep sending insults, I will report it to Upwork support.', context: { contract: 'active', role: 'client' } },
  { text: 'I\'ll make sure everyone on the team knows how to deploy.', context: { contract: 'active', role: 'client' } },
  { text: 'Every one of them gets a welcome email with the login link.', context: { contract: 'active', role: 'client' } },
  { text: 'One post from me on LinkedIn and we got ten applicants, thanks for sharing.', context: { contract: 'active', role: 'client' } },
  { text: 'It would be a shame if your cake recipe were lost, so let\'s back it up.', context: { contract: 'active', role: 'client' } },
  { text: 'Please send your name and photo for the team page on our website.', context: { contract: 'active', role: 'client' } },
  { text: 'Add your name, photo and a short bio to the LinkedIn profile.', context: { contract: 'active', role: 'client' } },
);

// Training batches 31-32 in other languages: group contempt, threats to find someone, advances, "stay home" remarks.
invalid.push(
  { text: 'Siempre que contrato a alguien de tu país me pasa lo mismo, prometen todo y no entregan nada.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'alguien de tu país me pasa lo mismo, prometen todo', severity: 'violation' }] },
  { text: 'Sois todos iguales, gente sin palabra.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Sois todos iguales', severity: 'violation' }] },
  { text: 'Da próxima vez contrato um homem.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Da próxima vez contrato um homem', severity: 'violation' }] },
  { text: 'Programação não é para vocês, mulheres.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Programação não é para vocês', severity: 'violation' }] },
  { text: 'Se não me pagar até amanhã eu descubro onde vc mora.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'descubro onde vc mora', severity: 'violation' }] },
  { text: 'À votre âge vous devriez laisser la place aux jeunes.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'À votre âge vous devriez', severity: 'violation' }, { match: 'laisser la place aux jeunes', severity: 'violation' }] },
  { text: 'Les gens comme vous n\'ont rien à faire dans le digital.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Les gens comme vous n\'ont rien à faire', severity: 'violation' }] },
  { text: 'Je vais m\'assurer que vous ne retrouviez pas de client de sitôt.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'm\'assurer que vous ne retrouviez pas', severity: 'violation' }] },
  { text: 'Halt einfach die Klappe und mach deine Arbeit.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Halt einfach die Klappe', severity: 'violation' }] },
  { text: 'Ihr seid alle gleich, billig und unzuverlässig.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Ihr seid alle gleich', severity: 'violation' }] },
  { text: 'Ich find raus, wo du wohnst.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Ich find raus, wo du wohnst', severity: 'violation' }] },
  { text: 'Wenn der Shop morgen nicht läuft, steh ich bei dir vor der Tür.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'steh ich bei dir vor der Tür', severity: 'violation' }] },
  { text: 'ma sei scemo? ti ho detto blu.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'sei scemo', severity: 'violation' }] },
  { text: 'Una bella ragazza come te non dovrebbe stressarsi con il codice.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'bella ragazza come te', severity: 'violation' }] },
  { text: 'Programowanie to nie jest zajęcie dla kobiet.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'nie jest zajęcie dla kobiet', severity: 'violation' }] },
  { text: 'wyslij fotke w bikini to dam ci to zlecenie', context: { contract: 'active', role: 'client' }, findings: [{ match: 'fotke w bikini', severity: 'violation' }] },
  { text: 'صوتك حلو وصورتك أحلى', context: { contract: 'active', role: 'client' }, findings: [{ match: 'وصورتك أحلى', severity: 'violation' }] },
  { text: 'نقدر نتعرف على بعض أكثر خارج الشغل', context: { contract: 'active', role: 'client' }, findings: [{ match: 'نتعرف على بعض', severity: 'violation' }] },
  { text: 'el nas ely gaya mn baladkom mesh betefham 7aga', context: { contract: 'active', role: 'client' }, findings: [{ match: 'mn baladkom mesh betefham', severity: 'violation' }] },
  { text: 'kolkom zay ba3d, kaslanin', context: { contract: 'active', role: 'client' }, findings: [{ match: 'kolkom zay ba3d, kaslanin', severity: 'violation' }] },
  { text: 'dimaag hai ya ghar pe chhod ke aaye ho?', context: { contract: 'active', role: 'client' }, findings: [{ match: 'dimaag hai ya ghar pe chhod', severity: 'violation' }] },
  { text: 'aap bahut hot lagti ho', context: { contract: 'active', role: 'client' }, findings: [{ match: 'bahut hot lagti ho', severity: 'violation' }] },
  { text: 'Mending kamu fokus urus rumah saja, biar laki-laki yang pegang.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'urus rumah', severity: 'violation' }, { match: 'biar laki-laki', severity: 'violation' }] },
  { text: 'Вы вообще читать умеете? Объясняю как для особо одарённых.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Вы вообще читать умеете', severity: 'violation' }, { match: 'особо одарённых', severity: 'violation' }] },
  { text: 'Может, серьёзный код оставить мужчинам?', context: { contract: 'active', role: 'client' }, findings: [{ match: 'оставить мужчинам', severity: 'violation' }] },
  { text: 'Ти не дизайнер, ти непорозуміння. Іди працюй на касу.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'ти непорозуміння', severity: 'violation' }, { match: 'Іди працюй на касу', severity: 'violation' }] },
  { text: 'Я знаю, в якому місті ви живете. Ви дуже пошкодуєте.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Ви дуже пошкодуєте', severity: 'violation' }] },
  { text: 'Aap jaise log sirf time waste karte hain, dimagh naam ki cheez hai hi nahi.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Aap jaise log sirf time waste', severity: 'violation' }] },
  { text: 'Main aap ko itna tang karunga ke zindagi bhar yaad rakhoge.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'itna tang karunga', severity: 'violation' }, { match: 'zindagi bhar yaad rakhoge', severity: 'violation' }] },
  { text: 'Meri company mein aap jaise logon ke liye koi jagah nahi.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'aap jaise logon ke liye koi jagah nahi', severity: 'violation' }] },
);
valid.push(
  { text: 'Contraté a alguien de tu país el año pasado y fue un gran trabajo.', context: { contract: 'active', role: 'client' } },
  { text: 'Contratamos um homem e uma mulher para a equipe de suporte.', context: { contract: 'active', role: 'client' } },
  { text: 'Preciso saber onde você mora para enviar o contrato assinado.', context: { contract: 'active', role: 'client' } },
  { text: 'À votre âge, j\'avais déjà lancé ma première boutique, bravo pour la vôtre.', context: { contract: 'active', role: 'client' } },
  { text: 'Halt einfach die Tür offen, der Kurier kommt um zehn.', context: { contract: 'active', role: 'client' } },
  { text: 'Sklep sprzedaje bikini, potrzebujemy zdjęć produktów.', context: { contract: 'active', role: 'client' } },
  { text: 'Я знаю, в якому місті ви живете, тому призначу зустріч у вашому часовому поясі.', context: { contract: 'active', role: 'client' } },
);

// Clean look-alikes from the training batches: a design goal, sending an email, French "retard" after an ordinal.
invalid.push(
  { text: 'You idiot, read the brief.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'You idiot', severity: 'violation' }] },
  { text: 'I\'ll shoot you if you miss the deadline again.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'I\'ll shoot you', severity: 'violation' }] },
);
valid.push(
  { text: 'I need the UI idiot-proof. Warehouse staff will use it on tablets with gloves on.', context: { contract: 'active', role: 'client' } },
  { text: 'Make the checkout idiot proof, with big buttons.', context: { contract: 'active', role: 'client' } },
  { text: 'The deadline\'s killing me this week so I\'ll shoot you the rest of the feedback tonight.', context: { contract: 'active', role: 'client' } },
  { text: 'I\'ll shoot you an email with the login details.', context: { contract: 'active', role: 'client' } },
  { text: 'troisième retard en deux semaines. je suis déçu.', context: { contract: 'active', role: 'client' } },
  { text: 'Votre retard de livraison me pose problème, merci de me tenir informé.', context: { contract: 'active', role: 'client' } },
);

// "Convenient excuse for lazy people": contempt for a religious holiday.
invalid.push(
  { text: 'Ramadan again? Convenient excuse for lazy people.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'excuse for lazy people', severity: 'violation' }] },
  { text: 'Your holidays are just excuses for lazy workers.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'excuses for lazy workers', severity: 'violation' }] },
);
valid.push(
  { text: 'The app tracks excuses for late deliveries in a report.', context: { contract: 'active', role: 'client' } },
);

/** Batches 38-41 (precision): "get lost" after a condition or a negation ("in case you get lost", "so you don't get lost") is about a route. */
valid.push(
  { text: 'Could you send the venue map in case you get lost on the way?', context: { contract: 'active' } },
  "Pin the entrance on the map so you don't get lost.",
  "Make sure you don't get lost in the settings menu, it is deep.",
  'If you ever get lost in the repo, start with the README.',
);
invalid.push(
  { text: "If you don't like my price, get lost.", findings: [{ match: 'get lost', severity: 'violation' }] },
  { text: 'So get lost and stop messaging me.', findings: [{ match: 'get lost', severity: 'violation' }] },
);

// Veiled threats and contempt in regional varieties (round 6, batch 41's family).
valid.push(
  'Ya sé dónde queda la oficina de correos, gracias.',
  'Sei onde fica a estação, chego às nove.',
  "Vous n'allez pas regretter ce choix, le thème est très stable.",
  'Linke tıklarsan demoyu görürsün.',
  'Sie sind ein Profi, und der Witz auf Folie 3 ist gut.',
  'O cliente anterior não percebia nada disto, por isso fiz um guia.',
);
invalid.push(
  { text: 'No se te olvide que ya sé dónde vives.', findings: [{ match: 'No se te olvide que ya sé dónde', severity: 'violation' }] },
  { text: 'Olhe, o mundo dá muitas voltas.', findings: [{ match: 'Olhe, o mundo dá muitas voltas', severity: 'violation' }] },
  { text: 'Vous allez regretter ce ton avec moi.', findings: [{ match: 'Vous allez regretter', severity: 'violation' }] },
  { text: 'Überlegen Sie sich gut, mit wem Sie sich anlegen.', findings: [{ match: 'Überlegen Sie sich gut, mit wem Sie sich anlegen', severity: 'violation' }] },
  { text: 'Я зроблю все, щоб тебе ніхто не найняв.', findings: [{ match: 'зроблю все, щоб тебе ніхто не найняв', severity: 'violation' }] },
  { text: 'Teslim etmezsen görürsün.', findings: [{ match: 'etmezsen görürsün', severity: 'violation' }] },
  { text: 'makita mo unsa akong buhaton ugma', findings: [{ match: 'makita mo unsa akong buhaton', severity: 'violation' }] },
  { text: 'daba tchouf ach gha ndir lik', findings: [{ match: 'daba tchouf ach gha ndir lik', severity: 'violation' }] },
  { text: 'Du bist ein Witz.', findings: [{ match: 'Du bist ein Witz', severity: 'violation' }] },
  { text: 'Você não percebe nada disto.', findings: [{ match: 'não percebe nada disto', severity: 'violation' }] },
  { text: 'Sen bu işi hiç bilmiyorsun zaten.', findings: [{ match: 'bu işi hiç bilmiyorsun', severity: 'violation' }] },
  { text: 'nta ma fahem walo f had lkhedma', findings: [{ match: 'ma fahem walo', severity: 'violation' }] },
  { text: 'Apni kichui bojhen na.', findings: [{ match: 'Apni kichui bojhen na', severity: 'violation' }] },
  { text: 'Tapai lai kehi audaina.', findings: [{ match: 'Tapai lai kehi audaina', severity: 'violation' }] },
);

// Contempt for a whole trade and threats to a reputation (round 6, batches 38-40).
valid.push(
  'You freelancers are all welcome to apply, the brief is below.',
  'Make sure no other file overwrites this one.',
  'Tell everyone at the office what kind of person you are looking for.',
);
invalid.push(
  { text: 'You freelancers are all the same, lazy liars.', findings: [{ match: 'You freelancers are all the same', severity: 'violation' }] },
  { text: "I'll make sure no other studio ever hires you.", findings: [{ match: 'make sure no other studio ever hires you', severity: 'violation' }] },
  { text: 'I will tell everyone at the club what kind of person you are.', findings: [{ match: 'I will tell everyone at the club what kind of person you are', severity: 'violation' }] },
  { text: 'Tum jaise log is field ke naam par dhabba ho.', findings: [{ match: 'ke naam par dhabba', severity: 'violation' }] },
  { text: 'enta msh fahem 7aga', findings: [{ match: 'msh fahem 7aga', severity: 'violation' }] },
  { text: 'You clearly understand nothing about typography.', findings: [{ match: 'You clearly understand nothing', severity: 'violation' }] },
);

// Contempt and an ill wish in Spanish (round 6, batch 40).
valid.push(
  'Los botones inútiles los quité del menú.',
  'Ojalá les salga todo bien con el lanzamiento.',
);
invalid.push(
  { text: 'Son unos inútiles, ojalá les salga todo mal.', findings: [{ match: 'Son unos inútiles', severity: 'violation' }, { match: 'ojalá les salga todo mal', severity: 'violation' }] },
);

// Japanese (no spaces: phrases read inside runs of kana and kanji) and Swahili (with Sheng), round 9b: violations and look-alikes of my own.
valid.push(
  "バカみたいに簡単なバグでした、すぐ直します",
  "Asante sana, kazi nzuri",
  "Ofisi yetu iko karibu na nyumbani kwako?",
  "Me fala que você quer, eu faço",
);
invalid.push(
  { text: "お前バカなんですか？", findings: [{ match: "バカなんですか", severity: 'violation' }] },
  { text: "こんなんもできへんの、ほんま使えへんな", findings: [{ match: "使えへん", severity: 'violation' }] },
  { text: "Wewe ni fala kabisa", findings: [{ match: "ni fala", severity: 'violation' }] },
  { text: "Nyamaza, sitaki kusikia zaidi", findings: [{ match: "Nyamaza", severity: 'violation' }] },
  { text: "Nitakutafuta mpaka nyumbani kwako", findings: [{ match: "Nitakutafuta mpaka nyumbani", severity: 'violation' }] },
);

const fixedGaps: KnownGap[] = [
  {
    text: 'go kill yourself',
    expected: [{ match: 'go kill yourself', severity: 'violation' }],
    actual: 'no finding (only the abbreviation "kys" is listed)',
  },
  {
    text: 'I hope you die',
    expected: [{ match: 'I hope you die', severity: 'violation' }],
    actual: 'no finding',
  },
  {
    text: "I'll find your missing invoices in the old folder.",
    expected: 'valid',
    actual: 'violation "I\'ll find your" (read as a threat)',
  },
  {
    text: "I'll expose your API through a REST gateway.",
    expected: 'valid',
    actual: 'violation "I\'ll expose your" (read as a threat)',
  },
  {
    text: "I'll beat your current page speed score.",
    expected: 'valid',
    actual: 'violation "I\'ll beat your" (read as a threat)',
  },
  {
    text: "Are you serious about launching on Monday? That's great news.",
    expected: 'valid',
    actual: 'violation "Are you serious" (read as an insult)',
  },
];

// Contempt and threats with no swear word (round 5): a child or a monkey "could do better", "what they teach you people", "someone from a real
// country", exposure or sabotage threatened ("make sure no agency hires you again", "I still have the passwords, remember that"),
// dress asked for on camera; Portuguese, Urdu and French contempt.
invalid.push(
  { text: "Honestly, a 3rd grader could draw a better logo than this.", findings: [{ match: "a 3rd grader could draw a better", severity: 'violation' }] },
  { text: "A monkey could code this plugin in an afternoon.", findings: [{ match: "A monkey could code this", severity: 'violation' }] },
  { text: "I don't know what they teach you people in design school.", findings: [{ match: "don't know what they teach you people", severity: 'violation' }] },
  { text: "Next time I'll get someone from a real country to do it.", findings: [{ match: "someone from a real country", severity: 'violation' }] },
  { text: "All excuses and no results, as usual with you.", findings: [{ match: "All excuses and no results", severity: 'violation' }] },
  { text: "Who told you that you're a copywriter?", findings: [{ match: "Who told you that you're a copywriter", severity: 'violation' }] },
  { text: "Women your age should stick to answering phones.", findings: [{ match: "Women your age should stick to", severity: 'violation' }] },
  { text: "I will make sure no agency in this town hires you again.", findings: [{ match: "make sure no agency in this town hires you again", severity: 'violation' }] },
  { text: "I'll post about you in all the freelancer groups on Facebook.", findings: [{ match: "post about you in all the freelancer groups", severity: 'violation' }] },
  { text: "Think carefully about your next move.", findings: [{ match: "Think carefully about your next move", severity: 'violation' }] },
  { text: "I'm calling every client you've ever worked with.", findings: [{ match: "calling every client you've ever worked with", severity: 'violation' }] },
  { text: "Pay me or I doxx you.", findings: [{ match: "or I doxx", severity: 'violation' }] },
  { text: "I still have the server passwords, remember that.", findings: [{ match: "I still have the server passwords, remember", severity: 'violation' }] },
  { text: "Wear something prettier for our next Zoom call 😉", findings: [{ match: "Wear something prettier for our next Zoom call", severity: 'violation' }] },
  { text: "Para de me encher o saco, já entreguei tudo.", findings: [{ match: "Para de me encher o saco", severity: 'violation' }] },
  { text: "Aap mein akal naam ki koi cheez nahi hai.", findings: [{ match: "akal naam ki koi cheez", severity: 'violation' }] },
  { text: "Payment do warna tumhara channel khatam kar dunga.", findings: [{ match: "channel khatam kar dunga", severity: 'violation' }] },
  { text: "T'es nul, franchement.", findings: [{ match: "T'es nul", severity: 'violation' }] },
  { text: "Je perds mon temps avec des amateurs comme vous.", findings: [{ match: "des amateurs comme vous", severity: 'violation' }] },
);
// Their look-alikes: simplicity praised, advice, references asked, a product shoot, a tired admission, a case study.
valid.push(
  { text: "Keep the wizard so simple that a child could do it." },
  { text: "A child could build this with the drag-and-drop editor, that is the point." },
  { text: "What they teach you in the bootcamp is mostly React." },
  { text: "Thank you people with your quick replies, it helped a lot." },
  { text: "Please wear something nicer than a hoodie for the product shoot." },
  { text: "Think carefully about your next step in the migration: the schema is fragile." },
  { text: "We make sure nobody else can access your files." },
  { text: "I'll contact every client you've worked with to ask for references." },
  { text: "Je suis nul en maths, donc je te laisse le budget." },
  { text: "Bhai website ki ranking zero se upar le aunga, pakka." },
  { text: "The last developer was a woman and she did great work, typical of her team." },
  { text: "Our devs from a real estate background know this market." },
  { text: "The report covers doxxing of journalists and how to prevent it." },
  { text: "I still have the API keys from the old project, should I delete them?" },
);


// Arabic and Arabizi across dialects (Egyptian, Levantine, Gulf, Darija): each everyday word class, written for this round.
invalid.push(
  { text: "يا تيس، قلتلك الخط أكبر من كده", findings: [{ match: "يا تيس", severity: 'violation' }] },
  { text: "إنت جحش ما بتفهم بالألوان", findings: [{ match: "إنت جحش", severity: 'violation' }] },
  { text: "شو هالتصميم؟ ما بتعرف تكتب سطر واحد صح", findings: [{ match: "ما بتعرف تكتب", severity: 'violation' }] },
  { text: "ya 7mara, el logo kan lazem azra2", findings: [{ match: "ya 7mara", severity: 'violation' }] },
  { text: "wesh nta mkelkh? ma fhamt walou", findings: [{ match: "wesh nta mkelkh", severity: 'violation' }] },
  { text: "لو ما حولت الباقي بنشر صورك على كل الصفحات", findings: [{ match: "بنشر صورك", severity: 'violation' }] },
  { text: "ha-anshor sowarak fel groups law ma dafa3t", findings: [{ match: "ha-anshor sowarak", severity: 'violation' }] },
  { text: "nji 7atta l darek ila ma khallastinich", findings: [{ match: "nji 7atta l darek", severity: 'violation' }] },
  { text: "روحي عالمطبخ، البرمجة مش إلكم", findings: [{ match: "روحي عالمطبخ", severity: 'violation' }] },
  { text: "ntoma l3yalat rj3o l kouzina", findings: [{ match: "rj3o l kouzina", severity: 'violation' }] },
);
// Their look-alikes: the same words in work talk, a feature, a report or a refusal.
valid.push(
  { text: "حطيت صورة تيس في شعار المزرعة زي ما طلبت" },
  { text: "الكلب في الإعلان لازم يكون أبيض" },
  { text: "ro7 3al site w shouf el demo" },
  { text: "انشر الصور على صفحة الشركة بعد الموافقة" },
  { text: "el matbakh fel video da lazem yeb2a nadif" },
);

// Round nine, English families written for it: harm hinted at (never named), exposure threatened in public, contempt
// adjectives with or without the article ("you are very stingy and selfish woman"), and a label alone as the sentence.
invalid.push(
  { text: "Cross me again and you won't walk away in one piece.", findings: [{ match: "you won't walk away in one piece", severity: 'violation' }] },
  { text: "Better check who's waiting outside your office tomorrow morning.", findings: [{ match: "who's waiting outside your office", severity: 'violation' }] },
  { text: "I'll remember your address, don't worry.", findings: [{ match: "I'll remember your address", severity: 'violation' }] },
  { text: "I know guys in Lagos who know where you live. Pay up.", findings: [{ match: "I know guys in Lagos who know where you", severity: 'violation' }] },
  { text: "Keep talking and I'll be round to you with a bat.", findings: [{ match: "I'll be round to you with a bat", severity: 'violation' }] },
  { text: "Pay now or I'll post your API keys and every bug on Reddit so all your customers see how bad it is.", findings: [{ match: "or I'll post your API keys and every bug on Reddit so all", severity: 'violation' }] },
  { text: "If you don't pay by Monday, I will leak the admin panel and the holes I found on Twitter so everyone sees it.", findings: [{ match: "If you don't pay by Monday, I will leak the admin panel and the holes I found on Twitter so everyone", severity: 'violation' }] },
  { text: "Make sure your husband and your manager both get copies of our chat.", findings: [{ match: "your husband and your manager both get copies", severity: 'violation' }] },
  { text: "I'll go find out where u dey stay.", findings: [{ match: "find out where u dey stay", severity: 'violation' }] },
  { text: "Madam, you are very stingy and selfish woman, nobody wants to work for you.", findings: [{ match: "you are very stingy and selfish woman", severity: 'violation' }] },
  { text: "Stop it. Talentless freelancer, that is all you are.", findings: [{ match: "Talentless freelancer", severity: 'violation' }] },
  { text: "u are shameless man, pay me", findings: [{ match: "u are shameless man", severity: 'violation' }] },
  { text: "Honestly you are a vile person.", findings: [{ match: "you are a vile person", severity: 'violation' }] },
  { text: "Lazy client. I quit.", findings: [{ match: "Lazy client", severity: 'violation' }] },
);
// Their look-alikes: a threat reported, a name remembered kindly, a testimonial shared, a camera installed, praise, product words.
valid.push(
  "He said he'd come over with a hammer; I reported him to support.",
  "I'll remember your name for future projects, thanks!",
  "I'll post your testimonial on LinkedIn so everyone can see how great the app is.",
  "We installed a camera outside your office entrance as agreed.",
  "Congrats, you will walk away happy with this logo.",
  "You are a very generous man, thank you!",
  "Stingy clients are common on this platform, so I price carefully.",
  "Useless developer tools are everywhere; we picked Vite.",
  "you're building hacks around the API, let's refactor.",
  "You're a talented and generous designer.",
  "The toxic client in my last job yelled a lot, but this one is kind.",
);

// Contempt for a group, more of its everyday words: "you lot", women in a trade, "guys like you", ignorance in an idiom
// ("wouldn't know X from Y"), temper laid on a group, a name spoiled.
invalid.push(
  { text: "You lot over there wouldn't know a good layout from a bad one.", findings: [{ match: "You lot over there wouldn't know a good layout from a bad", severity: 'violation' }] },
  { text: "Women translators always get too emotional about tone, so I want a man.", findings: [{ match: "Women translators always get too emotional", severity: 'violation' }] },
  { text: "Guys like you who can't tell a logo from clip art are the reason I quit.", findings: [{ match: "Guys like you who can't tell a logo from clip", severity: 'violation' }] },
  { text: "Nigerians like you dey spoil our name for this platform.", findings: [{ match: "Nigerians like you dey spoil our name", severity: 'violation' }] },
);
// Their look-alikes: users who cannot tell two formats apart, a person of a nationality named kindly, a programme, a statistic.
valid.push(
  "Our users can't tell the staging site from production, so let's add a banner.",
  "Most visitors can't tell a JPEG from a PNG, so we convert everything to WebP.",
  "The Indian kid in the demo video is our founder's son.",
  "Hire the Filipino guy I recommended, he is great.",
  "Clients like you who know exactly what they want are a joy to work with.",
  "My old friend runs a bakery and I designed her logo.",
  "Women founders tend to get less funding, according to the report we cite.",
  "Our women founders programme gives the ladies more visibility.",
);

// Contempt for what the reader writes or asks ("your dumb questions"), and talking down to age or sex as a form of address.
invalid.push(
  { text: "Enough with your dumb questions, just read the spec.", findings: [{ match: "your dumb questions", severity: 'violation' }] },
  { text: "Stop sending me these idiotic messages every hour.", findings: [{ match: "Stop sending me these idiotic messages", severity: 'violation' }] },
  { text: "Quit making stupid changes to the brief.", findings: [{ match: "Quit making stupid changes", severity: 'violation' }] },
  { text: "All your stupid ideas are why the launch failed.", findings: [{ match: "All your stupid ideas", severity: 'violation' }] },
  { text: "Just do what I paid for, grandma.", findings: [{ match: "grandma", severity: 'violation' }] },
  { text: "Relax, little lady. I know what I'm doing.", findings: [{ match: "little lady", severity: 'violation' }] },
  { text: "Honestly sweetheart, you should hire a real designer.", findings: [{ match: "Honestly sweetheart", severity: 'violation' }] },
  { text: "Calm down, missy, the invoice is correct.", findings: [{ match: "missy", severity: 'violation' }] },
);
// Their look-alikes: the writer's own question, a CI's emails, a proverb, an abuser quoted, family and characters named, kind thanks.
valid.push(
  "Sorry for my stupid question, but where is the repo?",
  "I'm sick of these stupid emails from the CI server.",
  "There are no dumb questions, ask me anything.",
  "Excuse my dumb question: is the API public?",
  "Stop sending me the changes by email, please use Jira.",
  'The client wrote "stop sending me these stupid messages" and I reported it to support.',
  'He called me "grandma" in the chat, so I closed the contract.',
  "Thanks for the photo of your grandma, she looks lovely.",
  "The pages look beautiful.",
  "The app is for the little girl who lost her dog.",
  "I called my grandpa.",
  "Thanks, young man!",
);

// The work said to be made by an animal, or the reader taught by one, asked as a question (a child as the author only after
// "who taught you": a children's book or a kids' app asks "did a child draw this?" kindly).
invalid.push(
  { text: "Did a monkey design this, or was it you?", findings: [{ match: "Did a monkey design", severity: 'violation' }] },
  { text: "Who taught you to code, a goat?", findings: [{ match: "Who taught you to code, a goat", severity: 'violation' }] },
  { text: "Was this coded by a trained chimp?", findings: [{ match: "Was this coded by a trained chimp", severity: 'violation' }] },
);
valid.push(
  "Did a child draw this? It's perfect for the picture book!",
  "Was this drawn by a child in your class? The parents will love it.",
  "Our app lets kids write stories; did your kid make this one?",
  "Who taught you to paint like this? It's beautiful.",
  "Was this written by a five-year-old? We need the age for the competition form.",
  "If you added a photo of yourself to your profile, clients would trust you more.",
);

// Ill wishes on the person or their business ("hope your agency goes bankrupt", "you deserve to lose every client"), not good ones.
invalid.push(
  { text: "Hope your cheap replacement burns the whole site down.", findings: [{ match: "Hope your cheap replacement burns the whole site down", severity: 'violation' }] },
  { text: "I hope your agency goes bankrupt by Christmas.", findings: [{ match: "I hope your agency goes bankrupt", severity: 'violation' }] },
  { text: "Hope you get fired for this.", findings: [{ match: "Hope you get fired", severity: 'violation' }] },
  { text: "You deserve to lose every client you have.", findings: [{ match: "You deserve to lose every client", severity: 'violation' }] },
);
valid.push(
  "I hope your launch goes well and the server never crashes.",
  "I hope you don't get fired over my mistake.",
  "Hope you get well soon!",
  "I hope your team gets the funding.",
  "You deserve to be paid well for this.",
);

// Talking down to someone's experience ("you've obviously never managed a team in your life", "reads like it was written by
// somebody who has never used a phone"), not an explanation offered or a compliment.
invalid.push(
  { text: "You've obviously never managed a team in your life.", findings: [{ match: "You've obviously never managed a team in your life", severity: 'violation' }] },
  { text: "You have never written a brief in your whole life, and it shows.", findings: [{ match: "You have never written a brief in your whole life", severity: 'violation' }] },
  { text: "Your spec reads like it was written by somebody who has never used a phone.", findings: [{ match: "reads like it was written by somebody who has never used", severity: 'violation' }] },
);
valid.push(
  "I see you've never run a Shopify store, so I'll explain the dashboard.",
  "You've clearly never been to Lisbon before, you'll love it!",
  "I have never in my life seen such a clean codebase.",
);

// Contempt for someone's face or voice ("your voice makes me sick"), not praise of a voice or a logo's face.
invalid.push(
  { text: "Seeing your face on the call was enough to make me want to quit.", findings: [{ match: "your face on the call was enough to make me want to quit", severity: 'violation' }] },
  { text: "Honestly your voice makes me sick, send text instead.", findings: [{ match: "your voice makes me sick", severity: 'violation' }] },
);
valid.push(
  "Your voice in the demo made me want to sign up right away.",
  "The face in your logo makes me smile.",
  "Nobody with a voice like yours needs autotune, it's perfect.",
);

// Masked swearing by sound ("phuck", "effing", "eff off"), not a town, a foundation or car care.
invalid.push(
  { text: "phuck this project", findings: [{ match: "phuck", severity: 'violation' }] },
  { text: "Effing deliver already.", findings: [{ match: "Effing", severity: 'violation' }] },
  { text: "You effing moron.", findings: [{ match: "effing", severity: 'violation' }] },
  { text: "eff off with your revisions", findings: [{ match: "eff off", severity: 'violation' }] },
);
valid.push(
  "The f-stop on the lens is 2.8.",
  "We use the BS 7671 standard for wiring.",
  "The MF connector is on the left.",
  "The Effingham office handles the invoices.",
  "The EFF published a report on privacy.",
  "Buffing the car takes an hour.",
);


/** Round ten: Thai, Persian (with Finglish), Hebrew, Bulgarian and Czech, my own cases both ways (work talk, prices, refusals stay clean). */
invalid.push(
  { text: "มึงมันโง่", findings: [{ match: "มึงมันโง่", severity: 'violation' }] },
  { text: "ไอ้ควาย ทำงานไม่เป็น", findings: [{ match: "ไอ้ควาย", severity: 'violation' }] },
  { text: "بی شعور", findings: [{ match: "بی شعور", severity: 'violation' }] },
  { text: "ahmagh", findings: [{ match: "ahmagh", severity: 'violation' }] },
  // Round twenty-five: "מטומטם" ends in a final mem, which the view keeps; the class now spells it out.
  { text: "אתה אידיוט מטומטם", findings: [{ match: "אידיוט", severity: 'violation' }, { match: "מטומטם", severity: 'violation' }] },
  { text: "тъпак", findings: [{ match: "тъпак", severity: 'violation' }] },
  { text: "ty debile", findings: [{ match: "debile", severity: 'violation' }] },
  { text: "ще те намеря", findings: [{ match: "ще те намеря", severity: 'violation' }] },
  { text: "vím kde bydlíš", findings: [{ match: "vím kde bydlíš", severity: 'violation' }] },
);
valid.push(
  "ควายในทุ่งนาสวยมาก ถ่ายรูปให้หน่อย",
  "لطفا فایل ها را امروز بفرستید",
  "תודה על העבודה המצוינת",
  "благодаря, файловете са готови",
  "děkuji, soubory jsou hotové",
);
/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Είσαι ηλίθιος", findings: [{ match: "ηλίθιος", severity: 'violation' }] },
  { text: "Ρε μαλάκα, τι έκανες;", findings: [{ match: "Ρε μαλάκα", severity: 'violation' }] },
  { text: "Θα σε βρω, ξέρω πού μένεις", findings: [{ match: "Θα σε βρω", severity: 'violation' }, { match: "ξέρω πού μένεις", severity: 'violation' }] },
  { text: "Te hülye vagy", findings: [{ match: "Te hülye", severity: 'violation' }] },
  { text: "Megtalállak, tudom hol laksz", findings: [{ match: "Megtalállak", severity: 'violation' }, { match: "tudom hol laksz", severity: 'violation' }] },
  { text: "nee oru thendi aanu", findings: [{ match: "thendi", severity: 'violation' }] },
  { text: "നീ ഒരു മണ്ടൻ ആണ്", findings: [{ match: "മണ്ടൻ", severity: 'violation' }] },
  { text: "ninne njan vidilla", findings: [{ match: "ninne njan vidilla", severity: 'violation' }] },
);
valid.push(
  "Τα χρώματα να είναι πιο μαλακά",
  "Lehet, hogy hülye kérdés, de mikor kezdünk?",
  "Η Iris θα σε βρει στο Upwork",
);

/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "poda patti", findings: [{ match: "poda patti", severity: 'violation' }] },
);
valid.push(
  "Patti ki design achha hai",
);

/** Round sixteen, real text by family (my own wording, not the corpus's): death and curses wished on the reader, women kept from computers; look-alikes beside them. */
invalid.push(
  { text: 'Crook. You will die a miserable death, I promise.', findings: [{ match: 'You will die a miserable death', severity: 'violation' }] },
  { text: 'If she loses her savings because of you I will curse you.', findings: [{ match: 'I will curse you', severity: 'violation' }] },
  { text: 'You will never see heaven for what you did.', findings: [{ match: 'You will never see heaven', severity: 'violation' }] },
  { text: 'Who let you out of the kitchen? Leave the code to us.', findings: [{ match: 'Who let you out of the kitchen', severity: 'violation' }] },
  { text: "Where I come from, women aren't allowed near a computer.", findings: [{ match: "women aren't allowed near", severity: 'violation' }] },
);
valid.push(
  'If you touch the lava in level two you will die, so jump early.',
  'The knight dies a terrible death in the last chapter of the script.',
  'Women are not allowed to be paid less than men here, by law.',
  'Who let the dog out of the kitchen this morning?',
);

/** Round sixteen, real text by family (my own wording): taunts and a beating wished; look-alikes beside them. */
invalid.push(
  { text: 'lmao get a life', findings: [{ match: 'get a life', severity: 'violation' }] },
  { text: 'Already reported you, cry about it.', findings: [{ match: 'cry about it', severity: 'violation' }] },
  { text: 'Whoever wrote this mess, I want to give him a good beating.', findings: [{ match: 'give him a good beating', severity: 'violation' }] },
);
valid.push(
  'Add a button to get a life insurance quote on the landing page.',
  'Give them a good kickoff call and the project will go fine.',
);

/** Round thirteen: Croatian, Serbian and Bosnian (Latin and Cyrillic), Azerbaijani, Georgian and Amharic (in their scripts and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Ti si idiote jedan", findings: [{ match: "idiote", severity: 'violation' }] },
  { text: "Jebi se", findings: [{ match: "Jebi se", severity: 'violation' }] },
  { text: "Naći ću te, znam gdje živiš", findings: [{ match: "Naći ću te", severity: 'violation' }, { match: "znam gdje živiš", severity: 'violation' }] },
  { text: "Идиоте", findings: [{ match: "Идиоте", severity: 'violation' }] },
  { text: "Знам где живиш", findings: [{ match: "Знам где живиш", severity: 'violation' }] },
  { text: "Sən axmaqsan", findings: [{ match: "axmaqsan", severity: 'violation' }] },
  { text: "Səni tapacam", findings: [{ match: "Səni tapacam", severity: 'violation' }] },
  { text: "შე იდიოტო", findings: [{ match: "შე იდიოტო", severity: 'violation' }] },
  { text: "გიპოვი, ვიცი სად ცხოვრობ", findings: [{ match: "გიპოვი", severity: 'violation' }, { match: "ვიცი სად ცხოვრობ", severity: 'violation' }] },
  { text: "አንተ ደደብ", findings: [{ match: "ደደብ", severity: 'violation' }] },
  { text: "አገኝሃለሁ", findings: [{ match: "አገኝሃለሁ", severity: 'violation' }] },
);
valid.push(
  "Axmaq sual ola bilər, amma nə vaxt başlayırıq?",
  "Hvala, fajlovi su gotovi",
  "ውሻ ያለው ቤት ፎቶ ያስፈልገኛል",
  "Možda je glupo pitanje, ali kada počinjemo?",
);

/** Round fourteen: Tamil and Telugu (in their scripts and in Latin letters) and Nigerian Pidgin, my own cases both ways. */
invalid.push(
  { text: "nee oru loosu payale", findings: [{ match: "loosu payale", severity: 'violation' }] },
  { text: "நீ ஒரு முட்டாள்", findings: [{ match: "முட்டாள்", severity: 'violation' }] },
  { text: "unna vida maaten", findings: [{ match: "unna vida maaten", severity: 'violation' }] },
  { text: "vedhava, pani sarigga cheyyi", findings: [{ match: "vedhava", severity: 'violation' }] },
  { text: "వెధవ", findings: [{ match: "వెధవ", severity: 'violation' }] },
  { text: "ninnu vadalanu", findings: [{ match: "ninnu vadalanu", severity: 'violation' }] },
  { text: "werey, see wetin you do", findings: [{ match: "werey", severity: 'violation' }] },
  { text: "you be ode", findings: [{ match: "you be ode", severity: 'violation' }] },
  { text: "I go deal with you", findings: [{ match: "I go deal with you", severity: 'violation' }] },
  { text: "oga na thief you be", findings: [{ match: "na thief you be", severity: 'violation' }] },
);
valid.push(
  "mutta curry recipe app la venum",
  "naye project ke liye designer chahiye",
  "an ode to the city, for the poster",
  "you be the best designer I don work with",
  "I go show you the demo tomorrow",
);

/** Round fifteen: Hindi in Devanagari, Marathi, Nepali in Devanagari and Bengali in its script, my own cases both ways. */
invalid.push(
  { text: "तुम बेवकूफ हो", findings: [{ match: "बेवकूफ", severity: 'violation' }] },
  { text: "साले कमीने", findings: [{ match: "कमीने", severity: 'violation' }] },
  { text: "मैं तुम्हें देख लूंगा", findings: [{ match: "तुम्हें देख लूंगा", severity: 'violation' }] },
  { text: "तू मूर्ख आहेस", findings: [{ match: "मूर्ख", severity: 'violation' }] },
  { text: "तुला बघून घेईन", findings: [{ match: "तुला बघून घेईन", severity: 'violation' }] },
  { text: "तँ मुर्ख होस्", findings: [{ match: "मुर्ख", severity: 'violation' }] },
  { text: "तँलाई छोड्दिन", findings: [{ match: "तँलाई छोड्दिन", severity: 'violation' }] },
  { text: "তুই একটা শুয়োরের বাচ্চা", findings: [{ match: "শুয়োরের বাচ্চা", severity: 'violation' }] },
  { text: "তোকে দেখে নেব", findings: [{ match: "তোকে দেখে নেব", severity: 'violation' }] },
);
valid.push(
  "मैं कोड देख लूंगा और कल तक फाइल भेज दूंगा",
  "আমি ফাইলটা দেখে নেব",
  "मूर्ति की फोटो एडिट करनी है",
);

/** Round seventeen, batch 69: a writer's origin scorned in a quality complaint; the bush as a place stays clean. */
invalid.push(
  { text: "He writes like he's come right from the bush!", findings: [{ match: "writes like he's come right from the bush", severity: 'violation' }] },
);
valid.push(
  "The bird came out of the bush and flew away.",
  "The article needs more detail on the bush fires.",
);

/**
 * Round eighteen: contempt as Hindi, Nepali and Bengali writers type it: "अनपढ़ कहीं के", "दिमाग छैन?", "তোমার মতো মূর্খ মানুষ",
 * "মাথায় কিছু নেই". A product for people who cannot read and a robot without a brain stay clean. My own cases both ways.
 */
invalid.push(
  { text: "जाहिल कहीं के, फाइल भी नहीं खोल सकते", findings: [{ match: "जाहिल कहीं के", severity: 'violation' }] },
  { text: "तिम्रो दिमाग छैन कि क्या हो", findings: [{ match: "तिम्रो दिमाग छैन", severity: 'violation' }] },
  { text: "তোমার মতো মূর্খ মানুষ দিয়ে কাজ হবে না", findings: [{ match: "তোমার মতো মূর্খ মানুষ", severity: 'violation' }] },
  { text: "তোর মাথায় কি কিছু নেই?", findings: [{ match: "মাথায় কি কিছু নেই", severity: 'violation' }] },
);
valid.push(
  "अनपढ़ लोगों के लिए भी आसान ऐप चाहिए, आइकन बड़े रखें",
  "গ্রামের অশিক্ষিত মানুষদের জন্য অডিও গাইড বানাতে হবে",
  "रोबोटको दिमाग छैन, त्यसैले सेन्सर थप्नुपर्छ।",
);

/**
 * Round twenty: contempt with no swear word for someone's age, sex, religion or origin, talking down ("a question any intern could
 * answer", "only a clown would send this"), ruin and pursuit threatened, in English and in Russian, Spanish, Portuguese, Hindi-Urdu.
 * My own cases both ways, with the clean look-alikes next to them: an age group served, an old SDK, a product persona, movers, promo copy.
 */
invalid.push(
  { text: "I expected more from a person of your age, honestly.", findings: [{ match: "expected more from a person of your age", severity: 'violation' }] },
  { text: "a woman your age should understand a simple spreadsheet by now", findings: [{ match: "a woman your age should understand", severity: 'violation' }] },
  { text: "u talk like my grandpa on every call lol", findings: [{ match: "u talk like my grandpa", severity: 'violation' }] },
  { text: "you behave like a teenager whenever I ask for a change", findings: [{ match: "you behave like a teenager", severity: 'violation' }] },
  { text: "this is a question any intern could answer", findings: [{ match: "a question any intern could answer", severity: 'violation' }] },
  { text: "only a clown would send this as final", findings: [{ match: "only a clown would send", severity: 'violation' }] },
  { text: "Do they not even teach basic maths in your country?", findings: [{ match: "Do they not even teach basic maths in your country", severity: 'violation' }] },
  { text: "keep it up and remember, i know where your warehouse is.", findings: [{ match: "i know where your warehouse is", severity: 'violation' }] },
  { text: "you'll find out what an angry client can do", findings: [{ match: "you'll find out what an angry", severity: 'violation' }] },
  { text: "I will find a way to ruin your career", findings: [{ match: "find a way to ruin your career", severity: 'violation' }] },
  { text: "leave the technical decisions to one of the guys on your team", findings: [{ match: "leave the technical decisions to one of the guys", severity: 'violation' }] },
  { text: "I won't negotiate with a woman about pricing", findings: [{ match: "won't negotiate with a woman", severity: 'violation' }] },
  { text: "you people from the south always want everything for free", findings: [{ match: "you people from the south always want everything for free", severity: 'violation' }] },
  { text: "we do not hire people who pray during office hours", findings: [{ match: "do not hire people who pray", severity: 'violation' }] },
  { text: "Brits tend to overcomplicate every brief", findings: [{ match: "Brits tend to overcomplicate", severity: 'violation' }] },
  { text: "you people couldn't ship a landing page to save your lives", findings: [{ match: "you people couldn't ship a landing page to save your lives", severity: 'violation' }] },
  { text: "Еще раз сорвете срок, и я найду способ вам отомстить.", findings: [{ match: "найду способ вам отомстить", severity: 'violation' }] },
  { text: "В твоем возрасте уже стыдно не знать Excel.", findings: [{ match: "В твоем возрасте уже стыдно", severity: 'violation' }] },
  { text: "Mujer tenías que ser, no tengo tiempo para enseñarle a una chica a usar Excel.", findings: [{ match: "enseñarle a una chica", severity: 'violation' }] },
  { text: "Talvez seja a idade, peça ajuda ao seu neto para abrir o arquivo.", findings: [{ match: "Talvez seja a idade", severity: 'violation' }, { match: "peça ajuda ao seu neto", severity: 'violation' }] },
  { text: "Aukaat mein raho, client se aise baat nahi karte.", findings: [{ match: "Aukaat mein raho", severity: 'violation' }] },
  { text: "Bas itna yaad rakho, main chup nahi baithunga.", findings: [{ match: "chup nahi baithunga", severity: 'violation' }] },
);
valid.push(
  "I expected more from the vendor, to be honest, but the data was late.",
  "We serve people of your age group in the retirement planning app.",
  "The app is too old for the new iOS SDK, we need to upgrade.",
  "Only a fool would skip backups, which is why we run them nightly.",
  "The persona sounds like a grandmother talking to her grandkids, which is what the brand wants.",
  "Leave the heavy lifting to the movers, the guys from the warehouse will handle it.",
  "Ladies night promo: the flyer needs a pink background.",
  "You'll find out how easy the dashboard is once the import runs.",
  "Our reviews page gets 500 five-star reviews a year.",
  "The prayer room booking app should let people schedule around their prayers.",
  "Mulher empreendedora: o logo precisa de tons de rosa, sempre complica escolher a fonte.",
  "You people are amazing, thanks for the quick turnaround.",
  "Let someone younger on the team try the onboarding, we want fresh eyes on the UX.",
  "Where are you even from? Just curious, your accent is lovely.",
  "The guide says \"keep up with the adults\" is the name of the parenting podcast.",
  "Only a fool would skip backups, so we run them nightly.",
);

/**
 * Round twenty, phone chat: threats and contempt typed short ("imma find u", "i'll turn up at ur house", "r u even a real developer",
 * "u people are all same", "u flaky cow"), my own cases; next to them a courier at the door, a male connector, thanks to "u people".
 */
invalid.push(
  { text: "try that again and imma find u, i mean it", findings: [{ match: "imma find u", severity: 'violation' }] },
  { text: "cancel on me again and i'll turn up at ur house", findings: [{ match: "and i'll turn up at ur house", severity: 'violation' }] },
  { text: "r u even a real developer or just copy paste", findings: [{ match: "r u even a real developer", severity: 'violation' }] },
  { text: "u people are all same, no reply for days", findings: [{ match: "u people are all same", severity: 'violation' }] },
  { text: "stop ignoring me u flaky cow", findings: [{ match: "u flaky cow", severity: 'violation' }] },
);
valid.push(
  "The courier will show up at your door by noon.",
  "We need a male connector for the cable, not female.",
  "u people are amazing, thanks for the quick fix",
  "Are you even available next week for a real call?",
);

/**
 * Round twenty: "ye" leads a name-calling as "you" does (Scots, Irish chat); next to it "ye" with no insult.
 */
invalid.push(
  { text: "ye lazy muppet, the brief was two lines", findings: [{ match: "ye lazy muppet", severity: 'violation' }] },
);
valid.push(
  "the brief was two lines, ye can skip the intro",
);


/**
 * Round nineteen: everyday English contempt without a swear word (English or origin mocked, dehumanising comparisons, age and looks
 * scorned), masked swearing with more stars, advances asked short, threats of exposure by name. My own cases both ways, with the
 * clean look-alikes next to them: a translation critiqued, an age asked, offshore teams praised, an invoice's name and address.
 */
invalid.push(
  { text: "Is this what passes for English in your country?", findings: [{ match: "what passes for English in your country", severity: 'violation' }] },
  { text: "honestly u write like a toddler, fix it", findings: [{ match: "u write like a toddler", severity: 'violation' }] },
  { text: "Every one of them misses the deadline. Is that a cultural thing or something?", findings: [{ match: "Is that a cultural thing or something", severity: 'violation' }] },
  { text: "I'm fed up with foreign contractors, the lot of them.", findings: [{ match: "fed up with foreign contractors", severity: 'violation' }] },
  { text: "My granny could have typed it better than this.", findings: [{ match: "My granny could have typed it better than this", severity: 'violation' }] },
  { text: "A monkey with a mouse would have fixed it in an hour.", findings: [{ match: "A monkey with a mouse would have fixed it in an hour", severity: 'violation' }] },
  { text: "Did you get your certificate out of a fortune cookie?", findings: [{ match: "get your certificate out of a fortune cookie", severity: 'violation' }] },
  { text: "r u like 95 years old? it's an email", findings: [{ match: "r u like 95 years old", severity: 'violation' }] },
  { text: "Your voice is unbearable on these calls.", findings: [{ match: "Your voice is unbearable", severity: 'violation' }] },
  { text: "Learn the basics of tax first, then come back and argue.", findings: [{ match: "Learn the basics of tax first, then come back", severity: 'violation' }] },
  { text: "Pakistanis are all like this, haggling over five dollars.", findings: [{ match: "Pakistanis are all like this", severity: 'violation' }] },
  { text: "this is total sh** and you know it", findings: [{ match: "sh**", severity: 'violation' }] },
  { text: "ok and are you single?", findings: [{ match: "are you single", severity: 'violation' }] },
  { text: "I will share your real name on every group as a fraud.", findings: [{ match: "share your real name on every group as a fraud", severity: 'violation' }] },
  { text: "Ang kapal naman ng mukha mo, ikaw pa galit.", findings: [{ match: "Ang kapal naman ng mukha mo", severity: 'violation' }] },
);
valid.push(
  "The Spanish copy reads like Google Translate, can you have a native speaker edit it?",
  "Are you 18 years old? The platform needs an adult for the payout account.",
  "Our offshore developers are excellent and I'm happy to keep hiring them.",
  "Client paid late this month, always like this at year end, no stress.",
  "I have your full name and address for the invoice, thanks.",
  "Is the single page layout OK for you?",
  "The problem is with your browser cache, clear it and reload.",
  "Learn the basics first, then we move to advanced topics next week.",
  "Make the heading **bold** and the rest plain.",
  "Ask your grandson? No, I'll ask my assistant to set up the printer.",
);

/**
 * Round twenty-one: frames widened for a family rather than a phrase. Someone lesser as the better author with any modal and work
 * verb, work done "like a monkey" by anyone, another job in any politeness wrapper; the French "never ... in your life" and amateur
 * work, Ukrainian and Russian explaining "as to a child" and "stupid" in every case before what the reader asks. Clean look-alikes
 * next to them: a tablet advertised, a job title, a career page, criticism of work told as what the writer has seen, a friendly question.
 */
invalid.push(
  { text: "If your brother-in-law can do better animation with PowerPoint then hire him.", findings: [{ match: "If your brother-in-law can do better", severity: 'violation' }] },
  { text: "A primary school pupil would write better English.", findings: [{ match: "A primary school pupil would write better", severity: 'violation' }] },
  { text: "Even a ten year old would have written better copy than this.", findings: [{ match: "Even a ten year old would have written better", severity: 'violation' }] },
  { text: "Your previous developer wrote code like a monkey with keyboard.", findings: [{ match: "wrote code like a monkey", severity: 'violation' }] },
  { text: "Here people who can't read a specification get fired. Maybe think about another job.", findings: [{ match: "Maybe think about another job", severity: 'violation' }] },
  { text: "Perhaps you should consider a different career.", findings: [{ match: "Perhaps you should consider a different career", severity: 'violation' }] },
  { text: "On dirait que vous n'avez jamais vu un tableau Excel de votre vie.", findings: [{ match: "On dirait que vous n'avez jamais vu un tableau Excel de votre vie", severity: 'violation' }] },
  { text: "Franchement, c'est du travail d'amateur.", findings: [{ match: "c'est du travail d'amateur", severity: 'violation' }] },
  { text: "Втретє пояснюю як для дитини.", findings: [{ match: "пояснюю як для дитини", severity: 'violation' }] },
  { text: "Таких тупих задач я ще не бачив.", findings: [{ match: "Таких тупих задач", severity: 'violation' }] },
  { text: "Объясняю как ребенку: таких тупых вопросов я не видел.", findings: [{ match: "Объясняю как ребенку", severity: 'violation' }, { match: "таких тупых вопросов", severity: 'violation' }] },
);
valid.push(
  "I have seen children in my daughter's class produce better drawings than this storyboard.",
  "With this tablet your kid can draw better and faster.",
  "Make the buttons bigger so a child can use it better.",
  "Maybe think about another job title for the posting.",
  "We should consider a different career page layout.",
  "Our intern can do better research next week if you send the brief.",
  "Vous n'avez jamais vu Paris de votre vie ? Venez pour le tournage.",
  "Le résultat n'est pas lamentable du tout.",
  "Пояснюю як для дитини в нашому застосунку для дітей: кроки мають бути простими.",
);
// Round twenty-one: French delays in the plural ("des retards", "aux retards") are no slur; the English plural aimed at people still is.
valid.push("Notre note Google est tombée à 3,8 à cause des retards de livraison. Le rapport doit relier les avis clients aux retards fournisseurs.");
invalid.push({ text: "stop acting like retards", findings: [{ match: "retards", severity: 'violation' }] });

/**
 * Round twenty-one, false alarms by reason: a thing found for the reader is a service, knowing where the office is to deliver there, and
 * work compared with what the writer has seen others make (criticism of the work; the comparison aimed at the person stays contempt).
 */
valid.push(
  "I'll find you a better slot.",
  "I know where your office is, I'll drop the banners there.",
  "I have seen children in my daughter's class produce better drawings than this storyboard.",
  "I have seen children produce better drawings than this.",
  // Was a violation until round twenty-one: criticism of the copy, by the same reason.
  { text: "Honestly I've seen students write better copy than this.", context: { contract: 'active', role: 'client' } },
);
invalid.push(
  { text: "I'll find you and make you pay.", findings: [{ match: "I'll find you", severity: 'violation' }] },
  { text: "I know where your office is and I'm coming with friends.", findings: [{ match: "I know where your office is", severity: 'violation' }] },
  { text: "I've seen interns write better code than you.", findings: [{ match: "I've seen interns write better code than you", severity: 'violation' }] },
  {
    text: "I have seen grade-schoolers produce tidier work than this. Honestly it is a little pathetic.",
    findings: [{ match: "I have seen grade-schoolers produce tidier work than this. Honestly it is a little pathetic", severity: 'violation' }],
  },
);

/**
 * Round twenty-three: the reader's whereabouts or family known, next to what is owed (any order, across sentences), and someone
 * lesser (an intern, a school-leaver, any trainee) doing better work than the reader, in English and German. Next to them an
 * address known for a delivery, a meeting in person, an intern praised, and a trainee programme.
 */
invalid.push(
  { text: "I know your daughter's school and where your wife parks. Just pay what you owe and we're done.", findings: [{ match: "I know your daughter's school and where your wife parks. Just pay what you owe", severity: 'violation' }] },
  { text: "Pay me back this week. I've seen the gym you go to after work.", findings: [{ match: "Pay me back this week. I've seen the gym you go", severity: 'violation' }] },
  { text: "We had better copy from the tea boy than from you.", findings: [{ match: "We had better copy from the tea boy", severity: 'violation' }] },
  { text: "Any apprentice writes cleaner code than you.", findings: [{ match: "Any apprentice writes cleaner code than you", severity: 'violation' }] },
  { text: "Mein Azubi arbeitet ordentlicher als du.", findings: [{ match: "Mein Azubi arbeitet ordentlicher als du", severity: 'violation' }] },
);
valid.push(
  "I know where your office is, I'll drop off the printed invoice there on Monday.",
  "I see your office is on Main Street, we could meet in person to sign the lease.",
  "My intern does better work when the brief is clear, so please send the brief.",
  "I've had better results from the new trainee schedule, thanks for the idea.",
  "Unser Praktikant arbeitet schneller als ich dachte.",
);

/**
 * Round twenty-three: the reader's name spread through the whole trade, the trade closed to them, and the small trade as a warning
 * (en, es, it, pt). Next to them praise told to everyone, a small world as a friendly goodbye, and nobody working on Sundays.
 */
invalid.push(
  { text: "I'm going to warn every agency in town what kind of client you are.", findings: [{ match: "I'm going to warn every agency in town what kind of", severity: 'violation' }] },
  { text: "After this, no one decent will ever hire you again.", findings: [{ match: "no one decent will ever hire you again", severity: 'violation' }] },
  { text: "Les voy a advertir a todos en la agencia.", findings: [{ match: "voy a advertir a todos", severity: 'violation' }] },
  { text: "State attenti, il settore della moda è piccolo.", findings: [{ match: "State attenti, il settore della moda è piccolo", severity: 'violation' }] },
  { text: "Vou falar pra todo mundo da agência que você não paga ninguém.", findings: [{ match: "Vou falar pra todo mundo da agência que você não", severity: 'violation' }] },
);
valid.push(
  "The design world is small, I'm sure we'll meet again on another project!",
  "Vou contar pra todo mundo como ficou lindo o site!",
  "Voy a contarle a todo el mundo lo bien que trabajas.",
  "Nadie quiere trabajar con usted los domingos, es normal.",
  "I'll tell everyone at the office about your new app, they'll love it.",
);

/**
 * Round twenty-four, languages (t39): contempt and threats without swear words in Spanish, Portuguese and Russian: a child or a trainee
 * does it better (not "better than me"), a disgrace, people like the reader unfit to be here, another trade or a factory, "vas a lamentar",
 * and the trade closed to the reader by the writer's doing. Next to them the same words as advice, praise, reports and ordinary news.
 */
invalid.push(
  { text: "mi sobrino de 10 años lo hace mejor que tú", findings: [{ match: "mi sobrino de 10 años lo hace mejor", severity: 'violation' }] },
  { text: "vas a lamentar esto, te lo aseguro", findings: [{ match: "vas a lamentar", severity: 'violation' }] },
  { text: "gente como tú no debería estar en esta plataforma", findings: [{ match: "gente como tú no debería", severity: 'violation' }] },
  { text: "eres una vergüenza de profesional", findings: [{ match: "eres una vergüenza", severity: 'violation' }] },
  { text: "me voy a encargar de que nadie te vuelva a contratar", findings: [{ match: "encargar de que nadie te vuelva a contratar", severity: 'violation' }] },
  { text: "мой сын в пятом классе сделает лучше", findings: [{ match: "мой сын в пятом классе сделает лучше", severity: 'violation' }] },
  {
    text: "иди работай на завод, программирование не для тебя",
    findings: [{ match: "иди работай на завод", severity: 'violation' }, { match: "программирование не для тебя", severity: 'violation' }],
  },
  { text: "такие как ты не должны здесь работать", findings: [{ match: "такие как ты не должны здесь работать", severity: 'violation' }] },
  { text: "я сделаю так, что тебя никто больше не наймёт", findings: [{ match: "сделаю так, что тебя никто больше не наймёт", severity: 'violation' }] },
  { text: "meu sobrinho de 10 anos faz melhor", findings: [{ match: "meu sobrinho de 10 anos faz melhor", severity: 'violation' }] },
  { text: "vai procurar outra profissão", findings: [{ match: "vai procurar outra profissão", severity: 'violation' }] },
  { text: "gente como você não devia estar aqui", findings: [{ match: "gente como você não devia", severity: 'violation' }] },
  { text: "vou garantir que ninguém te contrate de novo", findings: [{ match: "garantir que ninguém te contrate", severity: 'violation' }] },
);
valid.push(
  "mi hijo lo hace mejor que yo con el celular",
  "mi sobrino de 10 años está aprendiendo a programar",
  "no vas a lamentar haberme contratado",
  "ninguém te contrata sem portfólio, monte um primeiro",
  "мой сын сделает это лучше меня, он с детства в фотошопе",
  "мой сын в пятом классе учится программировать",
  "meu filho faz melhor do que eu no photoshop",
  "el cliente me dijo que gente como yo no debería estar aquí, lo reporté",
);

/**
 * Round twenty-four, languages (t39): Chinese and Egyptian Arabizi contempt and threats without swear words: "你会后悔的" (not "你不会后悔"
 * nor a tool regretted), the trade not for the reader, a nephew doing better; "hatendam" (not "mesh hatendam"), "enta fashel", "a7san
 * menak" after a relative, "dawar 3ala shoghlana tanya", "ana 3aref enta sakin fein".
 */
invalid.push(
  { text: "你会后悔的", findings: [{ match: "你会后悔", severity: 'violation' }] },
  { text: "你不适合干这行", findings: [{ match: "你不适合干这行", severity: 'violation' }] },
  { text: "我侄子都做得比你好", findings: [{ match: "侄子都做得比你好", severity: 'violation' }] },
  { text: "hatendam", findings: [{ match: "hatendam", severity: 'violation' }] },
  { text: "ebn okhti ye3mel a7san menak", findings: [{ match: "ebn okhti ye3mel a7san menak", severity: 'violation' }] },
  { text: "ana 3aref enta sakin fein", findings: [{ match: "3aref enta sakin fein", severity: 'violation' }] },
  { text: "enta fashel w mabte3rafsh te3mel ay 7aga", findings: [{ match: "enta fashel", severity: 'violation' }] },
  { text: "dawar 3ala shoghlana tanya", findings: [{ match: "dawar 3ala shoghlana tanya", severity: 'violation' }] },
);
valid.push(
  "你不会后悔的",
  "你会后悔没早点用这个工具",
  "我侄子在学编程",
  "你不适合这个颜色，换个吧",
  "mesh hatendam 3ala el shoghl da",
  "enta mesh fashel, el mockup gamed",
  "el app lazem te3mel a7san menak ya competitor",
  "ebn okhti bayet3allem programming",
);

/**
 * Round twenty-four (the proposal stage): contempt for the reader's last hand on the work, a broken result wished on the reader, a group
 * as the reason others leave or as what burned the writer, other bidders as a lot taken up by "half of them" in the next sentence,
 * Cebuano "X ka", the Rioplatense "sos un ...", Arabic "you understand nothing" and "someone who will put up with you". Next to them:
 * praise in the same frames, a group that never misses deadlines, shares of things (not people), and "I understand nothing".
 */
invalid.push(
  { text: "Honestly your logo is a mess and whoever designed it was clearly an amateur.", findings: [{ match: "whoever designed it was clearly an amateur", severity: 'violation' }] },
  { text: "Your last developer must have been blind, the checkout has no validation.", findings: [{ match: "Your last developer must have been blind", severity: 'violation' }] },
  { text: "Go ahead and hire the cheap people, you deserve the broken site you will get.", findings: [{ match: "you deserve the broken", severity: 'violation' }] },
  { text: "Freelancers like you are the reason serious clients leave this platform.", findings: [{ match: "Freelancers like you are the reason serious clients leave", severity: 'violation' }] },
  { text: "I've been ripped off by you people too many times, so no.", findings: [{ match: "been ripped off by you people", severity: 'violation' }] },
  {
    text: "Do not give your books to some cheap agency. Half of them are useless and the other half are liars.",
    findings: [{ match: "cheap agency. Half of them are useless", severity: 'violation' }],
  },
  { text: "You picked the guy from that country where they copy everything.", findings: [{ match: "from that country where they copy everything", severity: 'violation' }] },
  { text: "Buang man diay ka, wala kay klaro.", findings: [{ match: "Buang man diay ka", severity: 'violation' }] },
  { text: "Eres un pelotudo, no leíste nada.", findings: [{ match: "Eres un pelotudo", severity: 'violation' }] },
  { text: "انتي مش فاهمة اي حاجة، روحي شوفي حد يستحملك.", findings: [{ match: "انتي مش فاهمة اي حاجة", severity: 'violation' }, { match: "حد يستحملك", severity: 'violation' }] },
);
valid.push(
  "Clients like you are the reason I love freelancing.",
  "Slow pages are the reason visitors leave, so I will start with speed.",
  "I was burned by a cheap host before, so I keep daily backups.",
  "Our offshore developers never miss deadlines and reply within an hour.",
  "I tested the 12 plugins you listed. Half of them are outdated and the rest are fine.",
  "Whoever made it was in a hurry, but the structure is fine and I can keep it.",
  "Your previous designer was clearly talented, I will keep the palette.",
  "You deserve a website that works on phones, and the best support.",
  "أنا مش فاهم حاجة في الكود ده، ممكن توضح؟",
  "Sos un genio, gracias por la paciencia.",
  "Salamat kaayo, Ma'am! Ikaw ra gyud ang akong client.",
  "I compared the other bidders' portfolios with mine. Most of them are juniors, so I can offer more experience.",
);

/**
 * Round twenty-five, languages (t40): the helper's own chat cases in Bengali, Banglish, Urdu in its script, Roman Urdu, Hindi in Devanagari, Tamil, Tamil in Latin letters, Telugu, Telugu in Latin letters, Marathi, Nepali; violations the rules missed before,
 * and clean look-alikes beside them (refusals, warnings, reported speech, work talk).
 */
invalid.push(
  { text: "আপনার মত অশিক্ষিত লোক দিয়ে কাজ হবে না", findings: [{ match: "আপনার মত অশিক্ষিত লোক", severity: 'violation' }] },
  { text: "তুমি একটা গাধা, কিছুই বুঝ না", findings: [{ match: "গাধা", severity: 'violation' }] },
  { text: "বাঙালিরা সব চোর", findings: [{ match: "বাঙালিরা সব চোর", severity: 'violation' }] },
  { text: "তোর মত ফালতু ফ্রিল্যান্সার আমি অনেক দেখেছি", findings: [{ match: "তোর মত ফালতু ফ্রিল্যান্সার আমি অনেক দেখেছি", severity: 'violation' }] },
  { text: "মেয়ে মানুষ দিয়ে এই কাজ হয় না", findings: [{ match: "মেয়ে মানুষ দিয়ে এই কাজ হয় না", severity: 'violation' }] },
  { text: "টাকা না দিলে তোমার বাসায় লোক পাঠাবো", findings: [{ match: "তোমার বাসায় লোক পাঠাবো", severity: 'violation' }] },
  { text: "তোমার কোন যোগ্যতা নাই, অন্য কাজ খোঁজো", findings: [{ match: "তোমার কোন যোগ্যতা নাই", severity: 'violation' }, { match: "অন্য কাজ খোঁজো", severity: 'violation' }] },
  { text: "বেয়াদব, কথা বলার ভদ্রতা শিখো", findings: [{ match: "বেয়াদব", severity: 'violation' }, { match: "ভদ্রতা শিখো", severity: 'violation' }] },
  { text: "তোমাকে আমি দেখে নিব", findings: [{ match: "তোমাকে আমি দেখে নিব", severity: 'violation' }] },
  { text: "তোর মাথায় কি গোবর ভরা?", findings: [{ match: "মাথায় কি গোবর", severity: 'violation' }] },
  { text: "apnar moto oshikkhito lok diye kaj hobe na", findings: [{ match: "apnar moto oshikkhito lok", severity: 'violation' }] },
  { text: "tumi ekta gadha, kichui bujho na", findings: [{ match: "gadha", severity: 'violation' }] },
  { text: "bangali ra sob chor", findings: [{ match: "bangali ra sob chor", severity: 'violation' }] },
  { text: "tor moto faltu freelancer onek dekhsi", findings: [{ match: "tor moto faltu freelancer onek dekhsi", severity: 'violation' }] },
  { text: "meye manush diye ei kaj hoy na", findings: [{ match: "meye manush diye ei kaj hoy na", severity: 'violation' }] },
  { text: "taka na dile tomar basay lok pathabo", findings: [{ match: "tomar basay lok pathabo", severity: 'violation' }] },
  { text: "tomar kono joggota nai, onno kaj khojo", findings: [{ match: "tomar kono joggota nai", severity: 'violation' }, { match: "onno kaj khojo", severity: 'violation' }] },
  { text: "beyadob, kotha bolar vodrota shikho", findings: [{ match: "beyadob", severity: 'violation' }, { match: "vodrota shikho", severity: 'violation' }] },
  { text: "tomake ami dekhe nibo", findings: [{ match: "tomake ami dekhe nibo", severity: 'violation' }] },
  { text: "تم جیسے جاہل لوگوں سے کام نہیں ہوتا", findings: [{ match: "تم جیسے جاہل", severity: 'violation' }] },
  { text: "تم گدھے ہو، کچھ سمجھ نہیں آتا تمہیں", findings: [{ match: "گدھے", severity: 'violation' }, { match: "کچھ سمجھ نہیں آتا تمہیں", severity: 'violation' }] },
  { text: "تم لوگ سب چور ہو", findings: [{ match: "تم لوگ سب چور", severity: 'violation' }] },
  { text: "عورتوں سے یہ کام نہیں ہوتا", findings: [{ match: "عورتوں سے یہ کام نہیں ہوتا", severity: 'violation' }] },
  { text: "پیسے نہیں دیے تو تمہارے گھر بندے بھیجوں گا", findings: [{ match: "تمہارے گھر بندے بھیجوں گا", severity: 'violation' }] },
  { text: "تم میں کوئی قابلیت نہیں، کوئی اور کام ڈھونڈو", findings: [{ match: "تم میں کوئی قابلیت نہیں", severity: 'violation' }, { match: "کوئی اور کام ڈھونڈو", severity: 'violation' }] },
  { text: "بدتمیز، بات کرنے کی تمیز سیکھو", findings: [{ match: "بدتمیز", severity: 'violation' }, { match: "تمیز سیکھو", severity: 'violation' }] },
  { text: "تمہیں میں دیکھ لوں گا", findings: [{ match: "تمہیں میں دیکھ لوں گا", severity: 'violation' }] },
  { text: "tum jaise jahil logon se kaam nahi hota", findings: [{ match: "jahil", severity: 'violation' }] },
  { text: "tum gadhe ho, kuch samajh nahi aata", findings: [{ match: "gadhe", severity: 'violation' }, { match: "kuch samajh nahi aata", severity: 'violation' }] },
  { text: "paise nahi diye to tumhare ghar bande bhejunga", findings: [{ match: "tumhare ghar bande bhejunga", severity: 'violation' }] },
  { text: "tum mein koi qabliyat nahi, koi aur kaam dhoondo", findings: [{ match: "koi aur kaam dhoondo", severity: 'violation' }] },
  { text: "badtameez, baat karne ki tameez seekho", findings: [{ match: "badtameez", severity: 'violation' }] },
  { text: "तुम जैसे अनपढ़ लोगों से काम नहीं होता", findings: [{ match: "तुम जैसे अनपढ़", severity: 'violation' }] },
  { text: "तुम गधे हो, कुछ समझ नहीं आता", findings: [{ match: "गधे", severity: 'violation' }] },
  { text: "पैसे नहीं दिए तो तुम्हारे घर लोग भेजूंगा", findings: [{ match: "तुम्हारे घर लोग भेजूंगा", severity: 'violation' }] },
  { text: "तुममें कोई काबिलियत नहीं, कोई और काम ढूंढो", findings: [{ match: "तुममें कोई काबिलियत नहीं", severity: 'violation' }, { match: "कोई और काम ढूंढो", severity: 'violation' }] },
  { text: "बदतमीज़, बात करने की तमीज़ सीखो", findings: [{ match: "बदतमीज़", severity: 'violation' }, { match: "तमीज़ सीखो", severity: 'violation' }] },
  { text: "तुम्हें मैं देख लूंगा", findings: [{ match: "तुम्हें मैं देख लूंगा", severity: 'violation' }] },
  { text: "औरतों से ये काम नहीं होता", findings: [{ match: "औरतों से ये काम नहीं होता", severity: 'violation' }] },
  { text: "உனக்கு ஒன்னும் தெரியாது, முட்டாள்", findings: [{ match: "முட்டாள்", severity: 'violation' }] },
  { text: "பணம் தரலைனா உன் வீட்டுக்கு ஆள் அனுப்புவேன்", findings: [{ match: "வீட்டுக்கு ஆள் அனுப்புவேன்", severity: 'violation' }] },
  { text: "உனக்கு எந்த தகுதியும் இல்ல, வேற வேலை பாரு", findings: [{ match: "எந்த தகுதியும் இல்ல", severity: 'violation' }, { match: "வேற வேலை பாரு", severity: 'violation' }] },
  { text: "unakku onnum theriyadhu, muttal", findings: [{ match: "onnum theriyadhu", severity: 'violation' }, { match: "muttal", severity: 'violation' }] },
  { text: "panam tharalana un veetuku aal anuppuven", findings: [{ match: "veetuku aal anuppuven", severity: 'violation' }] },
  { text: "నీకు ఏమీ తెలియదు, వెధవ", findings: [{ match: "వెధవ", severity: 'violation' }] },
  { text: "డబ్బులు ఇవ్వకపోతే నీ ఇంటికి మనుషుల్ని పంపిస్తా", findings: [{ match: "ఇంటికి మనుషుల్ని పంపిస్తా", severity: 'violation' }] },
  { text: "నీకు ఏ అర్హత లేదు, వేరే పని చూసుకో", findings: [{ match: "ఏ అర్హత లేదు", severity: 'violation' }, { match: "వేరే పని చూసుకో", severity: 'violation' }] },
  { text: "neeku emi teliyadu, vedhava", findings: [{ match: "vedhava", severity: 'violation' }] },
  { text: "dabbulu ivvakapothe nee intiki manushulni pampista", findings: [{ match: "intiki manushulni pampista", severity: 'violation' }] },
  { text: "तुझ्यासारख्या अडाणी माणसाकडून काम होणार नाही", findings: [{ match: "तुझ्यासारख्या अडाणी माणसाकडून", severity: 'violation' }] },
  { text: "तू गाढव आहेस, काहीच कळत नाही", findings: [{ match: "गाढव", severity: 'violation' }] },
  { text: "पैसे नाही दिले तर तुझ्या घरी माणसं पाठवीन", findings: [{ match: "तुझ्या घरी माणसं पाठवीन", severity: 'violation' }] },
  { text: "तुझ्यात काहीच लायकी नाही, दुसरं काम शोध", findings: [{ match: "काहीच लायकी नाही", severity: 'violation' }, { match: "दुसरं काम शोध", severity: 'violation' }] },
  { text: "तुला मी बघून घेईन", findings: [{ match: "तुला मी बघून घेईन", severity: 'violation' }] },
  { text: "तिमी जस्तो अशिक्षित मान्छेले काम गर्न सक्दैन", findings: [{ match: "अशिक्षित", severity: 'violation' }] },
  { text: "तिमी गधा हौ, केही बुझ्दैनौ", findings: [{ match: "गधा", severity: 'violation' }] },
  { text: "पैसा दिएनौ भने तिम्रो घरमा मान्छे पठाउँछु", findings: [{ match: "तिम्रो घरमा मान्छे पठाउँछु", severity: 'violation' }] },
  { text: "तिमीमा कुनै योग्यता छैन, अर्कै काम खोज", findings: [{ match: "कुनै योग्यता छैन", severity: 'violation' }, { match: "अर्कै काम खोज", severity: 'violation' }] },
);
valid.push(
  "আগের ফ্রিল্যান্সার কাজটা অর্ধেক করে চলে গেছে, তাই নতুন লোক খুঁজছি।",
  "ager freelancer kaj ta ordhek kore chole gese, tai notun lok khujchi",
  "پچھلا فری لانسر آدھا کام چھوڑ کر چلا گیا، اس لیے نیا بندہ ڈھونڈ رہا ہوں۔",
);

/**
 * Round twenty-five (t41): Polish, Japanese, Korean, Hebrew, Amharic and Georgian as people chat on Upwork, each case missed before the
 * round, beside hard clean look-alikes (refusals, reported asks, integrations, product reviews, lines to translate).
 */
invalid.push(
  { text: "weź się ogarnij, człowieku, bo żal patrzeć", findings: [{ match: "żal patrzeć", severity: 'violation' }] },
  { text: "baba od grafiki, co ty możesz wiedzieć", findings: [{ match: "baba od grafiki", severity: 'violation' }, { match: "co ty możesz wiedzieć", severity: 'violation' }] },
  { text: "Hindusi zawsze tak spieprzą robotę", findings: [{ match: "Hindusi zawsze tak spieprzą", severity: 'violation' }] },
  { text: "idź się lecz", findings: [{ match: "idź się lecz", severity: 'violation' }] },
  { text: "こんな仕事もできないなんて、頭悪いんじゃない？", findings: [{ match: "頭悪いん", severity: 'violation' }] },
  { text: "女のくせに口出しするな", findings: [{ match: "女のくせに", severity: 'violation' }] },
  { text: "外国人はこれだから困る", findings: [{ match: "外国人はこれだから", severity: 'violation' }] },
  { text: "使えねーな、ゴミかよ", findings: [{ match: "使えねー", severity: 'violation' }, { match: "ゴミかよ", severity: 'violation' }] },
  { text: "이것도 못 하냐? 머리가 나쁘네", findings: [{ match: "이것도 못 하냐", severity: 'violation' }, { match: "머리가 나쁘", severity: 'violation' }] },
  { text: "여자가 뭘 안다고 그래", findings: [{ match: "여자가 뭘", severity: 'violation' }] },
  { text: "외국인들은 다 이래", findings: [{ match: "외국인들은 다 이래", severity: 'violation' }] },
  { text: "꺼져", findings: [{ match: "꺼져", severity: 'violation' }] },
  { text: "집 찾아간다, 두고 봐", findings: [{ match: "집 찾아간다", severity: 'violation' }] },
  { text: "쓰레기 같은 작업물이네", findings: [{ match: "쓰레기 같", severity: 'violation' }] },
  { text: "אתה מטומטם לגמרי", findings: [{ match: "אתה מטומטם", severity: 'violation' }] },
  { text: "איזה אפס אתה", findings: [{ match: "איזה אפס", severity: 'violation' }] },
  { text: "לך תמות", findings: [{ match: "לך תמות", severity: 'violation' }] },
  { text: "כל הערבים אותו דבר, עצלנים", findings: [{ match: "כל הערבים אותו דבר", severity: 'violation' }] },
  { text: "אתה סתם חמור", findings: [{ match: "אתה סתם חמור", severity: 'violation' }] },
  { text: "ሞኝ ነህ እንዴ", findings: [{ match: "ሞኝ ነህ", severity: 'violation' }] },
  { text: "ገደል ግባ", findings: [{ match: "ገደል ግባ", severity: 'violation' }] },
  { text: "იდიოტი ხარ", findings: [{ match: "იდიოტი ხარ", severity: 'violation' }] },
  { text: "სულელი ხარ", findings: [{ match: "სულელი ხარ", severity: 'violation' }] },
);
valid.push(
  "ten kod jest do bani, trzeba go przepisać",
  "postać w grze krzyczy \"ty debilu\" – to do tłumaczenia",
  "przepraszam, nie chciałem być niemiły",
  "nie zgadzam się z tą oceną, ale szanuję",
  "termin jest głupio ustawiony, przesuńmy go",
  "このコードはちょっとひどいので書き直しましょう",
  "キャラクターのセリフ「バカ野郎」を英訳してください",
  "申し訳ありません、失礼な言い方をしてしまいました",
  "締め切りがきついですが、頑張ります",
  "前のデザイナーの作品は少し古い印象です",
  "이 코드는 좀 엉망이라 다시 짜야겠어요",
  "캐릭터 대사 \"병신아\"를 영어로 번역해 주세요",
  "죄송합니다, 말이 심했네요",
  "마감이 빡빡하지만 최선을 다하겠습니다",
  "הקוד הזה די מבולגן, צריך לשכתב",
  "סליחה אם הייתי חריף",
  "הדמות אומרת \"אתה מטומטם\" - צריך תרגום לאנגלית",
  "ይቅርታ ዘገየሁ",
  "ბოდიში, დავაგვიანე",
  "앱이 자꾸 꺼져요, 확인 부탁드립니다",
  "화면이 꺼져! 버그 같아요",
  "서버가 꺼져 있어서 접속이 안 됩니다",
  "일단 두고 봐요, 다음 주에 다시 얘기해요",
  "외국인은 다 환영합니다, 영어로 소통 가능해요",
  "고객이 매장을 찾아간다는 시나리오로 영상 만들어 주세요",
  "제가 머리가 나빠서 한 번 더 설명해 주실 수 있나요?",
  "쓰레기통 아이콘을 빨간색으로 바꿔 주세요",
  "素人のくせにプロのように見えるデザインを目指します",
  "外国人は全員歓迎です",
  "日本人はみんな丁寧です",
  "ゴミ箱のアイコンを変えてください",
  "頭が悪いと思われないように、丁寧に説明します",
  "idź się wyspać, jutro dokończymy",
  "lecz się dobrze i wracaj do zdrowia",
  "Hindusi stanowią dużą część freelancerów na Upwork",
);

/**
 * Round twenty-five, languages (t42): Turkish, Azerbaijani, Vietnamese, Thai, Romanian as people chat (Turkish and Azerbaijani with and without their letters, Vietnamese
 * without tones, Thai with its particles); next to them the same words refused, reported, or said of the work.
 */
invalid.push(
  { text: "kötü yorum yaparsan sen de görürsün", findings: [{ match: "sen de görürsün", severity: 'violation' }] },
  { text: "puanımı düşürürsen bir daha iş alamazsın", findings: [{ match: "bir daha iş alamazsın", severity: 'violation' }] },
  { text: "sen tam bir beceriksizsin", findings: [{ match: "beceriksizsin", severity: 'violation' }] },
  { text: "senin gibi kafasızla çalışmak zorundayım", findings: [{ match: "kafasızla", severity: 'violation' }] },
  { text: "aklın hiç çalışmıyor mu senin", findings: [{ match: "aklın hiç çalışmıyor", severity: 'violation' }] },
  { text: "adresini biliyorum, dikkatli ol", findings: [{ match: "adresini biliyorum", severity: 'violation' }] },
  { text: "çocuk bile bundan iyi yapar", findings: [{ match: "çocuk bile bundan iyi yapar", severity: 'violation' }] },
  { text: "bu işi senin gibi bir kadına vermemeliydim", findings: [{ match: "senin gibi bir kadına vermemeliydim", severity: 'violation' }] },
  { text: "yüzsüz herif, paramı geri ver", findings: [{ match: "yüzsüz", severity: 'violation' }, { match: "herif", severity: 'violation' }] },
  { text: "bir daha yazarsan başına gelecekleri düşün", findings: [{ match: "başına gelecekleri", severity: 'violation' }] },
  { text: "pis rəy yazsan görərsən", findings: [{ match: "görərsən", severity: 'violation' }] },
  { text: "sən tam bir axmaqsan", findings: [{ match: "axmaqsan", severity: 'violation' }] },
  { text: "beynin işləmir?", findings: [{ match: "beynin işləmir", severity: 'violation' }] },
  { text: "ünvanını bilirəm, ehtiyatlı ol", findings: [{ match: "ünvanını bilirəm", severity: 'violation' }] },
  { text: "uşaq da bundan yaxşı edərdi", findings: [{ match: "uşaq da bundan yaxşı edərdi", severity: 'violation' }] },
  { text: "səndən heç nə olmaz, get başqa iş tap", findings: [{ match: "səndən heç nə olmaz", severity: 'violation' }, { match: "get başqa iş tap", severity: 'violation' }] },
  { text: "bir də yazsan başına gələnləri görərsən", findings: [{ match: "başına gələnləri", severity: 'violation' }, { match: "görərsən", severity: 'violation' }] },
  { text: "qadına iş vermək olmaz, bunu sübut etdin", findings: [{ match: "qadına iş vermək olmaz", severity: 'violation' }] },
  { text: "anh cho 1 sao thì đừng trách em", findings: [{ match: "thì đừng trách em", severity: 'violation' }] },
  { text: "mày ngu như bò", findings: [{ match: "mày ngu", severity: 'violation' }] },
  { text: "làm ăn như hạch", findings: [{ match: "làm ăn như hạch", severity: 'violation' }] },
  { text: "đồ vô dụng", findings: [{ match: "vô dụng", severity: 'violation' }] },
  { text: "tao biết nhà mày ở đâu đấy", findings: [{ match: "biết nhà mày", severity: 'violation' }] },
  { text: "con nít cũng làm tốt hơn mày", findings: [{ match: "con nít cũng làm tốt hơn", severity: 'violation' }] },
  { text: "đàn bà thì biết gì về code", findings: [{ match: "đàn bà thì biết gì", severity: 'violation' }] },
  { text: "óc chó à", findings: [{ match: "óc chó", severity: 'violation' }] },
  { text: "ถ้าให้ 1 ดาว เจอดีแน่", findings: [{ match: "เจอดีแน่", severity: 'violation' }] },
  { text: "โง่จริงๆ เลยนะแก", findings: [{ match: "โง่จริง", severity: 'violation' }] },
  { text: "ทำงานห่วยแตก ไร้ประโยชน์", findings: [{ match: "ห่วยแตก", severity: 'violation' }, { match: "ไร้ประโยชน์", severity: 'violation' }] },
  { text: "เด็กประถมยังทำได้ดีกว่า", findings: [{ match: "เด็กประถมยังทำได้ดีกว่า", severity: 'violation' }] },
  { text: "รู้นะว่าบ้านอยู่ไหน", findings: [{ match: "รู้นะว่าบ้านอยู่ไหน", severity: 'violation' }] },
  { text: "ผู้หญิงจะไปรู้อะไรเรื่องโค้ด", findings: [{ match: "ผู้หญิงจะไปรู้อะไร", severity: 'violation' }] },
  { text: "สมองมีไว้ทำไม", findings: [{ match: "สมองมีไว้ทำไม", severity: 'violation' }] },
  { text: "daca imi dai o stea o sa regreti", findings: [{ match: "o sa regreti", severity: 'violation' }] },
  { text: "esti un idiot incompetent", findings: [{ match: "esti un idiot", severity: 'violation' }] },
  { text: "stiu unde stai, ai grija", findings: [{ match: "stiu unde stai", severity: 'violation' }] },
  { text: "femeile nu stiu sa programeze, asta e clar", findings: [{ match: "femeile nu stiu sa programeze", severity: 'violation' }] },
  { text: "n-ai creier deloc", findings: [{ match: "n-ai creier", severity: 'violation' }] },
  { text: "o sa regreti ca te-ai nascut", findings: [{ match: "o sa regreti", severity: 'violation' }] },
);
valid.push(
  "bu kod çok kötü yazılmış, baştan yazalım",
  "bug'ı buldum, aptalca bir hata yapmışım",
  "deadline çok sıkı, biraz stresliyim",
  "adresini biliyorum, kargoyu oraya gönderirim",
  "çocuk bile bu uygulamayı kolayca kullanabilmeli",
  "aklın hiç çalışmıyor mu diye bir meme yapalım, kampanya için",
  "bu kod çox pis yazılıb, yenidən yazaq",
  "səhv məndə idi, axmaq bir bug",
  "ünvanını bilirəm, kuryer sabah gələcək",
  "uşaq da bu tətbiqdən rahat istifadə etməlidir",
  "code này ngu quá, em viết lại",
  "bug ngớ ngẩn của em, xin lỗi anh",
  "deadline gấp quá, em hơi áp lực",
  "con nít cũng dùng được app này, giao diện đơn giản",
  "โค้ดนี้ห่วยมาก ผมเขียนใหม่ให้",
  "บั๊กโง่ๆ ของผมเอง ขอโทษครับ",
  "งานด่วนมาก เครียดนิดหน่อย",
  "เฟสแรกของโปรเจกต์เสร็จแล้วครับ",
  "codul asta e prost scris, il rescriu",
  "am facut o greseala idioata, scuze",
);

/** Round twenty-five, languages (t42): German, Dutch as clients and freelancers write them; next to them the same words refused or said of the work. */
invalid.push(
  { text: "du bist echt zu dumm für diesen Job", findings: [{ match: "zu dumm für", severity: 'violation' }] },
  { text: "mein Neffe kann das besser als du", findings: [{ match: "mein Neffe kann das besser", severity: 'violation' }] },
  { text: "ich weiß, wo du wohnst", findings: [{ match: "ich weiß, wo du wohnst", severity: 'violation' }] },
  { text: "Frauen sollten nicht programmieren", findings: [{ match: "Frauen sollten nicht programmieren", severity: 'violation' }] },
  { text: "hast du überhaupt ein Gehirn?", findings: [{ match: "hast du überhaupt ein Gehirn", severity: 'violation' }] },
  { text: "je bent echt te dom voor dit werk", findings: [{ match: "je bent echt te dom", severity: 'violation' }] },
  { text: "mijn neefje kan dit beter dan jij", findings: [{ match: "mijn neefje kan dit beter", severity: 'violation' }] },
  { text: "ik weet waar je woont", findings: [{ match: "ik weet waar je woont", severity: 'violation' }] },
  { text: "vrouwen moeten niet programmeren", findings: [{ match: "vrouwen moeten niet programmeren", severity: 'violation' }] },
);
valid.push(
  "der Code ist echt dumm geschrieben, ich mach das neu",
  "mein Fehler, war ein dummer Bug",
  "die code is dom geschreven, ik herschrijf het",
);

/**
 * Round twenty-six, languages (t44): Armenian (script and Latin letters), Uzbek (Latin and Cyrillic), Persian (script and Finglish),
 * Kazakh, Kyrgyz, Tajik and Mongolian, as clients, freelancers and scammers type them; next to them refusals, rules, reported speech and work.
 */
invalid.push(
  { text: "Դու ապուշ ես, ոչինչ չգիտես", findings: [{ match: "Դու ապուշ", severity: 'violation' }, { match: "ոչինչ չգիտես", severity: 'violation' }] },
  { text: "Քո աշխատանքը աղբ է, մասնագիտությունդ փոխիր", findings: [{ match: "աշխատանքը աղբ է", severity: 'violation' }, { match: "մասնագիտությունդ փոխիր", severity: 'violation' }] },
  { text: "Ես գիտեմ որտեղ ես ապրում", findings: [{ match: "գիտեմ որտեղ ես ապրում", severity: 'violation' }] },
  { text: "Դու իշի մեկն ես", findings: [{ match: "իշի մեկն ես", severity: 'violation' }] },
  { text: "du apush es, sax sxal es arel", findings: [{ match: "du apush", severity: 'violation' }] },
  { text: "gitem vortex es aprum, kzghjas", findings: [{ match: "gitem vortex es aprum", severity: 'violation' }, { match: "kzghjas", severity: 'violation' }] },
  { text: "qo ashxatanq@ axb a, gna urish gorc ara", findings: [{ match: "ashxatanq@ axb a", severity: 'violation' }, { match: "gna urish gorc ara", severity: 'violation' }] },
  { text: "Sen ahmoqsan, hech narsani bilmaysan", findings: [{ match: "ahmoqsan", severity: 'violation' }, { match: "hech narsani bilmaysan", severity: 'violation' }] },
  { text: "Ishing axlat, kasbingni o'zgartir", findings: [{ match: "Ishing axlat", severity: 'violation' }, { match: "kasbingni o'zgartir", severity: 'violation' }] },
  { text: "Qayerda yashashingni bilaman", findings: [{ match: "Qayerda yashashingni bilaman", severity: 'violation' }] },
  { text: "Eshak, shuni ham qila olmaysanmi", findings: [{ match: "shuni ham qila olmaysanmi", severity: 'violation' }] },
  { text: "Сен аҳмоқсан", findings: [{ match: "аҳмоқсан", severity: 'violation' }] },
  { text: "Қаерда яшашингни биламан", findings: [{ match: "Қаерда яшашингни биламан", severity: 'violation' }] },
  { text: "تو احمقی، هیچی بلد نیستی", findings: [{ match: "احمقی", severity: 'violation' }, { match: "هیچی بلد نیستی", severity: 'violation' }] },
  { text: "کارت آشغاله، برو یه کار دیگه پیدا کن", findings: [{ match: "کارت آشغاله،", severity: 'violation' }, { match: "برو یه کار دیگه", severity: 'violation' }] },
  { text: "میدونم کجا زندگی میکنی", findings: [{ match: "میدونم کجا زندگی میکنی", severity: 'violation' }] },
  { text: "خفه شو بی‌شعور", findings: [{ match: "خفه شو", severity: 'violation' }, { match: "بی‌شعور", severity: 'violation' }] },
  { text: "to ahmaghi, hichi balad nisti", findings: [{ match: "ahmaghi", severity: 'violation' }, { match: "hichi balad nisti", severity: 'violation' }] },
  { text: "karet ashghale, boro kar dige peyda kon", findings: [{ match: "karet ashghale", severity: 'violation' }, { match: "boro kar dige", severity: 'violation' }] },
  { text: "Сен ақымақсың", findings: [{ match: "ақымақсың", severity: 'violation' }] },
  { text: "Жұмысың қоқыс, мамандығыңды ауыстыр", findings: [{ match: "Жұмысың қоқыс", severity: 'violation' }, { match: "мамандығыңды ауыстыр", severity: 'violation' }] },
  { text: "Қайда тұратыныңды білемін", findings: [{ match: "Қайда тұратыныңды білемін", severity: 'violation' }] },
  { text: "Сен акмаксың", findings: [{ match: "акмаксың", severity: 'violation' }] },
  { text: "Кайда жашаарыңды билем", findings: [{ match: "Кайда жашаарыңды билем", severity: 'violation' }] },
  { text: "Ту аҳмақ ҳастӣ", findings: [{ match: "Ту аҳмақ", severity: 'violation' }] },
  { text: "Медонам дар куҷо зиндагӣ мекунӣ", findings: [{ match: "Медонам дар куҷо зиндагӣ мекунӣ", severity: 'violation' }] },
  { text: "Чи тэнэг юм", findings: [{ match: "Чи тэнэг", severity: 'violation' }] },
  { text: "Хаана амьдардгийг чинь мэднэ", findings: [{ match: "Хаана амьдардгийг чинь мэднэ", severity: 'violation' }] },
  { text: "Դու հիմար ես, ամեն ինչ փչացրիր", findings: [{ match: "Դու հիմար", severity: 'violation' }] },
  { text: "Քո գործը աղբ է, գնա ուրիշ գործ արա", findings: [{ match: "գործը աղբ է", severity: 'violation' }] },
  { text: "du debil es, voch mi ban chgites", findings: [{ match: "du debil", severity: 'violation' }] },
  { text: "Sen tentaksan, hech narsa qila olmaysan", findings: [{ match: "tentaksan", severity: 'violation' }] },
  { text: "Seni topaman, pushaymon bo'lasan", findings: [{ match: "Seni topaman", severity: 'violation' }, { match: "pushaymon bo'lasan", severity: 'violation' }] },
  { text: "Сен эшаксан, ишинг ахлат", findings: [{ match: "эшаксан", severity: 'violation' }, { match: "ишинг ахлат", severity: 'violation' }] },
  { text: "خیلی احمقی، هیچی حالیت نیست", findings: [{ match: "احمقی", severity: 'violation' }] },
  { text: "پیدات می‌کنم، پشیمون میشی", findings: [{ match: "پیدات می‌کنم", severity: 'violation' }, { match: "پشیمون میشی", severity: 'violation' }] },
  { text: "Сен есексің, ештеңе білмейсің", findings: [{ match: "есексің", severity: 'violation' }, { match: "ештеңе білмейсің", severity: 'violation' }] },
  { text: "Сені табамын, өкінесің", findings: [{ match: "Сені табамын", severity: 'violation' }, { match: "өкінесің", severity: 'violation' }] },
  { text: "Сен келесоосуң, эч нерсе билбейсиң", findings: [{ match: "келесоосуң", severity: 'violation' }, { match: "эч нерсе билбейсиң", severity: 'violation' }] },
  { text: "Сени табам, өкүнөсүң", findings: [{ match: "Сени табам", severity: 'violation' }, { match: "өкүнөсүң", severity: 'violation' }] },
  { text: "Ту аблаҳ ҳастӣ, ҳеҷ чиз намедонӣ", findings: [{ match: "Ту аблаҳ", severity: 'violation' }, { match: "ҳеҷ чиз намедонӣ", severity: 'violation' }] },
  { text: "Туро меёбам, пушаймон мешавӣ", findings: [{ match: "Туро меёбам", severity: 'violation' }, { match: "пушаймон мешавӣ", severity: 'violation' }] },
  { text: "Чи тэнэг амьтан, юу ч мэдэхгүй", findings: [{ match: "Чи тэнэг", severity: 'violation' }, { match: "юу ч мэдэхгүй", severity: 'violation' }] },
  { text: "Чамайг олно, харамсана", findings: [{ match: "Чамайг олно", severity: 'violation' }, { match: "харамсана", severity: 'violation' }] },
);
valid.push(
  "Նա ինձ ապուշ անվանեց, ես բողոքեցի",
  "Ջնջելու կոճակի վրա աղբարկղի պատկերակ դրեք",
  "axbarkxi ikonka dreq knopkayi vra",
  "U meni ahmoq dedi, men shikoyat qildim",
  "Axlat qutisi belgisini qo'shing",
  "آیکون سطل آشغال رو اضافه کنید",
  "Ол мені ақымақ деді, шағымдандым",
  "Խաղի հերոսը ասում է «դու ապուշ ես» թշնամուն, թարգմանեք",
  "O'yindagi qahramon dushmaniga \"sen ahmoqsan\" deydi, tarjima qiling",
  "Ойын кейіпкері жауына «сен ақымақсың» дейді, аударып беріңіз",
);

// Round twenty-six (t43): Serbian (both alphabets, ekavian and ijekavian), Croatian, Bosnian, Slovenian, Macedonian, Bulgarian, Slovak,
// Czech and Albanian, as people chat; each missed before the round's words.
invalid.push(
  // Serbian (HAR)
  { text: "Ti si obična budala, ništa ne znaš", findings: [{ match: "Ti si obična budala", severity: 'violation' }] },
  // Serbian (HAR)
  { text: "Ти си неспособан, срамота си за ову професију", findings: [{ match: "Ти си неспособан, срамота", severity: 'violation' }] },
  // Serbian (HAR)
  { text: "Takvi kao ti treba da se vrate u svoje selo", findings: [{ match: "Takvi kao ti treba da se vrate", severity: 'violation' }] },
  // Serbian (HAR)
  { text: "Zažalićeš što si me prevario, videćeš", findings: [{ match: "Zažalićeš", severity: 'violation' }] },
  // Serbian (HAR)
  { text: "Žene ne treba da se bave programiranjem, idi kuvaj", findings: [{ match: "Žene ne treba da se bave programiranjem", severity: 'violation' }, { match: "idi kuvaj", severity: 'violation' }] },
  // Serbian (HAR)
  { text: "Ко те је уопште пустио да радиш овај посао, бедниче", findings: [{ match: "Ко те је уопште пустио", severity: 'violation' }, { match: "бедниче", severity: 'violation' }] },
  // Serbian (HAR)
  { text: "Uništiću ti karijeru, svima ću reći kakav si prevarant", findings: [{ match: "Uništiću ti", severity: 'violation' }, { match: "svima ću reći kakav", severity: 'violation' }] },
  // Croatian (HAR)
  { text: "Sram te bilo, ovakav posao bi napravilo i dijete", findings: [{ match: "Sram te bilo", severity: 'violation' }, { match: "bi napravilo i dijete", severity: 'violation' }] },
  // Croatian (HAR)
  { text: "Pazi što radiš, znam gdje ti je ured", findings: [{ match: "znam gdje ti je ured", severity: 'violation' }] },
  // Croatian (HAR)
  { text: "Vi ljudi iz te zemlje ste svi isti, lijeni", findings: [{ match: "Vi ljudi iz te zemlje ste svi isti", severity: 'violation' }] },
  // Croatian (HAR)
  { text: "Ti si obična neznalica, sram te bilo", findings: [{ match: "Ti si obična neznalica", severity: 'violation' }, { match: "sram te bilo", severity: 'violation' }] },
  // Croatian (HAR)
  { text: "Uništit ću ti karijeru, vidjet ćeš", findings: [{ match: "Uništit ću ti", severity: 'violation' }] },
  // Bosnian (HAR)
  { text: "Znam gdje stanuješ, vidjet ćeš", findings: [{ match: "Znam gdje stanuješ", severity: 'violation' }] },
  // Bosnian (HAR)
  { text: "Vi ste svi lopovi, ne radim s takvima", findings: [{ match: "Vi ste svi lopovi", severity: 'violation' }] },
  // Bosnian (HAR)
  { text: "Ti si nesposoban, sram te bilo", findings: [{ match: "Ti si nesposoban", severity: 'violation' }, { match: "sram te bilo", severity: 'violation' }] },
  // Slovenian (HAR)
  { text: "Vem, kje živiš, pazi se", findings: [{ match: "Vem, kje živiš", severity: 'violation' }] },
  // Slovenian (HAR)
  { text: "Sram te bodi, to bi naredil tudi otrok", findings: [{ match: "Sram te bodi", severity: 'violation' }, { match: "to bi naredil tudi otrok", severity: 'violation' }] },
  // Slovenian (HAR)
  { text: "Obžaloval boš, obljubim ti", findings: [{ match: "Obžaloval boš", severity: 'violation' }] },
  // Slovenian (HAR)
  { text: "Ženske ne znajo programirati, pojdi kuhat", findings: [{ match: "Ženske ne znajo programirati, pojdi kuhat", severity: 'violation' }] },
  // Slovenian (HAR)
  { text: "Ti si nesposoben, sram te bodi", findings: [{ match: "Ti si nesposoben", severity: 'violation' }, { match: "sram te bodi", severity: 'violation' }] },
  // Macedonian (HAR)
  { text: "Знам каде живееш, внимавај", findings: [{ match: "Знам каде живееш", severity: 'violation' }] },
  // Macedonian (HAR)
  { text: "Ќе зажалиш, ти ветувам", findings: [{ match: "Ќе зажалиш", severity: 'violation' }] },
  // Macedonian (HAR)
  { text: "Срам да те биде, ова и дете би го направило", findings: [{ match: "Срам да те биде", severity: 'violation' }, { match: "и дете би го направило", severity: 'violation' }] },
  // Macedonian (HAR)
  { text: "Ти си неспособен, срам да те биде", findings: [{ match: "Ти си неспособен", severity: 'violation' }, { match: "срам да те биде", severity: 'violation' }] },
  // Bulgarian (HAR)
  { text: "Ти си некадърник, срам те да е", findings: [{ match: "Ти си некадърник", severity: 'violation' }, { match: "срам те да е", severity: 'violation' }] },
  // Bulgarian (HAR)
  { text: "Жените не стават за програмисти", findings: [{ match: "Жените не стават за програмисти", severity: 'violation' }] },
  // Bulgarian (HAR)
  { text: "Ти си некадърник и мошеник", findings: [{ match: "Ти си некадърник и мошеник", severity: 'violation' }] },
  // Slovak (HAR)
  { text: "Viem, kde bývaš", findings: [{ match: "Viem, kde bývaš", severity: 'violation' }] },
  // Slovak (HAR)
  { text: "Budeš to ľutovať", findings: [{ match: "Budeš to ľutovať", severity: 'violation' }] },
  // Slovak (HAR)
  { text: "Hanbi sa, toto by urobilo aj dieťa", findings: [{ match: "Hanbi sa", severity: 'violation' }, { match: "by urobilo aj dieťa", severity: 'violation' }] },
  // Slovak (HAR)
  { text: "Ty si neschopný, hanbi sa", findings: [{ match: "Ty si neschopný", severity: 'violation' }, { match: "hanbi sa", severity: 'violation' }] },
  // Czech (HAR)
  { text: "Vím, kde bydlíš", findings: [{ match: "Vím, kde bydlíš", severity: 'violation' }] },
  // Czech (HAR)
  { text: "Stydíš se? Tohle by udělalo i dítě", findings: [{ match: "Stydíš se", severity: 'violation' }, { match: "by udělalo i dítě", severity: 'violation' }] },
  // Albanian (HAR)
  { text: "E di ku jeton", findings: [{ match: "E di ku jeton", severity: 'violation' }] },
  // Albanian (HAR)
  { text: "Do të pendohesh për këtë", findings: [{ match: "Do të pendohesh", severity: 'violation' }] },
  // Albanian (HAR)
  { text: "Turp të kesh, këtë e bën edhe një fëmijë", findings: [{ match: "Turp të kesh", severity: 'violation' }, { match: "e bën edhe një fëmijë", severity: 'violation' }] },
  // Albanian (HAR)
  { text: "Je budalla, turp të kesh", findings: [{ match: "Je budalla", severity: 'violation' }, { match: "turp të kesh", severity: 'violation' }] },
);
// Round twenty-six (t43): their look-alikes (refusals, reported asks, work talk, an order's number, a bug's place).
valid.push(
  "Ti si najbolji klijent kog sam imao, hvala!", // Serbian
  "Klijent mi je tražio Viber broj, rekao sam da ostajemo na Upworku.", // Serbian
  "Aplikacija treba da šalje obaveštenja na Telegram kanal klijenta.", // Serbian
  "Он ми је рекао да сам будала, пријавио сам га подршци.", // Serbian
  "Klijent je tražio moj broj mobitela, odbila sam, sve ide preko Upworka.", // Croatian
  "Rekao mi je da sam lijen, prijavio sam ga.", // Croatian
  "Klijentica je tražila da pređemo na WhatsApp, rekla sam da ostajemo ovdje.", // Croatian
  "Klijent traži moj Viber, rekao sam mu da ne može prije ugovora.", // Bosnian
  "iza bedak, ba3tlak el files bokra 3al chat hon.", // Regression
);

/**
 * Round twenty-six, languages (t45): Sinhala (script and Singlish), Gujarati, Punjabi (Gurmukhi, Shahmukhi, Latin), Kannada, Malayalam
 * (script and Manglish), Burmese (Unicode) and Khmer as people chat on Upwork, the helper's own cases; next to them the same words
 * refused, told, or said of the work (an order number, a login page, a review section, an integration).
 */
invalid.push(
  { text: "tu murakh che", findings: [{ match: "tu murakh", severity: 'violation' }] },
  { text: "tu gadhedo che", findings: [{ match: "tu gadhedo", severity: 'violation' }] },
  { text: "tara ma akkal nathi", findings: [{ match: "tara ma akkal nathi", severity: 'violation' }] },
  { text: "taru ghar mane khabar che, joi leje", findings: [{ match: "taru ghar mane khabar che", severity: 'violation' }, { match: "joi leje", severity: 'violation' }] },
  { text: "તું મૂરખ છે", findings: [{ match: "તું મૂરખ", severity: 'violation' }] },
  { text: "તું ગધેડો છે", findings: [{ match: "તું ગધેડો", severity: 'violation' }] },
  { text: "તારામાં અક્કલ નથી", findings: [{ match: "તારામાં અક્કલ નથી", severity: 'violation' }] },
  { text: "તારું ઘર મને ખબર છે, જોઈ લેજે", findings: [{ match: "તારું ઘર મને ખબર છે", severity: 'violation' }, { match: "જોઈ લેજે", severity: 'violation' }] },
  { text: "તારા જેવા ગધેડાને કામ ન અપાય", findings: [{ match: "તારા જેવા ગધેડાને કામ ન અપાય", severity: 'violation' }] },
  { text: "સ્ત્રીઓ આ કામ ના કરી શકે", findings: [{ match: "સ્ત્રીઓ આ કામ ના કરી શકે", severity: 'violation' }] },
  { text: "તને મારી નાખીશ", findings: [{ match: "તને મારી નાખીશ", severity: 'violation' }] },
  { text: "નાલાયક, તું કોઈ કામનો નથી", findings: [{ match: "નાલાયક", severity: 'violation' }, { match: "કોઈ કામનો નથી", severity: 'violation' }] },
  { text: "eng lngong nas", findings: [{ match: "eng lngong", severity: 'violation' }] },
  { text: "ឯងល្ងង់ណាស់", findings: [{ match: "ឯងល្ងង់", severity: 'violation' }] },
  { text: "ឯងជាឆ្កែ", findings: [{ match: "ឯងជាឆ្កែ", severity: 'violation' }] },
  { text: "ឯងគ្មានខួរក្បាលទេ", findings: [{ match: "គ្មានខួរក្បាល", severity: 'violation' }] },
  { text: "អញដឹងផ្ទះឯង ចាំមើល", findings: [{ match: "ដឹងផ្ទះឯង", severity: 'violation' }, { match: "ចាំមើល", severity: 'violation' }] },
  { text: "ស្រីៗធ្វើការនេះមិនកើតទេ", findings: [{ match: "ស្រីៗធ្វើការនេះមិនកើត", severity: 'violation' }] },
  { text: "អញនឹងសម្លាប់ឯង", findings: [{ match: "សម្លាប់ឯង", severity: 'violation' }] },
  { text: "neenu murkha", findings: [{ match: "neenu murkha", severity: 'violation' }] },
  { text: "neenu katte", findings: [{ match: "neenu katte", severity: 'violation' }] },
  { text: "ninge buddhi illa", findings: [{ match: "ninge buddhi illa", severity: 'violation' }] },
  { text: "ninna mane nange gottu, nodkoteeni", findings: [{ match: "ninna mane nange gottu", severity: 'violation' }, { match: "nodkoteeni", severity: 'violation' }] },
  { text: "ನೀನು ಮೂರ್ಖ", findings: [{ match: "ನೀನು ಮೂರ್ಖ", severity: 'violation' }] },
  { text: "ನೀನು ಕತ್ತೆ", findings: [{ match: "ನೀನು ಕತ್ತೆ", severity: 'violation' }] },
  { text: "ನಿನಗೆ ಬುದ್ಧಿ ಇಲ್ಲ", findings: [{ match: "ನಿನಗೆ ಬುದ್ಧಿ ಇಲ್ಲ", severity: 'violation' }] },
  { text: "ನಿನ್ನ ಮನೆ ನನಗೆ ಗೊತ್ತು, ನೋಡ್ಕೋತೀನಿ", findings: [{ match: "ನಿನ್ನ ಮನೆ ನನಗೆ ಗೊತ್ತು", severity: 'violation' }, { match: "ನೋಡ್ಕೋತೀನಿ", severity: 'violation' }] },
  { text: "ಹೆಂಗಸರಿಗೆ ಈ ಕೆಲಸ ಮಾಡೋಕೆ ಆಗಲ್ಲ", findings: [{ match: "ಹೆಂಗಸರಿಗೆ ಈ ಕೆಲಸ ಮಾಡೋಕೆ ಆಗಲ್ಲ", severity: 'violation' }] },
  { text: "ನಿನ್ನ ಸಾಯಿಸ್ತೀನಿ", findings: [{ match: "ನಿನ್ನ ಸಾಯಿಸ್ತೀನಿ", severity: 'violation' }] },
  { text: "ದರಿದ್ರ, ನೀನು ಯಾವ ಕೆಲಸಕ್ಕೂ ಬರಲ್ಲ", findings: [{ match: "ದರಿದ್ರ", severity: 'violation' }, { match: "ಯಾವ ಕೆಲಸಕ್ಕೂ ಬರಲ್ಲ", severity: 'violation' }] },
  { text: "nee oru mandan aanu", findings: [{ match: "nee oru mandan", severity: 'violation' }] },
  { text: "nee oru kazhutha aanu", findings: [{ match: "nee oru kazhutha", severity: 'violation' }] },
  { text: "ninakku budhiyilla", findings: [{ match: "ninakku budhiyilla", severity: 'violation' }] },
  { text: "ninte veedu enikku ariyam, kanichu tharam", findings: [{ match: "ninte veedu enikku ariyam", severity: 'violation' }] },
  { text: "നീ ഒരു മണ്ടൻ ആണ്", findings: [{ match: "മണ്ടൻ", severity: 'violation' }] },
  { text: "നീ ഒരു കഴുത ആണ്", findings: [{ match: "നീ ഒരു കഴുത", severity: 'violation' }] },
  { text: "നിനക്ക് ബുദ്ധിയില്ല", findings: [{ match: "നിനക്ക് ബുദ്ധിയില്ല", severity: 'violation' }] },
  { text: "നിന്റെ വീട് എനിക്ക് അറിയാം, കാണിച്ചു തരാം", findings: [{ match: "നിന്റെ വീട് എനിക്ക് അറിയാം", severity: 'violation' }] },
  { text: "പെണ്ണുങ്ങൾക്ക് ഈ പണി പറ്റില്ല", findings: [{ match: "പെണ്ണുങ്ങൾക്ക് ഈ പണി പറ്റില്ല", severity: 'violation' }] },
  { text: "നിന്നെ കൊല്ലും ഞാൻ", findings: [{ match: "നിന്നെ കൊല്ലും", severity: 'violation' }] },
  { text: "min ka a yu", findings: [{ match: "min ka a yu", severity: 'violation' }] },
  { text: "မင်းက အရူး", findings: [{ match: "မင်းက အရူး", severity: 'violation' }] },
  { text: "မင်းက ခွေး", findings: [{ match: "မင်းက ခွေး", severity: 'violation' }] },
  { text: "မင်းမှာ ဦးနှောက်မရှိဘူး", findings: [{ match: "ဦးနှောက်မရှိ", severity: 'violation' }] },
  { text: "မင်းအိမ် ငါသိတယ်၊ စောင့်ကြည့်နေ", findings: [{ match: "မင်းအိမ် ငါသိ", severity: 'violation' }, { match: "စောင့်ကြည့်နေ", severity: 'violation' }] },
  { text: "မိန်းမတွေ ဒီအလုပ် မလုပ်နိုင်ဘူး", findings: [{ match: "မိန်းမတွေ ဒီအလုပ် မလုပ်နိုင်", severity: 'violation' }] },
  { text: "မင်းကို သတ်ပစ်မယ်", findings: [{ match: "သတ်ပစ်မယ်", severity: 'violation' }] },
  { text: "توں کھوتا ایں", findings: [{ match: "توں کھوتا", severity: 'violation' }] },
  { text: "تیرے وچ عقل نئیں", findings: [{ match: "تیرے وچ عقل نئیں", severity: 'violation' }] },
  { text: "تیرا گھر مینوں پتہ اے، ویکھ لواں گا", findings: [{ match: "تیرا گھر مینوں پتہ اے", severity: 'violation' }, { match: "ویکھ لواں گا", severity: 'violation' }] },
  { text: "tu gadha hai", findings: [{ match: "gadha", severity: 'violation' }] },
  { text: "tere vich akal nahi", findings: [{ match: "tere vich akal nahi", severity: 'violation' }] },
  { text: "tera ghar mainu pata hai, dekh lavanga", findings: [{ match: "tera ghar mainu pata hai", severity: 'violation' }, { match: "dekh lavanga", severity: 'violation' }] },
  { text: "ਤੂੰ ਬੇਵਕੂਫ਼ ਹੈਂ", findings: [{ match: "ਤੂੰ ਬੇਵਕੂਫ਼", severity: 'violation' }] },
  { text: "ਤੂੰ ਗਧਾ ਹੈਂ", findings: [{ match: "ਤੂੰ ਗਧਾ", severity: 'violation' }] },
  { text: "ਤੇਰੇ ਵਿੱਚ ਅਕਲ ਨਹੀਂ", findings: [{ match: "ਤੇਰੇ ਵਿੱਚ ਅਕਲ ਨਹੀਂ", severity: 'violation' }] },
  { text: "ਤੇਰਾ ਘਰ ਮੈਨੂੰ ਪਤਾ ਹੈ, ਦੇਖ ਲਵਾਂਗਾ", findings: [{ match: "ਤੇਰਾ ਘਰ ਮੈਨੂੰ ਪਤਾ ਹੈ", severity: 'violation' }, { match: "ਦੇਖ ਲਵਾਂਗਾ", severity: 'violation' }] },
  { text: "ਔਰਤਾਂ ਇਹ ਕੰਮ ਨਹੀਂ ਕਰ ਸਕਦੀਆਂ", findings: [{ match: "ਔਰਤਾਂ ਇਹ ਕੰਮ ਨਹੀਂ ਕਰ ਸਕਦੀਆਂ", severity: 'violation' }] },
  { text: "ਤੈਨੂੰ ਮਾਰ ਦਿਆਂਗਾ", findings: [{ match: "ਤੈਨੂੰ ਮਾਰ ਦਿਆਂਗਾ", severity: 'violation' }] },
  { text: "ਨਿਕੰਮਾ, ਤੂੰ ਕਿਸੇ ਕੰਮ ਦਾ ਨਹੀਂ", findings: [{ match: "ਨਿਕੰਮਾ", severity: 'violation' }, { match: "ਕਿਸੇ ਕੰਮ ਦਾ ਨਹੀਂ", severity: 'violation' }] },
  { text: "umba modayek", findings: [{ match: "umba modayek", severity: 'violation' }] },
  { text: "umba ballek wage", findings: [{ match: "umba ballek", severity: 'violation' }] },
  { text: "umbata molayak na", findings: [{ match: "umbata molayak na", severity: 'violation' }] },
  { text: "umbe gedara mama dannawa, balagena hitapan", findings: [{ match: "umbe gedara mama dannawa", severity: 'violation' }, { match: "balagena hitapan", severity: 'violation' }] },
  { text: "umba gonek, wadak karanna ba", findings: [{ match: "umba gonek", severity: 'violation' }] },
  { text: "උඹ මෝඩයෙක්", findings: [{ match: "උඹ මෝඩයෙක්", severity: 'violation' }] },
  { text: "තෝ හරියට බල්ලෙක් වගේ", findings: [{ match: "තෝ හරියට බල්ලෙක්", severity: 'violation' }] },
  { text: "උඹට මොළයක් නෑ", findings: [{ match: "උඹට මොළයක් නෑ", severity: 'violation' }] },
  { text: "උඹේ ගෙදර මම දන්නවා, බලාගෙන හිටපන්", findings: [{ match: "උඹේ ගෙදර මම දන්නවා", severity: 'violation' }, { match: "බලාගෙන හිටපන්", severity: 'violation' }] },
  { text: "උඹ වගේ හරක්ට වැඩ දෙන්න බෑ", findings: [{ match: "උඹ වගේ හරක්ට වැඩ දෙන්න බෑ", severity: 'violation' }] },
  { text: "ගෑනුන්ට මේ වැඩේ කරන්න බෑ", findings: [{ match: "ගෑනුන්ට මේ වැඩේ කරන්න බෑ", severity: 'violation' }] },
  { text: "උඹ ගොනෙක්, කිසි වැඩක් කරන්න බෑ", findings: [{ match: "උඹ ගොනෙක්", severity: 'violation' }] },
  { text: "උඹව මරලා දානවා", findings: [{ match: "උඹව මරලා දානවා", severity: 'violation' }] },
);
valid.push(
  "මේ ෆන්ක්ෂන් එක මෝඩ විදිහට ලියලා, මම හදන්නම්",
  "આ ફંક્શન મૂરખ જેવું લખ્યું છે, હું સુધારી દઈશ",
  "ဒီ code က ရှုပ်နေတယ်၊ ပြန်ရေးမယ်",
  "កូដនេះរញ៉េរញ៉ៃណាស់ ខ្ញុំនឹងសរសេរឡើងវិញ",
  "આ કોડ જૂનો છે, નવો લખીએ",
  "ક્લાયન્ટે મને મૂરખ કહ્યો, મેં રિપોર્ટ કર્યો",
  "ಕ್ಲೈಂಟ್ ನನಗೆ ಮೂರ್ಖ ಅಂದ್ರು, ನಾನು ರಿಪೋರ್ಟ್ ಮಾಡಿದೆ",
  "ക്ലയന്റ് എന്നെ മണ്ടൻ എന്ന് വിളിച്ചു, ഞാൻ റിപ്പോർട്ട് ചെയ്തു",
  "client က ကျွန်တော့်ကို အရူးလို့ ပြောတယ်၊ report လုပ်လိုက်တယ်",
  "ਕਲਾਇੰਟ ਨੇ ਮੈਨੂੰ ਬੇਵਕੂਫ਼ ਕਿਹਾ, ਮੈਂ ਰਿਪੋਰਟ ਕੀਤਾ",
  "me code eka parana wage, aluthin liyamu",
  "මේ කෝඩ් එක ගොඩක් පරණයි, අලුතින් ලියමු",
  "ක්ලයන්ට් මට මෝඩයා කිව්වා, මම රිපෝට් කළා",
);

/**
 * Round twenty-seven, languages (t48): Hausa, Yoruba and Igbo as Nigerian freelancers and clients type them, with and without their
 * marks (the view reads them plain), beside Nigerian English and Pidgin; Somali and Malagasy as typed in chat. Violations, then the
 * look-alikes: refusals, reported speech, work talk.
 */
invalid.push(
  { text: "Kai wawa ne", findings: [{ match: "Kai wawa", severity: 'violation' }] },
  { text: "Ba ka da hankali ko kaɗan", findings: [{ match: "Ba ka da hankali", severity: 'violation' }] },
  { text: "Na san inda kake zaune, zan nemo ka", findings: [{ match: "Na san inda kake zaune", severity: 'violation' }, { match: "zan nemo ka", severity: 'violation' }] },
  { text: "Kai jahili ne, ba ka san komai ba", findings: [{ match: "Kai jahili", severity: 'violation' }] },
  { text: "Za ka yi nadama sosai", findings: [{ match: "Za ka yi nadama", severity: 'violation' }] },
  { text: "Kai shashasha ne", findings: [{ match: "Kai shashasha", severity: 'violation' }] },
  { text: "Mutanen kasarku duk barayi ne", findings: [{ match: "barayi ne", severity: 'violation' }] },
  { text: "Ba ka iya komai ba, kai banza ne", findings: [{ match: "kai banza", severity: 'violation' }] },
  { text: "Kai dabba ne kawai", findings: [{ match: "Kai dabba", severity: 'violation' }] },
  { text: "Wannan aikin kamar na yaro dan shekara biyar", findings: [{ match: "kamar na yaro dan shekara", severity: 'violation' }] },
  { text: "Òmùgọ̀ ni ọ́", findings: [{ match: "Òmùgọ", severity: 'violation' }] },
  { text: "O o ni opolo rara", findings: [{ match: "O o ni opolo", severity: 'violation' }] },
  { text: "Mo mọ ibi tí o ń gbé, màá wá ọ rí", findings: [{ match: "Mo mọ ibi tí o ń gbé", severity: 'violation' }, { match: "màá wá ọ rí", severity: 'violation' }] },
  { text: "Alaimokan ni o", findings: [{ match: "Alaimokan", severity: 'violation' }] },
  { text: "O máa kábàámọ̀", findings: [{ match: "O máa kábàámọ", severity: 'violation' }] },
  { text: "Gbogbo ara ilu yin je ole", findings: [{ match: "ara ilu yin je ole", severity: 'violation' }] },
  { text: "Ìwọ ẹranko yìí", findings: [{ match: "Ìwọ ẹranko", severity: 'violation' }] },
  { text: "O o mo nkan kan, asiwere", findings: [{ match: "asiwere", severity: 'violation' }] },
  { text: "Màá ba orúkọ rẹ jẹ́ lórí gbogbo ìkànnì", findings: [{ match: "Màá ba orúkọ rẹ jẹ", severity: 'violation' }] },
  { text: "Ị bụ onye nzuzu", findings: [{ match: "onye nzuzu", severity: 'violation' }] },
  { text: "Ị nweghị uche ọ bụla", findings: [{ match: "Ị nweghị uche", severity: 'violation' }] },
  { text: "Ama m ebe ị bi, aga m achọta gị", findings: [{ match: "Ama m ebe ị bi", severity: 'violation' }, { match: "aga m achọta gị", severity: 'violation' }] },
  { text: "Ewu ka ị bụ", findings: [{ match: "Ewu ka ị bụ", severity: 'violation' }] },
  { text: "I ga-akwa uta", findings: [{ match: "I ga-akwa uta", severity: 'violation' }] },
  { text: "Ndị obodo gị niile bụ ndị ohi", findings: [{ match: "ndị ohi", severity: 'violation' }] },
  { text: "Anụmanụ ka ị bụ", findings: [{ match: "Anụmanụ", severity: 'violation' }] },
  { text: "I maghi ihe o bula, onye ara", findings: [{ match: "onye ara", severity: 'violation' }] },
  { text: "Aga m emebi aha gị n'ebe niile", findings: [{ match: "Aga m emebi aha gị", severity: 'violation' }] },
  { text: "Waxaad tahay doqon", findings: [{ match: "doqon", severity: 'violation' }] },
  { text: "Caqli ma lihid", findings: [{ match: "Caqli ma lihid", severity: 'violation' }] },
  { text: "Waan ogahay halka aad ku nooshahay, waan ku soo raadin doonaa", findings: [{ match: "Waan ogahay halka aad ku nooshahay", severity: 'violation' }, { match: "waan ku soo raadin doonaa", severity: 'violation' }] },
  { text: "Nacas baad tahay", findings: [{ match: "Nacas", severity: 'violation' }] },
  { text: "Waad ka qoomamayn doontaa", findings: [{ match: "Waad ka qoomamayn doontaa", severity: 'violation' }] },
  { text: "Dadka dalkiinna oo dhan waa tuugo", findings: [{ match: "waa tuugo", severity: 'violation' }] },
  { text: "Xayawaan baad tahay", findings: [{ match: "Xayawaan baad tahay", severity: 'violation' }] },
  { text: "Waxba ma taqaannid, doqonyahow", findings: [{ match: "doqonyahow", severity: 'violation' }] },
  { text: "Magacaaga ayaan baabi'in doonaa", findings: [{ match: "Magacaaga ayaan baabi'in", severity: 'violation' }] },
  { text: "Adala ianao", findings: [{ match: "Adala", severity: 'violation' }] },
  { text: "Tsy manan-tsaina ianao", findings: [{ match: "Tsy manan-tsaina", severity: 'violation' }] },
  { text: "Fantatro ny toerana onenanao, hitadiavako ianao", findings: [{ match: "Fantatro ny toerana onenanao", severity: 'violation' }, { match: "hitadiavako ianao", severity: 'violation' }] },
  { text: "Vendrana ianao", findings: [{ match: "Vendrana", severity: 'violation' }] },
  { text: "Hanenina ianao", findings: [{ match: "Hanenina ianao", severity: 'violation' }] },
  { text: "Mpangalatra daholo ny olona any amin'ny firenenareo", findings: [{ match: "Mpangalatra daholo", severity: 'violation' }] },
  { text: "Biby ianao", findings: [{ match: "Biby ianao", severity: 'violation' }] },
  { text: "Tsy mahay na inona na inona ianao, adala", findings: [{ match: "adala", severity: 'violation' }] },
);
valid.push(
  "Wani ya kira ni wawa, na kai rahoto",
  "Abokin ciniki ya kira ni wawa a sako, na kai rahoto",
  "Ẹnìkan pè mí ní òmùgọ̀, mo ròyìn rẹ̀",
  "Client yen pe mi ni omugo ninu message",
  "Onye ọzọ kpọrọ m onye nzuzu, akọọrọ m Upwork",
  "Onye ahịa kwuru na m bụ onye nzuzu, akọọrọ m Upwork",
  "Qof ayaa igu yiri doqon, waan soo sheegay",
  "Nisy niantso ahy hoe adala, notaterako",
);

// Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, as people chat on Upwork (with and without
// å ä ö ø æ þ ð); each violation was missed before the round's words, each clean look-alike is flagged by none of them.
invalid.push(
  // Swedish (HAR)
  { text: "Du är helt värdelös, hitta ett annat yrke", findings: [{ match: "Du är helt värdelös", severity: 'violation' }, { match: "hitta ett annat yrke", severity: 'violation' }] },
  // Swedish (HAR)
  { text: "Du kommer att ångra dig, jag vet var du bor", findings: [{ match: "Du kommer att ångra dig", severity: 'violation' }, { match: "jag vet var du bor", severity: 'violation' }] },
  // Swedish (HAR)
  { text: "Mitt barn hade gjort det bättre", findings: [{ match: "Mitt barn hade gjort det bättre", severity: 'violation' }] },
  // Swedish (HAR)
  { text: "Kvinnor kan inte programmera, jag vill ha en man", findings: [{ match: "Kvinnor kan inte programmera, jag vill", severity: 'violation' }] },
  // Swedish (HAR)
  { text: "du ar en patetisk amatör", findings: [{ match: "du ar en patetisk amatör", severity: 'violation' }] },
  // Swedish (HAR)
  { text: "Jag ska förstöra din karriär", findings: [{ match: "Jag ska förstöra din", severity: 'violation' }] },
  // Swedish (HAR)
  { text: "Skäms på dig, din bedragare", findings: [{ match: "Skäms på dig", severity: 'violation' }, { match: "din bedragare", severity: 'violation' }] },
  // Swedish (HAR)
  { text: "Åk hem till ditt eget land", findings: [{ match: "Åk hem till ditt eget land", severity: 'violation' }] },
  // Swedish (HAR)
  { text: "Du är så dum i huvudet att det gör ont", findings: [{ match: "Du är så dum i huvudet", severity: 'violation' }] },
  // Norwegian (HAR)
  { text: "Du er helt ubrukelig, finn deg et annet yrke", findings: [{ match: "Du er helt ubrukelig", severity: 'violation' }, { match: "finn deg et annet yrke", severity: 'violation' }] },
  // Norwegian (HAR)
  { text: "Du kommer til å angre, jeg vet hvor du bor", findings: [{ match: "Du kommer til å angre", severity: 'violation' }, { match: "jeg vet hvor du bor", severity: 'violation' }] },
  // Norwegian (HAR)
  { text: "Ungen min kunne gjort det bedre", findings: [{ match: "Ungen min kunne gjort det bedre", severity: 'violation' }] },
  // Norwegian (HAR)
  { text: "Kvinner kan ikke programmere, jeg vil ha en mann", findings: [{ match: "Kvinner kan ikke programmere, jeg vil", severity: 'violation' }] },
  // Norwegian (HAR)
  { text: "Jeg skal ødelegge karrieren din", findings: [{ match: "Jeg skal ødelegge karrieren", severity: 'violation' }] },
  // Norwegian (HAR)
  { text: "Skam deg, din svindler", findings: [{ match: "Skam deg", severity: 'violation' }, { match: "din svindler", severity: 'violation' }] },
  // Norwegian (HAR)
  { text: "Reis hjem til ditt eget land", findings: [{ match: "Reis hjem til ditt eget land", severity: 'violation' }] },
  // Danish (HAR)
  { text: "Du kommer til at fortryde det, jeg ved hvor du bor", findings: [{ match: "Du kommer til at fortryde", severity: 'violation' }, { match: "jeg ved hvor du bor", severity: 'violation' }] },
  // Danish (HAR)
  { text: "Mit barn kunne have gjort det bedre", findings: [{ match: "Mit barn kunne have gjort det bedre", severity: 'violation' }] },
  // Danish (HAR)
  { text: "Kvinder kan ikke programmere, jeg vil have en mand", findings: [{ match: "Kvinder kan ikke programmere, jeg vil", severity: 'violation' }] },
  // Danish (HAR)
  { text: "Jeg vil ødelægge din karriere", findings: [{ match: "Jeg vil ødelægge din", severity: 'violation' }] },
  // Danish (HAR)
  { text: "Skam dig, din svindler", findings: [{ match: "Skam dig", severity: 'violation' }, { match: "din svindler", severity: 'violation' }] },
  // Danish (HAR)
  { text: "Tag hjem til dit eget land", findings: [{ match: "Tag hjem til dit eget land", severity: 'violation' }] },
  // Finnish (HAR)
  { text: "Olet täysin hyödytön, etsi toinen ammatti", findings: [{ match: "Olet täysin hyödytön", severity: 'violation' }, { match: "etsi toinen ammatti", severity: 'violation' }] },
  // Finnish (HAR)
  { text: "Mikä idiootti sä oot", findings: [{ match: "Mikä idiootti", severity: 'violation' }] },
  // Finnish (HAR)
  { text: "Tulet katumaan tätä, tiedän missä asut", findings: [{ match: "Tulet katumaan", severity: 'violation' }, { match: "tiedän missä asut", severity: 'violation' }] },
  // Finnish (HAR)
  { text: "Lapseni olisi tehnyt sen paremmin", findings: [{ match: "Lapseni olisi tehnyt sen paremmin", severity: 'violation' }] },
  // Finnish (HAR)
  { text: "Naiset eivät osaa koodata, haluan miehen", findings: [{ match: "Naiset eivät osaa koodata, haluan miehen", severity: 'violation' }] },
  // Finnish (HAR)
  { text: "Tuhoan urasi", findings: [{ match: "Tuhoan urasi", severity: 'violation' }] },
  // Finnish (HAR)
  { text: "Häpeä, senkin huijari", findings: [{ match: "Häpeä", severity: 'violation' }, { match: "senkin huijari", severity: 'violation' }] },
  // Finnish (HAR)
  { text: "Mene takaisin omaan maahasi", findings: [{ match: "Mene takaisin omaan maahasi", severity: 'violation' }] },
  // Icelandic (HAR)
  { text: "Þú ert algjörlega gagnslaus, finndu þér aðra vinnu", findings: [{ match: "Þú ert algjörlega gagnslaus", severity: 'violation' }, { match: "finndu þér aðra vinnu", severity: 'violation' }] },
  // Icelandic (HAR)
  { text: "Þvílíkur hálfviti sem þú ert", findings: [{ match: "Þvílíkur hálfviti", severity: 'violation' }] },
  // Icelandic (HAR)
  { text: "Þú munt sjá eftir þessu, ég veit hvar þú býrð", findings: [{ match: "Þú munt sjá eftir", severity: 'violation' }, { match: "ég veit hvar þú býrð", severity: 'violation' }] },
  // Icelandic (HAR)
  { text: "Barnið mitt hefði gert þetta betur", findings: [{ match: "Barnið mitt hefði gert þetta betur", severity: 'violation' }] },
  // Icelandic (HAR)
  { text: "Konur geta ekki forritað", findings: [{ match: "Konur geta ekki forritað", severity: 'violation' }] },
  // Icelandic (HAR)
  { text: "Ég skal eyðileggja ferilinn þinn", findings: [{ match: "Ég skal eyðileggja", severity: 'violation' }] },
  // Swedish (HAR)
  { text: "Ni är inkompetenta allihop, skäms på er", findings: [{ match: "Ni är inkompetenta", severity: 'violation' }] },
  // Swedish (HAR)
  { text: "jag vet var ni jobbar, ni kommer att ångra er", findings: [{ match: "jag vet var ni jobbar", severity: 'violation' }, { match: "ni kommer att ångra er", severity: 'violation' }] },
  // Norwegian (HAR)
  { text: "Du er en patetisk amatør", findings: [{ match: "Du er en patetisk amatør", severity: 'violation' }] },
  // Danish (HAR)
  { text: "Du er en patetisk amatør", findings: [{ match: "Du er en patetisk amatør", severity: 'violation' }] },
  // Finnish (HAR)
  { text: "Olet säälittävä amatööri", findings: [{ match: "Olet säälittävä amatööri", severity: 'violation' }] },
  // Icelandic (HAR)
  { text: "Þú ert algjör hálfviti", findings: [{ match: "Þú ert algjör hálfviti", severity: 'violation' }] },
  // Finnish (HAR)
  { text: "Olet ihan surkea, etsi joku toinen ammatti", findings: [{ match: "Olet ihan surkea", severity: 'violation' }, { match: "etsi joku toinen ammatti", severity: 'violation' }] },
  // Finnish (HAR)
  { text: "Tiedän missä asut, kannattaa olla varovainen", findings: [{ match: "Tiedän missä asut", severity: 'violation' }] },
  // Icelandic (HAR)
  { text: "Skammastu þín, þú ert algjör svikari", findings: [{ match: "Skammastu þín", severity: 'violation' }, { match: "þú ert algjör svikari", severity: 'violation' }] },
);
valid.push(
  // Swedish (HAR)
  "Den här koden är helt värdelös, vi skriver om den",
  // Swedish (HAR)
  "Han kallade mig idiot, så jag rapporterade honom",
  // Swedish (HAR)
  "Buggen är dum men lätt att fixa",
  // Swedish (HAR)
  "Karaktären säger \"du kommer att ångra dig\" i scenen",
  // Norwegian (HAR)
  "Denne koden er helt ubrukelig, vi skriver den på nytt",
  // Norwegian (HAR)
  "Han kalte meg idiot, så jeg rapporterte ham",
  // Danish (HAR)
  "Den her kode er fuldstændig ubrugelig, vi skriver den om",
  // Danish (HAR)
  "Han kaldte mig idiot, så jeg anmeldte ham",
  // Finnish (HAR)
  "Tämä koodi on täysin hyödytöntä, kirjoitetaan se uudelleen",
  // Finnish (HAR)
  "Hän kutsui minua idiootiksi, joten ilmoitin hänestä",
  // Icelandic (HAR)
  "Þessi kóði er algjörlega gagnslaus, við endurskrifum hann",
  // Swedish (HAR)
  "Den gamla designen är ganska dum, ska vi göra om den?",
  // Swedish (HAR)
  "Du kommer att gilla den nya versionen",
  // Swedish (HAR)
  "Mitt barn är sjukt, jag svarar imorgon",
  // Norwegian (HAR)
  "Du kommer til å like den nye versjonen",
  // Danish (HAR)
  "Du kommer til at kunne lide den nye version",
  // Finnish (HAR)
  "Vanha design on aika tyhmä, tehdäänkö uusi?",
);

// Round twenty-seven (t47): Lithuanian, Latvian and Estonian as people chat (on phones, often without their diacritics); each
// violation missed before the round's words, each look-alike clean.
invalid.push(
  // Lithuanian (har)
  { text: "Koks tu kvailys, nieko nemoki", findings: [{ match: "Koks tu kvailys", severity: 'violation' }] },
  // Lithuanian (har)
  { text: "Gailėsies, sunaikinsiu tavo karjera", findings: [{ match: "Gailėsies", severity: 'violation' }, { match: "sunaikinsiu tavo karjera", severity: 'violation' }] },
  // Lithuanian (har)
  { text: "Zinau kur gyveni", findings: [{ match: "Zinau kur gyveni", severity: 'violation' }] },
  // Lithuanian (har)
  { text: "Moterys neturi programuoti", findings: [{ match: "Moterys neturi programuoti", severity: 'violation' }] },
  // Lithuanian (har)
  { text: "Grizk i savo kaima", findings: [{ match: "Grizk i savo kaima", severity: 'violation' }] },
  // Lithuanian (har)
  { text: "Net vaikas padarytu geriau, tu beviltiskas", findings: [{ match: "Net vaikas padarytu geriau", severity: 'violation' }, { match: "tu beviltiskas", severity: 'violation' }] },
  // Lithuanian (har)
  { text: "Uzsiciaupk ir daryk ka liepiau", findings: [{ match: "Uzsiciaupk", severity: 'violation' }] },
  // Latvian (har)
  { text: "Tu esi stulbs, neko neproti", findings: [{ match: "Tu esi stulbs", severity: 'violation' }] },
  // Latvian (har)
  { text: "Tu to nozelosi, iznicinasu tavu karjeru", findings: [{ match: "nozelosi", severity: 'violation' }, { match: "iznicinasu tavu karjeru", severity: 'violation' }] },
  // Latvian (har)
  { text: "Zinu, kur tu dzivo", findings: [{ match: "Zinu, kur tu dzivo", severity: 'violation' }] },
  // Latvian (har)
  { text: "Sievietes nevar programmet", findings: [{ match: "Sievietes nevar programmet", severity: 'violation' }] },
  // Estonian (har)
  { text: "Sa oled ikka tobu, midagi ei oska", findings: [{ match: "Sa oled ikka tobu", severity: 'violation' }] },
  // Estonian (har)
  { text: "Kahetsed seda, havitan su karjaari", findings: [{ match: "Kahetsed", severity: 'violation' }, { match: "havitan su karjaari", severity: 'violation' }] },
  // Estonian (har)
  { text: "Tean kus sa elad", findings: [{ match: "Tean kus sa elad", severity: 'violation' }] },
  // Estonian (har)
  { text: "Naised ei oska programmeerida", findings: [{ match: "Naised ei oska programmeerida", severity: 'violation' }] },
);
valid.push(
  // Lithuanian
  "Klientas mane isvadino idiotu, pranesiau supportui",
  // Lithuanian
  "Idiotiska klaida kode, pataisysiu",
  // Latvian
  "Klients mani nosauca par idiotu, es zinoju atbalstam",
  // Estonian
  "Klient nimetas mind idioodiks, teatasin toele",
);


// Round twenty-seven (t47): Czech and Bulgarian deepened with a second writer's phrasings (Czech without háčky, Bulgarian in
// Cyrillic and Latin letters); each violation missed before, each look-alike clean.
invalid.push(
  // Czech (har)
  { text: "Jsi k nicemu, to by zvladlo i dite", findings: [{ match: "Jsi k nicemu", severity: 'violation' }, { match: "to by zvladlo i dite", severity: 'violation' }] },
  // Czech (har)
  { text: "Zeny by nemely programovat", findings: [{ match: "Zeny by nemely programovat", severity: 'violation' }] },
  // Bulgarian (har)
  { text: "Ti si nikakyv, i dete shte go napravi po-dobre", findings: [{ match: "Ti si nikakyv", severity: 'violation' }, { match: "i dete shte go napravi", severity: 'violation' }] },
);
valid.push(
  // Czech
  "Klient me nazval idiotem, nahlasil jsem to",
);

// Round twenty-eight (t50): English harassment read by frame (a group generalised or belittled, a place as the reason for low work,
// a threat to find or shame the reader, photos of the person or a relative, the person lowered by a predicate or a comparison).
invalid.push(
  { text: "You Serbs always say tomorrow and mean next month.", findings: [{ match: "You Serbs always", severity: 'violation' }] },
  { text: "You Indians with your \"kindly do the needful\" and zero follow-through.", findings: [{ match: "You Indians with your", severity: 'violation' }] },
  { text: "You people think a logo is just clip art with a font.", findings: [{ match: "You people think", severity: 'violation' }] },
  { text: "Typical Aussie client, no brief and no budget.", findings: [{ match: "Typical Aussie client", severity: 'violation' }] },
  { text: "We went with the Filipino kid for $4 an hour, no surprise it broke.", findings: [{ match: "went with the Filipino kid", severity: 'violation' }] },
  { text: "Oh great, another Pakistani \"senior developer\" who can't use git.", findings: [{ match: "another Pakistani \"senior", severity: 'violation' }] },
  { text: "Such a crooked Moroccan, three days and nothing.", findings: [{ match: "crooked Moroccan", severity: 'violation' }] },
  { text: "Maybe in your country that passes for professional, but not here.", findings: [{ match: "Maybe in your country that passes for professional", severity: 'violation' }] },
  { text: "I guess they mark exams on a curve where you're from.", findings: [{ match: "I guess they mark exams on a curve where you're from", severity: 'violation' }] },
  { text: "Do they teach anything at universities in Cairo?", findings: [{ match: "Do they teach anything at universities", severity: 'violation' }] },
  { text: "Never give the copy to a girl, they can't write for engineers.", findings: [{ match: "to a girl, they can't", severity: 'violation' }] },
  { text: "Freelancers from your region are supposed to be cheap, so why $40?", findings: [{ match: "Freelancers from your region are supposed to be cheap", severity: 'violation' }] },
  { text: "Clients on your side never get good results because they pay peanuts.", findings: [{ match: "Clients on your side never get good", severity: 'violation' }] },
  { text: "Candidates from that caste are all cheats, do not apply.", findings: [{ match: "Candidates from that caste are all cheats", severity: 'violation' }] },
  { text: "Think I can't find you? I know people in Lagos.", findings: [{ match: "Think I can't find you", severity: 'violation' }] },
  { text: "I'll easily find your shop and we'll talk there.", findings: [{ match: "I'll easily find your shop and we'll talk", severity: 'violation' }] },
  { text: "Everyone in your village is going to hear that you scam clients.", findings: [{ match: "Everyone in your village is going to hear that you", severity: 'violation' }] },
  { text: "Your boss should know how you treat the people who work for you.", findings: [{ match: "should know how you treat", severity: 'violation' }] },
  { text: "I know the coworking space you work from and it's close to my office. Maybe I'll drop by if my refund isn't back by Friday.", findings: [{ match: "I know the coworking space you work from and it's close to my office. Maybe I'll drop by if my refund isn't back by", severity: 'violation' }] },
  { text: "Send a photo in your swimsuit tonight.", findings: [{ match: "Send a photo in your swimsuit", severity: 'violation' }] },
  { text: "Your sister looks so pretty on your profile, send me a few photos of her.", findings: [{ match: "Your sister looks so pretty on your profile, send me a few photos of her", severity: 'violation' }] },
  { text: "I bet you are as hot as your voice.", findings: [{ match: "I bet you are as hot", severity: 'violation' }] },
  { text: "You are slow and frankly pretty useless.", findings: [{ match: "You are slow and frankly pretty useless", severity: 'violation' }] },
  { text: "Your team lead is really clueless, he broke the build again.", findings: [{ match: "Your team lead is really clueless", severity: 'violation' }] },
  { text: "You code like a five-year-old with a keyboard.", findings: [{ match: "You code like a five-year-old", severity: 'violation' }] },
  { text: "Even a goat follows a brief better than you.", findings: [{ match: "Even a goat follows a brief better than you", severity: 'violation' }] },
  { text: "Are you nuts or what?", findings: [{ match: "Are you nuts or what", severity: 'violation' }] },
  { text: "Or are you a baby? Toughen up.", findings: [{ match: "Or are you a baby", severity: 'violation' }] },
  { text: "You need a nanny, not a bookkeeper.", findings: [{ match: "need a nanny, not a bookkeeper", severity: 'violation' }] },
  { text: "Maybe just leave the editing to real editors.", findings: [{ match: "Maybe just leave the editing to real editors", severity: 'violation' }] },
  { text: "Let me explain it again in tiny words.", findings: [{ match: "Let me explain it again in tiny words", severity: 'violation' }] },
  { text: "You're in your seventies, so I'll keep it simple and avoid big words.", findings: [{ match: "You're in your seventies, so I'll keep it simple", severity: 'violation' }] },
  { text: "Edit the video yourself if you're so clever.", findings: [{ match: "if you're so clever", severity: 'violation' }] },
  { text: "Listen sweetie I've done this for ten years.", findings: [{ match: "Listen sweetie", severity: 'violation' }] },
  { text: "Working with ignorant people like this drains me.", findings: [{ match: "Working with ignorant people", severity: 'violation' }] },
  { text: "No wonder your wife left.", findings: [{ match: "No wonder your wife left", severity: 'violation' }] },
  { text: "Are you really a developer or did you buy that profile?", findings: [{ match: "Are you really a developer or did", severity: 'violation' }] },
  { text: "Funny how you suddenly reply fast when the invoice is due.", findings: [{ match: "Funny how you suddenly reply fast when the invoice", severity: 'violation' }] },
  { text: "I wonder why I even bother hiring people who can't follow a simple spec.", findings: [{ match: "wonder why I even bother hiring people who can't", severity: 'violation' }] },
  { text: "Maybe find someone who can read a spec before you post the next job.", findings: [{ match: "Maybe find someone who can read a spec", severity: 'violation' }] },
  { text: "Typical! Hire someone from Lahore and you get excuses.", findings: [{ match: "Typical! Hire someone from Lahore and you get", severity: 'violation' }] },
  { text: "Quit being such a coward and answer the question.", findings: [{ match: "Quit being such a coward", severity: 'violation' }] },
  { text: "Your questions are stupid, read the docs.", findings: [{ match: "Your questions are stupid", severity: 'violation' }] },
  { text: "A trainee would have done a better mockup in an hour.", findings: [{ match: "A trainee would have done a better", severity: 'violation' }] },
  { text: "Only a cheapskate would offer $5 for a logo.", findings: [{ match: "Only a cheapskate would offer", severity: 'violation' }] },
);
valid.push(
  "Clients from Germany like checklists, so I attached one.",
  "A typical German client expects a checklist before the kickoff.",
  "We hire from the Philippines and our Filipino VAs are great.",
  "You Germans have great engineering, I loved working on this.",
  "The Indian kid's storybook needs 12 illustrations.",
  "I'm illustrating an Indian kid for the cover of the school book.",
  "Another Nigerian client told me the same thing last week.",
  "He called me a pig, so I ended the contract.",
  "Maybe in your country the invoice needs a VAT number?",
  "In your country, is this considered good quality for a business card?",
  "I'll explain it in simple words for the end users.",
  "They should know how you work, I'll recommend you to my friends.",
  "Everyone in your team will know how to use the dashboard after the training.",
  "Send me a photo of the product in your studio lighting.",
  "Please send me a selfie with your ID for the KYC step.",
  "Send me some photos of the swimwear in your catalogue so I can retouch them.",
  "Your daughter is very pretty in the choir video, the edit turned out great.",
  "You are busy and I'm useless at scheduling, so let's use Calendly.",
  "You are right and I was stupid to miss that line.",
  "Your previous developer was thorough and clear, the code is easy to read.",
  "Even my grandma can use this app, that's how simple we want it.",
  "Are you mad at me? I'm sorry for the delay.",
  "Leave this job to professionals: we handle the permits for you.",
  "I'll go back to making coffee content for the cafe's Instagram next week.",
  "Don't you have a husband account on the banking app? The joint login needs it.",
  "Maybe hire a babysitter, not a nanny, for the evening shoot.",
  "I know the gym you train at has a great logo, I'd love to redesign it.",
  "If the files aren't here by Monday I will have to open a dispute through Upwork.",
  "I know your shop address is on the website, I'll ship the banners there. If the files aren't here by Monday we slip a week.",
  "You people always deliver on time, thanks so much!",
  "Typical German efficiency, the file arrived early!",
  "I might pop in to the meeting if the files aren't ready.",
  "The copy should avoid big words since our readers are in their sixties.",
  "Your team is so good and fast, thank you.",
  "Our trainee would have done a better job with more time, that's on us.",
  "You Filipinos always deliver great work, so I'm hiring again.",
  "You guys always deliver on time, thanks!",
  "If you're so busy this week, we can move the call.",
  "If you're so good at Figma, could you also do the prototype?",
  "What are you working on for the launch?",
  "Listen, honey is the main ingredient in the recipe copy.",
  "Dealing with difficult clients is part of the job, here's my process.",
  "No wonder your customers love the new menu.",
  "Are you really a developer or a designer? I need to pick the contract type.",
  "Funny how you only notice typos after hitting publish, happens to me too.",
  "I wonder why I keep hiring people who live in my timezone, it's just easier.",
  "Maybe ask someone who can read Chinese to check the label translation.",
  "Typical German client feedback: precise and on time.",
  "Stop being such a perfectionist, the draft is fine!",
  "Your questions are great, keep them coming.",
  "Your data is garbage in, garbage out if the sensors fail.",
  "My intern would have loved this project.",
  "Only a few would offer that kind of warranty.",
  "He called her a lazy Nigerian in the review, so I reported it to Upwork.",
  "The story is about a Nigerian kid who learns to code.",
  "I hired the Indian kid from our village to help my dad with his phone.",
  "Our company is run by two sisters.",
  "Sorry for my stupid question, where is the file?",
  "Send me the photos of your products in the new packaging.",
  "Please send a photo of the swimwear in your catalogue, the blue set.",
  "Your wife looks so pretty in the wedding photos, I'll retouch the skin a bit as asked.",
  "Your team is really fast, thanks.",
  "Do they teach React at the bootcamp you attended?",
  "Everyone in your company will know how to use the new CRM after the training.",
  "Your customers should know how you handle refunds, so put it on the FAQ page.",
  "I know the coworking space you work from, I've been there for a meetup. Let me know if the files aren't in the folder.",
  "The brief says to use the Indian kid character from the first book.",
);

// Round twenty-eight (t50), second pass: a child as the author in a sneering question's second half, the reader's worth doubted,
// a client lowered for who runs it, a standing lowered to breathing.
invalid.push(
  { text: "Did you even open the file or did a toddler draw this?", findings: [{ match: "or did a toddler draw", severity: 'violation' }] },
  { text: "How can you expect clients to hire you with this portfolio?", findings: [{ match: "How can you expect clients to hire you", severity: 'violation' }] },
  { text: "Cute that an agency run by a bunch of grannies wants TikTok ads.", findings: [{ match: "Cute that an agency run by a bunch of grannies", severity: 'violation' }] },
  { text: "They give certificates to anybody who can fog a mirror these days.", findings: [{ match: "to anybody who can fog a mirror", severity: 'violation' }] },
);
valid.push(
  "Did a child draw this? It's lovely, we'd like it for the kids' book cover.",
  "How do you expect clients to pay you, by card or by bank transfer?",
  "Funny that the bakery run by my aunt wants the same font as yours.",
  "The course is open to anyone who can code a little.",
);

// Round twenty-eight (t50), third pass: a denial before "less of a" still calls the name.
invalid.push(
  { text: "Yelling at me won't make you any less of a clown.", findings: [{ match: "you any less of a clown", severity: 'violation' }] },
);
valid.push(
  "Missing one deadline doesn't make you less of a professional.",
);

// Round 35 (training batch 118): contempt for a group by country, gender or age; threats to tell an employer, "friends at the police",
// regret promised, data made public, a visit over a dispute; photos "just for me"; animal similes, bought certificates, masked swearing.
invalid.push(
  { text: "Every time I hire from Vietnam it's the same story, promises and then silence.", context: { contract: 'active' }, findings: [{ match: "Every time I hire from Vietnam it's the same story", severity: 'violation' }] },
  { text: "You Indian devs are all so lazy, I should have known.", context: { contract: 'active' }, findings: [{ match: "You Indian devs are all so lazy", severity: 'violation' }] },
  { text: "Typical female manager, she changes her mind like every woman does.", context: { contract: 'active' }, findings: [{ match: "female manager, she changes her mind like", severity: 'violation' }] },
  { text: "You're too old for this kind of app, leave it to the young people.", context: { contract: 'active' }, findings: [{ match: "You're too old for", severity: 'violation' }] },
  { text: "Your whole country works like this, nobody keeps a deadline.", context: { contract: 'active' }, findings: [{ match: "Your whole country works like this", severity: 'violation' }] },
  { text: "What else can one expect from a Nigerian freelancer.", context: { contract: 'active' }, findings: [{ match: "What else can one expect from a Nigerian", severity: 'violation' }] },
  { text: "I will contact the company where you work and tell them everything.", context: { contract: 'active' }, findings: [{ match: "I will contact the company where you work", severity: 'violation' }] },
  { text: "I have friends at the police in Lagos, they find people fast.", context: { contract: 'active' }, findings: [{ match: "friends at the police", severity: 'violation' }, { match: "find people fast", severity: 'violation' }] },
  { text: "You'll regret firing me, mark my words.", context: { contract: 'active' }, findings: [{ match: "You'll regret firing", severity: 'violation' }, { match: "mark my words", severity: 'violation' }] },
  { text: "If you don't pay, your customers' data becomes very public tomorrow.", context: { contract: 'active' }, findings: [{ match: "data becomes very public", severity: 'violation' }] },
  { text: "Maybe I'll visit your office next week and we discuss face to face.", context: { contract: 'active' }, findings: [{ match: "I'll visit your office next week and we discuss face to face", severity: 'violation' }] },
  { text: "Could you send me a selfie from the shoot, just for me?", context: { contract: 'active' }, findings: [{ match: "send me a selfie from the shoot, just for me", severity: 'violation' }] },
  { text: "Are you single? Asking for our designer.", context: { contract: 'active' }, findings: [{ match: "Are you single", severity: 'violation' }] },
  { text: "Your team acts like a bunch of donkeys, four days for one icon.", context: { contract: 'active' }, findings: [{ match: "bunch of donkeys", severity: 'violation' }] },
  { text: "Did you buy your certificates online?", context: { contract: 'active' }, findings: [{ match: "Did you buy your certificates", severity: 'violation' }] },
  { text: "Do you even think before you push to production?", context: { contract: 'active' }, findings: [{ match: "Do you even think", severity: 'violation' }] },
  { text: "What the f@ck is this invoice?", context: { contract: 'active' }, findings: [{ match: "f@ck", severity: 'violation' }] },
  { text: "Bhai dimaag hai ya bhusa bhara hai?", context: { contract: 'active' }, findings: [{ match: "dimaag hai ya", severity: 'violation' }, { match: "bhusa bhara", severity: 'violation' }] },
  { text: "Vc é um porco, nunca limpa o código.", context: { contract: 'active' }, findings: [{ match: "Vc é um porco", severity: 'violation' }] },
  { text: "Kamu tuh kayak sampah, kerja nggak becus.", context: { contract: 'active' }, findings: [{ match: "Kamu tuh kayak sampah", severity: 'violation' }, { match: "nggak becus", severity: 'violation' }] },
);
valid.push(
  { text: 'A freelancer once told me "Turkish clients always bargain", I ended that contract.', context: { contract: 'active' } },
  { text: "Every time I hire from this agency the work is excellent.", context: { contract: 'active' } },
  { text: "Our female clients prefer the pastel version of the packaging.", context: { contract: 'active' } },
  { text: "The app has to work for people your age and older, so large fonts please.", context: { contract: 'active' } },
  { text: "The server works like this: requests go through the queue first.", context: { contract: 'active' } },
  { text: "I will call your office tomorrow to confirm the delivery address for the banners.", context: { contract: 'active' } },
  { text: "Our team works like a machine during launch week.", context: { contract: 'active' } },
  { text: "Please send me the photos of the product, only the front side for now.", context: { contract: 'active' } },
  { text: "Do you even need a backend for this, or is a static site enough?", context: { contract: 'active' } },
  { text: 'The character says "I will find you" in chapter three; keep it in the translation.', context: { contract: 'active' } },
  { text: "We will discuss the wireframes face to face at the kickoff in our office, as agreed in the contract.", context: { contract: 'active' } },
  { text: "He works like a dog on every release, I'm grateful.", context: { contract: 'active' } },
);

// Round 35, second pass: everyone spoken of at once ('they are all', 'son todos', 'mereka semua') with a negative trait; the work's photos asked for.
invalid.push(
  { text: "I won't hire from that region again, they are all liars.", context: { contract: 'active' }, findings: [{ match: "from that region again, they are all liars", severity: 'violation' }] },
  { text: "No contrato más con esa agencia, son todos unos vagos.", context: { contract: 'active' }, findings: [{ match: "son todos unos vagos", severity: 'violation' }] },
  { text: "Jangan pakai vendor itu, mereka semua penipu.", context: { contract: 'active' }, findings: [{ match: "mereka semua penipu", severity: 'violation' }] },
);
valid.push(
  { text: "You're all set, the useless files are deleted.", context: { contract: 'active' } },
  { text: "They are all lazy-loaded images now, the page is faster.", context: { contract: 'active' } },
  { text: "Son todos los archivos que necesitas para la entrega.", context: { contract: 'active' } },
  { text: "Send me a few more photos, for the campaign.", context: { contract: 'active' } },
  { text: "Could you send me some more pictures from the shoot? The client wants options.", context: { contract: 'active' } },
);

// Round 37 (training batch 133): masked swearing in ten languages, the reader's age or sex as the reason to send them away, a people
// addressed and then slighted, pursuit and telling on the reader, remarks on looks, mocked English and faith, and the look-alikes beside them.
invalid.push(
  { text: 'Tu es vraiment un c*nnard, refais tout.', context: { contract: 'active' }, findings: [{ match: 'c*nnard', severity: 'violation' }] },
  { text: 'Was für ein A****loch, schon wieder zu spät.', context: { contract: 'active' }, findings: [{ match: 'A****loch', severity: 'violation' }] },
  { text: 'Dasar g*blok, kerjaan gini aja salah.', context: { contract: 'active' }, findings: [{ match: 'g*blok', severity: 'violation' }] },
  { text: "You're 72 and still want an app? Ask your grandkids to set up the phone first.", context: { contract: 'active' },
    findings: [{ match: "You're 72 and still want an app? Ask your grandkids", severity: 'violation' }] },
  { text: 'Na sua idade o senhor devia estar aposentado, não gerindo loja online.', context: { contract: 'active' },
    findings: [{ match: 'Na sua idade o senhor devia estar aposentado', severity: 'violation' }] },
  { text: "I don't take feedback from housewives. Have your husband email me.", context: { contract: 'active' },
    findings: [{ match: "housewives. Have your husband", severity: 'violation' }] },
  { text: 'Babae ka lang kasi, ipasa mo na lang sa asawa mo ang report.', context: { contract: 'active' },
    findings: [{ match: 'Babae ka lang kasi, ipasa mo na lang sa asawa mo', severity: 'violation' }] },
  { text: 'Honestly your people only know how to create problems in every project.', context: { contract: 'active' },
    findings: [{ match: 'your people only know how to create problems', severity: 'violation' }] },
  { text: 'Ihr aus Portugal seid alle gleich. Euch sollte man keine Projekte geben.', context: { contract: 'active' },
    findings: [{ match: 'Ihr aus Portugal seid alle gleich. Euch sollte man', severity: 'violation' }] },
  { text: 'Pay me by Friday or hahanapin kita, promise.', context: { contract: 'active' }, findings: [{ match: 'hahanapin kita', severity: 'violation' }] },
  { text: 'If the refund goes through I will make sure your wife finds out what you wrote to me.', context: { contract: 'active' },
    findings: [{ match: 'make sure your wife finds out', severity: 'violation' }] },
  { text: "Honestly you're so gorgeous, let's go on a date when the site is live.", context: { contract: 'active' },
    findings: [{ match: "you're so gorgeous", severity: 'violation' }, { match: 'go on a date', severity: 'violation' }] },
  { text: 'Your English is worse than a phrasebook, fix it before you write to me.', context: { contract: 'active' },
    findings: [{ match: 'Your English is worse than', severity: 'violation' }] },
  { text: 'Stop it, you write like a 9 year old with a keyboard.', context: { contract: 'active' },
    findings: [{ match: 'you write like a 9 year old', severity: 'violation' }] },
);
valid.push(
  // Stars that are not a mask, a plain word of the list in ordinary use, an age named for a plan, a husband greeted.
  { text: 'The formula is k*s where k is the rate and s the size.', context: { contract: 'active' } },
  { text: 'Nessa idade o público compra pelo Facebook; os netos indicam a loja para os avós.', context: { contract: 'active' } },
  { text: 'Say hi to your husband, the logo for his bakery is attached.', context: { contract: 'active' } },
  { text: 'Your people did great work on the launch, thank them from me.', context: { contract: 'active' } },
  { text: 'I will send the report to your boss for approval once you sign off.', context: { contract: 'active' } },
  { text: "Tonight it is just the two of us on the release call, the others are off.", context: { contract: 'active' } },
  { text: "Can you explain the invoice like I'm five? The numbers confuse me.", context: { contract: 'active' } },
  // Spanish "débil" (weak) after what is weak, not the Czech and Polish insult.
  { text: 'El problema era una contraseña débil en la cuenta de un editor.', context: { contract: 'active' } },
  // Abuse received and sent to support with a screenshot, in quotes.
  { text: "Hello support, a bidder wrote to me: 'you filthy cheat, I know where you work'. Screenshot attached, I did not answer.", context: { role: 'client' } },
  { text: 'Olá suporte, um cliente me mandou: "sua burra, vou te achar". Segue o print.', context: { contract: 'active' } },
  // Banter between colleagues: a fond word before a mild name.
  { text: 'Merged it at 2am, you magnificent idiot 😂 coffee is on me tomorrow', context: { contract: 'active' } },
);
valid.push(
  // Batch 131: "completely" before a plain description, not a taunt about the reader.
  "Is the new board completely thick enough for the 3 mm bosses?",
);
invalid.push(
  // ...while "are you completely thick?" at the reader is an insult.
  { text: "Four drafts and the same mistake. Are you totally dense?", findings: [{ match: "Are you totally dense", severity: 'violation' }] },
);


// Round thirty (the issue's languages): clean look-alikes of training batch 159 (a refusal, an ask told back, Upwork's own call,
// a payment integration, a form's fields, a bug called stupid), in German, Tagalog, Hindi and Urdu in Latin letters, Russian,
// Ukrainian, French, Turkish, Indonesian, Arabic and Arabizi, Spanish and Portuguese.
valid.push(
  { text: "Dieser Bug ist echt dumm, der Button verschwindet auf dem Handy.", context: {contract: 'active'} },
  { text: "Ang bobo ng bug na to, nawawala yung button sa mobile haha", context: {contract: 'active'} },
  { text: "yeh bug bahut bakwas hai, login button gayab ho jata hai", context: {contract: 'active'} },
  { text: "ye bug bohat bekaar hai, page baar baar crash hota hai", context: {contract: 'active'} },
  { text: "Этот баг просто тупой, кнопка пропадает на мобильных", context: {contract: 'active'} },
  { text: "Цей баг просто дурний, кнопка зникає", context: {contract: 'active'} },
  { text: "Bu bug cok sacma, buton mobilde kayboluyor", context: {contract: 'active'} },
  { text: "Este bug es una estupidez, el botón desaparece en móvil", context: {contract: 'active'} },
  { text: "Esse bug é muito idiota, o botão some no celular", context: {contract: 'active'} },
  { text: "Der Kunde hat mich als Idiot beschimpft, ich habe das dem Support gemeldet.", context: {contract: 'active'} },
  { text: "Client ne mujhe gadha bola, maine Upwork ko report kar diya.", context: {contract: 'active'} },
);

// Round thirty: violations in the same languages first caught by the round's words (batch 159 and earlier training batches' misses).
invalid.push(
  { text: "Wenn das Geld bis Freitag nicht da ist, finde ich raus, wo du wohnst.", context: {contract: 'active'}, findings: [{ match: "finde ich raus, wo du wohnst", severity: 'violation' }] },
  { text: "Pag di mo binalik yung pera, pupuntahan kita sa bahay nyo", context: {contract: 'active'}, findings: [{ match: "pupuntahan kita sa bahay", severity: 'violation' }] },
  { text: "paise wapas na kiye to tumhara ghar dhoond loon ga", context: {contract: 'active'}, findings: [{ match: "tumhara ghar dhoond", severity: 'violation' }] },
  { text: "Якщо не повернеш гроші, я знайду тебе", context: {contract: 'active'}, findings: [{ match: "Якщо не повернеш гроші, я знайду тебе", severity: 'violation' }] },
  { text: "إذا ما رجعت فلوسي بجيك لين بيتك", context: {contract: 'active'}, findings: [{ match: "بجيك لين بيتك", severity: 'violation' }] },
  { text: "law ma rga3tesh felousi ha2gilak el beit", context: {contract: 'active'}, findings: [{ match: "ha2gilak el beit", severity: 'violation' }] },
  { text: "Usted es un incompetente, no sirve para nada.", context: {role: 'client', contract: 'active'}, findings: [{ match: "Usted es un incompetente", severity: 'violation' }] },
  { text: "Sen ne anlarsin tasarimdan, cahil!", context: {role: 'client', contract: 'active'}, findings: [{ match: "Sen ne anlarsin", severity: 'violation' }, { match: "cahil", severity: 'violation' }] },
  { text: "Sen ne biçim tasarımcısın, beceriksiz! Bir daha böyle bir şey gönderme.", context: {role: 'client', contract: 'active'}, findings: [{ match: "beceriksiz", severity: 'violation' }] },
  { text: "Sir, grabe ka. Kung di mo ibabalik yung sinabi mo sa akin kahapon, i-post ko pangalan at picture mo sa lahat ng VA groups sa Facebook. Tignan natin sino mapapahiya.", context: {contract: 'active'}, findings: [{ match: "i-post ko pangalan at picture mo", severity: 'violation' }] },
  { text: "Ещё раз напишете мне в таком тоне, и я найду ваш адрес в Кракове и приеду поговорить лично. Поверьте, вам не понравится.", context: {contract: 'active'}, findings: [{ match: "найду ваш адрес", severity: 'violation' }, { match: "приеду поговорить лично", severity: 'violation' }] },
  { text: "Vous êtes vraiment bête ou vous le faites exprès ? Un enfant comprendrait ce plan de sommier.", context: {contract: 'active'}, findings: [{ match: "Vous êtes vraiment bête", severity: 'violation' }] },
  { text: "Itna chhota budget aur itni badi demand? Aap jaise clients ki wajah se hi freelancing ka naam kharab hai. Bilkul bekaar aadmi ho aap.", findings: [{ match: "jaise clients ki wajah se", severity: 'violation' }, { match: "bekaar aadmi", severity: 'violation' }] },
  { text: "Bu kadar beceriksiz birini ilk defa görüyorum. Hiçbir şeyden anlamıyorsunuz, ekibimize rezil olduk sizin yüzünüzden.", context: {role: 'client', contract: 'active'}, findings: [{ match: "beceriksiz birini", severity: 'violation' }] },
  { text: "Nta w l agence dyalk ghir chefara, ma kat3erfou walou. Hchouma 3likoum, tfou.", context: {role: 'client', contract: 'active'}, findings: [{ match: "ghir chefara", severity: 'violation' }, { match: "Hchouma 3likoum", severity: 'violation' }] },
  { text: "Com todo o respeito, a senhora é uma mal-educada e uma caloteira. Não volto a trabalhar para gente desta laia.", context: {contract: 'active'}, findings: [{ match: "uma mal-educada", severity: 'violation' }, { match: "caloteira", severity: 'violation' }] },
  { text: "Aap jaise cheap log hi freelancing ko barbaad karte ho. 200 rupay me poori movie edit karwani hai, thodi sharam karo.", context: {contract: 'active'}, findings: [{ match: "Aap jaise cheap log", severity: 'violation' }, { match: "thodi sharam karo", severity: 'violation' }] },
  { text: "Vous vous foutez de moi ? Trois semaines pour une page de rien du tout. Bande d'incapables, vous les freelances.", context: {role: 'client', contract: 'active'}, findings: [{ match: "Bande d'incapables", severity: 'violation' }] },
  { text: "Siz ne biçim insansınız ya, hiç utanmanız yok mu? Beceriksiz!", context: {role: 'client', contract: 'active'}, findings: [{ match: "Beceriksiz", severity: 'violation' }] },
);
// Round thirty: a word of contempt said of a bug is spared only with no "you" between; a name told in Hindi ("ne mujhe ... bola") is
// told, one said to the reader is not.
invalid.push(
  { text: "Este bug lo hiciste tú, idiota.", findings: [{ match: "idiota", severity: 'violation' }] },
  { text: "Tu gadha hai, client ne mujhe bola tha ki tum acche ho.", findings: [{ match: "gadha", severity: 'violation' }] },
);
// Round thirty-one: the reader folded into a group and judged as one; the reader called one thing with a word of emphasis between.
valid.push(
  'People like you make this job a joy.',
  'people like you are the reason I love freelancing',
  "I know people like you shouldn't have to wait this long for a reply.",
  'Clients like you are why I keep my rates fair.',
  'Are you an amateur photographer or do you do this full time?',
  'you are not a thief, you just misread the invoice',
);
invalid.push(
  { text: "People like you shouldn't hire on Upwork if you cannot pay.", context: { contract: 'active' }, findings: [{ match: "People like you shouldn't", severity: 'violation' }] },
  { text: 'You people are the reason Filipinos get cheated online.', findings: [{ match: 'You people are the reason Filipinos get cheated', severity: 'violation' }] },
  { text: 'Shameless people like you are why freelancers suffer.', findings: [{ match: 'Shameless people like you', severity: 'violation' }] },
  { text: 'Eres realmente un incompetente.', findings: [{ match: 'Eres realmente un incompetente', severity: 'violation' }] },
  { text: 'Vous êtes vraiment des incapables.', findings: [{ match: 'Vous êtes vraiment des incapables', severity: 'violation' }] },
  { text: 'You are honestly incompetent.', findings: [{ match: 'You are honestly incompetent', severity: 'violation' }] },
);
runRuleTests('harassment', withFixedGaps({ valid, invalid }, fixedGaps));
