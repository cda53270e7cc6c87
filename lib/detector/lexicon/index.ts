import { oneOf } from '../pattern';
import { foldPhrase } from './word-class';
import { compileAhead } from '../compile-first';
/**
 * Word lists shared by several rules. Lower case, as in the prepared view.
 */

/** Top-level domains accepted after "@" or in a bare "name.tld" link. File extensions are left out on purpose. */
export const TLDS = new Set(
  (
    'com net org io co dev app me info biz us uk ca au de fr es it nl be ch at se no dk fi pl pt ie nz za in pk bd ng ke gh eg ' +
    'ae sa qa tr ru ua by kz ro bg gr cz sk hu hr si rs lt lv ee br ar mx cl pe ve uy ec bo py ' +
    'jp cn kr tw hk sg my id ph th vn lk np il ir iq ma tn dz ' +
    'edu gov mil int eu asia online site store tech xyz pro page link club agency studio design digital ' +
    'email live today world life space cloud solutions services consulting marketing media tv fm ' +
    'one top blog shop website work works company global group team ventures capital network systems ' +
    'ai gg ly cc to so example'
  ).split(' '),
);

/** TLDs that are also common file extensions or tech names: accepted only with http(s):// or www. */
export const AMBIGUOUS_TLDS = new Set('ai gg ly cc to so py sh pl rs md ps do js ts go cs'.split(' '));

/** Mail providers: "john at gmail" needs no ".com" to be an address. */
export const MAIL_PROVIDERS =
  'gmail googlemail yahoo ymail hotmail outlook live msn icloud me mac aol protonmail proton pm gmx zoho yandex mail qq 163 126 rediffmail tutanota hey fastmail';

/**
 * Names reserved for documentation (RFC 2606/6761): never someone's real address. A name under the
 * `.example` top-level domain ("studio.example") stands in for a real one and is read as such.
 */
export const EXAMPLE_DOMAIN = new RegExp(
  '(?:^|\\.)' +
    oneOf([
      // example.jp and its co.jp/ne.jp forms are reserved for documentation by JPRS, as example.com is by RFC 2606.
      'example\\.(?:com|org|net|jp|co\\.jp|ne\\.jp)', '^example', 'test', 'invalid', 'localhost', 'local', 'domain\\.com',
      'email\\.com', 'dominio\\.com', 'ejemplo\\.com', 'exemplo\\.com', 'exemple\\.(?:com|fr)', 'beispiel\\.de',
      'yourdomain\\.com', 'yourcompany\\.com', 'yoursite\\.com', 'company\\.com', 'acme\\.com',
      'test\\.com', 'mydomain\\.com', 'website\\.com', 'sample\\.com',
    ]) +
    '$',
);

