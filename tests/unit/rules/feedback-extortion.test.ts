import { runRuleTests, withFixedGaps, type InvalidCase, type KnownGap, type ValidCase } from './tester';
import { REVIEW_TALK_CLEAN } from './look-alikes';

const CLIENT = { role: 'client' } as const;

const valid: (string | ValidCase)[] = [
  // The same words as praise, or as a memory (7 December 2026).
  "The feedback's going to reflect how much we enjoyed working with you!",
  'I got a bad note on Upwork last year and it still hurts, so I check every file twice.',
  // The shop's bad reviews that exist already, as the work's material (free help offered beside them is no threat).
  "We'll reply to every one of your 1-star reviews and fix what they mention, free of charge for the first week.",
  'If you want, I can answer all your 1-star reviews and offer refunds where the product was faulty.',
  // ...also after an "unless" that only asks the reader's leave.
  "Unless you prefer otherwise, I'll go through your 1-star reviews and answer each one.",
  'Unless you object, I will reply to all of your 2-star reviews on Google this week.',
  // People in general threatening reviews, and a heading naming the tactic.
  'A common story: clients threatening freelancers with a bad review to get free revisions or a refund.',
  'Threatening one-star reviews: buyers sometimes demand a refund and a free redo under that threat.',
  // The review at the contract's end, as reviews work.
  "No review until you finish the milestone, that is just how Upwork works.",
  "There's no feedback until the contract closes, so don't worry about it yet.",
  "I'll leave honest feedback at the end of the contract.",
  "Please fix the bug or I'll have to open a dispute.",
  "If you don't like the logo, I'll refund you in full.",
  'The 1-star reviews on the App Store mention crashes.',
  'Our users leave bad reviews when the app is slow, so please optimize it.',
  "Unless you object, I'll close the contract and leave feedback today.",
  'Remember to back up the database before the migration.',
  'Negative feedback from beta testers is in the sheet.',
  'If not, we can discuss a new milestone for the extra pages.',
  { text: 'I will leave feedback once the milestone is approved.', context: CLIENT },
  { text: 'The free tier gets bad reviews; can we add onboarding tips?', context: CLIENT },
  { text: 'Could you do a small discount on the next milestone? If not, no worries at all.', context: CLIENT },
  // Someone else's threat, told or asked about.
  { text: "A client threatened to leave a 1-star review unless I refunded him. What should I do?", context: CLIENT },
  { text: "Should I refund him or let him leave a negative review?", context: CLIENT },
  // "one review", "two reviews": a count, not a one-star review.
  "Unless you object, I'll reply to the one review that mentions the delay.",
  "Otherwise two reviews on my profile mention slow replies, so I answer fast now.",
  // 'Either way', a busy reviewer, thanks for a review next to an offer to refund.
  { text: "Either way, if you leave a bad review I'll still refund the unused hours.", context: CLIENT },
  { text: "I won't review it until I'm free on Monday.", context: CLIENT },
  { text: "Спасибо за такой отзыв! Если что, верну деньги за правки.", context: CLIENT },
  { text: "Дякую за такий відгук! Якщо треба, поверну гроші.", context: CLIENT },
  // A past review next to an offer; a threat told in Portuguese.
  { text: "Me dejaste una reseña negativa el mes pasado, pero igual te ofrezco un descuento.", context: CLIENT },
  { text: "O cliente ameaçou deixar uma avaliação negativa se eu não devolvesse o dinheiro.", context: CLIENT },
  // Customers' one-star ratings in product talk, any review invited, a favour with no strings.
  { text: 'The files are on the drive; feel free to leave a review whenever you like, good or bad.', context: { contract: 'active' } },
  'Our customers give 1 star when shipping is slow, so the app should prompt them for a refund before they review.',
  { text: "I'll do the extra pages as a favour, no strings attached. Leave honest feedback if you like.", context: { contract: 'active' } },
  'The minute the review widget loads, show the 5-star average.',
  // What reviewers or clients should not do, said as a rule: nobody is threatened.
  'Reviewers shouldn\u2019t be threatening businesses with negative reviews (or offering to remove them) to extract a payment.',
  { text: 'Clients must not threaten freelancers with a one-star review unless they get a refund.', context: CLIENT },
  'Buyers may not use negative reviews as leverage, or demand refunds in exchange for removing them.',
  { text: 'Your rating will drop if you keep missing deadlines, so please plan better.', context: CLIENT },
  // A condition on the work with nobody threatened: a habit of buyers described, a code review.
  { text: "If the buyer doesn't answer, they usually leave a bad review anyway.", context: CLIENT },
  { text: "If the tests don't pass, I'll leave a comment on the PR.", context: CLIENT },
  // Batch 17: veiled review threats ("documenting this in your review", "future clients read those") and a rating traded for a lower price.
  { text: "I'll give you a fair review that mentions the delay.", context: { contract: 'active', role: 'client' } },
  { text: "Thanks! I've left glowing reviews for everyone who went the extra mile this year, you included.", context: { contract: 'active', role: 'client' } },
  { text: "Remember that future clients will see your portfolio, so polish the case studies.", context: { contract: 'active' } },
  { text: "I'll mention the delay in my review, but overall I'm happy with the result.", context: { contract: 'active', role: 'client' } },
  { text: "Could you lower the price if we drop the third page? I'll leave an honest review either way.", context: { contract: 'active', role: 'client' } },
  // Review power held up (REVIEW_POWER), veiled bad reviews, free work in other words; a reminder with nothing asked.
  "The extra revision is included in the price; I'd appreciate honest feedback when we close.",
  "Remember, the bug fixes are free for 30 days and I welcome any review.",
  "My feedback about you will reflect the great communication, thanks again.",
  // A dispute deterred, money not paid back, a rating that will drop; a dispute named plainly stays clean.
  "If you open a dispute, Upwork support will look at the files.",
  // Dutch/Flemish, Romanian, Malay/Manglish and Korean look-alikes: a site's own details, talk kept on Upwork, a word quoted.
  "Eén ster voor die app was verdiend, de klant was boos.",
  "Am primit o stea de la un client, dar a fost o greșeală.",
  // Chinese and Vietnamese look-alikes: apps and rails built as work, bench testing, a request refused or reported, star-rating features.
  '有个客户说不免费改就给差评，我已经举报了',
];

