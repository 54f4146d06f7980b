import { snippetParts } from "@/lib/catalog/snippet";

/** A search headline with the matched words in <mark>; the text itself is never parsed as HTML. */
export function Snippet({ text }: { text: string }) {
  return (
    <p className="text-sm text-slate-700">
      {snippetParts(text).map((p, i) =>
        p.mark ? (
          <mark key={i} className="rounded bg-amber-100 px-0.5 font-semibold text-slate-900">
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}
