import { mayTest } from '../detector/prefilter';
import { defineRule, type Hit } from '../detector/rule';
import { MESSAGING_APPS, PROJECT_ACCESS, WORD_LIKE_APPS } from '../detector/lexicon/index';
import { clauseAround, matches, near, neighbourhood, reportedBefore, sentenceAt, sentenceBefore, sentencesWith, standsAgainst } from '../detector/text';
import { term, within } from '../detector/frame';
import { CHAT_APP, SEARCH_VERB } from '../detector/lexicon/channels';
import { except } from '../detector/lexicon/word-class';
import { oneOf } from '../detector/pattern';
import { forTheWork } from '../detector/work-content';
import { compileAhead } from '../detector/compile-first';
import { facts } from './catalog';

/** "procura por 'Thaís Moura Design' no insta", "ищите «…» в ВК": a profile given by telling someone to look it up. */
const LOOK_ME_UP = within(SEARCH_VERB, CHAT_APP, 60);
/** "Телеграм: mykola_front", "skype: bruno carvalho dev (tudo junto)": an app named in another language or script, then an id. */
const APP_COLON_ID = compileAhead(new RegExp(`${term(except(CHAT_APP, 'en'))}\\s*[:：]\\s*@?[a-z0-9_][a-z0-9_. -]{2,40}`, 'g'));
const SPACES_DROPPED = compileAhead(new RegExp(
  '\\b(?:skype|telegram|discord|insta\\w*|whatsapp|wechat|line|viber|signal|threema)(?:[- ]id)' +
    '?\\s*[:：]\\s*[a-z0-9][a-z0-9 ._-]{2,40}\\(?' +
    oneOf([
      'tudo junto', 'todo junto', 'sin espacios?', 'sin el espacio', 'sem espacos?', 'sans espaces?',
      'ohne leerzeichen', 'leerzeichen weg', 'без пробел\\S*', 'без пробілів', 'all together', 'no spaces?',
      'without (?:the )?spaces?',
    ]),
  'g',
));

type MessageId = 'link' | 'handle';

/** Invite and profile links of chat apps: wa.me/..., t.me/..., discord.gg/..., skype:..., signal.me/... */
const APP_LINK = compileAhead(new RegExp(
  [
    '(?:\\b(?:https?:\\/\\/)?(?:www\\.)?' +
      oneOf([
        '(?<![a-z0-9-])[a-z0-9-]{1,63}\\.slack\\.com', 'join\\.slack\\.com', 'wa\\.me',
        'api\\.whatsapp\\.com\\/send', 'chat\\.whatsapp\\.com', 'whatsapp\\.com\\/(?:channel|send)', 't\\.me',
        'telegram\\.(?:me|dog)', 'discord\\.gg', 'discord(?:app)?\\.com\\/(?:invite|users)',
        'join\\.skype\\.com', 'signal\\.(?:me|group)', 'line\\.me', 'u\\.wechat\\.com', 'weixin\\.qq\\.com',
        'm\\.me', 'ig\\.me', 'invite\\.viber\\.com', 'snapchat\\.com\\/add', 'kik\\.me', 'zalo\\.me',
        'open\\.kakao\\.com',
      ]) +
      '\\/[^\\s)\\]>"\']{1,120})',
    '\\b(?:skype|viber|tg|whatsapp|weixin|sgnl):(?:\\/\\/)?[a-z0-9._:+?=&%-]{3,80}',
  ].join('|'),
  'g',
));

const APP = `(?:${Object.values(MESSAGING_APPS).join('|')})`;
// Optional label, then an optional short particle ("viber po: 0998...", "skype na: x").
const LABEL = '(?:[ -]?(?:id|i\\.d|handle|user ?name|username|name|number|no|num|account|acc|contact|profile|tag)\\b)?(?: (?:po|na|ko|pe|hai|ji)\\b)?';
// Whatever stands for the person: a handle, an app id ("live:.cid.8f1e"), or a number.
const IDENT = "(\\+?\\d[\\d ().-]{5,20}\\d|@?[a-z0-9][a-z0-9._:+'-]{1,60}[a-z0-9])";