const invalid: InvalidCase[] = [
  // The feedback "going to reflect" what the writer feels, a "bad note on Upwork" (7 December 2026).
  { text: "I want thirty quid back off that last milestone or the feedback's going to reflect exactly how I feel about it.", findings: [{ match: "or the feedback's going to reflect exactly how", severity: 'violation' }] },
  { text: 'If the translations are not perfect I will give you a bad note on Upwork, unless you also do the German version for free.', findings: [{ match: 'bad note on Upwork', severity: 'violation' }] },
  { text: "If you don't refund me, your 1-star review is coming.", findings: [{ match: "If you don't refund me, your 1-star review", severity: 'violation' }] },
  // A threat aimed at the shop's reviews is still one: one more bad review, not the ones it has.
  { text: 'Pay the rest or your shop gets another 1-star review from me.', findings: [{ match: 'or your shop gets another 1-star review', severity: 'violation' }] },
  // Polish and Turkish (round 10): channels with case endings, asks, payment words, review holds, insults and threats, accounts lent.
  { text: "Albo zwrot pieniędzy, albo negatywna opinia na profilu.", context: {contract: 'active',role: 'client'}, findings: [{ match: "negatywna opinia", severity: 'violation' }] },
  { text: "Puanını düşürmemi istemiyorsan iki logo daha yap, ekstra para yok.", context: {contract: 'active',role: 'client'}, findings: [{ match: "Puanını düşürmemi", severity: 'violation' }] },
  { text: 'Other clients threaten, I just ask: refund me now or you get a 1 star review.', findings: [{ match: 'or you get a 1 star review', severity: 'violation' }] },
  // The review withheld until more work is done.
  { text: "No feedback until you add the three extra landing pages we talked about.", findings: [{ match: "No feedback until you add", severity: 'violation' }] },
  { text: "no stars from me till u redo the logo for free", findings: [{ match: "no stars from me till u redo", severity: 'violation' }] },
  // A dispute deterred, money not paid back, a rating that will drop; a dispute named plainly stays clean.
  { text: "If I don't get my money back by Monday, expect a bad review.", context: {role: 'client'}, findings: [{ match: "If I don't get my money back by Monday, expect a bad review", severity: 'violation' }] },
  { text: "If you open a dispute I'll leave the worst feedback I can.", context: {role: 'client'}, findings: [{ match: "worst feedback", severity: 'violation' }] },
  { text: "Your client rating will drop if you don't raise the budget.", context: {role: 'client'}, findings: [{ match: "Your client rating will drop", severity: 'violation' }] },
  // Money back or free work in more Spanish and German words.
  { text: "O me devuelves la mitad o te dejo una reseña con la que nadie te va a contratar.", context: {role: 'client'}, findings: [{ match: "reseña con la que nadie", severity: 'violation' }] },
  { text: "Entweder 30% zurück oder eine Bewertung, nach der dich niemand mehr bucht.", context: {role: 'client'}, findings: [{ match: "Bewertung, nach der dich niemand", severity: 'violation' }] },
  { text: "Piensa bien qué reseña quieres al final; los cambios extra van sin costo.", context: {role: 'client'}, findings: [{ match: "Piensa bien qué reseña", severity: 'violation' }] },
  // A review that sinks the reader, in Portuguese, French, Italian, Polish, Urdu.
  { text: "Ou devolve o dinheiro ou deixo uma avaliação que vai afundar teu perfil.", context: {role: 'client'}, findings: [{ match: "avaliação que vai afundar", severity: 'violation' }] },
  { text: "Soit tu me rembourses, soit je laisse un avis qui va te plomber.", context: {role: 'client'}, findings: [{ match: "avis qui va te plomber", severity: 'violation' }] },
  { text: "O mi ridai i soldi o ti lascio una recensione che ti rovina.", context: {role: 'client'}, findings: [{ match: "recensione che ti rovina", severity: 'violation' }] },
  { text: "Albo zwrot pieniędzy, albo dostaniesz opinię, po której nikt cię nie zatrudni.", context: {role: 'client'}, findings: [{ match: "opinię, po której nikt", severity: 'violation' }] },
  { text: "refund karo warna aisi rating dunga ke yaad rakhoge", context: {role: 'client'}, findings: [{ match: "aisi rating", severity: 'violation' }] },
  // A good review traded for money or free work, a bad one threatened otherwise (GOOD_REVIEW, ONLY_IF).
  { text: "Approve the milestone today and I'll leave you a decent review. If not, I'll tell other clients to stay away from you.", findings: [{ match: "tell other clients to stay away", severity: 'violation' }] },
  { text: "You want good feedback? Then the extra pages are included, at no cost.", findings: [{ match: "You want good feedback", severity: 'violation' }] },
  // Review power held up (REVIEW_POWER), veiled bad reviews, free work in other words; a reminder with nothing asked.
  { text: "Keep pushing back and watch what I say in your feedback. The extra banner is free, right?", context: {role: 'client'}, findings: [{ match: "watch what I say", severity: 'violation' }] },
  { text: "Remember who writes your review. The two extra pages are included.", context: {role: 'client'}, findings: [{ match: "who writes your review", severity: 'violation' }] },
  { text: "Ricordati chi scrive la recensione: le pagine extra le fai gratis.", context: {role: 'client'}, findings: [{ match: "chi scrive la recensione", severity: 'violation' }] },
  { text: "Denk dran, wer am Ende deine Bewertung schreibt. Die Extras machst du umsonst.", context: {role: 'client'}, findings: [{ match: "wer am Ende deine Bewertung schreibt", severity: 'violation' }] },
  { text: "If you bill the extra hours I'll leave a mediocre review.", context: {role: 'client'}, findings: [{ match: "mediocre review", severity: 'violation' }] },
  { text: "Throw in the flyer and I won't mention the delay in my feedback.", context: {role: 'client'}, findings: [{ match: "mention the delay in my feedback", severity: 'violation' }] },
  { text: "Do this for free or I'll leave a 1-star review.", context: CLIENT, findings: [{ match: "or I'll leave a 1-star review", severity: 'violation', exception: false }] },
  { text: 'Refund me or you get bad feedback.', context: CLIENT, findings: [{ match: 'or you get bad feedback', severity: 'violation' }] },
  { text: 'Add the extra pages for free, otherwise expect a negative review.', context: CLIENT, findings: [{ match: 'otherwise expect a negative review', severity: 'violation' }] },
  { text: 'Fix it unless you want a one star review.', context: CLIENT, findings: [{ match: 'unless you want a one star review', severity: 'violation' }] },
  { text: 'Give me a discount or I will leave a terrible review', context: CLIENT, findings: [{ match: 'or I will leave a terrible review', severity: 'violation' }] },
  {
    text: "Remember I'm leaving feedback at the end, so you'd better do the revisions for free.",
    context: CLIENT,
    findings: [{ match: "Remember I'm leaving feedback at the end, so you'd better do the revisions for free", severity: 'violation' }],
  },
  // At the very start of the text.
  { text: "Or else I'll leave a 1-star review, so do it for free.", context: CLIENT, findings: [{ match: "Or else I'll leave a 1-star review", severity: 'violation' }] },
  { text: 'Unless you refund me, expect a negative review.', context: CLIENT, findings: [{ match: 'Unless you refund me, expect a negative review', severity: 'violation' }] },
  // Freelancers can extort too: whichever side does it, it is feedback abuse.
  { text: 'Approve the milestone now or I will leave you a negative review as a client.', findings: [{ match: 'or I will leave you a negative review', severity: 'violation' }] },
  // Emoji stars, full-width letters, look-alike letters, invisible characters.
  { text: "Do it for free or I'll leave a 1 ⭐ review", context: CLIENT, findings: [{ match: "or I'll leave a 1 ⭐ review", severity: 'violation' }] },
  { text: "Do it for free or I'll leave a ｏｎｅ star review.", context: CLIENT, findings: [{ match: "or I'll leave a ｏｎｅ star review", severity: 'violation' }] },
  { text: "Do it for free or I'll leave a b\u0430d review.", context: CLIENT, findings: [{ match: "or I'll leave a b\u0430d review", severity: 'violation' }] },
  { text: "Do it for free or I'll leave a b\u200Bad review.", context: CLIENT, findings: [{ match: "or I'll leave a b\u200Bad review", severity: 'violation' }] },
  // Astral characters before the match.
  { text: '😡😡 Refund me or you get bad feedback.', context: CLIENT, findings: [{ match: 'or you get bad feedback', severity: 'violation' }] },
  // Two in one text.
  {
    text: "Refund me or you get bad feedback. Also do the logo for free or I'll leave a 1-star review.",
    context: CLIENT,
    findings: [
      { match: 'or you get bad feedback', severity: 'violation' },
      { match: "or I'll leave a 1-star review", severity: 'violation' },
    ],
  },
  // No context makes it acceptable.
  { text: 'Refund me or you get bad feedback.', context: { ...CLIENT, client: 'enterprise' }, findings: [{ match: 'or you get bad feedback', severity: 'violation', exception: false }] },
  { text: 'Refund me or you get bad feedback.', context: { ...CLIENT, contract: 'active' }, findings: [{ match: 'or you get bad feedback', severity: 'violation', exception: false }] },  // Veiled threats, a good review held for free work, the free work named in the next sentence, other languages.
  { text: "Redo the banner for free, or I'll make sure my review reflects how slow you were.", context: CLIENT, findings: [{ match: "or I'll make sure my review reflects how", severity: 'violation' }] },
  { text: "Your final rating depends on whether you drop the price.", context: CLIENT, findings: [{ match: "Your final rating depends on whether", severity: 'violation' }] },
  { text: "Do the extra page at no cost. If not, I'm writing a very honest review.", context: CLIENT, findings: [{ match: "I'm writing a very honest review", severity: 'violation' }] },
  { text: "Either you refund half or you get a one-star review.", context: CLIENT, findings: [{ match: "or you get a one-star review", severity: 'violation' }] },
  { text: "Refund me or no one will ever hire you again.", context: CLIENT, findings: [{ match: "no one will ever hire you", severity: 'violation' }] },
  { text: "Se você não fizer de graça, vou deixar uma avaliação bem feia.", context: CLIENT, findings: [{ match: "avaliação bem feia", severity: 'violation' }] },
  { text: "Wenn Sie mir nicht die Hälfte zurückgeben, gibt es eine Ein-Sterne-Bewertung.", context: CLIENT, findings: [{ match: "Ein-Sterne-Bewertung", severity: 'violation' }] },
  { text: "Либо вернёшь деньги, либо отзыв будет такой, что пожалеешь.", context: CLIENT, findings: [{ match: "отзыв будет такой", severity: 'violation' }] },
  { text: "Yüzde 20 indirim yap, yoksa ne yazacağımı bilirsin.", context: CLIENT, findings: [{ match: "ne yazacağımı bilirsin", severity: 'violation' }] },
  { text: "Soit tu refais la page gratos, soit je te mets une étoile.", context: CLIENT, findings: [{ match: "je te mets une étoile", severity: 'violation' }] },
  { text: "Agar aapne ye free mein nahi kiya to 1 star milega.", context: CLIENT, findings: [{ match: "1 star", severity: 'violation' }] },
  { text: "Do the two extra logos or I give you one star. Free, obviously.", context: CLIENT, findings: [{ match: "or I give you one star", severity: 'violation' }] },
  { text: "I'll close the contract with a great review only when the Android version is done too. No extra pay, obviously.", context: CLIENT, findings: [{ match: "great review only when", severity: 'violation' }] },
  { text: "Закрию контракт з позитивним відгуком тільки якщо додаси ще одну сторінку. Безкоштовно, звісно.", context: CLIENT, findings: [{ match: "позитивним відгуком тільки якщо", severity: 'violation' }] },
  // The review will show it, a fault in the work named with 'if ... aren't', everyone on Upwork will hear.
  { text: "Knock 20% off the final invoice or the review will show exactly how I feel.", context: CLIENT, findings: [{ match: "or the review will show", severity: 'violation' }] },
  { text: "If the extra screens aren't done free of charge, my feedback will reflect it.", context: CLIENT, findings: [{ match: "If the extra screens aren't done free of charge, my feedback will reflect", severity: 'violation' }] },
  { text: "Give me my money back, or everyone on Upwork will hear about you in my review.", context: CLIENT, findings: [{ match: "will hear about you in my review", severity: 'violation' }] },
  // Everyone told in the review; the score's end threatened.
  { text: "Bring the price down or I'll let everyone know in my review what working with you was like.", context: CLIENT, findings: [{ match: "or I'll let everyone know in my review", severity: 'violation' }] },
  { text: "Do these five extra pages for free, otherwise say goodbye to your 100% JSS.", context: CLIENT, findings: [{ match: "say goodbye to your 100% JSS", severity: 'violation' }] },
  // 'ou ... ou' in Portuguese, money returned in Egyptian Arabic.
  { text: "Ou você refaz de graça, ou deixo uma avaliação de uma estrela.", context: CLIENT, findings: [{ match: "uma estrela", severity: 'violation' }] },
  { text: "لو ما رجعت الفلوس هعطيك تقييم سيء", context: CLIENT, findings: [{ match: "تقييم سيء", severity: 'violation' }] },
  // A one-star review handed to the reader even when customers are named ('you're getting a 1 star, like my customers give').
  { text: "Redo the banners for free or you're getting a 1 star, like my customers give bad shops.", context: { contract: 'active', role: 'client' }, findings: [{ match: '1 star', severity: 'violation' }] },
  // A damaged score as the threat, and a review "to match" (English, German).
  { text: 'Refund half or your JSS tanks.', context: CLIENT, findings: [{ match: 'your JSS tanks', severity: 'violation' }] },
  { text: 'Give me a discount or your rating will drop.', context: CLIENT, findings: [{ match: 'or your rating will drop', severity: 'violation' }] },
  { text: 'Add the two extra screens for free or you\'ll get a review to match.', context: CLIENT, findings: [{ match: 'a review to match', severity: 'violation' }] },
  {
    text: 'Wenn du den Bonus-Banner nicht umsonst machst, gibt es eine passende Bewertung.',
    context: CLIENT,
    findings: [{ match: 'eine passende Bewertung', severity: 'violation' }],
  },
  // A bad review tied to the work coming out a certain way; the feedback used to bury someone.
  {
    text: "If the final report doesn't look spotless, you're getting one star.",
    context: CLIENT,
    findings: [{ match: "If the final report doesn't look spotless, you're getting one star", severity: 'violation' }],
  },
  { text: 'Withdraw the claim or I will bury your profile with reviews.', context: CLIENT, findings: [{ match: 'bury your profile with reviews', severity: 'violation' }] },
  // Batch 17: veiled review threats ("documenting this in your review", "future clients read those") and a rating traded for a lower price.
  { text: "Throw in the extra banner at no additional charge, otherwise I'll be detailing every delay in my review.", context: { contract: 'active', role: 'client' }, findings: [{ match: "detailing every delay in my review", severity: 'violation' }] },
  { text: "Fix it for free or I'll make sure no one on this platform ever hires you again.", context: { contract: 'active', role: 'client' }, findings: [{ match: "make sure no one on this platform ever hires you", severity: 'violation' }] },
  { text: "Knock the quote down to $500 and your rating will reflect how easy you were to work with.", context: { contract: 'active', role: 'client' }, findings: [{ match: "your rating will reflect how", severity: 'violation' }] },
  { text: "Do the extra pages for free, otherwise I'll be brutally honest with other clients.", context: { contract: 'active', role: 'client' }, findings: [{ match: "be brutally honest with other clients", severity: 'violation' }] },
  { text: "Don't forget that what I write about you is what future clients will see.", context: { contract: 'active', role: 'client' }, findings: [{ match: "Don't forget that what I write about you is what future clients", severity: 'violation' }] },
  { text: "I give 5-star reviews to freelancers who go above and beyond. Just saying, since these extra revisions are unpaid.", context: { contract: 'active', role: 'client' }, findings: [{ match: "5-star reviews to freelancers who go above and beyond", severity: 'violation' }] },
  // Dutch/Flemish, Romanian, Malay/Manglish and Korean (written for the lexicon families, not taken from a batch).
  { text: "Als je het logo niet gratis aanpast, krijg je één ster van mij.", findings: [{ match: "één ster", severity: 'violation' }] },
  { text: "Dacă nu refaci gratis logo-ul, îți las o stea.", findings: [{ match: "o stea", severity: 'violation' }] },
  { text: "Kalau tak refund, saya bagi review teruk.", findings: [{ match: "review teruk", severity: 'violation' }] },
  { text: "환불 안 해주시면 별 하나 드릴게요.", findings: [{ match: "별 하나", severity: 'violation' }] },
  // Chinese (no spaces: phrases read inside runs of characters) and Vietnamese (with or without diacritics).
  { text: '不免费加这两个页面的话，我就给你差评', findings: [{ match: '差评', severity: 'violation' }] },
  { text: 'nếu không hoàn tiền 50%, tôi sẽ đánh giá 1 sao', findings: [{ match: 'đánh giá 1 sao', severity: 'violation' }] },
];

