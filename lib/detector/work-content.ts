import { oneOf } from './pattern';
import { neighbourhoodRange, paragraphBeforeRange, sentenceAt } from './text';

/**
 * Contact details that are the material of the work, not a way to reach the writer: the client's
 * store line for the store locator, the Impressum, the letterhead and the business cards, the
 * support address in a footer, the brand handles the freelancer will run, the rows of a CRM import,
 * seed data and test fixtures, a `tel:` link in the page being built. The contact rules read the
 * passage before a detail (its paragraph and the sentences either side) for one of these
 * deliverables, and keep the detail when the writer's own words sit next to it ("my number for the
 * footer", "call me"): a freelancer's own number is still a violation inside a signature.
 * 555-01xx numbers and example.com are not exempted by their shape: violations use them too.
 */
const DELIVERABLE = new RegExp(
  // Not inside a link, a host name or an address: "brightpixel-crm.example" names no CRM import.
  '(?<![a-z0-9@./_-])' +
    oneOf([
      // The page parts and print pieces that carry a business's details.
      'footer', 'letterhead', 'business cards?', 'visiting cards?', '(?:html |e-?mail )?signatures?', 'store[- ](?:locator|finder)',
      'locations? page', 'branch(?:es)?', 'impressum', 'imprint', 'press (?:kit|page|contact)', 'structured data', 'json-ld',
      'schema\\.org', 'google (?:business|maps|my business|listing|profile)', 'menu (?:card|board)', 'flyers?', 'posters?',
      'signage', 'packaging', 'address block', 'order forms?', 'wedding (?:invitations?|cards?)', 'rsvp', 'landing page',
      'contact.? (?:page|block|section|button)', 'contact us (?:page|button|link|block)', 'click-to-call',
      'tel:', 'call (?:us|now)', 'widget', 'chatbot', 'toll.?free', 'landline', 'switchboard', 'helpline', 'hotline',
      'customer (?:line|service|care|support)', '(?:booking|reservation) line', 'direct dials?',
      // Data handled in the work: imports, seed rows, fixtures.
      'seed(?:ed|ing)? (?:data|db|database|file|rows)', 'seed data', 'fixtures?', 'test (?:data|records|customer)', 'crm',
      // Made-up people for a demo or a login test (round 126): "test user created: ...", "dummy data on staging", "data dummy untuk tes".
      '(?:test|demo|dummy|fake|mock|placeholder) (?:users?|patients?|accounts?|logins?|profiles?|contacts?|records|rows)',
      '(?:dummy|fake|mock|sample|placeholder|demo) data',
      'data (?:dummy|palsu|contoh)', 'datos ficticios', 'dados ficticios', 'donnees fictives',
      'imports?', 'imported', 'importer', 'failed rows', 'template variables?', 'settings\\.py', 'smtp', 'mailto:', 'regex', 'embed', 'dmarc', 'dkim',
      'dns zone', 'dns records?', 'mx records?', 'zone file', '(?:settings|config(?:uration)?) (?:block|files?)', 'env vars?',
      'invoice (?:pdf|template)s?',
      // A video's captions that carry a shop's details (round 21b): "your shop's phone and address as a lower third".
      'lower thirds?', 'end (?:cards?|screens?|slates?)', 'title cards?',
      // Code under review: "seed.py uses x@gmail.com as an admin", "config.yaml line 14", a pull request's findings.
      // Not ".js" or ".ts": "Node.js", "Next.js" name a stack, not a file.
      '[a-z0-9_-]+\\.(?:py|ya?ml|json|env|sql|rb|php|toml|ini|cfg|properties)', 'pull requests?', 'code review', 'pr review',
      // Numbers and addresses put to a validator ("only valid phone numbers are used", "E.164", "Email-Validierung"),
      // and personal data the work redacts or labels ("redact it as [EMAIL]", "PII annotation project").
      'validat\\w*', 'validierung', 'validac(?:ao|oes|ion)', 'e\\.?164', '(?:in)?valid (?:[a-z]{2} )?(?:phone |mobile )?numbers?', 'redact\\w*', 'pii',
      'pii_\\w+', '(?:data )?annotation project',
      // The brand's own accounts that the freelancer will run, and its mail on its own domain.
      'content calendar', 'brand (?:account|handles?|guidelines|book)', 'business account', 'social (?:handles|accounts|icons?)',
      '(?:you.?ll|you will) (?:be )?(?:running|managing|posting)', 'bio links?', 'link-in-bio', 'posting times', 'our handle',
      '(?:on )?your (?:own )?domain', 'tu dominio', 'seu dominio', 'votre domaine', 'gestiono redes', 'бренд-акаунт',
      // The same deliverables in the other languages of the corpus (folded: no accents, lower case).
      'localizador de tiendas', 'sucursal(?:es)?', 'pie de pagina', 'membrete', 'tarjetas? de visita', 'ficha de google',
      'telefono de reservas', 'datos de prueba', 'nossas lojas', 'pagina (?:de )?contato', 'rodape', 'papel timbrado',
      'google meu negocio', 'telefone da rece\\w*', 'papier a en-tete', 'cartes? de visite', 'fiche (?:magasin|google)',
      'donnees structurees', 'pied de page', 'mentions legales', 'signatures? mail', 'nos agences', 'briefkopf', 'visitenkarten?',
      'testdaten', 'kontaktseite', 'carta intestata', 'biglietti? da visita', 'pagina contatti', 'mock-?ups?', 'stopk\\w*',
      'papier\\w* firmow\\w*', 'wizytowk\\w*', 'ulotk\\w*', 'briefpapier', 'visitekaartjes?', 'magaza bulucu\\w*',
      'iletisim sayfas\\w*', 'kartvizit\\w*', 'antetli', 'sabit hat', 'lokasi toko', 'halaman kontak', 'kartu nama',
      'label kemasan', 'layanan konsumen', 'shadi card', 'pagina .?contact.?',
    ]) +
    '(?![a-z0-9@_-]|\\.[a-z0-9])',
  'g',
);
/** The same in Cyrillic and Arabic: "футер", "страница «Контакты»", "в подвале письма", "صفحة تواصل معنا", "فروعنا". */
const DELIVERABLE_OTHER = new RegExp(
  '(?<![\\u0400-\\u052f\\u0600-\\u06ff])' +
    oneOf([
      'футер\\S*', 'подвал\\S*', 'шапк\\S*', '«контакт\\S*', 'лендинг\\S*', 'візитк\\S*', 'визитк\\S*', 'бланк\\S*',
      'реєстратур\\S*', 'регистратур\\S*', 'вывеск\\S*', 'فروعنا', 'تواصل معنا', 'الفوتر', 'البوستر', 'خدمة العملاء',
      'الخط المجاني', 'صفحات الموقع',
    ]),
  'g',
);

