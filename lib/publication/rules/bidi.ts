// Text in the official documents may mix Latin and Arabic script (a name like "Dr. محمد عبد الله, M.Si"). pdfkit
// lays a string out as one run in one font, and for right-to-left text it misplaces the spaces between words. So a
// line with Arabic is cut here into tokens in visual order (Unicode bidirectional algorithm, bidi-js), each token
// a single word or space in a single script, which the caller draws one after the other. Pure: no pdfkit.
import bidiFactory from "bidi-js";

const bidi = bidiFactory();

/** Arabic script blocks (Arabic, Supplement, Extended-A, Presentation Forms A and B). */
const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;

export const hasArabic = (s: string) => ARABIC.test(s);

export type Token = {
  /** The token's characters in logical order: the shaping engine lays an Arabic word out right to left itself. */
  text: string;
  arabic: boolean;
  space: boolean;
};

/** One line of text as tokens from left to right. */
export function visualTokens(line: string): Token[] {
  if (!line) return [];
  const levels = bidi.getEmbeddingLevels(line, "ltr");
  const order = Array.from({ length: line.length }, (_, i) => i);
  for (const [start = 0, end = -1] of bidi.getReorderSegments(line, levels)) {
    const part = order.slice(start, end + 1).reverse();
    order.splice(start, part.length, ...part);
  }
  const mirrored = bidi.getMirroredCharactersMap(line, levels.levels);
  const tokens: Token[] = [];
  let current: { idx: number[]; rtl: boolean; space: boolean } | null = null;
  const flush = () => {
    if (!current) return;
    // An RTL token was collected in visual order; give it back in logical order for the shaper.
    const idx = current.rtl ? [...current.idx].reverse() : current.idx;
    const text = idx.map((i) => mirrored.get(i) ?? line[i]!).join("");
    tokens.push({ text, arabic: hasArabic(text), space: current.space });
    current = null;
  };
  for (const i of order) {
    const ch = line[i]!;
    const space = /\s/.test(ch);
    const rtl = (levels.levels[i]! & 1) === 1;
    // Surrogate pairs stay together: their halves share a level and neither is a space.
    if (!current || current.space !== space || current.rtl !== rtl || space) {
      flush();
      current = { idx: [i], rtl, space };
    } else current.idx.push(i);
  }
  flush();
  return tokens;
}