/** Cases the detector gets wrong today. Not run: move each back to `valid`/`invalid` once fixed. */
/** Batch 18: a condition whose subject is the work ("wenn die Übersetzung nicht kostenlos...", "kalau revisi ini nggak gratis"). */
invalid.push(
  { text: 'Falls die Korrekturen nicht gratis sind, fällt die Bewertung entsprechend aus.', context: { contract: 'active' }, findings: [{ match: 'fällt die Bewertung entsprechend aus', severity: 'violation' }] },
  { text: 'Wenn das Logo nicht kostenlos angepasst wird, gibt es eine entsprechende Bewertung.', context: { contract: 'active' }, findings: [{ match: 'eine entsprechende Bewertung', severity: 'violation' }] },
  { text: 'Kalau revisinya tidak gratis, saya kasih ulasan buruk.', context: { contract: 'active' }, findings: [{ match: 'ulasan buruk', severity: 'violation' }] },
  { text: 'Kalo logo tambahan ga gratis, saya kasih rating jelek ya.', context: { contract: 'active' }, findings: [{ match: 'rating jelek', severity: 'violation' }] },
);
valid.push(
  { text: 'Falls die Korrekturen nicht fertig sind, fällt die Bewertung entsprechend aus.', context: { contract: 'active' } },
  { text: 'Kalau ada yang tidak cocok, kabari saja, saya revisi gratis.', context: { contract: 'active' } },
  { text: 'Wenn Sie mit der Arbeit nicht zufrieden sind, schreiben Sie mir bitte, wir finden eine Lösung.', context: { contract: 'active' } },
);

/**
 * Batches 19-20: a review that "will have to reflect" it, a review warning others, a business trashed online
 * (a comped room is the free thing), a deadline as the condition and the milestone wanted back.
 */
invalid.push(
  { text: 'Throw in the extra revisions for free, otherwise my feedback would have to reflect how difficult this was.', context: { contract: 'active' }, findings: [{ match: 'my feedback would have to reflect', severity: 'violation' }] },
  { text: 'Si no me haces las páginas extra gratis, mi reseña tendrá que reflejarlo.', context: { contract: 'active' }, findings: [{ match: 'reseña tendrá que reflejarlo', severity: 'violation' }] },
  { text: "Refund half the fee or I'll warn future clients about you in my review.", context: { contract: 'active' }, findings: [{ match: 'warn future clients about you', severity: 'violation' }] },
  { text: 'Se você não fizer de graça, vou alertar os outros clientes sobre você na avaliação.', context: { contract: 'active' }, findings: [{ match: 'alertar os outros clientes sobre você', severity: 'violation' }] },
  { text: 'Wenn du das nicht kostenlos machst, werde ich andere Kunden vor dir warnen.', context: { contract: 'active' }, findings: [{ match: 'andere Kunden vor dir warnen', severity: 'violation' }] },
  { text: 'Если не вернёте деньги, предупрежу других заказчиков в отзыве.', context: { contract: 'active' }, findings: [{ match: 'предупрежу других заказчиков', severity: 'violation' }] },
  { text: "Give us the dinner on the house or we'll slam your restaurant on Yelp.", findings: [{ match: 'slam your restaurant on Yelp', severity: 'violation' }] },
  { text: 'If the app is late again, expect a one-star review, and I want my deposit back.', context: { contract: 'active' }, findings: [{ match: 'one-star review', severity: 'violation' }] },
);
valid.push(
  // A promise of a good review, plans for a slipping deadline, thanks for extra pages: nothing threatened.
  { text: "I'll leave you a strong review when the report is done. If anything slips, tell me early and we'll adjust the plan.", context: { contract: 'active' } },
  { text: 'Our review will reflect how much we enjoyed working with you, thank you for the extra pages!', context: { contract: 'active' } },
  { text: 'The hotel comped our room after the flood, so I left them a glowing review.' },
);

