import { runRuleTests, withFixedGaps, type InvalidCase, type KnownGap, type ValidCase } from './tester';
import { REVIEW_TALK_CLEAN } from './look-alikes';

const valid: (string | ValidCase)[] = [
  // Round 24: the trade refused with a verb of offering a few words before it; the review said to change nothing ("whether or not");
  // a review that is the writer's own piece of work, priced with its length or beside the other pieces.
  "I'll never offer guests freebies or discounts in exchange for changing or removing a review, that breaks the rules of these sites.",
  'We never give discounts in return for a 5-star rating.',
  "I won't offer you anything in exchange for a review.",
  'We do not offer discounts or free work in exchange for reviews. Our price is the same whether or not you leave feedback, and at the end we will simply request your honest rating.',
  "We don't offer free revisions for reviews. Our fee is the same whether you leave a review or not, and you can rate us honestly.",
  'Price: $110 per review (10-14 min), $15 per short.',
  'I write book reviews for your blog: $40 per review of 800 words.',
  'My rate is $60 per review video and $20 per short.',
  // Round 21b: the review already left, said with "ya" in Spanish (no "te"): nothing is traded for it any more.
  { text: 'Quedé muy conforme con las fotos. Ya dejé mi calificación, cinco estrellas bien merecidas. Gracias.', context: { contract: 'active', role: 'client' } },
  { text: 'Ya puse mi reseña, cinco estrellas, gracias por todo.', context: { contract: 'active', role: 'client' } },
  // The client's payment released after checking the work; a shop's coupon sent after its buyers' reviews.
  'Our proofreader found typos on 12 slides. Please fix them by Monday; we will release the milestone after the review.',
  'Coupons reward your shoppers for reviews. The code is emailed after the review is written.',
  // How feedback works, asked about or built as a feature.
  'When the contract ends and we give each other feedback, is the feedback private?',
  'We need a review module: after an order both sides rate each other, and nobody can change their rating after 14 days.',
  // The writer's review already left, in English, Tagalog and Spanish; an offer refused with its quote; tactics refused; a report in Arabizi.
  'I left you 5 stars and sent a $20 bonus here on Upwork as a tip. Thanks!',
  'Nag-iwan na ako ng 5 stars sa contract, salamat ulit sa mabilis na trabaho.',
  'Ya te dejé cinco estrellas y una propina, ¡gracias por todo!',
  'I\'ll pass on the "five stars for a 15% discount" idea, that trade isn\'t something I do.',
  "I won't do anything that risks your account, like buying reviews or giving refunds for 5 stars.",
  "wa7ed fel group beyqol 'a3tik 5 stars law 3amalt review swap', ana reported el post.",
  // Polish and Turkish look-alikes: a refusal told, a speech reported, past ratings, product work, "pisz" and "ezik" as ordinary words.
  { text: "Wystawiłam ci 5 gwiazdek, dziękuję za współpracę!", context: {contract: 'active',role: 'client'} },
  { text: "Dün 5 yıldız verdim, emeğinize sağlık.", context: {contract: 'active',role: 'client'} },
  // A judgment of something ("I find it amazing that..."), not a review, next to refunds talked about.
  'I find it amazing that some sellers offered refunds to get bad reviews removed.',
  "It's great that the platform stopped refunds for review removal.",
  // Bought reviews as the thing a feature filters out, or a scheme reported.
  "商品评价模块要能识别刷单和刷好评的账号，自动屏蔽。",
  "Someone offered me $5 per review on my Etsy shop, I reported them.",
  "Tính năng này cần phát hiện và chặn các tài khoản 20k/đánh giá ảo.",
  // The work judged before a milestone is approved, not a review asked for.
  'Everything was tested on a demo order. Please review and approve the milestone if it looks good.',
  // A count of something else after 'anything under'.
  'The form should reject anything under 10 digits and show an error.',
  // A third party's rating, told: what the buyer meant to give, what reviews in a data set give.
  'The buyer left 4 stars; later he told me he meant to give 5 stars but clicked wrong.',
  'In this dataset some reviews give 5 stars while the text is clearly negative, how should I label them?',
  // Reviews on another site are the product's: Trustpilot, Yelp, Google reviews.
  "As soon as the review goes up on our Trustpilot page, I'll share the link.",
  'Once the Yelp review is live, send me the link and I will add it to the site.',
  "I'd appreciate honest feedback at the end of the contract.",
  'I strive to earn 5-star feedback on every project.',
  'Feedback on the first draft is welcome.',
  'The star rating component needs a hover state.',
  'Leaving a review is completely optional.',
  "I'll send the source files after the final milestone is approved.",
  'Please review the pull request when you have time.',
  'The app has 4.8 stars on the App Store.',
  'Add a 5-star review widget to the product page.',
  "Once you're happy, I'd be grateful for any feedback.",
  "I'll deliver the files once you approve the milestone.",
  'We offer a 20% discount for annual plans.',
  "I'd appreciate it if you could leave feedback when you have a moment.",
  'Pressuring clients for five stars is against Upwork policy.',
  // Product talk, questions about the rules, honest reviews both ways, numbers that are not ratings.
  "The widget asks customers for a 5-star rating - and gives them a discount code.",
  "What would happen if I ask a friend to leave a good review, is that allowed?",
  "You want your users to trust the shop. Show them only 5 star reviews first.",
  "I worked on Fiverr for years and fully refund unhappy clients.",
  "I left you honest feedback, I hope you do the same.",
  "Call me at (555) 014-7731, feel free to ask anything.",
  // The writer's own record next to an offer: nothing asked for.
  "Rated 5 stars on Upwork - free consultation for new clients.",
  "With 120 five-star reviews, I offer a free first call.",
  // Stars received, not work held back.
  "If you don't get the stars you hoped for, remember it's just one review.",
  // A count of pages is not a five-star rating (the threat is feedback-extortion's).
  { text: "Do these five extra pages for free, otherwise say goodbye to your 100% JSS.", context: { role: 'client' } },
  // Work going on until feedback, thanks for stars next to a standing discount, a review count.
  "I'll keep polishing the design until you give feedback on the draft.",
  "Terima kasih untuk bintang 5! Diskon 10% untuk order berikutnya tetap berlaku.",
  // Relying on clients or on feedback about drafts.
  "Many freelancers rely on clients for repeat work.",
  "I rely on your feedback on the drafts to get the tone right.",
  // A page that shows reviews, thanks for stars in other languages.
  "The product page shows 5-star reviews and a 10% discount banner.",
  "Obrigado pelas 5 estrelas! Foi um prazer trabalhar com você.",
  "Kasih review jujur ya kalau sudah selesai, terima kasih.",
  // Any review invited ('good or bad'), a favour with no strings, product reviews in an app, a widget that loads 'the minute'.
  { text: 'The files are on the drive; feel free to leave a review whenever you like, good or bad.', context: { contract: 'active' } },
  'Our customers give 1 star when shipping is slow, so the app should prompt them for a refund before they review.',
  { text: "I'll do the extra pages as a favour, no strings attached. Leave honest feedback if you like.", context: { contract: 'active' } },
  'The minute the review widget loads, show the 5-star average.',
  // A review feature for a product's reviewers, "goods" for sale, the writer giving the stars.
  'Feature: reward the reviewer with points that can turn into a discount on some goods.',
  'Reward reviewers with loyalty points they can spend on goods in the shop.',
  'We sell baked goods and want a 5 star review widget with a discount coupon.',
  'Maine client ko 5 star de diya, bahut accha kaam tha.',
  'Main aapko 5 star dunga, kaam bahut accha tha.',
  // A dispute closed or a milestone funded, with no review traded for it.
  { text: 'Fund the milestone and you get the source files.', context: { role: 'client' } },
  { text: "Close the dispute and let's start fresh on a new milestone.", context: { role: 'client' } },
  // Batch 17: files held until "the review's up".
  { text: "Can you send the wav as soon as the mix is approved?", context: { contract: 'active' } },
  // Someone else's offer, told and turned down or reported; a past drop in the score; the writer's chance to fix; the reader's score described.
  'A client offered me a bonus if I gave him five stars first; I said no.',
  'Somebody asked me for a review swap, so I reported it to support.',
  'Un cliente me ofreció un descuento por cinco estrellas y lo rechacé.',
  'Jemand hat mir Rabatt gegen 5 Sterne angeboten, ich habe abgelehnt.',
  'My JSS dropped after a cancelled contract last spring.',
  'Tell me before you leave feedback so I get a chance to fix anything.',
  "I aim for work you'd gladly give five stars to.",
  // Feedback on a draft is the work going on; holding files, taught as a rule.
  "I'll revise the draft after you give feedback.",
  "We can't hold files until feedback is left; that's against Upwork's terms.",
  // Reviews swapped both ways, in any language; a swap refused, a survey's scale.
  "I don't do review swaps.",
  "Please rate each item from 1 to 5 in the survey.",
  // A review changed or removed for money or favours (CHANGE_REVIEW, REVIEW_PAYOFF); a change refused, a story, a product.
  "I'm not going to ask you to change your review, but I can fix the menu for free.",
  "I removed my rating after the refund came through.",
  "Refunding a customer removes their rating automatically.",
  // More words for a good review (nice, decent, strong); the writer's record and a free trial stay clean.
  "I have received strong feedback on my ability to deliver on time.",
  "I'll write the first article for free as a test and you pay only if you like it; a nice review later would mean the world.",
  // Work held and top scores bought, in Italian, Polish, Turkish, Ukrainian; honest asks stay clean.
  "Dammi pure un feedback sincero sul progetto.",
  "Daj znać, czy pliki są w porządku.",
  // Fake or token contracts for a review (FAKE_CONTRACT); a top score required in advance (TOP_REQUIRED); a paid test task, a quality standard, a refusal.
  "I'm happy to start with a small paid test task so you can judge my work.",
  "It has to be 5-star quality, the client is a luxury hotel.",
  "I can't do unpaid extra work in return for a better review.",
  // Dutch/Flemish, Romanian, Malay/Manglish and Korean look-alikes: a site's own details, talk kept on Upwork, a word quoted.
  "Ik heb een positieve review gekregen van de vorige klant.",
  "Recenziile de 5 stele din profil sunt de la clienți reali.",
  "별점 5개 받은 앱 디자인을 참고했어요.",
  // Chinese and Vietnamese look-alikes: apps and rails built as work, bench testing, a request refused or reported, star-rating features.
  '我们的商城需要一个五星评分组件，支持晒图',
  'Em làm thêm phần đánh giá 5 sao cho trang sản phẩm rồi nha anh.',
];

const invalid: InvalidCase[] = [
  // Round 24, next to those: the offer made after a refusal of something else, a condition after the refusal, the review bought by the piece.
  { text: "I won't give you the files, but I offer a discount for a 5-star rating.", findings: [{ match: '5-star rating', severity: 'violation' }] },
  { text: "I don't give anything for reviews unless it is five stars, then you get 20% off.", findings: [{ match: 'unless it is five stars', severity: 'violation' }] },
  { text: "We don't offer free revisions for reviews. Our fee is the same if you leave a review, and the next revision is free.", findings: [{ match: 'leave a review, and', severity: 'violation' }] },
  { text: 'I will pay $20 per review (5 stars only) on my gig.', findings: [{ match: '$20 per review', severity: 'violation' }] },
  { text: '$5 per review, $2 per like.', findings: [{ match: '$5 per review', severity: 'violation' }] },
  // Round 21b, next to those: the review asked for, or "deje" as a request, still trades.
  {
    text: 'Déjame tu calificación, cinco estrellas por favor.',
    context: { contract: 'active', role: 'client' },
    findings: [{ match: 'calificación, cinco', severity: 'violation' }],
  },
  {
    text: 'Deje su calificación, cinco estrellas, y le regalo el logo.',
    context: { contract: 'active' },
    findings: [{ match: 'calificación, cinco', severity: 'violation' }],
  },
  { text: 'I will send the final files after the review is written.', findings: [{ match: 'after the review', severity: 'violation' }] },
  { text: "I'll release the milestone after your 5-star review.", findings: [{ match: 'after your 5-star', severity: 'violation' }] },
  { text: "Let's give each other 5 stars, is the feedback private anyway?", findings: [{ match: 'give each other', severity: 'violation' }] },
  { text: 'Leave me 5 stars or you will face the consequences.', findings: [{ match: 'Leave me 5 stars', severity: 'violation' }] },
  // Next to them: a review left and something asked back; tactics refused, then offered in the next sentence.
  { text: 'I left you 5 stars, so please refund 10% now.', findings: [{ match: '5 stars', severity: 'violation' }] },
  { text: "I won't do anything that breaks the rules. Leave 5 stars and you get 10% off next time.", findings: [{ match: 'Leave 5 stars', severity: 'violation' }] },
  // Polish and Turkish (round 10): channels with case endings, asks, payment words, review holds, insults and threats, accounts lent.
  { text: "Pliki przekażę dopiero po wystawieniu opinii.", context: {contract: 'active'}, findings: [{ match: "Pliki przekażę dopiero po wystawieniu opinii", severity: 'violation' }] },
  { text: "Kodu ancak yorum bıraktıktan sonra gönderiyorum.", context: {contract: 'active'}, findings: [{ match: "Kodu ancak yorum", severity: 'violation' }] },
  { text: "It's great that you finished. Leave a 5 star review and I'll refund the fee.", findings: [{ match: "5 star review and I'll refund", severity: 'violation' }] },
  // Work held until a top score, in Malay and Russian (a few words between).
  { text: "Saya hantar dokumen akhir lepas puan bagi rating 5 bintang.", findings: [{ match: "dokumen akhir lepas puan bagi rating", severity: 'violation' }] },
  { text: "Код отправлю после того, как вы примете работу и поставите пять звёзд.", findings: [{ match: "Код отправлю после того, как вы примете работу и поставите", severity: 'violation' }] },
  // Reviews bought by the piece, or reviewers recruited for pay.
  { text: "Simple gig: we pay $8 for each five-star review you post on our listings.", findings: [{ match: "$8 for each five-star review", severity: 'violation' }] },
  { text: "招刷好评，每条好评返5元，日结", findings: [{ match: "招刷", severity: 'violation' }] },
  { text: "Cần tuyển CTV viết đánh giá, 15k/đánh giá, làm online", findings: [{ match: "tuyển CTV viết đánh giá", severity: 'violation' }] },
  { text: "Pago 3 dólares por cada reseña de cinco estrellas.", findings: [{ match: "3 dólares por cada reseña", severity: 'violation' }] },
  { text: 'Anything less than 5 stars and I will dispute the invoice.', findings: [{ match: 'Anything less than 5', severity: 'violation' }] },
  { text: 'Please give 5 stars, they always do and so should you.', findings: [{ match: 'give 5 stars', severity: 'violation' }] },
  // Spanish: emoji stars bought, a review swap.
  { text: "Ponme 5⭐ y te hago un descuentito.", findings: [{ match: "5⭐ y te hago un descuentito", severity: 'violation' }] },
  { text: "Yo te dejo buena reseña y tú me la dejas a mí.", findings: [{ match: "y tú me la dejas", severity: 'violation' }] },
  // Fake or token contracts for a review (FAKE_CONTRACT); a top score required in advance (TOP_REQUIRED); a paid test task, a quality standard, a refusal.
  { text: "Open a $2 fixed-price job for me, close it with 5 stars, then we start the real contract.", findings: [{ match: "$2 fixed-price job", severity: 'violation' }] },
  { text: "Could you hire me for a fake job? I'll cover the cost, I just need the feedback.", findings: [{ match: "fake job", severity: 'violation' }, { match: "I'll cover the cost", severity: 'violation' }] },
  { text: "My rate is low, and in return for that the client agrees upfront to a five-star rating.", findings: [{ match: "in return for that the client agrees upfront to a five-star", severity: 'violation' }] },
  { text: "Leave feedback whenever you like; it needs to be five stars though.", findings: [{ match: "it needs to be five stars", severity: 'violation' }] },
  // Work held and top scores bought, in Italian, Polish, Turkish, Ukrainian; honest asks stay clean.
  { text: "Il codice te lo mando appena lasci le 5 stelle.", findings: [{ match: "codice te lo mando appena lasci", severity: 'violation' }] },
  { text: "Pliki wyślę, jak tylko dasz 5 gwiazdek.", findings: [{ match: "Pliki wyślę, jak tylko dasz", severity: 'violation' }] },
  { text: "Daj mi 5 gwiazdek, oddam ci 10 zł.", findings: [{ match: "5 gwiazdek, oddam", severity: 'violation' }] },
  { text: "Mettimi 5 stelle e ti faccio lo sconto.", findings: [{ match: "5 stelle e ti faccio lo sconto", severity: 'violation' }] },
  { text: "Kaynak dosyalarını 5 yıldız verirseniz gönderiyorum.", findings: [{ match: "dosyalarını 5 yıldız verirseniz", severity: 'violation' }] },
  { text: "Поставте мені 5 зірочок, а я зроблю знижку.", findings: [{ match: "5 зірочок, а я зроблю знижку", severity: 'violation' }] },
  // More words for a good review (nice, decent, strong); the writer's record and a free trial stay clean.
  { text: "Give me a nice review and I'll fix the footer for free next week.", findings: [{ match: "nice review and I'll fix the footer for free", severity: 'violation' }] },
  // Polish, read through the classes' German list.
  { text: "Zmień ocenę na 5, oddam ci pieniądze.", findings: [{ match: "Zmień ocenę", severity: 'violation' }] },
  // A review changed or removed for money or favours (CHANGE_REVIEW, REVIEW_PAYOFF); a change refused, a story, a product.
  { text: "Could you edit your review to remove the part about the delay? I'll refund you $40.", findings: [{ match: "edit your review", severity: 'violation' }] },
  { text: "Bump the 3 to a 5 and your next logo is on the house.", findings: [{ match: "Bump the 3 to a 5", severity: 'violation' }] },
  { text: "Remove that one-star rating and I'll pay you $50.", findings: [{ match: "Remove that one-star rating", severity: 'violation' }] },
  { text: "Удалите отзыв, пожалуйста, я верну деньги.", findings: [{ match: "Удалите отзыв", severity: 'violation' }] },
  // Reviews swapped both ways, in any language; a swap refused, a survey's scale.
  { text: "Want to trade 5-star reviews? I hire you, you hire me.", findings: [{ match: "trade 5-star reviews", severity: 'violation' }] },
  { text: "Let's rate each other five stars after these small jobs.", findings: [{ match: "rate each other", severity: 'violation' }] },
  { text: "Вы мне 5 звезд, а я вам тоже, договорились?", findings: [{ match: "Вы мне 5 звезд, а я вам", severity: 'violation' }] },
  { text: "Tukar review yuk, sama-sama bintang 5.", findings: [{ match: "Tukar review", severity: 'violation' }] },
  { text: "Du bewertest mich mit 5, ich dich auch.", findings: [{ match: "bewertest mich mit 5, ich dich", severity: 'violation' }] },
  // Work held until the review is in: a password, a key, high-res exports, in German and French too.
  { text: "The zip password follows as soon as your feedback is posted.", findings: [{ match: "zip password follows as soon as your feedback is posted", severity: 'violation' }] },
  { text: "You'll get the license key once the review is submitted.", findings: [{ match: "license key once the review is submitted", severity: 'violation' }] },
  { text: "The high-res exports stay with me until the client review is in.", findings: [{ match: "high-res exports stay with me until the client review is in", severity: 'violation' }] },
  { text: "Ich schicke die Dateien, sobald du mir 5 Sterne gegeben hast.", findings: [{ match: "Dateien, sobald du mir 5 Sterne", severity: 'violation' }] },
  { text: "Je t'envoie le code dès que tu as mis l'avis.", findings: [{ match: "code dès que tu as mis", severity: 'violation' }] },
  { text: "Hit me with the five star and the stems are yours.", findings: [{ match: "five star and the stems are yours", severity: 'violation' }] },
  { text: "I'll send the source files after you leave 5 stars.", findings: [{ match: 'after you leave 5 stars', severity: 'violation', exception: false }] },
  { text: 'The final files unlock once your 5-star feedback is in.', findings: [{ match: 'once your 5-star', severity: 'violation' }] },
  { text: "Please leave a 5-star review and I'll give you 20% off your next project.", findings: [{ match: 'leave a 5-star', severity: 'violation' }] },
  { text: "I'll refund you $30 if you give me a good review.", findings: [{ match: 'give me a good review', severity: 'violation' }] },
  { text: "I'll give you a 5 star review if you give me one", findings: [{ match: 'give you a 5 star review if you give me one', severity: 'violation' }] },
  { text: 'Give me 5 stars please.', findings: [{ match: 'Give me 5 stars', severity: 'violation' }] },
  { text: 'Anything less than 5 stars will hurt me.', findings: [{ match: 'Anything less than 5 stars will hurt', severity: 'violation' }] },
  { text: "Please don't leave a bad review.", findings: [{ match: "Please don't leave a bad review", severity: 'violation' }] },
  { text: "My JSS will drop if you don't leave feedback", findings: [{ match: 'My JSS will drop', severity: 'violation' }] },
  { text: 'leave 5 stars', findings: [{ match: 'leave 5 stars', severity: 'violation' }] },
  // Emoji stars, number words, full-width digits, look-alike letters.
  { text: '5⭐ review = 30% discount', findings: [{ match: '5⭐ review', severity: 'violation' }] },
  { text: 'Please leave five ★ feedback', findings: [{ match: 'leave five ★ feedback', severity: 'violation' }] },
  { text: 'Leave five stars pls', findings: [{ match: 'Leave five stars', severity: 'violation' }] },
  { text: 'Please leave ５ stars.', findings: [{ match: 'leave ５ stars', severity: 'violation' }] },
  { text: 'Pl\u0435ase l\u0435ave 5 st\u0430rs.', findings: [{ match: 'l\u0435ave 5 st\u0430rs', severity: 'violation' }] },
  { text: 'Please leave 5 st\u200Bars.', findings: [{ match: 'leave 5 st\u200Bars', severity: 'violation' }] },
  // Astral characters before the match.
  { text: '🙏🙏 Please leave 5 stars.', findings: [{ match: 'leave 5 stars', severity: 'violation' }] },
  // Several in one text.
  {
    text: "Please leave 5 stars. I'll send the files after you leave feedback.",
    findings: [
      { match: 'leave 5 stars', severity: 'violation' },
      { match: 'after you leave feedback', severity: 'violation' },
    ],
  },
  {
    text: 'Give me 5 stars please, otherwise my JSS will drop',
    findings: [
      { match: 'Give me 5 stars', severity: 'violation' },
      { match: 'my JSS will drop', severity: 'violation' },
    ],
  },
  // No context makes feedback pressure acceptable.
  { text: 'Please leave 5 stars.', context: { client: 'enterprise' }, findings: [{ match: 'leave 5 stars', severity: 'violation', exception: false }] },
  { text: 'Please leave 5 stars.', context: { contract: 'active' }, findings: [{ match: 'leave 5 stars', severity: 'violation', exception: false }] },  // A review changed for money, a swap, dictated wording, any review paid for, in other languages.
  { text: "I'll refund your last payment if you edit it to five stars.", findings: [{ match: "refund your last payment if you edit it to five stars", severity: 'violation' }] },
  { text: "I'd send you $30 back if you update the rating to 5.", findings: [{ match: "5", severity: 'violation' }] },
  { text: "I left you 5 stars already, hope you return the favour.", findings: [{ match: "return the favour", severity: 'violation' }] },
  { text: "Please mention in your feedback that I finished ahead of schedule.", findings: [{ match: "mention in your feedback that", severity: 'violation' }] },
  { text: "I can send you the wording to paste into the review.", findings: [{ match: "send you the wording to paste", severity: 'violation' }] },
  { text: "Before you post your review, send me what you are going to write.", findings: [{ match: "send me what you are going to write", severity: 'violation' }] },
  { text: "A little bonus is yours if the review is positive.", findings: [{ match: "if the review is positive", severity: 'violation' }] },
  { text: "Everyone who leaves a review this week gets a free revision.", findings: [{ match: "who leaves a review this week gets", severity: 'violation' }] },
  { text: "Open a $5 contract just to leave me a 5-star review and I'll pay you back.", findings: [{ match: "5-star review and I'll pay you back", severity: 'violation' }] },
  { text: "Si me dejas cinco estrellitas te hago un descuento.", findings: [{ match: "cinco estrellitas te hago un descuento", severity: 'violation' }] },
  { text: "Si vous me laissez 5 étoiles, le prochain logo est à moitié prix.", findings: [{ match: "5 étoiles, le prochain logo est à moitié prix", severity: 'violation' }] },
  { text: "Die Dateien schicke ich erst, sobald deine Bewertung da ist.", findings: [{ match: "Dateien schicke ich erst, sobald deine Bewertung", severity: 'violation' }] },
  { text: "Geben Sie mir fünf Sterne, sonst liefere ich den Code nicht.", findings: [{ match: "fünf Sterne, sonst liefere", severity: 'violation' }] },
  { text: "Оставь пять звёзд, а я тебе сделаю логотип бесплатно.", findings: [{ match: "пять звёзд, а я тебе сделаю логотип бесплатно", severity: 'violation' }] },
  { text: "Hindi ko ibibigay ang files hangga't wala pang review.", findings: [{ match: "files hangga't wala pang review", severity: 'violation' }] },
  { text: "Final files tab hi bhejunga jab aap review likh doge.", findings: [{ match: "Final files tab hi bhejunga jab aap review likh doge", severity: 'violation' }] },
  { text: "خصم 20٪ على المشروع القادم بشرط تقييم ٥ نجوم", findings: [{ match: "خصم 20٪ على المشروع القادم بشرط تقييم ٥ نجوم", severity: 'violation' }] },
  { text: "Beş yıldız verirsem bir sonraki işte indirim olur mu?", findings: [{ match: "Beş yıldız verirsem bir sonraki işte indirim", severity: 'violation' }] },
  // An order instead of a condition: the reward still buys the review.
  { text: "Поставьте пять звёзд — скидка на следующий заказ.", findings: [{ match: "пять звёзд — скидка", severity: 'violation' }] },
  { text: "Déjame 5 estrellas y te hago un descuento en el próximo logo.", findings: [{ match: "5 estrellas y te hago un descuento", severity: 'violation' }] },
  { text: "Leave me 5 stars and get a free revision.", findings: [{ match: "Leave me 5 stars", severity: 'violation' }] },
  // Money to change or delete a review, dictated wording, any review rewarded, work held until rated.
  { text: "I'll bump my rating to 5 if you take $50 off.", findings: [{ match: "5", severity: 'violation' }] },
  { text: "I'll pay you $20 to delete that 2-star review.", findings: [{ match: "pay you $20 to delete", severity: 'violation' }] },
  { text: "Could you edit your feedback to five stars? I'll send you a gift card.", findings: [{ match: "edit your feedback", severity: 'violation' }, { match: "gift", severity: 'violation' }] },
  { text: "Write that I was 'professional and fast' in the review, word for word please.", findings: [{ match: "Write that I was 'professional and fast' in the review", severity: 'violation' }, { match: "word for word", severity: 'violation' }] },
  { text: "Leave a review today and your next revision is on the house.", findings: [{ match: "Leave a review today and", severity: 'violation' }] },
  { text: "I'll only send the final export once you've rated me.", findings: [{ match: "final export once you've rated me", severity: 'violation' }] },
  { text: "No source code until the five-star review is posted.", findings: [{ match: "source code until the five-star review is posted", severity: 'violation' }] },
  { text: "Поставь пять звёзд, и я верну тебе 20 долларов.", findings: [{ match: "пять звёзд, и я верну", severity: 'violation' }] },
  { text: "Wenn du mir fünf Sterne gibst, bekommst du 10% Rabatt.", findings: [{ match: "fünf Sterne gibst, bekommst du 10% Rabatt", severity: 'violation' }] },
  // Holding the files, said with 'keeping'.
  { text: "I'm keeping the files until you leave the review.", findings: [{ match: "until you leave the review", severity: 'violation' }] },
  // The writer's living made to depend on a good review.
  { text: "I depend on your positive feedback to keep my JSS above 90.", findings: [{ match: "I depend on your positive feedback", severity: 'violation' }] },
  { text: "Honestly my whole income relies on clients like you leaving 5-star reviews.", findings: [{ match: "relies on clients like you leaving 5-star reviews", severity: 'violation' }] },
  // Work released 'the second the review is posted' (en, es, pt), extra work 'as a favour' for five stars, five stars as 'the price'.
  { text: "The source files are ready; you'll get the source files the second your review is posted.", context: { contract: 'active' }, findings: [{ match: 'the second your review', severity: 'violation' }] },
  { text: 'Te paso los archivos apenas me dejes las 5 estrellas.', context: { contract: 'active' }, findings: [{ match: 'archivos apenas me dejes', severity: 'violation' }] },
  { text: 'Mando os arquivos assim que você deixar a avaliação.', context: { contract: 'active' }, findings: [{ match: 'arquivos assim que você deixar', severity: 'violation' }] },
  { text: "Write the extra 10 blog posts as a favor and I'll leave you a 5-star review.", context: { contract: 'active', role: 'client' }, findings: [{ match: "extra 10 blog posts as a favor and I'll leave you a 5-star", severity: 'violation' }] },
  { text: "Five stars, that's my price for the free revisions.", context: { contract: 'active' }, findings: [{ match: "Five stars, that's my price", severity: 'violation' }] },
  // A top score ordered where the verb can only be an order (Hindi, Russian).
  { text: 'Sir please 5 star de dijiye, warna mera account down ho jayega.', findings: [{ match: '5 star de dijiye', severity: 'violation' }] },
  { text: 'Bhai 5 star dedo please, bahut zaroori hai.', findings: [{ match: '5 star dedo', severity: 'violation' }] },
  { text: 'Поставьте, пожалуйста, 5 звёзд.', findings: [{ match: 'Поставьте, пожалуйста, 5 звёзд', severity: 'violation' }] },
  // A good review offered for dropping a dispute or a refund request.
  { text: 'Close the dispute and you get five stars from me.', context: { role: 'client' }, findings: [{ match: 'Close the dispute and you get five stars', severity: 'violation' }] },
  {
    text: "Cancel the refund request and you'll get a 5-star review.",
    context: { role: 'client' },
    findings: [{ match: "Cancel the refund request and you'll get a 5-star", severity: 'violation' }],
  },
  // Batch 17: files held until "the review's up".
  { text: "the stems are ready, i'll upload them once your review's posted", context: { contract: 'active' }, findings: [{ match: "once your review", severity: 'violation' }] },
  { text: "I'll send the final PDF the moment your rating's in.", context: { contract: 'active' }, findings: [{ match: "the moment your rating", severity: 'violation' }] },
  // Dutch/Flemish, Romanian, Malay/Manglish and Korean (written for the lexicon families, not taken from a batch).
  { text: "Geef me vijf sterren, dan krijg je korting op de volgende klus.", findings: [{ match: "vijf sterren, dan krijg je korting", severity: 'violation' }] },
  { text: "Lasă-mi o recenzie de 5 stele și îți fac gratis traducerea următoare.", findings: [{ match: "recenzie de 5 stele și îți fac gratis", severity: 'violation' }] },
  { text: "Bagi rating 5 bintang, saya kasi diskaun next project.", findings: [{ match: "rating 5 bintang, saya kasi diskaun", severity: 'violation' }] },
  { text: "좋은 리뷰 남겨주시면 다음 작업은 무료로 해드릴게요.", findings: [{ match: "좋은 리뷰 남겨주시면 다음 작업은 무료", severity: 'violation' }] },
  // Chinese (no spaces: phrases read inside runs of characters) and Vietnamese (with or without diacritics).
  { text: '您先给个五星好评，我再把最终版文件发您', findings: [{ match: '先给个五星好评，我再把最终版', severity: 'violation' }] },
  { text: '给我打个五星好评，下次我给您打八折', findings: [{ match: '五星好评，下次我给您打八折', severity: 'violation' }] },
  { text: 'anh để lại đánh giá 5 sao giúp em, em giảm 10% cho dự án sau', findings: [{ match: '5 sao giúp em, em giảm 10%', severity: 'violation' }] },
  { text: 'Source code em sẽ gửi sau khi anh đánh giá 5 sao nha', findings: [{ match: 'Source code em sẽ gửi sau khi anh đánh giá 5 sao', severity: 'violation' }] },
];

