import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { WorkList } from "@/components/dashboard/work-list";
import { InnovationTable } from "@/components/innovations/innovation-table";
import { requireUser } from "@/lib/auth/session";
import { headWork, operatorWork } from "@/lib/dashboard/queries";
import { db } from "@/lib/db";
import { listInnovations } from "@/lib/innovations/queries";
import { getZonedFormatter, type ZonedFormatter } from "@/lib/time/format";

type Translate = Awaited<ReturnType<typeof getTranslations>>;
type Format = ZonedFormatter;
type Actor = Awaited<ReturnType<typeof requireUser>>;

async function HeadWork({
  user,
  td,
  tc,
  format,
}: {
  user: Actor;
  td: Translate;
  tc: Translate;
  format: Format;
}) {
  const work = await headWork(db, user);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const row = work.compliance.row;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <WorkList
        id="awaiting"
        title={td("head.awaiting")}
        count={work.awaiting.count}
        empty={td("head.awaitingEmpty")}
        seeAll={{
          href: "/opd/inovasi?status=SUBMITTED",
          label: td("seeAll", { count: work.awaiting.count }),
        }}
        items={work.awaiting.rows.map((i) => ({
          key: i.id,
          href: `/inovasi/${i.id}`,
          title: i.title,
          detail: td("head.awaitingRow", {
            date: i.submittedAt ? when(i.submittedAt) : "—",
            name: i.updatedBy.name,
          }),
        }))}
      />
      <section
        aria-labelledby="compliance-title"
        className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
        data-testid="work-compliance"
      >
        <h2 id="compliance-title" className="text-lg font-semibold">
          {td("head.compliance", { year: work.compliance.year })}
        </h2>
        {row ? (
          <>
            <p
              className={`rounded px-3 py-2 text-sm font-medium ${row.met ? "bg-green-50 text-green-900" : "bg-red-50 text-red-900"}`}
            >
              {row.approved > 0
                ? td("head.complianceMet", { approved: row.approved })
                : row.winner
                  ? td("head.complianceWinner")
                  : td("head.complianceNotMet")}
            </p>
            <p className="text-sm text-slate-600">
              {td("head.complianceProgress", { draft: row.draft, submitted: row.submitted })}
            </p>
          </>
        ) : null}
      </section>
      <WorkList
        id="deadlines"
        title={td("head.deadlines")}
        count={work.deadlines.count}
        empty={td("head.deadlinesEmpty")}
        items={work.deadlines.rows.map((s) => ({
          key: s.id,
          href: "/opd/kompetisi",
          title: s.competition.name,
          detail: td("secretariat.deadlineRow", { stage: tc(`stages.${s.kind}`), date: when(s.endsAt) }),
        }))}
      />
    </div>
  );
}

async function OperatorWork({ user, td, format }: { user: Actor; td: Translate; format: Format }) {
  const work = await operatorWork(db, user);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <WorkList
        id="returned"
        title={td("operator.returned")}
        count={work.returned.count}
        empty={td("operator.returnedEmpty")}
        seeAll={{ href: "/opd/inovasi?status=RETURNED", label: td("seeAll", { count: work.returned.count }) }}
        items={work.returned.rows.map((i) => ({
          key: i.id,
          href: `/inovasi/${i.id}/ubah`,
          title: i.title,
          detail: i.note
            ? td("operator.returnedNote", { name: i.returnedBy ?? "—", note: i.note })
            : td("operator.returnedNoNote"),
        }))}
      />
      <WorkList
        id="drafts"
        title={td("operator.drafts")}
        count={work.drafts.count}
        empty={td("operator.draftsEmpty")}
        seeAll={{ href: "/opd/inovasi?status=DRAFT", label: td("seeAll", { count: work.drafts.count }) }}
        items={work.drafts.rows.map((i) => ({
          key: i.id,
          href: `/inovasi/${i.id}/ubah`,
          title: i.title,
          detail: td("operator.draftRow", { date: when(i.updatedAt) }),
        }))}
      />
      <WorkList
        id="open-competitions"
        title={td("operator.open")}
        count={work.openCompetitions.count}
        empty={td("operator.openEmpty")}
        items={work.openCompetitions.rows.map((c) => ({
          key: c.id,
          href: "/opd/kompetisi",
          title: c.name,
          detail: td("operator.openRow", { date: when(c.closesAt) }),
        }))}
      />
    </div>
  );
}

export default async function OpdDashboard() {
  const user = await requireUser(["OPD_HEAD", "OPD_OPERATOR"]);
  const [t, td, tc, format, opd, recent] = await Promise.all([
    getTranslations(),
    getTranslations("dashboards"),
    getTranslations("competitions"),
    getZonedFormatter(),
    db.opd.findFirst({ where: { id: user.opdId ?? "", regionId: user.regionId }, select: { name: true } }),
    listInnovations(db, user, { page: 1 }),
  ]);
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-2xl font-bold">{t("dashboard.opdTitle", { opd: opd?.name ?? "OPD" })}</h1>
        <p className="text-slate-600">
          {t("dashboard.welcome", { name: user.name })} · {t(`roles.${user.role}`)}
        </p>
      </div>
      {user.role === "OPD_HEAD" ? (
        <HeadWork user={user} td={td} tc={tc} format={format} />
      ) : (
        <OperatorWork user={user} td={td} format={format} />
      )}
      <section className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-lg font-semibold">{t("dashboard.opdInnovations")}</h2>
          <Link href="/opd/inovasi" className="text-brand-700 underline">
            {t("nav.innovations")}
          </Link>
        </div>
        {recent.rows.length === 0 ? (
          <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
            {t("dashboard.opdEmpty")}
          </p>
        ) : (
          <InnovationTable rows={recent.rows.slice(0, 5)} showOpd={false} />
        )}
      </section>
    </div>
  );
}