// Training batches 30-35: the review held over free work in other words (mention it in my review, the review will be brutal, feedback about how unprofessional), the threat closing a longer letter.
invalid.push(
  { text: 'Add the iPad layout without changing the price. If you insist on charging extra, I\'ll have to be honest in the feedback about how inflexible you were.', context: CLIENT, findings: [{ match: 'have to be honest in the feedback', severity: 'violation' }] },
  { text: 'I expect the maintenance free of charge. I\'d hate to have to mention the delay in my review, but I will if I have to.', context: CLIENT, findings: [{ match: 'hate to have to mention the delay in my review', severity: 'violation' }] },
  { text: 'Do the extra pages as part of this contract, or I\'ll have no choice but to mention your attitude in my review.', context: CLIENT, findings: [{ match: 'no choice but to mention your attitude in my review', severity: 'violation' }] },
  { text: 'I\'ll release the final payment once you do the Spanish version too. Free, or the review will be brutal.', context: CLIENT, findings: [{ match: 'review will be brutal', severity: 'violation' }] },
  { text: 'Refund half or my feedback will talk about your missed deadlines.', context: CLIENT, findings: [{ match: 'feedback will talk about', severity: 'violation' }] },
  { text: 'Cancel the last milestone charge or I\'ll make sure your rating drops under 4.', context: CLIENT, findings: [{ match: 'your rating drops', severity: 'violation' }] },
  { text: 'Waive the fee or your score falls below 90.', context: CLIENT, findings: [{ match: 'score falls below', severity: 'violation' }] },
  { text: 'Release it back to me as a refund or I\'ll leave feedback about how unprofessional you were.', context: CLIENT, findings: [{ match: 'leave feedback about how unprofessional', severity: 'violation' }] },
  { text: 'Refund me or I\'m leaving a review telling everybody you scam clients.', context: CLIENT, findings: [{ match: 'I\'m leaving a review telling everybody you scam clients', severity: 'violation' }] },
  { text: 'Keep me at $25 and I\'ll keep leaving 5-star reviews. Raise it and I\'ll be forced to leave feedback about your greedy pricing.', context: CLIENT, findings: [{ match: 'leave feedback about your greedy', severity: 'violation' }] },
  { text: 'We cannot add budget. If you refuse we will need to reconsider the feedback we give.', context: CLIENT, findings: [{ match: 'reconsider the feedback', severity: 'violation' }] },
  { text: 'No refund = bad review. Simple.', context: CLIENT, findings: [{ match: 'bad review', severity: 'violation' }] },
  { text: 'Do the flyer too, no extra money. You know I can give you 5 stars and more jobs. But if you refuse, I\'ll give you the kind of review that makes every client run from your profile.', context: CLIENT, findings: [{ match: 'every client run from your profile', severity: 'violation' }] },
  { text: 'I\'ll give you a 5 star rating if you also fix the old bugs. No extra pay though.', context: CLIENT, findings: [{ match: 'give you a 5 star rating if you also', severity: 'violation' }] },
  { text: 'Your rating at the end depends a lot on how flexible you are with these extra rounds.', context: CLIENT, findings: [{ match: 'Your rating at the end depends a lot on how', severity: 'violation' }] },
);
valid.push(
  { text: 'I\'ll mention in my review how fast you delivered, thank you!', context: CLIENT },
  { text: 'The review will talk about the app\'s speed, so please test it on old phones.', context: CLIENT },
  { text: 'Our test coverage drops below 80 if we skip the fixtures, so please add them.', context: CLIENT },
  { text: 'Please leave feedback about your experience when you close the contract, it helps me a lot.', context: CLIENT },
  { text: 'No refund is needed; thanks again for the quick fix.', context: CLIENT },
);

// Training batches 31-32 in other languages: a detailed bad review, one star, "think twice before hiring" held over free work or a refund.
invalid.push(
  { text: 'Si no me devuelves el 50%, voy a dejar una reseña contando con todo detalle cómo fue el trabajo.', context: CLIENT, findings: [{ match: 'reseña contando', severity: 'violation' }] },
  { text: 'Devuélveme el dinero o te dejo una reseña negativa.', context: CLIENT, findings: [{ match: 'reseña negativa', severity: 'violation' }] },
  { text: 'Se não devolver o dinheiro até sexta, vou deixar uma avaliação bem detalhada aqui.', context: CLIENT, findings: [{ match: 'avaliação bem detalhada', severity: 'violation' }] },
  { text: 'Quero o reembolso, senão aviso todo mundo pra não contratarem você.', context: CLIENT, findings: [{ match: 'pra não contratarem você', severity: 'violation' }] },
  { text: 'Ich erwarte drei weitere Seiten ohne Aufpreis. Wenn nicht, gebe ich Ihnen eine Bewertung, bei der sich jeder künftige Kunde zweimal überlegt, ob er Sie beauftragt.', context: CLIENT, findings: [{ match: 'zweimal überlegt', severity: 'violation' }] },
  { text: 'se non mi rifai la grafica gratis ti lascio una recensione da schifo', context: CLIENT, findings: [{ match: 'recensione da schifo', severity: 'violation' }] },
  { text: 'Senza costi aggiuntivi, per favore. La recensione che lascerò terrà conto di quanto sei collaborativo, e sarei dispiaciuto di doverne scrivere una negativa.', context: CLIENT, findings: [{ match: 'recensione che lascerò terrà conto', severity: 'violation' }, { match: 'scrivere una negativa', severity: 'violation' }] },
  { text: 'albo poprawki gratis, albo wystawiam 1 gwiazdke.', context: CLIENT, findings: [{ match: '1 gwiazdke', severity: 'violation' }] },
  { text: 'Если до завтра не переделаете бесплатно, я оставлю вам отзыв на одну звезду.', context: CLIENT, findings: [{ match: 'на одну звезду', severity: 'violation' }] },
  { text: 'Ya 3 konsept daha hazırlarsınız, ekstra ücret almadan, ya da değerlendirmemde ne kadar kötü bir deneyim olduğunu anlatırım.', context: CLIENT, findings: [{ match: 'kötü bir deneyim', severity: 'violation' }] },
  { text: 'Dekho bhai, paise aur nahi milenge. Nahi kiya toh seedha 1 star dunga.', context: CLIENT, findings: [{ match: '1 star', severity: 'violation' }] },
);
valid.push(
  { text: 'Dejé una reseña contando lo bien que fue el trabajo, ¡gracias!', context: CLIENT },
  { text: 'Deixei uma avaliação bem detalhada elogiando o reembolso rápido.', context: CLIENT },
  { text: 'Ich habe mir zweimal überlegt, ob ich die Bewertung schreibe, und sie ist sehr positiv.', context: CLIENT },
  { text: 'Ho lasciato una recensione negativa al ristorante, ma il sito è gratis.', context: CLIENT },
  { text: 'Клиент оставил отзыв на одну звезду в App Store, нужно исправить краш.', context: CLIENT },
  { text: 'Kötü bir deneyim yaşadım ama ücret almadan düzelttiler, teşekkürler.', context: CLIENT },
);

// A bad review promised unless the work is free, in regional wording (round 6).
valid.push(
  'Der Film hat eine Bewertung, die sich gewaschen hat, und das Hotel auch.',
  'Vou escrever no seu perfil a descrição nova que você pediu, sem cobrar nada.',
  'Si no le molesta, le hago el ajuste sin cobrar; la reseña es lo de menos.',
);
invalid.push(
  { text: 'Si no me hace el logo extra sin cobrar, le dejo una reseña de una estrella.', findings: [{ match: 'reseña de una estrella', severity: 'violation' }] },
  { text: 'Se não fizer as páginas de graça, vou escrever no seu perfil que você atrasa tudo.', findings: [{ match: 'escrever no seu perfil', severity: 'violation' }] },
  { text: 'Wenn Sie das nicht gratis machen, gibt es eine Bewertung, die sich gewaschen hat.', findings: [{ match: 'Bewertung, die sich gewaschen hat', severity: 'violation' }] },
);

// Money back or a scathing review (round 6, batches 38-40).
valid.push(
  'Mitad de precio para estudiantes; una reseña pésima nunca la dejo sin hablar antes.',
);
invalid.push(
  { text: 'O me das la mitad de vuelta o te dejo una reseña pésima.', findings: [{ match: 'reseña pésima', severity: 'violation' }] },
);

// Japanese (no spaces: phrases read inside runs of kana and kanji) and Swahili (with Sheng), round 9b: violations and look-alikes of my own.
valid.push(
  "前のクライアントに星1をつけられて悲しかったです",
  "悪いレビューの表示を非表示にする機能を作りました",
  "Mteja mmoja alinipa nyota moja bila sababu",
  "Review mbaya zinaonyeshwa chini kwenye app",
);
invalid.push(
  { text: "無料で直してくれないなら、星1をつけます", findings: [{ match: "星1", severity: 'violation' }] },
  { text: "返金してくれなければ悪いレビューを書きます", findings: [{ match: "悪いレビュー", severity: 'violation' }] },
  { text: "Usiponirudishia pesa nitakupa nyota moja", findings: [{ match: "nyota moja", severity: 'violation' }] },
  { text: "Nirudishie pesa la sivyo nitaandika review mbaya", findings: [{ match: "review mbaya", severity: 'violation' }] },
);

const fixedGaps: KnownGap[] = [
  {
    text: 'Add a rating prompt unless the user already left a 1-star review.',
    context: CLIENT,
    expected: 'valid',
    actual: 'violation "unless the user already left a 1-star review" (a product feature, no threat and nothing demanded)',
  },
  {
    text: 'Do it for free or else 1★',
    context: CLIENT,
    expected: [{ match: 'or else 1★', severity: 'violation' }],
    actual: 'no feedback-extortion finding: the threat pattern needs a word boundary after "1★" at the end of the text (feedback-pressure reports only "★", as a demand)',
  },
];

