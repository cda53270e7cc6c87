import { defineRule, type Hit } from '../detector/rule';
import { before, matches, near, neighbourhood, paragraphBefore } from '../detector/text';
import { forTheWork } from '../detector/work-content';
import { oneOf } from '../detector/pattern';
import { facts } from './catalog';
import { compileAhead } from '../detector/compile-first';

type MessageId = 'street' | 'pobox';

/**
 * Street addresses. The prepared view is lower case, so capitalisation is read
 * from the original text: "221B Baker Street" is an address, "5 years way"
 * is not.
 */
const SUFFIX =
  [
      'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr',
      'court', 'ct', 'way', 'place', 'pl', 'square', 'sq', 'terrace', 'ter', 'parkway', 'pkwy', 'highway',
      'hwy', 'close', 'crescent', 'cres', 'circle', 'cir', 'trail', 'trl', 'alley', 'row', 'mews', 'grove',
      'gardens', 'gdns', 'walk', 'plaza', 'path', 'pike', 'loop', 'hill',
    ].join('|');
const STREET = compileAhead(new RegExp(
  `\\b(\\d{1,5}[a-z]?(?:[-/]\\d{1,4}[a-z]?)?),? ((?:[a-z][a-z'.-]{1,20} ){1,4}?)(?:${SUFFIX})\\b\\.?`,
  'g',
));
/** European order: "Hauptstraße 12", "ul. Marszałkowska 10", "Calle Mayor 5", "Rua Augusta 27", "rue de Rivoli 99". */
const STREET_FIRST = compileAhead(new RegExp(
  [
    '\\b' +
      oneOf([
        'calle', 'avenida', 'av\\.', 'rua', 'via', 'viale', 'rue', 'ul\\.', 'ulica', 'straße', 'strasse',
        'str\\.', 'carrer', 'plaza', 'piazza', 'corso', 'boulevard', 'laan', 'straat', 'gatan', 'vej', 'gade',
        // Indonesian "Jl. Kaliurang Km 7 No. 12".
        'jl\\.', 'jalan',
      ]) +
      '( [a-z][a-z\'.-]{1,20}){0,3},? \\d{1,4}[a-z]?\\b',
    '\\b[a-z]{3,30}' +
      '(?:straße|strasse|str\\.|weg|gasse|allee|platz|straat|laan|gatan|vägen|vej|gade)' +
      ' \\d{1,4}[a-z]?\\b',
  ].join('|'),
  'g',
));
/** Number first, then a street word that comes before the name: "17 Rue de Rivoli", "5 Calle Mayor", "12 Via Roma". */
const NUMBER_THEN_PREFIX = compileAhead(new RegExp(
  '\\b\\d{1,4}[a-z]?,? ' +
    oneOf([
      'rue', 'avenue', 'av\\.', 'boulevard', 'bd', 'calle', 'via', 'viale', 'rua', 'avenida', 'ul\\.?',
      'ulica', 'chemin', 'allee', 'strada', 'piazza', 'corso', 'carrer', 'plaza', 'jalan', 'jl\\.?',
      // Egyptian Arabic in Latin letters: "12 share3 el tahrir".
      'share3', 'shar3', 'shari3', 'sharia',
    ]) +
    '(?: [a-z][a-z\'.-]{1,20}){1,3}\\b(?:,? \\d{4,6}(?: [a-z]{3,20})?)?',
  'g',
));
/** South Asian and similar forms: "House 21, Road 7", "Flat 4B, 12 MG Road", "Plot 9, Sector 14". */
const UNIT_THEN_ROAD = compileAhead(new RegExp(
  '\\b(?:house|flat|plot|apt|apartment|unit|block|building|bldg|suite|villa|h\\.? ?no\\.?)' +
    '(?: no\\.?| #)? ?\\d{1,4}[a-z]?,? ' +
    oneOf([
      '(?:road|rd|street|st|lane|sector|block|avenue|phase)(?: no\\.?| #)? ?\\d{1,4}[a-z]?',
      '\\d{1,4}[a-z]? (?:[a-z]{2,20} ){1,3}(?:road|rd|street|st|lane|marg|nagar|colony)',
    ]) +
    '\\b(?:,? [a-z]{3,20}){0,3}(?:,? \\d{4,6})?',
  'g',
));
const UNIT_TO_PIN = compileAhead(new RegExp(
  '\\b(?:flat|house|h\\.? ?no\\.?|plot|door no\\.?|d\\.? ?no\\.?|apartment|apt|#)\\.? ?(?:no\\.? ?)' +
    '?\\d{1,4}[a-z]?\\b[^\\n.!?]{0,80}?\\b' +
    oneOf([
      'road', 'rd', 'street', 'marg', 'nagar', 'colony', 'lane', 'sector', 'block', 'layout', 'cross', 'main',
      'residency', 'apartments', 'society', 'chowk', 'bazar', 'mohalla', 'town',
    ]) +
    '\\b[^\\n.!?]{0,60}?\\b\\d{3} ?\\d{3}\\b',
  'g',
));
const PO_BOX = /\b(?:p\.? ?o\.? box|post office box|postfach|apartado|caixa postal) ?#?\d{1,8}\b/g;
const ADDRESS_CUE = new RegExp(
  '\\b' +
    oneOf([
      'workshop', 'studio', 'shop', 'store', 'warehouse', 'address', 'located', 'location', 'office', 'visit',
      'come (?:to|by)', 'meet (?:me|us)', 'send (?:it|them|the \\w+) to', 'ship (?:it|them|to)',
      'mail (?:it|to)', 'deliver (?:it|to)', 'live at', 'lives at', 'based at',
      'our (?:office|shop|store|studio)', 'find us', 'home', 'my place', 'i live', 'i stay', 'direccion',
      'domicilio', 'endereco', 'morada', 'adresse', 'anschrift', 'адрес', 'адреса', 'alamat', 'adres',
      'adresim', 'pata', 'tirahan',
      // "manda la muestra a mi oficina", "kirim ke kantor saya", "3ala maktabi", "a nombre de".
      'oficina', 'escritorio', 'bureau', 'kantor', 'ofis\\w*', 'maktab\\w*', 'a nombre de', 'a\\.n\\.',
    ]) +
    '\\b',
);
/** The same cue in Cyrillic and Arabic script, where `\\b` does not work. */
const ADDRESS_CUE_OTHER = new RegExp(
  '(?<![\\u0400-\\u052f\\u0600-\\u06ff])' +
    oneOf([
      'адрес\\S*', 'адрес[уиа]', 'офис\\S*', 'офіс\\S*', 'получател\\S*', 'отримувач\\S*', 'عنوان\\S*', 'العنوان',
      'مكتبي', 'مكتب', 'ارسل', 'أرسل',
    ]),
);
/** Cyrillic street forms: "вул. Городоцька, 15", "ул. Ленина, д. 5", "проспект Миру 12". */
const STREET_CYRILLIC = compileAhead(new RegExp(
  '(?<![\\u0400-\\u052f])' +
    oneOf([
      'вул\\.', 'вулиця', 'ул\\.', 'улица', 'пр\\.', 'просп\\.', 'проспект', 'пер\\.', 'провулок', 'переулок', 'бульв\\.?',
      'бульвар',
    ]) +
    ' ?[\\u0400-\\u052f\'-]{2,30}(?: [\\u0400-\\u052f\'-]{2,30}){0,2},? (?:буд\\. ?|д\\. ?)?\\d{1,4}[а-я]?(?![\\d\\u0400-\\u052f])',
  'g',
));
/** Arabic: "شارع التحلية، مبنى 18", "طريق الملك فهد، عمارة 4". */
const STREET_ARABIC = /(?:شارع|طريق)\s[^\d\n.،,]{2,30}[،,]?\s?(?:مبني|عمارة|رقم|فيلا|بناية)\s?\d{1,4}/g;
const POSTCODE_AFTER = /^,? ?(?:[a-z .'-]{2,30},? ?)?(?:[a-z]{2} ?\d{5}(?:-\d{4})?|\d{5}(?:-\d{4})?|\d{2}-\d{3}|\d{4} ?[a-z]{2}\b|\d{4}|[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2}|[a-z]\d[a-z] ?\d[a-z]\d)\b/;

/** True when every word of the street name starts with a capital in the original text. */
function capitalised(original: string, from: number, to: number): boolean {
  // Particles inside names stay lower case: "Rue des Tanneurs", "Calle de la Paz", "Via del Corso".
  const words = original.slice(from, to).split(/\s+/).filter((w) => w && !/^(?:de|des|du|la|le|les|del|da|do|dos|das|di|van|von|der|den|y|e)$/.test(w));
  return words.length > 0 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/** An address the client wants shown on the site: the work itself, not a way to meet ("the address for the footer"). */
const ADDRESS_AS_CONTENT = new RegExp(
  '\\b' +
    oneOf([
      'footer', 'pie de (?:la )?(?:web|pagina)', 'rodape', 'pied de page', 'impressum', 'imprint',
      'google maps?', 'carte google', 'mapa', 'map', 'contact page', 'pagina de contacto', 'page contact',
      'kontaktseite', 'horario', 'horaires', 'hours', 'opening', 'funcionamos', 'offnungszeiten',
      'ins impressum',
      // Data inside the work: a placeholder on a letterhead, an address in a contract being translated.
      'placeholders?', 'dummy', 'letterhead', 'templates?', 'mock ?(?:data|ups?)', 'lorem ipsum', 'fictional',
      'sample (?:address|data|text|values?|records?|rows?)', '(?:source|original|contract|document) text', 'text of the (?:contract|document)',
      'not (?:my|mine|our) (?:data|details|address)', 'plantilla', 'membrete', 'papel timbrado', 'modele', 'en-tete', 'vorlage',
      'platzhalter', 'briefkopf', 'ausgangstext', 'sablon\\w*', 'antetli', 'kop surat',
    ]) +
    '\\b',
);

/** The same in Cyrillic and Arabic ("В футер сайта", "карточка организации", "на сторінці Контакти", "خريطة الموقع"); "й" reads as "и". */
const ADDRESS_AS_CONTENT_OTHER = new RegExp(
  '(?<![\\u0400-\\u052f\\u0600-\\u06ff])' +
    oneOf([
      'футер\\S*', 'карт[аеуыі]', 'карточк\\S*', 'контакт[иы]', 'режим работы', 'графік роботи', 'виджет\\S*',
      'віджет\\S*', 'الموقع', 'الفوتر', 'خريطة', 'صفحة التواصل',
      // "в тексте договора", "часть перевода, не мои данные", "шаблон бланка".
      'шаблон\\S*', 'заглушк\\S*', 'бланк\\S*', 'в тексте', 'текст[ае]? (?:договора|документа|оригинала)', 'част\\S* перевода',
      'не мои данные',
      'в переводе', 'у тексті', 'текст[уі]? (?:договору|документа)', 'частина перекладу', 'не мої дані', 'قالب',
    ]),
);

/**
 * The place where the work happens: a wedding venue, a shoot location, a conference hotel. The client gives it so the work
 * can be done there; it is not a way to reach anyone, unless it is the writer's own place ("the event is at my house").
 */
const VENUE = new RegExp(
  '\\b' +
    oneOf([
      'venue', 'ceremony', 'reception', 'wedding', 'shoot(?:ing)? location', '(?:photo|video) ?shoot', 'filming location',
      'event (?:location|venue|address)', 'conference', 'job ?site', 'work ?site', 'lugar del evento', 'local do evento',
      'lieu (?:du mariage|de la ceremonie|de l.evenement|du tournage)', 'veranstaltungsort', 'hochzeitslocation', 'drehort',
      'salon de eventos', 'lokasi (?:acara|pernikahan|syuting)', 'dugun mekani',
      // A third party's site the work inspects, and a client's customer's billing address checked against their PO.
      'factory', 'inspection', '(?:the|their) client.s (?:billing|shipping|delivery) address', 'billing address on (?:the |their )?invoice',
      // A support agent's case: "The customer's address is 221 Example Avenue, but the courier says it does not exist".
      "(?:the|this|that|a|our|their) (?:customer|buyer|recipient|tenant|guest|patient|shopper|subscriber)'?s (?:billing |shipping |delivery |home )?address",
    ]) +
    '\\b',
);
const OWN_PLACE =
  /\b(?:my|our) (?:home|house|place|flat|apartment|office|studio|shop|store|workshop|factory|warehouse)\b|\bi (?:live|stay)\b|\b(?:meet|visit) (?:me|us)\b|\bcome (?:to|by) (?:my|our)\b/;

export default defineRule<MessageId>({
  ...facts('contact-address'),
  description: 'Physical addresses: street addresses in common national formats and post office boxes.',
  fixLabel: 'Remove the address',
  messages: {
    street: 'This is a street address. A physical address is contact information and should not be shared before a contract starts.',
    pobox: 'This is a postal box address. A mailing address is contact information and should not be shared before a contract starts.',
  },
  *check({ text, original, starts, ends }) {
    const hits: Hit<MessageId>[] = [];
    const asContent = (start: number) => {
      const around = `${paragraphBefore(text, start, start + 1)} ${neighbourhood(text, start)}`;
      if (ADDRESS_AS_CONTENT.test(around) || ADDRESS_AS_CONTENT_OTHER.test(around) || (VENUE.test(around) && !OWN_PLACE.test(around))) return true;
      // A branch for the store locator, the address block of a letterhead: named as a deliverable, not the writer's own place.
      return !OWN_PLACE.test(around) && forTheWork(text, start, start + 1, near(text, start, start + 1));
    };
    for (const m of matches(STREET, text)) {
      const nameStart = m.index + m[1]!.length + (text[m.index + m[1]!.length] === ',' ? 2 : 1);
      const end = m.index + m[0].length;
      const named = capitalised(original, starts[nameStart]!, ends[end - 1]!);
      const cue = ADDRESS_CUE.test(before(text, m.index, 80));
      const postcode = POSTCODE_AFTER.exec(text.slice(end, end + 50));
      if (!named && !(cue && postcode)) continue;
      // "3 Main Street" alone in a job story is weak; a cue or a city/postcode makes it an address.
      if (!cue && !postcode && !/^,? [a-z]/.test(text.slice(end, end + 3))) continue;
      hits.push({ start: m.index, end: postcode ? end + postcode[0].length : end, messageId: 'street' });
    }
    yield;
    for (const m of matches(STREET_FIRST, text)) {
      // The street word itself may be lower case ("ul.", "calle"); the name after it may not.
      const nameAt =
        /^[a-z]+\. ?|^[a-z]+ /.test(m[0]) && !/^[a-z]{3,30}(?:strasse|straße|str\.|weg|gasse|allee|platz|straat|laan|gatan|vägen|vej|gade) /.test(m[0])
          ? m.index + m[0].indexOf(' ') + 1
          : m.index;
      if (!capitalised(original, starts[nameAt]!, ends[m.index + m[0].length - 1]!)) continue;
      const lead = before(text, m.index, 80);
      if (!ADDRESS_CUE.test(lead) && !ADDRESS_CUE_OTHER.test(lead) && !POSTCODE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 50))) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'street' });
    }
    yield;
    for (const m of matches(NUMBER_THEN_PREFIX, text)) {
      // The street word may be lower case ("12 rue de la Paix"): the name is read after it.
      const nameAt = m.index + m[0].indexOf(' ', m[0].indexOf(' ') + 1) + 1;
      const cue = ADDRESS_CUE.test(before(text, m.index, 80)) || ADDRESS_CUE_OTHER.test(before(text, m.index, 80));
      if (!capitalised(original, starts[nameAt]!, ends[m.index + m[0].length - 1]!) && !cue) continue;
      hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'street' });
    }
    yield;
    // "Flat 302, Sai Residency, MG Road, Bengaluru 560001": a unit, a road and a six-digit PIN code.
    for (const m of matches(UNIT_TO_PIN, text)) {
      hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'street' });
    }
    yield;
    for (const m of matches(UNIT_THEN_ROAD, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'street' });
    yield;
    // Cyrillic and Arabic streets need a cue before them ("на адресу", "على مكتبي") or a capitalised name.
    for (const pattern of [STREET_CYRILLIC, STREET_ARABIC]) {
      for (const m of matches(pattern, text)) {
        const lead = paragraphBefore(text, m.index, m.index + 1);
        if (ADDRESS_CUE_OTHER.test(lead) || ADDRESS_CUE.test(lead)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'street' });
      }
    }
    yield;
    for (const m of matches(PO_BOX, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'pobox' });
    return hits.filter((h) => !asContent(h.start));
  },
});
