/**
 * Reviews, threats to them, and what people trade them for, per language.
 */
import { defineClass } from './word-class';

/** A review, rating or the Job Success Score. */
export const REVIEW = defineClass({
  name: 'REVIEW',
  doc: 'Feedback, reviews, ratings, stars, the Job Success Score.',
  words: {
    en: ['reviews?', 'feedback', 'ratings?', 'stars?', 'jss', 'job success(?: score)?', 'score', '10/10', 'testimonial'],
    es: ['resenas?', 'calificacion(?:es)?', 'valoracion(?:es)?', 'estrellas?', 'opinion', 'comentario'],
    pt: ['avaliacao', 'avaliacoes', 'estrelas?', 'nota', 'feedback'],
    fr: ['avis', 'note', 'evaluation', 'etoiles?', 'commentaire'],
    de: ['bewertung(?:en)?', 'sterne?', 'rezension', 'feedback'],
    ru: ['отзыв[аы]?', 'оценк[аиуе]', 'звезд[аыу]?', 'звезды', 'рейтинг[ау]?', 'фидбек'],
    uk: ['відгук[иу]?', 'оцінк[аиу]', 'зірк[аиу]', 'рейтинг[уі]?'],
    hi: ['review', 'feedback', 'rating', 'star', 'stars'],
    ur: ['review', 'feedback', 'rating', 'star', 'stars'],
    tl: ['review', 'feedback', 'rating', 'star', 'stars'],
    id: ['review', 'ulasan', 'rating', 'bintang', 'nilai', 'feedback'],
    ar: ['تقييم', 'التقييم', 'مراجعة', 'نجوم', 'نجمة', 'فيدباك'],
    tr: ['yorum', 'yorumu', 'degerlendirme', 'puan', 'yildiz', 'feedback'],
  },
  examples: ['a 5-star review', 'reseña', 'avaliação', 'Bewertung', 'отзыв', 'ulasan', 'التقييم', 'yorum'],
});

/** A bad review, or harm to the other person's score. */
export const BAD_REVIEW = defineClass({
  name: 'BAD_REVIEW',
  doc: 'A bad or one-star review, or damage to someone\'s score or profile.',
  words: {
    en: [
      '(?:bad|negative|poor|low|terrible|horrible|awful|honest but brutal) (?:review|feedback|rating|score)',
      '(?:1|one|2|two)[- ]?stars?(?: review| rating| feedback)?',
      '(?:wreck|ruin|tank|destroy|kill|hurt|damage|trash|tank|sink|drop|lower) (?:your|ur) (?:jss|job success(?: score)?|rating|reputation|profile|score|stats|career)',
      'report (?:you|your profile|your account) to upwork', 'make sure (?:nobody|no one) hires you',
      '(?:your|ur) (?:rating|review|feedback|score|jss|job success(?: score)?) depends on (?:me|it|this|how)',
      'reflect (?:that|this|it) in (?:my|the) (?:feedback|review)',
      'a review that warns', 'warn every freelancer',
    ],
    es: ['(?:mala|negativa|peor) (?:resena|calificacion|valoracion)', '(?:resena|calificacion|valoracion) negativa', '(?:1|una) estrellas?', 'arruinar tu (?:perfil|reputacion)',
      'resena de una estrella', 'una estrella',
    ],
    pt: ['avaliacao (?:negativa|ruim|pessima)', '(?:ma|pessima) avaliacao', '(?:1|uma) estrelas?', 'acabar com (?:seu|teu) (?:perfil|jss)', 'conto tudo no comentario'],
    fr: ['(?:mauvais|negatif) avis', 'avis negatif', 'mauvaise (?:note|evaluation)', '(?:1|une) etoiles?', 'prendre cher', 'dans mon avis'],
    de: ['(?:schlechte|negative) bewertung', '(?:1|einen|ein) sterne?', 'dein(?:en)? (?:jss|ruf|profil) (?:ruinieren|zerstoren)', 'in die bewertung', 'betruger'],
    ru: [
      'напишу в отзыве', 'в отзыве напишу', 'мошенник\\S*', '(?:плохой|негативный|отрицательный) отзыв',
      '(?:плохую|низкую) оценку', '(?:1|одну|одна) звезд[уа]',
      '(?:испорчу|испортить|угроблю|уроню) (?:тебе |вам )?(?:рейтинг|профиль|jss)',
    ],
    uk: [
      'розгромн\\S* відгук\\S*', 'нічого поганого не (?:пишу|напишу)', 'напишу (?:у|в) відгуку', 'шахра\\S*',
      '(?:поганий|негативний) відгук', '(?:погану|низьку) оцінку', '(?:1|одну) зірк[уа]',
      '(?:зіпсую|зіпсувати) (?:тобі |вам )?(?:рейтинг|профіль)',
    ],
    hi: ['(?:bad|negative|kharab|ganda|bura) (?:review|feedback|rating)', '(?:1|one|ek) star', 'jss (?:gira|kharab|kam) (?:dunga|kar dunga|ho jayega)', '(?:feedback|review|rating) kharab'],
    ur: ['(?:bad|negative|kharab|bura) (?:review|feedback|rating)', '(?:1|one|aik|ek) star', 'jss (?:gira|kharab) (?:dunga|doon|kar dunga)', 'review (?:mein )?(?:kya )?likhun ?ga', 'jss zameen'],
    tl: ['(?:bad|negative|pangit na|masamang) (?:review|feedback|rating)', '(?:1|one|isang) star', 'sisirain ko (?:ang |yung )?rating', 'bigyan kita ng (?:1|isang) star'],
    id: ['(?:review|ulasan|rating|nilai) (?:jelek|buruk|negatif)', 'bintang (?:1|satu)', '(?:1|satu) bintang', 'rusak (?:rating|nilai|review)'],
    ar: ['تقييم (?:سيء|سيئ|سلبي|وحش|منخفض)', 'نجمة واحدة', '(?:1|واحد) نجمة', 'نجمة وحدة',
      'نجمه وحده', 'تقييم يدمر', 'يدمر حسابك', 'negma wa7da', 'review w7esh'],
    tr: ['(?:kotu|olumsuz|dusuk) (?:yorum|puan|degerlendirme)', '(?:1|bir) yildiz', 'rezil eder\\S*', 'yorumda'],
  },
  examples: ["I'll leave a bad review", 'wreck your Job Success Score', 'una reseña negativa', 'avaliação negativa', 'плохой отзыв', 'bintang 1', 'تقييم سيء', 'kötü yorum'],
});

