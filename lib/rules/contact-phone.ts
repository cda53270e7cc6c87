import { defineRule, type Hit } from '../detector/rule';
import { before, clauseAround, matches, paragraphBefore, sentenceAt, sentenceBefore, sentenceWindow, standsAgainst, tableRow } from '../detector/text';
import { oneOf } from '../detector/pattern';
import { forTheWork } from '../detector/work-content';
import { facts } from './catalog';
import { compileAhead } from '../detector/compile-first';

type MessageId = 'phone' | 'spelled';

/**
 * Phone numbers in any country's format, found by reading digit groups rather
 * than by one regex per country: "+44 20 7946 0958", "(415) 555-0132",
 * "0300-1234567", "4 1 5 5 5 5 0 1 3 2", "four one five ...", "O3OO l234567".
 * Then the shapes that are not phone numbers are set aside: dates, versions,
 * IP addresses, ISBNs, prices, coordinates, year lists and labelled IDs.
 */

// "5 5 5 ➖ 0 1 4 4": the emoji minus separates groups as a hyphen does.
const SEPARATOR = /[ \-.()/\u2796]/;
const FORMAT_TALK = new RegExp(
  '\\b' +
    oneOf([
      'e\\.?164', 'e\\.g\\.?', 'for example', 'placeholder', 'dummy', 'sample', 'test (?:phone |mobile |cell )?(?:numbers?|data|verisi|numarasi)',
      // "test phone numbers like +1 650-555-3434 in Firebase", "Invalid like 000-000-0000 and 123-456-7890 get flagged".
      'invalid\\w*', 'fictional', 'fake (?:[a-z]{2,3} )?(?:data|phone|numbers?|one)',
      // "is not a valid UK number", "valid phone number like +44...": numbers weighed by a validator's rules.
      'valid (?:[a-z]{2,13} )?(?:phone |mobile )?numbers?', '(?:be|is|are|not) valid', 'numeros? de (?:teste|prueba|test)', 'testnummer\\w*', 'nomor (?:tes|uji)',
      'normali[sz]e\\w*', 'regex', 'validat\\w*', 'format(?:ted|s|ting)?', 'mask', 'style', 'sandbox', 'magic number',
      '(?:tested|testing) (?:it )?with', 'fake number',
      // A placeholder in a mockup or a footer, said so in any language: "telefone fictício", "fikcyjny numer", "numer testowy", "faux numéro".
      'fict\\w*', 'fikcyjn\\w*', 'testow\\w*', 'faux (?:numero|telephone)', 'bidon',
      // The number a bot or a shop page gives its customers: "el bot debe responder con el teléfono de la tienda".
      '(?:el|the|o|le|der) bot (?:debe|should|must|will|deve|doit|soll)',
      // The same talk in other languages: "z. B.", "por ejemplo", "par exemple", "validieren", "valider".
      'z\\. ?b', 'zum beispiel', 'por ejemplo', 'p\\. ?ej', 'par exemple', 'por exemplo', 'valid(?:ieren|iert|ar|er|e)\\w*',
      'misalnya', 'ornegin', 'halimbawa',
      // A form's checks tried out: "el campo valida el formato, lo probé con 612 ... y da error", "testei com".
      'valida', '(?:lo |la )?probe con', 'testei com', 'da error',
      // "sahte bir adres ... tel 0312 555 01 99", "número falso", "nomor palsu": a fake record for a test.
      'sahte', 'fals[oa]s?', 'palsu',
      // A number performed or shown in the work: "the ad says the number 555-0100 on screen", "line 14 of the script reads out",
      // "numbers screenwriters use on screen"; a sample message quoted after "a real reminder example:".
      'on[- ]screen', '(?:in|of) the (?:script|voice[- ]?over|storyboard|ad|commercial|spot|jingle)', 'reads? out', 'says the number',
      'screenwriters?', 'examples?(?=:)',
      // A validator's cases and a numbering plan: "+62 812-0000-000 will pass", "the number range starting with 07700 900".
      '(?:will|would|should|must) (?:fail|pass)', 'number (?:ranges?|blocks?)', 'ranges? of numbers',
      // Dutch and Romanian: "als dummynummer", "in de testomgeving", "een verzonnen nummer"; "număr fictiv", "în reclamă", "netradus în subtitrare".
      'dummy\\w*', 'test(?:omgeving|nummers?|data)', 'verzonnen', 'nepnummers?', 'fictiv\\w*', 'in reclama', 'subtitrar\\w*',
      // A form's phone field and the example it shows, numbers put into one format (round 21b): "the phone number field shows the
      // example +1 (555) 012-3456", "it should be something like 0912 555 xxx", "shall I standardise them to +351 22 555 0198".
      '(?:phone|mobile|cell|tel\\w*|number) (?:number )?(?:fields?|inputs?|boxe?s?)', 'shows? the example', 'something like', 'standardi[sz]\\w*',
    ]) +
    '\\b' +
    // Korean, written in jamo as the prepared view has it (Hangul has no \\b): a test number, a dummy, an example, one the app displays.
    `|${oneOf(['테스트', '더미', '예시', '가짜', '표시해'].map((w) => w.normalize('NFD')))}` +
    // Japanese, kana and ideographs as typed: a format (形式, フォーマット), "like" (みたいな), a field's validation or its hyphens.
    '|形式|フォーマット|みたいな|バリデーション|入力欄|ハイフン' +
    // Ukrainian and Russian (round 22): a form's example and a test number, "(наприклад +380 55 555 0000)", "555-0100 (тестовий)", "вигаданий".
    '|(?<![а-яіїєё])(?:наприклад|например|приміром|тестов\\S*|' +
    'фіктивн\\S*|фиктивн\\S*|вигадан\\S*|вымышлен\\S*|фейков\\S*)(?![а-яіїєё])' +
    // Hindi, Marathi, Nepali and Bengali in their scripts, as the view has them (NFKD: nukta apart): a placeholder, a dummy,
    // a sample or fake number ("प्लेसहोल्डर", "(डमी)", "ডামি হিসেবে", "नकली नंबर", "नमूना").
    `|${['प्लेसहोल्डर', 'प्लेस होल्डर', 'डमी', 'डम्मी', 'नकली', 'नमूना', 'नमुना',
      'सॅम्पल', 'सैंपल', 'स्याम्पल', 'ডামি', 'ডেমো',
      'প্লেসহোল্ডার', 'নমুনা', 'ভুয়া', 'নকল', 'স্যাম্পল'].map((w) => w.normalize('NFKD')).join('|')}`,
);
const DIGITISH = /[0-9oil]/;
/** A Hungarian case ending hyphened onto a number ("hívj a 06301234567-es számon", "-re", "-on"): the number ends there. */
const HUNGARIAN_SUFFIX = /^-(?:[aeo]s|[aeo]?n|[aeo]?t|r[ae]|rol|h[oe]z|n[ae]l|b[ae]n?)(?![a-z0-9])/;
const WORD_CHAR = /[a-z0-9_]/;
const PHONE_CUE = new RegExp(
  '\\b(?:call|calls|calling|phone|ph|tel|telephone|cell|cellphone|mobile|mob|number|num|whats\\w*|text|txt|sms|viber|signal|telegram|contact|reach|ring|dial|hotline|wx|vx|weixin)\\b' +
    // Chinese (no word edges) and Korean in jamo: "电话：139...", "手机号", "联系我", "전화", "연락처", "번호", "핸드폰".
    `|电话|電話|手机|手機|联系|聯繫|聯絡|号码|號碼|致电|${['전화', '연락', '번호', '핸드폰', '휴대폰'].map((w) => w.normalize('NFD')).join('|')}` +
    // Thai (read folded: เบอร์ is เบอร), Persian and Finglish, Hebrew, Bulgarian, Czech; a bare "number" (מספר, номер, číslo) only as one's own.
    '|เบอร|โทร|شمار(?:ه ?)?(?:م|ام|من)|تلفن|موبايل|تماس|زنگ|טלפון|פלאפון|נייד' +
    // Arabic "my number", "my mobile" (رقمى typed with alef maksura reads as رقمي in the view).
    '|رقمي|جوالي|تليفوني|تلفوني' +
    '|(?<![а-я])(?:телефон\\S*|моят номер|обади)' +
    '|\\b(?:shomare(?:m|am| man)|mobail\\w*|telefon\\w*|mobil\\w*|zavolej\\w*|volej\\w*|(?:moje|me|telefonni) cislo)\\b' +
    // Greek and Greeklish (τηλέφωνο, κινητό, "ο αριθμός μου"), Hungarian ("a számom", hívj; telefon and mobil are read above),
    // Malayalam in its script, chillu letters spelled with a virama as the view has them (നമ്പർ is നമ്പര്), and in Latin letters.
    '|(?<![α-ω])(?:τηλεφων\\S*|κινητ(?:ο|ου)|ο αριθμο[σς] μου|καλεσ(?:ε|τε) με|παρ(?:ε|τε) με)' +
    '|\\b(?:tilef[wo]n\\w*|kinito|szamom|hivj\\w*|nambar\\w*|ente (?:phone |mobile )?(?:number|no)|vilikk\\w*)\\b' +
    `|${['നമ്പര്', 'ഫോണ്', 'മൊബൈല്', 'വിളിക്ക'].join('|')}` +
    // Tamil and Telugu in their scripts, marks kept as the view has them (நம்பர், ఫోన్),
    // and Nigerian Pidgin "my line" ("call my line").
    `|${['நம்பர்', 'போன்', 'மொபைல்', 'கால் பண்ண']
      .concat(['నంబర్', 'నెంబర్', 'ఫోన్', 'మొబైల్', 'కాల్ చేయ'])
      .map((w) => w.normalize('NFKD'))
      .join('|')}` +
    '|\\b(?:my|ma|call|flash) line\\b' +
    // Hindi, Marathi and Nepali in Devanagari, and Bengali, decomposed as the view has them (फ़ोन is फ and a nukta).
    `|${['नंबर', 'नम्बर', 'फोन', 'फ़ोन', 'मोबाइल', 'कॉल', 'संपर्क', 'सम्पर्क'].join('|').normalize('NFKD')}` +
    `|${['নম্বর', 'নাম্বার', 'ফোন', 'মোবাইল', 'কল দি', 'কল কর', 'যোগাযোগ'].join('|').normalize('NFKD')}`,
);
const ID_LABEL = new RegExp(
  oneOf([
      '\\b' +
        oneOf([
          'order', 'invoice', 'inv', 'id', 'ref', 'reference', 'ticket', 'tracking', 'track', 'case',
          'p\\.?o\\.? ?(?=#|no|number)', 'sku', 'upc', 'ean', 'gtin', 'isbn', 'issn', 'doi', 'serial',
          's\\/n', 'sn', 'account', 'acct', 'a\\/c', 'iban', 'routing', 'sort code', 'transaction', 'txn',
          'receipt', 'policy', 'licen[cs]e', 'zip', 'postal', 'postcode', 'pin', 'otp', 'code', 'job',
          'contract', 'project', 'milestone', 'issue', 'pr', 'build', 'version', 'ver', 'model', 'part',
          'item', 'lot', 'batch', 'patent', 'registration', 'reg', 'tax', 'vat', 'ein', 'tin', 'ssn', 'nin',
          'passport', 'customer', 'user', 'member', 'employee', 'student', 'badge', 'room', 'flight',
          'booking', 'reservation', 'confirmation', 'awb', 'imei', 'mac', 'hash', 'commit', 'sha', 'block',
          'tx', 'nonce', 'seed', 'port', 'pid', 'error', 'err', 'status', 'kb', 'cve', 'rfc', 'iso', 'en(?! (?:number|no|nambar)\\b)',
          'din', 'sap', 'gst', 'abn', 'cnpj', 'cpf', 'npi', 'dea', 'license plate',
          'takip', 'kargo', 'seguimiento', 'rastreio', 'rastreamento', 'sendungsnummer', 'suivi', 'resi',
          // An order or invoice in other languages: "sipariş no", "pedido", "commande", "Bestellung".
          'siparis', 'pedido', 'commande', 'bestellung', 'bestellnummer', 'auftrag', 'pesanan', 'factura', 'fatura',
          'facture', 'rechnung', 'factuur\\w*', 'fattura', 'faktur\\w*',
          // A parcel's carrier ("Royal Mail RT 1234 5678 9GB", "FedEx 7712 3456 7890") and a company's register and tax numbers.
          'fedex', 'ups', 'usps', 'dhl', 'royal mail(?: [a-z]{2})?', 'dpd', 'evri', 'gls', 'aramex', 'tnt', 'siret', 'siren', 'nip',
          'regon', 'krs', 'p\\.? ?iva', 'partita iva', 'hrb', 'hra', 'kvk', 'btw', 'ust-?id\\w*', 'vat (?:id|[a-z]{2})', 'company (?:no|nr|number|reg\\w*)',
          'pirt', 'npwp', 'cif', 'nif',
          // Hungarian: an order, an invoice, an ID, a tax or item number ("a rendelés száma 2024-00123", "számlaszám").
          'rendeles\\w*', 'megrendeles\\w*', 'szamla(?:szam)?\\w*', 'azonosito\\w*', 'adoszam\\w*', 'cikkszam\\w*',
        ]) +
        '\\b[\\s:#.-]{0,3}(?:(?:no|number|num|nr|#|rakam|raqam|nomor|nomer|numero|nummer|numara(?:si)?|szama|szam)[\\s:.#-]{0,3})?',
      '[#№]\\s?',
      // Arabic: "رقم الطلب", "رقم التتبع", "رقم الفاتورة" (no \\b in this script).
      '(?:رقم )?(?:الطلب|الطلبية|التتبع|الفاتورة|الشحنة)\\s?',
      // Russian and Ukrainian: "Заказ № 2024-11-0573" ("№" is read as "no"), "замовлення 1234".
      '(?<![а-яіїє])(?:заказ|замовлення|накладн\\S*|посылк\\S*|отправлени\\S*|трек)[\\s:]{0,3}(?:no|номер)?[\\s:.#-]{0,3}',
      // Greek: an order, an invoice, a tax number ("παραγγελία αρ. 2024-00123", "τιμολόγιο 000123", "ΑΦΜ 123456789").
      '(?<![α-ω])(?:παραγγελια[σς]?|τιμολογι\\S*|αφμ)[\\s:]{0,3}(?:αρ\\.?|αριθμο[σς]?)?[\\s:.#-]{0,3}',
      // Devanagari and Bengali: an order, an invoice, a tracking or transaction number ("ऑर्डर नंबर 123456789"),
      // decomposed as the view has them.
      `(?:${['ऑर्डर', 'आर्डर', 'अर्डर', 'इनवॉइस', 'इनवॉयस', 'बिल'].join('|').normalize('NFKD')}|` +
        `${['ट्रैकिंग', 'ट्रांजैक्शन'].join('|').normalize('NFKD')}|` +
        `${['অর্ডার', 'ইনভয়েস', 'ট্র্যাকিং', 'ট্রানজেকশন', 'বিল'].join('|').normalize('NFKD')})` +
        `[\\s:]{0,3}(?:${['नंबर', 'नम्बर', 'आईडी'].join('|').normalize('NFKD')}|` +
        `${['নম্বর', 'নাম্বার', 'আইডি'].join('|').normalize('NFKD')})?[\\s:.#-]{0,3}`,
    ]) +
    '$',
);
/** The writer's own number ("my", "call me", "meine Nummer", "mon numéro", "мой номер"): never an example or a business line. */
// "I can be reached on ...", "je suis joignable au ...": the writer's own number too.
const REACHABLE = '\\b(?:i (?:can|may|will) be (?:reached|contacted)|(?:je suis|ich bin) (?:joignable|erreichbar))\\b|';
const MINE = new RegExp(
  REACHABLE + String.raw`\b(?:my|me|mich|mir|meine?[rn]?|moi|mon|ma|mi|mis|meu|minha|saya|aku|beni|bana|benim)\b|` +
    String.raw`(?<![а-яіїє])(?:мо[йяеи]|мне|мені|мі[йи]|моя|моят)(?![а-яіїє])|` +
    // Persian "شمارم"/"شماره ام"/"شماره من" and Finglish, Hebrew "שלי", Czech "moje/můj", Thai "เบอร์ผม" (read folded: ฉัน is ฉน, หนู is หน).
    String.raw`شماره(?:م| ?ام| من)|שלי|\b(?:shomare(?:m|am| man)|moje|muj)\b|เบอร(?:โทร)?(?:ผม|ฉน|หน)`,
);
/** "do you want me to say it slower": the writer asked to act, not owning the number. */
const ASKED_TO = /\b(?:want|wants|like|need|needs|expect|prefer) me to\b/g;
/** "if you hire me for the full cleanup": the writer hired, not reached. */
const HIRED = /\b(?:hire|hires|hiring|choose|pick|select|trust) me\b/g;
const mine = (part: string) => MINE.test(part.replace(ASKED_TO, ' ').replace(HIRED, ' '));
/** A phone number in another row of the same column: seven digits or more, separators allowed. */
const PHONE_LIKE = /\d(?:[\s().+-]*\d){6}/;
/** A table introduced as the writer's own details ("My details:", "call me on the number below"). */
const OWN_DETAILS = /\bmy (?:number|phone|cell|mobile|whatsapp|contact|details)\b|\b(?:call|text|reach|contact|whatsapp|ring) me\b/;
/** "tracking number", "order no": the word "number" naming an ID, not a phone. */
const ID_NUMBER = /\b(?:tracking|order|serial|invoice|case|ticket|reference|model|part|version|account|routing|item|batch|lot|build|policy|confirmation|booking|reservation)\s?(?:number|no|num|nr)\b/g;
/** The phone number of the client's business, given as content for the site being built. */
const BUSINESS_LINE = new RegExp(
  '\\b' +
    oneOf([
      'footer', 'header', 'contact page', 'store line', 'shop line', 'customers call', 'on the (?:site|website|page)',
      'for (?:customers|patients|clients|guests|callers)', 'business (?:number|phone|line)', 'main line', 'click-to-call',
      'fax', 'reply number', 'public number', 'front desk',
      // "the clinic's main line", "the bakery's number": the business's, not the writer's.
      "the (?:clinic|store|shop|office|company|restaurant|bakery|salon|hotel|practice|studio)'?s? (?:main )?(?:line|number|phone)",
      // French and others: "la page Contact", "le téléphone du magasin", "le numéro public".
      'page contact', '(?:telephone|numero) (?:du|de la) (?:magasin|boutique|cabinet|clinique|restaurant|societe)',
      'numero public', 'oeffentliche nummer', 'numero (?:publico|de la tienda|del negocio)',
      // The reader's own business line given back in the work (round 21b): "I put your shop's phone 0141 555 2290 as a lower third".
      "your (?:clinic|store|shop|office|company|restaurant|bakery|salon|hotel|practice|studio|business)'?s? (?:main )?(?:line|number|phone)",
    ]) +
    '\\b',
);
const CURRENCY_BEFORE = /(?:[$€£¥₹₽₦₱₩₺₴]|\b(?:usd|eur|gbp|inr|pkr|rs|ngn|php|aud|cad|rupees?|dollars?|budget|price|cost|salary|rate)\b)\s?$/;
const CURRENCY_AFTER = new RegExp(
  '^\\s?' +
    oneOf([
      '[$€£¥₹]',
      '\\b' +
        oneOf([
          'usd', 'eur', 'gbp', 'inr', 'pkr', 'rs', 'ngn', 'php', 'aud', 'cad', 'rupees?', 'dollars?',
          'euros?', 'pounds?', 'naira', 'pesos?', 'k\\b', 'm\\b', 'views', 'users', 'visitors', 'downloads',
          'subscribers', 'followers', 'records', 'rows', 'words', 'lines', 'hours', 'hrs', 'minutes', 'mins',
          'seconds', 'secs', 'ms', 'px', 'kb', 'mb', 'gb', 'tb', 'bytes', 'years?', 'months?', 'days?',
          'times', 'units', 'pieces', 'items', 'impressions', 'clicks', 'sessions', 'sales', 'orders',
        ]),
    ]),
);