/** Cases the detector gets wrong today. Not run: move each back to `valid`/`invalid` once fixed. */
/** Batch 18: review swaps, work after the review is online, top scores ordered, in Romance, German, Slavic, Hindi and Indonesian. */
invalid.push(
  { text: 'Você me dá 5 estrelas e eu te dou 5 também, combinado?', context: { contract: 'active' }, findings: [{ match: '5 estrelas e eu te dou 5', severity: 'violation' }] },
  { text: 'Tú me das 5 estrellas y yo te doy 5 como cliente, todos ganamos.', context: { contract: 'active' }, findings: [{ match: '5 estrellas', severity: 'violation' }] },
  { text: 'Je vous livre les fichiers une fois que la note 5 étoiles est publiée.', context: { contract: 'active' }, findings: [{ match: 'fichiers une fois que la note', severity: 'violation' }] },
  { text: 'Te paso los archivos en cuanto la reseña de 5 estrellas esté publicada.', context: { contract: 'active' }, findings: [{ match: 'archivos en cuanto la reseña', severity: 'violation' }] },
  { text: 'Bitte geben Sie nur 5 Sterne, alles darunter schadet meinem Profil sehr.', context: { contract: 'active' }, findings: [{ match: 'alles darunter schadet', severity: 'violation' }] },
  { text: 'Cualquier cosa menos de 5 estrellas me hunde el perfil.', context: { contract: 'active' }, findings: [{ match: 'Cualquier cosa menos de 5', severity: 'violation' }] },
  { text: 'Kakak tinggal kasih bintang 5 aja, ulasannya saya yang tulis.', context: { contract: 'active' }, findings: [{ match: 'tinggal kasih bintang 5', severity: 'violation' }] },
  { text: 'sir 5 star hi dena please, warna mera jss gir jayega', context: { contract: 'active' }, findings: [{ match: '5 star hi dena', severity: 'violation' }] },
  { text: 'Ви поставили 4 зірки. Будь ласка, змініть на 5, мені це дуже важливо.', context: { contract: 'active' }, findings: [{ match: 'змініть на 5', severity: 'violation' }] },
  { text: 'Вы поставили 4 звезды. Пожалуйста, исправьте на пятёрку.', context: { contract: 'active' }, findings: [{ match: 'исправьте на пятёрку', severity: 'violation' }] },
);
valid.push(
  { text: 'Danke für die 5 Sterne, ich habe sie gern vergeben.', context: { contract: 'active' } },
  { text: 'Je vous ai laissé une note de 5 étoiles, merci pour tout !', context: { contract: 'active' } },
  { text: 'Змініть на 5 шрифт у заголовку, будь ласка.', context: { contract: 'active' } },
  { text: 'O cliente me deu 5 estrelas e eu dei 5 para ele também.', context: { contract: 'active' } },
);

/** Batches 19-20: a top score wanted ("I need 5 star", "all 10s"), then a lower one held over the work, in five languages. */
invalid.push(
  {
    text: "Five stars when we close, ok? If you rate me lower I won't send the source files.",
    context: { contract: 'active' },
    findings: [{ match: 'If you rate me lower', severity: 'violation' }],
  },
  { text: 'We want five stars on this contract, nothing else.', context: { contract: 'active' }, findings: [{ match: 'We want five stars', severity: 'violation' }] },
  {
    text: 'Give me all 5s on the private feedback, anything less and my account gets banned.',
    context: { contract: 'active' },
    findings: [{ match: 'Give me all 5s on the private feedback', severity: 'violation' }, { match: 'my account gets banned', severity: 'violation' }],
  },
  { text: 'Quiero 5 estrellas al cerrar. Si me das menos, no te entrego el código fuente.', context: { contract: 'active' }, findings: [{ match: 'Si me das menos', severity: 'violation' }] },
  { text: 'Quero 5 estrelas no fechamento. Se você me der menos, não envio os arquivos.', context: { contract: 'active' }, findings: [{ match: 'Se você me der menos', severity: 'violation' }] },
  { text: 'Ich will 5 Sterne beim Abschluss. Wenn du mir weniger gibst, schicke ich den Quellcode nicht.', context: { contract: 'active' }, findings: [{ match: 'Wenn du mir weniger gibst', severity: 'violation' }] },
  { text: 'Мне нужны 5 звезд при закрытии. Если поставите меньше, исходники не отправлю.', context: { contract: 'active' }, findings: [{ match: 'Если поставите меньше', severity: 'violation' }] },
);
valid.push(
  // Five-star hotels wanted, a lower score met with a question, the files handed over either way.
  'We need 5-star hotels in Bali scraped into a sheet.',
  'I want 5 star hotels only, budget is not a problem.',
  { text: "I'd love a 5-star review if you were happy. If you give less, please tell me what to fix.", context: { contract: 'active' } },
  { text: 'Quiero 5 estrellas al cerrar. Si me das menos, dime qué mejorar, el código ya es tuyo.', context: { contract: 'active' } },
  { text: 'I need honest feedback when we close, good or bad.', context: { contract: 'active' } },
);

/**
 * Batches 19-20: money offered for no review at all, a fake hire whose money goes back "because I need reviews", ratings swapped
 * ("I'll star yours, star mine") and a star as the price of accepting the work.
 */
invalid.push(
  { text: "Please close the job without a review and I'll send $30 back to you.", context: { contract: 'active' }, findings: [{ match: 'close the job without a review', severity: 'violation' }] },
  { text: "Skip the public feedback and I'll give you 20% off the next project.", context: { contract: 'active' }, findings: [{ match: 'Skip the public feedback', severity: 'violation' }] },
  { text: 'Cierra el contrato sin dejar ninguna reseña y te devuelvo 30 dólares.', context: { contract: 'active' }, findings: [{ match: 'sin dejar ninguna reseña', severity: 'violation' }] },
  { text: 'Feche o contrato sem deixar avaliação e eu te devolvo 20%.', context: { contract: 'active' }, findings: [{ match: 'sem deixar avaliação', severity: 'violation' }] },
  { text: "Hire me for a fake $5 order and I'll refund it right away, I need feedback on my profile.", findings: [{ match: 'need feedback on my profile', severity: 'violation' }] },
  { text: 'Contrátame para un trabajo pequeño y te devuelvo el dinero, solo necesito reseñas.', findings: [{ match: 'necesito reseñas', severity: 'violation' }] },
  { text: 'I starred your repo, please star mine too.', findings: [{ match: 'please star mine', severity: 'violation' }] },
  { text: "Review for review? I'll leave you 5 stars.", findings: [{ match: 'Review for review', severity: 'violation' }] },
  { text: "I'll merge your PR once you star the repo.", findings: [{ match: 'merge your PR once you star the repo', severity: 'violation' }] },
);
valid.push(
  // Feedback left optional with no offer, a refund already made, a refund only if the work disappoints, code reviews swapped.
  { text: 'You can close the contract without leaving feedback if you prefer, no problem at all.', context: { contract: 'active' } },
  { text: 'The refund is processed. You can end the contract without leaving feedback; thanks for being fair.', context: { contract: 'active' } },
  "I'm new here and need reviews, so hire me for a small job first; if you're not happy I'll refund the money.",
  'I reviewed your PR, could you review mine?',
  "I'm new and need reviews, so hire me now and get 20% off my usual rate.",
  { text: "To save budget we can skip the review round and I'll give you 10% off.", context: { contract: 'active' } },
  'If you like the library, please star the repo on GitHub.',
  'Star the repo so more people find it, thanks!',
  { text: 'Please review the project so that I can release the payment.', context: { contract: 'active', role: 'client' } },
);
/**
 * Batches 19-20 (precision): a free sample offered to judge the work, with a review only hoped for after a hire; a buyer's guide to
 * rating items bought from sellers. A review made the condition of the free piece, or asked of the reader, stays flagged.
 */
valid.push(
  "I'll do a short sample for free so you can judge my style, and if you hire me later a good review would help a lot.",
  'Free trial article first; if we work together afterwards, a nice review would mean a lot.',
  'If the product matches the photos, rate the item five stars; you often get small gifts from sellers too.',
);
invalid.push(
  { text: "I'll do the test for free if you give me a nice review.", findings: [{ match: 'give me a nice review', severity: 'violation' }] },
  { text: 'For a nice review, the trial article is free of charge.', findings: [{ match: 'nice review', severity: 'violation' }] },
  { text: 'Leave a 5-star review and the sample is free.', findings: [{ match: 'Leave a 5-star', severity: 'violation' }] },
  { text: 'You got the files from me, so leave five stars.', findings: [{ match: 'leave five stars', severity: 'violation' }] },
);

// Training batches 30-35: begging for no less than five, work held until the review is posted or left first.
invalid.push(
  { text: 'bro pls dont give 4 stars, even a 4 kills my score.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'dont give 4 stars', severity: 'violation' }] },
  { text: 'Please don\'t leave me a 3-star, I beg you.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'don\'t leave me a 3-star', severity: 'violation' }] },
  { text: 'Kindly don\'t spoil my profile with less than 5 star.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'don\'t spoil my profile', severity: 'violation' }] },
  { text: 'Please don\'t ruin my JSS, I did my best.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'don\'t ruin my JSS', severity: 'violation' }] },
  { text: 'I can\'t hand over the admin panel until your review is posted, sorry sir.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'admin panel until your review is posted', severity: 'violation' }] },
  { text: 'The repository will be transferred to your GitHub account as soon as you close the contract and leave the feedback.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'repository will be transferred to your GitHub account as soon as you close the contract and leave', severity: 'violation' }] },
  { text: 'Leave the review first, then I\'ll fix the last bug.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Leave the review first, then I\'ll fix the last bug', severity: 'violation' }] },
  { text: 'Give me five stars first, then you get the final screens.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Give me five stars', severity: 'violation' }] },
);
valid.push(
  { text: 'Don\'t give up, the app is almost done.', context: { contract: 'active', role: 'client' } },
  { text: 'Please don\'t ruin the layout when you add the banner.', context: { contract: 'active', role: 'client' } },
  { text: 'Send me your notes on the layout, then I will fix the remaining screens.', context: { contract: 'active', role: 'client' } },
);