/** Systems an email may be shared for, only to be given access (policy exception). */
const PROJECT_SYSTEMS = [
  'jira', 'confluence', 'atlassian', 'trello', 'asana', 'monday(?:\\.com)?', 'clickup', 'notion', 'linear',
  'basecamp', 'figma', 'sketch', 'zeplin', 'invision', 'adobe xd', 'miro', 'github', 'gitlab', 'bitbucket',
  'repo', 'repository', 'repositories', 'repositorio', 'repositorios', 'git', 'google drive', 'gdrive', 'drive', 'dropbox', 'onedrive',
  'sharepoint', 'box', 'google docs?', 'google sheets?', 'docs', 'sheets', 'airtable', 'aws', 'azure', 'gcp',
  'firebase', 'vercel', 'netlify', 'heroku', 'wordpress', 'shopify', 'webflow', 'testflight',
  'app store connect', 'play console', 'hubspot', 'salesforce', 'zendesk', 'postman', 'bubble', 'framer',
  'google analytics', 'analytics', 'search console', 'tag manager', 'quickbooks', 'xero', 'freshbooks',
  'accountant', 'bamboohr', 'gusto', 'deel', 'google ads', 'meta business', 'business manager', 'looker',
  'tableau', 'power bi', 'canva', 'lucidchart', 'sentry', 'datadog', 'new relic', 'grafana', 'bugsnag',
  'cloudflare', 'digitalocean', 'supabase', 'mongodb atlas', 'stripe dashboard', 'mailchimp', 'klaviyo',
  'loom', 'jenkins', 'circleci', 'docker hub', 'npm org', 'expo', 'app center', 'crashlytics', 'mixpanel',
  'amplitude', 'hotjar', 'semrush', 'ahrefs', 'overleaf', 'zotero', 'mendeley',
  // A video review tool and a grant portal: "add me on Frame.io with this e-mail", "invite x@... to the Submittable workspace".
  'frame\\.io', 'submittable',
  // Translation management, workspace and inbox tools: a translator or an assistant is invited to them by email.
  'crowdin', 'lokalise', 'smartcat', 'transifex', 'memsource', 'phrase tms', 'google workspace', 'g ?suite', 'google calendar',
  'gorgias', 'freshdesk', 'hootsuite',
  // Nulab's tracker, as Japanese teams name it: "Backlogのプロジェクトに入るためのメアド" (the address to join the Backlog project).
  'backlog',
  // Test management, CAD and construction tools: a QA engineer or a 3D modeller is invited to them by email.
  'testrail', 'qase', 'browserstack', 'onshape', 'autodesk(?: construction cloud)?', 'bim 360', 'procore', 'fusion 360',
  // Ad and creator consoles a social media manager is added to by email: "add x@... as a creator in TikTok Business Center".
  '(?:tiktok )?business center', 'meta business suite', 'youtube studio', 'creator studio',
  // Polish case endings of tool names: "zaproszenie w Figmie", "mail do Jiry", "na Dysku Google", "tablica w Trello".
  'figm(?:ie|y|e)', 'jir(?:ze|y|e)', 'asan(?:ie|y)', 'notion(?:ie|a)', 'onedrivie', 'dysk(?:u)? google', 'dropboxie', 'githubie', 'gitlabie', 'slacku',
  // Site builders and shop back offices a client adds a helper to by email (round 21b): "I add you as administrator on our Wix site",
  // "I invite you to my Etsy as a shop helper", "dodam Pana do naszego WordPressa jako edytora".
  'wix', 'squarespace', 'etsy', 'woocommerce', 'wordpress(?:a|ie)',
].join('|');

// Within a sentence; a dot inside "anna.k@gmail.com" does not end it.
const SAME_SENTENCE = '(?:[^.!?\\n]|\\.(?=[a-z0-9])){0,70}';
/** English wording, and access or invitation words of other languages near a project system ("acesso ao Google Drive", "доступ к GitLab"). */
const ACCESS_OTHER = oneOf([
    'acceso', 'acesso', 'acces', 'zugang', 'zugriff', 'einladung\\S*', 'доступ\\S*', 'приглашени\\S*',
    'инвайт\\S*', 'запрошен\\S*', 'додали', 'convites?', 'invitacion\\S*', 'invitation\\S*', 'akses',
    'undang\\S*', 'erisim', 'davet\\S*', 'الوصول', 'للوصول', 'دعوة', 'صلاحية', 'اضيفك', 'ضيفني', 'اضافتي',
    'لاضافتي', 'ضيف', 'imbitahan', 'eklemeniz', 'ekle\\S*',
    'convidar', 'convida', 'invitar', 'invitame', 'inviter', 'einladen', 'acessar', 'acceder',
    // "Add me" to a tool: "добавьте меня в Figma", "agrégame al Trello", "me adiciona no Notion".
    // "я додам вас у Figma", "te agrego al Trello", "te adiciono no Notion", "ich füge Sie in Asana hinzu".
    'добав\\S*', 'дода\\S*', 'agreg\\S*', 'anad\\S*', 'adicion\\S*', 'ajout\\S*', 'hinzufugen', 'hinzu', 'tambahkan',
    // "Pode compartilhar o repositório do Bitbucket com meu e-mail", "comparte la carpeta", "partagez le dépôt", "freigeben".
    'compartilh\\S*', 'compart(?:ir|e|es|an|elo|ela)', 'partag\\S*', 'freigeben', 'freigabe', 'bagikan', 'paylas\\S*',
    'поделит\\S*', 'расшар\\S*', 'поділит\\S*',
    // Chinese and Vietnamese: "邀请您进仓库", "只用于仓库权限", "cấp quyền truy cập workspace", "mời em vào Jira".
    '邀请', '邀請', '权限', '權限', 'cap quyen', 'truy cap', 'moi (?:\\S+ ){0,2}vao',
    // Dutch, Romanian: "voor de Figma-uitnodiging", "toegang tot de repo", "zodat je me kunt toevoegen", "accesul la folderul din Google Drive",
    // "să te adaug pe board", "invitația în Jira", "drept de editare".
    'uitnodig\\S*', 'toegang\\S*', 'toevoeg\\S*', 'toe te voegen', 'acces\\S*', 'invitati\\S*', 'adaug\\S*', 'drept(?:ul|uri)? de (?:editare|acces)',
    // Korean, in syllables folded to jamo as the prepared view writes them: 초대 (invite), 권한 (permission), 접근 (access), 공유 (share).
    ...['초대', '권한', '접근', '공유'].map(foldPhrase),
    // Japanese (招待 invite, 権限 permission, アクセス権 access) and Swahili (kunialika: to invite me, ruhusa: permission, mwaliko: an invitation).
    // Joining a project in Japanese: "プロジェクトに入る", "参加".
    '招待', '権限', 'アクセス権', 'に入る', '参加', 'kunialika', 'kukualika', 'nialike', 'nitakualika', 'mwaliko', 'ruhusa', 'ufikiaji',
    // Polish: an invitation, invite, add, share, access ("mail do zaproszenia w Jirze", "dodaj mnie do tablicy w Trello", "udostępnienia plików").
    'zaprosz\\S*', 'zapros\\S*', 'dodaj\\S*', 'dodac', 'dodam', 'udostepni\\S*', 'dostep\\S*',
    // Turkish access words not above: "davet", "erişim" are there; "paylaşım" (a share), "yetki" (permission).
    'yetki\\S*', 'paylasim\\S*',
  ]);
