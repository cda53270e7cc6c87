/**
 * Inputs for `npm run bench` (scripts/bench.ts). Everything here is
 * deterministic: the mixed corpus comes from a seeded PRNG, so two runs (or two
 * machines) time exactly the same text.
 */

/**
 * A typical cover letter, about 2,000 characters, with two violations in it:
 * an email address and a phone number (both in the second-to-last paragraph).
 */
export const PROPOSAL = `Hi Sarah,

I read your post about rebuilding the checkout flow of your Shopify Plus store, and it is a close match for work I have done over the last six years. Most recently I moved a home-goods brand (about 40,000 orders a month) from a custom Liquid checkout to Checkout Extensibility, cut the average checkout time from 94 to 61 seconds, and kept their subscription add-ons working through the switch.

On the technical side I work mainly in TypeScript and React, I am comfortable with the Storefront API and Hydrogen, and I write Playwright tests for every flow I touch, so regressions show up before customers see them. I also keep a short written log of each change, which makes the handover to your in-house team straightforward.

Here is how I would approach your project:

1. Audit (days 1-3): map the current theme, apps and scripts, list every customisation that touches the cart or checkout, and flag anything that will break under the new model.
2. Rebuild (days 4-12): recreate the upsell block and the gift-note field as checkout UI extensions, move the shipping rules into Shopify Functions, and replace the two legacy scripts with discount functions.
3. QA and launch (days 13-15): test on a duplicate theme with real payment methods in test mode, then launch during your quietest hours and watch conversion for a week.

A few questions so I can give you a firm estimate:
- Are you on Shopify Plus already, or is the upgrade part of the scope?
- Which subscription app do you use (Recharge, Skio, Loop)?
- Do you have a staging store, or should I set one up?

I usually work 9am-5pm Eastern and reply within a couple of hours on weekdays. My fixed-price estimate for the three phases is $3,800, with a milestone after each phase, and version 2.4.1 of the theme stays untouched until launch.

If it is easier to talk this through, email me at daniel.okafor.dev@gmail.com or call me on +1 (646) 555-0187 and we can go over the details before you decide.

Thanks for reading,
Daniel`;

/** Rule ids the proposal must trigger, so a broken detector cannot post fast times. */
export const PROPOSAL_EXPECTED_RULES = ['contact-email', 'contact-phone'] as const;