// Training batches 31-32 in other languages: work sent once the review is seen, a good mark for a discount, review swaps.
invalid.push(
  { text: 'Je vous l\'envoie dès que vous aurez clôturé le contrat et laissé votre évaluation. Dès que je vois l\'avis sur mon profil, vous recevez le dossier complet.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Dès que je vois l\'avis sur mon profil, vous recevez le dossier complet', severity: 'violation' }] },
  { text: 'une bonne note contre 15% de remise sur ta prochaine commande, deal?', context: { contract: 'active', role: 'client' }, findings: [{ match: 'bonne note contre 15% de remise', severity: 'violation' }] },
  { text: 'Je t\'embauche sur une mini-mission bidon à 5 $, tu me mets 5 étoiles, et ensuite tu fais pareil pour moi.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'mini-mission bidon', severity: 'violation' }] },
  { text: 'قيمني خمس نجوم وأعطيك كل التعديلات الجاية مجانا', context: { contract: 'active', role: 'client' }, findings: [{ match: 'خمس نجوم وأعطيك كل التعديلات الجاية مجانا', severity: 'violation' }] },
  { text: 'khalina ne3mel swap: ad2ilak 5 stars, w enta te3melli nafs el shi', context: { contract: 'active', role: 'client' }, findings: [{ match: 'enta te3melli nafs el shi', severity: 'violation' }] },
  { text: 'Давай обміняємось: я тобі 5 зірок як клієнт, ти мені як фрилансер.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'я тобі 5 зірок', severity: 'violation' }] },
  { text: 'Давай обміняємося відгуками по 5 зірок.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Давай обміняємося відгуками', severity: 'violation' }] },
  { text: '5 star pehle, files baad mein.', context: { contract: 'active', role: 'client' }, findings: [{ match: '5 star pehle, files', severity: 'violation' }] },
  { text: 'Hola Sofía, cierra el contrato y déjame las 5 estrellas, y en cuanto lo vea publicado te envío el paquete completo.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'en cuanto lo vea publicado te envío el paquete completo', severity: 'violation' }] },
  { text: 'Den Quellcode übergebe ich Ihnen, sobald Sie den Vertrag geschlossen und mir eine 5-Sterne-Bewertung hinterlassen haben.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Quellcode übergebe ich Ihnen, sobald Sie den Vertrag geschlossen und mir eine 5-Sterne-Bewertung', severity: 'violation' }] },
  { text: 'исходники PSD пришлю сразу, как только увижу ваш отзыв на пять звезд.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'исходники PSD пришлю сразу, как только увижу ваш отзыв', severity: 'violation' }] },
);
valid.push(
  { text: 'Le dossier complet est prêt, j\'attends votre avis sur les couleurs.', context: { contract: 'active', role: 'client' } },
  { text: 'Давай обміняємось контактами розробників у чаті Upwork.', context: { contract: 'active', role: 'client' } },
  { text: 'Files pehle bhej do, review baad mein dekh lenge.', context: { contract: 'active', role: 'client' } },
);

// Review swaps turned down in a few words ("no, gracias", "nem pensar", "bin ich raus", "I'd rather not").
invalid.push(
  { text: 'Let\'s swap reviews: I leave you 5 stars and you leave me 5 stars.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'leave me 5 stars', severity: 'violation' }] },
  { text: 'Intercambiemos reseñas de 5 estrellas, tú me calificas y yo te califico.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Intercambiemos reseñas', severity: 'violation' }] },
);
valid.push(
  { text: 'me propusieron intercambiar reseñas de 5 estrellas entre freelancers. no, gracias, prefiero que mis reseñas sean de clientes reales', context: { contract: 'active', role: 'client' } },
  { text: 'tem gente no grupo de freelas vendendo avaliação 5 estrelas por 10 dólares. que vergonha, nem pensar', context: { contract: 'active', role: 'client' } },
  { text: 'no grazie, niente scambio di recensioni, preferisco guadagnarmele con i clienti veri', context: { contract: 'active', role: 'client' } },
  { text: 'Danke für die Nachricht, aber beim Bewertungstausch bin ich raus.', context: { contract: 'active', role: 'client' } },
  { text: 'I appreciate the offer, but I can\'t do extra work for free in return for 5 stars. I\'ll send a separate quote.', context: { contract: 'active', role: 'client' } },
  { text: 'About your idea of leaving reviews for each other on our profiles: I\'d rather not.', context: { contract: 'active', role: 'client' } },
);

// Work held over a lower score, the review dictated, a review changed for a reopened contract, reviews from colleagues' small hires.
invalid.push(
  { text: 'If you give me less than 5 stars I won\'t be able to help with any future bugs, just so you know.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'If you give me less than 5 stars I won\'t be able to help', severity: 'violation' }] },
  { text: 'If you leave less than five stars, I will not send the source files.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'If you leave less than five stars, I will not send', severity: 'violation' }] },
  { text: 'If you plan to give me less than 5 stars, I can\'t finish the last pages.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'If you plan to give me less than 5 stars, I can\'t finish', severity: 'violation' }] },
  { text: 'Write this in the feedback pls: "Excellent communication, top quality".', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Write this in the feedback', severity: 'violation' }] },
  { text: 'Please don\'t submit feedback until I tell you what to write.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'until I tell you what to write', severity: 'violation' }] },
  { text: 'Write the following in your review: fast and friendly.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Write the following in your review', severity: 'violation' }] },
  { text: 'I\'ll reopen the contract and fix it only if you update your review to 5 stars.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'update your review', severity: 'violation' }] },
  { text: 'Change your review to 5 stars and I\'ll reopen the contract for the fixes.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'Change your review', severity: 'violation' }] },
  { text: 'Could you ask your colleagues to hire me for something small and leave reviews on my profile? I\'ll give each of them a free logo in return.', context: { contract: 'active', role: 'client' }, findings: [{ match: 'hire me for something small', severity: 'violation' }] },
);
valid.push(
  { text: 'If you give me less than 5 stars, please tell me what I could do better.', context: { contract: 'active', role: 'client' } },
  { text: 'Write this in the README: how to run the tests.', context: { contract: 'active', role: 'client' } },
  { text: 'I\'ll send the draft and tell you what to write in the about section.', context: { contract: 'active', role: 'client' } },
  { text: 'I\'ll reopen the contract next month for the Android version.', context: { contract: 'active', role: 'client' } },
  { text: 'Could you ask your colleagues to hire me for the next project? Happy to quote a fair price.', context: { contract: 'active', role: 'client' } },
);

/** Batches 38-41 (precision): a record of past jobs told ("2 completed jobs, both 5 stars"), not two people swapping ratings. */
valid.push(
  "I'm new to Upwork (2 completed jobs, both 5 stars), but I've drawn professionally for years.",
  'Two finished projects, both five stars, and one still in review.',
);
invalid.push({ text: 'You hire me for a small job, I hire you, both 5 stars.', findings: [{ match: 'You hire me for a small job, I hire you', severity: 'violation' }] });

// The files held until the stars, with "as soon as", "when" or "if" in regional words (round 6, batch 41's family).
valid.push(
  'Cuando tengas tiempo te mando los archivos. Las 5 estrellas del año pasado me ayudaron mucho, gracias.',
  'Sobald die Übersetzung fertig ist, lade ich sie hoch. Bewertungen sind mir nicht so wichtig.',
  "Quand le site sera en ligne, je t'envoie les accès admin.",
  'Beş yıldızlı otel sitesinin dosyalarını gönderiyorum, yarın bakarsınız.',
  'Os ficheiros finais seguem amanhã; a avaliação fica ao seu critério.',
);
invalid.push(
  { text: 'Te paso los archivos finales apenas me pongas las 5 estrellas.', findings: [{ match: 'archivos finales apenas me pongas', severity: 'violation' }] },
  { text: 'Só envio os ficheiros finais depois de me deixar a avaliação.', findings: [{ match: 'ficheiros finais depois de me deixar a avaliação', severity: 'violation' }] },
  { text: "Je t'envoie le code quand t'auras mis ton 5 étoiles.", findings: [{ match: "code quand t'auras mis", severity: 'violation' }] },
  { text: 'Ich lade die Dateien hoch, sobald Sie mir 5 Sterne geben.', findings: [{ match: 'Dateien hoch, sobald Sie mir 5 Sterne', severity: 'violation' }] },
  { text: 'Beş yıldızı verdiğin an dosyaları yollarım.', findings: [{ match: 'Beş yıldızı verdiğin an dosyaları yollarım', severity: 'violation' }] },
  { text: 'ma nsiftlik walo hta t3tini 5 njoum', findings: [{ match: 'nsiftlik walo hta t3tini 5 njoum', severity: 'violation' }] },
  { text: "Передам вихідники, як тільки поставите п'ять зірок.", findings: [{ match: "Передам вихідники, як тільки поставите п'ять зірок", severity: 'violation' }] },
  { text: 'I-send nako ang files kung ma-rate-an na ko nimo og 5 stars.', findings: [{ match: 'files kung ma-rate-an', severity: 'violation' }] },
);

// The next job started or the files released only after a top score (round 6, batches 38-40).
valid.push(
  'Fange ich morgen an? Die fünf Sterne vom letzten Mal haben mich sehr gefreut.',
  "Thanks for the lovely review, I'll start on the new batch tomorrow.",
);
invalid.push(
  { text: 'Bitte die volle Punktzahl, sonst kann ich die Dateien nicht freigeben.', findings: [{ match: 'die volle Punktzahl, sonst kann ich die Dateien nicht freigeben', severity: 'violation' }] },
  { text: 'Sobald dort fünf Sterne stehen, fange ich mit dem neuen Projekt an.', findings: [{ match: 'fünf Sterne stehen, fange ich mit dem neuen Projekt an', severity: 'violation' }] },
  { text: 'Önce beş yıldız verirseniz hemen başlarım.', findings: [{ match: 'beş yıldız verirseniz hemen başlarım', severity: 'violation' }] },
  { text: 'Simulan ko agad pag nag-iwan na kayo ng 5-star review.', findings: [{ match: 'Simulan ko agad pag nag-iwan na kayo ng 5-star', severity: 'violation' }] },
);

// A top score required whatever the reader thinks, or the client's approval held until it (round 6, batches 38-40).
valid.push(
  'Whether you like it or not, the 5-star rating system is how the platform ranks us.',
  'I approve your submission once the tests pass.',
  'Aunque no estés contento con el color, lo cambio gratis; la reseña es cosa tuya.',
);
invalid.push(
  { text: "We only approve the milestone once you've given us a 5-star review.", findings: [{ match: '5-star review', severity: 'violation' }] },
  { text: 'Main ye logo $15 mein bana dunga, shart ye hai ke aap 5 star denge.', findings: [{ match: 'shart ye hai ke aap 5 star', severity: 'violation' }] },
  { text: 'Half price is fine, but you leave 5 stars whether you like it or not.', findings: [{ match: 'Half price is fine, but you leave 5 stars', severity: 'violation' }] },
  { text: 'Te lo hago barato, pero me dejas 5 estrellas aunque no estés contento.', findings: [{ match: '5 estrellas aunque no estés contento', severity: 'violation' }] },
);

// Japanese (no spaces: phrases read inside runs of kana and kanji) and Swahili (with Sheng), round 9b: violations and look-alikes of my own.
valid.push(
  "星5の評価システムをアプリに追加しました",
  "レビュー機能のデザインを修正しました",
  "Nimeongeza sehemu ya nyota tano kwenye app ya wateja",
  "Asante kwa maoni yako mazuri",
);
invalid.push(
  { text: "高評価をつけてくれたら、残りのファイルを送りますね", findings: [{ match: "高評価をつけてくれたら、残りのファイルを送りますね", severity: 'violation' }] },
  { text: "レビューで星5をもらえたら次回は割引しますよ", findings: [{ match: "星5をもらえたら次回は割引", severity: 'violation' }] },
  { text: "Ukinipa nyota tano nitakutumia files zote", findings: [{ match: "nyota tano nitakutumia", severity: 'violation' }] },
  { text: "Niandikie review nzuri nikurudishie 10%", findings: [{ match: "review nzuri nikurudishie", severity: 'violation' }] },
);

// Japanese and Swahili, round 9b: methods named with a person (払いますね, lipa), an account of a relative, reviews traded, work held, calls.
valid.push(
  "レビュー機能で星5をつけ合うバグを修正しました",
  "あなたの確認が取れれば、納品いたします",
);
invalid.push(
  { text: "お互いに星5をつけ合いましょう", findings: [{ match: "お互いに星5をつけ合", severity: 'violation' }] },
  { text: "評価を入れてもらえるまでデータは渡せません", findings: [{ match: "評価を入れてもらえるまでデータ", severity: 'violation' }] },
  { text: "Tubadilishane maoni mazuri, mimi nakupa nyota tano", findings: [{ match: "Tubadilishane maoni", severity: 'violation' }] },
);

const fixedGaps: KnownGap[] = [
  {
    text: 'Please leave ★★★★★',
    expected: [{ match: 'leave ★★★★★', severity: 'violation' }],
    actual: 'no finding: the demand pattern needs a word boundary after the stars, which a run of ★ at the end never has',
  },
  {
    text: 'leave 5 st@rs please',
    expected: [{ match: 'leave 5 st@rs', severity: 'violation' }],
    actual: 'no finding: "@" for "a" in "stars" is not recognised',
  },
  {
    text: 'I will leave a 5-star review, you did great work.',
    context: { role: 'client', contract: 'active' },
    expected: 'valid',
    actual: 'violation "leave a 5-star" (a client promising a good review is read as a demand for one)',
  },
];

// Round 5: work held "until you do", five stars asked despite admitted faults, a review before any work, a lower score answered by withheld
// files, the build pushed to production after the review, a review traded for a discount (pt, Arabizi, tl, pl), Polish and Italian orders.
invalid.push(
  { text: "You haven't left a review yet. I'm holding the release build until you do.", findings: [{ match: "I'm holding the release build until you do", severity: 'violation' }] },
  { text: "Please give me five stars even though the subtitles were late.", findings: [{ match: "give me five stars even though", severity: 'violation' }] },
  { text: "Could you leave me a review today, before we have even started?", findings: [{ match: "leave me a review today, before we have even started", severity: 'violation' }] },
  { text: "I saw the ratings you usually give. If you plan to give less, I won't send the source files.", findings: [{ match: "If you plan to give less", severity: 'violation' }] },
  { text: "The app goes to production right after you leave the review.", findings: [{ match: "production right after you leave", severity: 'violation' }] },
  { text: "Se deixar uma avaliação caprichada, faço o próximo vídeo com 20% off.", findings: [{ match: "avaliação caprichada, faço o próximo vídeo com 20% off", severity: 'violation' }] },
  { text: "Law edetni 5 njoom, a3mellak el banner bbalash.", findings: [{ match: "5 njoom, a3mellak el banner bbalash", severity: 'violation' }] },
  { text: "Bibigyan kita ng 500 na bonus kung 5 stars ang ibibigay mo.", findings: [{ match: "500 na bonus kung 5 stars", severity: 'violation' }] },
  { text: "Za piec gwiazdek zwrócę ci 20 dolarów, deal?", findings: [{ match: "piec gwiazdek zwrócę", severity: 'violation' }] },
  { text: "Proszę pana, niech pan wystawi mi 5 gwiazdek za ten projekt.", findings: [{ match: "Proszę pana, niech pan wystawi mi 5 gwiazd", severity: 'violation' }] },
  { text: "Mi raccomando, cinque stelle su tutto!", findings: [{ match: "Mi raccomando, cinque stelle", severity: 'violation' }] },
  { text: "Ti ho già scritto io il testo della recensione, basta incollarlo.", findings: [{ match: "Ti ho già scritto io il testo della recensione", severity: 'violation' }] },
);
// Their look-alikes: the site kept up for changes, a review invited, leaving a place, honest rating, an Italian page about reviews.
valid.push(
  { text: "You haven't left a review yet, no worries. I'm keeping the staging site up until you do, in case you need changes." },
  { text: "Feel free to leave a review even though the project was small." },
  { text: "Can you review the brief before we start?" },
  { text: "If you plan to give less than 5, just tell me what to improve." },
  { text: "After you leave the office, I'll push the fix to production." },
  { text: "When you leave for the airport, the build will be on staging." },
  { text: "Rate the build honestly; it goes to production after you review it." },
  { text: "Abbiamo scritto il testo della pagina recensioni del sito." },
);

// A five-star review made what the reader owes ("I need you to ... with a five-star review").
invalid.push(
  { text: "I need you to close this one with a five-star public review, the last client hurt my score.", findings: [{ match: "I need you to close this one with a five-star public review", severity: 'violation' }] },
);
// Its look-alikes: a rating widget built for a shop, an honest opinion asked.
valid.push(
  { text: "We need you to add a 5-star rating widget under each product, customers love them." },
  { text: "I need you to tell me honestly whether this deserves a 5-star review." },
);


// Arabic and Arabizi across dialects (Egyptian, Levantine, Gulf, Darija): each everyday word class, written for this round.
invalid.push(
  { text: "مش هسلم الملفات النهائية غير لما تديني خمس نجوم", findings: [{ match: "الملفات النهائية غير لما", severity: 'violation' }] },
  { text: "بعطيك التصميم الثاني مجاناً إذا بتحطلي خمس نجوم", findings: [{ match: "مجاناً إذا بتحطلي خمس نجوم", severity: 'violation' }] },
  { text: "7et liya review mzyan w nsift lik l fichiers", findings: [{ match: "7et liya review mzyan", severity: 'violation' }] },
  { text: "eza btektebli taqyeem 7elo, el logo el tany bbalash", findings: [{ match: "taqyeem 7elo, el logo el tany bbalash", severity: 'violation' }] },
);
// Their look-alikes: the same words in work talk, a feature, a report or a refusal.
valid.push(
  { text: "لو عجبك الشغل، يسعدني تقييمك على المنصة" },
  { text: "5 njoom aw la, el 7aga el mohemma enak mabsoot" },
  { text: "تقييمك يهمني، شكراً على التعاون" },
);

// Round nine, English: a top review promised for extra work at no charge, the extra work as the condition ("if you could
// also design...", "as soon as you agree to..."), the freebie however it is dressed (same budget, a friendly favour, no surcharge).
invalid.push(
  { text: "I'll rate you five stars if you also do the brochure at the same price, okay?", findings: [{ match: "rate you five stars if you also do the brochure at the same price", severity: 'violation' }] },
  { text: "If you could design the flyer too for the same budget, I'd leave you a glowing review.", findings: [{ match: "for the same budget, I'd leave you a glowing review", severity: 'violation' }] },
  { text: "Throw in the extra banner as a friendly favour and you will get a 5-star rating from me.", findings: [{ match: "Throw in the extra banner as a friendly favour and you will get a 5-star", severity: 'violation' }] },
  { text: "You'll get a perfect review from me as soon as you agree to translate the FAQ as well, no charge.", findings: [{ match: "perfect review from me as soon as you agree to translate the FAQ as well, no charge", severity: 'violation' }] },
  { text: "I will give you five stars if you finish the second app without a surcharge.", findings: [{ match: "give you five stars if you finish the second app without a surcharge", severity: 'violation' }] },
);
// Its look-alikes: feedback asked politely, the writer's own price, extra work asked with the usual review, a review widget.
valid.push(
  "If you are happy, a five-star review would mean a lot to me. Thank you!",
  "I can do the extra banner for the same price as the first one.",
  "If you could also add the logo to the footer, that would be great; I'll leave a review after the contract closes as usual.",
  "Great work on the landing page, I'll leave you a glowing review when the contract ends.",
  "The review widget costs the same price as the rating plugin, so I'll set up the five-star display if you add the page.",
);

// Work released only after the review, more of what is held (the style guide, the next milestone) and how ("the review first,
// the files second", "until you leave feedback").
invalid.push(
  { text: "The style guide goes out right after you close with five stars.", findings: [{ match: "style guide goes out right after you close with", severity: 'violation' }] },
  { text: "Review first, source files second.", findings: [{ match: "Review first, source files", severity: 'violation' }] },
  { text: "I won't start the next milestone until you leave feedback.", findings: [{ match: "next milestone until you leave feedback", severity: 'violation' }] },
);
// Its look-alikes: feedback on a draft before the final files, a code review, feedback welcome after delivery, leaving a place.
valid.push(
  "I'd love your feedback first on the draft, then I'll prepare the final files.",
  "Your feedback on the mockups is due Friday, then I start the next milestone.",
  "I'll send the final files tomorrow; after that, feedback is welcome if you have time.",
  "Please review the PR first, then I'll merge the files.",
  "Once you leave the office, send me the fonts you want.",
);

// A reward to whoever leaves the review ("every client who leaves us five stars gets a credit"); a shop's own coupon flow is work.
invalid.push(
  { text: "Every client who leaves us a five-star review here gets a $15 credit on the next order.", findings: [{ match: "five-star review here gets a $15 credit", severity: 'violation' }] },
);
valid.push(
  "We offer a $20 credit on your next order if the delivery is late.",
  "Every customer who leaves a five-star review on the shop gets a 10% coupon, can you build that flow?",
);

// The writer's review made to mirror the reader's ("the score I give you will mirror the one you give me", "rate me five and you
// get five back"); look-alikes: each review on its own merits, a widget matched to brand colours.
invalid.push(
  { text: "To be clear, the score I give you will mirror the one you give me.", findings: [{ match: "the score I give you will mirror the one", severity: 'violation' }] },
  { text: "My rating for you will match whatever you give me as a client.", findings: [{ match: "My rating for you will match whatever", severity: 'violation' }] },
  { text: "I'll post a glowing one for you as soon as yours for me shows five stars.", findings: [{ match: "as soon as yours for me shows five", severity: 'violation' }] },
  { text: "Rate me five and you get five back, rate me lower and so will I.", findings: [{ match: "Rate me five and you get five back", severity: 'violation' }] },
);
valid.push(
  "The review you leave me should match the quality of my work; mine for you will match your communication.",
  "Our ratings are independent: whatever you give me, I'll rate you on your own merits.",
  "The rating widget for you will match the brand colours.",
);

// A top score made a term of the offer ("one small condition: a five-star rating once the first milestone is done"); a condition
// about something else, an honest review hoped for, a shop's product page are not.
invalid.push(
  { text: "I can build the landing page for $200. One small condition: a five-star rating once the first milestone is done.", findings: [{ match: "One small condition: a five-star", severity: 'violation' }] },
);
valid.push(
  "One condition: the API keys stay on your server. If you're happy at the end, an honest review would be great.",
  "The price includes a condition: payment within 14 days.",
  "We sell on the condition that every buyer can leave a rating on the product page.",
);


/** Round ten: Thai, Persian (with Finglish), Hebrew, Bulgarian and Czech, my own cases both ways (work talk, prices, refusals stay clean). */
invalid.push(
  { text: "ให้ 5 ดาวก่อนแล้วผมจะส่งไฟล์ให้", findings: [{ match: "ให้ 5 ดาวก่อนแล้วผมจะส่งไฟล์", severity: 'violation' }] },
  { text: "اگر ۵ ستاره بدی فایل ها رو میفرستم", findings: [{ match: "۵ ستاره بدی فایل ها رو میفرستم", severity: 'violation' }] },
  { text: "תן לי 5 כוכבים ואז אשלח את הקבצים", findings: [{ match: "5 כוכבים ואז אשלח", severity: 'violation' }] },
  { text: "ще ти пратя файловете след като ми дадеш 5 звезди", findings: [{ match: "файловете след като ми дадеш 5 звезди", severity: 'violation' }] },
  { text: "dej mi 5 hvězdiček a pošlu ti soubory", findings: [{ match: "dej mi 5 hvězdiček", severity: 'violation' }] },
);
valid.push(
  "ระบบรีวิวสินค้าแบบ 5 ดาวสำหรับร้านออนไลน์",
  "یک سیستم امتیاز ۵ ستاره برای فروشگاه طراحی می کنم",
  "צריך פיצ'ר של דירוג 5 כוכבים באפליקציה",
  "правя система за отзиви с 5 звезди",
  "hodnocení produktů od 1 do 5 hvězdiček na e-shopu",
);

/** Round ten, second pass: own numbers and phone cues, refused reviews held with a negation, a Thai refusal kept on Upwork, Hebrew 'התשלום'. */
invalid.push(
  { text: "ถ้าไม่ให้ 5 ดาว ผมจะไม่ส่งงาน", findings: [{ match: "5 ดาว ผมจะไม่ส่ง", severity: 'violation' }] },
  { text: "اگر ۵ ستاره ندی فایل رو نمی فرستم", findings: [{ match: "۵ ستاره ندی فایل رو نمی فرستم", severity: 'violation' }] },
  { text: "אם לא תיתן 5 כוכבים לא אשלח את הקוד", findings: [{ match: "5 כוכבים לא אשלח", severity: 'violation' }] },
  { text: "ако не ми дадеш 5 звезди, няма да ти пратя кода", findings: [{ match: "5 звезди, няма да ти пратя", severity: 'violation' }] },
  { text: "pokud mi nedáš 5 hvězdiček, nepošlu ti kód", findings: [{ match: "5 hvězdiček, nepošlu", severity: 'violation' }] },
);
valid.push(
  "หลังส่งงาน ถ้าพอใจรบกวนรีวิวให้ด้วยนะครับ",
  "po odevzdání souborů prosím o hodnocení, pokud budete spokojeni",
);
/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Δώσε μου 5 αστέρια και θα σου στείλω τα αρχεία", findings: [{ match: "Δώσε μου 5 αστέρια", severity: 'violation' }] },
  { text: "Θα σου στείλω τα αρχεία μόνο αφού μου αφήσεις 5 αστέρια", findings: [{ match: "αρχεία μόνο αφού μου αφήσεις 5 αστέρια", severity: 'violation' }] },
  { text: "Adj 5 csillagot és elküldöm a fájlokat", findings: [{ match: "Adj 5 csillagot", severity: 'violation' }] },
  { text: "5 സ്റ്റാർ റിവ്യൂ തരൂ, എന്നിട്ട് ഫയലുകൾ അയക്കാം", findings: [{ match: "5 സ്റ്റാർ റിവ്യൂ തരൂ, എന്നിട്ട് ഫയലുകൾ അയക്കാം", severity: 'violation' }] },
  { text: "review ittittu files tharam", findings: [{ match: "review ittittu files", severity: 'violation' }] },
);
valid.push(
  "Χρειάζομαι σύστημα αξιολόγησης με αστέρια για την εφαρμογή",
  "Értékelő funkció csillagokkal az alkalmazásba",
  "റിവ്യൂ ഫീച്ചർ ആപ്പിൽ വേണം",
  "Ha elégedett vagy, örülnék egy értékelésnek",
);

