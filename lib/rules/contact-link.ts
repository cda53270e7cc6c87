import { defineRule, type Hit } from '../detector/rule';
import { AMBIGUOUS_TLDS, EXAMPLE_DOMAIN, TLDS } from '../detector/lexicon/index';
import { before, clauseAround, matches, near, neighbourhood, sentenceWindow } from '../detector/text';
import { forTheWork } from '../detector/work-content';
import { oneOf } from '../detector/pattern';
import { facts } from './catalog';

type MessageId = 'social' | 'booking' | 'meeting' | 'form' | 'shortener' | 'personal' | 'portfolio' | 'site';

/** A URL or a bare "name.tld/path". Host labels and path are bounded, so matching stays linear. */
const URL = /(?<![a-z0-9@._%+-])((?:https?:\/\/|www\.)?)((?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?\.){1,5}([a-z]{2,24}))(?![a-z0-9-]|\.[a-z0-9])((?::\d{2,5})?(?:[/?#][^\s<>"'`)\]]{0,200})?)/g;

interface Kind {
  messageId: MessageId;
  pattern: RegExp;
}

// Matched against "host/path" without "www.".
const KINDS: Kind[] = [
  { messageId: 'social', pattern: new RegExp(
    '^' +
      oneOf([
        'linkedin\\.com\\/(?:in|pub|company)\\/', '(?:[a-z]{2}\\.)?linkedin\\.com\\/in', 'lnkd\\.in\\/',
        'facebook\\.com\\/', 'fb\\.com\\/', 'fb\\.me\\/', 'instagram\\.com\\/', 'instagr\\.am\\/',
        'twitter\\.com\\/', 'x\\.com\\/', 'tiktok\\.com\\/@', 'youtube\\.com\\/(?:@|c\\/|channel\\/|user\\/)',
        'youtu\\.be\\/@', 'pinterest\\.\\w+\\/', 'reddit\\.com\\/u(?:ser)?\\/', 'threads\\.net\\/@',
        'vk\\.com\\/', 'ok\\.ru\\/', 'snapchat\\.com\\/', 'tumblr\\.com\\/',
        // A Medium profile; an article under it ("medium.com/@x/3-ways-to...") is a writing sample.
        'medium\\.com\\/@[^/?#]+\\/?(?:$|[?#])',
        'quora\\.com\\/profile', 'bsky\\.app\\/profile', 'mastodon\\.social\\/@', 'weibo\\.com\\/',
      ]),
  ) },
  { messageId: 'booking', pattern: new RegExp(
    '^' +
      oneOf([
        'calendly\\.com', 'cal\\.com', 'savvycal\\.com', 'acuityscheduling\\.com', '[a-z0-9-]+\\.as\\.me',
        'youcanbook\\.me', '[a-z0-9-]+\\.youcanbook\\.me', 'meetings\\.hubspot\\.com', 'zcal\\.co',
        'tidycal\\.com', 'doodle\\.com', 'calendar\\.app\\.google',
        'calendar\\.google\\.com\\/calendar\\/(?:appointments|u\\/\\d\\/appointments)',
        'koalendar\\.com', 'appointlet\\.com', 'setmore\\.com', 'simplybook\\.me', 'oncehub\\.com',
        'book\\.morgen\\.so', 'cal\\.link',
      ]) +
      '(?:\\/|$)',
  ) },
  { messageId: 'meeting', pattern: new RegExp(
    '^(?:[a-z0-9-]+\\.)?' +
      oneOf([
        'zoom\\.us\\/(?:j|my|s)\\/', 'meet\\.google\\.com\\/', 'teams\\.microsoft\\.com\\/l\\/meetup',
        'teams\\.live\\.com\\/meet', 'whereby\\.com\\/', 'meet\\.jit\\.si\\/', 'webex\\.com\\/meet',
        'gotomeet\\.me\\/', 'join\\.me\\/', 'skype\\.com\\/',
      ]),
  ) },
  { messageId: 'form', pattern: new RegExp(
    '^' +
      oneOf([
        'forms\\.gle\\/', 'docs\\.google\\.com\\/forms\\/', '[a-z0-9-]+\\.typeform\\.com\\/',
        'typeform\\.com\\/to', 'form\\.typeform\\.com', 'jotform\\.com\\/', 'form\\.jotform\\.com',
        'tally\\.so\\/', 'surveymonkey\\.com\\/r\\/', 'forms\\.office\\.com', 'airtable\\.com\\/shr',
        'wufoo\\.com', 'formstack\\.com', 'paperform\\.co', 'cognitoforms\\.com', 'boards\\.greenhouse\\.io',
        'job-boards\\.greenhouse\\.io', 'jobs\\.lever\\.co', 'apply\\.workable\\.com',
        '[a-z0-9-]+\\.bamboohr\\.com\\/careers', '[a-z0-9-]+\\.breezy\\.hr', 'jobs\\.smartrecruiters\\.com',
        'jobs\\.ashbyhq\\.com', '[a-z0-9-]+\\.recruitee\\.com', '[a-z0-9-]+\\.teamtailor\\.com',
        'wellfound\\.com\\/jobs', 'angel\\.co\\/jobs',
      ]),
  ) },
  { messageId: 'shortener', pattern: new RegExp(
    '^' +
      oneOf([
        'bit\\.ly', 'tinyurl\\.com', 't\\.co', 'goo\\.gl', 'ow\\.ly', 'rebrand\\.ly', 'cutt\\.ly', 'is\\.gd',
        'buff\\.ly', 'shorturl\\.at', 'rb\\.gy', 'tiny\\.cc', 'linktr\\.ee', 'beacons\\.ai', 'bio\\.link',
        'lnk\\.bio', 'linkin\\.bio', 'campsite\\.bio', 'carrd\\.co', 'about\\.me', 'hoo\\.be', 'msha\\.ke',
        'solo\\.to', 'taplink\\.cc', 'heylink\\.me',
      ]) +
      '\\/.',
  ) },
  { messageId: 'portfolio', pattern: new RegExp(
    '^' +
      oneOf([
        'behance\\.net\\/', 'dribbble\\.com\\/', 'github\\.com\\/', '[a-z0-9-]+\\.github\\.io',
        'gitlab\\.com\\/', 'bitbucket\\.org\\/', 'artstation\\.com\\/', '[a-z0-9-]+\\.artstation\\.com',
        'deviantart\\.com\\/', 'codepen\\.io\\/', 'codesandbox\\.io\\/', 'kaggle\\.com\\/',
        'stackoverflow\\.com\\/users', '[a-z0-9-]+\\.myportfolio\\.com', '[a-z0-9-]+\\.carbonmade\\.com',
        'coroflot\\.com\\/', 'vimeo\\.com\\/', 'soundcloud\\.com\\/', 'figma\\.com\\/@',
        'huggingface\\.co\\/', 'npmjs\\.com\\/~', 'pub\\.dev', 'apps\\.apple\\.com',
        'play\\.google\\.com\\/store', 'chrome\\.google\\.com\\/webstore', 'chromewebstore\\.google\\.com',
        '[a-z0-9-]+\\.vercel\\.app', '[a-z0-9-]+\\.netlify\\.app', '[a-z0-9-]+\\.herokuapp\\.com',
        '[a-z0-9-]+\\.pages\\.dev', '[a-z0-9-]+\\.webflow\\.io', '[a-z0-9-]+\\.framer\\.(?:website|ai)',
        '[a-z0-9-]+\\.wixsite\\.com', '[a-z0-9-]+\\.squarespace\\.com', '[a-z0-9-]+\\.notion\\.site',
        'notion\\.so\\/',
      ]),
  ) },
];

/** Chat-app and pay-me links: contact-messaging and payment-details report those with the right message. */
const OTHER_RULES_HOSTS = new RegExp(
  '^' +
    oneOf([
      'wa\\.me', 'api\\.whatsapp\\.com', 'chat\\.whatsapp\\.com', 't\\.me', 'telegram\\.(?:me|dog)',
      'discord\\.gg', 'discord(?:app)?\\.com\\/(?:invite|users)', 'join\\.skype\\.com',
      'signal\\.(?:me|group)', 'line\\.me', 'm\\.me', 'ig\\.me', 'invite\\.viber\\.com', 'kik\\.me',
      'zalo\\.me', '[a-z0-9-]+\\.slack\\.com', 'join\\.slack\\.com', 'paypal\\.me',
      'paypal\\.com\\/(?:paypalme|pools|donate)', 'venmo\\.com', 'cash\\.app', 'revolut\\.me',
      'wise\\.com\\/pay', 'buymeacoffee\\.com', 'ko-fi\\.com', 'patreon\\.com',
    ]) +
    '(?:\\/|$)',
);

/** Links the policy has no quarrel with: Upwork itself, shared work files, and reference sites. */
const NEUTRAL = new RegExp(
  '^' +
    oneOf([
      '(?:[a-z0-9-]+\\.)*upwork\\.com', 'upwork\\.link',
      'docs\\.google\\.com\\/(?:document|spreadsheets|presentation)',
      'drive\\.google\\.com', 'dropbox\\.com', '[a-z0-9-]+\\.atlassian\\.net', 'trello\\.com',
      'figma\\.com\\/(?:file|design|proto|board)', 'miro\\.com', 'loom\\.com', 'youtube\\.com\\/watch',
      'youtu\\.be\\/', '(?:[a-z]{2}\\.)?wikipedia\\.org', 'developer\\.mozilla\\.org', 'w3\\.org',
      'npmjs\\.com\\/package', 'pypi\\.org', 'stackoverflow\\.com\\/questions',
      'github\\.com\\/[^/]+\\/[^/]+\\/(?:issues|pull|blob|tree)',
    ]),
);

const OWN_SITE = new RegExp(
  [
    '\\b(?:my|our) (?:own |personal |agency\'?s? |company\'?s? |business )?' +
      oneOf([
        'web ?site', 'site', 'page', 'blog', 'homepage', 'home page', 'landing page', 'domain', 'profile',
        'linktree', 'links?',
      ]) +
      '\\b',
    '\\b' +
      '(?:visit|contact|reach|find|book|schedule|connect with|follow|dm|message|call|email|hire) ' +
      '(?:me|us)\\b',
    '\\bcontact (?:form|page|details|info)\\b',
  ].join('|'),
);
/** "my website is", "our company site:", "my site, ": a link named as the writer's site just before it. */
const SITE_NAMED_BEFORE = /\b(?:my|our) (?:own |personal |agency'?s? |company'?s? |business )?(?:web ?site|site|homepage|home page|domain)(?: is|:|,| -)? ?$/;
/** The link is offered as a way to get in touch. */
const CONTACT_CUE = new RegExp(
  [
    '\\b(?:contact|reach|e-?mail|call|message|text|find|book|dm|ping|write to|hire) (?:me|us)\\b',
    '\\bmy (?:e-?mail|phone|number|contact|details|whatsapp|skype|telegram|socials)\\b',
    // "na aba about tem meu contato", "ahí está mi contacto", "mon contact est sur la page", "meine Kontaktdaten".
    '\\b(?:meu|meus|mi|mis|mon|mes|meine?) (?:contato|contatos|contacto|contactos|contact|kontakt\\S*|numero|telefone|telefono|whats\\S*)\\b',
    // "You can find our details on our website".
    '\\bour (?:e-?mail|phone|number|contact|details|whatsapp|skype|telegram|socials)\\b',
    '\\b' +
      oneOf([
        'get in touch', 'grab it', 'talk there', 'chat there', 'contact details', 'contact info',
      ]) +
      '\\b',
    // "a way to schedule a quick chat with me", "where you can also request a call with me", "book a free consultation".
    '\\b(?:book|schedule|request|arrange|set up) (?:a |an )?(?:quick |short |free |brief |intro(?:ductory)? |discovery |\\d+[- ]min(?:ute)? )?' +
      '(?:call|chat|meeting|consultation|session|appointment)\\b',
  ].join('|'),
);
/** "no contact info there", "without any contact details": the page is said to hold none. */
// The same in other languages: "kein Kontaktformular", "sin datos de contacto", "sem contato", "sans coordonnées", "без контактов".
const NO_CONTACT = new RegExp(
  '\\b(?:no|without(?: any)?|zero|not any) (?:contact|e-?mail|phone)|\\b(?:kein\\w* kontakt|ohne kontakt|sin (?:datos de )?contacto|' +
    'sem (?:dados de )?contato|sans (?:coordonnees|contact|formulaire de contact))|(?<![а-яіїє])без контакт',
);
const WORK_CUE = new RegExp(
  '\\b' +
    oneOf([
      'portfolio', 'sample', 'samples', 'case stud\\w*', 'project', 'projects', 'built', 'developed',
      'designed', 'created', 'launched', 'made', 'shipped', 'redesign\\w*', 'worked on', 'my work',
      'previous work', 'past work', 'recent work', 'examples?', 'demo', 'live (?:site|demo|version)',
      'articles?', 'blog posts?', 'writing samples?',
      'client\'?s? (?:site|store|website)',
    ]) +
    '\\b',
);

/** The site named is the work: an old or current site to redesign, migrate or speed up. */
const SITE_TO_REBUILD = new RegExp(
  [
    '\\b(?:our|my|the) (?:old|current|existing|present) (?:website|site|store|shop|page)\\b',
    '\\b' +
      oneOf([
        'redesign\\w*', 'rebuild\\w*', 'revamp\\w*', 'outdated', 'is ugly', 'too slow', 'migrat\\w*',
        'new one must', 'needs? (?:a )?(?:new|refresh|update)',
        // "the product pages there are what we want the new design to replace".
        'new design', 'replac\\w*', 'make ?over',
      ]) +
      '\\b',
  ].join('|'),
);

/** "на моєму сайті", "no meu site", "auf meiner Webseite": your own site, in other languages. */
// The prepared view reads "й" as "и": "сайті" is "саиті".
const OWN_SITE_OTHER = new RegExp(
  '(?<![a-z\\u0400-\\u052f])' +
    oneOf([
      'мо[её]м', 'моєму', 'мі[йи]', 'мо[йи]', 'наш(?:ем|ому)?', 'mi', 'meu', 'mon', 'notre', 'meine[mrn]?', 'unsere[mrn]?', 'mera', 'meri',
      'hamari', 'hamara', 'humari', 'saya', 'kami', 'benim',
    ]) +
    '\\s+(?:company ki\\s+)?(?:са[йи]т\\S*|site|sitio|pagina|webseite|website|web|homepage)' +
    // Turkish says "my site" with a suffix: "web sitem", "sitemiz".
    '|\\b(?:web ?)?sitem(?:iz)?\\b',
);
/** A contact or booking form on the site, in several languages ("форма зворотного зв'язку", "randevu formu", "contact page pe form"). */
const CONTACT_FORM_CUE = new RegExp(
  // "hit the 'contact developer' button on my page": a contact button is a contact form by another name.
  '\\bcontact (?:form|page)\\b|\\b(?:hit|click|use|press|tap) (?:the |my )?[\'"]?contact(?: [a-z]+)?[\'"]? (?:button|link)\\b|' +
    oneOf([
      'formulario de contacto', 'formulario de contato', 'formulaire de contact', 'kontaktformular', 'formulir kontak',
      'iletisim formu\\S*', 'randevu formu\\S*',
      // "wahan form fill kar dein" (Urdu and Hindi), "the booking form there is the quickest way".
      'wahan form fill kar\\S*', '(?:the |my |our )?booking form (?:there|on (?:my|our) (?:site|website|page))',
      'форм\\S* (?:зворотного|обратно\\S*) (?:зв.язку|связи)', 'نموذج (?:التواصل|الاتصال)',
    ]),
);

const SLOT_OFFERED = /\b(?:grab|book|pick|schedule|choose|find|reserve) (?:a |an |any |some )?(?:\d+[- ]min\w* )?(?:slot|time|call|meeting|chat)\b|\bfeel free\b/;
/** A booking, meeting or form service's bare home page: its name, not someone's page ("jane.as.me" is a page). */
const SERVICE_ROOT = new RegExp(
  '^' +
    oneOf([
      'calendly', 'cal', 'savvycal', 'acuityscheduling', 'tidycal', 'zcal', 'doodle', 'koalendar', 'appointlet',
      'setmore', 'oncehub', 'youcanbook', 'typeform', 'jotform', 'tally', 'wufoo', 'formstack', 'paperform', 'whereby',
    ]) +
    '\\.(?:com|co|so|me)$',
);
/** A page of a site that is there to be contacted or booked ("/contact", "/book-a-call", "/careers"). */
const CONTACT_PAGE = new RegExp(
  '\\b' +
    oneOf([
      'contact', 'about', 'reach', 'book', 'appointment', 'hire-?me', 'apply', 'careers?', 'jobs?', 'application',
      'register', 'signup', 'sign-up', 'intake', 'questionnaire', 'forms?', 'survey', 'onboarding', 'agenda',
      'reservar', 'termin', 'booking', 'schedule', 'calendar',
    ]) +
    '\\b',
);

export default defineRule<MessageId>({
  ...facts('contact-link'),
  description: 'Links that open a way to contact you outside Upwork: social profiles, personal sites, booking pages, meeting links, outside forms and application systems, link shorteners.',
  fixLabel: 'Remove the link',
  messages: {
    social: 'This links to a social-media profile. Before a contract starts, links that let the other person reach you outside Upwork count as contact details.',
    booking: 'This is a calendar-booking page. Booking a call outside Upwork before a contract starts is a way around the contact rules.',
    meeting: 'This is a meeting link outside Upwork. Before a contract starts, calls should happen through Upwork Messages.',
    form: 'This links to an outside form or application system. Asking people to apply or leave details outside Upwork breaks the contact rules.',
    shortener: 'This is a shortened or link-in-bio URL. It hides where it leads and usually leads to contact details.',
    personal: 'This links to your own website. The help article on violations lists links to a personal website among contact details you may not share before a contract.',
    portfolio: 
      'Portfolio links are usually fine: one of the sources allows a portfolio outside Upwork. ' +
        'The help article still forbids links that give a way to contact you, so make sure this ' +
        'page has no contact details.',
    site: 
      'This is a link to an outside website. If it is a portfolio piece it may be fine; if the ' +
        'page shows your contact details it breaks the contact rules. Upwork\'s sources disagree ' +
        'here, so check it.',
  },
  check({ text }) {
    const hits: Hit<MessageId>[] = [];
    for (const m of matches(URL, text)) {
      const [whole, scheme = '', host = '', tld = '', path = ''] = m;
      const start = m.index;
      const end = start + whole.length - (/[.,;:!?]$/.test(whole) ? 1 : 0);
      const explicit = scheme !== '';
      if (text[start - 1] === '/' || EXAMPLE_DOMAIN.test(host)) continue;
      const target = (host.replace(/^www\./, '') + path).replace(/[.,;:!?]+$/, '');
      if (NEUTRAL.test(target) || OTHER_RULES_HOSTS.test(target)) continue;
      const kind = KINDS.find((k) => k.pattern.test(target));
      // Known hosts need no TLD check ("bit.ly/x", "forms.gle/x"); unknown ones need a real TLD.
      if (!kind) {
        const knownTld = TLDS.has(tld) && !AMBIGUOUS_TLDS.has(tld);
        // "my company site, wojcik-sec.pl": a TLD that is also a file extension, named as a site.
        const namedSite = TLDS.has(tld) && SITE_NAMED_BEFORE.test(before(text, start, 50));
        if (!knownTld && !namedSite && !(explicit && /^[a-z]{2,24}$/.test(tld))) continue;
      }
      const clause = clauseAround(text, start, end).text;
      if (kind?.messageId === 'portfolio') {
        // A portfolio page offered as the way to reach you is a contact link after all.
        // "...(no contact info there, just the work)": a page said to hold no contact details is the portfolio it claims to be.
        if (CONTACT_CUE.test(clause) && !NO_CONTACT.test(clause)) hits.push({ start, end, messageId: 'personal' });
        else hits.push({ start, end, messageId: 'portfolio', severity: 'warning', exception: 'portfolio' });
        continue;
      }
      // "A Cal.com (or similar) link beside the CTA": the service named as a product, no page of anyone's to open.
      if (kind && !explicit && SERVICE_ROOT.test(target)) continue;
      if (kind) {
        hits.push({ start, end, messageId: kind.messageId });
        continue;
      }
      // A site of unknown kind: your own site or contact page is a violation, your work sample a
      // warning; someone else's site, a docs page or the client's staging link is nothing.
      const lead = before(text, start, 60);
      // A contact form nearby counts unless the site is the other person's ("your site needs a contact form").
      const formCue = CONTACT_FORM_CUE.test(sentenceWindow(text, start, end)) && !/\b(?:your|their|his|her)\b/.test(lead);
      // "You can find our details on our website.\nhttps://...": a link alone on its line is what the sentence before it offers.
      const offered = clause.trim() === text.slice(start, end).trim() ? neighbourhood(text, start) : clause;
      const contactCue = (CONTACT_CUE.test(offered) || formCue) && !NO_CONTACT.test(offered);
      // "Our old website is www.x.com, it is ugly": the site to be rebuilt is the job itself.
      if (!contactCue && SITE_TO_REBUILD.test(neighbourhood(text, start))) continue;
      if (WORK_CUE.test(clause) && /\bportfolio\b/.test(clause) && !contactCue) {
        hits.push({ start, end, messageId: 'site', severity: 'warning', exception: 'portfolio' });
      } else if ((OWN_SITE.test(lead) && !/\bno contact/.test(clause)) || contactCue || CONTACT_PAGE.test(path) || OWN_SITE_OTHER.test(lead)) {
        hits.push({ start, end, messageId: 'personal' });
      } else if (WORK_CUE.test(clause) && /\b(?:my|i|i'?ve|we|our|mine)\b/.test(clause) && !/\byour\b/.test(lead)) {
        hits.push({ start, end, messageId: 'site', severity: 'warning', exception: 'portfolio' });
      }
    }
    // The brand's own profiles for the footer, a booking embed for the client's own page: the work's links, not the writer's.
    // Only profiles and booking pages: a contact page is the writer's own way in whatever deliverable is named.
    // A slot offered to the reader ("feel free to grab a 30-minute slot here: calendly.com/...") is the writer's own booking page.
    const brandLink = (h: Hit<MessageId>) =>
      (h.messageId === 'social' || h.messageId === 'booking') && !SLOT_OFFERED.test(sentenceWindow(text, h.start, h.end)) &&
      forTheWork(text, h.start, h.end, near(text, h.start, h.end, 160));
    return hits.filter((h) => !brandLink(h));
  },
});
