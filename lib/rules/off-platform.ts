import { defineRule, type Hit } from '../detector/rule';
import { MESSAGING_APPS } from '../detector/lexicon';
import { after, isDisclaimed, matches } from '../detector/text';

type MessageId = 'move' | 'channel';

/**
 * Apps that mean "somewhere else". Zoom, Meet and Teams are left out because Upwork
 * Messages starts Zoom calls itself; "line" and "snap" are ordinary words.
 */
const OFF_APPS = Object.entries(MESSAGING_APPS)
  .filter(([name]) => !['zoom', 'google meet', 'teams', 'line', 'imo', 'kik'].includes(name))
  .map(([, spelling]) => spelling.split('|').filter((s) => !['snap', 'ig', 'wx', 'fb', 'x\\.com'].includes(s)).join('|'))
  .join('|');
/** Channels outside Upwork. "call"/"meeting" alone are not here: Upwork has its own calls. */
const CHANNEL = `(?:${OFF_APPS}|e-?mail|gmail|phone|cell|mobile|text(?: message)?s?|sms|imessage|facetime|personal (?:e-?mail|number|chat|account)|another (?:platform|app|site|channel)|other (?:platforms?|apps?|channels?)|outside (?:of )?upwork|off (?:of )?upwork|off[- ]platform|elsewhere)`;
const MOVE_VERB = '(?:talk|chat|continue|move|discuss|communicate|connect|speak|converse|meet|text|message|switch|take (?:this|it|our (?:conversation|chat|talk|discussion))|keep in touch|get in touch|stay in touch|contact|reach|call|ping|dm|follow up|catch up|have a (?:quick )?(?:call|chat|talk)|hop on a (?:call|chat)|jump on a (?:call|chat)|do a (?:quick )?(?:call|chat)|video call|voice call)';
const PROPOSER = "(?:let'?s|let us|lets|we (?:can|could|should|will|'ll)|can we|could we|shall we|why don'?t we|how about we|i(?:'d| would)? (?:prefer|like|want|suggest|propose)(?: to| that we)?|i'?d rather|better (?:to|if we)|easier (?:to|if we)|is it (?:ok|okay|possible) (?:to|if we)|would you (?:mind|like to|be (?:ok|okay|open to))|are you (?:on|open to|available on)|feel free to|please|pls|kindly|you can|u can|i can|we'?ll|i'?ll)";
/** "let's continue on WhatsApp", "can we talk over email", "I'd prefer to chat on Telegram". */
const PROPOSAL = new RegExp(`\\b${PROPOSER}\\b[^.!?\\n]{0,40}?\\b${MOVE_VERB}\\b[^.!?\\n]{0,30}?\\b(?:on|via|over|through|in|by|to|using|at|with)\\b ?(?:my |our |the |a |your )?${CHANNEL}\\b`, 'g');
/** "WhatsApp me", "email me", "text me", "hit me up on Telegram", "drop me an email", "give me a call on my cell". */
const DIRECT = new RegExp(
  `\\b(?:(?:${OFF_APPS}|e-?mail|text|sms|ring|phone) (?:me|us)(?! (?:here|on upwork|through upwork|via upwork|in upwork))\\b|(?:hit|ping|reach|find|add|catch|contact|follow|message|call|text|dm) (?:me|us)(?: up)? (?:on|via|at|over|through|in) (?:my |our )?${CHANNEL}|(?:drop|shoot|send) (?:me|us) (?:an? )?(?:e-?mail|text|sms|whatsapp|message on ${CHANNEL})|give (?:me|us) a (?:call|ring|buzz) (?:on|at)\\b)`,
  'g',
);
/** "outside of Upwork", "off the platform", "directly instead of here". */
const OUTSIDE = /\b(?:talk|chat|continue|communicate|discuss|connect|speak|work|deal|meet|contact|reach|coordinate|move|take (?:this|it))\w*\b[^.!?\n]{0,30}?\b(?:outside (?:of )?(?:upwork|the platform|this platform|this site|here)|off (?:of )?(?:upwork|the platform|this platform|this site)|away from upwork|privately|in private)\b/g;

const HERE = /^[^.!?\n]{0,25}\b(?:here|on upwork|through upwork|via upwork|in upwork|upwork messages|upwork chat|upwork'?s)\b/;

export default defineRule<MessageId>({
  id: 'off-platform',
  category: 'off-platform',
  severity: 'violation',
  description: 'Proposals to continue the conversation outside Upwork: chat apps, email, phone, texts or "off the platform".',
  policy: 'responsibleAutomation',
  fixLabel: 'Keep it on Upwork',
  messages: {
    move: 'This suggests moving the conversation off Upwork. Before a contract starts, every conversation has to stay in Upwork Messages; suggesting otherwise can get your account put on hold.',
    channel: 'This invites the other person to contact you outside Upwork. Before a contract starts, keep all communication in Upwork Messages.',
  },
  check({ text }) {
    const hits: Hit<MessageId>[] = [];
    const push = (start: number, end: number, messageId: MessageId) => {
      if (isDisclaimed(text, start, end) || HERE.test(after(text, end, 40))) return;
      hits.push({ start, end, messageId, replacement: "let's keep talking here on Upwork" });
    };
    for (const m of matches(PROPOSAL, text)) push(m.index, m.index + m[0].length, 'move');
    for (const m of matches(DIRECT, text)) push(m.index, m.index + m[0].length, 'channel');
    for (const m of matches(OUTSIDE, text)) push(m.index, m.index + m[0].length, 'move');
    return hits;
  },
});