/** "skype: live:.cid.123", "WhatsApp - +44 ...", "wechat id = dev_ann", "my skype is john.smith", "my skype, it's x", "telegram @dev_ann". */
const APP_ID = compileAhead(new RegExp(`\\b(my |our |mine |his |her |the )?(${APP})\\b(${LABEL}) ?(:|=|-{1,2}>?|→|\\bis\\b|\\bat\\b|\\bon\\b|, it(?:'s| is)\\b)? ?${IDENT}`, 'g'));
/** A bare "@handle" counts when the clause names an app or asks to be found: "DM me on X, I'm @janecodes". */
const AT_HANDLE = /(?<![a-z0-9._%+<-])@[a-z0-9_][a-z0-9_.]{2,30}[a-z0-9_]\b(?!\.?[a-z0-9(])/g;
const HANDLE_CONTEXT = new RegExp(`\\b(?:${Object.values(MESSAGING_APPS).join('|')}|x|dm|dms|follow|handle|find me|add me|message (?:me|her|him|them)|ping|reach)\\b`);
/** The same in other languages and scripts: an app named ("انستا", "инста"), or "look me up" ("búscame"), or the app described ("la red del pajarito azul"). */
const HANDLE_CONTEXT_OTHER = compileAhead(new RegExp(
  `${term(except(CHAT_APP, 'en'))}|${term(except(SEARCH_VERB, 'en'))}|` +
    '\\b(?:(?:blue )?bird app|blue bird|(?:red|app) del pajarito|passarinho azul|pajarito azul)\\b',
));
const CODE_AT = new RegExp(
  '^@' +
    oneOf([
      'media', 'import', 'font-face', 'keyframes', 'supports', 'page', 'charset', 'namespace', 'layer',
      'container', 'tailwind', 'apply', 'override', 'param', 'returns?', 'type', 'types', 'deprecated',
      'component', 'injectable', 'input', 'output', 'viewchild', 'autowired', 'entity', 'test', 'before',
      'after', 'app', 'router', 'api', 'property', 'staticmethod', 'classmethod', 'pytest', 'click',
      'dataclass', 'angular', 'vue', 'babel', 'mui', 'emotion', 'nestjs', 'next', 'storybook',
      'testing-library', 'reduxjs', 'sveltejs', 'remix-run', 'prisma', 'aws-sdk', 'google-cloud', 'azure',
      'octokit', 'vercel', 'supabase', 'tanstack', 'radix-ui', 'hookform', 'headlessui', 'heroicons',
      'fortawesome', 'material', 'nuxt', 'nuxtjs', 'vitejs', 'rollup', 'esbuild', 'swc', 'jest', 'vitest',
      'playwright', 'typescript-eslint', 'eslint', 'stylistic', 'commitlint', 'changesets', 'sentry',
      'datadog', 'stripe', 'paypal', 'shopify', 'slack', 'discordjs', 'everyone', 'here', 'channel',
    ]) +
    '\\b',
);

/** "my username on the purple gaming chat app is kaito.builds", "我的微信 is lin_yue88": an app described, not named. */
const DESCRIBED_APP = compileAhead(new RegExp(
  [
    '\\b(?:username|user name|handle|id|tag|name)\\b (?:on|in|for) (?:the |that |my )' +
      '?[^.!?\\n]{0,40}?\\b(?:app|messenger|chat|platform|server)\\b (?:is|:)' +
      ' ?@?[a-z0-9][a-z0-9._-]{2,40}[a-z0-9]',
    // Not the app's own API or SDK named as work: "企业微信API的对接", "微信pay".
    '(?:微信|微信号|v信|薇信|qq号|q号|扣扣|企鹅号|飞机号|电报|whatsapp号)\\s?(?:is|:|：|号)?\\s?@?(?!(?:api|sdk|pay|bot|oa|js|h5|app)(?![a-z0-9._-]))[a-z0-9][a-z0-9._-]{2,40}',
    // A QQ number, which is all digits: "联系QQ2751936048", "QQ联系方式：2046813597", "+我的Q3579024", "684213097 有qq交流群".
    '(?<![a-z0-9])qq(?:号|群|交流群|联系方式)?\\s?[:：]?\\s?[1-9]\\d{4,11}(?!\\d)',
    '(?<=[\\u4e00-\\u9fff+])q\\s?[:：]?\\s?[1-9]\\d{4,11}(?!\\d)', '(?<!\\d)[1-9]\\d{4,11}\\s?有?qq(?:交流)?群',
  ].join('|'),
  'g',
));
/**
 * A detail given by description rather than written out: "my handle on the blue bird app is the same as my name here",
 * "meu zap é o mesmo número da minha foto de capa", "يوزري على تيليجرام هو نفس اسمي", "the number is written on the mug".
 */
const DESCRIBED_SAME = compileAhead(new RegExp(
  [
    '\\b(?:username|user name|handle|id|tag|number|e-?mail)\\b (?:on|in|for) (?:the |that |my )?[^.!?\\n]{0,40}?' +
      '\\b(?:app|messenger|chat|platform|server|site)\\b (?:is )?(?:literally |just |simply )?(?:the )?same as (?:my|the)\\b',
    '\\b(?:meu|minha|mi) (?:zap|whats\\w*|telegram|insta\\w*|numero|e-?mail|correo|usuario|user)\\b[^.!?\\n]{0,20}? ' +
      '(?:e|eh|es) (?:o |a |el |la )?m[ei]sm[oa]\\b',
    '(?:يوزري|حسابي|رقمي|ايميلي)[^.!?\\n]{0,30}?نفس (?:اسمي|رقمي|الاسم)',
    // "mon pseudo Telegram est le même qu'ici", "mein Telegram-Name ist der gleiche wie hier", "ник в телеге такой же, как здесь".
    "\\bmon (?:pseudo |identifiant |compte |numero )?(?:sur |de |du )?(?:whatsapp|telegram|insta\\w*|signal|skype|discord)\\b" +
      "[^.!?\\n]{0,12}? (?:est|c.est) (?:le|la) meme", "\\bmon pseudo (?:est|c.est) (?:le|la) meme",
    '\\bmein(?:e)? (?:whatsapp|telegram|insta\\w*|skype|discord|signal)(?:-?name|-?nutzername|-?handle| name)?\\b[^.!?\\n]{0,12}? ' +
      'ist (?:der|die|das) gleiche',
    '(?<![а-яіїє])(?:ник|логин|юзернейм|нік)[^.!?\\n]{0,25}? (?:тако[йи] же|таки[йи] сами[йи])',
    '\\b(?:username|id|akun|nama)(?: (?:wa|ig|telegram|tele))? (?:saya|aku|gue)? ?sama (?:dengan|kayak|kaya|seperti) nama (?:saya|aku|di sini)',
  ].join('|'),
  'g',
));
/** "the number is written on the mug", "my email is printed on the banner": shown in one of the writer's own pictures or pages. */
const WRITTEN_ON = /\b(?:my|the) (?:number|phone|e-?mail|whatsapp|contact|handle|username)\b(?: is| are|'s)? (?:written|shown|visible|printed|displayed) (?:on|in)\b/g;
const MY_PICTURE = /\bmy (?:profile |cover )?(?:picture|photo|pic|avatar|banner|cover|bio|portfolio|intro video|video|card|logo)\b/;
/** A Skype id written bare: "live:.cid.0a1b2c3d4e5f6a7". */
/** "Mon Skype : amelie point vautrin point trad", "my skype is jo dot lee": the dots of a handle said as words. */
const SPOKEN_DOTS = compileAhead(new RegExp(
  // "disc is kofi dot boards": Discord shortened.
  `\\b(?:${APP}|disc)\\b${LABEL} ?(?:[:：=]|\\b(?:is|est|ist|es|e)\\b)? ?[a-z0-9_]{2,30}(?: (?:dot|point|punkt|punto|ponto|tochka|titik|nokta) [a-z0-9_]{2,30}){1,3}\\b`,
  'g',
));
const SKYPE_LIVE_ID = /\blive:\.?cid\.[a-z0-9]{6,}/g;
/** "skype : ID : m.k2001": the app, then a label, each with its colon. */
const APP_LABEL_ID = compileAhead(new RegExp(`\\b(?:${APP})\\s?[:：-]\\s?(?:id|username|user name|handle)\\s?[:：=]\\s?@?[a-z0-9][a-z0-9._-]{2,40}`, 'g'));
const SAME_AS = compileAhead(new RegExp(`\\b(?:my )?(?:${APP})${LABEL} (?:is )?(?:the )?same as (?:my|the)\\b[^.!?\\n]{0,40}`, 'g'));
/** "my handle's the same on every platform — kaelthedev", "same username everywhere": one name to look up anywhere. */
const SAME_EVERYWHERE = compileAhead(new RegExp(
  "\\bmy (?:handle|username|user ?name|tag|nick(?:name)?|gamertag|ign)(?:'s| is)? (?:the )?same " +
    '(?:on|across|in) (?:literally )?(?:every|all|each|most) (?:platforms?|apps?|socials?|sites?|networks?)\\b|' +
    "\\bmy (?:handle|username|user ?name|tag|nick(?:name)?|gamertag)(?:'s| is)? (?:the )?same everywhere\\b",
  'g',
));
/** "my steam friend code's 47113280, add me", "Switch friend code SW-1234-5678-9012": a gaming network's id. */
const GAME_ID = compileAhead(new RegExp(
  '\\b(?:steam|switch|nintendo|xbox|psn|playstation|epic(?: games)?|battle\\.?net|riot|roblox)\\b[^.!?\\n]{0,12}?' +
    "\\b(?:friend code|gamertag|psn id|user ?name|username|handle)(?:'s| is)?[: ]{1,3}(?=[a-z#_.-]{0,30}[0-9#_])(?:sw-)?[a-z0-9][a-z0-9#_.-]{3,30}",
  'g',
));
/** "same name on warpcast", "same handle on Telegram": a handle given by pointing at the one just named. */
const SAME_NAME_ON = /\bsame (?:name|handle|user ?name|id|tag|nick(?:name)?) (?:on|in|at|for) ([a-z0-9]+(?:\.[a-z]+)?)/g;
/** An ENS name given as one's identity, the handle Web3 socials show: "my ENS is kestrel.eth", "ENS: kestrel-builds.eth". */
const ENS_NAME = compileAhead(new RegExp(
  [
    '\\b(?:my|our) (?:ens|ens name|ens domain)\\b(?: is| =|:)? ?[a-z0-9][a-z0-9-]{1,40}\\.eth\\b', '\\bens ?[:=] ?[a-z0-9][a-z0-9-]{1,40}\\.eth\\b',
    // "reach me at kestrel.eth", "I'm kestrel.eth on Warpcast".
    "\\b(?:(?:reach|find|ping|dm|message|contact|follow|hit) (?:me|us)(?: up)? (?:at|on|via|as)|i'?m|we'?re) [a-z0-9][a-z0-9-]{1,40}\\.eth\\b",
  ].join('|'),
  'g',
));
/** "john_dev#1234" on Discord. */
const DISCORD_TAG = /\b[a-z0-9_.]{2,32}#\d{4}\b/g;
/** A tag that stands alone on its line ("oakvale#5120" above the message), or is offered: "add me", "hmu", "my tag". */
const TAG_LINE_ALONE = /^[\s:>*-]*$/;
const TAG_OFFERED = /\b(?:add me|hmu|hit me up|my tag|friend me|dm me|message me|ping me|write me|find me)\b/;
/** "issue#1234", "PR#5120", "order#1234": a reference, not a tag. */
const NOT_A_TAG = new RegExp(
  '^(?:issues?|prs?|pull|bugs?|tickets?|orders?|invoices?|builds?|items?|fix(?:es)?|closes|refs?|cases?|tasks?|ids?|no|nos|numbers?|' +
    'versions?|v|rev|jobs?|steps?|pages?|lines?|rooms?|units?|apt|suite|box|po|commit|run)#',
);

const NOT_A_HANDLE = new RegExp(
  '^' +
    oneOf([
      'python', 'java', 'php', 'javascript', 'typescript', 'node', 'nodejs', 'golang', 'ruby', 'kotlin',
      'swift', 'rust', 'api', 'the', 'a', 'an', 'and', 'or', 'but', 'is', 'are', 'was', 'be', 'been', 'not',
      'no', 'yes', 'so', 'to', 'too', 'also', 'very', 'more', 'most', 'less', 'fine', 'good', 'great',
      'better', 'best', 'nice', 'cool', 'easy', 'easier', 'free', 'fast', 'faster', 'slow', 'down', 'up',
      'used', 'using', 'working', 'available', 'okay', 'ok', 'only', 'just', 'bot', 'bots', 'api', 'apis',
      'app', 'apps', 'group', 'groups', 'channel', 'channels', 'integration', 'integrations', 'chat', 'call',
      'calls', 'me', 'you', 'him', 'her', 'us', 'them', 'it', 'this', 'that', 'there', 'here', 'for', 'with',
      'from', 'in', 'on', 'at', 'of', 'by', 'as', 'if', 'when', 'which', 'who', 'what', 'where', 'how', 'why',
      'all', 'any', 'some', 'my', 'your', 'our', 'their', 'business', 'desktop', 'web', 'mobile', 'android',
      'ios', 'messages?', 'notifications?', 'support', 'account', 'accounts', 'users?', 'clients?',
      'customers?', 'features?', 'sdk', 'cloud', 'server', 'servers', 'data', 'payments?', 'pay', 'marketing',
      'ads', 'page', 'pages', 'post', 'posts', 'feed', 'story', 'stories', 'reels?', 'video', 'videos',
      'voice', 'status', 'sticker', 'stickers', 'mini', 'miniapp', 'webhook', 'webhooks', 'widget', 'plugin',
      'clone', 'like', 'style', 'similar', 'platform', 'version', 'update', 'login', 'sign', 'share',
      'sharing', 'link', 'links', 'button', 'buttons', 'template', 'templates', 'campaign', 'campaigns',
      'number', 'numbers', 'id', 'ids', 'handle', 'username', 'verification', 'validation', 'format',
      'formatting', 'field', 'input', 'lookup', 'search', 'notification', 'notifications', 'alerts?',
      'reminders?', 'broadcast', 'otp', 'flow', 'flows', 'automation', 'catalog', 'commerce', 'payments?',
      'web', 'number verification', 'without', 'instead', 'please', 'appointments?', 'saving', 'later', 'today',
      // Romanian "pe" (on) before the site a button sits on: "un buton de WhatsApp pe site".
      'site', 'website', 'pagina',
      // "Telegram pe aao", "WhatsApp pe baat karte": a Hindi/Urdu verb after the particle, not an id.
      'aao', 'aa', 'aaja', 'aajao', 'ajao', 'baat', 'chalo', 'chalte', 'karo', 'karte', 'karein', 'bhejo',
      // "WhatsApp pe hum kaam ki baat nahi karte": a pronoun or a noun opening the clause after the particle.
      'hum', 'ham', 'main', 'mai', 'aap', 'tum', 'koi', 'kaam', 'sab', 'kabhi',
      // Round 22, the particles and the negation after it: "telegram pe bhi nahi aaunga", "skype pe nahi aaunga sir" (a refusal, no id).
      'bhi', 'nahi', 'nahin', 'nhi', 'mat', 'hi', 'hai', 'hain', 'toh', 'tak', 'abhi', 'kuch', 'wala', 'wali', 'wale',
      // A state of the app or the account, not its name: "my skype is broken since the update", "my telegram is blocked here".
      'broken', 'blocked', 'banned', 'hacked', 'suspended', 'deactivated', 'disabled', 'deleted', 'closed', 'gone', 'dead',
      'offline', 'online', 'busy', 'full', 'installed', 'outdated', 'unavailable', 'disconnected', 'restricted', 'limited',
      'buggy', 'laggy', 'crashing', 'glitching', 'lagging', 'acting', 'messed', 'weird', 'old', 'new', 'same', 'different',
      'linked', 'connected', 'synced', 'logged', 'verified', 'private', 'public', 'open', 'active', 'inactive', 'off', 'back',
      'currently', 'still', 'always', 'usually', 'now', 'already', 'probably', 'really', 'never', 'rarely', 'often',
      // Round twenty-six: Singlish, Gujarati, Punjabi, Kannada, Burmese and Khmer in Latin letters after the app's name ("whatsapp number eka",
      // "whatsapp number denne na": the number's article or a verb, no id).
      'eka', 'ekak', 'eken', 'ekata', 'eke', 'denne', 'dunne', 'denna', 'ewanna', 'danna', 'nathuwa', 'newei', 'nathi', 'aapo', 'moklo', 'par', 'pe', 'thi', 'ma', 'che', 'chhe',
      'te', 'dedo', 'dinda', 'bhejo', 'kodalla', 'kodi', 'kalsi', 'alli', 'ge', 'illa', 'tharilla', 'tharu', 'ayakku',
      // Arabizi and Darija words whose digits look like an id: "l'insta ta3kom" (your Instagram), "whatsapp 3la tol", "insta dyalek".
      'b?ta3\\w*', 'taba3\\w*', 'dyal\\w*', '3(?:la|ala|al|a)', 'ma3(?:ak|ek|aya|i|na)?', 'ida', 'eza', 'iza', 'ila',
    ]) +
    '$',
);

/** Code and counting, not an id: "signal: controller.signal", "line: 42", "the line number is 1-based". */
const CODE_VALUE = /^(?:\d+-(?:based|indexed)|\d{1,6}[,;)}]?|[\w$.]*\.signal\b.*|abortsignal\b.*|[\w$.]+\([^)]*\)?[,;)}]*)$/;