/**
 * The writer's own channel named next to the detail: "my number", "call me", "mon numéro", "llámame", "mera number",
 * "nomor saya", "мой номер". Read only in the detail's own line, never the whole paragraph. Possessives that are also
 * common words elsewhere ("mis" in "j'ai mis", "mein" in Hindi "data mein", "mon" in "Mon-Fri") count only before a
 * word for a phone, a mail, an address or an app. Words are looked up in sets, not in one long alternation (machine code).
 */
const OWN_WORDS = new Set(
  ('my mine me myself personal private mich mir joignable erreichbar llamame escribeme mujhe mera meri mi meu minha mio moi ' +
    'portfolio portofolio raqmi rakami numaram').split(' '),
);
const AMBIGUOUS_POSSESSIVES = new Set('mis mon ma mes mein meine meinen meiner moj moja moje mia'.split(' '));
const CHANNEL_NOUN = new RegExp(
  '^(?:num|tel|portable|handy|nummer|cel|movil|whats|mobile|correo|mail|e-?mail|adres|direc|endereco|conta|kontakt|' +
    'coordonnees|datos|dados|skype|insta|ig$|tg$|discord|signal|viber|wechat|zap|face|linkedin)',
);
const OWN_PHRASE = new RegExp(
  '\\bi (?:can|may|will) be (?:reached|contacted)\\b|-moi\\b|\\bme (?:chama|liga)\\b|\\bbeni ara|\\bbana (?:yaz|ulas)|\\b(?:hubungi|wa|nomor|hp|e-?mail|telepon) (?:saya|aku)\\b|' +
    '(?<![а-яіїє])(?:мо[йяеи]|мне|мені|мі[йи]|моя)(?![а-яіїє])|رقمي',
);

