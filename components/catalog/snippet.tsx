import { snippetParts } from "@/lib/catalog/rules/snippet";

/** A search headline with the matched words in <mark>; the text itself is never parsed as HTML. */
export function Snippet({ text }: { text: string }) {
  return (
    <p className="text-sm text-slate-700">
      {snippetParts(text).map((p, i) =>
        p.mark ? (
          <mark key={i} className="catalog-mark">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </p>
  );
}