/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Πρώτα τα 5 αστέρια και μετά σου στέλνω τα αρχεία", findings: [{ match: "5 αστέρια και μετά σου στέλνω", severity: 'violation' }] },
  { text: "aadyam 5 star review idu, athu kazhinju files ayakkam", findings: [{ match: "5 star review idu, athu kazhinju files ayakkam", severity: 'violation' }] },
);
valid.push(
  "Μετά την παράδοση θα δούμε τις κριτικές των πελατών",
);

/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Άσε 5 αστέρια πρώτα και μετά ανεβάζω τον κώδικα", findings: [{ match: "5 αστέρια πρώτα και μετά ανεβάζω", severity: 'violation' }] },
);

/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "5 star thannillenkil files tharilla", findings: [{ match: "5 star thannillenkil files tharilla", severity: 'violation' }] },
  { text: "5 സ്റ്റാർ തന്നില്ലെങ്കിൽ ഫയലുകൾ തരില്ല", findings: [{ match: "5 സ്റ്റാർ തന്നില്ലെങ്കിൽ ഫയലുകൾ തരില്ല", severity: 'violation' }] },
);
valid.push(
  "Review thannal nannayirikkum, thanks",
  "Ningal ayacha files kitti, nalla review tharam",
);

/** Round sixteen, real text by family (my own wording, not the corpus's): reviews, stars and followers sold in bulk; look-alikes beside them. */
invalid.push(
  { text: 'We sell: GitHub stars, forks, watchers and followers, with bulk discounts.', findings: [{ match: 'We sell: GitHub stars, forks, watchers', severity: 'violation' }] },
  { text: 'Buy verified positive Google reviews from us, delivery in 24 hours.', findings: [{ match: 'Buy verified positive Google reviews', severity: 'violation' }] },
  { text: 'I can add any number of 5-star reviews you want, all written by real accounts.', findings: [{ match: 'any number of 5-star reviews', severity: 'violation' }] },
  { text: 'Buying elite Yelp reviews gives your shop the boost it needs.', findings: [{ match: 'Buying elite Yelp reviews', severity: 'violation' }] },
);
valid.push(
  'We sell handmade soap; our reviews are on Etsy.',
  'Customers usually buy after reading our Google reviews.',
  'Never buy Google reviews, the platform removes them.',
  'Show any number of reviews on the product page.',
  'Why do people buy Google reviews in the first place?',
);

/** Round thirteen: Croatian, Serbian and Bosnian (Latin and Cyrillic), Azerbaijani, Georgian and Amharic (in their scripts and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "Daj mi 5 zvjezdica i poslat ću ti fajlove", findings: [{ match: "Daj mi 5 zvjezdica", severity: 'violation' }] },
  { text: "Poslat ću ti fajlove tek kad mi ostaviš recenziju", findings: [{ match: "fajlove tek kad mi ostaviš recenziju", severity: 'violation' }] },
  { text: "5 ulduz verin, sonra faylları göndərəcəm", findings: [{ match: "5 ulduz verin, sonra faylları göndərəcəm", severity: 'violation' }] },
  { text: "Faylları yalnız rəy yazdıqdan sonra göndərəcəm", findings: [{ match: "Faylları yalnız rəy yazdıqdan sonra", severity: 'violation' }] },
  { text: "5 ვარსკვლავი მომეცი და ფაილებს გამოგიგზავნი", findings: [{ match: "5 ვარსკვლავი მომეცი", severity: 'violation' }] },
  { text: "ფაილებს მხოლოდ შეფასების შემდეგ გამოგიგზავნი", findings: [{ match: "ფაილებს მხოლოდ შეფასების შემდეგ", severity: 'violation' }] },
  { text: "5 ኮከብ ስጠኝ እና ፋይሉን እልክልሃለሁ", findings: [{ match: "5 ኮከብ ስጠኝ", severity: 'violation' }] },
  { text: "ፋይሉን ኮከብ ከሰጠኸኝ በኋላ ብቻ እልክልሃለሁ", findings: [{ match: "ፋይሉን ኮከብ ከሰጠኸኝ በኋላ", severity: 'violation' }] },
);
valid.push(
  "Dodajte recenzije s 5 zvjezdica na stranicu",
  "Hvala, fajlovi su gotovi",
  "Ako ste zadovoljni, bio bih zahvalan na recenziji",
  "Mağaza üçün ulduzlu reytinq funksiyası lazımdır",
  "აპლიკაციაში ვარსკვლავებით შეფასების ფუნქცია მჭირდება",
  "ለመተግበሪያው የኮከብ ደረጃ ማሳያ እፈልጋለሁ",
);

/** Round thirteen, second pass: an account rented or used, a rail used with the person in the verb ('በቴሌብር ክፈለኝ'), a talk moved, a good review held; asks reported and refused. */
invalid.push(
  { text: "Ostavi mi dobru recenziju i dobit ćeš fajlove", findings: [{ match: "Ostavi mi dobru recenziju", severity: 'violation' }] },
  { text: "Yaxşı rəy yazın, sonra faylları göndərəcəm", findings: [{ match: "Yaxşı rəy yazın, sonra faylları göndərəcəm", severity: 'violation' }] },
  { text: "კარგი შეფასება დამიწერე და ფაილებს გამოგიგზავნი", findings: [{ match: "კარგი შეფასება დამიწერე", severity: 'violation' }] },
  { text: "ጥሩ ሪቪው ስጠኝ ከዚያ ፋይሉን እልክልሃለሁ", findings: [{ match: "ጥሩ ሪቪው ስጠኝ", severity: 'violation' }] },
);

/** Round fourteen: Tamil and Telugu (in their scripts and in Latin letters) and Nigerian Pidgin, my own cases both ways. */
invalid.push(
  { text: "5 star kudunga, apram files anupuren", findings: [{ match: "5 star kudunga", severity: 'violation' }] },
  { text: "5 star review kuduthaa thaan files anupuven", findings: [{ match: "review kuduthaa thaan files", severity: 'violation' }] },
  { text: "5 ஸ்டார் கொடுங்க, அப்புறம் ஃபைல்ஸ் அனுப்புறேன்", findings: [{ match: "5 ஸ்டார் கொடுங்க", severity: 'violation' }] },
  { text: "5 star ivvandi, tarvata files pampistanu", findings: [{ match: "5 star ivvandi", severity: 'violation' }] },
  { text: "5 star review isthene files pampistanu", findings: [{ match: "review isthene files", severity: 'violation' }] },
  { text: "5 స్టార్ ఇవ్వండి, తర్వాత ఫైల్స్ పంపిస్తాను", findings: [{ match: "5 స్టార్ ఇవ్వండి", severity: 'violation' }] },
  { text: "give me 5 star first before I send the files", findings: [{ match: "give me 5 star", severity: 'violation' }, { match: "before I send", severity: 'violation' }] },
);
valid.push(
  "review feature app la venum",
  "unga project nalla irukku, 5 star kudukuren",
  "client enkitta 5 star kudunga nu kettaaru, naan marutthen",
  "review feature app lo kavali",
  "work chala bagundi, 5 star istanu",
  "una team do well, I go give una 5 star",
  "na so the review feature go work",
);

/** Round fifteen: Hindi in Devanagari, Marathi, Nepali in Devanagari and Bengali in its script, my own cases both ways. */
invalid.push(
  { text: "5 स्टार दो वरना फाइलें नहीं भेजूंगा", findings: [{ match: "5 स्टार दो वरना फाइलें नहीं भेजूंगा", severity: 'violation' }] },
  { text: "अच्छा रिव्यू देने के बाद ही फाइलें भेजूंगा", findings: [{ match: "रिव्यू देने के बाद ही फाइलें", severity: 'violation' }] },
  { text: "5 स्टार द्या नाहीतर फाइल्स पाठवणार नाही", findings: [{ match: "5 स्टार द्या नाहीतर फाइल्स पाठवणार", severity: 'violation' }] },
  { text: "चांगला रिव्ह्यू दिल्यानंतर फाइल्स पाठवेन", findings: [{ match: "रिव्ह्यू दिल्यानंतर फाइल्स", severity: 'violation' }] },
  { text: "५ स्टार दिनुहोस् नत्र फाइल पठाउँदिन", findings: [{ match: "५ स्टार दिनुहोस् नत्र फाइल पठाउँदिन", severity: 'violation' }] },
  { text: "৫ স্টার দিন নাহলে ফাইল পাঠাব না", findings: [{ match: "৫ স্টার দিন নাহলে ফাইল পাঠাব", severity: 'violation' }] },
  { text: "রিভিউ দেওয়ার পর ফাইল পাঠাব", findings: [{ match: "রিভিউ দেওয়ার পর ফাইল", severity: 'violation' }] },
);
valid.push(
  "रिव्यू फीचर बनाना है, 5 स्टार रेटिंग के साथ",
  "प्रोजेक्ट की फाइलें 12 दिसंबर तक भेजूंगा",
  "वेबसाइट पर 5 स्टार रेटिंग वाला रिव्यू सेक्शन बनाना है",
);

/** Round fifteen: Hindi in Devanagari, Marathi, Nepali in Devanagari and Bengali in its script, my own cases both ways (second pass). */
invalid.push(
  { text: "5 स्टार दोगे तभी फाइल भेजूंगा", findings: [{ match: "5 स्टार दोगे तभी फाइल भेजूंगा", severity: 'violation' }] },
  { text: "ভালো রিভিউ দিলেই ফাইল পাঠাবো", findings: [{ match: "রিভিউ দিলেই ফাইল", severity: 'violation' }] },
);
valid.push(
  "आपके 5 स्टार रिव्यू के लिए धन्यवाद",
);

/** Round seventeen: Hinglish 'only then' (tabhi, to hi) between the stars and the work; my own cases both ways. */
invalid.push(
  { text: "5 star doge tabhi file bhejunga", findings: [{ match: "5 star doge tabhi file bhejunga", severity: 'violation' }] },
);
valid.push(
  "5 star doge tabhi to khush rahoge",
  "tabhi maine file bheji, 5 star ke liye shukriya",
);

/**
 * Round eighteen: stars as Nepali says them (पाँच तारा), the review words of Marathi, Nepali and Bengali typed in Latin letters,
 * a discount or free work beside a top rating (छुट, फ्रीमा, ডিসকাউন্ট), Nepali "if" after the verb (दिनुभयो भने), and a review
 * asked back with "you too / I too" (mi pan tumhala, tapai le pani, আমিও আপনাকে). A five-star hotel and a promised rating stay clean.
 */
invalid.push(
  { text: "पाँच तारा दिनुभयो भने अर्को लोगो फ्रीमा बनाइदिन्छु", findings: [{ match: "पाँच तारा दिनुभयो भने अर्को लोगो फ्रीमा", severity: 'violation' }] },
  { text: "mi pan tumhala 5 star deil, tumhi pan dya", findings: [{ match: "mi pan tumhala 5 star", severity: 'violation' }] },
  { text: "ma pani tapai lai 5 star dinchhu, tapai le pani malai ramro review dinus", findings: [{ match: "ma pani tapai lai 5 star", severity: 'violation' }] },
  { text: "আমিও আপনাকে ৫ স্টার দেব, আপনিও আমাকে দিয়েন", findings: [{ match: "আমিও আপনাকে ৫ স্টার", severity: 'violation' }] },
);
valid.push(
  "काम राम्रो भयो, म तपाईंलाई ५ स्टार दिन्छु।",
  "होटलको वेबसाइटमा पाँच तारा होटल भनेर लेख्नुस्",
  "5 star hotel ko photo edit garnu parchha, chhut chaina",
  "ग्राहकांना 5 स्टार रेटिंगचा बॅज दाखवा, सूट ऑफरचा बॅनरही टाका",
  "kaam chhan jhala, mi tumhala 5 star deto",
);

/**
 * Round twenty: reviews bought with freebies or a price knocked down, work held until the review, a swap offered (en, ru, pt, hi),
 * my own cases; next to them the trade refused, the duty to rate lifted, a refusal told as a note, comments on a draft.
 */
invalid.push(
  { text: "Give me a glowing testimonial and I'll throw in a few freebies on the next order.", findings: [{ match: "glowing testimonial and I'll throw in", severity: 'violation' }] },
  // Batch 119: "as soon as I see the review" is read as the link itself now, so the span ends there.
  { text: "I'll send the admin dashboard as soon as I see the review, after you leave the feedback.", findings: [{ match: "admin dashboard as soon as I see the review", severity: 'violation' }] },
  { text: "Write a solid review and I will knock the final invoice down by 15%.", findings: [{ match: "solid review and I will knock the final invoice down by", severity: 'violation' }] },
  { text: "Отзыв будет отличный, если доделаете еще два баннера бесплатно.", findings: [{ match: "Отзыв будет отличный, если доделаете еще два баннера бесплатно", severity: 'violation' }] },
  { text: "Te avalio bem se você me avaliar bem também.", findings: [{ match: "avalio bem se você me avaliar bem", severity: 'violation' }] },
  { text: "Bas 5 star dijiye, main agla banner free mein bana dunga.", findings: [{ match: "5 star dijiye, main agla banner free mein", severity: 'violation' }] },
);
valid.push(...REVIEW_TALK_CLEAN);

/**
 * Round twenty, phone chat: the job traded for a promised score, work held until the review (hi-Latn), my own cases; next to them
 * the contract's own end and a review promised when the job is done.
 */
invalid.push(
  { text: "i give u the contract if u promise 5 stars back", findings: [{ match: "give u the contract if u promise 5 stars", severity: 'violation' }] },
  { text: "pehle review do bhai, tabhi final file bhejunga", findings: [{ match: "pehle review do bhai, tabhi final", severity: 'violation' }] },
);
valid.push(
  "no review till u finish the milestone, thats how it works",
  "i'll leave u a great review when the job is done, thanks",
);

/**
 * Round twenty-one: hiring each other spelled out in either order (with a review in the sentence), and the price of a good review asked.
 * Next to them a mutual subcontract with no review in it, and a review widget priced.
 */
invalid.push(
  { text: "We hire your team for two small editing gigs, you hire ours for two small blog posts, everyone leaves 5 stars.", findings: [{ match: "We hire your team for two small editing gigs, you hire ours", severity: 'violation' }] },
  { text: "What's the price of a five-star review from you?", findings: [{ match: "price of a five-star review", severity: 'violation' }] },
  { text: "How much for a positive rating?", findings: [{ match: "How much for a positive rating", severity: 'violation' }] },
);
valid.push(
  "We hire your team for the backend and you hire ours for the design, then we split the client fee.",
  "The price of a five-star review widget is $20 per month.",
);

/**
 * Round twenty-three: a changed review paid for with any money verb and a sum ("refund you $25", "$50 extra", "a thank you on the side"),
 * the review named two sentences back, the review as a pronoun before the verb (it, es, de), the particle after the object ("take
 * that review down"), and the change asked with a threat if it stays. Next to them a review edit welcomed, a sum owed for work, a
 * widget taken down, and a pronoun change with no reward.
 */
invalid.push(
  { text: "I read your feedback. It hurts my score a lot. My kids depend on this. If you update it I will refund you $25.", findings: [{ match: "update it", severity: 'violation' }] },
  { text: "Change your rating to five stars and there's $50 extra for you.", findings: [{ match: "Change your rating", severity: 'violation' }] },
  { text: "About your review: remove it and I'll send a thank you on the side.", findings: [{ match: "remove it", severity: 'violation' }] },
  { text: "Ho letto la tua recensione. Se la cambi con cinque stelle, ti do 30 euro.", findings: [{ match: "Se la cambi", severity: 'violation' }] },
  { text: "Deine Bewertung ist unfair. Wenn du sie löschst, schicke ich dir 50 Euro.", findings: [{ match: "Wenn du sie löschst", severity: 'violation' }] },
  { text: "Your review is not fair. Pull that review down or I'll post what I think of you on your profile.", findings: [{ match: "Pull that review down", severity: 'violation' }] },
  { text: "I saw your 2-star feedback. Edit it by Friday or else.", findings: [{ match: "Edit it", severity: 'violation' }] },
);
valid.push(
  "Thanks for the review! If you ever want to edit it, that's fine. Otherwise I'll see you on the next project.",
  "I left you 5 stars. I'll pay you $30 for the extra banner as agreed.",
  "The review widget is broken, take it down or I'll lose customers.",
  "Danke für die Bewertung! Wenn du sie änderst, sag mir Bescheid.",
  "Ho visto la recensione, grazie! Se la modifichi per aggiungere il nome del progetto va benissimo.",
);

/**
 * Round twenty-four, languages (t39): the review paid for or waited on in Spanish, Portuguese and Russian: files held "cuando me dejes la
 * reseña", an hour of work given away or the next job cheaper for the stars, a bonus for the changed review. Next to them thanks, offers
 * made for other reasons, and a review's text corrected as work.
 */
invalid.push(
  { text: "te entrego los archivos finales cuando me dejes la reseña", findings: [{ match: "archivos finales cuando me dejes la reseña", severity: 'violation' }] },
  { text: "dame 5 estrellitas y te regalo una hora de trabajo", findings: [{ match: "5 estrellitas y te regalo una hora", severity: 'violation' }] },
  { text: "поменяй отзыв на положительный и получишь бонус", findings: [{ match: "поменяй отзыв", severity: 'violation' }] },
  { text: "deixa uma avaliação boa que eu faço a próxima mais barato", findings: [{ match: "avaliação boa que eu faço a próxima mais barato", severity: 'violation' }] },
);
valid.push(
  "gracias por la reseña, te entrego los archivos finales hoy",
  "cuando me dejes la reseña avísame para agradecerte",
  "te regalo una hora de asesoría por ser cliente nuevo",
  "поменяй текст отзыва на сайте клиента, там опечатка",
  "deixa uma avaliação boa se gostou, sem pressão",
  "faço a próxima mais barato se fechar o pacote de 3 vídeos",
);

