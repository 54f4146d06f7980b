// Small helpers against abuse of the public forms (objections, citizen feedback): the honeypot
// check and a contact normaliser (email or Indonesian phone number). Pure; no database, no Node.js
// module: the forms' schemas import them, and client components import those schemas. The salted
// IP hash is in ./hash-ip.ts (node:crypto, server only).

/** Whether a honeypot field (one people never see) was filled in, so a bot typed it. */
export function honeypotFilled(raw: Record<string, unknown>, field: string): boolean {
  const v = raw[field];
  return typeof v === "string" ? v.trim().length > 0 : v != null && v !== "";
}

export const CONTACT_MAX = 254;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Indonesian numbers: mobile 08xx (10–13 digits in all) or a landline with its area code (02x…07xx),
// written with 0, 62 or +62 in front; spaces, dashes, dots and brackets between digits are allowed.
const PHONE = /^(?:\+62|62|0)(?:8[1-9]\d{7,10}|[2-7]\d{7,10})$/;

/** An email address or an Indonesian phone number; returns the normalised contact, or null. */
export function normaliseContact(raw: string): string | null {
  const value = raw.trim();
  if (value.includes("@"))
    return EMAIL.test(value) && value.length <= CONTACT_MAX ? value.toLowerCase() : null;
  if (!/^[+(\d][\d\s().-]*$/.test(value)) return null;
  const compact = value.replace(/[\s().-]/g, "");
  return PHONE.test(compact) ? compact : null;
}