/** mulberry32: small, fast, good enough for test data. Returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------
// Word lists for the mixed corpus.

const FIRST = ['Daniel', 'Aisha', 'Marco', 'Priya', 'Olga', 'Chen', 'Fatima', 'Lucas', 'Emma', 'Yusuf', 'Sofia', 'Kwame', 'Hana', 'Diego', 'Ivan', 'Mei'];
const LAST = ['Okafor', 'Khan', 'Rossi', 'Sharma', 'Petrova', 'Wei', 'Haddad', 'Silva', 'Brown', 'Demir', 'Garcia', 'Mensah', 'Sato', 'Lopez', 'Ivanov', 'Lin'];
const SKILLS = ['React', 'Next.js', 'Node.js', 'TypeScript', 'Python', 'Django', 'Laravel', 'Shopify', 'WordPress', 'Figma', 'Flutter', 'Swift', 'PostgreSQL', 'AWS', 'Docker', 'Webflow', 'SEO', 'Google Ads', 'data entry', 'copywriting', 'video editing', 'Excel'];
const DELIVERABLES = ['landing page', 'mobile app', 'REST API', 'dashboard', 'Chrome extension', 'data pipeline', 'brand identity', 'product description set', 'email sequence', 'checkout flow', 'scraper', 'pitch deck'];
const INDUSTRIES = ['e-commerce', 'fintech', 'healthcare', 'real estate', 'SaaS', 'logistics', 'education', 'travel', 'non-profit', 'gaming'];
const DOMAINS = ['acme-studio.io', 'brightpixel.co', 'northwind.dev', 'lumenlabs.app', 'kitepay.com', 'orchard.agency', 'bluefin.tech', 'mapleworks.ca'];
const MAIL = ['gmail.com', 'yahoo.com', 'outlook.com', 'proton.me', 'icloud.com', 'hotmail.co.uk', 'mail.ru', 'qq.com'];

const PROPOSAL_SENTENCES = [
  'I have {years} years of experience with {skill} and {skill}, mostly for {industry} clients.',
  'I recently delivered a {deliverable} for a {industry} startup that grew from {n} to {n2} monthly users.',
  'Your job post mentions {skill}; I used it daily on my last {n} projects.',
  'I can start on Monday and deliver the first milestone within {days} days.',
  'My rate for this kind of work is ${rate}/hr, or ${fixed} fixed for the whole scope.',
  'Could you share more about the current {deliverable} and who maintains it today?',
  'I would split the work into {days} milestones so you can review progress on Upwork as we go.',
  'I noticed your {deliverable} loads in {secs} seconds on mobile; I can get it under {secs2} seconds.',
  'Before quoting, I would like to see the design files and the list of integrations.',
  'I am available {hours} hours a week and usually reply within a couple of hours (UTC+{tz}).',
  'In my portfolio you will find a similar {deliverable} built with {skill}.',
  'I will write tests for every endpoint and document the setup in the README.',
];
const CHAT_LINES = [
  'Thanks! I pushed the fix, can you check again?',
  'Sure, I will send the update by Friday.',
  'The build failed on step {n}, looking into it now.',
  'Could you approve milestone {m} when you have a moment?',
  'I uploaded the revised mockups to the shared folder.',
  'Meeting notes: scope stays the same, deadline moves to {date}.',
  'No worries, take your time. 👍',
  'Great work on this, the client loved it 🎉',
  'Quick question: should the invoice total include VAT ({pct}%)?',
  'I am off tomorrow for a public holiday, back on {date}.',
  'Order #{order} shipped, tracking {track}.',
  'Deployed to staging at {time}, version {ver}.',
];
const VIOLATIONS = [
  'Email me at {email} so we can talk outside of here.',
  'My WhatsApp is +{cc} {p3} {p3} {p4}, text me anytime.',
  'Call me on ({p3}) {p3}-{p4} after 6pm.',
  'Let us move to Telegram, my handle is @{handle}.',
  'You can pay me directly via PayPal to avoid the fees.',
  'Add me on Skype: live:{handle}_{n}',
  'Book a call here: https://calendly.com/{handle}/30min',
  'If you leave me a 5-star review I will refund part of the fee.',
];
const CODE_SNIPPETS = [
  "const res = await fetch('https://api.{domain}/v2/orders?limit={n}&offset={n2}');\nif (!res.ok) throw new Error(`HTTP ${res.status}`);\nconst { items } = await res.json();",
  "def parse(line: str) -> dict:\n    ts, level, msg = line.split(' ', 2)\n    return {'ts': ts, 'level': level, 'msg': msg.strip()}  # e.g. 2024-03-15T10:42:07Z",
  'SELECT id, email, created_at FROM users WHERE created_at > \'{date}\' AND plan_id IN ({n}, {n2}) ORDER BY id LIMIT 500;',
  '{\n  "name": "{handle}-app",\n  "version": "{ver}",\n  "dependencies": { "react": "^18.3.1", "zod": "3.23.8" }\n}',
  'server {\n  listen 443 ssl;\n  server_name {domain};\n  location /api/ { proxy_pass http://10.0.{n}.{n2}:8080; }\n}',
  'git clone git@github.com:{handle}/{handle}-web.git && cd {handle}-web && npm ci && npm run build',
  'for (let i = 0; i < 1024; i += 16) buf[i >> 4] = (data[i] ^ 0x5f) & 0xff; // crc 0x{hex}',
  'docker run -p 5432:5432 -e POSTGRES_PASSWORD=secret -v pgdata:/var/lib/postgresql/data postgres:16.2',
  'const re = /^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$/i; // validate "{email}"',
  'curl -X POST https://hooks.{domain}/T0{n}/B0{n2} -H "Content-Type: application/json" -d \'{"text":"deploy ok"}\'',
];
const NUMBER_LINES = [
  'Invoice INV-{year}-{n4}: {qty} hours x ${rate}.00 = ${total}.00, due {date}.',
  'ISBN 978-0-{p3}-{p5}-{d}; order {order}; SKU {sku}.',
  'Coordinates: {lat}, -{lon}; elevation {n} m.',
  'Q{q} revenue grew {pct}% to $1,{p3},{p3}; churn fell from 4.{d}% to 3.{d}%.',
  'Meeting {date} {time}-{time2} UTC, room {n}, dial-in code {n4}.',
  'Build {ver} ({hex}) passed {n} of {n2} tests in {secs}.{d}s.',
  'IP 192.168.{n}.{n2} -> 10.0.0.{n}, port {port}, MAC 00:1a:2b:{hx}:{hx}:{hx}.',
  'Tracking 1Z{n4}{n4}{n4}{n4}, weight {n}.{d} kg, est. {date}.',
];
const LINK_LINES = [
  'Here is the repo: https://github.com/{handle}/{handle}-api',
  'Design file: https://www.figma.com/file/{hex}{hex}/Checkout?node-id={n}-{n2}',
  'Docs: https://docs.google.com/document/d/{hex}{hex}{hex}/edit',
  'See https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API for details.',
  'Live demo: {handle}.vercel.app, case study on behance.net/{handle}',
  'Spec is at https://{domain}/specs/v{d}/index.html#section-{n}',
  'Reference: https://en.wikipedia.org/wiki/Levenshtein_distance',
];
const NON_LATIN = [
  'Здравствуйте! Я внимательно прочитал описание проекта и готов начать работу уже завтра.',
  'Мы обсудили сроки: первый этап займёт около двух недель, затем тестирование.',
  '您好，我有五年的网站开发经验，可以在两周内完成这个项目。',
  '设计稿已经上传到共享文件夹，请查看并给我反馈。',
  'こんにちは。ご依頼の翻訳は明日の午前中までに納品いたします。',
  'مرحبا، لقد اطلعت على تفاصيل المشروع ويمكنني البدء فورًا.',
  'नमस्ते, मैंने आपका प्रोजेक्ट विवरण पढ़ा है और मैं इसे समय पर पूरा कर सकता हूँ।',
  'Γεια σας, μπορώ να ολοκληρώσω τη μετάφραση μέχρι την Παρασκευή.',
  '안녕하세요, 디자인 수정본을 오늘 저녁까지 보내드리겠습니다.',
  'Xin chào, tôi đã hoàn thành bản thiết kế đầu tiên, bạn xem giúp nhé.',
  'Merhaba, proje için gereken tüm dosyaları yükledim, kontrol eder misiniz?',
  'Grüße aus München! Die Änderungen sind übernommen, ich schicke gleich die Übersicht.',
];
const EMOJI = ['😀', '👍', '👍🏽', '🎉', '🔥', '✅', '❤️', '🙏', '🚀', '👨‍💻', '🇺🇸', '🇮🇳', '😅', '💯', '🤝', '📎'];

function fill(rng: Rng, template: string): string {
  const handle = () => `${pick(rng, FIRST)}${pick(rng, LAST)}`.toLowerCase();
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    switch (key) {
      case 'years': return String(int(rng, 2, 15));
      case 'skill': return pick(rng, SKILLS);
      case 'industry': return pick(rng, INDUSTRIES);
      case 'deliverable': return pick(rng, DELIVERABLES);
      case 'n': return String(int(rng, 2, 250));
      case 'n2': return String(int(rng, 251, 9000));
      case 'n4': return pad(int(rng, 0, 9999), 4);
      case 'm': return String(int(rng, 1, 6));
      case 'd': return String(int(rng, 0, 9));
      case 'days': return String(int(rng, 3, 21));
      case 'secs': return String(int(rng, 4, 9));
      case 'secs2': return String(int(rng, 1, 3));
      case 'hours': return String(int(rng, 10, 40));
      case 'tz': return String(int(rng, 1, 9));
      case 'rate': return String(int(rng, 15, 120));
      case 'fixed': return `${int(rng, 1, 9)},${pad(int(rng, 0, 9) * 100, 3)}`;
      case 'total': return `${int(rng, 1, 9)},${pad(int(rng, 0, 999), 3)}`;
      case 'qty': return String(int(rng, 5, 80));
      case 'pct': return String(int(rng, 2, 25));
      case 'year': return String(int(rng, 2019, 2025));
      case 'date': return `${int(rng, 2023, 2025)}-${pad(int(rng, 1, 12), 2)}-${pad(int(rng, 1, 28), 2)}`;
      case 'time': return `${pad(int(rng, 7, 12), 2)}:${pad(int(rng, 0, 59), 2)}`;
      case 'time2': return `${pad(int(rng, 13, 19), 2)}:${pad(int(rng, 0, 59), 2)}`;
      case 'ver': return `${int(rng, 0, 4)}.${int(rng, 0, 20)}.${int(rng, 0, 30)}`;
      case 'order': return String(int(rng, 100000, 999999));
      case 'track': return `1Z${int(rng, 100000, 999999)}${int(rng, 100000, 999999)}`;
      case 'sku': return `SKU-${pad(int(rng, 0, 99999), 5)}`;
      case 'lat': return `${int(rng, 10, 60)}.${pad(int(rng, 0, 9999), 4)}`;
      case 'lon': return `${int(rng, 10, 120)}.${pad(int(rng, 0, 9999), 4)}`;
      case 'q': return String(int(rng, 1, 4));
      case 'port': return String(int(rng, 1024, 65535));
      case 'hex': return int(rng, 0, 0xffffff).toString(16).padStart(6, '0');
      case 'hx': return int(rng, 0, 255).toString(16).padStart(2, '0');
      case 'p3': return String(int(rng, 200, 989));
      case 'p4': return pad(int(rng, 0, 9999), 4);
      case 'p5': return pad(int(rng, 0, 99999), 5);
      case 'cc': return pick(rng, ['1', '44', '91', '92', '234', '63', '380']);
      case 'domain': return pick(rng, DOMAINS);
      case 'handle': return handle();
      case 'email': return `${handle()}${int(rng, 1, 99)}@${pick(rng, MAIL)}`;
      default: return key;
    }
  });
}

function maybeEmoji(rng: Rng, line: string): string {
  return rng() < 0.3 ? `${line} ${pick(rng, EMOJI)}` : line;
}

/** One block of text of a random kind, with the kind's name (for the composition summary). */
function block(rng: Rng): { kind: string; text: string } {
  const r = rng();
  if (r < 0.3) {
    const sentences = Array.from({ length: int(rng, 3, 7) }, () => fill(rng, pick(rng, PROPOSAL_SENTENCES)));
    return { kind: 'proposal prose', text: `Hi ${pick(rng, FIRST)},\n\n${sentences.join(' ')}\n\nBest,\n${pick(rng, FIRST)}` };
  }
  if (r < 0.5) {
    const lines = Array.from({ length: int(rng, 2, 6) }, () => maybeEmoji(rng, fill(rng, pick(rng, CHAT_LINES))));
    return { kind: 'chat messages', text: lines.join('\n') };
  }
  if (r < 0.62) return { kind: 'code snippets', text: fill(rng, pick(rng, CODE_SNIPPETS)) };
  if (r < 0.74) {
    const lines = Array.from({ length: int(rng, 1, 4) }, () => fill(rng, pick(rng, NUMBER_LINES)));
    return { kind: 'numbers/IDs/dates', text: lines.join('\n') };
  }
  if (r < 0.82) return { kind: 'URLs', text: fill(rng, pick(rng, LINK_LINES)) };
  if (r < 0.87) {
    const emails = Array.from({ length: int(rng, 1, 3) }, () => fill(rng, '{email}'));
    return { kind: 'emails (in prose)', text: `Please CC ${emails.join(', ')} on the final report.` };
  }
  if (r < 0.96) {
    const lines = Array.from({ length: int(rng, 1, 3) }, () => maybeEmoji(rng, pick(rng, NON_LATIN)));
    return { kind: 'non-Latin text', text: lines.join(' ') };
  }
  return { kind: 'violations', text: fill(rng, pick(rng, VIOLATIONS)) };
}