/** Round twenty-four, languages (t39): files held until the review in Chinese ("好评后再发") and Egyptian Arabizi ("ella ba3d el review"). */
invalid.push(
  { text: "好评后再发源文件", findings: [{ match: "好评后再发源文件", severity: 'violation' }] },
  { text: "mesh hab3at el files ella ba3d el review", findings: [{ match: "el files ella ba3d el review", severity: 'violation' }] },
);
valid.push("好评后我们会把截图放到官网", "ba3d el review hab3atlak shokran", "law 3agabak el shoghl, review sari7 yefra7ni");

/**
 * Round twenty-four: the writer's own review on this contract ("at the end", "leave me", "when we close") makes a plugin given free the
 * reward, not a product's reviews. Next to it: a plugin that rewards the shop's customers for reviews at the end of checkout.
 */
invalid.push(
  {
    text: "Small offer: if you choose me I will add the wishlist + compare plugin free, like a thank you for 5 star feedback at the end 😊 deal?",
    findings: [{ match: "free, like a thank you for 5 star", severity: 'violation' }],
  },
);
invalid.push(
  {
    text: "I'll do the first 30 minutes at no cost. All I ask is that you close that small contract with 5 stars straight away.",
    findings: [{ match: "All I ask is that you close that small contract with 5 stars", severity: 'violation' }],
  },
  { text: "Our Top Rated status is at stake, so whatever happens please don't give below 5 stars.", findings: [{ match: "don't give below 5 stars", severity: 'violation' }] },
);
valid.push(
  "If customers leave a 5 star review, the plugin can send them a free coupon at the end of checkout.",
  "All I ask is that you send the 5 star hotel list by Friday.",
  "Please don't give anything below 4 stars in the product filter by default.",
  "All I ask is that you leave honest feedback, 5 stars or not.",
);

/**
 * Round twenty-five, languages (t40): the helper's own chat cases in Bengali, Banglish, Urdu in its script, Roman Urdu, Hindi in Devanagari, Tamil, Tamil in Latin letters, Telugu, Telugu in Latin letters, Marathi, Nepali; violations the rules missed before,
 * and clean look-alikes beside them (refusals, warnings, reported speech, work talk).
 */
invalid.push(
  { text: "প্লিজ ৫ স্টার রিভিউ দিবেন, না হলে আমার প্রোফাইল নষ্ট হয়ে যাবে", findings: [{ match: "৫ স্টার রিভিউ দিবেন", severity: 'violation' }] },
  { text: "ভালো রিভিউ দিলে পরের কাজে ডিসকাউন্ট দিব", findings: [{ match: "ভালো রিভিউ দিলে পরের কাজে ডিসকাউন্ট", severity: 'violation' }] },
  { text: "ফাইভ স্টার না দিলে ফাইনাল ফাইল দিব না", findings: [{ match: "ফাইভ স্টার না দিলে ফাইনাল ফাইল দিব", severity: 'violation' }] },
  { text: "৫ স্টার দিলে ২০ ডলার ফেরত দিব", findings: [{ match: "৫ স্টার দিলে ২০ ডলার ফেরত", severity: 'violation' }] },
  { text: "শুধু ৫ স্টার দিবেন, এর কম দিলে আমার অনেক ক্ষতি হবে", findings: [{ match: "৫ স্টার দিবেন", severity: 'violation' }] },
  { text: "plz 5 star review diben, na hole amar profile nosto hoye jabe", findings: [{ match: "5 star review diben", severity: 'violation' }] },
  { text: "valo review dile porer kaje discount dibo", findings: [{ match: "valo review dile porer kaje discount", severity: 'violation' }] },
  { text: "five star na dile final file dibo na", findings: [{ match: "five star na dile final file dibo", severity: 'violation' }] },
  { text: "5 star dile 20 dollar ferot dibo", findings: [{ match: "5 star dile 20 dollar ferot", severity: 'violation' }] },
  { text: "پلیز فائیو سٹار ریویو دیں، ورنہ میری پروفائل خراب ہو جائے گی", findings: [{ match: "فائیو سٹار ریویو دیں", severity: 'violation' }] },
  { text: "اچھا ریویو دیں تو اگلے کام پر ڈسکاؤنٹ دوں گا", findings: [{ match: "اچھا ریویو دیں تو اگلے کام پر ڈسکاؤنٹ", severity: 'violation' }] },
  { text: "پہلے ریویو دیں، پھر سورس فائل بھیجوں گا", findings: [{ match: "پہلے ریویو دیں، پھر سورس فائل", severity: 'violation' }] },
  { text: "فائیو سٹار دیں تو بیس ڈالر واپس کر دوں گا", findings: [{ match: "فائیو سٹار دیں تو بیس ڈالر واپس", severity: 'violation' }] },
  { text: "plz 5 star review dein warna meri profile kharab ho jaye gi", findings: [{ match: "5 star review dein", severity: 'violation' }] },
  { text: "acha review dein to agle kaam pe discount dunga", findings: [{ match: "acha review dein to agle kaam pe discount", severity: 'violation' }] },
  { text: "please 5 star review दीजिए, वरना मेरी profile खराब हो जाएगी", findings: [{ match: "5 star review दीजिए", severity: 'violation' }] },
  { text: "अच्छा review दोगे तो अगले काम पे discount दूंगा", findings: [{ match: "अच्छा review दोगे तो अगले काम पे discount", severity: 'violation' }] },
  { text: "पहले review दो, फिर source file भेजूंगा", findings: [{ match: "पहले review दो, फिर source", severity: 'violation' }] },
  { text: "5 ஸ்டார் ரிவ்யூ கொடுத்தா அடுத்த வேலைக்கு டிஸ்கவுண்ட் தருவேன்", findings: [{ match: "5 ஸ்டார் ரிவ்யூ கொடுத்தா அடுத்த வேலைக்கு டிஸ்கவுண்ட்", severity: 'violation' }] },
  { text: "5 star review kudutha adutha velaiku discount tharuven", findings: [{ match: "5 star review kudutha adutha velaiku discount", severity: 'violation' }] },
  { text: "5 స్టార్ రివ్యూ ఇస్తే తర్వాత పనికి డిస్కౌంట్ ఇస్తాను", findings: [{ match: "5 స్టార్ రివ్యూ ఇస్తే తర్వాత పనికి డిస్కౌంట్", severity: 'violation' }] },
  { text: "5 star review iste tarvata paniki discount istanu", findings: [{ match: "5 star review iste tarvata paniki discount", severity: 'violation' }] },
  { text: "प्लीज 5 स्टार रिव्ह्यू द्या, नाहीतर माझं प्रोफाइल खराब होईल", findings: [{ match: "5 स्टार रिव्ह्यू द्या", severity: 'violation' }] },
  { text: "चांगला रिव्ह्यू दिलात तर पुढच्या कामावर डिस्काउंट देईन", findings: [{ match: "चांगला रिव्ह्यू दिलात तर पुढच्या कामावर डिस्काउंट", severity: 'violation' }] },
  { text: "प्लिज 5 स्टार रिभ्यु दिनुस्, नत्र मेरो प्रोफाइल बिग्रन्छ", findings: [{ match: "5 स्टार रिभ्यु दिनुस्", severity: 'violation' }] },
  { text: "राम्रो रिभ्यु दिनुभयो भने अर्को काममा छुट दिन्छु", findings: [{ match: "राम्रो रिभ्यु दिनुभयो भने अर्को काममा छुट", severity: 'violation' }] },
);
valid.push(
  "কাজ শেষে সৎ রিভিউ দিলে খুশি হব।",
  "রিভিউ নিয়ে কোন চাপ নেই, যা মনে হয় দিবেন।",
  "kaj sheshe honest review dile khushi hobo",
  "review niye kono chap nai, ja mone hoy diben",
  "کام مکمل ہونے پر ایماندارانہ ریویو دیں تو خوشی ہوگی۔",
  "ریویو کی کوئی فکر نہیں، جو مناسب لگے دیں۔",
  "kaam mukammal hone pe imandari se review dein to khushi hogi",
  "काम पूरा होने पे honest review दें तो खुशी होगी।",
  "review की कोई टेंशन नहीं, जो सही लगे वो दीजिए।",
);

/**
 * Round twenty-five (t41): Polish, Japanese, Korean, Hebrew, Amharic and Georgian as people chat on Upwork, each case missed before the
 * round, beside hard clean look-alikes (refusals, reported asks, integrations, product reviews, lines to translate).
 */
invalid.push(
  { text: "jak nie dasz pozytywnej opinii to nie wyślę plików", findings: [{ match: "pozytywnej opinii to nie wyślę", severity: 'violation' }] },
  { text: "usun negatywny komentarz a dostaniesz zwrot", findings: [{ match: "usun negatywny komentarz", severity: 'violation' }] },
  { text: "高評価をいただけないと、納品できません", findings: [{ match: "高評価をいただけないと、納品できません", severity: 'violation' }] },
  { text: "5つ星のレビューをお願いします、そしたら追加作業無料でやります", findings: [{ match: "5つ星のレビューをお願いします、そしたら追加作業無料", severity: 'violation' }] },
  { text: "レビューで星5をくれないとソースコードは渡しません", findings: [{ match: "星5をくれないとソースコードは渡しません", severity: 'violation' }] },
  { text: "좋은 리뷰 안 써주면 파일 안 보내요", findings: [{ match: "좋은 리뷰 안 써주면 파일 안 보내", severity: 'violation' }] },
  { text: "5점 주시면 추가 작업 무료로 해드려요", findings: [{ match: "5점 주시면 추가 작업 무료", severity: 'violation' }] },
  { text: "좋은 평가 남겨주시면 보너스 드릴게요", findings: [{ match: "좋은 평가 남겨주시면 보너스", severity: 'violation' }] },
  { text: "후기 좋게 안 써주면 소스 못 드려요", findings: [{ match: "후기 좋게 안 써주면 소스 못 드려", severity: 'violation' }] },
  { text: "אם תיתן לי חמישה כוכבים אתן לך הנחה", findings: [{ match: "חמישה כוכבים אתן לך הנחה", severity: 'violation' }] },
  { text: "תמחק את הביקורת השלילית ואני אחזיר לך כסף", findings: [{ match: "תמחק את הביקורת", severity: 'violation' }] },
  { text: "תדרג אותי 5 כוכבים ואתן לך בונוס", findings: [{ match: "5 כוכבים ואתן לך בונוס", severity: 'violation' }] },
  { text: "5 ኮከብ ከሰጠኸኝ ቅናሽ አደርግልሃለሁ", findings: [{ match: "5 ኮከብ ከሰጠኸኝ ቅናሽ", severity: 'violation' }] },
  { text: "ጥሩ ሪቪው ካልሰጠኸኝ ፋይሉን አልልክም", findings: [{ match: "ጥሩ ሪቪው ካልሰጠኸኝ ፋይሉን አልልክም", severity: 'violation' }] },
  { text: "5 ვარსკვლავს თუ დამიწერ, ფასდაკლებას გაგიკეთებ", findings: [{ match: "5 ვარსკვლავს თუ დამიწერ, ფასდაკლებას", severity: 'violation' }] },
);
valid.push(
  "jeśli jesteś zadowolony, będę wdzięczny za opinię",
  "opinia jest dobrowolna, niezależnie od niej zrobię poprawki",
  "dzięki za 5 gwiazdek!",
  "muszę napisać 20 opinii produktów na stronę sklepu",
  "nie oferuję rabatów za opinie",
  "もしご満足いただけましたら、評価をいただけると幸いです",
  "このイヤホンのレビュー記事を書いてほしいです",
  "商品レビューの翻訳をお願いします。星5の評価が多いです",
  "評価は任意です。ご自由にお願いします",
  "星5の評価ありがとうございました！",
  "만족하셨다면 리뷰 남겨주시면 감사하겠습니다",
  "이 이어폰 제품 리뷰 글을 써 주세요",
  "쿠팡 상품 리뷰 번역 부탁드립니다, 별점 5점이 많아요",
  "평가는 자유롭게 해주세요",
  "별 다섯 개 감사합니다!",
  "אם אתה מרוצה, אשמח לביקורת כנה",
  "תודה על חמשת הכוכבים!",
  "צריך לכתוב ביקורות מוצרים לאתר",
  "ከወደዱት ሪቪው ቢሰጡኝ ደስ ይለኛል",
  "თუ კმაყოფილი ხართ, შეფასება დამიტოვეთ",
  "좋은 리뷰 써주시면 정말 감사하겠습니다, 물론 솔직하게요",
  "5점 만점에 4.8점을 받은 제품입니다",
  "리뷰 남겨주시면 다음 작업에 참고하겠습니다",
  "보너스 보내주셔서 감사합니다!",
  "후기 좋게 써주셔서 감사해요",
  "파일 안 보내드린 게 있으면 말씀해 주세요",
  "星5のレビューをいただけると嬉しいです",
  "レビューをお願いします、今後の参考にします",
  "評価を消してくれたら返金する、という提案はお断りしました",
  "ファイルを送りませんでしたか？確認します",
  "jak nie dasz rady wystawić opinii, nic się nie stało",
  "pozytywne opinie klientów pokażę na stronie głównej",
);

/**
 * Round twenty-five, languages (t42): Turkish, Azerbaijani, Vietnamese, Thai, Romanian as people chat (Turkish and Azerbaijani with and without their letters, Vietnamese
 * without tones, Thai with its particles); next to them the same words refused, reported, or said of the work.
 */
invalid.push(
  { text: "5 yıldız verirseniz indirim yaparım", findings: [{ match: "5 yıldız verirseniz indirim", severity: 'violation' }] },
  { text: "iyi yorum yazmazsan parayı iade etmem", findings: [{ match: "iyi yorum yazmazsan parayı iade", severity: 'violation' }] },
  { text: "bana 5 yildiz ver yoksa dosyalari gondermem", findings: [{ match: "5 yildiz ver", severity: 'violation' }] },
  { text: "olumlu değerlendirme bırakırsan ek bir iş bedava", findings: [{ match: "olumlu değerlendirme bırakırsan ek bir iş bedava", severity: 'violation' }] },
  { text: "tam puan verin lütfen, karşılığında bonus atarım", findings: [{ match: "tam puan verin lütfen, karşılığında bonus", severity: 'violation' }] },
  { text: "5 ulduz versəniz endirim edərəm", findings: [{ match: "5 ulduz versəniz endirim", severity: 'violation' }] },
  { text: "yaxşı rəy yazmasan pulu qaytarmaram", findings: [{ match: "yaxşı rəy yazmasan pulu qaytarmaram", severity: 'violation' }] },
  { text: "5 ulduz ver, bonus göndərərəm", findings: [{ match: "5 ulduz ver, bonus", severity: 'violation' }] },
  { text: "müsbət rəy yazsanız növbəti iş pulsuz", findings: [{ match: "müsbət rəy yazsanız növbəti iş pulsuz", severity: 'violation' }] },
  { text: "cho em 5 sao nhé, em giảm giá cho", findings: [{ match: "5 sao nhé, em giảm giá", severity: 'violation' }] },
  { text: "đánh giá 5 sao thì em làm thêm miễn phí", findings: [{ match: "5 sao thì em làm thêm miễn phí", severity: 'violation' }] },
  { text: "để lại review tốt em tặng thêm 1 bản thiết kế", findings: [{ match: "để lại review tốt", severity: 'violation' }] },
  { text: "ให้ 5 ดาวหน่อยนะ เดี๋ยวลดราคาให้", findings: [{ match: "5 ดาวหน่อยนะ เดี๋ยวลดราคา", severity: 'violation' }] },
  { text: "ถ้าไม่ให้รีวิวดี จะไม่ส่งไฟล์", findings: [{ match: "รีวิวดี จะไม่ส่ง", severity: 'violation' }] },
  { text: "รีวิวดีๆ แล้วจะทำเพิ่มให้ฟรี", findings: [{ match: "รีวิวดีๆ แล้วจะทำเพิ่มให้", severity: 'violation' }] },
  { text: "ช่วยให้คะแนนเต็มหน่อย แลกกับส่วนลด", findings: [{ match: "คะแนนเต็มหน่อย แลกกับส่วนลด", severity: 'violation' }] },
  { text: "dă-mi 5 stele și îți fac reducere", findings: [{ match: "5 stele și îți fac reducere", severity: 'violation' }] },
  { text: "sterge recenzia negativa si iti dau banii inapoi", findings: [{ match: "sterge recenzia", severity: 'violation' }] },
  { text: "lasa-mi 5 stele si iti fac gratis o revizie", findings: [{ match: "5 stele si iti fac gratis", severity: 'violation' }] },
);
valid.push(
  "işi beğendiyseniz yorum bırakabilirsiniz, zorunlu değil",
  "uygulamada 5 yıldız değerlendirme ekranı lazım",
  "kötü yorum aldım, çok üzüldüm",
  "iş xoşunuza gəldisə rəy yaza bilərsiniz, məcburi deyil",
  "tətbiqdə 5 ulduz reytinq ekranı lazımdır",
  "rəyini yaz, amma məcbur deyilsən",
  "nếu anh hài lòng thì để lại đánh giá giúp em, không bắt buộc",
  "màn hình đánh giá 5 sao trong app bị lỗi",
  "review sản phẩm: tai nghe này đáng 5 sao",
  "ถ้าพอใจ ฝากรีวิวด้วยนะครับ ไม่บังคับ",
  "หน้าให้คะแนน 5 ดาวในแอปมีบั๊ก",
  "รีวิวหูฟัง: เสียงดีมาก ให้ 5 ดาว",
  "ขอบคุณที่ให้ 5 ดาวนะครับ",
  "daca esti multumit, poti lasa un review, nu e obligatoriu",
  "ecranul de 5 stele din aplicatie are un bug",
);

/** Round twenty-five, languages (t42): German, Dutch as clients and freelancers write them; next to them the same words refused or said of the work. */
invalid.push(
  { text: "gib mir 5 Sterne, dann bekommst du einen Rabatt", findings: [{ match: "5 Sterne, dann bekommst du einen Rabatt", severity: 'violation' }] },
  { text: "wenn du keine gute Bewertung gibst, schicke ich die Dateien nicht", findings: [{ match: "gute Bewertung gibst, schicke", severity: 'violation' }] },
  { text: "für eine 5-Sterne-Bewertung mache ich die Änderungen kostenlos", findings: [{ match: "5", severity: 'violation' }] },
  { text: "geef me 5 sterren, dan krijg je korting", findings: [{ match: "5 sterren, dan krijg je korting", severity: 'violation' }] },
  { text: "als je geen goede review geeft stuur ik de bestanden niet", findings: [{ match: "als je geen goede review geeft stuur ik de bestanden", severity: 'violation' }] },
  { text: "haal die slechte review weg en je krijgt geld terug", findings: [{ match: "haal die slechte review weg", severity: 'violation' }] },
);
valid.push(
  "wenn du zufrieden bist, freue ich mich über eine Bewertung, kein Muss",
  "der 5-Sterne-Bewertungsdialog in der App stürzt ab",
  "als je tevreden bent, mag je een review achterlaten, hoeft niet",
);

/**
 * Round twenty-six, languages (t44): Armenian (script and Latin letters), Uzbek (Latin and Cyrillic), Persian (script and Finglish),
 * Kazakh, Kyrgyz, Tajik and Mongolian, as clients, freelancers and scammers type them; next to them refusals, rules, reported speech and work.
 */