/**
 * A transcript's line, a time and a speaker's label before the words (round 21b): "[04:12] CALLER: Yes you can reach me on
 * 0700 555 218". The number is the speaker's, typed as spoken in the work; a label of the writer's own ("me:") is not one.
 */
const SPEAKER_LINE = /^\s*[[(]?\d{1,2}:\d\d(?::\d\d)?[\])]?\s*-?\s*([a-z][a-z0-9 '-]{0,24}):\s/;
function transcribed(text: string, start: number): boolean {
  const speaker = SPEAKER_LINE.exec(text.slice(text.lastIndexOf('\n', start) + 1, start));
  return speaker !== null && !MINE.test(speaker[1]!) && !/\b(?:i|call|text|ring|reach|contact)\b/.test(speaker[1]!);
}

/** The line around a run, up to 120 characters back and 60 on: "validieren, also z. B. 030 12345678" ("z." ends no clause). */
function lineAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 120);
  const head = text.slice(from, start);
  const cut = head.lastIndexOf('\n');
  const tail = text.slice(end, end + 60).split('\n')[0]!;
  const line = head.slice(cut + 1) + text.slice(start, end) + tail;
  // A number alone on its line reads the line that introduces it: "...Phone Number Format:\n+44 20 7946 0958".
  if (cut === -1 || !/^\s*$/.test(head.slice(cut + 1)) || !/^\s*$/.test(tail)) return line;
  const intro = head.slice(0, cut).split('\n').pop()!;
  return /:\s*$/.test(intro) ? `${intro} ${line}` : line;
}

