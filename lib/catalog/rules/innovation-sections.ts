/** The narrative sections shown on the public page, in the proposal's order. */
export const PUBLIC_SECTIONS = [
  "problem",
  "novelty",
  "strategy",
  "results",
  "conditionBefore",
  "conditionAfter",
  "beneficiaries",
  "transferability",
  "resources",
  "sustainability",
  "stakeholders",
  "monitoring",
  "lessonsLearned",
] as const;
