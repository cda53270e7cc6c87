/**
 * Money words per language: ways to pay that are not Upwork, paying, fees,
 * "directly", "another way".
 */
import { defineClass } from './word-class';

/** Payment apps, links and rails, beyond the ones the English rule names. */
export const PAYMENT_METHOD = defineClass({
  name: 'PAYMENT_METHOD',
  doc: 'Ways to move money between two people without Upwork.',
  words: {
    lt: [
      'i (?:mano |savo )?saskait\\S{0,2}', 'pavedim\\S{0,2}', 'pervedim\\S{0,2}', 'saskaitos numer\\S{0,3}', 'grynais', 'grynuos\\S{0,3}',
      'revolut\\S{0,3}', 'paysera\\S{0,2}', 'swedbank\\S{0,3}', 'luminor\\S{0,3}', 'seb (?:bank\\S{0,3}|saskait\\S{0,2})',
    ],
    lv: [
      'uz (?:manu |savu )?kont\\S{0,2}', 'parskaitijum\\S{0,2}', 'bankas parskait\\S{0,5}', 'konta numur\\S{0,2}',
      'skaidr\\S{0,2} naud\\S{0,2}', 'revolut\\S{0,2}', 'swedbank\\S{0,2}', 'citadele\\S{0,2}', 'luminor\\S{0,2}',
    ],
    et: [
      '(?:minu |mu )?kontole', 'ulekann\\S{0,3}', 'pangaulekann\\S{0,3}', 'kontonumb\\S{0,4}', 'sularah\\S{0,3}', 'revolut\\S{0,3}',
      'swedbank\\S{0,3}', 'lhv\\S{0,3}',
    ],
    hy: ['քարտի(?:ս|դ) համար(?:ը|ս)?', 'kartis hamar(?:@|y)?',
      'իդրամ\\S{0,4}', 'թելսել\\S{0,4}', 'քարտ(?:ին|իս|իդ|ով|ս|ը)', 'քարտի համար\\S{0,3}', 'կանխիկ\\S{0,3}', 'դրամապանակ\\S{0,4}',
      'հաշվեհամար\\S{0,4}', 'idram(?:ov|i|um)?', 'telcell(?:ov|i|um)?', 'kart(?:is|id|in|ov|@)', 'kanxik\\S{0,3}'],
    uz: ['payme(?:da|dan|ga|ni|orqali)?', 'click (?:orqali|bilan)', 'click(?:da|dan|ga)', 'uzcard\\S{0,5}',
      'humo(?:da|dan|ga|ni| karta\\S{0,4})?', 'karta(?:m|mga|ga|ngizga|mni)', 'plastik(?:ka|kaga|kamga|imga|ingizga)', 'naqd\\S{0,4}',
      'hamyon\\S{0,6}', 'пайме\\S{0,5}', 'клик (?:орқали|билан)', 'узкард\\S{0,5}', 'хумо\\S{0,5}', 'карта(?:м|мга|нгизга|мни)',
      'пластик\\S{0,6}', 'нақд\\S{0,4}', 'ҳамён\\S{0,6}'],
    kk: ['каспи\\S{0,6}', 'kaspi\\S{0,6}', 'халық ?банк\\S{0,4}', 'halyk\\S{0,6}', 'карта(?:ма|сына|ңызға)', 'қолма-?қол', 'jusan\\S{0,4}'],
    ky: ['элсом\\S{0,5}', 'elsom\\S{0,5}', 'mbank\\S{0,5}', 'мбанк\\S{0,5}', 'o! ?dengi', 'о! ?деньги', 'карта(?:ма|га|ңызга)'],
    tg: ['алиф\\S{0,5}', 'alif ?(?:bank|mobi|pay)', 'dc ?wallet', 'корт(?:ам|и ман)', 'нақд\\S{0,3}'],
    mn: ['qpay\\S{0,5}', 'socialpay\\S{0,5}', 'хаан банк\\S{0,4}', 'khan ?bank\\S{0,4}', 'данс(?:анд|руу|ны|аа)?', 'дансаар', 'бэлнээр'],
    sq: [
      'ne llogari\\S{0,4}', 'llogari\\S{0,4} bankare', 'llogari te (?:vellait|motres|shokut|babait|nenes)', 'kesh', 'ne dore', 'western union\\S{0,3}', 'transferte bankare',
    ],
    sk: [
      'na (?:moj |svoj |jej |jeho )?ucet', 'bankov\\S{0,2} prevod\\S{0,2}', 'cislo uctu', 'v hotovosti', 'hotovost\\S{0,2}', 'revolut(?:u|om)', 'paypal(?:u|om)', 'western union\\S{0,3}',
    ],
    mk: [
      'на (?:мојата |нејзината |неговата )?сметка\\S{0,2}', 'сметката на', 'банкарск\\S{0,2} (?:трансфер|уплат\\S{0,2})',
      'во кеш', 'кеш', 'готовин\\S{0,2}', 'вестерн јунион', 'western union\\S{0,3}', 'револ?ут\\S{0,2}', 'пејпал\\S{0,2}', 'kes', 'na smetka',
    ],
    sl: [
      'na (?:moj |svoj )?(?:trr|racun|transakcijski racun)', 'trr', 'bancn\\S{0,2} (?:nakazil\\S{0,2}|prenos\\S{0,2})', 'z gotovino', 'gotovin\\S{0,2}', 'revolut(?:a|om|u)',
      'paypal(?:a|om|u)', 'western union\\S{0,3}',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: ABA, Wing, Pi Pay, TrueMoney, ACLEDA, an account.
    km: [
      'aba(?: ?bank| ?pay)?(?= ?(?:របស់|មក|ផ្ទាល់))', 'គណនី ?aba', 'តាម ?(?:wing|aba|pi ?pay|truemoney|acleda)', 'pi ?pay', 'truemoney', 'wing ?money',
      'tam (?:aba|wing|pi ?pay)',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: KBZPay, Wave Money, AYA Pay, CB Pay, a bank
    // account.
    my: [
      'kbz ?pay', 'k ?pay', 'wave ?(?:money|pay)', 'aya ?pay', 'cb ?pay', 'ဘဏ်အကောင့်', 'ဘဏ် ?အကောင့်', 'ကေပေး', 'ဝေ့ဗ်',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): wallets with their case endings, the bank account, cash.
    kn: [
      '(?:gpay|g pay|phonepe|phone pe|paytm|upi) (?:ಗೆ|ಮೂಲಕ|ನಲ್ಲಿ|ge|moolaka)', 'ಬ್ಯಾಂಕ್ ಅಕೌಂಟ್\\S{0,6}', 'ಕ್ಯಾಶ್\\S{0,4}',
      'ನಗದು', 'bank account ?ge', 'cash (?:kodteeni|kodtini)',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): wallets with their case endings, the bank account, cash.
    pa: [
      '(?:gpay|g pay|phonepe|phone pe|paytm|upi) (?:ਤੇ|ਰਾਹੀਂ|ਨਾਲ|te|rahi|raahi)', 'ਬੈਂਕ ਖਾਤ\\S{0,4}', 'ਨਕਦ\\S{0,3}', 'جاز ?کیش',
      'ایزی ?پیسہ', 'بینک اکاؤنٹ', 'نقد', 'bank khat\\S{0,3}', 'nakad',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): wallets with their case endings, the bank account, cash.
    gu: [
      '(?:gpay|g pay|phonepe|phone pe|paytm|upi|ગૂગલ ?પે|જીપે|ફોનપે|પેટીએમ|યુપીઆઈ) (?:પર|થી|માં|દ્વારા)',
      'જીપે', 'ફોનપે', 'પેટીએમ', 'યુપીઆઈ', 'બેંક ખાતા\\S{0,4}', 'રોકડા', 'રોકડ\\S{0,3}',
      '(?:gpay|g pay|phonepe|phone pe|paytm|upi) (?:par|thi|ma)', 'bank khata\\S{0,4}', 'rokda',
    ],
    // Greek IRIS (only named with a preposition: Iris is a name), bank transfer and cash; Hungarian átutalás, bankszámla, készpénz, Revolut with endings; Malayalam GPay and
    // UPI, in its script and in Latin letters.
    el: ['(?:με|μεσω|στο|απο) (?:το )?iris', 'ιρι[σς]', 'iris (?:pay|πληρωμ\\S{0,2}|payments?)', 'τραπεζικη μεταφορα',
      'μεταφορα (?:σε|στον) λογαριασμο', 'καταθεσ(?:η|ει[σς])', 'τραπεζικο λογαριασμο', 'λογαριασμο τραπεζα[σς]',
      'μετρητα', 'στο χερι', 'revolut(?:ακι)?', '(?:me|meso|mesw|sto) (?:to )?iris', 'trapeziki metafora', 'katathes(?:i|eis)', 'metrita', 'sto xeri'],
    hu: ['(?:bank(?:i)? )?atutal(?:as\\S{0,4}|assal)', 'utalas(?:sal|t|ra)?', 'bankszamla\\S{0,4}', 'szamlaszam\\S{0,4}', 'a szamlamra', 'szamlamra', 'keszpenz\\S{0,4}', 'kezbe',
      'revolut(?:on|ra|tal|ba|os)', 'paypal(?:en|re|rol|on|os)', 'wise-?(?:on|ra|zal)'],
    ml: [
      // Malayalam in its script and Manglish (round twenty-six): a wallet with its case ending ("ജിപേയിൽ"), UPI.
      'ജി ?പേയിൽ', 'ഗൂഗിൾ ?പേയിൽ', 'ഫോൺ ?പേയിൽ', 'യുപിഐ(?: വഴി)?', 'gpay ?il', 'phonepe ?il',
      'ജി ?പേ', 'ഗൂഗിൾ ?പേ', 'ഗൂഗിള് ?പേ', 'യുപിഐ', 'ഫോൺ ?പേ', 'ബാങ്ക് ട്രാൻസ്ഫർ',
      'അക്കൗണ്ടിലേക്ക\\S{0,4}', 'ക്യാഷ\\S{0,4}', 'gpay(?:il|yil)?', 'g pay', 'upi(?: id)?', 'upi vazhi', 'accountilekk\\S{0,3}', 'cash aa?yi',
      'cash ayi', 'bank transfer aa?yi'],
    // Croatian, Serbian and Bosnian account transfers, cash, Revolut, Wise, PayPal with case endings (KEKS Pay, Aircash); Azerbaijani card numbers, m10, Birbank,
    // cash; Georgian TBC and Bank of Georgia, card and account ('bog' only as Bank of Georgia: it is an English word); Amharic Telebirr, CBE ('cbe' anchored) and bank.
    hr: [
      // Round 26: transfer services and wallets with their case endings.
      'western union\\S{0,3}', 'vestern junion\\S{0,3}', 'keks ?pay\\S{0,2}', 'aircash\\S{0,2}', 'revolut(?:a|om|u)', 'paypal(?:a|om|u)', 'pejpal\\S{0,3}', 'moneygram\\S{0,2}',
      'wise\\S{0,2} racun\\S{0,2}',
      'na (?:moj |moju )?(?:racun|ziro racun|iban)', 'bankovn(?:i|im|om) (?:prijenos\\S{0,2}|transfer\\S{0,2}|uplat\\S{0,2})', 'uplat(?:a|u|om) na racun', 'broj racuna',
      'gotovin(?:a|u|om)', '(?:u|na) ruke', 'revolut(?:om|u)', 'wise-?(?:om|u)', 'paypal(?:om|u)', 'western union(?:om)?', 'keks ?pay\\S{0,2}', 'aircash\\S{0,2}'],
    sr: [
      'вестерн јунион\\S{0,3}', 'револут\\S{0,3}', 'пејпал\\S{0,3}', 'кекс пеј', 'ербенк',
      'на (?:мој )?рачун', 'текући рачун', 'број рачуна', 'уплат\\S{0,2} на рачун', 'готовин\\S{0,3}', '(?:у|на) руке',
      'револут\\S{0,3}', 'пејпал\\S{0,3}', 'вестерн унион\\S{0,3}'],
    az: [
      // Cash, my account, the card ("nağd", "hesabıma").
      'nagd\\S{0,3}', 'hesabim(?:a|iza)', 'kart(?:ima|iniza)?', 'kart nomre\\S{0,3}', 'kartima', 'kartiniza', 'kart(?:a|ima) kocur\\S{0,4}', 'm10(?:la|a|dan|a kocur\\S{0,3})?',
        'emanat', 'birbank\\S{0,3}', 'leobank\\S{0,3}',
      'bank kocurme\\S{0,3}', 'nagd(?: pul| pulla)?', 'hesabima', 'revolut(?:la|a)', 'wise(?:la|a)', 'payoneer(?:le|e)'],
    ka: ['ბარათზე', 'ბარათის ნომერ\\S{0,3}', 'ანგარიშზე', 'ანგარიშის ნომერ\\S{0,3}',
      'თიბისი\\S{0,3}', 'tbc(?: ?ბანკ\\S{0,3}| ?bank\\S{0,2}| ?pay|-?ze|-?ში)', 'საქართველოს ბანკ\\S{0,3}', 'bank of georgia',
      'bog (?:bank|pay)', 'ბოგ(?:ზე|ის)?', 'ნაღდ(?:ი|ით|ად)', 'ხელზე', 'revolut(?:ze|it)', 'baratze', 'angarishze', 'nagd(?:i|it|ad)', 'xelze'],
    am: ['ቴሌብ[\\u1228-\\u122f]\\S{0,3}', 'በቴሌብር', 'telebirr?', 'ሲቢኢ(?: ብር)?', 'cbe(?: ?birr| account| acc| bank| lay|-?birr)', 'be ?cbe', 'በባንክ',
      'የባንክ (?:ሂሳብ|አካውንት)', 'አካውንት ቁጥ[\\u1228-\\u122f]\\S{0,2}', 'በካሽ', 'በጥሬ ገንዘብ', 'ንግድ ባንክ',
      'አቢሲኒያ ባንክ', 'ዳሽን ባንክ', 'አዋሽ ባንክ', 'ኤም ?ፔሳ', '(?:awash|dashen|abyssinia) bank', 'be ?bank', 'be ?cash'],
    // Tamil and Telugu GPay, PhonePe, Paytm and UPI in their scripts, 'to my account'; Nigerian banks and wallets (Opay, Palmpay, Kuda, Moniepoint, GTBank, Chipper Cash, Grey, Geegpay).
    ta: [
      // Tamil: a wallet with its case ending, cash.
      '(?:gpay|phonepe|paytm|upi)-?ல', 'cash-?ஆ', '(?:gpay|phonepe|paytm) la', 'ஜி ?பே', 'கூகுள் ?பே', 'போன் ?பே', 'பேடிஎம்', 'யுபிஐ',
      'phone ?pe(?:la)?', 'gpay(?:la|le)', 'upi(?:la| la)',
      '(?:en|ennoda) account(?:ku| ku|kku)', 'bank transfer(?: ah| aa)?', 'என் அக்கவுண்ட்\\S{0,2}(?:க்கு| க்கு)'],
    te: [
      // Telugu: a wallet with its case ending, cash.
      '(?:gpay|phonepe|paytm|upi) లో', 'cash గా', '(?:gpay|phonepe|paytm) lo', 'జీ ?పే', 'గూగుల్ ?పే', 'ఫోన్ ?పే', 'పేటీఎం', 'యూపీఐ',
      'phone ?pe(?: ?lo)?', 'gpay ?lo', 'upi ?lo',
      'naa account(?: ?ki| ?ku)', 'నా అకౌంట్\\S{0,2} ?కి'],
    pcm: ['opay', 'palm ?pay', 'kuda (?:bank|account|app)', '(?:my|ma|to|for) kuda', 'moniepoint', 'gt ?bank', 'gtb',
      '(?:my |ma |to |for )(?:access|zenith|uba|first|sterling|wema|fidelity) ?bank', 'uba (?:account|bank)', 'firstbank', 'chipper(?: cash)?',
      'grey (?:account|app|usd account|dollar account)', 'geeg ?pay', '(?:send|pay|transfer)(?: am| the money| d money)? (?:to|for|into|enter) (?:my|ma) (?:bank )?(?:account|acct)'],
    // Thai PromptPay and bank account, Persian card-to-card and Sheba, Hebrew Bit and PayBox, Bulgarian bank transfer, Czech account transfer.
    th: ['ทรูมันนี่(?:วอลเล็ท)?', 'truemoney', 'พร้อมเพย์', 'promptpay', 'เลขบัญชี',
      'บัญชีธนาคาร', 'เงินสด', 'ทรูมันนี่'],
    fa: ['(?:دوست|آشنا|فامیل|نفر)\\S{0,3} (?:\\S+ ){0,2}(?:خارج|بیرون) از ایران\\S{0,2}',
      'حساب (?:یکی|یه نفر|آشنا|دوست|فامیل)\\S{0,4}',
      'تتر\\S{0,3}', 'کیف ?پول\\S{0,3}', 'صرافی\\S{0,3}', 'کارتم', 'tether', 'kif ?pool\\S{0,3}', 'sarrafi\\S{0,3}', 'kartam',
      'کارت به کارت', 'شماره کارت(?:ت|تو|تون|تونو|م|مو)?', 'شماره شبا', 'شبا', 'حساب بانکی', 'kart be kart',
      'shomare kart(?:et|eto|am|amo)?', 'sheba'],
    // Round twenty-five (Hebrew as Israeli clients type it): PayPal, cash, bank details.
    he: ['(?:ב|דרך |ל)?פייפאל', 'פייפל', 'מזומן', '(?:ב|דרך )?(?:ה)?העברה בנקאית', 'פרטי (?:ה)?חשבון(?: (?:ה)?בנק)?', 'בביט',
      'דרך ביט', 'פייבוקס', 'בפייבוקס', 'paybox', 'העברה בנקאית',
      'חשבון בנק', 'במזומן'],
    bg: ['банков (?:път|превод)', 'по сметка', 'в брой', 'ревълют',
      'v broi', 'в брой', 'po smetka(?:ta)?', 'na smetka(?:ta)?', 'revolut\\S{0,2}',
    ],
    cs: ['na (?:muj )?ucet', 'bankovni(?:m)? prevod\\S{0,2}', 'cislo uctu', 'v hotovosti', 'hotove', 'revolut(?:u|em)', 'paypal(?:u|em)'],
    // Polish: bank transfer (przelew), BLIK, Revolut, cash in hand (do ręki, gotówka), paid to my account ("na konto").
    pl: ['przelew(?:em|u|y|ow|ami|ach)?(?: bankow\\S*)?', 'blikiem', 'na blika', 'revolut(?:a|em|u)', 'paypal(?:a|em|u)', 'gotowk\\S*', 'do reki', 'na reke',
      'na (?:moje |twoje |prywatne )?konto(?! (?:upwork|firmowe w banku))', 'numer konta', 'nr konta', 'konto (?:bankowe|prywatne|osobiste)',
      'krypto\\S*', 'payoneer(?:a|em|ze)'],
    // Japanese: PayPal, PayPay, bank transfer, an account number, cash in hand, Amazon gift cards; Swahili: M-Pesa till and paybill numbers, Airtel Money, cash.
    ja: ['ペイパル', 'paypay', 'ペイペイ', '銀行振込', '口座番号', '(?:銀行)?口座(?:に|へ)', '現金手渡し', '手渡し', 'amazonギフト', 'アマゾンギフト',
      'ギフト券', 'ギフトカード', 'ワイズ', 'ビットコイン', '仮想通貨', 'line ?pay', 'ラインペイ'],
    sw: ['till (?:namba|number|no)', 'lipa na m-?pesa', 'airtel money', 'tigo ?pesa', 'pesa taslimu', 'akaunti ya benki'],
    en: [
      'venmo', 'cash ?app', 'zelle', 'pay ?pal', 'paypal\\.me', 'payoneer', 'wise', 'skrill', 'revolut', 'western union', 'money ?gram',
      'stripe (?:payment )?link', 'payment link', 'paypal (?:link|invoice)', 'crypto', 'bitcoin', 'btc', 'usdt', 'usdc', 'eth', 'binance', 'monero', 'xmr', 'zcash', 'stablecoins?',
      'bacs', 'faster payments?', 'vipps', 'mobilepay', 'twint', 'payid', 'promptpay', 'duitnow',
      'crypto wallet', 'wallet address', 'escrow\\.com', 'escrow (?:company|service|site|website)', 'bank transfer', 'wire transfer',
      'gift ?cards?', 'apple pay', 'google pay', 'gpay', 'prepaid (?:cards?|vouchers?)', '(?:steam|itunes|google play|amazon) (?:gift )?cards?',
      '(?:transfer|send) (?:it |the money )?to (?:your|my) card', '(?:debit|credit|bank) card (?:number|details)', 'card (?:number|details)', 'cvv', '16 (?:digits|numbers)',
      'direct (?:agreement|contract|deal|arrangement)',
      // South African and Indian wallets and payment links: "one SnapScan payment", "on my Razorpay link"; vouchers and store credit as pay.
      'snapscan', 'zapper', '(?:razorpay|paystack|flutterwave|payfast|paymongo|instamojo|cashfree) (?:payment )?link', 'gift vouchers?', 'store credit',
      '(?:from )?your own bank',
      'paysera', 'monobank', 'satispay', 'postepay', 'blik', 'whish money', 'omt', 'bancolombia',
      '(?:any|a) (?:money )?transfer (?:service|app)', '(?:through|via|from|with) (?:my|your|our) bank(?! app)',
      'from your bank to mine', 'bank to bank',
      'bank wire',
      // Telegraphic transfer, as trading companies write it; ACH; a cheque sent by post.
      // Sri Lankan and Bangladeshi rails, as South Asian English names them: "send to my Sampath account", "eZ Cash".
      '(?:sampath|hnb|boc|nsb|commercial bank|peoples? bank) (?:bank )?account', 'ez ?cash', 'm-?cash', 'nagad',
      't/t', 'telegraphic transfer', 'ach (?:transfer|payment|deposit)s?', '(?:check|cheque) (?:mailed|by (?:mail|post)|in the (?:mail|post))',
    ],
    es: ['transferencia(?: bancaria)?', 'deposito', 'efectivo', 'mercado ?pago', 'nequi', 'daviplata', 'yape', 'plin', 'bizum', 'cuenta bancaria', 'cripto',
      'spei', 'clabe', '(?:mis|tus|sus) datos bancarios',
      // Mexico's OXXO cash deposit; Rioplatense cash in hand ("dólares billete", "la plata en mano").
      '(?:en|por) oxxo', 'deposito (?:en|por) oxxo', 'dolares billete', '(?:la plata|el pago|lo arreglamos|pagamos|te pago) en mano',
      'bonifico(?: bancario)?', 'contanti', 'przelew(?:em| bankowy)?', 'gotowk[ae]',
    ],
    pt: ['pix', 'transferencia(?: bancaria)?', 'deposito', 'dinheiro vivo', 'boleto', 'conta bancaria', 'ted', 'cripto', 'mb ?way', 'multibanco', 'especie',
      // Angola: Multicaixa Express; Portugal: MB Way (above).
      'multicaixa(?: express)?', 'unitel money', 'e-?kwanza',
      'chave pix', '(?:sua|tua) chave(?! (?:de )?(?:api|acesso|ssh|secreta))', '(?:meus|seus|teus) dados bancarios',
    ],
    fr: ['virement(?: bancaire)?', 'lydia', 'especes', 'liquide', 'compte bancaire', 'rib', 'crypto'],
    de: ['(?:meine |die )?iban', 'uberweisung', 'bar(?:geld)?', 'bankkonto', 'kontonummer', 'paypal freunde', 'krypto'],
    // Kazakhstan: Kaspi, Halyk; "кину на Kaspi".
    ru: ['kaspi(?: gold)?', 'каспи\\S*', 'halyk', 'халык\\S*',
      'карт[аеуы]', 'на карту', 'переводом', 'перевод(?:ом)? на карту', 'сбп', 'крипт[аеуы]',
      'юмани', 'киви', 'наличн\\S*', 'пайпал', 'вайз', 'usdt',
      // Round twenty-four: the banks people pay through by name ("переведу на сбер", "кину на тинькофф").
      'сбер\\S*', 'тинькоф\\S*', 'тинек', 'т-?банк\\S*'],
    uk: ['картк[аиуі]', 'на картку', 'переказ(?:ом)?', 'крипт[аиуі]', 'монобанк\\S*', 'приват(?:банк\\S*)?', 'готівк\\S*'],
    hi: [
      // Cash "in hand" in Hindi.
      'cash में', 'कैश में', 'नकद', 'upi', 'paytm', 'phonepe', 'gpay', 'google pay', 'bank account', 'account (?:number|no)',
      'यूपीआई(?: आईडी)?', 'यूपीआय', 'पेटीएम\\S{0,3}', 'फोन ?पे', 'फ़ोन ?पे', 'गूगल ?पे', 'जी ?पे',
      'बैंक ट्रांसफर', 'बैंक ट्रान्सफर', 'बँक ट्रान्सफर', 'नेफ्ट', 'आईएमपीएस',
      // A bank account by its everyday names: "बैंक खाते में", "बैंक अकाउंट में".
      'बैंक (?:खाते|खाता|अकाउंट|एकाउंट)\\S{0,3}'],
    // Nepal: eSewa, Khalti, IME Pay; Bangladesh: bKash, Nagad (in Latin letters).
    ne: [
      // Nepali: cash, Khalti and eSewa with the case ending.
      'नगदै', 'नगदमा', '(?:khalti|esewa) मा', 'e-?sewa', 'khalti', 'ime ?pay',
      // With their endings ("इसेवामा", "इसेवाबाट"), and the bank account (खाता) by name: "नबिल बैंक खातामा".
      'इसेवा\\S{0,3}', 'ई-सेवा\\S{0,3}', 'इ-सेवा\\S{0,3}', 'ई ?सेवा\\S{0,3}', 'खल्ती\\S{0,3}', 'आइएमई ?पे',
        'बैंक ट्रान्सफर',
      'बैंक ट्रांसफर', 'फोन ?पे', 'बैंक (?:खाता|खाते|अकाउन्ट|एकाउन्ट)\\S{0,3}', 'bank (?:khata|khaata)\\S{0,3}'],
    bn: [
      // Banglish: cash "hand to hand".
      'taka hate hate', 'hate hate (?:taka|payment|diye|dibo|diyen|den)',
      // Round twenty-five: PayPal, Payoneer, Wise, crypto in Bengali letters; cash "hand to hand"
      // ("বাকি টাকা হাতে হাতে দিয়েন"); "ব্যাংকে" (to the bank).
      'পেপাল\\S{0,3}', 'পেওনিয়ার\\S{0,3}', 'পায়োনিয়ার\\S{0,3}', 'ওয়াইজে', 'হাতে হাতে', 'ক্যাশে',
      'ক্যাশ টাকায়', 'ক্রিপ্টো\\S{0,3}',
      'বাইন্যান্স\\S{0,3}', 'ইউএসডিটি\\S{0,3}', 'ব্যাংকে', 'ব্যাঙ্কে', 'bkash', 'b-kash', 'nagad', 'rocket (?:e|account|number)',
      'বিকাশে',
      'বিকাশ (?:নম্বর|নাম্বার|একাউন্ট|অ্যাকাউন্ট|পার্সোনাল|এজেন্ট|করে|করুন|' +
      'করো|করেন|করবেন|দিয়ে)',
      'নগদে', 'নগদ (?:নম্বর|নাম্বার|একাউন্ট|অ্যাকাউন্ট|করে|করুন|করো|করেন)', 'রকেটে',
      'রকেট (?:নম্বর|নাম্বার|একাউন্ট|অ্যাকাউন্ট)', 'ব্যাংক ট্রান্সফার',
      'ব্যাঙ্ক ট্রান্সফার', 'ব্যাংক (?:একাউন্টে|অ্যাকাউন্টে)', 'ইউপিআই', 'জি ?পে'],
    si: [
      // Sinhala in its script (round twenty-six) and Singlish: wallets, the bank account, cash in hand.
      'ඊසී ?කෑෂ්', 'ෆ්‍රිමි', 'බැංකු ගිණුම\\S{0,4}', 'බෑන්ක් ඇකවුන්ට්\\S{0,6}', 'මගේ ගිණුමට',
      'සල්ලි අතට', 'ක්‍යෑෂ්\\S{0,4}', '(?:ez ?cash|frimi|genie|mcash) (?:eken|ekata)', '(?:bank account|mage account) ekata', 'salli athata',
      'cash (?:walin|athata)', '(?:genie|ez ?cash|frimi|mcash) (?:එකෙන්|එකට)',
      'ez ?cash', 'm-?cash', 'frimi'],
    ur: [
      // Pakistani wallets and ways to pay in Urdu letters (round twenty-five).
      'ایزی ?پیسہ', 'ایزی ?پیسے', 'جاز ?کیش', 'سادہ ?پے', 'نیا ?پے', 'پے ?پال', 'پے ?اونیر', 'پایونیر', 'بینک اکاؤنٹ',
      'بینک ٹرانسفر', 'کیش میں', 'نقد',
      'کرپٹو', 'jazz ?cash', 'easy ?paisa', 'sada ?pay', 'naya ?pay', 'bank account', 'account (?:number|no)', 'raast', 'sada ?pay', 'naya ?pay'],
    // "Maya" and "Palawan" are also a name and a place: only as a way to pay.
    tl: [
      'gcash', 'g-cash', '(?:via|thru|through|sa|using|or|o) maya', 'maya (?:wallet|account|acct|number|app)',
      'paymaya', 'palawan (?:express|pawnshop|padala)', 'cebuana', 'bank transfer', 'coins\\.ph',
    ],
    // Javanese: "transfer DANA wae".
    id: ['(?:lewat|pakai|via|ke|ya|atau|transfer) dana', 'dana (?:wae|ae)', 'dana (?:aja|ya|atau)', 'ovo', 'gopay', 'shopee ?pay', 'rekening', 'transfer bank', 'tf', 'qris'],
    ar: [
      'باي ?بال', 'بايبال', 'ويسترن يونيون', 'حوالة', 'تحويل بنكي', 'فودافون كاش', 'انستا ?باي', 'stc ?pay',
      'حساب بنكي', 'كريبتو', 'usdt', 'بينانس', 'كاش', 'الايبان', 'ايبان', 'حساب الراجحي', 'الراجحي', 'محفظة',
      'المحفظة', 'vodafone cash', 'instapay', 'ويسترن يونيون',
      // Morocco: Cash Plus, Wafacash, Barid Cash, a CIH account (Darija "f CIH direct").
      'cash ?plus', 'wafa ?cash', 'barid ?cash', 'cih(?: bank)?', 'attijari(?:wafa)?',
      'حسابي البنكي', 'الحساب البنكي',
      'insta ?pay',
      // Gulf, Levant, Egypt and Maghreb: Western Union with a clitic ("عويسترن"), حوالة بنكية, Zain Cash, CliQ, OMT and Whish (Lebanon), BaridiMob and CCP (Algeria).
      '(?:ع|عال|ب|بال|و|عبر )?(?:ويسترن|وسترن|ويسترين) ?(?:يونيون|يونين)?', '(?:ب|و|ع)?حوال[ةه](?: بنكي[ةه]| مصرفي[ةه])?',
      'حوالات', 'تحويل (?:بنكي|مصرفي)', 'موني ?جرام', 'زين ?كاش',
      'اورنج ?كاش', 'اتصالات ?كاش', 'وي ?باي', 'كليك', 'بايونير', 'وايز', 'سكريل', 'ويش ?موني', 'يو اس دي تي', '(?:بال|ب|و)?كاش',
      '(?:ب|و)?(?:بايبال|باي بال)', 'نقدا', 'نقدي', 'cliq', 'omt',
      'whish(?: money)?', 'baridi ?mob', 'ccp', 'barid ?cash', 'edahabia', '(?:7|h)a?wal+a', 'zain ?cash', 'orange ?money', 'orange ?cash',
    ],
    tr: [
      // Turkish: transfer (havale, EFT, FAST), Papara, IBAN with its endings ("IBAN'ıma", "Papara'dan"), cash, crypto.
      // Batch 131: not Tagalog "ibang" (other: "para sa ibang late orders"), which no IBAN ending spells.
      'havale\\S*', 'eft\\S*', 'papara\\S*', 'ininal\\S*', 'nakit\\S*', 'kripto\\S*', 'iban(?!g(?![a-z]))\\S*', 'banka hesab\\S*',
      '(?:firma|sirket|kisisel) hesab(?:imiz|im)(?:dan|a)', 'hesab(?:ima|imiza) (?:yatir|gonder|at)\\S*',
      'havale', 'eft', 'iban', 'papara', 'ininal', 'elden', 'nakit', 'kripto', 'banka hesab\\S*', 'wise\\S*',
    ],
    // Dutch and Belgian rails; not the English adjective "ideal".
    nl: ['(?:een )?tikkie', 'mijn rekening', 'tikkie', 'payconiq', '(?:via|met|per) ideal', 'ideal-?(?:betaling|link)', 'betaalverzoek', '(?:bank)?overschrijving', 'overboeking',
      'bankrekening(?:nummer)?', 'rekeningnummer',
      'contant'],
    ro: ['transfer bancar', '(?:prin|pe|in) george', 'cont(?:ul)? bancar', 'contul (?:meu|tau) (?:de la|din) banca', 'numerar', 'virament', 'pe card(?:ul (?:meu|tau))?',
      'in contul (?:meu|tau|personal)'],
    ms: ['bank ?in', '(?:touch ?n ?go|tng)(?: ewallet)?', 'maybank2u', 'm2u', 'online transfer', 'akaun bank', 'tunai', 'ewallet'],
    ko: ['계좌 ?이체', '계좌 ?번호', '개인 ?계좌', '계좌(?:로|에)', '토스(?!트)', '카카오 ?페이', '카카오 ?뱅크', '네이버 ?페이', '무통장', '현금'],
    zh: ['支付宝', '支付寶', '微信支付', '微信转账', '转数快', '轉數快', '银行卡',
      '(?:国内|國內|台湾|台灣|私人)?(?:银行|銀行)(?:账户|帳戶|賬戶)', '对公转账', 'bank in (?:我|俾|给)'],
    vi: ['momo', 'zalopay', 'vietqr', 'vietcombank', 'techcombank', 'so tai khoan', 'stk', 'vi dien tu'],
    // Indian rails in Devanagari (यूपीआई, पेटीएम, फोनपे), Nepali wallets (इसेवा, खल्ती), Bangladeshi ones in Bengali (বিকাশে,
    // নগদে; বিকাশ is also a name and 'growth': only in a payment's words).
    mr: [
      // Marathi: cash.
      'रोख\\S{0,3}', 'कॅश',
      'यूपीआई(?: आईडी)?', 'यूपीआय', 'पेटीएम\\S{0,3}', 'फोन ?पे', 'फ़ोन ?पे', 'गूगल ?पे', 'जी ?पे',
      'बैंक ट्रांसफर', 'बैंक ट्रान्सफर', 'बँक ट्रान्सफर', 'नेफ्ट', 'आईएमपीएस',
      '(?:बँक|बैंक) (?:खात्यात|खात्यावर|खाते|अकाउंट\\S{0,3})'],
    ha: ['asusun banki\\S{0,3}', 'asusu\\S{0,3} na banki', 'asusun (?:opay|palmpay|kuda|moniepoint)\\S{0,3}', 'tsabar kudi', 'hannu da hannu', 'zuwa asusu(?:na|nmu)', 'a asusu(?:na|nmu)'],
    yo: ['si account (?:banki )?mi', 'akanti mi', '(?:si|ni) (?:opay|palmpay|kuda|moniepoint)(?: mi)?', 'owo lowo'],
    ig: ['n\'akauntu m', 'akauntu ulo aku m', 'na (?:opay|palmpay|kuda|moniepoint) m', 'ego n\'aka'],
    so: ['evc(?: plus)?', 'zaad\\S{0,5}', 'sahal', 'e-?dahab', 'dahabshiil', 'akoonkayga bangiga', 'lacag caddaan'],
    mg: ['m ?vola', 'orange money', 'airtel money', '(?:amin\'?ny )?kaontiko', 'vola an-tanana'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['swish\\S{0,3}', '(?:på|till|in på) (?:mitt |ditt )?(?:bank)?konto(?:t)?', 'kontonummer\\S{0,3}', 'bankkonto\\S{0,3}', 'banköverföring\\S{0,3}',
      'clearingnummer', 'kontant(?:er)?', 'revolut(?:en)?', 'paypal(?:en)?', 'faktura(?:n)? direkt', 'bankgiro\\S{0,3}', 'plusgiro\\S{0,3}'],
    no: ['vipps(?:en)?', 'kontoen min', 'kontonummer\\S{0,3}', 'bankkonto\\S{0,3}', 'bankoverføring\\S{0,3}', 'kontant(?:er)?'],
    da: ['mobilepay', 'min konto', 'kontonummer\\S{0,3}', 'bankkonto\\S{0,3}', 'bankoverførsel\\S{0,3}', 'kontant(?:er)?', 'reg\\.? ?nr'],
    fi: ['tilisiir\\S{0,5}', 'tilille(?:ni)?', 'tilinumero\\S{0,4}', 'pankkisiir\\S{0,5}', 'käteis\\S{0,5}', 'mobilepay\\S{0,4}', 'revolut\\S{0,4}', 'paypal\\S{0,4}'],
    'is': ['millifærsl\\S{0,3}', 'reikning(?:inn|num)? minn', 'reikningsnúmer\\S{0,3}', 'reiðufé', 'með (?:aur|kass)\\b', '(?:aur|kass)-?app\\S{0,3}'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'μέσω IRIS', 'τραπεζική μεταφορά', 'banki átutalással', 'Revolutra', 'ജിപേ', 'GPay-il ayakku', 'UPI vazhi',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'na moj račun', 'Revolutom', 'на мој рачун', 'kart nömrəsi', 'm10-la', 'TBC ბანკი', 'ბარათზე', 'ቴሌብር', 'CBE birr',
    // Tamil, Telugu, Nigerian Pidgin.
    'PhonePe la', 'போன்பே', 'gpay lo', 'ఫోన్‌పే', 'Opay', 'my Kuda account', 'send am to my account', 'Chipper Cash',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'โอนผ่านพร้อมเพย์', 'کارت به کارت', 'בביט', 'по банков път', 'na můj účet',
    
    'حوالة عويسترن يونيون', 'b baridimob wela CCP',
    'I take Venmo', 'send a Stripe payment link', 'pago por Nequi', 'te mando por Pix', 'переведу на карту', 'GCash na lang',
    'transfer ke rekening', 'حوالة بنكية', 'IBAN’a havale',
    'पेटीएम पर भेज दो', 'फोनपे कर दो', 'खल्तीमा पठाउनुहोस्', 'বিকাশে টাকা পাঠান',
    'নগদে পেমেন্ট করুন', 'इसेवामा', 'नबिल बैंक खातामा', 'बँक खात्यात',
      'बैंक खाते में'],
  counterExamples: [
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'bog of the forest', 'cbe', 'rukometna lopta',
    // Tamil, Telugu, Nigerian Pidgin look-alikes.
    'kuda hitam', 'grey background', 'Opayo', 'a grey card stock',
    'Iris was on the call', 'Íris', 'a számla mellékelve',
    'a dana point hotel', 'the btcpay server',
    'ব্যবসার বিকাশ', 'বিকাশের সাথে কথা হয়েছে', 'फोन पर बात'],
});

/** Paying, per language. */
export const PAY_VERB = defineClass({
  name: 'PAY_VERB',
  doc: 'Paying, being paid, sending or settling money.',
  words: {
    lt: [
      'sumok\\S{0,5}', 'mok(?:u|eti|ek|esiu|esi|ate|ekite|ame)', 'pervesk(?:ite)?', 'pervesiu', 'apmok\\S{0,6}', 'atsisk\\S{0,5}',
    ],
    lv: [
      'samaks\\S{0,5}', 'maksa(?:t|s|sim|ju|si|jiet|sies)', 'parskaitit\\S{0,2}', 'parskait(?:i|iet|isu|isi)',
    ],
    et: [
      'maks(?:an|ad|a|ke|ta|ma|aksin|ame|ate|is)', 'tasu(?:n|da|ge|ma)', 'kanna(?:n|ge)? (?:raha )?ule', 'kanna(?:ke|ge)? (?:mulle )?raha',
    ],
    hy: ['գումար(?:ը|ս|դ)', 'gumar(?:@|y|s)',
      'վճարե(?:ք|ս|մ|նք)', 'վճարիր', 'կվճարե(?:մ|ք|նք)', 'վճարում\\S{0,3}', 'փոխանցե(?:ք|ս|մ)', 'կփոխանցե(?:ք|մ|ս)',
      'փոխանցիր', 'գցեք', 'գցիր', 'կգցեմ', 'vchare(?:q|s|m|nq)', 'kvchare(?:m|q|nq)', 'vcharum\\S{0,3}', 'poxance(?:q|m|s)', 'kpoxance(?:q|m)', 'gceq', 'kgcem'],
    uz: ['tashla(?:ng|b bering|b qo[\'`]?ying)', 'hisoblash\\S{0,6}', 'ҳисоблаш\\S{0,6}', 'ташла(?:нг|б беринг)',
      'to[\'`]?la(?:ng|nglar|ysiz|yman|ymiz|ysan|sangiz|b)', 'to[\'`]?lov\\S{0,4}', 'o[\'`]?tkaz(?:ing|ib|aman|asiz|sangiz)', 'pul(?:ni|ingizni)? (?:yuboring|tashlang|o[\'`]?tkazing)',
      'тўла(?:нг|нглар|йсиз|йман|ймиз|сангиз|б)', 'тўлов\\S{0,4}', 'ўтказ(?:инг|иб|аман|асиз|сангиз)',
      'пул(?:ни)? (?:юборинг|ташланг|ўтказинг)'],
    kk: ['төле(?:ңіз|ңдер|имін|йсіз|сеңіз|п)', 'төлем\\S{0,4}', 'аудар(?:ыңыз|амын|саңыз|ып)',
      'ақша(?:ны)? (?:аударыңыз|жіберіңіз|салыңыз)', 'audar(?:yniz|amyn|yp)'],
    ky: ['төлө(?:ңүз|йм|йсүз|сөңүз|п)', 'төлөм\\S{0,4}', 'котор(?:уп|уңуз|ом|соңуз)',
      'акча(?:ны)? (?:которуңуз|жибериңиз|салыңыз)'],
    tg: ['пардохт\\S{0,6}', 'гузарон(?:ед|ам|ем|ид)', 'пул(?:ро)? (?:фиристед|гузаронед|равон кунед)'],
    mn: ['төлөөрэй', 'төлөөч', 'төлнө', 'төлвөл', 'төлбөр\\S{0,4}', 'шилжүүл\\S{0,6}'],
    sq: [
      'me paguaj(?:ni)?', 'paguaj(?:ni)?', 'paguan', 'paguani', 'dergo(?:ji|ni)? (?:\\S+ )?parate', 'transfero(?:ni)?',
    ],
    sk: [
      'zaplat\\S{0,4}', 'plat(?:it|im|is|ite)', 'posl(?:i|ite) (?:mi )?peniaze', 'preved(?:te)? (?:mi )?peniaze', 'uhrad\\S{0,3}',
    ],
    mk: [
      'плати(?:те)?', 'платиш', 'платите', 'уплати(?:те)?', 'ќе (?:ти |ви )?платам', 'испрати(?:те)? (?:ми )?(?:пари|парите)',
      'plati(?:te)?', 'uplati(?:te)?',
    ],
    sl: [
      'placaj(?:te)?', 'placa(?:s|te|m|mo)', 'placal bom', 'placala bom', 'nakazi(?:te)?', 'nakazem', 'posl?ji(?:te)? (?:mi )?denar',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: money sent or transferred, paid.
    km: [
      'ផ្ញើលុយ', 'វេរលុយ', 'បង់ប្រាក់', 'បង់លុយ', 'ខ្ញុំបង់', 'ឲ្យលុយ', 'ban luy', 'phnheu luy',
      'ver luy',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: money transferred, paid.
    my: [
      'ငွေလွှဲ', 'လွှဲပေးပါ', 'လွှဲလိုက်ပါ', 'ငွေချေ', 'ငွေပေးမယ်', 'ငွေပေး',
      'ပေးချေ', 'ngwe lwhe', 'lwhe pay par',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): pay, send the money, put it in.
    kn: [
      'ದುಡ್ಡು (?:\\S+ ){0,2}(?:ಹಾಕಿ|ಕಳುಹಿಸಿ|ಕಳಿಸಿ|ಕೊಡಿ|ಹಾಕ್ತೀನಿ|ಕಳುಹಿಸ್ತೀನಿ)',
      'ಹಣ (?:\\S+ ){0,2}(?:ಹಾಕಿ|ಕಳುಹಿಸಿ|ಕೊಡಿ)', 'ಪೇಮೆಂಟ್ (?:ಮಾಡಿ|ಮಾಡೋಣ|ಮಾಡ್ತೀನಿ|ಕಳುಹಿಸಿ)',
      'ಅಕೌಂಟ್‌ಗೆ (?:\\S+ )?(?:ಹಾಕಿ|ಕಳುಹಿಸಿ)', 'ಗೆ ಹಾಕಿ', 'ಕೊಡ್ತೀನಿ',
      'duddu (?:\\S+ ){0,2}(?:haaki|haki|kalsi|kalisi|kodi|haakteeni)', 'payment (?:maadi|madi|maadona|madteeni|maadteeni)', 'account ?ge (?:\\S+ )?(?:haaki|kalsi)', 'ge haaki',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): pay, send the money, put it in.
    pa: [
      'ਪੈਸੇ (?:\\S+ ){0,2}(?:ਭੇਜ ਦਿਓ|ਪਾ ਦਿਓ|ਭੇਜੋ|ਪਾਓ|ਦੇ ਦਿਓ|ਭੇਜਾਂਗਾ)',
      'ਪੇਮੈਂਟ (?:ਕਰੋ|ਕਰ ਦਿਓ|ਕਰਦੇ ਹਾਂ|ਕਰਾਂਗਾ|ਕਰਾਂਗੇ|ਕਰੀਏ)',
      'ਖਾਤੇ ਵਿੱਚ (?:\\S+ )?(?:ਪਾ ਦਿਓ|ਭੇਜ ਦਿਓ)', 'پیسے (?:\\S+ ){0,2}(?:گھل دیو|پا دیو|گھلو|دے دیو)',
      'پیمنٹ (?:کرو|کر دیو|کراں گا|کریے)', '(?:کیش|پیسہ) تے (?:گھل دیو|پا دیو)', 'paise (?:\\S+ ){0,2}(?:bhej do|paa do|pa do|bhejo|de do)',
      'payment (?:karo|kar do|karange|kariye|karanga)', 'khate vich (?:\\S+ )?(?:paa do|pa do|bhej do)',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): pay, send the money, put it in.
    gu: [
      'પૈસા (?:\\S+ ){0,2}(?:મોકલો|નાખો|નાખી દો|આપો|મોકલી દો|મોકલીશ|નાખીશ)',
      'પેમેન્ટ (?:કરો|કરી દો|કરીએ|કરીશ|કરજો|મોકલો)', 'ચૂકવ\\S{0,4}', 'મોકલી દો', 'આપી દઈશ',
      'ટ્રાન્સફર (?:કરો|કરી દો|કરીશ)', 'paisa (?:\\S+ ){0,2}(?:moklo|nakho|nakhi do|aapo|mokli do|moklish|nakhish)',
      'payment (?:karo|kari do|kariye|karish|karjo|moklo)', 'chukav\\S{0,4}', 'mokli do', 'transfer (?:karo|kari do|karish)',
      'ખાતા ?માં (?:\\S+ )?(?:નાખો|નાખી દો|મોકલો|જમા કરો|ટ્રાન્સફર કરો)',
      'khata ?ma (?:\\S+ )?(?:nakho|nakhi do|moklo|jama karo|transfer karo)',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: pay, send the money, transfer.
    si: [
      'ගෙවන්න', 'ගෙවමු', 'ගෙවන්නම්', 'ගෙවනවා',
      'සල්ලි (?:\\S+ ){0,2}(?:එවන්න|දාන්න|දෙන්න|යවන්න|දාන්නම්|එවන්නම්)',
      'පේමන්ට් (?:එක )?(?:කරන්න|කරන්නම්|එවන්න|දාන්න)',
      'ට්‍රාන්ස්ෆර් (?:කරන්න|කරන්නම්)', 'gewanna', 'gewamu', 'gewannam', 'salli (?:\\S+ ){0,2}(?:ewanna|danna|denna|yawanna|dannam|ewannam)',
      'pay (?:karanna|karannam|karamu)', 'payment (?:eka )?(?:karanna|karannam|ewanna|danna)', 'transfer (?:karanna|karannam)',
      '(?:ගිණුමට|ඇකවුන්ට් එකට) (?:සල්ලි )?(?:දාන්න|එවන්න|දාන්නම්|එවන්න' +
        'ම්|ට්‍රාන්ස්ෆර් කරන්න)',
      '(?:account ekata) (?:salli )?(?:danna|ewanna|dannam|ewannam)',
    ],
    // Greek pay and send money (πλήρωσε, θα σε πληρώσω, πληρωμή) and in Greeklish; Hungarian fizess, fizetek, utald; Malayalam പണം
    // അയക്കാം, pay cheyyam, paisa tharam.
    el: ['πληρω(?:σε|στε|σει[σς]|σετε|σω|σουμε|νω|νει[σς]|νετε|νουμε)', 'πληρωμ\\S{0,3}', 'εξοφλ\\S{0,5}',
      'στειλ(?:ε|τε) (?:μου )?(?:τα )?(?:λεφτα|χρηματα)', 'καταθεσ(?:ε|ετε|ω)', 'μεταφερ(?:ε|ετε) (?:τα )?(?:λεφτα|χρηματα)',
      'plir(?:w|o)s(?:e|te|eis|w|oume)', 'plir(?:w|o)m(?:i|is|es)', 'plir(?:w|o)n(?:w|o|eis)', 'steil(?:e|te) (?:mou )?ta lefta'],
    hu: ['fizet(?:ek|ni|nek|unk|ned|sz|nel|nenk|es\\S{0,4})?', 'fizess(?:en|etek|el)?', 'kifizet\\S{0,5}', 'utal(?:ok|j|jon|jal|d|ni|unk|om|hatsz|hatok|sz|tok)', 'atutal(?:ok|nad|ni|om|od|j|jon)',
      'kuld(?:j|jon|om|od|jed)(?: at)? a penzt', 'penzt (?:kuld|utal)\\S{0,4}'],
    ml: [
      // Malayalam in its script and Manglish (round twenty-six): money put into the account, "sending is enough".
      'അക്കൗണ്ടിലേക്ക് (?:\\S+ )?(?:ഇട്ടാൽ മതി|ഇടൂ|അയക്കൂ|ഇട്ടോ|ട്രാൻസ്ഫർ ചെയ്യൂ)',
      'അയച്ചാൽ മതി', 'ഇട്ടാൽ മതി', 'accountilekk\\S{0,3} (?:\\S+ )?(?:ittal mathi|idu|ayakku|itto)', 'ayachal mathi', 'ittal mathi',
      '(?:പണം|പൈസ|കാശ്) (?:അയക്ക\\S{0,4}|തര\\S{0,4}|ഇട\\S{0,4})', 'പേയ്മെന്റ\\S{0,4}', 'പേ ചെയ്യ\\S{0,4}',
      'pay cheyy\\S{0,4}', 'payment (?:cheyy\\S{0,4}|tharam|tharaam|ayakk\\S{0,4})', '(?:paisa|panam|kaash|cash) (?:ayakk\\S{0,4}|ayach\\S{0,4}|tharam|tharaam|tharum|ittu|idu|idam)',
      'transfer cheyy\\S{0,4}', 'ayachu thar(?:am|aam|um)'],
    // Croatian, Serbian and Bosnian pay and send money (plati, uplati, platit ću, плаћање); Azerbaijani (ödəyin, ödəniş, pulu köçür); Georgian (გადაიხადე,
    // გადმორიცხე)
    // and translit; Amharic (ክፈለኝ, እከፍልሃለሁ, ብር ላክልኝ) and in Latin letters.
    hr: [
      'uplat(?:a|u|om)', 'posalji(?:te)? (?:mi )?(?:to )?na (?:broj|racun|iban)', 'prebaci(?:te)? (?:mi )?(?:novac|novce|pare|lovu)', 'posalji(?:te)? pare', 'salji(?:te)? pare',
      'plat(?:i|ite|im|imo|iti|is|it cu)', 'platicu', 'uplat(?:i|ite|im|imo|iti|is|it cu)', 'isplat(?:i|ite|im)', 'posalji(?:te)? (?:mi )?(?:novac|novce|pare|lovu)',
      'prebaci(?:te)? (?:mi )?(?:novac|novce|pare|lovu)', 'placanj\\S{0,2}'],
    sr: [
      'уплат(?:а|у|ом)', 'пошаљи(?:те)? (?:ми )?(?:паре|новац)', 'пребаци(?:те)? (?:ми )?(?:паре|новац)',
      'плат(?:и|ите|им|имо|ити|иш)', 'платићу', 'уплат(?:и|ите|им|имо|ити|иш)', 'уплатићу',
      'пошаљи(?:те)? (?:ми )?(?:новац|паре|лову)', 'плаћањ\\S{0,2}', 'исплат\\S{0,3}'],
    az: [
      // "ödəyə bilərsiz", "hesabıma keçirin", "pulu", "nağd verərsiz".
      'ode\\S{0,8}', 'kecir(?:in|ersen|erem|ek)', 'gonderin', 'pulu', 'pulumu', 'verersiz', 'verersiniz', 'ode(?:yin|yim|yek|yecem|yecek|yerem|yeceyem|yersen|nis\\S{0,3}|me)',
        'pul(?:u)? (?:kocur|gonder|at)\\S{0,5}', 'kocur(?:un|ersen|erem|ecem|dum)', 'kocurme\\S{0,3}'],
    ka: ['გადაიხად(?:ე|ეთ)', 'გადაგიხდი(?:თ)?', 'გადავიხდი', 'გადამიხად(?:ე|ეთ)',
      'გადახდ\\S{0,4}', 'გადმორიცხ\\S{0,5}', 'გადმომირიცხ\\S{0,4}', 'ჩამირიცხ\\S{0,4}', 'ჩარიცხ\\S{0,5}',
      'gadaixad(?:e|et)', 'gadagixdi', 'gadavixdi', 'gadaxd\\S{0,4}', 'gadmomiricx\\S{0,3}', 'gadmoricx\\S{0,4}', 'chamiricx\\S{0,3}'],
    am: ['ላክልኝ', 'ላኪልኝ', 'አስገባልኝ', 'lakilign', 'ክፈለኝ', 'ክፈይኝ', 'ክፈሉኝ', 'ይክፈሉኝ', 'እከፍልሃለሁ',
      'እከፍልሻለሁ', 'እከፍላለሁ', 'ክፍያ\\S{0,2}',
      'ብር (?:ላክልኝ|ላኪልኝ|ላኩልኝ|አስገባልኝ)', 'አስገባልኝ', 'kifelegn', 'kfelegn', 'ekefilihalehu', 'ekefilalehu', 'kfiya', 'kifiya',
      'birr lakilign', 'asgebalign'],
    // Paying in Tamil (pay pannunga, panam anuppunga, பணம் அனுப்புங்க), Telugu (pay cheyyandi, dabbulu pampandi, డబ్బులు పంపండి) and
    // Nigerian Pidgin (I go pay, send the money).
    ta: [
      // Tamil: money sent or given, a payment made (round twenty-five).
      'பணம் (?:\\S+ ){0,2}(?:அனுப்புங்க|கொடுங்க|அனுப்புறேன்)',
      'பணத்தை (?:\\S+ ){0,2}(?:அனுப்புங்க|கொடுங்க)', 'payment பண்ணுங்க',
      'panam (?:\\S+ ){0,2}(?:anuppunga|kudunga)',
      '(?:gpay|g pay|phonepe|paytm|upi)(?: ?la| ?le)?(?: (?:anuppunga|anupunga|anuppuren|anupuren|podunga|poduren)|(?= direct ?(?:ah|aa) (?:anuppunga|anupunga|anuppuren|anupuren)))',
      'pay (?:pannunga|pannu|pannalam|pannuren|panren|panniruven|pannidunga|panna|pannureengala)',
      '(?:panam|paisa|kaasu|cash|amount|money) (?:anuppunga|anupunga|anuppuren|anupuren|anuppalam|poduren|podunga|kudukuren|kudunga|podren)',
      '(?:transfer|gpay|phonepe) (?:pannunga|pannuren|panren|pannalam|pannidunga)', 'பே (?:பண்ணுங்க|பண்ணுறேன்|பண்ணலாம்)',
      '(?:பணம்|காசு|அமவுண்ட்) ' +
        '(?:அனுப்புங்க|அனுப்புறேன்|அனுப்பலாம்|போடுங்க|கொடுங்க)',
      '(?:ஜிபே|ட்ரான்ஸ்பர்) (?:பண்ணுங்க|பண்ணுறேன்|பண்ணலாம்)'],
    te: [
      // Telugu: money sent or given, a payment made (round twenty-five).
      'డబ్బులు (?:\\S+ ){0,2}(?:ఇవ్వండి|పంపండి)', 'payment చేయండి', 'dabbulu (?:\\S+ ){0,2}(?:ivvandi|pampandi)',
      '(?:gpay|g pay|phonepe|paytm|upi)(?: ?lo)?(?: (?:pampandi|pampistanu|pampista|veyyandi|vestanu)|(?= direct ?ga (?:pampandi|pampistanu|pampista)))',
      'pay (?:cheyyandi|cheyandi|cheyyi|chestanu|chesta|cheddam|chestha|chestam)',
      '(?:dabbulu|dabbu|paisa|amount|money|cash) (?:pampandi|pampistanu|pampista|pampu|veyyandi|vestanu|vesta|isthanu|istanu|ivvandi)',
      '(?:transfer|gpay|phonepe) (?:cheyyandi|chestanu|chesta|cheyyi|cheddam)', 'పే (?:చేయండి|చేస్తాను|చేద్దాం)',
      '(?:డబ్బులు|డబ్బు|అమౌంట్) (?:పంపండి|పంపిస్తాను|వేయండి|వేస్తాను|ఇస్తాను)',
      '(?:ట్రాన్స్ఫర్|ఫోన్ ?పే) (?:చేయండి|చేస్తాను)'],
    pcm: ['i go (?:pay|send) (?:you|u)', 'i go pay', 'i go send (?:am|the money|d money|the moni)', 'make (?:you|u) (?:pay|send|transfer) (?:am|me|the money|d money)',
      '(?:send|transfer|drop) (?:the|d) (?:money|moni|balance)'],
    // Thai, Persian (and Finglish), Hebrew, Bulgarian and Czech paying verbs.
    th: ['จ่าย(?:เงิน)?', 'โอน(?:เงิน)?', 'ชำระ'],
    fa: ['پول ?(?:رو|را|و)(?! کارت)',
      'بریز(?:ید|ین)?',
      'پرداخت', 'واریز', 'بپرداز\\S{0,3}', 'pardakht\\S{0,4}', 'variz\\S{0,4}'],
    he: ['אשלם', 'נשלם', 'תשלם', 'תעביר(?:י)? לי', '(?:ת|א|נ|ל)?שלם(?:י|ו)?', '(?:ה)?תשלום', 'תעביר(?:י)?', 'להעביר', 'אעביר'],
    bg: ['плат(?:и|и\\S{1,3}|я)', 'плащ\\S{1,4}', 'заплащане', 'преведи(?:те)?', 'превод\\S{0,3}',
      'platq', 'plat(?:ish|ite)', 'prevedi(?:te)?', 'шe ти платя', 'ще ти платя',
    ],
    cs: ['zaplat\\S{0,4}', 'plat(?:it|im|is|ite|ba|bu|by)', 'plati(?:m|s|te)', 'posl(?:i|ete) (?:mi )?penize', 'proplat\\S{0,3}'],
    // Polish: pay, paid, settle up, transfer ("płacisz mi na konto", "rozliczmy przelewem", "dam Pani 500 zł").
    pl: ['zaplac\\S*', 'zaplat\\S*', 'plac(?:e|i|imy|isz|cie|ic|ila|il)', 'placony', 'platnos\\S*', 'oplac\\S*', 'przelej\\S*', 'rozlicz\\S*',
      'wplac\\S*', 'wystawie fakture', '(?:wysle|przesle|dam) (?:ci |panu |pani )?(?:\\S+ )?(?:kase|pieniadze|hajs|\\d+ ?zl)',
      'dam (?:ci|panu|pani) \\d+'],
    // Japanese 払う in its forms, 送金, 振込; Swahili lipa with its prefixes (nitakulipa, utalipwa, ukilipa) and malipo.
    ja: ['払(?:い|う|っ|え|わ|お)', '支払', '送金', '振込', '振り込', '入金'],
    sw: ['(?:ni|u|a|tu|m|wa)?(?:ta|na|li|me|ki|si)?(?:ku|ni|m|wa|tu)?lip(?:a|e|wa|we|ia|ie|iwa)', 'malipo', 'unitumie (?:pesa|ganji|hela|doh|mkwanja)', 'tuma pesa'],
    en: ['pay', 'paid', 'paying', 'payment', 'payments', 'settle', 'settle up', 'invoice', 'bill', 'transfer', 'wire', 'send (?:you |me )?(?:the )?(?:\\S+ )?money', 'tip',
      'retainer',
      'charge',
    ],
    es: [
      'pagar', 'pago', 'pagos', 'paga', 'pagas', 'pague', 'pagues', 'pagamos', 'pagarte', 'pagarle',
      // "me puede depositar en OXXO".
      'depositar(?:me|te|le)?', 'deposita(?:me)?',
      'transferencias?', 'facturar', 'facturamos', 'factura',
      'te pago', 'le pago', 'me pagas', 'me pagues', 'pagame', 'cobrar\\S*', 'cobro', 'te transfiero',
      'transfiero', 'transferir', 'deposito',
      'arreglamos', 'arreglar el pago',
      // Round twenty-four: "te hago un bizum", "te hago una transferencia" (a payment made as a thing one does).
      '(?:te|le) (?:hago|mando|envio) (?:un|una)(?= (?:bizum|deposito|transferencia|giro|yape|plin|nequi))',
      'ti pago', 'la pago', 'pagarti', 'paghi', 'pagamento', 'zaplac(?:e|i|imy|isz|ic)', 'przelej(?:e|my|esz)?', 'przelew(?:em|u)?',
      'platnosc(?:i)?',
    ],
    pt: [
      'pagar', 'pago', 'paga', 'pagamento', 'pagamentos', 'te pago', 'me paga', 'me pague', 'receber',
      'cobrar', 'transferir', 'transfiro', 'transfere', 'te transfiro', 'deposito', 'te mando o dinheiro',
      'transferencias?', 'faturar', 'faturamos', 'fatura', 'nota fiscal',
    ],
    fr: ['payer', 'paie', 'paye', 'paierai', 'paiement', 'paiements', 'regler', 'regle', 'reglerai', 'reglement', 'te payer', 'vous payer', 'virer', 'vire', 'facturer',
      'payez', 'payez-moi', 'paierez', 'payes',
      'verse', 'verser', 'versera', 'je te le verse',
      // Round thirty: "réglez-moi par Wise".
      'reglez-?moi',
      'regle-?moi',
    ],
    de: ['gibst du mir', 'geben sie mir', 'uberweist', 'bezahlen', 'bezahle', 'bezahlt', 'gezahlt', 'zahlen', 'zahle', 'zahlung', 'bezahlung', 'uberweisen', 'uberweise',
      'abrechnen', 'begleichen', 'gibt.s',
      'zahl', 'zahlst', 'zahlt', 'zahl mir',
      'per uberweisung', 'per paypal',
    ],
    ru: ['оплат\\S*', 'оплач\\S*', 'заплат\\S*', 'заплачу', 'плат\\S*', 'плачу', 'перевед\\S*',
      'перевести', 'перевод\\S*', 'скину', 'скинуть', 'расчет', 'рассчитаемся', 'по счету',
      'закину', 'закинуть',
      // Round thirty, third wave: "скинуть остаток на Тинькофф" (drop the rest to my Tinkoff).
      'скинуть',
      'скиньте',
      'скинь',
    ],
    uk: ['оплат\\S*', 'заплат\\S*', 'заплачу', 'плат\\S*', 'перекаж\\S*', 'переказ\\S*', 'скин\\S*', 'кин\\S*', 'розрахуємося',
      'перекин\\S*',
      'розрахуємо?сь', 'розрахуємося',
      // Round thirty: "скиньте на монобанк" (drop it to my Monobank).
      'скиньте',
      'закиньте',
    ],
    hi: [
      // Hindi: money sent or given, a wallet used as a verb ("GPay कर दो"), round twenty-five.
      'पैसे (?:\\S+ ){0,2}(?:भेज दो|भेजो|भेज दीजिए|दे दो|दे देना|दीजिए|भेजूंगा|दूंगा)',
      'payment (?:भेज दो|भेजो|कर दो|करो|करें|कीजिए)',
      '(?:gpay|paytm|upi|phonepe|google pay) (?:कर दो|करो|कर दीजिए|कर देना)', 'payment', 'pay', 'paisa', 'paise', 'bhej(?:dunga|unga|du|o|denge)', 'de dunga',
      'dedunga', 'transfer kar(?:dunga|unga|do|denge)', 'pay kar(?:dunga|unga|do|denge)',
      'पेमेंट\\S{0,3}', 'भुगतान\\S{0,4}',
      '(?:पैसे|पैसा|रुपये|अमाउंट) (?:भेज\\S{0,5}|दे दूंगा|दूंगा|दे दो|दे दीजिए|' +
      'ट्रांसफर\\S{0,6}|डाल\\S{0,5})',
      'पे (?:कर|करो|करें|करूंगा|कर दो|कर दूंगा|कर दीजिए)',
      'ट्रांसफर (?:कर|करो|करें|करूंगा|कर दो|कर दूंगा|कर दीजिए)'],
    ur: [
      // Urdu in its script: payment, money sent or given (round twenty-five).
      'پیمنٹ\\S{0,3}', 'ادائیگی', 'پیسے (?:\\S+ ){0,2}(?:بھیج دیں|بھیجیں|بھیج دو|دے دیں|دیں|دے دینا|بھیجوں گا|دوں گا)',
      'پے کر(?:یں|و| دیں)',
      'ٹرانسفر کر(?:یں|و| دیں)',
      'payment', 'pay', 'paise', 'raqam', 'bhej(?:dun|don|unga|ein|dein|denge)', 'de dun',
      'transfer kar(?:dun|don|dein|unga)', 'pay kar(?:dun|don|dein|unga)', 'bhej dein', 'bhej do',
      'wahan bhej',
    ],
    tl: ['bayad', 'bayaran', 'magbabayad', 'babayaran', 'ibabayad', 'padala', 'send ko', 'transfer ko'],
    id: ['bayar', 'bayaran', 'pembayaran', 'pembayaran\\S*', 'dibayar', 'transfer', 'tf', 'kirim uang', 'kirim dana', 'bayar\\S*'],
    ar: [
      '(?:el )?(?:flous|felous|fulus)',
      // Darija: "lflouss" (the money), "lba9i dyal lflouss" (the rest of the money).
      'lflous+', 'flous+', 'lba9i dyal lflous+',
      'الدفع', 'ادفع', 'أدفع', 'دفع', 'تحويل', 'احول', 'أحول', 'الفلوس', 'المبلغ', 'ابعتلك الفلوس', 'حول\\S*',
      'احولك', 'هحولك', 'هبعتهولك', 'ابعتلك', 'تحول', 'ab3atlak', '7awel', 'تحول لي', 'وتحول',
      't7awel\\S*', 'ba7awel\\S*', '7awel\\S*', 'ha7awel\\S*', 'تحول\\S*', 'وا?حول\\S*', 'هبعت\\S*',
      'h7awel\\S*', 'ha7wel\\S*', 'a7awel\\S*',
      'b?a7wel(?:lak|lek|lik|lo|ha|ak)?',
      // Paying: دفعة، تدفعلي، السداد، تسدد، الراتب، بنرسلها لك; Arabizi "btdf3le", "bt7awwelli", Algerian "kheles" (pay).
      '(?:ال|و|ب)?دفع[ةه]', '(?:ال)?دفعات', '(?:ب|ت|ن|ي|ه|ح|بت|بن|هت|هن|حت|ست|سن)دفع\\S*', '(?:ال)?سداد', 'تسديد',
      '(?:ت|ي|ن|ا|بت|بن)سدد\\S*', '(?:ال)?راتب', 'راتبك',
      '(?:ا|ن|بن|هن|سن|ت|بت)رسل(?:ها|ه|هم|و)? ?لك', '(?:ي|بي|هي|ت|بت)وصلك', 'المستحقات', 'مستحقاتك', 'الفلوس', 'المصاري', 'مصاري',
      '(?:b|bt|t|n|bn|ha|hat|han|a|e|y|te|ne)?d(?:e|a)?f(?:a)?3\\w*', '(?:b|bt|t|n|bn|ha|a|e|te|ne)?7aw+[ae]?l\\w*', 'kh[ei]l+[ei]s(?:ni|li)?', 'flos', 'masari', 'msari',
    ],
    tr: [
      // Turkish: deposit, send, pay in their forms ("IBAN'ıma yatırırsınız", "Papara'dan yollarım", "iban atıyım mı?").
      'yatir(?:in|irsiniz|irsin|acagim|iriz|irim)', 'yollarim', 'yollariz', 'gonderecegiz', 'gonderecegim', 'odeyecegim', 'odeyecegiz', 'oderiz',
      'odeyin', 'oduyoruz', 'odeme (?:yap|yapar)\\S*', 'havale (?:yap|yapar|et|eder)\\S*', 'atiyim', 'atayim mi', 'atarim',
      'para(?:yi|nizi|ni|sini) (?:ver|gonder|yolla|yatir)\\S*', 'fatura keser\\S*',
      'odeme', 'odemeyi', 'ode', 'oderim', 'odeyeyim', 'odeyelim', 'gondereyim', 'gonderirim', 'para', 'yapayim', 'atarim', 'atayim', 'gonderirseniz', 'hallederiz', 'odeyelim',
      'atarsan', 'atarsin', 'atarsaniz', 'atayim', 'yatiririm', 'yatirayim', 'yatirirsan',
      'hesabima at', 'iban\'?a at',
      'havale yap\\S*', 'eft yap\\S*',
      'oder(?:seniz|sen|im|iz)',
      // "eft ile gönderirsen", "nakit verirsiniz", "kalan parayı", "faturayı dışarıdan keseyim".
      'gonderirsen', 'verirsin(?:iz)?', 'para(?:yi|nizi|ni|sini|mi|mizi)', 'fatura(?:yi|lari)',
    ],
    nl: ['stuur (?:maar |even )?(?:een )?tikkie', 'maak (?:het|dat) over', 'betalen', 'betaal', 'betaalt', 'betaald', 'overmaken', 'maak (?:ik|je|u) (?:\\S+ ){0,3}over',
      'uitbetalen', 'de rest (?:cash|contant)'],
    ro: ['(?:ti|va|vi)-?(?:l|o|i|le)? ?dau', 'dam', 'platesti', 'platiti', 'platesc', 'platim', 'platiti', 'plati', 'plata', 'iti dau banii', 'va dau banii',
      '(?:trimite|trimiteti)-?mi banii', 'trimit banii', 'achit', 'achitam',
      '(?:iti|va) fac (?:transfer|plata)', 'dau bani'],
    ms: ['bayar', 'bayaran', 'bank in', '(?:masuk|masukkan) (?:duit|akaun)', 'transfer'],
    // Round twenty-five: 반말 and a question ("보내줄게", "받을 수 있어요?").
    ko: ['입금', '송금', '이체', '결제', '지급', '쏴드', '보내드릴', '정산', '받을게요', '드릴게요', '보내 ?줄게', '보낼게', '쏴 ?줄게', '받을 ?수',
      '받아도'],
    zh: ['付款', '支付', '付(?:给|你|我|钱)', '转账', '轉賬', '轉帳', '转(?:给|我|你)', '汇款', '匯款', '打款', '打钱', '结算', '結算', '给钱',
      '收款', '俾錢', '轉數', '尾款', '首款', '定金', 'bank in',
      '订金', '工资', '日结'],
    // "thanh toán", "chuyển khoản" (ck), "trả tiền", "đặt cọc"; not a bare "trả" or "tháng".
    vi: ['chuyen (?:thang|truc tiep|vao|cho)', 'thanh toan', 'tra tien', 'tra (?:luong|phi|coc)', 'chuyen khoan', 'ck', 'chuyen tien', 'gui (?:tien|coc)', 'dat coc', 'nhan tien',
      'tien coc', 'tra bang', 'phan con lai', 'chuyen (?:lien|luon|ngay)'],
    // Paying and sending money: Marathi (पैसे पाठवा), Nepali (पैसा पठाउनुहोस्), Bengali (টাকা পাঠান), Hindi in Devanagari
    // (पेमेंट कर दो).
    mr: [
      'पेमेंट\\S{0,4}', 'पैसे (?:पाठवा|पाठव|पाठवतो|पाठवेन|देतो|देईन|द्या|टाका)',
      'पे (?:करा|कर|करतो|करेन)', 'ट्रान्सफर (?:करा|कर|करतो|करेन)'],
    ne: [
      // Round twenty-five: "पैसा दिनुस्" (please give the money).
      'पैसा (?:दिनुस्|पठाइदिनुस्)',
      'पेमेन्ट\\S{0,4}', 'पेमेंट\\S{0,4}', 'भुक्तानी\\S{0,4}',
      'पैसा (?:पठाउनुहोस्|पठाउनुस्|पठाउँछु|पठाइदिन्छु|दिन्छु|पठाऊ|' +
      'हाल्नुहोस्)',
      'तिर्छु', 'तिर्नुहोस्'],
    bn: [
      // Banglish: "payment kore den", "taka pathiye diyen", "send money kore den" (round twenty-five).
      'payment (?:dile|korle|kore (?:den|diben|diyen|dibo)|korben|koren|diben|diyen|den)',
      'taka (?:\\S+ ){0,2}(?:den|diben|diyen|pathan|pathiye (?:den|diyen|diben|dibo)|pathabo|dibo)',
      '(?:send money|transfer|pay) (?:kore )?(?:den|diben|diyen|korben|koren|korbo)',
      // Round twenty-five: money sent with the polite future ("টাকা পাঠিয়ে দিয়েন"), a wallet's "send money".
      'টাকা(?:টা|গুলো)? (?:\\S+ ){0,2}(?:দিয়ে দিয়েন|দিয়ে দেন|দিয়েন|দিবেন|' +
        'পাঠিয়ে দিয়েন|পাঠিয়ে দিবেন|পাঠিয়ে দেন|পাঠাবেন)', 'সেন্ড মানি',
      'ক্যাশ আউট',
      'পেমেন্ট\\S{0,4}',
      'টাকা (?:পাঠান|পাঠাও|পাঠাব|পাঠাবো|পাঠিয়ে দেব|পাঠিয়ে দিন|দেব|দিব|দেবো|' +
      'দিন|দিয়ে দেব)',
      'পে (?:করুন|করো|করব|করবো|করেন|করে দিন)',
      'ট্রান্সফার (?:করুন|করো|করব|করবো|করে দিন)'],
    ha: ['biya\\S{0,3}', '(?:tura|turo|aiko|aika) (?:min |mini |maka |miki |mana )?(?:da )?kudi\\S{0,3}', '(?:zan|za mu) (?:tura|turo|aiko) (?:maka|miki|muku)'],
    yo: ['(?:maa|ma|a o) san', 'san owo', 'san fun (?:mi|o|yin)', 'fi owo ranse', 'fi owo si'],
    ig: ['a?kwu (?:gi |m )?ugwo', 'kwuo (?:m |gi )?(?:ugwo|ego)', 'akwu gi', 'kwuo gi', 'zite(?:re m)? ego', 'ziga ego', 'nye gi ego'],
    so: ['i(?:i)? bixi', 'ku bixi', 'kugu bixin', 'lacagta(?: (?:ku |igu |kuugu |ii )?soo dir\\S{0,5})?', '(?:igu|ii|kuugu|ku) soo dir lacagta', 'lacag (?:u )?dir', 'ku shub'],
    mg: ['handoa\\S{0,5}', 'aloavy', 'mandoa', 'alefaso', 'ny vola'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['betala\\S{0,3}', 'betalar', 'swisha\\S{0,2}', 'swishar', 'för(?:a)? över', 'sätt(?:a)? in', 'fakturera\\S{0,3}', 'skicka(?:r)? pengarna'],
    no: ['betal(?:e|er|t)', 'vippse\\S{0,2}', 'vippser', 'overfør\\S{0,2}', 'sett(?:e)? inn', 'fakturer\\S{0,3}', 'send(?:er)? pengene'],
    da: ['betal(?:e|er|t)?', 'overfør\\S{0,2}', 'sæt(?:te)? (?:\\S+ )?ind', 'fakturer\\S{0,3}', 'send(?:er)? pengene', 'mobilepay(?:e|er)'],
    fi: ['maksa\\S{0,4}', 'maksat', 'maksan', 'laskut\\S{0,4}', 'siirrä\\S{0,3}', 'lähetä rahat', 'laita rahat'],
    'is': ['borga\\S{0,3}', 'millifær\\S{0,4}', 'sendu (?:\\S+ )?pening\\S{0,4}', 'sendi þér reikning', 'greiða\\S{0,2}',
      'sen[dt]\\S{0,2} (?:\\S+ ){0,2}reikning\\S{0,3}'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'θα σε πληρώσω', 'πληρωμή', 'plirwse me', 'fizess', 'utald', 'പണം അയക്കാം', 'pay cheyyam',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'platit ću ti', 'uplati na račun', 'платићу', 'ödəyin', 'ödənişi', 'გადაიხადე', 'gadmomiricxe', 'ክፈለኝ', 'kifelegn',
    // Tamil, Telugu, Nigerian Pidgin.
    'pay pannunga', 'panam anuppunga', 'பணம் அனுப்புங்க', 'pay cheyyandi', 'dabbulu pampandi', 'డబ్బులు పంపండి', 'I go pay you',
    'make you send the money',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'โอนเงินมา', 'پرداخت کن', 'תשלם לי', 'плати ми', 'zaplaťte mi',
    
    'تدفعلي مباشرة', 'eza bt7awwelli direct',
    'te pago', 'o pagamento', 'je te paie', 'ich überweise', 'оплачу', 'payment kar dunga', 'bayad', 'bayar', 'الدفع', 'ödeme',
    'सीधे पेमेंट कर दो', 'थेट पैसे पाठवा', 'सिधै पैसा पठाउनुहोस्',
    'সরাসরি টাকা পাঠান',
    'Решту суми скиньте на монобанк',
    'réglez-moi plutôt par Wise',
    'Можете скинуть остаток на Тинькофф',
  ],
  counterExamples: [
    'पेड़', 'টাকার অংক'],
});

/** "Directly", "in hand", "on the side", per language. */
export const DIRECTLY = defineClass({
  name: 'DIRECTLY',
  doc: 'Directly, without the middleman, per language.',
  words: {
    lt: [
      'tiesiai', 'tiesiogiai', 'tarp musu',
    ],
    lv: [
      'tiesi', 'tiesa veida', 'starp mums',
    ],
    et: [
      'otse', 'omavahel', 'meie vahel',
    ],
    hy: ['ուղիղ', 'ուղղակիորեն', 'մեր միջև', 'uxix', 'ughigh'],
    uz: ['to[\'`]?g[\'`]?ridan-?to[\'`]?g[\'`]?ri', 'bevosita', 'o[\'`]?rtamizda', 'komissiya(?:si)?siz', 'foizi?siz', 'тўғридан-?тўғри', 'бевосита',
      'ўртамизда', 'комиссия(?:си)?сиз', 'фоизи?сиз'],
    kk: ['тікелей', 'арамызда', 'tikelei', 'комиссиясыз', 'пайыз(?:ын)?сыз'],
    ky: ['түз эле', 'түздөн-?түз', 'ортобузда', 'комиссиясыз'],
    tg: ['мустақим\\S{0,3}', 'бевосита', 'бе комиссия'],
    mn: ['шууд', 'хоорондоо', 'шимтгэлгүй'],
    sq: [
      'direkt', 'drejtperdrejt', 'mes nesh',
    ],
    sk: [
      'priamo', 'napriamo', 'medzi nami', 'bokom',
    ],
    mk: [
      'директно', 'меѓу нас', 'direktno',
    ],
    sl: [
      'direktno', 'neposredno', 'med nama',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: directly.
    km: [
      'ផ្ទាល់', 'phtal',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: directly, outside.
    my: [
      'တိုက်ရိုက်', 'အပြင်မှာ', 'tite yite',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): directly, from outside.
    kn: [
      'ನೇರವಾಗಿ', 'ಡೈರೆಕ್ಟ್ ಆಗಿ', 'ಹೊರಗಿನಿಂದ', 'neravagi', 'neravaagi', 'direct aagi', 'horaginda',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): directly, from outside.
    pa: [
      'ਸਿੱਧ(?:ਾ|ੇ|ੀ)', 'ਬਾਹਰੋਂ', 'سدھ(?:ا|ے|ی)', 'باہروں', 'sidh(?:a|e|i)', 'bahron',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): directly, from outside.
    gu: [
      'સીધું', 'સીધા', 'સીધી', 'ડાયરેક્ટ', 'બહારથી', 'sidhu', 'sidha', 'sidhi', 'bahar ?thi',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: directly, from outside.
    si: [
      'කෙලින්ම', 'කෙළින්ම', 'එළියෙන්', 'kelinma', 'eliyen',
    ],
    // Greek απευθείας, κατευθείαν, μεταξύ μας (and Greeklish); Hungarian közvetlenül, egymás között; Malayalam നേരിട്ട്, neritt.
    el: ['απευθεια[σς]', 'κατευθειαν', 'ιδιωτικα', 'στο χερι', 'μεταξυ μα[σς]', 'apeftheias', 'apeutheias', 'apeftheia', 'katefthian',
      'kateutheian', 'idiwtika', 'idiotika', 'metaxy mas', 'metaxi mas'],
    hu: ['kozvetlenul', 'kozvetlen', 'direktben', 'zsebbe', 'kezbe', 'egymas kozott', 'kettonk kozott', 'privatban', 'maganban'],
    ml: ['നേരിട്ട്', 'നേരിട്ടു', 'നേരെ', 'neritt\\S{0,3}', 'nerit\\S{0,3}', 'nerittu', 'direct aa?yi', 'direct ayittu'],
    // Croatian, Serbian and Bosnian 'direktno', 'izravno', 'među nama'; Azerbaijani 'birbaşa'; Georgian 'პირდაპირ'; Amharic 'በቀጥታ', 'በግል'.
    hr: ['direktno', 'izravno', 'medj?u nama', 'privatno'],
    sr: ['директно', 'између нас', 'приватно'],
    az: ['birbasa', 'ozumuz arasinda', 'aramizda'],
    ka: ['პირდაპირ', 'ჩვენს შორის', 'pirdapir', 'chvens shoris'],
    am: ['በቀጥታ', 'በግል', 'beqetta', 'beqeta', 'beketa', 'begil'],
    // Directly in Tamil (direct ah, neradiya, நேரடியா) and Telugu (direct ga, neruga, నేరుగా).
    ta: ['direct ?(?:ah|aa|aaga|aha)', 'neradiya(?:ga|va|a)?', 'நேரடியா\\S{0,3}', 'டைரக்ட்(?:டா| ஆ|ஆ)'],
    te: ['direct ?(?:ga|gaa)', 'neruga', 'nerugaa', 'నేరుగా', 'డైరెక్ట్ ?గా'],
    // Thai โดยตรง, Persian مستقیم (mostaghim), Hebrew ישירות, Bulgarian директно, Czech napřímo.
    th: ['โดยตรง', 'โอนตรง', 'จ่ายตรง'],
    fa: ['مستقیم\\S{0,2}', 'mosta(?:gh|q)im\\S{0,3}'],
    he: ['ישירות', 'ישיר(?:ה)?', 'ביד', 'מתחת לשולחן'],
    bg: ['директно', 'на ръка',
      'direktno', 'napravo',
    ],
    cs: ['napri?mo', 'primo (?:na ucet|mne|mi)', 'na ruku', 'bokem', 'mezi nami'],
    // Polish: directly, on the side, privately ("pracować bezpośrednio").
    pl: ['bezposredni\\S*', 'na boku', 'prywatnie', 'poza systemem', 'do reki', 'na reke', 'miedzy nami'],
    // Japanese and Swahili: directly.
    ja: ['直接'],
    sw: ['moja kwa moja'],
    en: ['directly', 'direct', 'privately', 'on the side', 'off the books', 'between us'],
    es: ['directo', 'directamente', 'por fuera', 'aparte', 'en privado',
      'direttamente', 'in privato', 'bezposrednio',
    ],
    pt: ['direto', 'diretamente', 'por fora', 'por fora do upwork', 'no privado'],
    fr: ['directement', 'en direct', 'en prive', 'de la main a la main'],
    de: ['direkt', 'privat', 'unter der hand'],
    ru: ['напрямую', 'напрямик', 'лично', 'на карту', 'мимо биржи'],
    uk: ['напряму', 'напряму?ю', 'особисто', 'на картку'],
    hi: [
      // Hindi: straight.
      'सीधे', 'सीधा', 'direct', 'seedha', 'sidha', 'seedhe', 'sidhe', 'direct mere',
      'bahar se', 'upwork ke bahar',
      'सीधे', 'सीधा', 'डायरेक्ट(?:ली)?', 'प्राइवेट(?:ली)?',
    ],
    ur: [
      // Urdu in its script: straight, direct.
      'سیدھا', 'سیدھے', 'ڈائریکٹ', 'براہ راست', 'direct', 'seedha', 'seedhe', 'direct mere',
      'bahar se', 'upwork ke bahar',
    ],
    tl: ['direkta', 'diretso', 'direct'],
    id: ['langsung', 'direct', 'pribadi'],
    ar: ['مباشرة', 'مباشر', 'مباشره',
      'direct', 'ma beina', 'ma benna', 'بيني وبينك',
      'دايركت', 'مباشرةً', '(?:من )?(?:ايدي|يدي) (?:لايدك|ليدك)',
    ],
    tr: [
      // Turkish: directly, between us.
      'direk(?:t|ten)?', 'dogrudan', 'elden', 'arada', 'aramizda',
      'direkt', 'dogrudan', 'elden', 'direk'],
    nl: ['rechtstreeks', 'onderling', 'zonder tussenkomst', 'buiten het platform om'],
    ro: ['direct (?:intre noi|pe card|in cont|mie|la mine)', 'intre noi', 'pe card', 'in contul (?:meu|tau|personal)'],
    ms: ['terus (?:ke|masuk|kat) (?:akaun|saya|i)', 'direct (?:ke|kat) (?:saya|i|akaun)'],
    ko: ['직접', '개인 ?계좌', '직거래', '따로'],
    zh: ['直接', '私下'],
    // "chuyển khoản thẳng vào Vietcombank" (straight into the bank; not "tháng", a month, which folds to the same letters before "cho").
    // Not after a verb of seeing, showing, meeting or calling: "demo lỗi thanh toán cho anh xem trực tiếp" is watched live (round 29).
    vi: ['(?<!(?:xem|coi|gap|goi|hop|demo|phat|thay|chi|huong dan) )truc tiep', 'rieng', 'thang vao'],
    // Directly: Marathi थेट, Nepali सिधै, Bengali সরাসরি.
    mr: [
      // Marathi: directly.
      'थेट',
      'थेट', 'डायरेक्ट(?:ली)?'],
    ne: [
      'सिधै', 'सिधा', 'डाइरेक्ट(?:ली)?'],
    bn: [
      // Banglish "directly" (English "direct" is read by the English list).
      'sorasori', 'shorasori',
      'সরাসরি', 'ডাইরেক্ট(?:লি)?', 'ডিরেক্ট(?:লি)?'],
    ha: ['kai tsaye', 'kai-tsaye', 'tsakaninmu'],
    yo: ['taara', 'laarin (?:wa|awa meji)'],
    ig: ['kpomkwem', 'n\'aka n\'aka', 'n\'etiti anyi'],
    so: ['si toos ah'],
    mg: ['mivantana'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['direkt', 'mellan oss', 'privat'],
    no: ['direkte', 'oss imellom', 'privat'],
    da: ['direkte', 'mellem os', 'privat'],
    fi: ['suoraan', 'meidän kesken', 'keskenämme'],
    'is': ['beint', 'okkar á milli'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'απευθείας', 'apeftheias', 'közvetlenül', 'നേരിട്ട്', 'nerittu',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'direktno', 'директно', 'birbaşa', 'პირდაპირ', 'በቀጥታ',
    // Tamil, Telugu, Nigerian Pidgin.
    'direct ah', 'நேரடியாக', 'direct ga', 'నేరుగా',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'จ่ายโดยตรง', 'مستقیم', 'ישירות', 'директно', 'napřímo',
    'pagar directamente', 'pago direto', 'paiement directement', 'напрямую', 'seedha', 'langsung', 'مباشرة', 'doğrudan',
    'सीधे पेमेंट', 'थेट पैसे', 'सिधै पैसा', 'সরাসরি টাকা'],
  counterExamples: ['primo ministro',
    'सीढ़ी', 'থেকে'],
});

/** Fees, commissions, the platform's cut. */
export const FEE = defineClass({
  name: 'FEE',
  doc: "Upwork's fee, commission or cut, per language.",
  words: {
    lt: [
      'mokest\\S{0,4}', 'komisin\\S{0,4}',
    ],
    lv: [
      'komisij\\S{0,4}', 'komisijas maks\\S{0,2}',
    ],
    et: [
      'vahendustasu\\S{0,2}', 'komisjon\\S{0,3}', 'teenustasu\\S{0,2}', 'tasu(?:d|t|dest)?',
    ],
    hy: ['միջնորդավճար\\S{0,4}', 'կոմիսիա\\S{0,3}', '(?:upwork|ափվորք)\\S{0,4} տոկոս\\S{0,3}', 'komisia\\S{0,3}', 'komissia\\S{0,3}', 'mijnordavchar\\S{0,3}'],
    uz: ['komissiya(?!\\S{0,2}siz)\\S{0,4}', '(?:upwork|apvork)\\S{0,4} foiz\\S{0,4}', '(?:апворк|upwork)\\S{0,4} фоиз\\S{0,4}'],
    kk: ['(?:апворк|upwork)\\S{0,4} пайыз\\S{0,4}'],
    ky: ['(?:апворк|upwork)\\S{0,4} пайыз\\S{0,4}'],
    tg: ['фоиз\\S{0,4}'],
    mn: ['шимтгэл(?!гүй)\\S{0,5}', 'хураамж\\S{0,4}'],
    sq: [
      'komision\\S{0,3}', 'tarif\\S{0,3} (?:e|te) upwork\\S{0,4}',
    ],
    sk: [
      'poplat\\S{0,4}', 'proviz\\S{0,3}',
    ],
    mk: [
      'провизиј\\S{0,2}', 'provizij\\S{0,2}', 'такс(?:а|и|ата)',
    ],
    sl: [
      'provizij\\S{0,2}', 'upworkov\\S{0,2} provizij\\S{0,2}', 'stroskov\\S{0,2} (?:upworka|platforme)',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: the fee, the commission.
    km: [
      'កម្រៃ\\S{0,6}', 'ថ្លៃសេវា',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: the commission, the fee.
    my: [
      'ကော်မရှင်', 'ဝန်ဆောင်ခ', 'fee ?မ', 'ကြေး',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): the fee, the commission.
    kn: [
      'ಫೀ', 'ಫೀಸ್', 'ಕಮಿಷನ್\\S{0,3}', 'fee(?= illade)', 'commission(?= ulis)',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): the fee, the commission.
    pa: [
      'ਫੀਸ\\S{0,3}', 'ਕਮਿਸ਼ਨ\\S{0,3}', 'فیس', 'کمیشن', 'fee(?= ton bina| bacha)', 'commission(?= bacha)',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): the fee, the commission.
    gu: [
      'ફી', 'ફીસ', 'કમિશન\\S{0,3}', 'ચાર્જ\\S{0,3}', 'fee(?= (?:vagar|bachav))', 'commission(?= (?:bachav|vagar))',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: the fee, the commission.
    si: [
      'ෆීස්\\S{0,4}', 'කොමිස්\\S{0,4}', 'ගාස්තුව\\S{0,3}', 'ගාස්තු', '(?:fee|fees|commission) (?:eka|nathuwa)', 'commission',
    ],
    // Greek προμήθεια and the platform's charge (not 'χωρίς χρέωση', free of charge); Hungarian jutalék and the platform's fee (not 'díj nélkül');
    // Malayalam കമ്മീഷൻ, ഫീസ്, and a fee in Latin letters before a Manglish 'without'.
    el: ['προμηθει\\S{0,3}', '(?:χρεωσ|κρατησ)\\S{0,3} (?:του upwork|τη[σς] πλατφορμα[σς])',
      'τελ(?:η|ο[σς]) (?:του upwork|τη[σς] πλατφορμα[σς]|υπηρεσια[σς])', 'ποσοστο (?:του upwork|τη[σς] πλατφορμα[σς])',
      'pro?mithei?a', 'promitheies'],
    hu: ['jutalek\\S{0,4}', 'upwork\\S{0,4} dij\\S{0,4}', 'platform ?dij\\S{0,4}', 'szolgaltatasi dij\\S{0,4}', 'kezelesi dij\\S{0,4}', 'levonas\\S{0,4}', 'upwork\\S{0,4} (?:resze|levonasa)'],
    ml: ['കമ്മീഷ\\S{0,6}', 'കമ്മിഷ\\S{0,6}', 'ഫീസ\\S{0,4}', 'ഫീസ്', 'commission(?:um|o|il)',
      'fees?(?= (?:illathe|kodukkanda|kodukkenda|ozhivaakk|ozhivakk|labhikk))'],
    // Croatian, Serbian and Bosnian 'provizija' and Upwork's 'naknada' (not 'bez naknade', free of charge); Azerbaijani 'komissiya' (komissiyasız too) and Upwork's share;
    // Georgian 'საკომისიო'; Amharic 'ኮሚሽን' and Upwork's charge.
    hr: ['provizij\\S{0,2}', 'naknad(?:a|u|e) (?:upworka|platforme)', 'upwork\\S{0,3} (?:provizij|naknad)\\S{0,2}', 'postotak (?:upworka|platforme)'],
    sr: ['провизиј\\S{0,2}', 'накнад\\S{0,2} (?:упворка|upworka|платформе)'],
    az: [
      // "upwork faiz tutur".
      'faiz\\S{0,4}', 'upwork\\S{0,4} (?:faiz|pul|komissiya)\\S{0,3} (?:tutur|alir|kesir)', 'komissiya\\S{0,5}', 'upwork\\S{0,4} (?:faizi|haqqi|payi)'],
    ka: ['საკომისიო\\S{0,3}', 'კომისი(?:ა|ის|ებ)\\S{0,3}', 'upwork-?ის (?:პროცენტ|საკომისიო)\\S{0,3}',
      'sakomisio\\S{0,3}', 'komisi(?:a|is|ebi)'],
    am: ['ኮሚሽ[\\u1290-\\u1297]\\S{0,2}', 'የ ?(?:upwork|አፕወርክ) ክፍያ', 'komishin'],
    // Tamil and Telugu fees and commission in their scripts, and a fee in Latin letters before their 'without'; Nigerian Pidgin 'the charges wey Upwork dey collect'.
    ta: ['கமிஷன்\\S{0,3}', 'ஃபீஸ்\\S{0,3}', 'பீஸ்\\S{0,3}', 'கட்டணம்\\S{0,3}', 'fees?(?= (?:illama|illaama|kattama|kattaama|kudukkama))',
      'commission(?:u|ah)'],
    te: ['కమిషన్\\S{0,3}', 'ఫీజు\\S{0,3}', 'ఫీ(?= లేకుండా)', 'రుసుము', 'fees?(?= (?:lekunda|kattakunda|ivvakunda))'],
    pcm: ['(?:the |d )?(?:charges|money|cut|percent|percentage) wey upwork (?:dey |go )?(?:collect|take|chop|remove|deduct|cut)\\S{0,2}'],
    // Thai, Persian, Hebrew, Bulgarian and Czech words for the fee or commission.
    th: ['(?:upwork ?)?หัก(?:เยอะ|ค่า|\\d+ ?%)', 'ค่าธรรมเนียม', 'ค่าคอม(?:มิชชั่น)?'],
    fa: ['کمیسیون', 'کارمزد', 'commission', 'komision', 'karmozd'],
    he: ['(?:ה)?עמל(?:ה|ות)'],
    bg: ['комисион\\S{0,3}', 'такс(?:а|и|ата|ите)'],
    cs: ['poplat\\S{0,4}', 'proviz\\S{0,3}'],
    // Polish: commission (prowizja), service fees, the percentage Upwork takes ("te 10%", "ominiemy fee").
    pl: ['prowizj\\S*', 'oplat\\S* (?:serwisow\\S*|platformy|upwork\\S*|za (?:serwis|platforme))', 'oplat\\S*', 'procent\\S*', 'te [1-9]\\d? ?%', '[1-9]\\d? ?% (?:prowizji|dla upwork\\S*|upworkowi)',
      'haracz\\S*', 'upwork (?:bierze|zabiera|zdziera|obcina|skubie|kosi)\\S*', '(?:zabieraj|zdzieraj|bior)\\S* (?:kase|prowizj\\S*|procent\\S*|\\d+ ?%|tyle)'],
    // Japanese and Swahili: the fee, the commission, the deductions.
    ja: ['手数料', 'システム利用料', '中抜き', 'マージン'],
    sw: ['makato', 'kamisheni', 'ada ya upwork', 'asilimia'],
    en: ['fees?', 'commissions?', 'cut', 'percentage', 'service charge', 'platform charge', '(?:5|10|20)\\s?%', 'middle ?man'],
    es: ['comision(?:es)?', 'tarifa', 'cargo', 'porcentaje', 'se queda con (?:demasiado|mucho|tanto|una parte|un \\d+ ?%|el \\d+ ?%)',
      '(?:el )?\\d{1,2} ?% (?:a |de |para )?(?:la plataforma|upwork)',
      'commissione', 'commissioni', 'le fee', 'percentuale', 'prowizj[aeiy]',
    ],
    pt: ['taxas?', 'comissao', 'comissoes', 'porcentagem', 'intermediario'],
    fr: ['frais', 'commission', 'pourcentage'],
    de: ['gebuhr(?:en)?', 'provision', 'prozente',
      '(?:die )?\\d{1,2} ?% (?:an |fur )?(?:die plattform|upwork)',
    ],
    ru: ['комисси[яюи]', 'процент[ыа]?'],
    uk: ['комісі[яюї]', 'відсот[ок]?к?и?', 'відсотк\\S*', 'частк\\S*'],
    hi: ['fees?', 'commission', 'charges?', 'cut', 'katoti',
      '(?<!कोई |किसी |एक्स्ट्रा |अतिरिक्त |कोणतीही |कोणती |जास्त |कुनै |थप )(?:फीस|' +
      'फ़ीस)',
      'कमीशन', 'कमिशन', 'कटौती', '(?:अपवर्क|upwork) (?:की )?(?:फी|चार्ज)'],
    ur: [
      // Urdu in its script: the fee (not Facebook's "فیس بک"), the commission, a percentage.
      'فیس(?! ?بک)', 'کمیشن', 'کٹوتی', '\\d+ ?فیصد', '(?:بیس|دس|پانچ) فیصد', 'fees?', 'commission', 'charges?', 'cut', 'katoti'],
    tl: ['fee', 'kaltas', 'bawas', 'komisyon',
      'service fee', 'fees',
    ],
    // Javanese "potongane" (its cut).
    id: ['potongan', 'potongane', 'biaya', 'fee', 'komisi'],
    ar: ['عمولة', 'العمولة', 'الرسوم', 'رسوم', 'النسبة', '3omola',
      'nesba', 'nesbet\\S*', '3omola', 'el fees', 'l3omola',
      // The commission: "العمولة", "عمولتهم", "3mola", Maghreb "frais".
      '(?:ال|ب|و|ل|بال|وال)?عمول[ةه]', 'عمولت(?:هم|ها|ه)', '(?:ال)?كوميشن', 'الفيز', '(?:el |l)?(?:3omola|3mola|3amola|3umula|3omoula|3moula)', 'frais',
    ],
    tr: [
      // Turkish: the fee, "Upwork eats half of it", a percentage ("%10").
      'yarisini yiyor', 'upwork (?:\\S+ )?(?:yiyor|kesiyor|aliyor)', '%\\s?[1-9]\\d?(?!\\d)', 'komisyon\\S*', 'kesinti\\S*',
      'komisyon', 'kesinti', 'ucret', 'yuzde', 'komisyon\\S*',
      'kesinti\\S*',
    ],
    nl: ['servicekosten', 'kosten van upwork', 'upwork-?kosten', 'commissie', 'die 10%', 'die 20%'],
    ro: ['comision(?:ul)?', 'taxa (?:upwork|platformei)', 'taxele (?:upwork|platformei)'],
    ms: ['caj', 'komisen', 'potongan upwork', 'fee upwork'],
    ko: ['수수료'],
    zh: ['手续费', '手續費', '抽成', '抽佣', '佣金', '服务费', '服務費', '平台费', '抽水', '抽那么多', 'upwork ?fee'],
    // "phí" folds to "phi" (also "dân Phi", Filipinos: the frames need a word of avoiding within 30 characters).
    vi: ['phi(?: dich vu| nen tang| san| upwork)?', 'hoa hong'],
    // The fee or commission: Marathi (फी, कमिशन), Nepali (शुल्क, कमिसन), Bengali (ফি, কমিশন); not 'no extra fee' (free of charge).
    mr: [
      '(?<!कोई |किसी |एक्स्ट्रा |अतिरिक्त |कोणतीही |कोणती |जास्त |कुनै |थप )(?:फी|फीस)',
      'कमिशन', 'कमीशन'],
    ne: [
      '(?<!कोई |किसी |एक्स्ट्रा |अतिरिक्त |कोणतीही |कोणती |जास्त |कुनै |थप )(?:शुल्क|' +
      'फी)',
      'कमिसन', 'कमिशन'],
    bn: [
      '(?<!কোনো |কোন |অতিরিক্ত |বাড়তি |এক্সট্রা )(?:ফি|ফিস)', 'কমিশন'],
    ha: ['kudin upwork\\S{0,4}', 'cajin upwork\\S{0,4}', 'kason upwork\\S{0,4}', 'harajin upwork\\S{0,4}', 'kudin (?:sabis|aiki) na upwork\\S{0,4}', 'kwamishan\\S{0,3}'],
    yo: ['owo upwork\\S{0,4}', 'owo ti upwork (?:n )?gba', 'ida upwork\\S{0,4}'],
    ig: ['ego upwork(?: na-ewe| na-ebu)?', 'ugwo upwork\\S{0,4}'],
    so: ['khidmad(?:da)?(?: upwork)?', 'qayb(?:ta)? upwork', 'upwork (?:aanay )?qayb'],
    mg: ['saram-pandraharahan\'?ny upwork', 'sara(?:n\'?ny)? upwork', 'anjara(?:n\'?ny)? upwork', 'komisiona'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['avgift\\S{0,4}', 'provision\\S{0,3}', 'deras (?:andel|del)', 'upworks (?:avgift|andel|del)'],
    no: ['gebyr\\S{0,4}', 'avgift\\S{0,4}', 'provisjon\\S{0,3}'],
    da: ['gebyr\\S{0,4}', 'provision\\S{0,3}', 'afgift\\S{0,4}'],
    fi: ['palkkio\\S{0,4}', 'välityspalkkio\\S{0,4}', 'provisio\\S{0,3}', 'upwork\\S{0,4} osuu\\S{0,3}'],
    'is': ['gjald\\S{0,4}', 'þóknun\\S{0,3}'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'προμήθεια', 'τη χρέωση της πλατφόρμας', 'jutalék', 'Upwork díj', 'കമ്മീഷൻ', 'fee illathe',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'provizija', 'провизију', 'komissiyası', 'საკომისიო', 'ኮሚሽን',
    // Tamil, Telugu, Nigerian Pidgin.
    'கமிஷன்', 'fees illama', 'కమిషన్', 'fee lekunda', 'the charges wey Upwork dey collect',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'ค่าธรรมเนียม', 'کمیسیون', 'העמלה', 'комисионна', 'bez poplatku',
    'the fee', 'la comisión', 'a taxa', 'les frais', 'die Gebühren', 'комиссию', 'potongan', 'العمولة', 'komisyon',
    'फीस बचाने के लिए', 'कमिशन न देता', 'कमिसन बच्छ', 'কমিশন লাগবে না'],
  counterExamples: [
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'bez naknade', 'naknada za prijevoz',
    'χωρίς χρέωση', 'díj nélkül',
    'कोई फीस नहीं', 'কোনো ফি ছাড়া',
  ],
});

/** Avoiding or saving: "to avoid", "without", "без". */
export const AVOID = defineClass({
  name: 'AVOID',
  doc: 'Avoiding, saving or escaping a cost, per language.',
  words: {
    lt: [
      // Not English "be": Lithuanian "be" (without) only before a fee word ("be Upwork mokesčio").
      'be(?= (?:upwork\\S{0,3} )?(?:mokest|mokesc|komisin))', 'isvengt\\S{0,3}', 'isvengs\\S{0,4}', 'sutaupy\\S{0,5}', 'apeit\\S{0,2}', 'nenuskait\\S{0,4}',
    ],
    lv: [
      'bez', 'izvair\\S{0,6}', 'ietaup\\S{0,5}', 'apiet',
    ],
    et: [
      'ilma', 'valti\\S{0,4}', 'saast\\S{0,4}', 'hoi(?:a|ame|da)', 'vald(?:ime|ida|in)', 'ei votaks',
    ],
    hy: ['առանց', 'կխուսափենք', 'խուսափենք', 'կխնայենք', 'խնայենք', 'չվճարենք', 'aranc', 'kxnayenq', 'xnayenq', 'chvcharenq', 'chenq tali'],
    uz: ['to[\'`]?lamaymiz', 'to[\'`]?lamaslik', 'tejaymiz', 'tejab', 'chetlab o[\'`]?tamiz', 'bo[\'`]?lmaydi', 'тўламаймиз', 'тежаймиз', 'четлаб ўтамиз',
      'бўлмайди'],
    kk: ['төлемейміз', 'үнемдейміз', 'айналып өтеміз', 'болмайды'],
    ky: ['төлөбөйбүз', 'үнөмдөйбүз', 'айланып өтөбүз'],
    tg: ['намедиҳем', 'сарфа мекунем'],
    mn: ['төлөхгүй', 'хэмнэнэ', 'тойрч'],
    sq: [
      'pa(?= (?:komision|tarif|provizion|upwork|platform))', 'shmang\\S{0,4}', 'kursej\\S{0,4}', 'te mos (?:i )?(?:japim|paguajme)',
    ],
    sk: [
      'bez', 'vyhn\\S{0,5}', 'usetr\\S{0,4}', 'obist', 'obideme',
    ],
    mk: [
      'без', 'bez', 'да не (?:му )?(?:даваме|плаќаме|платиме)', 'да избегнеме', 'заобиколиме',
    ],
    sl: [
      'brez', 'izogn\\S{0,5}', 'prihrani\\S{0,4}', '(?:da )?ne placava',
    ],
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: so that it is not taken, to avoid it.
    km: [
      'កុំឲ្យកាត់', 'ចៀស', 'មិនបាច់បង់',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: so as not to pay it, to save it.
    my: [
      'မပေးရအောင်', 'မပေးချင်', 'မပေးရ', 'သက်သာ', 'ချွေတာ',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): without it, to save it.
    kn: [
      'ಇಲ್ಲದೆ', 'ಉಳಿಸಲು', 'ಉಳಿಯುತ್ತೆ', 'ಬೇಡ', 'illade', 'ulisalu', 'uliyutte',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): without it, to save it.
    pa: [
      'ਤੋਂ ਬਿਨਾਂ', 'ਬਿਨਾਂ', 'ਬਚਾਉਣ', 'ਬਚ ਜਾਊ', 'توں بغیر', 'بغیر', 'بچان', 'ton bina', 'bachaun', 'bach jau',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): without it, to save it.
    gu: [
      'વગર', 'બચાવવા', 'બચાવી\\S{0,4}', 'બચી જશે', 'vagar', 'bachava', 'bachavi\\S{0,4}', 'bachi jashe',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: without it, to save it.
    si: [
      'නැතුව', 'නැතිව', 'ඉතුරු කරගන්න', 'ඉතිරි කරගන්න', 'බේරගන්න', 'අඩු කරගන්න', 'nathuwa',
      'nathiwa', 'beraganna', 'ithuru karaganna',
    ],
    // Greek χωρίς, να γλιτώσουμε, να αποφύγουμε (and Greeklish); Hungarian nélkül, megspórol, elkerül; Malayalam ഇല്ലാതെ,
    // ഒഴിവാക്കാം, kodukkanda.
    el: ['χωρι[σς]', 'να (?:γλιτωσουμε|γλυτωσουμε|αποφυγουμε|κερδισουμε)', 'γλιτων\\S{0,4}', 'γλυτων\\S{0,4}',
      'αποφυγ\\S{0,5}', 'να μην (?:πληρωσ\\S{0,4}|δωσουμε)', 'xwris', 'xoris',
      'na min (?:plirwsoume|plirosoume|dwsoume|dosoume)', 'na (?:glitwsoume|glitosoume|glytosoume|apofygoume|apofigoume)'],
    hu: ['nelkul', 'megsporol\\S{0,4}', 'sporol\\S{0,4}', 'elkerul\\S{0,4}', 'kikerul\\S{0,4}', 'megkerul\\S{0,4}', 'ne (?:kelljen )?fizet\\S{0,4}', 'ne vonjanak le'],
    // "ഒഴിവാക്കാമല്ലോ" (we can skip it, you see): Malayalam verb endings run to six letters and more (round twenty-four).
    ml: ['ഇല്ലാതെ', 'ഒഴിവാക്ക\\S{0,8}', 'ലാഭിക്ക\\S{0,4}', 'കൊടുക്കണ്ട', 'കൊടുക്കേണ്ട', 'illathe',
      'ozhivaakk\\S{0,4}', 'ozhivakk\\S{0,4}', 'labhikk\\S{0,4}', 'kodukkanda', 'kodukkenda'],
    // Croatian, Serbian and Bosnian 'bez', izbjeći, uštedjeti, zaobići; Azerbaijani 'komissiyasız', 'olmadan', 'qənaət'; Georgian 'გარეშე', 'რომ არ
    // გადავიხადოთ';
    // Amharic 'ያለ', 'ላለመክፈል'.
    hr: [
      'izbjegava\\S{0,4}', 'izbegava\\S{0,4}',
      'bez', 'izbje(?:c|g)\\S{0,4}', 'izbe(?:c|g)\\S{0,4}', 'usted(?:jeti|eti|imo|jet cemo)', 'zaobi(?:dj|d|c)\\S{0,4}', '(?:da )?ne (?:placamo|platimo|dajemo)'],
    sr: [
      'избегава\\S{0,4}', 'избјегава\\S{0,4}',
      'без', 'избећи', 'избегн\\S{0,4}', 'уштед\\S{0,4}', 'заобиђ\\S{0,4}', '(?:да )?не (?:плаћамо|платимо|дајемо)'],
    az: [
      // Escaping the fee ("komissiyadan qaçmaq").
      'qac(?:maq|aq|iriq|anda)', 'yayin(?:maq|aq)', 'komissiya(?:siz)', 'olmadan', 'qenaet\\S{0,4}', 'odemeyek', 'vermeyek', 'qacaq', 'yayinaq'],
    ka: ['გარეშე', 'ავარიდოთ', 'რომ არ გადავიხადოთ', 'დავზოგოთ', 'gareshe', 'avaridot', 'davzogot'],
    am: ['ያለ', 'ሳንከፍል', 'ላለመክፈል', 'sanikefil', 'lalemekfel'],
    // Without or saving the fee: Tamil illama, kattama, தவிர்க்க; Telugu lekunda, తప్పించు; Nigerian Pidgin 'make we no pay', 'make Upwork no collect'.
    ta: [
      // Tamil: the fee saved.
      'மிச்சம்', 'micham', 'illama', 'illaama', 'kattama', 'kattaama', 'kudukkama', 'kudukaama', 'save (?:pannalam|panlam|aagum)', 'thavirkkalam', 'இல்லாம\\S{0,2}',
      'கட்டாம',
      'கொடுக்காம', 'தவிர்க்க\\S{0,4}', 'மிச்சம் (?:பண்ணலாம்|ஆகும்)'],
    te: [
      // Telugu: the fee saved.
      'మిగులుతుంది', 'migulutundi', 'lekunda', 'lekundaa', 'kattakunda', 'ivvakunda', 'tappinchu\\S{0,6}', 'save (?:cheddam|avutundi|cheyochu)', 'లేకుండా',
      'కట్టకుండా',
      'ఇవ్వకుండా', 'తప్పించు\\S{0,6}', 'మిగులుతుంది'],
    pcm: ['make we no (?:pay|give)', 'so (?:that )?we no (?:go )?pay', 'make upwork no (?:collect|take|chop|remove|deduct|cut)'],
    // Thai, Persian, Hebrew, Bulgarian and Czech ways to say 'without' or 'save' the fee.
    th: ['ไม่(?:ต้อง)?เสีย', 'เลี่ยง', 'ประหยัด'],
    fa: ['ندیم', 'نپردازیم', 'دور بزنیم', 'nadim', 'dor bezanim'],
    he: ['בלי', '(?:ו)?נחסוך', 'לחסוך', 'לעקוף'],
    bg: ['без', 'да спестим', 'спестяваме', 'да избегнем', 'заобиколим',
      'bez',
    ],
    cs: ['bez', 'usetr\\S{0,4}', 'vyhn\\S{0,5}', 'obejit', 'obejdeme'],
    // Polish: skip, avoid, save on the fee ("ominiemy fee", "z pominięciem opłat", "zaoszczędzimy oboje").
    pl: ['omin\\S*', 'omij\\S*', 'pomin\\S*', 'unikn\\S*', 'uniknac', 'zaoszczedz\\S*', 'oszczedz\\S*',
      'nie plac(?:ic|imy)', 'obejsc', 'obejdziemy', 'zostanie (?:nam )?w kieszeni'],
    // Japanese: no fee charged, a waste, saved; Swahili: without, avoid, save.
    ja: ['かからない', 'かからへん', 'もったいない', '節約', '浮く', '浮かせ', '取られ', '払わなくて', '省け', '避け', '安く'],
    // "hakuna haja ya kupitia Upwork na makato yao" (no need to go through Upwork and its cut).
    sw: ['bila (?:makato|kamisheni|kulipa)', 'hakuna haja ya (?:kupitia|kutumia) (?:upwork|hapa)', 'kuepuka', 'tuepuke', 'kuokoa', 'tuokoe', 'wanakula'],
    en: ['avoid', 'avoiding', 'skip', 'skipping', 'save', 'saving', 'dodge', 'bypass', 'get around', 'without', 'no more', 'cut out', 'lose'],
    // Not "sin contar la comisión" (not counting the fee: a cost added up, not avoided).
    // Spanish 'sin' (without), not Norwegian 'Upwork sin provisjon' (Upwork's commission; round twenty-seven).
    es: ['evitar', 'evitamos', 'ahorrar', 'ahorramos', 'ahorrarnos', 'nos ahorramos', '(?<!upwork )sin(?! contar)', 'no pagar', 'no pagamos', 'perder', 'pierdes', 'perdemos',
      'no le (?:regalamos|damos|pagamos)', 'regalarle', 'regalamos',
      // Italian and Polish (no 'it' or 'pl' in LANGUAGES yet); "senza" and "bez" only with the fee itself ("senza problemi" is not one).
      'risparmi\\S*', 'senza(?= (?:la |le |alcuna )?(?:commission|fee))', 'evitare', 'non paghi', 'non paghiamo',
      'bez(?= (?:prowizj|oplat))', 'zaoszczedz\\S*', 'uniknac', 'unikniemy',
    ],
    pt: ['evitar', 'evitamos', 'evita', 'evitando', 'economizar', 'economizamos', 'sem', 'fugir', 'nao pagar', 'perder', 'perde'],
    fr: ['eviter', 'evitons', 'economiser', 'economisons', 'sans', 'echapper',
      'evite', 'evites',
    ],
    de: ['sparen', 'sparen uns', 'vermeiden', 'ohne', 'umgehen', 'umgehen wir'],
    ru: ['без', 'избежать', 'сэкономить', 'экономить', 'не платить'],
    uk: ['без', 'уникнути', 'зекономити', 'не платити'],
    hi: [
      // Hindi: to save it, what need to pay it.
      'बचाने', 'बच जाएगी', 'बच जाएगा', 'देने की (?:क्या )?(?:जरूरत|ज़रूरत)', 'bachane', 'bach(?:a|e|egi|ega|ayenge)?',
      'bachao', 'bina', 'nahi dena',
      'बचाने', 'बचा(?:एं|ओ|ना|लो|लेंगे|एंगे|ते हैं)', 'बचेगी', 'बचेगा', 'बचेंगे', 'के बिना',
      'नहीं (?:देनी|देना) (?:पड़ेगी|पड़ेगा|होगी|होगा)'],
    ur: [
      // Urdu in its script: to save it, without it, what need to pay it.
      'بچانے', 'بچ جائے', 'کے بغیر', 'بغیر', 'دینے کی (?:کیا )?ضرورت', 'bachane', 'bach(?:a|e|egi|ega)?', 'baghair', 'bina'],
    tl: ['iwas', 'iwasan', 'tipid', 'makatipid', 'walang'],
    id: ['hemat', 'tanpa', 'menghindari', 'ngindarin', 'biar gak kena', 'biar ga kena', 'gak kena', 'ga kena', 'gak kepotong', 'ga kepotong', 'tanpa potongan', 'gak ada potongan'],
    ar: ['بدون', 'تجنب', 'نوفر', 'توفير', 'بلا', 'بدل', 'اوفر', 'ne5las mn',
      'badal ma', 'bdal ma', 'نخفف', 'تخفيف', 'mafi 7aga', 'mafish',
      'نتجنب', 'نتفادى', 'عشان نوفر',
      'arkhas men', 'ar5as men', 'arkhas mn', 'ارخص من', 'أرخص من',
      'nensa', 'ننسى', 'nwaffar', 'nwafar', 'nwaffer', 'نوفر',
      // "هنوفر العمولة", "ما رح ندفع عمولة", Arabizi "bdoun 3omola", Algerian "bla frais".
      '(?:و|ف)?(?:ه|ح|ب)?(?:ن|ت)وفر\\S*', 'من غير', 'بلاش', 'ما (?:رح |راح |ح|ه)?(?:ن|ت|ا)دفع', 'مش (?:ه|ح)?(?:ن|ت)دفع',
      '(?:bdoun|bedoon|bdun|bedun|bidoon|bdoon)',
      'bla(?= (?:frais|3omola|3mola|l?3mola))', '(?:ha|b|bn|n)?n?waf+[ae]r\\w*', 'ma (?:ra7 |ha)?n(?:e|a)?df(?:a)?3',
    ],
    tr: [
      // Turkish: we both gain, no cut, no commission ("ikimiz de %10 kazanırız").
      'kazaniriz', 'kar ederiz', 'cebimizde kalir', 'kesinti olmaz', 'komisyon(?:suz| yok| vermeyiz| odemeyiz)',
      'kurtul\\S*', 'kacin\\S*', 'olmadan', 'kesilmeden', 'tasarruf', 'odemeden', 'vermeyelim', 'odemeyiz', 'ugrasmayalim',
      'kalmaz', 'kalmasin', 'vermeyiz',
      'odemeyelim', 'odemeyelim',
      'olmasin', 'olmaz',
    ],
    nl: ['ontlopen', 'scheelt', 'scheelt', 'besparen', 'zonder', 'vermijden', 'omzeilen', 'belachelijk'],
    ro: ['(?:ca )?sa nu (?:mai )?(?:dam|platim|pierdem)', 'fara', 'nu mai platim', 'scapam de', 'economisim', 'evitam'],
    ms: ['jimat', 'elak', 'tak (?:payah|perlu) bayar', 'tanpa'],
    ko: ['아끼', '아까', '절약', '안 ?내', '빼드', '없으니'],
    zh: ['省', '慳', '免', '避开', '少交', '划算', '不用给', '唔使', '少收'],
    vi: ['tiet kiem', 'khoi', '(?:do|khong|ko) mat', 'mat(?= phi)', 'do(?= phi)', 'tranh', 'xot'],
    // Avoiding or saving it: Marathi (वाचेल, न देता), Nepali (बच्छ, नतिरी), Bengali (বাঁচাতে, লাগবে না).
    mr: [
      // Marathi: what need to pay it.
      'द्यायची (?:काय )?गरज', 'गरज नाही',
      'वाचेल', 'वाचतील', 'वाचवू', 'वाचवा', 'वाचवायला', 'वाचवण्यासाठी', 'न देता', 'शिवाय'],
    ne: [
      'बच्छ', 'बच्नेछ', 'बचाउन', 'बचाऔं', 'बचाउँ', 'नतिरी', 'नतिर्ने', 'तिर्नु पर्दैन'],
    bn: [
      // Banglish: to save the fee, no need to pay it.
      'bachate', 'bachabe', 'bachano', 'lagbe na', 'dite hobe na', '(?:deyar|dewar|deoar|katar) dorkar (?:nai|nei)',
      // Round twenty-five: "no need to pay it" ("কমিশন দেওয়ার দরকার নাই").
      '(?:দেওয়ার|দেয়ার|কাটার|দেবার) দরকার (?:নাই|নেই)',
      'বাঁচাতে', 'বাঁচবে', 'বাঁচানোর', 'বাঁচাই', 'ছাড়া', 'লাগবে না', 'দিতে হবে না',
      'এড়াতে', 'এড়িয়ে'],
    ha: ['(?:mu )?guji', 'kauce wa', 'kaucewa', 'mu tsallake', 'ba za mu biya', 'don kada mu biya'],
    yo: ['yera fun', 'yago fun', 'ka ma san', 'ki a ma san'],
    ig: ['(?:ka anyi )?zere', 'izere'],
    so: ['ka fogaa?n(?:n)?o', 'iska ilaalino', 'aanay (?:qayb )?(?:uga )?qaadan'],
    mg: ['hialana', 'hisorohana', 'tsy haka anjara'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['slipp\\S{0,3}', 'spar(?:a|ar)', 'undvik\\S{0,3}', 'utan', 'gå förbi'],
    no: ['slipp\\S{0,3}', 'sparer', 'spare oss', 'unngå\\S{0,2}', 'uten'],
    da: ['slipp\\S{0,3}', 'sparer', 'spare os', 'undgå\\S{0,2}', 'uden'],
    fi: ['säästetään', 'säästä\\S{0,4}', 'välttää', 'vältetään', 'ilman', 'ei tarvitse maksaa'],
    'is': ['sleppum', 'spörum', 'spara', 'forðast'],
  },
  examples: [
    // Greek, Hungarian, Malayalam.
    'χωρίς την προμήθεια', 'να γλιτώσουμε', 'jutalék nélkül', 'megspóroljuk', 'കമ്മീഷൻ ഇല്ലാതെ', 'fee kodukkanda',
    // Croatian, Serbian, Azerbaijani, Georgian, Amharic.
    'bez provizije', 'да избегнемо', 'komissiyasız', 'საკომისიოს გარეშე', 'ያለ ኮሚሽን',
    // Tamil, Telugu, Nigerian Pidgin.
    'commission illama', 'கமிஷன் இல்லாம', 'fee lekunda', 'కమిషన్ లేకుండా', 'make we no pay',
    // Thai, Persian, Hebrew, Bulgarian, Czech.
    'ไม่เสียค่าธรรมเนียม', 'کمیسیون ندیم', 'ונחסוך את העמלה', 'да спестим', 'ušetříme',
    'to avoid', 'sin comisión', 'economizar', 'без комиссии', 'bachane', 'hemat', 'بدون', 'olmadan',
    'फीस बचाने के लिए', 'कमिशन न देता', 'कमिसन बच्छ', 'কমিশন বাঁচাতে'],
  counterExamples: ['sin contar la comisión', 
    'बच्चे', 'বাঁচা-মরা'],
});

/** "Another way", "differently". */
export const ANOTHER_WAY = defineClass({
  name: 'ANOTHER_WAY',
  doc: 'Another way, differently, per language.',
  words: {
    en: ['another way', 'some other way', 'other ways?', 'a different way', 'differently', 'alternative(?:ly| way| method)?', 'other arrangements?',
],
    es: ['otra forma', 'otra manera', 'de otro modo', 'por otro lado', 'otro metodo'],
    pt: ['outra forma', 'outro jeito', 'outra maneira', 'de outro modo', 'outro metodo'],
    fr: ['autrement', 'une autre (?:facon|maniere|methode)'],
    de: ['anders', 'auf anderem weg', 'einen anderen weg', 'andere weise'],
    ru: ['по-другому', 'иначе', 'другим способом', 'иным способом'],
    uk: ['інакше', 'іншим способом', 'по-іншому'],
    hi: ['dusra tareeka', 'koi aur tareeka', 'dusre tareeke', 'aur tarah'],
    ur: ['dusra tareeqa', 'koi aur tareeqa', 'doosre tareeqe'],
    tl: ['ibang paraan'],
    id: ['cara lain'],
    ar: ['طريقة ثانية', 'طريقة اخرى', 'طريقة تانية'],
    tr: ['baska (?:bir )?(?:yol|yoldan|sekilde)'],
  },
  examples: ['settle it another way', 'de otra forma', 'outro jeito', 'autrement', 'по-другому', 'cara lain', 'başka yoldan'],
});

/**
 * A way around a cost asked for, as English asks it just after the fee is named: "Fees on this site are daylight robbery. Any way
 * around that?", "is there a workaround for the commission". Read across one sentence end next to a fee (FEE_THEN_WAY_AROUND).
 */
export const WAY_AROUND = defineClass({
  name: 'WAY_AROUND',
  doc: 'A way around a cost, asked for.',
  words: {
    en: ['(?:any|a|some) (?:way|workaround|work-around) (?:around|round|to get around|past)(?= (?:that|this|it|them|those|the (?:fees?|commission|cut|charges?))\\b)',
      '(?:any|a|some) (?:workaround|work-around|hack|trick) for (?:that|this|it|them|those|the (?:fees?|commission|cut|charges?))'],
  },
  examples: ['any way around that?', 'is there a workaround for the commission', 'some way to get around it'],
  counterExamples: ['a way around the roadblock in the API', 'any workaround for the CORS error?'],
});

/**
 * Money labelled a gift or a donation so that the platform takes nothing: "send the rest as a gift through your bank",
 * "a donation-style payment". Read next to a payment; "a gift for my wife" is what was bought, not how it is paid.
 */
export const AS_GIFT = defineClass({
  name: 'AS_GIFT',
  doc: 'A payment passed off as a gift or a donation, per language.',
  words: {
    en: [
      'as an? [\'"]?(?:gift|donation|present|personal gift|loan)(?! for| to (?:my|his|her|our|their|the))', '(?:gift|donation)[- ]style',
      'disguised as an? (?:gift|donation)', '(?:call|label|mark) (?:it|this|that) (?:as )?an? [\'"]?(?:gift|donation)',
    ],
    es: ['como (?:un )?(?:regalo|donativo|donacion|obsequio)'],
    pt: ['como (?:um |uma )?(?:presente|doacao|mimo)'],
    fr: ['comme (?:un )?(?:cadeau|don)', 'en tant que (?:cadeau|don)'],
    de: ['als (?:geschenk|spende)'],
    ru: ['как подарок', 'в качестве (?:подарка|пожертвования)', 'как пожертвование'],
    uk: ['як подарунок', 'як пожертв\\S*', 'у вигляді подарунк\\S*'],
    hi: ['gift ke (?:taur|roop) (?:pe|par|mein|me)', 'gift bol ke'],
    ur: ['gift ke taur (?:pe|par)', 'tohfe ke taur (?:pe|par)'],
    tl: ['bilang (?:regalo|donasyon|gift)'],
    id: ['sebagai (?:hadiah|donasi|kado|gift)'],
    ar: ['كهدية', 'كتبرع', 'على شكل هدية'],
    tr: ['hediye olarak', 'bagis olarak'],
  },
  examples: ['send the remaining money as a gift', "as a 'gift' to you", 'a donation-style payment', 'te lo paso como regalo', 'als Geschenk überweisen'],
  counterExamples: ['a logo as a gift for my wife'],
});

/**
 * Money settled between the two without naming a method: "let's sort it between ourselves", "I'll pay the remaining $800 on the side",
 * "put $200 on the contract so it looks normal", "I'll invoice you myself", "after the first milestone we go direct". Read next to a
 * money word, so "let's sort it out between ourselves" about a misunderstanding stays quiet.
 */
export const SETTLED_ASIDE = defineClass({
  name: 'SETTLED_ASIDE',
  doc: 'Paying or settling between the two people, aside from the contract, with no method named, per language.',
  words: {
    // Polish: a small contract on Upwork for show, the rest paid aside ("na Upworku zrobimy kontrakt na 50 zł, żeby było formalnie").
    pl: ['(?:na upwork\\S*|tu) (?:zrobimy|damy|zalozymy|wystawimy) (?:\\S+ ){0,2}kontrakt na (?:\\d+|mniejsz\\S*)', 'zeby bylo formalnie',
      'dla formalnosci', 'reszt\\S* (?:\\S+ )?(?:przelewem|na konto|do reki|gotowka|poza)'],
    en: [
      // Round twenty, phone chat: "id rather pay u straight", "no point givin upwork a cut".
      'pay (?:u|you|ya|ye) straight',
      'no point giv(?:ing|in) upwork (?:a|their|its|the) cut',
      // Round twenty: paying aside with no method named: "I will settle with you personally", "arrange payment among ourselves", "keep it between us, no platform", "send the payment by your
      // own method".
      '(?:settle|square up|deal) with you (?:personally|privately|in person|myself)',
      '(?:arrange|sort|handle|work out) (?:the )?payments? (?:among|between) (?:ourselves|us)',
      '(?:keep it|keep this) between us,? no (?:platform|upwork|site|website)',
      '(?:send|pay|transfer) (?:you )?the money (?:myself|personally),? the usual way',
      '(?:send|pay) (?:the payment|the money|you) by your own (?:method|way)',
      '(?:sort|settle|handle|work|figure|square)(?:s|es|ed|d|ing)? (?:it|this|that|things|everything|the (?:rest|balance|money|payment|difference))(?: out| up)? ' +
        // ...not "settle it between us here", a refund agreed on Upwork before a dispute.
        '(?:between (?:us|ourselves|the two of us)|ourselves|privately|on our own|another way|some other way|separately|on the side)(?! here| on upwork| through upwork)',
      '(?:square|settle)(?:s|es|ed|d|ing)? up (?:the )?(?:rest |remaining |remainder |balance |difference )?(?:\\$?\\d+ )?(?:hours? )?' +
        '(?:another way|some other way|separately|on the side|privately|directly)',
      '(?:send|pay|give|transfer|wire|tip|settle)(?:s|es|ed|d|ing)? (?:you |me |u )?(?:the |a |an |my |your )?(?:difference|rest|remainder|balance|remaining|other|extra|bonus)' +
        '(?: part| amount| money| half| \\$?\\d+)? (?:separately|on the side|aside|another way|some other way|by other means|through other means|other ways?|privately|under the table)',
      '(?:the )?(?:rest|remainder|balance|difference|other half|remaining \\$?\\d+) (?:you |i )?(?:send|pay|give|transfer|wire)(?:s|es|ed|d|ing)? (?:me |you )?' +
        '(?:direct(?:ly)?|separately|on the side|privately|by other means|another way)',
      '(?:tip|tipping|bonus|pay|paying) (?:you |u )?separately',
      'so (?:it|that it|everything|the contract) looks (?:normal|legit|legitimate|real|official|clean)',
      '(?:a |only a |just a )?token amount (?:on|in|through) (?:the )?(?:upwork )?(?:contract|milestone)',
      '(?:set|put|make|keep|sign|open)(?:s|ting|ing)? (?:the |a |this )?(?:contract|milestone) (?:lower|smaller|for less|(?:for|at) (?:just |only )?(?:1|one) hours?)',
      'so (?:the )?(?:fee|commission|cut) (?:is|stays|will be) (?:small|low|lower|tiny|minimal)',
      '(?:pay|give|hand|bring|settle)(?:s|es|ed|d|ing)? (?:you |u )?(?:the )?(?:rest|remainder|balance|money|cash|other half|remaining \\$?\\d+) ' +
        '(?:in person|when we meet|face to face|when i see you)',
      '(?:give|hand|pay|send)(?:s|es|ed|d|ing)? (?:you |u )?(?:the )?(?:money|cash|payment|amount|funds) (?:directly|in person|personally|by hand)',
      '(?:give|hand)(?:s|es|ed|d|ing)? (?:the )?(?:payment|money|cash) to (?:him|her|them|my (?:friend|brother|cousin|sister|partner|colleague))',
      'cash (?:is|works|would be) (?:fine|ok|okay|good|better|easier)', '(?:drop|bring|hand)(?:s|ping|ing)? (?:off )?(?:the )?cash',
      '(?:invoice|bill|charge) you (?:myself|directly|personally|on my own|outside)',
      '(?:we|i|let.?s|then|just|could|can) go direct(?!ly)(?! to)', 'direct arrangement',
      '(?:why|no point|no need to|no reason to) (?:in |to |would we |should we |do we )?(?:keep )?' +
        '(?:give|giving|feed|feeding|pay|paying|hand|handing) (?:upwork|the platform|the site|the marketplace)',
      "(?:does ?n.?t|does not|do ?n.?t|need ?n.?t) (?:have to |need to )?(?:be |go )?(?:through|via|on) (?:the platform|upwork|the site)",
      '(?:skip|forget|ditch) (?:the |a |this )?(?:contract|milestones?|escrow)(?! (?:review|terms?|template|draft|clauses?|documents?|files?|details|page|step|check))',
      'no need to (?:create|open|make|set up|fund) (?:a |the |new |another )*(?:contract|milestone)s?',
      'no need to go through (?:the )?(?:whole )?contract',
      'any other way (?:you |to )?(?:can |could )?(?:accept|take|receive|get paid|pay)',
      '(?:don.?t|do not) want (?:upwork|the platform|them) (?:taking|to take|getting|eating) (?:a |their |its |any )?(?:cut|fee|commission|percentage|share)',
      '(?:directly|straight) (?:in)?to (?:your|my) (?:personal |private |own |bank )*(?:account|card|wallet)',
      '(?:send|pay|transfer|wire|deposit|sent|paid)(?:s|es|ed|d|ing)? (?:it |the money |the rest |the payment |the advance |the deposit )?' +
        '(?:straight |directly )?(?:to|into) (?:my|your) (?:personal|private|own) (?:bank )?account',
      '(?:advance|deposit|upfront)(?: first| payment| sent| amount)? (?:to|into) (?:my|your) (?:personal |private |own |bank )*account',
      '(?:send|pay|transfer|wire)(?:s|es|ed|d|ing)? (?:me |you |us )?(?:a |the |an )?(?:deposit|advance|money|payment|amount|funds|balance) directly',
      '(?:part|rest|bonus|remainder|balance|half)(?: part)? (?:to|into) (?:my|your) (?:personal|private|own|bank) account',
      '(?:send|pay|give|transfer|wire)(?:s|es|ed|d|ing)? (?:me |you |us )?(?:by|through|via|in) (?:other|another|some other|different) (?:means|ways?|methods?|channels?)',
      '(?:rather|prefer(?: to)?) pay (?:me |you )?by (?:bank )?transfer',
      '(?:set|put|make|keep)(?:s|ting|ing)? (?:a )?(?:low|lower|small|token) (?:fixed )?(?:price|amount|budget) on (?:upwork|the contract|here)',
    ],
    es: [
      '(?:te lo |se lo |te la )?giro por fuera',
      'deposita(?:s|me|rme)? (?:en|a) mi cuenta',
      // "Te lo dejo en 400 si es por fuera".
      'si (?:es|fuera|lo hacemos|lo hago|lo pagas|lo arreglamos) (?:todo )?por fuera',
      '(?:no hace falta|no hay que|sin) (?:crear|abrir|hacer|usar) (?:el |un |los )?(?:milestones?|hitos?|contrato)',
      'lo (?:arreglamos|resolvemos|hablamos) entre (?:nosotros|los dos)',
    ],
    pt: [
      '(?:fizer|fizermos|fazer|fazemos|fechar|fecharmos|pagar|pagarmos|pagamos|pago) (?:isso |tudo |o resto )?por fora',
      // A price quoted on condition: "Faço por R$ 2.500 se for por fora".
      'se (?:for|formos|fosse|ficar) (?:tudo )?por fora',
      '(?:direto|diretamente) (?:pra|para) (?:mim|voce|vc|minha conta)',
      '(?:nem )?precisa (?:abrir|criar|fazer) (?:o |um )?(?:milestone|contrato)',
      'boleto (?:da|de|pela) (?:minha|nossa) empresa',
      '(?:em|no) dinheiro (?:quando|na hora|pessoalmente)',
      'a gente (?:acerta|resolve) (?:entre nos|por fora|direto)',
    ],
    fr: [
      'pas besoin de (?:donner|payer|filer|laisser) (?:\\d+ ?% )?(?:a )?upwork',
      '(?:on le fait|on fait|faisons|on passe) en direct',
      'je te le verse',
      '(?:pour la forme|pour les apparences)',
      '(?:on|nous) (?:se )?(?:regle|arrange) (?:ca )?entre nous',
    ],
    de: [
      'den rest (?:uber \\w+ )?(?:schick|uberweis|zahl|geb)(?:en|e|st|t)?',
      '(?:als )?erledigt markieren',
      'keiner zahlt (?:eine )?provision',
      '(?:regeln|klaren|machen) (?:wir )?(?:das |den rest )?(?:unter uns|privat|direkt)',
    ],
    ru: [
      '(?:оформим|сделаем|проведем) без (?:сайта|площадки|биржи|апворка)',
      'зачем (?:им|апворку|бирже|платформе) (?:\\d+ ?% )?отдавать',
      'остальное (?:я )?(?:тебе |вам )?(?:закину|скину|переведу|отдам) напрямую',
      'закину напрямую',
    ],
    uk: [
      'решту (?:я )?(?:тобі |вам )?(?:закину|скину|перекажу|віддам) напряму',
      'навіщо (?:їм|апворку|біржі|платформі) (?:\\d+ ?% )?віддавати',
      'розрахуємо?сь поза',
    ],
    hi: [
      'bahar se settle kar\\S*',
      'direct kaam kar(?:ein|en|te|o|lein)?',
      'bahar se kaam (?:le|lein|karein|karen|karo)',
    ],
    ur: [
      'direct kaam kar(?:ein|en|te|o|lein)?',
      'bahar se kaam (?:le|lein|karein|karen|karo)',
    ],
    id: [
      '(?:ga|gak|nggak|tidak) usah lewat (?:platform|upwork|sini)',
      '(?:transfer|bayar|kasih) (?:aja |nanti |langsung )?pas ketemu',
      'sisanya (?:saya |aku )?(?:transfer|bayar|kirim)',
    ],
    ar: [
      'direct bayni w ?baynak',
      'bayni w ?baynak',
      'ma fi (?:da3i|7aje|7aja|lazem) (?:lal|lel|la|l) (?:fees|platform|upwork)',
      'mn?sh?t[ae]ghil direct',
      'leh (?:nd3ti|nadfa3|nedfa3) upwork',
      'el ba2i (?:3ala|3al|b)',
      'كاش (?:لما|عندما|اول ما) نتقابل',
      'والباقي (?:اسلمهولك |اديهولك )?كاش',
    ],
    tr: [
      // Turkish: a small contract on Upwork, the rest sent aside ("20 dolarlık sözleşme açalım, gerisini Papara'dan").
      'upwork\'?(?:te|ta)? (?:\\S+ ){0,3}sozlesme (?:acalim|acariz|yapalim)',
      'geri(?:si|sini) (?:\\S+ ){0,3}(?:papara|havale|iban|elden|nakit|eft)\\S*',
      '(?:disaridan|direkt|elden) (?:oder(?:seniz|sen|im)|odeme)',
    ],
    tl: [
      'hindi na natin (?:idadaan|dadaanin|ipapadaan) dito',
      '(?:direct|direkta) (?:na )?(?:bayad|payment|arrangement)',
    ],
    zh: ['私下(?:合作|交易|转|付|结|給|给)', '平台外(?:结算|付款|交易|支付)', '不走(?:平台|这边|這邊|upwork)', '你懂的'],
    vi: ['tinh (?:ben )?ngoai', 'ben ngoai (?:nhe|nha|nhe a)'],
  },
  examples: ['rather pay u straight', 'no point giving upwork a cut', 'te lo giro por fuera',
    'I will settle with you personally', 'we can arrange payments between us', 'keep it between us, no platform', 'you can send the payment by your own method',
    'оформим без сайта', 'hindi na natin idadaan dito', 'bahar se settle kar lete hain',
    "let's sort it between ourselves", "I'll pay the remaining $800 on the side", 'so it looks normal', "I'll invoice you myself",
    'after the first milestone we go direct', 'the rest you send me direct', 'send the difference separately', 'send a deposit directly'],
  counterExamples: ['Upwork will settle with you directly after the dispute', 'the invoice is paid through the website',
    'we go directly to the checkout page', 'sort out the bug'],
});

/** Keeping the arrangement from Upwork: "Upwork don't need to know", "upwork won't find out". Read next to money words. */
export const HIDDEN_FROM_SITE = defineClass({
  name: 'HIDDEN_FROM_SITE',
  doc: 'Keeping an arrangement from Upwork or the platform, per language.',
  words: {
    en: [
      "(?:upwork|the platform|the site) (?:does ?n'?t|do ?n'?t|does not|do not|need ?n'?t|never) (?:need|have|has) to (?:know|find out|see)",
      "(?:upwork|the platform|the site) (?:will|would) never (?:know|find out|see)", "(?:upwork|the platform|the site) (?:won'?t|will not|wouldn'?t) (?:ever )?(?:know|find out)",
      'no need (?:for upwork )?to (?:tell|inform|involve|report to) upwork', 'keep (?:it|this|that) (?:from|off|away from) upwork',
      // "so Upwork only ever sees the first milestone", "Upwork never sees the rest".
      '(?:so|that|where) (?:upwork|the platform|the site) only (?:ever )?(?:sees|knows about|records|gets|takes a cut of)',
      "(?:upwork|the platform|the site) (?:never|won'?t|doesn'?t|does not|will not) (?:ever )?(?:sees?|know about|find out about) (?:the rest|the remaining|the balance|the other|the full)",
    ],
    es: ['upwork no (?:tiene por que|necesita|tiene que) (?:saber|enterarse)\\S*', 'upwork no se (?:va a enterar|entera)'],
    pt: ['o upwork nao (?:precisa|tem que|tem por que) saber', 'o upwork nao vai (?:saber|ficar sabendo)'],
    fr: ['upwork n.a pas (?:besoin|a) (?:de )?(?:le )?savoir', 'upwork n.en saura rien'],
    de: ['upwork (?:muss|braucht) (?:das |davon )?(?:nicht|nichts) (?:zu )?(?:wissen|erfahren)', 'upwork (?:wird|merkt) (?:das |davon )?nichts'],
    ru: ['(?:апворк\\S*|upwork\\S*) (?:не обязательно|незачем|не нужно|не надо) (?:об этом )?знать', '(?:апворк|upwork) не узнает'],
    uk: ['(?:апворк\\S*|upwork\\S*) (?:не обов.язково|не треба|не потрібно) (?:про це )?знати', '(?:апворк|upwork) не дізнається'],
    hi: ['upwork ko (?:pata|bataane ki|batane ki) (?:nahi|nahin) (?:chalega|zarurat|zaroorat)', 'upwork ko kuch pata nahi'],
    ur: ['upwork ko (?:pata|batane ki) (?:nahi|nahin) (?:chalega|zaroorat)'],
    tl: ['hindi (?:na )?(?:malalaman|kailangang malaman) ng upwork'],
    id: ['upwork (?:gak|ga|nggak|tidak) (?:perlu|usah|bakal|akan) tahu'],
    ar: ['upwork (?:mesh|msh|mish) (?:lazem|lazim|m7tag|me7tag) ye3raf', '(?:ابورك|upwork) مش (?:لازم|محتاج) يعرف'],
    tr: ['upwork.?(?:un|in)? (?:bilmesine gerek yok|haberi olmaz|bilmez)'],
  },
  examples: ['so Upwork only ever sees the first milestone', 'upwork never sees the rest',
    "Upwork don't need to know", "upwork won't find out", 'upwork no tiene por qué saberlo', 'Upwork muss das nicht wissen'],
  counterExamples: ['Upwork needs to know your tax details'],
});

/** Arrangements that are outside Upwork on their own: cash in hand, working directly with no middleman. */
export const DIRECT_DEAL = defineClass({
  name: 'DIRECT_DEAL',
  doc: 'Cash in hand, or working directly with no middleman, in so many words.',
  words: {
    lt: [
      '(?:dirbkim|dirbkime|dirbam|dirbsim|bendradarbiaukim|bendradarbiaukime)(?: \\S+){0,2} (?:tiesiogiai|tiesiai|be tarpinink\\S{0,3})',
      '(?:dirbkim|dirbkime|dirbam|dirbsim)(?: \\S+){0,2} (?:be|uz) upwork\\S{0,3}',
    ],
    lv: [
      '(?:stradajam|stradasim|sadarbojamies|stradajam)(?: \\S+){0,2} (?:tiesi|bez upwork\\S{0,2}|arpus upwork\\S{0,2})',
    ],
    et: [
      '(?:teeme|tootame|tootaksime|jatkame)(?: \\S+){0,2} (?:otse|ilma upwork\\S{0,3}|valjaspool upwork\\S{0,3})',
    ],
    hy: ['կանխիկ (?:կտաք|տվեք|կտամ|կվճարեք|վճարեք)', 'kanxik (?:ktaq|tveq|kvcharem|vchareq)'],
    sq: [
      '(?:e bejme|punojme|bashkepunojme)(?: \\S+){0,2} direkt', 'te mos i (?:japim|paguajme) (?:asgje )?upwork\\S{0,4}',
    ],
    cs: [
      '(?:delame|delat|pracujeme|spolupracujeme)(?: \\S+){0,2} (?:napri?mo|primo),? bez upwork\\S{0,2}', '(?:delame|pracujeme|spolupracujeme)(?: \\S+){0,2} mimo upwork\\S{0,2}',
    ],
    sk: [
      '(?:robime|robit|pracujeme|spolupracujeme)(?: \\S+){0,2} (?:napriamo|priamo),? bez upwork\\S{0,2}', '(?:robime|pracujeme|spolupracujeme)(?: \\S+){0,2} mimo upwork\\S{0,2}',
    ],
    mk: [
      '(?:го )?работиме директно', 'да не (?:му )?(?:даваме|плаќаме|платиме) (?:ништо )?на (?:upwork|апворк)',
    ],
    sl: [
      '(?:delava|delamo|sodelujeva|sodelujemo)(?: \\S+){0,2} (?:mimo|izven) upworka', '(?:delava|delamo|sodelujeva|sodelujemo) direktno',
    ],
    sr: [
      '(?:да )?не (?:плаћамо|платимо|дајемо|дамо) (?:ништа )?(?:упворку|upworku)',
    ],
    // Round 26: 'so we don't pay Upwork'.
    hr: [
      '(?:da )?ne (?:placamo|platimo|dajemo|damo) (?:nista |nisat )?upworku',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): cash in hand.
    kn: [
      'ಕ್ಯಾಶ್ (?:ಕೊಡ್ತೀನಿ|ಕೊಡಿ)', 'cash (?:kodteeni|kodtini|kodi)',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): cash in hand.
    pa: [
      'ਨਕਦ (?:ਦੇ ਦਿਆਂਗਾ|ਦੇਵਾਂਗਾ|ਦੇ ਦਿਓ)', 'نقد (?:دے دیاں گا|دیواں گا)', 'nakad (?:de dayanga|devanga)',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): cash in hand.
    gu: [
      'રોકડા (?:આપી દઈશ|આપીશ|આપો|લઈશ)', 'rokda (?:aapi daish|aapish|aapo|laish)',
    ],
    // Sinhala in its script (round twenty-six) and Singlish: cash in hand.
    si: [
      'සල්ලි අතට (?:දෙන්න|දෙන්නම්|දෙමු|ගන්නම්)', 'අතින් අතට', 'salli athata (?:denna|dennam|demu)',
      'cash athata (?:denna|dennam|demu)',
    ],
    bn: [
      // The next jobs done directly ("porer kaj gula direct kori"), a cut for working outside Upwork.
      'upwork(?: er)? baire (?:\\S+ ){0,2}korle (?:\\S+ ){0,3}(?:kom|discount|char)', 'porer kaj(?: ?gula| ?gulo)? (?:direct|sorasori)',
      'পরের কাজ(?:গুলো|গুলা)? সরাসরি',
      // Bengali: the work done directly, a price cut for doing it outside Upwork (round twenty-five).
      'সরাসরি কাজ (?:করি|করব|করবো|করতে পারি|করা যায়|করা যাক)(?! ?না)',
      '(?:আপওয়ার্ক|upwork)(?:ের|ে|ার| এর)? বাইরে (?:\\S+ ){0,2}করলে (?:\\S+ ){0,3}(?:কম|ডিসকাউন্ট|ছাড়)',
      'hate hate (?:taka|payment|pement)',
      'sorasori kaj (?:kori|korbo|korte pari)',
    ],
    // Cash, or money sent straight over ("จ่ายเงินสดดีกว่า", "โอนตรงมาเลย").
    th: ['(?:จ่าย|ให้)เงินสด', 'โอนตรง(?:มา|ให้|เข้า)', 'จ่ายตรง(?:มา|ให้|เข้า)'],
    // Polish: cash in hand, or working directly ("możemy już pracować bezpośrednio", "500 zł do ręki").
    pl: ['(?:pracowac|wspolpracowac|dzialac|robic) (?:juz )?bezposrednio', '(?:do reki|na reke|w gotowce)(?! (?:upwork\\S*|platform\\S*))',
      'bezposredni\\S* wspolprac\\S*'],
    // Japanese: cash in hand; Swahili: paying in cash.
    ja: ['現金(?:手渡し|で(?:払|支払|お支払))', '手渡しで', '手渡し(?:します|しますね|でいい)'],
    // Round twenty-five: Hebrew, the next project done directly, without Upwork ("את הפרויקט הבא נעשה ישירות, בלי אפוורק").
    he: ['נעשה (?:את זה |את זה )?ישירות', 'נעבוד ישירות', 'ישירות,? בלי (?:אפ ?וורק|upwork|האתר|הפלטפורמה)'],
    sw: ['(?:ni|u|a|tu)?(?:ta|na)?(?:ku|ni)?lip(?:a|e|wa) cash', 'cash (?:mkononi|nikifika)', 'pesa taslimu'],
    en: [
      // "I will put the money in your hand when you come to Dubai".
      '(?:put|give|hand)\\S* (?:you )?the (?:money|cash|payment|rest) (?:in|into) your hands?',
      // "and that way nobody takes a cut": no platform between the two.
      '(?:nobody|no one) (?:takes|gets|keeps) (?:a|any|their|its) (?:cut|fees?|commission|percentage)(?! of)',
      'cash in hand', 'no middle ?(?:man|men|fees?)',
      'without (?:a |the )?middle ?man', 'cut out the middle ?man', 'directly between (?:us|ourselves)', 'cheaper than (?:the )?upwork(?:\'?s)? fees?',
      'work something out between (?:the two of us|us|ourselves)', 'no platform (?:deduction|fee|cut|commission)',
      '(?:send|pay|give) you the rest (?:the other way|another way|outside|directly|off (?:the )?(?:site|platform))',
      'wire straight to your bank', 'outside the upwork contract',
      '(?:send|pay|transfer|wire) (?:it |the money |the payment )?(?:to|into) (?:my|his|her) ' +
        '(?:cousin|brother|sister|friend|wife|husband|father|mother|dad|mom|relative|partner)\'?s? (?:account|card|paypal|wallet)',
      'settle (?:future |the |all )?(?:invoices?|payments?|bills?|the rest) between (?:us|ourselves|the two of us)',
      'no (?:platform|upwork|middle ?man) in (?:the )?middle',
      // "Let's sort the money side between ourselves".
      '(?:handle|sort out|sort|settle|take care of|do) the (?:money|payments?|billing|finances?)(?: side| part| bit)? (?:just )?(?:ourselves|between us|between ourselves|privately|on our own)',
      // "then we can sort out the monthly retainer between ourselves", "agree the ongoing fee privately".
      // "then after that we do a monthly retainer just between us".
      '(?:handle|sort out|sort|settle|take care of|work out|figure out|agree|do|run|keep|set up) (?:the |a |your |my )?(?:monthly |ongoing |future |regular )?' +
        '(?:retainer|invoic\\S*|billing|fees?|rate) (?:just )?(?:ourselves|between us|between ourselves|privately|on our own|off the books)',
      // "pay the first milestone here and we sort out the rest between us".
      '(?:handle|sort out|sort|settle|take care of|do|work out) the (?:rest|remainder|balance|remaining (?:amount|part|payments?)) ' +
        '(?:ourselves|between us|between ourselves|privately|on our own|off the books)',
    ],
    es: [
      '(?:el |tu )?dinero en (?:tu|la|su) mano',
      'nadie se (?:queda|lleva) (?:con )?(?:comision|nada|un porcentaje)',
      'directamente entre nosotros', 'sin intermediarios?',
      // Round twenty-four: the next job done "por fuera" ("el próximo proyecto lo hacemos por fuera").
      '(?:lo hacemos|lo hago|lo cerramos|lo manejamos|lo trabajamos) (?:\\S+ )?(?:por fuera|por afuera|sin upwork)', '(?:efectivo|pago) en mano', 'en efectivo (?:en mano|cuando)',
      '(?:lo |la |li )?(?:facciamo|fare|faccio|pagare|pago|paghi|pagato|farlo) in nero',
      'in nero (?:ti|le|vi) (?:faccio|pago)', 'senza fattura', 'fuori busta', 'bez posrednik\\S*', 'na czarno',
      'bez faktury',
      // Round thirty: "lo arreglamos entre nosotros", "los hacemos por fuera", "te facturo directo", charged "por fuera", a deposit to the writer's
      // account.
      'lo (?:hacemos|arreglamos|manejamos|cuadramos|resolvemos) (?:por fuera|entre nosotros)',
      'los (?:hacemos|hago|manejamos|cuadramos) por fuera',
      'te facturo (?:directo|directamente|aparte)',
      '(?:me |te |le )?cobr(?:aba|o|a|as|amos|aria) por fuera',
      'consign\\S* (?:a|en) (?:mi|su) cuenta',
      '(?:upwork|la plataforma) se queda con una tajada',
    ],
    pt: [
      // Invoiced through the writer's own company ("fatura" reads as work talk, so this sits here, not in OWN_PAYROLL).
      '(?:fatur\\S*|emitir nota) (?!diret)(?:\\S+ ){0,2}(?:pela|pelo|via|na|no) (?:minha|nossa|meu|nosso) (?:empresa|cnpj|mei)',
      '(?:o |seu )?dinheiro (?:na|em) (?:sua |tua )?mao',
      'ninguem (?:leva|fica com|cobra) (?:comissao|taxa|nada|porcentagem)',
      'sem intermediarios?', 'a gente faz direto', '(?:dinheiro|pago) na mao', 'em especie',
      // Round twenty-four: the next job done "por fora" ("o próximo a gente faz por fora"), not with the Brazilian "não" after it.
      '(?:a gente faz|fazemos|a gente fecha|fechamos|a gente resolve|resolvemos) (?:\\S+ )?(?:por fora|sem (?:a |o )?upwork)(?!,? nao)',
      // "faturar direto pela nossa empresa com nota fiscal": invoiced by the agency, not through Upwork.
      '(?:faturar|faturamos|fatura|cobrar|cobramos|pagar) (?:direto|diretamente) (?:pela|pelo|na|com a|com o|via) (?:nossa|nosso|minha|meu|sua|seu)',
      // Round thirty: "a gente acerta por fora", a bill from the writer's own company.
      '(?:a gente|nos) (?:acerta|acertamos|fecha|fechamos|resolve|resolvemos) por fora',
      'boleto da minha empresa',
    ],
    fr: [
      '(?:l.argent|le paiement|les especes) en mains? propres?',
      'personne ne prend (?:de )?(?:commission|frais|rien)',
      'sans intermediaires?', 'directement entre nous', 'de la main a la main', 'en especes',
      '(?:vous|te) facturer? (?:moi-meme |directement )?(?:en direct|directement|hors (?:de la )?plateforme)', 'ma propre facture',
      '(?:on )?(?:bosse|travaille)(?:ra|rons|r)? en direct',
      // Round thirty: a direct transfer instead of the milestones, the next jobs without Upwork.
      'passer par un virement direct',
      'on fait sans upwork',
    ],
    de: [
      '(?:das )?geld (?:in die|auf die) hand',
      '(?:keiner|niemand) (?:nimmt|kassiert|verdient) (?:eine )?(?:provision|gebuhr\\S*|prozente|mit)',
      'ohne (?:vermittler|zwischenhandler|mittelsmann|plattform)', 'direkt unter uns', 'bar auf die hand', 'bar in die hand',
      'rechnen wir direkt ab', 'direkt abrechnen', 'spart uns (?:beiden )?die (?:plattform)?gebuhr\\S*',
      '(?:den rest|alles|das|den restbetrag) (?:in )?bar (?:machen|zahlen|bezahlen|geben|auszahlen)',
      'in bar (?:zahlen|bezahlen|geben)',
      'spart sich (?:jeder|jede|jeder von uns|beide|keiner) die (?:plattform)?gebuhr\\S*',
      'sparen (?:wir )?(?:uns )?beide die (?:plattform)?gebuhr\\S*',
      // "schreibe ich Ihnen einfach eine eigene Rechnung", "dann sparen wir uns den Umweg über die Plattform".
      '(?:schreibe|stelle|schicke) (?:ich )?(?:ihnen |dir )?(?:einfach |direkt )?(?:eine )?eigene rechnung',
      '(?:den )?umweg uber (?:die plattform|upwork)', 'rechnung (?:direkt )?an (?:der plattform|upwork) vorbei',
      // Round thirty: the next project without Upwork, an invoice sent directly or through the writer's company, the rest in cash.
      'machen wir (?:dann |das )?ohne upwork',
      '(?:stelle|stell|schreibe) (?:ich )?(?:ihnen|dir) direkt (?:eine |ne )?rechnung',
      'rechnung (?:direkt )?uber (?:meine|unsere) (?:gmbh|firma|ug)',
      'den rest (?:in )?bar',
    ],
    ru: [
      'деньги (?:в|на) руки',
      'никто не (?:берет|возьмет|забирает) (?:комисси\\S*|процент\\S*)',
      'без посредник\\S*', 'работать напрямую', 'наличк\\S*', 'наличными', 'на руки',
      'в следующий раз без (?:апворк\\S*|upwork\\S*)', 'дальше без (?:апворк\\S*|upwork\\S*)',
      // Round twenty-four: the next order passed by Upwork ("следующий заказ давай мимо апворка").
      '(?:следующ\\S*|другой|новый) (?:заказ|проект|контракт) (?:\\S+ )?(?:мимо|без|в обход) (?:апворк\\S*|upwork|биржи|площадки)',
      // Round thirty: working "в обход" (around) the platform.
      'в обход (?:площадк|бирж|платформ|апворк|upwork|freelancehunt|сайт)\\S*',
    ],
    uk: [
      'гроші (?:в|на) руки',
      'ніхто не (?:бере|візьме|забирає) (?:комісі\\S*|відсот\\S*)',
      'без посередник\\S*', 'працювати напряму', 'готівкою', 'на руки',
      'наступного разу без (?:апворк\\S*|upwork\\S*)', 'далі без (?:апворк\\S*|upwork\\S*)',
      // Round thirty: working around the platform.
      'в обхід (?:площадк|бірж|платформ|апворк|upwork|сайт)\\S*',
    ],
    hi: [
      // Hindi: the next job done directly (round twenty-five).
      '(?:अगला|अगले) (?:काम|project|प्रोजेक्ट) (?:direct|डायरेक्ट|सीधे)',
      'paise (?:aapke |apke |tumhare |tere )?haath (?:me|mein)',
      'bina middleman', 'direct kaam karte', 'cash (?:me|mein) de', 'haath (?:me|mein) cash',
      // Round thirty: the account settled between the two, the next phase outside, an advance sent aside to a wallet.
      '(?:hisaab|hisab) aapas mein',
      'aapas mein (?:hisaab|hisab)',
      '(?:agla|agle) (?:phase|kaam|project) (?:hum )?bahar',
      'alag se (?:\\S+ ){0,3}(?:google pay|gpay|paytm|phonepe|upi|easypaisa|jazzcash)',
    ],
    ur: [
      // Urdu: a cut for doing it outside Upwork, the next job done directly (round twenty-five).
      '(?:اپورک|اپ ورک)(?: سے| کے)? باہر (?:\\S+ ){0,2}(?:کریں|کرو) تو (?:\\S+ ){0,3}کم', '(?:اگلا|اگلے) (?:کام|پروجیکٹ) (?:ڈائریکٹ|سیدھا)',
      'agla kaam direct', 'upwork se bahar (?:\\S+ ){0,2}(?:karein|karo|kren) to (?:\\S+ ){0,3}kam',
      'paise (?:aapke |apke |tumhare )?haath (?:mein|me)',
      'baghair middleman', 'direct kaam karte', 'cash (?:me|mein) de',
      // Round thirty: the account settled between the two, the next phase outside, an advance sent aside to a wallet.
      '(?:hisaab|hisab) aapas mein',
      'aapas mein (?:hisaab|hisab)',
      '(?:agla|agle) (?:phase|kaam|project) (?:hum )?bahar',
      'alag se (?:\\S+ ){0,3}(?:google pay|gpay|paytm|phonepe|upi|easypaisa|jazzcash)',
    ],
    tl: ['direkta na tayo', 'cash na lang', 'wala nang middleman',
      'dire(?:k|c)ta? na (?:tayo|kami|lang)',
      // Round thirty: "direct na tayo", "labas na lang tayo ng Upwork", money sent to the writer or to a wallet instead.
      'direct na tayo',
      'labas na lang (?:po )?tayo ng upwork',
      'padala (?:ko|nyo|niyo|mo) na lang (?:po )?sa.?yo',
      'sa (?:gcash|maya|palawan(?: express)?|cebuana) na lang (?:po )?(?:please|pls|ho)?',
      'ipadala (?:niyo|nyo|mo) na lang (?:po )?sa (?:gcash|maya|palawan|cebuana|mlhuillier)',
      // Round thirty, third wave: "sa BDO ko na lang ideposito yung bayad" (deposit it to my bank instead).
      'sa (?:bdo|bpi|metrobank|landbank|unionbank|security bank|gcash|maya|palawan) (?:account )?ko na lang',
    ],
    id: [
      'uang(?:nya)? (?:langsung )?(?:di|ke) tangan',
      '(?:gak|ga|nggak|tidak) ada yang (?:potong|motong|ambil komisi)',
      'tanpa perantara', 'langsung aja (?:kerja|bayar)', 'cash aja'],
    ar: [
      '(?:el |l)?(?:flous|felous|fulus) (?:fi|f|b) (?:idak|edak|eidak|yadak)',
      'الفلوس (?:في|ف) (?:ايدك|يدك|إيدك)',
      'بدون وسيط', 'نتعامل مباشرة', 'كاش يد بيد', 'يد بيد',
      'direct ma beina', 'ma beina w ?bein\\S*',
      '(?:n|ne|ni)?(?:sh8al|shta3\'?al|shta3\'?l|eshta3\'?al|shtaghal) direct',
      // Round thirty: Arabizi and Arabic: "no commission", "we don't need Upwork", cash in dollars, "make it cash", through a money changer.
      'w (?:ma ?fi|mafish|mafeesh|mafesh) (?:ay )?3omola(?! (?:3la|3ala|fel|fi) )',
      'mesh mehtageen upwork',
      'cash bel dollar',
      'خليها كاش',
      'عن طريق الصراف',
    ],
    tr: [
      // Turkish: working directly, paying outside Upwork ("doğrudan çalışabiliriz").
      '(?:dogrudan|direkt|direk) (?:calis|anlas|is yap)\\S*', 'upwork disinda (?:\\S+ )?(?:gonder|ode|yolla|yatir)\\S*',
      '(?:sirketim|sirketimiz|firmam|firmamiz)\\S* (?:uzerinden|adina) fatura\\S*',
      'fatura\\S* (?:\\S+ )?(?:sirketim|sirketimiz|firmam|firmamiz)\\S* (?:uzerinden|adina)',
      'parayi (?:elden )?eline',
      'kimse (?:komisyon|kesinti|pay) (?:almaz|kesmez|alamaz)',
      'aracisiz', 'direkt calisalim', 'elden nakit', 'elden (?:odeme|oderim|veririm)', 'upwork disinda yapalim'],
    nl: ['de rest contant', 'contant (?:als|wanneer) ik langskom', '(?:contant|cash) (?:betalen|betaal|als (?:ge|je|u))', 'de rest cash', 'zwart betalen', 'onder de tafel'],
    ro: ['(?:ti|va|vi)-?(?:l|o|i|le)? ?dau cash', 'platesc cash', '(?:bani )?cash (?:in mana|cand vii)', 'putem lucra direct'],
    ms: ['cash je', 'bayar cash', 'cash (?:masa|bila) jumpa', 'i pass masa jumpa'],
    ko: ['직거래', '현금 ?(?:으로 ?)?(?:드릴|드리|줄게|결제|지급)', '개인 ?계좌로'],
    zh: ['(?:付|俾|给|畀)(?:你)?(?:現金|现金)', '(?:现金|現金)(?:给你|俾你|付|结)',
      // Round twenty-four: "下次私下交易" (the next deal done privately), proposed; not a scam warning's "诱导私下交易".
      '(?:下次|以后|以後|我们|我們|咱们|咱們|直接|可以)私下(?:交易|付款|转账|轉賬|结算|結算)',
    ],
    // The writer pays the reader cash ("tôi trả tiền mặt"), not a shop's cash on delivery ("khách trả tiền mặt khi nhận hàng").
    vi: ['(?:toi|minh|chi|anh|em|tui|tao) (?:se )?(?:tra|dua|gui) (?:cho (?:cau|ban|em|anh|chi) )?tien mat',
      'tien mat (?:cho )?(?:cau|ban|em|anh|chi) (?:nhe|nha)',
      'lam viec truc tiep (?:\\S+ ){0,3}khong can (?:\\S+ ){0,3}upwork'],
    ha: ['mu (?:yi aiki|yi ciniki|yi kasuwanci)(?: \\S+){0,2} kai tsaye', 'mu bar upwork\\S{0,4} mu'],
    yo: ['owo lowo', '(?:fi|san) owo (?:ranse )?si (?:account|akanti) (?:banki )?mi', 'ki upwork ma (?:gba|je|ri) (?:\\S+ )?owo', '(?:je ka|ka) (?:sise|se ise|se e|da owo po) taara'],
    ig: ['ego n\'aka', '(?:zite|ziga|kwuo) ego (?:n\'|na )akauntu (?:ulo aku )?m', 'ka upwork ghara (?:iwere|inara) ego', 'ka anyi (?:mee ya|ruo oru) kpomkwem'],
    so: ['si toos ah (?:\\S+ ){0,2}u (?:wada )?shaqeyno', '(?:ku shub|ku soo dir|ii dir) akoonkayga(?: bangiga)?', 'lacag caddaan', 'upwork aanay qayb uga qaadan'],
    mg: ['hiasa mivantana', 'alefaso (?:amin\'?ny kaontiko ny vola|ny vola amin\'?ny kaontiko)', 'vola an-tanana', 'mba tsy haka anjara ny upwork'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['(?:jobbar|jobba|arbetar|kör|gör)(?: \\S+){0,2} (?:direkt|utanför upwork\\S{0,2}|förbi upwork\\S{0,2})', 'kontant (?:när|om) vi (?:ses|träffas)',
      'svart betalning', 'swisha (?:mig|mej|dig|oss|över|pengarna|resten|beloppet)', 'swishar (?:jag |du )?(?:dig|mig|över)'],
    no: ['(?:jobber|jobbe|gjør|kjører)(?: \\S+){0,2} (?:direkte|utenfor upwork\\S{0,2}|utenom upwork\\S{0,2})', 'kontant (?:når|hvis) vi (?:ses|møtes)',
      'vippse (?:meg|deg|oss|over|pengene|resten|beløpet)', 'vippser (?:jeg |du )?(?:deg|meg|over)'],
    da: ['(?:arbejder|arbejde|gør|kører)(?: \\S+){0,2} (?:direkte|udenfor upwork\\S{0,2}|udenom upwork\\S{0,2})', '(?:betal )?kontant (?:når|hvis) vi (?:ses|mødes)',
      'mobilepay(?:e|er)? (?:mig|dig|pengene|resten|beløbet)', 'send (?:\\S+ ){0,2}(?:på|over) mobilepay'],
    fi: ['(?:tehdään|toimitaan|työskennellään)(?: \\S+){0,2} (?:suoraan|upwork\\S{0,4} ohi|upwork\\S{0,4} ulkopuolel\\S{0,3})',
      'käteisellä kun (?:tavataan|nähdään)'],
    'is': ['(?:vinnum|gerum)(?: \\S+){0,2} (?:beint|framhjá upwork\\S{0,3}|utan upwork\\S{0,3})'],
  },
  examples: ['cash in hand', 'sort out the monthly retainer between ourselves', 'schreibe ich Ihnen einfach eine eigene Rechnung',
    'sparen wir uns den Umweg über die Plattform', 'je vous facture directement',
    'sin intermediarios', 'sem intermediário', 'bar auf die Hand', 'без посредников', 'tanpa perantara', 'aracısız',
    'lo arreglamos entre nosotros',
    'Los próximos proyectos los hacemos por fuera',
    'te facturo directo',
    'me cobraba por fuera',
    'consígnelo a mi cuenta de ahorros',
    'a gente acerta por fora',
    'posso gerar um boleto da minha empresa',
    'Das nächste Projekt machen wir ohne Upwork',
    'ich stelle Ihnen direkt eine Rechnung aus',
    'Ich stell dir ne Rechnung über meine GmbH',
    'den Rest bar bei Ihrem Besuch',
    'on peut passer par un virement direct',
    'on fait sans Upwork',
    'Next project direct na tayo ha',
    'Labas na lang po tayo ng Upwork',
    'Padala ko na lang sa\'yo gaya ng dati',
    'sa Maya na lang po please',
    'ipadala niyo na lang po sa Palawan Express',
    'hisaab aapas mein kar lete hain',
    'aapas mein hisaab kar lein ge',
    'agla phase hum bahar kar lete hain',
    'advance 30% mujhe pehle alag se bhej dijiye Google Pay pe',
    'w mafish 3omola',
    'el project el gay mesh mehtageen Upwork aslan',
    'eza btdf3le cash bel dollar',
    'الدفعة الجاية خليها كاش',
    'ممكن تحولها عن طريق الصراف',
    'продолжить работу в обход freelancehunt',
    'працювати в обхід платформи',
    'sa BDO ko na lang ideposito yung bayad',
  ],
  counterExamples: ['lo arreglamos en el equipo de diseño',
    'die Rechnung über Upwork herunterladen',
    'sa GCash na lang ang integration',
    'mafish 3omola 3la el tahweel fel app',
  ],
});

/** Building or describing payments, not paying: crypto development, shops and their customers, per language. */
export const PAYMENT_TECH = defineClass({
  name: 'PAYMENT_TECH',
  doc: 'Talk about building payment features or describing a service, not about paying each other.',
  words: {
    // Khmer in its script and in Latin letters (round twenty-six); no word edges, as in Thai: an integration.
    km: [
      'integration', 'ភ្ជាប់ប្រព័ន្ធ',
    ],
    // Burmese in Myanmar script, Unicode only (Zawgyi is not read), and in Latin letters (round twenty-six); no word edges, as in Thai: an integration.
    my: [
      'integration', 'ချိတ်ဆက်',
    ],
    // Malayalam in its script and Manglish (round twenty-six): an integration.
    ml: [
      'ഇന്റഗ്രേഷ\\S{0,4}', 'integration',
    ],
    // Kannada in its script and in Latin letters (round twenty-six): an integration, a gateway.
    kn: [
      'ಇಂಟಿಗ್ರೇಷನ್\\S{0,3}', 'ಗೇಟ್‌ವೇ',
    ],
    // Punjabi in Gurmukhi, in Shahmukhi (as Pakistanis type it) and in Latin letters (round twenty-six): an integration, a gateway.
    pa: [
      'ਇੰਟੀਗ੍ਰੇਸ਼ਨ\\S{0,3}', 'ਗੇਟਵੇ', 'انٹیگریشن',
    ],
    // Gujarati in its script and in Latin letters (round twenty-six): an integration, a checkout, an app being built.
    gu: [
      'ઇન્ટિગ્રેશન\\S{0,3}', 'ઈન્ટીગ્રેશન\\S{0,3}', 'ગેટવે', 'ચેકઆઉટ', 'integration', 'gateway',
    ],
    en: [
      'mainnet', 'testnet', 'confirmations', 'on-?chain', 'defi', 'solidity', 'walletconnect', 'web3', 'smart contracts?',
      'open source', 'self-?(?:hosted|deployed)', 'written in', 'github', 'library', 'consider adding', 'adding support', 'add support', 'support for', 'feature request',
      'able to (?:accept|receive|process) \\S+ payments', 'checkbox', 'end customers?', 'coinbase commerce', 'midtrans',
      // A user story or a feature request: "As an organizer, I want to select PayPal...", "could you add an option to...".
      'as an? \\S+(?: \\S+)?, (?:i|we) (?:want|need|would like)', 'user stor(?:y|ies)', 'acceptance criteria',
      'add (?:an? |the )?option', 'should be possible to',
      // Processors only a business integrates, never a way two people pay each other: "Braintree supports Venmo", "GCash via PayMongo".
      'braintree', 'adyen', 'mollie', 'razorpay', 'paymongo', 'xendit', 'przelewy24', 'payu', 'nexi', 'moyasar', 'paystack', 'flutterwave',
      'payment gateways?', 'bank feeds?', 'payment methods', 'sandbox\\S*',
      // Data work on payments: "Should PayPal and Venmo transfers be labelled by the merchant?"
      'label(?:l?ed|l?ing)', 'annotat\\S*',
      // Payroll work for the client's own staff: "direct deposit for everyone; employees will enter their own bank details".
      'employees', 'w-?2',
      // Round nineteen, a business's own money described: its books reviewed ("I noticed three Zelle payments to J. Smith"; not its
      // tax forms: "keep you on as a 1099 contractor" moves a freelancer off the site), buy-now-pay-later only a shop offers, a
      // payment-method report ("payment method breakdown: card, PayPal, Klarna"), a shop's post ("Reel 4 caption: Pay via GCash, COD
      // available").
      'klarna', 'clearpay', 'afterpay',
      '(?:i|we) (?:noticed|found|spotted|flagged) (?:two|three|four|five|several|multiple|some|\\d+) (?:\\S+ ){0,2}(?:payments|transfers|deposits|withdrawals)',
      'payment method (?:breakdown|mix|split|report|analysis|data|share)', '(?:reel|post|ig|instagram|fb|facebook|tiktok|ad) (?:\\d+ )?captions?',
      'cod available', 'cash on delivery',
      // A test booking cancelled "so there's no charge" ("para walang charge"), a sample order.
      '(?:sample|test|dummy) (?:bookings?|orders?)',
      // Chatbots that take orders and send a payment link: "WhatsApp chatbots for restaurants: order taking, bKash payment link".
      'chatbots?',
    ],
    es: ['clientes', 'pasarela', 'tiendas?', 'modulo',
      'integraci\\S*', 'e-?commerce', 'pedidos?',
      // A shop's checkout: "métodos de pago", "pagar en cuotas sin interés", "split de pagos"; Italian "metodi alternativi".
      'metod[oi]s? (?:de pago|di pagamento|alternativ[oi]s?)', 'cuotas', 'split de pag\\S*',
    ],
    // "lojas que vendem com Pix": the shops the writer worked for.
    pt: ['clientes', 'lojas?', 'modulo',
      'integrac\\S*', 'e-?commerce', 'qr code', 'webhooks?', 'pedidos?', 'formas de pagamento', 'parcelas sem juros',
    ],
    fr: ['boutiques?', 'vos clients', 'les clients', 'moyens de paiement',
      'integr\\S*', 'back-office', 'prestashop',
    ],
    // "TWINT ... in den Shopware-Checkout eingebunden": built into a shop.
    de: ['kunden', 'onlineshop', 'webshop', 'modul', 'zahlungs(?:arten|methoden)', 'eingebunden', 'einbinden', 'eingebaut', 'checkout'],
    // A bot's payment feature: "бот поддерживал оплату через YooMoney", "пользователь сможет выбрать".
    ru: ['покупател\\S*', 'клиент\\S*', 'модул\\S*', 'смарт-контракт\\S*', 'криптокошел\\S*',
      'пользовател\\S*', 'бот(?:а|е|ом|у|ы|ов)?', 'добавить (?:возможность|поддержку|оплату)'],
    uk: ['покупц\\S*', 'клієнт\\S*', 'модул\\S*', 'смарт-контракт\\S*', 'криптогаман\\S*', 'виплат\\S*',
      'користувач\\S*', 'бот(?:а|і|ом|у|и|ів)?', 'додати (?:можливість|підтримку|оплату)'],
    id: ['pelanggan', 'toko', 'pembeli', 'midtrans'],
    tr: [
      // Turkish: payment work on a shop ("mağazada ödeme yöntemi olarak ekleyebilirim", "ödeme ağ geçidi entegrasyonu").
      'magaza\\S*', 'odeme (?:yontem|sistem|adim|sayfa|secenek)\\S*', 'ag gecidi\\S*', 'sanal pos', 'eklenti\\S*', 'canliya al\\S*',
      'entegrasyon\\S*', 'dokumantasyon\\S*', 'iyzico\\S*', 'paytr\\S*',
      'musteri\\S*', 'magaza', 'buton\\S*', 'sistem(?:deki| uzerinden)',
      'fatura\\S*',
    ],
    // Building payment features: top-up pages, callbacks, signature checks, sandbox, reconciliation.
    zh: ['充值', '页面', '頁面', '前端', '接入', '串接', '对账', '對帳', '回调', '验签', '驗簽', '沙箱', '商户', '商戶', '收款码', '收款碼',
      '付款方式', '支付方式', '网银', '網銀'],
    // Reconciling a business's books: "đối soát", "sao kê", "tiền về qua" (where a shop's receipts come in).
    // Round 29: a gateway installed or configured for a shop: "Cài cổng VNPay (thẻ ATM nội địa, QR) và MoMo", "cấu hình IPN".
    vi: ['doi soat', 'sao ke', 'tien ve (?:qua|tu)', 'tich hop', 'cong thanh toan', 'ipn', 'hoan tien tu dong', 'ma (?:vietqr|qr) dong',
      'cai (?:dat )?(?:cong|plugin|module)', 'cau hinh'],
    hi: [
      'इंटीग्रेशन', 'इंटिग्रेशन', 'इंटीग्रेट', 'गेटवे', 'चेकआउट',
      'पेमेंट (?:गेटवे|सिस्टम|पेज|फ्लो)'],
    // A payment integration or gateway to build: Marathi, Nepali, Bengali; Hindi in Devanagari (hi).
    mr: [
      'इंटीग्रेशन', 'इंटिग्रेशन', 'गेटवे', 'चेकआउट', 'पेमेंट (?:गेटवे|सिस्टम|पेज)'],
    ne: [
      'इन्टिग्रेसन', 'इंटिग्रेसन', 'इंटिग्रेशन', 'गेटवे', 'पेमेन्ट (?:गेटवे|सिस्टम)'],
    bn: [
      'ইন্টিগ্রেশন', 'ইন্টেগ্রেশন', 'ইন্টিগ্রেট', 'গেটওয়ে', 'চেকআউট',
      'পেমেন্ট (?:গেটওয়ে|সিস্টেম|পেজ)'],
    // Azerbaijani spells integration with a q ("inteqrasiya", which the English 'integr' misses): a payment system, page or module
    // built for a shop's customers ("Ödəniş sistemi inteqrasiyası üçün Payoneer lazımdır").
    az: ['inteqr\\S{0,10}', 'odenis (?:sistem|modul|sehife|forma|qapi)\\S{0,4}', 'musterilerimiz\\S{0,2}', 'magazamiz\\S{0,3}'],
    ha: ['manhaja\\S{0,3}', 'gina\\S{0,3}', 'hada\\S{0,3} (?:\\S+ )?(?:a cikin|cikin)'],
    yo: ['so (?:\\S+ ){1,2}po mo'],
    ig: ['ejiko (?:\\S+ ){0,2}na'],
    so: ['ku xirayaa', 'api'],
    mg: ['mampiditra'],
    // Round twenty-seven (t46): Swedish, Norwegian (Bokmål), Danish, Finnish and Icelandic, with or without å ä ö ø æ þ ð.
    sv: ['betalsätt\\S{0,3}', 'kassan', 'integrera\\S{0,3}', 'bygg in'],
    no: ['betalingsmåte\\S{0,3}', 'kassen', 'integrer\\S{0,3}'],
    da: ['betalingsmetode\\S{0,3}', 'kurven', 'integrer\\S{0,3}'],
    fi: ['maksutava\\S{0,3}', 'kassalle', 'integroi\\S{0,3}'],
    'is': ['greiðsluleið\\S{0,3}', 'körfunni'],
  },
  examples: ['I noticed three Venmo payments', 'margin by payment method breakdown', 'Reel 4 caption: COD available',
    'Confirmations: 1 for USDC on Base', 'smart contracts on Solidity', 'pelanggan yang bayar ke toko', 'модуль виплат',
    'бот поддерживал оплату через ЮMoney', 'користувач зможе обрати оплату',
    'As a donor, I want to pay with PayPal', 'Could you add an option to request money as friends?', '"Öde" butonlarıyla',
    'Braintree supports Venmo', 'GCash at Maya gamit ang PayMongo', 'Satispay e PayPal come metodi alternativi', 'pagar en cuotas sin interés',
    'WhatsApp chatbots with a bKash payment link', 'TWINT in den Checkout eingebunden', 'lojas que vendem com Pix',
    'UPI पेमेंट इंटीग्रेशन', 'বিকাশ পেমেন্ট ইন্টিগ্রেশন', 'Ödəniş sistemi inteqrasiyası'],
  counterExamples: ['pay me in USDT', 'Mənə Payoneer ilə ödəyin'],
});

/** Moving the contractor onto the client's own payroll or billing: "move onto our payroll provider", "stop billing through Upwork". */
export const OWN_PAYROLL = defineClass({
  name: 'OWN_PAYROLL',
  doc: "Paying a contractor through the client's own payroll or AP system, or billing through the freelancer's own company, instead of Upwork.",
  words: {
    en: [
      // The freelancer's own company billing instead: "invoice this through my Polish company directly", "invoicing through my business account".
      '(?:invoic\\S*|bill\\S*) (?:\\S+ ){0,3}(?:through|via|from|with|under|by) (?:my|our) (?:own )?(?:\\S+ )?' +
        '(?:company|business|llc|ltd|limited company|agency|firm|studio|gmbh|entity)(?: (?:bank )?account)?',
      '(?:move|moves|moving|put|add|onboard|switch|transfer)(?: you)? (?:on|onto|to|into) (?:our|the company\'?s?|my) (?:own )?payroll',
      'stop (?:billing|paying|invoicing|being paid|getting paid)(?: you)? (?:through|via|on|over) upwork',
      'pay you (?:from|through|via|out of) (?:our|the company\'?s?) (?:own )?(?:payroll|ap system|accounts payable|hr (?:system|portal))',
      '(?:as|become) (?:a |our )?(?:1099|w-?2) (?:contractor|employee)',
      "set (?:you )?up (?:in|on) (?:our|the company.?s?|my) (?:own )?payroll",
      "pay you as an? (?:employee|staff member|contractor) (?:through|via|from|on) (?:our|the company.?s?)",
      '(?:finance|accounting|accounts|payroll|billing) (?:department|team|dept) (?:will pay |pays |sends )?directly',
    ],
    es: [
      '(?:factur\\S*|te facturo|le facturo) (?:\\S+ ){0,2}(?:a traves de|por|desde|con) (?:mi|nuestra) (?:propia )?(?:empresa|compania|sociedad|agencia)',
      '(?:pasarte|pasar|moverte) a (?:nuestra|la) (?:nomina|planilla)'],
    pt: [
      '(?:passar|mover) (?:voce|vc)? ?(?:pra|para) (?:nossa|a) folha(?: de pagamento)?'],
    fr: ['factur\\S* (?:\\S+ ){0,2}(?:via|par|avec|depuis) (?:ma|notre) (?:propre )?(?:societe|entreprise|agence|boite|micro-entreprise)'],
    de: ['(?:uber|mit|von) (?:meine[rn]?|unsere[rn]?) (?:eigene[rn]? )?(?:firma|gmbh|agentur|unternehmen) (?:\\S+ ){0,2}(?:abrechnen|in rechnung stellen|fakturieren)',
      'rechnung uber (?:meine|unsere) (?:gmbh|firma|agentur|ug)',
    ],
    ru: ['(?:выставлю|выставим|выставить) сч[её]т\\S* (?:\\S+ ){0,2}(?:от|через) ' +
      '(?:моей|нашей|мою|нашу|моего|нашего) (?:компани|фирм|ип|ооо)\\S*'],
    uk: ['(?:виставлю|виставимо) рахун\\S* (?:\\S+ ){0,2}(?:від|через) ' +
      '(?:моєї|нашої|мою|нашу|мого|нашого) (?:компані|фірм|фоп|тов)\\S*'],
    id: ['invoice (?:\\S+ )?(?:lewat|dari|pakai|atas nama) (?:perusahaan|pt|cv) (?:saya|kami|aku)'],
  },
  examples: ['contractors move onto our payroll provider', "we'd stop billing through Upwork", 'we pay you from our own AP system', 'te vamos a pasar a nuestra nómina'],
  counterExamples: ['a payroll module that moves employees onto the new payroll provider'],
});

/**
 * One role paying another, both named in the third person: how an arrangement works, described ("Der Auftraggeber zahlt den
 * Freelancer direkt", "the client pays the freelancer directly"). Read only where the sentence names no I, we or you.
 */
export const ROLES_PAY = defineClass({
  name: 'ROLES_PAY',
  doc: 'A client paying a freelancer, both named as roles in the third person.',
  words: {
    en: ['(?:the|a|each|every) (?:client|buyer|customer|employer|company) (?:pays|paid|will pay|can pay|has to pay|must pay|transfers) ' +
      '(?:the|a|each|every) (?:freelancer|contractor|developer|seller|worker|provider)'],
    es: ['(?:el|un|cada) cliente (?:le )?(?:paga|pagara|transfiere|abona) (?:al|a un|a cada|el) (?:freelancer|profesional|trabajador|autonomo|proveedor)'],
    pt: ['(?:o|um|cada) cliente (?:paga|pagara|transfere) (?:ao|o|a um|um|a cada) (?:freelancer|profissional|prestador)'],
    fr: ['(?:le|un|chaque) client (?:paie|paye|verse|regle|reglera|paiera) (?:le|au|un|a un|chaque) (?:freelance|freelancer|prestataire|independant)'],
    de: ['(?:der|ein|jeder) (?:auftraggeber|kunde|client) (?:zahlt|bezahlt|uberweist|vergutet) (?:den|dem|einen|einem|jeden) ' +
      '(?:freelancer|auftragnehmer|dienstleister|selbststandigen)',
      '(?:die|eine) (?:auftraggeberin|kundin) (?:zahlt|bezahlt|uberweist|vergutet) (?:den|dem|einen|einem) (?:freelancer|auftragnehmer|dienstleister)'],
  },
  examples: ['Der Auftraggeber zahlt den Freelancer direkt.', 'the client pays the freelancer directly', 'el cliente paga al freelancer directamente',
    'o cliente paga o freelancer diretamente', 'le client paie le freelance directement'],
  counterExamples: ['I pay the freelancer directly', 'the client pays you directly'],
});