invalid.push(
  { text: "Եթե 5 աստղ չդնեք, ֆայլերը չեմ ուղարկի", findings: [{ match: "5 աստղ չդնեք, ֆայլերը չեմ ուղարկի", severity: 'violation' }] },
  { text: "Լավ կարծիք թողեք, հետո կտամ զեղչ", findings: [{ match: "Լավ կարծիք թողեք, հետո կտամ զեղչ", severity: 'violation' }] },
  { text: "Գրեք 5 աստղ, հետո վերջնական ֆայլը կուղարկեմ", findings: [{ match: "աստղ, հետո վերջնական ֆայլը", severity: 'violation' }] },
  { text: "5 astx dnes, heto fayler@ kuxarkem", findings: [{ match: "astx dnes, heto fayler@", severity: 'violation' }] },
  { text: "ete lav karciq chgres, kod@ chem tali", findings: [{ match: "lav karciq chgres, kod@ chem tali", severity: 'violation' }] },
  { text: "5 yulduz qo'ysangiz, fayllarni yuboraman", findings: [{ match: "5 yulduz qo'ysangiz, fayllarni yuboraman", severity: 'violation' }] },
  { text: "Yaxshi otziv yozmasangiz, kodni bermayman", findings: [{ match: "Yaxshi otziv yozmasangiz, kodni bermayman", severity: 'violation' }] },
  { text: "Avval 5 yulduzli baho qoldiring, keyin manba kodini yuboraman", findings: [{ match: "baho qoldiring, keyin manba kodini", severity: 'violation' }] },
  { text: "5 юлдуз қўйсангиз, файлларни юбораман", findings: [{ match: "5 юлдуз қўйсангиз, файлларни юбораман", severity: 'violation' }] },
  { text: "اگه ۵ ستاره ندید فایل‌ها رو نمی‌فرستم", findings: [{ match: "۵ ستاره ندید فایل‌ها رو نمی‌فرستم", severity: 'violation' }] },
  { text: "اول نظر مثبت بذارید، بعد سورس رو می‌فرستم", findings: [{ match: "نظر مثبت بذارید، بعد سورس", severity: 'violation' }] },
  { text: "age 5 setare nadi file ro nemifrestam", findings: [{ match: "5 setare nadi file ro nemifrestam", severity: 'violation' }] },
  { text: "aval review khoob bezar, bad source ro midam", findings: [{ match: "review khoob bezar, bad source", severity: 'violation' }] },
  { text: "5 жұлдыз қойсаңыз, файлдарды жіберемін", findings: [{ match: "5 жұлдыз қойсаңыз, файлдарды жіберемін", severity: 'violation' }] },
  { text: "Жақсы пікір жазбасаңыз, кодты бермеймін", findings: [{ match: "Жақсы пікір жазбасаңыз, кодты бермеймін", severity: 'violation' }] },
  { text: "5 жылдыз койсоңуз, файлдарды жиберем", findings: [{ match: "5 жылдыз койсоңуз, файлдарды жиберем", severity: 'violation' }] },
  { text: "Жакшы пикир жазбасаңыз, кодду бербейм", findings: [{ match: "Жакшы пикир жазбасаңыз, кодду бербейм", severity: 'violation' }] },
  { text: "Агар 5 ситора надиҳед, файлҳоро намефиристам", findings: [{ match: "5 ситора надиҳед, файлҳоро намефиристам", severity: 'violation' }] },
  { text: "Баҳои хуб нанависед, кодро намедиҳам", findings: [{ match: "Баҳои хуб нанависед, кодро намедиҳам", severity: 'violation' }] },
  { text: "5 од өгөхгүй бол файлаа явуулахгүй", findings: [{ match: "5 од өгөхгүй", severity: 'violation' }] },
  { text: "Сайн сэтгэгдэл бичээгүй бол кодоо өгөхгүй", findings: [{ match: "Сайн сэтгэгдэл бичээгүй бол кодоо өгөхгүй", severity: 'violation' }] },
  { text: "Վերջնական ֆայլերը կուղարկեմ միայն 5 աստղից հետո", findings: [{ match: "ֆայլերը կուղարկեմ միայն 5 աստղից հետո", severity: 'violation' }] },
  { text: "Եթե 5 աստղ չտաք, կոդը չեք ստանա", findings: [{ match: "5 աստղ չտաք, կոդը չեք ստանա", severity: 'violation' }] },
  { text: "Զեղչ կտամ, եթե լավ կարծիք գրեք", findings: [{ match: "կտամ, եթե լավ կարծիք", severity: 'violation' }] },
  { text: "5 astx dreq, nor kod@ kuxarkem", findings: [{ match: "5 astx dreq", severity: 'violation' }] },
  { text: "Fayllarni faqat 5 yulduz qo'yganingizdan keyin yuboraman", findings: [{ match: "5 yulduz qo'yganingizdan keyin yuboraman", severity: 'violation' }] },
  { text: "Agar 5 yulduz qo'ymasangiz, kodni bermayman", findings: [{ match: "5 yulduz qo'ymasangiz, kodni bermayman", severity: 'violation' }] },
  { text: "Yaxshi baho qo'ysangiz, 20% chegirma beraman", findings: [{ match: "Yaxshi baho qo'ysangiz, 20% chegirma beraman", severity: 'violation' }] },
  { text: "تا ۵ ستاره ندید، فایل نهایی رو نمی‌فرستم", findings: [{ match: "۵ ستاره ندید، فایل نهایی رو نمی‌فرستم", severity: 'violation' }] },
  { text: "age nazare khoob nadi, source ro nemidam", findings: [{ match: "nazare khoob nadi, source ro nemidam", severity: 'violation' }] },
  { text: "5 жұлдыз қойғаннан кейін ғана файлдарды жіберемін", findings: [{ match: "жұлдыз қойғаннан кейін ғана файлдарды", severity: 'violation' }] },
  { text: "Жақсы пікір жазсаңыз, 20% жеңілдік беремін", findings: [{ match: "Жақсы пікір жазсаңыз, 20% жеңілдік беремін", severity: 'violation' }] },
  { text: "5 жылдыз койгондон кийин гана файлдарды жиберем", findings: [{ match: "жылдыз койгондон кийин гана файлдарды", severity: 'violation' }] },
  { text: "Пас аз 5 ситора файлҳоро мефиристам", findings: [{ match: "Пас аз 5 ситора файлҳоро", severity: 'violation' }] },
  { text: "5 од өгсний дараа файлаа явуулна", findings: [{ match: "од өгсний дараа файлаа", severity: 'violation' }] },
);
valid.push(
  "Եթե գոհ եք, կարող եք կարծիք թողնել",
  "Հաճախորդը 1 աստղ դրեց, բայց ես ոչինչ չասացի",
  "ete goh eq ashxatanqic, karciq toxeq",
  "Ish yoqqan bo'lsa, baho qoldirishingiz mumkin",
  "Mijoz 1 yulduz qo'ydi, lekin men hech narsa demadim",
  "اگه از کار راضی بودید، خوشحال میشم نظرتون رو بنویسید",
  "کارفرما یک ستاره داد ولی چیزی نگفتم",
  "Жұмыс ұнаса, пікір қалдыра аласыз",
  "Խնդրում եմ կարծիք թողեք նախագծի ավարտից հետո, եթե գոհ եք",
  "Ես մեր հավելվածի համար 5 աստղանի գնահատման համակարգ եմ սարքում",
  "proyekti verjum karciq toxeq, shnorhakalutyun",
  "Loyiha tugagach, agar mamnun bo'lsangiz, baho qoldiring",
  "Ilovaga 5 yulduzli reyting tizimini qo'shish kerak",
  "برای اپلیکیشن یه سیستم امتیاز ۵ ستاره لازم داریم",
  "Жоба біткен соң, риза болсаңыз, пікір қалдырыңыз",
  "Կարծիքը ձեր ընտրությունն է, ես ոչինչ չեմ պահանջում",
  "Baho qo'yish sizning ixtiyoringiz, hech narsa talab qilmayman",
);

// Round twenty-six (t43): Serbian (both alphabets, ekavian and ijekavian), Croatian, Bosnian, Slovenian, Macedonian, Bulgarian, Slovak,
// Czech and Albanian, as people chat; each missed before the round's words.
invalid.push(
  // Serbian (FB)
  { text: "Ostavi mi 5 zvezdica i daću ti popust na sledeći projekat", findings: [{ match: "5 zvezdica i daću ti popust", severity: 'violation' }] },
  // Serbian (FB)
  { text: "Ако ми не даш пет звездица, нећу ти послати фајлове", findings: [{ match: "пет звездица, нећу ти послати", severity: 'violation' }] },
  // Serbian (FB)
  { text: "Pošaljem fajlove tek kad ostaviš dobru ocenu", findings: [{ match: "fajlove tek kad ostaviš dobru ocenu", severity: 'violation' }] },
  // Serbian (FB)
  { text: "Daj mi dobar feedback pa ti vraćam deo para", findings: [{ match: "dobar feedback pa ti vraćam deo para", severity: 'violation' }] },
  // Serbian (FB)
  { text: "Zatvori ugovor sa pet zvezdica, inače ti ne šaljem izvorne fajlove", findings: [{ match: "pet zvezdica, inače ti ne šaljem", severity: 'violation' }] },
  // Croatian (FB)
  { text: "Ako mi ne date dobru ocjenu, nema više izmjena", findings: [{ match: "dobru ocjenu, nema više izmjena", severity: 'violation' }] },
  // Croatian (FB)
  { text: "Zatvorite ugovor s 5 zvjezdica pa vam vraćam 20 eura", findings: [{ match: "5 zvjezdica pa vam vraćam 20 eura", severity: 'violation' }] },
  // Croatian (FB)
  { text: "Tek kad dobijem pet zvjezdica šaljem izvorne datoteke", findings: [{ match: "pet zvjezdica šaljem", severity: 'violation' }] },
  // Bosnian (FB)
  { text: "Ako mi ne daš pet zvjezdica, neću ti poslati fajlove", findings: [{ match: "pet zvjezdica, neću ti poslati", severity: 'violation' }] },
  // Slovenian (FB)
  { text: "Pusti mi 5 zvezdic in dobiš popust pri naslednjem projektu", findings: [{ match: "5 zvezdic in dobiš popust", severity: 'violation' }] },
  // Slovenian (FB)
  { text: "Če mi ne daš 5 zvezdic, ti ne pošljem datotek", findings: [{ match: "5 zvezdic, ti ne pošljem", severity: 'violation' }] },
  // Slovenian (FB)
  { text: "Datoteke pošljem šele, ko pustite dobro oceno", findings: [{ match: "pustite dobro oceno", severity: 'violation' }] },
  // Slovenian (FB)
  { text: "Napišite pozitivno mnenje pa vam vrnem 20 evrov", findings: [{ match: "pozitivno mnenje pa vam vrnem 20 evrov", severity: 'violation' }] },
  // Slovenian (FB)
  { text: "Pusti mi dobro oceno, pa dobiš brezplačne popravke", findings: [{ match: "dobro oceno, pa dobiš brezplačne", severity: 'violation' }] },
  // Macedonian (FB)
  { text: "Остави ми 5 ѕвезди и ќе добиеш попуст", findings: [{ match: "5 ѕвезди и ќе добиеш попуст", severity: 'violation' }] },
  // Macedonian (FB)
  { text: "Ако не ми дадеш 5 ѕвезди, нема да ти ги пратам фајловите", findings: [{ match: "5 ѕвезди, нема да ти ги пратам", severity: 'violation' }] },
  // Macedonian (FB)
  { text: "Фајловите ги праќам дури кога ќе оставиш добра оценка", findings: [{ match: "праќам дури кога ќе оставиш добра оценка", severity: 'violation' }] },
  // Macedonian (FB)
  { text: "Ако не ми дадеш добра оценка, нема да ти ги пратам фајловите", findings: [{ match: "добра оценка, нема да ти ги пратам", severity: 'violation' }] },
  // Bulgarian (FB)
  { text: "ostavi mi 5 zvezdi i shte ti varna chast ot parite", findings: [{ match: "5 zvezdi i shte ti varna chast ot parite", severity: 'violation' }] },
  // Slovak (FB)
  { text: "Daj mi 5 hviezdičiek a dostaneš zľavu", findings: [{ match: "5 hviezdičiek a dostaneš zľavu", severity: 'violation' }] },
  // Slovak (FB)
  { text: "Ak mi nedáš 5 hviezdičiek, nepošlem ti súbory", findings: [{ match: "5 hviezdičiek, nepošlem", severity: 'violation' }] },
  // Slovak (FB)
  { text: "Súbory pošlem až keď mi dáte dobré hodnotenie", findings: [{ match: "Súbory pošlem až keď mi dáte dobré hodnotenie", severity: 'violation' }] },
  // Slovak (FB)
  { text: "Dajte mi 5 hviezdičiek a vrátim vám časť peňazí", findings: [{ match: "Dajte mi 5 hviezdičiek", severity: 'violation' }] },
  // Albanian (FB)
  { text: "Më lër 5 yje dhe të bëj zbritje", findings: [{ match: "5 yje dhe të bëj zbritje", severity: 'violation' }] },
  // Albanian (FB)
  { text: "Nëse nuk më jep 5 yje, nuk t'i dërgoj skedarët", findings: [{ match: "5 yje, nuk t'i dërgoj", severity: 'violation' }] },
  // Albanian (FB)
  { text: "Skedarët i dërgoj vetëm pasi të më lësh vlerësim të mirë", findings: [{ match: "Skedarët i dërgoj vetëm pasi të më lësh vlerësim", severity: 'violation' }] },
  // Albanian (FB)
  { text: "Më lër 5 yje dhe të kthej një pjesë të parave", findings: [{ match: "Më lër 5 yje", severity: 'violation' }] },
);
// Round twenty-six (t43): their look-alikes (refusals, reported asks, work talk, an order's number, a bug's place).
valid.push(
  "Ocena od 5 zvezdica koju ste ostavili mi mnogo znači, hvala!", // Serbian
  "Nakon što završimo, bit ću zahvalan na iskrenoj recenziji, bez obzira na ocjenu.", // Croatian
  "Ako ste zadovoljni, bit ću zahvalna na iskrenoj ocjeni.", // Croatian
  "Hvala, ako ste zadovoljni ostavite iskrenu ocjenu.", // Bosnian
  "Če ste zadovoljni, bom hvaležna za iskreno oceno.", // Slovenian
  "Hvala za 5 zvezdic, res cenim!", // Slovenian
  "Ако сте задоволни, ќе ми биде драго да оставите искрена оценка.", // Macedonian
  "Фала за петте ѕвезди, многу ми значи!", // Macedonian
  "Ако сте доволни, ще се радвам на честен отзив.", // Bulgarian
  "Благодаря за петте звезди!", // Bulgarian
  "Ak ste spokojní, budem vďačná za úprimné hodnotenie.", // Slovak
  "Ďakujem za 5 hviezdičiek!", // Slovak
  "Pokud jste spokojeni, budu vděčná za upřímné hodnocení.", // Czech
  "Děkuji za 5 hvězdiček!", // Czech
  "Nëse jeni të kënaqur, do të isha mirënjohës për një vlerësim të sinqertë.", // Albanian
  "Faleminderit për 5 yjet!", // Albanian
);

/**
 * Round twenty-six, languages (t45): Sinhala (script and Singlish), Gujarati, Punjabi (Gurmukhi, Shahmukhi, Latin), Kannada, Malayalam
 * (script and Manglish), Burmese (Unicode) and Khmer as people chat on Upwork, the helper's own cases; next to them the same words
 * refused, told, or said of the work (an order number, a login page, a review section, an integration).
 */
invalid.push(
  { text: "5 star aapso to j final file moklish", findings: [{ match: "star aapso to j final", severity: 'violation' }] },
  { text: "saro review aapso to discount aapish", findings: [{ match: "saro review aapso to discount", severity: 'violation' }] },
  { text: "review aapya pachi j file moklish", findings: [{ match: "review aapya pachi j file", severity: 'violation' }] },
  { text: "5 સ્ટાર આપશો તો જ ફાઇનલ ફાઇલ મોકલીશ", findings: [{ match: "સ્ટાર આપશો તો જ ફાઇનલ ફાઇલ", severity: 'violation' }] },
  { text: "સારો રિવ્યુ આપશો તો ડિસ્કાઉન્ટ આપીશ", findings: [{ match: "સારો રિવ્યુ આપશો તો ડિસ્કાઉન્ટ", severity: 'violation' }] },
  { text: "રિવ્યુ આપ્યા પછી જ ફાઇલ મોકલીશ", findings: [{ match: "રિવ્યુ આપ્યા પછી જ ફાઇલ", severity: 'violation' }] },
  { text: "ફીડબેક બદલી નાખો, નહીં તો પૈસા પાછા નહીં મળે", findings: [{ match: "ફીડબેક બદલી નાખો", severity: 'violation' }] },
  { text: "5 સ્ટાર આપો તો પૈસા પાછા આપી દઈશ", findings: [{ match: "5 સ્ટાર આપો તો પૈસા પાછા", severity: 'violation' }] },
  { text: "oy 5 star sen ban knhom phnheu file", findings: [{ match: "star sen ban knhom phnheu file", severity: 'violation' }] },
  { text: "ឲ្យ 5 ផ្កាយសិន ទើបខ្ញុំផ្ញើឯកសារចុងក្រោយ", findings: [{ match: "ផ្កាយសិន ទើបខ្ញុំផ្ញើឯកសារចុងក្រោយ", severity: 'violation' }] },
  { text: "បើឲ្យ review ល្អ ខ្ញុំបញ្ចុះតម្លៃឲ្យ", findings: [{ match: "review ល្អ ខ្ញុំបញ្ចុះតម្លៃ", severity: 'violation' }] },
  { text: "ក្រោយពេលឲ្យ review ទើបខ្ញុំផ្ញើ file", findings: [{ match: "ក្រោយពេលឲ្យ review ទើបខ្ញុំផ្ញើ file", severity: 'violation' }] },
  { text: "5 star kottre matra final file kalsteeni", findings: [{ match: "star kottre matra final", severity: 'violation' }] },
  { text: "olle review kottre discount kodteeni", findings: [{ match: "olle review kottre discount", severity: 'violation' }] },
  { text: "5 ಸ್ಟಾರ್ ಕೊಟ್ರೆ ಮಾತ್ರ ಫೈನಲ್ ಫೈಲ್ ಕಳುಹಿಸ್ತೀನಿ", findings: [{ match: "ಸ್ಟಾರ್ ಕೊಟ್ರೆ ಮಾತ್ರ ಫೈನಲ್ ಫೈಲ್", severity: 'violation' }] },
  { text: "ಒಳ್ಳೆ ರಿವ್ಯೂ ಕೊಟ್ರೆ ಡಿಸ್ಕೌಂಟ್ ಕೊಡ್ತೀನಿ", findings: [{ match: "ಒಳ್ಳೆ ರಿವ್ಯೂ ಕೊಟ್ರೆ ಡಿಸ್ಕೌಂಟ್", severity: 'violation' }] },
  { text: "ರಿವ್ಯೂ ಕೊಟ್ಟ ಮೇಲೆ ಮಾತ್ರ ಫೈಲ್ ಕಳುಹಿಸ್ತೀನಿ", findings: [{ match: "ರಿವ್ಯೂ ಕೊಟ್ಟ ಮೇಲೆ ಮಾತ್ರ ಫೈಲ್", severity: 'violation' }] },
  { text: "ಫೀಡ್‌ಬ್ಯಾಕ್ ಬದಲಾಯಿಸಿ, ಇಲ್ಲದಿದ್ರೆ ದುಡ್ಡು ವಾಪಸ್ ಸಿಗಲ್ಲ", findings: [{ match: "ಫೀಡ್‌ಬ್ಯಾಕ್ ಬದಲಾಯಿಸಿ", severity: 'violation' }] },
  { text: "5 star thannal mathrame final file ayakku", findings: [{ match: "star thannal mathrame final", severity: 'violation' }] },
  { text: "nalla review thannal discount tharam", findings: [{ match: "nalla review thannal discount tharam", severity: 'violation' }] },
  { text: "review ittathinu shesham mathram file ayakkam", findings: [{ match: "review ittathinu shesham mathram file", severity: 'violation' }] },
  { text: "5 സ്റ്റാർ തന്നാൽ മാത്രമേ ഫൈനൽ ഫയൽ അയക്കൂ", findings: [{ match: "സ്റ്റാർ തന്നാൽ മാത്രമേ ഫൈനൽ ഫയൽ", severity: 'violation' }] },
  { text: "നല്ല റിവ്യൂ തന്നാൽ ഡിസ്കൗണ്ട് തരാം", findings: [{ match: "നല്ല റിവ്യൂ തന്നാൽ ഡിസ്കൗണ്ട് തരാം", severity: 'violation' }] },
  { text: "റിവ്യൂ ഇട്ടതിനു ശേഷം മാത്രം ഫയൽ അയക്കാം", findings: [{ match: "റിവ്യൂ ഇട്ടതിനു ശേഷം മാത്രം ഫയൽ", severity: 'violation' }] },
  { text: "റിവ്യൂ മാറ്റണം, ഇല്ലെങ്കിൽ പൈസ തിരിച്ചു തരില്ല", findings: [{ match: "റിവ്യൂ മാറ്റണം", severity: 'violation' }] },
  { text: "5 kyal pay mha file po mal", findings: [{ match: "kyal pay mha file", severity: 'violation' }] },
  { text: "5 ကြယ် ပေးမှ final file ပို့ပေးမယ်", findings: [{ match: "ကြယ် ပေးမှ final", severity: 'violation' }] },
  { text: "review ကောင်းကောင်းပေးရင် discount ပေးမယ်", findings: [{ match: "review ကောင်းကောင်းပေးရင် discount", severity: 'violation' }] },
  { text: "review ပေးပြီးမှ ဖိုင်ပို့မယ်", findings: [{ match: "review ပေးပြီးမှ ဖိုင်", severity: 'violation' }] },
  { text: "feedback ကို ပြင်ပေးပါ၊ မဟုတ်ရင် ပိုက်ဆံ ပြန်မပေးဘူး", findings: [{ match: "feedback ကို ပြင်ပေးပါ", severity: 'violation' }] },
  { text: "5 سٹار دیو گے تاں ای فائنل فائل گھلاں گا", findings: [{ match: "سٹار دیو گے تاں ای فائنل فائل", severity: 'violation' }] },
  { text: "چنگا ریویو دیو تے ڈسکاؤنٹ دیواں گا", findings: [{ match: "چنگا ریویو دیو تے ڈسکاؤنٹ", severity: 'violation' }] },
  { text: "5 star doge taan hi final file bhejanga", findings: [{ match: "star doge taan hi final", severity: 'violation' }] },
  { text: "changa review dedo te discount devanga", findings: [{ match: "changa review dedo te discount", severity: 'violation' }] },
  { text: "5 ਸਟਾਰ ਦਿਓਗੇ ਤਾਂ ਹੀ ਫਾਈਨਲ ਫਾਈਲ ਭੇਜਾਂਗਾ", findings: [{ match: "ਸਟਾਰ ਦਿਓਗੇ ਤਾਂ ਹੀ ਫਾਈਨਲ ਫਾਈਲ", severity: 'violation' }] },
  { text: "ਚੰਗਾ ਰਿਵਿਊ ਦਿਓ ਤਾਂ ਡਿਸਕਾਊਂਟ ਦੇਵਾਂਗਾ", findings: [{ match: "ਚੰਗਾ ਰਿਵਿਊ ਦਿਓ ਤਾਂ ਡਿਸਕਾਊਂਟ", severity: 'violation' }] },
  { text: "ਰਿਵਿਊ ਦੇਣ ਤੋਂ ਬਾਅਦ ਹੀ ਫਾਈਲ ਭੇਜਾਂਗਾ", findings: [{ match: "ਰਿਵਿਊ ਦੇਣ ਤੋਂ ਬਾਅਦ ਹੀ ਫਾਈਲ", severity: 'violation' }] },
  { text: "ਫੀਡਬੈਕ ਬਦਲ ਦਿਓ, ਨਹੀਂ ਤਾਂ ਪੈਸੇ ਵਾਪਸ ਨਹੀਂ ਮਿਲਣਗੇ", findings: [{ match: "ਫੀਡਬੈਕ ਬਦਲ ਦਿਓ", severity: 'violation' }] },
  { text: "5 star dunnoth witharai final file eka ewanne", findings: [{ match: "star dunnoth witharai final", severity: 'violation' }] },
  { text: "hoda review ekak dunnoth discount ekak dennam", findings: [{ match: "hoda review ekak dunnoth discount ekak", severity: 'violation' }] },
  { text: "review eka dapu gaman files tika ewannam", findings: [{ match: "review eka dapu gaman files", severity: 'violation' }] },
  { text: "5 star dennne nathnam source files denne na", findings: [{ match: "5 star dennne nathnam source files denne na", severity: 'violation' }] },
  { text: "5 ස්ටාර් දුන්නොත් විතරයි ෆයිනල් ෆයිල් එක එවන්නේ", findings: [{ match: "ස්ටාර් දුන්නොත් විතරයි ෆයිනල් ෆයිල්", severity: 'violation' }] },
  { text: "හොඳ රිවීව් එකක් දුන්නොත් මම ඩිස්කවුන්ට් එකක් දෙන්නම්", findings: [{ match: "හොඳ රිවීව් එකක් දුන්නොත් මම ඩිස්කවුන්ට්", severity: 'violation' }] },
  { text: "රිවීව් එක දාපු ගමන් ෆයිල් ටික එවන්නම්", findings: [{ match: "රිවීව් එක දාපු ගමන් ෆයිල්", severity: 'violation' }] },
  { text: "ෆීඩ්බැක් එක වෙනස් කරන්න, නැත්නම් සල්ලි ආපහු දෙන්නේ නෑ", findings: [{ match: "ෆීඩ්බැක් එක වෙනස් කරන්න", severity: 'violation' }] },
  { text: "5 ස්ටාර් රිවීව් එකක් දෙනවා නම් මම ඔයාට සල්ලි ආපහු දෙන්නම්", findings: [{ match: "5 ස්ටාර් රිවීව් එකක් දෙනවා නම් මම ඔයාට සල්ලි ආපහු", severity: 'violation' }] },
  { text: "5 ස්ටාර් දෙන්නේ නැත්නම් සෝස් ෆයිල් දෙන්නේ නෑ", findings: [{ match: "5 ස්ටාර් දෙන්නේ නැත්නම් සෝස් ෆයිල් දෙන්නේ නෑ", severity: 'violation' }] },
);
valid.push(
  "රිවීව් සිස්ටම් එකට 5 ස්ටාර් රේටින් එකක් හදන්න ඕනේ",
  "એપમાં 5 સ્ટાર રેટિંગ વાળું રિવ્યુ સેક્શન બનાવવાનું છે",
  "ਐਪ ਵਿੱਚ 5 ਸਟਾਰ ਰੇਟਿੰਗ ਵਾਲਾ ਰਿਵਿਊ ਸੈਕਸ਼ਨ ਬਣਾਉਣਾ ਹੈ",
  "ಆ್ಯಪ್‌ನಲ್ಲಿ 5 ಸ್ಟಾರ್ ರೇಟಿಂಗ್ ಇರೋ ರಿವ್ಯೂ ಸೆಕ್ಷನ್ ಮಾಡಬೇಕು",
  "ആപ്പിൽ 5 സ്റ്റാർ റേറ്റിംഗ് ഉള്ള റിവ്യൂ സെക്ഷൻ വേണം",
  "app ထဲမှာ 5 ကြယ် rating ပါတဲ့ review အပိုင်း လုပ်ပေးရမယ်",
  "ဖိုင်တွေ ပို့ပေးမယ်၊ ကြည့်ပြီး feedback ပေးပါ",
  "បង្កើតផ្នែក review ដែលមាន 5 ផ្កាយ ក្នុង app",
  "ខ្ញុំផ្ញើឯកសារហើយ សូមពិនិត្យ",
  "file aaje moklish",
  "કોન્ટ્રાક્ટ પૂરો થાય પછી ગમે તો રિવ્યુ આપજો",
  "ફાઇલ આજે મોકલીશ",
  "ផ្ញើឯកសារថ្ងៃនេះ",
  "file ivattu kalsteeni",
  "ಕಾಂಟ್ರಾಕ್ಟ್ ಮುಗಿದ ಮೇಲೆ ಇಷ್ಟ ಆದ್ರೆ ರಿವ್ಯೂ ಕೊಡಿ",
  "ಫೈಲ್ ಇವತ್ತು ಕಳುಹಿಸ್ತೀನಿ",
  "file innu ayakkam",
  "കോൺട്രാക്ട് കഴിഞ്ഞ് ഇഷ്ടപ്പെട്ടെങ്കിൽ റിവ്യൂ ഇടൂ",
  "ഫയൽ ഇന്ന് അയക്കാം",
  "contract ပြီးရင် ကြိုက်ရင် review ပေးပါ",
  "ဖိုင်ကို ဒီနေ့ ပို့ပေးမယ်",
  "فائل اج گھل دیاں گا",
  "file ajj bhej dawanga",
  "ਕੰਟਰੈਕਟ ਖਤਮ ਹੋਣ ਤੋਂ ਬਾਅਦ ਚੰਗਾ ਲੱਗੇ ਤਾਂ ਰਿਵਿਊ ਦੇ ਦੇਣਾ",
  "ਫਾਈਲ ਅੱਜ ਭੇਜ ਦਿਆਂਗਾ",
  "files tika ada ewannam",
  "කොන්ට්‍රැක්ට් එක ඉවර වුණාම කැමති නම් රිවීව් එකක් දාන්න",
  "ෆයිල් ටික අද එවන්නම්",
  "ඇප් එකට 5 ස්ටාර් රේටින් සිස්ටම් එකක් ඕනේ",
);

