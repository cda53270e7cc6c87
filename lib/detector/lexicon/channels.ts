/**
 * Ways to reach someone, and words for leaving Upwork, per language.
 */
import { defineClass } from './word-class';
import { oneOf } from '../pattern';

/** Chat apps by the names people type in other languages and scripts (the Latin spellings live in MESSAGING_APPS). */
export const CHAT_APP = defineClass({
  name: 'CHAT_APP',
  doc: 'Messaging apps and social networks people move a conversation to.',
  words: {
    // Round twenty-seven: Lithuanian case endings ("whatsappe", "viberyje", "telegrame").
    lt: [
      'whats ?app(?:e|a|u|o|ui)', 'viber(?:yje|i|io|iu|y)', 'telegram(?:e|a|u|o|ui)', 'messenger(?:yje|i|io|iu)', 'instagram(?:e|a|u|o)',
      'skyp(?:e|u|a|o)',
    ],
    // Round twenty-seven: Latvian and Estonian case endings ("vatsapā", "telegramā", "whatsappis", "telegrami").
    lv: [
      'whats ?app(?:a|u|am)', 'vatsap(?:a|u|s|am)?', 'viber(?:a|i|u|am)', 'telegram(?:a|u|am|s)', 'messenger(?:a|i|u|am)',
      'instagram(?:a|u|am|s)',
    ],
    et: [
      'whats ?app(?:i|is|ist|iga|ile)', 'viber(?:i|is|ist|iga|ile)', 'telegram(?:i|is|ist|iga|ile)', 'messenger(?:i|is|ist|iga|ile)',
      'instagram(?:i|is|ist|iga|ile)', 'skype(?:i|is|ist|iga|ile)',
    ],
    hy: ['վայբեր\\S{0,4}', 'վատսապ\\S{0,4}', 'վացապ\\S{0,4}', 'վոթսափ\\S{0,4}', 'տելեգրամ\\S{0,4}', 'ֆեյսբուք\\S{0,4}', 'ինստագրամ\\S{0,4}',
      'մեսենջեր\\S{0,4}', 'սկայպ\\S{0,4}', 'viber(?:ov|um|i|d|s|@|y)', 'whatsapp(?:ov|um|i|d|s|@|y)', 'vatsap(?:ov|um|i|d|s|@|y)?', 'telegram(?:ov|um|i|d|s|@|y)'],
    uz: ['telegram(?:da|dan|ga|ni|im|imga|imni|ing|ingiz|ingizni|ingizga)', 'whatsapp(?:da|dan|ga|im|ingiz|ingizni)', 'vatsap\\S{0,7}', 'imo(?:da|dan|ga)', 'телеграм\\S{0,8}',
      'ватсап\\S{0,8}', 'вотсап\\S{0,8}'],
    kk: ['телеграм\\S{0,8}', 'ватсап\\S{0,8}', 'вотсап\\S{0,8}', 'whatsapp(?:qa|ka|ta|tan)', 'telegram(?:ga|da|nan)'],
    ky: ['телеграм\\S{0,8}', 'ватсап\\S{0,8}', 'вотсап\\S{0,8}'],
    tg: ['телеграм\\S{0,8}', 'ватсап\\S{0,8}', 'вотсап\\S{0,8}'],
    mn: ['вайбер\\S{0,6}', 'телеграм\\S{0,6}', 'мессенжер\\S{0,6}', 'ватсап\\S{0,6}'],
    // Albanian as Kosovars and Albanians type it, ë as e and ç as c (round twenty-six).
    sq: [
      'whats ?app(?:in|it|i)', 'viber(?:in|it|i)', 'telegram(?:in|it|i)', 'instagram(?:in|it|i)', 'skype(?:in|it|i)',
    ],
    // Slovak with its case endings (round twenty-six).
    sk: [
      'whats ?app(?:u|om)', 'wh?atsap(?:u|om|p)?', 'viber(?:i|e|om|u)', 'telegram(?:e|u|om)', 'messenger(?:i|e|om)', 'instagram(?:e|u|om)', 'skype(?:u|om)',
    ],
    // Macedonian in Cyrillic and in Latin letters (round twenty-six).
    mk: [
      'вајбер\\S{0,3}', 'вибер\\S{0,3}', 'вотсап\\S{0,3}', 'ватсап\\S{0,3}', 'телеграм\\S{0,3}', 'месинџер\\S{0,3}', 'инстаграм\\S{0,3}',
      'скајп\\S{0,3}',
    ],
    // Slovenian with its case endings (na Viberju, na WhatsAppu, prek Telegrama); round twenty-six.
    sl: [
      'viber(?:ju|jem|ja)', 'whats ?app(?:u|om|a)', 'wh?atsap(?:u|om|a)?', 'telegram(?:u|om|a)', 'messenger(?:ju|jem|ja)', 'instagram(?:u|om)', 'skype(?:u|om)', 'signal(?:u|om)',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: the apps after "via" ("តាម Telegram").
    km: [
      'តេឡេក្រាម', 'តាម ?(?:telegram|messenger|facebook|whatsapp)', 'tam (?:telegram|messenger)',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: the apps.
    my: [
      'ဗိုက်ဘာ', 'တယ်လီဂရမ်', 'မက်ဆင်ဂျာ', 'ဖေ့စ်ဘွတ်', 'viber ?(?:မှာ|နဲ့|ကို|mhar|nae)',
      '(?:telegram|messenger) ?(?:မှာ|နဲ့|ကို)',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): the apps with their case endings ("ವಾಟ್ಸಾಪ್‌ನಲ್ಲಿ", "whatsapp alli").
    kn: [
      'ವಾಟ್ಸಾಪ್\\S{0,6}', 'ವಾಟ್ಸ್ ?ಆಪ್\\S{0,6}', 'ವಾಟ್ಸಪ್\\S{0,6}', 'ಟೆಲಿಗ್ರಾಮ್\\S{0,6}',
      'ಫೇಸ್‌ಬುಕ್\\S{0,6}', 'ಫೇಸ್ಬುಕ್\\S{0,6}', 'ಇನ್‌ಸ್ಟಾ\\S{0,8}', 'ಮೆಸೆಂಜರ್\\S{0,6}',
      '(?:whatsapp|telegram|insta|facebook) ?(?:alli|ge|nalli)',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): the apps.
    pa: [
      'ਵਟਸ ?ਐਪ\\S{0,4}', 'ਵਾਟਸ ?ਐਪ\\S{0,4}', 'ਟੈਲੀਗ੍ਰਾਮ\\S{0,4}', 'ਟੈਲੀਗਰਾਮ\\S{0,4}', 'ਫੇਸਬੁੱਕ\\S{0,4}',
      'ਇੰਸਟਾ\\S{0,8}', 'ਮੈਸੇਂਜਰ\\S{0,4}',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): the apps with their case endings ("વોટ્સએપ પર", "whatsapp par").
    gu: [
      'વોટ્સ ?એપ\\S{0,4}', 'વૉટ્સ ?ઍપ\\S{0,4}', 'વોટસએપ\\S{0,4}', 'ટેલિગ્રામ\\S{0,4}', 'ટેલીગ્રામ\\S{0,4}',
      'ફેસબુક\\S{0,4}', 'ઇન્સ્ટાગ્રામ\\S{0,4}', 'મેસેન્જર\\S{0,4}',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: the apps with their case endings ("වට්සැප් එකෙන්", "viber ekata").
    si: [
      'වට්සැප්\\S{0,6}', 'වට්ස්ඇප්\\S{0,6}', 'වට්සප්\\S{0,6}', 'වොට්සැප්\\S{0,6}', 'ටෙලිග්‍රෑම්\\S{0,6}',
      'ටෙලිග්‍රාම්\\S{0,6}', 'වයිබර්\\S{0,6}', 'ෆේස්බුක්\\S{0,6}', 'මැසෙන්ජර්\\S{0,6}', 'ඉමෝ',
      '(?:whatsapp|watsapp|viber|telegram|imo|messenger) (?:eken|ekata|eke)',
    ],
    // Greek app names in Greek letters (βάιμπερ), Hungarian with its case endings (Viberen, WhatsAppon), Malayalam in its script (വാട്സ്ആപ്പിൽ) and
    // in Latin letters (whatsappil).
    el: ['βαιμπερ\\S{0,2}', 'βαιμπερακι', 'γουατσαπ\\S{0,2}', 'γουοτσαπ\\S{0,2}', 'τελεγκραμ\\S{0,2}', 'μεσεντζερ\\S{0,2}',
      'φεισμπουκ\\S{0,2}', 'ινσταγκραμ\\S{0,2}', 'σκαιπ\\S{0,2}'],
    hu: ['viber(?:en|re|rol|t|es)', 'whats ?app(?:on|ra|rol|ot|os)', 'wh?atsap(?:on|ra|rol|ot)', 'telegram(?:on|ra|rol|ot|os)', 'messenger(?:en|re|rol|t)', 'mesenger\\S{0,3}',
      'facebook(?:on|ra|rol)', 'fb-?(?:n|re|rol)', 'insta(?:n|ra|rol|gram(?:on|ra|rol))', 'skype(?:on|ra|rol)', 'signal(?:on|ra|rol)', 'discord(?:on|ra|rol)'],
    ml: [
      // Malayalam in its script and Manglish (round twenty-six): the app with a long case ending ("ടെലിഗ്രാമിലേക്ക്").
      'ടെലിഗ്രാമിലേക്ക്', 'വാട്സ്ആപ്പിലേക്ക്', 'വാട്സാപ്പിലേക്ക്', 'telegramilekk\\S{0,2}',
      'whatsappilekk\\S{0,2}',
      'വാട്സ്ആപ്പ\\S{0,6}', 'വാട്സാപ്പ\\S{0,6}', 'വാട്ട്സ്ആപ്പ\\S{0,6}', 'വാട്സ് ആപ്പ\\S{0,6}',
      'വാട്ട്സാപ്പ\\S{0,6}', 'ടെലഗ്രാമ\\S{0,6}', 'ടെലിഗ്രാമ\\S{0,6}', 'ടെലഗ്രാം', 'ടെലിഗ്രാം',
      'ഇൻസ്റ്റാഗ്രാമ\\S{0,6}', 'ഇൻസ്റ്റ\\S{0,6}', 'ഫേസ്ബുക്ക\\S{0,6}', 'മെസഞ്ചർ\\S{0,4}',
      'whatsapp(?:il|ilekk\\S{0,2}|ilude|ayi)', 'watsapp\\S{0,4}', 'wtsp(?:il)?', 'telegram(?:il|ilekk\\S{0,2}|ilude)', 'insta(?:yil|gramil)', 'facebookil', 'fbyil'],
    // Croatian, Serbian and Bosnian with their case endings (na Viberu, preko WhatsAppa, вајбер), Azerbaijani with its suffixes (vatsapa, teleqramda),
    // Georgian (ვაიბერზე, viberze) and Amharic with its prefix (በቴሌግራም, ዋትስአፕ; not a bare ቴሌ, the telecom).
    hr: ['viber(?:u|om|a)', 'vajber\\S{0,3}', 'whats ?app(?:u|om|a)', 'wh?atsap(?:u|om|a)?', 'telegram(?:u|om|a)', 'messenger(?:u|om|a)', 'mesendzer\\S{0,3}', 'instagram(?:u|om)',
      'fejs(?:u|om|a)', 'fejsbuk\\S{0,3}', 'skajp\\S{0,3}', 'signal(?:u|om)'],
    sr: ['вајбер\\S{0,3}', 'вотсап\\S{0,3}', 'ватсап\\S{0,3}', 'телеграм\\S{0,3}', 'месинџер\\S{0,3}', 'месенџер\\S{0,3}',
      'инстаграм\\S{0,3}', 'фејсбук\\S{0,3}', 'фејс(?:у|ом)', 'скајп\\S{0,3}'],
    az: ['whats ?app-?(?:a|da|dan|la|im|ima|imda)', 'vats ?ap(?:a|da|dan|la|im|ima|imda)?', 'telegram-?(?:a|da|dan|la|im|ima)', 'teleqram\\S{0,4}', 'instaqram\\S{0,4}', 'feysbuk\\S{0,4}',
      'messenger-?(?:e|de|den)', 'skayp\\S{0,4}', 'imo(?:ya|da)'],
    ka: ['ვაიბერ\\S{0,4}', 'ვოცაპ\\S{0,4}', 'ვატსაპ\\S{0,4}', 'ვოტსაპ\\S{0,4}', 'ვაცაპ\\S{0,4}', 'ტელეგრამ\\S{0,4}',
      'მესენჯერ\\S{0,4}', 'ფეისბუქ\\S{0,4}', 'ინსტაგრამ\\S{0,4}', 'სკაიპ\\S{0,4}', 'viber(?:ze|shi|it)', 'whatsapp(?:ze|shi|it)',
      'vocap(?:ze|shi|it|i)?', 'vatsap(?:ze|shi|it)', 'telegram(?:ze|shi|it)', 'messenger(?:ze|shi)', 'mesenjer(?:ze|shi)?', 'facebook(?:ze|shi)', 'fb-?(?:ze|shi)', 'instagram(?:ze|shi)'],
    am: ['በ?ቴሌግራ[\\u1218-\\u121f]\\S{0,3}', 'በ?ዋትስአ[\\u1350-\\u1357]\\S{0,3}', 'በ?ዋትሳ[\\u1350-\\u1357]\\S{0,3}', 'በ?ዋትስ አፕ',
      'በ?ቫይበ[\\u1228-\\u122f]\\S{0,3}', 'በ?ሜሴንጀ[\\u1228-\\u122f]\\S{0,3}', 'በ?ፌስቡ[\\u12a8-\\u12af]\\S{0,3}', 'በ?ኢሞ ላይ',
      'በ?ኢንስታግራ[\\u1218-\\u121f]\\S{0,3}', 'telegram lay', 'telegram lai', 'whatsapp lay', 'imo lay', 'imo lai', 'be ?telegram'],
    // Tamil and Telugu app names in their scripts (வாட்ஸ்அப்ல, వాట్సాప్ లో) and with their case endings in Latin letters (whatsappla, whatsapplo).
    ta: ['வாட்ஸ் ?அப்\\S{0,4}', 'வாட்சப்\\S{0,4}', 'வாட்ஸப்\\S{0,4}', 'டெலிகிராம்\\S{0,4}', 'இன்ஸ்டா\\S{0,6}',
      'ஃபேஸ்புக்\\S{0,4}', 'whats ?app(?:la|le|ku|kku|laye)', 'w?atsapp?(?:la|le|ku)', 'telegram(?:la|le|ku)', 'insta(?:la|gramla)'],
    te: ['వాట్స్ ?యాప్\\S{0,4}', 'వాట్సాప్\\S{0,4}', 'వాట్సప్\\S{0,4}', 'టెలిగ్రామ్\\S{0,4}',
      'ఇన్స్టా\\S{0,6}', 'ఫేస్బుక్\\S{0,4}', 'whats ?app(?:lo|ki|ke)', 'w?atsapp?(?:lo|ki)', 'telegram(?:lo|ki)', 'insta(?:lo|gramlo)'],
    // Thai app names (ไลน์ not in ออนไลน์, เดดไลน์, ไกด์ไลน์, ไลน์อัพ, ไลน์ผลิต); Persian with its clitics
    // (واتساپم) and in Latin letters; Hebrew with its prefixes (בוואטסאפ); Bulgarian (вайбър); Czech with case endings.
    th: [
      // Facebook as chat shortens it ("ทักเฟสมา"); not "เฟส" as a project phase.
      'เฟส(?:บุ๊ก|บุ๊ค)?(?!ที่|แรก|สอง|ต่อไป)',
        '(?<!ออน|เดด|ไกด|ไทม|ฮอต|ไพพ|ออฟ)ไลน์(?!อัพ|ผลิต|แมน|ไทม)',
        'line ?(?:ไอดี|id)',
      'ไอดีไลน์', 'วอ(?:ท|ต)ส์?แอ(?:ป|พ)', 'เทเลแกรม', 'เฟซบุ๊ก',
      'เฟสบุ๊ค', 'อินสตาแกรม', 'ไอจี', 'เมสเซนเจอร์'],
    fa: ['واتس ?اپ(?:م|ت|ش|مو|تو)?', 'واتس', 'تلگرام(?:م|ت|ش|مو|تو)?', 'اینستاگرام(?:م|ت|ش)?', 'اینستا(?:م|ت)?', 'ایتا',
      'روبیکا', 'اسکایپ',
      'whatsapp(?:am|et|e|amo|eto)', 'vatsap\\S{0,3}', 'telegram(?:am|et|e|amo|eto)', 'insta(?:m|gram(?:am|e))'],
    he: ['(?:ב|ל|ה|ו|מ|וב|של)?(?:וואטסאפ|ווטסאפ|ווצאפ|וואצאפ|טלגרם|טלגראם)',
      '(?:ב|ל|ה|ו|מ|וב|של)?(?:אינסטגרם|אינסטה|פייסבוק|סקייפ|דיסקורד|סיגנל)'],
    bg: [
      'viber\\S{0,2}', 'vaiber\\S{0,2}',
      'вайб(?:ъ|е)р\\S{0,2}', 'уатсап\\S{0,2}', 'уотсап\\S{0,2}', 'телеграм\\S{0,2}', 'инстаграм\\S{0,2}', 'фейсбук\\S{0,2}',
      'месинджър\\S{0,2}',
      'скайп\\S{0,2}'],
    cs: ['whats ?app(?:u|em)', 'wh?atsap(?:u|em|p)?', 'telegram(?:u|em)', 'instagram(?:u|em)', 'insta(?:c|ci|cu)', 'messenger(?:u|em)',
      'signal(?:u|em)', 'viber(?:u|em)', 'facebook(?:u|em)', 'fejsbuk\\S{0,2}', 'skyp(?:u|em)'],
    // Polish app names with their case endings ("na Messengerze", "przez Signala", "na fejsie"): only with an ending, the bare names are read as English.
    pl: ['whats ?app(?:a|ie|em|u)', 'whatsap(?:a|ie|em)', 'wats?ap+(?:a|ie|em)', 'wacap\\S*', 'telegram(?:a|ie|em|u)', 'messenger(?:a|ze|em)',
      'mesenger\\S*', 'mess(?:ie|a|em)', 'fejs(?:ie|a|em|ik\\S*)?', 'fejsbu(?:k|ku|ka|kiem)', 'facebook(?:a|u|iem)',
      'insta(?:gram(?:a|ie|em)|gramik\\S*)', 'inst(?:e|y|ie)', 'signal(?:a|u|em|ze)', 'viber(?:a|ze|em|ku)', 'skyp(?:ie|a|em)',
      'skype\'?(?:a|ie|em)', 'skajp\\S*', 'discord(?:a|zie|em)', 'linkedin(?:a|ie|em)'],
    // Japanese: app names in katakana; ライン not after オン/ガイド/タイム/デッド/アウト (オンライン, ガイドライン). Swahili spellings of WhatsApp.
    ja: ['(?<![ンドムトイスー])ライン(?!ナップ)', 'line(?=で|に|の|id|やって|交換|追加|を|は|なら|だと|グループ)', 'ワッツアップ', 'ワッツアプ',
      'ワツアップ', 'テレグラム', 'スカイプ', 'ディスコード', 'インスタ(?:グラム|(?!ン))', 'フェイスブック', 'メッセンジャー', 'ツイッター',
      'カカオトーク', 'ウィーチャット', 'チャットワーク', 'chatwork', 'シグナル(?=で|に|の|id)'],
    sw: ['wasap', 'wasapu', 'watsap', 'whatsapu', 'telegramu', 'instagramu'],
    en: [
      'whats ?app', 'whatsap+', 'wats?ap+', 'telegram', 'tele', 'tg', 'skype', 'discord', 'signal', 'viber',
      'wechat', 'insta(?:gram)?', 'ig', 'messenger', 'fb', 'facebook', 'snap(?:chat)?', 'linkedin',
      'line app', 'kakao(?:talk)?', 'zalo', 'botim', '(?:ms|microsoft) teams', 'google meet', 'slack',
      // Web3 socials: Farcaster (read in its Warpcast app), Bluesky.
      'warpcast', 'farcaster', 'bluesky', 'bsky',
      'threema', 'element(?:/| ?& ?)matrix', 'matrix (?:chat|server|room)', 'element app', 'mattermost',
      'rocket\\.chat', 'xing',
    ],
    // "búscame en face": Facebook, as Spanish and Portuguese speakers shorten it.
    es: ['wasap', 'guasap', 'whats', 'wsp', 'wpp', 'telegrama', 'face',
      'discordzie', 'discorda', 'whatsappa', 'whatsappie', 'telegramie', 'messengerze', 'messengera', 'skypie',
      'signalu',
    ],
    pt: ['zap', 'zapzap', 'whats', 'wpp', 'zap ?zap', 'face'],
    de: ['telegramm'],
    ru: [
      'телеграм+', 'телеграмм?е', 'телеграмм?у', 'телег[аеуи]', 'тг', 'тележк[аеу]', 'ватсап+', 'вацап+',
      'вотсап+', 'вотсап+е', 'ватсап+е', 'вайбер[еу]?', 'скайп[еу]?', 'дискорд[еу]?', 'инст[ау]',
      'инстаграм[еу]?', 'вк', 'вконтакте', 'мессенджер[еу]?',
      // Round thirty: "тг", "телега" (Telegram).
      'тг',
      'телег\\S*',
    ],
    uk: ['телеграм[іу]?', 'вайбер[іу]?', 'ватсап[іу]?', 'скайп[іу]?', 'дискорд[іу]?', 'інст[аіу]', 'месенджер[іу]?',
      // Round thirty: "інст" (Instagram), "тг" (Telegram). Not "інст\\S*": it read "інструментарій: 3ds Max" as an Instagram handle.
      'інст', 'інсті', 'інстою',
      'тг',
      'телег\\S*',
    ],
    hi: ['wp', 'watsapp', 'whtsapp', 'insta', 'wa',
      '(?:व्हा|व्हॉ|वा|वॉ|ह्वा)ट्स ?(?:एप|ऐप|अप|ॲप|अॅप|ऍप|एप्प|अप्प)\\S{0,6}',
      'टेलीग्राम\\S{0,4}', 'टेलिग्राम\\S{0,4}', 'इंस्टाग्राम\\S{0,4}', 'इन्स्टाग्राम\\S{0,4}',
      'इंस्टा', 'फेसबुक\\S{0,4}', 'मैसेंजर\\S{0,4}', 'मेसेंजर\\S{0,4}', 'स्काइप\\S{0,4}', 'स्काईप\\S{0,4}',
      'सिग्नल ऐप', 'डिस्कॉर्ड\\S{0,4}'],
    ur: [
      // Chat apps in Urdu letters (round twenty-five).
      'واٹس ?ایپ', 'واٹس ?اپ', 'ٹیلی ?گرام', 'ٹیلیگرام', 'اسکائپ', 'سکائپ', 'انسٹاگرام', 'میسنجر', 'وائبر', 'wp', 'watsapp', 'imo', 'wa'],
    tl: ['messenger', 'fb', 'viber', 'telegram'],
    id: ['wa', 'whatsapp', 'tele', 'line (?:id|app)',
      'akun line', 'line (?:saya|aku|kamu|ku)',
    ],
    ar: [
      'واتس ?اب', 'الواتس ?اب', 'واتس', 'الواتس', 'واتساب', 'الواتساب', 'تلغرام', 'التلغرام', 'تليجرام',
      'التليجرام', 'تيليجرام', 'تلجرام', 'تيلي', 'سكايب', 'ديسكورد', 'انستقرام', 'انستغرام', 'الانستا',
      'انستا', 'فيسبوك', 'الفيس', 'ماسنجر', 'سناب',
      // Arabic with a clitic ("عالواتس" on WhatsApp, "بالتلغرام", Darija "فالواتساب"), and FaceTime.
      '(?:عال|عل|بال|فال|وال|لل|ع|ب|ف|و)(?:واتس ?اب|واتساب|واتساپ|واتس|تلغرام|تليجرام|تيليجرام|تلجرام|تيليغرا' +
        'م|تيلي|سكايب|ديسكورد|انستقرام|انستغرام|انستجرام|انستا|فيسبوك|فيس ?بوك|فيس|ماسنجر|سناب ?شات|سناب|تي' +
        'ك ?توك|تويتر|لينكد ?ان|فايبر|سيجنال|ايمو)',
      'فيس ?تايم', 'الفيس ?تايم', 'انستاجرام', 'الانستقرام', 'الانستغرام', 'الديسكورد', 'السناب', 'السكايب',
      'الفيسبوك', 'التيليجرام', 'التلجرام',
    ],
    tr: [
      // Turkish app names with their case endings on any app ("Messenger'dan", "Signal'den", "discord'a gel"), and chat spellings ("vatsaptan", "wp'den").
      '(?:whats ?app|whatsap|vatsap+|vatsab|watsap+|wp|wapp|telegram|tg|instagram|insta)\'?(?:tan|ten|dan|den|a|e|ya|ye|ta|te|da|de|i|u|in|un|im|um|imdan|umdan|inden|undan|dir|tir)',
      '(?:skype|discord|messenger|signal|viber|facebook|face|linkedin|snapchat|snap|dc)\'?(?:tan|ten|dan|den|a|e|ya|ye|ta|te|da|de|i|u|in|un|im|um|imdan|umdan|inden|undan|dir|tir)',
      'vatsap+', 'vatsab', 'wapp', 'wp(?=\\s?(?:den|dan|ten|tan|grubu|numara\\S*|no|uzerinden|\\\'))'],
    // Dutch: an app message is "een appje"; "whatsappen" is the verb.
    nl: ['appje', 'whatsappje', 'whatsappen', 'whatsappgroep'],
    // Korean: no word edges around Hangul, so stems take particles (카톡으로, 텔레그램에서); 라인 and 텔레 only with what follows (not 온라인, 텔레비전).
    ko: ['카톡', '카카오톡', '텔레그램', '텔레 ?(?:아이디|id)', '인스타', '디엠', '왓츠앱', '왓츠업', '오픈 ?채팅', '오픈 ?톡', '갠톡', '위챗',
      '디스코드', '스카이프', '페이스북', '페메', '라인 ?(?:아이디|id|메신저)',
      // Discord and KakaoTalk's open chat rooms as people shorten them ("디코로 연락주세요", "오픈 카톡방"); not 디코더 or 디코딩 (decoder, decoding).
      '디코(?=로|에서|에|나|방| |$)', '오픈 ?카톡(?:방)?',
      '라인(?:으로|에서) (?:연락|얘기|대화|주세요|와)'],
    // Romanian articles on names: "pe WhatsApp-ul meu", "Telegramul".
    ro: ['whats ?app-?ul', 'telegram-?ul', 'watsap', 'insta-?ul', 'messenger-?ul', 'facebook-?ul', 'skype-?ul'],
    // Malaysian: "WS" and "wassap" for WhatsApp, only with a number or an imperative.
    ms: ['wassap', 'wasap', '(?:nombor|no|number) ws', 'ws (?:number|nombor|no|saya|i|you|je)', 'tele (?:je|la)'],
    // Chinese app names and nicknames: WeChat as 微信/V信/vx, QQ by its nicknames, Telegram as 飞机/电报, DingTalk, Lark; 企业微信 is read as work by WORK_TALK.
    zh: ['微信号?', 'v信', '薇信', 'vx', '绿色软件', '绿泡泡', 'qq号?', 'q号', '扣扣', '企鹅号', '小飞机', '纸飞机', '飞机号', '电报',
      '钉钉', '飞书', '脸书'],
    // Zalo described by its colour, as Vietnamese clients write it.
    vi: ['app mau xanh', 'ung dung mau xanh'],
    // Marathi (व्हॉट्सॲपवर), Nepali (ह्वाट्सएपमा, भाइबरमा) and Bengali (হোয়াটসঅ্যাপে, ইমোতে) with
    // their endings; Hindi in Devanagari (व्हाट्सएप).
    mr: [
      '(?:व्हा|व्हॉ|वा|वॉ|ह्वा)ट्स ?(?:एप|ऐप|अप|ॲप|अॅप|ऍप|एप्प|अप्प)\\S{0,6}',
      'टेलिग्राम\\S{0,6}', 'टेलीग्राम\\S{0,6}', 'इन्स्टाग्राम\\S{0,6}', 'इंस्टाग्राम\\S{0,6}',
      'इन्स्टा\\S{0,3}', 'फेसबुक\\S{0,6}', 'मेसेंजर\\S{0,6}', 'स्काइप\\S{0,6}', 'डिस्कॉर्ड\\S{0,6}',
        'डिस्कॉर्ड\\S{0,6}'],
    ne: [
      '(?:व्हा|व्हॉ|वा|वॉ|ह्वा)ट्स ?(?:एप|ऐप|अप|ॲप|अॅप|ऍप|एप्प|अप्प)\\S{0,6}', 'भाइबर\\S{0,4}',
      'भाईबर\\S{0,4}', 'वाइबर\\S{0,4}', 'टेलिग्राम\\S{0,4}', 'टेलीग्राम\\S{0,4}', 'मेसेन्जर\\S{0,4}',
      'मेसेन्जरमा', 'म्यासेन्जर\\S{0,4}', 'फेसबुक\\S{0,4}', 'इन्स्टाग्राम\\S{0,4}', 'स्काइप\\S{0,4}',
      // Discord and IMO as Nepali writes them ("डिस्कर्डमा", "इमोमा"; not इमोजी).
      'डिस्कर्ड\\S{0,4}', 'डिस्कॉर्ड\\S{0,4}', 'इमो(?:मा|बाट)'],
    bn: [
      '(?:হো|ও)য়াট(?:স|্স) ?(?:অ্যাপ|অ্যাপ্প|আপ|এপ|য়াপ)\\S{0,4}', 'হোয়াটস্যাপ\\S{0,4}',
      'টেলিগ্রাম\\S{0,4}', 'ইমো(?:তে|য়|র)?', 'ইমু(?:তে)?', 'ভাইবার\\S{0,4}', 'মেসেঞ্জার\\S{0,4}',
      'ম্যাসেঞ্জার\\S{0,4}', 'ফেসবুক\\S{0,4}', 'ইনস্টাগ্রাম\\S{0,4}', 'স্কাইপ\\S{0,4}', 'ডিসকর্ড\\S{0,4}'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['whats ?app(?:en|et)', 'telegram(?:men|met)', 'messengern', 'signalen', 'snap(?:en|chatten)', 'insta(?:gram)?(?:men|met)'],
    no: ['whats ?app(?:en)', 'snap(?:en|chatten)', 'messengeren'],
    da: ['whats ?app(?:en)', 'messengeren', 'snap(?:pen|chatten)'],
    fi: ['whats ?app(?:iin|issa|ista|ia|illa)', 'wha?tsap(?:iin|issa|pia|illa)', 'telegram(?:iin|issa|ista|ia|illa)', 'messenger(?:iin|issä|issa|ia)',
      'linkedin(?:iin|issä|issa|ia)', 'signal(?:iin|issa|illa)', 'instagram(?:iin|issa|ia)', 'snapchat(?:iin|issa|ia)', 'discord(?:iin|issa|ia)', 'skype(?:en|ssa|lla)'],
    'is': ['whats ?app(?:inu|ið|id)', 'telegram(?:inu|ið|id)', 'messenger(?:inu|ið|id)', 'snap(?:inu|chatinu)'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'βάιμπερ', 'στείλε μου στο βάιμπερ', 'írj Viberen', 'WhatsAppon', 'വാട്സ്ആപ്പിൽ', 'whatsappil message ayakku',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'piši mi na Viberu', 'пиши ми на вајбер', 'vatsapa yazın', 'მომწერე ვაიბერზე', 'viberze momwere', 'በቴሌግራም', 'telegram lay',
    // Tamil, Telugu, Nigerian Pidgin.
    'வாட்ஸ்அப்ல', 'whatsappla', 'వాట్సాప్ లో', 'whatsapplo',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'แอดไลน์ผมนะครับ', 'به واتساپم پیام بده', 'תכתוב לי בוואטסאפ', 'пиши ми във вайбър', 'napiš mi na WhatsAppu',
    
    'هاد رقمي عالواتس', 'منحكي عالديسكورد',
    'DM me on Warpcast', 'давай в телегу', 'пиши в ватсап', 'напишіть у телеграмі', 'راسلني على الواتس', "whatsapp'tan yaz",
    'me chama no zap',
    'व्हाट्सएप पर बात करें', 'व्हॉट्सॲपवर बोलूया', 'ह्वाट्सएपमा कुरा गरौं',
    'হোয়াটসঅ্যাপে কথা বলি', 'ইমোতে কল দিন',
    'в тг',
    'в телегу',
    'мій інст',
    'в тг',
  ],
  counterExamples: [
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'vijesti', 'ቴሌ ካርድ', 'vizija',
    // Tamil, Telugu, Nigerian Pidgin look-alikes.
    'வாழ்த்துக்கள்', 'వార్తలు',
    'βιβλίο', 'വാർത്ത',
    'ส่งงานก่อนเดดไลน์นะครับ', 'ร้านค้าออนไลน์', 'ไกด์ไลน์ของแบรนด์',
    'the telephone line', 'zapping through channels',
    'वाट', 'इंस्टॉल करना है', 'ইমোজি'],
});

/** The inbox or class space of another site: a shop's conversations, a classroom, a stream's chat. */
export const OTHER_INBOX = defineClass({
  name: 'OTHER_INBOX',
  doc: "Another site's own messages, where a conversation can be moved: Etsy Conversations, Google Classroom, Twitch chat.",
  words: {
    en: [
      'etsy (?:conversations?|convos?|messages|inbox)', 'fiverr (?:inbox|chat|messages)', 'ebay messages', 'google classroom',
      'twitch(?: chat)?', 'reddit (?:dms?|chat)', 'steam(?: chat)?', 'roblox (?:dms?|messages|chat)', 'clubhouse',
    ],
  },
  examples: ['easier to talk in Etsy Conversations', "let's continue on Google Classroom", 'ask me on Twitch'],
  counterExamples: ['the twitchy scroll animation', 'a steamy photo of the coffee'],
});

/** Generic channels: email, phone, text, DMs. */
export const CONTACT_CHANNEL = defineClass({
  name: 'CONTACT_CHANNEL',
  doc: 'Channels that are not an app: email, phone, texts, direct messages.',
  words: {
    lt: [
      'telefono numer\\S{0,3}', 'numer(?:i|is|io|iu|ius|iuka)', 'tel\\.? nr', 'el\\.? ?past\\S{0,3}', 'e-?past\\S{0,3}',
      'telefon(?:as|a|u|o)', 'asmenin\\S{0,4} zinut\\S{0,3}', 'kontakt(?:us|ai|u|a)',
    ],
    lv: [
      'telefona numur\\S{0,2}', 'numur(?:s|u|a|am|inu)', 'e-?past\\S{0,3}', 'telefon(?:s|u|a|am)', 'privat\\S{0,3} zin\\S{0,4}',
      'kontakt(?:us|i|u|a)',
    ],
    et: [
      'telefoninumb\\S{0,4}', 'numb(?:ri|rit|rile|rid)', 'e-?post\\S{0,3}', 'meil(?:i|ile|is|iga)', 'telefon(?:i|il|ile|iga)',
      'privaat\\S{0,4}', 'kontakt(?:i|id|e|ile)',
    ],
    hy: ['ինձ անձնական', 'indz lichka',
      'համար(?:ս|դ|ը|ով)', 'հեռախոսահամար\\S{0,4}', 'հեռախոս\\S{0,4}', 'էլ\\.? ?փոստ\\S{0,3}', 'իմեյլ\\S{0,3}', 'մեյլ\\S{0,3}',
      'լիչկա\\S{0,3}', 'անձնական(?:ով|ում)', 'hamar(?:s|d|@|y|ov)', 'heraxos\\S{0,4}', 'nomer(?:s|d|@|y|ov)', 'e?mail-?(?:d|s|ov|@)', 'lichka\\S{0,3}'],
    uz: ['raqam(?:im|ingiz|ingizni|imni|ga)', 'nomer(?:im|ingiz|ingizni|imni)', 'telefon(?:im|ingiz|ingizni|da)', 'pochta\\S{0,6}', 'kontakt(?:laringiz|laringizni|larim|im|ingiz)', 'shaxsiy(?:ga|da)',
      'рақам(?:им|ингиз|ингизни|имни|га)', 'ракам(?:им|ингиз|ингизни)', 'номер(?:им|ингиз|ингизни)',
      'телефон(?:им|ингиз|ингизни)', 'почта\\S{0,6}', 'шахсий(?:га|да)'],
    kk: ['нөмір\\S{0,8}', 'телефон\\S{0,8}', 'пошта\\S{0,6}', 'nomir\\S{0,8}'],
    ky: ['номер(?:им|иңиз|иңизди|имди)', 'телефон\\S{0,8}', 'почта\\S{0,6}'],
    tg: ['рақам\\S{0,8}', 'телефон\\S{0,8}', 'почта\\S{0,6}'],
    mn: ['дугаар\\S{0,6}', 'утас\\S{0,6}', 'утсаа', 'утсыг', 'имэйл\\S{0,4}', 'мэйл\\S{0,4}'],
    sq: [
      'numr(?:in|i|at)', 'numrin e telefonit', 'telefon(?:in|i|it)', 'email(?:in|i|it)', 'mesazh privat', 'ne privat',
    ],
    sk: [
      'telefonne cislo', 'cisl(?:o|a|u)', 'mail(?:u|om)', 'e-?mail(?:u|om)', 'mobil(?:u|om)?', 'telefon(?:u|om)', 'sukromn\\S{0,2} sprav\\S{0,2}', 'do sukromnych sprav',
    ],
    mk: [
      'број(?:от)? на телефон', 'бројот', 'мејл(?:от)?', 'имејл(?:от)?', 'телефон(?:от)?', 'приватн(?:а|о) порак\\S{0,2}',
      'на приватно',
    ],
    sl: [
      'telefonsk\\S{0,2} stevilk\\S{0,2}', 'stevilk(?:o|a|e|i)', 'telefon(?:u|om|a)', 'mobi(?:tel)?\\S{0,2}', 'e-?mail(?:u|om)?', 'mail(?:u|om)?', 'zasebn\\S{0,2} sporocil\\S{0,2}',
      'na zasebno',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: phone number, phone, e-mail, a message, a call.
    km: [
      'លេខទូរស័ព្ទ', 'ទូរស័ព្ទ', 'អ៊ីមែល', 'ផ្ញើសារ', 'តេមក', 'lek phone',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: phone number, phone, e-mail, a message, a
    // call.
    my: [
      'ဖုန်းနံပါတ်', 'နံပါတ်', 'ဖုန်း', 'အီးမေးလ်', 'မေးလ်', 'မက်ဆေ့ချ်', 'phone ?number',
      'phone (?:nae|mhar)',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): number, phone, e-mail, a call, a message.
    kn: [
      'ನಂಬರ್\\S{0,6}', 'ಫೋನ್\\S{0,6}', 'ಮೊಬೈಲ್\\S{0,6}', 'ಇಮೇಲ್\\S{0,6}', 'ಈಮೇಲ್\\S{0,6}', 'ಮೆಸೇಜ್\\S{0,6}',
      'ಕಾಲ್\\S{0,6}', '(?:number|phone|email) ?(?:alli|ge|nalli)',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): number, phone, e-mail, a call, a message.
    pa: [
      'ਨੰਬਰ\\S{0,4}', 'ਫ਼ੋਨ\\S{0,4}', 'ਫੋਨ\\S{0,4}', 'ਮੋਬਾਈਲ\\S{0,4}', 'ਈਮੇਲ\\S{0,4}', 'ਈ-ਮੇਲ\\S{0,4}', 'ਮੈਸੇਜ\\S{0,4}',
      'ਕਾਲ\\S{0,4}', '(?:number|phone|email) te',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): number, phone, e-mail, a call, a message.
    gu: [
      'નંબર\\S{0,4}', 'ફોન\\S{0,4}', 'મોબાઇલ\\S{0,4}', 'ઈમેલ\\S{0,4}', 'ઇમેલ\\S{0,4}', 'ઈ-મેલ\\S{0,4}', 'જીમેલ\\S{0,4}',
      'મેસેજ\\S{0,4}', 'કોલ\\S{0,4}', 'કૉલ\\S{0,4}', '(?:number|phone|email|mail) (?:par|thi|ma)',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: number, phone, e-mail, a call, a message.
    si: [
      'නම්බර්\\S{0,6}', 'අංකය\\S{0,3}', 'අංකේ', 'දුරකථන', 'ෆෝන්\\S{0,6}', 'මොබයිල්\\S{0,6}', 'ඊමේල්\\S{0,6}',
      'ඉමේල්\\S{0,6}', 'ඊ-මේල්\\S{0,6}', 'විද්‍යුත් තැපැල\\S{0,4}', 'මැසේජ්\\S{0,6}', 'කෝල්\\S{0,6}',
      '(?:number|phone|email|mail|inbox) (?:eken|ekata|eke|ekak)',
    ],
    // Greek phone, mobile, mail and private messages (and in Greeklish), Hungarian with its endings (telefonszám, e-mailben, privátban), Malayalam number, phone and mail (and in
    // Latin letters).
    el: ['τηλεφων\\S{0,3}', 'κινητ(?:ο|ου)', 'μεηλ', 'μειλ', 'ημειλ', 'στα (?:προσωπικα|ιδιωτικα)',
      '(?:προσωπικο|ιδιωτικο) μηνυμα', 'στο inbox', 'στο messenger', 'tilef(?:w|o)n\\S{0,3}', 'kinito', 'sta (?:proswpika|prosopika|idiwtika|idiotika)',
      '(?:se|sto) pm'],
    hu: ['telefon(?:on|ra|t|szam\\S{0,4})?', 'mobil(?:om|od|on|ra|szam\\S{0,4})', 'e-?mail(?:ben|en|re|cim\\S{0,4}|em|ed|t|ezz\\S{0,3})', 'email ?cim\\S{0,4}', 'sms(?:ben|t|en|ezz\\S{0,3})',
      'privat(?:ban|ba|ra| uzenet\\S{0,4})', 'privi(?:ben|be|re)', 'maganuzenet\\S{0,4}', 'uzenet(?:ben|et) (?:kuld|ir)\\S{0,4}'],
    ml: ['നമ്പർ\\S{0,4}', 'നമ്പറ\\S{0,4}', 'ഫോൺ\\S{0,4}', 'ഫോണ\\S{0,4}', 'മൊബൈൽ\\S{0,4}', 'മൊബൈല\\S{0,4}', 'ഇമെയിൽ\\S{0,4}',
      'ഇമെയില\\S{0,4}', 'ഇ-മെയിൽ\\S{0,4}', 'മെയിൽ ഐഡി', 'മെസ്സേജ\\S{0,4}', 'മെസേജ\\S{0,4}', 'nambar\\S{0,3}', 'numberil',
      'phonil', 'mobileil', 'mail id(?:il)?', 'email id(?:il)?', 'inboxil', 'dm il', 'personal (?:aayi|ayi) msg'],
    // Croatian, Serbian and Bosnian phone, mobile, mail and private messages; Azerbaijani (nömrəm, e-poçt, şəxsidə); Georgian (ნომერი, მეილი,
    // პირადში)
    // and its translit; Amharic (ስልክ, ኢሜይል; 'silk' only with its endings: silk is an English word).
    hr: ['broj (?:telefona|mobitela|mobilnog)', 'mobitel\\S{0,2}', 'telefon(?:om|u|a)', 'mejl(?:om|u|a)?', 'e-?mail(?:om|u)', 'imejl\\S{0,2}', 'u (?:privatnu|privatne|inbox)',
      'privatn(?:u|om|e) poruk\\S{0,2}', 'u inbox', 'sms(?:om)', 'u pp', 'na pp'],
    sr: ['број (?:телефона|мобилног)', 'мобилн(?:и|ог)', 'мејл\\S{0,3}', 'имејл\\S{0,3}', 'приватн(?:у|ом|е) порук\\S{0,2}',
      'у приватну', 'у инбокс'],
    az: [
      // Number, e-mail and a private chat with their endings ("nömrəni", "emailinizi", "özəldə").
      'nomre\\S{0,5}(?! (?:\\S+ )?(?:sahe|xana|duyme))', 'e-?mail\\S{0,5}(?! (?:\\S+ )?(?:sahe|xana|duyme))', 'ozel(?:de|den|e)?', 'nomr(?:e|ə)m(?:i|e|iz)?',
        'telefon(?:a|la|dan|um|umu|uma)', 'mobil nomre\\S{0,3}', 'e-?poct\\S{0,3}', 'mail(?:e|den|ime|imden)', 'emaile', 'sms(?:le)', 'sexsi(?:de|ye|den)',
      'sexsi mesaj\\S{0,3}', 'direkt(?:e|de)', 'dm(?:e|de)'],
    // ნომერ not after a genitive ("შეკვეთის ნომერი", "ოთახის ნომერი": the order's or the room's number);
    // "ტელეფონის ნომერი" is read by ტელეფონ.
    ka: ['(?<!ის )ნომერ\\S{0,3}', 'ტელეფონ\\S{0,4}', 'მობილურ\\S{0,3}', 'მეილ\\S{0,3}', 'იმეილ\\S{0,3}', 'ელფოსტ\\S{0,3}',
      'პირად(?:ში|ად)', 'პმ-?ში', 'ინბოქს\\S{0,3}', 'nomer(?:i|s|ze)', 'telefon(?:i|ze|is)', 'meil(?:i|ze|s)', 'mail(?:ze|shi)', 'pirad(?:shi|ad)',
      'pm-?shi', 'inbox(?:shi|ze)'],
    am: ['ስል[\\u12a8-\\u12af]\\S{0,3}', 'ኢሜይ[\\u1208-\\u120f]\\S{0,3}', 'ኢሜ[\\u1208-\\u120f]\\S{0,3}', 'ኢንቦክ[\\u1230-\\u1237]\\S{0,3}', 'በውስጥ መስመር',
      'silk kutr\\S{0,3}', 'silk kutir\\S{0,3}', 'silke', 'silkih', 'silkish', 'inbox lay', 'be ?inbox'],
    // Tamil and Telugu number, phone and mail, in their scripts and with their endings in Latin letters (numberku, phone lo).
    ta: ['நம்பர்\\S{0,4}', 'போன்\\S{0,4}', 'மொபைல்\\S{0,4}', 'ஈமெயில்\\S{0,4}', 'இமெயில்\\S{0,4}',
      'மெயில் ஐடி\\S{0,3}', 'மெசேஜ்\\S{0,4}', 'number(?:ku|kku|la)', 'phone(?:la|le|ku)', 'mail id(?:ku|la)?', 'email id(?:ku|la)?', 'inbox ?la', 'dm ?la',
      // "thaniya pesalam", "thaniya message pannunga" (privately): read only before talk, a message or an app, since "thaniya" is
      // "separately" too ("thaniya invoice anuppunga", "thaniya file la podunga"); a separate call may be on Upwork.
      'than+iy?aa?(?:ga|ka|va)?(?= (?:pesa|pesu|message|msg|chat|whats ?app|w?atsapp?|telegram|dm|inbox|number)\\S*)',
      'தனியா(?:க|வ)?(?= (?:பேச|மெசேஜ்|சாட்|வாட்ஸ்|வாட்சப்|டெலிகிராம்|நம்பர்)\\S*)'],
    te: ['నంబర్\\S{0,4}', 'నెంబర్\\S{0,4}', 'నంబరు\\S{0,4}', 'ఫోన్\\S{0,4}', 'మొబైల్\\S{0,4}', 'ఈమెయిల్\\S{0,4}',
      'మెయిల్ ఐడి\\S{0,3}', 'మెసేజ్\\S{0,4}', 'number(?:ki|ku) ', 'phone ?lo', 'mail id(?: ?ki)?', 'email id(?: ?ki)?', 'inbox ?lo', 'dm ?lo'],
    // Thai phone and mail (เบอร์ not in เบอร์เกอร์); Persian number, mail, direct (and in Latin letters); Hebrew mail and phone with prefixes; Bulgarian; Czech
    // with case endings.
    th: ['อีเมลส่วนตัว', 'ส่วนตัว', 'เบอร์(?:โทร(?:ศัพท์)?)?(?!เกอร)', 'อีเมล์?', 'โทรศัพท์',
      '(?<!แอป|แอพ|ชัน|เกม|เว็บ)มือถือ', 'แชทส่วนตัว',
      'ข้อความส่วนตัว', 'อินบ็อกซ์'],
    fa: ['خصوصی', 'پی ?وی', 'khosusi',
      'شماره(?:م|ت|ام|تون|تان|مو|تو)?', 'شماره (?:تلفن|موبایل|همراه)\\S{0,3}', 'ایمیل(?:م|ت|ام|تون|مو|تو)?', 'موبایل(?:م|ت|ش)?',
      'تلفن(?:م|ت|ش)?', 'دایرکت', 'پیوی',
      'پی وی', 'shomare(?:m|t|am|mo|to)?', 'email(?:am|et|amo|eto)', 'direct', 'pv'],
    he: ['(?:ב|ל|ה|ו)?(?:מייל|אימייל|טלפון|פלאפון|סמס)', 'מספר (?:ה)?טלפון', 'הודעה פרטית', 'בפרטי'],
    bg: ['имейл\\S{0,2}', 'мейл\\S{0,2}', 'телефон\\S{0,2}', 'номер\\S{0,3}', 'лични съобщения', 'лично'],
    cs: ['e-?mail(?:u|em)', 'mail(?:u|em)', 'telefon(?:u|em|icky)?', 'mobil(?:u|em)?', 'sms(?:ku|kou|ka)?', 'soukrom\\S{0,4} zprav\\S{0,3}', 'cislo',
      'cisl(?:a|e|u)'],
    // Polish mail, phone, mobile (komórka), texts (esemes) and private messages ("na priv", "na pw").
    pl: ['e-?mail(?:a|em|u|owo|owy|owej)', 'mail(?:a|em|u|owo|owy|owej)', 'mejl\\S*', 'maj?l(?:ik\\S*)', 'telefon(?:u|ie|em|icznie|iczny|iczna)?',
      'komork\\S*', 'sms(?:a|em|ie|y)', 'esem\\S*', 'na (?:priv|priw|privie|priwie|pw|pv)', 'prywatn\\S* (?:wiadomosc\\S*|czat\\S*|skrzynk\\S*)'],
    // Japanese mail, phone, mobile, DM; Swahili phone (simu), email (barua pepe), texts (ujumbe mfupi, meseji).
    ja: ['メール', 'メアド', 'メルアド', '電話', 'でんわ', '携帯', 'ケータイ', 'スマホ', 'ショートメール', 'ディーエム', '個人チャット'],
    sw: ['simu', 'barua pepe', 'ujumbe mfupi', 'meseji', 'inbox yangu'],
    en: ['e-?mail', 'gmail', 'inbox', 'phone', 'cell', 'mobile', 'texts?', 'sms', 'dms?', 'whatsapp', 'socials'],
    es: ['correo', 'e-?mail', 'mail', 'telefono', 'celular', 'movil', 'whats', 'mensaje privado', 'privado', 'dm',
      'mailowo', 'mailem', 'maila', 'telefonicznie', 'telefonu', 'cellulare', 'numero di telefono',
    ],
    pt: ['e-?mail', 'telefone', 'celular', 'whats', 'zap', 'privado', 'dm', 'direct', 'inbox'],
    fr: ['e-?mail', 'mail', 'courriel', 'telephone', 'portable', 'tel', 'mp', 'en prive', 'de vive voix'],
    de: ['e-?mail', 'mail', 'handy', 'telefon', 'handynummer', 'privatnummer', 'privat', 'pn', 'dm'],
    ru: ['почт[аеуы]', 'e-?mail', 'емейл', 'имейл', 'мейл', 'телефон[уе]?', 'номер[уе]?', 'личк[аеуи]',
      'лс', 'личные сообщения', 'личн[ыо][ей]',
      'голосом', 'голосов\\S*',
    ],
    uk: ['пошт[аіу]', 'телефон[уі]?', 'номер[уі]?', 'особист[іі]', 'приват',
      'голосом', 'голосов\\S*',
      'особист(?:і|их|ими) повідомлен(?:ня|нях|нями)',
    ],
    hi: ['email', 'mail', 'number', 'no', 'mobile', 'phone', 'personal',
      'नंबर\\S{0,4}', 'नम्बर\\S{0,4}', 'फोन\\S{0,4}', 'फ़ोन\\S{0,4}', 'मोबाइल\\S{0,4}', 'ईमेल\\S{0,4}', 'ई-मेल\\S{0,4}',
      'इमेल\\S{0,4}', 'ई ?मेल आईडी', 'मेल आईडी', 'मैसेज\\S{0,4}', 'मेसेज\\S{0,4}', 'म्यासेज\\S{0,4}',
      'मेसेज\\S{0,4}', 'इनबॉक्स\\S{0,4}', 'पर्सनल (?:चैट|मैसेज|नंबर)',
      // In private, directly with me ("प्राइवेट में बात करते हैं", "सीधे मुझसे संपर्क करें");
      // not "प्राइवेट लिमिटेड" (a company) or a bare "सीधे" (straight on).
      'प्राइवेट(?:ली| (?:में|मे|पर|चैट))', 'पर्सनल(?:ी| (?:में|मे|पर))', 'प्राइवेटली', 'पर्सनली',
      'सीधे (?:मुझसे|मुझ से|हमसे|हम से|मेरे से|मेरे साथ)',
      '(?:seedhe|sidhe|seedha|sidha) (?:mujhse|mujh se|humse|hamse|hum se|mere se)'],
    ur: [
      // Urdu in its script: a number, an email, a phone, an inbox.
      'نمبر\\S{0,2}', 'ای ?میل', 'موبائل', 'فون', 'ان ?باکس', 'email', 'number', 'no', 'mobile', 'phone'],
    tl: ['email', 'number', 'numero', 'cp', 'text', 'pm'],
    id: ['email', 'nomor', 'nomer', 'no hp', 'hp', 'japri', 'dm', 'pc', 'inbox', 'sms'],
    ar: ['ايميل', 'الايميل', 'بريد', 'البريد', 'الخاص', 'رقم', 'رقمي', 'الرقم', 'هاتف', 'الهاتف', 'جوال', 'الجوال', 'موبايل',
      // Private messages: "فالخاص", "عالخاص", "الدايركت", Darija "f l prive", Arabizi "3al khas".
      '(?:ف|ع|ب|في |على )?(?:ال|ل)خاص', 'الدايركت', 'دايركت', 'البرايفت', 'الانبوكس', 'انبوكس',
      '(?:el|l|f|fel|fl|3al|3la|3a) ?(?:khas|5as|prive)',
    ],
    tr: [
      // Turkish mail, phone and mobile (cep) with their endings, texts, DMs, a private message ("e-posta üzerinden", "telefonda", "özelden").
      'mail(?:den|e|im|imden|iniz|inize|le|den|ler\\S*)', 'e-?posta\\S*', 'telefon(?:dan|da|la|u|unu|unuzu|umu|um|umdan|umuz|a)', 'numara\\S*',
      'cep(?: telefonu\\S*| numara\\S*| no)?', 'gsm', 'sms(?:le|ten|e|i)', 'dm(?:den|e|ler\\S*)', 'ozel(?:den| mesaj\\S*)',
      'mesaj\\S*(?= (?:at|yaz|gonder)\\S*)',
      'mail', 'telefon', 'dm', 'ozel'],
    nl: ['e-?mail', 'mail', 'telefoon', 'gsm', 'mobiel(?:tje)?', 'prive', 'priveberichten?', 'pb', 'dm', 'sms'],
    // Round twenty-five: by phone ("전화로 얘기해요"), not the phone number field.
    ko: ['이메일', '메일', '문자', '개인 ?톡', '개인 ?메시지', '쪽지', '개인 ?연락처', '전화번호', '휴대폰', '핸드폰', '전화로', '통화로'],
    ro: ['e-?mail', 'mail', 'telefon', 'mobil', 'privat', 'mesaj privat', 'sms', 'pe mess'],
    ms: ['emel', 'e-?mel', 'telefon', 'no tel', 'pm', 'dm', 'private', 'inbox'],
    zh: ['邮箱', '郵箱', '电邮', '電郵', '邮件', '郵件', '电话', '電話', '手机号?', '手機(?:號碼)?', '短信', '私信'],
    vi: ['email rieng', 'mail rieng', 'so dien thoai', 'sdt', 'dien thoai', 'tin nhan rieng'],
    // Number, phone, mail, message in Devanagari (नंबर, ईमेल, मेसेज) and Bengali (নম্বর, ইমেইল, মেসেজ), with their case endings.
    mr: [
      'नंबर\\S{0,4}', 'नम्बर\\S{0,4}', 'फोन\\S{0,4}', 'फ़ोन\\S{0,4}', 'मोबाइल\\S{0,4}', 'ईमेल\\S{0,4}', 'ई-मेल\\S{0,4}',
      'इमेल\\S{0,4}', 'ई ?मेल आईडी', 'मेल आईडी', 'मैसेज\\S{0,4}', 'मेसेज\\S{0,4}', 'म्यासेज\\S{0,4}',
      'मेसेज\\S{0,4}', 'इनबॉक्स\\S{0,4}', 'पर्सनल (?:चैट|मैसेज|नंबर)',
      // In private, directly with me: Marathi "प्रायव्हेटमध्ये", "थेट माझ्याशी".
      '(?:प्रायव्हेट|प्राइवेट|पर्सनल) ?मध्ये', 'थेट (?:माझ्याशी|आमच्याशी)'],
    ne: [
      'नंबर\\S{0,4}', 'नम्बर\\S{0,4}', 'फोन\\S{0,4}', 'फ़ोन\\S{0,4}', 'मोबाइल\\S{0,4}', 'ईमेल\\S{0,4}', 'ई-मेल\\S{0,4}',
      'इमेल\\S{0,4}', 'ई ?मेल आईडी', 'मेल आईडी', 'मैसेज\\S{0,4}', 'मेसेज\\S{0,4}', 'म्यासेज\\S{0,4}',
      'मेसेज\\S{0,4}', 'इनबॉक्स\\S{0,4}', 'पर्सनल (?:चैट|मैसेज|नंबर)',
      // In private, directly with me: Nepali "प्राइभेटमा", "सिधै मसँग".
      '(?:प्राइभेट|प्राइवेट|पर्सनल) ?मा', 'सिधै (?:मसँग|म सँग|हामीसँग|हामी सँग)'],
    bn: [
      'নম্বর\\S{0,4}', 'নাম্বার\\S{0,4}', 'নাম্বর\\S{0,4}', 'ফোন\\S{0,4}', 'মোবাইল\\S{0,4}', 'ইমেইল\\S{0,4}',
      'ইমেল\\S{0,4}', 'ই-মেইল\\S{0,4}', 'মেইল আইডি', 'মেসেজ\\S{0,4}', 'ম্যাসেজ\\S{0,4}', 'ইনবক্স\\S{0,4}',
      'পার্সোনাল (?:চ্যাট|মেসেজ|নম্বর|নাম্বার)',
      // In private, directly with me: "প্রাইভেটে", "সরাসরি আমার সাথে"; not "প্রাইভেট লিমিটেড".
      'প্রাইভেটে', 'প্রাইভেটলি', 'পার্সোনালি', 'পার্সোনালে',
      'সরাসরি (?:আমার|আমাদের) (?:সাথে|সঙ্গে)'],
    ha: ['lambar waya\\S{0,3}', '(?:a|ta) waya', 'imel\\S{0,5}', 'sakon sirri', 'sako a sirri'],
    yo: ['foonu', 'fonu', 'ero ibanisoro', 'imeeli', 'imeli'],
    ig: ['ekwenti', 'ozi'],
    so: ['taleefan\\S{0,4}', 'fariin\\S{0,3}'],
    mg: ['finday', 'hafatra', 'mailaka'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['mejl(?:en|et|a)?', 'mail(?:en|et)', 'e-?post(?:en)?', 'telefon(?:en)?', 'mobil(?:en)?', 'sms(?:a)?', 'telefonnummer', 'mobilnummer',
      'privat(?:meddelande|chatt)\\S{0,4}', 'dm(?:en)?'],
    no: ['mail(?:en)?', 'e-?post(?:en)?', 'telefon(?:en)?', 'mobil(?:en)?', 'telefonnummer(?:et)?', 'mobilnummer(?:et)?', 'privatmelding\\S{0,3}'],
    da: ['mail(?:en)?', 'e-?mail(?:en)?', 'telefon(?:en)?', 'mobil(?:en)?', 'telefonnummer(?:et)?', 'mobilnummer(?:et)?', 'privatbesked\\S{0,3}', 'sms(?:en)?'],
    fi: ['sähköposti\\S{0,6}', 'sposti\\S{0,4}', 'meili\\S{0,4}', 'puhelin\\S{0,6}', 'kännyk\\S{0,4}', 'tekstiviesti\\S{0,4}', 'yksityisviesti\\S{0,4}',
      'puhelinnumero\\S{0,4}'],
    'is': ['netfang\\S{0,4}', 'tölvupóst\\S{0,4}', 'síma(?:num|nn|nr)?', 'símanúmer\\S{0,4}', 'farsím\\S{0,4}', 'einkaskilaboð\\S{0,4}'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'στο τηλέφωνο', 'στείλε μου email', 'hívj telefonon', 'írj e-mailben', 'എന്റെ നമ്പർ', 'mail id tharo',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'broj mobitela', 'pošalji mi mejl', 'у приватну поруку', 'nömrəm', 'e-poçtla', 'პირადში', 'ჩემი ნომერი',
    'ტელეფონის ნომერი', 'ስልክ ቁጥሬ',
    'silk kutre',
    // Tamil, Telugu, Nigerian Pidgin.
    'என் நம்பர்', 'mail id kudunga', 'నా నంబర్', 'phone lo', 'thaniya pesalam', 'தனியா பேசலாம்',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'เบอร์โทรผม', 'شماره تلفنم', 'בטלפון', 'на имейл', 'napište mi e-mailem',
    'escríbeme al correo', 'schreib mir per Handy', 'пиши в личку', 'chat me on pm', 'japri aja',
    'मेरा नंबर', 'ईमेल भेजो', 'माझा नंबर', 'तपाईंको नम्बर', 'আমার নম্বর',
    'ইমেইলে পাঠান', 'प्राइवेट में', 'सीधे मुझसे', 'seedha mujhse', 'प्रायव्हेटमध्ये',
    'थेट माझ्याशी', 'प्राइभेटमा', 'सिधै मसँग', 'প্রাইভেটে', 'সরাসরি আমার সাথে'],
  counterExamples: [
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'telefonija', 'silk scarf', 'mobilni sajt',
    // Tamil, Telugu, Nigerian Pidgin look-alikes.
    'შეკვეთის ნომერი', 'ოთახის ნომერი', 'போனஸ்', 'ఫోటో', 'thaniya invoice anuppunga', 'thaniya file la podunga',
    'τηλεόραση', 'mobilalkalmazás',
    'เบอร์เกอร์ร้านนี้อร่อย',
    'नमस्ते', 'নমস্কার', 'शर्मा प्राइवेट लिमिटेड', 'सीधे जाकर बाएं मुड़िए',
    'প্রাইভেট লিমিটেড কোম্পানি'],
});

/** Phrases that by themselves say "not on Upwork". */
export const OUTSIDE_UPWORK = defineClass({
  name: 'OUTSIDE_UPWORK',
  doc: 'Outside Upwork, in so many words, in each language.',
  words: {
    lt: [
      'uz (?:upwork\\S{0,3}|platformos|sios platformos) ribu', 'ne per upwork\\S{0,3}',
      'be (?:upwork\\S{0,3}|platformos|tarpinink\\S{0,3})', 'ne cia,? o',
    ],
    lv: [
      'arpus (?:upwork\\S{0,2}|platformas)', 'bez (?:upwork\\S{0,2}|platformas|starpniek\\S{0,3})', 'ne caur upwork\\S{0,2}',
    ],
    et: [
      'valjaspool (?:upwork\\S{0,3}|platvormi)', 'ilma (?:upwork\\S{0,3}|platvormita|vahendaja\\S{0,2})', 'upworkist valja',
      'mitte upworkis',
    ],
    hy: ['կապի (?:այլ|ուրիշ) միջոց\\S{0,3}', 'upwork-?ը պետք չ(?:ի|է)', 'upwork-?@ petq chi',
      '(?:upwork|ափվորք|ապվորք|ափուորք)-?ից դուրս', '(?:կայքից|պլատֆորմից|սայթից) դուրս',
      'առանց (?:upwork|ափվորք|ապվորք|կայք|պլատֆորմ)\\S{0,4}', 'այլ տեղ\\S{0,3}', 'ուրիշ տեղ\\S{0,3}', 'upwork-?ic durs',
      '(?:kayqic|saytic|platformic) durs', 'aranc (?:upwork|kayq|sayt)\\S{0,3}', 'urish tex\\S{0,3}', 'ayl tex\\S{0,3}'],
    uz: ['upwork(?:\'?dan) chiq\\S{0,4}', '(?:апворк|upwork)дан чиқ\\S{0,4}',
      'upwork(?:\'?dan)? tashqari\\S{0,4}', 'apvork\\S{0,4} tashqari\\S{0,4}', 'sayt(?:dan)? tashqari\\S{0,4}', 'platformadan tashqari\\S{0,4}', 'saytsiz', 'upworksiz',
      'boshqa joy(?:da|ga)', '(?:апворк|upwork)\\S{0,4} ташқари\\S{0,4}', 'сайт\\S{0,3} ташқари\\S{0,4}', 'сайтсиз', 'бошқа жой(?:да|га)'],
    kk: ['(?:апворк|upwork)\\S{0,4} тыс', '(?:сайт|платформа)\\S{0,4} тыс', 'сайтсыз', 'басқа жер(?:де|ге)'],
    ky: ['(?:апворк|upwork)\\S{0,4} сырт\\S{0,4}', '(?:сайт|платформа)\\S{0,4} сырт\\S{0,4}', 'сайтсыз', 'башка жер(?:де|ге)'],
    tg: ['берун аз (?:апворк|upwork|сайт|платформа)\\S{0,3}', 'бе (?:апворк|upwork|сайт)', '(?:дар )?ҷои дигар'],
    mn: ['(?:апворк|upwork)\\S{0,4} гадуур', '(?:сайт|платформ)\\S{0,4} гадуур', 'өөр газар\\S{0,3}'],
    sq: [
      'jashte (?:upwork\\S{0,4}|platformes|faqes|sistemit)', 'pa (?:upwork\\S{0,4}|platformen|ndermjetes)',
    ],
    sk: [
      'mimo (?:upwork\\S{0,2}|platform\\S{0,2}|portal\\S{0,2}|system\\S{0,2}|tejto stranky)', 'bez (?:upwork\\S{0,2}|platformy|sprostredkovatel\\S{0,2})',
    ],
    mk: [
      'надвор од (?:upwork|апворк|платформата|сајтот|системот)', 'без (?:upwork|апворк|платформата|посредни\\S{0,3})',
      'nadvor od (?:upwork|platformata)',
    ],
    sl: [
      '(?:izven|mimo|zunaj) (?:upworka|platforme|strani|sistema|aplikacije)', 'brez (?:upworka|platforme|posrednika)',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: outside Upwork, not through it, somewhere else.
    km: [
      'ក្រៅ ?upwork', 'មិនឆ្លងកាត់ ?upwork', 'កន្លែងផ្សេង', 'krao upwork',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: outside Upwork, without it, somewhere else.
    my: [
      '(?:upwork|အပ်ဝေါ့ခ်) ?(?:ပြင်ပ|အပြင်|မပါဘဲ|ကို မသုံးဘဲ|မသုံးဘဲ|ကို ' +
        'ကျော်ပြီး)',
      'တခြားနေရာ', 'တခြား နေရာ', 'upwork a ?pyin', 'upwork ma pa bae',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): outside Upwork, without it, somewhere else.
    kn: [
      '(?:upwork|ಅಪ್‌ವರ್ಕ್|ಅಪ್ ವರ್ಕ್|ಅಪ್ವರ್ಕ್)\\S{0,4} (?:ಹೊರಗೆ|ಹೊರಗಡೆ|ಹೊರಗಿನ' +
        'ಿಂದ|ಇಲ್ಲದೆ|ಬಿಟ್ಟು|ಬೇಡ)',
      'ಬೇರೆ ಕಡೆ', 'ಬೇರೆ ಜಾಗದಲ್ಲಿ', 'upwork\\S{0,4} (?:horage|horagade|horaginda|illade|bittu|beda)', 'bere kade',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): outside Upwork, without it, somewhere else.
    pa: [
      '(?:upwork|ਅਪਵਰਕ|ਅਪ ਵਰਕ)\\S{0,4} (?:ਤੋਂ |ਦੇ )?(?:ਬਾਹਰ\\S{0,3}|ਬਿਨਾਂ|ਬਗੈਰ)', 'ਕਿਤੇ ਹੋਰ', 'ਹੋਰ ਕਿਤੇ',
      '(?:upwork|اپ ?ورک)\\S{0,3} (?:توں |دے )?(?:باہر\\S{0,3}|بغیر|بنا)', 'کتے ہور', 'ہور کتے', 'upwork\\S{0,3} (?:ton |de )?(?:bahar\\S{0,3}|bina|bagair)',
      'kite hor', 'hor kite',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): outside Upwork, without it, somewhere else.
    gu: [
      '(?:upwork|અપવર્ક|અપ વર્ક)\\S{0,4} (?:ની |થી )?(?:બહાર\\S{0,3}|વગર|સિવાય)', 'બીજે ક્યાંક',
      'બીજી જગ્યાએ', 'અહીં નહીં', 'upwork\\S{0,3} (?:ni |thi )?(?:bahar\\S{0,3}|vagar|sivay)', 'bije (?:kyak|kyaank|kyay)', 'biji jagyae', 'ahiya nahi',
    ],
    // Greek εκτός πλατφόρμας, έξω από το Upwork; Hungarian az Upworkön kívül, platformon kívül; Malayalam Upwork-ന് പുറത്ത് and upwork illathe.
    el: ['εκτο[σς] (?:upwork|του upwork|απγουορκ|πλατφορμα[σς]|τη[σς] πλατφορμα[σς]|συστηματο[σς]|του site|σαιτ)',
      'εξω απο (?:το |την )?(?:upwork|απγουορκ|πλατφορμα|site|συστημα)',
      'χωρι[σς] (?:το |την )?(?:upwork|πλατφορμα|μεσαζοντ\\S{0,3})', '(?:οχι|μη) (?:μεσω|απο) (?:το )?upwork',
      'ektos (?:upwork|tou upwork|platformas|tis platformas)', 'e(?:ks|x)(?:w|o) apo to (?:upwork|site)', 'xwris to upwork', 'xoris to upwork'],
    hu: ['(?:upwork\\S{0,4}|platform\\S{0,4}|oldal\\S{0,3}|rendszer\\S{0,3}) kivul', '(?:upwork|platform|kozvetito) nelkul', 'nem (?:az )?upwork\\S{0,4} (?:keresztul|altal)',
      '(?:meg)?kerulve az upworkot', 'upwork\\S{0,3} megkerulesevel'],
    ml: [
      // Malayalam in its script and Manglish (round twenty-six): somewhere else.
      'വേറെ എവിടെയെങ്കിലും', 'വേറെ എവിടെ', 'vere evideyenkilum', 'vere evide',
      'അപ് ?വർക്ക\\S{0,6} (?:പുറത്ത\\S{0,4}|ഇല്ലാതെ|വഴി അല്ലാതെ|ഒഴിവാക്കി\\S{0,3})',
      'പ്ലാറ്റ്ഫോമിന\\S{0,3} പുറത്ത\\S{0,4}',
      'upwork\\S{0,5} (?:purath\\S{0,3}|puratt\\S{0,3}|veliyil|illathe|ozhivaakki\\S{0,3}|ozhivakki\\S{0,3}|vazhi allathe)', 'platform\\S{0,5} (?:purath\\S{0,3}|illathe)'],
    // Croatian, Serbian and Bosnian 'van/izvan Upworka', 'mimo platforme'; Azerbaijani 'Upwork-dan kənarda'; Georgian 'Upwork-ის გარეთ'; Amharic 'ከአፕወርክ ውጭ'.
    hr: [
      '(?:van|izvan|mimo) (?:ove|ovog|ovoga|te) (?:platforme|stranice|sajta|aplikacije|sustava|sistema)', '(?:van|izvan|mimo) aplikacije',
      '(?:van|izvan|mimo) (?:upworka|platforme|sajta|stranice|sustava|sistema)', 'bez (?:upworka|platforme|posrednika)', 'zaobi(?:dj|d|c)\\S{0,4} upwork\\S{0,2}'],
    sr: [
      '(?:ван|изван|мимо) (?:ове|овог|овога) (?:платформе|странице|сајта|апликације|система)',
      '(?:ван|изван|мимо) апликације',
      '(?:ван|изван|мимо) (?:упворка|upworka|платформе|сајта|система)', 'без (?:упворка|upworka|посредника)'],
    az: [
      // Somewhere else, out of here ("başqa yerdə", "buradan çıxaq").
      'basqa (?:bir )?yer(?:de|den|e)', 'bura(?:dan|da)? (?:cix|kenar)\\S{0,3}', '(?:upwork|platforma|sayt|sistem)\\S{0,5} (?:kenar|xaric)\\S{0,4}', 'upwork\\S{0,2}suz',
        'upworksuz', 'platformasiz', 'vasitecisiz'],
    // Round twenty-five: Upwork as Georgians spell it ("აპვორკის გარეშე"), "elsewhere".
    ka: ['(?:აპვორკ|აპვორქ|აფვორკ)\\S{0,3} (?:გარეთ|გარეშე|მიღმა)', 'სხვაგან',
      '(?:upworkis|apvorkis|apworkis) (?:gareshe|garet)', 'sxvagan', 'upwork-?ის (?:გარეთ|გარეშე|მიღმა)',
      'აფვორქ\\S{0,3} (?:გარეთ|გარეშე|მიღმა)',
      '(?:პლატფორმის|ფლატფორმის|საიტის) (?:გარეთ|გარეშე|მიღმა)', 'upwork-?is (?:garet|gareshe)',
      '(?:platformis|saitis) (?:garet|gareshe)'],
    // Round twenty-five: "somewhere else", "not here".
    am: ['ሌላ ቦታ', 'እዚህ ሳይሆን', 'ከዚህ ውጪ', 'lela bota', 'ከ ?(?:upwork|አፕወርክ|አፕዎርክ|ፕላትፎርሙ|ሳይቱ) (?:ውጭ|ውጪ)',
      'ያለ (?:upwork|አፕወርክ|አፕዎርክ)',
      'ke ?upwork (?:wuch|wuchi|wechi|wich)', 'upwork wuch'],
    // Outside Upwork in Tamil (upwork veliya, அப்வொர்க் வெளியே), Telugu (upwork bayata, అప్‌వర్క్ బయట) and Nigerian Pidgin (comot from
    // Upwork).
    ta: [
      // Tamil: outside Upwork, somewhere else (round twenty-five).
      '(?:upwork|அப்வொர்க்) வெளியே', 'வேற (?:எங்கயாவது|இடத்துல)', 'vera (?:engayavadhu|edathula)',
      'upwork\\S{0,3} (?:vendam|vendaam)', 'upwork\\S{0,4} (?:ku |kku )?(?:veliya|veliye|veliyila|veliyile|illama|illaama|thavira)', 'platform\\S{0,4} (?:ku |kku )?(?:veliya|veliye|illama)',
      'அப் ?வொர்க்\\S{0,4} (?:வெளிய\\S{0,2}|இல்லாம\\S{0,2}|தவிர)',
      'அப் ?வர்க்\\S{0,4} (?:வெளிய\\S{0,2}|இல்லாம\\S{0,2})', 'பிளாட்பார்ம்\\S{0,4} வெளிய\\S{0,2}'],
    te: [
      // Telugu: outside Upwork, somewhere else (round twenty-five).
      '(?:upwork|అప్వర్క్) బయట', 'వేరే చోట', 'vere chota', 'upwork\\S{0,3} (?:vaddu|avasaram ledu)',
      'upwork\\S{0,4} (?:ki )?(?:bayata|bayita|baita|lekunda|kakunda)', 'platform\\S{0,4} (?:ki )?(?:bayata|baita|lekunda)',
      'అప్ ?వర్క్\\S{0,4} (?:బయట|లేకుండా|కాకుండా)', 'ప్లాట్ఫామ్\\S{0,4} బయట'],
    pcm: ['(?:comm?ot|komot) (?:from |for )?(?:upwork|(?:dis|this|the) (?:site|platform|app))'],
    // Thai นอกระบบ, Persian خارج از آپورک (kharej az upwork), Hebrew מחוץ לאפוורק, Bulgarian извън платформата, Czech mimo platformu.
    th: ['ข้างนอก', 'ที่อื่น', 'ไม่(?:ต้อง)?ผ่าน ?เว็บ',
      'นอก ?(?:ระบบ|upwork|แพลตฟอร์ม|เว็บ)',
      'ไม่(?:ต้อง)?ผ่าน ?(?:upwork|ระบบ|แพลตฟอร์ม)'],
    fa: ['بدون سایت', '(?:یه )?جای دیگ(?:ه|ر)', '(?:ye )?jaye dige', 'bedoone site',
      '(?:خارج|بیرون) از (?:اپورک|اپ ورک|upwork|سایت|پلتفرم|سامانه)', 'بدون (?:اپورک|upwork|واسطه)',
      '(?:kharej|birun|biroon) az (?:upwork|site|platform)', 'bedun(?:e)? (?:upwork|vaseteh)'],
    // Round twenty-five: outside "this app", somewhere else ("מחוץ לאפליקציה הזאת", "במקום אחר").
    he: ['מחוץ ל ?(?:ה)?אפליקציה', 'במקום אחר', 'מחוץ ל ?(?:אפ ?וורק|upwork|פלטפורמה|אתר|מערכת)',
      'בלי (?:אפ ?וורק|upwork|הפלטפורמה|האתר)',
      'לא דרך (?:ה)?(?:אפ ?וורק|upwork|אתר|פלטפורמה)'],
    bg: ['извън (?:upwork|ъпуърк|платформата|сайта|системата)', 'без (?:upwork|ъпуърк|платформата|посредни\\S{0,3})',
      'не през (?:upwork|платформата|сайта)',
      'izvyn (?:upwork\\S{0,3}|platformata)', 'izvan (?:upwork\\S{0,3}|platformata)',
    ],
    cs: ['mimo (?:upwork\\S{0,2}|platform\\S{0,2}|portal\\S{0,2}|system\\S{0,2})', 'bez (?:upwork\\S{0,2}|platformy|prostrednik\\S{0,2})',
      'ne pres upwork\\S{0,2}'],
    // Polish: outside Upwork or the platform, without it, elsewhere ("poza platformą", "z pominięciem Upworka", "gdzie indziej").
    pl: ['poza (?:upwork\\S*|platform\\S*|serwis\\S*|portal\\S*|systemem|ta strona|tym portalem)',
      'bez (?:upwork\\S*|platformy|posrednik\\S*|posrednictwa)', 'z pominieciem (?:upwork\\S*|platformy|serwisu|portalu|posrednika)',
      'omija(?:jac|my) upwork\\S*', 'obejdziemy upwork\\S*', 'nie przez upwork\\S*', 'gdzie indziej', 'gdzies indziej', 'na zewnatrz', 'poza tym czatem',
      'poza tym portalem'],
    // Japanese: outside Upwork, not through it, elsewhere; Swahili: nje ya Upwork, pembeni (aside), kwingine (elsewhere).
    ja: ['upwork(?:以外|外|の外)', 'upwork(?:を)?通さ(?:ず|ない|ん)', 'upwork(?:を)?介さ(?:ず|ない)', 'プラットフォーム(?:外|以外|の外)', 'サイト外',
      'ここ以外', 'ほかの場所', '他の場所', '別の場所', '(?:別|ほか|他)の(?:ところ|所|とこ)', '(?:サイト|プラットフォーム)の外',
      '別の(?:連絡手段|連絡先|ツール|アプリ|方法)',
      '外で(?=話|やり取り|連絡)', 'こちらではなく', 'ここではなく', '直接(?:契約|取引|やり取り)'],
    sw: ['nje ya (?:upwork|hapa|platform|jukwaa|site|mtandao huu)', 'bila (?:kupitia )?upwork', 'pembeni', 'kwingine', 'mahali pengine', 'badala ya hapa', 'sio hapa'],
    en: [
      'without (?:the |a )?(?:marketplace|platform|middle ?man)(?: in the middle)?',
      'cut(?:ting)? out the middle ?man', 'outside (?:of )?(?:upwork|the platform|this platform|this site)',
      'off (?:of )?upwork', 'off[- ]platform', 'off the platform', 'off (?:the |this )?marketplace',
      // "a way to send you the invite outside this chat".
      'outside (?:of )?(?:this|the upwork) (?:chat|thread|inbox|messenger)', 'away from upwork', 'without upwork',
      'not through upwork', 'bypass(?:ing)? upwork', 'skip(?:ping)? upwork', 'other than upwork',
      'instead of (?:using |going through )?upwork', 'outside (?:of )?(?:the|this) system',
      'skip(?:ping)? the (?:platform|marketplace|site)', 'cut(?:ting)? (?:upwork|the platform) out',
      'keep(?:ing)? upwork out of (?:the loop|this|it)', 'leave upwork out(?: of (?:this|it|the loop))?',
      'as if (?:the platform|upwork) (?:didn.?t|did not) exist',
    ],
    es: ['fuera de (?:upwork|la plataforma|la pagina)', 'ya no (?:por )?(?:aqui|aca|por upwork)',
      'afuera de upwork', 'por fuera(?: de upwork)?', 'sin upwork', 'fuera de aqui', 'otro medio', 'por otro medio', 'otra parte',
      'sin pasar por (?:aqui|upwork|la plataforma|la pagina)',
      // Round twenty-four: the Rioplatense "por afuera", "sin la plataforma", and leaving in so many words ("salgamos de Upwork").
      'por afuera', 'afuera de (?:la plataforma|aqui|aca)', 'sin (?:la )?plataforma(?! de)', '(?:salgamos|salirnos|salir|nos salimos) de (?:upwork|aqui|aca|la plataforma)',
      'fuori (?:da )?upwork', 'fuori dalla piattaforma', 'senza upwork',
      'senza passare (?:da|per) (?:upwork|qui|la piattaforma)',
      'non (?:\\S+ )?(?:farlo |farla |farli )?passare (?:da|per) upwork', 'poza upwork\\S*', 'poza platform\\S*',
      'bez upworka', 'gdzie indziej',
    ],
    pt: ['fora do upwork', 'fora da plataforma', 'nao mais (?:aqui|pelo upwork)', 'por fora(?: do upwork)?', 'sem o upwork', 'sem upwork', 'fora daqui', 'outro meio', 'por outro meio', 'outro lugar',
      'sem passar pelo upwork', 'sem passar pela plataforma',
      // "no outro sítio" (Portugal), "lá fora".
      '(?:no|noutro|num) outro sitio', 'la fora',
      'sem precisar (?:do upwork|desse site|deste site|da plataforma)',
      // Round twenty-four: Upwork as feminine ("a Upwork": "fora da Upwork", "sem a Upwork"), "noutro sítio" (Portugal), leaving in so many words.
      'fora da upwork', 'sem a (?:upwork|plataforma)', 'noutro sitio', '(?:sair|sairmos|saimos|sai) (?:daqui|da upwork|do upwork|da plataforma)',
    ],
    fr: [
      "en dehors (?:d'|de )?upwork", "en dehors de la plateforme", "hors (?:d'|de )?upwork",
      'hors (?:de la )?plateforme', 'sans upwork', 'sans passer par upwork', "ailleurs(?: qu.ici)?",
      '(?:en )?dehors de (?:cette|la) (?:messagerie|plateforme|discussion)', 'hors de cette messagerie',
      'autre part',
      // "continuer en dehors", with nothing after: off this chat (the frame needs a verb of talking).
      'en dehors(?= *[,.!?;]| genre| la| dans)',
      'ne passe pas par (?:les |la )?plateformes?', 'hors plateforme',
      'sans passer par (?:ici|la plateforme|le site|cette plateforme)',
    ],
    de: ['ohne (?:die |diese )?(?:plattform|upwork)', 'ausserhalb (?:von )?upwork', 'nicht mehr (?:hier|uber upwork|uber die plattform)', 'ausserhalb (?:der )?plattform',
      'ausserhalb (?:dieses|des) (?:chats|postfachs)',
      'ohne upwork', 'nicht uber upwork', 'an upwork vorbei', 'woanders', 'anderswo',
      'ohne (?:die |diese )?plattform', 'ausserhalb der plattform',
      // Swiss German "usserhalb" with a verb of talking (the frame pairs them).
      'usserhalb',
      // Round thirty, second wave: "statt über den Meilenstein" (instead of the milestone).
      'statt uber (?:den |die )?(?:meilenstein|upwork|plattform)',
    ],
    ru: [
      'без (?:этой )?(?:площадки|платформы|биржи)', 'минуя (?:upwork|апворк\\S*|площадку|биржу|платформу)',
      'в другом месте', 'вне (?:апворка|апворк|upwork|платформы|площадки|биржи)',
      'в обход (?:апворка|upwork|платформы|площадки|биржи)', 'мимо (?:апворка|upwork|биржи)',
      // Other marketplaces by name: "продолжить работу в обход freelancehunt", "в обход Kwork".
      '(?:в обход|мимо|вне|без) (?:freelancehunt|фрилансхант\\S{0,3}|kwork\\S{0,3}|кворк\\S{0,3}|fl\\.ru|фл\\.ру|weblancer|веблансер\\S{0,3})',
      'за пределами (?:апворка|upwork|платформы|биржи)', 'без (?:апворка|upwork|биржи)',
      'не через (?:платформу|апворк|upwork|биржу)',
    ],
    uk: [
      'оминаючи (?:upwork|апворк\\S*|біржу|платформу)', 'в іншому місці', 'деінде',
      'поза (?:апворком|upwork|платформою|біржею)', 'в обхід (?:апворка|upwork|платформи|біржі)',
      'без (?:апворка|upwork|біржі)',
      'поза апворк(?:ом|у|а)?', 'кудись', 'не через (?:платформу|апворк|upwork|біржу)',
    ],
    hi: [
      // Hindi: somewhere else, without Upwork (round twenty-five).
      'कहीं और', '(?:अपवर्क|upwork) के बिना', '(?:अपवर्क|upwork) से बाहर',
      'kahin aur', 'dusri jagah', 'upwork (?:ke|se) (?:bahar|bahir|baahar)', 'platform (?:ke|se) bahar',
      'upwork chhod(?:kar|ke)?', 'bina upwork', 'upwork ke bina', '(?:baat|kaam|deal) bahar',
      'bahar (?:karte|krte|kar lete|kr lete|discuss)',
      'upwork ki (?:zaroorat|zarurat|zarorat) (?:hi )?(?:nahi|nahin|nhi)',
      '(?:अपवर्क|अपवार्क|upwork|प्लेटफॉर्म|प्लेटफ़ॉर्म|प्लैटफ़ॉर्म) (?:के|से) बाहर',
      '(?:अपवर्क|अपवार्क|upwork) (?:के )?बिना',
      '(?:अपवर्क|upwork) को (?:छोड़कर|छोड़ के|बायपास करके)',
    ],
    ur: [
      // Urdu in its script: outside Upwork, without it, somewhere else.
      '(?:اپورک|اپ ورک|upwork|پلیٹ ?فارم)(?: سے| کے)? باہر', '(?:اپورک|اپ ورک|upwork|پلیٹ ?فارم) کے بغیر', 'کہیں اور', 'ذاتی طور پر',
      'upwork (?:ke|se) (?:bahar|bahir)', 'upwork ke baghair', 'bina upwork', 'upwork chor(?:kar|ke)?', 'bahar (?:discuss|kr lete|karte|krte|kar lete)', '(?:baat|kaam|deal) bahar',
      'upwork ki (?:zaroorat|zarurat|zarorat) (?:hi )?(?:nahi|nahin|nhi)',
    ],
    // Cebuano too: "sa gawas" (outside).
    tl: ['sa gawas', 'sa gawas sa upwork', 'sa ibang lugar', '(?:sa )?labas ng (?:upwork|platform)', 'hindi (?:na )?(?:sa|through) upwork', 'wag na sa upwork', 'sa labas',
      'wag na (?:kayong |po |tayo )?(?:mag-?reply )?dito sa upwork', 'hindi na (?:dito )?sa upwork',
    ],
    id: [
      'di tempat lain', '(?:di )?luar upwork', 'di luar platform', 'tanpa upwork', 'gak lewat upwork',
      'tidak lewat upwork', 'di luar aja', 'lanjut di luar', 'deal di luar', 'jangan (?:lewat|di) sini',
      'jangan di sini', 'pindah tempat',
      '(?:ga|gak|nggak|tidak) usah lewat (?:platform|upwork|sini)', 'ke luar platform',
      'jangan lewat upwork',
    ],
    ar: [
      'خارج (?:upwork|ابورك|اب ورك|الموقع|المنصة|منصة upwork)', 'بعيد(?:ا)? عن (?:upwork|ابورك|المنصة)',
      'بدون (?:upwork|ابورك|المنصة)', 'برا', 'بره', 'من غير المنصة', 'بيني وبينك', 'مكان تاني', 'مكان ثاني',
      'barra el platform', 'barra', 'في مكان تاني', 'مو هنا', 'مش هنا',
      'bara hena', 'barra hena', 'bara el (?:platform|site|mawke3)',
      'men gheir upwork', 'men ghair upwork', 'mn gher upwork', 'min ghair upwork', 'bara upwork', 'barra upwork',
      'خارج (?:اب وورك|ابوورك|اب ورك)',
      'm[ei]?n gh?[ae]?[iy]r upwork',
      // Darija: "3la barra" (outside), "berra".
      '(?:3la|3al|f) (?:barra|berra|bra)', 'berra',
      // "برا المنصة", "بمكان تاني", Arabizi "b mkan thani", MSA "khaarij al-mansa".
      '(?:ب|ف)?(?:برا|بره|برة|خارج) (?:ال)?(?:منصة|منصه|موقع|upwork|ابورك|اب وورك)', '(?:ب|في |ف)?مكان (?:ثاني|تاني|اخر|آخر)',
      '(?:b|f|fi|bi)? ?m[ae]?kan (?:thani|tani|tany|ta7t|akhar|a5ar|ekhar|ti9lu7|aslah)', 'kh?a+ri?j (?:al-?|el-? ?|el )?(?:mansa|mansah|platform|mawqi3|mawke3|upwork)',
      'bar+a (?:el )?(?:mansa|mansah|platform|site)',
      // Round thirty: "بدون أب ورك" with the space.
      'بدون اب ?ورك',
    ],
    bn: [
      // Banglish: without Upwork, "not in Upwork's chat".
      'upwork chara', 'upwork(?: er)? chat e na',
      // Round twenty-five: somewhere else ("অন্য কোথাও কথা বলি"), and a bare "outside" only
      // before talk or a deal ("বাইরে কথা বলি"; not "আমি এখন বাইরে আছি", I am out now).
      'অন্য কোথাও', 'অন্য কোনো জায়গায়', 'অন্য জায়গায়',
      'বাইরে(?= (?:কথা|যোগাযোগ|ডিল|লেনদেন))', 'onno kothao', 'onno jaygay', 'baire', 'bahire', 'upwork er baire',
      '(?:আপওয়ার্ক|আপওয়ার্ক|upwork|প্ল্যাটফর্ম|প্লাটফর্ম)(?:ের|ে|ার| এর|er)? বাইরে\\S{0,2}',
      '(?:আপওয়ার্ক|upwork) ছাড়া'],
    ne: [
      // Nepali: somewhere else.
      'अरु कतै', 'अन्तै', 'अर्कै ठाउँमा', 'bahira', 'bahir', 'upwork bahira',
      '(?:अपवर्क|upwork|प्लेटफर्म)(?: भन्दा| देखि)? बाहिर\\S{0,3}', '(?:अपवर्क|upwork) बिना'],
    si: [
      // Sinhala in its script (round twenty-six): outside Upwork, without it, somewhere else.
      '(?:upwork|අප්වර්ක්|අප් වර්ක්)\\S{0,6} (?:එකෙන් |එකේ |එක )?(?:එළියේ|එළියෙන්|' +
        'පිටින්|පිට|නැතුව|නැතිව|මඟහැර\\S{0,4})',
      'වෙන තැනක\\S{0,3}', 'වෙනත් තැනක\\S{0,3}', 'මෙතනින් (?:පිට|එළියේ|එළියෙන්)\\S{0,3}',
      'upwork (?:eken |eke |eka )?(?:eliye|eliyen|pitin|nathuwa|nathiwa)', 'methanin (?:eliye|eliyen|pita)',
      'wena thanakata', 'wena thanaka', 'upwork eken eliye'],
    jv: ['neng njobo', 'ning njaba', 'ning njobo', 'neng jobo', 'njobo'],
    tr: [
      // Turkish: outside the site or the system, leaving Upwork out ("sitenin dışında", "Upwork'ü aradan çıkaralım", "aracısız").
      'site(?:nin)? (?:disinda|disindan|disi)', 'sistem(?:in)? (?:disinda|disindan)',
      'upwork\'?(?:u|un)? (?:atla|aradan cikar|devre disi birak|bypass)\\S*', 'aradan cikar\\S*', 'aracisiz', 'buranin disinda', 'burasi disinda',
      'bu sitenin disinda', 'upwork olmadan', 'platform(?:un)? disinda',
      'baska (?:bir )?yerde', 'upwork (?:disinda|disindan|disi|haricinde|harici)', 'platform (?:disinda|disindan|disi)',
      "upwork'?un disinda", 'upwork olmadan', 'disaridan', 'burada konusmayalim', 'baska bir yerden',
      'baska yerden', 'burada konusmak zor',
      // "dışarıda konuşalım" (let us talk outside).
      'disarida', 'disarda', 'disardan',
    ],
    nl: ['zonder upwork', 'buiten (?:upwork|het platform|dit platform|de site|deze site|dit chatvenster)(?: om)?', 'zonder (?:upwork|het platform|platform|tussenpartij|tussenpersoon)',
      'niet (?:meer )?via upwork', 'ergens anders', 'om upwork heen', 'upwork (?:omzeilen|overslaan)', 'zonder tussenkomst van upwork'],
    ro: ['pe alta parte', 'in alta parte', 'fara (?:upwork|platforma|site)', 'in afara (?:upwork|platformei|site-?ului|aplicatiei)(?:-?ului)?', 'fara upwork', 'fara platforma',
      'nu (?:mai )?prin upwork', 'pe (?:un )?alt canal', 'pe un canal mai discret',
      'in alta parte', 'ocolind upwork', 'sa ocolim upwork'],
    ms: ['(?:di )?luar (?:upwork|platform)', 'tanpa upwork', 'tak (?:payah|perlu) (?:guna|lalu|ikut) upwork', 'tempat (?:yang )?upwork tak nampak', 'upwork tak nampak', 'tepi sikit'],
    // Round twenty-five: "통하지 않고", "안 통하고", "거치지 않고" beside "말고".
    ko: ['업워크 ?(?:말고|밖|외부|없이|통하지 ?말고|안 ?거치고|거치지 ?말고|빼고|통하지 ?않고|안 ?통하고|거치지 ?않고)',
      '플랫폼 ?(?:밖|외부|말고|없이|거치지 ?말고|통하지 ?말고|통하지 ?않고|거치지 ?않고)',
      '사이트 ?(?:밖|외부)', '여기 ?말고', '여긴 ?좀 ?불편',
      // "외부 결제로 하시면" (paid outside): "외부" only before a payment word, so "외부 API" stays work.
      '외부(?= ?(?:결제|거래|송금|입금))'],
    // Outside the platform: 平台外, 私下, 不走平台/这边, 不经 Upwork; not the bare 线下 ("线下测试" is bench testing).
    zh: ['平台(?:以|之)?外', '私下', '线下(?:交易|付款|结算|支付|转账|合作)', '不走(?:平台|upwork|这边|這邊|这里|這裡)',
      '不(?:通过|通過|经|經)(?:平台|upwork)', '唔(?:好)?經(?:upwork|平台)',
      '绕(?:过|开)(?:平台|upwork)', '跳过(?:平台|upwork)', '不用upwork', '唔使喺度', '不在(?:这里|這裡|这边)(?:聊|说|講)',
      '(?:这边|這邊|平台上?)(?:就)?不下单', '不(?:在|喺)(?:这边|這邊|平台|upwork)下单'],
    // "ngoài Upwork", "không qua Upwork", "khỏi qua Upwork": the platform left out in so many words.
    vi: ['cho khac', 'lam ngoai', 'ngoai (?:upwork|nen tang|san)', '(?:khong|ko|k|khoi) (?:di )?qua (?:upwork|nen tang|san)',
      'khong (?:can|nhan|nhan tin|tra loi) (?:\\S+ ){0,3}(?:o|tren) upwork', 'o day (?:minh|toi|em|chi) (?:ko|khong|k) tra loi',
      'khong (?:can )?dang job tren upwork'],
    // Outside Upwork in Marathi (अपवर्कच्या बाहेर), Nepali (अपवर्क बाहिर) and Bengali (আপওয়ার্কের বাইরে).
    mr: [
      // Marathi: outside Upwork written apart ("Upwork च्या बाहेर"), elsewhere.
      '(?:अपवर्क|upwork) (?:च्या )?बाहेर', 'दुसरीकडे',
      '(?:अपवर्क|upwork|प्लॅटफॉर्म|प्लेटफॉर्म)(?:च्या)? ?बाहेर\\S{0,3}', 'अपवर्कशिवाय',
      '(?:upwork|अपवर्क) शिवाय'],
    ha: ['a wajen (?:upwork\\S{0,4}|dandali\\S{0,3}|shafin nan)', 'wajen upwork\\S{0,4}', 'ba tare da upwork\\S{0,4}', 'a waje'],
    yo: ['(?:ni )?ita upwork\\S{0,4}', 'lode upwork\\S{0,4}', 'kuro ni upwork\\S{0,4}', 'lai ?si upwork\\S{0,4}'],
    ig: ['(?:na )?mpuga upwork\\S{0,4}', 'n\'ezi upwork\\S{0,4}', 'na-enweghi upwork\\S{0,4}', 'puo na upwork\\S{0,4}'],
    so: ['upwork dibad(?:diisa|deeda)', 'ka baxsan upwork', 'upwork ka baxsan', 'ka bax upwork', 'upwork la\'?aan'],
    mg: ['ivelan\'?ny upwork', 'hivoaka (?:ny|amin\'?ny) upwork'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['utanför (?:upwork\\S{0,2}|plattformen|sajten|sidan)', 'utan (?:upwork\\S{0,2}|plattformen|mellanhand)', 'förbi upwork\\S{0,2}', 'vid sidan av upwork\\S{0,2}'],
    no: ['utenfor (?:upwork\\S{0,2}|plattformen|siden)', 'utenom upwork\\S{0,2}', 'uten (?:upwork\\S{0,2}|plattformen|mellomledd)', 'forbi upwork\\S{0,2}'],
    da: ['uden ?for (?:upwork\\S{0,2}|platformen|siden)', 'udenom upwork\\S{0,2}', 'uden (?:upwork\\S{0,2}|platformen|mellemled)', 'forbi upwork\\S{0,2}'],
    fi: ['upwork\\S{0,4} ulkopuolel\\S{0,3}', 'alustan ulkopuolel\\S{0,3}', 'sivuston ulkopuolel\\S{0,3}', 'upwork\\S{0,4} ohi', 'ilman upwork\\S{0,3}'],
    'is': ['utan upwork\\S{0,3}', 'framhjá upwork\\S{0,3}', 'utan (?:síðunnar|vefsins|kerfisins)', 'framhjá (?:síðunni|kerfinu)'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'εκτός πλατφόρμας', 'έξω από το Upwork', 'ektos platformas', 'az Upworkön kívül', 'platformon kívül',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'van Upworka', 'mimo platforme', 'ван платформе', 'Upwork-dan kənarda', 'Upwork-ის გარეთ', 'ከአፕወርክ ውጭ', 'ke upwork wuch',
      'അപ്‌വർക്കിന് പുറത്ത്', 'upwork illathe',
    // Tamil, Telugu, Nigerian Pidgin.
    'upwork veliya', 'அப்வொர்க் வெளியே', 'upwork bayata', 'అప్‌వర్క్ బయట', 'comot from upwork',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'จ่ายนอกระบบ', 'خارج از آپورک', 'biya kharej az upwork', 'מחוץ לאפוורק', 'извън платформата', 'mimo platformu',
    
    'fuera de Upwork', 'fora do Upwork', "en dehors d'Upwork", 'außerhalb von Upwork', 'в обход апворка',
    'upwork ke bahar', 'sa labas ng Upwork', 'di luar Upwork', 'خارج المنصة', 'Upwork dışında',
    'अपवर्क के बाहर बात करें', 'अपवर्कच्या बाहेर', 'अपवर्क बाहिर',
    'আপওয়ার্কের বাইরে',
    'تحويل بنكي بدون أب ورك',
    'per Überweisung schicken statt über den Meilenstein',
  ],
  counterExamples: ['outside the office', 'fuera de horario',
    'अपवर्क पर ही', 'घर के बाहर'],
});

/** Verbs of talking or moving the talk somewhere: "let's talk", "write me", "пиши", "baat karte". */
export const TALK_VERB = defineClass({
  name: 'TALK_VERB',
  doc: 'Invitations to talk, write, call or move the conversation, per language (usually first person plural or imperative).',
  words: {
    lt: [
      'parasyk(?:ite)? man', 'rasyk(?:ite)? man', 'paskambink(?:ite)? man', 'skambink(?:ite)? man', 'susisiek(?:ime|im|ite)', 'susisieksiu',
      'pabendraukim(?:e)?', 'bendraukim(?:e)?', 'kalbekim(?:e)?', 'pakalbekim(?:e)?', 'pereikim(?:e)?', 'persikelkim(?:e)?',
      'pridek(?:ite)? mane', 'susitarkim(?:e)?', 'tesiam(?:e)?',
    ],
    lv: [
      'uzraksti(?:et)? man', 'raksti(?:et)? man', 'piezvani(?:et)? man', 'zvani(?:et)? man', 'sazinamies', 'sazinies ar mani',
      'sazinieties ar mani', 'runajam', 'parunajam', 'pariesim', 'pievieno(?:jiet)? mani', 'turpinam', 'vienojamies',
    ],
    et: [
      'kirjuta(?:ge)? mulle', 'helista(?:ge)? mulle', 'votame uhendust', 'vota(?:ke)? minuga uhendust', 'suhtleme', 'raagime', 'liigume',
      'jatkame', 'lisa(?:ge)? mind', 'lepime kokku',
    ],
    hy: ['գրեք', 'գրիր', 'զանգեք', 'զանգիր', 'զանգեմ', 'խոսենք', 'կխոսենք', 'գրենք', 'շարունակենք', 'կապվենք', 'կապվեք',
      'կապնվեք', 'կկապվեմ', 'ավելացրեք', 'ավելացրու', 'greq', 'grek', 'grir', 'zangeq', 'zangi', 'zangem', 'xosenq', 'kxosenq', 'grenq', 'sharunakenq',
      'kapvenq', 'kapveq', 'kkapvem', 'avelacreq'],
    uz: ['davom ettiramiz', 'davom etamiz', 'давом эттирамиз', 'давом этамиз',
      'yozing', 'yozishamiz', 'yozishaylik', 'gaplashamiz', 'gaplashaylik', 'qo[\'`]?ng[\'`]?iroq qiling', 'qo[\'`]?ng[\'`]?iroq qilaman', 'bog[\'`]?laning', 'bog[\'`]?lanaman',
      'bog[\'`]?lanamiz', 'o[\'`]?tamiz', 'o[\'`]?taylik', 'ёзинг', 'ёзишамиз', 'ёзишайлик', 'гаплашамиз', 'гаплашайлик',
      'қўнғироқ қилинг', 'боғланинг', 'боғланаман', 'ўтамиз', 'ўтайлик'],
    kk: ['көшейік', 'өтейік',
      'жазыңыз', 'жазыңызшы', 'жазысайық', 'сөйлесейік', 'сөйлесеміз', 'хабарласыңыз', 'хабарласамын',
      'хабарласайық', 'қоңырау шалыңыз', 'jazynyz', 'habarlasamyn', 'habarlasynyz'],
    ky: ['өтөлү', 'көчөлү',
      'жазыңыз', 'жазышалы', 'сүйлөшөлү', 'сүйлөшөбүз', 'чалыңыз', 'байланышыңыз', 'байланышалы'],
    tg: ['гузарем',
      'нависед', 'нависем', 'гап занем', 'гап мезанем', 'занг занед', 'занг мезанам', 'тамос гиред'],
    mn: ['шилжье', 'шилжиж',
      'бичээрэй', 'бичээч', 'бичилцье', 'бичилцъе', 'ярилцъя', 'ярилцья', 'залгаарай', 'холбогдоорой',
      'холбогдъё'],
    sq: [
      'le te flasim', 'te flasim', 'me shkruaj(?:ni)?', 'na shkruaj(?:ni)?', 'me thirr(?:ni)?', 'me telefono(?:ni)?', 'te vazhdojme', 'vazhdojme (?:ne|me)', 'te merremi vesh',
      'merremi vesh', 'me kontakto(?:ni)?', 'me shto(?:ni)?',
    ],
    sk: [
      'napis(?:te)? mi', 'zavolaj(?:te)? mi', 'volaj(?:te)? mi', 'ozvi(?:te)? sa', 'kontaktuj(?:te)? ma', 'pokracujme', 'dohodnime sa', 'dohodneme sa', 'porozpravajme sa', 'presunme sa',
      'podme sa presunut', 'prejdime', 'pridaj(?:te)? si ma',
    ],
    mk: [
      'пиши(?:те)? ми', 'јави(?:те)? ми се', 'да продолжиме (?:на|преку|во)', 'продолжи(?:ме)? (?:на|преку)',
      'да се слушнеме', 'да се чуеме', 'да се договориме', 'да зборуваме', 'да разговараме',
      'ajde da se (?:slusneme|cueme|dogovorime)', 'pisi mi', 'da prodolzime (?:na|preku)',
    ],
    sl: [
      'pisi(?:te)? mi', 'poklic(?:i|ite) me', 'dobiva se', 'dobimo se', 'slisiva se', 'slisimo se', 'pogovoriva se', 'pogovorimo se', 'pogovoriti', 'nadaljujva', 'nadaljujmo', 'preidiva',
      'preidimo', 'zmeniva se', 'zmenimo se', 'javi(?:te)? se', 'kontaktiraj(?:te)? me', 'dodaj(?:te)? me',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: let us talk, call me, send a message.
    km: [
      'និយាយគ្នា', 'និយាយ', 'ឆាត', 'តេមក', 'ផ្ញើសារមក', 'niyay',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: let us talk, send a message, call.
    my: [
      'ပြောကြရအောင်', 'ပြောရအောင်', 'ဆက်ပြောရအောင်', 'စကားပြောရအောင်',
      'ပြောမယ်', 'ဆက်သွယ်ပါ', 'ဖုန်းဆက်ပါ', 'ဖုန်းဆက်', 'ပို့ပါ', 'လာခဲ့ပါ',
      'add ?လုပ်', 'pyaw ya aung', 'pyaw kya ya aung', 'phone set par',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): let us talk, message me, call me, come over.
    kn: [
      'ಮಾತಾಡೋಣ', 'ಮಾತನಾಡೋಣ', 'ಮಾತಾಡಿ', 'ಮೆಸೇಜ್ ಮಾಡಿ', 'ಕಾಲ್ ಮಾಡಿ', 'ಗೆ ಬನ್ನಿ',
      'ಆಡ್ ಮಾಡಿ', 'ಸಂಪರ್ಕಿಸಿ', 'maatadona', 'matadona', 'maatanadona', 'message maadi', 'call maadi', 'ge banni', 'add maadi',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): let us talk, message me, call me, come over.
    pa: [
      'ਗੱਲ ਕਰੀਏ', 'ਗੱਲ ਕਰਾਂਗੇ', 'ਗੱਲ ਕਰ ਲੈਂਦੇ ਹਾਂ', 'ਗੱਲ ਕਰੋ', 'ਮੈਸੇਜ ਕਰੋ', 'ਕਾਲ ਕਰੋ',
      'ਤੇ ਆ ਜਾਓ', 'ਐਡ ਕਰੋ', 'ਸੰਪਰਕ ਕਰੋ', 'گل کریے', 'گل کراں گے', 'گل کر لیندے آں', 'گل کرو', 'میسج کرو',
      'کال کرو', 'تے آ جاؤ', 'gal kariye', 'gall kariye', 'gal karange', 'gal kar lainde haan', 'gal karo', 'te aa jao',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): let us talk, message me, call me, come over.
    gu: [
      'વાત કરીએ', 'વાત કરો', 'વાત કરીશું', 'વાતચીત કરીએ', 'મેસેજ કરો', 'મેસેજ કરજો',
      'કોલ કરો', 'કૉલ કરો', 'કોલ કરજો', 'પર આવો', 'પર આવી જાઓ', 'એડ કરો', 'સંપર્ક કરો',
      '(?:ત્યાં|એના પર) કરીએ', 'vaat kariye', 'vat kariye', 'vaat karo', 'vaat karishu', 'message karo', 'message karjo', 'call karo', 'call karjo', 'par aavo',
      'par aavi jao', 'add karo', 'contact karo', 'પર કરીએ', 'par kariye',
    ],
    // Greek (γράψε μου, πάρε με, ας τα πούμε, να συνεχίσουμε) and Greeklish; Hungarian (írj, hívj, keress meg, beszéljünk, folytassuk);
    // Malayalam (വിളിക്ക്, മെസ്സേജ് ചെയ്യൂ, vilikku, message ayakku).
    el: ['γραψ(?:ε|τε) μου', 'στειλ(?:ε|τε) μου (?:στο|σε)', 'στειλ(?:ε|τε) μου (?:ενα )?μηνυμα', 'παρ(?:ε|τε) με(?: τηλεφωνο)?',
      'τηλεφωνησ(?:ε|τε) μου',
      'επικοινωνησ(?:ε|τε) (?:μαζι μου|μου)', 'να (?:τα )?πουμε', 'α[σς] (?:μιλησουμε|συνεχισουμε|τα πουμε|τα λεμε)',
      'να συνεχισουμε', 'συνεχιζουμε', 'προσθεσ(?:ε|τε) με', 'βρε[σς] με', 'grap?s(?:e|te) mou', 'st(?:e)?il(?:e|te) mou (?:sto|se)',
        'par(?:e|te) me(?: tilefono)?', 'na ta poume',
      'as (?:milisoume|synexisoume|sinexisoume|ta poume)', 'na (?:synexisoume|sinexisoume)'],
    hu: ['irj(?:on|al|atok)?(?: nekem)?', 'hivj(?:on|al)?(?: fel)?', 'keress(?:en)? (?:meg|fel)', 'beszeljunk', 'beszeljuk meg', 'folytassuk', 'folytatjuk', 'dumaljunk', 'adj hozza',
      'jelolj be', 'vegyuk fel a kapcsolatot', 'ved(?:d|je) fel (?:velem )?a kapcsolatot', 'lepj(?:en)? (?:velem )?kapcsolatba', 'uzenj(?:en)?', 'kuldj(?:on)? (?:egy )?uzenetet',
      'csorgess(?:en)? meg'],
    ml: ['വിളിക്കൂ', 'വിളിക്ക്', 'വിളിക്കാം', 'വിളിക്കുക',
      'മെസ്സേജ് (?:ചെയ്യ\\S{0,4}|അയക്ക\\S{0,4}|ഇട\\S{0,4})', 'മെസേജ് (?:ചെയ്യ\\S{0,4}|അയക്ക\\S{0,4})',
      'ബന്ധപ്പെട\\S{0,6}', 'സംസാരിക്കാം', 'തുടരാം', 'ആഡ് ചെയ്യ\\S{0,4}', 'vilikk(?:u|uka|amo|aamo|am|aam|oo)', 'viliku',
      '(?:message|msg|mesage) (?:ayakk\\S{0,3}|ayak\\S{0,3}|cheyy\\S{0,3}|idu|ittal)', 'ping cheyy\\S{0,3}', 'samsarikk(?:am|aam|amo)', 'samsaarikk(?:am|aam)', 'thudar(?:am|aam|amo)',
      'continue cheyy\\S{0,3}', 'add cheyy\\S{0,3}', 'contact cheyy\\S{0,3}', 'cheyy(?:u|oo|ane|amo|aamo)', 'ചെയ്യൂ', 'ചെയ്യാമോ', 'bandhappedu\\S{0,4}'],
    // Croatian, Serbian and Bosnian (piši mi, javi mi se, čujemo se, nastavimo na), Azerbaijani (mənə yaz, zəng edin, davam edək; not a bare 'yaz', summer),
    // Georgian (მომწერე, დამირეკე, გავაგრძელოთ) and translit, Amharic (ደውልልኝ, ፃፍልኝ, እናውራ) and in Latin letters.
    hr: [
      'pricajmo', 'razgovarajmo',
      // Round 26: moving over ('predjimo', 'prebacimo se'), agreeing and contacting.
      'pre(?:dj|d)(?:imo|emo|ite)', 'prebaci(?:mo|te)? se', 'prebacimo', 'dogovorimo se', 'kontaktiraj(?:te)? me', 'dodaj(?:te)? me',
      'pis(?:i|ite) mi', 'javi(?:te)? mi se', 'javi(?:te)? se', 'nazovi(?:te)? me', 'zovi(?:te)? me', 'cujemo se', 'cujmo se', 'nastavimo (?:na|preko|u)', 'pricajmo (?:na|preko)',
      'dopisujmo se', 'posalji(?:te)? mi poruku', 'dodaj(?:te)? me', 'kontaktiraj(?:te)? me', 'pred(?:j)?imo na', 'prebacimo se na'],
    sr: [
      'пређ(?:имо|емо|ите)', 'пребаци(?:мо|те)? се', 'пребацимо', 'договоримо се', 'наставимо (?:на|преко|у)',
      'причајмо (?:на|преко)', 'чујмо се', 'контактирај(?:те)? ме', 'додај(?:те)? ме',
      'пиши(?:те)? ми', 'јави(?:те)? ми се', 'јави(?:те)? се', 'назови(?:те)? ме', 'зови(?:те)? ме', 'чујемо се',
      'наставимо (?:на|преко|у)', 'пређимо на', 'пошаљи(?:те)? ми поруку', 'додај(?:те)? ме', 'контактирај(?:те)? ме',
      'дописујмо се'],
    az: [
      // Working, settling or writing together ("işləyək", "razılaşaq", "yazışaq").
      'isleyek', 'isleyerik', 'razilasaq', 'yazisaq', 'yazisariq', 'yazim', 'yazaq', 'edek', 'cixaq', 'danisariq', 'mene yaz\\S{0,3}', 'bize yaz\\S{0,3}',
        'zeng (?:ed|vur)\\S{0,4}', 'elaqe saxla\\S{0,4}', 'danisaq', 'davam edek', 'kecek', 'mesaj (?:yaz|gonder|at)\\S{0,4}', 'elave et\\S{0,3}'],
    // Round twenty-five: "let us talk", "let us move over".
    ka: ['ვილაპარაკოთ', 'ვისაუბროთ', 'გადავიდეთ', 'ვიმიმოწეროთ', 'gadavidet', 'vilaparakot', 'visaubrot',
      'მომწერე(?:თ)?', 'დამირეკე(?:თ)?', 'დამიკავშირდი(?:თ)?', 'დამეკონტაქტე(?:თ)?',
      'გავაგრძელოთ', 'ვისაუბროთ', 'დავილაპარაკოთ', 'დამამატე(?:თ)?', 'momwere(?:t)?', 'momcere(?:t)?',
      'damirek(?:e|et)', 'damikavshird(?:i|it)', 'gavagrdzelot', 'visaubrot', 'damamate(?:t)?'],
    // Round twenty-five: "let us talk", "let us call each other".
    am: ['እናውራ', 'እንነጋገር', 'እንደዋወል', 'enawra', 'eninegager', 'ደውልልኝ', 'ደውይልኝ', 'ደውሉልኝ', 'ፃፍልኝ', 'ጻፍልኝ',
      'ፃፊልኝ', 'ጻፊልኝ', 'ፃፉልኝ', 'ጻፉልኝ',
      'መልዕክት (?:ላክልኝ|ላኪልኝ|ላኩልኝ)', 'ሜሴጅ (?:ላክልኝ|አድርግልኝ|አድርጊልኝ)', 'እንነጋገር', 'እናውራ',
      'እንቀጥል', 'አናግረኝ', 'አናግሪኝ', 'dewlilign', 'dewlilgn', 'dewulign', 'tsaflign', 'tsafilign', 'message lakilign', 'inawra', 'innawra', 'eneqtil', 'eneketil',
      'enenegager'],
    // Tamil (pesalam, message pannunga, பேசலாம்), Telugu (matladudam, call cheyyandi, మాట్లాడుదాం) and Nigerian Pidgin (make we talk, chat me, holla me).
    ta: [
      // Tamil: let us talk, the rest of the talk kept there.
      'பேசலாம்', 'மீதி பேச்சு', 'வச்சுக்கலாம்', '(?:la|le|ku) vaanga', 'pesalam', 'pesalaama?', 'pesuvom', 'pesunga',
      '(?:message|msg|text|call|ping|contact|chat|add|connect) (?:pannunga|pannu|pannalam|pannalaama?|pannuvom|panren|pannuren|pannidunga|panlam)', 'continue (?:pannalam|pannuvom|panlam)',
      'koopidunga', 'kupdunga', 'பேசலாம்', 'பேசுங்க', 'பேசுவோம்',
      '(?:மெசேஜ்|கால்|சாட்) (?:பண்ணுங்க|பண்ணு|பண்ணலாம்|பண்ணுறேன்)',
      'தொடர்பு கொள்ளுங்க\\S{0,2}', 'கூப்பிடுங்க', 'தொடரலாம்'],
    te: [
      // Telugu: let us talk.
      'మాట్లాడుకుందాం', 'matladukundam', '(?:lo|loki|ki) (?:raa|randi)', 'matladudam', 'maatladudam', 'matladukundam', 'matladandi', 'maatladandi',
      '(?:message|msg|text|call|ping|contact|chat|add|connect) (?:cheyyandi|cheyandi|cheyyi|chey|cheddam|chestanu|chesta|cheyyochu)', 'continue cheddam', 'connect (?:avudam|avvudam)',
      'మాట్లాడుదాం', 'మాట్లాడండి', 'మాట్లాడుకుందాం',
      '(?:మెసేజ్|కాల్|చాట్) (?:చేయండి|చెయ్యండి|చేయి|చేద్దాం|చేస్తాను)',
      'సంప్రదించండి', 'కొనసాగిద్దాం'],
    pcm: ['make we (?:talk|yarn|chat|continue|discuss|gist|connect|link up|move)', 'make i (?:call|text|buzz|chat) (?:you|u)', '(?:chat|holla|hala|buzz|flash) me',
      'make (?:you|u) (?:chat|holla|hala|buzz|call|text) me', 'we fit (?:talk|yarn|chat|continue)'],
    // Thai (แอด not แอดมิน, ทักมา, คุยกัน), Persian (پیام بده, zang bezan), Hebrew (תכתוב לי, נמשיך), Bulgarian (пиши ми,
    // да продължим), Czech (napiš mi, ozvi se, pokračujme).
    th: ['คุย', 'ทำงานกันเอง', 'ย้ายไป', 'แอด(?!มิน)',
      'ทัก(?=มา|ไลน์|แชท)', 'คุยกัน', 'คุยต่อ', 'คุยทาง', 'ติดต่อ',
      'โทรมา', 'โทรหา', 'ส่งข้อความ'],
    fa: ['در ارتباط باشیم', 'ارتباط داشته باشیم',
      'حرف بزنیم', 'harf bezanim', 'chat konim',
      'پیام (?:بده|بدید|بدین|بدهید|بفرست|بفرستید|بزن|بزنید)', 'تماس بگیر\\S{0,3}', 'زنگ بزن\\S{0,3}', 'صحبت کنیم', 'حرف بزنیم',
      'ادامه (?:بدیم|بدهیم)', 'اد کن\\S{0,2}', 'ادد کن\\S{0,2}', 'payam (?:bede|bedid|bedin|befrest|bezan)', 'zang bezan\\S{0,3}',
      'tamas begir\\S{0,3}', 'sohbat konim', 'harf bezanim', 'edame bedim', 'add(?:am)? kon'],
    // Round twenty-five: "that we talk", "let us go on" with their prefixes ("עדיף שנדבר", "נעבור לדבר").
    he: ['(?:ש|ו)נדבר', '(?:ש|ו)נמשיך', 'לדבר', 'נעבור', '(?:ת)?שלח(?:י|ו)? לי (?:הודעה|הודעות)', 'תכתוב לי', 'תכתבי לי',
      'כתוב לי', 'כתבי לי', 'תתקשר(?:י)?', 'נדבר', 'נמשיך',
      'תוסיף אותי',
      'תוסיפי אותי', 'דבר איתי'],
    bg: [
      'да се разберем', 'да се чуем', 'да се договорим', 'pishi mi', 'obadi mi se', 'da se chuem',
      'пиши(?:те)? ми', 'пиши', 'пишете', 'обади(?:те)? (?:ми )?се', 'звънни(?:те)?', 'да говорим', 'да продължим',
      'продължаваме',
      'свържи(?:те)? се', 'добави(?:те)? ме',
      'da se chuem', 'da se chujem', 'da se razberem', 'pishi mi', 'pishete mi',
    ],
    cs: ['napis(?:te)?(?: mi)?', 'pis(?:te)? mi', 'zavolej(?:te)?', 'volej(?:te)? mi', 'ozvi(?:te)? se', 'kontaktuj(?:te)?', 'pokracujme',
      'pokracujeme', 'pridej(?:te)? si me', 'domluvme se'],
    // Polish: write me, call, let us talk, get in touch, add me, move, carry on ("pisz na telegramie", "zgadajmy się", "odezwij się", "przejdźmy na").
    pl: ['napisz(?:cie|esz)?', 'pisz(?:cie|my)?', 'prosze (?:do mnie )?pisac', '(?:mozna|mozesz|moze pan|moze pani) (?:do mnie )?pisac', 'zadzwon\\S*',
      'dzwon(?:cie)?', 'zdzwon\\S*', 'porozmawiaj(?:my|cie)', 'porozmawiamy', 'pogadaj(?:my)?', 'pogadamy', 'zgadaj(?:my|emy) sie', 'zgadamy sie',
      'odezwij(?:cie)? sie', 'prosze sie (?:\\S+ )?odezwac', 'odezwac sie', 'skontaktuj(?:my|cie|e)? sie', 'kontaktuj(?:my|cie)? sie',
      'dodaj(?:cie)? mnie', 'przejdzmy', 'przeniesmy', 'kontynuujmy', 'kontynuujemy', 'prowadzmy', 'wyslij (?:mi )?wiadomosc',
      'daj(?:cie)? znac', 'lap mnie', 'wbijaj', 'wbij (?:na|do)', 'znajdz mnie', 'zostanmy w kontakcie', 'bede (?:dostepn\\S*|na)',
      'jestem (?:dostepn\\S*|na)'],
    // Japanese: let's talk, contact, exchange messages, move; Swahili first person plural and imperatives: tuongee, tuzungumze, niandikie, nipigie, tuhamie.
    ja: ['話しましょ', '話そ', '話しません', '話せません', 'お話し(?:しましょう|できれば|させて)', '連絡(?:して|ください|下さい|取)',
      'ご連絡(?:ください|下さい)', 'やり取り', 'やりとり', '移りましょう', '移動しましょう', '続きは', 'チャットしましょう',
      '(?:友だち|友達|line|ライン)(?:に|を)?追加'],
    sw: ['tuongee', 'tuongelee', 'tuzungumze', 'tuzungumzie', 'tuwasiliane', 'tuendelee', 'kuendeleza mazungumzo', 'tuhamie', 'twende', 'niandikie', 'nitumie ujumbe', 'nipigie',
      'nikupigie', 'nitakupigia', 'nicheki', 'nichekie', 'tutumie', 'ongea nami', 'wasiliana nami', 'tuchat'],
    en: [
      "let'?s (?:talk|chat|continue|move|connect|discuss|speak)", 'write (?:to )?me', 'message me', 'text me',
      'ping me', 'hit me up', 'reach (?:out to )?me', 'contact me', 'add me', 'find me', 'call me',
      'talk to me', 'dm me', 'connect with me',
    ],
    es: [
      'te invito a', 'hablemos', 'hablamos', 'seguimos', 'sigamos', 'continuemos', 'continuamos',
      'escr[ií]be(?:me|nos)', 'escribime', 'escribeme', 'contactame', 'contacteme', 'll[aá]mame',
      'agr[eé]game', 'a[nñ]ademe', 'platiquemos', 'pasemos', 'hablame', 'mandame un mensaje', 'te escribo',
      'te hablo', 'te contacto',
      'comun[ií]quese', 'comun[ií]cate', 'comunicarse',
      'b[uú]scame', 'encu[eé]ntrame',
      'te explico', 'le explico',
      'ti aggiungo', 'vi aggiungo', 'la aggiungo', 'coordiniamo', 'ci sentiamo', 'sentiamoci', 'scriviamoci',
      'ci scriviamo', '(?:proseguiamo|continuiamo)(?! (?:qui|qua|su upwork|in chat))', 'parliamo(?:ne)?', 'scrivimi', 'chiamami', 'contattami',
      'aggiungimi', 'spostiamoci', 'ci spostiamo', 'pogadajmy', 'porozmawiajmy', 'piszmy', 'napisz (?:do mnie|mi)',
      'zadzwon(?: do mnie)?', 'przejdzmy', 'przeniesmy', 'dalsz[aey] komunikacj\\S*',
      'dodam (?:cie|pana|pania|was)', 'dolacz\\S*', 'odezwe sie', 'odezwij sie',
      'pasemos (?:a|al)', 'movamos (?:la conversacion|esto)', 'spostiamo (?:la conversazione|tutto)',
      'przenies(?:my|my sie)',
      // Round thirty: "¿nos pasamos a WhatsApp?".
      '(?:nos pasamos|pasemos|nos movemos|movamos) a',
      // Round thirty, second wave: "Escríbame al WhatsApp" (usted).
      'escribame',
      'escribanos',
    ],
    pt: [
      'te convido (?:pro|para o|pra)', 'fala comigo', 'falamos', 'conversamos', 'vamos conversar',
      'vamos falar', 'continuamos', 'me chama', 'chama(?: la| lá)?', 'me manda (?:uma )?mensagem',
      'me adiciona', 'me add', 'me liga', 'te chamo', 'te mando', 'te ligo', 'bora (?:falar|conversar|pro)',
      'partiu',
      'me (?:acha|procura|encontra)',
      'papo', 'vamos levar', 'te explico', 'explico',
      'conversar', 'continuar', 'a gente (?:pode )?(?:conversar|falar|continuar|se falar)',
      // Round twenty-four: "me escreve", "pode me chamar", and the European order with the pronoun after ("escreve-me", "contacta-me").
      'me (?:escreve|escreva|chame|chamar|ligar|ligue)', '(?:escreve|escreva|chama|liga|contacta|contacte|adiciona)-me',
      // Round thirty: "propunha falarmos fora da plataforma", "continuar pelo zap".
      'falarmos',
      'conversarmos',
      'continuar pelo',
    ],
    fr: [
      "je (?:t'|vous )invite (?:sur|dans|a)", '[eé]cri(?:s|vez)[- ]moi', 'contacte[sz]?[- ]moi',
      'appelle[sz]?[- ]moi', 'ajoute[sz]?[- ]moi', 'on continue', 'continuons', 'parlons', 'discutons',
      'on en parle', 'on passe', 'envoie[sz]?[- ]moi un message', 'je (?:vous|t) (?:ecris|ajoute|appelle)',
      '(?:cherche|retrouve|trouve)[sz]?-moi',
      'echange(?:r|ons|s)?', 'passons', 'discussion',
      'on se (?:capte|parle|retrouve|cale|tel|rappelle|ecrit)', 'on bosse', 'faire un point',
      'on bascule', 'basculons', 'on passe (?:sur|par)',
      // Quebec: "on pourrait-tu continuer".
      '(?:on )?pourrait-tu (?:continuer|jaser|se parler)', 'on jase',
    ],
    de: ['zusammenarbeiten(?=,? ohne (?:die |diese )?(?:plattform|upwork))', 'machen wir (?:das|es)', 
      'lassen sie uns', 'besprechen', 'lade (?:dich|sie) (?:in|zu|auf)', 'schreib(?:en sie)? mir',
      'kontaktier(?:en sie)? mich', 'ruf(?:en sie)? mich an', 'lass(?:t)? uns', 'machen wir weiter',
      'meld(?:e)? dich', 'melden sie sich', 'schick(?:en sie)? mir (?:eine )?nachricht', 'adde mich',
      'ich schreibe (?:dir|ihnen)',
      'schreib(?:en sie)? uns', 'ruf(?:en sie)? (?:mich|uns)',
      '(?:such|find)(?:en sie|e)? mich',
      'fortsetzen', 'fortfuhren', 'gesprach(?:e|en)?', 'weiter(?:machen|reden|schreiben)', 'machen wir privat weiter',
      'klaren', '(?:schau|guck)(?: mal)? (?:in|auf)',
      'wechseln wir (?:zu|auf|in)', 'lass(?:t)? uns (?:zu|auf) \\S+ wechseln',
      // Swiss German: "wämmer witerrede" (shall we talk on), "schriibed Sie mir".
      'witerrede', 'witerschriibe', 'wammer', 'schriib(?:ed sie|e)? mer',
      // Round thirty: "ich melde mich bei Ihnen per Mail", "telefonisch klären".
      'melde mich (?:\\S+ ){0,3}bei (?:ihnen|dir)',
      'telefonisch (?:klaren|besprechen)',
    ],
    ru: [
      'приглашаю (?:вас )?в', 'перейти', 'пообщаемся', 'напиши(?:те)?(?: мне)?', 'пиши(?:те)?',
      'давай(?:те)?', 'перейд[её]м', 'переходим', 'продолжим', 'свяжи(?:те)?сь', 'добавь(?:те)?(?: меня)?',
      'позвони(?:те)?', 'звони(?:те)?', 'го', 'стучи(?:те)?', 'отпиши(?:те)?сь', 'спишемся', 'созвонимся',
      'общаться', 'может лучше', 'давай(?:те)? лучше',
      'перебер[её]мся', 'перенес(?:ти|ем|ём|у)', 'добавлю (?:вас|тебя)', 'закину (?:вас|тебя)',
    ],
    uk: [
      'запрошую (?:вас )?(?:в|до)', 'перейти', 'напиши(?:ть)?(?: мені)?',
      // The Ukrainian spelling with "і": "напишіть мені у Viber".
      'напиш[іи]ть(?: мені)?', 'пиш[іи]ть', 'пиши(?:ть)?', 'давай(?:те)?',
      'перейд[еі]мо', 'продовжимо', "зв'яжі(?:ть)?ся", 'додай(?:те)?(?: мене)?', 'подзвони(?:ть)?',
      'спишемося',
      'напишу', 'спілкуватис[яь]', 'може краще', 'давай(?:те)? краще', 'обговорювати', 'обговоримо',
      'переберемо?с[ья]', 'переберімо?с[ья]', 'перенес(?:ти|емо)', 'додам (?:вас|тебе)', 'закину (?:вас|тебе)',
    ],
    hi: [
      // Hindi: contact me, the rest of the talk, call or message me (round twenty-five).
      '(?:संपर्क|सम्पर्क|contact) (?:करें|करो|कीजिए|कर लें|कर लो)', 'बाकी बात',
      '(?:call|कॉल|message|msg|मैसेज) (?:कर लो|कर लें|करो|करें|कीजिए|कर दो)',
      'बात (?:करेंगे|कर लेते हैं|करते हैं|करो|करें)',
      // "हरे वाले ऐप पर पिंग कर दीजिए": a ping asked, as "ping karo" in Latin letters.
      'पिंग (?:करो|कर दो|कर दीजिए|कीजिए|करें|करना)',
      'baat kar(?:te|o|ein|en|enge|ta|lo)?(?: hain)?', 'baat krte', 'baat hogi', 'msg kar(?:o|na|do|ein)',
      'message kar(?:o|na|do|ein)', 'call kar(?:o|na|do|ein|unga)', 'add kar(?:o|lo|do|ein)',
      'contact kar(?:o|ein|na)', 'aa jao', 'aajao', 'shift ho jate', 'chalte hain', 'ping kar(?:o|na)', 'aao',
      'pe aao', 'baat hogi',
      'connect kar(?:iye|ein|en|o|te|lo)?',
      'aa ja(?:ein|en|yen|iye|o)',
      'बात (?:करें|करते हैं|करेंगे|करो|कीजिए|कर लेते हैं|करिए)',
      '(?:मैसेज|मेसेज|मेसेज) (?:करें|करो|कीजिए|भेजो|भेजें|कर दो)',
      '(?:कॉल|काल) (?:करें|करो|कीजिए|कर लो|कर लेना)',
      '(?:संपर्क|सम्पर्क) (?:करें|करो|कीजिए)', '(?:ऐड|एड|add) (?:करें|करो|कर लो|कीजिए)',
      '(?:चैट|चेट) (?:करें|करते हैं|करो)', '(?:पिंग|ping) (?:करें|करो|कर देना)', 'आगे (?:की )?बात',
      'जुड़ें', 'जुड़ते हैं',
      '(?:आ जाओ|आ जाइए|आ जाइये|आइए|आओ)',
      // "मुझे ईमेल करो", "mujhe whatsapp kar do" (email me, WhatsApp me): the pronoun, read only when one word and an order follow, so
      // the channel after it makes the pair ("मुझे ईमेल मिल गया", I got the mail, and "mujhe email template banana hai" stay clean).
      '(?:मुझे|मुझको|हमें|हमको)(?= \\S{2,14} (?:करो|करें|कीजिए|करिए|कर दो|कर दीजिए|कर देना))',
      '(?:mujhe|mujhko|hume|humein|hamein)(?= \\S{2,14} (?:karo|karein|karen|kijiye|kar do|kar dena|kardo|krdo|kro))',
      // Round thirty: "baaki baat insta pe karte hai" (the rest on Insta).
      'baaki baat',
      'baat (?:\\S+ )?pe karte',
      // Round thirty, third wave: "mujhe email kar dein" (email me).
      'mujhe (?:email|e-?mail|mail) kar (?:dein|do|dijiye|den|dena)',
    ],
    ur: [
      // Urdu in its script: let us talk, contact me, call, "the rest of the talk" (round twenty-five).
      'بات (?:کرتے ہیں|کر لیتے ہیں|کریں|کریں گے|کرو|کر لیں|کرتے)', 'رابطہ (?:کریں|کرو|کر لیں|کیجیے)',
      '(?:کال|فون|میسج) (?:کریں|کرو|کر لیں|کر دیں|کیجیے)',
      'باقی بات',
      'baat kar(?:te|ein|en|lein|o)(?: hain)?', 'rabta kar(?:ein|o|en)', 'raabta kar(?:ein|o|en)',
      'msg kar(?:ein|o|dein)', 'message kar(?:ein|o|dein)', 'call kar(?:ein|o|lein)', 'add kar(?:ein|lein|o)',
      'aa jayen', 'aa jao', 'add k(?:a)?r lein', 'baat karein ge',
      'guftagu', 'le chal(?:ein|en|o|te)?', 'connect kar(?:iye|ein|en|o|te|lo)?',
      'aa ja(?:ein|en|yen|iye|o)',
      // Round thirty, third wave: "mujhe email kar dein" (email me).
      'mujhe (?:email|e-?mail|mail) kar (?:dein|do|dijiye|den|dena)',
    ],
    tl: [
      'usap tayo', 'mag-?usap tayo', 'lipat tayo', 'dun na lang tayo', 'doon na lang tayo',
      '(?:i-?)?(?:chat|message|msg|pm|dm|add|text|contact|kontak) ?(?:in )?(?:mo|nyo|niyo|ninyo)(?: na lang| nalang)?(?: po)? (?:ako|ko|kami)',
      '(?:tawagan|kontakin|i-?contact) (?:mo|nyo|niyo|ninyo)(?: na lang| nalang)?(?: po)? (?:ako|ko|kami)',
      'mag-?usap',
      // Taglish "mag-continue tayo sa Messenger", "pwede ba tayo mag-continue sa Facebook": going on somewhere else.
      'mag-?continue',
      // Cebuano: "mag-storya ta", "didto nalang ta" (let us go there), "adto ta".
      'mag-?storya', 'mag-?istorya', 'didto (?:na )?(?:lang|nalang) ta', 'adto ta', 'balhin ta',
    ],
    id: [
      'chat (?:aja|saja|ya)', 'hubungi (?:saya|aku|gue|gw)', 'kontak (?:saya|aku)', 'ngobrol', 'pindah',
      'lanjut(?:kan)?', 'japri', 'dm aja', 'wa aja', 'chat langsung', 'kabari',
      '(?:wa|whatsapp|telegram|tele) aja',
      'sambung(?:in)?',
      'bahas', 'nego',
      'nyambung',
      // Round thirty: "add fb aja".
      'add (?:fb|ig|wa|line|tele)(?: aja| ya| dong)?',
    ],
    ar: [
      'تواصل(?:ي)? معي', 'تواصل', 'كلمني', 'كلميني', 'راسلني', 'راسليني', 'ارسل(?:ي)? لي', 'ابعت(?:ي)?لي',
      'ضيفني', 'خلينا نكمل', 'نكمل', 'نتواصل', 'نتكلم', 'اتصل بي', 'نتابع', 'تكلمني', 'nkalem', 'akalmak',
      'nekamel', 'nkamel', 'نعمل كول', 'كول',
      'التحدث', 'نتحدث', 'نتناقش', 'netkalem', 'netkallem', 'nekalem',
      // Arabic in Latin letters: "kalamni 3al whatsapp", "raselni", "ib3atli", "tawasal ma3aya".
      'kal+[ae]?mni', 'kal+imni', 'klmni', 'ra?s[ae]lni', 'eb3atli', 'ab3atli', 'ib3atli', 'tawasal ma3(?:aya|i|ya)',
      'تعال', 'mnkamel', 'mnkammel', 'na3mel meeting',
      'nkammel', 'nkaml', 'n?kammil', 'khalina', 'خلينا', 'اضيفك', 'أضيفك', 'وأضيفك', 'واضيفك',
      // Darija: "khlina nkamlo" (let us carry on), "ntwasslo", "nhdro" (let us talk).
      'khlina', 'nkamlo', 'nkmlo', 'ntwasl(?:o|ou)', 'nhdro', 'nhadro', 'nt9adro',
      // Levantine, Egyptian, Gulf and Darija "let us carry on / talk / meet": منكمل، منحكي، نتفاهم، نكملو، نتلاقاو; Arabizi "mnkammel", "n7ki", "nkamlo".
      '(?:م|ب|ه|ح|و|ف)?(?:ن)(?:كمل|كملو|كمّل|حكي|تفاهم|تكلم|تواصل|تلاقى|تلاقاو|تحدث|تناقش|دردش)\\S*', 'خلنا', 'خلونا',
      'خليني', 'تعال نكمل', 'كلمني', 'كلمنا', 'راسلني', '(?:ب|ه)?كلمك', 'نتفاهم', 'احكيني', 'احكي معي', 'ابعتلي مسج',
      '(?:mn|bn|hn|n|w ?n)(?:kam+el|kam+lo|kml|7ki|e7ki|7ko|tfahm|tfaham|twasal|twasel|tlaqaw|tla9aw|tla9a|hder|hadro|dardesh)\\w*', 'khallina', 'khalina', 'khallena', 'yalla nkamel',
      'kal+[ae]mni', 'ra?s[ae]lni', '(?:ib|eb|ab)?3at(?:li|le|ly)', 'ba3atle',
      // Round thirty: Arabizi "nkammel" (let us go on).
      'n?kammel',
      'n?kamel',
    ],
    // Bengali in Latin letters: "kotha boli" (let us talk), "cholo" (let us go), "message koro".
    bn: [
      // Banglish: "call diyen", "knock diyen", "personally kotha boli" (round twenty-five).
      '(?:call|msg|message|knock|nok) (?:diyen|diben|den|dio|koren|korben)', 'personally kotha', 'kotha (?:bolben|bolen|bolbo|hobe)',
      // Round twenty-five: "the rest of the talk" goes somewhere ("বাকি কথা ইনবক্সে হবে").
      'বাকি কথা', 'baki kotha', 'kotha (?:boli|bolbo|boi|hobe)', 'cholo', 'chalo', '(?:message|msg|call) (?:koro|korun|dio|diyo|diben)',
      'কথা (?:বলি|বলব|বলুন|বলো|বলেন|হবে|বলা যাক)',
      // "চলেন টেলিগ্রামে" (let's go to Telegram), "'green app' e ekta hi pathabo" (I'll send a hi there).
      // Only before a place word ("টেলিগ্রামে"): "চলুন টেলিগ্রাম বটের কাজ শুরু করি" is work.
      '(?:চলেন|চলুন|চলো)(?= \\S+(?:ে|তে)(?:[\\s,.!?]|$))', '(?:ekta )?hi (?:pathabo|pathaben|diben|dibo)',
      '(?:মেসেজ|ম্যাসেজ|এসএমএস) (?:দিন|দাও|দিও|দিবেন|করুন|করো|করেন|পাঠান|দিয়েন)',
      '(?:কল|ফোন) (?:দিন|দাও|দিও|দিবেন|করুন|করো|করেন|দিয়েন)',
      'যোগাযোগ (?:করুন|করো|করবেন|করেন|করতে)', '(?:চ্যাট) (?:করি|করুন|করো)',
      '(?:নক|knock) (?:দিন|দাও|করুন|করো|দিয়েন)', '(?:অ্যাড|এড|এ্যাড) (?:করুন|করো|করেন|দিন)',
      'চলে (?:যাই|আসুন|আসো|আসেন|যান)', 'আসুন', 'আসেন',
      // "আমাকে ইমেইল করুন" (email me): the pronoun before one word and an order, the channel after it makes the pair.
      '(?:আমাকে|আমায়|আমাদেরকে)(?= \\S{2,14} (?:করুন|করো|করেন|করবেন|দিন|দাও|দিয়েন))'],
    // Nepali: "kura garau" (let us talk), "message garnus".
    ne: [
      // Nepali: the rest of the talk, let us talk (round twenty-five).
      'बाँकी कुरा', 'कुरा गरौं(?:ला)?', 'कुरा गरौँ(?:ला)?', '(?:कल|call|म्यासेज) गर्नुस्', 'kura garau',
      'kura garaun', 'kura garnu(?:s|hos)', '(?:message|msg|call) garnu(?:s|hos)',
      'कुरा (?:गरौं|गरौँ|गरौ|गर्नुहोस्|गर्नुस्|गर्नु|गरौंला|गरम्)',
      // "डिस्कर्डमा आउनुस्" (come on Discord): read beside a channel only (TALK_THERE).
      'आउनुस्', 'आउनुहोस्', 'आउनु न',
      '(?:म्यासेज|मेसेज|मैसेज) (?:गर्नुहोस्|गर्नुस्|गर|गरौं|पठाउनुहोस्|' +
      'पठाउनुस्)',
      '(?:कल|फोन) (?:गर्नुहोस्|गर्नुस्|गर|गरौं)',
      'सम्पर्क (?:गर्नुहोस्|गर्नुस्|गरौं)', '(?:च्याट|च्याटिङ) (?:गरौं|गर्नुहोस्)',
      '(?:एड|एड्) (?:गर्नुहोस्|गर्नुस्|गर)',
      // "मलाई इमेल गर्नुहोस्" (email me), as in Hindi.
      '(?:मलाई|हामीलाई)(?= \\S{2,14} (?:गर्नुहोस्|गर्नुस्|गरिदिनुहोस्|गरिदिनुस्|' +
        'पठाउनुहोस्))'],
    // Sinhala: "yamu" (let us go), "kathaa karamu" (let us talk).
    si: [
      // Sinhala in its script (round twenty-six) and Singlish: let us talk, message, call, come over to it.
      'කතා කරමු', 'කතා කරන්න', 'කතා කරන්නම්', 'කතාබහ කරමු', 'කතා කරගමු', 'එකෙන් කරමු',
      'මැසේජ් (?:එකක් )?(?:දාන්න|කරන්න|එවන්න|කරන්නම්)',
      'කෝල් (?:එකක් )?(?:දෙන්න|කරන්න|කරන්නම්|ගන්න)', 'එකට එන්න',
      'ඇඩ් (?:කරන්න|වෙන්න|කරන්නම්)', 'සම්බන්ධ (?:වෙන්න|වෙමු)', 'katha karanna', 'katha karannam', 'katha karagamu',
      'eken karamu', 'message (?:ekak )?(?:danna|karanna|ewanna|karannam)', 'call (?:ekak )?(?:denna|karanna|karannam|ganna)', 'ekata enna', 'add (?:karanna|wenna|karannam)',
      'yamu', 'kathaa karamu', 'katha karamu', 'message ekak (?:dapan|danna)'],
    // Javanese: "ngobrol", "chat-an", "pindah".
    jv: ['ngobrol', 'ngomong', 'chat-?an', 'pindah'],
    tr: [
      // Turkish: let us write, move, carry on, come over, call, keep in touch ("discord'a gel", "vatsaptan devam edelim", "e-posta üzerinden yürütelim").
      'yazalim', 'yazisalim', 'yazisiriz', 'yazismalari', 'yazisma\\S*', 'mesaj(?:lasalim|lasiriz|lasabiliriz| at\\S*)', 'gel(?:in)?', 'gecin',
      'gecebiliriz', 'gecsek', 'gecelim', 'tasiyalim', 'tasiyabiliriz', 'yurutelim', 'yurutebiliriz', 'devam (?:edebiliriz|etsek|edelim|ederiz)',
      'beni ekle(?:yin)?', 'ekle beni', 'arayalim', 'arayayim', 'iletisim kuralim', 'iletisimde kalalim', 'haberles(?:elim|iriz)', 'konusabiliriz',
      'netlestir(?:elim|ebiliriz|ebilir\\S*)', 'gorusuruz', 'bekliyorum',
      'yaz(?:in|abilirsin)?', 'bana yaz(?:in)?', 'ulas(?:in|abilirsin|abilir miyim|ayim|abilirim)?', 'bana ulas(?:in)?', 'konusal[iı]m',
      'devam edelim', 'gecelim', 'ekle(?:yin)?', 'ara(?:yin)?', 'beni ara', 'iletisime gec(?:in|elim)?',
      'gorusel\\S*', 'yurutebiliriz', 'devam ederiz', 'konussak',
      'konusuruz', 'konusalim', 'goruntulu gorusme', 'gorusme',
      'gecelim', 'oradan devam (?:edelim|ederiz)',
      // "Telegram'dan yazarsanız" (if you write to me on Telegram), "yazın".
      'yazarsaniz', 'yazarsan', 'yazin',
      // Working or settling somewhere else: "Upwork dışında çalışalım", "buranın dışında anlaşalım".
      'calisalim', 'calisabiliriz', 'calisiriz', 'anlasalim', 'anlasabiliriz', 'anlasiriz', 'halledelim', 'halledebiliriz',
      // Round thirty: "discord'a gel" (come to Discord).
      'gel',
      'gelin',
      'gelsene',
      // Round thirty, third wave: "Telegramdan yazsanız" (if you wrote on Telegram).
      'yazsaniz',
      'yazsan',
      'yazarsaniz',
    ],
    nl: ['doen we (?:het|dat)', 'stuur (?:me|mij) prive', '(?:verder )?praten', 'laten we', 'laat ons', 'zullen we', 'bel(?:len)? (?:me|mij|u|je)',
      'stuur (?:me|mij) (?:een )?(?:berichtje|bericht|appje)', 'app (?:me|mij)',
      'contacteer (?:me|mij)', 'neem contact op', 'voortzetten', 'verder(?:gaan| gaan| bespreken| regelen)', 'bespreken', 'overleggen', 'chatten', 'schrijf (?:me|mij)',
      'zoek (?:me|mij) (?:op|eens op)', 'regelen we', '(?:dat|dit|de rest) (?:\\S+ )?regelen'],
    ro: ['lucram', 'lucram direct', 'discutam', 'vorbim', '(?:hai )?sa vorbim', 'vorbim', 'scrie-?mi', 'scrieti-?mi', 'suna-?ma', 'sunati-?ma', 'contacteaza-?ma', 'contactati-?ma',
      '(?:sa )?continuam',
      '(?:sa )?mutam (?:discutia|conversatia)', 'discutam', 'trimite-?mi (?:un )?mesaj', 'ne auzim', 'te sun', 'va sun', 'lasa-?mi (?:un )?mesaj'],
    ms: ['sembang', 'borak', 'mesej (?:saya|i|me)', 'pm (?:saya|i|me)', 'hubungi (?:saya|i|kami)', 'contact (?:saya|i)', 'jom (?:sembang|borak|discuss|chat|pindah)',
      'kita (?:sembang|borak|discuss|chat|buat)', '(?:easier|senang) (?:la )?discuss', 'discuss kat'],
    ko: ['얘기', '이야기', '대화', '연락 ?(?:주세요|주시면|드릴|드려|할게|하세요|해요|줘)', '연락주', '톡 ?(?:주세요|주시면|해요|드릴)',
      '메시지 ?(?:주세요|주시면|드릴)', '진행(?:할까요|해요|하시죠|하죠|하면)', '소통', '넘어가', '옮겨', '(?:으로|로) ?오시면',
      '(?:으로|로) ?오세요', '디엠 ?주세요', '주고받', '연락하자', '얘기하자',
      // "오픈 카톡방 남겨주시면 연락 가능합니다" (leave an open chat room and I can be reached), asked or offered.
      '연락 ?가능(?:합니다|해요|합니까|하세요|할까요|하신가요)'],
    // Chinese has no spaces: each phrase is read inside a run of characters (see frame.ts); single characters only where chat-specific.
    zh: [
      // "我们可以先在微信上...", "咱们去WhatsApp...": a proposal to be somewhere, paired with an app by `within`.
      '(?:我们|咱们|我哋|我們)(?:可以)?(?:先)?(?:在|喺|去)', '聊', '私聊', '沟通', '溝通', '联系我', '聯絡我', '联系你', '交流', '傾', '倾',
      '讲', '講', '找我', '加我', '转到', '转去', '轉去', '轉到', '语音', '語音', '视频通话', '視訊', '打给', '打俾', '说话',
      '说得清楚', '商量'],
    // Vietnamese, with diacritics folded: "nói chuyện", "trao đổi", "nhắn tin" (nt), "liên hệ", "gọi điện"; not the bare "gọi" ("gói", a package, folds to the same letters).
    vi: ['chuyen (?:qua|sang)', 'lam viec truc tiep', 'noi chuyen', 'trao doi', 'nhan tin', 'nt', 'ib', 'lien he', 'lien lac', 'goi (?:dien|video|dt|cho)', 'call video', 'ket ban',
      'chuyen sang', 'ban (?:cho nhanh|cho tien)'],
    // Let's talk, message, call, add me: Marathi, Nepali, Bengali.
    mr: [
      // Marathi: let us talk, the rest of the talk (round twenty-five).
      'बोलूया', 'बोलू', 'बाकी बोलणं', '(?:कॉल|call|मेसेज) करा',
      'बोलूया', 'बोलू', 'बोला', 'बोलूयात', 'बोलायचं', '(?:मेसेज|मैसेज) (?:करा|कर|पाठवा)',
      '(?:कॉल|फोन) (?:करा|कर)', 'संपर्क (?:करा|साधा)', '(?:चॅट|चॅटिंग) (?:करू|करूया)',
      '(?:ॲड|ऍड|अॅड) (?:करा|कर)', 'पुढे बोलू\\S{0,2}',
      // "मला ईमेल करा" (email me), as in Hindi.
      '(?:मला|आम्हाला)(?= \\S{2,14} (?:करा|पाठवा))'],
    ha: [
      'mu yi (?:magana|hira)', 'mu tattauna', 'mu ci gaba', 'mu koma', 'mu hadu', 'mu gaisa', '(?:ka|ki|ku) same ni', '(?:ka |ki |ku )?kira ni', '(?:ka |ki |ku )?yi min magana',
      '(?:aiko|tura|turo) (?:min|mini) (?:da )?sako', '(?:ka|ki|ku) aiko min',
    ],
    yo: [
      '(?:e )?je ka (?:soro|jiroro|tesiwaju|lo|pade|ba ara wa soro)', 'ka (?:soro|jiroro|tesiwaju)', '(?:e )?pe mi', '(?:e )?wa ba mi', 'ba mi soro',
      'fi (?:message|ateranse|oro) ranse si mi', 'ranse si mi',
    ],
    ig: ['ka anyi (?:kparita uka|kwurita|kwuo okwu|kpaa|gaa|puo|zukoo)', 'kpoo m', 'kpo m', '(?:zitere|ziga|zite) m ozi', 'kparita uka'],
    so: ['aan ku (?:sii )?wada hadalno', 'wada hadalno', 'i(?:i)? soo wac', '(?:iigu|ii) soo (?:dir|qor)', 'i(?:gu)?la soo xiriir', 'aan u (?:guurno|wareegno)'],
    mg: ['andao (?:hiresaka|hifampiresaka|hitohy|hifindra|hivoaka)', 'antsoy', 'mandefasa hafatra', 'mifandraisa amiko'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['skriva? (?:till )?(?:mig|mej)', 'ringa? (?:mig|mej)', 'ringer (?:dig|dej|er)', 'hör av (?:dig|er)', 'hor av (?:dig|er)', 'kontakta (?:mig|mej)',
      'lägg till (?:mig|mej)', 'adda (?:mig|mej)', 'fortsätter vi', 'vi fortsätter', 'vi kör vidare', 'pratar vi', 'vi pratar', 'snackar vi', 'vi snackar',
      'flytta(?:r)? (?:vi )?(?:\\S+ )?(?:konversationen|samtalet|chatten|snacket)', 'hörs på', 'ses på', 'ta(?:r)? det (?:på|via|över)',
      'vi tar (?:\\S+ ){0,3}(?:på|via|över)'],
    no: ['skrive? (?:til )?meg', 'ring meg', 'ringer deg', 'ta kontakt', 'kontakt meg', 'legg meg til', 'legg til meg', 'fortsetter vi', 'vi fortsetter', 'snakker vi',
      'vi snakker', 'prater vi', 'vi prater', 'flytte(?:r)? (?:vi )?(?:\\S+ )?(?:samtalen|praten|chatten)', 'høres på', 'tar det (?:på|via|over)',
      'vi tar (?:\\S+ ){0,3}(?:på|via|over)', 'vi snakkes', 'snakkes (?:på|over)'],
    da: ['skrive? (?:til )?mig', 'ring (?:til )?mig', 'ringer (?:til )?dig', 'kontakt mig', 'tilføj mig', 'tilfoej mig', 'fortsætter vi', 'vi fortsætter', 'snakker vi',
      'vi snakker', 'lad os snakke', 'lad os tage', 'flytte(?:r)? (?:vi )?(?:\\S+ )?(?:samtalen|snakken|chatten)', 'høres på', 'tager det (?:på|via|over)',
      'vi tager (?:\\S+ ){0,3}(?:på|via|over)', 'vi snakkes', 'snakkes (?:på|over)'],
    fi: ['kirjoita (?:mulle|minulle)', 'soita (?:mulle|minulle)', 'ota yhteyttä', 'laita (?:mulle |minulle )?viestiä', 'lisää (?:mut|minut)', 'jatketaan', 'jutellaan',
      'puhutaan', 'siirrytään\\S{0,3}', 'soitellaan', 'laitetaan viestiä'],
    'is': ['skrifaðu mér', 'hringdu í mig', 'hafðu samband', 'bættu mér við', 'höldum áfram', 'tölum saman', 'spjöllum', 'færum (?:okkur|spjallið)',
      'fært spjallið'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'γράψε μου στο viber', 'ας τα πούμε στο βάιμπερ', 'grapse mou', 'írj nekem', 'folytassuk Viberen', 'വിളിക്കൂ', 'message ayakku',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'piši mi', 'čujemo se na Viberu', 'пиши ми', 'mənə yazın', 'მომწერე', 'gavagrdzelot', 'ደውልልኝ', 'inawra',
    // Tamil, Telugu, Nigerian Pidgin.
    'whatsapp la pesalam', 'message pannunga', 'பேசலாம்', 'matladudam', 'call cheyyandi', 'మాట్లాడుదాం', 'make we talk', 'holla me',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'ทักมาได้เลย', 'پیام بدید', 'תכתוב לי', 'пиши ми', 'ozvi se mi',
    
    'hablemos por WhatsApp', 'me chama no zap', 'écris-moi sur Telegram', 'schreib mir auf Telegram',
    'пиши в телегу', 'whatsapp pe baat karte hain', 'usap tayo sa messenger', 'chat aja di wa', 'كلمني واتس',
    'whatsapp’tan yaz', 'kalamni 3al whatsapp',
    'व्हाट्सएप पर बात करें', 'व्हॉट्सॲपवर बोलूया', 'ह्वाट्सएपमा कुरा गरौं',
    'হোয়াটসঅ্যাপে কথা বলি', 'মেসেজ দিন',
    'मुझे ईमेल करो', 'mujhe whatsapp kar do', 'मला ईमेल करा', 'मलाई इमेल गर्नुहोस्',
    'আমাকে ইমেইল করুন',
    'nos pasamos a WhatsApp',
    'Ich melde mich die Tage bei Ihnen per Mail',
    'das Technische telefonisch klären',
    'propunha falarmos fora da plataforma',
    'Vamos continuar pelo zap?',
    'sir baaki baat insta pe karte hai',
    'discord\'a gel',
    'yalla nkammel barra el mawqe3',
    'Yaudah add fb aja',
    'Escríbame mejor al WhatsApp',
    'Aap mujhe email kar dein',
    'Telegramdan yazsaniz daha iyi olur',
  ],
  counterExamples: [
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'pisati dokumentaciju',
    // Tamil, Telugu, Nigerian Pidgin look-alikes.
    'pesan', 'make we proud',
    'írjuk le a specifikációt', 'വിളക്ക്',
    'แอดมินของเพจ',
    'बातचीत का इतिहास', 'কথাবার্তা', 'मुझे ईमेल मिल गया', 'mujhe email template banana hai',
    'আমাকে ইমেইল টেমপ্লেট বানাতে হবে'],
});

/** Euphemisms for leaving: somewhere private, "Upwork reads everything", the chat on my site. */
/** Things stored, not a talk moved: "please store the keys somewhere more secure", "keep the backups somewhere safer". */
const STORED_BEFORE =
  '(?<!\\b(?:store|stored|storing|stores|save|saved|saving|back(?:ed)? up|host|hosted|hosting|hide|hidden|lock|locked|archive|archived|encrypt\\S*' +
  '|keep (?:the |your |our |all )?(?:keys|passwords|credentials|files|backups|secrets|tokens|data|documents|originals))(?: \\S+){0,4} )';

export const AWAY = defineClass({
  name: 'AWAY',
  doc: 'Ways of saying "not here" without naming a channel.',
  words: {
    lt: [
      '(?:bendraukim|bendraukime|pabendraukim|pakalbekim|pakalbekime|kalbekim|susitarkim|tesiam|tesiame|pereikim|susisiekim)(?: \\S+){0,2} (?:kitur|kitoje vietoje|privaciai|asmeniskai)',
      '(?:parasyk|rasyk)(?:ite)? (?:man )?asmenisk\\S{0,2}', '(?:i|per) kita programel\\S{0,2}', 'kitoje programel\\S{0,3}',
    ],
    lv: [
      '(?:runajam|parunajam|sazinamies|turpinam|pariesim|vienojamies)(?: \\S+){0,2} (?:citur|privati|personigi)',
      '(?:uzraksti|raksti)(?:et)? man (?:privati|personigi)', '(?:uz|cita) cit\\S{0,2} lietotn\\S{0,2}',
    ],
    et: [
      '(?:suhtleme|raagime|jatkame|liigume|lepime)(?: \\S+){0,2} (?:mujal|privaatselt|otse)', 'kirjuta(?:ge)? mulle (?:privaatselt|otse)',
      'teise (?:appi|rakendusse|kohta)',
    ],
    sq: [
      '(?:te vazhdojme|vazhdojme|le te flasim|te flasim|te merremi vesh|biseden)(?: \\S+){0,2} diku tjeter', '(?:me shkruaj|me shkruani) ne privat',
    ],
    // Czech: a talk proposed elsewhere (round twenty-six).
    cs: [
      '(?:pokracujme|domluvme se|pobavme se|presunme se|konverzac\\S{0,2}|rozhovor\\S{0,2})(?: \\S+){0,2} (?:nekde jinde|jinde)',
      '(?:napis|pis)(?:te)? mi (?:radsi |radeji )?(?:jinam|jinde)', 'do jine aplikace', '(?:domluvime|domluvme) se (?:primo|napriamo|soukrome)',
    ],
    sk: [
      '(?:pokracujme|dohodnime sa|porozpravajme sa|rozpravajme sa|presunme sa|rozhovor\\S{0,2})(?: \\S+){0,2} (?:niekde inde|inde)', '(?:napis|pis)(?:te)? mi (?:do )?sukromn\\S{0,2}',
    ],
    // Bulgarian: a talk proposed elsewhere (round twenty-six).
    bg: [
      '(?:да говорим|да продължим|да се чуем|да се разберем|да се договорим|да пишем)(?: \\S+){0,' +
        '2} (?:някъде другаде|другаде|на друго място)',
    ],
    mk: [
      '(?:да продолжиме|да зборуваме|да разговараме|да се договориме|да се слушнеме)(?: \\S+){0' +
        ',2} (?:на друго место|некаде другаде)',
      '(?:јави|пиши)(?:те)? ми се приватно', 'јави ми се приватно',
    ],
    sl: [
      '(?:nadaljujva|nadaljujmo|pogovoriva se|pogovorimo se|dobiva se|zmeniva se|slisiva se|pogovor)(?: \\S+){0,2} (?:kje|nekje) drugje', '(?:pisi|pisite) mi na zasebno',
    ],
    sr: [
      '(?:настави(?:мо|ти)|причајмо|причамо|договоримо се|чујемо се|чујмо се|нађимо се|пређ' +
        'имо|разговарајмо|разговор)(?: \\S+){0,2} (?:негде|негдје) (?:другде|другдје|друго)',
      '(?:јави|јавите|пиши|пишите) ми се приватно',
      '(?:причајмо|разговарајмо|договоримо се|чујемо се) приватно',
    ],
    // Croatian, Serbian and Bosnian: a talk or a deal proposed 'somewhere else', 'privately' (round 26).
    hr: [
      '(?:se )?(?:dogovorimo|cujemo|nadjemo|nademo|prebacimo|pricamo|javimo)(?: \\S+){0,2} (?:negdj?e|negdi) (?:drugdj?e|drugo|drugdi)',
      '(?:nastavi(?:mo|ti)|pricajmo|pricamo|dogovorimo se|dogovoriti se|cujemo se|cujmo se|nadjimo se|predjimo|prebacimo se|razgovarajmo|razgovor)(?: \\S+){0' +
        ',2} (?:negdj?e|negdi) (?:drugdj?e|drugo|drugdi)',
      '(?:javi|javite|pisi|pisite) mi se privatno', 'javi(?:te)? mi se u privatn\\S{0,2}', '(?:pricajmo|razgovarajmo|dogovorimo se|cujemo se) privatno',
    ],
    // "ทักส่วนตัวมา", "ทำงานกันเองดีกว่า", "ย้ายไปคุยที่อื่น".
    th: ['ทักส่วนตัว', 'คุยส่วนตัว', 'ทำงานกันเอง', 'ย้ายไป(?:คุย)?ที่อื่น'],
    // Polish: Upwork is only a cover, it reads everything; come over, talk over coffee ("Upwork to tylko przykrywka", "proszę do nas wpaść").
    pl: ['upwork (?:to|jest) (?:\\S+ )?(?:tylko )?(?:przykrywka|wizytowka|fasada|witryna|zaslona)',
      'upwork (?:wszystko )?(?:czyta|monitoruje|sledzi|widzi) wszystko',
      '(?:wpadnij|wpadnijcie|prosze (?:\\S+ ){0,2}wpasc|zapraszam) (?:\\S+ ){0,3}(?:do nas|do biura|do firmy|do pracowni|na kawe)',
      '(?:pogadamy|porozmawiamy|pogadajmy) przy kawie', 'spotkajmy sie (?:\\S+ ){0,2}(?:na kawe|osobiscie|na miescie)', 'twarza w twarz'],
    en: [
      // Round twenty: not here, said without an app: "somewhere a bit more private", "talk in the private way", "talk the normal way, outside this thing", "move the talk somewhere we can
      // send voice notes", "write me outside of here".
      // Round twenty-one: not things stored there ("please store the keys somewhere more secure").
      STORED_BEFORE + 'somewhere (?:a bit |a little |much )?more (?:private|secure|discreet)',
      '(?:talk|chat|speak|continue|write) (?:\\S+ )?in (?:the|a) (?:private|normal|direct) way',
      '(?:talk|chat|speak|communicate|write) (?:the )?normal(?:ly)? (?:way|like adults)?,? (?:\\S+ ){0,3}(?:outside|not (?:here|on this|this))',
      '(?:talk|chat|speak) normally,? not (?:here|on this|this)',
      'the place where we can (?:talk|chat|speak)',
      '(?:write|message|text|talk to|contact|find) me outside (?:of )?(?:here|this (?:site|app|platform|thing))',
      'outside this (?:thing|site|app|platform|chat)',
      '(?:move|take) (?:the |our |this )?(?:talk|chat|conversation|discussion|details) somewhere (?:else|we can|more|a bit)',
      STORED_BEFORE + 'somewhere (?:more )?(?:private|secure|quieter|safer|less monitored)', '(?:a |some )?more private (?:place|channel|chat|app|line|space|platform|way)',
      'upwork (?:reads|monitors|watches|checks|scans|sees|flags|censors|tracks|records|logs|spies on) (?:everything|all|our|the|every|what)',
      '(?:messages|chats?|conversations?) (?:here |on upwork )?(?:are|is|get|gets) (?:monitored|read|watched|flagged|censored|recorded|tracked|scanned)',
      '(?:chat|contact) (?:widget|form|box|bubble|button) on (?:my|our) (?:site|website|page|portfolio)', "my (?:site|website)'?s? (?:chat|contact form|live chat)",
      'anything (?:other than|besides|but) (?:that|this|the) (?:app|chat|platform|site)', 'a better (?:app|platform|place) to (?:talk|chat)',
      '(?:don\'?t|do not) do (?:interviews|calls|meetings) (?:through|on|in|via) (?:this|the) (?:app|site|platform|chat)',
      'a normal phone call', 'personal meeting room', 'not the one inside upwork',
      'let\'?s meet (?:up )?(?:in person|for (?:a )?coffee|irl|offline|face to face)',
      // "meet me at the WeWork on Harcourt Street on Friday for a coffee".
      'meet (?:me|us) (?:at|in) [^.!?\\n]{3,60}? (?:for (?:a )?(?:coffee|drink|lunch)|in person|face to face)',
      // "let's use a more convenient channel, you know which one I mean".
      'you know which (?:one|app|channel) i mean',
      'somewhere (?:we|i) can (?:talk|chat|speak) (?:freely|openly|privately)',
      'my (?:own |personal )(?:zoom|google meet|meet|teams) (?:link|room|meeting)',
      'a more direct (?:line|channel|way to (?:talk|chat|reach))',
      '(?:take (?:this|it|things|the (?:chat|conversation|convo|talk|discussion))|continue(?: this| the chat| the conversation| our conversation| the convo| with clients)?' +
        '|(?:voice |video )?call|talk|chat|contact (?:you|u|me)(?: direct(?:ly)?)?) outside(?! (?:of )?(?:work|office|business|hours|working|school|the (?:us|eu|uk|country|office)|my|our|your))',
      'somewhere (?:faster|quicker|easier|better|simpler|smoother|more (?:convenient|direct|reliable|comfortable|flexible|practical))',
      'upwork (?:seeing|reading|watching|monitoring|tracking)',
      // The negation is read ahead only, so the frame's own refusal test does not take "can't peek" for a refusal.
      '(?:where|somewhere) (?:the )?(?:admins?|upwork|moderators?|mods|they|nobody)(?= (?:can.?t|cannot|won.?t|doesn.?t|don.?t) (?:peek|see|read|watch|monitor|check|listen|spy))',
      'keep(?:ing)? upwork out of (?:the loop|this|it)', 'leave upwork out of',
      // Reached through the writer's own site, not a site being built: "reach me through my portfolio's contact page".
      "(?:through|via|using|use|from) (?:my|our) (?:company |personal |business )?(?:site|website|portfolio|page)(?:'?s)? (?:live chat|contact (?:page|form)|chat (?:widget|box|bubble))",
      '(?:reachable|available|active) on my (?:personal|private|other) (?:stuff|accounts?|apps?|number|socials|channels?)',
      'something (?:that|which) (?:doesn.?t|does not|won.?t|isn.?t) (?:flag|monitor|read|censor|track|watch|block)s?',
      '(?:let me know|tell me|just say|say) where (?:i|we) can (?:reach|find|contact|message|send|add)',
      '(?:tell me|let me know) where to (?:find|reach|message|add) you', 'just say where',
      'where you.?re (?:reachable|active|available)', 'let me know what (?:app |messenger )?you use',
      'reply with where you prefer', 'wherever you (?:prefer|like|want)(?=,? (?:just |but )?not here)', 'anywhere but here',
      '(?:find|google|search) my (?:company|business|agency) (?:page|site|website|name)',
      'where (?:our|my) (?:whole )?(?:team|company|staff|people) (?:actually )?(?:talks?|chats?|hangs? out|communicates?)',
      '(?:through|on|via|over) something else',
      '(?:upwork|the platform|this site) is (?:just|only) (?:for|to) (?:the )?(?:introductions?|find(?:ing)?|formalit(?:y|ies)|paperwork)',
      'go quiet here', '(?:switch|move|hop)(?:ping|ing)? (?:over )?there', '(?:join|meet|add|invite|catch) (?:me|you|u) there',
      // A visit offered as easier than this chat: "it'd be easier than all this messaging", "we'll talk it over in person".
      '(?:easier|quicker|faster|simpler) than (?:all )?this (?:messaging|typing|back and forth|chatting|texting)(?! (?:interface|feature|app|tool|flow))',
      '(?:easier|quicker|faster|simpler) than (?:messaging|typing|chatting) (?:here|on here|on upwork|in (?:this|the) chat)',
      "(?:we'?ll|we can|let'?s|and) (?:talk|chat|go over|sort) (?:it|this|that|things) (?:over |out )?in person",
      // Leaving without naming an app, as everyday English says it: "we'll do it there instead of in here", "reply on the other platform
      // where I messaged you", "take Upwork out of the picture", "book a slot on my calendar", "just google my studio name", "better we shift".
      '(?:instead of|rather than) (?:(?:in|on|over|through|via) )?(?:here|this chat)(?= *[.,!?;]|$)',
      '(?:revert|reply|respond|answer(?: me)?|message me|text me|get back to me) (?:back )?(?:on|in|at|via|over) the other (?:platform|app|site|channel|number|chat)',
      'the other (?:platform|app|site|chat) where i (?:have |already )?(?:messaged|texted|added|contacted|pinged) (?:you|u)',
      '(?:remove|take|cut|drop|get|keep|leave) upwork (?:out )?(?:of|from) the (?:picture|equation|loop|deal|middle)', 'without upwork in the (?:middle|picture|loop)',
      '(?:book|grab|pick|choose|take|reserve) (?:a |any |an )?(?:open |free )?(?:slot|time ?slot|time|call|meeting) (?:on|in|from|through|via) my (?:calendar|calendly|schedule|booking (?:page|link))',
      '(?:just |simply )?google (?:me|my (?:full )?name|my (?:studio|brand|company|agency|shop|business)(?: name)?)(?= *[.,!?]|$| and | or | on )',
      "(?:you can|u can|you'?ll) (?:easily )?find me (?:easily|on google|online)",
      '(?:look|looking) (?:you|u) up on (?:linkedin|facebook|fb|insta(?:gram)?|twitter)',
      "(?:better|let'?s|lets|we can|we should|please) (?:we )?shift(?= *[.,!?;]|$| (?:there|from here|to (?:an)?other))",
      '(?:onboard|onboarding|work|working|continue|manage|talk|chat|communicate|collaborate) (?:\\S+ ){0,3}(?:through|via|on|in|into) (?:my|our) ' +
        '(?:own |agency |company |private )(?:portal|platform|system)',
      '(?:apply|application|details|cv|resume) (?:\\S+ ){0,3}(?:on|via|through|at) (?:our|my) (?:careers?|jobs?|recruitment|hiring) (?:page|site|portal|form)',
    ],
    es: ['un lugar mas privado', 'algo mas privado', 'upwork (?:lee|revisa|monitorea) todo',
      // "more convenient than here", in each language: a comparison with this chat given as the reason to leave.
      'mas (?:comodo|facil|practico|rapido|sencillo) que (?:este chat|aqui|aca|upwork|esta plataforma)',
      'upwork (?:solo|nomas) (?:pa|para) (?:lo formal|la formalidad|el contrato|lo del contrato)',
      '(?:vernos|encontrarnos|quedar|juntarnos) (?:\\S+ )?(?:en persona|para (?:un|tomar un) cafe)',
      // "pásate por la oficina ... y lo hablamos en persona".
      '(?:pasate|pasese|pasen|ven|venga|vente) (?:\\S+ ){0,2}por (?:la|nuestra|mi) (?:oficina|tienda|taller|casa|local)', '(?:lo )?(?:hablamos|platicamos|vemos) en persona',
      '(?:vederci|incontrarci|vediamoci|incontriamoci) (?:\\S+ )?(?:di persona|per un caffe|a prendere un caffe)',
      '(?:spotkac sie|spotkajmy sie) (?:\\S+ )?(?:osobiscie|na kawe|na kawie)',
    ],
    pt: [
      '(?:a gente |nos )?trabalha(?:mos)? direto,? sem (?:o )?upwork',
      'um lugar mais privado', 'algo mais privado', 'upwork (?:le|monitora|ve) tudo',
      'mais (?:pratico|facil|rapido|comodo|simples) (?:do )?que (?:aqui|este chat|esse chat|o upwork|a plataforma)',
      'upwork (?:e )?so (?:pra|para) (?:a )?(?:formalidade|o contrato)',
      'aqui so (?:abrimos|fazemos|fechamos|assinamos) o contrato', 'fechar (?:tudo |o negocio )?pessoalmente',
      '(?:nos encontrar|nos ver|encontrar voce|nos encontramos) (?:\\S+ )?(?:pessoalmente|para um cafe|num cafe)',
    ],
    fr: ['un endroit plus prive', 'upwork (?:lit|surveille) tout',
      'plus (?:pratique|simple|rapide|facile) qu.(?:ici|upwork|sur upwork)',
      'plus (?:pratique|simple|rapide|facile) que (?:cette messagerie|ce chat|la plateforme)',
      '\\+ (?:rapide|simple|pratique) qu.ici', 'upwork (?:juste|seulement) pour (?:le contrat|la forme)',
      '(?:se voir|se rencontrer|nous voir|nous rencontrer|qu.on se voie) (?:\\S+ )?(?:en personne|autour d.un cafe|pour un cafe)',
    ],
    de: ['einen privateren (?:ort|kanal)', 'upwork (?:liest|uberwacht) alles',
      'schneller als hier', 'abstimmung per (?:teams|zoom|skype|whatsapp|telefon)',
      '(?:bequemer|einfacher|praktischer) als (?:hier|upwork|dieser chat|in diesem chat)',
      'hier (?:machen|unterschreiben|schliessen) wir nur (?:noch )?den vertrag',
      '(?:machen|reden|schreiben) wir (?:privat|direkt) weiter', 'privat weiter(?:machen|reden|schreiben)',
      'auf einen kaffee (?:\\S+ ){0,2}treffen', '(?:uns|wir) (?:\\S+ )?personlich treffen',
      'ohne (?:dieses|das) hin und her im chat',
      // Round thirty: "statt hier" (instead of here).
      'statt hier',
    ],
    ru: [
      '(?:в|на) нормальном месте (?:спишемся|пообщаемся|поговорим|обсудим)',
      'лучше не тут,? а',
      'апворк (?:все читает|всё читает|палит|банит за)', 'здесь (?:все читают|палят)',
      'удобнее,? чем (?:здесь|тут|на апворке|в этом чате)',
      '(?:продолжим|продолжить|общаться|переписываться|поговорим|обсудим) не (?:здесь|тут)', 'куда вам удобнее',
      '(?:перенести|перенес[её]м|переносим) (?:наш |этот )?(?:разговор|общение|переписку|обсуждение|диалог) ' +
        '(?:туда|в (?:наш|другой|общий|рабочий)\\S*)',
      '(?:встретиться|встретимся|увидеться) (?:\\S+ )?(?:лично|на кофе|за кофе|в кафе)',
    ],
    uk: ['апворк (?:все читає|палить)',
      'зручніше,? ніж (?:тут|на апворку|в цьому чаті)',
      '(?:продовжимо|продовжити|спілкуватися|переписуватися|поговоримо|обговоримо) не (?:тут|тута)',
      'куди вам зручніше',
      '(?:перенести|перенесемо) (?:нашу |цю )?(?:розмову|спілкування|переписку|обговорення) ' +
        '(?:туди|в (?:наш|інш|спільн|робоч)\\S*)',
      '(?:зустрітися|зустрінемося|побачитися) (?:\\S+ )?(?:особисто|на каву|в кафе)',
    ],
    hi: [
      'bahar (?:connect|baat|contact|milte|chat) (?:karte|karo|kar lete|karenge|kijiye)\\S*',
      '(?:details|baat|baaki) (?:\\S+ ){0,2}private (?:mein|me) (?:discuss|baat)\\S*',
      'upwork (?:sab|sabkuch) (?:padhta|dekhta) hai', 'yahan baat (?:nahi|nhi) ho sakti', 'har message pe nazar', 'nazar rehti',
      '(?:mera )?apna (?:zoom|meet|google meet) link', 'coffee pe mil\\S*', 'bahar mil (?:lete|letay|lein|len|te|lo) ?(?:hain|hai|he)?',
      'upwork ko side (?:pe|par) rakh(?:ein|en|o|te|dein|do)?', 'bahar baat',
      '(?:chai|chaye|chaaye) (?:pe|par) (?:baat|mil)\\S*',
      // A deal or the work taken outside Upwork, proposed ("अपवर्क से बाहर डील करते हैं"); not "...बाहर काम करना मना
      // है" (forbidden).
      '(?:अपवर्क|अपवार्क|upwork|प्लेटफॉर्म|प्लेटफ़ॉर्म)(?: के| से)? बाहर (?:ही )?(?:डील|काम|' +
        'सौदा|पेमेंट|लेन-?देन|डिस्कस)\\S{0,3} ' +
        '(?:करते|कर लेते|करें|करेंगे|करो|कर लो|करिए|कीजिए)',
    ],
    // The same in Marathi ("अपवर्कच्या बाहेर डील करूया"), Nepali ("अपवर्क बाहिर डिल गरौं") and Bengali
    // ("আপওয়ার্কের বাইরে ডিল করি").
    mr: ['(?:अपवर्क|upwork|प्लॅटफॉर्म|प्लेटफॉर्म)(?:च्या)? ?बाहेर (?:डील|काम|व्यवहार|' +
      'पेमेंट)\\S{0,3} (?:करूया|करू|करा|करूयात)(?! (?:नका|नये))'],
    ne: ['(?:अपवर्क|upwork|प्लेटफर्म)(?: भन्दा| देखि)? बाहिर (?:डिल|डील|काम|कारोबार|' +
      'पेमेन्ट)\\S{0,3} (?:गरौं|गरौँ|गरौ|गर्नुहोस्|गर्नुस्|गरम्)'],
    bn: ['(?:আপওয়ার্ক|আপওয়ার্ক|upwork|প্ল্যাটফর্ম|প্লাটফর্ম)(?:ের|ে|ার| এর|' +
      'er)? বাইরে (?:ডিল|কাজ|লেনদেন|পেমেন্ট)\\S{0,3} ' +
      '(?:করি|করব|করবো|করুন|করো|করা যাক|করেন)(?! ?না)'],
    ur: [
      'bahar wali jagah',
      'bahar (?:connect|baat|contact|milte|chat) (?:karte|karo|kar lete|karenge|kijiye)\\S*',
      'upwork (?:sab|sab kuch) (?:parhta|dekhta) hai', '(?:sab|sb) record hota',
      '(?:mera )?apna (?:zoom|meet|google meet) link', 'coffee pe mil\\S*', 'bahar mil (?:lete|letay|lein|len|te|lo) ?(?:hain|hai|he)?',
      'upwork ko side (?:pe|par) rakh(?:ein|en|o|te|dein|do)?', 'apas mein tay kar(?:te|lete|lenge|lein|en|o)?', 'har baat (?:pe|par) nazar',
      '(?:chai|chaye|chaaye) (?:pe|par) (?:baat|mil)\\S*',
    ],
    id: ['upwork (?:baca|memantau) semua',
      '(?:ketemu|ketemuan|bertemu) (?:\\S+ )?(?:langsung|di (?:cafe|kafe)|sambil ngopi)', 'kopdar',
    ],
    tr: [
      // Turkish: Upwork is only a shop window; come to our hotel, let us talk face to face over coffee ("Upwork sadece vitrin", "yüz yüze konuşalım").
      'upwork sadece (?:bir )?(?:vitrin|paravan|bahane|gostermelik|aracilik)',
      '(?:otelimize|ofisimize|atolyemize|dukkanimiza|magazamiza|yanimiza|evimize) (?:\\S+ )?(?:gelin|gel|ugrayin|bekleriz)',
      'yuz yuze (?:konusalim|gorusel\\S*|gorusuruz|konusuruz)', 'kahve(?:ler)? (?:benden|icelim|icmeye)',
      'upwork her seyi (?:okuyor|goruyor)',
      'yuz yuze (?:gorus\\S*|bulus\\S*)', 'bir kahvede (?:bulus\\S*|gorus\\S*)',
      // Upwork or the platform left out: "platformu aradan çıkaralım", "upwork kullanmayalım", "sitesiz yapalım".
      '(?:platformu|siteyi|upwork\'?u) aradan cikar(?:alim|ip|sak|iriz)', '(?:upwork\'?u?|platformu|siteyi) (?:hic )?kullanmay(?:alim|in)',
      '(?:sitesiz|upworksuz|platformsuz|aracisiz) (?:yapalim|calisalim|devam edelim|halledelim|anlasalim)',
    ],
    ar: ['مسجل ومراقب', 'مراقب',
      'هنا مش مريح', 'msh hon', 'mish hon', 'mesh hon',
      // "ahwan men hon" (easier than here).
      '(?:ahwan|ahsan|a7san|arya7) (?:men|mn|min) (?:hon|hena|hna|hone)', '(?:اهون|احسن|أريح|اريح) (?:من|مِن) (?:هون|هنا|هان)',
    ],
    tl: [
      'lipat na tayo sa (?:mas )?(?:madaling|ibang|mabilis na) (?:usapan|app|lugar)',
      'i-?message sa fb',
      'message sa (?:fb|facebook|messenger)',
      'magkita (?:tayo|na lang tayo) (?:\\S+ )?(?:personal|sa (?:coffee shop|cafe))',
    ],
    // Meeting in person to talk instead of typing here: "出嚟飲杯咖啡傾下", "见面聊".
    zh: ['(?:出来|出嚟)\\S{0,3}?(?:饮|飲|喝)(?:杯|个|個)?(?:咖啡|茶)', '见面(?:聊|谈|傾|倾)', '見面(?:聊|談|傾)', '上嚟搵我',
      // Round twenty-four: "换个地方聊" (talk somewhere else), "私聊吧" (let us talk in private).
      // Not when it is said to be out of place ("换个地方聊不合适").
      '换个地方(?:聊|说|谈|沟通)(?!\\S{0,10}(?:不合适|不行|不好))', '換個地方(?:聊|說|談|溝通)(?!\\S{0,10}(?:不合適|不行|不好))', '私聊(?:吧|呗|一下)',
    ],
    vi: [
      // "nhắn riêng cho mình", "làm ngoài nhé", "chuyển qua chỗ khác", "khỏi qua upwork".
      '(?:nhan|ib|inbox|chat) rieng (?:cho|voi) (?:minh|em|anh|chi|toi|tui)', 'lam ngoai (?:nhe|nha|di|cho|nen)', 'ra ngoai lam', 'chuyen qua cho khac',
        '(?:khoi|khong can) (?:phai )?(?:qua|dung) upwork', 'ra quan (?:ca phe|cafe)', 'gap (?:truc tiep|mat) (?:noi chuyen|ban|trao doi)',
        '(?:ca phe|cafe) (?:\\S+ ){0,4}gap (?:toi|minh|anh|chi|em)'],
    // Come by to talk instead of typing here: "kom even langs op de zaak", "scheelt een hoop getyp".
    nl: ['kom (?:\\S+ ){0,2}langs (?:op|bij|in|aan)', '(?:scheelt|bespaart) (?:een hoop|veel) (?:getyp|typen|typwerk|berichten)',
      '(?:bespreken|regelen) we (?:het |dat |alles )?(?:wel )?(?:persoonlijk|onder (?:het|een) kop(?:je)? koffie)'],
    ro: ['(?:treci|treceti|veniti|vino) (?:\\S+ ){0,3}pe la (?:noi|birou|mine|sediu)', '(?:vorbim|discutam|ne vedem) (?:\\S+ )?(?:fata in fata|in persoana|la o cafea)'],
    ms: ['(?:jumpa|berjumpa) (?:\\S+ ){0,2}(?:face to face|bersemuka|depan-?depan|sambil minum kopi)', 'minum kopi sambil (?:bincang|borak)'],
    ko: ['(?:직접 )?만나서 (?:얘기|이야기|말씀|상의)', '(?:사무실|매장|작업실)(?:로|에) (?:한번 )?(?:오세요|들르세요|놀러)'],
    ha: ['mu (?:yi magana|yi hira|tattauna|ci gaba|koma|tafi)(?: \\S+){0,4} (?:a wani wuri|wani dandali|wata manhaja|a waje)', 'mu bar upwork'],
    yo: ['(?:je ka|ka) (?:soro|jiroro|tesiwaju|maa ba oro lo|lo)(?: \\S+){0,3} (?:ni ibomiran|nibomiran|ni ibo miiran|si ibomiran|si (?:app|platform|ibi) miiran)', 'je ka kuro ni upwork'],
    ig: ['ka anyi (?:\\S+ ){0,3}(?:n\'ebe ozo|na (?:app|platform|ebe) ozo|ebe ozo)', 'ka anyi puo na upwork\\S{0,4}'],
    so: ['meel kale (?:\\S+ ){0,3}(?:wada hadalno|sii wadno|shaqeyno)', 'aan u (?:guurno|wareegno) (?:app|barnaamij|goob|meel) kale', 'ka bax upwork'],
    mg: ['andao (?:\\S+ ){0,2}(?:any an-kafa|any amin\'?ny toeran-kafa|amin\'?ny (?:app|sehatra|toerana) hafa)', 'andao hivoaka (?:ny )?upwork'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['(?:fortsätter|fortsätta|pratar|prata|snackar|snacka|tar|ta|kör|ses|hörs)(?: \\S+){0,2} (?:någon annanstans|nån annanstans|annanstans|på annat håll)',
      '(?:skriv|skicka|hör av dig|hor av dig|pratar|snackar)(?: \\S+){0,2} privat(?! \\S*(?:person|ekonomi|liv))'],
    no: ['(?:fortsetter|fortsette|prater|prate|snakker|snakke|tar|ta)(?: \\S+){0,2} (?:et annet sted|annetsteds|andre steder)',
      '(?:skriv|send|prater|snakker)(?: \\S+){0,2} privat(?! \\S*(?:person|økonomi|liv))'],
    da: ['(?:fortsætter|fortsætte|snakker|snakke|tager|tage)(?: \\S+){0,2} (?:et andet sted|andetsteds|andre steder)',
      '(?:skriv|send|snakker)(?: \\S+){0,2} privat(?! \\S*(?:person|økonomi|liv))'],
    fi: ['(?:jatketaan|jutellaan|puhutaan|sovitaan|hoidetaan|jatkaa|jutella|puhua)(?: \\S+){0,2} (?:jossain muualla|muualla|yksityisesti)'],
    'is': ['(?:höldum áfram|tölum|spjöllum|klárum|ræðum)(?: \\S+){0,2} (?:annars staðar|annarsstaðar|í einkaskilaboðum|í einkaspjalli)'],
  },
  examples: ['a gente trabalha direto, sem upwork',
    'somewhere a little more discreet', 'talk in the private way', 'chat normally, not here', 'message me outside of here', 'take the discussion somewhere else', 'bahar connect karte hain',
    'bahar wali jagah', 'lipat na tayo sa ibang app', 'в нормальном месте спишемся',
    'Can we talk somewhere more private?', 'Upwork reads everything', 'through the chat widget on my site', 'anything other than that app', 'un lugar más privado',
    'अपवर्क से बाहर डील करते हैं', 'अपवर्कच्या बाहेर डील करूया',
    'अपवर्क बाहिर डिल गरौं', 'আপওয়ার্কের বাইরে ডিল করি',
    'we can sort it there rather than on here.', 'pls answer me on the other app', 'cut Upwork out of the equation', 'pick a free slot in my Calendly',
    'just google my agency name', 'lets shift.', 'we manage everything through our own portal', 'send your CV via our careers page',
    'telefonisch klären statt hier',
  ],
  counterExamples: ['the place where we can park the van', 'private mein rakhiye yeh file',
    'a private repository', 'the chat widget on the client site', 'हम घर के बाहर काम करते हैं',
    'अपवर्क के बाहर काम करना मना है', 'use the staging branch instead of main', 'shift the deadline to Friday',
    'google my name into the search box test',
    'customers book a slot on our calendar widget', 'the careers page on the client site needs a new form'],
});

/** A channel described instead of named: "a different messaging app", "the app with the paper-plane logo". */
export const DESCRIBED_CHANNEL = defineClass({
  name: 'DESCRIBED_CHANNEL',
  doc: 'A chat app or channel described rather than named.',
  words: {
    en: [
      '(?:a |an |the |some )?' +
        oneOf([
          'different', 'other', 'another', 'real', 'proper', 'separate', 'normal', 'outside', 'external',
          'personal', 'private', 'third-party', 'more convenient', 'faster', 'better', 'regular', 'usual',
        ]) +
        // "the usual social app", "another social media platform".
        ' (?:messaging |chat |video |instant |social |social media )?' +
        '(?:app|apps|messenger|chat|platform|place|channel|tool|service|line)',
    '(?:the |an? )?app with the [a-z -]{2,30}\\b(?:logo|icon|symbol|sign)(?!\\s+(?:design|redesign|update|change))',
    // "the chat app with the white phone in green bubble".
    '(?:the |an? )?(?:chat |messaging )?app with the (?:\\S+ ){0,4}(?:green|blue|purple) (?:bubble|circle|icon)', '(?:the |an? )?(?:green|blue|purple|paper[- ]plane) (?:app|one|messenger)',
    'other messengers?', 'any other (?:app|messenger|platform|chat)',
      '(?:the |an? )?(?:\\w+ )?app (?:that |which )?(?:starts|begins) with (?:an? |the letter )?[a-z]\\b',
      '(?:the )?other thing', '(?:the )?(?:app|one|platform|apps) everyone (?:uses|is on)',
      'the (?:platform|app|place|channel) (?:we both know|you know)', 'a platform where (?:i|we|you) can',
      'the (?:video-sharing|photo|photo-sharing|picture|short-video|encrypted|secure|bird) (?:app|site|platform|network)',
      'the other side', '(?:my|our) preferred (?:platform|app|channel|messenger)',
      'the (?:app|messenger|platform|channel) (?:i|we) (?:usually |always )?use',
      '(?:the )?(?:app|channel|chat|platform|tool|messenger) (?:our|my) (?:whole )?(?:team|company|staff) uses',
      'private (?:client |chat )?group', 'any (?:messenger|messaging app|chat app)', 'the usual apps',
      '(?:our|my) (?:own |internal |company\'?s? |team\'?s? |in-house |private )+' +
        '(?:chat|chat client|messenger|messaging app|workspace|communication (?:suite|tool|platform|app)|team channel|chat channel|meeting room app|chat group|portal)',
      '(?:client )?dashboard where (?:i|we) (?:discuss|talk|chat)',
      // Round twenty-one: our own place named by any words before its kind, not only "own" or "internal": "our Jira service desk", "our supplier
      // portal", "join our workspace".
      // Kept short: this class is read inside a pattern near V8's 20 KB limit (tests/unit/pattern-size.test.ts).
      '(?:our|my) (?:\\S+ ){0,2}(?:workspace|portal|(?:service|help) ?desk)' +
        '(?! (?:(?:re)?design|ui|ux|pages?|screens?|features?|project|code|accounts?|software|widgets?|buttons?|links?|tools?))',
    ],
  es: ['otra (?:app|aplicacion|plataforma)', 'otro (?:chat|medio|lado)',
      'la (?:app|aplicacion|red social|red) (?:de siempre|de costumbre|habitual)',
      // The app named by its colour or by everyone having it: "el verdecito", "la app verde", "la que todos tienen".
      'el verdecito', 'la (?:app|aplicacion) (?:verde|azul|del (?:icono|logo) verde)',
      '(?:la )?(?:app|aplicacion|que) (?:que )?(?:todo el mundo|todos) (?:tiene|tienen|usa|usan)',
      // Round thirty: WhatsApp by its colour, as Latin Americans hint at it ("seguimos por el verde", "el de la palomita verde").
      'el verde(?:cito)?',
      '(?:el de )?la palomita verde',
    ],
  pt: ['outro (?:app|aplicativo|chat|lugar)', 'outra (?:plataforma|rede)',
      '(?:a|o|na|no) (?:rede social|rede|app|aplicativo) (?:de sempre|de costume|habitual)',
      'outro canal',
      // "aquele do ícone verde", "o app verde", "aquele das chamadas", "a app que toda a gente tem".
      '(?:aquele|aquela|o|a) (?:app |aplicativo |aplicacao )?(?:do|com o) icone (?:verde|azul)', '(?:o|a|no|na) (?:app|aplicativo) (?:verde|azul)',
      'aquele das chamadas', '(?:o|a) (?:app|aplicativo|aplicacao) que (?:toda a gente|todo mundo) (?:tem|usa)',
      // Round thirty: WhatsApp by its colour ("aquele app verde").
      '(?:aquele |o )?app verde',
      'zapzap',
    ],
  fr: ['une autre (?:appli|application|plateforme)', 'un autre (?:chat|canal)',
      '(?:le|l.) ?(?:reseau(?: social)?|appli(?:cation)?|messagerie) habituel(?:le)?',
      // "l'app que tout le monde a", "l'autre application là", "celle que tout le monde utilise", "l'appli verte".
      "(?:l.|la )?(?:app|appli|application|celle) que tout le monde (?:a|utilise)", "l.autre (?:app|appli|application)(?! (?:web|mobile|ios|android))",
      '(?:l.|la )(?:app|appli|application) (?:verte|bleue)',
    ],
  de: ['eine andere (?:app|plattform)', 'einen anderen (?:kanal|messenger)',
      '(?:dem |den )?(?:ublichen|gewohnten) (?:messenger|kanal|app)',
      // "die App, die alle haben", Swiss "die App wo alli händ", "die grüne App".
      'die app,? (?:die|wo) (?:alle|alli|jeder) (?:hat|haben|hand|hett|nutzt|nutzen)', '(?:die|der) (?:grune|blaue) (?:app|messenger)',
    ],
  ru: ['друг(?:ой|ую|ом) (?:мессенджер|приложени\\S*|платформ\\S*|чат\\S*)',
    // "туда, где все сидят", "с самолётиком" (the paper-plane logo), "зелёный мессенджер".
    'туда,? где все (?:сидят|есть)', 'с самол[её]тиком', 'зел[её]н\\S* (?:мессенджер\\S*|приложени\\S*)',
    '(?:более )?удобн\\S* (?:мессенджер\\S*|чат\\S*|приложени\\S*|месте)',
      // Round thirty: "в личке" (in private messages).
      'в личк\\S*',
      'в лс',
    ],
  uk: ['інш(?:ий|у|ому) (?:месенджер|застосунок|платформ\\S*|чат\\S*)', '(?:більш )?зручн\\S* (?:месенджер\\S*|чат\\S*|місц\\S*)',
      'інш(?:е|ому) місц(?:е|і)',
      'туди,? де всі (?:сидять|є)', 'з літачком', 'зелен\\S* (?:месенджер\\S*|застосун\\S*)',
    ],
  // "'green' wali app", "neeli wali app": the app named by its colour, as in English "the green app".
  hi: ['(?:dusre|dusri|koi aur) (?:app|platform|jagah)', '(?:kisi|koi) (?:aur |dusr[ei] )?(?:app|platform) (?:par|pe|pr)',
      "'?(?:green|hari|blue|neeli|nili)'? wal[ia] app",
      '(?:हरे|हरा|नीले|नीला|ग्रीन) (?:वाले|वाला|रंग के|रंग वाले) (?:ऐप|एप|ऍप)\\S{0,3}'],
  ur: ['(?:dusre|dusri|kisi aur) (?:app|platform|jagah)', '(?:kisi|koi) (?:aur |dusr[ei] )?(?:app|platform) (?:par|pe|pr)',
      "'?(?:green|hari|blue|neeli|nili)'? wal[ia] app"],
  // Cebuano as well: "sa app nga blue", "ang berde na app".
  tl: ['ibang (?:app|platform)', 'app nga (?:blue|green|asul|berde|lunhaw)', '(?:blue|green|asul|berde|lunhaw) na app'],
  id: ['(?:aplikasi|app|platform) lain', '(?:aplikasi|app) (?:ijo|hijau|biru)',
      '(?:aplikasi|app|platform) sebelah',
    ],
  ar: ['(?:تطبيق|برنامج|منصة) (?:ثاني|اخر|آخر|تاني)',
      // Darija: "l app l khdar" (the green app), "li 3and kolchi" (that everyone has).
      '(?:l ?)?app (?:l ?)?(?:khdar|khadra|zr9a|zre9)', 'app li 3and kolchi', 'التطبيق الاخضر',
      'gh?ayr app', 'gh?air app', 'ma7al (?:tene|tani|tany|tanye)',
      '(?:3a|3ala|3la) shi (?:tene|tani|tany|tanye|teni)',
    ],
  tr: [
    // Turkish: our own app, an invite code to download it ("asıl işler bizim uygulamada", "davet koduyla gir").
    '(?:bizim|kendi) (?:uygulama|app|platform)\\S*', 'uygulamamiz\\S*', 'uygulamayi indir\\S*', 'davet kod\\S*',
    'baska (?:bir )?(?:uygulama|platform|yer)',
    // "yeşil olanda" (on the green one), "mavi uygulamada".
    'yesil olan\\S*', '(?:yesil|mavi) (?:uygulama|app)\\S*',
  ],
  // Bengali, Nepali, Sinhala, Javanese in Latin letters: "sobuj app" (green), "nil app", "kola app" (Sinhala green), "aplikasi ijo".
  bn: ['(?:sobuj|nil|neel) app', 'oi (?:je )?(?:sobuj|nil) app', "'?green'? app(?= ?e\\b)",
    // In the scripts: "हरे वाले ऐप पर", "हिरव्या ॲपवर", "हरियो एपमा", "সবুজ অ্যাপে".
    'সবুজ (?:অ্যাপ|এপ|অ্যাপস)\\S{0,3}'],
  ne: ['(?:hariyo|nilo) app', '(?:हरियो|निलो) (?:एप|एप्स|एप्प)\\S{0,3}'],
  mr: ['(?:हिरव्या|हिरवं|हिरवा|निळ्या) (?:ॲप|अॅप|ऐप|एप)\\S{0,3}'],
  si: ['(?:ara )?kola app', 'nil app'],
  jv: ['aplikasi (?:ijo|biru)', 'app ijo'],
},
examples: ['continue on a different messaging app', 'the usual social app', 'the app with the paper-plane logo', 'any other messenger', 'otra plataforma', 'другой мессенджер',
    'sigamos por el verde',
    'mejor por el de la palomita verde',
    'Vc usa aquele app verde?',
    'обсудим в личке',
  ],
counterExamples: ['a different approach', 'the app with the new logo design',
    'el botón verde de pagar',
    'o botão verde do app',
  ],
});

/** English verbs that move a talk somewhere: "continue on", "take this to", "get you on". */
export const MOVE_VERB = defineClass({
name: 'MOVE_VERB',
doc: 'English verbs that take a conversation or a person to another place.',
words: {
    // Polish: let us move, switch over ("przejdźmy na", "przenieśmy rozmowę").
    pl: ['przejdzmy', 'przeniesmy', 'przenies\\S*', 'przejsc', 'przeskoczmy'],
  en: [
    'continue', 'continuing', 'talk', 'chat', 'move', 'moving', 'switch', 'go', 'meet', 'connect', 'interview', 'tak(?:e|ing) (?:this|it|the (?:rest of the )?conversation|things)',
    'find (?:me|us)', 'found (?:me|us)', 'finding (?:me|us)', 'look (?:me|us) up', 'search (?:for )?(?:me|us)', 'follow (?:me|us)',
    'get you on', 'hop on', 'jump on', 'loop you in on', 'available on', 'are you on', 'reach (?:me|us)', 'message (?:me|us)', 'be on', 'bring (?:you|this)',
    'get in touch(?: with me)?',
      'have a call', 'do a call', 'a call',
      // "I'll send you a friend request on the purple app", "do the first session over WhatsApp video".
      'send (?:you|u) a friend request', 'add (?:you|u)', 'do (?:the |our |a )?(?:first |next )?(?:session|lesson|class|interview)s?',
      'contact (?:you|u)', 'reach (?:you|u)', 'shift', 'hang out', 'explain', 'catch (?:you|u|me)',
      'accept my (?:friend )?request', 'keep (?:the |our )?(?:technical |project )?(?:discussion|conversation|chat|talk)s?',
      'do you (?:have|use)', 'i\'?m on', 'i am on', 'we\'?re on', 'send (?:me|u|you) a friend request',
      'invite (?:you|u)', 'install', 'coordinate', '(?:team|everyone) (?:is|are) (?:all )?on',
      'reach out to (?:you|u)',
      // Round twenty-one: joining or registering on a place of one's own ("join our workspace", "register on our supplier portal").
      // Not a product's users ("the app lets users register on our portal").
      '(?<!(?:users?|customers?|buyers?|visitors|members|students|patients|they|he|she|who) )(?:join(?= (?:our|my|us) )|register (?:on|at|in|with)|sign up (?:on|at|in|for))',
      // Chat slang for "write to me" before an app: "hit me on whatsapp", "buzz me on Telegram", "shoot me a text on Signal".
      'hit (?:me|us)(?: up)?', 'buzz (?:me|us)', 'holla at (?:me|us)', '(?:shoot|drop) (?:me|us) an? (?:line|message|msg|text|dm)',
    ],
},
examples: ['continue on', 'take this to', 'get you on WhatsApp'],
});

/** Video-call tools outside Upwork's own calls, when a link or invitation of their own is sent. */
export const VIDEO_TOOL = defineClass({
name: 'VIDEO_TOOL',
doc: 'Video-call tools.',
words: { en: ['zoom', 'google meet', 'g ?meet', 'meet', '(?:ms |microsoft )?teams', 'skype', 'webex', 'whereby', 'jitsi', 'facetime'],
  // Google Meet and Zoom as Hindi, Marathi, Nepali and Bengali write them ("गूगल मीट वर", "जूम लिंक", "গুগল মিটে").
  hi: ['(?:गूगल|गुगल) ?मीट\\S{0,3}', '(?:जूम|ज़ूम) (?:मीटिंग|कॉल|लिंक)\\S{0,3}'],
  mr: ['(?:गूगल|गुगल) ?मीट\\S{0,3}', '(?:जूम|झूम) (?:मीटिंग|कॉल|लिंक)\\S{0,3}'],
  ne: ['(?:गूगल|गुगल) ?मिट\\S{0,3}', '(?:गूगल|गुगल) ?मीट\\S{0,3}', 'जुम (?:मिटिङ|कल|लिङ्क|लिंक)\\S{0,3}'],
  bn: ['গুগল ?মিট\\S{0,3}', 'জুম (?:মিটিং|কল|লিংক)\\S{0,3}'] },
examples: ['a Zoom link', 'Teams-Einladung', 'गूगल मीट वर', 'গুগল মিটে'],
});

/** A link or an invitation, per language. */
export const LINK_WORD = defineClass({
name: 'LINK_WORD',
doc: 'A link or an invitation to a call.',
words: {
    // Japanese names of video tools.
    ja: ['ズーム', 'グーグルミート', 'チームズ'],
  en: ['link', 'invite', 'invitation', 'meeting id', 'zoom\'?da'],
  es: ['enlace', 'link', 'invitacion'],
  pt: ['link', 'convite'],
  fr: ['lien', 'invitation'],
  de: ['link', 'einladung'],
  ru: ['ссылк\\S*', 'приглашени\\S*'],
  uk: ['посилання', 'запрошення'],
  hi: ['link', 'लिंक\\S{0,3}', 'लिङ्क\\S{0,3}'],
  mr: ['लिंक\\S{0,3}'], ne: ['लिंक\\S{0,3}', 'लिङ्क\\S{0,3}'], bn: ['লিংক\\S{0,3}', 'লিঙ্ক\\S{0,3}'],
  tl: ['link'],
  id: ['link', 'undangan'],
  ar: ['رابط', 'لينك', 'دعوة'],
  tr: ['link', 'davet'],
},
examples: ['je t’envoie le lien', 'посилання на свій Zoom'],
});

/** Calling by phone or video, per language (English calls are read by the older patterns). */
export const CALL_VERB = defineClass({
name: 'CALL_VERB',
doc: 'Phone and video calls, per language.',
words: {
    lt: [
      'paskambin\\S{0,4}', 'skambut\\S{0,3}', 'vaizdo skambut\\S{0,3}',
    ],
    lv: [
      'piezvan\\S{0,4}', 'zvan(?:s|u|a|iens|ienu)', 'videozvan\\S{0,4}',
    ],
    et: [
      'helist\\S{0,4}', 'konee?(?:t|le|l)?', 'videokone\\S{0,3}',
    ],
    sq: [
      'me thirr(?:ni)?', 'telefonoj', 'telefonata', 'video ?thirrje',
    ],
    sk: [
      'zavola\\S{0,4}', 'hovor\\S{0,2}', 'videohovor\\S{0,2}',
    ],
    sl: [
      'poklic\\S{0,4}', 'klic(?:a|u|em)?', 'videoklic\\S{0,2}',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: give me a call.
    si: [
      'කෝල් (?:එකක් )?(?:දෙන්න|කරන්න|කරන්නම්|ගන්න)', 'call (?:ekak )?(?:denna|karanna|karannam|ganna)',
    ],
    // Polish phone and video calls: "zadzwonię", "zdzwońmy się", "rozmowa telefoniczna", "wideorozmowa".
    pl: ['zadzwon\\S*', 'zdzwon\\S*', 'dzwonic', 'rozmow\\S* telefoniczn\\S*', 'telefonicznie', 'wideo ?rozmow\\S*',
      'polaczeni\\S* (?:wideo|glosow\\S*)', 'rozmowa na (?:zoomie|teamsach|meecie)'],
    // Japanese phone and video calls; Swahili calls.
    ja: ['電話で話', 'ビデオ通話', '通話(?:しましょう|しません|で)', 'で話そ', 'で話しましょ', 'で打ち合わせ(?:しましょ|しません)'],
    sw: ['nitakupigia', 'nipigie', 'tupigiane', 'video call'],
  es: ['llamada(?: telefonica)?', 'te llamo', 'llamarte', 'videollamada', 'hablar por telefono',
      'chiamata', 'videochiamata', 'wideorozmow\\S*', 'rozmow\\S* (?:na|przez)', 'spotkanie (?:na|przez)',
    ],
  pt: ['ligar', 'ligacao', 'te ligo', 'chamada de video', 'videochamada',
      'chamada(?: rapida)?', 'reuniao',
    ],
  fr: ['appel(?: telephonique)?', "t'appelle", 'vous appelle', 'telephoner', 'visio', 'de vive voix',
      'faire un point', 'un point', 'reunion', 'visioconference',
    ],
  de: ['telefonieren', 'anrufen', 'telefonisch', 'videocall', 'rufe (?:ich )?(?:sie|dich)', '(?:teams|meet|skype|webex)-?(?:call|anruf|meeting|besprechung)'],
  ru: ['созвон\\S*', 'позвон\\S*', 'звонок', 'звонк\\S*'],
  uk: ['зідзвон\\S*', 'подзвон\\S*', 'дзвінок', 'дзвінк\\S*', 'созвон\\S*'],
  hi: ['call kar\\S*', 'phone kar\\S*', 'video call'],
  ur: ['call kar\\S*', 'phone kar\\S*', 'video call'],
  tl: ['tawag', 'tawagan', 'video call'],
  id: ['telpon', 'nelpon', 'telepon', 'video call', 'vc'],
  ar: ['مكالمة', 'اتصل', 'اتصال', 'كول'],
  tr: [
    // Turkish calls: let us call, video call ("görüntülü arayalım mı?", "telefonda konuşalım").
    'arayalim', 'arayayim', 'arar misin(?:iz)?', 'ara beni', 'goruntulu (?:arama|gorusme|arayalim|konusalim)\\S*', 'sesli (?:arama|gorusme)\\S*',
    'telefon(?:da|la) (?:konus|gorus)\\S*',
    'arama', 'ararim', 'telefonla', 'goruntulu', 'gorusel\\S*'],
  nl: ['bellen', 'belletje', 'videogesprek', 'videocall', 'callen'],
  ro: ['apel(?: video)?', 'sunam', 'vorbim la telefon', 'convorbire'],
  ms: ['telefon', 'panggilan video'],
  ko: ['보이스톡', '페이스톡', '통화', '전화 ?(?:드릴|주세요|주시면|할게|하려|해요|하면)', '화상 ?(?:통화|회의|미팅)'],
    zh: ['约个', '約個', '视频(?:通话|聊|一下)?', '視訊', '开个会', '開個會', '打个电话', '打個電話'],
    vi: ['goi video', 'call video', 'hop (?:online|qua)'],
    ha: ['kira ni', 'kiran waya', 'kiran bidiyo'],
    yo: ['pe mi', 'ipe fidio', 'video call'],
    ig: ['kpoo m', 'kpo m', 'oku vidio'],
    so: ['i(?:i)? soo wac', 'wicitaan\\S{0,3}'],
    mg: ['antsoy', 'antso an-tariby'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['ringa', 'ringer', 'ring (?:mig|mej)', 'videosamtal\\S{0,3}', 'samtal(?:et)?'],
    no: ['ringe', 'ring meg', 'videosamtale\\S{0,2}'],
    da: ['ringe', 'ring til mig', 'videoopkald\\S{0,3}', 'opkald\\S{0,3}'],
    fi: ['soita\\S{0,4}', 'soitan', 'soitto\\S{0,3}', 'videopuhelu\\S{0,3}'],
    'is': ['hringi', 'hringdu', 'hringja', 'símtal\\S{0,3}', 'myndsímtal\\S{0,3}'],
},
examples: ['Wollen wir kurz telefonieren', 'созвониться в Zoom', 'te ligo amanhã'],
});

/** Looking someone up: "search for X on Insta", "ищите «…» в ВК". */
export const SEARCH_VERB = defineClass({
name: 'SEARCH_VERB',
doc: 'Telling someone to look you up, per language.',
words: {
  en: ['search (?:for )?(?:me|us)', 'look (?:me|us) up', 'find (?:me|us)', 'google (?:me|us|my name)', 'search (?:for )?my name'],
  es: ['busca(?:me|nos)?', 'buscame'],
  pt: ['procura(?: por)?', 'pesquisa(?: por)?', 'me acha'],
  fr: ['cherche[sz]?(?:-moi)?', 'trouve[sz]?-moi', 'tapez'],
  // German "such mich auf Insta", not English "apps such as Telegram".
  de: ['such(?! (?:as|a|an|that|things?|cases?)\\b)(?:en sie|e)?(?: mich)?', 'finde(?:n sie)? mich',
      // Round thirty: "Sie finden mich auch auf Xing".
      'finden mich (?:auch )?(?:auf|bei|unter)',
    ],
  ru: ['ищите', 'ищи', 'найдите', 'найди', 'я есть в'],
  uk: ['шукайте', 'шукай', 'знайдіть', 'знайди'],
  hi: ['search kar(?:o|lo|ein)', 'dhundo', 'dhoondo',
      // Round thirty: "fb pe search kar lein".
      'search kar (?:lein|lo|len|lijiye|lena)',
    ],
  ur: ['search kar(?:ein|lein|o)', 'dhoondo', 'dhoondein',
      // Round thirty: "fb pe search kar lein".
      'search kar (?:lein|lo|len|lijiye|lena)',
    ],
  tl: ['hanapin mo(?: ako)?', 'i-?search mo'],
  id: ['cari(?:in)?(?: aja)?', 'search aja'],
  ar: ['ابحث(?: عن)?', 'دور على'],
  tr: ['arat(?:in)?', 'ara(?:yin)?'],
},
examples: ['procura por ela no insta', 'ищите в ВК', 'знайдіть мене в інсті', 'cari aja di IG', 'such mich auf Insta',
    'Sie finden mich auch auf Xing',
    'fb pe search kar lein',
  ],
counterExamples: ['a chat app such as Telegram'],
});

/**
 * Upwork's own calls or chat named as failing: the usual reason given for moving a call or a chat elsewhere ("Upwork calls drop a
 * lot on my side", "upwork wali call mein awaz ka masla hota hai"). Read next to a call or a channel proposed, never alone: a
 * complaint on its own ("sorry, Upwork calls drop a lot, can you repeat that here?") moves nothing.
 */
export const UPWORK_FAULT = defineClass({
  name: 'UPWORK_FAULT',
  doc: "Upwork's calls, chat or messages named as failing, per language.",
  words: {
    en: [
      "upwork(?:'?s)? (?:(?:video |voice )?calls?|chat|messages|messaging|messenger|app|inbox|notifications?|call feature|meeting tool) " +
        '(?:keep |keeps |always |often |constantly |just |tend to )?' +
        '(?:drop|drops|dropped|dropping|cut(?:s|ting)? out|lag|lags|lagging|freeze|freezes|crash|crashes|fail|fails|(?:is|are|gets?) ' +
        '(?:so |too |really |very )?(?:blocked|slow|laggy|choppy|glitchy|unreliable|delayed))',
      "upwork(?:'?s)? (?:calls?|chat|app|messages) (?:doesn'?t|don'?t|won'?t|does not|do not|never) (?:work|load|connect|open|come through)",
      "(?:blocked|doesn'?t work|does not work) (?:on|by|in|from) (?:our|my) (?:office |company |work )?(?:network|firewall|vpn)",
    ],
    es: ['(?:el chat|los mensajes) de upwork (?:va|van|anda|andan|es|son|llega|llegan) (?:muy |super |re )?(?:lento|lentos|tarde)',
      'las llamadas de upwork se (?:cortan|caen)'],
    pt: ['(?:o chat|as mensagens) do upwork (?:e|ta|esta|sao|chega|chegam) (?:muito |mega )?(?:lento|lentas|atrasad\\S*)',
      'as chamadas do upwork (?:caem|cortam|travam)'],
    fr: ['(?:le chat|la messagerie|les messages) (?:d.)?upwork (?:est|sont|rame|arrivent) (?:trop |tres |super )?(?:lente?s?|en retard)',
      'les appels (?:d.)?upwork (?:coupent|plantent|sautent)'],
    de: ['(?:der )?upwork[- ]?(?:chat|call|anruf) (?:funktioniert|geht|lauft) (?:bei uns |hier |im buro )?(?:nicht|kaum)'],
    ru: ['звонки (?:в |на )?(?:апворк\\S*|upwork) (?:обрываются|не работают|лагают)',
      'чат (?:на )?(?:апворк\\S*|upwork) (?:тормозит|глючит|лагает)'],
    uk: ['дзвінки (?:в |на )?(?:апворк\\S*|upwork) (?:обриваються|не працюють)',
      'чат (?:на )?(?:апворк\\S*|upwork) (?:гальмує|глючить)'],
    hi: ['upwork (?:ka|ki|wala|wali) (?:call|chat|app) (?:\\S+ ){0,4}(?:chalta|chalti|chal) (?:hi )?(?:nahi|nahin|nhi)',
      'upwork (?:ka|ki|wala|wali) (?:call|chat)\\S* (?:mein |me |pe |par )?(?:awaz|awaaz|aawaz|network) (?:ka|ki) (?:masla|masala|problem|issue|dikkat)'],
    ur: ['upwork (?:ka|ki|wala|wali) (?:call|chat|app) (?:\\S+ ){0,4}(?:chalta|chalti|chal) (?:hi )?(?:nahi|nahin|nhi)',
      'upwork (?:ka|ki|wala|wali) (?:call|chat)\\S* (?:mein |me |pe |par )?(?:awaz|awaaz|aawaz|network) (?:ka|ki) (?:masla|masala|problem|issue|dikkat)'],
    tl: ['(?:nagla-?lag|mabagal|laging nawawala) (?:ang )?(?:chat |call |tawag )?(?:sa |ng )?upwork'],
    id: ['(?:chat|call|telpon) (?:di )?upwork (?:lemot|lambat|lelet|putus-?putus|sering putus)'],
    ar: ['(?:hena|hon|hna) el chat (?:ba6i2|bate2|ba6ee2|batee2|bati2|bete2)', 'الشات (?:هنا|في المنصة) (?:بطيء|بطيئ|تقيل)'],
    tr: ['upwork (?:mesajlari|aramalari|sohbeti|chati) (?:cok |hep )?(?:yavas|gec|kopuyor|calismiyor)'],
  },
  examples: ['Upwork calls drop a lot on my side', 'upwork wali call mein awaz ka masla hota hai', 'upwork mesajları çok yavaş geliyor',
    'der Upwork-Chat funktioniert bei uns nicht'],
  counterExamples: ['the call dropped, my internet was down'],
});