/** A good review as a prize. */
export const GOOD_REVIEW = defineClass({
  name: 'GOOD_REVIEW',
  doc: 'A top rating offered or demanded.',
  words: {
    en: ['(?:5|five) ?(?:★|⭐)', '(?:5|five)[- ]?stars?', '10/10', 'perfect (?:score|rating|review)', '(?:great|good|positive|glowing|top) (?:review|feedback|rating)'],
    es: ['(?:5|cinco) estrellas', '(?:buena|excelente) (?:resena|calificacion)', 'resena positiva', 'calificacion maxima'],
    pt: ['(?:5|cinco) estrelas', '(?:boa|otima) avaliacao', 'avaliacao positiva', 'nota (?:maxima|10|dez)', 'avaliacao maxima'],
    fr: ['(?:5|cinq) etoiles', '(?:bon|excellent) avis', 'avis positif', 'avis 5 ?(?:★|⭐|\\*|etoiles)'],
    de: ['(?:5|funf) sterne(?:n)?', '(?:gute|positive) bewertung'],
    ru: ['(?:5|пять) звезд\\S*', '(?:хороший|положительный|отличный) отзыв', 'пят[еи]рк\\S*',
      'хорош\\S* комментари\\S*', '5 zvezd', 'otzyv 5'],
    uk: ["(?:5|п'ять) зір(?:ок)?", "п.ятьма зірками", '(?:гарний|позитивний) відгук', 'максимальн\\S* оцінк\\S*'],
    hi: ['(?:5|five|paanch|panch) star', '(?:acha|achha|accha|badhiya) (?:review|feedback)'],
    ur: ['(?:5|five|paanch) star', '(?:acha|achha|zabardast) (?:review|feedback)'],
    tl: ['(?:5|five|limang) stars?', 'magandang (?:review|feedback)'],
    id: ['bintang (?:5|lima)', '(?:5|lima) bintang', 'review (?:bagus|positif)'],
    ar: ['(?:5|خمس) نجوم', 'تقييم (?:ممتاز|عالي|ايجابي)'],
    tr: ['(?:5|bes) yildiz', '(?:iyi|olumlu) (?:yorum|puan)',
      '5 yildiz verirsem', 'bes yildiz verirsem',
    ],
  },
  examples: ['a 5-star review', 'close it with a 10/10', 'cinco estrellas', 'bintang 5', 'خمس نجوم', '5 yıldız'],
});

