import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConflictCheck } from "@/components/reviews/conflict-check";
import { ProposalView } from "@/components/reviews/proposal-view";
import { ScoreForm } from "@/components/reviews/score-form";
import { StatusBadge } from "@/components/reviews/status-badge";
import { PeerScoresPanel, SubmittedReview } from "@/components/reviews/submitted-review";
import { Notice } from "@/components/ui/notice";
import { ActionError } from "@/lib/action-types";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getAssignmentWorkspace, peerScores, type Workspace } from "@/lib/reviews/queries";
import { getZonedFormatter } from "@/lib/time/format";

type Params = Promise<{ assignmentId: string }>;

async function load(user: Awaited<ReturnType<typeof requireUser>>, id: string) {
  try {
    return await getAssignmentWorkspace(db, user, id);
  } catch (err) {
    // Someone else's assignment, a declared conflict, or no such id: all look the same.
    if (err instanceof ActionError) notFound();
    throw err;
  }
}

export async function generateMetadata() {
  const t = await getTranslations("reviews");
  return { title: t("workspace.metaTitle") };
}

async function StageNotice({ ws }: { ws: Workspace }) {
  const t = await getTranslations("reviews");
  const stage = t(`stageKinds.${ws.stage.kind}`);
  const check = ws.openCheck;
  if (check.ok) return null;
  if (check.code === "competitions.rules.stageNotScheduled")
    return <Notice tone="error">{t("workspace.stageNotScheduled", { stage })}</Notice>;
  return check.params.timing === "NOT_YET_OPEN" ? (
    <Notice>{t("workspace.stageNotYetOpen", { stage, start: new Date(check.params.startsAt) })}</Notice>
  ) : (
    <Notice tone="error">{t("workspace.stageClosed", { stage, end: new Date(check.params.endsAt) })}</Notice>
  );
}

/** One assignment: the conflict-of-interest question, then the frozen proposal beside the scoring form. */
export default async function AssignmentPage({ params }: { params: Params }) {
  const user = await requireUser(["EVALUATOR"]);
  const { assignmentId } = await params;
  const ws = await load(user, assignmentId);
  const [t, format] = await Promise.all([getTranslations("reviews"), getZonedFormatter()]);
  const locked = !!ws.review?.locked;
  const peers = locked ? await peerScores(db, user, ws.id) : null;

  return (
    <article className="flex flex-col gap-5">
      <header className="flex flex-col gap-2">
        <Link href="/penilai" className="self-start text-sm text-brand-700 underline">
          {t("workspace.back")}
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={ws.status} />
          <span className="text-sm text-slate-600">
            {ws.competition.name} · {t(`stageKinds.${ws.stage.kind}`)}
          </span>
        </div>
        <h1 className="break-words text-2xl font-bold">{ws.entry.title}</h1>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
          <dt className="font-medium text-slate-600">{t("workspace.opd")}</dt>
          <dd>
            {ws.entry.opdName} ({ws.entry.opdShortName})
          </dd>
          <dt className="font-medium text-slate-600">{t("workspace.category")}</dt>
          <dd>{ws.entry.categoryName}</dd>
          <dt className="font-medium text-slate-600">{t("workspace.due")}</dt>
          <dd>{format.dateTime(ws.dueAt, { dateStyle: "long", timeStyle: "short" })}</dd>
        </dl>
      </header>

      {!ws.noConflictAt ? (
        <section
          aria-labelledby="conflict-title"
          className="flex max-w-3xl flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h2 id="conflict-title" className="text-xl font-semibold">
            {t("conflict.title")}
          </h2>
          <p>{t("conflict.intro", { title: ws.entry.title, opd: ws.entry.opdName })}</p>
          <p className="text-sm text-slate-700">{t("conflict.examples")}</p>
          <ConflictCheck assignmentId={ws.id} />
        </section>
      ) : (
        <>
          <StageNotice ws={ws} />
          {!locked && ws.review?.reopenReason ? (
            <Notice>{t("workspace.reopened", { reason: ws.review.reopenReason })}</Notice>
          ) : null}
          <a
            href="#penilaian"
            className="sr-only focus:not-sr-only focus:self-start focus:rounded focus:bg-white focus:px-3 focus:py-2"
          >
            {t("workspace.skipToForm")}
          </a>
          <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
            <section
              aria-labelledby="proposal-title"
              tabIndex={0}
              className="flex min-w-0 flex-col gap-3 rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-brand-600 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
            >
              <div>
                <h2 id="proposal-title" className="text-xl font-semibold">
                  {t("workspace.proposal")}
                </h2>
                <p className="text-sm text-slate-600">
                  {t("workspace.frozen", {
                    version: ws.entry.versionNo,
                    date: format.dateTime(ws.entry.frozenAt, { dateStyle: "long" }),
                  })}
                </p>
              </div>
              <ProposalView snapshot={ws.entry.snapshot} />
            </section>
            <section
              id="penilaian"
              aria-labelledby={locked ? "submitted-title" : "scoring-title"}
              className="flex min-w-0 flex-col gap-4"
            >
              {locked ? (
                <>
                  <SubmittedReview ws={ws} />
                  {peers ? <PeerScoresPanel peers={peers} /> : null}
                </>
              ) : (
                <>
                  <h2 id="scoring-title" className="text-xl font-semibold">
                    {t("form.title")}
                  </h2>
                  <ScoreForm
                    assignmentId={ws.id}
                    revision={ws.revision}
                    criteria={ws.criteria}
                    passFail={ws.stage.passFail}
                    initial={{
                      values: ws.values,
                      comments: ws.comments,
                      overallComment: ws.review?.overallComment ?? "",
                    }}
                    disabled={!ws.openCheck.ok}
                  />
                </>
              )}
            </section>
          </div>
        </>
      )}
    </article>
  );
}
