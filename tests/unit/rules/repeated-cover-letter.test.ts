import { sentContext } from '../../../scripts/check-doc-examples';
import { LIGHTLY_EDITED, TAILORED, TEMPLATE, UNRELATED } from '../letters';
import { runRuleTests, type InvalidCase, type ValidCase } from './tester';

/** Written after sending TEMPLATE four times, one a day (the newest yesterday). */
const afterFour = sentContext([TEMPLATE, TEMPLATE, TEMPLATE, TEMPLATE]);
const afterOne = sentContext([TEMPLATE]);
const firstSentence = (text: string) => text.slice(0, text.indexOf('.') + 1).replace(/\.$/, '');

const valid: (string | ValidCase)[] = [
  // No memory of sent letters (the CLI, a first proposal): nothing to compare with.
  TEMPLATE,
  // Tailored to the job: same skills paragraph, a new opening and closing with the job's details.
  { text: TAILORED, context: afterFour },
  { text: UNRELATED, context: afterFour },
  // Too short to judge.
  { text: 'Hello, I read your job post and I am sure I am the right person for this project.', context: afterFour },
  // A message or a screening answer is never compared (surface message).
  { text: TEMPLATE, context: { ...afterFour, surface: 'message' } },
];

const invalid: InvalidCase[] = [
  { text: TEMPLATE, context: afterFour, findings: [{ match: firstSentence(TEMPLATE), severity: 'warning' }] },
  { text: LIGHTLY_EDITED, context: afterFour, findings: [{ match: firstSentence(LIGHTLY_EDITED), severity: 'warning' }] },
  { text: LIGHTLY_EDITED, context: afterOne, findings: [{ match: firstSentence(LIGHTLY_EDITED), severity: 'warning' }] },
];

runRuleTests('repeated-cover-letter', { valid, invalid });
