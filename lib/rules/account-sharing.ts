import { defineRule, type Hit } from '../detector/rule';
import { isDisclaimed, matches, clauseAround } from '../detector/text';

type MessageId = 'credentials' | 'login' | 'use' | 'rent';

const SECRET = "(?:(?:upwork )?(?:login(?: details| info| credentials)?|log-?in(?: details)?|password|passcode|pass ?word|pwd|credentials|creds|user ?name (?:and|&) password|username (?:and|&) password|email (?:and|&) password|2fa(?: code)?|two[- ]factor(?: code)?|otp|one[- ]time (?:code|password|pin)|verification code|security code|sms code|auth(?:entication)? code|recovery codes?|backup codes?|security (?:question|answer)s?|session (?:cookie|token)s?|cookies|account details|account access|access to (?:your|my) (?:upwork )?(?:account|profile)))";
/** "send me your password", "what's your Upwork login", "share the OTP you received". */
const ASK = new RegExp(`\\b(?:send|share|give|provide|tell|forward|text|dm|need|want|what(?:'s| is)|i'?ll need|can i (?:get|have)|could you (?:send|share|give)|please|pls|kindly|type|read (?:me|out))\\b[^.!?\\n]{0,25}?\\b(?:your|ur|yr|the|my|his|her|their)\\b (?:upwork )?${SECRET}\\b`, 'g');
/** "here is my login: ..", "password: hunter2", "my upwork password is ...". */
const GIVE = new RegExp(`\\b(?:here(?:'s| is| are)|my|our)\\b (?:upwork )?(?:login|password|pass ?word|credentials|creds|otp|2fa code|verification code)\\b ?(?::|is|are|=)|\\b(?:password|pwd|pass)\\b ?[:=] ?\\S{4,}`, 'g');
/** "I'll log into your account", "log in to my Upwork account and apply", "sign in as you". */
const LOGIN = /\b(?:log|sign|logging|signing|logged|signed)(?: ?in| ?on)(?:to| to| into)? (?:your|my|his|her|their|the client'?s?|a client'?s?|the|this|our) (?:upwork |freelancer |agency )?(?:account|profile)\b|\b(?:log|sign)(?: ?in| ?on) as (?:you|me|him|her|them)\b|\baccess (?:to )?(?:your|my) upwork\b/g;
/** "you can use my account to apply", "my brother works from my account", "bid from your profile". */
const USE = /\b(?:use|using|work (?:from|on|through)|apply (?:from|with|through|using)|bid (?:from|with|through|using)|operate|manage|run|control|take over|share|sharing|borrow|lend)\b[^.!?\n]{0,15}?\b(?:my|your|his|her|their|our|an|a|this|the same|one) (?:upwork |freelancer |verified |old |existing |spare |second )?(?:account|profile|identity|id)\b/g;
/** "rent your Upwork account", "buy a verified account", "account for rent". */
const RENT = /\b(?:rent|renting|rental|buy|buying|sell|selling|purchase|lease|hire)\b[^.!?\n]{0,15}?\b(?:an? |your |my |the )?(?:upwork |freelancer |verified |aged |old |us |usa )+(?:accounts?|profiles?|identity)\b|\b(?:upwork )?(?:accounts?|profiles?) (?:for (?:rent|sale)|rental)\b|\bverify (?:the|my|an|this|a new) account (?:with|using) (?:your|his|her|their)\b/g;

/** Other systems whose access is normal project work (not the Upwork account). */
const OTHER_SYSTEM = /\b(?:wordpress|wp|cpanel|hosting|server|ssh|ftp|sftp|database|db|admin|dashboard|shopify|wix|squarespace|webflow|aws|azure|gcp|firebase|github|gitlab|google ads|ads account|analytics|facebook ads|meta business|stripe|mailchimp|hubspot|crm|site|website|store|app store|play console|domain|godaddy|namecheap|cloudflare|figma|canva|vps|staging|test account|demo account|sandbox|api key)\b/;
const TECH = /\b(?:implement|build|add|create|develop|integrat\w*|fix|reset|feature|flow|page|screen|form|system|module|auth(?:entication)?|oauth|sso|jwt|encrypt\w*|hash\w*|validation|field)\b/;

export default defineRule<MessageId>({
  id: 'account-sharing',
  category: 'account-sharing',
  severity: 'violation',
  description: 'Account sharing and credentials: asking for or giving logins, passwords and one-time codes, logging into someone else\'s Upwork account, renting or lending accounts.',
  policy: 'violations',
  fixLabel: 'Remove this request',
  messages: {
    credentials: 'This shares or asks for login details or a one-time code. Nobody else may use your Upwork account, and you may not use theirs: ask to be added to the team with the right permissions instead.',
    login: 'This is about logging into someone else\'s account. Upwork forbids logging into a client\'s account on their behalf; they can add you to their team instead.',
    use: 'This is about using another person\'s account or letting someone use yours. Every Upwork account must be used only by its verified owner.',
    rent: 'Renting, buying or selling accounts breaks Upwork\'s identity rules and gets every account involved suspended.',
  },
  check({ text }) {
    const hits: Hit<MessageId>[] = [];
    const push = (start: number, end: number, messageId: MessageId) => {
      const clause = clauseAround(text, start, end).text;
      if (isDisclaimed(text, start, end)) return;
      // Credentials for the project's own systems (hosting, WordPress) are ordinary work, and building
      // login features is engineering: only Upwork accounts, or unnamed ones, count here.
      if (messageId !== 'rent' && !/\bupwork\b/.test(clause) && (OTHER_SYSTEM.test(clause) || (messageId === 'credentials' && TECH.test(clause) && !/\b(?:your|ur) (?:password|otp|2fa|login|credentials)\b/.test(clause)))) return;
      hits.push({ start, end, messageId, replacement: '' });
    };
    for (const m of matches(ASK, text)) push(m.index, m.index + m[0].length, 'credentials');
    for (const m of matches(GIVE, text)) push(m.index, m.index + m[0].length, 'credentials');
    for (const m of matches(LOGIN, text)) push(m.index, m.index + m[0].length, 'login');
    for (const m of matches(USE, text)) {
      // "use my account" needs the Upwork context or a third person; "use your account" alone is often about other tools.
      const clause = clauseAround(text, m.index, m.index + m[0].length).text;
      if (!/\b(?:upwork|apply|bid|proposals?|connects|jobs?|freelanc\w*|brother|sister|friend|cousin|partner|colleague|team ?mate|someone|somebody|others?|verified|identity|id)\b/.test(clause)) continue;
      push(m.index, m.index + m[0].length, 'use');
    }
    for (const m of matches(RENT, text)) push(m.index, m.index + m[0].length, 'rent');
    return hits;
  },
});
