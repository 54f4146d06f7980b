// File names as users wrote them are shown and offered on download, never used as paths (the
// bytes live under a random storage key). This keeps them readable and harmless.
import { ALLOWED_TYPES, type AllowedMime } from "./file-types";

export const MAX_FILE_NAME_LENGTH = 120;
const FALLBACK_STEM = "dokumen";

// Control and format characters (incl. bidi overrides such as U+202E that make "exe" look like
// "pdf"), separators other than the plain space, and characters Windows refuses in names.
const CONTROL_OR_FORMAT = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\u2028\u2029]/gu;
const RESERVED = /[<>:"/\\|?*]/g;
// Letters and digits of every script, combining marks, and a few harmless punctuation marks.
const DISALLOWED = /[^\p{L}\p{M}\p{N} ._\-()[\]&+,'!@#%=~]/gu;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join("");
}

/** Length in characters as a person counts them (code points, not UTF-16 units). */
export function codePointLength(text: string): number {
  return Array.from(text).length;
}

/**
 * A display/download name for an uploaded file: no directories, no control or reserved
 * characters, whitespace collapsed, at most 120 characters, and an extension that matches the
 * sniffed type (the user's own spelling, e.g. ".jpeg", is kept when it is one of the type's).
 */
export function sanitizeFileName(raw: string, mime: AllowedMime): string {
  const type = ALLOWED_TYPES[mime];
  let name = raw.normalize("NFC");
  // Directories: whatever follows the last slash or backslash.
  name = name.split(/[/\\]/).pop() ?? "";
  name = name
    .replace(CONTROL_OR_FORMAT, "")
    .replace(RESERVED, " ")
    .replace(DISALLOWED, " ")
    .replace(/\s+/gu, " ")
    .trim();

  let stem = name;
  let ext: string = type.ext;
  const dot = name.lastIndexOf(".");
  if (dot > 0) {
    const given = name.slice(dot + 1).toLowerCase();
    if ((type.aliases as readonly string[]).includes(given)) {
      stem = name.slice(0, dot);
      ext = given;
    }
  }
  // No hidden files, no trailing dots or spaces (Windows drops them), no device names.
  stem = stem.replace(/^[.\s]+/u, "").replace(/[.\s]+$/u, "");
  if (WINDOWS_DEVICE.test(stem)) stem = `_${stem}`;
  if (!stem) stem = FALLBACK_STEM;
  stem = truncate(stem, MAX_FILE_NAME_LENGTH - ext.length - 1).replace(/[.\s]+$/u, "") || FALLBACK_STEM;
  return `${stem}.${ext}`;
}

/** An ASCII-only version for the legacy `filename=` parameter (diacritics dropped, the rest "_"). */
export function asciiFileName(name: string): string {
  const ascii = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]/g, "_")
    .replace(/["\\%;]/g, "_");
  return ascii.trim() || "dokumen";
}

/** RFC 5987 ext-value encoding: percent-encode everything outside attr-char. */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** `inline; filename="…"; filename*=UTF-8''…` (RFC 6266 with an RFC 5987 UTF-8 name). */
export function contentDisposition(type: "inline" | "attachment", name: string): string {
  return `${type}; filename="${asciiFileName(name)}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}