export interface MixedCorpus {
  /** Exactly `size` UTF-16 code units. */
  text: string;
  /** `text` cut into consecutive ~2 KB messages at line or word boundaries; their concatenation is `text`. */
  messages: string[];
  /** Characters per block kind. */
  composition: Map<string, number>;
}

/**
 * About 1 MB of mixed text: proposals, chat, code, numbers, URLs, emails,
 * non-Latin scripts, emoji and a sprinkling of real violations. Seeded, so it
 * is the same text on every run.
 */
export function buildMixedCorpus(size = 1 << 20, seed = 20240611, messageSize = 2048): MixedCorpus {
  const rng = seededRandom(seed);
  const parts: string[] = [];
  const composition = new Map<string, number>();
  let length = 0;
  while (length < size) {
    const { kind, text } = block(rng);
    const piece = `${text}\n\n`;
    parts.push(piece);
    composition.set(kind, (composition.get(kind) ?? 0) + piece.length);
    length += piece.length;
  }
  let text = parts.join('').slice(0, size);
  // Never end on half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(text)) text = `${text.slice(0, -1)} `;
  return { text, messages: splitMessages(text, messageSize), composition };
}

/** Cuts `text` into consecutive pieces of at most `size` units, preferring a newline, then a space, as the cut. */
export function splitMessages(text: string, size = 2048): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    if (end < text.length) {
      const window = text.slice(start, end);
      const nl = window.lastIndexOf('\n');
      const sp = window.lastIndexOf(' ');
      const cut = nl > size / 2 ? nl + 1 : sp > size / 2 ? sp + 1 : window.length;
      end = start + cut;
      if (/[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
    }
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Adversarial inputs.

export interface Adversarial {
  name: string;
  /** True for inputs named in the benchmark brief; false for extra ones this file adds. */
  listed: boolean;
  /** About `units` UTF-16 code units (never splits a surrogate pair). */
  make(units: number): string;
}

/** `unit` repeated to about `units` code units, cut on a whole repetition. */
function repeat(unit: string, units: number): string {
  return unit.repeat(Math.max(1, Math.round(units / unit.length)));
}

/** Characters from `alphabet`, drawn with a fixed seed, `units` long. */
function seededWord(alphabet: string, units: number, seed: number): string {
  const rng = seededRandom(seed);
  let out = '';
  for (let i = 0; i < units; i++) out += alphabet[Math.floor(rng() * alphabet.length)]!;
  return out;
}

const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
// Latin words with Cyrillic (а е о р с у х і ѕ ј) and Greek (ο α) look-alikes mixed in.
const LOOKALIKE_WORDS = 'раураl wһаtsарр tеlеgrаm ѕkуре gmаіl.соm јоhn сall mе nоw οkαy ';
const EMOJI_RUN = EMOJI.join('') + '👩🏾‍🦱🏳️‍🌈🧑‍🤝‍🧑✌🏻☎️📞';
// Distinct CJK ideographs: more distinct code points than any fold cache would hold.
function cjk(units: number): string {
  let out = '';
  for (let i = 0; i < units; i++) out += String.fromCharCode(0x4e00 + ((i * 7919) % 20000));
  return out;
}

export const ADVERSARIAL: readonly Adversarial[] = [
  { name: "'@' x N", listed: true, make: (n) => repeat('@', n) },
  { name: 'digits', listed: true, make: (n) => repeat('1234567890', n) },
  { name: "'.' x N", listed: true, make: (n) => repeat('.', n) },
  { name: "' ' x N", listed: true, make: (n) => repeat(' ', n) },
  { name: "'at dot ' x N", listed: true, make: (n) => repeat('at dot ', n) },
  { name: "'a@' x N", listed: true, make: (n) => repeat('a@', n) },
  { name: "'1-' x N", listed: true, make: (n) => repeat('1-', n) },
  { name: "'a.a.' x N", listed: true, make: (n) => repeat('a.a.', n) },
  { name: "'+1 (' x N", listed: true, make: (n) => repeat('+1 (', n) },
  { name: 'emoji (ZWJ, flags, tones)', listed: true, make: (n) => repeat(EMOJI_RUN, n) },
  { name: 'Cyrillic/Latin look-alikes', listed: true, make: (n) => repeat(LOOKALIKE_WORDS, n) },
  { name: "'w h a t s a p p ' x N", listed: true, make: (n) => repeat('w h a t s a p p ', n) },
  { name: 'one long word (a-z)', listed: true, make: (n) => seededWord('abcdefghijklmnopqrstuvwxyz', n, 7) },
  {
    name: 'zero-width between letters',
    listed: true,
    make: (n) => {
      const letters = seededWord('abcdefghijklmnopqrstuvwxyz', Math.ceil(n / 2), 11);
      return Array.from(letters, (c, i) => c + ZERO_WIDTH[i % ZERO_WIDTH.length]!).join('');
    },
  },
  { name: "'[at]' x N", listed: true, make: (n) => repeat('[at]', n) },
  { name: "'\\n' x N", listed: true, make: (n) => repeat('\n', n) },
  { name: "'pay via ' x N", listed: true, make: (n) => repeat('pay via ', n) },
  { name: "'you ' x N", listed: true, make: (n) => repeat('you ', n) },
  { name: "'http://a.b/' x N", listed: true, make: (n) => repeat('http://a.b/', n) },
  // Extras: inputs that make the detector report many findings, and a large alphabet.
  { name: '+ CJK, 20k distinct ideographs', listed: false, make: cjk },
  { name: "+ 'jo@gmail.com ' x N", listed: false, make: (n) => repeat('jo@gmail.com ', n) },
  { name: "+ 'fuck you idiot. ' x N", listed: false, make: (n) => repeat('fuck you idiot. ', n) },
  { name: "+ 'pay me via paypal. ' x N", listed: false, make: (n) => repeat('pay me via paypal. ', n) },
  // Runs with no space at all: one "sentence" holding thousands of matches (quadratic until sentences got a hard cap).
  { name: "+ 'idiot dot paypal+1[at]:' x N", listed: false, make: (n) => repeat('idiot dot paypal+1[at]:', n) },
  { name: "+ 'whatsapp,' x N", listed: false, make: (n) => repeat('whatsapp,', n) },
  { name: "+ 'gmail.com,' x N", listed: false, make: (n) => repeat('gmail.com,', n) },
  // One line with thousands of findings of the rules that read the line or the sentence back from each match (quadratic until
  // 7 December 2026: the search for the line's start, or for a pattern with nothing to find, read on to the end of the text).
  { name: "+ 'send me your password. ' x N", listed: false, make: (n) => repeat('send me your password. ', n) },
  { name: "+ 'he logs in to your upwork account. ' x N", listed: false, make: (n) => repeat('he logs in to your upwork account. ', n) },
  { name: "+ \"let's continue on telegram. \" x N", listed: false, make: (n) => repeat("let's continue on telegram. ", n) },
  { name: "+ 'give me 5 stars or no refund. ' x N", listed: false, make: (n) => repeat('give me 5 stars or no refund. ', n) },
];
