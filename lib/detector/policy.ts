/**
 * The public documents the rules come from (../shared/policy/), cited by title.
 * Messages and docs paraphrase them; they never quote them.
 */
export const POLICY = {
  violations: 'Upwork Help Center: "Freelancer Violations and Account Holds"',
  sixRules: 'Agency blog: "Upwork Rules Which You Must Not Violate"',
  responsibleAutomation: 'Vendor blog: "Responsible Automation on Upwork: What is Allowed and What Is Not"',
  automationGuardrails: 'Agency blog: "Upwork automation policy and safe automation"',
  bots: 'Upwork Help Center: "Bots and automated tools"',
  /** Not a public document: the agency's own rules, given to Clearsend by its administrator. */
  organization: "Your organization's Clearsend policy, set by its administrator",
} as const;

export type PolicyId = keyof typeof POLICY;