/** Korean and Japanese names of project systems (the Latin names are read by PROJECT_SYSTEMS): GitHub, Figma, Notion, Google Drive, a repository. */
const KOREAN_SYSTEMS = oneOf([
  '깃허브', '깃헙', '피그마', '노션', '구글 ?드라이브', '드라이브', '저장소', '레포', '지라', '트렐로',
  // Japanese names too: a shared drive, Figma, Notion, a repository, a spreadsheet.
  'ドライブ', 'フィグマ', 'ノーション', 'リポジトリ', 'スプレッドシート',
].map(foldPhrase));
/** A project system named anywhere ("the Google Drive folder"). */
export const PROJECT_SYSTEM = new RegExp(`\\b(?:${PROJECT_SYSTEMS})\\b`);
export const PROJECT_ACCESS = compileAhead(new RegExp(
  [
      `(?<![a-z\\u0400-\\u052f])${ACCESS_OTHER}(?![a-z\\u0400-\\u052f])(?:[^.!?\\n]|\\.(?=[a-z0-9])){0,50}\\b(?:${PROJECT_SYSTEMS})\\b`,
      `\\b(?:${PROJECT_SYSTEMS})\\b(?:[^.!?\\n]|\\.(?=[a-z0-9])){0,60}(?<![a-z\\u0400-\\u052f])${ACCESS_OTHER}`,
      `${KOREAN_SYSTEMS}(?:[^.!?\\n]|\\.(?=[a-z0-9])){0,60}${ACCESS_OTHER}`,
      `${ACCESS_OTHER}(?:[^.!?\\n]|\\.(?=[a-z0-9])){0,50}${KOREAN_SYSTEMS}`,
      '',
    ].join('|') +
    `\\b(?:${PROJECT_SYSTEMS})\\b${SAME_SENTENCE}\\b(?:access|invite|invited|invitation|add|added|share|shared|collaborator|permission|workspace|board|project|org|team|seat|delegate)|` +
    // "create an agent seat in Zendesk for ...", "an email to get into the Canva thing".
    `\\b(?:access|invite|add(?!ress)|share|grant|collaborator|permission|seat|get into|log ?in(?:to)?|sign in(?:to)?)\\w*\\b${SAME_SENTENCE}\\b(?:${PROJECT_SYSTEMS})\\b|` +
    // "If you provide your email, I can send an invite", "add view access for the following team members".
    `\\b(?:send|give) (?:you )?(?:an |the )?(?:invite|invitation)\\b|\\b(?:view|edit|admin|read-only) access\\b` +
    // A read-only user of a tool, in other languages: "como usuario de solo lectura", "utilisateur en lecture seule".
    '|\\b(?:de solo lectura|somente leitura|so de leitura|en lecture seule|mit leserechten|read-only (?:user|seat|member|role))\\b',
));

