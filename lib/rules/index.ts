/**
 * The rule registry: explicit, sorted by id (tests/meta.test.ts checks both).
 * File name = rule id = settings key = docs/rules/<id>.md.
 */
import accountSharing from './account-sharing';
import agencyTerms from './agency-terms';
import contactAddress from './contact-address';
import contactEmail from './contact-email';
import contactLink from './contact-link';
import contactMessaging from './contact-messaging';
import contactPhone from './contact-phone';
import contactRequest from './contact-request';
import feedbackExtortion from './feedback-extortion';
import feedbackPressure from './feedback-pressure';
import harassment from './harassment';
import offPlatform from './off-platform';
import paymentDetails from './payment-details';
import paymentOutside from './payment-outside';
import repeatedCoverLetter from './repeated-cover-letter';
import secondOpinion from './second-opinion';
import type { Rule } from '../detector/rule';

export const rules: readonly Rule[] = [
  accountSharing,
  agencyTerms,
  contactAddress,
  contactEmail,
  contactLink,
  contactMessaging,
  contactPhone,
  contactRequest,
  feedbackExtortion,
  feedbackPressure,
  harassment,
  offPlatform,
  paymentDetails,
  paymentOutside,
  repeatedCoverLetter,
  secondOpinion,
];