/** An account made for testing ("test_account", "qa_tester_02", "demo_player1"): a fixture in a QA ticket, nobody to write to. */
const TEST_ACCOUNT = /^(?:test|tests|tester|testing|demo|qa|dummy|sample|sandbox|staging|fake)(?:[_.-]|\d|$)/;

function isHandle(ident: string, app: string, label: string, separator: string, possessive: string): boolean {
  const bare = ident.replace(/^@/, '');
  if (NOT_A_HANDLE.test(bare) || TEST_ACCOUNT.test(bare)) return false;
  // "WhatsApp no: +92 300...", but Portuguese "integrar com WhatsApp no Protheus" ("in the"): "no" as a label needs a number.
  if (/^[ -]?no$/.test(label) && !separator && !/^\+?\d/.test(bare)) return false;
  if ((app === 'signal' || app === 'line') && !/^@/.test(ident) && CODE_VALUE.test(bare)) return false;
  const strong = /^@|[0-9_.:]|^live:/.test(ident) || /^\+?\d/.test(ident);
  const wordLike = WORD_LIKE_APPS.has(app);
  // "twitter:site" is a meta tag; "skype:live:.cid.1" or "tg: @x" is an id.
  if (separator === ':' && !/[0-9@._]|^live:/.test(ident) && /^[a-z]+$/.test(bare)) return false;
  // "na" alone is no label: Swahili "kuunganisha Google Meet na kalenda" (Meet with the calendar) names a feature, while
  // "skype na: x", "telegram na @x" and "mera skype hai johnsmith" still give one.
  if (label === ' na' && !separator) return strong || !!possessive;
  const explicit = !!label.trim() || /^(?::|=|-|→)/.test(separator);
  if (separator === 'at' || separator === 'on' || /^-/.test(separator)) return strong && !wordLike;
  // "my skype, it is jon.doe77": the same as "is".
  if (separator === 'is' || separator.startsWith(', it')) return (!!possessive || !!label.trim()) && (strong || !wordLike);
  if (explicit) return strong || !wordLike;
  // No separator at all: "telegram @dev_ann", "skype john.smith88".
  return strong && (!wordLike || /^@/.test(ident));
}