function ownChannel(nearby: string): boolean {
  if (OWN_PHRASE.test(nearby)) return true;
  const words = nearby.split(/[^a-z0-9'-]+/);
  return words.some((w, k) => OWN_WORDS.has(w) || (AMBIGUOUS_POSSESSIVES.has(w) && CHANNEL_NOUN.test(words[k + 1] ?? '')));
}

/** "just drop the brief to x@...", "write to us at ...": the reader sent to the detail, whoever it belongs to. */
const DIRECTED_TO = /\b(?:send|drop|e-?mail|mail|forward|write|text|call|ring|reach)\b(?: (?:it|them|the \w+|your \w+|us|me))? (?:to|at|on) $/;

/** Where the line that introduces the paragraph holding `start` ("Voici les infos pour le papier à en-tête :") sits, or null. */
function introLineRange(text: string, start: number): [number, number] | null {
  const from = Math.max(0, start - 300);
  // Searched within the 300 characters only: lastIndexOf over the whole text, once per detail, was
  // quadratic on a long paste without blank lines (200 KB of phone numbers: 2.4 s of 2.9 s).
  const inHead = text.slice(from, start + 2).lastIndexOf('\n\n');
  if (inHead === -1) return null;
  const blank = from + inHead;
  const intro = text.slice(Math.max(0, blank - 200), blank).split('\n').pop()!;
  return /:\s*$/.test(intro) ? [blank - intro.length, blank] : null;
}

/**
 * Every deliverable word of one text, found in one pass and kept for the text's next details: a
 * long paste holds thousands of details, and testing the 150-word alternation on the passage of
 * each (about 2 KB) took 11 s for 200 KB of phone numbers once V8 stopped optimising the page's
 * regular expressions. Spans sorted by start.
 */
const DELIVERABLE_ALL = [DELIVERABLE, DELIVERABLE_OTHER];
let spansOf: string | undefined;
let spans: [number, number][] = [];

function deliverableSpans(text: string): [number, number][] {
  if (text !== spansOf) {
    spans = DELIVERABLE_ALL.flatMap((re) => [...text.matchAll(re)].map((m): [number, number] => [m.index, m.index + m[0].length]));
    spans.sort((a, b) => a[0] - b[0]);
  }
  spansOf = text;
  return spans;
}

/** A deliverable word wholly inside [from, to). */
function deliverableIn(text: string, range: readonly [number, number] | null): boolean {
  if (!range) return false;
  const [from, to] = range;
  const all = deliverableSpans(text);
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]![0] < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < all.length && all[k]![0] < to; k++) if (all[k]![1] <= to) return true;
  return false;
}

/** True when the passage around [start, end) names a deliverable or a data set that the detail belongs to. */
export function deliverableAround(text: string, start: number, end: number): boolean {
  // The message's first sentence often names the piece ("the holiday flyer is ready for review", "your post about the letterhead"),
  // its first 240 characters. A greeting alone ("Hello Grace,") is not the opening: the sentence after it is read too.
  const first = sentenceAt(text, 0);
  // The search skips the first sentence's own end mark: "Hi Ms. Abernathy, the holiday flyer is ready" ends its first "sentence" at "Ms".
  const after = first.text.trim().length < 30 ? text.slice(first.end, first.end + 400).search(/[^\s.!?]/) : -1;
  const second = after >= 0 ? sentenceAt(text, first.end + after) : null;
  const rest = 240 - first.text.length - 1;
  return (
    deliverableIn(text, [first.start, Math.min(first.end, first.start + 240)]) ||
    (second !== null && rest > 0 && deliverableIn(text, [second.start, Math.min(second.end, second.start + rest)])) ||
    deliverableIn(text, introLineRange(text, start)) ||
    deliverableIn(text, paragraphBeforeRange(text, start, end)) ||
    deliverableIn(text, neighbourhoodRange(text, start))
  );
}

/** A detail given as content of the work: a deliverable around it, and no word of the writer's own next to it. */
export function forTheWork(text: string, start: number, end: number, nearby: string): boolean {
  if (DIRECTED_TO.test(text.slice(Math.max(0, start - 50), start))) return false;
  // "Nothing personal in there": the word denied.
  return !ownChannel(nearby.replace(/\b(?:wa|t)\.me\b|\bgoogle meu negocio\b|\b(?:nothing|no|not) personal\b/g, ' ')) && deliverableAround(text, start, end);
}