/**
 * Numbers said in pairs and triples, as French and Turkish speakers give a phone number: "zéro six, douze,
 * trente-quatre, cinquante-six, soixante-dix-huit", "sıfır beş yüz otuz iki, yüz yirmi üç, kırk beş". The prepared
 * view turns single digits into figures; the tens and hundreds are composed here.
 */
const NUMBER_WORD_VALUES: Record<string, number> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60, cent: 100,
  sifir: 0, bir: 1, iki: 2, uc: 3, dort: 4, bes: 5, alti: 6, yedi: 7, sekiz: 8, dokuz: 9, on: 10, yirmi: 20, otuz: 30,
  kirk: 40, elli: 50, altmis: 60, yetmis: 70, seksen: 80, doksan: 90, yuz: 100,
};
const PAIR_TOKEN = `(?:\\d{1,3}|${Object.keys(NUMBER_WORD_VALUES).sort((a, b) => b.length - a.length).join('|')})`;
const PAIRED_RUN = compileAhead(new RegExp(`(?<![a-z0-9])${PAIR_TOKEN}(?:(?:[\\s,-]{1,3}|\\set\\s)${PAIR_TOKEN}){3,30}(?![a-z0-9])`, 'g'));
/** A phone cue in the languages that say numbers in pairs. */
const PAIRED_CUE = /\b(?:joindre|appel\w*|numero|telephone|portable|whatsapp|numara\S*|telefon\S*|ara(?:yin|yabilirsiniz)|yaz\S*)\b/;