/** Being given a role in a project: "add me as a collaborator", "invite her as an editor", "make you a maintainer". */
const PROJECT_ROLE = new RegExp(
  '\\b(?:add|invite|make|set)\\w* (?:me|you|him|her|them|us) (?:as |to be )?(?:an? )?' +
    '(?:collaborator|contributor|maintainer|editor|viewer|reviewer|member of the (?:repo|project|org|team))s?\\b',
);

/** "Customers ask the same things on Instagram DM and WhatsApp: how to wash, is it real cotton": the questions listed, not an ID (round 21b). */
const QUESTIONS_LISTED = /:\s*(?:how|what|when|where|why|which|who|is|are|can|do|does) (?:to |it |they |you |the |i )?[a-z]+/;

export default defineRule<MessageId>({
  ...facts('contact-messaging'),
  description: 'Chat-app IDs, handles and invite links: Skype, WhatsApp, Telegram, Discord, WeChat, Signal, Viber, Instagram and others.',
  fixLabel: 'Remove the chat ID',
  messages: {
    link: 'This is a chat-app invite or profile link. Giving a way to reach you outside Upwork before a contract starts breaks the contact-sharing rule.',
    handle: 'This is a chat-app ID or handle. Before a contract starts, any ID that lets the other person reach you outside Upwork counts as contact details.',
  },
  *check({ text }) {
    const hits: Hit<MessageId>[] = [];
    for (const m of matches(APP_LINK, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'link' });
    yield;
    for (const m of matches(APP_ID, text)) {
      const [, possessive = '', app, label = '', separator = '', ident] = m;
      if (!isHandle(ident!.trim(), app!, label, separator, possessive)) {
        // Let the handle itself start a new match ("telegram bot, telegram @x").
        APP_ID.lastIndex = m.index + (m[1]?.length ?? 0) + app!.length;
        continue;
      }
      const start = m.index + possessive.length;
      hits.push({ start, end: m.index + m[0].length, messageId: 'handle' });
    }
    yield;
    for (const m of matches(AT_HANDLE, text)) {
      if (CODE_AT.test(m[0]) || text[m.index + m[0].length] === '/') continue;
      // "faster on tg. @kvoss_dev": the app may be named in the sentence before.
      const clause = clauseAround(text, m.index, m.index + m[0].length).text;
      const named = mayTest(HANDLE_CONTEXT, clause) || mayTest(HANDLE_CONTEXT_OTHER, clause);
      if (!named && !mayTest(HANDLE_CONTEXT, sentenceBefore(text, m.index).text)) continue;
      // "Telegram bot ka token ... @BotFather": a bot being built, not a person to write to.
      if (/\b(?:bot|bots|token|api)\b/.test(clauseAround(text, m.index, m.index + m[0].length).text)) continue;
      // "My Figma handle is @dana.designs if you want to invite me to the file": a username for access.
      // "My username is @x, please add me as a collaborator": a role in a project, asked by name.
      const around = neighbourhood(text, m.index);
      const access = mayTest(PROJECT_ACCESS, around) || PROJECT_ROLE.test(around);
      hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'handle', ...(access && { exception: 'project-access' as const }) });
    }
    const covered = sentencesWith(text, hits);
    yield;
    for (const pattern of [LOOK_ME_UP, APP_COLON_ID, SPACES_DROPPED]) {
      for (const m of matches(pattern, text)) {
        const end = m.index + m[0].length;
        const sentence = sentenceAt(text, m.index).start;
        if (covered.has(sentence) || standsAgainst(text, m.index, end) || QUESTIONS_LISTED.test(text.slice(m.index, end))) continue;
        covered.add(sentence);
        hits.push({ start: m.index, end, messageId: 'handle' });
      }
    }
    yield;
    // "Skype ID is the same as my name here": a handle given by description.
    for (const m of matches(DESCRIBED_APP, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'handle' });
    yield;
    for (const m of matches(SAME_AS, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'handle' });
    yield;
    for (const m of matches(WRITTEN_ON, text)) {
      if (MY_PICTURE.test(neighbourhood(text, m.index)) && !standsAgainst(text, m.index, m.index + m[0].length)) {
        hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'handle' });
      }
    }
    yield;
    for (const pattern of [DESCRIBED_SAME, SKYPE_LIVE_ID, APP_LABEL_ID, SAME_EVERYWHERE, GAME_ID, SPOKEN_DOTS]) {
      for (const m of matches(pattern, text)) {
        if (pattern === GAME_ID && TEST_ACCOUNT.test(m[0].slice(m[0].search(/\S+$/)))) continue;
        if (!standsAgainst(text, m.index, m.index + m[0].length)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'handle' });
      }
    }
    yield;
    for (const m of matches(SAME_NAME_ON, text)) {
      // The word after it must name an app (read with the pattern already built for handles), and not an ordinary word ("in line").
      const app = m[1]!;
      if (!mayTest(HANDLE_CONTEXT, app) || /^(?:dms?|follow|handle|ping|reach)$/.test(app) || WORD_LIKE_APPS.has(app)) continue;
      if (!standsAgainst(text, m.index, m.index + m[0].length)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'handle' });
    }
    yield;
    for (const m of matches(ENS_NAME, text)) {
      if (!standsAgainst(text, m.index, m.index + m[0].length)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'handle' });
    }
    yield;
    for (const m of matches(DISCORD_TAG, text)) {
      const end = m.index + m[0].length;
      const clause = clauseAround(text, m.index, end).text;
      if (/discord/.test(clause)) {
        hits.push({ start: m.index, end, messageId: 'handle' });
        continue;
      }
      // Without the app's name: only a tag with letters, alone on its line or offered, and not a reference to an issue or an order.
      if (text[m.index - 1] === '/' || NOT_A_TAG.test(m[0]) || !/[a-z]/.test(m[0].split('#')[0]!)) continue;
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const lineEnd = text.indexOf('\n', end) === -1 ? text.length : text.indexOf('\n', end);
      const alone = TAG_LINE_ALONE.test(text.slice(lineStart, m.index)) && /^[\s.,!]*$/.test(text.slice(end, lineEnd));
      if ((alone || TAG_OFFERED.test(clause)) && !standsAgainst(text, m.index, end)) hits.push({ start: m.index, end, messageId: 'handle' });
    }
    // The brand's handles for the footer or the content calendar, a wa.me link on the restaurant's site: the work's own accounts.
    // "One of the applicants put a WhatsApp number into his letter": someone else's detail told, with no handle written out
    // (a real one, "@x" or "jon.doe77", stays a finding whoever it is said to belong to).
    const toldOnly = (h: Hit<MessageId>) => !/[@\d_./]/.test(text.slice(h.start, h.end)) && reportedBefore(text, h.start, h.end);
    return hits.filter((h) => !forTheWork(text, h.start, h.end, near(text, h.start, h.end, 160)) && !toldOnly(h));
  },
});
