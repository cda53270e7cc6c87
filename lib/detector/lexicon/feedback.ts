/**
 * Reviews, threats to them, and what people trade them for, per language.
 */
import { defineClass } from './word-class';

/** A review, rating or the Job Success Score. */
export const REVIEW = defineClass({
  name: 'REVIEW',
  doc: 'Feedback, reviews, ratings, stars, the Job Success Score.',
  words: {
    lt: [
      'atsiliepim\\S{0,3}', 'ivertinim\\S{0,3}', 'zvaigzd\\S{0,5}', 'zvaigzdut\\S{0,5}',
    ],
    lv: [
      'atsauksm\\S{0,3}', 'vertejum\\S{0,3}', 'zvaigzn\\S{0,5}',
    ],
    et: [
      'tagasisid\\S{0,3}', 'hinnang\\S{0,3}', 'tarn(?:i|id|ide|e)?', 'arvustus\\S{0,3}',
    ],
    hy: ['կարծիք\\S{0,4}', 'աստղ\\S{0,4}', 'գնահատական\\S{0,4}', 'ռեվյու\\S{0,3}', 'ֆիդբեք\\S{0,3}', 'օտզիվ\\S{0,3}', 'karciq\\S{0,3}', 'astx\\S{0,3}',
      'astgh\\S{0,3}', 'otziv\\S{0,3}', 'gnahatakan\\S{0,3}'],
    uz: ['yulduz\\S{0,6}', 'baho\\S{0,5}', 'bahol\\S{0,6}', 'otziv\\S{0,5}', 'sharh\\S{0,5}', 'юлдуз\\S{0,6}', 'баҳо\\S{0,5}', 'отзив\\S{0,5}', 'шарҳ\\S{0,5}'],
    kk: ['жұлдыз\\S{0,6}', 'пікір\\S{0,6}', 'баға\\S{0,5}', 'бағала\\S{0,6}'],
    ky: ['жылдыз\\S{0,6}', 'пикир\\S{0,6}', 'баа\\S{0,5}', 'баала\\S{0,6}'],
    tg: ['ситора\\S{0,5}', 'баҳо\\S{0,5}', 'фикр\\S{0,5}'],
    mn: ['одыг', 'одоор', 'од (?:өг|тави)\\S{0,5}', 'сэтгэгдэл\\S{0,4}', 'үнэлгээ\\S{0,4}'],
    sq: [
      'yje', 'yll\\S{0,2}', 'vleresim\\S{0,3}',
    ],
    sk: [
      'hodnoteni\\S{0,2}', 'hviezd\\S{0,6}', 'recenzi\\S{0,2}',
    ],
    mk: [
      'ѕвезд\\S{0,3}', 'оценк\\S{0,3}', 'рецензиј\\S{0,2}', 'фидбек\\S{0,2}', 'zvezd\\S{0,3}',
    ],
    sl: [
      'ocen(?:a|o|e|ami)', 'zvezdic\\S{0,2}', 'mnenj(?:e|a)', 'recenzij\\S{0,2}',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: stars, a review.
    km: [
      'ផ្កាយ', 'ការវាយតម្លៃ', 'review',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: a review, stars, feedback.
    my: [
      'ကြယ်', 'သုံးသပ်ချက်', 'review', 'feedback',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): review, rating, stars, feedback.
    kn: [
      'ರಿವ್ಯೂ\\S{0,4}', 'ರಿವ್ಯು\\S{0,4}', 'ರೇಟಿಂಗ್\\S{0,4}', 'ಸ್ಟಾರ್\\S{0,4}', 'ಫೀಡ್‌ಬ್ಯಾಕ್\\S{0,4}',
      'ಫೀಡ್ಬ್ಯಾಕ್\\S{0,4}',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): review, rating, stars, feedback.
    pa: [
      'ਰਿਵਿਊ\\S{0,4}', 'ਰੀਵਿਊ\\S{0,4}', 'ਰੇਟਿੰਗ\\S{0,4}', 'ਸਟਾਰ\\S{0,4}', 'ਫੀਡਬੈਕ\\S{0,4}', 'ریویو', 'ریٹنگ', 'سٹار',
      'فیڈبیک',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): review, rating, stars, feedback.
    gu: [
      'રિવ્યુ\\S{0,4}', 'રિવ્યૂ\\S{0,4}', 'રેટિંગ\\S{0,4}', 'સ્ટાર\\S{0,4}', 'ફીડબેક\\S{0,4}', 'પ્રતિસાદ\\S{0,3}',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: review, rating, stars, feedback.
    si: [
      'රිවීව්\\S{0,6}', 'රිව්‍යු\\S{0,6}', 'රේටින්\\S{0,6}', 'ස්ටාර්\\S{0,6}', 'ෆීඩ්බැක්\\S{0,6}',
      '(?:review|rating|feedback) (?:eka|ekak)',
    ],
    // Greek, Hungarian and Malayalam review words (Greek αστέρ- for stars; Hungarian csillag; Malayalam റിവ്യൂ and review in Latin).
    el: ['κριτικ\\S{0,3}', 'αξιολογησ\\S{0,3}', 'αστερι\\S{0,2}', 'βαθμολογι\\S{0,2}', 'feedback', 'kritiki', 'asteria', 'ksiologisi', 'axiologisi'],
    hu: ['ertekeles\\S{0,4}', 'velemeny\\S{0,4}', 'csillag\\S{0,4}', 'visszajelzes\\S{0,4}'],
    ml: ['റിവ്യൂ\\S{0,4}', 'റിവ്യു\\S{0,4}', 'റേറ്റിംഗ\\S{0,4}', 'സ്റ്റാർ\\S{0,4}', 'അഭിപ്രായ\\S{0,4}', 'reviewil',
      'ratingil'],
    // Croatian, Serbian and Bosnian, Azerbaijani (rəy only with its endings: 'rey' is Spanish; not 'qiymət', also a price), Georgian and Amharic review words and stars.
    hr: ['recenzij\\S{0,2}', 'ocj?en(?:a|u|e|om)', 'ocen(?:a|u|e|om)', 'zvj?ezdic\\S{0,2}', 'povratn\\S{0,2} informacij\\S{0,2}'],
    sr: ['рецензиј\\S{0,2}', 'оцен(?:а|у|е|ом)', 'звездиц\\S{0,2}'],
    az: ['rey', 'reyi', 'rey(?:iniz|ini|in|imi|e)', 'ulduz\\S{0,3}', 'reytinq\\S{0,3}'],
    ka: ['შეფასებ\\S{0,4}', 'ვარსკვლავ\\S{0,4}', 'რევიუ\\S{0,3}', 'ფიდბექ\\S{0,3}', 'რეიტინგ\\S{0,3}',
      'shefaseb\\S{0,4}', 'varskvlav\\S{0,4}'],
    am: ['ሪቪ[\\u12c8-\\u12cf]\\S{0,2}', 'ግምገማ\\S{0,2}', 'ኮከ[\\u1260-\\u1267]\\S{0,2}', 'ፊድባ[\\u12a8-\\u12af]\\S{0,2}', 'kokeb'],
    // Tamil and Telugu review words in their scripts (ரிவ்யூ, ஸ்டார், రివ్యూ, స్టార్) and with their endings in Latin letters (reviewla,
    // reviewlo).
    ta: ['ரிவ்யூ\\S{0,4}', 'ரிவ்யு\\S{0,4}', 'ரேட்டிங்\\S{0,4}', 'ஸ்டார்\\S{0,4}', 'review(?:la|ku|ah)', 'rating(?:la|ku)'],
    te: ['రివ్యూ\\S{0,4}', 'రేటింగ్\\S{0,4}', 'స్టార్\\S{0,4}', 'ఫీడ్బ్యాక్\\S{0,4}', 'review(?:lo|ki|nu)', 'rating(?:lo|ki)'],
    // Thai, Persian, Hebrew, Bulgarian and Czech review words (ดาว not in ดาวน์โหลด).
    th: ['รีวิว', 'ดาว(?!น)', 'คะแนน', 'ฟีดแบ็ก'],
    fa: ['امتیاز', 'ستاره', 'فیدبک', 'ریویو', 'setare', 'emtiaz'],
    // Round twenty-five: with the article and prepositions glued on ("הביקורת", "בדירוג").
    he: ['(?:ה|ב|ל|ו|וה|שה)(?:ביקורת|דירוג|פידבק|כוכבים)', 'ביקורת', 'חוות דעת', 'כוכבים', 'דירוג', 'פידבק'],
    bg: ['отзив\\S{0,3}', 'оценк\\S{0,3}', 'звезд\\S{0,4}', 'ревю'],
    cs: ['hodnoceni', 'recenz\\S{0,3}', 'hvezd\\S{0,5}'],
    // Polish: rating (ocena), review (opinia), stars (gwiazdki), feedback.
    pl: ['ocen\\S*', 'opini\\S*', 'gwiazd\\S*', 'recenzj\\S*', 'komentarz\\S*'],
    // Japanese and Swahili: review, rating, feedback, stars.
    ja: ['レビュー', '評価', 'フィードバック'],
    sw: ['nyota', 'maoni', 'tathmini'],
    en: ['reviews?', 'feedback', 'ratings?', 'stars?', 'jss', 'job success(?: score)?', 'score', '10/10', 'testimonial'],
    es: ['resenas?', 'calificacion(?:es)?', 'valoracion(?:es)?', 'estrellas?', 'opinion', 'comentario',
      // Italian, filed with Spanish (the lexicon has no Italian key).
      'recension[ei]', 'stelle', 'valutazion[ei]',
    ],
    pt: ['avaliacao', 'avaliacoes', 'estrelas?', 'nota', 'feedback'],
    fr: ['avis', 'note', 'evaluation', 'etoiles?', 'commentaire'],
    de: ['bewertung(?:en)?', 'sterne?', 'rezension', 'feedback',
      // Polish, filed with German (the lexicon has no Polish key).
      'ocen[aeyi]', 'opini[aei]', 'gwiazd\\S*',
    ],
    ru: ['отзыв[аы]?', 'оценк[аиуе]', 'звезд[аыу]?', 'звезды', 'рейтинг[ау]?', 'фидбек'],
    uk: ['відгук[иу]?', 'оцінк[аиу]', 'зірк[аиу]', 'рейтинг[уі]?'],
    hi: ['review', 'feedback', 'rating', 'star', 'stars',
      'रिव्यू\\S{0,3}', 'रिव्यु\\S{0,3}', 'फीडबैक\\S{0,3}', 'फ़ीडबैक\\S{0,3}', 'रेटिंग\\S{0,3}', 'स्टार\\S{0,3}'],
    ur: [
      // Urdu in its script: review, feedback, rating, stars.
      'ریویو', 'فیڈ ?بیک', 'ریٹنگ', 'سٹار', 'اسٹار', 'review', 'feedback', 'rating', 'star', 'stars'],
    tl: ['review', 'feedback', 'rating', 'star', 'stars'],
    id: ['review', 'ulasan', 'rating', 'bintang', 'nilai', 'feedback'],
    ar: ['تقييم', 'التقييم', 'مراجعة', 'نجوم', 'نجمة', 'فيدباك'],
    tr: [
      // Turkish review words with their endings ("yorumu", "puanını", "yıldızlı").
      'yorum\\S*', 'degerlendirme\\S*', 'puan\\S*', 'yildiz\\S*',
      'yorum', 'yorumu', 'degerlendirme', 'puan', 'yildiz', 'feedback'],
    nl: ['review', 'recensie', 'beoordeling', 'sterren', 'ster', 'feedback', 'score'],
    ro: ['recenzi[ae]', 'review(?:-?ul)?', 'feedback(?:-?ul)?', 'stele', 'stea', 'evaluare(?:a)?', 'rating(?:-?ul)?', 'calificativ(?:ul)?'],
    ms: ['review', 'ulasan', 'bintang', 'rating', 'feedback', 'maklum balas'],
    ko: ['리뷰', '후기', '별점', '평점', '평가', '피드백'],
    // Reviews, stars and the conditions around them in Marathi, Nepali and Bengali; Hindi in Devanagari is filed with its Latin spellings (hi).
    mr: [
      'रिव्ह्यू\\S{0,3}', 'रिव्यू\\S{0,3}', 'फीडबॅक\\S{0,3}', 'रेटिंग\\S{0,3}', 'स्टार\\S{0,3}',
      // Marathi, Nepali and Bengali in Latin letters use the English words.
      'review', 'feedback', 'rating', 'stars?'],
    ne: [
      'रिभ्यु\\S{0,3}', 'रिभ्यू\\S{0,3}', 'रिव्यू\\S{0,3}', 'फिडब्याक\\S{0,3}', 'रेटिङ\\S{0,3}', 'स्टार\\S{0,3}',
      'review', 'feedback', 'rating', 'stars?'],
    bn: [
      'রিভিউ\\S{0,3}', 'ফিডব্যাক\\S{0,3}', 'রেটিং\\S{0,3}', 'স্টার\\S{0,3}',
      'review', 'feedback', 'rating', 'stars?'],
    ha: ['bita\\S{0,3}', 'taurari', 'tauraro', 'sharhi\\S{0,3}'],
    yo: ['irawo', 'idiyele'],
    ig: ['kpakpando'],
    so: ['xiddig\\S{0,3}', 'qiimeyn\\S{0,3}'],
    mg: ['kintana', 'hevitra'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['omdöme\\S{0,3}', 'betyg(?:et)?', 'stjärn\\S{0,4}', 'recension\\S{0,3}', 'feedback(?:en)?'],
    no: ['anmeldelse\\S{0,2}', 'vurdering\\S{0,3}', 'stjerne\\S{0,2}', 'tilbakemelding\\S{0,3}'],
    da: ['anmeldelse\\S{0,2}', 'bedømmelse\\S{0,2}', 'stjerne\\S{0,2}', 'vurdering\\S{0,3}'],
    fi: ['arvostelu\\S{0,4}', 'arvio\\S{0,4}', 'tähte\\S{0,3}', 'tähti\\S{0,3}', 'palaute\\S{0,4}', 'palautte\\S{0,4}'],
    'is': ['umsögn\\S{0,5}', 'umsagn\\S{0,5}', 'stjörnu\\S{0,3}', 'stjörnur', 'einkunn\\S{0,3}'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'κριτική', '5 αστέρια', 'értékelés', 'റിവ്യൂ',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'recenzija', 'оцену', '5 ulduz', 'შეფასება', 'ኮከብ',
    // Tamil, Telugu, Nigerian Pidgin.
    'ரிவ்யூ', 'రివ్యూ',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'รีวิว', 'امتیاز', 'חוות דעת', 'отзив', 'hodnocení',
    'a 5-star review', 'reseña', 'avaliação', 'Bewertung', 'отзыв', 'ulasan', 'التقييم', 'yorum',
    'अच्छा रिव्यू', 'चांगला रिव्ह्यू', 'राम्रो रिभ्यु', 'রিভিউ দেওয়ার পর'],
  counterExamples: ['ดาวน์โหลดไฟล์',
    'रिवाज', 'রিভলভার'],
});

/** A bad review, or harm to the other person's score. */
export const BAD_REVIEW = defineClass({
  name: 'BAD_REVIEW',
  doc: 'A bad or one-star review, or damage to someone\'s score or profile.',
  words: {
    lt: [
      '(?:1|vien\\S{0,2}) zvaigzd\\S{0,6}',
      '(?:blog\\S{0,2}|neigiam\\S{0,2}|prast\\S{0,2}|zem\\S{0,2}) (?:atsiliepim\\S{0,3}|ivertinim\\S{0,3})',
      'atsiliepim\\S{0,3} bus (?:labai )?blog\\S{0,2}',
    ],
    lv: [
      '(?:1|vien\\S{0,2}) zvaigzn\\S{0,5}', '(?:slikt\\S{0,2}|negativ\\S{0,2}|zem\\S{0,2}) (?:atsauksm\\S{0,3}|vertejum\\S{0,3})',
      'atsauksm\\S{0,3} bus slikt\\S{0,2}',
    ],
    et: [
      '(?:1|uks|uhe) tarn\\S{0,3}', '(?:halb\\S{0,2}|negatiivs\\S{0,2}|madal\\S{0,2}) (?:tagasisid\\S{0,3}|hinnang\\S{0,3})',
      'tagasisid\\S{0,3} (?:tuleb|on) halb', 'halv\\S{0,2} (?:tagasisid\\S{0,3}|hinnang\\S{0,3})',
    ],
    hy: ['(?:վատ|բացասական) (?:կարծիք|գնահատական|ռեվյու|օտզիվ)\\S{0,3}', '(?:1|մեկ) աստղ\\S{0,3}',
      '(?:vat|bacasakan) (?:karciq|otziv|gnahatakan)\\S{0,3}', '(?:1|mek) astx\\S{0,3}'],
    uz: ['(?:yomon|salbiy) (?:baho|otziv|sharh|fikr)\\S{0,4}', '(?:1|bir) yulduz\\S{0,4}', '(?:ёмон|салбий) (?:баҳо|отзив|шарҳ)\\S{0,4}',
      '(?:1|бир) юлдуз\\S{0,4}'],
    kk: ['(?:жаман|теріс|нашар) (?:пікір|баға)\\S{0,4}', '(?:1|бір) жұлдыз\\S{0,4}'],
    ky: ['(?:жаман|терс) (?:пикир|баа)\\S{0,4}', '(?:1|бир) жылдыз\\S{0,4}'],
    tg: ['(?:баҳо|фикр)\\S{0,3} (?:бад|манфӣ)', '(?:1|як) ситора\\S{0,3}'],
    mn: ['(?:муу|сөрөг) (?:сэтгэгдэл|үнэлгээ)\\S{0,4}', '(?:1|нэг) од\\S{0,3}'],
    sq: [
      '(?:1|nje) yll', 'vleresim (?:te )?(?:keq|negativ|dobet)',
    ],
    sk: [
      '(?:1|jedn\\S{0,2}) hviezd\\S{0,6}', '(?:zle|negativne|nizke) hodnoteni\\S{0,2}',
    ],
    mk: [
      '(?:1|една) ѕвезд\\S{0,2}', '(?:лоша|негативна|ниска) оценк\\S{0,2}',
    ],
    sl: [
      '(?:1|eno|ena) zvezdic\\S{0,2}', '(?:slabo|negativno|nizko) (?:oceno|mnenje|recenzijo)',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: one star, a bad review.
    km: [
      '(?:1|មួយ) ?ផ្កាយ', 'review ?អាក្រក់', 'ការវាយតម្លៃ ?អាក្រក់',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: one star, a bad review.
    my: [
      '(?:1|တစ်) ?ကြယ်', 'review ?ဆိုး\\S{0,6}', 'ဆိုးဆိုး', 'kyal (?:1|tit)',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): one star, a bad review.
    kn: [
      '(?:1|ಒಂದು) ಸ್ಟಾರ್\\S{0,4}', '(?:ಕೆಟ್ಟ|ನೆಗೆಟಿವ್) (?:ರಿವ್ಯೂ|ರೇಟಿಂಗ್|ಫೀಡ್‌ಬ್ಯಾಕ್)\\S{0,4}',
      '(?:1|ondu) star', '(?:ketta|negative) (?:review|rating|feedback)',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): one star, a bad review.
    pa: [
      '(?:1|ਇੱਕ) ਸਟਾਰ\\S{0,4}', '(?:ਮਾੜਾ|ਮਾੜੀ|ਗੰਦਾ|ਨੈਗੇਟਿਵ) (?:ਰਿਵਿਊ|ਰੇਟਿੰਗ|ਫੀਡਬੈਕ)\\S{0,4}',
      '(?:1|اک) سٹار', '(?:ماڑا|ماڑی) (?:ریویو|ریٹنگ)', '(?:maada|mada|maara|mara|ganda) (?:review|rating|feedback)',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): one star, a bad review.
    gu: [
      '(?:1|એક) સ્ટાર\\S{0,4}', '(?:ખરાબ|નેગેટિવ) (?:રિવ્યુ|રિવ્યૂ|રેટિંગ|ફીડબેક)\\S{0,4}',
      '(?:1|ek) star', '(?:kharab|negative) (?:review|rating|feedback)',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: one star, a bad review.
    si: [
      '(?:1|එක) ස්ටාර්\\S{0,6}', 'නරක (?:රිවීව්|රේටින්|ෆීඩ්බැක්)\\S{0,6}', '(?:1|eka) star',
      'naraka (?:review|rating|feedback)',
    ],
    // Greek, Hungarian and Malayalam bad reviews and one star.
    el: ['(?:1|ενα) αστερι', '(?:κακη|αρνητικη|χαμηλη) (?:κριτικ|αξιολογησ|βαθμολογι)\\S{0,3}', '(?:kaki|arnitiki) (?:kritiki|axiologisi)',
      '(?:1|ena) asteri'],
    hu: ['(?:1|egy) csillag\\S{0,4}', '(?:rossz|negativ|alacsony) (?:ertekeles|velemeny|visszajelzes)\\S{0,4}'],
    ml: ['(?:1|ഒരു) സ്റ്റാർ', '(?:മോശം|നെഗറ്റീവ്) (?:റിവ്യൂ|റേറ്റിംഗ്)\\S{0,4}', '(?:1|oru) star',
      '(?:mosham|negative) review'],
    // Croatian, Serbian and Bosnian, Azerbaijani, Georgian and Amharic bad reviews and one star.
    hr: ['(?:1|jedn\\S{0,2}) zvj?ezdic\\S{0,2}', '(?:losu|losa|lose|negativnu|negativna) (?:recenzij|ocj?en)\\S{0,2}'],
    sr: ['(?:1|једн\\S{0,2}) звездиц\\S{0,2}', '(?:лошу|лоша|негативну|негативна) (?:рецензиј|оцен)\\S{0,2}'],
    az: ['(?:1|bir) ulduz', '(?:pis|menfi|asagi) (?:rey|reytinq|feedback)\\S{0,3}'],
    ka: ['(?:ცუდ|უარყოფით) (?:შეფასებ|რევიუ)\\S{0,3}', '(?:1|ერთ|ერთი) ვარსკვლავ\\S{0,3}',
      '(?:ცუდ|უარყოფით)(?:ი|ს) (?:შეფასებ|რევიუ)\\S{0,3}',
      '(?:1|erti) varskvlav\\S{0,3}', '(?:cud|uaryofit)(?:i|s) shefaseb\\S{0,3}'],
    am: ['(?:1|አንድ) ኮከብ', '(?:መጥፎ|አሉታዊ) (?:ሪቪ[\\u12c8-\\u12cf]|ግምገማ|አስተያየ[\\u1270-\\u1277])\\S{0,2}', 'metfo review', '(?:1|and) kokeb'],
    // Tamil, Telugu and Nigerian Pidgin bad reviews and one star.
    ta: [
      // Tamil: one star.
      '(?:1|ஒரு) ஸ்டார்', '(?:1|ஒரு|ஒன்) ?ஸ்டார்',
      '(?:மோசமான|கெட்ட|நெகட்டிவ்|பேட்) (?:ரிவ்யூ|ரேட்டிங்)\\S{0,4}', '(?:1|oru|onnu) star',
      '(?:mosamana|mosama|ketta) (?:review|rating|feedback)'],
    te: [
      // Telugu: one star.
      '(?:1|ఒక) స్టార్', '(?:1|ఒక|ఒక్క) ?స్టార్',
      '(?:చెడ్డ|నెగటివ్|బ్యాడ్) (?:రివ్యూ|రేటింగ్)\\S{0,4}',
      '(?:1|oka|okka) star', '(?:chedda|cheddha) (?:review|rating|feedback)'],
    // Thai, Persian, Hebrew, Bulgarian and Czech bad reviews and one star.
    th: ['(?:1|หนึ่ง) ?ดาว(?!น)', 'รีวิว(?:แย่|ไม่ดี)'],
    fa: ['(?:یه|یک) ستاره', 'ye setare',
      '(?:1|یک) ستاره', '(?:نظر|امتیاز|فیدبک) (?:بد|منفی)', '(?:1|yek) setare', '(?:nazar|feedback)(?:e)? (?:bad|manfi)'],
    he: ['(?:ביקורת|חוות דעת) (?:רעה|שלילית|גרועה)', 'כוכב אחד', 'כוכב 1', 'כוכב אחד',
      '(?:ביקורת|חוות דעת) (?:רעה|שלילית)', 'פידבק (?:רע|שלילי)'],
    bg: ['(?:1|една) звезд\\S{0,2}', '(?:лош|отрицателен) отзив', '(?:лоша|ниска) оценка',
      '(?:1|edna) zvezda', 'edna zvezdichka',
    ],
    cs: ['(?:1|jedn\\S{0,2}) hvezd\\S{0,5}', '(?:spatne|negativni) hodnoceni', 'negativni recenz\\S{0,3}',
      '(?:1|jedn\\S{0,2}) hvezd\\S{0,6}',
    ],
    // Polish: a negative or low rating, one star, a score lowered or a profile spoiled ("negatywna ocena", "obniżę ocenę").
    pl: ['(?:negatywn|zl|slab|nisk|kiepsk|fataln)\\S* (?:ocen\\S*|opini\\S*|recenzj\\S*|komentarz\\S*|feedback\\S*)',
      '(?:1|jedn\\S*|2|dwie) gwiazdk\\S*',
      '(?:obniz|zanizy|zepsuj|zniszcz|popsuj)\\S* (?:ci |panu |pani )?(?:\\S+ )?(?:ocen\\S*|profil\\S*|statystyk\\S*|jss|opini\\S*)', 'jedynk\\S*'],
    // Japanese: one star, a low or bad review; Swahili: nyota moja, a bad review.
    ja: ['星(?:1|2|ひとつ|一つ)', '低評価', '悪い(?:レビュー|評価)', '悪評', '星4以下'],
    sw: ['nyota (?:moja|mbili|1|2)', 'review mbaya', 'maoni mabaya', 'feedback mbaya', 'chini ya nyota tano'],
    en: [
      // The sentence ends at the ellipsis, so the review's promise ends there too: "otherwise my review is going to be... let's say".
      '(?:my|the) (?:review|feedback|rating) (?:is going to|will|would|gonna) be$',
      // Round twenty: a bad review veiled: "otherwise my review is going to be... let's say educational".
      '(?:my|the|your) (?:review|feedback|rating) (?:is going to|will|would|gonna) be[.…]* (?:let.?s say |shall we say )?(?:very )?(?:educational|interesting' +
        '|memorable|creative|instructive|colou?rful|spicy|a lesson)',
      '(?:bad|negative|poor|low|terrible|horrible|awful|honest but brutal|worst) (?:private |public |client )?(?:reviews?|feedback|ratings?|score)',
      // "a bad note on Upwork": French and Spanish "note", "nota" put in English, the platform named.
      '(?:bad|negative|poor|low|terrible) notes? on upwork',
      '(?:1|one|2|two)[- ]?stars?(?: review| rating| feedback)?',
      '(?:wreck|ruin|tank|destroy|kill|hurt|damage|trash|tank|sink|drop|lower) (?:your|ur) (?:jss|job success(?: score)?|rating|reputation|profile|score|stats|career)',
      'report (?:you|your profile|your account) to upwork', 'make sure (?:nobody|no one) hires you',
      '(?:your|ur) (?:rating|review|feedback|score|jss|job success(?: score)?) depends on (?:me|it|this|how)',
      'reflect (?:that|this|it) in (?:my|the) (?:feedback|review)',
      'a review that warns', 'warn every freelancer',
      '(?:the|my) review (?:will )?reflects? (?:your|that|this|it|how)', 'make sure the review reflects',
      '(?:i\'?m|i will|i\'?ll) (?:be )?(?:leaving|leave|writing|write|posting|post) (?:you )?an? (?:very |brutally |really )?honest (?:review|feedback)',
      'won\'?t be pretty',
      '(?:won\'?t|will not|not going to|wouldn\'?t) (?:\\S+ (?:or|and) )?(?:rate|review) (?:you|anything)',
      'what i (?:really|honestly|actually) think (?:of|about) (?:you|your work|it)',
      '(?:nobody|no one|no client) will (?:ever )?hire you',
      '(?:the|my|our) (?:review|feedback|rating) (?:will|would|\'ll|is going to) (?:have to |need to |probably |definitely )?(?:show|reflect|say|tell)',
      // "a review warning other charities about you", "I'll warn future clients about you".
      '(?:review|feedback|post|rating) (?:that )?warn(?:s|ing)? (?:other|future|every|all|potential|prospective) \\S+',
      'warn(?:ing)? (?:all |the )?(?:other|future|potential|prospective) (?:\\S+ )?(?:clients|buyers|customers|freelancers|businesses|people) about you',
      // "I'll trash your business online", "slam you on Yelp".
      '(?:trash|slam|blast|bash|roast|shame|expose|ruin|destroy|wreck|tank) (?:you|your (?:business|company|shop|store|restaurant|hotel|agency|brand|name|studio))' +
        ' (?:online|publicly|on (?:yelp|google|tripadvisor|trustpilot|facebook|social media|every \\S+)|in (?:my |the |every )?reviews?)',
      '(?:will|gonna|is going to) (?:hear|read|know) about (?:you|it|this) in (?:my|the) (?:review|feedback)',
      'say goodbye to (?:your|ur) (?:\\S+ )?(?:jss|rating|job success|score|reviews?|profile|top rated)',
      '(?:your|ur) (?:jss|job success(?: score)?|rating|score|reputation|reviews?) (?:will |would |is going to |gonna )?' +
        '(?:tanks?|drops?|suffers?|takes? a hit|goes? down|plummets?|crash(?:es)?|sinks?|nosedives?)',
      'a (?:review|rating|feedback) to match', 'a matching (?:review|rating)',
      // "I will bury you in the feedback", "bury your profile with bad reviews".
      'bury (?:you|your (?:profile|jss|rating|account|reputation))(?: (?:in|with|under) (?:the |my )?(?:\\S+ )?(?:feedback|reviews?|ratings?))?',
      'make sure (?:nobody|no one) (?:\\S+ ){0,3}(?:ever )?(?:hires|will hire|wants to hire|works with) you',
      '(?:documenting|document|describing|describe|detailing|detail|writing about|write about|putting|put|mention|mentioning) (?:\\S+ ){0,3}in (?:your|my|the) ' +
        '(?:client |private |public )?(?:review|feedback)',
      '(?:your|ur) (?:rating|review|feedback|score|jss) (?:will )?reflects? (?:your|that|this|it|how)',
      '(?:be|get) (?:very |brutally |completely |really |totally )?honest with (?:future|other|potential|prospective) (?:clients|buyers|employers)',
      'watch what i (?:write|say|put)',
      '(?:review|feedback|rating) (?:that|which) (?:makes sure|makes it clear|tells (?:everyone|people|them)|says you)',
      '(?:feedback|review|rating) that reflects',
      '(?:shame|pity) if (?:it|that|your \\S+(?: \\S+)?) (?:dropped|drops|went down|fell|tanked)',
      '(?:review|feedback) (?:about|describing) how you',
      '(?:small|tiny|mediocre|lukewarm|so-so|meh) (?:review|rating|feedback)',
      'rate you (?:accordingly|based on|for that)', '(?:feedback|review) saying (?:that )?you',
      'give (?:u |you )?what (?:u|you) deserve',
      // Round twenty-eight: an "honest" review aimed at the person, a review that ends them, a low score named as the only one on offer.
      'honest (?:review|one) about (?:your|ur) (?:attitude|behaviou?r|manners)', 'honest in my review',
      '(?:good|nice) (?:\\S+ )?(?:review|version) or (?:a |the )?(?:very )?(?:honest|other) (?:one|version)',
      "review (?:that|which)(?:'ll| will)? (?:finish|end|ruin|kill) (?:you|u)", '(?:only|just) (?:a )?[1-3][- ]?stars?',
      'tell (?:other|all|every|future) (?:\\S+ )?(?:freelancers|clients|buyers) to (?:stay away|avoid)',
      '(?:profile|jss|rating) to show an? (?:1|2|3|one|two|three)',
      '(?:it\'?s|that\'?s) an? (?:1|2|3|one|two|three) at best',
      'withholding (?:my|the) (?:feedback|review|rating)',
      '(?:my|the) (?:review|feedback) will be (?:very )?detailed',
      'a review (?:your|the|my|other|future|next) (?:\\S+ )?clients (?:will )?(?:\\S+ )?read',
      '(?:feedback|review|rating) (?:about|for|of|on) (?:you|u)(?: \\S+){0,3} (?:will|would) reflect',
      '(?:my|the|our) (?:client |private |public )(?:feedback|review|rating) will reflect',
      'make sure (?:our|my|the|your) (?:feedback|review|rating) reflects',
      '(?:you\'?ll|you will|u will|u\'?ll) get (?:a )?(?:1|2|3|one|two|three)(?= |[.,!?]|$)',
      '(?:i|we) (?:will|\'ll) (?:dispute|report) (?:everything|you|it)',
      '(?:your|ur) client (?:rating|review|feedback|score) (?:will|would|is going to|gonna) (?:drop|suffer|tank|go down)',
      '(?:have to|need to|be forced to|no choice but to|hate to) (?:have to )?(?:be (?:\\S+ )?honest|mention|bring up|talk about|point out|write about' +
        '|describe)(?: \\S+){0,4} in (?:my|the|our) (?:review|feedback)',
      '(?:review|feedback|rating) (?:will|would|is going to) (?:be (?:brutal|harsh|savage|ugly|scathing|painful)|talk about|mention|describe)',
      '(?:leave|write|post|give|leaving|writing|posting)(?: you)? (?:a )?(?:review|feedback) (?:about how (?:unprofessional|rude|bad|slow|difficult|greedy|inflexible|lazy' +
        '|late|rigid)|about your (?:greedy|attitude|behaviou?r|pricing|unprofessional|rudeness|lateness|delays?)|telling (?:everybody|everyone|people|the world))',
      '(?:review|rating) that hurts', '(?:rating|score|jss) (?:drops?|falls?|goes) (?:under|below)',
      'reconsider (?:the|my|our) (?:feedback|review|rating)',
      '(?:clients?|people|everyone|every client) (?:\\S+ )?run (?:away )?from (?:your|ur) profile',
      '(?:your|ur) (?:rating|review|feedback|score|jss)(?: at the end)? depends (?:a lot |entirely |heavily |largely |mostly )on (?:me|it|this|how)',
      // Batch 119: the review's bad turn said as what it will be ("otherwise my review will not be kind", "without it, the stars from our side
      // will be low", "the stars you get from me will be very few", "or my public comment will say that you did not respect the brief").
      '(?:my|our|the) (?:public |private |final )?(?:reviews?|feedback|ratings?|stars|comment|evaluation)(?: (?:you get |you\'ll get )?from (?:me|us|my side|our side))? ' +
        '(?:will|would|is going to|are going to|gonna) (?:not be (?:kind|nice|good|positive|pretty|flattering|generous)|be (?:very |really |quite )?(?:low|few|harsh|unkind|ugly))',
      '(?:my|our) (?:public |private )?comment (?:will|would|is going to) (?:say|tell|mention|show)',
      // "I will make sure your rating shows it", "your success score will suffer from me", "your Job Success will know about my unhappiness".
      'make sure (?:your|ur) (?:rating|review|feedback|score|jss|profile) (?:shows?|reflects?) (?:it|that|this)',
      '(?:your|ur) (?:job )?success(?: score)? (?:will|would|is going to|gonna) (?:suffer|drop|know|hear|feel)',
      // "you can forget about 5 stars", "I cannot promise a positive review", "I will rate you 2", "a bad evaluation", "low stars everywhere".
      'forget (?:about )?(?:the |a |your )?(?:5|five|good|positive|great|top)[- ]?(?:stars?|reviews?|ratings?|feedback)',
      '(?:cannot|can\'?t|won\'?t|will not) promise (?:you )?(?:a |any )?(?:positive|good|great|nice|5[- ]?star|five[- ]?star) (?:review|rating|feedback)',
      'rate (?:you|u) (?:a )?(?:1|2|3|one|two|three)(?![0-9])', '(?:bad|negative|poor|low|terrible) (?:evaluation|marks|stars)',
      // "I can also leave no feedback at all, or a very honest one", "keep logging time for them and you will see it in your score".
      '(?:no|zero) (?:feedback|review|rating)(?: at all)?,? or (?:a |an )?(?:very |brutally |really )?honest (?:one|review|feedback)',
      'you(?:\'ll| will) see (?:it|that|this) in (?:your|ur) (?:score|rating|jss|reviews?|feedback|stars)',
    ],
    es: ['(?:mala|negativa|peor) (?:resena|calificacion|valoracion)',
      // "una reseña pésima".
      '(?:resena|calificacion|valoracion) (?:pesima|horrible|terrible|mala)',
      '(?:resena|calificacion|valoracion) negativa', '(?:1|una) estrellas?', 'arruinar tu (?:perfil|reputacion)',
      // Round twenty-four: "te califico mal".
      '(?:te|le) (?:califico|calificare|voy a calificar|puntuo|valoro) mal',
      'resena de una estrella', 'una estrella',
      '(?:resena|calificacion|valoracion) (?:acorde|correspondiente|en consecuencia)',
      '(?:resena|calificacion|valoracion) (?:tendra que|va a tener que|debera) reflejar\\S*',
      '(?:advertir|avisar|alertar) a (?:los )?(?:otros|futuros|demas) (?:\\S+ )?sobre (?:ti|usted)',
      'resena que (?:te )?(?:hunda|hunde|destruya|arruine|mate)',
      'recensione che (?:ti )?(?:affossa|distrugge|rovina|ammazza|affonda)',
      '(?:ti )?(?:affosso|rovino|distruggo) (?:il )?profilo',
      'resena (?:con la )?que nadie', 'nadie (?:mas )?te (?:va a )?contrat\\S*',
      'resena contando', 'con una resena asi', 'recensione (?:da schifo|negativa|pessima)',
      'scriver(?:ne|e) una negativa',
      'recensione (?:\\S+ ){0,5}terra conto',
      // Batch 119: the review promised "sincere" about the faults: "mi calificación va a ser muy sincera sobre los retrasos".
      '(?:mi|nuestra) (?:calificacion|resena|valoracion) (?:va a ser|sera) (?:muy |bien |totalmente )?(?:sincera|honesta) (?:sobre|con)',
    ],
    pt: [
      // "vou escrever lá no teu perfil que não cumpres prazos": what the client will write on the profile.
      'escrever (?:la |isso |tudo )?(?:no|em) (?:teu|seu) perfil',
      'avaliacao (?:negativa|ruim|pessima)', '(?:ma|pessima) avaliacao', '(?:te|lhe) (?:avalio|vou avaliar) mal', '(?:1|uma) estrelas?',
      'acabar com (?:seu|teu) (?:perfil|jss)', 'conto tudo no comentario',
      'avaliacao (?:bem |muito )?(?:feia|negativa|ruim|pessima|horrivel)', '(?:feia|horrivel) avaliacao',
      'nunca mais (?:ninguem )?te contrat\\S*',
      'avaliacao (?:correspondente|a altura|de acordo)',
      'avaliacao (?:vai ter que|tera que|vai precisar) refletir\\S*',
      '(?:alertar|avisar) (?:os )?(?:outros|futuros|demais) (?:\\S+ )?sobre (?:voce|vc|ti)',
      'avaliacao que (?:vai )?(?:afundar|acabar com|destruir|queimar)',
      '(?:afundar|queimar|destruir) (?:teu|seu) (?:perfil|jss)',
      'avaliacao (?:bem |muito )?detalhada', '(?:pra|para) (?:nao|ninguem) contratar(?:em)? (?:voce|vc)',
      // Batch 119: "aí minhas estrelas vão contar essa história", "meu feedback vai ser bem sincero sobre o prazo", "sua nota comigo vai ser a pior possível".
      '(?:minhas|nossas) estrelas (?:vao|vai) (?:contar|mostrar|refletir)', '(?:minha|nossa) (?:avaliacao|nota) (?:vai|vao) (?:contar|mostrar) (?:essa|esta|a) historia',
      '(?:meu|nosso) (?:feedback|comentario) vai ser (?:bem |muito )?sincero (?:sobre|com)', '(?:minha|nossa) (?:avaliacao|nota) vai ser (?:bem |muito )?sincera (?:sobre|com)',
      'nota (?:\\S+ ){0,2}(?:vai ser|sera) a pior',
      // Round thirty: the review "will be low".
      'avaliacao (?:\\S+ ){0,5}vai ser baixa',
      'nota baixa',
    ],
    // Round twenty-one: the noun and its adjective in either order, with an intensifier ("une évaluation très négative", "une note vraiment mauvaise").
    fr: ['(?:avis|evaluation|note|commentaire|appreciation)s? (?:tres |vraiment |bien |assez |plutot )?(?:negati(?:f|ve)s?|mauvaise?s?|catastrophiques?|desastreu(?:x|se|ses))',
      '(?:tres |vraiment )?(?:mauvais|mauvaise|negati(?:f|ve)|catastrophique) (?:avis|evaluation|note|commentaire|appreciation)',
      '(?:mauvais|negatif) avis', 'avis negatif', 'mauvaise (?:note|evaluation)', '(?:1|une) etoiles?', 'prendre cher', 'dans mon avis',
      '(?:je te|je vous) (?:mets|mettrai|laisse|laisserai) (?:une )?(?:review |note |evaluation )?(?:de )?(?:1|une) etoiles?',
      'plus personne ne (?:te|vous) (?:embauchera|engagera)',
      '(?:une note|un avis|une evaluation) (?:en consequence|a la hauteur)',
      '(?:mon|notre|l\') ?(?:avis|evaluation) (?:devra|va devoir) (?:le )?refleter',
      '(?:prevenir|avertir) (?:les )?(?:autres|futurs) (?:\\S+ )?(?:a (?:ton|votre) sujet|contre (?:toi|vous))',
      '(?:avis|note|evaluation) qui (?:va )?(?:te |vous )?(?:couler|detruire|ruiner|plomber|tuer)',
      // Batch 119: "sinon la note sera à la hauteur de ma déception", "pas de remboursement partiel, pas de bonne note".
      '(?:la|ma|mon|notre) (?:note|avis|evaluation|commentaire) sera a la hauteur de', 'pas de (?:bonne note|bon avis|bonne evaluation|(?:5|cinq) etoiles)',
    ],
    de: [
      // "eine Bewertung, die sich gewaschen hat": a scathing review, as the idiom says.
      'bewertung,? die sich gewaschen hat',
      '(?:schlechte|negative) bewertung', '(?:1|einen|ein) sterne?', 'dein(?:en)? (?:jss|ruf|profil) (?:ruinieren|zerstoren)', 'in die bewertung', 'betruger',
      '(?:1|ein|einen|eine)-?sterne?-?bewertung', 'ein-sterne(?!-?bewertung)', 'niemand (?:wird dich|stellt dich) mehr',
      '(?:eine |die )?(?:entsprechende|passende) (?:bewertung|rezension)',
      'bewertung (?:wird )?entsprechend ausfall\\S*',
      '(?:dein|ihr) (?:jss|rating|profil) (?:wird )?(?:leiden|sinken|absturzen)',
      'f(?:a|ae)llt (?:die|meine|ihre|deine) bewertung (?:\\S+ )?(?:entsprechend|schlecht|negativ|mies) aus',
      '(?:meine|unsere|die) bewertung (?:wird|muss) (?:das )?(?:widerspiegeln|zeigen)',
      '(?:andere|kunftige|alle) (?:\\S+ )?(?:kunden|auftraggeber) vor (?:dir|ihnen) warnen',
      '(?:bewertung|rezension),? (?:nach der|bei der|wegen der) (?:dich|sie) (?:keiner|niemand)',
      '(?:keiner|niemand) (?:mehr )?(?:bucht|beauftragt) dich', '(?:opini|ocen)\\S*,? po ktorej nikt',
      'nikt (?:cie|ciebie) (?:juz )?nie zatrudni', 'jedna gwiazdk\\S*',
      'zweimal uberlegt', '(?:1|jedna|jedn[aą]) gwiazdk\\S*',
      // Batch 119: "das wird sich deutlich in meiner Bewertung niederschlagen", "ich schreibe in die öffentliche Bewertung, dass", "keine gute Note".
      'in (?:meiner|unserer|der|ihrer) (?:offentlichen |privaten )?bewertung (?:\\S+ )?niederschlag\\S*', 'in (?:die|meine|unsere) (?:offentliche|private) bewertung',
      'keine gute (?:note|bewertung|rezension)', 'keine (?:5|funf) sterne',
    ],
    ru: [
      'напишу в отзыве', 'в отзыве напишу', 'мошенник\\S*', '(?:плохой|негативный|отрицательный) отзыв',
      '(?:плохую|низкую) оценку', '(?:1|одну|одна) звезд[уа]',
      '(?:испорчу|испортить|угроблю|уроню) (?:тебе |вам )?(?:рейтинг|профиль|jss)',
      'никто (?:больше )?не (?:наймет|возьмет|закажет)', 'отзыв будет такой', 'такой отзыв,? что',
      '(?:мой|наш) отзыв (?:это )?отраз\\S*', 'предупрежу (?:других|всех|будущих) (?:заказчиков|клиентов)',
      'на одну звезду', 'одн[уа] звезд\\S*',
    ],
    uk: [
      'розгромн\\S* відгук\\S*', 'нічого поганого не (?:пишу|напишу)', 'напишу (?:у|в) відгуку', 'шахра\\S*',
      '(?:поганий|негативний) відгук', '(?:погану|низьку) оцінку', '(?:1|одну) зірк[уа]',
      '(?:зіпсую|зіпсувати) (?:тобі |вам )?(?:рейтинг|профіль)',
      'ніхто (?:більше )?не (?:найме|візьме|замовить)', 'відгук буде такий', 'такий відгук,? що',
      '(?:мій|наш) відгук (?:це )?відобраз\\S*', 'попереджу (?:інших|всіх|майбутніх) (?:замовників|клієнтів)',
    ],
    hi: [
      // Hindi: a bad review with the English word, one star.
      '(?:खराब|ख़राब|बुरा|बुरी) (?:review|feedback|rating)', '(?:bad|negative|kharab|ganda|bura) (?:review|feedback|rating)', '(?:1|one|ek) star',
      'jss (?:gira|kharab|kam) (?:dunga|kar dunga|ho jayega)', '(?:feedback|review|rating) kharab',
      '(?:1|ek) star (?:dunga|de dunga|milega)',
      '(?:1|एक) स्टार',
      '(?:खराब|ख़राब|बुरा|बुरी|नेगेटिव|गंदा|गंदी) (?:रिव्यू|फीडबैक|रेटिंग)\\S{0,3}',
      // Round thirty: "buri rating".
      '(?:buri|buree) (?:review|rating|feedback)',
    ],
    ur: [
      // Urdu in its script: a bad review, one star.
      '(?:برا|بری|خراب|منفی|نیگیٹو) (?:ریویو|فیڈ ?بیک|ریٹنگ)', '(?:1|ایک|ون) ?(?:سٹار|اسٹار)',
      '(?:bad|negative|kharab|bura) (?:review|feedback|rating)', '(?:1|one|aik|ek) star', 'jss (?:gira|kharab) (?:dunga|doon|kar dunga)', 'review (?:mein )?(?:kya )?likhun ?ga', 'jss zameen',
      'aisi (?:rating|review|feedback)', '(?:feedback|review) mein sab kuch likh\\S*', 'profile dobara nahi',
      // Round thirty: "buri review".
      '(?:buri|bura|buree|kharab) (?:review|rating|feedback)',
    ],
    tl: ['(?:bad|negative|pangit na|masamang) (?:review|feedback|rating)', '(?:1|one|isang) star', 'sisirain ko (?:ang |yung )?rating', 'bigyan kita ng (?:1|isang) star',
      'sirain ko (?:ang |yung )?(?:rating|review|profile)',
    ],
    id: ['(?:review|ulasan|rating|nilai) (?:jelek|buruk|negatif)', 'bintang (?:1|satu)', '(?:1|satu) bintang', 'rusak (?:rating|nilai|review)',
      'tulis di review', 'review kalo kamu',
    ],
    ar: ['تقييم (?:سيء|سيئ|سلبي|وحش|منخفض)', 'نجمة واحدة', '(?:1|واحد) نجمة', 'نجمة وحدة',
      'نجمه وحده', 'تقييم يدمر', 'يدمر حسابك', 'negma wa7da', 'review w7esh',
      'مش هقيمك', 'لن اقيمك', 'msh ha2ayyem\\S*', 'mesh ha2ayyem\\S*',
      'تقييم يخلي', 'ما حد يشتغل معك', 'review enno', 'bektob review', '(?:1|one) star w',
      // A bad or low review: "ريفيو سيئ", "أقل من خمس نجوم", Arabizi "review w7esh", "el profile bta3ak hayet7ara2".
      '(?:ريفيو|تقييما?|مراجعة|فيدباك|review|feedback) (?:سيء|سيئ|سي|سلبي|وحش|زفت|خايس|خايب|ضعيف|منخفض|سيئ[ةه]|واطي)',
      'اقل من (?:خمس|خمسة|5|٥) نجوم',
      '(?:1|2|واحد[ةه]?|نجمتين|نجمة) (?:نجم[ةه]|نجوم)', '(?:review|taqyeem|ta2yeem) (?:w7esh|we7esh|wi7esh|khayeb|5ayeb|za?ft|sayye2|sayyi2|salbi|5ayes|khayes|khayb|mkhayb)',
      '(?:1|2|one|two|wa7da|wa7ed|wa7de) (?:njoom|njoum|negma|nejma|star)', '(?:profile|7esab|account) (?:bta3ak|taba3ak|dyalek) (?:hayet7ara2|hayeb2a|ha ?yedmar|ra7 yenhar)',
      // Batch 119: Egyptian Arabizi "el feedback hayeb2a we7esh gedan" (the review "will be" ugly).
      '(?:feedback|review|rating|taqyeem|ta2yeem) (?:hayeb2a|haykoon|hayb2a|ha yeb2a) (?:w7esh|we7esh|wi7esh|khayeb|5ayeb|za?ft|sayye2|wa7sh)',
      // Round thirty: "تقييماً سيئاً" with its tanween.
      'تقييما? (?:سيئا?|سلبيا?)',
    ],
    tr: [
      // Turkish: a score lowered, a bad or low review ("puanını düşürmemi", "kötü yorum yazarım").
      'puan\\S* (?:dusur|kir|bozar)\\S*', '(?:dusuk|kotu|olumsuz) (?:puan|yorum|degerlendirme)\\S*', 'yorum\\S* (?:bozar|kotu yaz)\\S*',
      '(?:1|bir) yildiz\\S*',
      '(?:kotu|olumsuz|dusuk) (?:yorum|puan|degerlendirme)', '(?:1|bir) yildiz', 'rezil eder\\S*', 'yorumda',
      'ne yazacagimi bilirsin', 'ne yazacagimi (?:sen )?bil\\S*',
      'kotu bir deneyim', '1 yildiz alan',
      // Batch 119: "değerlendirmede bunu açıkça belirtirim" (said in the review, plainly).
      '(?:degerlendirmede|yorumumda|degerlendirmemde) (?:bunu |bunlari |hepsini )?(?:acikca |acik acik )?(?:belirtir|yazar|soyler)\\S*',
      // Round thirty: "değerlendirmeyi ona göre yaparız" (we will rate accordingly).
      'degerlendirme\\S* ona gore yapar\\S*',
    ],
    nl: ['(?:een|één|1) ster', 'slechte (?:review|feedback|beoordeling|recensie|score)', 'negatieve (?:review|feedback|beoordeling|recensie)', 'een review die (?:ge|je|u) niet graag'],
    ro: ['(?:o|1) stea', '(?:review|recenzie|feedback)(?:-?ul)? (?:negativ|prost|de o stea|de 1 stea)', 'recenzie negativa', 'vezi ce (?:feedback|review|recenzie|nota)'],
    ms: ['(?:review|ulasan|feedback|rating) (?:teruk|buruk|negatif)', 'feedback (?:you |awak )?hancur', 'hancur(?:kan)? (?:rating|review|feedback)'],
    ko: ['별 ?(?:하나|한 ?개|1 ?개)', '별점 ?(?:1|하나|한 ?개)', '(?:리뷰|후기)(?:에|로) (?:다 |전부 )?(?:쓸|쓰겠|올릴)',
      '(?:나쁜|안 ?좋은|최악의?) (?:리뷰|후기|평가)', '악플', '악평'],
    zh: ['差评', '差評', '一星', '1星', '低分', '负评', '負評'],
    vi: ['(?:1|mot) sao', 'review (?:te|xau|thap)', 'danh gia (?:thap|xau|te|1 sao)', 'viet len review'],
    // Reviews, stars and the conditions around them in Marathi, Nepali and Bengali; Hindi in Devanagari is filed with its Latin spellings (hi).
    mr: [
      // Marathi: a bad review, one star.
      '(?:वाईट|खराब) (?:रिव्ह्यू|रिव्यू|फीडबॅक)', '(?:1|एक) ?स्टार',
      '(?:1|एक) स्टार',
      '(?:वाईट|खराब|नेगेटिव्ह|नेगेटिव) (?:रिव्ह्यू|रिव्यू|फीडबॅक|रेटिंग)\\S{0,3}'],
    ne: [
      '(?:1|एक) स्टार',
      '(?:नराम्रो|खराब|नेगेटिभ) (?:रिभ्यु|रिभ्यू|रिव्यू|फिडब्याक|रेटिङ)\\S{0,3}'],
    bn: [
      // Banglish: a bad review, one star.
      '(?:kharap|baje) (?:review|feedback|rating)', '(?:1|ek|one) ?star',
      '(?:1|এক) স্টার', '(?:খারাপ|নেগেটিভ|বাজে) (?:রিভিউ|ফিডব্যাক|রেটিং)\\S{0,3}'],
    ha: ['tauraro (?:daya|1)', '(?:1|daya) tauraro', 'mummunan (?:bita|sharhi|review|ra\'?ayi)', '(?:bita|sharhi|review) mara kyau'],
    yo: ['irawo (?:kan|kan soso|1)', 'review (?:buruku|buburu|ti ko dara|to buru)'],
    ig: ['(?:otu|1) kpakpando', 'kpakpando (?:otu|1)', 'review (?:ojoo|ojo|adighi mma)'],
    so: ['(?:hal|1) xiddig', '(?:review|qiimeyn) xun'],
    mg: ['kintana (?:iray|1)', 'hevitra ratsy'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['(?:1|en|ett) stjärn\\S{0,4}', '(?:dåligt|lågt|negativt|sämsta) (?:betyg|omdöme)'],
    no: ['(?:1|en|én) stjerne', '(?:dårlig|negativ|lav) (?:vurdering|anmeldelse)'],
    da: ['(?:1|en|én) stjerne', '(?:dårlig|negativ|lav) (?:anmeldelse|bedømmelse|vurdering)'],
    fi: ['(?:1|yksi|yhden) täh\\S{0,5}', '(?:huono|huonon|negatiivisen|negatiivinen) (?:arvostelu|arvio|palaute)\\S{0,3}'],
    'is': ['(?:1|eina) stjörnu', '(?:slæma|slæm|neikvæða) umsögn'],
  },
  examples: ['or else my feedback is going to be',
    'my review will be... shall we say colourful',
    
    // Greek, Hungarian, Malayalam.
    'κακή κριτική', 'negatív értékelés', 'oru star',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'lošu recenziju', 'негативну оцену', 'bir ulduz', 'ცუდი შეფასება', 'መጥፎ ሪቪው',
    // Tamil, Telugu, Nigerian Pidgin.
    'oru star', 'மோசமான ரிவ்யூ', 'okka star', 'బ్యాడ్ రివ్యూ',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'รีวิวแย่', 'یک ستاره', 'ביקורת שלילית', 'лош отзив', 'špatné hodnocení',
    
    'I will bury you in the feedback', "I'll leave a bad review", 'wreck your Job Success Score', 'una reseña negativa',
    'avaliação negativa', 'плохой отзыв', 'bintang 1', 'تقييم سيء', 'kötü yorum',
    'a review warning other clients', "I'll trash your business online", 'our review will have to reflect that',
    'खराब रिव्यू दूंगा', '1 स्टार', 'নেগেটিভ রিভিউ',
    'buri review doonga',
    'buri rating dunga',
    'değerlendirmeyi ona göre yaparız',
    'سأكتب تقييماً سيئاً جداً',
    'a avaliação no contrato de teste vai ser baixa',
  ],
  counterExamples: [
    'एक स्टार्टअप'],
});

/** A good review as a prize. */
export const GOOD_REVIEW = defineClass({
  name: 'GOOD_REVIEW',
  doc: 'A top rating offered or demanded.',
  words: {
    lt: [
      '(?:5|penk\\S{0,3}) zvaigzd\\S{0,6}',
      '(?:ger\\S{0,2}|teigiam\\S{0,2}|puik\\S{0,2}|aukst\\S{0,3}) (?:atsiliepim\\S{0,3}|ivertinim\\S{0,3})',
    ],
    lv: [
      '(?:5|piec\\S{0,2}) zvaigzn\\S{0,5}', '(?:lab\\S{0,2}|pozitiv\\S{0,2}|teicam\\S{0,2}) (?:atsauksm\\S{0,3}|vertejum\\S{0,3})',
    ],
    et: [
      '(?:5|viis|viie) tarn\\S{0,3}', '(?:hea\\S{0,1}|positiivs\\S{0,2}|suurepara\\S{0,3}) (?:tagasisid\\S{0,3}|hinnang\\S{0,3})',
    ],
    hy: ['(?:5|հինգ) աստղ\\S{0,3}', '(?:լավ|դրական) (?:կարծիք|գնահատական|ռեվյու|օտզիվ)\\S{0,3}', '(?:5|hing) astx\\S{0,3}',
      '(?:lav|drakan) (?:karciq|otziv|gnahatakan)\\S{0,3}'],
    uz: ['(?:5|besh) yulduz\\S{0,4}', '(?:yaxshi|ijobiy) (?:baho|otziv|sharh|fikr)\\S{0,4}', '(?:5|беш) юлдуз\\S{0,4}',
      '(?:яхши|ижобий) (?:баҳо|отзив|шарҳ)\\S{0,4}'],
    kk: ['(?:5|бес) жұлдыз\\S{0,4}', '(?:жақсы|оң) (?:пікір|баға)\\S{0,4}'],
    ky: ['(?:5|беш) жылдыз\\S{0,4}', '(?:жакшы|оң) (?:пикир|баа)\\S{0,4}'],
    tg: ['(?:5|панҷ) ситора\\S{0,3}', '(?:баҳо|фикр)\\S{0,3} (?:хуб|мусбат)'],
    mn: ['(?:5|таван) од\\S{0,3}', '(?:сайн|эерэг) (?:сэтгэгдэл|үнэлгээ)\\S{0,4}'],
    sq: [
      '(?:5|pese) yje', 'vleresim (?:te )?(?:mire|pozitiv|shkelqyer)',
    ],
    sk: [
      '(?:5|pat|plny(?:ch)?) hviezd\\S{0,6}', '(?:dobre|kladne|pozitivne|plne|vyborne) hodnoteni\\S{0,2}',
    ],
    mk: [
      '(?:5|пет) ѕвезд\\S{0,3}', '(?:добра|одлична|позитивна|максимална) (?:оценк|рецензиј)\\S{0,2}', '(?:5|pet) zvezdi',
    ],
    sl: [
      '(?:5|pet) zvezdic\\S{0,2}', '(?:dobr|pozitivn|odlicn)\\S{0,2} (?:ocen|mnenj|recenzij)\\S{0,2}',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: five stars, a good review.
    km: [
      '(?:5|ប្រាំ) ?ផ្កាយ', 'review ?ល្អ', '(?:5|pram) ?star ?sen',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: five stars, a good review.
    my: [
      '(?:5|ငါး) ?ကြယ်', 'ကြယ်ငါးပွင့်', 'review ?ကောင်း\\S{0,8}', '5 kyal',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): five stars, a good review.
    kn: [
      '(?:5|ಐದು) ?ಸ್ಟಾರ್\\S{0,4}',
      '(?:ಒಳ್ಳೆ|ಒಳ್ಳೆಯ|ಪಾಸಿಟಿವ್) (?:ರಿವ್ಯೂ|ರೇಟಿಂಗ್|ಫೀಡ್‌ಬ್ಯಾಕ್)\\S{0,4}', '(?:5|aidu) star',
      '(?:olle|olleya) (?:review|rating|feedback)',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): five stars, a good review.
    pa: [
      '(?:5|ਪੰਜ) ?ਸਟਾਰ\\S{0,4}', '(?:ਚੰਗਾ|ਚੰਗੀ|ਵਧੀਆ|ਪੋਜ਼ਿਟਿਵ) (?:ਰਿਵਿਊ|ਰੇਟਿੰਗ|ਫੀਡਬੈਕ)\\S{0,4}',
      '(?:5|پنج) ?سٹار', '(?:چنگا|چنگی|ودھیا) (?:ریویو|ریٹنگ)', '(?:changa|changi|vadhiya|wadhiya) (?:review|rating|feedback)',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): five stars, a good review.
    gu: [
      '(?:5|પાંચ) ?સ્ટાર\\S{0,4}',
      '(?:સારો|સારું|સારા|પોઝિટિવ) (?:રિવ્યુ|રિવ્યૂ|રેટિંગ|ફીડબેક)\\S{0,4}', '(?:5|panch) star',
      '(?:saro|saru|sara) (?:review|rating|feedback)',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: five stars, a good review.
    si: [
      '(?:5|පහ) ?ස්ටාර්\\S{0,6}', '(?:හොඳ|පොසිටිව්) (?:රිවීව්|රේටින්|ෆීඩ්බැක්)\\S{0,6}', '(?:5|paha) star',
      '(?:hoda|honda) (?:review|rating|feedback)',
    ],
    // Greek 5 αστέρια, Hungarian 5 csillag, Malayalam 5 സ്റ്റാർ and good reviews.
    el: ['(?:5|πεντε) αστερ\\S{0,3}', '(?:καλη|θετικη|τελεια|αριστη) (?:κριτικ|αξιολογησ|βαθμολογι)\\S{0,3}', '(?:5|pente) asteria',
      '(?:kali|thetiki) (?:kritiki|axiologisi)'],
    hu: ['(?:5|ot|teljes) csillag\\S{0,4}', 'otcsillag\\S{0,4}', '(?:jo|pozitiv|kivalo|maximalis) (?:ertekeles|velemeny|visszajelzes)\\S{0,4}'],
    ml: ['(?:5|അഞ്ച്) ?സ്റ്റാർ\\S{0,4}',
      '(?:നല്ല|പോസിറ്റീവ്) (?:റിവ്യൂ|റേറ്റിംഗ്|അഭിപ്രായം)\\S{0,4}', '(?:5|anju|anchu) star',
      '(?:nalla|positive) review'],
    // Croatian, Serbian and Bosnian, Azerbaijani, Georgian and Amharic five stars and good reviews.
    hr: [
      '(?:dobar|dobri|pozitivan|odlican) (?:feedback|fidbek|review|utisak|komentar)', '(?:dobr|pozitivn|odlicn)\\S{0,2} (?:ocen|recenzij)\\S{0,2}',
      '(?:5|pet) zvj?ezdic\\S{0,2}', '(?:dobr|pozitivn|odlicn)\\S{0,2} (?:recenzij|ocj?en)\\S{0,2}', 'cistu peticu'],
    sr: [
      '(?:добар|позитиван|одличан) (?:фидбек|утисак|коментар|feedback)',
      '(?:5|пет) звездиц\\S{0,2}', '(?:добр|позитивн|одличн)\\S{0,2} (?:рецензиј|оцен)\\S{0,2}', 'чисту петицу'],
    az: ['(?:5|bes) ulduz\\S{0,3}', '(?:yaxsi|musbet|ela) (?:rey|reytinq|feedback)\\S{0,3}'],
    ka: ['(?:5|ხუთ|ხუთი) ვარსკვლავ\\S{0,3}', '(?:კარგ|დადებით)(?:ი|ს) (?:შეფასებ|რევიუ)\\S{0,3}',
      '(?:5|xuti) varskvlav\\S{0,3}', '(?:karg|dadebit)(?:i|s) shefaseb\\S{0,3}'],
    am: ['(?:5|አምስት) ኮከብ', '(?:ጥሩ|አወንታዊ) (?:ሪቪ[\\u12c8-\\u12cf]|ግምገማ|አስተያየ[\\u1270-\\u1277])\\S{0,2}', '(?:5|amist) kokeb', 'tiru review'],
    // Tamil and Telugu 5 stars and good reviews, in their scripts and in Latin letters.
    ta: ['(?:5|ஐந்து|அஞ்சு) ?ஸ்டார்\\S{0,4}',
      '(?:நல்ல|பாசிட்டிவ்) (?:ரிவ்யூ|ரேட்டிங்|ஃபீட்பேக்)\\S{0,4}', '(?:anju|ainthu) star',
      'nalla (?:review|rating|feedback)'],
    te: ['(?:5|ఐదు) ?స్టార్\\S{0,4}', '(?:మంచి|పాజిటివ్) (?:రివ్యూ|రేటింగ్|ఫీడ్బ్యాక్)\\S{0,4}',
      '(?:aidu|ayidu) star', 'manchi (?:review|rating|feedback)'],
    // Thai 5 ดาว, Persian ۵ ستاره (panj setare), Hebrew 5 כוכבים, Bulgarian 5 звезди, Czech 5 hvězdiček.
    th: ['รีวิวดีๆ', '(?:5|ห้า) ?ดาว(?!น)', 'รีวิวดี', 'คะแนนเต็ม', 'ดาวเต็ม'],
    fa: ['(?:nazar|feedback)(?:e)? (?:khoob|mosbat)',
      '(?:5|پنج) ستاره', 'امتیاز کامل', '(?:نظر|فیدبک|ریویو) (?:خوب|مثبت)', '(?:5|panj) setare', 'emtiaz(?:e)? kamel',
      '(?:nazar|feedback)(?:e)? (?:khoob|khub)'],
    he: ['(?:5|חמישה|חמש|חמשת ה)כוכבים', '(?:ביקורת|חוות דעת) (?:טובה|חיובית|מעולה)', '(?:5|חמישה|חמש) כוכבים',
      '(?:ביקורת|חוות דעת) (?:טובה|חיובית)', 'פידבק (?:טוב|חיובי)', 'דירוג מלא'],
    bg: [
      '(?:5|pet) zvezdi', '(?:dobar|polozhitelen) otziv',
      '(?:5|пет) звезд\\S{0,4}', '(?:добър|положителен|отличен) отзив', '(?:добра|отлична|максимална) оценка'],
    cs: ['(?:5|pet|plny(?:ch)?) hvezd\\S{0,5}', '(?:dobre|kladne|pozitivni|plne) hodnoceni', 'pozitivni recenz\\S{0,3}', 'petihvezdickov\\S{0,3}'],
    // Polish: five stars, a 5/5, a positive or top rating ("pięć gwiazdek", "ocena 5/5", "pozytywna opinia").
    pl: ['(?:5|piec|pieciu|pelne|pelnych|same) (?:\\S+ )?gwiazd\\S*', '5/5', 'piatk\\S*',
      '(?:pozytywn|dobr|swietn|wysok|najwyzsz|maksymaln|pochlebn)\\S* (?:ocen\\S*|opini\\S*|recenzj\\S*|komentarz\\S*|feedback\\S*)',
      'ocen\\S* (?:na )?(?:5|piec|5/5|10/10)', 'opini\\S* na (?:5|piec)', '10/10'],
    // Japanese: five stars, a high rating; Swahili: nyota tano, a good review.
    ja: ['星5', '星(?:五|5)つ', '5つ星', '五つ星', '★5', '高評価', '満点', '最高評価', 'hoshi ?5', '(?:いい|良い)(?:評価|レビュー)'],
    sw: ['nyota (?:tano|5)', 'review nzuri', 'maoni mazuri', 'feedback nzuri', 'tathmini nzuri'],
    en: [
      'glowin (?:\\S+ )?(?:review|feedback|rating)',
      '(?:solid|stellar|strong|shining|killer) (?:review|feedback|rating|testimonial)s?',
      'glowing (?:remarks|words|comments|testimonials?)',
      '(?:5|five) ?(?:★|⭐)', '(?:5|five)[- ]?stars?', '10/10', 'perfect (?:score|rating|review)', '(?:great|good|positive|glowing|top) (?:review|feedback|rating)',
      '(?:nice|decent|strong|big|stellar|excellent|amazing|kind|kinder|generous|glowing|great|good|positive|lovely|wonderful|brilliant|fantastic) ' +
        '(?:client |public |private )?(?:reviews?|feedback|ratings?)',
      '(?:leave|give|rate) (?:you|u) (?:a )?(?:5|five|10)(?= |[.,!?]|$)', 'all 5s', 'perfect 10', 'full stars',
      // Round twenty-eight: the score asked for the writer ("would you give me a 5?", "give me a 5 instead of the 4"), or a good rating put
      // as a verb ("rate me good and ..."); not a count ("give me a 5 minute call").
      '(?:leave|give|rate) (?:me|us) (?:a )?(?:5|five|10)(?![ -]?(?:min\\S*|hours?|days?|weeks?|%|percent|dollars?|bucks|usd|more|extra)\\b)(?= |[.,!?]|$)',
      'rate (?:me|us) (?:good|well|high(?:ly)?|great|top)',
      '(?:5|five) on everything', '(?:feedback|review|rating) (?:is|will be) (?:perfect|glowing|5 stars)',
      // Batch 119, a client's good review promised: "you get top marks from me", "the feedback I leave will be excellent", "I will make sure your
      // rating from me is perfect", "in my review I will be very, very generous", "the strongest recommendation we've ever written".
      'top marks', '(?:feedback|review|rating|comment)s?(?: (?:i|we) (?:leave|write|give))? (?:will be|is going to be) (?:excellent|perfect|amazing|outstanding|top)',
      '(?:your|ur) (?:rating|review|feedback|score)(?: from (?:me|us|\\S+))? (?:is|will be) (?:perfect|excellent|5|five|top)',
      'in (?:my|our) (?:review|feedback|rating),? (?:i|we) (?:will|\'ll) be (?:very,? )*(?:generous|kind)', '(?:strongest|best|glowing) recommendation',
    ],
    es: ['(?:5|cinco) estrellas', '(?:buena|excelente) (?:resena|calificacion)', 'resena positiva', 'calificacion maxima',
      // Batch 119: "si me das calificación perfecta".
      '(?:calificacion|resena|valoracion|nota) perfecta',
      '(?:5|cinco) estrellitas',
      // Italian, filed with Spanish (the lexicon has no Italian key).
      '(?:5|cinque) stelle',
      '(?:5|cinco) ?(?:★|⭐)',
    ],
    pt: [
      'avaliacao (?:vier |for |estiver |ficar )?(?:caprichada|otima|excelente|top|positiva|boa)',
      // "um review caprichado" (a carefully made, glowing review).
      '(?:review|avaliacao|nota) caprichad[oa]',
      '(?:5|cinco) estrelas', '(?:boa|otima) avaliacao', 'avaliacao (?:boa|otima)', 'avaliacao positiva', 'nota (?:maxima|10|dez)', 'avaliacao maxima'],
    fr: ['(?:5|cinq) etoiles', '(?:bon|excellent) avis', 'avis positif', 'avis 5 ?(?:★|⭐|\\*|etoiles)',
      'bonne note',
      // Batch 119: "je vous mets la note maximale avec un joli commentaire".
      'note maximale', '(?:joli|beau|super) commentaire',
    ],
    de: ['(?:5|funf) sterne(?:n)?', '(?:gute|positive) bewertung', '(?:die )?(?:volle|hochste) punktzahl',
      // Batch 119: "die beste Bewertung, die ich je geschrieben habe".
      '(?:die )?beste bewertung',
      // Polish, filed with German (the lexicon has no Polish key).
      '(?:5|piec) gwiazd\\S*',
    ],
    ru: [
      'отзыв будет (?:хороший|отличный|положительный|пятизвездочный|на пять)',
      '(?:5|пять) звезд\\S*', '(?:хороший|положительный|отличный) отзыв', 'пят[еи]рк\\S*',
      'хорош\\S* комментари\\S*', '5 zvezd', 'otzyv 5'],
    uk: ["(?:5|п'ять) зір(?:ок)?", "п.ятьма зірками", '(?:гарний|позитивний) відгук', 'максимальн\\S* оцінк\\S*',
      '(?:гарн|позитивн|хорош)\\S* відгук\\S*',
      '(?:5|п.ять) зірочо?к\\S*',
    ],
    hi: [
      // Hindi: a good review with the English word.
      '(?:अच्छा|अच्छी) (?:review|feedback|rating)', '(?:5|five|paanch|panch) star', '(?:acha|achha|accha|badhiya) (?:review|feedback)',
      '(?:5|पांच|पाँच|फाइव) ?स्टार\\S{0,3}',
      '(?:अच्छा|अच्छी|बढ़िया|पॉजिटिव|पॉज़िटिव) (?:रिव्यू|फीडबैक|रेटिंग)\\S{0,3}',
      // Round thirty: "achhi rating".
      '(?:achi|achhi|acchi) (?:rating|review|feedback)',
    ],
    ur: [
      // Urdu in its script: five stars, a good review.
      '(?:فائیو|5|پانچ) ?(?:سٹار|اسٹار)', '(?:اچھا|اچھی|مثبت|پازیٹو) (?:ریویو|فیڈ ?بیک|ریٹنگ)', '(?:5|five|paanch) star',
      '(?:acha|achha|zabardast) (?:review|feedback)',
      // Round thirty: "achi rating".
      '(?:achi|achhi|acchi) (?:rating|review|feedback)',
    ],
    tl: ['(?:5|five|limang) stars?', 'magandang (?:review|feedback)'],
    id: ['bintang (?:5|lima)', '(?:5|lima) bintang', 'review (?:bagus|positif)'],
    ar: [
      // Arabizi: "5 njoom" (five stars).
      '(?:5|khamas|5amas|5ames) (?:njoom|nojoom|ngoom|nogoom|nugum)',
      // Darija: "5 njoum", "khamsa d njoum".
      '(?:5|khamsa|5amsa)(?: d)? (?:njoum|njom|nojoum|nju?m)',
      '(?:5|خمس) نجوم', 'تقييم (?:ممتاز|عالي|ايجابي)',
      '(?:٥|5) نجوم',
      '(?:ريفيو|تقييم) حلو', 'review 7elo',
      // Five stars and a good review across dialects: "بخمس نجوم", "تقييماً بخمس نجوم", "ريفيو زين", Arabizi "taqyeem 7elo", Darija "review mzyan", "5 étoiles".
      '(?:ب)?(?:خمس|خمسة|خمسه|٥|5) (?:نجوم|نجمات|ستارز|stars?)',
      '(?:ريفيو|تقييما?|مراجعة|فيدباك|فيدباك|review|feedback) (?:ممتاز|عالي|ايجابي|حلو|زين|كويس|مزيان|مليح|منيح|ذهبي|فل)',
      '(?:taqyeem|taqyim|ta2yeem|ta2yim|ta2yem|tqyim|review|feedback|rivyu) (?:7elo|7ilo|7lo|helo|kwayes|kwayyes|kways|zein|zain|zeen|mzyan|mezyan|mzian|momtaz|mumtaz|tayyeb|m3alem)',
      '(?:5|khams|khamas|5ams|5amas|khamsa|5amsa) (?:njoom|njoum|nojoom|nogoom|ngoom|nejmat|stars|etoiles|étoiles)', '(?:5|khamsa) d(?:yal)? (?:njoum|etoiles)',
      // Batch 119: Egyptian "el rating hayeb2a 5", "el review hayeb2a top" (the rating will be five, top).
      '(?:rating|review|feedback|taqyeem|ta2yeem) (?:\\S+ )?(?:hayeb2a|haykoon|hayb2a) (?:5|top|full|khamsa)',
    ],
    tr: [
      // Turkish: five stars or points, full marks, a good review ("5 puanla", "5 yıldızlı yorum").
      '(?:5|bes) (?:yildiz|puan)\\S*', 'tam puan\\S*', '5/5', '(?:iyi|olumlu|guzel|yuksek) (?:yorum|puan|degerlendirme)\\S*', '10 uzerinden 10',
      '(?:5|bes) yildiz', '(?:iyi|olumlu) (?:yorum|puan)',
      // With a case ending: "beş yıldızı verdiğiniz an".
      '(?:5|bes) yildiz(?:i|a|la)',
      '5 yildiz verirsem', 'bes yildiz verirsem',
      '(?:guzel|iyi|olumlu) bir (?:yorum|puan)',
      // Batch 119: "yorumda seni göklere çıkarırım" (I will praise you to the skies in the review), "puanın tam olur" (your score will be full).
      'goklere cikar\\S*', 'puan\\S* tam ol\\S*',
    ],
    nl: ['(?:5|vijf) sterren', 'positieve (?:review|recensie|beoordeling|feedback)', 'goede (?:review|recensie|beoordeling)'],
    ro: ['(?:5|cinci) stele', '(?:feedback|review|recenzie)(?:-?ul)? (?:excelent|pozitiv|bun|maxim|de 5 stele)', 'recenzie (?:pozitiva|buna)'],
    ms: ['(?:review|rating|ulasan) (?:bagus|baik|positif|5 bintang)'],
    // Round twenty-five: a score of five points, a review written "well" ("5점 주시면", "후기 좋게 써주면").
    ko: ['별 ?(?:다섯|5) ?개?', '별점 ?(?:5|다섯|만점)', '(?:좋은|긍정적인) (?:리뷰|후기|평가)', '만점', '5 ?점', '(?:리뷰|후기|평가|별점)(?:를|을)? 좋게'],
    zh: ['五星', '5星', '五颗星', '五顆星', '好评', '好評', '满分', '滿分'],
    // "5 sao" / "năm sao" (five stars), "đánh giá tốt".
    vi: ['(?:5|nam) sao', 'danh gia (?:tot|cao)', 'review (?:tot|5 sao)', 'feedback tot'],
    // Reviews, stars and the conditions around them in Marathi, Nepali and Bengali; Hindi in Devanagari is filed with its Latin spellings (hi).
    mr: [
      // Marathi: a good review.
      'चांगला (?:रिव्ह्यू|रिव्यू|फीडबॅक)',
      '(?:5|five|paach|pach|panch) ?stars?(?! (?:hotel|resort))', '(?:chhan|chan|changla|changle|changli|positive) (?:review|feedback|rating)',
      '(?:5|पाच) ?स्टार\\S{0,3}',
      '(?:चांगला|चांगले|चांगली|छान|पॉझिटिव्ह) (?:रिव्ह्यू|रिव्यू|फीडबॅक|' +
      'रेटिंग)\\S{0,3}'],
    ne: [
      // Stars as Nepali also says them (पाँच तारा, ५ तारा); Latin "5 star", "ramro review".
      '(?:5|पाँच|पांच) ?(?:स्टार|तारा)\\S{0,3}',
      '(?:राम्रो|पोजिटिभ) (?:रिभ्यु|रिभ्यू|रिव्यू|फिडब्याक|रेटिङ)\\S{0,3}',
      '(?:5|five|panch|paanch) ?stars?(?! (?:hotel|resort))', '(?:ramro|positive) (?:review|feedback|rating)'],
    bn: [
      // Five stars spelled out ("ফাইভ স্টার").
      'ফাইভ স্টার',
      '(?:5|পাঁচ) ?স্টার\\S{0,3}', '(?:ভালো|ভাল|পজিটিভ) (?:রিভিউ|ফিডব্যাক|রেটিং)\\S{0,3}',
      '(?:5|five|panch|pach) ?stars?(?! (?:hotel|resort))', '(?:bhalo|valo|positive) (?:review|feedback|rating)'],
    ha: ['(?:taurari|tauraro) (?:biyar|5)', '(?:5|biyar) (?:taurari|stars?)', '(?:bita|sharhi|review) mai kyau', 'kyakkyawan (?:bita|sharhi|ra\'?ayi|review)'],
    yo: ['irawo (?:marun-?un|marun|5)', '(?:5|marun-?un) (?:irawo|stars?)', 'review (?:to|ti o) (?:daa|dara)', 'review rere'],
    ig: ['kpakpando (?:ise|5)', '(?:5|ise) kpakpando', 'review (?:oma|di mma)'],
    so: ['(?:shan|5) xiddig\\S{0,3}', 'xiddig (?:shan|5)', '(?:review|qiimeyn) wanaagsan'],
    mg: ['kintana (?:dimy|5)', '(?:5|dimy) kintana', 'hevitra tsara'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['(?:5|fem) stjärn\\S{0,4}', 'femstjärnig\\S{0,2}', '(?:bra|högt|toppen|positivt) (?:betyg|omdöme)'],
    no: ['(?:5|fem) stjerne\\S{0,2}', 'femstjerners?', '(?:god|positiv|topp) (?:vurdering|anmeldelse)'],
    da: ['(?:5|fem) stjerne\\S{0,2}', 'femstjernet', '(?:god|positiv|top) (?:anmeldelse|bedømmelse|vurdering)'],
    fi: ['(?:5|viisi|viiden) täh\\S{0,5}', '(?:hyvä|hyvän|hyvää|positiivisen|positiivinen) (?:arvostelu|arvio|palaute)\\S{0,3}'],
    'is': ['(?:5|fimm) stjörnu\\S{0,2}', '(?:góða|góð|jákvæða) umsögn'],
  },
  examples: ['a glowin client review',
    'a solid review',
    'glowing comments', 'отзыв будет отличный', 'avaliação ótima',
    
    // Greek, Hungarian, Malayalam.
    '5 αστέρια', 'καλή κριτική', '5 csillag', 'jó értékelés', '5 സ്റ്റാർ', 'nalla review',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    '5 zvjezdica', 'пет звездица', '5 ulduz', '5 ვარსკვლავი', '5 ኮከብ',
    // Tamil, Telugu, Nigerian Pidgin.
    '5 ஸ்டார்', 'nalla review', '5 స్టార్', 'manchi review',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'ให้ 5 ดาว', '۵ ستاره', 'panj setare', '5 כוכבים', '5 звезди', '5 hvězdiček',
    
    'تقييماً بخمس نجوم', 'review mzyan',
    'a 5-star review', 'close it with a 10/10', 'cinco estrellas', 'bintang 5', 'خمس نجوم', '5 yıldız',
    '5 स्टार दो', 'अच्छा रिव्यू', 'चांगला रिव्ह्यू', '৫ স্টার দিন',
    'achi rating de dein',
    'achhi rating do',
  ],
  counterExamples: ['ดาวน์โหลด 5 ไฟล์',
    'स्टार्टअप'],
});

/** Conditions and ultimatums: "unless", "or else", "only if", "until". */
export const CONDITION = defineClass({
  name: 'CONDITION',
  doc: 'Conditions and ultimatums that tie one thing to another.',
  words: {
    lt: [
      'jei(?:gu)? (?:man )?ne\\S{1,10}', 'kitaip', 'priesingu atveju', 'arba', 'mainais',
      'uz (?:\\S+ )?(?:zvaigzd|atsiliepim|ivertinim)\\S{0,6}',
    ],
    lv: [
      'ja (?:tu )?ne\\S{1,10}', 'citadi', 'pretej\\S{0,2} gadijuma', 'vai ari', 'apmaina pret', 'vai',
    ],
    et: [
      'kui (?:sa )?ei', 'muidu', 'vastasel juhul', 'vastutasuks', 'voi',
    ],
    hy: ['եթե (?:\\S+ ){0,2}չ\\S{2,12}', 'թե չէ', 'հակառակ դեպքում', 'ete (?:\\S+ ){0,2}ch\\S{2,12}', 'te che'],
    uz: ['bo[\'`]?lmasa', 'aks holda', '\\S{2,14}ma(?:sangiz|sang|salaringiz)', 'бўлмаса', 'акс ҳолда', '\\S{2,14}ма(?:сангиз|санг)'],
    kk: ['әйтпесе', '\\S{2,14}(?:ма|ме|ба|бе|па|пе)(?:саңыз|сеңіз|саң|сең)'],
    ky: ['антпесе', 'болбосо',
      '\\S{2,14}(?:ба|бе|бо|бө|па|пе|по|пө|ма|ме|мо|мө)(?:саңыз|сеңиз|соңуз|сөңүз|саң|сең|соң|сөң)'],
    tg: ['агар',
      'нанавис(?:ед|и)', 'надиҳ(?:ед|и)', 'нагузор(?:ед|и)', 'намон(?:ед|и)',
      'агар (?:\\S+ ){0,3}на\\S{2,14}', 'вагарна', 'дар акси ҳол'],
    mn: ['\\S{2,14}(?:хгүй|аагүй|ээгүй|оогүй|өөгүй) бол', 'үгүй бол', 'эс тэгвэл', 'тэгэхгүй бол'],
    sq: [
      'nese (?:nuk|s)', 'perndryshe', 'ndryshe',
    ],
    sk: [
      'ak (?:mi )?ne\\S{1,8}', 'inak',
    ],
    mk: [
      'ако не', 'ако (?:ми )?не', 'инаку',
    ],
    sl: [
      'ce (?:mi |nam )?ne', 'sicer', 'drugace',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: if, if not, only then.
    km: [
      'បើមិន', 'បើ', 'ទើប', 'ber min',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: if, only if ("...ရင်", "...မှ").
    my: [
      'ပေးမှ', 'ပေးရင်', 'မပေးရင်', 'မလုပ်ပေးရင်', 'မဟုတ်ရင်', 'ပြီးမှ', 'pay mha',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): the condition in the verb ("ಕೊಟ್ರೆ", "ಕೊಡದಿದ್ರೆ"), otherwise.
    kn: [
      'ಕೊಟ್ರೆ', 'ಕೊಟ್ಟರೆ', 'ಕೊಡದಿದ್ರೆ', 'ಕೊಡದಿದ್ದರೆ', 'ಮಾಡದಿದ್ರೆ', 'ಇಲ್ಲದಿದ್ರೆ',
      'ಇಲ್ಲದಿದ್ದರೆ', 'kottre', 'kottare', 'kodadidre', 'madadidre', 'illadidre',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): if, then, otherwise ("ਦਿਓਗੇ ਤਾਂ", "ਨਹੀਂ
    // ਤਾਂ", "نہ دتا تے").
    pa: [
      'ਤਾਂ ਹੀ', 'ਨਹੀਂ ਤਾਂ', 'ਨਾ ਦਿੱਤਾ ਤਾਂ', 'ਦਿਓਗੇ ਤਾਂ', 'ਦਿਓ ਤਾਂ', 'ਕੀਤਾ ਤਾਂ', 'تاں ای',
      'نئیں تے', 'نہ دتا تے', 'دیو گے تاں', 'دیو تے', 'taan hi', 'nahi taan', 'na ditta te', 'doge taan', 'dedo te',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): if, otherwise ("આપશો તો", "નહીં તો").
    gu: [
      'તો જ', 'નહીં તો', 'નહિ તો', 'આપશો તો', 'આપો તો', 'કરો તો', 'to j', 'nahi to', 'aapso to', 'aapo to', 'karo to',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: the condition in the verb ("දුන්නොත්", "නොදුන්නොත්"), "otherwise".
    si: [
      'දුන්නොත්', 'නොදුන්නොත්', 'දාන්නේ නැත්නම්', 'දෙන්නේ නැත්නම්', 'නැත්නම්',
      'නැත්තම්', 'කළොත්', 'නොකළොත්', 'dunnoth', 'nodunnoth', 'nathnam', 'naththam', 'kaloth', 'nokaloth', 'දෙනවා නම්',
      'දුන්නා නම්', 'dennawa nam', 'dunna nam',
    ],
    // Greek, Hungarian and Malayalam 'if you don't', 'otherwise'.
    el: ['αν δεν', 'αλλιω[σς]', 'αλλιωτικα', 'an den', 'alliws', 'allios'],
    hu: ['ha nem', 'kulonben', 'maskulonben', 'mert kulonben'],
    ml: [
      // Malayalam in its script and Manglish (round twenty-six): "if not" glued to its verb ("തന്നില്ലെങ്കിൽ",
      // "ചെയ്തില്ലെങ്കിൽ").
      'തന്നില്ലെങ്കിൽ', 'ചെയ്തില്ലെങ്കിൽ', 'ഇട്ടില്ലെങ്കിൽ',
      'കൊടുത്തില്ലെങ്കിൽ', 'അയച്ചില്ലെങ്കിൽ', 'cheythillenkil', 'ittillenkil', 'koduthillenkil', 'ayachillenkil',
      'ഇല്ലെങ്കിൽ', 'illenkil', 'illengil', 'thannillenkil'],
    // Croatian, Serbian and Bosnian, Azerbaijani, Georgian and Amharic 'if you don't', 'otherwise'.
    hr: ['ako (?:mi |mu |nam )?ne', 'inace', 'u suprotnom'],
    sr: ['ако (?:ми |му |нам )?не', 'иначе', 'у супротном'],
    az: [
      // If you give, write or leave ("versəniz", "yazmasan").
      '(?:ver|yaz|qoy|sil|deyis|duzelt|ed)(?:me|ma)?(?:se|sa)(?:n|niz|z)', 'yoxsa', 'eks halda'],
    ka: ['თუ (?:\\S+ )?(?:დამიწერ|მომცემ|დამიტოვებ)\\S{0,2}', 'თუ არ', 'თორემ', 'torem'],
    // Round twenty-five: "if you (do not) give me" in the verb ("ካልሰጠኸኝ", "ከሰጠኸኝ").
    am: ['ካል[\\u1200-\\u137f]{2,8}', 'ከሰጠኸኝ', 'ከሰጠሽኝ', 'ከሰጡኝ', 'ካልሆነ', 'አለበለዚያ', 'kalhone', 'alebelezia'],
    // Tamil and Telugu 'if you don't', 'otherwise'; Nigerian Pidgin 'if you no'.
    ta: [
      // Tamil: the condition in the verb ("கொடுத்தா", "கொடுக்கலைனா").
      'கொடுத்தா', 'கொடுக்கலைனா', 'தரலைனா', 'இல்லைனா', 'kudutha', 'kudukalana', 'tharalana', 'kudukkalana', 'kudukalana', 'kudukkalenna',
      'illana', 'illaina', 'illenna', 'pannalana', 'கொடுக்கலன்னா', 'இல்லன்னா',
      'இல்லைன்னா', 'இல்லேன்னா', 'பண்ணலன்னா'],
    te: [
      // Telugu: the condition in the verb ("ఇస్తే", "ఇవ్వకపోతే").
      'ఇస్తే', 'ఇవ్వకపోతే', 'iste', 'ivvakapothe', 'ivvakapothe', 'ivvakapote', 'ivvakunte', 'cheyyakapothe', 'lekapothe', 'ఇవ్వకపోతే',
      'చేయకపోతే', 'లేకపోతే'],
    pcm: ['if (?:you|u|una) no'],
    // If not, otherwise: Thai ถ้าไม่, Persian اگر ندی (agar nadi), Hebrew אם לא, Bulgarian ако не, Czech pokud ne-.
    th: ['แลกกับ', 'แล้วจะ', 'เดี๋ยว', 'ถ้าไม่', 'ไม่งั้น'],
    fa: ['ندی(?:د|ن)?', 'nadi(?:d|n)?',
      'برنگردون(?:ی|ید|ین)', 'barnagardooni',
      '(?:اگر|اگه) ن\\S{1,8}', 'وگرنه', '(?:agar|age) n\\S{1,8}', 'vagarna'],
    // Round twenty-five (Hebrew as Israeli clients type it): "if you (do not) give / leave / rate", "or (else) I".
    he: ['אם (?:לא )?(?:תיתן|תתן|תשאיר|תדרג|תכתוב|תני|תשאירי|תחזיר|תמחק)', 'או ש(?:אני)?', 'אחרת', 'אם לא', 'אחרת'],
    bg: ['ако не', 'иначе',
      'ako (?:mi )?ne', 'ако (?:ми )?дадеш', 'ako (?:mi )?dadesh',
    ],
    cs: ['pokud (?:mi )?ne\\S{1,8}', 'kdyz (?:mi )?ne\\S{1,8}', 'jinak',
      'kdyz (?:mi )?(?:das|date|nechas|napises)', 'jestli (?:mi )?ne\\S{1,8}', 'dokud (?:mi )?ne\\S{1,8}',
    ],
    // Polish conditions: unless, if not, only after, in return, either ... or ("jak nie będzie", "dopiero po", "w zamian", "albo ..., albo").
    pl: ['jak nie', 'jesli nie', 'jezeli nie', 'chyba ze', 'bo inaczej', 'w przeciwnym (?:razie|wypadku)', 'dopiero (?:po|jak|gdy)',
      '(?:jak|jesli|jezeli|gdy) (?:\\S+ )?(?:dasz|wystawisz|zostawisz|zamkniesz|dacie|wystawicie|da pan|wystawi pan)', 'pod warunkiem', 'w zamian',
      'tylko (?:jesli|jak|gdy)', 'albo (?:\\S+ ){1,6}albo', 'inaczej'],
    // Japanese: if, unless, otherwise; Swahili: if (uki-, usipo-), or else (ama, la sivyo).
    ja: ['(?:くれ|もらえ|いただけ|頂け|でき)たら', '(?:くれる|もらえる)なら', 'れば', 'kuretara', 'moraetara', 'ないなら', 'なければ', 'しないと',
      'でないと', 'さもないと',
      // Round twenty-five: "unless you give" in any register ("いただけないと", "くれないと", "書かないなら").
      '(?:くれ|もらえ|いただけ|頂け|書か|つけ|付け|消さ|し)ないと', '(?:くれ|もらえ|いただけ)ないなら', '(?:しない|くれない)(?:の)?なら',
      'そしたら', 'そうしたら'],
    sw: ['usipo\\S+', 'ukiongeza', 'ukini\\S+', 'la sivyo', 'au sivyo', 'au nita\\S+', 'ama si\\S+'],
    en: [
      // Round twenty: a precedent held up, a price named: "think about that before you say no", "consider it the price of a good review".
      '(?:think|remember) (?:about )?(?:that|this|it) (?:before|when) you (?:say no|refuse|decide|answer|reply|push back)',
      'the price of',
      // Round twenty-one: the condition fronted with "without" ("Without the Dutch version for free, I'll have to leave a negative review"),
      // not "she left a bad review without reading the brief".
      '(?<![a-z0-9] )without',
      'unless', 'or else', "or i(?:'ll| will)", 'or you(?:\'ll| will)', 'otherwise',
      "if you (?:don'?t|do not|won'?t|refuse)", 'if not', 'until', 'only if', 'only when', 'as long as',
      'in exchange', 'in return', 'and i(?:\'ll| will)', "and you(?:'ll| will)? get",
      'either you', 'and i (?:won\'?t|will not)', 'and we\'?re (?:fine|good|square|cool|even)',
      'if you (?:open|file|raise|start) (?:a |the )?(?:dispute|claim)',
      'if (?:it|this|that|they|the \\S+(?: \\S+)?) (?:isn\'?t|aren\'?t|is not|are not|doesn\'?t|don\'?t|won\'?t)',
      // Round twenty-eight: the condition on the work however long its subject ("if the remaining three chapters are not corrected"), a refusal
      // answered ("still won't tip? Fine, ..."), the reader sorted into the bad kind ("Bad freelancers get bad reviews. Which one are you?"),
      // a bad review that ends the reader ("one bad feedback from me and ur done").
      'if (?:the|your|these|those|my|our) (?:\\S+ ){1,4}(?:isn\'?t|aren\'?t|is not|are not|not)',
      '(?:won\'?t|will not|refuse\\w*|refusing)(?: \\S+){0,4}\\? (?:fine|ok(?:ay)?|alright|then)',
      'which (?:one|kind|type|side) (?:are|will) (?:you|u)', 'and (?:ur|you\'?re|you are|u r) (?:done|finished|toast|over)',
      "if (?:it|this|that)(?:'s| is) not (?:possible|doable|an option|ok|okay)",
      // Batch 119: "you help us with the 3 extra banner sizes, we help you with a shining review".
      'you help (?:us|me)\\b[^.!?\\n]{0,50}?,? (?:we|i) help you',
      // "If you close it before that I'll put low stars everywhere" (the contract closed before the extra is done).
      'if you (?:close|end) (?:it|this|the contract|the job)(?: \\S+){0,2} before',
      // "15% on the last milestone, and in my review I will be very, very generous".
      'and in (?:my|our) (?:review|feedback|rating)',
      // Batch 119: "if it's not ready tomorrow you can forget about 5 stars".
      "if (?:it|this|that|they)(?:'s|'re) not (?:ready|done|finished|included|delivered)",
      // A reward to whoever leaves the review: "every client who leaves us five stars gets...".
      '(?:every|any|each) (?:client|customer|buyer|one|person|reviewer)s? who (?:leaves?|gives?|posts?|writes?)',
      'and (?:your|ur) (?:rating|review|feedback|score|stars?) (?:will|would)',
      // "if it slips, expect one star", "if you miss Friday".
      'if (?:it|this|that|you|the \\S+(?: \\S+)?) (?:slips?|is late|runs? (?:late|over)|miss(?:es)?|fails?|falls? behind|comes? (?:in )?late|drags? on)',
      'if you (?:dispute|log|bill|charge|invoice|submit)', '(?:don\'?t|do not) and',
      '(?:would|it\'?d) be a (?:shame|pity) if',
      'depends? (?:a lot |entirely |mostly )?on (?:whether|if|that|how)', 'if you catch my drift',
      '(?:bill|charge) me and', 'remember', 'keep in mind', 'don\'?t forget',
      // "keep logging time for them and you will see it in your score" (batch 119: up to three words after the verb).
      'keep [a-z]+ing(?: \\S+){0,3} and',
      'if i (?:don\'?t|do not) (?:get|receive|see)', 'if u (?:dispute|log|bill|charge|invoice|submit)',
      'but first you', '(?:i\'?d|i would) hate to', 'if i have to', 'if you say no', 'but if (?:you|u)',
      '(?:=|means|equals) (?:a )?(?:bad|negative|1|one)',
      'if you insist',
      'deal ?\\?',
      // Extra work asked as the condition: "if you could also do the flyer", "as soon as you agree to set up", "once you add the page".
      '(?:if|once|as soon as) (?:you|u) (?:could |can |would |also |just |agree to |are ok with |\\S+ )?(?:also )?' +
        '(?:do|add|include|help|make|throw in|finish|design|write|translate|set up|build|redo|fix|create|cover|record|edit)',
    ],
    es: ['si no', 'a menos que', 'o te', 'o si no', 'sino', 'hasta que', 'solo si', 'a cambio',
      'si me', 'si (?:tu )?(?:dejas|das|pones)',
      // Italian, filed with Spanish (the lexicon has no Italian key).
      'altrimenti', 'o (?:mi|ti)', 'se (?:tu )?(?:mi )?(?:fai|lasci|dai|metti)',
      'se non', 'sarei dispiaciut[oa]',
    ],
    pt: [
      'se a (?:avaliacao|nota|review)',
      'se nao', 'a menos que', 'ou eu', 'ou entao', 'senao', 'ate que', 'so se', 'em troca', 'caso contrario', 'se me', 'se voce',
      'se (?:vc|voce|tu) nao',
      'ou (?:voce|vc|tu)', 'ou (?:eu )?deixo',
      'se (?:\\S+ ){0,3}(?:me )?(?:avaliar|der|deixar)',
      // Batch 119: the refusal left to the reader ("se preferir não devolver, tudo bem, mas aí...").
      'se (?:preferir|quiser) nao',
    ],
    fr: ['(?<![a-z0-9] )sans', 'sinon', 'sauf si', 'si tu ne', 'si vous ne', 'a moins que', "jusqu'a ce que", 'en echange', 'soit', 'contre',
      'si tu me', 'si vous me', 'ou je',
      // Batch 119: one thing for the other, "pas de remboursement partiel, pas de bonne note".
      'pas de [^,.!?]{3,30}, pas de',
      // "les 10 photos en plus, offertes, et je vous mets la note maximale".
      'et je (?:vous|te) (?:mets|mettrai|laisse|laisserai|donne|donnerai)',
      // "si vous pouviez me la faire sans la facturer, je vous garantis cinq étoiles".
      'si (?:vous|tu) (?:pouviez|pourriez|pouvez|peux|pouvais|acceptez|acceptes|faites|fais)',
    ],
    de: ['sonst', 'andernfalls', 'ansonsten', 'ausser', 'wenn (?:du|sie) nicht',
      // Batch 119: "als kleines Dankeschön für die Extra-Bilder, die Sie mir schenken, gibt es die volle Punktzahl".
      'als (?:kleines )?dankeschon fur',
      // Batch 119: "aber ohne die gibt es von mir keine gute Note".
      'ohne (?:die|das|den|diese\\S*|es) gibt es', 'bis', 'nur wenn', 'im gegenzug', 'entweder', 'oder ich',
      'wenn (?:du|sie) (?:\\S+ )?(?:\\S+ )?nicht',
      'wenn (?:du|sie) mir', 'falls (?:du|sie) mir',
      'wenn (?:du|sie) (?:\\S+ ){0,4}nicht', 'falls (?:du|sie) (?:\\S+ ){0,4}nicht',
      'wenn (?:\\S+ ){1,8}nicht', 'falls (?:\\S+ ){1,8}nicht',
      // Polish, filed with German (the lexicon has no Polish key).
      'albo', 'inaczej', 'jak nie', 'jesli nie',
      'albo',
      'wenn nicht',
    ],
    ru: [
      'если (?:вы |ты )?(?:добавите|добавишь|сделаете|сделаешь|доделаете|переделаете|дадите|вернете|скинете' +
        '|сбросите)',
      'иначе', 'если не', 'или я', 'пока не', 'только если', 'взамен', '—', 'в обмен',
      'либо', '- и', '- а я',
      'а я (?:тебе|вам)',
      'если (?:вы |ты )?(?:оставите|поставите|напишете|оставишь|поставишь)',
      'если (?:\\S+ ){0,3}не',
    ],
    uk: ['інакше', 'якщо не', 'якщо', 'або я', 'поки не', 'тільки якщо', 'натомість', '—',
      'або', '- і', '- а я',
      'а я (?:тобі|вам)',
    ],
    hi: [
      // Hindi: "if not given, then", "दोगे तो".
      '(?:नहीं )?(?:दिया|दी|दोगे|दिए|किया|बनाए) तो', 'वरना', 'नहीं तो', 'warna', 'varna', 'nahi to', 'nahi toh', 'jab tak',
      'tabhi', 'agar nahi',
      'agar', 'nahi (?:kiya|kiye|kia|kari|karoge) (?:to|toh)',
      'वरना', 'नहीं तो', 'नही तो', 'जब तक', 'अगर नहीं',
    ],
    ur: [
      // Urdu in its script: otherwise, if, "if not given then".
      'ورنہ', 'نہیں تو', '(?:نہیں )?(?:دیا|دی|دیں|کیا|بنائے|دیے) تو', 'warna', 'nahi to', 'jab tak', 'tabhi', 'agar nahi'],
    tl: [
      'kapalit ng',
      'kung hindi', 'kapag hindi', "hangga'?t", 'pag hindi', 'kung', 'or',
      'kung ayaw',
    ],
    id: ['kalau (?:tidak|gak|nggak)', 'kalo (?:gak|ga|nggak|tidak)', 'atau (?:saya|aku|gue)', 'sampai', 'kecuali', 'nanti',
      '(?:kalau|kalo|jika|jikalau) (?:\\S+ ){1,6}(?:tidak|gak|nggak|ngga|ga|enggak|engga)',
    ],
    ar: ['وإلا', 'والا', 'اذا ما', 'لو ما', 'لحد ما', 'حتى', 'لو', 'law',
      'بشرط', 'bshart',
      'غير لما', 'الا لما', 'gher lama', 'ghir lama', 'ela lama',
      'eza (?:ma|la2)', 'aw (?:bektob|ba3tik|ra7)',
      // Batch 119: Egyptian "..., aw el feedback hayeb2a" (or the review will be...).
      'aw el (?:feedback|review|rating|taqyeem|ta2yeem)',
      // Conditions: "إذا", "إن لم", "غير كذا", "مرهون بـ", Arabizi "eza", "ida", "ila", "ghir keda", "ow akteb".
      'اذا', 'إذا', 'ان لم', 'إن لم', 'غير كذا', 'غير كده', 'غير هيك', 'والا', 'وإلا', 'بشرط', 'مرهون', 'مشروط', 'الا اذا', 'الا لو',
      '(?:eza|iza|ida|ila|lw)', '(?:gheir|gher|ghir|8er|8eir) (?:keda|kida|haik|hek|kitha|kda)',
      '(?:aw|ow|wala|wella|wila|walla) (?:bektob|akteb|ba7ot|a7ot|n7ot|bktb|hakteb)',
    ],
    tr: [
      // Turkish: if you do not want, in return ("istemiyorsan", "karşılığında").
      '[a-z]{2,20}(?:yorsan|yorsaniz|yorsunuz da)', 'karsiliginda', '(?:sonra|once) (?:degil|olmaz)',
      'yoksa', 'aksi halde', 'ancak', 'sadece .{0,20}?(?:sa|se)', '[a-z]{1,20}(?:rsaniz|rsan|rsen|rseniz|mazsan|mezsen|mazsaniz|mezseniz)',
      '[a-z]{1,20}(?:rsem|rsek)',
      'ya da',
      'ya da',
    ],
    nl: ['als (?:\\S+ ){0,6}niet', 'als (?:je|u|ge) ', '(?:,|=) dan (?:krijg|kan|doe|maak|stuur|geef)', '(?:geen|niet) (?:\\S+ )?=', 'anders', 'tenzij', 'of (?:ge|je|u) (?:zult|krijgt)'],
    ro: ['daca nu', 'daca (?:imi|ne|mi|ma|lasati|lasi|dai|dati|scrii|scrieti)', 'daca (?:\\S+ ){0,4}nu', 'altfel', 'sau vezi', 'pana nu'],
    ms: ['kalau tak', 'kalau (?:\\S+ ){0,5}tak', 'kalau x', 'kalau tidak', 'kecuali'],
    // Round twenty-five: 반말 conditions as well as 존댓말 ("안 써주면", "지워주면", "안 하면", "않으면").
    ko: ['안 ?해주시면', '안 ?하시면', '안 ?되면', '아니면', '(?:해|주)시면', '주면', '안 ?하면', '않으면', '안 ?해 ?줄 ?거면'],
    zh: ['如果', '不然', '否则', '否則', '的话', '的話', '除非', '就(?!是)', '才', '再'],
    vi: ['neu', 'khong thi', 'thi', 'moi', 'sau khi'],
    // Reviews, stars and the conditions around them in Marathi, Nepali and Bengali; Hindi in Devanagari is filed with its Latin spellings (hi).
    mr: [
      // Marathi: "...तर" (if), otherwise.
      '(?:दिलात|दिले|दिला|केले|केलं) तर', 'नाहीतर',
      'नाहीतर', 'नाही तर', 'जोपर्यंत', 'जर'],
    ne: [
      // Nepali: "...भने" (if), otherwise.
      '(?:दिनुभयो|दिनुभएन|दिएनौ|दिएन|गरेनौ) भने', 'नत्र',
      // "दिनुभयो भने" (if you give), "यदि": if, as Nepali says it after the verb or before the clause.
      'नत्र', 'नभए', 'जबसम्म', 'भने', 'यदि', 'bhane', 'yadi'],
    bn: [
      // Banglish conditions: "na hole", "review dile", "refund na dile", "na korle" (round twenty-five).
      'na hole', 'nahole', 'noile', 'jodi', '(?:na )?(?:dile|korle|pathale)', 'tahole',
      // Round twenty-five: the condition in the verb's ending ("ভালো রিভিউ দিলে", "রিফান্ড না দিলে", "না করলে").
      '(?:না )?(?:দিলে|করলে|পাঠালে)', 'তাহলে',
      'নাহলে', 'না হলে', 'নইলে', 'যতক্ষণ না', 'যদি'],
    ha: ['idan ba (?:ka|ki|ku)', 'in ba (?:ka|ki|ku)', '(?:idan|in) ba haka ba'],
    yo: ['ti (?:o|e) ko ba', 'bi (?:o|e) ko ba', 'ti (?:o|e) ba ko'],
    ig: ['(?:o|ma o) buru na (?:i|unu) \\S*ghi', 'ma o bughi na'],
    so: ['hadd?ii aadan', 'hadd?ii kale'],
    mg: ['raha tsy'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['om du inte', 'om ni inte', 'annars', 'först när', 'bara om', 'om (?:du|ni) \\S+'],
    no: ['hvis (?:du|dere) ikke', 'ellers', 'først når', 'bare hvis', 'hvis (?:du|dere) \\S+'],
    da: ['hvis (?:du|i) ikke', 'ellers', 'først når', 'kun hvis', 'hvis (?:du|i) \\S+'],
    fi: ['jos et', 'jos ette', 'muuten', 'tai saat', 'vasta kun', 'vain jos', 'jos (?:\\S+ )?\\S+(?:at|ät|atte|ätte)'],
    'is': ['ef þú (?:\\S+ ){0,2}ekki', 'annars', 'bara ef', 'ef þú \\S+'],
  },
  examples: ['think about it before you refuse', 'the price of a good review', 'если доделаете', 'kapalit ng bayad', 'se a avaliação',
    
    // Greek, Hungarian, Malayalam.
    'αν δεν μου δώσεις', 'ha nem adsz', 'illenkil',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'ako ne', 'иначе', 'əks halda', 'თორემ', 'አለበለዚያ',
    // Tamil, Telugu, Nigerian Pidgin.
    'kudukkalana', 'ఇవ్వకపోతే', 'if you no',
    'and you get a good review', 'refund me or I will', 'if it slips, expect one star',
    'unless you refund', 'si no me devuelves', 'senão', 'иначе', 'warna', 'kalau gak', 'وإلا', 'yoksa',
    'if you could also design the flyer', 'as soon as you agree to set up the shop',
    'वरना', 'नाहीतर', 'नत्र', 'নাহলে'],
  counterExamples: ['If you are happy with the draft, we can move on.'],
});

/** Asking for the review, as an order: "leave me", "поставьте", "déjame". With a reward in the same sentence it is a trade. */
export const REVIEW_ASK = defineClass({
  name: 'REVIEW_ASK',
  doc: 'Asking someone to leave or give a review, in the imperative.',
  words: {
    lt: [
      'palik(?:ite)? man', 'parasyk(?:ite)? man', 'duok(?:ite)? man', 'ivertink(?:ite)?',
    ],
    lv: [
      'atstaj(?:iet)? man', 'uzraksti(?:et)?', 'iedod(?:iet)? man', 'noverte(?:jiet)?',
    ],
    et: [
      'jata(?:ge)? mulle', 'kirjuta(?:ge)?', 'anna(?:ge)? mulle', 'hinda(?:ge)?',
    ],
    hy: ['թողեք', 'դրեք', 'դնեք', 'toxeq', 'dreq', 'dneq', 'dnes'],
    uz: ['qo[\'`]?ying', 'qoldiring', 'qo[\'`]?yib bering', 'yozib bering', 'қўйинг', 'қолдиринг', 'қўйиб беринг'],
    kk: ['қойыңыз', 'қалдырыңыз', 'қойып беріңіз'],
    ky: ['коюңуз', 'калтырыңыз', 'коюп бериңиз'],
    tg: ['гузоред', 'монед'],
    mn: ['өгөөрэй', 'үлдээгээрэй', 'тавиарай'],
    sq: [
      'me le(?:r|ni)', 'me jep(?:ni)?', 'me shkruaj(?:ni)?',
    ],
    sk: [
      'daj(?:te)? mi', 'nechaj(?:te)? mi', 'napis(?:te)? mi',
    ],
    mk: [
      'дај(?:те)? ми', 'остави(?:те)?(?: ми)?', 'напиши(?:те)?(?: ми)?',
    ],
    sl: [
      'daj(?:te)? mi', 'pusti(?:te)?(?: mi)?', 'napisi(?:te)?(?: mi)?',
    ],
    // Give me, leave: Greek, Hungarian, Malayalam.
    el: ['δωσ(?:ε|τε) μου', 'αφησ(?:ε|τε)(?: μου)?', 'ασ(?:ε|τε)(?: μου)?', 'βαλ(?:ε|τε) μου', 'dws(?:e|te) mou', 'afis(?:e|te)'],
    hu: ['adj(?:on|al)?', 'hagyj(?:on|al)?', 'ird', 'irj(?:on)?'],
    ml: ['തരൂ', 'തരണം', 'ഇടൂ', 'tharane', 'tharanam', 'tharu', 'idu', 'iduka'],
    // Give me, leave: Croatian, Serbian and Bosnian, Azerbaijani, Georgian, Amharic.
    hr: [
      'zatvori(?:te)? (?:ugovor|projekat|projekt|posao) (?:sa|s)', 'ostavi(?:s|te)',
      'daj(?:te)? mi', 'ostavi(?:te)?(?: mi)?', 'napisi(?:te)?(?: mi)?', 'stavi(?:te)? mi'],
    sr: [
      'затвори(?:те)? (?:уговор|пројекат|посао) (?:са|с)', 'остави(?:ш|те)',
      'дај(?:те)? ми', 'остави(?:те)?(?: ми)?', 'напиши(?:те)?(?: ми)?'],
    az: ['ver', 'qoy(?:un)?', 'yaz', 'mene ver\\S{0,3}', 'verin', 'yazin'],
    ka: ['მომეცი(?:თ)?', 'დამიწერე(?:თ)?', 'დამიტოვე(?:თ)?', 'momeci(?:t)?', 'damiwere(?:t)?', 'damitove(?:t)?'],
    am: ['ስጠኝ', 'ስጪኝ', 'ስጡኝ', 'ይስጡኝ', 'sitegn', 'stegn'],
    // Give me, leave: Tamil and Telugu, in their scripts and in Latin letters; Nigerian Pidgin 'abeg give me'.
    ta: ['kudunga', 'kodunga', 'podunga', 'கொடுங்க', 'குடுங்க', 'போடுங்க', 'தாங்க'],
    te: ['ivvandi', 'ivandi', 'pettandi', 'veyyandi', 'ఇవ్వండి', 'పెట్టండి', 'వేయండి'],
    pcm: ['abeg (?:give|drop|leave) me', 'make (?:you|u) (?:give|drop|leave) me'],
    // Give me, leave: Thai, Persian (and Finglish), Hebrew, Bulgarian, Czech.
    th: ['(?:ให้|ขอ)(?=[^\\n]{0,15}(?:หน่อย|ด้วย|นะ))', 'ช่วยให้', 'รบกวนให้'],
    fa: ['بده', 'بدید', 'بدی', 'بدین', 'بذار', 'bede', 'bedid', 'bedi'],
    he: ['תדרג(?:י)?', 'תן לי', 'תני לי', '(?:תן|תני|תנו) לי', 'תשאיר(?:י)?'],
    bg: [
      'ostavi(?:te)? mi', 'dai mi',
      'дай(?:те)? ми', 'остави(?:те)?', 'сложи(?:те)?', 'напиши(?:те)?'],
    cs: ['dej(?:te)? mi', 'nech(?:te)? mi', 'napis(?:te)? mi'],
    // Polish asks for a rating: give, leave, write, close with ("wystaw mi 5 gwiazdek", "zostaw opinię").
    pl: ['wystaw(?:cie|isz|ic)?', 'zostaw(?:isz|cie|ic)?', 'napisz', 'dodaj', 'zamknij', 'zamknac', 'prosze o'],
    // Japanese: put, give, write the rating (つけて, ください); Swahili imperatives: nipe, niandikie, niwekee, weka.
    ja: ['(?:つけて|付けて|書いて|入れて)(?:ください|下さい|ね|くれ)', 'でお願いします'],
    sw: ['nipe', 'niandikie', 'niwekee', 'niachie', 'weka'],
    en: ['(?:please |pls |just )?(?:leave|give|rate|drop) (?:me|us)', 'leave (?:a|the)'],
    es: ['dejame', 'dejeme', 'deja(?:me)?', 'ponme', 'dame', 'califica(?:me)?',
      // Italian, filed with Spanish (the lexicon has no Italian key).
      'mettimi', 'lasciami', 'dammi',
    ],
    pt: ['deixa(?:-me)?', 'deixe', 'me da', 'me de', 'avalia(?:-me)?'],
    fr: ['laisse(?:-moi)?', 'laissez(?:-moi)?', 'mets(?:-moi)?', 'mettez(?:-moi)?', 'donne(?:-moi)?'],
    de: ['gib mir', 'geben sie mir', 'lass mir', 'hinterlass\\S*',
      // Polish, filed with German (the lexicon has no Polish key).
      'daj(?: mi)?', 'wystaw(?: mi)?', 'zostaw(?: mi)?',
    ],
    ru: ['поставьте', 'поставь', 'оставьте', 'оставь', 'напишите', 'дайте'],
    uk: ['поставте', 'постав', 'залиште', 'залиш', 'напишіть'],
    hi: [
      'likh (?:do|dijiye|dein|dena)',
      '(?:review|rating|feedback|stars?) (?:do|dein|dijiye)',
      'de dijiye', 'de do', 'dedo', 'de dena', 'dijiye',
      '(?:hi |hee )?dena', 'dijiyega',
      'दो', 'दे दो', 'दीजिए', 'दीजिये', 'दे दीजिए', 'दे देना', 'देना', 'दें',
    ],
    ur: [
      // Urdu in its script: give it.
      'دیں', 'دے دیں', 'دیجیے',
      'likh (?:do|dijiye|dein|dena)',
      '(?:review|rating|feedback|stars?) (?:do|dein|dijiye)',
      'de dein', 'de do', 'de dena', 'dijiye',
      '(?:hi |hee )?dena', 'dijiyega',
    ],
    tl: ['bigyan mo ako', 'pa-?rate', "pa-?review",
      // Round thirty, third wave: "bigyan niyo po ako ng 5 stars" (give me five stars).
      'bigyan (?:niyo|nyo|mo) (?:po )?ako',
    ],
    id: ['(?:tolong )?kasi(?:h)? (?:aku|saya|gue|bintang|review|rating|nilai)', 'beri (?:aku|saya|bintang|review)',
      'tinggal (?:kasih|kasi|beri)', 'tinggal copas',
      // Batch 119: "tolong hari ini ya kak, bintang 5" (please ... five stars), the stars named a few words on.
      'tolong(?=,? (?:\\S+ ){0,5}bintang (?:5|lima))',
    ],
    ar: ['حط لي', 'اعطني', 'ادّيني', 'اديني', '7ot li', 'eddini',
      'اكتب لي',
      'قيمني',
      // Asking for the review: "بتحطلي", "تديني", Levantine "7ott", Darija "7et liya", "3tini".
      '(?:ب|و)?(?:ت)?(?:حط|حطلي|حطيلي|حطيتلي|حطّلي)', '(?:بت|ت)حطلي', '(?:بت|ت)عطيني', '(?:تديني|تدّيني|ادّيني)', 'اكتبلي',
      'بتكتبلي', 'تكتبلي', 'منحني', 'ومنحي', 'اعطيني',
      '7ot+(?:li|le|lna|liya|lia)?', '7et+(?:li|le|liya|lia)?', '(?:bt|t)?7ottli', '(?:bt|t)?ektib(?:li|le)', '(?:bt|t)?ekteb(?:li|le)', '(?:te|bte|bt|t)?3tini', '(?:te|t|e)d+ini',
      '(?:te|t)?3tine',
      // Round thirty, third wave: Gulf "عطني" (give me).
      'عطني',
      'عطيني',
    ],
    tr: [
      // Turkish asks for a review: give, leave, write, close with ("5 yıldız ver pls", "5 puanla kapatırsanız").
      'ver', 'verir misiniz', 'veriniz', 'verirsen', 'verirseniz', 'birakir misin(?:iz)?', 'yazar misin(?:iz)?',
      'kapat(?:in|ir misiniz|irsaniz|irsan)?', 'yaz(?:in)?',
      'verin', 'verir misin', 'birak(?:in)?'],
    nl: ['geef (?:me|mij|ons)', 'schrijf (?:me |mij )?(?:een|je)', 'laat (?:een|je)'],
    ro: ['lasa-?mi', 'lasati-?mi', 'da-?mi', 'dati-?mi'],
    ms: ['bagi (?:saya |i )?(?:review|rating|bintang|\\d)', 'tolong bagi'],
    ko: ['남겨 ?주세요', '부탁드려요', '주세요'],
    zh: ['(?:先)?(?:给|給|俾)(?:我|个|個)', '帮我写', '幫我寫', '麻烦您', '麻煩您', '写个', '寫個', '打(?=满分|滿分|五星|5星)'],
    // "giúp em", "cho mình", "để lại", "sửa lại", "chấm": the ask around a top score.
    vi: ['giup (?:em|minh|toi|chi)', 'cho (?:em|minh|toi)', 'de lai', 'sua lai', 'cham'],
    // Reviews, stars and the conditions around them in Marathi, Nepali and Bengali; Hindi in Devanagari is filed with its Latin spellings (hi).
    mr: [
      'द्या', 'दे', 'देऊन टाका'],
    ne: [
      'दिनुहोस्', 'दिनुस्', 'देऊ'],
    bn: [
      // Banglish: "5 star review diben" (round twenty-five).
      'diben', 'den', 'dien', 'diyen',
      'দিন', 'দাও', 'দিবেন', 'দেবেন', 'দিয়ে দিন', 'দিয়ে দাও'],
    ha: ['(?:ba ni|bani|bar min|rubuta min|ba mu|bar mana|ba mana)'],
    yo: ['fun mi ni', 'fi (?:\\S+ ){0,2}sile fun mi', 'ko (?:\\S+ ){1,2}fun mi', '(?:ko|fi) review'],
    ig: ['nye(?:re)? m', 'dee (?:\\S+ )?review', 'hapu(?: m)? review'],
    so: ['i(?:i)? sii', 'ii qor', 'ii dhaaf'],
    mg: ['omeo(?: ahy)?', 'soraty', 'avelao'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['ge (?:mig|oss)', 'lämna', 'skriv'],
    no: ['gi (?:meg|oss)', 'legg igjen', 'skriv'],
    da: ['giv (?:mig|os)', 'skriv', 'efterlad'],
    fi: ['anna (?:mulle|minulle|meille)', 'jätä', 'kirjoita'],
    'is': ['gefðu (?:mér|okkur)', 'skildu eftir', 'skrifaðu'],
  },
  examples: ['review likh dijiye', '5 star dein',
    
    // Greek, Hungarian, Malayalam.
    'δώσε μου 5 αστέρια', 'adj 5 csillagot', '5 star tharane',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'daj mi 5 zvjezdica', 'остави ми', 'mənə ver', 'მომეცი', 'ስጠኝ',
    // Tamil, Telugu, Nigerian Pidgin.
    '5 star kudunga', '5 star ivvandi', 'abeg give me 5 star',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'ช่วยให้ 5 ดาว', '5 ستاره بدید', 'תן לי', 'дай ми', 'dej mi',
    'please leave me 5 stars', 'déjame cinco estrellas', 'поставьте пятёрку', 'gib mir 5 Sterne', 'kasih bintang 5',
    'दे दीजिए', 'द्या', 'दिनुहोस्', 'দিয়ে দিন',
    'bigyan niyo po ako ng 5 stars',
    'عطني خمس نجوم',
  ],
});

/** The strict condition under which a good review is given: "only if", "not until". */
export const ONLY_IF = defineClass({
  name: 'ONLY_IF',
  doc: 'Only if, only when, not until: a good review held back until something is done.',
  words: {
    lt: [
      'tik jei(?:gu)?', 'tik kai', 'tik po',
    ],
    lv: [
      'tikai ja', 'tikai kad', 'tikai pec',
    ],
    et: [
      'ainult kui', 'alles parast', 'alles kui',
    ],
    sq: [
      'vetem pasi', 'vetem nese', 'vetem kur',
    ],
    sk: [
      '(?:len|iba) ak', 'az ked', 'az po',
    ],
    mk: [
      'само ако', 'дури кога', 'дури откако',
    ],
    sl: [
      'sele ko', 'samo ce', 'sele potem',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: first ... only then.
    km: [
      'សិន ?ទើប', 'ទើបខ្ញុំ', 'sen ban',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: only when, only after.
    my: [
      'ပေးမှ', 'ပြီးမှ', 'pay mha',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): only if, only after.
    kn: [
      'ಕೊಟ್ರೆ ಮಾತ್ರ', 'ಕೊಟ್ಟರೆ ಮಾತ್ರ', 'ಮೇಲೆ ಮಾತ್ರ', 'kottre matra', 'mele matra',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): only then, only after.
    pa: [
      'ਤਾਂ ਹੀ', 'ਬਾਅਦ ਹੀ', 'تاں ای', 'بعد ای', 'taan hi', 'baad hi',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): only if, only after.
    gu: [
      'તો જ', 'પછી જ', 'to j', 'pachi j',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: only if.
    si: [
      'දුන්නොත් විතරයි', 'දැම්මොත් විතරයි', 'දාපු ගමන්', 'දුන්නට පස්සේ විතරයි',
      'dunnoth witharai', 'dammoth witharai', 'dapu gaman',
    ],
    // Only if, only after, in Greek, Hungarian and Malayalam.
    el: ['μονο (?:αν|εαν|αφου|οταν)', 'με την προυποθεση', 'mono an', 'mono afou'],
    hu: ['csak (?:ha|akkor|miutan|amikor)', 'azzal a feltetellel'],
    ml: [
      // Malayalam in its script and Manglish (round twenty-six): only if ("തന്നാൽ മാത്രമേ").
      'തന്നാൽ മാത്രമേ', 'ഇട്ടാൽ മാത്രമേ', 'thannal mathrame', 'ittal mathrame',
      'എങ്കിൽ മാത്രം', 'ശേഷം മാത്രം', 'enkil mathram', 'shesham mathram', 'sesham mathram'],
    // Only if, only after, in Croatian, Serbian and Bosnian, Azerbaijani, Georgian and Amharic.
    hr: ['samo ako', 'tek kad(?:a)?', 'samo kad(?:a)?', 'tek nakon', 'pod uvjetom', 'pod uslovom'],
    sr: ['само ако', 'тек кад(?:а)?', 'тек након', 'под условом'],
    az: ['yalniz (?:o zaman|eger|sonra)', 'ancaq (?:o zaman|sonra)', 'bu sertle'],
    ka: ['მხოლოდ (?:თუ|მას შემდეგ|როცა)', 'იმ პირობით', 'mxolod (?:tu|mas shemdeg|roca)'],
    am: ['ከሆነ ብቻ', 'ብቻ ነው', 'kehone bicha'],
    // Only if, only after, in Tamil and Telugu (kuduthaa thaan, isthene).
    ta: ['(?:kuduthaa|kuduthaal|kuduthaa|kuduththa|potta|pottaa|pottal) (?:thaan|than|mattum)', '(?:apram|appuram|aprom) (?:thaan|than)',
      '(?:கொடுத்தா|கொடுத்தால்|போட்டா) (?:தான்|மட்டும்)', 'அப்புறம் தான்',
      'பிறகு தான்'],
    te: ['isthene', 'istene', 'ichakane', 'ichinappude', 'pettinappude', 'ఇస్తేనే', 'ఇచ్చాకనే', 'ఇచ్చిన తర్వాతే'],
    // Thai 'only if' (ถ้า, ก็ต่อเมื่อ).
    th: ['ถ้า', 'ก็ต่อเมื่อ'],
    // Only if, in Persian, Hebrew, Bulgarian and Czech.
    fa: ['فقط اگر', 'به شرطی که', 'faghat age'],
    he: ['רק אם', 'רק אחרי', 'בתנאי ש'],
    bg: ['само ако', 'само след'],
    cs: ['jen(?:om)? kdyz', '(?:jen|pouze) pokud',
      'dokud (?:mi )?ne\\S{1,8}',
    ],
    en: [
      // "unless you also draft our annual report", "if you do one more thing", "your call, 5 stars or 3 stars".
      'unless you (?:also|additionally)', 'if you do (?:one|1) (?:more|last|extra|small) thing', 'your (?:call|choice)',
      'only if', 'only when', 'only once', 'not until', 'only after',
      'then you(?:\'ll| will)? get', 'when you(?:\'ve| have)? (?:also )?(?:done|finished|added|delivered)',
      '(?:you|u) (?:want|wanna)',
      'if you also',
    ],
    es: ['solo si', 'solamente si', 'solo cuando'],
    pt: ['so se', 'somente se', 'apenas se', 'so quando'],
    fr: ['seulement si', 'uniquement si', 'que si'],
    de: ['nur wenn', 'erst wenn', 'nur falls'],
    ru: ['только если', 'только когда', 'только после'],
    uk: ['тільки якщо', 'лише якщо', 'тільки коли', 'тільки після'],
    hi: ['tabhi', 'sirf tab', 'tab hi',
      'तभी', 'के बाद ही', 'सिर्फ तब', 'तब ही'],
    ur: ['tabhi', 'sirf tab', 'tab hi'],
    tl: ['kung lang', 'basta'],
    id: ['asal', 'cuma kalau', 'hanya jika', 'kalau udah'],
    ar: ['بس لو', 'فقط اذا', 'غير لما', 'الا لما', 'gher lama', 'ela lama', 'bas law'],
    tr: ['ancak', 'yalnizca'],
    // Reviews, stars and the conditions around them in Marathi, Nepali and Bengali; Hindi in Devanagari is filed with its Latin spellings (hi).
    mr: [
      'तरच', 'नंतरच', 'दिल्यावरच'],
    ne: [
      'पछि मात्र', 'भए मात्र'],
    bn: [
      'তবেই', 'পরেই', 'দিলেই'],
    ha: ['sai (?:ka|ki|ku|kun|kin|bayan)', 'sai idan', 'kawai idan'],
    yo: ['afi (?:ti|bi|igba ti)'],
    ig: ['ma o bughi na', 'naani ma', 'mgbe (?:i|unu) nyechara'],
    so: ['ilaa aad', 'kaliya hadd?ii'],
    mg: ['rehefa (?:\\S+ ){0,4}vao'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['bara om', 'först när', 'endast om'],
    no: ['bare hvis', 'først når', 'kun hvis'],
    da: ['kun hvis', 'først når', 'bare hvis'],
    fi: ['vain jos', 'vasta kun', 'ainoastaan jos'],
    'is': ['bara ef', 'aðeins ef', 'ekki fyrr en'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'μόνο αν', 'csak ha', 'enkil mathram',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'samo ako', 'само ако ми даш', 'yalnız o zaman', 'მხოლოდ თუ', 'ከሆነ ብቻ',
    // Tamil, Telugu, Nigerian Pidgin.
    'kuduthaa thaan', 'isthene',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'فقط اگر', 'רק אם', 'само ако ми дадеш', 'jen když',
    'a good review only if you add the page', 'solo si', 'só se', 'nur wenn', 'только если', 'тільки якщо', 'gher lama',
    'के बाद ही', 'तरच', 'पछि मात्र', 'তবেই'],
});

/** Money back, free or extra work: what a review is traded for. */
export const REFUND_OR_FREE = defineClass({
  name: 'REFUND_OR_FREE',
  doc: 'A refund, money back, a discount, or work for free.',
  words: {
    lt: [
      'nemokamai', 'nuolaid\\S{0,3}', 'grazin\\S{0,4} (?:\\S+ )?pinig\\S{0,3}', 'pinigus atgal',
    ],
    lv: [
      'bez maksas', 'par brivu', 'atlaid\\S{0,3}', 'atgriez\\S{0,4} (?:\\S+ )?naud\\S{0,2}', 'naudu atpakal',
    ],
    et: [
      'tasuta', 'allahindlus\\S{0,3}', 'raha tagasi', 'soodustus\\S{0,3}',
    ],
    hy: ['ch?veradardz\\S{0,6}',
      'զեղչ\\S{0,3}', 'անվճար\\S{0,3}', 'ձրի', 'գումար(?:ը|ս) (?:\\S+ )?չ?վերադարձն\\S{0,4}', 'zexch\\S{0,3}', 'zeghch\\S{0,3}', 'anvchar\\S{0,3}', 'dzri',
      'pox(?:@|y|s) het (?:tur|tas|chtas|tveq)'],
    uz: ['chegirma\\S{0,4}', 'bepul', 'tekin\\S{0,3}', 'pul(?:ni|imni|ingizni)? qaytar\\S{0,8}', 'чегирма\\S{0,4}', 'бепул', 'текин\\S{0,3}',
      'пул(?:ни|имни)? қайтар\\S{0,8}'],
    kk: ['жеңілдік\\S{0,4}', 'тегін', 'ақша(?:ны|мды)? қайтар\\S{0,8}'],
    ky: ['арзандатуу\\S{0,3}', 'бекер', 'акысыз', 'акча(?:ны|мды)? кайтар\\S{0,8}'],
    tg: ['тахфиф\\S{0,3}', 'ройгон', 'бепул', 'пул(?:ро)? баргардон\\S{0,6}'],
    mn: ['хөнгөлөлт\\S{0,4}', 'үнэгүй', 'мөнгө(?:ө|г)? буцаа\\S{0,6}'],
    sq: [
      'falas', 'zbritje', '(?:t\'?i|ti) kthej parate', '(?:m\'?i|mi) kthen parate', 'ktheji parate', 'kthe(?:ni)? parate',
    ],
    sk: [
      'zadarmo', 'zlav\\S{0,2}', 'vratim (?:ti |vam )?(?:\\S+ )?peniaze', '(?:ne)?vrat(?:is|ite) (?:mi )?peniaze',
    ],
    mk: [
      'бесплатно', 'попуст\\S{0,2}', '(?:ќе )?(?:ти |ви )?(?:ги )?вратам парите', '(?:ми )?(?:ги )?врати(?:ш|те)? парите',
    ],
    sl: [
      'brezplacn\\S{0,3}', 'popust\\S{0,2}', 'vrn(?:em|il bom|ila bom) (?:ti |vam )?(?:\\S+ )?(?:denar\\S{0,2}|evr\\S{0,2})', 'vrnes denar\\S{0,2}',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: a discount, money back, for free.
    km: [
      'បញ្ចុះតម្លៃ', 'សងលុយវិញ', 'ឥតគិតថ្លៃ', 'refund',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: a discount, money back, for free.
    my: [
      'discount', 'လျှော့', 'ပိုက်ဆံ ?ပြန်', 'အလကား', 'အခမဲ့', 'refund',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): a discount, money back, for free.
    kn: [
      'ಡಿಸ್ಕೌಂಟ್\\S{0,3}', 'ರಿಫಂಡ್\\S{0,3}', 'ದುಡ್ಡು ವಾಪಸ್', 'ಫ್ರೀ ಆಗಿ', 'ಉಚಿತ\\S{0,3}', 'duddu vapas', 'free aagi',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): a discount, money back, for free.
    pa: [
      'ਡਿਸਕਾਊਂਟ\\S{0,3}', 'ਰਿਫੰਡ\\S{0,3}', 'ਪੈਸੇ ਵਾਪਸ', 'ਮੁਫ਼ਤ\\S{0,3}', 'ਮੁਫਤ\\S{0,3}', 'ڈسکاؤنٹ', 'ریفنڈ',
      'پیسے واپس', 'مفت', 'paise wapas', 'muft',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): a discount, money back, for free.
    gu: [
      'ડિસ્કાઉન્ટ\\S{0,3}', 'રિફંડ\\S{0,3}', 'પૈસા પાછા', 'મફત\\S{0,3}', 'ફ્રીમાં', 'discount', 'refund', 'paisa pacha',
      'mafat\\S{0,3}', 'free ?ma',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: a discount, money back, for free.
    si: [
      'ඩිස්කවුන්ට්\\S{0,6}', 'රිෆන්ඩ්\\S{0,6}', 'සල්ලි ආපහු', 'නොමිලේ', 'ෆ්‍රී', 'discount (?:ekak|eka)',
      'refund (?:ekak|eka)', 'salli apahu', 'free ekata',
    ],
    // Free and money back in Greek, Hungarian and Malayalam.
    el: ['δωρεαν', 'επιστροφη χρηματων', 'θα σου επιστρεψω', 'dwrean', 'dorean'],
    hu: ['ingyen\\S{0,3}', 'visszaadom a penz\\S{0,2}', 'visszaterit\\S{0,4}'],
    ml: [
      // Malayalam in its script and Manglish (round twenty-six): money back, a refund, a discount.
      'പൈസ തിരിച്ച\\S{0,4}', 'റീഫണ്ട്\\S{0,4}', 'ഡിസ്കൗണ്ട്\\S{0,4}', 'refund', 'discount',
      'ഫ്രീ', 'സൗജന്യ\\S{0,4}', 'free aa?yi', 'paisa thirich\\S{0,4}'],
    // Free and money back in Croatian, Serbian and Bosnian, Azerbaijani, Georgian and Amharic.
    hr: [
      // Round 26: a discount, part of the money back, said in chat.
      'popust\\S{0,2}', 'vrac(?:am|amo) (?:ti |vam )?(?:\\S+ )?(?:para|novca|eura|evra|km|dolara)', 'vratit cu (?:ti |vam )?(?:\\S+ )?(?:para|novca|eura|evra|km|dolara|pare|novac)',
      'vraticu (?:ti |vam )?(?:\\S+ )?(?:para|novca|eura|evra|pare|novac)', 'vratim (?:ti |vam )?(?:\\S+ )?(?:para|novca|eura|evra|km|pare|novac)', 'jeftinije',
      'besplatn\\S{0,3}', 'povrat (?:novca|novaca|para)', 'vrati(?:s|te)? (?:mi )?(?:novac|novce|pare|lovu)'],
    sr: [
      'попуст\\S{0,2}', 'враћам (?:ти |вам )?(?:\\S+ )?(?:пара|новца|евра|долара)',
      'вратићу (?:ти |вам )?(?:\\S+ )?(?:пара|новца|евра|паре|новац)', 'јефтиније',
      'бесплатн\\S{0,3}', 'поврат (?:новца|пара)', 'врати(?:ш|те)? (?:ми )?(?:новац|паре)'],
    az: [
      // "pulu qaytarmaram", a discount, a bonus.
      'pulu(?:nu|mu)? qaytar\\S{0,6}', 'endirim\\S{0,4}', 'bonus', 'pulsuz', 'evezsiz', 'pulu(?:mu)? qaytar\\S{0,4}', 'geri qaytar\\S{0,4}'],
    ka: ['ფასდაკლებ\\S{0,4}', 'ბონუს\\S{0,3}', 'ფულ(?:ი|ს) არ (?:დამიბრუნებ|დაგიბრუნებ)\\S{0,2}',
      'fasdakleba', 'უფასოდ', 'უფასო', 'ფულ(?:ი|ს) (?:დამიბრუნე|დაგიბრუნებ)\\S{0,2}',
      'თანხ(?:ა|ის) დაბრუნებ\\S{0,2}', 'ufasod', 'fuli damibrune'],
    am: ['ቅናሽ', 'ቦነስ', 'ገንዘቤን', 'qinash', 'በነፃ', 'በነጻ', 'ገንዘቤን (?:መልስልኝ|መልሱልኝ|መልሺልኝ)',
      'ብሬን (?:መልስልኝ|መልሱልኝ)', 'benetsa', 'genzeben melslign'],
    // Free and money back in Tamil and Telugu.
    ta: [
      // Tamil: discount, refund.
      'டிஸ்கவுண்ட்', 'ரீஃபண்ட்', 'free ?(?:ah|aa)', 'ilavasama', 'panam thirumba', 'refund (?:pannunga|kudunga)', 'இலவசமா\\S{0,2}',
      'ஃப்ரீயா', 'பணம் திருப்பி'],
    te: [
      // Telugu: discount, refund.
      'డిస్కౌంట్', 'రీఫండ్', 'free ?ga', 'uchitanga', 'dabbulu tirigi', 'refund (?:cheyyandi|ivvandi)', 'ఉచితంగా', 'ఫ్రీ ?గా',
      'డబ్బులు తిరిగి'],
    // Free and refunds in Thai, Persian (and Finglish), Hebrew, Bulgarian and Czech.
    th: ['ลดราคา', 'ส่วนลด', 'ทำเพิ่ม(?:ให้)?', 'ฟรี', 'คืนเงิน'],
    fa: ['پس ?ندی\\S{0,2}', 'پس (?:بده|بدید|بدی)', 'pas nadi',
      'پول ?(?:مو|م|رو)? برنگردون\\S{0,2}',
      'رایگان', 'مجانی', 'rayegan', 'majani'],
    // Round twenty-five (Hebrew as Israeli clients type it): a discount, a bonus, the money back.
    he: ['הנחה', 'בונוס', '(?:ת)?חזיר(?:י)? (?:לי )?את הכסף', 'החזר כספי', 'אחזיר לך (?:\\S+ )?כסף', '(?:ב)?חינם', 'אחזיר לך'],
    bg: [
      'върн(?:еш|ете) (?:ми )?парите', 'върни(?:те)? (?:ми )?парите', 'отстъпк\\S{0,2}', '(?:shte ti )?varna (?:\\S+ ){0,2}parite', 'otstapka',
      'bezplatno',
      'безплатно', '(?:ще ти )?върна парите',
      'vyrn\\S{0,4} (?:mi )?parite', 'otstypk\\S{0,2}', 'bezplatno',
    ],
    cs: ['zdarma', 'zadarmo', 'vratim (?:ti )?penize',
      'slev\\S{0,2}', '(?:ne)?vrat(?:is|ite) (?:mi )?penize',
    ],
    // Polish: a refund, part of the cost back, free, a discount ("zwrot połowy kwoty", "zwrócę część kosztów", "za darmo").
    pl: ['zwrot\\S*', 'zwroc\\S*', 'oddam (?:ci |panu |pani )?(?:\\S+ )?(?:pieniadze|kase|czesc|polowe)',
      // Round twenty-five: the reader to give the money back ("jeśli nie oddasz pieniędzy").
      '(?:oddasz|oddacie|odda pan|odda pani|oddal) (?:mi )?(?:\\S+ )?(?:pieni\\S*|kas\\S*|hajs\\S*|kwot\\S*)', 'za darmo', 'gratis', 'bez doplaty',
      'rabat\\S*', 'znizk\\S*', 'taniej', 'czesc kosztow', 'dodatkow\\S* (?:poprawk\\S*|projekt\\S*|prac\\S*)', 'bez dodatkowej oplaty', 'ekstra'],
    // Japanese: a refund, free, a discount; Swahili: money back, free (bure), a discount.
    ja: ['返金', '無料', '無償', 'タダ', '割引', '(?:\\d+)%(?:引き|オフ)', '安く', 'henkin', 'waribiki', 'muryou'],
    sw: ['\\S*rudishi\\S* pesa', 'kurudishia', 'nitakurudishia', 'nikurudishie', 'bure', 'bila malipo', 'punguzo'],
    en: [
      // Round twenty: a price knocked down, freebies: "I'll knock the last milestone down by 200", "gave us a few freebies".
      '(?:knock|bring|take|shave) (?:\\S+ ){1,4}down by',
      '(?:a few|some|throw in|threw in|gave (?:us|me|you)(?: a few| some)?) freebies?',
      'refund(?:ed)?', 'money back', 'my money', 'pay (?:me )?back', 'discount', 'for free', 'free of charge',
      'at no (?:extra )?(?:cost|charge)', 'free', 'extra (?:work|revisions?|pages?|features?|changes?)',
      'bonus',
      'drop the (?:refund|dispute)(?: request)?',
      // "Close the dispute and you get a good review": the dispute dropped is what the review buys.
      '(?:close|drop|withdraw|cancel|end|retract) (?:the|this|your) (?:dispute|claim|refund request|chargeback)',
      '(?:send|give|pay|transfer) (?:me |you )?(?:\\S+ )?back', 'low(?:er)? (?:rate|price)',
      'reduced (?:rate|price)', 'half (?:back|price)', 'should (?:have been|be) included', 'included anyway',
      'extra (?:designs?|concepts?|versions?|banners?|screens?|pages?)', 'drop the (?:refund|dispute)',
      'no extra (?:pay|charge|cost|money)', 'without (?:extra )?(?:pay|paying|charge|charging)', 'unpaid',
      '(?:knock|take) (?:\\S+ )?off', 'knock (?:\\S+ ){2,3}off', '[$€£]\\d+\\S* off', 'for (?:nothing|nowt)', 'return (?:me|us) (?:\\S+ )?(?:[$€£]?\\d+\\S*|half|the money|my money)',
      // A favour or a gesture, however it is dressed: "as a friendly favour", "as a goodwill gesture", "on the same budget".
      'as a (?:\\S+ )?(?:favou?r|gesture|freebie|gift)',
      '(?:for|at|on) the same (?:price|rate|budget|cost|fee|money)', 'without (?:a |any )?(?:supplement|surcharge|extra fee|additional fee|extra charge)',
      // "Comp my room", "the meal on the house", "I want the last milestone back".
      'comp(?:ed)? (?:my|our|me|us) \\S+', 'comp the (?:room|stay|meal|dinner|bill|order|night|tab)', 'on the house', 'complimentary',
      '(?:the|my|our|last|first) (?:\\S+ )?(?:milestone|deposit|payment|advance|fee|money)s? back',
      'extra \\d+ (?:\\S+ ){0,3}(?:descriptions?|pages?|banners?|designs?|posts?|articles?|screens?|videos?|photos?|images?|listings?|revisions?)',
      'at no (?:additional|further) (?:cost|charge)', 'no additional (?:cost|charge|fee)',
      '(?:bring|knock|get) (?:\\S+ ){0,3}down to',
      '(?:drop|lower|cut|reduce) (?:the |your )?(?:price|rate|quote|fee|budget|invoice|total)',
      '(?:not|never|won\'?t be|am not|i\'?m not) paying (?:for|extra)',
      // Batch 119: the extra asked as "included" ("if the Instagram templates are not included I will rate you 2").
      '(?:isn\'?t|aren\'?t|is not|are not) included',
      // "I will not pay more", "I want unlimited [revisions]", "inside the same price", "no new milestone", "without a new milestone".
      '(?:will not|won\'?t|wouldn\'?t|do not|don\'?t) pay (?:any )?(?:more|extra)', 'unlimited(?: revisions?| changes| rounds)?', '(?:inside|in|within) the same (?:price|rate|budget)',
      '(?:no|without(?: a| any)?) (?:new|separate|extra|additional) milestone',
      // Batch 119, the client's discounts and gifts: "the hourly rate goes down to 25", "if you're flexible on the rate", "15% on the last milestone",
      // "consider the 10 extra story designs a gift", "2 more angle renders, small gift for me".
      '(?:rate|price|fee) (?:goes|go|comes) down', 'flexible on (?:the |your )?(?:rate|price|budget|fee)', '\\d{1,2} ?% (?:on|off) (?:the )?(?:last|next|final|this) milestone',
      '\\d+ extra (?:\\S+ ){0,2}(?:designs?|pages?|banners?|photos?|posts?|sizes?|renders?|listings?)', '(?:small |little )?gift (?:for|to) (?:me|us)',
      'a gift to',
      '(?:won\'?t|not going to|refuse to) pay (?:for|extra)', 'throw in', '(?:is|are) included',
      // A space after each lead: "out of scope" (the lead once ran into the noun, "out ofscope", and never matched).
      '(?:out of|outside|not in|weren\'?t in|wasn\'?t in|isn\'?t in|not part of) (?:the |our |my )?(?:original |agreed )?(?:scope|brief)',
      // More of the same ask: "we don't have budget for this", "go the extra mile", "we only agreed on English", "a $20 credit".
      '(?:don\'?t|do not|doesn\'?t) have (?:the |a |any )?budget', '(?:go|goes|going|went) (?:the|an) extra mile', '(?:we|i) only agreed (?:on|to)',
      '[$€£]\\d+\\S* (?:store )?credit', 'store credit', 'credit (?:on|towards|toward) (?:the|your|my) next',
      'goodwill', 'no extra (?:fee|hours?)', '(?:same|existing|current) budget', 'no budget', 'without logging',
      'raise the budget', 'increase the (?:hourly )?rate', 'tip', '(?:don\'?t|do not) (?:bill|charge|invoice)',
      'skip charging', 'deduct\\S*', 'waive\\S*', 'rebate', 'special rate',
      'half (?:my|the|your) (?:usual )?(?:rate|price|fee)', 'instead of [$€£]?\\d+', 'partial refund',
      'free (?:month|week|year)', 'no charge', 'redo (?:it|the \\S+|everything) (?:from scratch|for free)',
      'if you (?:bill|charge|log|invoice)',
      '(?:release|approve) (?:the |my )?(?:milestone|payment|bonus)',
      '(?:open|file|raise|start) (?:a |the )?dispute',
      '(?:don\'?t|do not) (?:even )?(?:think about )?(?:charg|bill|invoic)\\S*',
      '(?:i\'?m |we\'?re )?only paying for',
      '(?:too|also|as well) (?:\\S+ )?(?:at |for )?(?:the )?same price', 'without changing the price',
      '(?:no|without) extra (?:budget|money|cost)',
      '(?:not|never) paying (?:more|extra|that|for (?:that|those|this|it))',
      'can(?:\'?t|not) add (?:\\S+ )?budget', 'no (?:more|extra) (?:money|budget)',
      'as part of (?:this|the) (?:contract|price|budget|deal)', 'inside (?:this|the) contract',
      '(?:keep|leave) (?:me|us|it|the rate) at [$€£]?\\d+',
      '(?:cancel|waive|drop|reverse) (?:the|this|that|my|your) (?:\\S+ ){0,2}(?:charge|fee|invoice)',
      'extra rounds?', 'more than money',
    ],
    es: [
      '(?:me )?regres(?:es|as|e|ame) (?:el|la|mi|lo)',
      // Batch 119: "te regreso los 30 dólares de la revisión extra" (the writer's own money back, offered).
      'te (?:regreso|devuelvo|reembolso) (?:los|las|el|la|tus)',
      'el anticipo',
      'reembolso', 'devolucion', 'devuelv\\S*', 'mi dinero', 'gratis', 'descuento', 'sin costo',
      'me regresas el dinero', 'me devuelves el dinero',
      '(?:yo )?te (?:doy|dejo|pongo) (?:\\S+ )?(?:5|cinco)(?! ?%)',
      '(?:yo )?te califico (?:con )?(?:5|cinco|igual|tambien|de vuelta)',
      // Italian, filed with Spanish (the lexicon has no Italian key).
      'rimbors\\S*', 'restituisc\\S*', '(?:ti )?rimand\\S* (?:\\S+ )?(?:soldi|€|\\d+)', 'sconto', 'senza costi?',
      'meta dei soldi', 'a costo zero', '(?:ridai|ridammi|restituiscimi) (?:i )?(?:miei )?soldi', 'i miei soldi',
      'la mitad', 'descuent\\S*', 'sin costo extra', 'al mismo precio', '(?:a )?mitad de precio',
      'senza costi aggiuntivi', 'sin costo adicional',
      'sin cobrar(?:te|le|me)?', 'sin pagar (?:extra|mas|de mas)',
      // Round twenty-four: work given away for the review ("te regalo una hora de trabajo").
      'te regalo (?:una|un|otra|otro) (?:hora|revision|mes|extra|cambio)\\S*',
    ],
    pt: [
      // "te faço o próximo vídeo com 30% off", "30% de desconto no próximo".
      'com \\d{1,3} ?% (?:off|de desconto)', '\\d{1,3} ?% de desconto',
      'reembolso', 'devolu\\S*', 'devolv\\S*', 'meu dinheiro', 'de graca', 'gratis', 'desconto', 'sem custo',
      'sem cobrar', 'de gratis',
      '(?:eu )?te (?:dou|deixo|dou tambem|coloco) (?:\\S+ )?(?:5|cinco)(?! ?%)',
      '(?:eu )?(?:te|tambem te) avalio (?:com )?(?:5|cinco|tambem|de volta)',
      '(?:no|pelo) mesmo preco', 'sem custo extra',
      // Round twenty-four: the next job cheaper for the review ("faço a próxima mais barato").
      '(?:faco|fazemos|te faco) (?:\\S+ ){0,3}mais barat[oa]',
      // Batch 119: the extra work "por sua conta" (at the freelancer's cost).
      'por (?:sua|tua) conta',
    ],
    fr: ['rembours\\S*', 'mon argent', 'gratuit\\S*', 'reduction', 'remise',
      'gratos', 'gratis', 'a l\'oeil', 'sans payer', 'a moitie prix', 'moitie prix', 'prix reduit', 'offert\\S*',
      'je (?:te|vous) (?:mets|laisse|donne) (?:aussi |egalement )?(?:5|cinq)(?! ?%)',
      'reduc', 'je te file',
      'sans supplement', 'sans frais',
      // Batch 119: "sans la facturer", "sans me la facturer".
      'sans (?:me |nous )?(?:la |le |les )?factur\\S*',
      // Round thirty: "je vous fais -20%".
      'je (?:vous|te) fais (?:-|moins )?\\d{1,2} ?%',
    ],
    de: ['erstatt\\S*', 'mein geld', 'kostenlos', 'gratis', 'umsonst', 'rabatt',
      'zuruck(?:zahl|zahlen|zahlst|geben|gibst)\\S*', 'die halfte (?:zuruck|wieder)', 'halben preis',
      // Polish, filed with German (the lexicon has no Polish key).
      'oddam\\S*', 'oddaj\\S*', 'zwrot\\S*', 'za darmo', 'rabat\\S*', 'znizk\\S*', 'bez doplaty', 'polow\\S* kasy',
      '(?:schick|geb|zahl|uberweis)\\S* (?:ich )?(?:dir|ihnen) (?:\\S+ )?zuruck',
      '\\d+ ?% zuruck', 'ohne aufpreis', 'ohne (?:extra |zusatzliche )?kosten',
      // Batch 119: "Sie senken den Preis für Meilenstein 3 auf 300 €".
      '(?:senken|reduzieren) (?:sie |du )?den preis', '\\d+ ?% nachlass', 'nachlass', '(?:mir|uns) schenken', 'den preis (?:\\S+ ){0,4}(?:senken|reduzieren)',
      // "Ja, die stand nicht im Angebot": work outside the agreed offer, asked anyway.
      'nicht im (?:angebot|auftrag|leistungsumfang|umfang)',
      'ohne aufpreis', 'zwroc\\S*',
    ],
    ru: ['возврат\\S*', 'верн\\S* деньги', 'мои деньги', 'бесплатно', 'скидк[аиу]', 'без доплаты',
      'возвраща\\S*', 'половин\\S* денег', 'верн\\S* половин\\S*', 'за полцены',
      'верну', 'вернем',
      'доплачивать не',
    ],
    uk: ['повернен\\S*', 'поверн\\S* гроші', 'поверта\\S*', 'мої гроші', 'безкоштовно', 'знижк[аиу]', 'без доплати', 'дешевше',
      'половин\\S* грошей', 'за півціни',
      'поверну', 'повернемо',
      'додатково не',
    ],
    hi: [
      // Hindi: free, discount, refund in Latin letters among Devanagari.
      'free में', 'फ्री में', 'मुफ्त में', 'refund', 'paise wapas', 'paisa wapas', 'paise lautao', 'free', 'muft', 'discount',
      'extra paise nahi', 'paise nahi (?:dunga|dun ?ga|doon ?ga)', 'free (?:mein|me)',
      'paise aur nahi', 'aur paise nahi',
      // Batch 119: "next month ka data entry half rate pe kar dunga".
      // The offer, not a past job told ("maine half rate pe kaam kiya tha").
      '(?:half|aadhe|adhe) (?:rate|price|daam) (?:pe|par|mein|me) (?:\\S+ )?(?:kar|de|bana) (?:dunga|doonga|dungi|denge|doon)',
      'रिफंड', 'पैसे वापस', 'फ्री', 'फ़्री', 'मुफ्त', 'मुफ़्त',
    ],
    ur: [
      // Urdu in its script: refund, free, discount, money back.
      'ریفنڈ', 'مفت', 'فری', 'ڈسکاؤنٹ', 'رعایت', '(?:\\S+ )?(?:ڈالر|روپے|پیسے) واپس', 'refund', 'paise wapas', 'raqam wapas', 'free', 'muft', 'discount',
      'paisa wapis', 'wapis kro',
      'extra paise nahi', 'paise nahi (?:dunga|dun ?ga|doon ?ga)', 'free (?:mein|me)',
    ],
    tl: [
      '(?:binabalik|ibalik|ibabalik|isauli|isasauli)\\S*',
      'kalahati ng bayad',
      // "Bibigyan kita ng $30 na extra": money added for the review.
      '[$₱]?\\d+ na (?:extra|bonus|dagdag)', 'dagdag na bayad',
      'refund', 'libre', 'ibalik (?:mo )?(?:ang )?(?:pera|bayad)', 'discount', 'ibalik mo (?:yung|ang) pera',
      // Round thirty, third wave: "libreng revision" (a free revision).
      'libre(?:ng)?',
    ],
    id: ['refund', 'uang (?:saya )?kembali', 'balikin uang', 'gratis', 'diskon', 'transfer balik', 'balikin', 'cashback',
      '(?:saya|aku|gue) (?:juga )?(?:kasih|kasi|beri) (?:kakak |kamu |anda )?(?:bintang )?(?:5|lima)(?! ?%)',
    ],
    ar: ['استرداد', 'استرجاع', 'فلوسي', 'مجانا', 'ببلاش', 'خصم', 'ترجع(?:لي)? (?:الفلوس|المبلغ)', 'هرجعلك', 'ارجعلك', 'bbalash',
      'ارجع لك', 'أرجع لك', 'هدية', 'hadeya', 'hdeya', '3alaya', 'ببلاش',
      'رجع\\S* (?:الفلوس|المبلغ|فلوسي)', 'ترجع\\S* (?:الفلوس|المبلغ|فلوسي)',
      'rajje3li', 'nos el mablagh', 'bala masari',
      // Batch 119: Egyptian "men gher flos zyada", "men gher ma tetlob flos" (without more money), "bel nafs el se3r" (at the same price).
      '(?:men|min) (?:gher|ghir|8er) (?:ma \\S+ )?(?:flos|folos|fulus|overtime|extra)', 'bel nafs el (?:se3r|s3r|si3r)',
      'ma ra7 (?:edfa3|adfa3)',
      '(?:ب)?مجانا', 'مجانًا', 'ببلاش', '(?:ب)?خصم', 'majanan', 'majjanan', 'majanen', 'bbalash', 'b ?balash', 'gratuit', 'fabor', 'zyada majan\\w*',
    ],
    tr: [
      // Turkish: money sent back, part of the fee, free work, more designs at no pay ("ücretin bir kısmını geri gönderirim", "ekstra para yok").
      'geri (?:gonder|ode|ver|iade)\\S*', '(?:ucretin|paranin) (?:bir )?(?:kismi\\S*|yarisi\\S*)', 'iade\\S*', 'ekstra para yok',
      'para(?:sini)? almadan', 'ucretsiz\\S*', 'bedava\\S*', '(?:\\d+|uc|iki|bir) (?:tasarim|revizyon|sayfa|logo)\\S* daha',
      'iade', 'param\\S*', 'ucretsiz', 'bedava', 'indirim',
      'indirim',
      '(?:dolar|tl|euro|\\$)\\S* dus\\S*',
      'ekstra ucret almadan', 'ucret almadan',
      // Batch 119: "çevirisini hediye edersen" (if you make me a gift of the translation).
      'hediye ed\\S*',
    ],
    nl: ['gratis', 'korting', 'terugbetaling', '(?:mijn )?geld terug', 'zonder meerprijs'],
    ro: ['gratis', '(?:banii|bani) (?:inapoi|inpoi)', 'rambursare', 'reducere', 'fara cost', 'moca'],
    ms: ['free', 'percuma', 'diskaun', 'refund', 'duit balik'],
    ko: ['무료', '공짜', '할인', '환불', '서비스로', '보너스'],
    zh: ['退款', '退还', '退還', '退(?:您|你|我|钱|錢)', '返现', '返現', '免费', '免費', '折扣', '打(?:九|八|七)折', '少收', '优惠', '改多'],
    vi: ['hoan (?:tien|lai|\\d+%)', 'mien phi', 'giam gia', 'giam \\d+%', 'tra lai tien'],
    // Reviews, stars and the conditions around them in Marathi, Nepali and Bengali; Hindi in Devanagari is filed with its Latin spellings (hi).
    mr: [
      // Marathi: free, discount, refund.
      'फुकटात', 'फुकट', 'डिस्काउंट', 'रिफंड',
      'रिफंड', 'फुकट', 'फ्री', 'पैसे परत',
      // A discount or free work given for the review: "सूट देतो", "फुकटात", "डिस्काउंट".
      'फुकटात', 'फ्रीमध्ये', 'डिस्काउंट', 'सूट'],
    ne: [
      'रिफन्ड', 'फ्री', 'निःशुल्क', 'पैसा फिर्ता',
      // "१०% छुट दिन्छु", "फ्रीमा बनाइदिनुस्", "डिस्काउन्ट": a discount or free work around a review.
      'फ्रीमा', 'छुट', 'डिस्काउन्ट', 'free ?ma'],
    bn: [
      // Banglish: free, money back.
      'free ?te', '(?:\\d+ )?(?:dollar|taka) ferot',
      // Money back ("২০ ডলার ফেরত দিব").
      '(?:\\d+ )?(?:ডলার|টাকা) ফেরত',
      'রিফান্ড', 'ফ্রি', 'টাকা ফেরত',
      'ফ্রিতে', 'ডিসকাউন্ট', 'ছাড় (?:দেব|দিব|দিচ্ছি|দিবো|পাবেন)'],
    ha: ['rangwame', 'kyauta', 'mayar (?:maka |miki |muku )?(?:da )?kudi\\S{0,3}', 'rage (?:maka |miki |muku )?farashi'],
    yo: ['lofee', 'ni ofe', 'din owo ku', 'da owo (?:re |yin |mi )?pada', 'owo pada'],
    ig: ['n\'efu', 'e?belata onuahia', '\\S*weghachi\\S* ego'],
    so: ['bilaash', 'qiimo dhimis', 'lacagtaada (?:\\S+ ){0,2}(?:kuu )?celin', 'lacagtayda (?:soo )?celin'],
    mg: ['maimaim-?poana', 'hanena ny vidiny', 'haveriko ny vola\\S{0,3}', 'averinao ny vola\\S{0,3}'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['gratis', 'rabatt\\S{0,3}', 'återbetal\\S{0,4}', 'pengarna tillbaka', 'utan kostnad', 'betala\\S{0,2} (?:\\S+ ){0,3}tillbaka'],
    no: ['gratis', 'rabatt\\S{0,3}', 'pengene tilbake', 'betaler (?:\\S+ ){0,3}tilbake', 'avslag'],
    da: ['gratis', 'rabat\\S{0,3}', 'pengene tilbage', 'betaler (?:\\S+ ){0,3}tilbage'],
    fi: ['ilmai\\S{0,5}', 'alennu\\S{0,4}', 'rahat takaisin', 'palautan (?:\\S+ ){0,2}raho\\S{0,5}', 'palauta rahoja', 'hyvity\\S{0,4}'],
    'is': ['frítt', 'ókeypis', 'afslátt\\S{0,2}', 'endurgreiði\\S{0,2}', 'peningana til baka'],
  },
  examples: ['me regreses el anticipo',
    'I\'ll knock the invoice down by 10%', 'a few freebies', 'ibabalik mo ang bayad',
    
    // Greek, Hungarian, Malayalam.
    'δωρεάν', 'ingyen', 'free aayi',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'besplatno', 'бесплатно', 'pulsuz', 'უფასოდ', 'በነፃ',
    // Tamil, Telugu, Nigerian Pidgin.
    'free ah', 'free ga',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'ฟรี', 'رایگان', 'בחינם', 'безплатно', 'zdarma',
    'close the dispute', 'refund me', 'for free', 'comp my room', 'I want the last milestone back',
    'devuélveme mi dinero', 'de graça', 'верните деньги', 'paise wapas', 'gratis', 'استرداد', 'iade',
    'as a friendly favour', 'for the same budget', 'without a surcharge', "it wasn't in the original scope", 'a $15 credit on the next order',
    'पैसे वापस', 'फुकट', 'पैसा फिर्ता', 'টাকা ফেরত',
    'je vous fais -20% sur la prochaine commande',
    'bibigyan ko kayo ng libreng revision',
  ],
  counterExamples: ['The price stays the same as last year.'],
});

/** Deliverables that can be held back. */
export const DELIVERABLE = defineClass({
  name: 'DELIVERABLE',
  doc: 'The work product: files, source, code, access, the final version.',
  words: {
    lt: [
      'fail(?:ai|u|us|o)', 'saltinio kod\\S{0,2}', 'kod(?:a|o|as)',
    ],
    lv: [
      'fail(?:us|u|iem)', 'pirmkod\\S{0,2}', 'kod(?:u|s)',
    ],
    et: [
      'fail(?:id|e|i)', 'lahtekood\\S{0,2}', 'kood(?:i|id)?',
    ],
    hy: ['ֆայլ\\S{0,4}', 'կոդ\\S{0,3}', 'սորս\\S{0,3}', 'fayl\\S{0,4}', 'kod\\S{0,3}'],
    uz: ['fayl\\S{0,6}', 'kod(?:ni|lar|larni|ingiz)', 'manba kod\\S{0,4}', 'файл\\S{0,6}', 'код(?:ни|лар|ларни)'],
    kk: ['файл\\S{0,6}', 'код(?:ты|тар|тарды)'],
    ky: ['файл\\S{0,6}', 'код(?:ду|дор|дорду)'],
    tg: ['файл\\S{0,6}', 'код(?:ро|ҳо|ҳоро)'],
    mn: ['файл\\S{0,5}', 'код(?:оо|ыг)'],
    sq: [
      'skedar\\S{0,4}', 'kodin burimor',
    ],
    sk: [
      'subor\\S{0,3}', 'zdrojov\\S{0,2} kod\\S{0,2}',
    ],
    mk: [
      'фајл\\S{0,4}', 'датотек\\S{0,2}', 'изворниот код',
    ],
    sl: [
      'datotek\\S{0,2}', 'izvorn\\S{0,2} kod\\S{0,2}',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: the file.
    km: [
      'ឯកសារ\\S{0,10}', 'file',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: the file.
    my: [
      'ဖိုင်', 'file',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): the final file, the code.
    kn: [
      'ಫೈಲ್\\S{0,4}', 'ಕೋಡ್\\S{0,3}',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): the final file, the code.
    pa: [
      'ਫਾਈਲ\\S{0,4}', 'ਫ਼ਾਈਲ\\S{0,4}', 'ਕੋਡ\\S{0,3}', 'فائل',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): the final file, the code.
    gu: [
      'ફાઇલ\\S{0,4}', 'ફાઈલ\\S{0,4}', 'કોડ\\S{0,3}', 'ફાઇનલ ફાઇલ',
    ],
    // Sinhala in its script (round twenty-six): the final file, the source files.
    si: [
      'ෆයිල්\\S{0,6}', 'ෆයිනල් ෆයිල්\\S{0,6}', 'සෝස් ෆයිල්\\S{0,6}', 'කෝඩ්\\S{0,6}',
    ],
    // Files and code in Greek, Hungarian and Malayalam.
    el: ['αρχει\\S{0,3}', 'κωδικ\\S{0,3}', 'πηγαιο κωδικα', 'arxeia'],
    hu: ['fajl\\S{0,5}', 'forraskod\\S{0,3}', 'kod(?:ot|ja|jat)'],
    ml: ['ഫയൽ\\S{0,4}', 'ഫയല\\S{0,4}', 'കോഡ\\S{0,4}', 'fileukal'],
    // Files and code in Croatian, Serbian and Bosnian (not a bare 'kod', also 'at'), Azerbaijani, Georgian and Amharic.
    hr: ['datotek\\S{0,2}', 'fajl\\S{0,3}', 'izvorn\\S{0,2} kod\\S{0,2}'],
    sr: ['фајл\\S{0,3}', 'датотек\\S{0,2}', 'изворни код\\S{0,2}'],
    az: ['fayl\\S{0,4}', 'kod(?:u|lari|lar)', 'menbe kod\\S{0,3}'],
    ka: ['ფაილ\\S{0,4}', 'კოდ\\S{0,3}', 'fail(?:i|ebi|ebs)', 'kod(?:i|s)'],
    am: ['ፋይ[\\u1208-\\u120f]\\S{0,3}', 'ኮ[\\u12f0-\\u12f7]\\S{0,2}', 'fayil\\S{0,3}'],
    // Files and code in Tamil and Telugu scripts.
    ta: [
      // Tamil: the final file.
      'ஃபைனல் ஃபைல்', 'ஃபைல்', 'ஃபைல்\\S{0,4}', 'பைல்\\S{0,4}', 'கோட்\\S{0,2}'],
    te: [
      // Telugu: the final file.
      'ఫైనల్ ఫైల్', 'ఫైల్', 'ఫైల్\\S{0,4}', 'కోడ్\\S{0,2}'],
    // Files and code in Thai, Persian, Hebrew, Bulgarian and Czech.
    th: ['ไฟล์', 'โค้ด', 'ซอร์สโค้ด'],
    fa: ['فایل\\S{0,3}', 'سورس', 'file\\S{0,3}'],
    he: ['(?:ה)?קבצים', '(?:ה)?קובץ', '(?:ה)?קוד'],
    bg: ['файл\\S{0,6}', 'код\\S{0,2}'],
    cs: ['soubor\\S{0,3}', 'kod\\S{0,2}'],
    // Polish deliverables: files, source code, the project, the app ("apka"), the next stage.
    pl: ['plik\\S*', 'kod\\S*', 'zrodl\\S*', 'projekt\\S*', 'apk\\S*', 'material\\S*', 'grafik\\S*', 'tekst\\S*', 'etap\\S*', 'poprawk\\S*',
      'wersj\\S*'],
    // Japanese and Swahili: the files, the source, the final version.
    ja: ['ファイル', 'ソースコード', 'データ', '最終稿', '納品物', 'psd'],
    sw: ['mafaili', 'faili', 'files'],
    en: [
      'dashboards?',
      // "push the extension to production", "holding the Android build".
      'production', '(?:android |ios |mobile |app |release |final )?builds?',
      'files?', 'source(?: files| code)?', 'code', 'final (?:version|files|design|logo|video|deliverables?)',
      'deliverables?', 'designs?', 'the rest', 'access', 'credentials', 'logo', 'video', 'project', 'work',
      'exports?', 'renders?', 'final cut',
      'wavs?', 'mp3s?', 'stems', 'masters?', 'mixdowns?', 'psds?', 'pdfs?',
      // What else a freelancer can hold back: the last chapter, the password to the zip, the license key, the signing certificate.
      // (Not drafts or chapters in general: "I'll revise the draft after you give feedback" is the work going on.)
      '(?:last|final) (?:chapter|commit|invoice)', 'passwords?', 'csvs?', 'zips?', '(?:license|licence|product|api) keys?', 'certificates?',
      'stamp', 'warranty', 'high[- ]?res\\S*', 'full (?:hd|resolution|size|version)', '(?:design )?tokens', 'apk', 'installer',
      'admin (?:panel|access|dashboard)', 'repo(?:sitory)?',
      '(?:last|final|remaining) (?:\\S+ )?(?:bugs?|fix(?:es)?|pages?|screens?|videos?)',
      // More of what is handed over at the end: the style or brand guide, the fonts, the vectors, the docs, the next milestone.
      '(?:style|brand|brand style) ?guides?', 'fonts?', 'font files', 'vectors?', 'svgs?', '(?:raw|layered|open|working|editable) files',
      'documentation', 'mockups?', 'templates?', 'subtitles?', 'translations?', 'manuscript', 'artwork',
      '(?:next|second|third|following) (?:milestone|phase|stage|job|project)',
      // Batch 119: "the commercial-use license letter will be sent once...", "the unprotected copy of the workbook", "the raw exports and the
      // LUTs", "the migration to your live server", "the database backup".
      '(?:license|licence) (?:letter|file|agreement|certificate)s?', 'workbooks?', '(?:unprotected|unlocked|editable|clean|full) (?:copy|copies|version)',
      'luts?', '(?:database )?backups?', 'databases?', 'migration', 'go(?:es|ing)? live',
    ],
    es: ['archivos?', 'codigo', 'fuentes', 'entregables?', 'diseno final', 'version final', 'trabajo',
      // Italian, filed with Spanish (the lexicon has no Italian key).
      'sorgenti', 'file', 'codice',
      'paquete completo',
    ],
    // "ficheiros" in Portugal and Angola, "arquivos" in Brazil.
    pt: ['arquivos?', 'codigo', 'fontes', 'entregaveis', 'versao final', 'trabalho', 'arquivo', 'ficheiros?', 'acessos?'],
    fr: ['fichiers?', 'code', 'sources', 'livrables?', 'version finale', 'travail', 'acces(?: admin)?',
      'dossier(?: complet)?',
    ],
    de: ['dateien', 'datei', 'quellcode', 'code', 'endversion', 'arbeit',
      'zugang',
      // Polish, filed with German (the lexicon has no Polish key).
      'pliki', 'zrodlow\\S*',
      'quellcode', 'zugange',
    ],
    ru: ['файл[ыа]?', 'исходник\\S*', 'код', 'проект', 'работ[уа]', 'доступ', 'iskhodniki'],
    uk: ['файл[иі]?', 'вихідник\\S*', 'код', 'проєкт', 'роботу', 'доступ', 'верс\\S*', 'логотип\\S*', 'макет\\S*'],
    hi: [
      // Hindi: the file with its English word.
      'फाइल', 'बाकी काम', 'files?', 'code', 'kaam', 'project', 'source',
      'revision', 'apk', 'final\\S*',
      'फाइल\\S{0,3}', 'फ़ाइल\\S{0,3}', 'सोर्स कोड', 'कोड',
    ],
    ur: [
      // Urdu in its script: the file, the source, the rest of the work.
      'فائنل فائل', 'سورس فائل', 'فائل', 'سورس کوڈ', 'کوڈ', 'باقی کام', 'files?', 'code', 'kaam', 'project', 'source',
      'revision', 'apk', 'final\\S*',
    ],
    tl: ['files?', 'code', 'project', 'trabaho', 'video', '(?:google )?drive folder', 'folder'],
    id: ['file', 'kode', 'source', 'project', 'kerjaan', 'hasil',
      'akses', 'file sumber',
    ],
    ar: ['الملفات', 'ملفات', 'الكود', 'المشروع', 'الشغل',
      // What is delivered: التصاميم، النسخة النهائية; Arabizi and Darija "el files", "les fichiers".
      'التصاميم', 'التصميم', 'المقال', 'المقالات', 'النسخة النهائية', 'ملفات المصدر', 'الملفات النهائية', 'تسليم',
      'الفيديو',
      '(?:el |l )?(?:malafat|malaffat)', 'rapport', 'el files', 'el final (?:report|version|files)',
    ],
    tr: ['dosya\\S*', 'kod\\S*', 'proje\\S*', 'isi'],
    nl: ['(?:definitieve )?bestanden', 'broncode', 'de teksten', 'bestand'],
    ro: ['fisier(?:ele|ul|e)', 'linkul de descarcare', 'codul sursa', 'sursele'],
    ms: ['fail', 'source code', 'design akhir', 'salinan', 'sijil', 'dokumen', 'laporan', 'kod sumber'],
    ko: ['소스 ?코드', '원본', '파일', '결과물', '최종본'],
    zh: ['源码', '源碼', '源代码', '原始码', '文件', '檔案', '动画档', '動畫檔', '设计稿', '設計稿', '代码', '程式碼', '最终版', '最終版',
      '确认付款', '確認付款'],
    vi: ['ma nguon', 'source code(?: full)?', 'bao cao cuoi(?: cung)?', 'tai lieu(?: huong dan)?', 'ban (?:cuoi|goc|full)',
      '(?:release )?tien milestone'],
    // Reviews, stars and the conditions around them in Marathi, Nepali and Bengali; Hindi in Devanagari is filed with its Latin spellings (hi).
    mr: [
      // Marathi: the final file.
      'फायनल फाईल', 'फाईल',
      'फाइल\\S{0,3}', 'फाईल\\S{0,3}', 'सोर्स कोड', 'कोड'],
    ne: [
      'फाइल\\S{0,3}', 'सोर्स कोड', 'कोड'],
    bn: [
      // Banglish: the final file, the rest of the work.
      'baki kaj',
      // Round twenty-five: the final file, the source file, the rest of the work.
      'ফাইনাল (?:ফাইল|কপি|ভার্সন|ডিজাইন)', 'সোর্স ফাইল', 'বাকি কাজ', 'ডিজাইন\\S{0,3}',
      'ফাইল\\S{0,3}', 'সোর্স কোড', 'কোড'],
    ha: ['fayil\\S{0,5}', 'aikin'],
    yo: ['file', 'faili', 'ise (?:na|naa)'],
    ig: ['failu', 'oru ahu'],
    so: ['faylasha', 'shaqada'],
    mg: ['rakitra', 'ny asa'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['filerna', 'filen', 'källkod(?:en)?', 'koden', 'slutversion\\S{0,3}'],
    no: ['filene', 'fila', 'filen', 'kildekode(?:n)?', 'koden'],
    da: ['filerne', 'filen', 'kildekode(?:n)?', 'koden'],
    fi: ['tiedosto\\S{0,4}', 'lähdekoodi\\S{0,3}', 'koodi\\S{0,3}'],
    'is': ['skrár(?:nar)?', 'skrána', 'kóða(?:nn|num)?', 'frumkóða\\S{0,3}'],
  },
  examples: ['the sales dashboard',
    
    // Greek, Hungarian, Malayalam.
    'τα αρχεία', 'a fájlokat', 'ഫയലുകൾ',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'fajlove', 'фајлове', 'faylları', 'ფაილებს', 'ፋይሉን',
    // Tamil, Telugu, Nigerian Pidgin.
    'ஃபைல்ஸ்', 'ఫైల్స్',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'ไฟล์', 'فایل ها', 'הקבצים', 'файловете', 'soubory',
    'the brand guide', 'the font files', 'the next milestone',
    'the source files', 'los archivos', 'os arquivos', 'die Dateien', 'исходники', 'files', 'الملفات', 'dosyaları',
    'फाइलें', 'फाइल्स', 'फाइल', 'ফাইল'],
});

/** "After you leave the review", per language (the review comes first). */
export const AFTER_REVIEW = defineClass({
  name: 'AFTER_REVIEW',
  doc: 'Phrases that put the review before the work: "after your review", "once you rate".',
  words: {
    lt: [
      'kai (?:man )?(?:paliksi|parasysi|ivertinsi|paliksite|parasysite|ivertinsite|duosi)(?: \\S+)? (?:atsiliepim\\S{0,3}|ivertinim\\S{0,3}|zvaigzd\\S{0,6})',
      'po (?:\\S+ )?(?:atsiliepimo|ivertinimo)',
    ],
    lv: [
      'kad (?:tu )?(?:atstasi|uzrakstisi|novertesi|iedosi)(?: \\S+)? (?:atsauksm\\S{0,3}|vertejum\\S{0,3}|zvaigzn\\S{0,5})',
      'pec (?:\\S+ )?(?:atsauksmes|vertejuma)',
    ],
    et: [
      'parast (?:\\S+ )?(?:tagasisidet|hinnangut)',
      'kui (?:sa )?(?:jatad|kirjutad|annad)(?: \\S+)? (?:tagasisid\\S{0,3}|tarn\\S{0,3}|hinnang\\S{0,3})',
    ],
    hy: ['(?:կարծիք|աստղ|գնահատական)\\S{0,5} (?:\\S+ )?հետո', '(?:karciq|astx|otziv)\\S{0,5} (?:\\S+ )?heto'],
    uz: ['(?:baho|yulduz|otziv|sharh)\\S{0,6} (?:\\S{2,14} )?(?:keyin|so[\'`]?ng)', '(?:баҳо|юлдуз|отзив|шарҳ)\\S{0,6} (?:\\S{2,14} )?(?:кейин|сўнг)'],
    kk: ['(?:пікір|жұлдыз|баға)\\S{0,6} (?:\\S{2,14} )?(?:кейін|соң)'],
    ky: ['(?:пикир|жылдыз|баа)\\S{0,6} (?:\\S{2,14} )?(?:кийин|соң)'],
    tg: ['пас аз (?:\\S+ )?(?:ситора|баҳо|фикр)\\S{0,4}',
      '(?:баҳо|ситора|фикр)\\S{0,4} (?:\\S{2,14} )?баъд'],
    mn: ['(?:од|сэтгэгдэл|үнэлгээ)\\S{0,6} (?:\\S{2,14} )?дараа'],
    sq: [
      '(?:vetem )?pasi (?:te )?(?:me )?(?:lesh|leni|japesh|jepni) (?:\\S+ )?(?:vleresim|yje|feedback)\\S{0,3}',
    ],
    sk: [
      'az (?:mi )?(?:das|nechas|napises|date|nechate|napisete)(?: \\S+)? (?:hodnoteni\\S{0,2}|recenzi\\S{0,2}|hviezd\\S{0,6})',
      'az ked (?:mi )?(?:das|nechas|napises|date|nechate|napisete)(?: \\S+)? (?:hodnoteni\\S{0,2}|recenzi\\S{0,2}|hviezd\\S{0,6})',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: after the review is given.
    km: [
      'ក្រោយពេលឲ្យ ?(?:review|ផ្កាយ)', '(?:ផ្កាយ|review) ?សិន', 'star sen',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: the stars or the review given first.
    my: [
      '(?:ကြယ်|review) ?(?:ပေးမှ|ပေးပြီးမှ)', '(?:kyal|review) pay mha',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): once the review is given.
    kn: [
      '(?:ರಿವ್ಯೂ|ಸ್ಟಾರ್|ರೇಟಿಂಗ್|ಫೀಡ್‌ಬ್ಯಾಕ್)\\S{0,3} (?:ಕೊಟ್ಟ ಮೇಲೆ(?: ಮಾತ' +
        '್ರ)?|ಕೊಟ್ರೆ ಮಾತ್ರ|ಹಾಕಿದ ಮೇಲೆ)',
      '(?:review|star|rating|feedback) (?:kotta mele(?: matra)?|kottre matra|haakida mele)',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): once the review is given.
    pa: [
      '(?:ਰਿਵਿਊ|ਸਟਾਰ|ਰੇਟਿੰਗ|ਫੀਡਬੈਕ)\\S{0,3} (?:ਦੇਣ ਤੋਂ ਬਾਅਦ ਹੀ|ਦਿਓਗੇ ਤਾਂ ਹ' +
        'ੀ|ਦੇਣ ਤੋਂ ਬਾਅਦ)',
      '(?:ریویو|سٹار) (?:دین توں بعد ای|دیو گے تاں ای)', '(?:review|star|rating|feedback) (?:den ton baad hi|doge taan hi|den ton baad)',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): once the review is given.
    gu: [
      '(?:રિવ્યુ|રિવ્યૂ|સ્ટાર|રેટિંગ|ફીડબેક)\\S{0,3} (?:આપ્યા પછી જ?|આપશો ' +
        'તો જ|આપો પછી|આપ્યા બાદ)',
      '(?:review|star|rating|feedback) (?:aapya pachi j?|aapso to j|aapo pachi|aapya bad)',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: once the review is posted.
    si: [
      '(?:රිවීව්|ස්ටාර්|රේටින්|ෆීඩ්බැක්)\\S{0,6} (?:එක )?(?:දාපු ගමන්|දුන්න' +
        ' ගමන්|දුන්නට පස්සේ|දැම්මට පස්සේ|දුන්නොත් විතරයි)',
      '(?:review|star|rating|feedback) (?:eka )?(?:dapu gaman|dunna gaman|dunnata passe|dammata passe|dunnoth witharai)',
    ],
    // After the review, in Greek, Hungarian and Malayalam.
    el: ['(?:αφου|μολι[σς]|οταν) (?:μου )?(?:αφησει[σς]|δωσει[σς]|γραψει[σς]|βαλει[σς])(?:' +
      ' \\S+)? (?:κριτικ|αξιολογησ|αστερ|βαθμολογι)\\S{0,3}',
      'μετα (?:την|απο την) (?:κριτικ|αξιολογησ)\\S{0,3}', '(?:afou|molis) (?:mou )?(?:afiseis|dwseis|doseis)(?: \\S+)? (?:kritiki|asteria)'],
    hu: ['(?:miutan|ha mar|amint) (?:meg)?(?:adtad|adod|irtad|irod|hagytad|hagyod)(?: \\S+)? (?:ertekeles|csillag|velemeny)\\S{0,4}', '(?:az )?ertekeles utan'],
    ml: [
      // Malayalam in its script and Manglish (round twenty-six): only once the stars are given.
      '(?:സ്റ്റാർ|റിവ്യൂ|റേറ്റിംഗ്)\\S{0,3} (?:തന്നാൽ|ഇട്ടാൽ) മാത്രമേ',
      '(?:star|review|rating) (?:thannal|ittal) mathrame',
      '(?:റിവ്യൂ|സ്റ്റാർ|റേറ്റിംഗ്)\\S{0,3} (?:ഇട്ട|തന്ന|കൊടുത്ത)\\S{0,4}' +
      ' (?:ശേഷം|ശേഷമേ|ശേഷം മാത്രം|കഴിഞ്ഞ്)',
      '(?:review|star|rating) (?:ittathinu|ittittu|thannathinu|thannittu|kodutha) ?(?:shesham|sesham|shesham mathram)?'],
    // After the review, in Croatian, Serbian and Bosnian, Azerbaijani, Georgian and Amharic.
    hr: ['(?:nakon sto|kad|kada|cim) (?:mi )?(?:ostavi|da)(?:s|te) (?:\\S+ )?(?:recenzij|ocj?en|zvj?ezd)\\S{0,3}', '(?:nakon|poslije|posle) (?:recenzije|ocjene|ocene)'],
    sr: ['(?:након што|кад|када|чим) (?:ми )?(?:остави|да)(?:ш|те) (?:\\S+ )?(?:рецензиј|оцен|звезд)\\S{0,3}',
      '(?:након|после) (?:рецензије|оцене)'],
    az: ['(?:rey|ulduz)\\S{0,4} (?:yazdiqdan|verdikden|qoyduqdan) sonra', '(?:reyden|reyinizden) sonra'],
    ka: ['(?:შეფასებ|ვარსკვლავ|რევიუ)\\S{0,4} (?:მერე|შემდეგ)', '(?:shefaseb|varskvlav|review)\\S{0,4} (?:mere|shemdeg)'],
    am: ['(?:ሪቪ[\\u12c8-\\u12cf]|ኮከ[\\u1260-\\u1267]|ግምገማ)\\S{0,3} (?:ከሰጠኸኝ|ከሰጠሽኝ|ከሰጡኝ) (?:በኋላ|ቡሀላ)',
      '(?:ሪቪ[\\u12c8-\\u12cf]|ኮከ[\\u1260-\\u1267]|ግምገማ)\\S{0,3} (?:ከፃፍክ|ከጻፍክ) (?:በኋላ|ቡሀላ)',
      '(?:review|kokeb)\\S{0,3} (?:kesetehegn|kesetegn) (?:behuala|buhala)'],
    // After the review, in Tamil and Telugu.
    ta: ['(?:review|star|rating|feedback) (?:kuduthaa|kuduthaal|kuduththa|pottaa|pottaal) (?:thaan|than|mattum)',
      '(?:ரிவ்யூ|ஸ்டார்|ரேட்டிங்)\\S{0,3} ' +
        '(?:கொடுத்தா|கொடுத்தால்|போட்டா) (?:தான்|மட்டும்)',
      '(?:review|star|rating|feedback) (?:kuduthathum|kuduthadhum|kuduthathukku (?:apram|appuram)|kuduththa (?:apram|appuram)|pottathukku (?:apram|appuram)|pottadhum|pottathum)',
      '(?:ரிவ்யூ|ஸ்டார்|ரேட்டிங்)\\S{0,3} ' +
        '(?:கொடுத்ததும்|கொடுத்த பிறகு|கொடுத்த ' +
        'அப்புறம்|போட்டதும்)'],
    te: ['(?:review|star|rating|feedback) (?:isthene|istene|ichakane|ichinappude|pettinappude)',
      '(?:రివ్యూ|స్టార్|రేటింగ్)\\S{0,3} (?:ఇస్తేనే|ఇచ్చాకనే|ఇచ్చిన తర్వాతే)',
      '(?:review|star|rating|feedback) (?:ichina (?:tarvata|taruvata)|ichaka|ichhaka|pettaka|ichinaka|ichaaka)',
      '(?:రివ్యూ|స్టార్|రేటింగ్)\\S{0,3} (?:ఇచ్చిన తర్వాత|ఇచ్చాక|పెట్టాక)'],
    // After the review, in Thai, Persian, Hebrew, Bulgarian and Czech.
    th: ['หลัง(?:จาก)?(?:คุณ)?(?:ให้|เขียน)?(?:รีวิว|ดาว|คะแนน)',
      'ให้ ?(?:5 ?)?(?:ดาว|รีวิว|คะแนน)(?:เต็ม)?ก่อน'],
    fa: ['(?:نظر|امتیاز|ستاره|ریویو|فیدبک)\\S{0,3} (?:\\S+ ){0,2}بعد', '(?:review|nazar|emtiaz|setare)\\S{0,3} (?:\\S+ ){0,2}bad',
      'بعد از (?:اینکه )?(?:نظر|امتیاز|ستاره|فیدبک|ریویو)\\S{0,3}', 'bad az (?:inke )?(?:nazar|emtiaz|setare|feedback|review)\\S{0,3}'],
    he: ['אחרי ש(?:תיתן|תתן|תשאיר|תכתוב|תני|תשאירי)(?: \\S+)? (?:ביקורת|חוות דעת|כוכבים|דירוג|פידבק)'],
    bg: ['след като (?:ми )?(?:дадеш|оставиш|напишеш|сложиш|дадете|оставите)(?: \\S+)? (?:отзив|оценк|звезд|ревю)\\S{0,4}'],
    cs: ['az (?:mi )?(?:das|nechas|napises|date|nechate)(?: \\S+)? (?:hodnoceni|recenz\\S{0,3}|hvezd\\S{0,5})', 'po (?:ohodnoceni|hodnoceni|recenzi)'],
    // Polish: only after the rating is left ("dopiero po wystawieniu opinii", "jak dasz 5 gwiazdek").
    pl: ['po (?:wystawieniu|dodaniu|zostawieniu|napisaniu|otrzymaniu) (?:\\S+ )?(?:ocen\\S*|opini\\S*|gwiazd\\S*|recenzj\\S*|feedback\\S*)',
      'dopiero po (?:\\S+ )?(?:ocen\\S*|opini\\S*|gwiazd\\S*|recenzj\\S*)',
      'jak (?:dasz|wystawisz|zostawisz) (?:\\S+ )?(?:5|piec|ocen\\S*|opini\\S*|gwiazd\\S*)', 'po (?:ocenie|opinii|recenzji)',
      'za (?:ocen\\S*|opini\\S*|gwiazdk\\S*)'],
    // Japanese: until the review is written, once the rating is in; Swahili: once you leave the feedback.
    ja: ['(?:レビュー|評価|フィードバック|星5?)(?:を)?(?:書いて|つけて|付けて|入れて|ご入力)(?:もらえる|いただける|くれる)?まで',
      '(?:評価|レビュー)(?:が|を)?確認でき次第', '先に(?:評価|レビュー|フィードバック)'],
    sw: ['ukishaacha (?:feedback|review|maoni)', 'baada ya (?:kuacha |kunipa |kuandika )?(?:review|feedback|maoni|nyota)'],
    en: [
      // Not "after you leave the office", "when you leave for the airport": leaving a place is no review.
      '(?:after|once|when|as soon as) (?:you |u )?(?:leave|give|post|write|submit|close (?:it |the contract )?with|rate)' +
        '(?! (?:the |your )?(?:office|house|home|country|city|building|meeting|call|for|on|work|today|tonight|tomorrow|early|now)\\b)',
      'until (?:you (?:leave|give|post) )?(?:your|the|a) (?:5|five)[- ]?star (?:review|feedback|rating)',
      'until you (?:leave|give|post|write) (?:me )?(?:a |the |your )?(?:review|rating)',
      // Feedback left or posted, not given on a draft ("until you give feedback on the draft" is the work going on).
      'until you (?:leave|post) (?:me )?(?:some |your |the )?feedback(?! on (?:the |my |this |a )?(?:draft|mockup|sketch|concept|design|version))',
      // "The review first, the files second", "five stars first".
      '(?:the |your |a |my )(?:review|rating) first', '(?:5|five)[- ]?stars? first', '(?:feedback|review|rating) first(?=,? (?:\\S+ ){1,3}second)',
      '(?:after|once|until|when) (?:you(?:\'ve| have)? )?(?:rated|reviewed) (?:me|us|my work|the (?:contract|job|project|work)|it)',
      '(?:after|once|until|when|as soon as) you(?:\'ve| have) (?:left|given|posted) (?:me |us )?(?:a |the |your )?(?:5|five)[- ]?star',
      // "until the client review is in", "right after your feedback is submitted", "once feedback is posted".
      '(?:until|till|once|when|after|as soon as) (?:the |your |my |a |that )?(?:client |public |5[- ]star |five[- ]star )?' +
        '(?:review|feedback|rating)s? (?:is|are|has been|have been|gets?|got) (?:in|up|posted|submitted|left|done|live|published)',
      '(?:the minute|the moment|the second|as soon as|once|when|after) (?:the|your|my|a) (?:5|five)?[- ]?(?:star )?(?:review|feedback|rating) ' +
        '(?:goes up|is (?:up|posted|in|live)|lands|appears|shows up)',
      '(?:the minute|the moment|the second|as soon as|once|when|after) (?:the|your|my|a) (?:5|five)?[- ]?(?:star )?(?:review|feedback|rating)\'s (?:up|posted|in|live)',
      '(?:after|once|when|as soon as) (?:you )?close (?:the|this) contract and (?:leave|give|post|write)',
      '(?:leave|post|give|write|submit)(?: me| us)? (?:(?:the|a|your|my) (?:review|rating)|(?:5|five)[- ]?stars?) first,? (?:and )?then (?:i\'?ll|i will|you(?:\'ll' +
        '| will)? get|i send|i deliver|i fix)',
      // Batch 119: "the moment I see the stars on my profile", "til the review is in", "after the client submits 5 star feedback".
      '(?:the moment|the minute|the second|as soon as|once|when|after) i see (?:the |your |my )?(?:5 |five )?(?:stars?|review|feedback|rating)',
      'til (?:the |your |my )?(?:review|feedback|rating)s? (?:is|are|has been|gets?) (?:in|up|posted|submitted|left|done|live)',
      '(?:after|once|when|until|as soon as) the client (?:submits|leaves|gives|posts|writes) (?:the |a |their )?(?:5|five)?[- ]?(?:star )?(?:review|feedback|rating)',
    ],
    es: [
      'en cuanto (?:me )?(?:dejes|des|pongas|califiques)', 'una vez que (?:dejes|califiques|pongas)',
      '(?:despues de|tras) (?:la|tu|su) (?:resena|calificacion|valoracion)',
      'cuando (?:dejes|me des|pongas) (?:la )?(?:resena|calificacion|5 estrellas)',
      // Round twenty-four: "cuando me dejes la reseña".
      'cuando me (?:dejes|pongas|escribas) (?:la |tu |una )?(?:resena|calificacion|valoracion|5 estrellas)',
      'apenas (?:me )?(?:dejes|des|pongas|publiques)',
      'sin (?:resena|calificacion|las (?:5 )?estrellas) no (?:hay|te doy|te paso) (?:entrega|archivos?|codigo)',
      '(?:en cuanto|una vez que|apenas|cuando) (?:la|tu|su) (?:resena|calificacion|valoracion)',
      // Italian, filed with Spanish (the lexicon has no Italian key).
      'appena (?:mi )?(?:lasci|dai|metti)',
      'en cuanto (?:lo |la )?vea (?:publicad[oa]|tu resena|la resena)',
      // Round thirty: "cuando me dejes las 5 estrellas", "hasta que me des la reseña".
      'cuando (?:me )?(?:dejes|des|pongas|deje|de|ponga) (?:las |la |tus |sus |el |una )?(?:resena|calificacion|valoracion|5 es' +
        'trellas|cinco estrellas)',
      '(?:despues de que|hasta que) (?:me )?(?:dejes|des|pongas|deje|ponga) (?:las |la |tus |el |una )?(?:resena|calificacion|v' +
        'aloracion|5 estrellas|cinco estrellas)',
    ],
    pt: ['(?:depois|apos) (?:da|de sua|da sua) (?:avaliacao|nota)', 'quando (?:deixar|der|voce deixar) (?:a )?(?:avaliacao|nota|5 estrelas)', 'depois que (?:voce )?(?:encerrar|deixar|der)',
      'assim que (?:voce |vc |tu )?(?:deixar|der|colocar|postar|publicar)',
      'sem (?:avaliacao|as (?:5 )?estrelas|nota) (?:nao tem|nada de|sem) (?:entrega|arquivos?|codigo)',
      '(?:assim que|quando|depois que) (?:a|sua|tua) (?:avaliacao|nota)',
      'depois de (?:me )?(?:deixar|dar|colocar|postar) (?:a |sua |tua |uma )?(?:avaliacao|nota|review|5 estrelas)',
      // Round thirty: "depois que você me der", "quando você deixar as cinco estrelas".
      'depois que (?:voce |vc |tu )?me (?:der|deixar|colocar|dar)',
      'quando (?:voce |vc |tu )?(?:me )?(?:deixar|der|colocar) (?:as |a )?(?:5|cinco) estrelas',
    ],
    fr: ['apres (?:votre|ton|l\') ?(?:avis|evaluation|note)', 'des que (?:vous|tu) (?:laissez|laisses|mettez|mets)',
      '(?:des que|une fois que|une fois|quand|apres que) (?:l\'|le |la |votre |ton |mon )?(?:avis|note|evaluation)',
      "(?:des que|une fois que|quand|apres que) (?:t'as|tu as|vous avez|t'auras|tu auras|vous aurez) (?:mis|laisse|donne|poste)",
      'des que (?:vous aurez|tu auras) (?:\\S+ ){0,4}laisse', 'des que je vois l.avis',
      // Round thirty: "dès que vous m'avez mis 5 étoiles".
      'des que (?:vous|tu) m\'?(?:avez|as|aurez|auras) (?:mis|laisse|donne|poste)',
      // Round thirty, second wave: "une fois que vous m'aurez laissé 5 étoiles".
      'une fois que (?:vous|tu) m\'?(?:avez|as|aurez|auras) (?:mis|laisse|donne|poste)',
    ],
    de: ['nach (?:der|ihrer|deiner) \\S*bewertung', 'sobald (?:sie|du) (?:eine |die |ihre )?\\S*bewertung',
      'sobald (?:die|deine|ihre|eine|ihre) \\S*bewertung',
      '(?:sobald|nachdem|wenn) (?:du|sie) (?:mir )?(?:die |deine |ihre )?(?:5|funf|volle) sterne',
      '(?:sobald|wenn|nachdem) (?:die|deine|ihre|eine) (?:\\S+ )?bewertung (?:online|da|sichtbar|veroffentlicht)',
      // Polish, filed with German (the lexicon has no Polish key).
      'jak tylko (?:mi )?(?:dasz|wystawisz|zostawisz)', 'po (?:ocenie|opinii)',
      'sobald (?:sie|du) (?:\\S+ ){1,8}\\S*bewertung',
    ],
    ru: [
      'как только (?:появится|будет|оставите|поставите|напишете) (?:\\S+ )?(?:отзыв|оценк)\\S*',
      'после (?:отзыва|оценки|5 звезд)',
      // "после того, как вы закроете контракт и поставите пять звёзд": a few words may come between.
      'после того,? как (?:\\S+ ){0,5}(?:поставите|оставите|напишете|поставишь|оставишь)',
      'как (?:оставите|оставишь|поставите|поставишь)',
      'как только увижу (?:ваш |твой )?отзыв',
    ],
    uk: ['після (?:вашого |твого )?(?:відгуку|оцінки)', 'як (?:залишите|залишиш|поставите|поставиш)'],
    hi: [
      // Hindi: the review first, then.
      'पहले (?:review|feedback|rating|रिव्यू)',
      'pehle (?:\\d |five |paanch )?(?:star|rating|review|feedback) (?:do|de do|dijiye|dein)(?: sir| bhai| ji)?,? (?:tabhi|tab hi|phir)',
      'jab (?:aap|ap|tum) (?:pehle )?(?:\\S+ )?(?:star|stars|rating|review|feedback) (?:de|dein|do|likh)\\S*(?: (?:do|de|dena|doge|denge|dijiye)\\S*)?',
      'pehle (?:rating|review|feedback|\\d star),? phir',
      '(?:review|feedback|rating) (?:dene )?ke baad',
      'jab (?:aap|tum) (?:review|feedback|rating) (?:doge|denge|de do)',
      'jab (?:aap|tum) (?:5 star )?(?:review|feedback|rating)',
      '(?:pehle|phele) (?:5 star )?(?:review|feedback)',
      'review aane ke baad hi', 'review ke baad hi', 'rating ke baad hi',
      'jab (?:aap|tum) (?:review|feedback|rating) (?:likh|de) (?:doge|denge|do|dijiye|dena)',
      '(?:रिव्यू|फीडबैक|रेटिंग|स्टार) (?:देने|मिलने|दिए जाने) (?:के )?बाद(?: ही)?',
      // Batch 119: "feedback milte hi bhej denge" (as soon as the review arrives), "feedback 5 star kar do, phir main ... bhej deta hoon".
      '(?:review|feedback|rating|stars?) (?:milte|aate|dete) hi', '(?:review|feedback|rating|stars?) (?:kar|de) (?:do|dijiye|dein),? (?:phir|tab|uske baad)',
      // Round thirty: "jab tak review nahi doge" (until you give the review).
      'jab tak (?:\\S+ ){0,3}(?:feedback|review|rating|stars?) nahi (?:dein|de dein|doge|dete|denge|dijiye|do)',
    ],
    // Bengali: "5 star review dile" (if you give a 5-star review), "review deyar por".
    bn: ['(?:review|feedback|rating|star) (?:dile|diley|deyar por|deoar por)',
      '(?:রিভিউ|ফিডব্যাক|রেটিং|স্টার) (?:দেওয়ার|দেয়ার|দেবার) (?:পর|পরে|পরেই)',
      '(?:রিভিউ|ফিডব্যাক|রেটিং|স্টার) দিলে(?:ই)?'],
    ur: [
      // Urdu in its script: after the review, the review first.
      '(?:ریویو|فیڈ ?بیک|ریٹنگ|سٹار) (?:دینے )?کے بعد', 'پہلے (?:ریویو|فیڈ ?بیک|ریٹنگ)',
      'jab (?:aap|ap|tum) (?:pehle )?(?:\\S+ )?(?:star|stars|rating|review|feedback) (?:de|dein|do|likh)\\S*(?: (?:do|de|dena|doge|denge|dijiye)\\S*)?',
      'pehle (?:rating|review|feedback|\\d star),? phir',
      '(?:review|feedback|rating) (?:dene )?ke baad', 'jab (?:aap|tum) (?:review|feedback|rating) (?:dein|de dein)', '(?:pehle|phele) (?:5 star )?(?:review|feedback)',
      '(?:review|feedback|rating) aa jaye to',
      'jab (?:aap|tum) (?:\\S+ ){0,5}(?:review|feedback|rating) (?:de|dein|de dein|de denge|denge)',
      '(?:5|five|paanch) star pehle',
      '(?:review|feedback|rating|stars?) (?:milte|aate|dete) hi', '(?:review|feedback|rating|stars?) (?:kar|de) (?:do|dijiye|dein),? (?:phir|tab|uske baad)',
      // Round thirty: "jab tak 5 star feedback nahi dein ge" (until you give the review).
      'jab tak (?:\\S+ ){0,3}(?:feedback|review|rating|stars?) nahi (?:dein|de dein|doge|dete|denge|dijiye|do)',
    ],
    tl: ['(?:pag|kapag|pagkatapos) (?:mo )?(?:mag-?)?(?:review|rate|feedback)', 'pagkatapos ng (?:review|feedback|rating)', '(?:pag|kapag) (?:nakapag-?)?(?:iwan|bigay|nag-?iwan)',
      'hangga\'?t wala pa(?:ng| pong?| ng)? (?:review|feedback|rating)',
      // Cebuano: "kung ma-rate-an na nimo ko" (once you have rated me).
      '(?:kung|pag|inig) ma-?rate-?an', '(?:kung|pag|inig) (?:ka )?mo?-?(?:review|rate|feedback)',
      // Batch 119: "pag naka-5 stars na po ako" (once I have the 5 stars).
      '(?:pag|kapag|kung|once) (?:naka-?|nakakuha (?:na )?(?:po )?ng )(?:5|five|lima)[- ]?stars?',
    ],
    id: [
      '(?:setelah|habis|kalau udah|kalo udah) (?:kasih |beri |memberi )?(?:review|ulasan|rating|bintang)',
      '(?:setelah|habis|kalau udah|kalo udah) (?:\\S+ )?(?:kasih |beri |memberi )?(?:review|ulasan|rating|bintang)',
      'begitu (?:\\S+ )?(?:tulis|kasih|beri) (?:review|ulasan|rating|bintang)',
      // Round thirty: "abis kakak kasih bintang 5" (after you give five stars).
      '(?:abis|abis itu|sesudah) (?:\\S+ )?(?:kasih|beri|ngasih) (?:review|ulasan|rating|bintang)',
    ],
    ar: [
      // Round twenty-four: "mesh hab3at el files ella ba3d el review" (not before the review).
      'ella ba3d el (?:review|rating|ta2yeem|taqyeem)',
      'ba3d ma t3a?teeni (?:\\d |5 )?(?:njoom|nujoom|stars?|taqyeem)',
      'بعد (?:التقييم|ما تقيم|ما تعطيني تقييم)', 'لما تديني', 'غير لما', 'الا لما', 'ela lama', 'lama t7ot',
      'اول ما (?:تحط|تكتب|تعطي)',
      'بعد ما تكتب التقييم',
      // "أول ما تديني", "غير ملي تحط ليا", "مرهون بـ", Arabizi "ella lama", Darija "ghir mli t7et".
      '(?:اول|أول|بس|لما|لمن|ملي|غير ملي|الا لما|حتى) (?:ما )?(?:ت|بت)(?:ديني|عطيني|حط|حطلي|حط ليا|كتب|كتبلي|سكر|قف' +
        'ل|منحني)',
      'مرهون ب', 'مرهون', 'مشروط ب', 'مشروط', '(?:e|i)l+a lama',
      '(?:ghir|gher) (?:mli|melli|lama)', '(?:abel|2abel|9bel|qabl) ma (?:t7ot|te7ot|tekteb|t3tini|tedini)', 'mli (?:t7et|t7ot|tekteb|t3tini)',
      // Round thirty: Arabizi "ba3d ma te7ot el review" (after you put the review).
      'ba3d ma (?:te7ot|t7ot|tekteb|tektebli|tedini|tedeeni|t3tini|te3teeni) (?:el |l)?(?:review|rating|stars?|5 stars|taqyeem|ta2yeem)',
    ],
    tr: [
      // Turkish: only after the review is left ("yorum bıraktıktan sonra", "ancak yorum ...").
      '(?:yorum|puan|degerlendirme|yildiz)\\S* (?:birak|ver|yaz|yap|gir)\\S*(?:tan|ten|dan|den) sonra',
      '(?:yorum|puan|degerlendirme)\\S* (?:gelince|gelmeden)', 'ancak (?:\\S+ )?(?:yorum|puan|degerlendirme|yildiz)',
      '(?:yorumdan|degerlendirmeden|puandan) sonra', '(?:puan|yorum) verdikten sonra', '(?:5 )?yildiz verdikten sonra',
      '(?:yildiz|yorum|puan) (?:verirseniz|verirsen|birakirsaniz|birakirsan)', '(?:yorum|puan) gelmeden',
    ],
    nl: ['(?:zodra|nadat|als) (?:je|u|ge) (?:\\S+ ){0,3}(?:sterren|review|recensie|beoordeling)'],
    ro: ['(?:dupa ce|imediat ce|cand|indata ce) (?:\\S+ ){0,3}(?:recenzia|review-?ul|feedback-?ul|stele|ratingul)'],
    ms: ['(?:lepas|selepas|bila) (?:\\S+ ){0,2}(?:bagi |beri |tulis )(?:review|bintang|rating|ulasan)'],
    ko: ['(?:리뷰|후기|별점|평가) ?(?:먼저|남겨 ?주시면|주시면|올려 ?주시면)'],
    // The review first (先), or "if the full score" (满分的话): the work waits for it.
    zh: ['先(?:给|給|俾|打|写|寫)(?:个|個|我)?(?:五星|5星|好评|好評|评价|評價|满分|滿分)',
      // Round twenty-four: "好评后再发源文件" (the files after the good review).
      '(?:好评|好評|五星|5星|评价|評價)(?:后|後)',
      '(?:好评|好評|五星|满分|滿分|评价|評價)(?:的话|的話|之后|之後|以后|以後)'],
    vi: ['sau khi (?:\\S+ ){0,4}(?:danh gia|review|5 sao)', '(?:danh gia|5 sao|review) (?:\\S+ ){0,3}(?:truoc|xong)', '5 sao la'],
    // Reviews, stars and the conditions around them in Marathi, Nepali and Bengali; Hindi in Devanagari is filed with its Latin spellings (hi).
    mr: [
      '(?:रिव्ह्यू|रिव्यू|फीडबॅक|रेटिंग|स्टार) (?:दिल्यानंतर|दिल्यावर|' +
      'दिल्यावरच|दिल्यानंतरच)'],
    ne: [
      '(?:रिभ्यु|रिभ्यू|रिव्यू|फिडब्याक|रेटिङ|स्टार) (?:दिए ?पछि|दिएपछि)(?: मात्र)?'],
    ha: ['(?:bayan|sai) (?:ka|ki|ku) (?:ba ni|bani|bar min|rubuta min) (?:\\S+ )?(?:bita|taurari|review|sharhi)\\S{0,3}'],
    yo: ['leyin ti (?:o|e) ba (?:fun mi ni|ko|fi) (?:\\S+ )?(?:irawo|review)\\S{0,3}'],
    ig: ['mgbe (?:i|unu) (?:nyechara|dechara|hapuchara) m (?:\\S+ )?(?:kpakpando|review)\\S{0,3}'],
    so: ['(?:kaddib|kadib|ka dib) markaad (?:i siiso|ii qorto|ii dhaafto) (?:\\S+ )?(?:xiddig|review)\\S{0,3}'],
    mg: ['rehefa nomenao (?:\\S+ )?(?:kintana|hevitra)\\S{0,3}'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['(?:när|efter att|så fort) (?:du|ni) (?:\\S+ ){0,4}(?:omdöme|betyg|stjärn\\S{0,4})'],
    no: ['(?:når|etter at|så snart) (?:du|dere) (?:\\S+ ){0,4}(?:anmeldelse|vurdering|stjerne\\S{0,2})'],
    da: ['(?:når|efter at|så snart) (?:du|i) (?:\\S+ ){0,4}(?:anmeldelse|bedømmelse|stjerne\\S{0,2})'],
    fi: ['(?:kun|heti kun) (?:olet )?(?:\\S+ ){0,3}(?:arvostelu|arvio|täh)\\S{0,5}'],
    'is': ['(?:þegar|eftir að) þú (?:\\S+ ){0,3}(?:umsögn|stjörnu)\\S{0,3}'],
  },
  examples: ['pehle 5 star do sir, tabhi', 'ba3d ma t3teeni 5 njoom',
    'как только оставите отзыв', 'jab aap 5 star de denge', 'pehle review, phir',
    
    // Greek, Hungarian, Malayalam.
    'αφού μου αφήσεις 5 αστέρια', 'miután megadtad az értékelést', 'review ittittu',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'nakon što mi ostaviš recenziju', 'након што ми даш оцену', 'rəy yazdıqdan sonra', 'შეფასების შემდეგ',
    'ኮከብ ከሰጠኸኝ በኋላ',
    // Tamil, Telugu, Nigerian Pidgin.
    'review kuduthathum', 'review ichaka',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'ให้ 5 ดาวก่อน', 'بعد از امتیاز', 'אחרי שתשאיר ביקורת', 'след като ми дадеш 5 звезди', 'až mi dáš hodnocení',
    'after you leave the review', 'después de la reseña', 'depois da avaliação', 'после отзыва', 'review ke baad',
    'setelah kasih bintang', 'بعد التقييم', 'yorumdan sonra',
    'रिव्यू देने के बाद ही', 'रिव्ह्यू दिल्यानंतर', 'रिभ्यु दिएपछि',
    'রিভিউ দেওয়ার পর',
    'cuando me dejes las 5 estrellas',
    'hasta que me des la reseña',
    'depois que você me der 5 estrelas',
    'quando você deixar as cinco estrelas',
    'dès que vous m\'avez mis 5 étoiles',
    'jab tak 5 star feedback nahi dein ge',
    'jab tak 5 star review nahi doge',
    'abis kakak kasih bintang 5',
    'ba3d ma te7ot el review el 5 stars',
    'une fois que vous m\'aurez laissé 5 étoiles',
  ],
  counterExamples: [
    'रिव्यू पढ़ने के बाद'],
});

/** Handing over work: what a freelancer holds back until the review comes. */
export const DELIVER_VERB = defineClass({
  name: 'DELIVER_VERB',
  doc: 'Handing over, releasing or publishing the work.',
  words: {
    lt: [
      'atsiusiu', 'neatsiusiu', 'atiduosiu', 'neatiduosiu', 'gausi', 'negausi', 'gausite', 'negausite', 'perduosiu', 'neperduosiu',
    ],
    lv: [
      'nosutisu', 'nenosutisu', 'iedosu', 'neiedosu', 'sanemsi', 'nesanemsi', 'nodosu', 'nenodosu',
    ],
    et: [
      'saadan', 'ei saada', 'annan', 'ei anna', 'saad', 'ei saa', 'saate',
    ],
    hy: ['չեք ստանա', 'կստանաք', 'chek stana', 'kstanaq',
      'կուղարկեմ', 'չեմ ուղարկի', 'կտամ', 'չեմ տա', 'kuxarkem', 'kugharkem', 'chem uxarki', 'ktam', 'chem ta(?:li)?'],
    uz: ['yuboraman', 'yubormayman', 'beraman', 'bermayman', 'topshiraman', 'юбораман', 'юбормайман', 'бераман', 'бермайман'],
    kk: ['жіберемін', 'жібермеймін', 'беремін', 'бермеймін'],
    ky: ['жиберем', 'жибербейм', 'берем', 'бербейм'],
    tg: ['мефиристам', 'намефиристам', 'медиҳам', 'намедиҳам'],
    mn: ['явуулна', 'явуулахгүй', 'өгнө', 'өгөхгүй'],
    sq: [
      'dergoj', 'nuk (?:t\'?i |ti )?dergoj', 'do (?:t\'?i|te) dergoj', 'do te marresh',
    ],
    sk: [
      'poslem', 'neposlem', 'odovzdam', 'neodovzdam', 'dostanes', 'dostanete',
    ],
    mk: [
      '(?:ќе |да )?(?:ти |ви )?(?:ги )?(?:пратам|испратам|предадам)', 'праќам', 'испраќам', 'ќе добиеш',
      'нема да (?:ти |ви )?(?:ги )?(?:пратам|испратам|предадам)',
    ],
    sl: [
      'posljem', 'poslal bom', 'poslala bom', 'ne posljem', 'dobis', 'dobite', 'ne bos dobil', 'ne bo datotek',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: I will send.
    km: [
      'ខ្ញុំផ្ញើ', 'នឹងផ្ញើ', 'knhom phnheu', 'phnheu',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: I will send, I will give.
    my: [
      'ပို့ပေးမယ်', 'ပို့မယ်', 'ပေးမယ်', 'ပြန်မပေးဘူး', 'po mal',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): I will send, I will give, you will not get it.
    kn: [
      'ಕಳುಹಿಸ್ತೀನಿ', 'ಕಳಿಸ್ತೀನಿ', 'ಕೊಡ್ತೀನಿ', 'ಸಿಗಲ್ಲ', 'kalsteeni', 'kalstini', 'kodteeni', 'kodtini', 'sigalla',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): I will send, I will give, you will not get it.
    pa: [
      'ਭੇਜਾਂਗਾ', 'ਦੇਵਾਂਗਾ', 'ਨਹੀਂ ਮਿਲਣਗੇ', 'ਨਹੀਂ ਮਿਲੇਗੀ', 'گھلاں گا', 'دیواں گا', 'bhejanga', 'devanga',
      'nahi milegi',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): I will send, I will give, you will not get it.
    gu: [
      'મોકલીશ', 'આપીશ', 'નહીં મળે', 'નહીં મોકલું', 'moklish', 'aapish', 'nahi male', 'nahi moklu',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: I will send, I will not give.
    si: [
      'එවන්නම්', 'එවන්නේ', 'දෙන්නම්', 'දෙන්නේ නෑ', 'එවන්නේ නෑ', 'ewannam', 'ewanne', 'dennam', 'denne na',
      'ewanne na',
    ],
    // I will send, in Greek, Hungarian and Malayalam.
    el: ['θα (?:σου |σα[σς] )?(?:στειλω|παραδωσω|δωσω|ανεβασω)', 'στελνω', 'ανεβαζω', 'tha (?:sou )?(?:steilw|stilo|dwsw)'],
    hu: ['(?:el)?kuldom', 'atadom', 'megkapod', 'kuldeni fogom'],
    ml: [
      // Malayalam in its script and Manglish (round twenty-six): "will send" after "only".
      'അയക്കൂ', 'ayakku',
      'അയക്കാം', 'തരാം', 'തരില്ല', 'അയക്കില്ല', 'ayakkam', 'ayakkaam', 'tharam', 'tharaam', 'ayachu tharam', 'tharilla', 'ayakkilla'],
    // I will send, in Croatian, Serbian and Bosnian, Azerbaijani, Georgian and Amharic.
    hr: [
      // Round 26: the work held back ('ne saljem', 'necu poslati', 'nema vise izmjena'), 'posaljem'.
      'posaljem', '(?:ne|nista ne) saljem', 'necu (?:ti |vam )?(?:poslati|predati|isporuciti)', 'nema (?:vise |vise nikakvih )?(?:izmjena|izmena|ispravki|fajlova|datoteka)',
      'poslat cu', 'poslati cu', 'poslacu', 'saljem', 'dobit ces', 'dobices', 'predat cu', 'isporucit cu'],
    sr: [
      'пошаљем', '(?:не|ништа не) шаљем', 'нећу (?:ти |вам )?(?:послати|предати|испоручити)',
      'нема (?:више )?(?:измена|измјена|исправки|фајлова)',
      'послаћу', 'шаљем', 'добићеш', 'предаћу', 'испоручићу'],
    az: ['gonderecem', 'gonderirem', 'alacaqsan', 'teqdim edecem', 'teslim edecem'],
    ka: ['გამოგიგზავნი', 'გადმოგცემ', 'მიიღებ', 'gamogigzavni', 'miigeb'],
    am: ['አልልክም', 'አልሰጥም', 'አላስረክብም', 'allikm', 'እልክልሃለሁ', 'እልክልሻለሁ', 'እልካለሁ', 'አስረክባለሁ',
      'ታገኛለህ', 'elkilihalehu', 'elkalehu', 'asrekbalehu'],
    // I will send, in Tamil, Telugu and Nigerian Pidgin.
    ta: [
      // Tamil: I will give, you will not get it.
      'தருவேன்', 'கிடைக்காது', 'tharuven', 'kidaikadhu', 'anupuren', 'anuppuren', 'anuppuven', 'anupuven', 'anuppalam', 'anuppa maaten', 'kudukka maaten',
      'அனுப்புறேன்', 'அனுப்புவேன்',
      'அனுப்ப மாட்டேன்', 'தர மாட்டேன்'],
    te: [
      // Telugu: I will give, it will not come.
      'ఇస్తాను', 'రాదు', 'istanu', 'raadu', 'pampistanu', 'pampista', 'pampisthanu', 'pampanu', 'పంపిస్తాను', 'పంపను'],
    pcm: ['i (?:no )?go (?:send|release|deliver|drop)'],
    // I will send (or will not: the condition carries the threat), in Thai, Persian, Hebrew, Bulgarian and Czech.
    th: ['(?:ผม|ฉัน|หนู)?จะส่ง', 'ส่งไฟล์', 'จะไม่ส่ง'],
    fa: ['nemidam', 'midam',
      'می ?فرستم', 'نمی ?فرستم', 'ارسال می ?کنم', 'تحویل می ?دم', 'mi ?f(?:e)?restam', 'nemifrestam', 'tahvil midam'],
    he: ['אשלח', 'אעביר', 'נשלח'],
    bg: ['(?:ще |да )?(?:ти |ви )?(?:пратя|изпратя|предам)', 'пращам', 'изпращам'],
    cs: ['poslu', 'posleme', 'predam', 'odeslu', 'dostanes', 'dodam', 'neposlu', 'nepredam'],
    // Polish: I will send, hand over, share, finish ("wyślę ci pliki", "przekażę kod").
    pl: ['wysle', 'wysylam', 'przekaze', 'przesle', 'oddam', 'udostepnie', 'dostaniesz', 'wyslemy', 'przekazemy', 'dokoncze', 'wezme', 'zostawie'],
    // Japanese: send, deliver, hand over; Swahili: send (tuma), hand over.
    // Round twenty-five: the work held back ("納品できません", "渡しません", "送らない").
    ja: ['送ります', '送りますね', '納品(?:します|いたします)', '渡せ', '渡します', 'お渡し', '渡しません', '渡さない', '送りません',
      '送らない', '送れません',
      '納品(?:でき|し)ません', '納品しない'],
    sw: ['nitatuma', 'nitakutumia', 'nitazituma', 'nitakabidhi', 'nitakupa files'],
    en: [
      'push(?:es)?', 'send', 'deliver', 'release', 'ship', 'hand (?:it |them )?over', 'upload', 'share',
      // A client's side of the same hold: "I'll only approve your submission once you've left us a 5-star rating".
      'approve (?:your|the) (?:submission|work|milestone|delivery)',
      'publish', 'goes public', 'go live', 'merge', 'transfer', 'unlock',
      'give you (?:the )?(?:files|code|access|rest)',
      // "5 stars and the stems are yours".
      '(?:are|is) (?:all )?yours',
    ],
    es: ['envio', 'entrego', 'libero', 'subo', 'paso', 'mando'],
    pt: ['envio', 'entrego', 'libero', 'mando', 'subo', 'carrego', 'passo'],
    // Quebec and West African French: "j'vais te transférer les accès".
    fr: ['envoie', 'livre', 'transmets', 'transferer', 'transfere', 'envoyer', 'remets'],
    // Starting the next job is held back the same way: "sobald dort fünf Sterne stehen, fange ich an", "5 yıldız verirseniz başlarım".
    de: ['schicke', 'liefere', 'sende', 'ubergebe', 'lade', 'gebe (?:\\S+ )?frei', 'schick', 'freigeben', 'fange ich (?:\\S+ ){0,5}an'],
    ru: ['отправлю', 'скину', 'передам', 'выложу', 'сдам', 'otpravlyu'],
    uk: ['відправлю', 'скину', 'передам', 'надішлю'],
    hi: [
      // Hindi: I will send or give, it will not reach you.
      'भेजूंगा', 'भेजूँगा', 'दूंगा', 'दूँगा', 'नहीं मिलेगी', 'नहीं मिलेगा', 'नहीं दूंगा',
      'bhej dunga', 'bhejunga', 'de dunga', 'deliver kar dunga',
      'भेजूंगा', 'भेजूँगा', 'भेजूंगी', 'भेज दूंगा', 'भेज दूँगा', 'भेज दूंगी',
      'डिलीवर करूंगा', 'डिलीवर कर दूंगा',
      // Round thirty: the file "will reach you" after the stars ("5 star doge tabhi final file milegi").
      'milegi',
      'milega',
      'mil jayegi',
    ],
    ur: [
      // Urdu in its script: I will send or give, it will not reach you.
      'بھیجوں گا', 'دوں گا', 'نہیں ملے گی', 'نہیں ملے گا', 'نہیں دوں گا', 'بھیج دوں گا', 'bhej dun', 'bhej doon', 'de dun', 'deliver kar dun',
      'release kar\\S*', 'bhej\\S*',
      // Round thirty: the file "will reach you" after the stars.
      'milegi',
      'milega',
      'mil jayegi',
    ],
    // Cebuano as well: "i-send nako", "ihatag nako".
    tl: ['ipapadala', 'ibibigay', 'isesend', 'i-?send', 'ihatag', 'simulan ko'],
    id: ['kirim', 'kasih', 'serahkan'],
    // Darija "nsift" (I send), "nsiftom" (I send them).
    ar: ['ارسل', 'ابعت', 'اسلم', 'n?sift\\S*', 'nseft\\S*',
      // Sending or delivering: "هبعتلك", "هسلم", Darija "نصيفط", Arabizi "hasallem", "nab3atlek".
      '(?:ه|ح|ب|ا|ن|را?ح ا?)?(?:بعت|ابعت|سلم|رسل|صيفط|سيفط|نزل|نصيفط)\\S*',
      '(?:ha|h|b|ba|n|a)?(?:sal+em|b3at|ba3at|ab3at|nab3at|eb3at|sift|seft|sayfet|nazel|nazzel)\\w*',
    ],
    bn: [
      // Banglish "I will (not) give" ("final file dibo na").
      'dibo', 'debo',
      // Round twenty-five: "ফাইনাল ফাইল দিব না" (I will not give the final file), "দিব" (I will give).
      'দিয়ে দিব', 'দিব', 'দেব', 'দিবো', 'pathabo', 'pathiye dibo',
      'unlock kore dibo', 'diye dibo',
      'পাঠাব', 'পাঠাবো', 'পাঠিয়ে দেব', 'পাঠিয়ে দেবো', 'পাঠাবো না'],
    ne: [
      // Nepali: you will not get it.
      'पाउनुहुन्न', 'पाउनुहुने छैन', 'pathaunchu', 'pathaidinchu', 'dinchu',
      'पठाउँछु', 'पठाउँदिन', 'पठाइदिन्छु', 'पठाउने छैन'],
    tr: [
      // Turkish: I send, I will deliver ("gönderiyorum", "teslim ederim").
      'gonder(?:iyorum|ecegim|irim|icem)', 'teslim (?:ediyorum|edecegim|ederim)', 'yolluyorum', 'yollarim', 'veririm', 'paylasirim',
      'gonderirim', 'teslim ederim', 'yollarim',
      'gonderiyorum', 'baslarim',
    ],
    nl: ['stuur ik', 'lever ik', 'krijg(?:t|en)? (?:je|u|ge)'],
    ro: ['vi le trimit', '(?:ti|va|vi) (?:le )?trimit', 'livrez'],
    ms: ['hantar', 'bagi'],
    // Round twenty-five: 반말 and the work held ("안 보내요", "못 드려요", "보낼게").
    ko: ['넘겨 ?드릴', '보내 ?드릴', '드릴게요', '전달', '안 ?(?:보내|넘겨|드려|줘|드릴)', '못 ?(?:보내|넘겨|드려|줘|드릴|줄)', '보낼게', '넘길게', '줄게'],
    zh: ['发(?:您|你|给)', '發(?:您|你|給)', '给您', '給您', '交付', '打包'],
    vi: ['gui', 'giao', 'ban giao'],
    // Reviews, stars and the conditions around them in Marathi, Nepali and Bengali; Hindi in Devanagari is filed with its Latin spellings (hi).
    mr: [
      // Marathi: I will give, it will not reach you.
      'देईन', 'पाठवीन', 'मिळणार नाही',
      'पाठवेन', 'पाठवतो', 'पाठवणार', 'पाठवून देईन'],
    ha: ['(?:in|zan|ba zan) (?:turo|tura|aiko|mika|saki)'],
    yo: ['(?:maa|ma|mi o ni|a o) fi (?:\\S+ )?ranse', 'fi (?:ise|file|faili)(?: \\S+)? ranse'],
    ig: ['(?:aga m |agaghi m |m )?(?:ga-)?e(?:ziga|zite)'],
    so: ['soo diri doono(?:nin|a)?', 'kuu soo diri', 'soo dirayaa'],
    mg: ['(?:tsy )?halefako'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['skickar jag', 'får du', 'lämnar jag över', 'levererar jag'],
    no: ['sender jeg', 'får du', 'leverer jeg'],
    da: ['sender jeg', 'får du', 'leverer jeg'],
    fi: ['lähetän', 'en lähetä', 'saat', 'toimitan'],
    'is': ['sendi ég', 'færðu', 'þú færð'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'θα σου στείλω', 'elküldöm', 'ayachu tharam',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'poslat ću ti', 'послаћу', 'göndərəcəm', 'გამოგიგზავნი', 'እልክልሃለሁ',
    // Tamil, Telugu, Nigerian Pidgin.
    'files anupuren', 'pampistanu', 'I go send',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'ผมจะส่ง', 'میفرستم', 'אשלח', 'ще ти пратя', 'pošlu',
    'i push it tonight', 'goes public after', 'te lo envío', 'отправлю',
    'फाइलें भेजूंगा', 'फाइल्स पाठवेन', 'फाइल पठाउँदिन', 'ফাইল পাঠাব',
    'final file milegi',
  ],
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

/** The writer turning an offered trade down or reporting it: what follows a story of someone else's offer. */
export const TURNED_DOWN = defineClass({
  name: 'TURNED_DOWN',
  doc: 'The writer declines or reports an offer: "I said no", "I reported him", "lo rechacé", "hab abgelehnt".',
  words: {
    // Tamil, Telugu and Nigerian Pidgin: declined, reported ('naan marutthen', 'nenu oppukoledu', 'I no gree').
    ta: ['marutthen', 'maruthen', 'maruthuten', 'vendam nu sonnen', 'mudiyaathu nu sonnen', 'report panniten', 'மறுத்தேன்', 'மறுத்துட்டேன்',
      'வேண்டாம்னு சொன்னேன்'],
    te: ['oppukoledu', 'oppukonu', 'vaddu ani cheppanu', 'kudaradu ani cheppanu', 'report chesanu', 'ఒప్పుకోలేదు', 'వద్దని చెప్పాను'],
    pcm: ['i no gree', 'i refuse(?:d)?', 'i tell (?:am|dem|him|her) no', 'i report (?:am|dem|him|her)'],
    // Polish: declined, reported.
    pl: ['odmowil(?:em|am)', 'zglosil(?:em|am)', 'nie zgodzil(?:em|am) sie'],
    // Japanese and Swahili: declined, reported.
    ja: ['断りました', '断った', '通報', 'お断りし(?:ました|ます)'],
    sw: ['nilikataa', 'nikamkataa', 'nimeripoti', 'nilimripoti'],
    en: [
      // Round twenty: the refusal told with its subject dropped, as in a note: "Declined a client's offer of a bonus for 5 stars today. Not how I operate."
      '(?:^|[.!?] )(?:declined|refused|turned down) (?:an?|the|his|her|their|this) (?:\\S+ ){0,3}(?:offer|proposal|request)',
      'not how (?:i|we) (?:operate|work|do (?:business|things))',
      '(?:i|we) (?:said no|declined|refused|turned (?:it|him|her|them) down)', "(?:i'?m|i am|we'?re) reporting (?:it|him|her|them|this|the)",
      '(?:i|we) (?:reported|flagged) (?:it|him|her|them|this|the)', "(?:report|flag) (?:it|him|her|them|this) to (?:upwork|support)",
      // "I'll pass on the "5 stars if you knock 10% off" idea": the offer may be quoted in full before "idea".
      'i\'?ll pass on (?:that|this|the (?:\\S+ ){0,10}(?:idea|offer|suggestion|deal))',
      '(?:going to|gonna) pass(?: on (?:that|this|the))?', 'i\'?d rather not',
      '(?:can\'?t|cannot|won\'?t) do (?:\\S+ ){0,4}in return for',
      // Batch 119: "you offer me 20% on the last milestone if I leave 5 stars. I prefer to say no, and I say it kindly."
      '(?:i|we) (?:prefer|have|want|need|would like) to say no', '(?:i|we) (?:say|must say|will say) no\\b(?! to (?:you|the) (?:logo|design|draft|colou?r))',
    ],
    es: ['(?:lo|la|los) rechace', 'le dije que no', 'me negue', '(?:lo|la) denuncie', 'lo reporte',
      'no,? gracias', 'ni hablar', 'no,? grazie',
    ],
    pt: ['recusei', 'eu disse (?:que )?nao', 'denunciei',
      'nem pensar', 'nao,? obrigad[oa]',
    ],
    fr: ["j'ai (?:dit non|refuse|decline|signale)"],
    de: ['(?:hab|habe) (?:\\S+ )?abgelehnt', '(?:hab|habe) (?:\\S+ )?gemeldet', 'ich (?:lehnte|sagte nein)',
      'bin ich raus', 'nein,? danke',
    ],
    ru: ['(?:я )?отказал\\S*', 'пожаловал\\S*'],
    uk: ['(?:я )?відмовив\\S*', 'поскаржив\\S*'],
    hi: ['mana kar diya', 'report kar diya'],
    ur: ['mana kar diya', 'report kar diya'],
    tl: ['tumanggi ako', 'ni-?report ko'],
    id: ['(?:saya|aku|gue) (?:tolak|menolak)', '(?:saya|aku) laporkan'],
    // Arabizi "ana reported el post", "ana 3amalt report": I reported it.
    ar: ['رفضت', 'بلغت عنه', 'ana (?:reported|flagged|3amalt report|ballaght|balla8t)'],
    tr: ['reddettim', 'sikayet ettim'],
    zh: ['没答应', '沒答應', '拒绝', '拒絕', '没同意', '沒同意', '举报', '舉報'],
    vi: ['tu choi', '(?:da )?bao (?:cao )?(?:upwork|support)', 'khong dong y'],
    ha: ['na ki', 'na ce a\'?a', 'na kai rahoto'],
    yo: ['mo ko jale', 'mo ko (?:fun|lati)', 'mo (?:ti )?royin', 'mi o gba'],
    ig: ['ajuru m', 'ekweghi m', 'akooro m upwork'],
    so: ['waan diiday', 'waan soo sheegay'],
    mg: ['nolaviko', 'nanda aho', 'notaterako'],
  },
  examples: ['Declined a buyer\'s offer today.', 'that is not how we operate',
    
    // Tamil, Telugu, Nigerian Pidgin.
    'naan marutthen', 'nenu oppukoledu', 'I no gree',
    'I declined and flagged it to Upwork', "I'm reporting it to support", 'I reported him', 'y lo rechacé',
    "j'ai dit non", 'hab abgelehnt', 'отказался'],
  counterExamples: ['if you refuse I will leave one star', 'do not report me'],
});

/** Reviews traded both ways: "let's swap reviews", "you rate me, I rate you", "ты мне 5 звезд, я тебе 5 звезд". */
export const REVIEW_SWAP = defineClass({
  name: 'REVIEW_SWAP',
  doc: 'Two people trading reviews: a swap, an exchange, each rating the other.',
  words: {
    // Japanese: reviews exchanged, stars given to each other; Swahili: tubadilishane reviews.
    ja: ['(?:レビュー|評価)(?:を)?交換', '(?:お互い|互いに)\\S{0,16}(?:つけ|付け)合', '相互評価'],
    sw: ['(?:tu|ku)badilishan\\S* (?:reviews?|maoni|nyota|feedback|stars?)'],
    en: [
      '(?:swap|trade|exchange) (?:of )?(?:our |good |positive |5[- ]star |five[- ]star )?(?:reviews|ratings|feedback|stars)',
      '(?:review|rating|feedback|5[- ]star|five[- ]star) (?:swaps?|exchanges?|trades?|circles?|rings?)',
      '(?:leave|give|rate|review) each other', 'each other (?:5|five)[- ]?stars?',
      // ...not a record told: "I'm new here (2 completed jobs, both 5 stars)".
      '(?:we |you )?both (?:get|leave|give|receive) (?:5|five)[- ]?stars?', '(?<!(?:jobs|projects|contracts|orders|gigs|reviews),? )both (?:5|five)[- ]?stars?',
      '(?:you|u) rate (?:me|us),? (?:and )?(?:i|we) rate (?:you|u)', '(?:i|we) rate (?:you|u),? (?:and )?(?:you|u) rate (?:me|us)',
      'i get (?:5|five)[- ]?stars? from you', 'you get (?:5|five)[- ]?stars? from me',
      // The writer's review made to mirror the reader's: "the rating I give you will match the one you give me", "rate me five and
      // you get five back", "I'll leave a great one as soon as yours for me is five stars".
      '(?:the |my )(?:score|rating|review|feedback|stars?) (?:i give you|i leave you|i leave for you|for you)(?: as a client)? (?:will |would |is going to )?' +
        '(?:mirror|match|equal|copy|depend on) (?:the one|whatever|what|yours|the (?:score|rating|review|stars?) you)',
      '(?:rate|give|leave) (?:me|us) (?:a )?(?:5|five|10|ten|top|full)(?: stars?)? and (?:you|u)(?:\'ll| will)? get (?:5|five|10|ten|the same|it|them)(?: stars?)? back',
      '(?:as soon as|once|when|after) yours (?:for me )?(?:is|shows|says|reads) (?:a )?(?:5|five|10|ten)',
    ],
    // Italian is filed with Spanish (the lexicon has no Italian key): "tu fai lo stesso con loro".
    es: ['intercambi\\S* (?:de )?(?:resenas|calificaciones|estrellas)', 'tu me calificas (?:\\S+ )?y yo te', 'yo te califico (?:\\S+ )?y tu',
      'scambi\\S* (?:di )?(?:recensioni|stelle)', 'ti lasciano (?:le )?(?:5|cinque) stelle,? tu fai lo stesso',
      'y tu me la dejas',
    ],
    pt: [
      'avalio (?:\\S+ ){0,3}bem se (?:\\S+ ){0,3}(?:me )?avaliar bem',
      'uma mao lava a outra',
      'troca (?:de )?(?:avaliacoes|estrelas|reviews)', 'voce me avalia (?:\\S+ )?e eu te',
      // Batch 119: "cada um dá 5 estrelas pro outro" (each gives the other five stars).
      '(?:5|cinco) estrelas (?:um )?(?:pro|para o|pra o) outro', '(?:nos )?avaliamos (?:um ao outro|mutuamente)'],
    fr: ["echange (?:d'|de )?(?:avis|notes|etoiles)", 'tu me notes (?:\\S+ )?(?:et )?je te',
      'tu fais pareil pour moi',
      // Batch 119: "on valide tout de suite et on s'échange 5 étoiles".
      "s'?echang\\S* (?:les |nos |des )?(?:(?:5|cinq) )?(?:etoiles|avis|notes)", '(?:5|cinq) etoiles (?:chacun|mutuellement|l.un (?:a|pour) l.autre)',
    ],
    de: ['bewertest mich(?: mit (?:5|funf))?,? ich dich', 'bewertungs-?tausch', 'tausch\\S* (?:von )?bewertungen',
      // Batch 119: "wir beenden den Vertrag heute schon und geben uns gegenseitig 5 Sterne".
      '(?:geben|bewerten|vergeben) uns gegenseitig', 'gegenseitig (?:5|funf|volle|gute) (?:sterne|bewertungen)',
      // Polish is filed with German (the lexicon has no Polish key): "zmień ocenę na 5, to ja podniosę twoją".
      'wymian\\S* (?:opinii|ocen)', 'to ja podnios\\S* (?:twoja|twoje)'],
    ru: ['ты мне (?:5|пять) (?:звезд\\S*)?,? ?(?:а )?я тебе', 'вы мне (?:5|пять) (?:звезд\\S*)?,? ?(?:а )?я вам',
      'обмен отзывами', 'отзыв на отзыв'],
    uk: ['ти мені (?:5|п.ять) (?:зір\\S*)?,? ?(?:а )?я тобі', 'обмін відгуками', 'відгук на відгук',
      'я тобі (?:5|п.ять) зір\\S*', 'давай обміняємо\\S* (?:відгук|зірк|оцінк)\\S*',
    ],
    hi: [
      'review de do,? (?:\\S+ ){0,3}(?:main|mai) (?:aapko|apko|tumhe) (?:\\S+ ){0,4}de (?:deta|dunga|deti|dungi)',
      '(?:aap|tum) mujhe (?:5|five|paanch) star (?:do|dena|dijiye),? (?:main|mai|me) (?:aapko|tumhe)', 'review exchange'],
    // The reader's review asked back with "you too" / "I too": Marathi "mi pan tumhala 5 star deto", Nepali "tapai le pani
    // mero job ma ramro review", "म पनि तपाईंलाई ५ स्टार", Hindi "मैं भी आपको 5 स्टार", Bengali "আমিও
    // আপনাকে ৫ স্টার".
    mr: ['(?:mi|me) (?:pan|pn) (?:tumhala|tula) (?:5|paach|pach) star', 'मी (?:पण|सुद्धा) (?:तुम्हाला|तुला) (?:5|पाच) ?स्टार'],
    ne: ['(?:ma|hami) (?:pani|ni) (?:tapai ?lai|timi ?lai) (?:5|panch) star',
      'tapai ?le (?:pani|ni) (?:mero|malai|hamro) (?:\\S+ ){0,3}(?:ramro |positive |5 star )?(?:review|feedback|rating)',
      '(?:म|हामी) पनि (?:तपाईंलाई|तपाईलाई|तिमीलाई) (?:5|पाँच) ?(?:स्टार|तारा)',
      'तपाईंले पनि (?:मेरो|मलाई|हाम्रो) (?:\\S+ ){0,3}(?:राम्रो )?(?:रिभ्यु|रिभ्यू|रिव्यू|' +
        'फिडब्याक)'],
    bn: ['আমিও (?:আপনাকে|তোমাকে) (?:5|পাঁচ) ?স্টার',
      'আপনিও (?:আমাকে|আমার) (?:\\S+ ){0,3}(?:ভালো |৫ স্টার )?(?:রিভিউ|ফিডব্যাক|স্টার)',
      'ami ?o (?:apnake|tomake) (?:5|panch) star'],
    ur: ['(?:aap|tum) mujhe (?:5|five|paanch) star (?:do|dein|dena),? (?:main|mai) (?:aapko|tumhe)', 'review exchange'],
    tl: ['palitan tayo ng (?:\\S+ )?(?:review|rating|feedback)', 'ikaw na bahala sa(?:kin|akin)'],
    id: ['tukar(?:an)? (?:review|ulasan|rating|bintang)', 'saling (?:kasih|beri) (?:review|bintang|rating)'],
    ar: ['تقييم مقابل تقييم', 'وانت تحط لي', 'تبادل (?:التقييمات|تقييمات)', 'nbadel (?:el )?(?:reviews?|ta2yeem)', 'enta btektobli',
      'enta te3mel(?:li)? nafs el (?:shi|haga|7aga)',
    ],
    tr: ['ben de sana (?:\\S+ )?(?:verey\\S*|veririm)', 'karsilikli (?:yorum|puan|yildiz)', 'yorum takas\\S*'],
  },
  examples: ['te avalio bem se você me avaliar bem', 'review de do, main aapko bhi de dunga',
    "let's swap reviews", 'You rate us, we rate you', 'we leave each other 5 stars', 'both get 5 stars',
    'the rating I give you will match the one you give me', 'rate me five and you get five back',
    'ты мне 5 звезд, я тебе 5 звезд', 'sen bana 5 yıldız ver ben de sana vereyim', 'تقييم مقابل تقييم', 'palitan tayo ng good review'],
  counterExamples: ['both of us want a good result', 'rate each item from 1 to 5', '2 completed jobs, both 5 stars'],
});

/** A review changed, removed or kept quiet about something: what a writer pays for after the review is in. */
export const CHANGE_REVIEW = defineClass({
  name: 'CHANGE_REVIEW',
  doc: 'Changing, removing or softening a review already left: "edit your feedback", "change the 4 to a 5", "удалите отзыв".',
  words: {
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: the review changed or taken down.
    my: [
      '(?:review|feedback|ကြယ်) ?(?:ကို )?(?:ပြင်ပေးပါ|ပြင်ပါ|ဖျက်ပေးပါ|ဖျက်ပါ)',
    ],
    // Malayalam in its script and Manglish (round twenty-six): the review changed or taken down.
    ml: [
      '(?:റിവ്യൂ|റേറ്റിംഗ്|ഫീഡ്ബാക്ക്)\\S{0,4} (?:മാറ്റണം|മാറ്റൂ|മാറ്റ' +
        'ാമോ|ഡിലീറ്റ് ചെയ്യ\\S{0,4}|എടുത്തു കളയ\\S{0,4})',
      '(?:review|rating|feedback) (?:mattanam|mattu|mattamo|delete cheyy\\S{0,4})',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): the review changed or taken down.
    kn: [
      '(?:ರಿವ್ಯೂ|ಫೀಡ್‌ಬ್ಯಾಕ್|ರೇಟಿಂಗ್)\\S{0,3} (?:ಬದಲಾಯಿಸಿ|ತೆಗೆದುಹಾಕಿ|ಡಿಲೀಟ್ ಮಾಡಿ)',
      '(?:review|feedback|rating) (?:badalayisi|tegedu haaki|delete maadi)',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): the review changed or taken down.
    pa: [
      '(?:ਰਿਵਿਊ|ਫੀਡਬੈਕ|ਰੇਟਿੰਗ)\\S{0,3} (?:ਬਦਲ ਦਿਓ|ਬਦਲੋ|ਹਟਾ ਦਿਓ|ਡਿਲੀਟ ਕਰੋ)',
      '(?:ریویو|فیڈبیک) (?:بدل دیو|ہٹا دیو)', '(?:review|feedback|rating) (?:badal do|hata do|delete karo)',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): the review changed or taken down.
    gu: [
      '(?:રિવ્યુ|રિવ્યૂ|ફીડબેક|રેટિંગ)\\S{0,3} (?:બદલી નાખો|બદલો|હટાવી દો|ડિલીટ કરો)',
      '(?:review|feedback|rating) (?:badli nakho|badlo|hatavi do|delete karo)',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: the review changed or taken down.
    si: [
      '(?:රිවීව්|ෆීඩ්බැක්|රේටින්|ස්ටාර්)\\S{0,6} (?:එක )?(?:වෙනස් කරන්න|අයින' +
        '් කරන්න|මකන්න|ඩිලීට් කරන්න|අප්ඩේට් කරන්න|මකලා දාන්න)',
      '(?:review|feedback|rating) (?:eka )?(?:wenas karanna|ain karanna|delete karanna|update karanna)',
    ],
    nl: ['haal (?:\\S+ ){0,2}review weg', 'verwijder (?:\\S+ ){0,2}review'],
    // "șterge recenzia negativă", "schimbă review-ul".
    ro: ['sterge(?:ti)? (?:\\S+ ){0,2}(?:recenzia|review-?ul|feedback-?ul|ratingul|evaluarea)', 'schimba(?:ti)? (?:\\S+ ){0,2}(?:recenzia|review-?ul|feedback-?ul|ratingul|nota)'],
    th: ['ลบรีวิว', 'แก้รีวิว', 'เปลี่ยน(?:รีวิว|คะแนน|ดาว)'],
    // "xóa đánh giá xấu đi", "sửa lại review".
    vi: ['xoa (?:\\S+ ){0,2}(?:danh gia|review|sao)', '(?:sua|doi|nang) (?:lai )?(?:danh gia|review|so sao)'],
    az: ['(?:rey|ulduz|reytinq)\\S{0,5} (?:sil|deyis|duzelt|qaldir)\\S{0,5}'],
    en: [
      // The ask or the offer, not a story ("I removed my rating") or a product ("refunding removes their rating").
      '(?:change|edit|update|remove|delete|withdraw|replace|rewrite|revise|take down|raise|bump|retract|amend|upgrade)(?:ing)? ' +
        '(?:\\S+ ){0,3}(?:reviews?|feedback|ratings?|comments?|stars?)',
      '(?:change|bump|raise|edit|update) (?:the |it |that |my )?(?:\\d|one|two|three|four)(?: stars?)? to (?:a )?(?:5|five)',
      '(?:change|edit|update|remove|delete|withdraw|take down|rewrite|replace|retract) (?:it|that|this)',
      // The particle after the object: "take that review down", "pull it down".
      '(?:take|pull) (?:it|that|this|(?:that|the|this|your) (?:\\S+ )?(?:reviews?|feedback|ratings?|comments?)) (?:down|off)\\b',
      "change your mind about (?:the |your |my )?(?:review|feedback|rating)", "if (?:it'?s|it is|that'?s|the review is) (?:gone|removed|deleted|down)",
      "(?:doesn'?t|does not|won'?t|will not|don'?t) (?:appear|show up|get mentioned|mention \\S+)(?: \\S+){0,3} in (?:your|the) (?:review|feedback)",
      "so (?:it|that it|the review) (?:doesn'?t|does not|won'?t) mention",
      // Batch 119: "would you consider taking down the review? ... free, if that one goes away".
      '(?:taking|pulling) (?:down|off) (?:the |that |this |your )?(?:\\S+ )?(?:reviews?|feedback|ratings?|comments?)', 'if (?:that|this|it|the review)(?: one)? (?:goes|went) away',
    ],
    // Italian is filed with Spanish: "cambia la recensione", "togli la recensione".
    es: ['(?:cambi|modific|edit|elimin|borr|quit|cambiar)\\S* (?:\\S+ ){0,2}(?:resena|calificacion|valoracion|comentario|recensione)',
      '(?:togli|rimuovi|modifica)\\S* (?:\\S+ ){0,2}(?:recensione|valutazione)',
      // Round twenty-three: the review as a pronoun before the verb, as Italian and Spanish put it ("se la modifichi", "si la cambias").
      '(?:se|si) (?:me )?(?:la|lo|le) (?:modifichi|cambi|togli|rimuovi|alzi|correggi|cambias|modificas|quitas|borras|subes|editas)'],
    pt: ['(?:mud|alter|edit|remov|apag|exclu|tir)\\S* (?:\\S+ ){0,2}(?:avaliacao|nota|comentario|review)'],
    fr: ['(?:chang|modifi|retir|supprim|enlev|edit)\\S* (?:\\S+ ){0,2}(?:avis|note|evaluation|commentaire)'],
    // Polish is filed with German: "zmień swoją ocenę", "usuń opinię".
    de: ['losch(?:e|en sie)? (?:\\S+ ){0,2}bewertung', '(?:nimm|nehmen sie) (?:\\S+ ){0,2}bewertung (?:zuruck|raus|weg)',
      '(?:ander|entfern|losch|bearbeit|zuruckzieh)\\S* (?:\\S+ ){0,2}(?:bewertung|rezension)', '(?:bewertung|rezension) (?:\\S+ )?(?:andern|entfernen|loschen)',
      '(?:zmien|usun|popraw|edytuj)\\S* (?:\\S+ ){0,2}(?:opini|ocen|komentarz|recenzj|gwiazdk)\\S*',
      // Round twenty-three: the review as a pronoun in a condition ("wenn du sie änderst", "falls Sie sie löschen").
      '(?:wenn|falls) (?:du|sie|ihr) (?:sie|es|die|das) (?:anderst|andern|andert|loschst|loschen|entfernst|entfernen|anpasst|anpassen)'],
    ru: ['(?:измени|поменя|удали|исправ|убер|отредактир)\\S* (?:\\S+ ){0,2}(?:отзыв|оценк|звезд)\\S*'],
    uk: ['(?:змін|помін|видал|виправ|прибер|відредаг)\\S* (?:\\S+ ){0,2}(?:відгук|оцінк|зірк)\\S*'],
    hi: ['(?:review|feedback|rating) (?:change|edit|delete|update|hata)\\S*', '(?:review|feedback|rating) (?:ko )?(?:badal|hata)\\S*',
      // Batch 119: "review mein jo 'slow communication' likha hai wo hata do" (remove what you wrote in the review).
      '(?:review|feedback) (?:mein|me|main) jo [^.!?\\n]{0,40}? (?:hata|badal|change|delete|edit)\\S*'],
    ur: ['(?:review|feedback|rating) (?:change|edit|delete|update|hata)\\S*', '(?:review|feedback|rating) (?:ko )?(?:badal|hata)\\S*'],
    tl: ['(?:palitan|baguhin|burahin|i-?edit|tanggalin) (?:mo )?(?:\\S+ )?(?:review|rating|feedback)',
      // Batch 119: "pwede nyo po ba i-edit to 5?" (could you edit it to 5).
      '(?:i-?edit|palitan|gawin|gawing) (?:\\S+ ){0,3}(?:to|ng|sa) (?:5|five|lima)'],
    id: ['(?:ubah|ganti|hapus|edit|revisi) (?:\\S+ )?(?:review|ulasan|rating|bintang)',
      // Batch 119: "bisa diganti jadi 5 nggak kak?" (could it be changed to 5).
      '(?:diganti|diubah|ganti|ubah|dijadiin) (?:jadi|ke|menjadi) (?:bintang )?(?:5|lima)'],
    ar: ['(?:غير|عدل|احذف|امسح|شيل)\\S* (?:ال)?تقييم', '(?:ghayyer|3adel|ems7|shil) (?:el )?(?:review|ta2yeem)'],
    tr: ['(?:yorum|puan|degerlendirme)\\S* (?:degistir|sil|duzelt|kaldir|guncelle)\\S*'],
    // Round twenty-five: Hebrew, Japanese and Korean ("תמחק את הביקורת השלילית", "悪い評価を消してくれたら", "나쁜 리뷰 지워주면").
    he: ['(?:ת)?(?:מחק|שנה|ערוך|תקן|הסר)(?:י)? (?:את )?(?:ה)?(?:ביקורת|דירוג|חוות דעת|פידבק)'],
    ja: ['(?:レビュー|評価|低評価|悪評|口コミ)(?:を)?(?:消し|消して|削除|変更|修正|書き直|取り消|取り下げ)'],
    ko: ['(?:리뷰|후기|평가|별점|악평)(?:을|를)? ?(?:지워|지우|삭제|수정|바꿔|내려)'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['ändra\\S{0,2} (?:\\S+ ){0,2}(?:omdöme|betyg)\\S{0,3}', 'tar? bort (?:\\S+ ){0,2}(?:omdöme|betyg)\\S{0,3}'],
    no: ['endre (?:\\S+ ){0,2}(?:anmeldelse|vurdering)\\S{0,3}', 'slett\\S{0,2} (?:\\S+ ){0,2}(?:anmeldelse|vurdering)\\S{0,3}'],
    da: ['(?:ret|ændr|ændre) (?:\\S+ ){0,2}(?:anmeldelse|bedømmelse)\\S{0,3}', 'slet\\S{0,3} (?:\\S+ ){0,2}(?:anmeldelse|bedømmelse)\\S{0,3}'],
    fi: ['muuta (?:\\S+ ){0,2}(?:arvostelu|arvio)\\S{0,4}', 'poista\\S{0,2} (?:\\S+ ){0,2}(?:arvostelu|arvio)\\S{0,4}'],
    'is': ['breyttu (?:\\S+ ){0,2}umsögn\\S{0,4}', 'eyð\\S{0,3} (?:\\S+ ){0,2}umsögn\\S{0,4}'],
  },
  examples: ['edit your private feedback', 'change the 4 to a 5', 'would you consider withdrawing your feedback', 'if it is gone by tonight',
    'cambia la reseña', 'altere a avaliação', "retire ton avis", 'ändere die Bewertung', 'удалите отзыв', 'zmień swoją ocenę',
    'se la modifichi e metti cinque', 'Wenn du sie änderst'],
  counterExamples: ['I will update the design', 'change the logo to blue', 'refunding a customer removes their rating'],
});

/** What a writer offers for a changed review, beyond money back or free work: "I'll hire you again", "I'll compensate you". */
export const REVIEW_PAYOFF = defineClass({
  name: 'REVIEW_PAYOFF',
  doc: 'A payment or favour offered: compensation, the next job, a bonus released, money sent.',
  words: {
    // Polish: money offered for the rating ("zwrócę Panu część kosztów", "płacimy 30 zł").
    // Round twenty-five: Hebrew money back or a bonus ("ואני אחזיר לך כסף", "אתן לך בונוס").
    he: ['אחזיר לך (?:\\S+ )?(?:כסף|את הכסף)', 'אתן לך (?:\\S+ )?(?:בונוס|הנחה|כסף)'],
    pl: ['(?:zaplace|zaplacimy|placimy|place|oddam|zwroce|zwrocimy) (?:ci |panu |pani )?(?:\\S+ )?(?:\\d+|czesc|kase|pieniadze)', 'wynagrodz\\S*',
      'kolejne zlecenie'],
    en: ['compensat\\S*', 'every cent', 'hire you again', 'first pick', '(?:release|pay|send) (?:you )?the bonus', 'worth your while',
      '(?:pay|send|give|transfer) (?:you )?[$€£]?\\d+', '(?:comp|cover) (?:the|your|my) (?:last |next )?(?:invoice|bill|fee|hours?)',
      '(?:return|send back|give back) (?:\\S+ )?(?:money|fee|payment)', '(?:next|another) (?:job|project|order|task|contract) (?:is )?(?:free|on me)',
      'make it up to you', 'extra \\$',
      're-?open (?:the|this) contract',
      // Round twenty-three: any money verb before a sum ("I will refund you $30", "I'll throw you $100 extra"), a sum offered as extra,
      // and a thank-you "on the side".
      '(?:pay|send|give|transfer|refund|throw|wire|slip|toss) (?:you )?(?:back )?(?:an? )?(?:extra )?[$€£]\\d+',
      '[$€£]\\d+ (?:extra|bonus|more|on top)', '(?:thank[- ]you|something|bit|little extra) on the side',
    ],
    // Italian is filed with Spanish: "ti rimborso 50 euro".
    // Round twenty-four: a bonus for the changed review ("получишь бонус").
    es: ['te (?:pago|compenso|recompenso)', 'compensa\\S*', '(?:te|ti) (?:reembolso|devuelvo|rimborso|restituisco|pago|do|mando|regalo) (?:\\S+ )?\\d+'],
    pt: ['te (?:pago|compenso|recompenso)', 'compensa\\S*'],
    fr: ['je (?:te|vous) (?:paie|dedommage|rembourse)', 'dedommag\\S*'],
    de: ['entschadig\\S*', 'ich (?:zahle|uberweise|gebe|schicke) dir', '(?:zahle|uberweise|gebe|schicke) ich (?:dir|ihnen|euch)'],
    ru: ['компенсир\\S*', 'заплачу',
      'получишь (?:бонус|скидку|доплату|премию)', 'получите (?:бонус|скидку|доплату|премию)'],
    uk: ['компенсу\\S*', 'заплачу'],
    hi: ['paise (?:de dunga|dunga)'],
    ur: ['paise (?:de dunga|dun ?ga)'],
    id: ['(?:saya|aku) bayar'],
    tr: [
      // Turkish: money paid or sent back for the review.
      'oduyoruz', 'odeyecegiz', 'para veriyoruz', 'geri (?:gonderirim|oderim|veririm)',
      'odeme yaparim', 'para veririm'],
  },
  examples: ["I'm prepared to compensate you generously", "I'll return every cent", "I'll pay you $70", "I'll comp the last invoice",
    'I will refund you $30 from my side', "I'll throw you $100 extra", "I'll send you a little thank you on the side", 'ti rimborso 50 euro io',
    'überweise ich dir 100 Euro'],
});

/** The writer's power over the reader's review, held up as leverage: "remember who writes your review", "I decide your rating". */
export const REVIEW_POWER = defineClass({
  name: 'REVIEW_POWER',
  doc: 'The writer reminds the reader that they write the review or control the score.',
  words: {
    en: [
      // Round twenty: the review held until money comes back: "not closing the contract or rating you until you refund the first milestone".
      '(?:not|won\'?t|will not|no) (?:\\S+ ){0,4}(?:rat(?:e|ing)|review(?:ing)?|feedback) (?:you )?(?:until|till|til|unless|before) (?:you|u) (?:refund|return|give|send|pay)',
      'i (?:decide|control|write|choose) (?:your|ur) (?:rating|review|feedback|score|stars)', "(?:i'?m|i am) the one (?:who|that) (?:rates|reviews|writes)",
      'who (?:writes|leaves|gives) (?:your|ur|the) (?:review|feedback|rating)', 'how (?:i|we) rate (?:you|u) depends',
      '(?:my|our) (?:review|feedback|rating)(?: for this contract)? (?:will |would |could )?(?:depends?|affects?|could affect|can affect)',
      'how much (?:a|one) (?:1|one|2|two|bad)[- ]?(?:star )?(?:review|rating) costs', 'i know how (?:the )?(?:jss|job success(?: score)?) works',
      '(?:your|ur) (?:job success(?: score)?|jss|rating) depends on (?:clients|people|me|us)',
      'how much (?:reviews|feedback|ratings) matter', '(?:review|rating) from (?:an? )?(?:established|big|real) (?:company|client) is worth',
      '(?:tank|kill|ruin) (?:your|ur) (?:jss|job success|rating|profile) with one click',
      // "Send those over and I'll make sure your review reflects it": the review promised to follow the extra work.
      "(?:i'?ll|i will|we'?ll) make sure (?:your|ur|the) (?:review|feedback|rating) reflects (?:it|that|this)",
      // The review softened for money, or left out: "a discount would make my feedback warmer", "I'll leave no feedback at all",
      // "your rating stays clean".
      '(?:would|will|could|might) (?:really )?(?:make|improve|sweeten|soften|warm up|brighten|help) my (?:review|feedback|rating)s?',
      "(?:and|then) (?:i'?ll|i will|we'?ll) (?:just |simply )?(?:leave|give|write|post) no (?:feedback|review|rating)",
      '(?:your|ur) (?:rating|review|feedback|score|jss|profile|record) (?:stays|remains|will stay|will remain) (?:clean|safe|intact|spotless|untouched|perfect)',
      // Batch 119: "when the time comes to rate you, I remember who was generous", "my review is the one that will sit on top of your profile".
      '(?:when|once) (?:the time comes|it(?:\'s| is) time|it comes time) to (?:rate|review) (?:you|u)\\b[^.!?\\n]{0,30}?\\b(?:remember|generous|keep in mind)',
      '(?:my|our) (?:review|feedback|rating) is the one (?:that|which)(?: will)? (?:sits?|stays?) (?:on top of|at the top of) (?:your|ur) profile',
    ],
    // Italian is filed with Spanish: "la recensione la scrivo io".
    es: [
      '(?:la )?resena (?:la )?(?:escribo|dejo|pongo) cuando',
      'no (?:te )?(?:califico|dejo (?:la )?resena|pongo (?:la )?resena) hasta que',
      '(?:yo )?(?:decido|escribo) tu (?:resena|calificacion)', 'quien (?:escribe|deja|pone) tu (?:resena|calificacion)',
      'la recensione la scrivo io', 'chi (?:scrive|lascia) la (?:tua )?recensione',
      'piensa (?:bien )?(?:que|en que) (?:feedback|resena|calificacion)',
    ],
    pt: ['quem (?:escreve|deixa|da) (?:teu|seu|o teu|o seu|tua|sua) (?:review|avaliacao|nota)(?: sou eu)?', 'eu (?:decido|escrevo) (?:tua|sua) (?:avaliacao|nota)'],
    fr: ["c'est moi qui (?:note|evalue|ecris l'avis|laisse l'avis)", 'qui (?:ecrit|laisse) (?:ton|votre) avis'],
    // Polish is filed with German: "pamiętaj, kto wystawia ci ocenę".
    de: ['wer (?:am ende )?(?:deine|ihre) bewertung schreibt', 'ich (?:schreibe|entscheide) (?:deine|ihre) bewertung',
      'kto (?:wystawia|pisze) ci (?:ocen|opini)\\S*'],
    ru: ['(?:кто|я) (?:пишет|ставит|пишу|ставлю) (?:тебе |вам )?(?:отзыв|оценку)', 'отзыв (?:тебе |вам )?(?:пишу|ставлю) я'],
    uk: ['(?:хто|я) (?:пише|ставить|пишу|ставлю) (?:тобі |вам )?(?:відгук|оцінку)', 'відгук (?:тобі |вам )?(?:пишу|ставлю) я'],
    hi: ['(?:aapka|tumhara) (?:review|feedback|rating) (?:main|mai|me) (?:hi )?(?:likhunga|dunga|dena hai)'],
    ur: ['(?:aapka|tumhara) (?:review|feedback|rating) (?:main|mai) (?:hi )?(?:likhun ?ga|dun ?ga)'],
    tl: [
      'hindi ko (?:muna )?(?:ire-?rate|ira-?rate|ire-?review|bibigyan ng rating)',
      'ako ang (?:magre-?review|magbibigay ng rating|mag-?rate)'],
    id: ['yang (?:kasih|nulis|beri) (?:review|rating|bintang) (?:itu )?(?:saya|aku)'],
    ar: ['انا اللي (?:بكتب|بحط|اكتب|احط) (?:ال)?تقييم', 'التقييم بايدي',
      '(?:el )?(?:feedback|review|taqyeem|ta2yeem) (?:bta3ak|taba3ak|dyalek) (?:3andi|3ndi|fi eidi|f idi|b(?:e|i)?idi)',
      '(?:التقييم|الريفيو|الفيدباك) (?:حقك|تبعك|بتاعك|ديالك) (?:عندي|بايدي|بيدي)',
    ],
    tr: ['yorumunu (?:ben|kim) (?:yaz|ver)\\S*', 'puanini (?:ben|kim) ver\\S*'],
  },
  examples: ['I won\'t rate you until you refund', 'la reseña la dejo cuando', 'hindi ko muna ire-rate',
    'I decide your rating', 'remember who writes your review', "c'est moi qui note la mission", 'wer am Ende deine Bewertung schreibt',
    'kto wystawia ci ocenę', 'la recensione la scrivo io', 'quem escreve teu review sou eu',
    'a discount would make my feedback warmer', 'your rating stays clean'],
  counterExamples: ['we will not rate vendors until the audit is done',
    'the banner would make the review section cleaner', 'I will leave feedback when the contract ends'],
});

/** A contract opened only for its review: "a $1 fixed-price job", "a fake small job", "then we set up the real contract". */
export const FAKE_CONTRACT = defineClass({
  name: 'FAKE_CONTRACT',
  doc: 'A token or fake contract, made only so a review can be left on it.',
  words: {
    ar: [
      // Token contracts to leave reviews on: "عقود صغيرة بـ 5 دولار", "contracts so8ayara b 5$".
      'عقود (?:صغيرة|صغيره|وهمية|صورية|شكلية) ب ?ـ? ?\\d+', '(?:contracts?|3o2od|3oqood) (?:so8ayara|soghayara|sghira|zghira|wahmeya|wahmiya|soghayra) b ?\\d+',
    ],
    en: ['fake (?:small |tiny |little )?(?:jobs?|contracts?|tasks?|orders?|projects?)', '\\$\\d (?:fixed[- ]price )?(?:jobs?|contracts?|tasks?|gigs?|orders?)',
      '\\$\\d+ (?:jobs?|contracts?|tasks?) (?:for each other|between us)', '(?:the|a) real (?:contract|job|project)', 'no real work',
      '(?:contracts?|jobs?) between our (?:two )?accounts', "(?:i'?ll|i will) (?:cover the cost|reimburse you)", 'hire (?:me|her|him|each other) (?:back )?for something (?:tiny|small)',
      // Round twenty-one: hiring each other spelled out, any order and any words between ("we hire your team for two small editing gigs, you hire
      // ours for two blog posts").
      '(?:we|i) hire (?:you|your (?:team|agency|studio|company)) (?:\\S+ ){0,8}?(?:and )?(?:you|u) hire (?:us|me|ours|our (?:team|agency|studio|company))',
      '(?:you|u) hire (?:us|me|our (?:team|agency|studio|company)) (?:\\S+ ){0,8}?(?:and )?(?:we|i) hire (?:you|yours|your (?:team|agency|studio|company))',
      // Batch 119: one job split into token contracts for the count of reviews ("split the remaining work into 4 small fixed contracts of $20 each").
      'split (?:the |this |our )?(?:remaining |rest of the )?(?:work|project|job|milestones?) into (?:\\S+ ){0,2}(?:small|smaller|tiny|separate|mini) (?:fixed(?:[- ]price)? )?contracts'],
    es: ['trabajos? falsos?', 'contratos? falsos?', 'contrato real'],
    pt: ['trabalhos? falsos?', 'contratos? falsos?', 'contrato de verdade'],
    fr: ['faux (?:contrats?|jobs?|projets?)', 'contrats? fictifs?', 'missions? fictives?',
      'mission bidon', 'mini-mission bidon',
    ],
    de: ['fake-?(?:auftrag|auftrage|jobs?)', 'scheinauftr\\S*'],
    ru: ['фейков\\S* (?:заказ|контракт)\\S*', 'фиктивн\\S* (?:заказ|контракт)\\S*'],
    uk: ['фейков\\S* (?:замовлен|контракт)\\S*', 'фіктивн\\S* (?:замовлен|контракт)\\S*'],
    hi: ['fake (?:job|contract|order)'],
    ur: ['fake (?:job|contract|order)'],
    id: ['(?:job|kontrak|order) (?:palsu|bohongan)'],
    tr: ['sahte (?:is|proje|sozlesme)\\S*'],
  },
  examples: ['a $1 fixed-price job', 'hire me for a fake small job', 'then we set up the real contract', "I'll cover the cost",
    'create a few small contracts between our accounts'],
  counterExamples: ['a small paid test task first'],
});

/** A top score promised or required in advance: "agrees upfront to a 5-star rating", "it needs to be five stars". */
export const TOP_REQUIRED = defineClass({
  name: 'TOP_REQUIRED',
  doc: 'A top score made a requirement or the price of a deal.',
  words: {
    en: [
      // Round twenty, phone chat: the job traded for a promised score: "i give u the job if u promise 5 star", "al give ye the job if ye promise a 5 star back".
      '(?:give|hire) (?:u|you|ye) (?:the job|the contract|it) (?:only )?if (?:u|you|ye) promise',
      '(?:commits?|agrees?)(?: upfront| in advance| beforehand)? to', "(?:it|the review|the rating|your feedback) (?:needs|has|must) (?:to )?be",
      // (Not "in exchange for a review": the words of every refusal and every rule.)
      'in return (?:for|is)', 'the only thing i ask(?: in return)? is', "all i'?m asking(?: back)? is", 'the trade-?off',
      // Round twenty-four: "All I ask is that you close that small contract with 5 stars", "please don't give below 5 stars".
      'all i ask is (?:that )?(?:you )?(?:close|end|finish|wrap up|rate|leave|give)',
      "(?:don'?t|do not|never) (?:give|leave|rate)(?: us| me)? (?:anything )?(?:below|less than|under|lower than)(?= (?:5|five|10|ten)\\b)",
      "only (?:leave|give|post) (?:feedback|a review|a rating|one) if (?:it'?s|it is)", 'that was (?:our|the) (?:agreement|understanding|deal)',
      // The top score asked whatever the reader thinks of the work: "whether you like it or not", "even if you're not happy".
      'whether you (?:like|liked|love) (?:it|the work|the result) or not(?= *(?:[.!?]|$))',
      'even if you(?:\'re| are) not (?:100% )?(?:happy|satisfied)(?= *(?:[.!?]|$))',
      // The top score made a term of the offer: "my offer includes a condition: the client leaves five stars", "one small condition:
      // a 5-star rating after the first milestone" (not "on condition that", said of anything).
      '(?:my |the |this |our )?(?:offer|quote|price|rate|proposal|bid) (?:includes|comes with|has|is based on) (?:a |one )?(?:small |simple )?condition',
      '(?:one|a|my|the only|just one) (?:small |simple |little )?condition(?: is)?:',],
    es: ['a cambio (?:de|te pido)', 'tiene que ser', 'aunque no (?:estes|este|quedes|quede) (?:100 ?% )?(?:content[oa]|satisfech[oa])'],
    pt: ['em troca (?:de|eu peco)', 'tem que ser', 'mesmo que (?:voce )?nao (?:goste|fique satisfeit[oa]|fique content[oa])'],
    // "chahe kaam pasand aaye ya na aaye" (whether or not you like the work), "shart ye hai" (the condition is).
    hi: ['chahe (?:kaam )?pasand aa?ye ya na aa?ye', 'shart (?:ye|yeh) hai'],
    ur: ['chahe (?:kaam )?pasand aa?ye ya na aa?ye', 'shart (?:ye|yeh) hai'],
    fr: ['en echange (?:de|je demande)', 'doit etre'],
    de: ['im gegenzug', 'muss(?: es)? (?:schon )?sein'],
  },
  examples: ['i give u the job if u promise',
    'the client agrees upfront to a 5-star rating', 'it needs to be five stars', 'all I\'m asking back is the perfect score',
    'one small condition: a 5-star rating'],
  counterExamples: ['the rating prompt appears after checkout'],
});

/** Reviews bought by the piece, or reviewers recruited for pay: "$5 per five-star review", "招刷好评", "20k/đánh giá". */
export const REVIEW_BOUGHT = defineClass({
  name: 'REVIEW_BOUGHT',
  doc: 'A price per review, or people hired to post reviews.',
  words: {
    ru: [
      '(?:попрошу|попросить|попрошу своих) (?:знакомых|друзей|коллег) оставить (?:вам |тебе )?отзыв\\S*',
    ],
    // Turkish: a price per review ("Her 5 yıldızlı yorum için 100 TL ödüyoruz").
    tr: ['(?:her|bir) (?:\\S+ )?(?:yorum|degerlendirme|yildiz)\\S* (?:icin|basina) (?:\\d+ ?(?:tl|lira|\\$|dolar|usd))',
      '(?:yorum|degerlendirme)\\S* (?:basina|icin) \\d+ ?(?:tl|lira|dolar)', '\\d+ ?(?:tl|lira) (?:oduyoruz|veriyoruz|odeyecegiz)'],
    // Polish: a price per review ("Płacimy 30 zł za każdą opinię").
    pl: ['\\d+ ?(?:zl|pln|zlotych|\\$|usd|euro) (?:za|od) (?:kazda |kazdy |jedna )?(?:opini\\S*|ocen\\S*|recenzj\\S*|gwiazdk\\S*)',
      '(?:placimy|zaplacimy|platne) (?:\\S+ )?za (?:kazda |kazdy )?(?:opini\\S*|ocen\\S*|recenzj\\S*)'],
    en: [
      // Round twenty: reviews arranged from friends for a price: "I can get my friends to leave you reviews".
      '(?:ask|get|have) (?:my |some )?(?:friends|contacts|colleagues|people i know) (?:to )?(?:leave|write|post|give) (?:you )?(?:\\S+ )?reviews',
      '[$€£]\\d+(?:\\.\\d\\d)? (?:for (?:each|every|a)|per|a|each|every) (?:(?:5|five)[- ]?star |positive |good )?(?:review|rating)(?! cop)',
      '\\d+ (?:dollars?|usd|bucks|euros?) (?:for (?:each|every|a)|per|a|each|every) (?:(?:5|five)[- ]?star |positive |good )?(?:review|rating)(?! cop)',
      '(?:pay|paying|reward) (?:you |people |reviewers )?(?:for|per) (?:each|every) (?:(?:5|five)[- ]?star |positive |good )?(?:review|rating)',
      'paid (?:5|five)[- ]?star reviews?',
      // Round twenty-one: the price of a good review asked or named ("what's the price of a five-star review from you?", "how much for a positive rating?").
      '(?:price|cost|rate|fee) (?:of|for) (?:a |one |each |every |your )?(?:(?:5|five)[- ]?star|positive|good|glowing|top) (?:review|rating)s?' +
        '(?! (?:widgets?|modules?|sections?|components?|badges?|pages?|systems?))',
      'how much (?:for|is|would|do you (?:charge|want) for) (?:a |one |each |your )?(?:(?:5|five)[- ]?star|positive|good|glowing|top) (?:review|rating)',
      // Reviews, stars and followers sold in bulk: "Buy verified Google reviews", "buying elite Yelp reviews", "we sell: stars, forks, followers".
      '(?:buy|buying|purchase|purchasing|order) (?:\\S+ ){0,2}(?:google|yelp|trustpilot|amazon|tripadvisor|facebook|positive|negative|(?:5|five)[- ]?star) reviews',
      '(?:we|i) sell:? (?:\\S+ )?(?:stars|followers|likes|upvotes|reviews|ratings)[,;] (?:\\S+[,;] ){0,6}(?:\\S+ )?(?:stars|forks|followers|likes|upvotes|reviews|ratings|watchers)',
      '(?:reviews|followers|likes|upvotes|github stars) for sale',
      'any number of (?:5|five)[- ]?star (?:reviews|ratings)',
      '(?:100 ?%|fully) (?:real|genuine|authentic|non-?drop) (?:reviews|followers|likes|upvotes)',
    ],
    es: ['\\d+ ?(?:\\$|usd|dolares|euros?|pesos) (?:por|x) (?:cada )?(?:resena|calificacion|review)'],
    pt: ['\\d+ ?(?:reais|r\\$|\\$|usd) (?:por|cada) (?:avaliacao|review)'],
    // "招刷好评" (reviewers wanted), "刷单", "一条五星好评给你10块" (a review, ten yuan).
    zh: ['招刷', '刷(?:好评|好評|五星|评价|評價|单|單)', '(?:一|每)(?:条|條|个|個)(?:五星)?(?:好评|好評)(?:给你|給你|返)?\\d+'],
    // "Tuyển CTV đánh giá 5 sao, 20k/đánh giá", "trả 50k cho mỗi đánh giá".
    vi: ['\\d+k ?\\/ ?(?:danh gia|review)', '\\d+k (?:cho )?(?:moi|1|mot) (?:danh gia|review)', 'tuyen ctv (?:viet )?(?:danh gia|review)'],
  },
  examples: ['I can get some friends to leave you reviews', 'попрошу друзей оставить отзывы',
    '$5 per five-star review', 'we pay $10 for each positive review', '招刷好评兼职', '一条五星好评给你10块', 'Tuyển CTV đánh giá 5 sao, 20k/đánh giá',
    'Buy real Google reviews today, fast delivery', 'Purchasing cheap Trustpilot reviews boosts trust', 'We sell: GitHub stars, forks, watchers and followers.',
    'Instagram followers for sale, cheap', 'I can add any number of 5-star reviews for your shop', 'Packages of 100% real reviews, no password needed'],
  counterExamples: ['ask your customers to leave reviews on Google',
    'the review costs me an hour', '刷新好评列表', '$5 for a review copy of the book',
    'Customers buy the product after reading our Google reviews', 'Why do people buy fake reviews at all?', 'We sell handmade soap; our reviews are on Etsy', 'I sell prints, stickers and mugs',
    'Show the stars and reviews for each product for sale', 'Any number of reviews can be shown on the page'],
});