/** The digits a run of paired number words stands for ("0 5 100 30 2" is "0532"), or null when it does not compose. */
function composePairs(run: string): string | null {
  let out = '';
  let current: number | null = null;
  let last = -1;
  const flush = () => {
    if (current !== null) out += String(current);
    current = null;
  };
  for (const word of run.split(/[\s,-]+|\set\s/)) {
    if (!word || word === 'et') continue;
    const t = /^\d+$/.test(word) ? Number(word) : NUMBER_WORD_VALUES[word];
    if (t === undefined || t > 100) return null;
    if (t === 0) {
      flush();
      out += '0';
    } else if (t === 100) {
      current = (current !== null && current < 10 ? current : (flush(), 1)) * 100;
    } else if (t === 20 && last === 4 && current !== null && current % 100 === 4) {
      current += 76; // "quatre-vingt": eighty
    } else if (current !== null && fits(current, t)) {
      current += t;
    } else {
      flush();
      current = t;
    }
    last = t;
  }
  flush();
  return out;
}

/** Whether `t` continues the number `current` ("trente" then "quatre", "soixante" then "dix", "yüz" then "yirmi"). */
function fits(current: number, t: number): boolean {
  const rest = current % 100;
  if (current >= 100 && rest === 0) return t < 100;
  if (rest >= 20 && rest % 10 === 0) return t < 10 || ((rest === 60 || rest === 80) && t < 20);
  return false;
}

