// Which mails a user may switch off. Each notification kind belongs to one category; a kind with no category
// (an evaluator's new assignment) is essential and always mailed, like the account's setup and reset links.
import type { NotificationKind } from "./link";

export const MAIL_CATEGORIES = ["innovation", "competition", "objection", "feedback", "reminder"] as const;
export type MailCategory = (typeof MAIL_CATEGORIES)[number];

const KIND_CATEGORY: Record<NotificationKind, MailCategory | null> = {
  "innovation.submitted": "innovation",
  "innovation.approved": "innovation",
  "innovation.returned": "innovation",
  "entry.returned": "competition",
  "screening.result": "competition",
  "assignment.created": null,
  "review.reminder": "reminder",
  "review.reopened": "competition",
  "conflict.declared": "competition",
  "ranking.shortlisted": "competition",
  "ranking.unshortlisted": "competition",
  "ranking.disqualified": "competition",
  "objection.filed": "objection",
  "objection.upheld": "objection",
  "objection.dismissed": "objection",
  "objection.clarificationRequested": "objection",
  "objection.clarificationAnswered": "objection",
  "publication.published": "competition",
  "feedback.received": "feedback",
  "stage.reminder": "reminder",
};

export function isMailCategory(value: string): value is MailCategory {
  return (MAIL_CATEGORIES as readonly string[]).includes(value);
}

/** The category of a kind; null for essential mail. An unknown kind counts as "competition". */
export function mailCategoryOf(kind: string): MailCategory | null {
  return kind in KIND_CATEGORY ? KIND_CATEGORY[kind as NotificationKind] : "competition";
}

/** Whether a user who switched off `optOut` still gets the mail of `kind`. */
export function wantsMail(kind: string, optOut: readonly string[]): boolean {
  const category = mailCategoryOf(kind);
  return category === null || !optOut.includes(category);
}
