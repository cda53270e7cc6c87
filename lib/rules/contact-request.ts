import { defineRule, type Hit } from '../detector/rule';
import { APP_NAME, PROJECT_ACCESS } from '../detector/lexicon';
import { clauseAround, isDisclaimed, matches } from '../detector/text';

type MessageId = 'request' | 'access';

const DETAIL = `(?:e-?mail(?: address| id)?|mail id|gmail|phone(?: number| no)?|number|no\\.|cell(?: number)?|mobile(?: number)?|cell ?phone|contact(?: details| info(?:rmation)?| number| no)?|personal (?:e-?mail|number|contact|details)|direct (?:e-?mail|line|number|contact)|address|home address|socials?|social media|(?:${APP_NAME})(?: id| handle| username| number| contact| link| profile| account)?|handle|user ?name|whatsapp|skype|telegram|discord|wechat|digits|deets)`;
/** "your email marketing", "your number of users", "your phone app": topics, not details. */
const NOT_DETAIL = `(?! ?(?:marketing|campaigns?|lists?|templates?|copy|newsletters?|signatures?|providers?|service|platform|server|automation|sequences?|flows?|strategy|open|clients?|subject|inbox|design|app|apps|bot|bots|integration|api|business api|ads?|account manager|of\\b|one\\b|for the|verification|validation|field|input|format|system|setup|settings|number of|screen|case|stack|skills?|experience|portfolio|rate|budget|timeline|deadline))`;
const YOUR = `(?:your|ur|yr|you'?r|u'?r|his|her|their)`;
/** "what's your email", "can you share your WhatsApp", "send me your number", "drop your skype". */
const ASK = new RegExp(
  `\\b(?:what(?:'s| is|s)|reply with|respond with|include|list|attach|put|share|send|give|provide|drop|tell|leave|text|dm|pm|pass|forward|write|post|type|need|want|get|have|may i (?:get|have|ask for)|can i (?:get|have|ask for)|could i (?:get|have)|do you have|please|pls|kindly|mind sharing)\\b[^.!?\\n]{0,30}?\\b${YOUR} (?:[a-z]+,? ){0,3}(?:and |or )?${DETAIL}\\b${NOT_DETAIL}`,
  'g',
);
/** "your email?", "email please", "your number pls". */
const TERSE = new RegExp(`\\b${YOUR} (?:best |personal |direct |private )?${DETAIL} ?(?:\\?|please|pls|plz)|\\b(?:e-?mail|whatsapp|skype|telegram|number|contact) (?:please|pls|plz)\\b`, 'g');
/** "what's the best number to reach you on", "which email should I use to reach you", "a number where I can reach you". */
const WAY_TO_REACH = new RegExp(
  `\\b(?:(?:what(?:'s| is)|which is|which|what) (?:the |your )?(?:best |easiest |quickest |preferred |direct |personal )?${DETAIL}(?: should| can| do)? ?(?:i |we )?(?:use )?(?:to|for|where|on which)? ?(?:i |we )?(?:can )?(?:reach|contact|call|text|message|email|ping)|(?:a|an|any|the) ${DETAIL} (?:where|at which|on which) (?:i|we) (?:can|could) (?:reach|contact|call|text|message))`,
  'g',
);
/** "how can I reach you outside Upwork", "is there another way to contact you". */
const REACH = /\b(?:how (?:can|do|could|should) (?:i|we) (?:reach|contact|call|text|message|find|get (?:in touch with|hold of)) you|(?:is there|do you have) (?:a|an|any|another|other) (?:way|means|channel|platform|number|app) (?:to|i can|we can)? ?(?:reach|contact|talk|chat|call|message))(?:[^.!?\n]{0,40}?\b(?:outside|off|besides|other than|apart from|except|directly|privately|personally))?/g;

export default defineRule<MessageId>({
  id: 'contact-request',
  category: 'contact-request',
  severity: 'violation',
  description: 'Requests for the other party\'s email, phone, chat ID, social profile or another way to reach them outside Upwork.',
  policy: 'sixRules',
  fixLabel: 'Remove the request',
  messages: {
    request: 'This asks for contact details. Upwork forbids both sharing and requesting contact information before a contract starts.',
    access: 'Asking for an email only to give access to a project tool is allowed. Say so clearly and keep the conversation on Upwork.',
  },
  check({ text }) {
    const hits: Hit<MessageId>[] = [];
    const push = (start: number, end: number) => {
      if (isDisclaimed(text, start, end)) return;
      const access = PROJECT_ACCESS.test(clauseAround(text, start, end).text);
      hits.push({ start, end, messageId: access ? 'access' : 'request', ...(access && { exception: 'project-access' as const }) });
    };
    for (const m of matches(ASK, text)) push(m.index, m.index + m[0].length);
    for (const m of matches(TERSE, text)) push(m.index, m.index + m[0].length);
    for (const m of matches(WAY_TO_REACH, text)) push(m.index, m.index + m[0].length);
    for (const m of matches(REACH, text)) {
      const outside = /outside|off|besides|other than|apart from|except|directly|privately|personally/.test(m[0]);
      // "How can I reach you?" is a contact request only when it points away from Upwork.
      if (outside || /\b(?:another|other|any)\b/.test(m[0])) push(m.index, m.index + m[0].length);
    }
    return hits;
  },
});