/** Conditions and ultimatums: "unless", "or else", "only if", "until". */
export const CONDITION = defineClass({
  name: 'CONDITION',
  doc: 'Conditions and ultimatums that tie one thing to another.',
  words: {
    en: [
      'unless', 'or else', "or i(?:'ll| will)", 'or you(?:\'ll| will)', 'otherwise',
      "if you (?:don'?t|do not|won'?t|refuse)", 'if not', 'until', 'only if', 'only when', 'as long as',
      'in exchange', 'in return', 'and i(?:\'ll| will)',
    ],
    es: ['si no', 'a menos que', 'o te', 'o si no', 'sino', 'hasta que', 'solo si', 'a cambio'],
    pt: ['se nao', 'a menos que', 'ou eu', 'ou entao', 'senao', 'ate que', 'so se', 'em troca', 'caso contrario', 'se me', 'se voce'],
    fr: ['sinon', 'sauf si', 'si tu ne', 'si vous ne', 'a moins que', "jusqu'a ce que", 'en echange', 'soit', 'contre'],
    de: ['sonst', 'ausser', 'wenn (?:du|sie) nicht', 'bis', 'nur wenn', 'im gegenzug', 'entweder', 'oder ich'],
    ru: ['иначе', 'если не', 'или я', 'пока не', 'только если', 'взамен', '—', 'в обмен'],
    uk: ['інакше', 'якщо не', 'якщо', 'або я', 'поки не', 'тільки якщо', 'натомість', '—'],
    hi: ['warna', 'varna', 'nahi to', 'nahi toh', 'jab tak', 'tabhi', 'agar nahi'],
    ur: ['warna', 'nahi to', 'jab tak', 'tabhi', 'agar nahi'],
    tl: ['kung hindi', 'kapag hindi', "hangga'?t", 'pag hindi', 'kung', 'or'],
    id: ['kalau (?:tidak|gak|nggak)', 'kalo (?:gak|ga|nggak|tidak)', 'atau (?:saya|aku|gue)', 'sampai', 'kecuali', 'nanti'],
    ar: ['وإلا', 'والا', 'اذا ما', 'لو ما', 'لحد ما', 'حتى', 'لو', 'law'],
    tr: ['yoksa', 'aksi halde', 'ancak', 'sadece .{0,20}?(?:sa|se)', '[a-z]{1,20}(?:rsaniz|rsan|rsen|rseniz|mazsan|mezsen|mazsaniz|mezseniz)'],
  },
  examples: ['refund me or I will', 'unless you refund', 'si no me devuelves', 'senão', 'иначе', 'warna', 'kalau gak', 'وإلا', 'yoksa'],
});

/** Money back, free or extra work: what a review is traded for. */
export const REFUND_OR_FREE = defineClass({
  name: 'REFUND_OR_FREE',
  doc: 'A refund, money back, a discount, or work for free.',
  words: {
    en: [
      'refund(?:ed)?', 'money back', 'my money', 'pay (?:me )?back', 'discount', 'for free', 'free of charge',
      'at no (?:extra )?(?:cost|charge)', 'free', 'extra (?:work|revisions?|pages?|features?|changes?)',
      'bonus',
      'drop the (?:refund|dispute)(?: request)?',
    ],
    es: ['reembolso', 'devolucion', 'devuelv\\S*', 'mi dinero', 'gratis', 'descuento', 'sin costo',
      'me regresas el dinero', 'me devuelves el dinero',
    ],
    pt: ['reembolso', 'devolu\\S*', 'meu dinheiro', 'de graca', 'gratis', 'desconto', 'sem custo'],
    fr: ['rembours\\S*', 'mon argent', 'gratuit\\S*', 'reduction', 'remise'],
    de: ['erstatt\\S*', 'mein geld', 'kostenlos', 'gratis', 'umsonst', 'rabatt'],
    ru: ['возврат\\S*', 'верн\\S* деньги', 'мои деньги', 'бесплатно', 'скидк[аиу]', 'без доплаты'],
    uk: ['повернен\\S*', 'поверн\\S* гроші', 'поверта\\S*', 'мої гроші', 'безкоштовно', 'знижк[аиу]', 'без доплати', 'дешевше'],
    hi: ['refund', 'paise wapas', 'paisa wapas', 'paise lautao', 'free', 'muft', 'discount'],
    ur: ['refund', 'paise wapas', 'raqam wapas', 'free', 'muft', 'discount', 'paisa wapis', 'wapis kro'],
    tl: ['refund', 'libre', 'ibalik (?:mo )?(?:ang )?(?:pera|bayad)', 'discount', 'ibalik mo (?:yung|ang) pera'],
    id: ['refund', 'uang (?:saya )?kembali', 'balikin uang', 'gratis', 'diskon', 'transfer balik', 'balikin', 'cashback'],
    ar: ['استرداد', 'استرجاع', 'فلوسي', 'مجانا', 'ببلاش', 'خصم', 'ترجع(?:لي)? (?:الفلوس|المبلغ)', 'هرجعلك', 'ارجعلك', 'bbalash'],
    tr: ['iade', 'param\\S*', 'ucretsiz', 'bedava', 'indirim',
      'indirim',
    ],
  },
  examples: ['refund me', 'for free', 'devuélveme mi dinero', 'de graça', 'верните деньги', 'paise wapas', 'gratis', 'استرداد', 'iade'],
});