// Round 5 (clients): "You want five stars?" answered by an order for free work, a good review withheld "unless you also...", a low price for
// five stars, a one-star threat two sentences after the extra work asked.
invalid.push(
  { text: "You want five stars? Then translate the extra pages for free.", context: CLIENT, findings: [{ match: "You want five stars", severity: 'violation' }] },
  { text: "I won't leave a positive review unless you also write the blog posts.", context: CLIENT, findings: [{ match: "positive review unless you also", severity: 'violation' }] },
  { text: "Build the landing page for $40, and I'll leave you five stars.", context: CLIENT, findings: [{ match: "for $40, and I'll leave you five stars", severity: 'violation' }] },
  {
    text:
      'Release happens, but first you add the Android version at the same price. I know how much you care about your score. ' +
      'A one-star review from me would cost you more than a week of free work.',
    context: CLIENT,
    findings: [{ match: 'one-star review', severity: 'violation' }],
  },
);
// Their look-alikes: a review widget, a thank-you, a condition on the work itself, an app store template.
valid.push(
  { text: "You want five stars on the product page? Then add the review widget.", context: CLIENT },
  { text: "I'll leave you five stars for the $40 logo, thanks for the quick work.", context: CLIENT },
  { text: "I'll leave a positive review unless something breaks before Friday.", context: CLIENT },
  { text: "Do you want a five star review template for the app store page? I can add it at no extra cost.", context: CLIENT },
);

// Round nine, English: the review softened for money or left out for it ("a discount would make my feedback warmer", "and I'll
// leave no feedback", "your rating stays clean"), with its look-alikes (an honest review either way, a banner, a refund thanked).
invalid.push(
  { text: "A small discount would make my feedback a lot warmer.", findings: [{ match: "would make my feedback", severity: 'violation' }] },
  { text: "Knocking $50 off the invoice would really improve my review of you.", findings: [{ match: "would really improve my review", severity: 'violation' }] },
  { text: "Send half the money back and I'll leave no feedback at all.", findings: [{ match: "and I'll leave no feedback", severity: 'violation' }] },
  { text: "Refund the deposit and your rating stays clean.", findings: [{ match: "your rating stays clean", severity: 'violation' }] },
  { text: "The tip would make my review kinder, just saying.", findings: [{ match: "would make my review", severity: 'violation' }] },
);
valid.push(
  "A partial refund would be fair, and I'll still leave an honest review either way.",
  "The new discount banner would make the review section look cleaner.",
  "Thanks for the refund. Since the job was cancelled, I'll leave no feedback.",
);

// The review as leverage for work asked beyond the contract, more of the everyday words for that work ("wasn't in the original
// scope", "we don't have budget for", "we only agreed on", "go the extra mile"), and "if it's not possible" as the condition.
invalid.push(
  { text: "I know the glossary wasn't in the original scope, but please add it. My feedback for this contract will depend on how flexible you are.", findings: [{ match: "My feedback for this contract will depend", severity: 'violation' }] },
  { text: "We don't have budget for the new pages, but a five-star review from an established company is worth far more than a fee.", findings: [{ match: "review from an established company is worth", severity: 'violation' }] },
  { text: "I'd like a $50 bonus for the early delivery. If it's not possible, fine, but my feedback about you as a client will reflect how the work was valued.", findings: [{ match: "feedback about you as a client will reflect", severity: 'violation' }] },
  { text: "Please add the Spanish version too; we only agreed on English, but how I rate you depends on whether you go the extra mile.", findings: [{ match: "how I rate you depends", severity: 'violation' }] },
);
valid.push(
  "The glossary wasn't in the original scope, so I've quoted it separately; my feedback will be honest either way.",
  "If it's not possible to meet Friday, tell me and we'll move the milestone.",
  "This feature is out of scope for the MVP, we'll do it in phase two.",
);


/** Round ten: Thai, Persian (with Finglish), Hebrew, Bulgarian and Czech, my own cases both ways (work talk, product features stay clean). */
invalid.push(
  { text: "5 כוכבים רק אם תוסיף עוד דף בחינם", findings: [{ match: "5 כוכבים רק אם", severity: 'violation' }] },
  { text: "5 звезди само ако добавиш още една страница безплатно", findings: [{ match: "5 звезди само ако", severity: 'violation' }] },
  { text: "5 hvězdiček jen když přidáš ještě jednu stránku zdarma", findings: [{ match: "5 hvězdiček jen když", severity: 'violation' }] },
  { text: "۵ ستاره فقط اگر یک صفحه دیگر هم رایگان اضافه کنی", findings: [{ match: "۵ ستاره فقط اگر", severity: 'violation' }] },
  { text: "ให้ 5 ดาวถ้าทำเพิ่มอีกหน้าฟรี", findings: [{ match: "5 ดาวถ้า", severity: 'violation' }] },
);
valid.push(
  "ร้านค้าฟรีค่าส่ง รีวิว 5 ดาวจากลูกค้า",
  "bezplatná doprava, hodnocení 5 hvězdiček od zákazníků",
  "hodnocení 5 hvězdiček se zobrazí jen když je produkt skladem",
);
/** Round eleven: Greek (with Greeklish), Hungarian (with and without accents) and Malayalam (in its script and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "5 αστέρια μόνο αν προσθέσεις άλλη μια σελίδα δωρεάν", findings: [{ match: "5 αστέρια μόνο αν", severity: 'violation' }] },
  { text: "5 csillag csak ha ingyen hozzáadsz még egy oldalt", findings: [{ match: "5 csillag csak ha", severity: 'violation' }] },
  { text: "5 star review enkil mathram, oru page koodi free aayi cheyyanam", findings: [{ match: "5 star review enkil mathram", severity: 'violation' }] },
  { text: "Αν δεν μου κάνεις επιστροφή χρημάτων, θα σου αφήσω κακή κριτική", findings: [{ match: "κακή κριτική", severity: 'violation' }] },
  { text: "Ha nem csinálod meg ingyen, negatív értékelést kapsz", findings: [{ match: "negatív értékelést", severity: 'violation' }] },
);
valid.push(
  "δωρεάν μεταφορικά, κριτικές 5 αστέρια από πελάτες",
  "ingyenes szállítás, 5 csillagos értékelés a vásárlóktól",
  "Μια κακή κριτική από παλιό πελάτη με στενοχώρησε",
);

/** Round thirteen: Croatian, Serbian and Bosnian (Latin and Cyrillic), Azerbaijani, Georgian and Amharic (in their scripts and in Latin letters), my own cases both ways. */
invalid.push(
  { text: "5 zvjezdica samo ako dodaš još jednu stranicu besplatno", findings: [{ match: "5 zvjezdica samo ako", severity: 'violation' }] },
  { text: "Ako mi ne vratiš novac, dobit ćeš lošu recenziju", findings: [{ match: "lošu recenziju", severity: 'violation' }] },
  { text: "5 ulduz yalnız o zaman, əgər pulsuz bir səhifə əlavə etsən", findings: [{ match: "5 ulduz yalnız o zaman", severity: 'violation' }] },
  { text: "5 ვარსკვლავი მხოლოდ თუ უფასოდ დაამატებ კიდევ ერთ გვერდს", findings: [{ match: "5 ვარსკვლავი მხოლოდ თუ", severity: 'violation' }] },
);
valid.push(
  "Besplatna dostava, recenzije s 5 zvjezdica od kupaca",
  "Jedna loša recenzija starog klijenta me rastužila",
);

/** Round fourteen: Tamil and Telugu (in their scripts and in Latin letters) and Nigerian Pidgin, my own cases both ways. */
invalid.push(
  { text: "free ah pannalana bad review poduven", findings: [{ match: "bad review", severity: 'violation' }] },
  { text: "free ga cheyyakapothe bad review istanu", findings: [{ match: "bad review", severity: 'violation' }] },
  { text: "I go give you bad review if you no refund", findings: [{ match: "bad review", severity: 'violation' }] },
);
valid.push(
  "naan nalla review kuduthen",
  "oru client bad review pottaaru, adhu varutham",
  "I no like the bad review wey the last client give me",
);

/**
 * Round twenty: the review held until money comes back, a bad review veiled behind an ellipsis (en, es), my own cases; next to
 * them the trade refused and comments on a draft.
 */
invalid.push(
  { text: "Fix the footer for free, otherwise my feedback is going to be... interesting.", findings: [{ match: "my feedback is going to be", severity: 'violation' }] },
  { text: "I won't rate you until you refund the deposit.", findings: [{ match: "won't rate you until you refund", severity: 'violation' }] },
  { text: "La reseña la dejo cuando me regreses el anticipo.", findings: [{ match: "La reseña la dejo cuando", severity: 'violation' }] },
);
valid.push(...REVIEW_TALK_CLEAN);

/**
 * Round twenty, phone chat: the review withheld till something is thrown in, a great review for a token price, typed short; my own
 * cases, next to them the contract's own end and a review promised when the job is done.
 */
invalid.push(
  { text: "no review till u throw in the banner as well, thats the deal", findings: [{ match: "no review till u throw in", severity: 'violation' }] },
  { text: "ill leave u a great review if u do this one for 10 bucks", findings: [{ match: "great review if u do this one for 10 bucks", severity: 'violation' }] },
);
valid.push(
  "no review till u finish the milestone, thats how it works",
  "i'll leave u a great review when the job is done, thanks",
);

/**
 * Round twenty-one: more work ordered in the clause after a good review held out; a condition fronted with "without" / "sans"; French bad
 * reviews with the adjective after the noun and an intensifier. Next to them advice about customers' reviews and a review told with "without".
 */
