// Rupiah amounts as Indonesians type them, read into whole sen (1 rupiah = 100 sen) as a bigint so
// nothing passes through floating point between the input box and the Decimal(18,2) column.
//
// Accepted: "150000000", "150.000.000" (dots group thousands), "1.500.000,50" (comma for sen),
// "1500000,5", "Rp 150.000.000", "Rp150.000.000,-", and "1500000.50" (a dot followed by one or two
// digits can only be a decimal point, and is what a number field or an older draft sends).
// Refused as ambiguous: "150,000,000" and "1,500" (a comma before three digits reads as English
// thousands to some and as decimals to others), "1.500.000.50" (mixed). Refused as malformed:
// "1.5000", "Rp 5 juta", letters, several signs.

export type RupiahError = "invalid" | "ambiguous" | "decimals" | "negative" | "tooLarge";
type RupiahResult = { ok: true; sen: bigint } | { ok: false; error: RupiahError };

/** Largest accepted amount in rupiah (the column holds 16 digits before the decimal point). */
export const MAX_RUPIAH = 1_000_000_000_000_000n;
const MAX_SEN = MAX_RUPIAH * 100n;

const PREFIX = /^(rp\.?|idr)\s*/i;
const PLAIN = /^(\d+)(?:[.,](\d{1,2}))?$/;
const GROUPED_DOTS = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/;
const PLAIN_MANY_DECIMALS = /^\d+[.,]\d{3,}$/;
const GROUPED_MANY_DECIMALS = /^\d{1,3}(?:\.\d{3})+,\d{3,}$/;
const COMMA_THOUSANDS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function toSen(whole: string, fraction: string | undefined): bigint {
  return BigInt(whole) * 100n + BigInt((fraction ?? "").padEnd(2, "0"));
}

function parseText(input: string): RupiahResult {
  // Spaces of every kind (Intl puts a no-break space after "Rp") are not part of the amount.
  let s = input.replace(/[\s\u00a0\u202f]+/g, " ").trim();
  let negative = false;
  if (s.startsWith("-")) {
    negative = true;
    s = s.slice(1).trim();
  }
  s = s.replace(PREFIX, "");
  if (s.startsWith("-")) {
    negative = true;
    s = s.slice(1).trim();
  }
  // "Rp 150.000,-" is the customary way of writing a round amount.
  s = s.replace(/,-$/, "");
  if (s === "") return { ok: false, error: "invalid" };

  let sen: bigint;
  const grouped = GROUPED_DOTS.exec(s);
  const plain = PLAIN.exec(s);
  if (grouped) sen = toSen(grouped[1]!.replaceAll(".", ""), grouped[2]);
  else if (plain) sen = toSen(plain[1]!, plain[2]);
  else if (COMMA_THOUSANDS.test(s)) return { ok: false, error: "ambiguous" };
  else if (GROUPED_MANY_DECIMALS.test(s)) return { ok: false, error: "decimals" };
  // "1500,505" has too many sen; "1500.505" may be a mistyped thousands group.
  else if (PLAIN_MANY_DECIMALS.test(s))
    return { ok: false, error: s.includes(",") ? "decimals" : "ambiguous" };
  else if (/^[\d.,]+$/.test(s)) return { ok: false, error: "ambiguous" };
  else return { ok: false, error: "invalid" };

  if (negative && sen > 0n) return { ok: false, error: "negative" };
  if (sen > MAX_SEN) return { ok: false, error: "tooLarge" };
  return { ok: true, sen };
}

/** Reads an amount typed by a person (or a number or Prisma Decimal from stored data) into sen. */
export function parseRupiah(input: unknown): RupiahResult {
  if (typeof input === "bigint") return parseText(`${input}`);
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, error: "invalid" };
    if (input < 0) return { ok: false, error: "negative" };
    // The shortest round-tripping decimal text of the number, e.g. 1500000.5 → "1500000.5".
    const text = input.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
    return PLAIN_MANY_DECIMALS.test(text) ? { ok: false, error: "decimals" } : parseText(text);
  }
  if (typeof input === "string") return parseText(input);
  if (input !== null && typeof input === "object" && "toFixed" in input) {
    // A Prisma Decimal: its exact text in plain notation, never a JavaScript number.
    return parseText((input as { toFixed(): string }).toFixed());
  }
  return { ok: false, error: "invalid" };
}

function splitSen(sen: bigint): { whole: string; fraction: string } {
  const abs = sen < 0n ? -sen : sen;
  return { whole: (abs / 100n).toString(), fraction: (abs % 100n).toString().padStart(2, "0") };
}

/** "Rp150.000.000", "Rp1.500.000,50": how the amount is shown back to the person who typed it. */
export function formatRupiah(sen: bigint): string {
  const { whole, fraction } = splitSen(sen);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${sen < 0n ? "-" : ""}Rp${grouped}${fraction === "00" ? "" : `,${fraction}`}`;
}

/** "150000000", "1500000.50": the exact decimal text kept in drafts and written to the Decimal column. */
export function plainRupiah(sen: bigint): string {
  const { whole, fraction } = splitSen(sen);
  return `${sen < 0n ? "-" : ""}${whole}${fraction === "00" ? "" : `.${fraction}`}`;
}