/** Deliverables that can be held back. */
export const DELIVERABLE = defineClass({
  name: 'DELIVERABLE',
  doc: 'The work product: files, source, code, access, the final version.',
  words: {
    en: [
      'files?', 'source(?: files| code)?', 'code', 'final (?:version|files|design|logo|video|deliverables?)',
      'deliverables?', 'designs?', 'the rest', 'access', 'credentials', 'logo', 'video', 'project', 'work',
    ],
    es: ['archivos?', 'codigo', 'fuentes', 'entregables?', 'diseno final', 'version final', 'trabajo'],
    pt: ['arquivos?', 'codigo', 'fontes', 'entregaveis', 'versao final', 'trabalho', 'arquivo'],
    fr: ['fichiers?', 'code', 'sources', 'livrables?', 'version finale', 'travail'],
    de: ['dateien', 'datei', 'quellcode', 'code', 'endversion', 'arbeit'],
    ru: ['файл[ыа]?', 'исходник\\S*', 'код', 'проект', 'работ[уа]', 'доступ', 'iskhodniki'],
    uk: ['файл[иі]?', 'вихідник\\S*', 'код', 'проєкт', 'роботу', 'доступ', 'верс\\S*', 'логотип\\S*', 'макет\\S*'],
    hi: ['files?', 'code', 'kaam', 'project', 'source'],
    ur: ['files?', 'code', 'kaam', 'project', 'source'],
    tl: ['files?', 'code', 'project', 'trabaho', 'video'],
    id: ['file', 'kode', 'source', 'project', 'kerjaan', 'hasil'],
    ar: ['الملفات', 'ملفات', 'الكود', 'المشروع', 'الشغل'],
    tr: ['dosya\\S*', 'kod\\S*', 'proje\\S*', 'isi'],
  },
  examples: ['the source files', 'los archivos', 'os arquivos', 'die Dateien', 'исходники', 'files', 'الملفات', 'dosyaları'],
});

