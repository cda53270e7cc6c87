import { defineRule, type Hit } from '../detector/rule';
import { MESSAGING_APPS, WORD_LIKE_APPS } from '../detector/lexicon';
import { clauseAround, matches } from '../detector/text';

type MessageId = 'link' | 'handle';

/** Invite and profile links of chat apps: wa.me/..., t.me/..., discord.gg/..., skype:..., signal.me/... */
const APP_LINK = /(?:\b(?:https?:\/\/)?(?:www\.)?(?:wa\.me|api\.whatsapp\.com\/send|chat\.whatsapp\.com|whatsapp\.com\/(?:channel|send)|t\.me|telegram\.(?:me|dog)|discord\.gg|discord(?:app)?\.com\/(?:invite|users)|join\.skype\.com|signal\.(?:me|group)|line\.me|u\.wechat\.com|weixin\.qq\.com|m\.me|ig\.me|invite\.viber\.com|snapchat\.com\/add|kik\.me|zalo\.me|open\.kakao\.com)\/[^\s)\]>"']{1,120})|\b(?:skype|viber|tg|whatsapp|weixin|sgnl):(?:\/\/)?[a-z0-9._:+?=&%-]{3,80}/g;

const APP = `(?:${Object.values(MESSAGING_APPS).join('|')})`;
const LABEL = '(?: ?(?:id|i\\.d|handle|user ?name|username|name|number|no|num|account|acc|contact|profile|tag))?';
// Whatever stands for the person: a handle, an app id ("live:.cid.8f1e"), or a number.
const IDENT = "(@?[a-z0-9][a-z0-9._:+'-]{1,60}[a-z0-9]|\\+?\\d[\\d ().-]{5,20}\\d)";

/** "skype: live:.cid.123", "WhatsApp - +44 ...", "wechat id = dev_ann", "my skype is john.smith", "telegram @dev_ann". */
const APP_ID = new RegExp(`\\b(my |our |mine |his |her |the )?(${APP})\\b(${LABEL}) ?(:|=|-{1,2}>?|→|\\bis\\b|\\bat\\b|\\bon\\b)? ?${IDENT}`, 'g');
/** "john_dev#1234" on Discord. */
const DISCORD_TAG = /\b[a-z0-9_.]{2,32}#\d{4}\b/g;

const NOT_A_HANDLE = /^(?:the|a|an|and|or|but|is|are|was|be|been|not|no|yes|so|to|too|also|very|more|most|less|fine|good|great|better|best|nice|cool|easy|easier|free|fast|faster|slow|down|up|used|using|working|available|okay|ok|only|just|bot|bots|api|apis|app|apps|group|groups|channel|channels|integration|integrations|chat|call|calls|me|you|him|her|us|them|it|this|that|there|here|for|with|from|in|on|at|of|by|as|if|when|which|who|what|where|how|why|all|any|some|my|your|our|their|business|desktop|web|mobile|android|ios|messages?|notifications?|support|account|accounts|users?|clients?|customers?|features?|sdk|cloud|server|servers|data|payments?|pay|marketing|ads|page|pages|post|posts|feed|story|stories|reels?|video|videos|voice|status|sticker|stickers|mini|miniapp|webhook|webhooks|widget|plugin|clone|like|style|similar|platform|version|update|login|sign|share|sharing|link|links|button|buttons|template|templates|campaign|campaigns|number|numbers|id|ids|handle|username)$/;

function isHandle(ident: string, app: string, label: string, separator: string, possessive: string): boolean {
  const bare = ident.replace(/^@/, '');
  if (NOT_A_HANDLE.test(bare)) return false;
  const strong = /^@|[0-9_.:]|^live:/.test(ident) || /^\+?\d/.test(ident);
  const wordLike = WORD_LIKE_APPS.has(app);
  const explicit = !!label.trim() || /^(?::|=|-|→)/.test(separator);
  if (separator === 'at' || separator === 'on') return strong && !wordLike;
  if (separator === 'is') return (!!possessive || !!label.trim()) && (strong || !wordLike);
  if (explicit) return strong || !wordLike;
  // No separator at all: "telegram @dev_ann", "skype john.smith88".
  return strong && (!wordLike || /^@/.test(ident));
}

export default defineRule<MessageId>({
  id: 'contact-messaging',
  category: 'contact-sharing',
  severity: 'violation',
  description: 'Chat-app IDs, handles and invite links: Skype, WhatsApp, Telegram, Discord, WeChat, Signal, Viber, Instagram and others.',
  policy: 'sixRules',
  fixLabel: 'Remove the chat ID',
  messages: {
    link: 'This is a chat-app invite or profile link. Giving a way to reach you outside Upwork before a contract starts breaks the contact-sharing rule.',
    handle: 'This is a chat-app ID or handle. Before a contract starts, any ID that lets the other person reach you outside Upwork counts as contact details.',
  },
  check({ text }) {
    const hits: Hit<MessageId>[] = [];
    for (const m of matches(APP_LINK, text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'link' });
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
    for (const m of matches(DISCORD_TAG, text)) {
      if (/discord/.test(clauseAround(text, m.index, m.index + m[0].length).text)) hits.push({ start: m.index, end: m.index + m[0].length, messageId: 'handle' });
    }
    return hits;
  },
});
