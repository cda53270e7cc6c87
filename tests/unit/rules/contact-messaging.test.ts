import { EXCEPTION, runRuleTests, type InvalidCase, type KnownGap, type ValidCase } from './tester';

const valid: (string | ValidCase)[] = [
  'I built a WhatsApp bot using the Business API.',
  'We need a Telegram bot integration for order alerts.',
  'Set up a Discord server moderation bot.',
  'Signal processing in Python with numpy.',
  'Keep the icons in line with the brand colors.',
  'Enable snap to grid in the editor.',
  'Send alerts to Slack via webhook.',
  'Zoom in on the hero image a bit.',
  'I can build an Instagram feed widget for the homepage.',
  'The skype integration uses the old SDK.',
  'WeChat mini program development is my specialty.',
  'The line 42 of app.ts throws.',
  'Use @media queries and the @apply directive.',
  'Do you use WhatsApp number verification at signup?',
  // A request for an ID is contact-request's business; nothing is shared here.
  'May I have your WhatsApp number?',
  { text: 'my skype is john.smith88', context: { client: 'enterprise' } },
  { text: 'my skype is john.smith88', context: { contract: 'active' } },
];

const invalid: InvalidCase[] = [
  { text: 'skype: live:.cid.8f1e2a', findings: [{ match: 'skype: live:.cid.8f1e2a', severity: 'violation', exception: false }] },
  { text: 'WhatsApp: +44 7700 900123', findings: [{ match: 'WhatsApp: +44 7700 900123', severity: 'violation' }] },
  { text: 'add me on telegram @dev_ann', findings: [{ match: 'telegram @dev_ann', severity: 'violation' }] },
  { text: 'my skype is john.smith88', findings: [{ match: 'skype is john.smith88', severity: 'violation' }] },
  { text: 'my discord is anndev', findings: [{ match: 'discord is anndev', severity: 'violation' }] },
  { text: 'wechat id = dev_ann', findings: [{ match: 'wechat id = dev_ann', severity: 'violation' }] },
  { text: 'IG: @jane.designs', findings: [{ match: 'IG: @jane.designs', severity: 'violation' }] },
  { text: 'john_dev#1234 on discord', findings: [{ match: 'john_dev#1234', severity: 'violation' }] },
  { text: 'Skype ID is the same as my name here', findings: [{ match: 'Skype ID is the same as my name here', severity: 'violation' }] },
  // Invite links.
  { text: 'wa.me/447700900123', findings: [{ match: 'wa.me/447700900123', severity: 'violation' }] },
  { text: 'join t.me/devann_chat', findings: [{ match: 't.me/devann_chat', severity: 'violation' }] },
  { text: 'discord.gg/abcd1234', findings: [{ match: 'discord.gg/abcd1234', severity: 'violation' }] },
  // Split, spaced, full-width and look-alike app names.
  { text: 'whats app +44 7700 900123', findings: [{ match: 'whats app +44 7700 900123', severity: 'violation' }] },
  { text: 'tele gram: @dev_ann', findings: [{ match: 'tele gram: @dev_ann', severity: 'violation' }] },
  { text: 'w h a t s a p p: +44 7700 900123', findings: [{ match: 'w h a t s a p p: +44 7700 900123', severity: 'violation' }] },
  { text: 't\u0435l\u0435gr\u0430m @dev_ann', findings: [{ match: 't\u0435l\u0435gr\u0430m @dev_ann', severity: 'violation' }] },
  { text: 'ｓｋｙｐｅ: john.smith88', findings: [{ match: 'ｓｋｙｐｅ: john.smith88', severity: 'violation' }] },
  { text: 'sk\u200Bype: john.smith88', findings: [{ match: 'sk\u200Bype: john.smith88', severity: 'violation' }] },
  // Astral characters before the match.
  { text: '🔥💬 telegram @dev_ann', findings: [{ match: 'telegram @dev_ann', severity: 'violation' }] },
  // Two in one text.
  {
    text: 'skype: john.smith88, telegram @dev_ann',
    findings: [
      { match: 'skype: john.smith88', severity: 'violation' },
      { match: 'telegram @dev_ann', severity: 'violation' },
    ],
  },
  // Exceptions.
  { text: 'my skype is john.smith88', context: { client: 'enterprise' }, findings: [{ match: 'skype is john.smith88', severity: 'info', exception: EXCEPTION.enterprise }] },
  { text: 'my skype is john.smith88', context: { contract: 'active' }, findings: [{ match: 'skype is john.smith88', severity: 'info', exception: EXCEPTION.contract }] },
];

/** Cases the detector gets wrong today. Not run: move each back to `valid`/`invalid` once fixed. */
export const knownGaps: KnownGap[] = [];

runRuleTests('contact-messaging', { valid, invalid });