invalid.push(
  { text: "If you want a positive review at the end, you'll also need to produce the English version of the manual.", findings: [{ match: "you want a positive review", severity: 'violation' }] },
  { text: "Without a free Dutch version, I will have to leave a very negative review.", findings: [{ match: "negative review", severity: 'violation' }] },
  { text: "Sans la version en néerlandais offerte, je me verrai obligée de laisser une évaluation très négative.", findings: [{ match: "évaluation très négative", severity: 'violation' }] },
);
valid.push(
  "If you want a positive review from your customers, you'll need to send a follow-up email.",
  "She left a negative review without reading the brief.",
  "Without reviews, a new profile is hard to sell; a negative review hurts more.",
  "Sans avis négatif, le profil reste à 100 %.",
);

/** Round twenty-four, languages (t39): "te califico mal" as the threat; told after the fact or denied, it is none. */
invalid.push({ text: "te califico mal si no terminas hoy gratis", findings: [{ match: "te califico mal", severity: 'violation' }] });
valid.push("el cliente me calificó mal y lo acepté", "no te califico mal, el trabajo está bien");

/**
 * Round twenty-four (the proposal stage): any condition in the reader's hands, then the writer's bad review, and a bad review as the writer's
 * standing practice for anyone who crosses them. Next to them: a review product's work, a review left by someone else shown, honest reviews.
 */
invalid.push(
  {
    text: "Condition of hiring: unlimited revisions, free. If you complain about it later, I leave 1 star review.",
    context: { role: 'client' },
    findings: [{ match: "If you complain about it later, I leave 1 star review", severity: 'violation' }],
  },
  {
    text: "Fair warning before you quote. I leave bad reviews for anybody who does not finish what they start.",
    context: { role: 'client' },
    findings: [{ match: "I leave bad reviews for anybody who", severity: 'violation' }],
  },
);
valid.push(
  "If you hire me, I will write a negative review response template for your shop.",
  "If you like, I can show you how we leave a 1-star review on a competitor? No, I only manage replies.",
  { text: "I leave honest reviews for anybody who works with me.", context: { role: 'client' } },
);

/**
 * Round twenty-five, languages (t40): the helper's own chat cases in Bengali, Banglish, Urdu in its script, Hindi in Devanagari, Tamil, Tamil in Latin letters, Telugu, Telugu in Latin letters, Marathi, Nepali; violations the rules missed before,
 * and clean look-alikes beside them (refusals, warnings, reported speech, work talk).
 */
invalid.push(
  { text: "রিফান্ড না দিলে ১ স্টার রিভিউ দিব", findings: [{ match: "১ স্টার", severity: 'violation' }] },
  { text: "ফ্রিতে আরো ৩টা ডিজাইন না করলে খারাপ ফিডব্যাক দিব", findings: [{ match: "খারাপ ফিডব্যাক", severity: 'violation' }] },
  { text: "refund na dile 1 star review dibo", findings: [{ match: "1 star review", severity: 'violation' }] },
  { text: "free te aro 3 ta design na korle kharap feedback dibo", findings: [{ match: "kharap feedback", severity: 'violation' }] },
  { text: "ریفنڈ نہیں دیا تو ایک سٹار ریویو دوں گا", findings: [{ match: "ایک سٹار", severity: 'violation' }] },
  { text: "مفت میں تین ڈیزائن اور نہیں بنائے تو برا فیڈبیک دوں گا", findings: [{ match: "برا فیڈبیک", severity: 'violation' }] },
  { text: "refund नहीं दिया तो 1 star review दूंगा", findings: [{ match: "1 star review", severity: 'violation' }] },
  { text: "free में 3 design और नहीं बनाए तो खराब feedback दूंगा", findings: [{ match: "खराब feedback", severity: 'violation' }] },
  { text: "ரீஃபண்ட் தரலைனா 1 ஸ்டார் ரிவ்யூ போடுவேன்", findings: [{ match: "1 ஸ்டார்", severity: 'violation' }] },
  { text: "refund tharalana 1 star review poduven", findings: [{ match: "1 star review", severity: 'violation' }] },
  { text: "రీఫండ్ ఇవ్వకపోతే 1 స్టార్ రివ్యూ ఇస్తాను", findings: [{ match: "1 స్టార్", severity: 'violation' }] },
  { text: "refund ivvakapothe 1 star review istanu", findings: [{ match: "1 star review", severity: 'violation' }] },
  { text: "रिफंड नाही दिला तर 1 स्टार रिव्ह्यू देईन", findings: [{ match: "1 स्टार", severity: 'violation' }] },
  { text: "फुकटात अजून 3 डिझाईन नाही केले तर वाईट फीडबॅक देईन", findings: [{ match: "वाईट फीडबॅक", severity: 'violation' }] },
  { text: "रिफन्ड दिनुभएन भने 1 स्टार रिभ्यु दिन्छु", findings: [{ match: "1 स्टार", severity: 'violation' }] },
);

/**
 * Round twenty-five (t41): Polish, Japanese, Korean, Hebrew, Amharic and Georgian as people chat on Upwork, each case missed before the
 * round, beside hard clean look-alikes (refusals, reported asks, integrations, product reviews, lines to translate).
 */
invalid.push(
  { text: "jeśli nie oddasz pieniędzy, dostaniesz negatywną opinię", findings: [{ match: "negatywną opinię", severity: 'violation' }] },
  { text: "無料で修正してくれないと、悪いレビューを書きます", findings: [{ match: "悪いレビュー", severity: 'violation' }] },
  { text: "환불 안 해주면 악평 남길게요", findings: [{ match: "악평", severity: 'violation' }] },
  { text: "무료로 수정 안 해주면 별점 1점 줄 거예요", findings: [{ match: "별점 1", severity: 'violation' }] },
  { text: "나쁜 리뷰 지워주면 환불해줄게", findings: [{ match: "나쁜 리뷰", severity: 'violation' }] },
  { text: "תחזיר לי את הכסף או שאני משאיר ביקורת רעה", findings: [{ match: "ביקורת רעה", severity: 'violation' }] },
  { text: "ገንዘቤን ካልመለስክ መጥፎ ሪቪው እሰጥሃለሁ", findings: [{ match: "መጥፎ ሪቪው", severity: 'violation' }] },
);

/**
 * Round twenty-five, languages (t42): Thai as people chat (Turkish and Azerbaijani with and without their letters, Vietnamese
 * without tones, Thai with its particles); next to them the same words refused, reported, or said of the work.
 */
invalid.push(
  { text: "ลบรีวิวแย่ออกนะ แล้วจะคืนเงินให้", findings: [{ match: "รีวิวแย่", severity: 'violation' }] },
);

/**
 * Round twenty-six, languages (t44): Armenian (script and Latin letters), Uzbek (Latin and Cyrillic), Persian (script and Finglish),
 * Kazakh, Kyrgyz, Tajik and Mongolian, as clients, freelancers and scammers type them; next to them refusals, rules, reported speech and work.
 */
invalid.push(
  { text: "Եթե գումարը չվերադարձնես, վատ կարծիք կգրեմ", findings: [{ match: "վատ կարծիք", severity: 'violation' }] },
  { text: "1 աստղ կդնեմ, եթե անվճար չանես", findings: [{ match: "1 աստղ", severity: 'violation' }] },
  { text: "vat karciq kgrem ete pox@ het chtas", findings: [{ match: "vat karciq", severity: 'violation' }] },
  { text: "Pulni qaytarmasangiz, yomon baho qo'yaman", findings: [{ match: "yomon baho", severity: 'violation' }] },
  { text: "Bepul qilmasangiz, 1 yulduz qo‘yaman", findings: [{ match: "1 yulduz", severity: 'violation' }] },
  { text: "Ёмон баҳо қўяман, агар пулни қайтармасангиз", findings: [{ match: "Ёмон баҳо", severity: 'violation' }] },
  { text: "پولمو برنگردونی نظر منفی میذارم", findings: [{ match: "نظر منفی", severity: 'violation' }] },
  { text: "رایگان انجامش ندی، یه ستاره میدم", findings: [{ match: "یه ستاره", severity: 'violation' }] },
  { text: "Ақшаны қайтармасаң, жаман пікір жазамын", findings: [{ match: "жаман пікір", severity: 'violation' }] },
  { text: "ete pox@ chveradardznes, vat otziv kgrem", findings: [{ match: "vat otziv", severity: 'violation' }] },
  { text: "Пулни қайтармасангиз, ёмон отзив ёзаман", findings: [{ match: "ёмон отзив", severity: 'violation' }] },
  { text: "اگه پولمو پس ندی، یه ستاره میدم", findings: [{ match: "یه ستاره", severity: 'violation' }] },
  { text: "Тегін жасамасаң, 1 жұлдыз қоямын", findings: [{ match: "1 жұлдыз", severity: 'violation' }] },
  { text: "Акчаны кайтарбасаңыз, жаман пикир жазам", findings: [{ match: "жаман пикир", severity: 'violation' }] },
  { text: "Агар пулро баргардонед, баҳои бад намегузорам", findings: [{ match: "баҳои бад", severity: 'violation' }] },
  { text: "Мөнгөө буцааж өгөхгүй бол муу сэтгэгдэл бичнэ", findings: [{ match: "муу сэтгэгдэл", severity: 'violation' }] },
);

