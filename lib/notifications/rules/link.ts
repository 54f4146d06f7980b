// Pure helpers shared by the notification service, its components and unit tests.

const BASE = "http://notifikasi.invalid";
export const LINK_MAX_LENGTH = 500;

/**
 * A notification's link must stay inside the portal: a relative path such as "/inovasi/abc".
 * Anything else (absolute or protocol-relative URLs, "/\\evil.example", javascript:, control
 * characters, over-long values) gives null, so the notification is kept without a link.
 */
export function safeLink(link: unknown): string | null {
  if (typeof link !== "string") return null;
  if (link.length === 0 || link.length > LINK_MAX_LENGTH) return null;
  if (!link.startsWith("/") || link.startsWith("//") || link.startsWith("/\\")) return null;
  // Whitespace and control characters are stripped or reinterpreted by browsers: refuse them.
  for (const ch of link) {
    const code = ch.charCodeAt(0);
    if (code <= 0x20 || code === 0x7f || ch === "\\" || /\s/.test(ch)) return null;
  }
  try {
    const url = new URL(link, BASE);
    if (url.origin !== BASE) return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

/** Every kind a feature may send; each has a label in messages/<locale>/notifications.json under kinds. */
export const NOTIFICATION_KINDS = [
  "innovation.submitted",
  "innovation.approved",
  "innovation.returned",
  "entry.returned",
  "screening.result",
  "assignment.created",
  "review.reminder",
  "review.reopened",
  "conflict.declared",
  "ranking.shortlisted",
  "ranking.unshortlisted",
  "ranking.disqualified",
  "objection.filed",
  "objection.upheld",
  "objection.dismissed",
  "objection.clarificationRequested",
  "objection.clarificationAnswered",
  "publication.published",
  "feedback.received",
  "stage.reminder",
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isKnownKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/** The message key of a kind's label; unknown kinds share a generic one. */
export function kindLabelKey(kind: string): string {
  return isKnownKind(kind) ? `kinds.${kind}` : "kindOther";
}

export const UNREAD_FILTER = "unread";

/** Query string of the full page: `?filter=unread` shows unread only. */
export function parseFilter(value: string | string[] | undefined): { unreadOnly: boolean } {
  const v = Array.isArray(value) ? value[0] : value;
  return { unreadOnly: v === UNREAD_FILTER };
}