/** A number given in pieces: "Area code is 415, then 555, then oh one three two". */
const IN_PIECES = /\b(?:area code|country code|prefix)\b[^.!?\n]{0,12}?\+?\d{1,4}\b[^.!?\n]{0,60}/g;

interface Run {
  start: number;
  end: number;
  groups: string[];
  separators: string[];
  plus: boolean;
}

/** Reads a run of digit groups starting at `i` (a digit, '+' or '('). Bounded by 15 digits + slack. */
function readRun(text: string, i: number, spelled: (at: number) => boolean): Run | null {
  const start = i;
  let pos = i;
  let plus = false;
  if (text[pos] === '+') {
    plus = true;
    pos++;
  }
  if (text[pos] === '(') pos++;
  if (text[pos] === '+') {
    plus = true;
    pos++;
  }
  const groups: string[] = [];
  const separators: string[] = [];
  const groupEnds: number[] = [];
  let end = pos;
  let digits = 0;
  while (digits <= 20) {
    let g = pos;
    while (g < text.length && DIGITISH.test(text[g]!)) g++;
    const group = text.slice(pos, g);
    // A group is digits, or digits with a few look-alike letters ("O3OO", "l234"), or one look-alike between digits.
    const xTrick = text[g] === 'x' && group.length <= 2 && /\d/.test(text[g + 1] ?? '');
    if (!group || (/[a-z]/.test(text[g] ?? '') && !xTrick)) break;
    const real = group.replace(/[oil]/g, '').length;
    if (real === 0 && !(group.length === 1 && groups.length > 0)) break;

    groups.push(group);
    groupEnds.push(g);
    digits += group.length;
    end = g;
    let s = g;
    // Commas separate groups only in spelled-out numbers ("four one five, five five five").
    // ... and an "x" between one- or two-digit groups is the "drop the x's" trick, not a dimension.
    while (s < text.length && s - g < 3 && (SEPARATOR.test(text[s]!) || (text[s] === ',' && spelled(g - 1)) || (text[s] === 'x' && group.length <= 2 && /\d/.test(text[s + 1] ?? '')))) s++;
    if (s === g || !DIGITISH.test(text[s] ?? '')) {
      if (text[g] === ')') end = g + 1;
      break;
    }
    // The separator counts only if a real group follows it (not the "i" of "inside").
    const next = /^[0-9oil]+/.exec(text.slice(s, s + 24))?.[0] ?? '';
    if (!/\d/.test(next) && !(next.length === 1 && /\d/.test(text[s + 1 + (/^[ \-.]/.test(text[s + 1] ?? '') ? 1 : 0)] ?? ''))) break;
    if (/[a-wyz]/.test(text[s + next.length] ?? '') || (text[s + next.length] === 'x' && !/\d/.test(text[s + next.length + 1] ?? ''))) break;
    separators.push(text.slice(g, s));
    pos = s;
  }
  if (groups.length === 0) return null;
  // A trailing look-alike letter is a word ("555 l"), not a digit.
  while (groups.length > 1 && /^[oil]$/.test(groups[groups.length - 1]!)) {
    groups.pop();
    separators.pop();
    groupEnds.pop();
    end = groupEnds[groupEnds.length - 1]!;
  }
  return { start, end, groups, separators, plus };
}

