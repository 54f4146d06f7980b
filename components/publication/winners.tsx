import { getTranslations } from "next-intl/server";
import type { PublicationContent } from "@/lib/publication/rules/content";

/** Winners per category with their award labels; `certificateHref` adds a link to each winner's certificate. */
export async function Winners({
  content,
  certificateHref,
}: {
  content: PublicationContent;
  certificateHref?: (entryId: string) => string;
}) {
  const t = await getTranslations("publication.public");
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      {content.categories.map((c) => {
        const winners = content.winners.filter((w) => w.category === c.code);
        return (
          <section
            key={c.code}
            className="rounded-lg border border-slate-200 bg-white p-4"
            aria-labelledby={`cat-${c.code}`}
          >
            <h3 id={`cat-${c.code}`} className="mb-2 font-semibold text-brand-800">
              {c.name}
            </h3>
            {winners.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noWinners")}</p>
            ) : (
              <ol className="flex flex-col gap-2">
                {winners.map((w) => (
                  <li key={w.entryId} className="flex flex-col gap-0.5" data-testid="winner">
                    <span className="text-sm font-bold uppercase tracking-wide text-brand-700">
                      {w.label}
                    </span>
                    <span className="font-medium">{w.title}</span>
                    <span className="text-sm text-slate-600">{w.opd}</span>
                    {certificateHref ? (
                      <a
                        href={certificateHref(w.entryId)}
                        className="text-sm text-brand-700 underline"
                        download
                      >
                        {t("certificate")} <span className="sr-only">{`${w.label} – ${w.title}`}</span>
                      </a>
                    ) : null}
                  </li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
