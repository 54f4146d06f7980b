// Search headlines: ts_headline wraps matched words in two private-use characters (they never
// occur in real text), and the page renders them as <mark> without ever parsing HTML.
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** Splits a headline into plain and highlighted runs, for rendering without HTML injection. */
export function snippetParts(snippet: string): { text: string; mark: boolean }[] {
  const parts: { text: string; mark: boolean }[] = [];
  for (const [i, chunk] of snippet.split(MARK_START).entries()) {
    if (i === 0) {
      if (chunk) parts.push({ text: chunk, mark: false });
      continue;
    }
    const end = chunk.indexOf(MARK_END);
    if (end < 0) parts.push({ text: chunk, mark: false });
    else {
      parts.push({ text: chunk.slice(0, end), mark: true });
      if (end + 1 < chunk.length) parts.push({ text: chunk.slice(end + 1), mark: false });
    }
  }
  return parts;
}