function isbnChecksumOk(digits: string): boolean {
  if (digits.length === 13 && /^97[89]/.test(digits)) {
    let sum = 0;
    for (let k = 0; k < 13; k++) sum += Number(digits[k]) * (k % 2 === 0 ? 1 : 3);
    return sum % 10 === 0;
  }
  if (digits.length === 10) {
    let sum = 0;
    for (let k = 0; k < 10; k++) sum += Number(digits[k]) * (10 - k);
    return sum % 11 === 0;
  }
  return false;
}

/** 1 2 3 4 5 6 7 or 9-8-7-6-5: each group one more or one less than the last. */
function isSequence(groups: string[]): boolean {
  if (groups.length < 4) return false;
  const values = groups.map(Number);
  const step = values[1]! - values[0]!;
  return Math.abs(step) === 1 && values.every((v, k) => k === 0 || v - values[k - 1]! === step);
}

/** 100 / 250 / 500 / 1000: every group larger than the last. */
function isRising(groups: string[]): boolean {
  return groups.every((g, k) => k === 0 || Number(g) > Number(groups[k - 1]));
}

/**
 * Year-month-day or day-month-year (or month-day-year) groups: their lengths, and a day and a month that can be one. French numbers
 * written in dotted pairs ("06.55.55.12.40") have a date's lengths but no month 55.
 */
function isDate(groups: string[]): boolean {
  const [a, b, c] = groups.map((g) => g.length) as [number, number, number];
  const [x, y, z] = groups.map(Number) as [number, number, number];
  const dayMonth = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;
  if (a === 4 && b <= 2 && c <= 2) return dayMonth(z, y);
  return a <= 2 && b <= 2 && (c === 4 || c === 2) && (dayMonth(x, y) || dayMonth(y, x));
}

