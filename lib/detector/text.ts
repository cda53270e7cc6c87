import { pairs, term, type Pairing } from './frame';
import { NEGATION as NEGATION_WORDS, ON_UPWORK, REFUSED, RULES_TALK } from './lexicon/stance';
import { except } from './lexicon/word-class';
import { oneOf } from './pattern';
import { mayMatch, mayTest } from './prefilter';
import { compileAhead, compileFirst } from './compile-first';

/**
 * Small helpers the rules share for reading the prepared view around a match:
 * the clause it sits in, negations, and cue words. All bounded, so a rule that
 * calls them per match stays linear.
 */

/** How far a clause may reach from a match, either way. */
const CLAUSE_REACH = 160;

/** The clause around [start, end): up to the nearest sentence break either side. */
export function clauseAround(text: string, start: number, end: number): { start: number; end: number; text: string } {
  let from = start;
  const minFrom = Math.max(0, start - CLAUSE_REACH);
  while (from > minFrom && !isBreak(text, from - 1)) from--;
  let to = end;
  const maxTo = Math.min(text.length, end + CLAUSE_REACH);
  while (to < maxTo && !isBreak(text, to)) to++;
  return { start: from, end: to, text: text.slice(from, to) };
}

/**
 * A '.' inside "gmail.com" or "3.5" is not a sentence break. Called for every character a clause
 * reaches over, so it compares character codes instead of running a pattern.
 */
function isBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // ! ? ; and a line break end a clause.
  if (c === 0x21 || c === 0x3f || c === 0x3b || c === 0x0a) return true;
  if (c !== 0x2e) return false;
  const next = text.charCodeAt(i + 1); // NaN past the end: a break
  return !((next >= 0x61 && next <= 0x7a) || (next >= 0x30 && next <= 0x39));
}

/** The text of the clause before `start` (within the clause). */
export function before(text: string, start: number, reach = 80): string {
  const clause = clauseAround(text, start, start);
  return text.slice(Math.max(clause.start, start - reach), start);
}

// "I never", "we don't", "won't", "will not", "no need to", "cannot",
// "against the rules", "not allowed". Read only in the few words before a trigger.
// "Instead of" a price is a discount offered, not a refusal: "special price $350 instead of $500 if you send by Western Union".
const NEGATION = new RegExp(
  "\\b(?:never|not|no|nobody|no one|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|can'?t|cannot|shouldn'?t|mustn'?t|isn'?t|aren'?t|without|refuse|decline" +
    '|avoid asking|(?:instead of|rather than)(?! ?[$€£₹]? ?\\d))\\b',
);
const POLICY_TALK = new RegExp(
  '\\b' +
    oneOf([
      'agrees? not to', 'users (?:agree|may not|must not)', 'terms of (?:service|use)', 'terms page',
      'our terms',
      'against (?:the |upwork\'?s? )?(?:policy|policies|rules|tos|terms)',
      '(?:not|never) (?:allowed|permitted)', 'violat\\w*', 'prohibit\\w*', 'forbidden',
      'upwork (?:rules|policy|policies|tos|terms)',
      // English "per Upwork's rules", not Lithuanian "ne per Upwork" (not through Upwork, round twenty-seven).
      '(?<!\\bne )per upwork', 'upwork (?:does ?n[o\']t|won\'?t) allow',
      // "rule #1 for newbies: no skype, no whatsapp": a rule of thumb taught, not broken.
      'golden rule', 'first rule', 'rule #1', 'rule number one', 'rules? of thumb',
      // "You cannot put anything that a client could use to contact you": a rule about what a profile may hold.
      '(?:you|freelancers|users|clients) (?:cannot|can\'?t|may not|must not) (?:put|add|include|list|post|give out) anything',
      // A help page's rule: "Neither clients nor talent may request...", "all communication must take place on Upwork".
      'neither \\w+ nor \\w+ (?:may|can|should|must|are allowed)',
      'all (?:communications?|messages|conversations|payments) (?:must|should|has to|have to|needs? to) (?:take place|stay|happen|be|remain|go) (?:on|in|through|within|via) upwork',
      'can only be (?:contacted|reached|paid) (?:through|on|via|in) upwork',
      // Another marketplace's help page: "all payments for work completed must go via the platform", "we cannot provide mediation
      // for payment disputes that happen off platform", "attempts to pay outside will lead to account suspension", "report any offers".
      'all (?:\\w+ )?(?:payments|communications?|messages)(?: for [^.!?\\n]{0,30}?)? (?:must|should|has to|have to|needs? to) ' +
        '(?:go|stay|take place|happen|be made|remain) (?:through|via|on|within|in) (?:the )?(?:platform|site|marketplace|fiverr|freelancer)',
      'we (?:cannot|can\'?t|won\'?t|will not|are unable to) (?:(?:provide|offer|give) (?:any )?)?(?:mediation|mediate|protection|protect you|support) ' +
        '(?:for |with |in )?(?:\\w+ ){0,2}disputes?',
      'attempts? to (?:\\w+ ){1,3}(?:will|may|can|could) (?:lead|result) (?:to|in) (?:\\w+ ){0,3}(?:sanctions|(?:account )?suspension|(?:a |permanent )?bans?|termination|account closure)',
      '(?:must|should) (?:immediately |always )?report (?:any|all) (?:such )?(?:offers?|requests?|attempts?)',
    ]) +
    '\\b',
);

const CLAUSE_JOINT = /,|\s[\u2013\u2014-]\s|\b(?:so|but|and then|because|since|which is why|aber|pero|entao|lekin|magar)\b/g;
/**
 * Where the last clause of `lead` starts: at its last comma, dash, "so" or "but" (in a few languages),
 * or -1. "I won't write it here so ... but let's": the negation belongs to an earlier clause.
 */
function lastClauseStart(lead: string): number {
  let last = -1;
  CLAUSE_JOINT.lastIndex = 0;
  for (let m = CLAUSE_JOINT.exec(lead); m; m = CLAUSE_JOINT.exec(lead)) last = m.index;
  return last;
}

/** True when the few words before `start` negate what follows ("I will never ..."). */
// "Не могли бы вы дать...", "Чи не могли б ви": Russian and Ukrainian ask politely with a negation ("could you not...").
const SUGGESTION = new RegExp(
  "\\b(?:why (?:don'?t|do not|not)|(?:can'?t|couldn'?t|won'?t|wouldn'?t|shouldn'?t) (?:we|you|i))\\b" +
    // "Wouldn't it be simpler if you found me on...", "isn't it easier on WhatsApp?": a suggestion, not a refusal.
    "|\\b(?:wouldn'?t|won'?t|isn'?t) it (?:be )?(?:so |much |a lot )?(?:easier|simpler|better|faster|quicker|nicer|more convenient)\\b" +
    '|(?<![а-яіїє])не (?:могли|могла|мог|можете|хотите|хотели) (?:бы?|б)(?![а-яіїє])' +
    // "para no estar con esta ventanita, seguimos por fuera": a purpose ("so as not to wait"), not a refusal.
    '|\\bpara no (?:estar|tener que|perder (?:tiempo|mas tiempo)|esperar|andar)\\b|\\bpara nao (?:ficar|ter que|perder tempo|esperar)\\b',
  'g',
);

/** "um sinal no Pix": Portuguese "no" is "on the", not a negation, just before a way to pay. */
const PORTUGUESE_ON = /\bno\s*$/;
const PAID_BY = /^pix\b/;

/** "Just so it's clear: nobody from our company will ever send you a cheque": the clause's own subject is the negation. */
// ...not "nobody has to know if you pay me via Zelle", the secrecy that goes with the lure.
const NOBODY_LEADS = /(?:^|[:;.]\s*)(?:nobody|no one|none of(?: (?:us|them|our|my|the|your|their))?)\b(?! (?:\w+ )?(?:to )?(?:know|find out|notice|see))[^,;:]*$/;