/**
 * Round twenty-seven, languages (t48): Hausa, Yoruba and Igbo as Nigerian freelancers and clients type them, with and without their
 * marks (the view reads them plain), beside Nigerian English and Pidgin; Somali and Malagasy as typed in chat. Violations, then the
 * look-alikes: refusals, reported speech, work talk.
 */
invalid.push(
  { text: "Ka ba ni taurari biyar, zan ba ka rangwame", findings: [{ match: "taurari biyar, zan ba ka rangwame", severity: 'violation' }] },
  { text: "Idan ba ka ba ni kyakkyawan bita ba, ba zan turo aikin ba", findings: [{ match: "kyakkyawan bita ba, ba zan turo", severity: 'violation' }] },
  { text: "Bar min bita mai kyau, zan mayar maka da kudi", findings: [{ match: "bita mai kyau, zan mayar maka da kudi", severity: 'violation' }] },
  { text: "Sai ka ba ni taurari biyar kafin in turo fayil", findings: [{ match: "Sai ka ba ni taurari biyar kafin in turo fayil", severity: 'violation' }] },
  { text: "Ka rubuta min review mai kyau, zan yi maka aiki kyauta", findings: [{ match: "review mai kyau, zan yi maka aiki kyauta", severity: 'violation' }] },
  { text: "Idan ka bani 5 stars zan rage maka farashi", findings: [{ match: "5 stars zan rage maka farashi", severity: 'violation' }] },
  { text: "Ba zan turo fayilolin ba sai ka bar min taurari biyar", findings: [{ match: "fayilolin ba sai ka bar min taurari", severity: 'violation' }] },
  { text: "Fún mi ní ìràwọ̀ márùn-ún, màá dín owó kù fún ọ", findings: [{ match: "ìràwọ̀ márùn-ún, màá dín owó kù", severity: 'violation' }] },
  { text: "Ti o ko ba fun mi ni review to daa, mi o ni fi ise ranse", findings: [{ match: "review to daa, mi o ni fi ise ranse", severity: 'violation' }] },
  { text: "Ko review to daa, maa da owo re pada", findings: [{ match: "review to daa, maa da owo re pada", severity: 'violation' }] },
  { text: "Lẹ́yìn tí o bá fún mi ní ìràwọ̀ márùn-ún ni màá fi file ránṣẹ́", findings: [{ match: "Lẹ́yìn tí o bá fún mi ní ìràwọ̀ márùn-ún ni màá fi file", severity: 'violation' }] },
  { text: "5 stars ni mo fẹ́, màá ṣe iṣẹ́ míì fún ọ lọ́fẹ̀ẹ́", findings: [{ match: "5 stars", severity: 'violation' }] },
  { text: "Mi ò ní fi iṣẹ́ ránṣẹ́ àfi tí o bá fún mi ní ìràwọ̀ márùn-ún", findings: [{ match: "Mi ò ní fi iṣẹ́ ránṣẹ́ àfi tí o bá fún mi ní ìràwọ̀ márùn-ún", severity: 'violation' }] },
  { text: "Nye m kpakpando ise, aga m ebelata ọnụahịa", findings: [{ match: "kpakpando ise, aga m ebelata ọnụahịa", severity: 'violation' }] },
  { text: "Ọ bụrụ na ị nyeghị m review ọma, agaghị m eziga ọrụ ahụ", findings: [{ match: "review ọma, agaghị m eziga", severity: 'violation' }] },
  { text: "Dee review ọma, aga m eweghachi ego gị", findings: [{ match: "review ọma, aga m eweghachi ego", severity: 'violation' }] },
  { text: "Mgbe ị nyechara m kpakpando ise ka m ga-eziga faịlụ", findings: [{ match: "Mgbe ị nyechara m kpakpando ise ka m ga-eziga faịlụ", severity: 'violation' }] },
  { text: "5 stars ka m chọrọ, aga m arụrụ gị ọrụ ọzọ n'efu", findings: [{ match: "5 stars", severity: 'violation' }] },
  { text: "Agaghị m eziga ọrụ ahụ ma ọ bụghị na i nyere m kpakpando ise", findings: [{ match: "Agaghị m eziga ọrụ ahụ ma ọ bụghị na i nyere m kpakpando ise", severity: 'violation' }] },
  { text: "I sii shan xiddig, qiimo dhimis ayaan kuu samayn doonaa", findings: [{ match: "shan xiddig, qiimo dhimis", severity: 'violation' }] },
  { text: "Haddii aadan i siin review wanaagsan, shaqada kuuma soo diri doono", findings: [{ match: "review wanaagsan, shaqada kuuma soo diri doono", severity: 'violation' }] },
  { text: "Review wanaagsan ii qor, lacagtaada ayaan kuu celin doonaa", findings: [{ match: "Review wanaagsan ii qor, lacagtaada ayaan kuu celin", severity: 'violation' }] },
  { text: "Kaddib markaad i siiso shan xiddig ayaan faylasha kuu soo diri doonaa", findings: [{ match: "Kaddib markaad i siiso shan xiddig ayaan faylasha", severity: 'violation' }] },
  { text: "5 stars i sii, shaqo kale bilaash ayaan kuu qabanayaa", findings: [{ match: "5 stars i sii, shaqo kale bilaash", severity: 'violation' }] },
  { text: "Faylasha ma soo diri doono ilaa aad i siiso shan xiddig", findings: [{ match: "soo diri doono ilaa aad i siiso shan xiddig", severity: 'violation' }] },
  { text: "Omeo kintana dimy aho, dia hanena ny vidiny aho", findings: [{ match: "kintana dimy aho, dia hanena ny vidiny", severity: 'violation' }] },
  { text: "Raha tsy omenao hevitra tsara aho, tsy halefako ny asa", findings: [{ match: "hevitra tsara aho, tsy halefako", severity: 'violation' }] },
  { text: "Soraty hevitra tsara, haveriko ny volanao", findings: [{ match: "hevitra tsara, haveriko ny volanao", severity: 'violation' }] },
  { text: "Rehefa nomenao kintana dimy aho vao halefako ny rakitra", findings: [{ match: "Rehefa nomenao kintana dimy aho vao halefako ny rakitra", severity: 'violation' }] },
  { text: "5 stars omeo aho, hanao asa hafa maimaim-poana ho anao aho", findings: [{ match: "5 stars omeo aho, hanao asa hafa maimaim-poana", severity: 'violation' }] },
);
valid.push(
  "Don Allah ka bar bita ta gaskiya idan aikin ya ƙare",
  "Taurari biyar a cikin zane-zane na shafin",
  "Na ga mummunan bita a shafin abokin ciniki",
  "Bita mai kyau ta dogara da ingancin aiki",
  "Jọ̀wọ́ fi review tòótọ́ sílẹ̀ lẹ́yìn iṣẹ́ náà",
  "Ìràwọ̀ márùn-ún wà nínú design ojú-ìwé náà",
  "Mo fe ki e fi review tooto sile",
  "Irawo marun-un ni mo maa n fun gbogbo freelancer to dara",
  "Biko dee review ezi okwu mgbe ọrụ gwụrụ",
  "Kpakpando ise dị na design peeji ahụ",
  "Kpakpando ise bụ ihe m na-enye ndị ọrụ ọma niile",
  "Fadlan review daacad ah ka tag marka shaqadu dhammaato",
  "Shan xiddig ayaa ku jira naqshadda bogga",
  "Naqshadda bogga waxaa ku jira shan xiddig oo jaale ah",
  "Azafady avelao hevitra marina rehefa vita ny asa",
  "Misy kintana dimy ao amin'ny famolavolana ny pejy",
  "Kintana dimy no nomeny ahy tamin'ny asa teo aloha",
);

// Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, as people chat on Upwork (with and without
// å ä ö ø æ þ ð); each violation was missed before the round's words, each clean look-alike is flagged by none of them.
invalid.push(
  // Swedish (FB)
  { text: "Ge mig fem stjärnor så får du filerna", findings: [{ match: "fem stjärnor så får du", severity: 'violation' }] },
  // Swedish (FB)
  { text: "Om du inte ger mig ett bra betyg skickar jag inte källkoden", findings: [{ match: "bra betyg skickar jag", severity: 'violation' }] },
  // Swedish (FB)
  { text: "Jag ger dig 20% rabatt om du lämnar ett femstjärnigt omdöme", findings: [{ match: "rabatt om du lämnar ett femstjärnigt", severity: 'violation' }] },
  // Swedish (FB)
  { text: "Ändra ditt omdöme så återbetalar jag en del", findings: [{ match: "Ändra ditt omdöme", severity: 'violation' }] },
  // Swedish (FB)
  { text: "ge mig 5 stjarnor sa skickar jag filerna", findings: [{ match: "5 stjarnor sa skickar jag", severity: 'violation' }] },
  // Swedish (FB)
  { text: "Du får pengarna tillbaka om du tar bort ditt omdöme", findings: [{ match: "tar bort ditt omdöme", severity: 'violation' }] },
  // Swedish (FB)
  { text: "Filerna får du först när du har lämnat ett bra omdöme", findings: [{ match: "Filerna får du först när du har lämnat ett bra omdöme", severity: 'violation' }] },
  // Norwegian (FB)
  { text: "Gi meg fem stjerner så får du filene", findings: [{ match: "fem stjerner så får du", severity: 'violation' }] },
  // Norwegian (FB)
  { text: "Hvis du ikke gir meg en god vurdering, sender jeg ikke kildekoden", findings: [{ match: "god vurdering, sender jeg", severity: 'violation' }] },
  // Norwegian (FB)
  { text: "Du får 20 % rabatt hvis du legger igjen en femstjerners anmeldelse", findings: [{ match: "rabatt hvis du legger igjen en femstjerners", severity: 'violation' }] },
  // Norwegian (FB)
  { text: "Endre anmeldelsen din så betaler jeg tilbake en del", findings: [{ match: "Endre anmeldelsen", severity: 'violation' }] },
  // Norwegian (FB)
  { text: "gi meg 5 stjerner sa sender jeg filene", findings: [{ match: "5 stjerner sa sender jeg", severity: 'violation' }] },
  // Norwegian (FB)
  { text: "Du får pengene tilbake hvis du sletter anmeldelsen", findings: [{ match: "sletter anmeldelsen", severity: 'violation' }] },
  // Danish (FB)
  { text: "Giv mig fem stjerner så får du filerne", findings: [{ match: "fem stjerner så får du", severity: 'violation' }] },
  // Danish (FB)
  { text: "Hvis du ikke giver mig en god anmeldelse, sender jeg ikke kildekoden", findings: [{ match: "god anmeldelse, sender jeg", severity: 'violation' }] },
  // Danish (FB)
  { text: "Du får 20 % rabat hvis du skriver en femstjernet anmeldelse", findings: [{ match: "rabat hvis du skriver en femstjernet", severity: 'violation' }] },
  // Danish (FB)
  { text: "Ret din anmeldelse så betaler jeg en del tilbage", findings: [{ match: "Ret din anmeldelse", severity: 'violation' }] },
  // Danish (FB)
  { text: "Du får pengene tilbage hvis du sletter din anmeldelse", findings: [{ match: "sletter din anmeldelse", severity: 'violation' }] },
  // Danish (FB)
  { text: "giv mig 5 stjerner saa sender jeg filerne", findings: [{ match: "5 stjerner saa sender jeg", severity: 'violation' }] },
  // Finnish (FB)
  { text: "Anna mulle viisi tähteä niin saat tiedostot", findings: [{ match: "viisi tähteä niin saat", severity: 'violation' }] },
  // Finnish (FB)
  { text: "Jos et anna hyvää arvostelua, en lähetä lähdekoodia", findings: [{ match: "hyvää arvostelua, en lähetä", severity: 'violation' }] },
  // Finnish (FB)
  { text: "Saat 20 % alennuksen jos jätät viiden tähden arvostelun", findings: [{ match: "alennuksen jos jätät viiden tähden", severity: 'violation' }] },
  // Finnish (FB)
  { text: "Muuta arvosteluasi niin palautan osan rahoista", findings: [{ match: "Muuta arvosteluasi", severity: 'violation' }] },
  // Finnish (FB)
  { text: "anna 5 tahtea niin lahetan tiedostot", findings: [{ match: "5 tahtea niin lahetan", severity: 'violation' }] },
  // Finnish (FB)
  { text: "Saat rahat takaisin jos poistat arvostelun", findings: [{ match: "poistat arvostelun", severity: 'violation' }] },
  // Icelandic (FB)
  { text: "Gefðu mér fimm stjörnur og þú færð skrárnar", findings: [{ match: "fimm stjörnur og þú færð", severity: 'violation' }] },
  // Icelandic (FB)
  { text: "Ef þú gefur mér ekki góða umsögn sendi ég ekki kóðann", findings: [{ match: "góða umsögn sendi ég", severity: 'violation' }] },
  // Icelandic (FB)
  { text: "Þú færð 20% afslátt ef þú skilur eftir fimm stjörnu umsögn", findings: [{ match: "afslátt ef þú skilur eftir fimm stjörnu", severity: 'violation' }] },
  // Icelandic (FB)
  { text: "Breyttu umsögninni og ég endurgreiði hluta", findings: [{ match: "Breyttu umsögninni", severity: 'violation' }] },
  // Icelandic (FB)
  { text: "Þú færð peningana til baka ef þú eyðir umsögninni", findings: [{ match: "eyðir umsögninni", severity: 'violation' }] },
  // Swedish (FB)
  { text: "Lämna fem stjärnor först, sen skickar jag filerna", findings: [{ match: "Lämna fem stjärnor", severity: 'violation' }] },
  // Swedish (FB)
  { text: "Jag betalar tillbaka 500 kr om du ändrar betyget till fem stjärnor", findings: [{ match: "betalar tillbaka 500 kr om du ändrar betyget till fem stjärnor", severity: 'violation' }] },
  // Norwegian (FB)
  { text: "Gi meg fem stjerner først, så sender jeg filene", findings: [{ match: "fem stjerner først, så sender jeg", severity: 'violation' }] },
  // Danish (FB)
  { text: "Giv mig fem stjerner først, så sender jeg filerne", findings: [{ match: "fem stjerner først, så sender jeg", severity: 'violation' }] },
  // Finnish (FB)
  { text: "Anna ensin viisi tähteä, niin lähetän tiedostot", findings: [{ match: "viisi tähteä, niin lähetän", severity: 'violation' }] },
  // Icelandic (FB)
  { text: "Gefðu mér fimm stjörnur fyrst og þá sendi ég skrárnar", findings: [{ match: "Gefðu mér fimm stjörnur", severity: 'violation' }] },
  // Finnish (FB)
  { text: "Jos annat viisi tähteä, saat seuraavan työn ilmaiseksi", findings: [{ match: "viisi tähteä, saat seuraavan työn ilmaiseksi", severity: 'violation' }] },
  // Icelandic (FB)
  { text: "Ef þú gefur mér ekki fimm stjörnur færðu ekki skrárnar", findings: [{ match: "fimm stjörnur færðu", severity: 'violation' }] },
  // Norwegian (FB)
  { text: "Jeg gir deg 30 % avslag hvis du gir meg fem stjerner", findings: [{ match: "avslag hvis du gir meg fem stjerner", severity: 'violation' }] },
  // Danish (FB)
  { text: "Du får 30 % rabat hvis du giver mig fem stjerner", findings: [{ match: "rabat hvis du giver mig fem stjerner", severity: 'violation' }] },
);
valid.push(
  // Swedish (FB)
  "Tack för fem stjärnor, det betyder mycket!",
  // Swedish (FB)
  "Lämna gärna ett ärligt omdöme när kontraktet är klart",
  // Swedish (FB)
  "Sidan behöver en sektion för kundomdömen med stjärnor",
  // Swedish (FB)
  "Hon erbjöd rabatt för ett bra betyg, jag tackade nej",
  // Norwegian (FB)
  "Takk for fem stjerner, det betyr mye!",
  // Norwegian (FB)
  "Legg gjerne igjen en ærlig vurdering når kontrakten er ferdig",
  // Danish (FB)
  "Tak for fem stjerner, det betyder meget!",
  // Danish (FB)
  "Skriv gerne en ærlig anmeldelse når kontrakten er færdig",
  // Finnish (FB)
  "Kiitos viidestä tähdestä!",
  // Finnish (FB)
  "Jätä rehellinen arvostelu kun sopimus on valmis",
  // Icelandic (FB)
  "Takk fyrir fimm stjörnur!",
  // Swedish (FB)
  "Jag skickar filerna imorgon, sen kan du granska dem",
  // Swedish (FB)
  "Produktsidan ska visa omdömen med stjärnor och ett snittbetyg",
  // Swedish (FB)
  "Har du feedback på första utkastet?",
  // Norwegian (FB)
  "Produktsiden skal vise anmeldelser med stjerner",
  // Danish (FB)
  "Produktsiden skal vise anmeldelser med stjerner",
  // Finnish (FB)
  "Tuotesivulle tarvitaan arvostelut tähtinä",
  // Icelandic (FB)
  "Vörusíðan á að sýna umsagnir með stjörnum",
  // Finnish (FB)
  "Kiitos palautteesta, korjaan tiedostot huomenna",
);