/** Shapes that are digits but not phone numbers. */
function isNotPhone(run: Run, digits: string, text: string): boolean {
  const { groups, separators, plus } = run;
  const lengths = groups.map((g) => g.length);
  const seps = separators.map((s) => s.trim() || ' ');
  const allSep = (c: string) => seps.every((s) => s === c);
  const raw = text.slice(run.start, run.end);

  // Dates: 2024-03-15, 15/03/2024, 03.15.2024; and 2019-2024 year ranges or lists.
  if (groups.length === 3 && (allSep('-') || allSep('/') || allSep('.'))) {
    if ((lengths[0] === 4 && lengths[1]! <= 2 && lengths[2]! <= 2) || (lengths[0]! <= 2 && lengths[1]! <= 2 && (lengths[2] === 4 || lengths[2] === 2))) return true;
  }
  if (lengths.every((l) => l === 4) && groups.every((g) => /^(?:19|20)\d\d$/.test(g))) return true;
  // A date that runs on into a time or a second date: "2012-01-02 08:00", "2024/03/15 - 2024/03/22".
  if (groups.length > 3 && seps[0] === seps[1] && /^[-/.]$/.test(seps[0]!) && isDate(groups.slice(0, 3))) return true;
  if (text[run.end] === ':' && /\d\d/.test(text.slice(run.end + 1, run.end + 3)) && groups.length >= 3 && isDate(groups.slice(0, 3))) return true;
  // Day-month ranges and dates with a year at the end: "05.10-09.10.2015", "12/03-15/03".
  if (
    groups.length >= 3 &&
    seps.some((s) => s === '.' || s === '/') &&
    seps.includes('-') &&
    lengths.slice(0, -1).every((l) => l <= 2) &&
    (lengths[lengths.length - 1]! <= 2 || /^(?:19|20)\d\d$/.test(groups[groups.length - 1]!))
  )
    return true;
  // Numeric ranges: pages "1203-1215", counts "2500-3000": two groups of one size, rising a little.
  if (!plus && groups.length === 2 && seps[0] === '-' && lengths[0] === lengths[1] && lengths[0]! >= 3) {
    const [a, b] = groups.map(Number) as [number, number];
    if (b > a && b - a < Math.max(1000, a / 2)) return true;
  }
  // Network blocks: 192.168.10.0/24.
  if (groups.length === 5 && seps.slice(0, 3).every((s) => s === '.') && seps[3] === '/' && lengths.slice(0, 4).every((l) => l <= 3) && lengths[4]! <= 2) return true;
  // Times and short dotted values: 10.30-11.45.
  if (digits.length <= 8 && lengths.every((l) => l <= 2) && seps.some((s) => s === '.')) return true;
  // Versions and IP addresses: 10.0.19045, 192.168.1.1.
  if (!plus && seps.length > 0 && allSep('.') && groups.length <= 4 && (lengths.includes(1) || lengths.every((l) => l <= 3))) return true;
  // Thousands: 1.500.000, 2 500 000 with a currency nearby.
  if (!plus && groups.length >= 2 && lengths[0]! <= 3 && lengths.slice(1).every((l) => l === 3)) {
    if (allSep('.') || CURRENCY_BEFORE.test(before(text, run.start, 20)) || CURRENCY_AFTER.test(text.slice(run.end, run.end + 14))) return true;
  }
  // ISBN-10/13 with a valid check digit.
  // (A random 10-digit number passes the ISBN-10 check one time in eleven, so ISBN-10 needs the word.)
  const isbnCue = /isbn/.test(before(text, run.start, 20));
  if (!plus && isbnChecksumOk(digits) && (isbnCue || (digits.length === 13 && groups.length > 1))) return true;
  // Masks and placeholders: "(00) 00000-0000", "000.000.000-00", "555-5555-555" with one digit only.
  if (/^(\d)\1*$/.test(digits)) return true;
  // A list label before a spaced dash, then an ISBN: "Book 1 – 978-1-23456-780-3".
  const rest = groups.slice(1).join('');
  if (!plus && lengths[0]! <= 2 && /\s[-\u2013\u2014]\s/.test(separators[0] ?? '') && rest.length === 13 && /^97[89]/.test(rest) && groups.length >= 5) return true;
  // Brazilian CEP postcodes: 80020-000.
  if (!plus && groups.length === 2 && lengths[0] === 5 && lengths[1] === 3 && seps[0] === '-') return true;
  // A range of amounts: "1 000-1 125 $", "2.500-3.000".
  if (!plus && seps.includes('-')) {
    const cut = seps.indexOf('-') + 1;
    const thousands = (ls: number[]) => ls.length >= 2 && ls[0]! <= 3 && ls.slice(1).every((l) => l === 3);
    if (thousands(lengths.slice(0, cut)) && thousands(lengths.slice(cut))) return true;
  }
  // ZIP+4 postcodes: 12345-6789.
  if (!plus && groups.length === 2 && lengths[0] === 5 && lengths[1] === 4 && seps[0] === '-') return true;
  // A block of numbers given as a range: "+1 555 0100-0199", "0300-0000001": the last two groups alike and rising a little.
  const [penult, last] = [groups[groups.length - 2] ?? '', groups[groups.length - 1]!];
  const rise = Number(last) - Number(penult);
  if (groups.length > 2 && seps[seps.length - 1] === '-' && penult.length === last.length && last.length >= 3 && rise > 0 && rise < 1000) return true;
  // ISBNs in a list, written with hyphens ("978-1-23456-780-3"), whatever their check digit.
  if (!plus && digits.length === 13 && /^97[89]/.test(digits) && groups.length >= 4) return true;
  // IP ranges and pairs: "10.0.3.16-10.0.3.255", "10.0.0.2/10.0.0.3".
  if (!plus && raw.split(/[-/]/).every((part) => /^\d{1,3}(?:\.\d{1,3}){3}$/.test(part.trim()))) return true;
  // Lists: area codes "214/469/972", amounts "100 / 250 / 500 / 1000"; a regulation or a case "1169/2011".
  if (!plus && groups.length >= 3 && allSep('/') && (lengths.every((l) => l === 3) || isRising(groups))) return true;
  if (!plus && groups.length === 2 && allSep('/') && /^(?:19|20)\d\d$/.test(groups[1]!)) return true;
  // The longitude after a latitude: "-37.8190, 145.0005".
  if (groups.length === 2 && seps[0] === '.' && lengths[1]! >= 4 && /\d\.\d{3,},\s?-?$/.test(text.slice(run.start - 14, run.start))) return true;
  // Coordinates: "40.7128, -74.0060" arrives as two dotted decimals.
  if (/^\d{1,3}\.\d{3,}[\s-]+\d{1,3}\.\d{3,}$/.test(raw)) return true;
  return false;
}