/** "After you leave the review", per language (the review comes first). */
export const AFTER_REVIEW = defineClass({
  name: 'AFTER_REVIEW',
  doc: 'Phrases that put the review before the work: "after your review", "once you rate".',
  words: {
    en: ['(?:after|once|when|as soon as) (?:you |u )?(?:leave|give|post|write|submit|close (?:it |the contract )?with|rate)'],
    es: [
      'en cuanto (?:me )?(?:dejes|des|pongas|califiques)', 'una vez que (?:dejes|califiques|pongas)',
      '(?:despues de|tras) (?:la|tu|su) (?:resena|calificacion|valoracion)',
      'cuando (?:dejes|me des|pongas) (?:la )?(?:resena|calificacion|5 estrellas)',
    ],
    pt: ['(?:depois|apos) (?:da|de sua|da sua) (?:avaliacao|nota)', 'quando (?:deixar|der|voce deixar) (?:a )?(?:avaliacao|nota|5 estrelas)', 'depois que (?:voce )?(?:encerrar|deixar|der)'],
    fr: ['apres (?:votre|ton|l\') ?(?:avis|evaluation|note)', 'des que (?:vous|tu) (?:laissez|laisses|mettez|mets)'],
    de: ['nach (?:der|ihrer|deiner) \\S*bewertung', 'sobald (?:sie|du) (?:eine |die |ihre )?\\S*bewertung'],
    ru: ['после (?:отзыва|оценки|5 звезд)',
      'после того,? как (?:поставите|оставите|напишете|поставишь|оставишь)',
      'как (?:оставите|оставишь|поставите|поставишь)'],
    uk: ['після (?:вашого |твого )?(?:відгуку|оцінки)', 'як (?:залишите|залишиш|поставите|поставиш)'],
    hi: [
      '(?:review|feedback|rating) (?:dene )?ke baad',
      'jab (?:aap|tum) (?:review|feedback|rating) (?:doge|denge|de do)',
      'jab (?:aap|tum) (?:5 star )?(?:review|feedback|rating)',
      '(?:pehle|phele) (?:5 star )?(?:review|feedback)',
      'review aane ke baad hi', 'review ke baad hi', 'rating ke baad hi',
    ],
    ur: ['(?:review|feedback|rating) (?:dene )?ke baad', 'jab (?:aap|tum) (?:review|feedback|rating) (?:dein|de dein)', '(?:pehle|phele) (?:5 star )?(?:review|feedback)'],
    tl: ['(?:pag|kapag|pagkatapos) (?:mo )?(?:mag-?)?(?:review|rate|feedback)', 'pagkatapos ng (?:review|feedback|rating)', '(?:pag|kapag) (?:nakapag-?)?(?:iwan|bigay|nag-?iwan)'],
    id: [
      '(?:setelah|habis|kalau udah|kalo udah) (?:kasih |beri |memberi )?(?:review|ulasan|rating|bintang)',
      '(?:setelah|habis|kalau udah|kalo udah) (?:\\S+ )?(?:kasih |beri |memberi )?(?:review|ulasan|rating|bintang)',
    ],
    ar: ['بعد (?:التقييم|ما تقيم|ما تعطيني تقييم)', 'لما تديني', 'غير لما', 'الا لما', 'ela lama', 'lama t7ot'],
    tr: ['(?:yorumdan|degerlendirmeden|puandan) sonra', '(?:puan|yorum) verdikten sonra', '(?:5 )?yildiz verdikten sonra'],
  },
  examples: ['after you leave the review', 'después de la reseña', 'depois da avaliação', 'после отзыва', 'review ke baad',
    'setelah kasih bintang', 'بعد التقييم', 'yorumdan sonra'],
});

/** Handing over work: what a freelancer holds back until the review comes. */
export const DELIVER_VERB = defineClass({
  name: 'DELIVER_VERB',
  doc: 'Handing over, releasing or publishing the work.',
  words: {
    en: [
      'push(?:es)?', 'send', 'deliver', 'release', 'ship', 'hand (?:it |them )?over', 'upload', 'share',
      'publish', 'goes public', 'go live', 'merge', 'transfer', 'unlock',
      'give you (?:the )?(?:files|code|access|rest)',
    ],
    es: ['envio', 'entrego', 'libero', 'subo', 'paso'],
    pt: ['envio', 'entrego', 'libero', 'mando', 'subo'],
    fr: ['envoie', 'livre', 'transmets'],
    de: ['schicke', 'liefere', 'sende', 'ubergebe'],
    ru: ['отправлю', 'скину', 'передам', 'выложу', 'сдам', 'otpravlyu'],
    uk: ['відправлю', 'скину', 'передам', 'надішлю'],
    hi: ['bhej dunga', 'bhejunga', 'de dunga', 'deliver kar dunga'],
    ur: ['bhej dun', 'bhej doon', 'de dun', 'deliver kar dun', 'release kar\\S*', 'bhej\\S*'],
    tl: ['ipapadala', 'ibibigay', 'isesend'],
    id: ['kirim', 'kasih', 'serahkan'],
    ar: ['ارسل', 'ابعت', 'اسلم'],
    tr: ['gonderirim', 'teslim ederim', 'yollarim'],
  },
  examples: ['i push it tonight', 'goes public after', 'te lo envío', 'отправлю'],
});

/** Pestering until a review: "I'll keep messaging you until you do." */
export const PESTER = defineClass({
  name: 'PESTER',
  doc: 'Repeated messages or pressure until the other person acts.',
  words: {
    en: [
      "(?:i'?ll|i will|gonna|going to) keep (?:messaging|texting|reminding|asking|bugging|pinging|emailing|writing to) you",
      'every day until you',
      'until you (?:do|leave|give|post|write) (?:it|one|that|the feedback|a review|me)',
    ],
  },
  examples: ["I'll keep messaging you every day until you do"],
});
