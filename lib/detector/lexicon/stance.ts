/**
 * How a sentence stands towards what it mentions: refusing it, keeping things on
 * Upwork, or talking about building it as work. Rules read these around a frame's
 * match so that "I said no to PayPal" or "I integrated Pix" is not a violation.
 */
import { defineClass } from './word-class';

/** Negations, per language: read only in the words just before a match. */
export const NEGATION = defineClass({
  name: 'NEGATION',
  doc: 'Negations: no, not, never.',
  words: {
    lt: [
      'ne(?:galiu|noriu|moku|mokesiu|siunciu|duosiu|dalinu|dalinsiu|siusiu)', 'niekada', 'niekad',
    ],
    lv: [
      'ne(?:varu|gribu|maksaju|sutu|dosu|dalos|dalisos)', 'nekad', 'nekada gadijuma',
    ],
    et: [
      'ei (?:saa|taha|maksa|saada|anna|jaga)', 'mitte kunagi', 'iialgi',
    ],
    sq: [
      'nuk (?:mund|dua|paguaj|dergoj|jap|ndaj)', 'kurre', 'asnjehere',
    ],
    sk: [
      'ne(?:mozem|chcem|platim|poslem|dam|zdielam)', 'nikdy',
    ],
    mk: [
      'не (?:можам|сакам|плаќам|праќам|давам|делам)', 'никогаш',
    ],
    sl: [
      '(?<!ce )ne (?:morem|smem|zelim|placam|posljem|dam|delim|dajem)', 'nikoli', 'nikakor',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: do not.
    km: [
      'កុំ',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: not (the verb's ending).
    my: [
      'ဘူး', 'မဟုတ်', 'buu',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): not, no.
    kn: [
      'ಇಲ್ಲ', 'ಬೇಡ', 'illa', 'beda',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): not, no.
    pa: [
      'ਨਹੀਂ', 'ਨਾ', 'نئیں', 'nahi',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): not, no.
    gu: [
      'નહીં', 'નહિ', 'નથી', 'ના', 'nathi', 'nahi',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: not, do not.
    si: [
      'නෑ', 'නැහැ', 'එපා', 'නෙවෙයි', 'නොවේ', 'epa', 'newei',
    ],
    th: ['(?:ผม|ฉัน|เรา|หนู)ไม่', 'ไม่คุย', 'ไม่แชร์', 'ไม่ขาย'],
    // Croatian, Serbian and Bosnian negations before a verb (not 'ako ne', a condition), Azerbaijani 'heç vaxt', Georgian 'არ'/'ვერ' before a verb and 'არასდროს'.
    // Amharic negates in the verb's ending and is read by REFUSED.
    hr: ['(?<!ako )ne (?:mogu|smijem|smem|zelim|placam|saljem|dajem|cu|mozemo|dam)', 'necu', 'nikad(?:a)?', 'nikako'],
    sr: ['(?<!ако )не (?:могу|смем|желим|плаћам|шаљем|дајем|можемо|дам)', 'нећу', 'никад(?:а)?', 'никако'],
    az: ['istemirem', 'istemirik', 'lazim deyil', 'hec vaxt', 'hec zaman'],
    ka: ['(?<!თუ )(?:არ|ვერ) (?:შემიძლია|მოგცემ|გადავიხდი)',
      '(?<!თუ )(?:არ|ვერ) (?:ვიხდი|მინდა|გეტყვი|გაგიზიარებ)', 'არასდროს', 'არასოდეს',
      '(?<!tu )(?:ar|ver) (?:shemidzlia|mogcem|gadavixdi)', 'arasdros'],
    // Greek never, not (not "αν δεν", if not, a condition; not Greeklish "den" or "pote": German "den", French "pote");
    // Hungarian never and the negations before a verb (not the bare "nem": "ha nem fizetsz" is a condition).
    // Malayalam negates after the verb and is read by REFUSED.
    el: ['(?<!αν )δεν', 'μην', 'ποτε', 'οχι', 'oxi'],
    hu: ['soha', 'sosem', '(?<!ha )nem (?:fogok|fogunk|akarok|tudok|kell|kellene|szabad|fizetek|fizetunk|dolgozom|dolgozunk|adok|adom)',
      'ne (?:fizess|fizessen|kuldj|kuldjon|irj|irjon|utalj|utaljon)'],
    // Polish: never, I will not, I do not want; not the bare "nie", which is inside conditions ("jak nie dasz 5 gwiazdek").
    // Round twenty-five: Hebrew, the writer's own "I do not move / give / pay" (not "אם לא", a condition).
    he: ['(?<!אם )לא (?:אעבור|עובר|עוברת|אתן|נותן|נותנת|אשלם|משלם|אעביר|מעביר|אקבל|מקבל|אשתף|משתף)', 'לעולם לא',
      'אף פעם לא'],
    // Round twenty-five: the writer's own present refusals ("nie przenoszę rozmów", "nie podaję numeru", "nie przyjmuję przelewów").
    pl: ['nigdy', 'nie (?:bede|chce|zamierzam|moge|mozemy|placimy|place|pracuje|pracujemy)',
      'nie (?:przenosze|przenosimy|podaje|podajemy|wysylam|przyjmuje|przyjmujemy|akceptuje|wymieniam|udostepniam|dzwonie|robie|wychodze)'],
    // Swahili negative forms that come before the act: tusifanye (let us not do), sitaki (I do not want).
    // ...and the writer's own present and future negatives of taking, using and paying: "sipokei M-Pesa" (I do not take), "sitatumia" (I will not use).
    sw: ['tusi(?:fanye|lipane|ongee|hamie|tumie|toke)', 'usi(?:fanye|nitumie|nilipe|lipe|tumie|hamie)', 'sitaki', 'sihitaji', 'sitahitaji', 'hapana', 'kamwe',
      'si(?:pokei|kubali|tumii|lipi|toi|tumi|hami|fanyi)', 'sita(?:pokea|tumia|lipa|toa|tuma|hama|fanya)'],
    en: ['not', 'never', "don'?t", "won'?t", "can'?t", 'cannot'],
    es: ['no', 'nunca', 'jamas'],
    // Not Vietnamese "nào" (which), folded to the same letters: "bạn nào", "khi nào", "thế nào".
    pt: ['(?<!(?:ban|khi|luc|cho|nguoi|viec|ngay|thang|kieu|the|loai|phan) )nao', 'nunca', 'jamais'],
    // Not Lithuanian and Latvian "ne" (not) before "per Upwork", "čia" (here), "caur" (through), "šeit" (here) (round twenty-seven).
    // Not Albanian "në" (in), typed "ne" and folded to the same letters, before a place or a channel ("më shkruaj në Viber", "në llogari").
    // Round thirty: not Hindi and Urdu "ne" (the doer's mark) before a pronoun or a verb of saying ("roommate ne mere account se bheja",
    // "client ne kaha").
    fr: ['ne(?! (?:upwork|viber|whats|telegram|skype|signal|instagram|telefon|email|llogari|privat|mesazh|dore|platform|kete|ate|nje|numr|profil|faqe|per upwork|cia|caur|seit))' +
      '(?! (?:mere|meri|mera|mujhe|aap|aapke|apna|apni|apne|hamare|hamari|humein|hume|kaha|bola|bataya|uske|unke|tumhe|tumhare|meray|mujhay))',
      'pas', 'jamais'],
    de: ['nicht', 'nie', 'niemals', 'kein', 'keine'],
    ru: ['не', 'нет', 'никогда'],
    uk: ['не', 'ні', 'ніколи'],
    // Not Vietnamese "mặt", "mật", "mất" ("tiền mặt", cash; "mật khẩu", password; "mất phí", a fee lost), folded to the same letters.
    // "na hi login share karta hoon" (nor do I share the login): the second half of a refusal.
    hi: ['nahi', 'nahin', 'nhi', 'na hi', '(?<!(?:tien|gap|bi|da|lam|do|khong) )mat(?! (?:khau|phi|tien|acc|tai|mang|nhu|hang))'],
    ur: ['nahi', 'nahin', 'nhi', 'na hi', '(?<!(?:tien|gap|bi|da|lam|do|khong) )mat(?! (?:khau|phi|tien|acc|tai|mang|nhu|hang))'],
    // "Wala po kayong babayaran sa labas" (you pay nothing outside); not "wala nang fee" (no more fee), a lure.
    // Cebuano (filed here) before the person: "dili ko modawat og GCash" (I do not accept), "dili mi mobayad" (we do not pay).
    tl: ['hindi', 'wag', 'huwag', 'wala(?: po)? (?:kayong|kang|akong|tayong|kaming)', 'dili (?:ko|ako|mi|kami|nako|namo|ta|kita)'],
    id: ['tidak', 'gak', 'nggak', 'enggak', 'jangan', 'bukan'],
    ar: ['لا', 'لن',
      'ma fi da3i', 'mafi da3i', 'mesh lazem', 'mish lazem', 'msh lazem', 'la2',
      // Egyptian "ma2darsh" (I can't), "mafeesh" (there is no): "ma2darsh a2bal ay payment barra", "mafeesh ay payments barra".
      'ma2dar(?:sh|tsh)', 'maf(?:ee|i)sh',
      // "I do not want": "ma bade ra2mak", "مش عايز رقمك", Darija "ma bghitch".
      'ma ?b?ad+[eiy]', 'ma bdi', 'm(?:e|i)?sh (?:3ayez|3ayz|3awez)', 'ma (?:ab8a|abgha|abi|bghit|bghitch)', 'mab8a', '(?:ما|مش|مو) (?:بدي|عايز|عاوز|ابغى|ابي|بغيت)',
      'مابدي',
    ],
    tr: [
      // Turkish negative forms: do not, let us not ("ödeme yapma"); not "sakın" (do not!), which folds to Tagalog "sakin" (to me).
      'yapma(?:yin|yiniz|yalim)?', 'etme(?:yin|yelim)?', 'istemiyorum', 'yapmam', 'yapmiyorum', 'gondermem',
      'degil', 'asla'],
    // Malay "tak" (not) only before its verbs ("I tak boleh share nombor"): Javanese "tak bayar", "tak kasih" is "I pay", "I give".
    ms: ['tak (?:boleh|payah|perlu|nak|dapat|pernah|mahu|reti)'],
    // Not the bare 不 ("不然", "不错", "不难"): the negations that forbid or refuse; not inside an A-not-A question ("可不可以", "要不要").
    // Not the Japanese 別 of "別の場所" (another place), "別に", "別途" (separately), "別件" (Round twenty-five).
    zh: ['(?<!要)不要', '(?<!能)不能', '(?<!可)不可以', '不准', '别', '別(?![のに途件々])', '唔好', '唔可以', '勿', '从不', '從不', '绝不', '絕不'],
    // Not the bare "không" (it closes every yes-no question) nor "đừng" (it folds to "dung", as "dùng", use, does).
    // Round 29: "không" that ends the words before the match, right before its verb: "em không [nhận tiền ngoài Upwork]" (I do not take
    // money outside). Only at the end of the lead, where no yes-no question closes (it ends the sentence: "... được không?").
    vi: ['(?:khong|ko|k) lam (?:ngoai|viec ngoai)', 'khong bao gio', 'khong (?:duoc|nen|the|dung|muon|gui|cho)', 'ko (?:duoc|nen|dung|gui|cho)', 'chang bao gio',
      // Not "sao (anh) không ..." (why not ...), a suggestion; not the short "ko" (Tagalog "my", Urdu "to").
      '(?<!sao (?:(?:anh|em|chi|minh|ban|ta|chung ta) )?)khong(?= ?$)'],
    ha: ['ba zan', 'ba za (?:ka|ki|ni)', 'kada (?:ka|ki|ku)', 'kar (?:ka|ki|ku)'],
    yo: ['mi o (?:ni|le)', 'mi ki i', 'e ma se', 'ma se'],
    ig: ['agaghi m', 'ekwela', 'ekwula', 'anaghi m'],
    so: ['maayo', 'ha (?:u )?(?:dirin|bixin|siin)', 'kuma siin'],
    mg: ['tsy homeko', 'tsy hizara', 'aza'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['inte', 'aldrig', 'nej'],
    no: ['ikke', 'aldri', 'nei'],
    da: ['ikke', 'aldrig', 'nej'],
    fi: ['emme', 'älä', 'ei koskaan', 'en (?:jaa|maksa|lähetä|halua|voi|suostu)'],
    'is': ['ekki', 'aldrei', 'nei'],
  },
  examples: [
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'ne mogu ti dati', 'никада', 'heç vaxt', 'ვერ მოგცემ',
    // Greek, Hungarian.
    'δεν πληρώνω εκτός', 'soha nem fizetek',
    'I will never', 'no pago', 'не буду', 'nahi karunga', 'na hi password dunga', 'Wala po kayong babayaran sa labas', 'mafeesh ay payments barra'],
  counterExamples: ['wala nang fee', 'Bạn nào nhận việc thì nhắn mình', 'trả tiền mặt khi nhận hàng', 'đổi mật khẩu', 'cho tôi xin địa chỉ email'],
});

/** Refusals, per language: anywhere around a match, they turn it into a report of what was declined. */
export const REFUSED = defineClass({
  name: 'REFUSED',
  doc: 'Refusing or declining: I refused, I said no, no thanks.',
  words: {
    lt: [
      'atsisakiau', 'pasakiau (?:jam |jai )?ne', 'pranesiau', 'ne,? aciu',
    ],
    lv: [
      'atteicu', 'atteicos', 'teicu (?:vinam |vinai )?ne', 'zinoju', 'ne,? paldies',
    ],
    et: [
      'keeldusin', 'utlesin (?:talle )?ei', 'teatasin', 'ei,? aitah',
    ],
    fa: ['قبول نکردم', 'گزارش ?ش? کردم', 'ghabool nakardam', 'gozaresh(?:esh)? kardam'],
    hy: ['հրաժարվեցի', 'մերժեցի', 'չտվեցի', 'բողոքեցի', 'hrajarveci', 'merjeci', 'chtveci'],
    uz: ['bermadim', 'rad etdim', 'shikoyat qildim', 'бермадим', 'рад этдим', 'шикоят қилдим'],
    kk: ['бермедім', 'бас тарттым', 'шағымдандым'],
    ky: ['бербедим', 'баш тарттым', 'даттандым'],
    tg: ['надодам', 'рад кардам', 'шикоят кардам'],
    mn: ['өгөөгүй', 'татгалзсан', 'гомдол гаргасан'],
    // Czech refusals (round twenty-six).
    cs: [
      'odmitl(?:a)? jsem', 'nahlasil(?:a)? jsem', 'rekl(?:a)? jsem (?:mu |ji )?ne', 'ne,? dekuji',
    ],
    sq: [
      'refuzova', 'i thashe jo', 'e raportova', 'jo,? faleminderit',
    ],
    sk: [
      'odmietol som', 'odmietla som', 'nahlasil(?:a)? som', 'povedal(?:a)? som (?:mu |jej )?nie', 'nie,? dakujem',
    ],
    mk: [
      'одбив', 'реков (?:му |ѝ )?не', 'пријавив', 'не,? благодарам',
    ],
    sl: [
      'zavrnil(?:a)? sem', 'rekel sem (?:mu |ji )?ne', 'rekla sem (?:mu |ji )?ne', 'prijavil(?:a)? sem', 'ne,? hvala',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: I do not give it, I refused.
    km: [
      'មិនឲ្យ', 'មិនផ្តល់', 'បដិសេធ', 'min oy',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: I do not give it, I did not, I refused, I
    // reported it.
    my: [
      'မပေးဘူး', 'မပေးခဲ့ဘူး', 'ငြင်းလိုက်', 'report ?လုပ်', 'ma pay buu',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): I do not give it, I did not give it, I reported it.
    kn: [
      'ಕೊಡಲ್ಲ', 'ಕೊಡಲಿಲ್ಲ', 'ಒಪ್ಪಲಿಲ್ಲ', 'ರಿಪೋರ್ಟ್ ಮಾಡಿದೆ', 'kodalla', 'kodalilla', 'oppalilla', 'report maadide',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): I said no, I do not give it, I reported it.
    pa: [
      'ਨਾਂਹ ਕਰ ਦਿੱਤੀ', 'ਨਹੀਂ ਦਿੰਦਾ', 'ਨਹੀਂ ਦਿੰਦੀ', 'ਰਿਪੋਰਟ ਕੀਤਾ', 'نئیں دیندا', 'ناں کر دتی',
      'nahi dinda', 'naah kar ditti', 'report kitta',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): I said no, I do not give it, I reported it.
    gu: [
      'ના પાડી', 'ના પાડું છું', 'નથી આપતો', 'નથી આપતી', 'નહીં આપું', 'રિપોર્ટ કર્યો',
      'na padi', 'na padu chu', 'nathi aapto', 'nathi aapti', 'nahi aapu', 'report karyo',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: I will not give it, I did not agree, I reported it.
    si: [
      'දෙන්නේ නෑ', 'දුන්නේ නෑ', 'දෙන්නෙ නෑ', 'එකඟ වෙන්නේ නෑ', 'එකඟ වුණේ නෑ',
      'රිපෝට් කළා', 'බෑ කිව්වා', 'එපා කිව්වා', 'denne na', 'dunne na', 'ekanga wenne na', 'report kala', 'epa kiwwa',
    ],
    th: ['ไม่ให้', 'ปฏิเสธ', 'ไม่รับ'],
    // Greek, Hungarian and Malayalam: I refused, I said no, I do not accept, I reported it; Malayalam "can't", "won't give", "didn't agree".
    el: ['αρνηθηκα', 'αρνουμαι', 'δεν (?:το )?δεχτηκα', 'δεν δεχομαι', 'οχι ευχαριστω', 'το αναφερα', 'arnithika', 'den dexomai'],
    hu: ['nemet mondtam', 'visszautasitottam', 'elutasitottam', 'nem fogadom el', 'nem fogadtam el', 'koszonom,? nem', 'jelentettem', 'nem adhatom meg'],
    // Not 'തരില്ല' (won't give): it is what a threat says ('5 star thannillenkil files tharilla').
    ml: [
      // Malayalam in its script and Manglish (round twenty-six): I will not give it, I did not give it.
      'തരില്ല', 'കൊടുത്തില്ല', 'കൊടുക്കില്ല', 'tharilla', 'koduthilla', 'kodukkilla',
      'പറ്റില്ല', 'ചെയ്യില്ല', 'സമ്മതിച്ചില്ല', 'pattilla', 'cheyyilla', 'sammathichilla', 'report cheythu'],
    // Croatian, Serbian and Bosnian, Azerbaijani, Georgian and Amharic: I refused, I said no, I can't, I reported it (not Amharic 'አልሰጥም', won't give: it is what a threat says).
    hr: ['odbi(?:o|la) sam', 'rek(?:ao|la) sam (?:mu |joj |im )?ne', 'ne prihvacam', 'nisam prihvati(?:o|la)', 'prijavi(?:o|la) sam', 'ne,? hvala', 'ne mogu (?:ti )?(?:dati|poslati)'],
    sr: ['одби(?:о|ла) сам', 'рек(?:ао|ла) сам (?:му |јој )?не', 'не прихватам', 'пријави(?:о|ла) сам', 'не,? хвала',
      'не могу (?:ти )?(?:дати|послати)'],
    az: ['imtina etdim', 'redd etdim', 'qebul etmedim', 'qebul etmirem', 'yox,? sag ol', 'sikayet etdim', 'vere bilmerem', 'gondere bilmerem'],
    ka: ['უარი (?:ვუთხარი|ვთქვი)', 'არ დავთანხმდი', 'არ ვეთანხმები', 'დავარეპორტე',
      'არა,? მადლობა', 'uari (?:vutxari|vtqvi)', 'ar davtanxmdi', 'ara,? madloba'],
    am: ['እምቢ (?:አልኩ|አልኳቸው|አልኩት)', 'አልተስማማሁም', 'አልቀበልም', 'ሪፖርት (?:አደረግኩ|አድርጌያለሁ)',
      'አልችልም', 'embi alku', 'altesmamahum', 'alchilim'],
    // Refusals in Tamil (mudiyaathu, marutthen), Telugu (kudaradu, oppukoledu) and Nigerian Pidgin (I no gree, I refuse).
    ta: [
      // Tamil: I will not take it, I did not give it.
      'வாங்க மாட்டேன்', 'கொடுக்கல', 'vaanga maaten', 'kudukala', 'mudiyaathu', 'mudiyadhu', 'mudiyathu', 'marutthen', 'maruthen', 'maruthuten',
      'vendam nu sonnen', 'report panniten', 'முடியாது', 'மறுத்தேன்',
      'மறுத்துட்டேன்', 'வேண்டாம்னு சொன்னேன்'],
    te: [
      // Telugu: I will not take it, I did not give it.
      'తీసుకోను', 'ఇవ్వలేదు', 'teesukonu', 'ivvaledu', 'kudaradu', 'ivvalenu', 'ivvalenu', 'oppukoledu', 'oppukonu', 'vaddu ani cheppanu', 'report chesanu',
      'కుదరదు', 'ఒప్పుకోలేదు',
      'ఇవ్వలేను', 'వద్దని చెప్పాను'],
    pcm: ['i no (?:gree|agree)', 'i no fit (?:give|share|send|move|do|collect|accept)', 'i refuse(?:d)?', 'i tell (?:am|dem|him|her) no'],
    // Polish: I refused, I reported it, no way.
    // Round twenty-five: the writer's own "I don't move talks / give out / accept" ("nie przenoszę rozmów poza platformę").
    he: ['סירבתי', 'דחיתי', 'אמרתי לא'],
    pl: ['odmowil(?:em|am)', 'zglosil(?:em|am)', 'nie zgodzil(?:em|am) sie', 'nie ma mowy', 'nie, dziekuje',
      'nie (?:przenosze|przenosimy|podaje|podajemy|przyjmuje|przyjmujemy|wymieniam|udostepniam|wychodze)'],
    // Japanese: I cannot accept, I declined, I reported it; Swahili: nilikataa (I refused), nimeripoti (I reported).
    ja: ['できかねます', 'お受けできません', 'お断り', '断りました', '断った', '通報'],
    sw: ['nilikataa', 'nikakataa', 'nikamkataa', 'nimekataa', 'nimemkataa', 'nilimkataa', 'nimeripoti', 'nilimripoti', 'nimemripoti', 'nikaripoti', 'sitakubali'],
    en: [
      // Reported to the platform, or told to stop: "I reported this message to Upwork support", "pls stop asking for my password".
      'reported (?:\\S+ ){0,2}to (?:upwork|support|the support|trust)',
      'i(?:.ll| will)? report (?:u|you) now',
      'stop asking (?:for|me)','refused',
      // "I say no, I don't want my account ban"; "I know I said pay direct earlier, forget that": an offer taken back.
      'i (?:say|said) no', '(?:forget|scratch) that(?! [a-z])', 'declined', 'turned (?:it|him|her|them) down', 'said no', 'no thanks', 'not worth (?:it|my account)',
      // "I must respectfully decline", "I'll have to politely decline".
      "(?:must|have to|'ll have to|will have to|need to|going to) (?:respectfully |politely |kindly )?decline", 'i (?:respectfully|politely|kindly) decline',
      // "I'm going to pass", "I won't be continuing", "I'm not going to proceed with this job", "I have to say no to that".
      "(?:i'?m|i am) (?:going to|gonna) pass", "i'?ll (?:have to )?pass", "(?:i|we) won'?t be (?:continuing|proceeding|taking part)",
      "(?:i'?m|i am|we'?re|we are) not going to (?:proceed|continue|take part|go ahead)", '(?:have to|must|need to) say no'],
    es: [
      'lo (?:reporte|denuncie) (?:a|al|en) (?:upwork|soporte)','le dije que no', 'rechace', 'me negue', 'no gracias', 'no me interesa',
      'no (?:puedo|podemos|voy a|vamos a) aceptar', 'no acepto', 'no aceptamos',
      'no grazie', 'ho rifiutato', 'rifiuto', 'non posso (?:darti|darle|dare|dartelo)', 'sono le regole',
      'nie dziekuje', 'odmawiam', 'odmowil\\S*', 'jesli tak,? to nie', 'wszystko idzie przez upwork\\S*',
    ],
    pt: [
      '(?:reportei|denunciei) (?:\\S+ )?(?:ao|pro|para o) (?:upwork|suporte)','recusei', 'recuso', 'recusamos', 'neguei', 'nao obrigado', 'nao vale',
      'nao (?:posso|podemos|vou|vamos) aceitar', 'nao aceito', 'nao aceitamos'],
    fr: [
      'signale au support',
      '(?:je l.ai|j.ai) signale','refuse', "j'ai refuse", 'non merci', 'pas question',
      "je n'accepte pas", 'je ne (?:peux|vais) pas accepter'],
    de: [
      '(?:dem |beim )?support gemeldet',
      '(?:habe|hab) (?:\\S+ ){0,3}gemeldet','abgelehnt', 'lehne ab', 'nein danke', 'nicht wert',
      'nehme ich nicht an', 'kann ich nicht (?:annehmen|akzeptieren)', 'akzeptiere ich nicht',
      // Round thirty, second wave: "ich habe nein gesagt" (I said no).
      '(?:ich )?habe (?:ich )?(?:nein gesagt|abgelehnt)',
    ],
    ru: [
      'пожаловал\\S* в поддержку',
      'сообщил\\S* в поддержку','отказал\\S*', 'отказываюсь', 'не рассматриваю', 'не буду', '[-—] нет',
      'не (?:приму|принимаю)'],
    uk: [
      'поскаржи\\S* (?:в|до) підтримк\\S*','відмовив\\S*', 'відмовляюсь', 'не розглядаю', 'не буду', 'відмовил\\S*', '[-—] ні',
      'не (?:прийму|приймаю)'],
    hi: [
      // Hindi in Devanagari: I do not take or give, I will not, forbidden (round twenty-five).
      'नहीं (?:लेता|लेती|देता|देती|दिया|दी|दूंगा|दूँगा|दे सकता|दे सकती|करूंगा|' +
        'करूँगा|करता|करती|करते|करेंगे)', 'मना है', 'अनुमति नहीं', 'allowed नहीं',
      'report kar (?:diya|di|dia|dunga)','mana kar\\S*', 'kabhi nahi', 'nahi karunga', 'nahi (?:leta|leti|lunga|lena|bhejne|bhejna|karta|karti)', 'mat bhejna',
      'nahi de sakt[aie]',
      'मना कर दिया', 'मना किया', 'इनकार कर दिया', 'रिपोर्ट कर दिया',
      'नहीं दे (?:सकता|सकती|सकते)',
      '(?:बात|पेमेंट|काम|डील) नहीं (?:करूंगा|करूँगा|करूंगी|करेंगे|कर सकता|कर ' +
      'सकती|कर सकते)'],
    ur: [
      // Urdu in its script: I do not take or give, I will not, forbidden, not allowed (round twenty-five).
      'نہیں (?:لیتا|لیتی|دیتا|دیتی|دیا|دی|دوں گا|دوں گی|دے سکتا|دے سکتی|کروں گا|کرتا|کرتی)', 'منع ہے', 'اجازت نہیں',
      'ممنوع',
      'report kar (?:diya|di|dia|dun ga|dunga)','inkaar', 'kabhi nahi', 'nahi karunga', 'nahi (?:bhejne|lete|leta|lun ga|karta)', 'nahi de sakt[aie]'],
    tl: [
      'ni-?report ko','tumanggi', 'ayoko', 'hindi ko gagawin', 'hindi (?:po )?ako tumatanggap',
      // "Hindi ko po pinansin" (I paid it no mind), "hindi ko pinatulan" (I did not take the bait), round 126.
      'hindi ko (?:po )?(?:pinansin|pinatulan)'],
    id: [
      '(?:sudah |udah )?(?:saya |aku )?laporkan ke (?:upwork|support)','menolak', 'nolak', 'tidak mau', 'gak mau', 'tolak', 'jangan kirim'],
    // Arabic in Latin letters too: "rafadt" (I refused), round 126.
    ar: ['رفضت', 'ما راح', 'لا شكرا', 'ما اقبل', 'مش هقبل', 'msh ba2bal', 'mesh ba2bal', 'rafadt', 'rafa(?:d|6)na',
      'مرفوض', 'مش محتاج', 'مو محتاج', 'لا احتاج',
      // "ما أقدر أشارك رقمي", "ma2darsh a2bal": I can't share, I can't accept.
      'ما (?:اقدر|اگدر|نقدر|اقدرش) (?:اشارك|اعطي\\S*|ارسل|اقبل)', 'ma ?2dar(?:sh|tsh)? (?:a2bal|ashar(?:ak|ek))',
      // "ما أقدر أستلم أي دفعة برا", Darija "ma n9derch nqbel": a refusal, not an offer.
      '(?:ما|مش|مو) (?:ا|ن|ب|بن|ه|هن)?(?:قدر|اقدر|گدر) (?:ا|ن)?(?:ستلم|خذ|اخد|قبل|دفع|تعامل)\\S*',
      '(?:ما|مش|مو) (?:ب|ه)?(?:ستلم|اخد|اقبل|قبل)\\S* (?:اي|أي) (?:دفع|فلوس)',
      'ma ?(?:2|n|ne|a)?(?:9|q|2)?(?:der|dar)(?:sh|ch)? (?:ast?lem|nestlem|a5od|nakhod|a2bal|n9bel|nqbel)',
    ],
    tr: [
      // Turkish: I refused, I did not accept, I reported ("destege bildirdim" is covered by "bildirdim").
      'kabul etmedim', 'bildirdim', 'sikayet ettim', 'reddettim', 'istemiyorum', 'hayir tesekkurler', 'etmiyorum', 'kabul etmiyorum', 'almiyorum'],
    zh: ['拒绝', '拒絕', '没给', '沒給', '没答应', '沒答應', '(?<!得)唔得', '举报', '舉報', 'report了', '截图举报'],
    vi: ['tu choi', 'khong cho', 'bao (?:cao )?upwork', 'bao (?:upwork )?support', 'report (?:roi|luon)'],
    // Dutch, Romanian, Malay and Korean: "heb ik geweigerd", "am refuzat", "saya tolak", "거절했어요", "신고했어요".
    nl: ['geweigerd', 'weiger(?:de|t)?', 'heb (?:het |dat )?gemeld'],
    ro: ['am refuzat', 'refuz', 'am raportat'],
    ms: ['saya tolak', 'aku tolak', '(?:dah|sudah) report'],
    ko: ['거절', '신고(?:했|할|하)'],
    // I refused, I can't give it here, I won't: Marathi, Nepali, Bengali (not 'पाठवणार नाही' or 'পাঠাব না', what a threat says of the files).
    mr: [
      // Marathi: I do not take, it is not possible to give.
      'घेत नाही', 'देता येत नाही', 'दिला नाही',
      'देऊ शकत नाही', 'नकार दिला', 'नाही म्हणालो', 'नाही म्हणाले', 'रिपोर्ट केलं',
      'रिपोर्ट केले', 'करणार नाही'],
    ne: [
      // Nepali: I do not take, giving is not allowed.
      'लिन्न', 'दिइनँ', 'दिन मिल्दैन',
      'दिन सक्दिन', 'अस्वीकार गरें', 'होइन भनें', 'रिपोर्ट गरें', 'गर्दिन',
      'गर्न सक्दिन'],
    bn: [
      // Banglish refusals and "not allowed" ("nei na", "dei nai", "deya jay na", "nished").
      'nei na', 'nii na', 'nibo na', 'nebo na', 'dei na', 'dii na', 'dei nai', 'dii nai', 'deini', '(?:deya|dewa|newa|neya) jay na', 'nished', 'nishiddho',
      'onumoti nai', 'korbo na', 'kori na', 'dite parbo na',
      // Round twenty-five: "I do not take" in its common spellings, "not allowed", "forbidden" ("বিকাশে পেমেন্ট নেওয়া নিষেধ").
      'নেই না', 'নিই না', 'নিব না', 'নেব না', 'নিবো না', 'দেই না', 'দিই না',
      '(?:দেওয়া|দেয়া|নেওয়া|নেয়া) যায় না', 'নিষেধ', 'নিষিদ্ধ',
      'অনুমতি (?:নেই|নাই)',
      'দিতে পারব না', 'দিতে পারবো না', 'দিইনি', 'না করে দিয়েছি', 'রাজি হইনি',
      'রিপোর্ট করেছি', 'প্রত্যাখ্যান করেছি', 'করব না', 'করবো না',
      'করি না'],
    ha: ['na ki', 'na ce a\'?a', 'na kai rahoto'],
    yo: ['mo ko jale', 'mo ko (?:fun|lati)', 'mo (?:ti )?royin', 'mi o gba'],
    ig: ['ajuru m', 'ekweghi m', 'akooro m upwork'],
    so: ['waan diiday', 'waan soo sheegay'],
    mg: ['nolaviko', 'nanda aho', 'notaterako'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['(?:jag )?(?:sa|sade) nej', 'jag vägrade', 'jag tackade nej', '(?:jag )?(?:anmälde|rapporterade) (?:honom|henne|dem|det)', 'nej tack'],
    no: ['(?:jeg )?sa nei', 'jeg nektet', 'jeg takket nei', '(?:jeg )?(?:anmeldte|rapporterte) (?:ham|henne|dem|det)', 'nei takk'],
    da: ['(?:jeg )?sagde nej', 'jeg nægtede', 'jeg takkede nej', '(?:jeg )?(?:anmeldte|rapporterede) (?:ham|hende|dem|det)', 'nej tak'],
    fi: ['sanoin ei', 'kieltäydyin', 'ilmoitin (?:hänestä|siitä|heistä)', 'ei kiitos'],
    'is': ['ég sagði nei', 'ég neitaði', 'ég tilkynnti (?:hann|hana|það)', 'nei takk'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'αρνήθηκα', 'nemet mondtam', 'tharan pattilla',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'odbio sam', 'одбио сам', 'imtina etdim', 'უარი ვუთხარი', 'አልችልም',
    // Tamil, Telugu, Nigerian Pidgin.
    'mudiyaathu', 'oppukoledu', 'I no gree',
    'I refused', 'I must respectfully decline', 'le dije que no',
    'recusei', 'recusámos', 'hindi ko po pinansin', 'rafadt', "j'ai refusé", 'abgelehnt', 'отказал', 'відмовив', 'mana kar diya', 'menolak', 'رفضت', 'reddettim',
    'no puedo aceptar pagos por fuera', 'оплату поза платформою я не прийму', 'ma2darsh a2bal ay payment', "I'm going to pass",
    'मैंने मना कर दिया', 'मैं यहाँ अपना नंबर नहीं दे सकता',
    'मी इथे माझा नंबर देऊ शकत नाही', 'म यहाँ मेरो नम्बर दिन सक्दिन',
    'আমি এখানে আমার নম্বর দিতে পারব না',
    'ich habe nein gesagt',
  ],
  counterExamples: [
    '5 स्टार दो वरना फाइलें नहीं भेजूंगा', '৫ স্টার দিন নাহলে ফাইল পাঠাব না'],
});

/** Talk about the rules in other languages (English is read by POLICY_TALK in text.ts). */
export const RULES_TALK = defineClass({
  name: 'RULES_TALK',
  doc: 'Saying something is forbidden or against the platform rules, in the languages other than English.',
  words: {
    hy: ['կանոններ\\S{0,4}', 'արգելված\\S{0,3}', 'kanonner\\S{0,3}', 'argelvac'],
    uz: ['qoidalar\\S{0,5}', 'taqiqla\\S{0,6}', 'қоида\\S{0,6}', 'тақиқла\\S{0,6}'],
    kk: ['ереже\\S{0,6}', 'тыйым салын\\S{0,4}'],
    ky: ['эреже\\S{0,6}', 'тыюу салын\\S{0,4}'],
    tg: ['қоида\\S{0,6}', 'манъ\\S{0,4}'],
    mn: ['дүрэм\\S{0,5}', 'хориглоно'],
    // Polish: forbidden, against the terms.
    pl: ['zabronion\\S*', 'niezgodn\\S* z (?:regulaminem|zasadami)', 'regulamin\\S*', 'zasady upwork\\S*', 'wbrew (?:zasadom|regulaminowi)'],
    // Japanese and Swahili: the terms, against the rules, forbidden.
    ja: ['規約', '違反', '禁止', 'ルール上', '利用規約'],
    sw: ['kinyume na (?:sheria|masharti|kanuni)', 'sheria za upwork', 'masharti ya upwork', 'hairuhusiwi', 'haziruhusiwi', 'marufuku'],
    // A warning's words: the legal implications, and the advice to cut the exchange short ("a prioridade é interromper a interação").
    es: ['prohibid[oa]s?', 'no (?:esta|es) permitido', 'contra (?:las )?(?:reglas|normas|politicas)', 'terminos de (?:servicio|uso)',
      'reglas de upwork', 'implicaciones legales', '(?:interrumpir|cortar|detener) la (?:interaccion|conversacion)'],
    pt: ['proibid[oa]s?', 'nao (?:e|eh) permitido', 'contra (?:as )?(?:regras|normas|politicas)', 'termos de (?:servico|uso)',
      'infratores', '(?:dessa|desta|essa|esta) regra', 'regras do upwork', 'implicacoes legais', '(?:interromper|encerrar|cortar) a (?:interacao|conversa)'],
    fr: ['interdit\\S*', "n'est pas autorise", 'contre (?:les )?(?:regles|conditions)', "conditions d'utilisation",
      "regles d'upwork", 'regles de la plateforme'],
    de: ['verboten', 'nicht erlaubt', 'gegen die (?:regeln|richtlinien|agb)', 'nutzungsbedingungen'],
    ru: ['запрещ\\S*', 'против правил', 'нарушени\\S* правил', 'правила (?:апворка|upwork|платформы|площадки)'],
    uk: ['заборон\\S*', 'проти правил', 'порушенн\\S* правил', 'правила (?:апворку|upwork|платформи)'],
    hi: ['(?:terms|rules|policy) ke (?:mutabiq|khilaf)', 'allowed nahi', 'mana hai'],
    ur: ['(?:terms|rules|policy) ke (?:mutabiq|khilaf)', 'allowed nahi', 'mana hai', 'mana he'],
    tl: ['bawal', 'labag sa (?:rules|patakaran)'],
    id: ['dilarang', 'melanggar (?:aturan|kebijakan|tos|ketentuan|syarat)', 'tidak diperbolehkan', 'aturan upwork',
      'ketentuan layanan', 'syarat dan ketentuan'],
    ar: ['ممنوع', 'مخالف\\S* (?:للقوانين|للشروط|للسياسة)', 'شروط (?:الاستخدام|المنصة)', 'قوانين (?:المنصة|upwork)',
      'mamnoo3', 'mamnou3', 'mamno3', 'ممنوعة', 'مخالف', 'بلغت', 'بلغت عن',
    ],
    tr: ['yasak\\S*', 'kurallar\\S* (?:aykiri|karsi)', 'kullanim (?:sartlari|kosullari)', 'upwork kurallari'],
    nl: ['verboden', 'niet toegestaan', 'tegen de (?:regels|voorwaarden)', 'oplichting', 'oplichter\\S*', 'regels van upwork'],
    ro: ['interzis\\S*', 'nu (?:e|este) permis', '(?:impotriva|contra) regulilor', 'teapa', 'inselatori\\S*', 'regulile upwork'],
    ms: ['rules upwork', 'melanggar (?:peraturan|terma)', 'tak dibenarkan', 'penipuan'],
    // "...밖에서 연락하면 안 된다고 해요" (one must not contact outside, they say): a rule stated, not the question "하면 안 돼요?" (can't we?).
    ko: ['금지', '규정 ?위반', '약관 ?위반', '신고했', '조심하세요', '사기', '면 안 ?(?:된다|된대요|된답니다|됩니다)(?! ?\\?)'],
    // Not the bare 规矩 ("老规矩", as usual, hides a payment).
    zh: ['规定', '規定', '违反', '違反', '违规', '違規', '禁止', '不允许', '不允許', '平台有(?:规矩|規矩)', '服务条款', '服務條款'],
    vi: ['upwork cam', 'cam (?:do|nha|lam|gui|trao doi|chia se)', 'vi pham', 'dung luat', 'quy dinh', 'dieu khoan'],
  },
  examples: ['Nada pode ser tratado por fora, o site pune os infratores dessa regra', 'está prohibido',
    'melanggar ketentuan layanan Upwork', 'c’est interdit', 'запрещено правилами', 'terms ke mutabiq mana hai',
    'além das implicações legais', 'a prioridade é interromper a interação'],
  counterExamples: ['a regra de negócio do checkout'],
});

/** Keeping everything on Upwork, per language. */
export const ON_UPWORK = defineClass({
  name: 'ON_UPWORK',
  doc: 'Statements that work, talk or payment stays on Upwork.',
  words: {
    lt: [
      '(?:viskas|tik|visada) (?:\\S+ )?per upwork\\S{0,3}',
      '(?:mokejim\\S{0,3}|bendraujam\\S{0,2}|atsiskaitym\\S{0,3}) (?:\\S+ )?per upwork\\S{0,3}', 'cia upwork\\S{0,2}',
    ],
    lv: [
      '(?<!ne )caur (?:upwork\\S{0,2}|platform\\S{0,2})', '(?:viss|tikai|vienmer) (?:\\S+ )?caur upwork\\S{0,2}', 'seit upwork\\S{0,2}',
    ],
    et: [
      'upworki kaudu', '(?:koik|ainult|alati) (?:\\S+ )?upworki kaudu', 'siin upworkis',
    ],
    hy: ['upwork-?(?:ով|ում)(?! պետք չ)', 'ափվորքով', 'upwork-?(?:ov|um)'],
    uz: ['upwork orqali', 'upworkda', '(?:upwork|апворк) орқали'],
    kk: ['(?:upwork|апворк)\\S{0,4} арқылы'],
    ky: ['(?:upwork|апворк)\\S{0,4} аркылуу'],
    tg: ['тавассути (?:upwork|апворк)'],
    mn: ['upwork-?ээр', 'апворкоор'],
    sq: [
      '(?:permes|nepermjet|perms) upwork\\S{0,4}', 'vetem (?:permes|ne|nepermjet) upwork\\S{0,4}', 'ketu ne upwork',
    ],
    sk: [
      '(?<!nie )cez (?:upwork\\S{0,2}|platformu)', '(?:vsetko|len|iba|vzdy) (?:\\S+ )?cez upwork\\S{0,2}', 'tu na upworku',
    ],
    mk: [
      '(?<!не )преку (?:upwork|апворк|платформата)', 'само преку (?:upwork|апворк)', 'тука на (?:upwork|апворк)',
    ],
    sl: [
      '(?<!ne )(?:prek|preko) (?:upworka|platforme)', 'tukaj na upworku', 'samo (?:prek|preko|na) upwork\\S{0,2}',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: on or through Upwork.
    km: [
      '(?:នៅ|តាម|ក្នុង) ?upwork', '(?:nov|tam) upwork',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: on Upwork only.
    my: [
      'upwork ?(?:မှာပဲ|ကနေပဲ|ပေါ်မှာပဲ|မှာ ပဲ)', 'upwork mhar pal',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): on Upwork only, through Upwork.
    kn: [
      '(?:upwork|ಅಪ್‌ವರ್ಕ್)\\S{0,6} (?:ಮೂಲಕವೇ|ಮೂಲಕ)', 'ಅಪ್‌ವರ್ಕ್‌ನಲ್ಲೇ', 'upwork (?:moolakave|moolaka|alle|nalle)',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): on Upwork only, through Upwork.
    pa: [
      '(?:upwork|ਅਪਵਰਕ)\\S{0,3} (?:ਤੇ ਹੀ|ਰਾਹੀਂ ਹੀ|ਰਾਹੀਂ)', '(?:upwork|اپ ?ورک) (?:تے ای|راہیں ای|راہیں)',
      'upwork (?:te hi|raahi hi|rahi hi|raahi|rahi)',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): on Upwork only, through Upwork.
    gu: [
      '(?:upwork|અપવર્ક)\\S{0,3} (?:પર જ|દ્વારા જ|દ્વારા|માં જ)', 'upwork\\S{0,3} (?:par j|dwara j|dwara|ma j)',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: through Upwork, only on Upwork.
    si: [
      '(?:upwork|අප්වර්ක්)\\S{0,6} (?:එකෙන්ම|එකේම|හරහා|හරහාම|එකෙන් විතරයි|හරහා විතරයි)',
      'upwork (?:ekenma|ekema|haraha|haraha witharai)',
    ],
    // Through Upwork: Greek μέσω Upwork (not after a negation), Hungarian az Upworkön keresztül, Malayalam Upwork വഴി and upwork vazhi.
    el: ['(?<!οχι |μη )μεσω (?:του |τη[σς] )?(?:upwork|απγουορκ|πλατφορμα[σς])', 'εδω στο upwork', '(?<!oxi )meso (?:tou )?upwork',
      '(?<!oxi )mesw (?:tou )?upwork'],
    hu: ['(?<!nem )(?:az )?upwork\\S{0,4} (?:keresztul|altal)', 'itt az upworkon', '(?<!nem )a platformon keresztul'],
    ml: [
      // Malayalam in its script and Manglish (round twenty-six): on Upwork itself.
      'അപ് ?വർക്കിൽ (?:തന്നെ|മാത്രം)',
      '(?:അപ് ?വർക്ക\\S{0,4}) (?:വഴി|വഴിയാണ്|വഴി മാത്രം|ഇൽ)', 'upwork\\S{0,3} vazhi(?: mathram)?', 'upworkil (?:thanne|mathram)'],
    // Through Upwork: Croatian, Serbian and Bosnian 'preko Upworka' (not after a negation), Azerbaijani 'Upwork vasitəsilə', Georgian 'Upwork-ის მეშვეობით', Amharic
    // 'በUpwork በኩል'.
    hr: ['(?<!ne )preko (?:upworka|platforme)', '(?<!ne )kroz upwork', 'ovdj?e na upworku', 'samo (?:preko|na|kroz) upwork\\S{0,2}', '(?<!ne )putem (?:upworka|platforme)'],
    sr: ['(?<!не )преко (?:upworka|упворка|платформе)', 'овде на (?:upworku|упворку)',
      'само (?:преко|на) (?:upwork\\S{0,2}|упворк\\S{0,2})'],
    // Not 'Upwork üzərindən' or 'yalnız Upwork': Turkish writes them too, in a price quoted on Upwork beside a lower one outside.
    az: ['upwork\\S{0,4} vasitesile'],
    ka: ['upwork-?ის (?:მეშვეობით|გავლით)', 'მხოლოდ upwork-?(?:ზე|ით|ის)', 'აქ upwork-?ზე',
      'აფვორქ\\S{0,3} (?:მეშვეობით|გავლით)', 'upwork-?is (?:meshveobit|gavlit)'],
    am: ['በ ?(?:upwork|አፕወርክ|አፕዎርክ) (?:በኩል|ብቻ)', '(?:upwork|አፕወርክ|አፕዎርክ) ላይ ብቻ', 'እዚሁ (?:upwork|አፕወርክ) ላይ',
      'be ?upwork bekul', 'upwork lay bicha'],
    // Through Upwork, only on Upwork: Tamil (upwork la thaan, அப்வொர்க் மூலமா), Telugu (upwork lone, అప్‌వర్క్ ద్వారా), Nigerian
    // Pidgin (make we stay for Upwork).
    ta: ['upwork ?(?:la|le|laye) (?:thaan|than|mattum)', 'upwork ?laye', 'upwork (?:moolama|moolam|vazhiya)',
      'அப் ?வொர்க்\\S{0,4} (?:மூலமா\\S{0,2}|வழியா\\S{0,2}|லயே|ல தான்)'],
    te: ['upwork ?lone', 'upwork (?:dwara|dvara|lo matrame|lo maatrame|lo ne)', 'అప్ ?వర్క్\\S{0,4} (?:ద్వారా|లోనే|లో మాత్రమే)'],
    pcm: ['make we (?:stay|remain|dey) (?:for|on) upwork', '(?:stay|remain|dey) for upwork', 'na (?:through|for) upwork'],
    // Through Upwork, here, and its escrow by name: Thai ผ่าน/ใน Upwork (not after ไม่/ไม่ต้อง), Persian از طریق آپورک, همینجا and
    // پرداخت امن,
    // Hebrew דרך אפוורק, כאן באפוורק, Bulgarian през Upwork, тук в Upwork, Czech přes Upwork, tady na Upworku (not after a negation).
    th: ['(?<!ไม่|ไม่ต้อง)ผ่าน ?upwork', 'บน ?upwork', 'ในระบบ ?upwork', 'ใน ?upwork', 'ใน ?แชทนี้', 'ได้ที่นี่'],
    fa: ['از طریق (?:اپورک|اپ ورک|upwork|سایت)', 'پرداخت امن', 'az tari(?:gh|q)(?:e)? upwork', 'همینجا', 'داخل (?:اپورک|upwork|سایت)', 'hamin ?ja'],
    he: ['(?<!לא )דרך (?:ה)?(?:אפ ?וורק|upwork|אתר|פלטפורמה)', 'בתוך (?:ה)?(?:אפ ?וורק|upwork|פלטפורמה)', 'כאן ב ?(?:אפ ?וורק|upwork|צ\'אט)'],
    // A bare "в Upwork" or "na Upworku" is not enough: Russian, Ukrainian and Polish share them, and they name Upwork in
    // schemes too ("а в Upwork оставим контракт на минималку", "a na Upworku zrobimy kontrakt na 50 zł").
    bg: ['(?<!не )през (?:upwork|платформата|сайта)', '(?:само|всичко|винаги) (?:\\S+ )?в (?:upwork|платформата)', 'тук в (?:upwork|чата)'],
    cs: ['(?<!ne )pres (?:upwork\\S{0,2}|platformu)', '(?:vse|vsechno|jen|pouze|vzdy) (?:\\S+ )?na upworku', 'v ramci upworku', 'tady na upworku', 'zde na upworku'],
    // Polish: everything through Upwork, let us stay here.
    pl: ['(?:wszystko|tylko|zawsze) (?:\\S+ )?przez upwork\\S*', 'zostanmy (?:na upwork\\S*|tutaj|tu)', 'przez platforme'],
    // Japanese: through Upwork, on Upwork; Swahili: kupitia Upwork, hapa tu (only here).
    ja: ['upwork経由', 'upwork(?:の)?上で(?:お願い|進め|やり取り|お支払い)', 'upwork内で', 'upworkを通して'],
    // "Malipo yote yatapitia Upwork tu" (will go through Upwork): any person and tense, not the negatives ("hayatapitia", "usipitie").
    // Not "hakuna haja ya kupitia Upwork" (no need to go through Upwork).
    sw: ['(?<!haja ya |bila )kupitia upwork', '(?:ya|i|zi|tu|li|wa|a|m)(?:ta|na|me)pitia upwork', 'ndani ya upwork', 'hapa hapa', 'tulipane hapa', 'tuendelee hapa'],
    en: ['(?:only|all|everything|always) (?:(?:goes|go|stays?|runs?|is) )?(?:through|via|on|in) (?:the )?upwork',
      // "I will only pay you through the Upwork contract", "we only pay through the contract here".
      '(?:only|always) pay (?:you |u )?(?:through|via|on|in) (?:the )?(?:upwork|contract here|contract on upwork)',
      'through upwork only', 'keep (?:it|everything|all|things)(?: all)? (?:on|here|in upwork)',
      // "I only work through Upwork contracts", "we always get paid via Upwork".
      '(?:only|always) (?:work|deal|get paid|accept payments?|take payments?|invoice|bill) (?:through|via|on|in) upwork'],
    es: ['(?:todo|solo|siempre) (?:por|en|a traves de) upwork', 'dentro de upwork', 'por hitos', 'bien por aqui'],
    // "aqui na plataforma" keeps the talk here, unless a complaint follows ("aqui na plataforma demora demais").
    pt: ['(?:tudo|so|sempre) (?:pelo|no|via|dentro do) upwork', 'aqui na plataforma(?! (?:demora|e lento|e ruim|trava|nao funciona))', 'pelos marcos'],
    fr: ['(?:tout|uniquement|toujours) (?:passe )?(?:par|sur|via) upwork', 'ici sur upwork', 'par jalons'],
    de: ['(?:alles|nur|immer) (?:uber|auf|via|in) upwork', 'hier auf upwork', 'uber meilensteine'],
    ru: ['(?:только|всё|все|всегда) через (?:upwork|апворк)', 'здесь на (?:upwork|апворке)',
      'через майлстоун\\S*', 'создам майлстоун'],
    uk: ['(?:тільки|все|завжди) через (?:upwork|апворк)', 'тут на (?:upwork|апворку)', 'працюємо тільки через'],
    hi: [
      // Hindi in Devanagari: on Upwork itself, right here.
      '(?:अपवर्क|upwork) (?:पे|पर) ही', 'यहीं', 'upwork (?:pe|par|se) hi', 'yahin upwork', 'sirf upwork',
      '(?<!नहीं )(?:अपवर्क|upwork|प्लेटफॉर्म) (?:के )?(?:ज़रिए|जरिए|ज़रिये|जरिये|माध्यम से)',
      '(?:अपवर्क|upwork) (?:पर|पे|से) ही', 'यहीं (?:अपवर्क|upwork) (?:पर|पे)',
      'सिर्फ (?:अपवर्क|upwork) (?:पर|पे|से)',
      'यहीं (?:पर |अपवर्क पर )?(?:चैट|बात|मैसेज)'],
    ur: [
      // Urdu in its script: on Upwork itself, right here.
      '(?:اپورک|اپ ورک) (?:پر|پہ) ہی', 'یہیں', '(?:اپورک|اپ ورک) کے ذریعے', 'upwork (?:pe|par|se) hi', 'yahin upwork', 'sirf upwork'],
    // Cebuano "sa Upwork ra" (only on Upwork).
    // Batch 131: not after "kaysa" (than): "mas mabilis sa Viber kaysa dito sa Upwork chat" names Upwork as the place left.
    tl: ['(?<!(?:kaysa|kesa|keysa) )dito (?:lang )?sa upwork', 'sa upwork lang', 'sa upwork ra',
      'dito (?:na )?lang (?:po )?tayo',
    ],
    id: ['(?:lewat|melalui|di) upwork (?:saja|aja)', 'tetap di upwork'],
    ar: ['(?:فقط|كله|دائما) (?:عبر|على|من خلال) (?:upwork|ابورك|المنصة)',
      '(?:kel|kol|kull) (?:shi|7aga|haga)(?: hon| hena| hna)? (?:3al|3ala|3la|fi|on) upwork',
      'كل شي (?:هون |هنا )?(?:على|ع|في) (?:upwork|ابورك|المنصة)',
    ],
    tr: ['(?:sadece|her sey|hep) upwork (?:uzerinden|ustunden)', "upwork'?ta kal"],
    nl: ['(?:via|in|op) upwork zelf', 'hier (?:op|via) upwork', 'alles via upwork'],
    ro: ['direct din upwork', '(?:doar|numai) prin upwork'],
    ms: ['dalam upwork', 'chat sini je', 'kat sini je'],
    // "여기서 얘기해요" (let us talk here), the answer to a move asked for.
    // Round twenty-five: Upwork's own video call ("업워크 화상통화로 미팅할까요?").
    ko: ['업워크 ?(?:안에서|내에서|에서만|메시지로|통해서만)', '업워크 ?(?:의 )?(?:화상|영상|비디오|음성) ?(?:통화|회의|미팅|콜)',
      '여기서 (?:얘기|이야기|대화|연락)(?:해요|하죠|합시다|할게요|하겠습니다)'],
    zh: ['(?:都|全部|一律|还是|還是|就|统一)(?:在|喺|留喺|走|通过|通過|按)(?:upwork|平台)', '留喺upwork',
      '在upwork(?:这边|這邊|这里|這裡)(?:讲|說|说|聊|傾)', '按平台的来',
      '走upwork(?:合同|固定价|流程)', '(?<!不)(?:通过|通過)upwork(?:合同|付款|的bonus)', '(?:upwork|平台)(?:里程碑|託管|托管)'],
    vi: ['trong upwork', '(?:tat ca|moi|het) (?:\\S+ ){0,3}(?:trong|tren) upwork', '(?:tra|thanh toan) qua upwork', 'deu qua upwork',
      'noi trong nay', '(?:o|tren) day (?:la )?duoc'],
    // Through Upwork only: Marathi (अपवर्कवरूनच), Nepali (अपवर्क मार्फत), Bengali (আপওয়ার্কের মাধ্যমেই).
    mr: [
      // Marathi: right here.
      'इथेच', '(?:अपवर्क|upwork) वरच',
      '(?:अपवर्क|upwork)(?:वरूनच|वरच| वरूनच| वरच|च्या माध्यमातून)'],
    ne: [
      // Nepali: right here.
      'यहीँ', 'यहीं', '(?:अपवर्क|upwork) मै',
      '(?:अपवर्क|upwork) (?:मार्फत|बाट मात्र|मा मात्र|मै)', '(?:अपवर्क|upwork)(?:मै|बाटै)'],
    bn: [
      // Banglish: right here, through Upwork.
      'ekhanei', 'upwork ei', 'upwork(?:er| er)? (?:maddhome|moddhe|diyei)',
      // Right here ("এখানেই কথা বলি").
      'এখানেই',
      '(?:আপওয়ার্ক|upwork)(?:ের|ে|er)? (?:মাধ্যমেই|মাধ্যমে|এর মাধ্যমে|দিয়েই)',
      '(?:আপওয়ার্ক|upwork)(?:েই)'],
    ha: ['(?:a nan|anan|ta cikin|ta hanyar|a cikin|a kan) upwork\\S{0,4}'],
    yo: ['nipase upwork\\S{0,4}', 'nibi lori upwork', 'lori upwork (?:nikan|yii)', 'duro (?:si|sibi|lori) upwork'],
    ig: ['ebe a na upwork', 'site na upwork\\S{0,4}', 'na upwork naani', 'ga-ano ebe a'],
    so: ['halkan upwork', 'upwork kaliya', 'upwork gudihiisa'],
    mg: ['eto amin\'?ny upwork', 'amin\'?ny alalan\'?ny upwork', 'hijanona eto'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['(?:genom|här på|här i) upwork\\S{0,2}', '(?:allt|bara|alltid) (?:\\S+ )?(?:via|genom|på) upwork\\S{0,2}', 'här i chatten'],
    no: ['(?:gjennom|her på) upwork\\S{0,2}', '(?:alt|bare|alltid) (?:\\S+ )?(?:via|gjennom|på) upwork\\S{0,2}'],
    da: ['(?:gennem|her på|herinde på) upwork\\S{0,2}', '(?:alt|kun|altid) (?:\\S+ )?(?:via|gennem|på) upwork\\S{0,2}'],
    fi: ['upwork\\S{0,4} kautta', 'täällä upworkissa', 'pysytään upworkissa'],
    'is': ['í gegnum upwork\\S{0,3}', 'hér á upwork\\S{0,3}', 'við upwork'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'μέσω Upwork', 'az Upworkön keresztül', 'upwork vazhi mathram',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'preko Upworka', 'преко Upworka', 'Upwork vasitəsilə', 'Upwork-ის მეშვეობით', 'በUpwork በኩል',
    // Tamil, Telugu, Nigerian Pidgin.
    'upwork la thaan', 'upwork lone', 'make we stay for upwork',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'จ่ายผ่าน Upwork', 'پرداخت امن', 'דרך אפוורק', 'през Upwork', 'přes Upwork', 'всичко остава в Upwork', 'všechno jen na Upworku',
    'everything goes through Upwork', 'I only work through Upwork contracts', 'I will only pay you through the Upwork contract',
    'keep it all on here', 'todo por Upwork', 'tudo pelo Upwork', 'только через Upwork', 'sirf Upwork pe',
    'पेमेंट अपवर्क के ज़रिए ही होगा', 'पेमेंट अपवर्कवरूनच होईल',
    'अपवर्क मार्फत', 'পেমেন্ট আপওয়ার্কের মাধ্যমেই হবে'],
  counterExamples: [
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'ne preko Upworka',
    'όχι μέσω Upwork',
    'ไม่ต้องผ่าน Upwork', 'לא דרך אפוורק', 'ne přes Upwork', 'а в Upwork оставим контракт на минималку',
    'не дозволяє вести переговори в Upwork', 'a na Upworku zrobimy kontrakt na 50 zł',
    'अपवर्क के बाहर'],
});

/** Building things as work: integrations, bots, notifications, in any language. */
export const WORK_TALK = defineClass({
  name: 'WORK_TALK',
  doc: 'Words that mark a sentence as talk about building something, in several languages.',
  words: {
    lt: [
      'bot(?:a|as|o|u|ui)', 'integracij\\S{0,3}', 'integruo\\S{0,5}', 'mokejimu (?:sistem|modul)\\S{0,3}', 'e-?parduotuv\\S{0,3}',
    ],
    lv: [
      'bot(?:u|s|a)', 'integracij\\S{0,3}', 'integre\\S{0,4}', 'maksajumu (?:sistem|modul)\\S{0,3}', 'e-?veikal\\S{0,3}',
    ],
    et: [
      'bot(?:i|ti)', 'integratsioon\\S{0,3}', 'integree\\S{0,4}', 'makse(?:susteem|moodul|lahendus)\\S{0,3}', 'e-?pood\\S{0,3}',
    ],
    hy: ['բոտ\\S{0,3}', 'ինտեգրացիա\\S{0,3}', 'integracia'],
    uz: ['bot(?:ni|lar|ga)?', 'integratsiya\\S{0,4}', 'to[\'`]?lov tizim\\S{0,4}', 'бот(?:ни|лар|га)?', 'тўлов тизим\\S{0,4}'],
    kk: ['төлем жүйе\\S{0,4}', 'интеграция\\S{0,4}', 'бот(?:ты|тар)?'],
    ky: ['төлөм системасы\\S{0,3}', 'бот(?:ту|тор)?'],
    tg: ['боти', 'низоми пардохт'],
    mn: ['бот', 'төлбөрийн систем\\S{0,3}'],
    sq: [
      'bot(?:i|in|it|et)?', 'integrim\\S{0,3}', 'aplikacion\\S{0,3}',
    ],
    sk: [
      'bot(?:a|u|om)?', 'integraci\\S{0,2}', 'aplikaci\\S{0,2}', 'platobn\\S{0,2} bran\\S{0,2}',
    ],
    mk: [
      'бот\\S{0,2}', 'интеграциј\\S{0,3}', 'апликациј\\S{0,3}',
    ],
    sl: [
      'bot(?:a|u|om)?', 'integracij\\S{0,3}', 'aplikacij\\S{0,3}', 'sistem\\S{0,2} (?:placil|placevanja)',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: a bot, an integration, for a shop.
    km: [
      'bot', 'integration', 'សម្រាប់ហាង',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: a bot, an integration.
    my: [
      'bot', 'integration', 'ဘော့',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): a bot, an integration, a field.
    kn: [
      'ಬಾಟ್\\S{0,3}', 'ಇಂಟಿಗ್ರೇಷನ್\\S{0,3}', 'ಫೀಲ್ಡ್\\S{0,3}', 'ಮಾಡಬೇಕು',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): a bot, an integration, a field, building something.
    pa: [
      'ਬੋਟ\\S{0,3}', 'ਇੰਟੀਗ੍ਰੇਸ਼ਨ\\S{0,3}', 'ਫੀਲਡ\\S{0,3}', 'ਬਣਾ\\S{0,6}', 'بوٹ', 'انٹیگریشن',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): a bot, an integration, a field, building something.
    gu: [
      'બોટ\\S{0,3}', 'ઇન્ટિગ્રેશન\\S{0,3}', 'ઈન્ટીગ્રેશન\\S{0,3}', 'ફીલ્ડ\\S{0,3}', 'બનાવ\\S{0,6}', 'integration',
      'banav\\S{0,6}',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: a bot, an integration, building an app.
    si: [
      'බොට්\\S{0,6}', 'ඉන්ටග්‍රේෂන්\\S{0,6}', 'ඉන්ටිග්‍රේෂන්\\S{0,6}', 'ඇප් එකක් හද\\S{0,6}',
      'ෆීල්ඩ්\\S{0,6}', 'සිස්ටම්\\S{0,6}', 'integration (?:eka|ekak)', 'bot (?:eka|ekak)',
    ],
    // Work on a channel or a payment system in Greek, Hungarian and Malayalam (a Viber bot, a payment gateway, an integration).
    el: ['μποτ', 'bot', 'ενσωματωσ\\S{0,3}', 'πληρωμων (?:στο|για το) (?:site|e-?shop|καταστημα)', 'συστημα πληρωμ\\S{0,3}'],
    hu: ['bot(?:ot|ja|hoz)?', 'integracio\\S{0,4}', 'fizetesi (?:rendszer|modul|kapu)\\S{0,4}'],
    ml: ['ബോട്ട\\S{0,4}', 'ആപ്പ് ഉണ്ടാക്ക\\S{0,4}', 'ഇന്റഗ്രേഷ\\S{0,4}', 'integration', 'app undakk\\S{0,4}', 'bot undakk\\S{0,4}'],
    // Work on a channel or a payment system in Croatian, Serbian and Bosnian, Azerbaijani, Georgian and Amharic (a Viber bot, a payment integration).
    hr: [
      'checkout\\S{0,2}', 'opcij\\S{0,2} (?:placanja|u checkoutu)',
      'bot(?:a|u|om)?', 'integracij\\S{0,3}', '(?:sustav|sistem)\\S{0,2} (?:placanja|naplate)', 'aplikacij\\S{0,3}'],
    sr: ['бот\\S{0,2}', 'интеграциј\\S{0,3}', 'систем\\S{0,2} (?:плаћања|наплате)', 'апликациј\\S{0,3}'],
    az: ['bot(?:u|lar|un)?', 'inteqrasiya\\S{0,3}', 'odenis sistem\\S{0,3}', 'tetbiq\\S{0,3}'],
    ka: ['ბოტ\\S{0,3}', 'ინტეგრაცი\\S{0,4}', 'გადახდის სისტემ\\S{0,3}', 'აპლიკაცი\\S{0,3}', 'bot(?:i|s)', 'integracia'],
    am: ['ቦ[\\u1270-\\u1277]\\S{0,2}', 'ኢንቴግሬሽን', 'የክፍያ (?:ሲስተም|ስርዓት)', 'አፕ (?:መስራት|ማበልፀግ)'],
    // Work on a channel or a payment system in Tamil and Telugu (a WhatsApp bot, an integration).
    ta: ['bot', 'integration', 'பாட்', 'இன்டகிரேஷன்', 'app (?:develop|build|create) pannanum'],
    te: ['bot', 'integration', 'బాట్', 'ఇంటిగ్రేషన్'],
    // Work on a channel or a payment system in Thai, Persian, Hebrew, Bulgarian and Czech (a LINE bot, a payment gateway, an integration).
    th: ['บอท', 'ระบบชำระเงิน', 'เชื่อมต่อ', 'เชื่อม'],
    fa: ['ربات', 'درگاه', 'یکپارچه ?سازی', 'اپلیکیشن', 'سیستم', 'ماژول', 'طراحی'],
    he: ['בוט', 'אינטגרציה', 'ממשק'],
    bg: ['бот', 'интеграция', 'система'],
    cs: ['bot(?:a|u|em)?', 'integrac\\S{0,2}', 'platebni bran\\S{0,2}'],
    // Polish: the work itself, a payment integration, an article comparing methods ("artykuł", "porównanie", "bramka płatnicza").
    pl: ['integracj\\S*', 'powiadomie\\S*', 'bramk\\S* platnic\\S*', 'artykul\\S*', 'terminal\\S*', 'porownani\\S*', 'sandbox\\S*', 'wtyczk\\S*'],
    // Japanese and Swahili: building something (a form, a field, an integration).
    // Not the フォーム of プラットフォーム (a platform) or リフォーム.
    ja: ['(?<![トリ])フォーム', '入力欄', 'フィールド', 'バリデーション', '実装', '機能', '連携', 'テンプレート', 'ボタン', 'pos', 'レジ', '店舗向け'],
    sw: ['kuunganisha', 'mfumo', 'reconciliation', 'daraja api', 'stk push'],
    // Round thirty: not the notifications of the chat here, complained of ("kalemni 3ala el whatsapp, hena el notifications mesh betegi").
    en: ['integrat\\S*', 'api', 'sdk', 'webhooks?', 'bots?', 'chatbots?', '(?<!(?:hena|hna|hon|here) (?:el |l |the )?)notifications?', 'gateway', 'checkout', 'plugin', 'automations?', 'crm'],
    es: ['integr\\S*', '(?<!(?:aqui|aca) (?:las |la )?)notificacion\\S*(?! (?:de upwork|de aqui|llegan? tarde|tardan?))', 'pasarela', 'configur\\S*', 'automatiz\\S*',
      'como (?:editor|editora|admin\\S*|moderador\\S*)',
      'cliente final', 'el sistema (?:genera|envia|manda)', 'modulo',
      // A flow, the shop's buyers, a data clean-up: "el mismo flujo en Telegram", "quité duplicados por email".
      'flujos?', 'compradores', '(?:de)?duplicad\\S*',
    ],
    // Round thirty: not the chat's notifications here, late ("Me chama no WhatsApp, aqui a notificação demora").
    pt: ['integr\\S*', '(?<!aqui (?:as |a )?)notifica\\S*(?! (?:demora|atrasa|chega tarde|nao chega|daqui|da upwork|do upwork))', 'configur\\S*', 'automatiz\\S*', 'gateway',
      'como (?:editor|editora|admin\\S*|moderador\\S*)',
      'cliente final', 'o sistema (?:gera|envia|manda)', 'modulo',
      'fluxos?', 'comprador(?:es)?', '(?:de)?duplicad\\S*',
    ],
    fr: ['integr\\S*', '(?<!ici (?:les |la )?)notification\\S*(?! (?:d.upwork|arrivent? (?:en )?retard|arrivent? trop tard))', 'passerelle', 'configur\\S*', 'automatis\\S*',
      'business manager', 'comme (?:editeur|editrice|admin\\S*|moderat\\S*)',
    ],
    de: ['integr\\S*', 'benachrichtigung\\S*', 'schnittstelle', 'konfigur\\S*', 'automatis\\S*'],
    ru: ['интегр\\S*', 'бот\\S*', 'шлюз\\S*', 'настро\\S*', 'автоматиз\\S*', 'botov', 'bota', 'boty'],
    uk: ['інтегр\\S*', 'бот\\S*', 'налашт\\S*', 'автоматиз\\S*'],
    hi: ['integration', 'bot', 'api',
      'integrat\\S*', 'gateway', 'sandbox', 'website (?:pe|par|mein|me)',
      'इंटीग्रेशन', 'इंटिग्रेशन', 'बॉट', 'चैटबॉट', 'गेटवे', 'एपीआई', 'ऐप बना\\S{0,4}',
      // A payment screen's parts as the work: a button, a checkout page ("पेमेंट बटन", "चेकआउट पेज").
      'बटन\\S{0,3}', 'चेकआउट\\S{0,3}',
    ],
    tl: ['integration', 'bot', 'api'],
    id: ['integrasi', '(?<!(?:di sini|disini) )notif(?:ikasi)?(?:nya)?(?! (?:suka |sering )?(?:telat|lambat|ga masuk|gak masuk))', 'bot', 'api'],
    ar: ['تكامل', 'ربط', 'بوت', 'اشعارات',
      // Building a payment or contact feature: "ربطته ببوابة فوري كوسائل دفع", a "تواصل معنا" page with a form.
      '(?:ب)?بواب[ةه]', 'بوابات', 'ربطت\\S*', '(?:ك)?وسائل دفع', 'callback', 'صفحة تواصل معنا', 'تواصل معنا', 'فورم', 'نموذج',
    ],
    // Turkish bot forms ("botu", "botlar"), not English "both" or "bottom".
    // Round thirty: not "burada bildirim gelmiyor" (no notifications arrive here), a reason to move the chat.
    tr: ['entegrasyon\\S*', '(?<!burada )bildirim\\S*(?! (?:gelmiyor|gec geliyor|dusmuyor))', 'bot(?:u|a|un|ta|tan|lar\\S*|umuz|unuz)?', 'api'],
    ur: ['integrat\\S*', 'gateway', 'sandbox', 'website (?:pe|par|mein|me)', 'api'],
    nl: ['knop\\S*', 'contactformulier\\S*', 'formulier', 'integr\\S*'],
    ro: ['buton\\S*', 'lead-?uri\\S*', 'vizionari', 'integr\\S*', 'formular\\S*'],
    ms: ['butang', 'customer (?:lebih )?suka', 'pelanggan (?:lebih )?suka', 'notifikasi', 'integrasi'],
    // Round twenty-five: a feature being built ("토스로 받을 수 있는 기능", "메일로 알림 주고받는 기능을 개발했어요").
    ko: ['버튼', '연동', '고객(?:들|분들)?이', '기능', '구현'],
    // Building it as work: connecting a payment or chat API, a page, a field, a mini program.
    zh: ['接入', '集成', '对接', '對接', '串接', '接口', '小程序', '页面', '頁面', '前端', '后端', '功能', '模块', '模組', '按钮', '按鈕',
      '字段', '欄位', '表单', '表單', '插件', '正则', '脚本',
      '機器人', '机器人', '二维码', '扫码'],
    vi: ['tich hop', 'chuc nang', 'nut', 'truong (?:sdt|so dien thoai|email)', 'bieu mau', 'trang lien he', 'mini app', 'lap trinh', 'webhook',
      'chatbot', 'zalo oa'],
    // A bot, an integration, a gateway built: Marathi, Nepali, Bengali.
    mr: [
      'इंटीग्रेशन', 'इंटिग्रेशन', 'बॉट', 'गेटवे', 'ॲप बनव\\S{0,4}', 'बटण\\S{0,3}', 'बटन\\S{0,3}',
        'चेकआउट\\S{0,3}'],
    ne: [
      'इन्टिग्रेसन', 'इंटिग्रेसन', 'बोट', 'गेटवे', 'एप बनाउ\\S{0,4}', 'बटन\\S{0,3}', 'चेकआउट\\S{0,3}'],
    bn: [
      'ইন্টিগ্রেশন', 'ইন্টেগ্রেশন', 'বট', 'চ্যাটবট', 'গেটওয়ে', 'অ্যাপ বানা\\S{0,4}',
        'বাটন\\S{0,3}', 'চেকআউট\\S{0,3}'],
    ha: ['gina\\S{0,3}', 'hada(?:wa)?'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['integration\\S{0,3}', 'betalsätt\\S{0,3}', 'betalningslösning\\S{0,3}', 'kassan', 'appen', 'formulär\\S{0,3}', 'fält(?:et|en)?', 'inloggningssidan'],
    no: ['integrasjon\\S{0,3}', 'betalingsmåte\\S{0,3}', 'betalingsløsning\\S{0,3}', 'kassen', 'appen', 'skjema\\S{0,3}', 'innloggingssiden'],
    da: ['integration\\S{0,3}', 'betalingsmetode\\S{0,3}', 'betalingsløsning\\S{0,3}', 'kurven', 'appen', 'formular\\S{0,3}', 'loginsiden'],
    fi: ['integraatio\\S{0,3}', 'maksutap\\S{0,4}', 'kassalle', 'kassa', 'sovellu\\S{0,5}', 'kirjautumissivu\\S{0,3}', 'kentä\\S{0,3}'],
    'is': ['greiðsluleið\\S{0,3}', 'körfunni', 'innskráningarsíð\\S{0,3}', 'appið', 'forritið'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'ένα bot για Viber', 'Viber bot fejlesztése', 'ബോട്ട്',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'Viber bot', 'интеграција', 'ödəniş sistemi', 'ბოტი', 'ቦት',
    // Tamil, Telugu, Nigerian Pidgin.
    'வாட்ஸ்அப் பாட்', 'బాట్',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'ทำไลน์บอท', 'ربات تلگرام', 'בוט לוואטסאפ', 'бот за вайбър', 'whatsapp bota',
    'Já integrei Pix', 'notificações por SMS', 'интеграция с Telegram', 'delayu botov', 'o mesmo fluxo no Telegram', 'quité duplicados por email',
    'व्हाट्सएप बॉट बना सकता हूँ', 'UPI पेमेंट इंटीग्रेशन', 'म भाइबर बोट बनाउँछु',
    'বিকাশ পেমেন্ট ইন্টিগ্রেশন'],
  counterExamples: [
    'बोतल', 'বটগাছ'],
});
