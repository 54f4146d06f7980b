import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { RubricForm, UnlockForm } from "@/components/competitions/rubric-form";
import { ActionError } from "@/lib/action-types";
import { requirePermission } from "@/lib/auth/session";
import { rubricOverview } from "@/lib/competitions/queries/rubric";
import { db } from "@/lib/db";
import { getZonedFormatter } from "@/lib/time/format";

const STAGES = ["DESK", "PRESENTATION", "FIELD_VERIFICATION"] as const;
const query = z.object({ stage: z.enum(STAGES).catch("DESK") });

export default async function RubricPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const user = await requirePermission("competition.write");
  const { id } = await params;
  const { stage } = query.parse(await searchParams);
  const overview = await rubricOverview(db, user, id).catch((err: unknown) => {
    if (err instanceof ActionError) notFound();
    throw err;
  });
  const [t, format] = await Promise.all([getTranslations("competitions"), getZonedFormatter()]);
  const rows = (overview.rubric[stage] ?? []).map((c) => ({ ...c, guidance: c.guidance ?? "" }));
  return (
    <div className="flex flex-col gap-5">
      <Link href={`/admin/kompetisi/${id}`} className="text-brand-700 underline">
        ← {overview.name}
      </Link>
      <h1 className="text-2xl font-bold">{t("rubric.title", { stage: t(`stages.${stage}`) })}</h1>
      <nav className="flex flex-wrap gap-2" aria-label={t("admin.rubricLink")}>
        {STAGES.map((s) => (
          <Link
            key={s}
            href={`/admin/kompetisi/${id}/rubrik?stage=${s}`}
            aria-current={s === stage ? "page" : undefined}
            className={`rounded px-3 py-1.5 text-sm ${s === stage ? "bg-brand-600 text-white" : "border border-slate-300 bg-white"}`}
          >
            {t(`stages.${s}`)}
          </Link>
        ))}
      </nav>
      {overview.frozenAt ? (
        <>
          <p className="rounded bg-slate-100 p-3 text-sm">
            {t("rubric.frozen", {
              date: format.dateTime(overview.frozenAt, { dateStyle: "medium", timeStyle: "short" }),
              scores: overview.scores,
              reviews: overview.reviews,
            })}
          </p>
          <UnlockForm competitionId={id} text={t("rubric.unlockText", { scores: overview.scores })} />
        </>
      ) : null}
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <RubricForm
          key={stage}
          competitionId={id}
          stage={stage}
          rows={rows}
          frozen={Boolean(overview.frozenAt)}
        />
      </section>
    </div>
  );
}