/** An NDA or similar legal document that needs contact details before a contract. */
export const LEGAL_DOCUMENT = new RegExp(
  '\\b' +
    oneOf([
      'nda', 'ndas', 'non[- ]?disclosure(?: agreement)?', 'confidentiality agreement', 'docusign',
      'to sign the (?:agreement|contract)', 'background[- ]check',
      'legal (?:address|notices?|document|paperwork)', 'tax form', 'w-?9', 'w-?8ben', 'kyc form',
      'compliance form',
      // The same papers in other languages.
      'accord de confidentialite', 'acuerdo de confidencialidad', 'acordo de confidencialidade',
      'geheimhaltungsvereinbarung',
      // A research study's consent form lists the lab's address and the ethics office, as the regulations require.
      'consent forms?', 'formulario de consentimiento', 'termo de consentimento', 'formulaire de consentement', 'einwilligungserklarung',
      // Dutch and Romanian: "geheimhoudingsverklaring", "geheimhoudingsovereenkomst", "acordul de confidențialitate".
      'geheimhoudings(?:verklaring|overeenkomst)', 'acord(?:ul)? de confidentialitate',
    ]) +
    '\\b' +
    // Korean, folded to jamo ("비밀유지계약서", "기밀유지협약"): no word edges in Hangul.
    `|${oneOf(['비밀 ?유지 ?(?:계약|협약|서약)', '기밀 ?유지 ?(?:계약|협약|서약)'].map(foldPhrase))}`,
);

const LEET_CLASS: Record<string, string> = { a: '[a@4]', e: '[e3]', i: '[i1!]', o: '[o0]', s: '[s5$]', t: '[t7]' };

/**
 * A name typed with a gap or a symbol between letters, or leet digits:
 * "sky pe", "whats-app", "wh@tsapp", "skyp3", "t e l e g r a m". Bounded, so linear.
 */
function fuzzy(name: string): string {
  return Array.from(name, (ch) => LEET_CLASS[ch] ?? ch).join("[\\s._*'-]?");
}

/** Messaging apps and how people spell them (split, dashed, shortened, misspelled). */
export const MESSAGING_APPS: Record<string, string> = {
  skype: `${fuzzy('skype')}|skpe|skyp`,
  whatsapp: `${fuzzy('whatsapp')}|what\\W{0,2}'?s\\W{0,2}app|whatsap+|whats?up|wats?ap+|watsap+|whtsa?pp?|whtsp|whatapp|w\\.?a\\.? ?me|wapp|w/app|wa`,
  telegram: `${fuzzy('telegram')}|telegr[ae]?m|telgram|tg|tele(?= ?[:@])`,
  discord: `${fuzzy('discord')}|dscrd`,
  wechat: `${fuzzy('wechat')}|weixin|wx`,
  signal: 'signal',
  viber: fuzzy('viber'),
  line: 'line',
  kik: 'kik',
  snapchat: 'snap\\W?chat|snap',
  instagram: 'insta\\W?gram|insta|ig',
  facebook: 'face\\W?book|fb|messenger',
  linkedin: 'linked\\W?in',
  twitter: 'twitter|x\\.com',
  farcaster: 'warpcast|farcaster',
  bluesky: 'bluesky|bsky',
  tiktok: 'tik\\W?tok',
  imo: 'imo',
  threema: 'threema',
  icq: 'icq',
  zalo: 'zalo',
  kakao: 'kakao(?:talk)?',
  hangouts: 'hangouts|google chat',
  teams: 'ms teams|microsoft teams',
  slack: 'slack',
  zoom: 'zoom',
  'google meet': 'google meet|gmeet|meet\\.google',
};

/** Apps whose name is also an ordinary word: they count only with a handle, link or clear invitation. */
export const WORD_LIKE_APPS = new Set(['signal', 'line', 'kik', 'snap', 'ig', 'wx', 'tg', 'imo', 'slack', 'zoom', 'teams', 'x.com', 'fb', 'wa', 'tele']);

export const APP_NAME = Object.values(MESSAGING_APPS).join('|');
