import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AnswerClarificationForm } from "@/components/objections/clarification-forms";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { opdClarifications } from "@/lib/objections/queries";
import { REFERENCE_PATTERN } from "@/lib/objections/rules/reference";
import { getZonedFormatter } from "@/lib/time/format";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ dijawab?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("objections.clarification");
  return { title: t("opdTitle") };
}

/** The secretariat's clarification requests to the caller's OPD, each answered here once. */
export default async function OpdClarificationsPage({ searchParams }: Props) {
  const user = await requireUser(["OPD_OPERATOR", "OPD_HEAD"]);
  const sp = await searchParams;
  const [t, ts, format, rows] = await Promise.all([
    getTranslations("objections.clarification"),
    getTranslations("objections.status"),
    getZonedFormatter(),
    opdClarifications(db, user),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  // Set by the answer action's redirect; only a well-formed reference is echoed.
  const answered = typeof sp.dijawab === "string" && REFERENCE_PATTERN.test(sp.dijawab) ? sp.dijawab : null;
  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("opdTitle")}</h1>
      <p className="text-slate-700">{t("opdIntro")}</p>
      {answered ? <Notice tone="success">{t("answered", { reference: answered })}</Notice> : null}
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {t("none")}
        </p>
      ) : (
        <ul className="flex flex-col gap-4">
          {rows.map((c) => (
            <li
              key={c.id}
              id={`k-${c.id}`}
              data-testid={`clarification-${c.objection.reference}`}
              className="flex scroll-mt-4 flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
            >
              <div className="flex flex-col gap-1">
                <h2 className="text-lg font-semibold">{c.objection.entry.innovation.title}</h2>
                <p className="text-sm text-slate-600">
                  {c.objection.entry.competition.name} ·{" "}
                  {t("objection", { reference: c.objection.reference, status: ts(c.objection.status) })}
                </p>
              </div>
              <div className="rounded bg-slate-50 p-3 text-sm">
                <p className="whitespace-pre-line break-words">{c.question}</p>
                <p className="mt-1 text-xs text-slate-600">
                  {t("askedBy", { by: t("secretariat"), date: when(c.askedAt) })}
                </p>
              </div>
              {c.answeredAt ? (
                <div className="rounded border border-green-200 bg-green-50 p-3 text-sm">
                  <p className="font-semibold">{t("answer")}</p>
                  <p className="whitespace-pre-line break-words">{c.answer}</p>
                  <p className="mt-1 text-xs text-slate-600">
                    {t("answeredBy", { by: c.answeredBy?.name ?? "—", date: when(c.answeredAt) })}
                  </p>
                </div>
              ) : c.objection.status === "SUBMITTED" ? (
                <AnswerClarificationForm clarificationId={c.id} />
              ) : (
                <Notice>{t("closed")}</Notice>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