// Round twenty-six (t43): Serbian (both alphabets, ekavian and ijekavian), Croatian, Bosnian, Slovenian, Macedonian, Bulgarian, Slovak,
// Czech and Albanian, as people chat; each missed before the round's words.
invalid.push(
  // Serbian (FB)
  { text: "Ako mi ne vratiš pare, dobićeš jednu zvezdicu", findings: [{ match: "jednu zvezdicu", severity: 'violation' }] },
  // Slovenian (FB)
  { text: "Ce mi ne vrnes denarja, dobis eno zvezdico", findings: [{ match: "eno zvezdico", severity: 'violation' }] },
  // Macedonian (FB)
  { text: "Ако не ми ги вратиш парите, ќе добиеш една ѕвезда", findings: [{ match: "една ѕвезда", severity: 'violation' }] },
  // Bulgarian (FB)
  { text: "Ако не ми върнеш парите, ще ти пиша една звезда", findings: [{ match: "една звезда", severity: 'violation' }] },
  // Slovak (FB)
  { text: "Ak mi nevrátiš peniaze, dostaneš jednu hviezdičku", findings: [{ match: "jednu hviezdičku", severity: 'violation' }] },
  // Albanian (FB)
  { text: "nese nuk m'i kthen parate, do te marresh nje yll", findings: [{ match: "nje yll", severity: 'violation' }] },
);

/**
 * Round twenty-six, languages (t45): Sinhala (script and Singlish), Gujarati, Punjabi (Gurmukhi, Shahmukhi, Latin), Kannada, Malayalam
 * (script and Manglish), Burmese (Unicode) and Khmer as people chat on Upwork, the helper's own cases; next to them the same words
 * refused, told, or said of the work (an order number, a login page, a review section, an integration).
 */
invalid.push(
  { text: "refund nahi aapo to hu kharab review aapish", findings: [{ match: "kharab review", severity: 'violation' }] },
  { text: "રિફંડ નહીં આપો તો હું ખરાબ રિવ્યુ આપીશ", findings: [{ match: "ખરાબ રિવ્યુ", severity: 'violation' }] },
  { text: "મફતમાં કામ નહીં કરો તો 1 સ્ટાર આપીશ", findings: [{ match: "1 સ્ટાર", severity: 'violation' }] },
  { text: "បើមិនសងលុយវិញ ខ្ញុំនឹងឲ្យ review អាក្រក់", findings: [{ match: "review អាក្រក់", severity: 'violation' }] },
  { text: "បើមិនធ្វើឲ្យឥតគិតថ្លៃ ខ្ញុំឲ្យ 1 ផ្កាយ", findings: [{ match: "1 ផ្កាយ", severity: 'violation' }] },
  { text: "refund kodadidre naanu ketta review haakteeni", findings: [{ match: "ketta review", severity: 'violation' }] },
  { text: "ರಿಫಂಡ್ ಕೊಡದಿದ್ರೆ ನಾನು ಕೆಟ್ಟ ರಿವ್ಯೂ ಹಾಕ್ತೀನಿ", findings: [{ match: "ಕೆಟ್ಟ ರಿವ್ಯೂ", severity: 'violation' }] },
  { text: "ಫ್ರೀ ಆಗಿ ಕೆಲಸ ಮಾಡದಿದ್ರೆ 1 ಸ್ಟಾರ್ ಕೊಡ್ತೀನಿ", findings: [{ match: "1 ಸ್ಟಾರ್", severity: 'violation' }] },
  { text: "refund thannillenkil njan mosham review idum", findings: [{ match: "mosham review", severity: 'violation' }] },
  { text: "റീഫണ്ട് തന്നില്ലെങ്കിൽ ഞാൻ മോശം റിവ്യൂ ഇടും", findings: [{ match: "മോശം റിവ്യൂ", severity: 'violation' }] },
  { text: "ഫ്രീ ആയി ചെയ്തില്ലെങ്കിൽ 1 സ്റ്റാർ ഇടും", findings: [{ match: "1 സ്റ്റാർ", severity: 'violation' }] },
  { text: "refund မပေးရင် review ဆိုးဆိုး ရေးမယ်", findings: [{ match: "review ဆိုးဆိုး", severity: 'violation' }] },
  { text: "အလကား ထပ်မလုပ်ပေးရင် 1 ကြယ် ပေးမယ်", findings: [{ match: "1 ကြယ်", severity: 'violation' }] },
  { text: "ریفنڈ نہ دتا تے میں ماڑا ریویو دیواں گا", findings: [{ match: "ماڑا ریویو", severity: 'violation' }] },
  { text: "refund na ditta te main maada review devanga", findings: [{ match: "maada review", severity: 'violation' }] },
  { text: "ਰਿਫੰਡ ਨਾ ਦਿੱਤਾ ਤਾਂ ਮੈਂ ਮਾੜਾ ਰਿਵਿਊ ਦੇਵਾਂਗਾ", findings: [{ match: "ਮਾੜਾ ਰਿਵਿਊ", severity: 'violation' }] },
  { text: "ਮੁਫ਼ਤ ਕੰਮ ਨਾ ਕੀਤਾ ਤਾਂ 1 ਸਟਾਰ ਦੇਵਾਂਗਾ", findings: [{ match: "1 ਸਟਾਰ", severity: 'violation' }] },
  { text: "refund eka nodunnoth mama naraka review ekak danawa", findings: [{ match: "naraka review", severity: 'violation' }] },
  { text: "රිෆන්ඩ් එක නොදුන්නොත් මම නරක රිවීව් එකක් දානවා", findings: [{ match: "නරක රිවීව්", severity: 'violation' }] },
  { text: "නොමිලේ තව වැඩ කරලා නොදුන්නොත් 1 ස්ටාර් දෙනවා", findings: [{ match: "1 ස්ටාර්", severity: 'violation' }] },
);

/**
 * Round twenty-seven, languages (t48): Hausa, Yoruba and Igbo as Nigerian freelancers and clients type them, with and without their
 * marks (the view reads them plain), beside Nigerian English and Pidgin; Somali and Malagasy as typed in chat. Violations, then the
 * look-alikes: refusals, reported speech, work talk.
 */
invalid.push(
  { text: "Zan ba ka tauraro daya idan ba ka gyara shi kyauta ba", findings: [{ match: "tauraro daya", severity: 'violation' }] },
  { text: "Zan rubuta muku mummunan bita idan ba ku mayar da kudina ba", findings: [{ match: "mummunan bita", severity: 'violation' }] },
  { text: "Màá fún ọ ní ìràwọ̀ kan tí o kò bá tún un ṣe lọ́fẹ̀ẹ́", findings: [{ match: "ìràwọ̀ kan", severity: 'violation' }] },
  { text: "Maa ko review buruku ti o ko ba da owo mi pada", findings: [{ match: "review buruku", severity: 'violation' }] },
  { text: "Aga m enye gị otu kpakpando ma ọ bụrụ na ị meghị ya n'efu", findings: [{ match: "otu kpakpando", severity: 'violation' }] },
  { text: "Aga m ede review ọjọọ ma ọ bụrụ na ị weghachighị ego m", findings: [{ match: "review ọjọọ", severity: 'violation' }] },
  { text: "Hal xiddig ayaan ku siin doonaa haddii aadan bilaash u hagaajin", findings: [{ match: "Hal xiddig", severity: 'violation' }] },
  { text: "Review xun ayaan kuu qori doonaa haddii aadan lacagtayda soo celin", findings: [{ match: "Review xun", severity: 'violation' }] },
  { text: "Kintana iray no homeko anao raha tsy amboarinao maimaim-poana", findings: [{ match: "Kintana iray", severity: 'violation' }] },
  { text: "Hanoratra hevitra ratsy aho raha tsy averinao ny volako", findings: [{ match: "hevitra ratsy", severity: 'violation' }] },
);

// Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, as people chat on Upwork (with and without
// å ä ö ø æ þ ð); each violation was missed before the round's words, each clean look-alike is flagged by none of them.
invalid.push(
  // Swedish (FB)
  { text: "Fixa det gratis annars får du ett dåligt betyg av mig", findings: [{ match: "dåligt betyg", severity: 'violation' }] },
  // Swedish (FB)
  { text: "Gör om allt gratis, annars blir det en stjärna", findings: [{ match: "en stjärna", severity: 'violation' }] },
  // Swedish (FB)
  { text: "Jag skriver ett negativt omdöme om du inte ger mig pengarna tillbaka", findings: [{ match: "negativt omdöme", severity: 'violation' }] },
  // Norwegian (FB)
  { text: "Fiks det gratis, ellers får du en dårlig anmeldelse fra meg", findings: [{ match: "dårlig anmeldelse", severity: 'violation' }] },
  // Norwegian (FB)
  { text: "Jeg skriver en negativ vurdering hvis du ikke gir meg pengene tilbake", findings: [{ match: "negativ vurdering", severity: 'violation' }] },
  // Danish (FB)
  { text: "Lav det gratis, ellers får du en dårlig anmeldelse fra mig", findings: [{ match: "dårlig anmeldelse", severity: 'violation' }] },
  // Danish (FB)
  { text: "Jeg skriver en negativ anmeldelse hvis du ikke giver mig pengene tilbage", findings: [{ match: "negativ anmeldelse", severity: 'violation' }] },
  // Finnish (FB)
  { text: "Korjaa se ilmaiseksi tai saat huonon arvostelun", findings: [{ match: "huonon arvostelun", severity: 'violation' }] },
  // Finnish (FB)
  { text: "Kirjoitan negatiivisen arvostelun jos et palauta rahoja", findings: [{ match: "negatiivisen arvostelun", severity: 'violation' }] },
  // Icelandic (FB)
  { text: "Lagaðu þetta frítt annars færðu slæma umsögn", findings: [{ match: "slæma umsögn", severity: 'violation' }] },
);

