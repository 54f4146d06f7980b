// Canonical JSON of a publication: the exact text the content hash covers and the public endpoint serves.
// Object keys sorted in code-unit order at every level, arrays kept in order, undefined dropped, 2-space indent,
// trailing newline. PostgreSQL's jsonb keeps neither key order nor whitespace, so the text is rebuilt from the
// stored value with this function; numbers and strings survive jsonb unchanged, so the bytes are the same.
import { createHash } from "node:crypto";

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : canonical(v)));
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const v = (value as Record<string, unknown>)[k];
      // defineProperty, not assignment: a key such as "__proto__" must stay an ordinary property.
      if (v !== undefined)
        Object.defineProperty(out, k, {
          value: canonical(v),
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    return out;
  }
  if (typeof value === "number" && !Number.isFinite(value))
    throw new Error("canonicalJson: non-finite number");
  return value;
}

export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(canonical(value), null, 2)}\n`;
}

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
