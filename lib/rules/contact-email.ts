import { mayTest } from '../detector/prefilter';
import { defineRule, type Hit } from '../detector/rule';
import { EXAMPLE_DOMAIN, MAIL_PROVIDERS, PROJECT_ACCESS, PROJECT_SYSTEM, TLDS } from '../detector/lexicon/index';
import { clauseAround, matches, near, paragraphBefore, sentenceWindow, tableRow } from '../detector/text';
import { forTheWork } from '../detector/work-content';
import { oneOf } from '../detector/pattern';
import { facts } from './catalog';
import { compileAhead } from '../detector/compile-first';

type MessageId = 'email' | 'spelled' | 'access';

const LOCAL_CHAR = /[a-z0-9._%+'-]/;
const LABEL_CHAR = /[a-z0-9-]/;
const PROVIDERS = new Set(MAIL_PROVIDERS.split(' '));
const PROVIDER_NAMES = MAIL_PROVIDERS.split(' ').filter((p) => p.length > 3 && p !== 'mail' && p !== 'live').join('|');
const EMAIL_CUE = /\b(?:e-?mail|emial|mail|mail id|inbox|contact|reach|write|send|drop|address|ping|gmail|yahoo|hotmail|outlook)\b/;

/** "john at gmail dot com", "john.smith at acme dot io", "jane at yahoo". */
const SPELLED = /(?<![a-z0-9._+-])([a-z0-9][a-z0-9._+-]{0,40}(?: (?:dot|\.) [a-z0-9_+-]{1,30}){0,2}) {1,3}at {1,3}([a-z0-9][a-z0-9-]{1,40}(?: {0,3}(?:\.|\bdot\b) {0,3}[a-z0-9-]{2,30}){0,3})\b/g;
/** "gmail: johnsmith", "my gmail is johnsmith88". */
const PROVIDER_ID = compileAhead(new RegExp(
  `\\b(?:g\\.mail|mail id|${PROVIDER_NAMES})(?: id| address| username| user name| handle)? ?(?::|=|-| is|,? the username is|,? username is|,? it'?s) ?([a-z0-9][a-z0-9._+-]{3,40})\\b`,
  'g',
));
/**
 * "write to me: first initial plus last name, so rgarrison, at proton mail", "email is satoshi fan no spaces, at proton, dot me":
 * the "at" set off by a pause. Read only after a word of writing or mailing earlier in the sentence ("Hi Anna, at Yahoo we..." is not one).
 */
const SPELLED_PAUSED = compileAhead(new RegExp(
  `\\b(?:e-?mail(?: address)?(?:'s| is| ?:)|mail (?:me|us)|write (?:to )?(?:me|us)|reach (?:me|us))[^.!?\\n]{0,60}?(?<![a-z0-9._+-])([a-z0-9][a-z0-9._+-]{2,40}), at ` +
    `(?:${PROVIDER_NAMES})\\b(?:,? (?:dot|\\.) ?[a-z]{2,4}\\b)?`,
  'g',
));
/**
 * A handle and its provider with the "@" left out: "Contact: j.ferreira.sfdc gmail — you know the rest", and French "chez" for "at":
 * "mon mail : camille point roux point graphiste chez gmail". The handle has a dot, a digit or an underscore, or a word of mailing leads.
 */
const HANDLE_THEN_PROVIDER = compileAhead(new RegExp(
  `\\b(?:contact|e-?mail|mail|courriel|reach)(?: me| us)?\\b:? (?:at |on )?(?!v?\\d+(?:\\.\\d+)+ )[a-z0-9][a-z0-9+-]*[._0-9][a-z0-9._+-]{1,40} (?:${PROVIDER_NAMES})\\b` +
    // ...not "Contact: the v2 gmail integration".
    '(?! (?:integration|api|import|export|sync|plugin|smtp|account|users?|support|login|oauth|filters?|labels?|folders?|settings)\\b)' +
    // ...the writer's own ("mon mail"), not "un mail part en spam chez Outlook".
    `|\\b(?:mon|ma) (?:e-?mail|mail|courriel|adresse)\\b[^.!?\\n]{0,60}?(?<![a-z0-9._+-])[a-z0-9][a-z0-9._+-]{1,40} chez (?:${PROVIDER_NAMES})\\b`,
  'g',
));
/** "add gmail.com at the end", "@yahoo.com after my name": an address given in pieces. */
const PROVIDER_DOMAIN = compileAhead(new RegExp(`(?:@ ?)?\\b(?:${PROVIDER_NAMES})(?: ?\\. ?| dot )(?:com|net|me|ru|de|fr|co\\.uk|in)\\b`, 'g'));
const PIECES_CUE = /\b(?:at the end|add|append|after|before it|same as|my (?:name|username|handle)|username|plus|followed by)\b|@/;
/** "mail me on zoho", "my gmail is on my profile": a mailbox offered without the address. */
const MAIL_ME = compileAhead(new RegExp(`\\b(?:e-?mail|mail|write|send it) (?:me|us) (?:on|at|via|through) (?:${PROVIDER_NAMES})\\b`, 'g'));
/** "kwame.designs gmail com", "ana_ux @ gmail": an address with the punctuation left out. */
/** Punctuation dropped: "anna gmaildotcom", "anna.k gmailcom". */
const PROVIDER_WORD = new RegExp(` (?:@ )?(?:${PROVIDER_NAMES})`);
const GLUED_PROVIDER = compileAhead(new RegExp(`(?<![a-z0-9._+-])[a-z0-9][a-z0-9._+-]{1,40} (?:${PROVIDER_NAMES})(?:dot)?(?:com|net)\\b`, 'g'));
/** "email's in my gh bio": the address given by pointing at where it is. */
const POINTED = compileAhead(new RegExp(
  '\\b(?:e-?mail|number|phone|contact(?: info| details)?|whatsapp|telegram|skype)' +
    '(?:\'s| is| are)? (?:in|on) my ' +
    '(?:bio|profile|gh|github|site|website|signature|linkedin|portfolio|about page)\\b',
  'g',
));
/**
 * The same pointing at a document: "My number's on the letterhead I uploaded", "our email is in the attached PDF", and in
 * other languages ("mi número está en mi web", "meine Nummer steht im Lebenslauf", "мой номер в резюме"). Kept apart
 * from POINTED, one pattern per script, so the prefilter skips each on text without its words.
 */
const POINTED_DOCUMENT = compileAhead(new RegExp(
  '\\b(?:my|our) (?:e-?mail(?: address)?|(?:phone |mobile |cell )?number|phone|mobile|cell|contact(?: info| details)?|whatsapp|telegram|skype)' +
    // "my phone and address are in the header": two details named together.
    '(?:,? (?:and|&) (?:my |our )?(?:e-?mail(?: address)?|(?:home |street |postal )?address|number|phone|mobile|contact details))?' +
    '(?:\'s| is| are)? (?:in|on) (?:the|my|our|this) (?:attached |uploaded |enclosed )?' +
    '(?:letterhead|cv|resume|attachment|pdf|document|file|business card|card|cover letter|flyer|brochure|footer|header|banner)\\b',
  'g',
));
const POINTED_OTHER = compileAhead(new RegExp(
  [
    '\\b(?:mi|nuestro) (?:numero|correo|contacto|whatsapp|telefono|e-?mail) (?:esta )?en (?:mi|nuestr[ao]|el|la) ' +
      '(?:web|sitio|pagina|perfil|firma|cv|membrete|pdf|tarjeta)\\b',
    '\\b(?:meu|nosso) (?:numero|e-?mail|contato|whats|zap|telefone) (?:esta )?n[oa] (?:meu |minha |nosso |nossa )?' +
      '(?:site|pagina|perfil|assinatura|cv|curriculo|pdf|cartao)\\b',
    '\\b(?:mon|notre) (?:numero|mail|e-?mail|contact|whatsapp) (?:est )?(?:sur|dans) (?:mon|ma|notre|le|la) ' +
      '(?:site|page|profil|signature|cv|pdf|carte)\\b',
    '\\b(?:meine|unsere) (?:nummer|e-?mail(?:-adresse)?|kontaktdaten|telefonnummer|handynummer) (?:steht|stehen|ist|sind|findest du|finden sie) ' +
      '(?:auf|in|im) (?:meiner |unserer |der |dem |meinem )?(?:website|webseite|seite|profil|signatur|lebenslauf|pdf|visitenkarte|briefkopf)\\b',
  ].join('|'),
  'g',
));
const POINTED_CYRILLIC = compileAhead(new RegExp(
  '(?<![а-яіїє])(?:мо[йяи]|наш[аи]?|мі[йи]|мої) ' +
    '(?:номер(?: телефона| телефону)?|почта|пошта|e-?mail|контакты|контакти|телефон|телеграм) (?:есть |є )?(?:в|у|на) ' +
    '(?:моем |моему |моєму |нашем |нашому )?' +
    '(?:резюме|сайте|сайті|профиле|профілі|визитке|візитці|подписи|підписі|pdf)(?![а-яіїє])',
  'g',
));
/** "Github profile -> email": where the address is, pointed at with an arrow. */
const ARROW_POINTER = /\b(?:github|gitlab|linkedin|profile|bio|website|site|portfolio)(?: profile| page)? ?(?:->|→|=>) ?(?:e-?mail|contact(?: info)?|phone)\b/g;
const SPACED_PROVIDER = compileAhead(new RegExp(`(?<![a-z0-9._+-])[a-z0-9][a-z0-9._+-]{2,40} (?:@ )?(?:${PROVIDER_NAMES}) (?:\\.|dot )?(?:com|net|co\\.uk|in|ru|de|fr)\\b`, 'g'));
/** "my gmail is my full name without the space", "my email is pedro dot alves dot edit". */
const DESCRIBED = compileAhead(new RegExp(
  // "my g-mail handle is the same as my Upwork username".
  '\\bmy (?:g[.-]?mail|e-?mail|mail(?: id)?)(?: address| id| handle| username| user name)? (?:is|:) ?(?:just |simply |literally |basically )?' +
    oneOf([
      '(?:my (?:full |first |last )?name|the same as (?:my|here))\\b[^.!?\\n]{0,40}',
      '[a-z0-9]+(?: dot [a-z0-9]+)+\\b',
    ]),
  'g',
));
/** "budi.santoso (et) gmail.com", "anna [собака] mail.ru": the "@" said in another language, in brackets. */
const BRACKET_AT = compileAhead(new RegExp(
  '(?<![a-z0-9._+-])[a-z0-9][a-z0-9._+-]{1,40} ?[([{<] ?' +
    oneOf(['et', 'at', 'a', 'arroba', 'arobase', 'sobaka', 'собака', 'kukac', 'chiocciola', 'klammeraffe', 'at sign', 'atmark']) +
    ` ?[)\\]}>] ?(?:(?:${PROVIDER_NAMES})\\b|[a-z0-9-]{2,40}\\.[a-z]{2,10}\\b)`,
  'g',
));
/** "julien arobase outlook.fr", "burak et isareti gmail.com": the "@" said as a word in another language. */
const SPOKEN_AT = compileAhead(new RegExp(
  '(?<![a-z0-9._+-])[a-z0-9][a-z0-9._+-]{1,40} ' +
    oneOf(['arobase', 'arrobas?', 'et isareti', 'at isareti', 'at the rate(?: of)?', 'at sign', 'sobaka', 'sobachka', 'собака',
      'собачка', 'равлик', 'ravlyk', 'malpa', 'kukac', 'chiocciola', 'klammeraffe', 'atmark', '3and', '3nd', 'عند', 'علي', 'آت',
      // Greek "παπάκι" (a duckling, the "@") and "ατ", and in Greeklish.
      'παπακι', 'papaki', 'ατ']) +
    ` ?(?:(?:${PROVIDER_NAMES})\\b(?:\\.[a-z]{2,10}\\b)?|[a-z0-9-]{2,40}\\.[a-z]{2,10}\\b)`,
  'g',
));
/** "omar.design على جيميل دوت كوم": the provider and the dot written in Arabic script. */
const ARABIC_PROVIDER = compileAhead(new RegExp(
  '(?<![a-z0-9._+-])[a-z0-9][a-z0-9._+-]{1,40} (?:@|علي|عند|آت|at) ?' +
    '(?:جيميل|جي ميل|ياهو|هوتميل|اوتلوك|أوتلوك|gmail|yahoo|hotmail|outlook) ?(?:دوت|نقطة|\\.) ?(?:كوم|com)',
  'g',
));
/** "Mera email hai rohit.seo.pro (gmail wala)": a handle, then its provider in brackets. */
const PROVIDER_IN_BRACKETS = compileAhead(new RegExp(
  `(?<![a-z0-9._+-])[a-z0-9][a-z0-9._+-]{2,40}[a-z0-9] \\((?:${PROVIDER_NAMES})(?: wala| wali| one| account| id| address| mail| pe| par)?\\)`,
  'g',
));
const NOT_A_LOCAL = new RegExp(
  '^' +
    oneOf([
      'i\'?m', 'am', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'good', 'bad', 'great', 'better',
      'best', 'well', 'work', 'worked', 'works', 'working', 'job', 'jobs', 'look', 'looking', 'expert',
      'skilled', 'experienced', 'fluent', 'strong', 'comfortable', 'proficient', 'here', 'there', 'home',
      'office', 'available', 'employed', 'engineer', 'developer', 'designer', 'intern', 'manager', 'lead',
      'based', 'me', 'us', 'you', 'them', 'him', 'her', 'it', 'team', 'someone', 'somebody', 'people',
      'folks', 'guys', 'staff', 'everyone', 'nobody', 'anyone', 'arrived', 'started', 'stayed', 'live',
      'lived', 'living', 'study', 'studied', 'studying', 'graduated', 'senior', 'junior', 'time', 'times',
      'once', 'now', 'then', 'back', 'still', 'also', 'just', 'only', 'even', 'already', 'again', 'and', 'or',
      'but', 'so', 'as', 'that', 'this', 'what', 'who', 'where', 'when', 'while', 'which', 'ceo', 'cto',
      'cfo', 'founder', 'intern', 'head', 'chief',
    ]) +
    '$',
);
const NOT_A_HANDLE = new Set([
  'the', 'down', 'fine', 'good', 'free', 'better', 'best', 'great', 'used', 'used', 'not', 'also', 'more',
  'less', 'only', 'just', 'very', 'what', 'where', 'that', 'this', 'blocked', 'working', 'okay', 'easier',
]);

interface Candidate {
  start: number;
  end: number;
  domain: string;
}

/** Expands an "@" at `at` into a full address, or null. Bounded work per "@". */
const DOMAIN_NAMED = /^(?:address(?:es)?|domain|alamat|adres|adresse|direccion|endereco|dominio|domaine|domena)$/;
function addressAround(text: string, at: number): Candidate | null {
  let left = at;
  if (text[left - 1] === ' ') left--;
  let localStart = left;
  while (localStart > 0 && left - localStart < 64 && LOCAL_CHAR.test(text[localStart - 1]!)) localStart--;
  while (localStart < left && !/[a-z0-9]/.test(text[localStart]!)) localStart++;
  if (localStart === left) return null;
  // "an account with the address @brightfield.io", "dengan alamat @kantor.co.id": a domain named after the word for an address, no mailbox.
  if (left < at && DOMAIN_NAMED.test(text.slice(localStart, left))) return null;

  let pos = at + 1;
  if (text[pos] === ' ') pos++;
  // Read labels separated by dots; remember where each ends, then keep the longest
  // prefix that ends in a real TLD, so "anna@studio.io. Cheers" stops at "io".
  const labels: string[] = [];
  const labelEnds: number[] = [];
  while (labels.length < 6) {
    let labelEnd = pos;
    while (labelEnd < text.length && labelEnd - pos < 63 && LABEL_CHAR.test(text[labelEnd]!)) labelEnd++;
    if (labelEnd === pos) break;
    labels.push(text.slice(pos, labelEnd));
    labelEnds.push(labelEnd);
    let next = labelEnd;
    if (text[next] === ' ' && text[next + 1] === '.') next++;
    if (text[next] !== '.') break;
    next++;
    if (text[next] === ' ') next++;
    if (!LABEL_CHAR.test(text[next] ?? '')) break;
    pos = next;
  }
  // Look-alike digits in a domain ("yah00", "c0m") are read as letters.
  const plain = labels.map((l) => l.replace(/0/g, 'o').replace(/1/g, 'l'));
  let count = plain.length;
  while (count >= 2 && !(TLDS.has(plain[count - 1]!) && !/^\d+$/.test(labels[count - 1]!))) count--;
  if (count < 2 && !(plain.length >= 1 && PROVIDERS.has(plain[0]!))) return null;
  count = Math.max(count, 1);
  const domain = plain.slice(0, count).join('.');
  const end = labelEnds[count - 1]!;
  const valid = count >= 2 || PROVIDERS.has(plain[0]!);
  if (!valid || EXAMPLE_DOMAIN.test(domain)) return null;
  // "git@github.com:org/repo.git" is a repository address, not a mailbox.
  if (text.slice(localStart, left) === 'git') return null;
  return { start: localStart, end, domain };
}

/** An address inside a quoted string in code: isEmail("a@b.co"), `const to = 'x@y.io';`. */
function inCode(text: string, start: number, end: number): boolean {
  const open = text[start - 1];
  if (!open || !`"'\``.includes(open) || text[end] !== open) return false;
  return /[=(,[{]\s*$/.test(text.slice(Math.max(0, start - 4), start - 1));
}

/** "only so you can share the folder with me": the address given for one purpose, with a project system named. */
const ACCESS_PURPOSE = /\b(?:only|just|solely) (?:so (?:that )?(?:you|i|we) can|for|to) (?:share|access|invite|add|give)\b/;
/**
 * An address given for an invitation to a tool, limited to that: "für die Einladung in Phrase ... bitte nur dafür, alles andere hier",
 * "pour l'invitation ... uniquement pour ça", "for the invite only, everything else stays here".
 */
const INVITE_WORD = /\b(?:einladung|invitation|invitacion|convite|invite|zugang|acces|acceso|acesso)\b/;
const ONLY_THAT = new RegExp(
  '\\b(?:nur (?:dafur|dazu|fur die einladung)|(?:seulement|uniquement) pour (?:ca|cela|l.invitation)|solo para (?:eso|la invitacion)|' +
    'so para (?:isso|o convite)|only for (?:that|this|the invite)|just for (?:that|the invite))\\b' +
    '|\\b(?:alles andere|tout le reste|todo lo demas|todo o resto|everything else)\\b[^.!?\\n]{0,20}?\\b(?:hier|ici|aqui|here)\\b',
);
/** The line that opens a list the address sits in ("add view access for the following team members:"). */
function listIntro(text: string, start: number): string {
  // Only for an address on a list line: read the line's start first, without splitting the text before it.
  // The search back stops after 120 characters: a text of addresses with no line break stays linear.
  let lineStart = start;
  while (lineStart > 0 && start - lineStart <= 120 && text[lineStart - 1] !== '\n') lineStart--;
  if (start - lineStart > 120 || !/^\s*(?:[-*•]|\d+[.)])\s/.test(text.slice(lineStart, start))) return '';
  const lines = text.slice(Math.max(0, start - 400), lineStart).split('\n');
  lines.pop();
  while (lines.length && (/^\s*$/.test(lines[lines.length - 1]!) || /^\s*(?:[-*•]|\d+[.)])\s/.test(lines[lines.length - 1]!))) lines.pop();
  return lines.pop() ?? '';
}
/** Someone's mailbox for a site being built ("make the contact form send to the front desk inbox, x@..."), not the writer's. */
const FORM_RECIPIENT = /\b(?:contact form|form submissions?|front desk|footer|reply-to|sender address|from address|for (?:customers|patients|guests))\b/;
const PERSONAL_MAIL = /\b(?:my (?:e-?mail|address|inbox|gmail)|e-?mail me|write (?:to )?me|reach me|contact me)\b/;

/** "escribime ahí y te paso el repo": the address is for writing to, the repo comes after; not an access-only address. */
const WRITE_TO_ME = new RegExp(
  '\\b(?:e-?mail me|write (?:to )?me (?:there|at)|(?:reach|contact) me (?:at|on|there|directly)|escr[ií]b(?:ime|eme|ime ahi|enos)|me escrev(?:a|e)|[eé]cri(?:s|vez)[- ]moi|schreib(?:en sie)? mir' +
    // "manda o link do drive por lá que fica mais fácil", "send the files over there": the address is where things are sent, not a tool's login.
    '|(?:manda|mande|envia|envie|manden|mandame|enviame) (?:\\S+ ){0,5}(?:por la|por ahi|por alli|pra la)|send (?:\\S+ ){0,4}over there)\\b',
);

/** The address an invitation went to: "An invite has been sent to x@...", "I invited x@...", "invitation sent to". */
const INVITED_AT = /\b(?:invit(?:e|es|ation|ations)\b[^.!?\n]{0,30}?\b(?:sent|gone out|went out|goes out|is going) to|invited|re-?sent the invite to) $/;
/** A field label on the line before: "### Email", "Email:", "E-mail address". */
const FIELD_LABEL = /(?:^|\n)\s*(?:#{1,4}\s*|\*\*)?(?:e-?mail|work e-?mail|e-?mail address)(?:\*\*)?\s*:?\s*\n\s*$/;

/** An address filled into an access request form ("### Email\n\nx@...\n...\nI need view access"): the form asks for access. */
function accessForm(text: string, start: number, end: number): boolean {
  if (!FIELD_LABEL.test(text.slice(Math.max(0, start - 40), start)) || !/^[ \t]*(?:\n|$)/.test(text.slice(end, end + 4))) return false;
  // The form's title may come first: "Figma access request\n\nName\n...\nEmail\nx@...".
  return mayTest(PROJECT_ACCESS, text.slice(end, end + 400)) || mayTest(PROJECT_ACCESS, text.slice(Math.max(0, start - 200), start));
}
/** "Figma request email sent to - x@...": where a tool's access request went. */
const REQUEST_SENT_TO = /\brequest\b[^.!?\n]{0,20}?\bsent to\W{0,3}$/;
/** "My account connected to GitHub is my gmail account x@...": the identity a project system knows the writer by. */
const TOOL_IDENTITY = /\b(?:account|e-?mail|address|login)\b[^.!?\n]{0,15}?\b(?:connected|linked|tied|registered) (?:to|with|on)\b/;

/** "(that address is only registered for Onshape)", "this email is used only for Figma": an address kept for one tool. */
const TOOL_ONLY = /\b(?:account|e-?mail|address|login)\b[^.!?\n]{0,15}?\b(?:(?:only|just) (?:registered|used|set up)|(?:registered|used) only) (?:for|with|on|in)\b/;

/** "I've applied for access on the Google Drive", "I have already submitted a request for access": the message asks to be let in. */
const ACCESS_REQUESTED =
  /\b(?:applied|asked|requested|request(?:ing)?|submitted (?:a |my |an )?(?:request|application)) (?:for |to get )?(?:view |edit |read-only )?(?:access|an invite|an invitation|permission)\b/;

/** The address offered for more than the access: "my email for everything else", "to talk about the rest". */
const OTHER_USE = /\b(?:for (?:everything|anything|all) else|for other (?:things|stuff|questions)|to (?:talk|chat|discuss)|(?:contact|reach|write to|e-?mail) me)\b/;
function accessOnly(text: string, start: number, end: number, window: string): boolean {
  if (WRITE_TO_ME.test(window)) return false;
  // The request for access may open the message a few sentences before the address it signs with ("PS: my google account is x@...").
  const earlier = text.slice(Math.max(0, start - 400), start);
  if (ACCESS_REQUESTED.test(earlier) && PROJECT_SYSTEM.test(earlier) && !WRITE_TO_ME.test(earlier) && !OTHER_USE.test(window)) return true;
  if (INVITED_AT.test(text.slice(Math.max(0, start - 50), start)) || accessForm(text, start, end)) return true;
  const lead = text.slice(Math.max(0, start - 50), start);
  if (REQUEST_SENT_TO.test(lead) && PROJECT_SYSTEM.test(lead)) return true;
  if (TOOL_IDENTITY.test(window) && PROJECT_SYSTEM.test(window) && /\binvit/.test(window)) return true;
  if (INVITE_WORD.test(window) && ONLY_THAT.test(window)) return true;
  if (TOOL_ONLY.test(window) && PROJECT_SYSTEM.test(window)) return true;
  return mayTest(PROJECT_ACCESS, window) || (ACCESS_PURPOSE.test(window) && PROJECT_SYSTEM.test(window)) || mayTest(PROJECT_ACCESS, listIntro(text, start));
}

export default defineRule<MessageId>({
  ...facts('contact-email'),
  description: 'Email addresses, plain or disguised ("name at gmail dot com", spaced letters, look-alike characters).',
  fixLabel: 'Remove the email address',
  messages: {
    email: 'This is an email address. Sharing one before a contract starts takes the conversation off Upwork, which can get your account put on hold.',
    spelled: 'This spells out an email address. Disguised addresses break the same rule as plain ones: contact details stay off the table until a contract starts.',
    access: 'An email shared only so you can be given access to a project tool is allowed. Keep it to that purpose and keep talking on Upwork.',
  },
  *check({ text, original, starts, ends }) {
    const hits: Hit<MessageId>[] = [];
    const push = (start: number, end: number, messageId: MessageId) => {
      const window = sentenceWindow(text, start, end);
      if (FORM_RECIPIENT.test(window) && !PERSONAL_MAIL.test(window)) return;
      // The brand's press contact for the press kit, the shop's support address in a template: the work's own mail.
      // A disguised address ("name (at) yahoo") never is: nobody hides the mail they want printed.
      const plain = messageId === 'email' && original.slice(starts[start]!, ends[end - 1]!).includes('@');
      if (plain && forTheWork(text, start, end, near(text, start, end))) return;
      // A record in a table of leads or sample rows, one per line: data for the work, not the writer's address.
      if (tableRow(text, start, /\S@\S/) && !PERSONAL_MAIL.test(paragraphBefore(text, start, end))) return;
      const access = accessOnly(text, start, end, window);
      hits.push({ start, end, messageId: access ? 'access' : messageId, ...(access && { exception: 'project-access' as const }) });
    };

    for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
      const found = addressAround(text, at);
      if (found && !inCode(text, found.start, found.end)) push(found.start, found.end, 'email');
    }

    yield;
    for (const m of matches(SPELLED, text)) {
      const local = m[1]!;
      let parts = m[2]!.split(/ *(?:\.|\bdot\b) */).filter(Boolean).map((p) => p.replace(/0/g, 'o'));
      const isProvider = PROVIDERS.has(parts[0]!) && parts[0]!.length > 2;
      let end = m.index + m[0].length;
      // "wanjiru dot types at gmail. Rate $1/min": the sentence's full stop is no dot of the address, so "gmail. rate" is "gmail".
      if (parts.length > 1 && isProvider && !TLDS.has(parts[parts.length - 1]!) && /^[a-z0-9-]+\. /.test(m[2]!)) {
        end = m.index + m[0].length - m[2]!.length + m[2]!.indexOf('.');
        parts = parts.slice(0, 1);
      }
      const tld = parts[parts.length - 1]!;
      const domainOk = parts.length === 1 ? isProvider : TLDS.has(tld);
      // Read from what was typed: the preparation already turned "acme dot com" into "acme.com".
      const spelledDot = /\bdot\b|[[(]\s*(?:dot|\.)\s*[\])]/i.test(original.slice(starts[m.index]!, ends[end - 1]!));
      const handleLike = /[0-9_]|\.|\bdot\b/.test(local);
      // "Our team at acme.io will contact you" is a company, "email: jsmith at acme.io" an address.
      const cueBefore = EMAIL_CUE.test(text.slice(Math.max(0, m.index - 24), m.index));
      const url = text[end] === '/';
      // "I worked at Yahoo", "good at python dot net": an ordinary word before "at" is English, not a mailbox.
      const word = NOT_A_LOCAL.test(local);
      const plausible = handleLike || cueBefore || (!word && (isProvider || spelledDot));
      if (!domainOk || url || !plausible || EXAMPLE_DOMAIN.test(parts.join('.'))) {
        // Retry from the word after this one: "reach me at john at gmail" must still find "john at gmail".
        SPELLED.lastIndex = m.index + local.length + 1;
        continue;
      }
      push(m.index, end, 'spelled');
    }
    // Both need a provider's name: looking for it first spares a scan that retries a 40-letter name at every position.
    if (PROVIDER_WORD.test(text)) {
      for (const m of matches(SPACED_PROVIDER, text)) push(m.index, m.index + m[0].length, 'spelled');
      for (const m of matches(GLUED_PROVIDER, text)) push(m.index, m.index + m[0].length, 'spelled');
    }
    yield;
    for (const pattern of [POINTED, POINTED_DOCUMENT, POINTED_OTHER, POINTED_CYRILLIC]) {
      for (const m of matches(pattern, text)) push(m.index, m.index + m[0].length, 'spelled');
    }
    yield;
    for (const m of matches(ARROW_POINTER, text)) push(m.index, m.index + m[0].length, 'spelled');
    yield;
    for (const m of matches(DESCRIBED, text)) push(m.index, m.index + m[0].length, 'spelled');
    yield;
    for (const m of matches(PROVIDER_DOMAIN, text)) {
      const end = m.index + m[0].length;
      if (text[m.index - 1] !== '@' && /[a-z0-9]/.test(text[m.index - 1] ?? '')) continue;
      // A quoted local part ('"foo+bar"@gmail.com') is a written address, read as one (work content may hold it).
      const quotedLocal = m[0].startsWith('@') && /"[^"\s]{1,64}"$/.test(text.slice(Math.max(0, m.index - 66), m.index));
      if (quotedLocal) push(m.index, end, 'email');
      else if (m[0].startsWith('@') ? !/[a-z0-9.]/.test(text[m.index - 1] ?? ' ') : PIECES_CUE.test(clauseAround(text, m.index, end).text)) push(m.index, end, 'spelled');
    }
    yield;
    for (const m of matches(MAIL_ME, text)) push(m.index, m.index + m[0].length, 'spelled');
    for (const m of matches(HANDLE_THEN_PROVIDER, text)) {
      // The span starts at the handle (after the word of mailing).
      const handle = /[a-z0-9][a-z0-9._+-]{1,40} (?:chez )?\S+$/.exec(m[0])!;
      push(m.index + handle.index, m.index + m[0].length, 'spelled');
    }
    for (const m of matches(SPELLED_PAUSED, text)) {
      const start = m.index + m[0].lastIndexOf(`${m[1]!}, at `);
      push(start, m.index + m[0].length, 'spelled');
    }
    yield;
    for (const m of matches(BRACKET_AT, text)) {
      if (!EXAMPLE_DOMAIN.test(m[0].split(/[)\]}>] ?/).pop()!)) push(m.index, m.index + m[0].length, 'spelled');
    }
    yield;
    for (const m of matches(SPOKEN_AT, text)) {
      if (!EXAMPLE_DOMAIN.test(m[0].split(' ').pop()!)) push(m.index, m.index + m[0].length, 'spelled');
    }
    yield;
    for (const m of matches(ARABIC_PROVIDER, text)) push(m.index, m.index + m[0].length, 'spelled');
    yield;
    for (const m of matches(PROVIDER_IN_BRACKETS, text)) {
      // The handle must look like one ("rohit.seo.pro") and an email be named just before it.
      if (/[0-9._]/.test(m[0].split(' ')[0]!) && EMAIL_CUE.test(text.slice(Math.max(0, m.index - 30), m.index))) push(m.index, m.index + m[0].length, 'spelled');
    }
    yield;
    for (const m of matches(PROVIDER_ID, text)) {
      if (NOT_A_HANDLE.has(m[1]!)) continue;
      // "Gmail - SendGrid" is a list; "gmail - jsmith_88" is an address.
      if (/-$|- $/.test(m[0].slice(0, m[0].length - m[1]!.length).trimEnd() + ' ') && !/[0-9._]/.test(m[1]!)) continue;
      push(m.index, m.index + m[0].length, 'spelled');
    }
    return hits;
  },
});
