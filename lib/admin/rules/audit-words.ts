// The audit log in words an inspector reads: every action and record type the portal writes, the fields of a change
// as before → after, and one date format in the region's time zone. Pure: the page and the exports share it; the
// words themselves are in messages/{id,en}/auditLog.json under these codes.
import { DEFAULT_ZONE, ZONE_IANA, type RegionZone } from "@/lib/time/zones";

const ENTRY_STATUSES = [
  "registered",
  "screened_pass",
  "screened_fail",
  "returned",
  "shortlisted",
  "finalist",
  "winner",
  "disqualified",
];
const OVERRIDE_KINDS = ["move", "disqualify", "shortlist_add", "shortlist_remove"];

/** Every action code written by lib/ (audit(), auditMany(), the installer). */
export const AUDIT_ACTIONS = [
  "assignment.auto",
  "assignment.conflict",
  "assignment.manual",
  "assignment.noConflict",
  "assignment.remove",
  "attachment.delete",
  "attachment.upload",
  "attachment.visibility",
  "audit.export",
  "auth.signOutEverywhere",
  "competition.create",
  "competition.schedule",
  "competition.settings",
  "entry.disqualified",
  ...ENTRY_STATUSES.map((s) => `entry.${s}`),
  "feedback.approve",
  "feedback.reject",
  "feedback.reply",
  "feedback.reply.edit",
  "feedback.submit",
  "innovation.approve",
  "innovation.create",
  "innovation.reopen",
  "innovation.return",
  "innovation.submit",
  "objection.dismiss",
  "objection.file",
  "objection.uphold",
  "opd.activate",
  "opd.create",
  "opd.deactivate",
  "opd.import",
  "opd.rename",
  "opd.update",
  "override.create",
  "publication.publish",
  "publication.supersede",
  "ranking.override.revoke",
  ...OVERRIDE_KINDS.map((k) => `ranking.override.${k}`),
  "ranking.shortlist.generate",
  "region.install",
  "region.update",
  "review.remind",
  "review.reopen",
  "review.submit",
  "rubric.unlock",
  "rubric.update",
  "user.activate",
  "user.create",
  "user.deactivate",
  "user.import",
  "user.mail_preferences",
  "user.password_reset_link",
  "user.password_reset_request",
  "user.password_set",
  "user.update",
].filter((a, i, all) => all.indexOf(a) === i);

export const AUDIT_ENTITY_TYPES = [
  "Assignment",
  "Attachment",
  "Competition",
  "Entry",
  "Feedback",
  "Innovation",
  "Objection",
  "Opd",
  "Override",
  "Publication",
  "Region",
  "Review",
  "User",
] as const;

/** The message key of an action code: dots are nesting in the messages, so they become underscores. */
export const actionKey = (code: string) => `actions.${code.replace(/\./g, "_")}`;
export const entityKey = (type: string) => `entities.${type}`;
export const fieldKey = (field: string) => `fields.${field}`;

type Change = { field: string; before: string; after: string };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** How values are written: instants in the log's date format, codes (roles, statuses…) in words where known. */
export type ValueFormat = {
  when?: (d: Date) => string;
  word?: (field: string, value: string) => string | undefined;
};

/** The message key of a coded value of a field ("role" "OPD_HEAD" → values.role.OPD_HEAD). */
export const valueKey = (field: string, value: string) => `values.${field}.${value}`;

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A stored value as one line of text: "—" for nothing (or an empty list), instants through `when` (the log's own
 * date format), objects as compact JSON.
 */
function showValue(v: unknown, fmt: ValueFormat = {}, field = ""): string {
  if (v === null || v === undefined || v === "") return "—";
  if (typeof v === "boolean") return v ? "✓" : "✗";
  if (typeof v === "string" && fmt.when && ISO_INSTANT.test(v)) return fmt.when(new Date(v));
  if (typeof v === "string" && fmt.word) {
    const word = fmt.word(field, v);
    if (word) return word;
  }
  if (typeof v === "string" || typeof v === "number") return String(v);
  if (Array.isArray(v) ? v.length === 0 : isRecord(v) && Object.keys(v).length === 0) return "—";
  const s = JSON.stringify(v);
  return s.length > 300 ? `${s.slice(0, 299)}…` : s;
}

/** Bookkeeping fields every save changes: the line's own time says when. */
const HIDDEN_FIELDS = new Set(["updatedAt"]);

/**
 * The fields a change touched, in the order they were written: a field whose value is the same before and after is
 * left out; a line with only `after` (a creation) or only `before` (a deletion) lists every field it holds.
 */
export function changes(before: unknown, after: unknown, fmt: ValueFormat = {}): Change[] {
  const b = isRecord(before) ? before : before === null || before === undefined ? {} : { value: before };
  const a = isRecord(after) ? after : after === null || after === undefined ? {} : { value: after };
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => !HIDDEN_FIELDS.has(f) && JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((field) => ({
      field,
      before: showValue(b[field], fmt, field),
      after: showValue(a[field], fmt, field),
    }))
    .filter((c) => c.before !== c.after);
}

/** "6 Des 2026 14.05 WIB" (Indonesian) or "6 Dec 2026 14:05 WIB" (English), in the region's time zone. */
export function auditTime(at: Date, locale: "id" | "en", zone: RegionZone = DEFAULT_ZONE): string {
  const parts = new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: ZONE_IANA[zone],
  }).formatToParts(at);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  const month = get("month").replace(/\.$/, "");
  const sep = locale === "id" ? "." : ":";
  return `${get("day")} ${month} ${get("year")} ${get("hour")}${sep}${get("minute")} ${zone}`;
}