// Round twenty-seven (t47): Lithuanian, Latvian and Estonian as people chat (on phones, often without their diacritics); each
// violation missed before the round's words, each look-alike clean.
invalid.push(
  // Lithuanian (fb)
  { text: "Jei nepadarysi nemokamai, paliksiu bloga atsiliepima", findings: [{ match: "bloga atsiliepima", severity: 'violation' }] },
  // Lithuanian (fb)
  { text: "Grazink pinigus arba gausi 1 zvaigzdute", findings: [{ match: "1 zvaigzdute", severity: 'violation' }] },
  // Lithuanian (fb)
  { text: "Atsiliepimas bus blogas, jei nepridesi funkciju nemokamai", findings: [{ match: "Atsiliepimas bus blogas", severity: 'violation' }] },
  // Latvian (fb)
  { text: "Ja neizdarisi bez maksas, atstasu sliktu atsauksmi", findings: [{ match: "sliktu atsauksmi", severity: 'violation' }] },
  // Latvian (fb)
  { text: "Atgriez naudu vai dabusi 1 zvaigzni", findings: [{ match: "1 zvaigzni", severity: 'violation' }] },
  // Estonian (fb)
  { text: "Kui sa ei tee seda tasuta, jatan halva tagasiside", findings: [{ match: "halva tagasiside", severity: 'violation' }] },
  // Estonian (fb)
  { text: "Anna raha tagasi voi saad 1 tarni", findings: [{ match: "1 tarni", severity: 'violation' }] },
);


// Round twenty-seven (t47): Czech and Bulgarian deepened with a second writer's phrasings (Czech without háčky, Bulgarian in
// Cyrillic and Latin letters); each violation missed before, each look-alike clean.
invalid.push(
  // Czech (fb)
  { text: "Jestli mi nevratis penize, dostanes jednu hvezdu", findings: [{ match: "jednu hvezdu", severity: 'violation' }] },
  // Bulgarian (fb)
  { text: "Ako ne mi vyrnesh parite, shte ti dam edna zvezda", findings: [{ match: "edna zvezda", severity: 'violation' }] },
);

// Round twenty-eight (t51): a bad review threatened however it is put ("a review that'll finish you", "just 3 stars", "a good review
// or a very honest one"), tied by a condition on the work however long its subject, or by sorting the reader into the bad kind ("Which
// one are you?", "and you're done"). Each violation was missed before the round; each look-alike stays clean.
invalid.push(
  { text: "Redo the logo for nowt or I'll leave a review that'll finish you.", findings: [{ match: "review that'll finish you", severity: 'violation' }] },
  { text: "I'll give you just 3 stars unless you give me back half the fee.", findings: [{ match: "just 3 stars", severity: 'violation' }] },
  { text: "I can leave a good review or a very honest one. Depends on whether you drop the price.", findings: [{ match: "good review or a very honest one", severity: 'violation' }] },
  { text: "Good designers do small extras for free. Bad designers get bad reviews. Which one are you?", findings: [{ match: "bad reviews", severity: 'violation' }] },
  { text: "One bad feedback from me and you're done. So do the extra pages free.", findings: [{ match: "bad feedback", severity: 'violation' }] },
  { text: "I will give u 5 stars if u dont charge, if u charge then i give what u deserve.", findings: [{ match: "give what u deserve", severity: 'violation' }] },
  { text: "If the remaining three chapters aren't proofread at no extra cost, you'll get a review that will finish you.", findings: [{ match: "review that will finish you", severity: 'violation' }] },
);
valid.push(
  "If you weren't happy, please leave an honest review about your experience; a refund is always possible.",
  "I left you only 3 stars because of the delays, but I paid the full amount.",
);

// Batch 119 (training): the bad review said as what the review will be ("my review will not be kind", "the stars from our side will be low",
// "my public comment will say", "your success score will suffer", "a bad evaluation", "I will rate you 2"), in English, Portuguese, Spanish,
// French, German, Turkish and Egyptian Arabizi, tied to work asked "inside the same price", "no new milestone", "por sua conta", "sans la facturer".
invalid.push(
  { text: 'Add the two extra landing pages in the same budget, otherwise my review will not be kind.', findings: [{ match: 'my review will not be kind', severity: 'violation' }] },
  { text: 'Without the extra banners for free, the stars from my side will be low, just so you know.', findings: [{ match: 'the stars from my side will be low', severity: 'violation' }] },
  { text: "If you don't cut the price by 100 dollars, the stars you get from me will be very few.", findings: [{ match: 'the stars you get from me will be very few', severity: 'violation' }] },
  { text: 'Deliver the extra pages at no extra cost or my public comment will say that you ignored the brief.', findings: [{ match: 'my public comment will say', severity: 'violation' }] },
  { text: 'Also the kit is needed, no new milestone. Being honest: without it, the stars from our side will be low.', findings: [{ match: 'the stars from our side will be low', severity: 'violation' }] },
  { text: 'If the additional photos are not done for free I will put a bad evaluation on your profile.', findings: [{ match: 'bad evaluation', severity: 'violation' }] },
  { text: 'Finish the extra screens for free, or I will make sure your rating shows it.', findings: [{ match: 'make sure your rating shows it', severity: 'violation' }] },
  { text: 'If the extra menu pages are not included, I will rate you 2.', findings: [{ match: 'rate you 2', severity: 'violation' }] },
  { text: 'I will not pay more for the icons. If they are not ready Monday, you can forget about 5 stars.', findings: [{ match: 'forget about 5 stars', severity: 'violation' }] },
  { text: 'Lower the rate to 20 for the last month. If you refuse, I cannot promise a good review.', findings: [{ match: 'cannot promise a good review', severity: 'violation' }] },
  { text: 'Quero o desconto de 20%, senão minhas estrelas vão contar essa história.', findings: [{ match: 'minhas estrelas vão contar', severity: 'violation' }] },
  { text: 'Se as traduções não forem por sua conta, meu feedback vai ser bem sincero sobre o atraso.', findings: [{ match: 'meu feedback vai ser bem sincero sobre', severity: 'violation' }] },
  { text: 'Si no me haces la traducción gratis, mi calificación va a ser muy sincera sobre los retrasos.', findings: [{ match: 'mi calificación va a ser muy sincera sobre', severity: 'violation' }] },
  { text: 'Faites la version anglaise sans la facturer, sinon ma note sera à la hauteur de ma déception.', findings: [{ match: 'ma note sera à la hauteur de', severity: 'violation' }] },
  { text: 'Wenn Sie die Zusatzseiten nicht kostenlos machen, wird sich das in meiner Bewertung niederschlagen.', findings: [{ match: 'in meiner Bewertung niederschlagen', severity: 'violation' }] },
  { text: 'Ücretsiz yapmazsan değerlendirmede bunu açıkça yazarım.', findings: [{ match: 'değerlendirmede bunu açıkça yazarım', severity: 'violation' }] },
  { text: 'Discount 30% ya basha, aw el feedback hayeb2a we7esh.', findings: [{ match: 'feedback hayeb2a we7esh', severity: 'violation' }] },
);
valid.push(
  'Our review will not be late, we always rate freelancers the same week the contract ends.',
  'The stars from my side will be five, you earned them.',
  'If the price goes down next year, I will rate you again on the new contract.',
  'Your job success score will suffer if you keep missing deadlines, that is how Upwork works.',
  'My public comment will say how fast you fixed the checkout, thank you.',
  'Minhas estrelas vão contar a história de um projeto ótimo, obrigado.',
  'Das wird sich positiv in meiner Bewertung niederschlagen, vielen Dank für die schnelle Arbeit.',
  "A client told me the stars from his side would be low unless I worked for free. I refused.",
);

// Batch 119: the contract closed before the extra is done ("If you end it before that I'll put low stars everywhere").
invalid.push(
  { text: "Don't close the contract yet, the blog page first, no extra charge. If you end it before that I'll put low stars everywhere.", findings: [{ match: 'low stars', severity: 'violation' }] },
);
valid.push("If you close it before Friday, I'll send the invoice tonight.");

valid.push(
  // Batch 131: the review the writer will leave, promised warmly with no condition on the work.
  "The review I leave on your profile will say how much the team enjoyed working with you.",
);
invalid.push(
  // ...but tied to free work it is leverage.
  { text: "Redo the whole chapter at no charge. If you won't, the feedback I write for you will tell people what you're like.", findings: [{ match: "If you won't, the feedback I write for you will tell", severity: 'violation' }] },
);


// Round thirty: violations in the same languages first caught by the round's words (batch 159 and earlier training batches' misses).
invalid.push(
  { text: "muft mein changes karo warna buri review doonga", context: {role: 'client', contract: 'active'}, findings: [{ match: "buri review", severity: 'violation' }] },
);
runRuleTests('feedback-extortion', withFixedGaps({ valid, invalid }, fixedGaps));