export function negatedBefore(text: string, start: number, words = 8): boolean {
  if (NOBODY_LEADS.test(before(text, start, 80))) return true;
  // A parenthesis is no word of the clause: "doesn't send direct payments (PayPal or otherwise) to anyone outside the platform".
  // The same 60 characters are read as before when there is no parenthesis.
  let lead = before(text, start, 100).replace(/\([^()]{0,40}\) ?/g, '').slice(-60).trim().split(/\s+/).slice(-words).join(' ');
  if (PAID_BY.test(text.slice(start, start + 4))) lead = lead.replace(PORTUGUESE_ON, '');
  // "You never answer here so give me...": a negation before "so", "but" or a comma belongs to another clause.
  const cut = lastClauseStart(lead);
  if (cut !== -1) lead = lead.slice(cut);
  // "you shouldn't have an issue accepting...": a double negative, not a refusal.
  if (/\b(?:shouldn'?t|won'?t|wouldn'?t|don'?t|doesn'?t) (?:have |be |see )?(?:an? |any )?(?:issue|problem|trouble)\b/.test(lead)) return false;
  // "Why don't we just deal directly?", "can't we use WhatsApp?": a suggestion asked as a question, not a refusal.
  return NEGATION.test(lead.replace(/^,/, '').replace(SUGGESTION, ' '));
}

/**
 * Warnings and help pages: "A huge red flag would be that he only wants to talk outside of Upwork", "When working
 * outside the platform, it is your own responsibility...". Read in the clause only: a warning names the risk in the
 * same sentence as the thing it warns about.
 */
const WARNING_TALK = new RegExp(
  "\\b(?:(?:a|the|another|huge|big|major|biggest) red flags?|red flags? (?:is|are|would be|include)|warning signs?" +
    "|(?:it is|it's|is) (?:your|the freelancer's|the client's) (?:own )?responsibility|at your own risk)\\b" +
    // "you're essentially voiding this protection and putting yourself at risk": the cost of doing it, spelled out.
    "|\\b(?:put|puts|putting) (?:yourself|your account|your money|you|themselves) at risk\\b" +
    "|\\b(?:void|voids|voiding|lose|loses|losing|forfeit\\w*|give up|giving up) (?:this|the|your|all|any|upwork'?s?) (?:payment )?protections?\\b" +
    // "doing so removes all the platform's dispute resolution protections".
    "|\\b(?:removes?|removing|strips?|stripping) (?:all )?(?:the |your )?(?:platform'?s |upwork'?s )?(?:[a-z]+ ){0,2}protections?\\b" +
    // "With a direct transfer, if something went wrong, you'd have no protection at all."
    "|\\bif\\b[^.!?\\n]{0,50}?\\b(?:you'?d|you would|you'?ll|you will|we'?d|we would) (?:have|get) no (?:\\w+ )?protection\\b" +
    // The cost of going off the platform, spelled out: "If you move to Skype, you lose access to Fiverr's support", "you are going to
    // face the consequences for working outside the platform", "it might seem tempting, but it opens up privacy concerns".
    "|\\b(?:lose|loses|losing|forfeit\\w*) (?:all )?(?:access to (?:\\w+'?s? )?(?:support|protection|mediation|dispute|help)|(?:\\w+'?s? )?(?:support|mediation|dispute (?:help|resolution)))\\b" +
    "|\\bface (?:the |serious |real )?consequences (?:for|of) (?:working|dealing|trading|communicating|moving|going|paying|taking (?:it|this|the \\w+)) (?:outside|off)\\b" +
    "|\\b(?:might|may|can|could) (?:seem|look|feel) (?:tempting|convenient|harmless|easier)\\b" +
    "|\\bopens? (?:you )?up (?:\\w+ )?(?:privacy |security )?(?:risks?|concerns?|problems?)\\b" +
    // "Such payments should only go to people you know and trust": a safety rule for anybody, not a payment arranged.
    "|\\b(?:only|never)\\b[^.!?\\n]{0,40}?\\b(?:to|with|from) (?:people|someone|friends|those|anyone|persons?) (?:you|they|one) (?:already )?(?:know|trust)\\b",
);

/**
 * A non-global pattern's test with the answers for the last `kept` texts remembered. The rules ask isPolicyTalk about every
 * sentence and every hit, and the hits of one sentence share its clause and its neighbourhood: a proposal asked POLICY_TALK and
 * WARNING_TALK about the same text six times in one check, and one run of WARNING_TALK over a clause took 20-110 us.
 */
export function remembered(pattern: RegExp, kept = 8): (text: string) => boolean {
  if (pattern.global || pattern.sticky) throw new Error(`pattern ${pattern} must not be global`);
  const texts: string[] = [];
  const answers: boolean[] = [];
  return (text) => {
    const known = texts.indexOf(text);
    if (known !== -1) return answers[known]!;
    const answer = pattern.test(text);
    if (texts.length >= kept) {
      texts.pop();
      answers.pop();
    }
    texts.unshift(text);
    answers.unshift(answer);
    return answer;
  };
}
const policyTalk = remembered(POLICY_TALK);
const warningTalk = remembered(WARNING_TALK);

/** True when the clause around the match talks about the rules rather than breaking them. */
export function isPolicyTalk(text: string, start: number, end: number): boolean {
  // The rule may be named in the next sentence: "...move payments off Upwork. It's against Upwork's Terms of Service."
  const clause = clauseAround(text, start, end).text;
  return policyTalk(clause) || warningTalk(clause) || policyTalk(neighbourhood(text, start)) || bannedListItem(text, start);
}

/**
 * The start of the line that holds `index`, when it is at most `reach` characters before it; else -1. Reads only those characters:
 * `text.lastIndexOf('\n', index)` reads back to the start of the text when a long paste has no line break, once per match
 * (a paste with thousands of matches on one line took quadratic time).
 */
export function lineStartWithin(text: string, index: number, reach: number): number {
  const stop = index - reach - 1;
  for (let i = index - 1; i >= Math.max(0, stop); i--) if (text.charCodeAt(i) === 10) return i + 1;
  return stop < 0 ? 0 : -1;
}

const LIST_ITEM = /^\s*(?:[-*•]|\d{1,2}[.):])\s/;
/** "Remember, that you cannot:", "Never do this:", "Forbidden on Upwork:": a line that introduces a list of what not to do. */
const BANS_INTRO = /\b(?:cannot|can'?t|must not|mustn'?t|may not|should not|shouldn'?t|not allowed to|never|don'?t|do not|avoid|prohibited|forbidden|not permitted|banned)\b[^\n]{0,30}:\s*$/;
/**
 * An item of a list of bans: "Remember, that you cannot:\n- share your contact info\n- ask clients to move outside of Upwork".
 * The match's line is a list item, and the line above the items introduces bans. Reads at most six lines of 200 characters back.
 */
export function bannedListItem(text: string, start: number): boolean {
  if (inlineBannedItem(text, start)) return true;
  let lineStart = lineStartWithin(text, start, 200);
  if (lineStart === -1 || !LIST_ITEM.test(text.slice(lineStart, start))) return false;
  for (let k = 0; k < 6 && lineStart > 0; k++) {
    // The line that ends at lineStart - 1, at most 200 characters with its newline.
    const prevStart = lineStartWithin(text, lineStart - 1, 199);
    if (prevStart === -1) return false;
    const line = text.slice(prevStart, lineStart - 1);
    if (!LIST_ITEM.test(line)) return BANS_INTRO.test(line);
    lineStart = prevStart;
  }
  return false;
}

/**
 * What a help page tells people to report or watch for: "You must contact Client Support when a client:", "Watch for red flags:",
 * "Report the job if the client:", "Be wary of anyone who:".
 */
const WATCH_INTRO = new RegExp(
  '\\b(?:(?:contact|tell|notify|alert|report (?:it|this|them)? ?to) (?:\\w+ )?(?:support|upwork|us|the team)\\b[^:]{0,20}\\b(?:when|if)\\b' +
    '|(?:report|flag) (?:the|a|this|any) \\w+ (?:if|when)\\b|red flags?|warning signs?|(?:be wary|beware|watch out|be careful) (?:of|if|when)\\b)[^:]{0,40}$',
);
/**
 * An item of a list written inline after a colon that introduces bans or what to report: "You must contact support when a client:
 * asks you to pay a fee; offers to pay you directly via PayPal; ...". Only semicolons and commas between the colon and the match.
 */
function inlineBannedItem(text: string, start: number): boolean {
  const lead = text.slice(Math.max(0, start - 400), start);
  const colon = lead.lastIndexOf(':');
  if (colon === -1 || /[.!?\n](?:\s|$)/.test(lead.slice(colon + 1))) return false;
  const intro = lead.slice(0, colon).split(/[.!?\n]\s/).pop()!;
  return WATCH_INTRO.test(intro) || BANS_INTRO.test(`${intro}:`);
}

const REFUSED_AFTER = new RegExp(
  [
    "^[^.!?\\n]{0,40}?\\b(?:isn'?t|is not|aren'?t|are not) (?:something|anything) (?:we|i)\\b",
    '^[^.!?\\n]{0,30}?\\b(?:is|are) (?:against|not allowed|forbidden|a no)\\b',
    // "Payment outside Upwork is not possible from my side", "..., is out of the question", "is not an option for us".
    "^[^.!?\\n]{0,30}?\\b(?:(?:(?:is|are) (?:simply |just )?not|isn'?t|aren'?t) (?:possible|an option)|(?:is|are) (?:out of the question|impossible))\\b",
    // "I know some editors ask for Pix or PayPal for extras, I don't.": the writer's answer closing the sentence.
    "^[^.!?\\n]{0,30}?, (?:but )?(?:i|we) (?:don'?t|do not|never do|never)(?= ?[.!]| ?$)",
    // "You asked me to pay the rest by Zelle \u2014 I won't.", "..., which I refuse", "...? No way.": the answer follows at once.
    "^\\s?(?:[\\u2013\\u2014-]|,|;|:|[.?!]) ?(?:but |and |which |so )?(?:i|we)(?:'m| am|'re| are)?(?: just| simply| politely)? " +
      "(?:won'?t|will not|refuse[ds]?|declined?|said no|not doing (?:it|that|this)|can'?t do that|don'?t do that|" +
      // "..., but I do not do that", "... and we never do that": the same answer in its full or its firmest form.
      "(?:do not|never|cannot|can not) do (?:it|that|this))" +
      "(?=\\s*(?:[.!,;\\u2013\\u2014-]|$)| do (?:it|that|this)\\b| go (?:there|that route)\\b)",
    '^\\s?(?:[\\u2013\\u2014-]|[.?!]) ?(?:no way|not happening|absolutely not|no thanks|hard no)\\b',
    // A note's answer with its subject dropped, or the contact cut: "...to pay via crypto outside Upwork. Refused.", "...a wire outside Upwork. I ended it."
    '^\\s?[.?!] ?(?:refused|declined|turned (?:it|him|her|them) down|(?:i|we) ended (?:it|the (?:chat|contract|conversation|call|job)))(?=\\s*(?:[.!,;]|$))',
    // Hindi and Urdu, the request told back and refused by the writer (round 22): "main aapka number nahi maangunga", "hum aapka number ya
    // email nahi maang rahe". The object comes right before the negated verb, a few words at most and none of giving ("number do, ... nahi maangunga").
    '^(?: (?!(?:do|de|dedo|dijiye|bhejo|bhej|send|share)\\b)[^\\s,.!?;]+){0,3} (?:nahi|nahin|nhi) (?:maa?ngunga|maa?ngungi|maa?ngenge|maa?ng rah[aei])\\b',
    // A project's answer on an issue: "PayPal will not be accepted in the foreseeable future", "Venmo is not (and won't be) supported".
    "^ (?:will not|won'?t|is not|isn'?t|are not|aren'?t)(?: be)? (?:(?:currently|yet|ever|going to be) )?(?:accepted|supported|added|offered|available)\\b" +
      "(?= (?:in the (?:foreseeable|near) future|any ?time soon|for now|at (?:this|the moment)|yet)\\b)",
  ].join('|'),
);

/** "Moving billing outside Upwork isn't something we do": the refusal comes after the match. */
export function refusedAfter(text: string, end: number): boolean {
  // A match may end on its own question mark ("by Wise?"): the answer after it is read from that mark.
  const from = end > 0 && /[?!.,;:]/.test(text[end - 1]!) ? end - 1 : end;
  return REFUSED_AFTER.test(text.slice(from, from + 60));
}

const NEGATED = compileAhead(new RegExp(term(NEGATION_WORDS)));
const NEGATED_INSIDE = compileAhead(new RegExp(term(except(NEGATION_WORDS, 'es'))));
const REFUSED_NEAR = compileAhead(new RegExp(term(REFUSED)));
const KEPT_ON_UPWORK = compileAhead(new RegExp(term(ON_UPWORK)));
const RULES_NEAR = compileAhead(new RegExp(term(RULES_TALK)));

/**
 * For frames in any language: the match is negated in the words just before it ("je ne paie pas
 * hors plateforme"), refused around it ("le dije que no"), or the neighbourhood keeps everything
 * on Upwork ("tudo pelo Upwork").
 */
/**
 * `deferralClears`: a deferral to the contract ("once you hire me") clears contact, allowed under a contract, but not a payment taken
 * outside, which no contract allows ("I accept GCash direct so we both skip the 10% cut ... we can talk about it once you hire me").
 */
export function standsAgainst(text: string, start: number, end: number, deferralClears = true): boolean {
  const clause = clauseAround(text, start, end);
  // The few words before the match, from the last comma on, and the match itself.
  let lead = text.slice(Math.max(clause.start, start - 60), start).split(/[,;]/).pop()!;
  if (PAID_BY.test(text.slice(start, start + 4))) lead = lead.replace(PORTUGUESE_ON, '');
  // "You never answer here so give me...", "my account is not verified yet so can you hire on my cousin's profile":
  // as in negatedBefore, a negation before a comma, dash, "so" or "but" is another clause's.
  const cut = lastClauseStart(lead);
  if (cut !== -1) lead = lead.slice(cut);
  // Inside the match only unambiguous negations count: "no insta" is Portuguese for "on Insta".
  if (mayTest(NEGATED, lead.replace(SUGGESTION, ' ')) || mayTest(NEGATED_INSIDE, text.slice(start, end))) return true;
  // "I shall not continue on Telegram, nor pay any 'onboarding fee'": "nor" right before the act refuses it (round 21b).
  if (/\bnor $/.test(lead)) return true;
  if (reportedBefore(text, start, end) || warnsOfScam(text, start)) return true;
  const around = neighbourhood(text, start);
  return mayTest(REFUSED_NEAR, around) || mayTest(KEPT_ON_UPWORK, around) || policyTalk(around) || mayTest(RULES_NEAR, around) || (deferralClears && AFTER_CONTRACT.test(around)) ||
    KEPT_IT_PL.test(around);
}

/**
 * Someone else's request, reported by the writer: "he asked me for my WhatsApp", "a client
 * offered me a discount if I paid in crypto", "my first one wanted me to interview on Skype".
 * The writer tells what happened (a complaint, a question to support), they do not ask for it.
 * Read in the sentence before the match: a third-person subject, then a reporting verb.
 */
const REPORTED = new RegExp(
  '\\b' +
    oneOf([
      'he', 'she', 'they', 'someone', 'somebody', 'people', 'scammers?', 'recruiters?', 'this guy', 'the guy', 'a guy',
      // "some guy on here wanted my cell and my bank info" (round 21b).
      '(?:some|one|another) guy',
      // "a 'support agent' messaged me saying...": the subject may be quoted, as victims quote a fake title.
      // "A couple of candidates asked me...", "Two of the other applicants immediately asked me to move to Telegram".
      '(?:a|the|my|your|this|that|one|another|one of (?:my|the|our|your)|a couple of|a few|several|some|two|three|(?:two|some|a few|several) of the) ' +
        '(?:(?:new|first|last|old|potential|prospective|long-term|previous|fake|so-called|other) )?' +
        // Sellers and strangers of other marketplaces, as scam victims name them: "the seller asked me to pay via PayPal", "some fella on here".
        '[\'"]?(?:[a-z]+ )?(?:clients?|buyers?|sellers?|vendors?|fellas?|blokes?|dudes?|employers?|freelancers?|one|person|user|candidates?|applicants?' +
        '|agents?|support|recruiters?|impost[eo]rs?|stranger' +
        // Someone on the reader's side, told back to the reader: "your investor asked in the call if he can pay directly" (round 23).
        '|investors?|partners?|boss|accountant|colleagues?|co-?founders?' +
        '|interviewers?|hiring managers?|compan(?:y|ies)|connections|contacts|prospects|leads)',
    ]) +
    '\\b[^.!?\\n]{0,60}?\\b' +
    oneOf([
      'asked', 'offered', 'wanted', 'gave', 'give', 'sent', 'told', 'suggested', 'proposed', 'requested', 'insisted',
      'kept asking', 'tried to', 'will ask', 'asks', 'wants? me to', 'messaged me', 'opted to', 'started (?:saying|talking)',
      // "someone msgd me saying...", "someone posted this job ... and asked", "a guy applied saying 'contact me on telegram'".
      'ms?gd me', 'msged me', 'dm\'?e?d me', 'texted me', 'emailed me', 'wrote', 'saying', 'said', 'claimed', 'posted', 'applied',
      'called me', 'contacted me',
      // "I had a freelancer ask to move to another app", "a few applicants put their Skype in their cover letters".
      // "Some buyer ask me pay in crypto": the plain form, as non-native writers report.
      'ask (?:me )?to', 'says', 'ask me',
      // "we've had a couple of applicants ask if we could pay via PayPal".
      'ask(?:ed)? (?:me |us )?(?:if|whether|for|about)', '(?:put|included|shared|posted|left|added) (?:their|his|her)',
      // "One of the other candidates put a phone number and a Skype name into her letter": the detail is theirs, not the writer's.
      '(?:put|included|shared|posted|left|added|pasted|dropped) (?:a|an|the) (?:\\S+ ){0,3}(?:numbers?|e-?mails?|handles?|names?|ids?|links?|contacts?)',
      // "I saw someone in a group say you can ask clients to log in...", "a guy on Reddit claims you can...": a claim heard.
      'says? (?:that )?(?:you|u|we|one|people|freelancers|clients) (?:can|could|should|may|are allowed to)', 'claims?',
      // "they all end up with the interviewer asking you to download Teams": the request told as it happens.
      'asking', 'telling', 'offering', 'pushing', 'urging', 'requesting', 'insisting',
      // "The seller was so pushy about using Friends and Family", "he pushed for Zelle".
      'pushy (?:about|with|on)', 'pushed (?:for|me)',
      // "a 'client' who wants my WhatsApp before even telling me the project... no" (round 21b).
      'wants? (?:my|our)',
    ]) +
    '\\b',
);

/** The same in other languages, where the verb alone says someone did it to the writer ("me ofereceu"). */
const REPORTED_OTHER = new RegExp(
  '(?<![a-z])' +
    oneOf([
      'me (?:ofereceu|pediu|propos|ofrecio|pidio|propuso)', "m'a (?:propose|demande|offert)",
      // "Me enviaram um canal no Telegram", "me mandaron un link de WhatsApp": they (someone else) sent it; "a vítima é redirecionada".
      'me (?:enviaram|mandaram|passaram|pediram|ofereceram|enviaron|mandaron|pidieron|ofrecieron)', '(?:a|o|la|el) vitima',
      // One person in the singular: "alguém me mandou mensagem dizendo que era teu irmão", "alguien me escribió pidiendo el pago" (round 23).
      'me (?:mandou|enviou|escreveu|chamou|mando|envio|escribio)', '(?:alguem|alguien) (?:me|te|nos) ',
      'hat mir (?:angeboten|vorgeschlagen)', 'мне предложил\\S*', 'мені запропонував\\S*',
      // A third-person verb says someone else asks ("мошенник ... просит перейти в мессенджер", "o golpista pede").
      '(?<![а-яіїє])(?:просит|просят|просил[аи]?|предлагает|предлагают|просять|пропонує|пропонують)(?![а-яіїє])',
      '(?<![а-яіїє])(?:просив|просила|просили)(?![а-яіїє])',
      // Italian "voleva passare su WhatsApp", Polish "prosił o numer", Indonesian "ada freelancer minta IG saya".
      '(?:voleva|volevano|chiedeva|chiedevano|mi ha (?:chiesto|proposto)|prosil[ao]?|chcial[ao]?)', '(?:ada|seorang) (?:freelancer|klien|client|orang|kandidat|pelamar)',
      '(?:el|ella|ellos|le|les|me|te) (?:pide|piden|pidio|ofrece|ofrecen)', '(?:ele|ela|eles|te|lhe) (?:pede|pedem|pediu|oferece)',
      // Hindi/Urdu "ek client ne bola", "usne kaha": the ergative "ne" marks someone else as the speaker.
      '(?:(?:client|buyer|banda|bande|kisi|us|unho) ne|usne|unhone) (?:bola|boli|kaha|kahi|likha|maanga|manga|pucha)',
      // "ek freelancer ne apne proposal mein WhatsApp number daal diya tha aur bola...", Italian "mi hanno scritto in tanti chiedendomi".
      '(?:ek|kisi|one) (?:freelancer|client|candidate|banda|bande) ne', '(?:mi hanno|mi ha) (?:scritto|chiesto|proposto)', 'chiedendomi',
      // The reader's own request, answered: "lo que me preguntas de si podemos hablar por fuera", "vous me demandiez si on pouvait
      // continuer par email", "você me pediu", "Aapne bola WhatsApp pe aa jao", "ви просили".
      'me (?:preguntas|preguntaste|pides|pediste|propones|propusiste|sugeriste)', '(?:voce|vc) me (?:perguntou|pediu|sugeriu|propos)',
      "(?:vous|tu) (?:me demand\\S*|me propos\\S*|m'avez (?:demande|propose)|m'as (?:demande|propose))", '(?:sie|du) (?:haben|hast) (?:mich )?gefragt',
      'aap ?ne (?:bola|kaha|likha|pucha|maanga|manga)',
      '(?<![а-яіїє])(?:вы|ты|ви|ти) (?:просили|просил|просив|предложили|предложил|запропонували|запропонував)' +
        '(?![а-яіїє])',
      // Someone else wrote with a request: "Мені хтось написав ... з проханням оплатити", "кто-то написал с просьбой".
      '(?<![а-яіїє])(?:хтось|кто-то|кто то) (?:написав|написал|просив|просил|запропонував|предложил)(?![а-яіїє])',
      // Chinese and Vietnamese: "有人问我攞你電話", "上个客户说...", "khách hỏi xin zalo em", "có người giả làm khách", "có nhóm ... rao".
      '有人(?:问我|問我|叫我|私信|找我|说要|說要)', '(?:上个|上個|有个|有個)(?:所谓的?|所謂的?)?(?:客户|客戶|client|买家|買家)',
      'khach (?:cu )?(?:hoi|doa|doi|bao|noi|nhan|xin)', 'co nguoi (?:bao|gia lam|hoi|rao|nhan|ru|xin|doi)', 'co nhom (?:\\S+ ){0,3}rao',
      // Turkish and Polish speech told: "Kocam diyor ki Upwork dışında ödeme yapma", "benden WhatsApp istedi", "mąż mówi, żeby nie płacić poza".
      '(?:diyor|dedi|demisti|soyledi|soyluyor|yazdi|istedi|teklif etti) ki', 'benden (?:\\S+ ){0,3}(?:istedi|istiyor|talep etti)',
      '(?:mowi|powiedzial[ao]?|napisal[ao]?|proponowal[ao]?|zaproponowal[ao]?),? (?:zeby|ze|abym|bym)',
      // Croatian, Serbian and Bosnian speech told (round 26): "klijent mi je rekao: ...", "tražio je da ...", "тражио ми је".
      '(?:rekao|rekla|rekli|napisao|napisala|pisao|pisala|trazio|trazila|trazili|pitao|pitala|ponudio|ponudila|predlozio|predlozila)' +
        '(?: (?:mi|mu|joj|nam|im))?(?: je| su)?(?::| da\\b)',
      '(?:рекао|рекла|написао|написала|писао|тражио|тражила|питао|питала|' +
        'понудио|понудила|предложио|предложила)' +
        '(?: (?:ми|му|јој|нам))?(?: је)?(?::| да(?![а-я]))',
      // Round twenty-seven: Lithuanian, Latvian and Estonian speech told ("klientas mane išvadino ...", "paprašė mano numerio",
      // "viņš piedāvāja man ...", "klient palus minult ...").
      '(?:isvadino|pavadino) (?:mane|mus)', 'paprase (?:manes|musu|mano)', 'pasiule (?:man|mums)', '(?:parase|sake|pasake|prase),? kad',
      'nosauca (?:mani|mus)', '(?:ludza|prasija) (?:mani|man|manu)', 'piedavaja (?:man|mums)', '(?:teica|rakstija|prasija),? ka',
      'nimetas (?:mind|meid)', 'palus (?:mind|minult|meilt)', 'pakkus (?:mulle|meile)', '(?:utles|kirjutas|kusis),? et',
    ]) +
    '(?![a-z])',
);

/**
 * Many people reported at once, or a request told in the passive: "every single client is asking to have chats outside
 * of Upwork", "officials say it's ok to chat outside", "the accusation that payment was requested outside of Upwork".
 */
const REPORTED_GROUP = new RegExp(
  '\\b(?:' +
    oneOf([
      'every (?:single )?(?:client|buyer|employer|recruiter|one)', '(?:most|many|some|all|these|those) (?:of the )?' +
        '(?:clients|buyers|employers|recruiters|scammers|people|users)', 'officials', 'moderators', 'upwork staff',
    ]) +
    ')\\b[^.!?\\n]{0,40}?\\b(?:is asking|are asking|asks|ask|say|says|said|want|wants|insists?|requests?)\\b' +
    // "Most times, clients ask me to talk in Skype": people in general, asking the writer or anyone.
    '|\\b(?:clients|buyers|employers|recruiters|scammers|interviewers|companies) (?:often |usually |always |sometimes |keep |will |may |might |would )?' +
    '(?:ask|asking|want|wanting|tell|telling|push|pushing|insist|request|expect|invite)\\w* (?:me|us|you|to|for|if)\\b' +
    // "you're told you need to unlock your earnings": what people are told, in the passive.
    "|\\b(?:you'?re|you are|you'?ll be|you will be|you get|you got|you were|you'?ve been|you have been) told\\b" +
    "|\\b(?:you'?ll be|you will be|you get|you got|you were|you'?ve been|you have been|you'?re being|you are being) asked\\b" +
    // A help page's example: "For example, you are asked to open a bank account...", "if you're asked to pay a fee" (not an order
    // given in the passive: "You are asked to pay me via PayPal").
    "|\\b(?:example,?|often|sometimes|usually|typically|commonly|if|when) (?:you'?re|you are) asked\\b" +
    '|\\b(?:was|were|had been|has been|have been) (?:requested|asked for|offered|suggested|proposed)\\b' +
    '|\\b(?:accused|accusation|accusing)\\b' +
    // What the other side wrote back, told: "The reply was to cash the MO and Western Union the rest back", "his answer was that...".
    '|\\b(?:the|their|his|her|its) (?:reply|answer|response|instructions?) (?:was|were|said) (?:to|that)\\b' +
    // The reader's own earlier request, answered: "I saw your message asking me to continue on Telegram", "I read that you want to
    // take the chat somewhere else", "You asked how to reach me besides Upwork", "will you ever ask me to pay outside Upwork?".
    '|\\b(?:your|ur) (?:message|msg|request|offer|suggestion|proposal|idea) (?:asking|about|to|that|suggesting|saying)\\b' +
    '|\\b(?:read|saw|see|heard|understand|noticed) (?:that )?(?:you|u) (?:want|wanted|asked|would like|prefer|suggested|proposed|mentioned)\\b' +
    // "You've asked me to buy an onboarding kit...", "you wrote 'let's discuss on Skype'. I'd rather not".
    "|\\b(?:you|u)(?:'ve| have)? (?:asked me to|invited me|suggested|proposed|wrote)\\b" +
    // What the reader says they received, answered: "you mentioned you got an email 'from Upwork' saying your account is on hold".
    "|\\b(?:you|u) (?:mentioned|said|told me|wrote)(?: that)? (?:you|u) (?:(?:got|received|were sent) (?:an?|some|this|that)|were asked)\\b" +
    // "Do you want me to ...?" is the writer's own offer in a polite wrapper ("Do you want me to just log in as you?", round twenty-four).
    '|\\b(?:you|u) asked (?:me )?(?:how|if|whether)\\b|\\b(?:will|would|do|did) (?:you|u) (?:ever )?(?:ask|request) (?:me|us) to\\b' +
    '|\\b(?:will|would|do|did) (?:you|u) ever want (?:me|us) to\\b',
);

/**
 * The writer turning from the report to their own ask: ", would you", ", can u", "..., so add me there", "... so let's talk".
 * The last turn counts: what follows it is the writer's own.
 */
const TURNS_TO_READER = new RegExp(
  "(?:,|;|\\s[\\u2013\\u2014-]|\\bso\\b|\\bbut\\b)\\s*(?:(?:now|just|then|also) )?(?:(?:would|could|can|will) (?:you|u)|let'?s|please|pls" +
    // "He asked for my WhatsApp, here it is: ...": the writer hands the detail over after telling the ask.
    "|here(?: it)? is|here'?s|here you go" +
    "|(?:add|message|text|call|email|write|contact|reach|ping|pay|send) me|i(?:'ll| will| can|'d| would)|we (?:can|could|should|will))\\b" +
    // "my accountant says Upwork takes a cut from both of us, so for the rest of the book I'll send...": the writer's own plan after "so".
    "|\\bso\\b[^,.;!?\\n]{1,40}?\\b(?:i(?:'ll| will| can|'d| would)|we (?:can|could|should|will|'ll)|let'?s)\\b",
  'g',
);
function lastTurn(lead: string): number {
  let last = -1;
  TURNS_TO_READER.lastIndex = 0;
  for (let m = TURNS_TO_READER.exec(lead); m; m = TURNS_TO_READER.exec(lead)) last = m.index;
  return last;
}

const REPORTING_HEAD = /^(?:put|included|shared|posted|left|added|pasted|dropped|asked|offered|sent|wanted)\s+\S+/;

/** True when the match is part of what the writer reports someone else asked or offered. */
export function reportedBefore(text: string, start: number, end = start): boolean {
  const sentence = clauseAround(text, start, start);
  // The match may begin with a past reporting verb ("a few applicants [put their Skype] in their letters"): its first two words
  // are read too. Not a present one: "he can [give you the money directly]" is the writer's own offer through someone.
  // Then the rest of the sentence must not turn to the reader: "the others put their Skype in, so please put yours too".
  const head = REPORTING_HEAD.exec(text.slice(start, Math.min(end, start + 40)))?.[0] ?? '';
  const lead = text.slice(Math.max(sentence.start, start - 120), start);
  if (reportedIn(lead)) return true;
  return head !== '' && reportedIn(lead + head) && lastTurn(text.slice(end, sentenceAt(text, start).end)) === -1;
}

function reportedIn(lead: string): boolean {
  // "she said I can use hers, would u be ok hiring me through it": after the writer turns to the reader, the ask is theirs.
  const turn = lastTurn(lead);
  if (turn !== -1) lead = lead.slice(turn + 1);
  return mayTest(REPORTED, lead) || mayTest(REPORTED_OTHER, lead) || mayTest(REPORTED_GROUP, lead);
}

/** Talk of scams and how to spot them, or advice to turn the request down ("politely say no", "report it"). */
const SCAM_TALK = new RegExp(
  '\\b(?:scam\\w*|fraud\\w*|fakes?|phishing|red flags?|impost[eo]rs?|warning signs?|beware|watch out|stay safe|' +
    'say no|decline it|walk away|report (?:it|them|him|her|the)|flag (?:it|them|him|her|the)|' +
    // "A good client can turn into a serious problem fast if they ask you to...": a warning, if not of a scam.
    '(?:serious|big|real|huge) (?:problem|trouble)s?|turns? into (?:a |an )?(?:\\w+ )?problem|be careful|be wary|suspicious|' +
    // An impostor disowned: "If anyone outside Upwork offers you payment for our survey, it isn't us."
    "(?:it|that) (?:isn'?t|is not|'s not|wasn'?t|was not) (?:us|me|from us)|" +
    // Portuguese and Spanish: a scam, an impostor ("tem gente se passando pela empresa"), a report to make ("denuncia pelo Upwork").
    'golpe\\w*|golpistas?|estafa\\w*|fraude\\w*|denunci\\w*|(?:se )?(?:passando|fazendo passar|haciendo(?:se)? pasar|hacen pasar) (?:por|pel[ao]s?))\\b',
);
/**
 * Someone anybody might meet, or a condition, before the tactic: "if a 'client' ever asks you to...", "anyone who wants
 * a deposit or interviews only over Telegram", "scammers want you to communicate off Upwork".
 */
const GENERIC_ACTOR = new RegExp(
  '\\b' +
    oneOf([
      'if (?:anyone|anybody|someone|somebody)', 'if (?:a|an|any|the|some|someone|somebody|anyone|anybody|they|he|she)\\b[^.!?\\n]{0,40}?\\b' +
        '(?:asks?|wants?|tells?|offers?|insists?|requests?|says?|suggests?|pushes|tries|demands?|sends?|needs?)',
      // "tem gente se passando pela empresa e pedindo taxa por Pix", "hay gente pidiendo pagos por Nequi", "se alguém pedir Pix".
      '(?:tem|ha|hay) (?:gente|pessoas|personas|alguem|alguien)', '(?:se|si) (?:alguem|alguien)\\b[^.!?\\n]{0,40}?\\b(?:pedir|pede|pide|pida|oferecer|ofrece|mandar|manda)',
      '(?:anyone|anybody|whoever|any (?:\\S+ )?(?:clients?|buyers?|employers?|recruiters?|one|person|company|jobs?|posts?)|' +
        '(?:clients?|buyers?|employers?|recruiters?|people|jobs?|posts?)) (?:who|that|wanting|asking|demanding|insisting)',
      '(?:scams?|scammers?|fraudsters?|they|fake (?:clients?|recruiters?|employers?|buyers?|jobs?))\\b[^.!?\\n]{0,30}?\\b' +
        '(?:want|ask|insist|try|will|often|usually|typically|always|love|prey|get|push|need|involve|send)',
      // "The goal of these fakes is to get you paying outside the platform": the tactic explained.
      'the (?:goal|aim|idea|trick|point|plan)(?: of (?:the|these|this|a|their) [a-z]+)? (?:is|was) to',
    ]) +
    '\\b',
);
/** The writer in the words: a warning's actor is someone else ("anyone who wants to hire me pays upfront" is a policy). */
const FIRST_PERSON = /\b(?:i|i'm|i'll|i'd|i've|me|my|mine|we|we're|we'll|us|our|let'?s|eu|yo|meu|minha|nosso|nossa|nuestro|nuestra)\b/;
// ...and in Portuguese and Spanish, the impostor passing as the writer's company: "se passando pela nossa agência", "haciéndose pasar por nuestra empresa".
const FROM_US = new RegExp(
  '\\b(?:(?:claims?|claiming|pretending|says?|saying) to be )?from (?:us|me|our (?:team|company|hr))\\b' +
    '|\\b(?:passando|passar|pasar|passa|pasa) (?:por|pel[ao]s?) (?:nossa|nosso|nuestra|nuestro|minha|meu|mi)\\b',
  'g',
);
/** Nobody in the sentence: no I, we or you ("The goal is to get communication outside of Upwork"). */
const PERSON = /\b(?:i|i'm|i'll|i'd|i've|me|my|mine|we|we're|we'll|us|our|let'?s|you|you're|you'll|your|yours|u|ur|please|pls)\b/;
/** How a scam works, explained ("the scam usually is a fake check"), not a complaint that scams abound. */
// "Any client who overpays and asks for a refund is running this scam."
const SCAM_EXPLAINED = new RegExp(
  '\\b(?:the|this|that|a|common|usual|classic|typical) scam (?:is|was|usually|often|works|goes|starts|where|that)\\b' +
    '|\\b(?:running|runs|run|pulling|pulls) (?:this|the|a|that) scam\\b|\\bscammers? (?:usually|often|typically|always|will|want|ask|try|use)\\b',
);

/** "is this a scam?", "that's a scam, right?", "sounds like a scam". */
const SCAM_QUESTION = /\b(?:is (?:this|that|it)|that'?s|thats|this is|sounds like) (?:a |such a |probably a )?scam\b[^.!\n]{0,12}\?/;
const THIRD_PERSON =
  /\b(?:he|she|they|someone|somebody|(?:the|this|a|my|our) (?:\w+ )?(?:client|guy|buyer|recruiter|person|cousin|friend|brother|sister|uncle|aunt|neighbou?r))\b/;

/**
 * A tactic described, not proposed: a warning about scams or advice on spotting them, read only when scam talk is
 * near. Either a generic or conditional actor stands before the match in its sentence with the writer nowhere
 * after it, or the sentence names nobody at all while a scam is being explained nearby. "I got scammed, so pay me
 * upfront via PayPal", "Too many fake clients here. Payment via crypto only." stay the writer's own terms.
 */
export function warnsOfScam(text: string, start: number): boolean {
  const around = neighbourhood(text, start);
  if (!SCAM_TALK.test(around)) return false;
  const sentence = sentenceAt(text, start);
  const lead = text.slice(Math.max(sentence.start, start - 150), start);
  // "...scammers are asking to send an email. Some share WhatsApp numbers": more of them, the sentence's whole subject.
  if (/^\s*(?:some|many|others|most)(?: of them)?\s+$/.test(lead)) return true;
  // "you ask me to chat on telegram and buy a 'software license' first, i read about this exact scam": the reader's ask, told back as a scam (round 21b).
  if (/\byou (?:ask|asked|want|wanted|tell|told) me to\b[^.!?\n]{0,40}$/.test(lead)) return true;
  const actor = GENERIC_ACTOR.exec(lead);
  // "If any message claims to be from us and asks you to...": the impostor names the writer, the writer asks nothing.
  if (actor && !FIRST_PERSON.test(lead.slice(actor.index).replace(FROM_US, ' '))) return true;
  // "Is this a scam? He wants to pay me in crypto": asking about someone else's offer.
  if (THIRD_PERSON.test(lead) && SCAM_QUESTION.test(text.slice(Math.max(0, start - 200), start + 200))) return true;
  return !PERSON.test(sentence.text) && SCAM_EXPLAINED.test(around);
}

/** A match is discounted when negated, reported, warned against, or when the clause is about the rules themselves. */
export function isDisclaimed(text: string, start: number, end: number): boolean {
  return negatedBefore(text, start) || isPolicyTalk(text, start, end) || refusedAfter(text, end) || reportedBefore(text, start) || warnsOfScam(text, start);
}

/**
 * Runs a global regex (or a frame's pairing) over `text`, yielding every match (bounded, no zero-length loops).
 * Several patterns (a class split by termPatterns) are read as one: from left to right, the longest match at a
 * place first, none overlapping the last, as one alternation with longer phrases first would have matched.
 */
export function* matches(pattern: RegExp | readonly RegExp[] | Pairing, text: string): Generator<RegExpExecArray> {
  if (!(pattern instanceof RegExp) && !('kind' in pattern)) {
    const found = pattern.flatMap((p) => [...matches(p, text)]);
    found.sort((a, b) => a.index - b.index || b[0].length - a[0].length);
    let end = 0;
    for (const m of found) {
      if (m.index < end) continue;
      end = m.index + Math.max(m[0].length, 1);
      yield m;
    }
    return;
  }
  if (!(pattern instanceof RegExp)) {
    for (const span of pairs(pattern, text)) {
      const m = [text.slice(span.start, span.end)] as unknown as RegExpExecArray;
      m.index = span.start;
      m.input = text;
      yield m;
    }
    return;
  }
  if (!pattern.global) throw new Error(`pattern ${pattern} must be global`);
  if (!mayMatch(pattern, text)) return;
  compileFirst(pattern, text);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) pattern.lastIndex++;
    yield m;
  }
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export const MAX_SENTENCE = 400;
/** The longest sentence when there is not even a space to cut at (far beyond any real sentence). */
const MAX_RUN = 4 * MAX_SENTENCE;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
let cachedText: string | null = null;
let cachedSentences: Sentence[] = [];

/**
 * Splits the prepared text into sentences (a '.' inside "gmail.com" or "3.5"
 * does not split). Linear; the last result is cached, since several rules
 * read the same text in one check.
 */
export function sentences(text: string): Sentence[] {
  if (text === cachedText) {
    // Keep the newest string object, so the next comparisons are by reference, not by content.
    cachedText = text;
    return cachedSentences;
  }
  const out: Sentence[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    // A run with no sentence mark is cut at a space every MAX_SENTENCE characters, so that the
    // context any rule reads around a match stays bounded (a pasted list or CSV has no full stops).
    if (i === text.length || isBreak(text, i) || (i - start >= MAX_SENTENCE && text[i] === ' ')) {
      if (i > start) out.push({ start, end: i, text: text.slice(start, i) });
      start = i + 1;
    } else if (i - start >= MAX_RUN && !isLowSurrogate(text.charCodeAt(i))) {
      // No space either ("whatsapp,whatsapp,..." pasted 100,000 times): cut anyway, keeping every
      // character in a sentence. Without this bound a rule reading the sentence around each of
      // thousands of matches re-read the whole text each time, and a long paste was quadratic.
      out.push({ start, end: i, text: text.slice(start, i) });
      start = i;
    }
  }
  cachedText = text;
  cachedSentences = out;
  return out;
}

/** Index in sentences(text) of the sentence holding `index`, or -1 (binary search). */
function sentenceIndex(text: string, index: number): number {
  const list = sentences(text);
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid]!;
    if (index < s.start) hi = mid - 1;
    else if (index >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

const EMPTY: Sentence = { start: 0, end: 0, text: '' };

/**
 * A test of a whole sentence's text, run once per sentence and remembered. A rule that reads the
 * sentence around each match would otherwise re-read it for every match: a pasted run without
 * spaces is one long sentence holding thousands of matches, and that was quadratic.
 */
export function perSentence(pattern: RegExp): (sentence: Sentence) => boolean {
  if (pattern.global || pattern.sticky) throw new Error(`pattern ${pattern} must not be global`);
  const seen = new WeakMap<Sentence, boolean>();
  return (sentence) => {
    let result = seen.get(sentence);
    if (result === undefined) seen.set(sentence, (result = pattern.test(sentence.text)));
    return result;
  };
}

/** The sentence holding `index`. */
export function sentenceAt(text: string, index: number): Sentence {
  const k = sentenceIndex(text, index);
  return k === -1 ? { start: index, end: index, text: '' } : sentences(text)[k]!;
}

/**
 * The starts of the sentences that already hold one of `hits`. Frames add findings only in
 * other sentences; a set keeps that check constant-time on a long paste with thousands of hits.
 */
export function sentencesWith(text: string, hits: readonly { start: number }[]): Set<number> {
  const covered = new Set<number>();
  for (const h of hits) covered.add(sentenceAt(text, h.start).start);
  return covered;
}

/** The sentence before the one holding `index`, or an empty one. */
export function sentenceBefore(text: string, index: number): Sentence {
  const k = sentenceIndex(text, index);
  return k > 0 ? sentences(text)[k - 1]! : EMPTY;
}

/** "Once the contract starts, we can talk on Slack": deferring contact until a contract is allowed. */
const AFTER_CONTRACT = new RegExp(
  [
    '\\bafter (?:you(?:\'ve| have)? been |being )?(?:officially )?hired\\b',
    '\\b(?:once|after|when|as soon as|after we|when we|until)\\b[^.!?\\n]{0,25}?\\b(?:the |a |our )' +
      '?(?:contract|offer|hire|hiring|job) ' +
      oneOf([
        'starts?', 'started', 'begins?', 'is (?:signed|started|active|accepted|in place|live|running|underway)', 'has started',
        'gets? started', 'goes live',
      ]) +
      '\\b',
    '\\bafter (?:you )?(?:hire|hiring) (?:me|us)\\b', '\\bonce (?:you )?(?:hire|accept the offer)\\b',
    // "Once hired I'm happy to join whatever you use with the team", "as soon as I'm hired".
    "\\b(?:once|when|as soon as) (?:i'?m |i am |we'?re |we are |i get |i'?ve been |i have been )?hired\\b",
  ].join('|'),
);
export function deferredToContract(sentence: string): boolean {
  return AFTER_CONTRACT.test(sentence);
}

/** The sentence holding [start, end) and the one before it (bounded). */
export function sentenceWindow(text: string, start: number, end: number, reach = 240): string {
  let from = start;
  let breaks = 0;
  const minFrom = Math.max(0, start - reach);
  while (from > minFrom) {
    if (isBreak(text, from - 1) && ++breaks === 2) break;
    from--;
  }
  let to = end;
  const maxTo = Math.min(text.length, end + reach);
  while (to < maxTo && !isBreak(text, to)) to++;
  return text.slice(from, to);
}

/** The sentence holding `index` with its neighbours on both sides (for "What's your email? I'll add you to Jira."). */
export function neighbourhood(text: string, index: number): string {
  const list = sentences(text);
  const k = sentenceIndex(text, index);
  if (k === -1) return '';
  return list.slice(Math.max(0, k - 1), k + 2).map((s) => s.text).join(' ');
}

/** Where neighbourhood() reads: from the sentence before the one holding `index` to the one after, or null. */
export function neighbourhoodRange(text: string, index: number): [number, number] | null {
  const list = sentences(text);
  const k = sentenceIndex(text, index);
  if (k === -1) return null;
  return [list[Math.max(0, k - 1)]!.start, list[Math.min(list.length - 1, k + 1)]!.end];
}

/** Up to `reach` characters either side of [start, end), without leaving the sentence. */
export function near(text: string, start: number, end: number, reach = 60): string {
  const sentence = sentenceAt(text, start);
  return text.slice(Math.max(sentence.start, start - reach), Math.min(Math.max(sentence.end, end), end + reach));
}

/** The line holding `index`, when it is short enough to be a row of a table (at most 300 characters either way). */
function lineAt(text: string, index: number): { start: number; end: number } | null {
  let start = index;
  while (start > 0 && text[start - 1] !== '\n') if (index - --start > 300) return null;
  let end = index;
  while (end < text.length && text[end] !== '\n') if (++end - index > 300) return null;
  return { start, end };
}

/** What separates the fields of a line: pipes or tabs (three fields or more), else commas (a CSV row of four or more), else null. */
function separatorOf(line: string): RegExp | null {
  if (line.split(/[|\t]/).length >= 3) return /[|\t]/;
  return line.split(',').length >= 4 ? /,/ : null;
}

function fields(line: string): string[] {
  const separator = separatorOf(line);
  return separator ? line.split(separator) : [];
}

/**
 * A record in a table of data, one per line ("John Miller | Miller Roofing | john@... | (512) 555-0163", CSV rows): lead
 * lists, CRM exports and sample rows are material for the work, not the writer's details. The line before or after has
 * as many fields, and in the same column a value of the same kind (`like`: a phone, an address). A signature of two
 * lines ("Jo Lee | CTO | +1 415...", "Acme | Austin | jo@acme.io") has the same number of fields but not the same columns.
 */
export function tableRow(text: string, index: number, like: RegExp): boolean {
  const line = lineAt(text, index);
  if (!line) return false;
  const separator = separatorOf(text.slice(line.start, line.end));
  if (!separator) return false;
  const cells = text.slice(line.start, line.end).split(separator);
  const column = text.slice(line.start, index).split(separator).length - 1;
  const sameColumn = (other: { start: number; end: number } | null) => {
    if (!other) return false;
    const row = fields(text.slice(other.start, other.end));
    return row.length === cells.length && like.test(row[column] ?? '');
  };
  return sameColumn(line.start > 0 ? lineAt(text, line.start - 1) : null) || sameColumn(line.end < text.length ? lineAt(text, line.end + 1) : null);
}

/**
 * The paragraph up to and including the sentence of [start, end): up to 300
 * characters back, stopping at a blank line. For a form filled in line by line
 * ("NDA returned:\nName: ...\nPhone: ...").
 */
export function paragraphBefore(text: string, start: number, end: number): string {
  return text.slice(...paragraphBeforeRange(text, start, end));
}

/** Where paragraphBefore() reads. */
export function paragraphBeforeRange(text: string, start: number, end: number): [number, number] {
  const from = Math.max(0, start - 300);
  const blank = text.slice(from, start).lastIndexOf('\n\n');
  return [blank === -1 ? from : from + blank, sentenceAt(text, Math.max(start, end - 1)).end];
}

/** A subject, then a verb in the past: "I requested", "we chose", "the client paid", "he never sent". */
const PAST_CLAUSE = new RegExp(
  '\\b(?:i|we|he|she|they|(?:the|my|a|one|this|that|another) (?:client|buyer|customer|employer))\\b (?:[a-z]+ ){0,2}?' +
    '(?:[a-z]{3,}ed|chose|was|were|had|did|got|went|paid|sent|took|made|told|gave|came|met|found|left|kept|lost|began)\\b',
);
/** Now or next, or an ask: a story does not hold these. */
const NOT_A_STORY =
  /\b(?:will|'ll|can|could|would|shall|should|let'?s|please|pls|must|need|want|going to|gonna|now|today|tomorrow|next)\b|\b(?:pay|send|transfer|wire) (?:me|us)\b|^\s*(?:pay|send|transfer|wire|use)\b/;
/** The reader named (English). */
export const READER = /\b(?:you|your|yours|u|ur)\b/;
const THIRD_PARTY = /\b(?:the|my|a|one|this|that|another) (?:client|buyer|customer|employer|freelancer)s?\b|\b(?:he|she|they|him|her|them)\b/;

/**
 * A story the writer tells, in the past tense, about a deal with someone else: "To get started, I requested the client to settle half
 * upfront via Payoneer. The client agreed. ... So I chose to use Payoneer." The sentence is past and asks nothing, and the passage
 * around it names a third party and never the reader (a forum post, not a message to the other party).
 */
export function pastStory(text: string, start: number): boolean {
  const sentence = sentenceAt(text, start).text;
  if (!PAST_CLAUSE.test(sentence) || NOT_A_STORY.test(sentence)) return false;
  const passage = text.slice(Math.max(0, start - 300), Math.min(text.length, start + 300));
  return THIRD_PARTY.test(passage) && !READER.test(passage);
}

/**
 * Someone else's ask, told, and the writer's answer right after it (round 31): "a dude in my messages wants to move to whatsapp ... told
 * him no", "A photographer asked me to move to WhatsApp before we agreed anything, I said no", "Um senhor aqui pediu para falarmos pelo
 * Telegram antes de contratar. Não aceitei.", "I understand you would prefer Skype, but before a contract I have to keep all communication
 * on Upwork". The ask is named before the match in its sentence; the answer follows in that sentence or the next.
 */
const ASKED_BY_OTHER = new RegExp(
  '(?<![\\p{L}])(?:asked|asks|asking|wants?|wanted|suggested|suggests|invited?|invitation|offered|offers|mentioned|prefer|hit me up|' +
    'told me|pediu|pidio|me ha pedido|ha pedido|ngajak\\w*|proposed|a propose|wollte|gebeten|i know|i understand|i get (?:it|that))(?![\\p{L}])',
  'u',
);
const ANSWER_NO = new RegExp(
  '(?<![\\p{L}])(?:' +
    [
      '(?:i|we) (?:said|told (?:him|her|them|you)|have said|had said) no',
      'told (?:him|her|them) no',
      '(?:i|we) (?:politely |kindly )?(?:declined|refused|ignored|reported|blocked)',
      "(?:i|we) (?:can'?t|cannot|can not|won'?t|will not|am not able to|'m not able to|have to keep|must keep|need to keep|" +
        "prefer (?:we |to )?keep|'d rather keep|would rather keep)(?! wait)",
      "(?:let'?s|we can|we'll|i'll) (?:talk|keep|stay|continue|chat) (?:it |everything |all |things )?(?:here|on upwork|in (?:this|the upwork) (?:chat|thread))",
      "(?:i'?m|i am) keeping (?:it|everything|all) (?:here|on upwork)",
      '(?:everything|all) (?:stays|stay) here',
      // Round 32: "Thanks, but no.", "I'm going to say no to that", "We don't." as the whole answer.
      '(?:thanks|thank you),? but no', 'no thanks', "(?:i'?m|i am) (?:going to|gonna) (?:say no|decline|pass)", "(?:i|we) (?:have to|must|will) (?:say no|decline|pass)",
      "i'?ll pass", "(?:i|we) (?:don'?t|do not)(?= *(?:[.!]|$))",
      'nao aceitei', 'recusei', 'disse que nao', 'le (?:he )?dicho que no', 'le dije que no', 'no acepte', 'lo rechace',
      'aku abaikan', '(?:udah|sudah) (?:aku|saya) lapor\\w*', "j'ai refuse", "j'ai dit non", '(?:ich habe|hab) (?:abgelehnt|nein gesagt)',
    ].join('|') +
    ')(?![\\p{L}])',
  'u',
);
/** Then it goes on to the reader anyway: "I can't say no to him, so message me there". */
const ANSWER_TURNS = /\b(?:so|but|anyway|instead)\b[^.!?\n]{0,30}?\b(?:message|text|call|add|contact|ping|write|dm) (?:me|us)\b/;
export function answeredNo(text: string, start: number, end: number): boolean {
  const sentence = sentenceAt(text, start);
  if (!ASKED_BY_OTHER.test(text.slice(Math.max(sentence.start, start - 100), start))) return false;
  const next = sentence.end < text.length ? sentenceAt(text, Math.min(text.length - 1, sentence.end + 1)) : null;
  const after = `${text.slice(end, sentence.end)} ${next && next.start > sentence.start ? next.text : ''}`;
  // A sentence that is only "No.": "You are asking me to deposit a cheque and send part of it back... No. I've seen this scam before."
  const bareNo = next !== null && next.start > sentence.start && /^\s*(?:no|nope|no way|hard no)\s*[.!]*\s*$/.test(next.text);
  return (bareNo || ANSWER_NO.test(after)) && !ANSWER_TURNS.test(after);
}

/** The reader's question named before the quote: "You asked two things in your message", "to your questions". */
const ASKED_BEFORE = /\b(?:you asked|asked (?:me|us)|your questions?|questions? (?:from|you))\b/;
/**
 * Inside a quotation of what the reader asked, quoted to be answered: 'You asked two things ... 1. "Can you send me your phone number so
 * we can discuss?" I can't share my number...'. The quote is read across sentences (it holds its own "?").
 */
export function quotedAsk(text: string, start: number, end: number): boolean {
  const quotes = (text.slice(Math.max(0, start - 120), start).match(/["“”]/g) ?? []).length;
  if (quotes % 2 === 0 || !/^[^"“”\n]{0,120}["”]/.test(text.slice(end, end + 121))) return false;
  return ASKED_BEFORE.test(text.slice(Math.max(0, start - 900), start));
}

/** Italian and Polish (not yet in the lexicon): a refusal, or everything kept on Upwork: "jeśli tak to nie, wszystko idzie przez Upworka", "ho detto di no, restiamo qui". */
export const KEPT_IT_PL = new RegExp(
  '\\b(?:wszystko (?:idzie )?przez upwork\\S*|tylko przez upwork\\S*|to nie\\b|restiamo qui|solo (?:su|tramite) upwork|ho detto di no|no grazie|odmowil\\S*' +
    // "non accetto pagamenti fuori da Upwork", "nie przyjmę płatności poza Upworkiem": the writer's refusal.
    '|non (?:posso )?accett\\S*|nie (?:moge )?przyj\\S*)',
);