export default defineRule<MessageId>({
  ...facts('contact-phone'),
  description: 'Phone numbers in any national or international format, including spelled-out and look-alike digits.',
  fixLabel: 'Remove the phone number',
  messages: {
    phone: 'This looks like a phone number. Before a contract starts, phone numbers count as contact details and sharing them can get your account put on hold.',
    spelled: 'This spells out a phone number. Writing digits as words or with look-alike letters does not hide it: it is still contact information.',
  },
  check({ text, original, starts, ends }) {
    // Letters of any script: "девятьсот" and "nove" are digits typed as words.
    const spelled = (at: number) => /\p{L}/u.test(original.slice(starts[at]!, ends[at]!));
    const hits: Hit<MessageId>[] = [];
    // Jump from candidate to candidate: a digit, '+' or '(' before a digit, or a look-alike letter opening digits.
    const candidate = /[0-9]|[+(](?=[0-9(+])|(?<![a-z0-9_])[oil]{1,3}(?=\d[0-9oil]*(?![a-z]))/g;
    let next = 0;
    for (let m = candidate.exec(text); m; m = candidate.exec(text)) {
      const i = m.index;
      if (i < next) continue;
      if (i > 0 && WORD_CHAR.test(text[i - 1]!)) {
        // Skip the rest of this word: digits glued to letters ("v2", "1080p", "a1b2") are not phone numbers.
        while (candidate.lastIndex < text.length && WORD_CHAR.test(text[candidate.lastIndex]!)) candidate.lastIndex++;
        continue;
      }
      const run = readRun(text, i, spelled);
      if (!run) continue;
      next = Math.max(run.end, i + 1);
      candidate.lastIndex = next;
      const digits = run.groups.join('').replace(/o/g, '0').replace(/[il]/g, '1');
      // With a country prefix ("+44", "0044") a real number has at least 9 digits.
      const international = run.plus || /^00/.test(digits);
      if (digits.length < (international ? 9 : 7) || digits.length > 15) continue;
      if (WORD_CHAR.test(text[run.end] ?? '') && !/^x\d/.test(text.slice(run.end, run.end + 2))) continue;
      const lead = before(text, run.start, 30);
      if (ID_LABEL.test(lead) || CURRENCY_BEFORE.test(lead)) continue;
      if (isNotPhone(run, digits, text)) continue;

      // Were any of these digits typed as words or look-alike letters?
      const typed = original.slice(starts[run.start]!, starts[run.end - 1]! + 1);
      const disguised = /\p{L}{2,}/u.test(typed.replace(/\bx\d+$/i, '')) || /[oil]/.test(run.groups.join(''));

      const clause = clauseAround(text, run.start, run.end).text;
      const cue = PHONE_CUE.test(clause.replace(ID_NUMBER, ' '));
      // Part of a longer token: the tail of a UUID, a hyphenated SKU, a path segment.
      if (/[-./_]/.test(text[run.start - 1] ?? '') && /[a-z0-9]/.test(text[run.start - 2] ?? '')) continue;
      if (/[-./_]/.test(text[run.end] ?? '') && /[a-z0-9]/.test(text[run.end + 1] ?? '') && !HUNGARIAN_SUFFIX.test(text.slice(run.end, run.end + 6))) continue;
      // An unformatted digit string is an ID or a timestamp unless the sentence is about calling.
      if (run.groups.length === 1 && !run.plus && !disguised && !cue) continue;
      // "Customer ID 123-456-7890", "Batch IDs": labelled identifiers.
      if (/\b(?:ids?|identifiers?|timestamps?|epoch|uuid|guid|hash)\b/.test(clause) && !cue) continue;
      // "normalise phone numbers to E.164 (e.g. +15550100123 style)": an example of a format, not a number to call.
      const line = lineAround(text, run.start, run.end);
      // The writer may be named in an earlier sentence of the line ("...is my daily work. I will add test phone numbers like ...").
      // "Validation rejects numbers that aren't E.164: 555-0100 fails. Want me to loosen it?": the writer named in another sentence.
      // The sentence is read with the one before it: "e.g." ends a sentence for the splitter.
      const sentence = sentenceBefore(text, run.start).text + sentenceAt(text, run.start).text;
      const formatSaid = (part: string) => FORMAT_TALK.test(part) && !mine(part);
      if (FORMAT_TALK.test(line) && (!mine(line) || formatSaid(clause) || formatSaid(sentence))) continue;
      // An argument in code: isValidPhoneNumber('+442071234567', 'GB').
      if (/[=(,]\s*['"`]$/.test(text.slice(Math.max(0, run.start - 4), run.start)) && /^['"`]/.test(text.slice(run.end, run.end + 1))) continue;
      // A record in a CSV sample ("Dana,dana@x.com,(555) 010-4432,Austin") or a table of rows: data for the work.
      if (text[run.start - 1] === ',' && text[run.end] === ',') continue;
      if (tableRow(text, run.start, PHONE_LIKE) && !MINE.test(line) && !OWN_DETAILS.test(paragraphBefore(text, run.start, run.end))) continue;
      if (transcribed(text, run.start)) continue;
      // A business's own line for its site or footer ("the store line customers call"), not the writer's.
      if (BUSINESS_LINE.test(clause) && !MINE.test(clause)) continue;
      // The store line for the store locator, a row of seed data, the Impressum: a deliverable named in the passage.
      if (!disguised && forTheWork(text, run.start, run.end, line)) continue;
      // Measurements in a list ("390 / 768 / 1366 px").
      if (run.separators.every((sep) => sep.trim() === '/') && /^\s?(?:px|pt|em|rem|dp|dpi|ms)\b/.test(text.slice(run.end, run.end + 5))) continue;
      // Counting ("1 2 3 4 5 6 7"), unless plainly given as a phone number.
      if (!cue && isSequence(run.groups)) continue;
      hits.push({ start: run.start, end: run.end, messageId: disguised ? 'spelled' : 'phone' });
    }
    for (const m of matches(IN_PIECES, text)) {
      // The pieces must say how they follow each other and add up to a phone number's length.
      const digits = m[0].replace(/\boh\b/g, '0').replace(/\D/g, '');
      if (!/\b(?:then|followed by|and then|after that)\b/.test(m[0]) || digits.length < 7 || digits.length > 15) continue;
      if (hits.some((h) => h.start < m.index + m[0].length && m.index < h.end) || standsAgainst(text, m.index, m.index + m[0].length)) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'spelled' });
    }
    for (const m of matches(PAIRED_RUN, text)) {
      const start = m.index;
      const end = start + m[0].length;
      // Only numbers typed at least partly as words, and not already read above.
      if (!/\p{L}{2,}/u.test(original.slice(starts[start]!, ends[end - 1]!)) || hits.some((h) => h.start < end && start < h.end)) continue;
      const digits = composePairs(m[0]);
      if (!digits || digits.length < 9 || digits.length > 13) continue;
      if (!PAIRED_CUE.test(sentenceWindow(text, start, end)) || standsAgainst(text, start, end)) continue;
      hits.push({ start, end, messageId: 'spelled' });
    }
    return hits;
  },
});