// Round twenty-seven (t47): Lithuanian, Latvian and Estonian as people chat (on phones, often without their diacritics); each
// violation missed before the round's words, each look-alike clean.
invalid.push(
  // Lithuanian (fb)
  { text: "Palik man 5 zvaigzdutes ir gausi nuolaida", findings: [{ match: "5 zvaigzdutes ir gausi nuolaida", severity: 'violation' }] },
  // Lithuanian (fb)
  { text: "Jei neparasysi gero atsiliepimo, negausi failu", findings: [{ match: "gero atsiliepimo, negausi", severity: 'violation' }] },
  // Lithuanian (fb)
  { text: "Parasyk gera atsiliepima, tada atiduosiu koda", findings: [{ match: "gera atsiliepima, tada atiduosiu", severity: 'violation' }] },
  // Lithuanian (fb)
  { text: "Duosiu 20% nuolaida uz 5 zvaigzdes", findings: [{ match: "nuolaida uz 5 zvaigzdes", severity: 'violation' }] },
  // Lithuanian (fb)
  { text: "Prašau įvertink 5 žvaigždutėmis, kitaip negausi šaltinio kodo", findings: [{ match: "5 žvaigždutėmis, kitaip negausi", severity: 'violation' }] },
  // Latvian (fb)
  { text: "Atstaj man 5 zvaigznes un sanemsi atlaidi", findings: [{ match: "5 zvaigznes un sanemsi atlaidi", severity: 'violation' }] },
  // Latvian (fb)
  { text: "Ja neuzrakstisi labu atsauksmi, nesanemsi failus", findings: [{ match: "labu atsauksmi, nesanemsi", severity: 'violation' }] },
  // Latvian (fb)
  { text: "Uzraksti labu atsauksmi, tad nosutisu kodu", findings: [{ match: "labu atsauksmi, tad nosutisu", severity: 'violation' }] },
  // Estonian (fb)
  { text: "Jata mulle 5 tarni ja saad allahindlust", findings: [{ match: "5 tarni ja saad allahindlust", severity: 'violation' }] },
  // Estonian (fb)
  { text: "Kui sa ei kirjuta head tagasisidet, ei saa faile", findings: [{ match: "head tagasisidet, ei saa", severity: 'violation' }] },
  // Estonian (fb)
  { text: "Kirjuta hea tagasiside, siis saadan koodi", findings: [{ match: "hea tagasiside, siis saadan", severity: 'violation' }] },
);
valid.push(
  // Lithuanian
  "Aciu uz 5 zvaigzdutes!",
  // Lithuanian
  "Jei patiko darbas, busiu dekingas uz sazininga atsiliepima",
  // Latvian
  "Paldies par 5 zvaigznem!",
  // Latvian
  "Ja darbs patika, butu pateicigs par godigu atsauksmi",
  // Estonian
  "Aitah 5 tarni eest!",
  // Estonian
  "Kui too meeldis, oleksin tanulik ausa tagasiside eest",
);


// Round twenty-seven (t47): Czech and Bulgarian deepened with a second writer's phrasings (Czech without háčky, Bulgarian in
// Cyrillic and Latin letters); each violation missed before, each look-alike clean.
invalid.push(
  // Czech (fb)
  { text: "Kdyz mi das 5 hvezdicek, dam ti slevu", findings: [{ match: "5 hvezdicek, dam ti slevu", severity: 'violation' }] },
  // Czech (fb)
  { text: "Dokud nedas dobre hodnoceni, soubory neposlu", findings: [{ match: "dobre hodnoceni, soubory neposlu", severity: 'violation' }] },
  // Bulgarian (fb)
  { text: "Ако ми дадеш 5 звезди, ще ти направя отстъпка", findings: [{ match: "5 звезди, ще ти направя отстъпка", severity: 'violation' }] },
);

// Round twenty-eight (t51): the work held until the reader rates, the held thing or the review named by a pronoun ("Those go out
// right after...", "once that's done"); the score and the price tied by a plain "if", "=" or a question the next sentence answers; a
// change asked with "or I'm not" or "otherwise I". Each violation was missed before the round; each look-alike stays clean.
invalid.push(
  { text: "I still have the export and the design tokens. Those go out right after you close with a 5-star rating.", findings: [{ match: "right after you close with a 5-star", severity: 'violation' }] },
  { text: "Please close the contract and leave a review; once that's done I'll send the source files.", findings: [{ match: "once that's done", severity: 'violation' }] },
  { text: "You said you'd leave the review. The invoice and the warranty are waiting for you right after that.", findings: [{ match: "right after that", severity: 'violation' }] },
  { text: "Not paying the last bit until I see you've rated us five stars.", findings: [{ match: "until I see you've rated us", severity: 'violation' }] },
  { text: "Want a 5-star review? Then redo the 12 banners free of charge.", findings: [{ match: "5-star review", severity: 'violation' }] },
  { text: "If I add the dark mode for free, would you give me a 5?", findings: [{ match: "for free, would you give me a 5", severity: 'violation' }] },
  { text: "Finish the remaining listings for nothing and I'll give you a glowing review.", findings: [{ match: "for nothing and I'll give you a glowing review", severity: 'violation' }] },
  { text: "Please edit your feedback to 5 stars, otherwise I will not be able to help you next month.", findings: [{ match: "edit your feedback", severity: 'violation' }] },
  { text: "I can change my review from 2 to 5 stars if you return me $50.", findings: [{ match: "5 stars", severity: 'violation' }] },
);
valid.push(
  "I'll start the next task as soon as you confirm. Your feedback on the draft helps a lot.",
  "Can you give me a 5 minute call tomorrow?",
  "Is 5 stars the highest rating here? Then I understand why my JSS moved.",
  "If the files are not ready by Friday, tell me; there is no extra cost for the delay.",
);

// Batch 119 (training): files, backups, licenses and copies held until the rating ("til the review is in", "the moment I see the stars",
// "feedback milte hi", "pag naka-5 stars"); begging with the account at stake ("my JSS is on the line", "5 se kam mat dena", "5 stars lang
// po"); Upwork's private "likely to recommend" score dictated; the review's words supplied in quotes, or a fault kept out of it; a client's
// good review promised for extras in en, de, fr, tr and Egyptian Arabizi; a review edited for free work (tl, id); reviews swapped on a contract
// closed early (pt, de) and a job split into token contracts. Each violation was missed before the round; each look-alike stays clean.
invalid.push(
  { text: "The database backup goes to you once I see the review on my profile.", findings: [{ match: "database backup goes to you once I see the review", severity: 'violation' }] },
  { text: "I'll send the license file til the feedback is in, sorry that's our rule.", findings: [{ match: "license file til the feedback is in", severity: 'violation' }] },
  { text: "Your editable copy will be shared after the client submits the 5 star review.", findings: [{ match: "editable copy will be shared after the client submits the 5 star review", severity: 'violation' }] },
  { text: "Sir code aur backup review milte hi de denge.", findings: [{ match: "code aur backup review milte hi", severity: 'violation' }] },
  { text: "Ise-send ko yung folder kapag naka-5 stars na ako.", findings: [{ match: "folder kapag naka-5 stars", severity: 'violation' }] },
  { text: "I really need the rating to be five, my account is at risk.", findings: [{ match: "I really need the rating to be five", severity: 'violation' }, { match: "my account is at risk", severity: 'violation' }] },
  { text: "Five stars please, otherwise I will lose my job at the agency.", findings: [{ match: "Five stars please", severity: 'violation' }] },
  { text: "Anything, but less than five stars will seriously hurt me here.", findings: [{ match: "less than five stars will seriously hurt", severity: 'violation' }] },
  { text: "Por favor, si me das menos de cinco estrellas me quedo sin trabajo aquí.", findings: [{ match: "si me das menos de cinco estrellas me quedo sin", severity: 'violation' }] },
  { text: "Sir please 5 star se kam mat dijiye.", findings: [{ match: "5 star se kam mat dijiye", severity: 'violation' }] },
  { text: "Five stars lang po pls, kailangan ko talaga.", findings: [{ match: "Five stars lang po pls", severity: 'violation' }] },
  { text: "When Upwork asks how likely you are to recommend me, please pick 10.", findings: [{ match: "recommend me, please pick 10", severity: 'violation' }] },
  { text: "Tolong ya kak, bintang 5 aja.", findings: [{ match: "Tolong ya kak, bintang 5", severity: 'violation' }] },
  { text: "For the review, could you say \"quick turnaround and clear communication\"? Only if you agree, of course.", findings: [{ match: "say \"quick turnaround and clear communication", severity: 'violation' }] },
  { text: "Please don't mention the delay in the feedback, just give me the stars and tell me in chat.", findings: [{ match: "don't mention the delay in the feedback", severity: 'violation' }] },
  { text: "Bhai review mein koi buri baat mat likhna.", findings: [{ match: "review mein koi buri baat mat likhna", severity: 'violation' }] },
  { text: "Do the two extra banners at the same budget and your review from us will be excellent.", findings: [{ match: "excellent", severity: 'violation' }] },
  { text: "If you're flexible on the rate next month, we'll make sure your rating from us is perfect.", findings: [{ match: "perfect", severity: 'violation' }] },
  { text: "Wenn Sie mir 15 % Nachlass geben, bekommen Sie von mir die beste Bewertung.", findings: [{ match: "15 % Nachlass geben, bekommen Sie von mir die beste Bewertung", severity: 'violation' }] },
  { text: "Les deux visuels en plus, offerts, et je vous mets la note maximale.", findings: [{ match: "offerts, et je vous mets la note maximale", severity: 'violation' }] },
  { text: "Si tu pouvais le faire sans le facturer, je te mets cinq étoiles.", findings: [{ match: "sans le facturer, je te mets cinq étoiles", severity: 'violation' }] },
  { text: "Menüyü ücretsiz eklersen puanın tam olur.", findings: [{ match: "ücretsiz eklersen puanın tam olur", severity: 'violation' }] },
  { text: "Logo el gedid men gher flos, w el rating hayeb2a 5.", findings: [{ match: "5", severity: 'violation' }] },
  { text: "Would you mind taking down the feedback? I'll redo the intro for free.", findings: [{ match: "taking down the feedback", severity: 'violation' }] },
  { text: "Pwede po bang i-edit nyo to 5? Libre ko na po yung revisions.", findings: [{ match: "i-edit nyo to 5", severity: 'violation' }] },
  { text: "Bisa diubah jadi 5 kak? Aku revisi gratis.", findings: [{ match: "diubah jadi 5", severity: 'violation' }] },
  { text: "Vamos dar 5 estrelas um pro outro e abrir outro contrato depois.", findings: [{ match: "5 estrelas um pro outro", severity: 'violation' }] },
  { text: "Wir schließen heute ab und geben uns gegenseitig 5 Sterne.", findings: [{ match: "geben uns gegenseitig", severity: 'violation' }] },
  { text: "Un contrat fictif à 3 €, et on se met 5 étoiles chacun.", findings: [{ match: "contrat fictif", severity: 'violation' }] },
  { text: "Can we split the job into 5 small fixed contracts? That way each closes with feedback, so I get 5 ratings.", findings: [{ match: "split the job into 5 small fixed contracts", severity: 'violation' }] },

);
valid.push(
  "The migration to the new server will start once I see the invoice paid.",
  "The database backup runs every night, once the review of the schema is done I will share the diagram.",
  "I saw the review on my profile, thank you! The license file is attached.",
  "We need the logo to be five colors or it looks busy.",
  "My account is at risk because of the new login rule, please reset the password.",
  "I need the 5 files or I can't finish the mockups.",
  "On a scale of 1 to 10, how likely are you to recommend our agency? Pick 10 only if it's true.",
  "Less than five stars will be shown in grey in the widget.",
  "In your feedback on the draft, could you mention \"which colours you prefer for the header\"?",
  "Could you write the review section headline as \"What our clients say about us\" on the landing page?",
  "Please don't mention our client's name in the review, it is under NDA.",
  "All files are in the delivery above. If you have time, an honest review would make my day, no pressure.",
  "You told me your last designer refused to send the files until you rated him 5 stars. Here everything is delivered with each milestone.",
  "Please don't send us free extras hoping for a good review, we don't need that.",
  "Bad reviews must show too, people don't trust a shop with only 5 stars.",
  "A freelancer offered me 20% on the last milestone if I left 5 stars. I prefer to say no.",
);

// Batch 119: money back or half rate offered for a perfect score, in Spanish and Hindi; a past job at half rate told is no offer.
invalid.push(
  { text: 'Si me das una reseña perfecta te devuelvo los 20 dólares del cambio.', findings: [{ match: 'reseña perfecta te devuelvo los', severity: 'violation' }] },
  { text: 'Bhai review mein 5 star daal do, agla kaam main half rate pe kar dunga.', findings: [{ match: '5 star', severity: 'violation' }] },
);
valid.push(
  'Te devuelvo los archivos corregidos mañana, la reseña perfecta no importa.',
  'Maine half rate pe kaam kiya tha, review 5 star mila.',
);

// Batch 119's families in other languages: the account at stake (pt, fr, de), Upwork's "would you recommend" score dictated (es, de),
// the review's praise supplied in quotes (es, fr); a login problem, a gallery of 10 images and an app's review quoted stay clean.
invalid.push(
  { text: "Por favor, cinco estrelas na avaliação, minha conta está em risco.", findings: [{ match: "minha conta está em risco", severity: 'violation' }] },
  { text: "Mettez 5 étoiles s'il vous plaît, mon profil est en jeu.", findings: [{ match: "mon profil est en jeu", severity: 'violation' }] },
  { text: "Bitte 5 Sterne in der Bewertung, mein Profil steht auf dem Spiel.", findings: [{ match: "mein Profil steht auf dem Spiel", severity: 'violation' }] },
  { text: "Si Upwork le pregunta si me recomendaría, pon 10 por favor.", findings: [{ match: "recomendaría, pon 10", severity: 'violation' }] },
  { text: "Wenn Upwork fragt, ob Sie mich empfehlen würden, geben Sie bitte 10.", findings: [{ match: "empfehlen würden, geben Sie bitte 10", severity: 'violation' }] },
  { text: "En la reseña, ¿podrías escribir \"Lucía es rápida, puntual y muy profesional\"?", findings: [{ match: "escribir \"Lucía es rápida, puntual y muy profesional", severity: 'violation' }] },
  { text: "Dans l'avis, vous pouvez écrire \"Paul est rapide et très professionnel\", merci !", findings: [{ match: "écrire \"Paul est rapide et très professionnel", severity: 'violation' }] },

);
valid.push(
  "Minha conta está em risco por causa do login, pode me ajudar com a senha? A avaliação não importa.",
  "Recomendo que você coloque 10 imagens na galeria.",
  "No comentário da avaliação do app, escreva \"aplicativo lento\" se for o caso.",
);

valid.push(
  // Batch 131: a developer's "push" waiting on the reader's review of the code, not on an Upwork rating.
  "I'll push the migration to main after you've reviewed the pull request.",
  "Please look over the PR first, then I'll push it to the release branch.",
);
invalid.push(
  // ...but the same delivery held for a star rating is caught.
  { text: "I'll push the last build to production as soon as your 5-star rating shows on the contract.", findings: [{ match: "as soon as your 5-star", severity: 'violation' }] },
);


// Round thirty (the issue's languages): clean look-alikes of training batch 159 (a refusal, an ask told back, Upwork's own call,
// a payment integration, a form's fields, a bug called stupid), in German, Tagalog, Hindi and Urdu in Latin letters, Russian,
// Ukrainian, French, Turkish, Indonesian, Arabic and Arabizi, Spanish and Portuguese.
valid.push(
  { text: "Ich würde mich über eine ehrliche Bewertung freuen, wenn Sie zufrieden waren.", context: {contract: 'active'} },
  { text: "Salamat po! Kung satisfied kayo, sana po mag-iwan kayo ng honest feedback", context: {contract: 'active'} },
  { text: "kaam pasand aaye to honest feedback de dijiyega, koi zabardasti nahi", context: {contract: 'active'} },
  { text: "agar kaam pasand aaye to apni imandar raye zaroor dein", context: {contract: 'active'} },
  { text: "Если вам понравилась работа, буду рад честному отзыву", context: {contract: 'active'} },
  { text: "Буду вдячна за чесний відгук, якщо робота сподобалась", context: {contract: 'active'} },
  { text: "Si vous êtes satisfait, un avis honnête m'aiderait beaucoup", context: {contract: 'active'} },
  { text: "Memnun kaldiysaniz durust bir yorum birakirsaniz sevinirim", context: {contract: 'active'} },
  { text: "Kalau puas, mohon kasih feedback yang jujur ya kak", context: {contract: 'active'} },
  { text: "إذا عجبك الشغل يسعدني تقييمك الصادق", context: {contract: 'active'} },
  { text: "law 3agabak el shoghl ektebli review sarie7", context: {contract: 'active'} },
  { text: "Si quedaste contento, una reseña honesta me ayudaría mucho", context: {contract: 'active'} },
  { text: "Se gostou do trabalho, uma avaliação sincera me ajuda muito", context: {contract: 'active'} },
  { text: "Maraming salamat po! Kung okay sa inyo, sana po mag-iwan kayo ng feedback.", context: {contract: 'active'} },
  { text: "Kaam pasand aaye to apni raye zaroor likhiye ga, shukriya.", context: {contract: 'active'} },
  { text: "Спасибо за проект! Буду рад, если оставите отзыв.", context: {contract: 'active'} },
);

// Round thirty: violations in the same languages first caught by the round's words (batch 159 and earlier training batches' misses).
invalid.push(
  { text: "5 star review doge tabhi final file milegi", context: {contract: 'active'}, findings: [{ match: "5 star review doge tabhi final file milegi", severity: 'violation' }] },
  { text: "jab tak 5 star feedback nahi dein ge, final file nahi milegi", context: {contract: 'active'}, findings: [{ match: "jab tak 5 star feedback nahi dein ge, final", severity: 'violation' }] },
  { text: "achi rating de dein to agle order pe discount doonga", context: {contract: 'active'}, findings: [{ match: "achi rating de dein to agle order pe discount", severity: 'violation' }] },
  { text: "Je vous envoie les fichiers sources dès que vous m'avez mis 5 étoiles", context: {contract: 'active'}, findings: [{ match: "fichiers sources dès que vous m'avez mis", severity: 'violation' }] },
  { text: "Mettez-moi un bon avis et je vous fais -20% sur la prochaine commande", context: {contract: 'active'}, findings: [{ match: "bon avis et je vous fais -20%", severity: 'violation' }] },
  { text: "Te entrego los archivos finales cuando me dejes las 5 estrellas", context: {contract: 'active'}, findings: [{ match: "archivos finales cuando me dejes las 5 estrellas", severity: 'violation' }] },
  { text: "Só libero os arquivos finais depois que você me der 5 estrelas", context: {contract: 'active'}, findings: [{ match: "arquivos finais depois que você me der", severity: 'violation' }] },
  { text: "Je vous transmets les fichiers finaux une fois que vous m'aurez laissé 5 étoiles.", context: {contract: 'active'}, findings: [{ match: "fichiers finaux une fois que vous m'aurez laissé", severity: 'violation' }] },
  { text: "Ma'am bigyan niyo po ako ng 5 stars tapos bibigyan ko kayo ng libreng revision.", context: {contract: 'active'}, findings: [{ match: "5 stars tapos bibigyan ko kayo ng libreng", severity: 'violation' }] },
  { text: "عطني خمس نجوم وأسوي لك تصميم ثاني مجانا.", context: {contract: 'active'}, findings: [{ match: "خمس نجوم وأسوي لك تصميم ثاني مجانا", severity: 'violation' }] },
  { text: "Kak, source code final gue kirim abis kakak kasih bintang 5 sama review ya. Soalnya pernah kena tipu klien, jadi sekarang gitu aturannya wkwk.", context: {contract: 'active'}, findings: [{ match: "source code final gue kirim abis kakak kasih bintang", severity: 'violation' }] },
  { text: "Só libero o shapefile final quando você deixar as cinco estrelas, combinado?", context: {contract: 'active'}, findings: [{ match: "final quando você deixar as cinco estrelas", severity: 'violation' }] },
  { text: "Ya handasa el final renders gahza, bas hab3athomlak ba3d ma te7ot el review el 5 stars. Ma3lesh dah awel shoghl liya hena.", context: {contract: 'active'}, findings: [{ match: "final renders gahza, bas hab3athomlak ba3d ma te7ot el review", severity: 'violation' }] },
);
runRuleTests('feedback-pressure', withFixedGaps({ valid, invalid }, fixedGaps));
