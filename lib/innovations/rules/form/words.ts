// Word counts for the narrative limits. A word is a whitespace-separated token with at least one
// letter or digit, so "anak-anak", "1.250" and "12,5%" are one word each and a lone "—" or "•" is none.

// \s already covers NBSP and the other Unicode spaces; zero-width spaces come from pasted documents.
const TOKEN = /[^\s\u200B]+/gu;
const WORDLIKE = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  let count = 0;
  for (const token of text.match(TOKEN) ?? []) if (WORDLIKE.test(token)) count++;
  return count;
}

type WordStatus = { count: number; limit: number; over: boolean; remaining: number };

/** `remaining` never goes below zero; use `over` (and count − limit) for the excess. */
export function wordStatus(text: string, limit: number): WordStatus {
  const count = countWords(text);
  return { count, limit, over: count > limit, remaining: Math.max(0, limit - count) };
}
