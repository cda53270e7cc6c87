/**
 * Clean texts that more than one rule must leave alone, shared by their tables (round twenty): a
 * trade of a review turned down, feedback on the work itself, and an offer to leave or pay outside
 * told as refused.
 */
export const REVIEW_TALK_CLEAN = [
  'I would never trade a five-star review for a discount, so please rate the work as it is.',
  "You don't have to leave five stars, an honest word is enough.",
  "Turned down a buyer's offer of a refund for a top rating last week. Not how we operate.",
  "I'll revise the dashboard after your feedback on the first draft.",
  'Please send your feedback on the mockups and I will fix the footer for free.',
];

export const OUTSIDE_REFUSED_CLEAN = [
  'The dock is the place where we can park the van for the shoot.',
  'A client wanted me to chat outside this site last year. I ended it.',
  'Someone offered me crypto outside Upwork. Refused.',
  'Last month a client asked me to pay by wire outside Upwork. Refused.',
  // Round 21b: refusals with the request told back. "nor" carries the refusal; "some guy on here wanted"; "a 'client' who wants my
  // WhatsApp... no"; the reader's ask told back as a scam.
  "Thank you, but I shall not continue on Telegram, nor pay any 'onboarding fee'. Send the offer through Upwork like everyone else.",
  'some guy on here wanted my cell and my bank info before hed even quote. told him to take a hike. lets do this right on here',
  "Sorry ya basha, but a 'client' who wants my WhatsApp before even telling me the project, and wants me to download an .exe 'brief'... no.",
  "sorry, you ask me to chat on telegram and buy a 'software license' first, i read about this exact scam. i will stay on upwork only.",
];
