/** Sample cover letters for the repeated-cover-letter tests (unit and browser). */

const SKILLS =
  'I have built web shops with Shopify and WooCommerce for six years, wrote custom themes in Liquid and PHP, and moved stores between platforms without losing orders, customers or search rankings. I test every change on a staging copy first, keep the code in Git, and write down what I did so your team can carry on without me.';

/** A generic letter, as someone sends it again and again. */
export const TEMPLATE = [
  'Hello, I read your job post and I am sure I am the right person for this project.',
  SKILLS,
  'I am available to start right away and can work in your time zone. Looking forward to hearing from you and discussing the details of the project.',
].join('\n\n');

/** The same letter, lightly edited: a greeting, a word here and there. */
export const LIGHTLY_EDITED = [
  'Hi there, I read your job post and I am sure I am the right person for this job.',
  SKILLS,
  'I am available to start today and can work in your time zone. Looking forward to hearing from you and discussing the details of the project.',
].join('\n\n');

/** Tailored to a job: the same skills paragraph, a new opening and closing, the job's specifics. */
export const TAILORED = [
  'Your bakery’s Shopify store loses carts at the delivery-date step on phones, and the reviews you linked mention the date picker twice, so that is where I would start.',
  SKILLS,
  'For your store I would first reproduce the checkout problem on an iPhone and an Android phone, fix the date picker in the theme, then add a short test order flow you can run before each holiday rush. I can share a plan with milestones for the first two weeks on Monday.',
].join('\n\n');

/** A different letter altogether. */
export const UNRELATED =
  'Thanks for the invitation. I translate technical manuals from German into English and Portuguese, mostly for machine builders, and I keep a glossary per client so terms stay the same across documents. For your pump manual I would first agree on the glossary with your engineers, then deliver chapter by chapter so you can review early.';
