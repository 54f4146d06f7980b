import { can } from "@/lib/access/policy";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { fieldLabel, sectionTitle, enumLabel } from "@/components/innovations/editor/labels";
import { DecisionPanel } from "@/components/innovations/decision-panel";
import { InnovationDocuments } from "@/components/innovations/innovation-documents";
import { StatusBadge } from "@/components/innovations/innovation-table";
import { SubmitPanel } from "@/components/innovations/submit-panel";
import { ImplementationAge } from "@/components/innovations/implementation-age";
import { Notice } from "@/components/ui/notice";
import { ActionError } from "@/lib/action-types";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { SECTIONS, type FieldDef, type InnovationDraft } from "@/lib/innovations/rules/form/sections";
import { getInnovation } from "@/lib/innovations/queries";
import { SDGS } from "@/lib/reference";
import { formatRupiah, parseRupiah } from "@/lib/validation/rupiah";
import { getZonedFormatter } from "@/lib/time/format";

type T = Awaited<ReturnType<typeof getTranslations>>;

function display(t: T, def: FieldDef, draft: InnovationDraft): string | null {
  const v = draft[def.name];
  if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) return null;
  switch (def.kind) {
    case "enum":
      return enumLabel(t, def.name, String(v));
    case "boolean":
      return v ? t("common.yes") : t("common.no");
    case "sdgs":
      return (v as number[]).map((n) => `${n}. ${SDGS.find((s) => s.number === n)?.name ?? ""}`).join("; ");
    case "money": {
      const read = parseRupiah(v);
      return read.ok ? formatRupiah(read.sen) : String(v);
    }
    case "urls":
      return (v as string[]).join("\n");
    default:
      return String(v);
  }
}

export default async function InnovationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const row = await getInnovation(db, user, id).catch((err: unknown) => {
    if (err instanceof ActionError) notFound();
    throw err;
  });
  const [t, format] = await Promise.all([getTranslations(), getZonedFormatter()]);
  const isOwnOpd = (user.role === "OPD_OPERATOR" || user.role === "OPD_HEAD") && user.opdId === row.opdId;
  const editable = isOwnOpd && row.status !== "SUBMITTED";
  const lastReturn =
    row.status === "RETURNED" ? row.versions.find((v) => v.status === "RETURNED") : undefined;
  const awaiting =
    row.status === "SUBMITTED" ? row.versions.find((v) => v.status === "SUBMITTED") : undefined;
  const lastApproval = row.versions.find((v) => v.status === "APPROVED");

  return (
    <article className="flex flex-col gap-5">
      <header className="flex flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={row.status} />
          <span className="text-sm text-slate-600">
            {row.opd.name} · {t("innovations.detail.year")} {row.year}
          </span>
        </div>
        <h1 className="text-2xl font-bold">{row.title}</h1>
        <p className="text-sm text-slate-600">
          {t("innovations.detail.lastChange", {
            date: format.dateTime(row.updatedAt, { dateStyle: "medium", timeStyle: "short" }),
            name: row.updatedBy.name,
          })}
        </p>
        <ImplementationAge implementedDate={row.draft.implementedDate ?? null} />
        <div className="flex flex-wrap gap-2">
          {editable ? (
            <Link
              href={`/inovasi/${row.id}/ubah`}
              className="rounded bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              {t("innovations.detail.continueEdit")}
            </Link>
          ) : null}
          <Link
            href={`/inovasi/${row.id}/versi`}
            className="rounded border border-slate-300 bg-white px-4 py-2 text-sm"
          >
            {t("innovations.detail.versions")}
          </Link>
        </div>
      </header>

      {can(user, "region.administer") ? <Notice>{t("innovations.detail.readOnlyAdmin")}</Notice> : null}
      {lastReturn?.comment ? (
        <Notice tone="error">
          {t("innovations.detail.returnedNote", {
            name: lastReturn.decidedBy?.name ?? "",
            comment: lastReturn.comment,
          })}
        </Notice>
      ) : null}
      {awaiting ? <Notice>{t("innovations.detail.awaiting", { version: awaiting.versionNo })}</Notice> : null}
      {lastApproval?.decidedAt ? (
        <Notice tone="success">
          {t("innovations.detail.approvedNote", {
            version: lastApproval.versionNo,
            name: lastApproval.decidedBy?.name ?? "",
            date: format.dateTime(lastApproval.decidedAt, { dateStyle: "medium", timeStyle: "short" }),
          })}
        </Notice>
      ) : null}
      {isOwnOpd && (row.status === "DRAFT" || row.status === "RETURNED") ? (
        <SubmitPanel id={row.id} revision={row.revision} />
      ) : null}
      {user.role === "OPD_HEAD" && isOwnOpd && row.status === "SUBMITTED" ? (
        <DecisionPanel id={row.id} />
      ) : null}

      {SECTIONS.map((s) =>
        s.key === "dokumen" ? (
          <section key={s.key} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="mb-2 text-lg font-semibold">{sectionTitle(t, s.key)}</h2>
            <InnovationDocuments innovationId={row.id} editable={false} />
          </section>
        ) : (
          <section key={s.key} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="mb-2 text-lg font-semibold">{sectionTitle(t, s.key)}</h2>
            <dl className="grid grid-cols-1 gap-x-4 gap-y-2 sm:grid-cols-[14rem_minmax(0,1fr)]">
              {s.fields.map((def) => {
                const value = display(t, def, row.draft);
                return (
                  <div key={def.name} className="contents">
                    <dt className="text-sm font-medium text-slate-600">{fieldLabel(t, def.name)}</dt>
                    <dd className={`whitespace-pre-wrap break-words ${value ? "" : "text-slate-400 italic"}`}>
                      {value ?? t("innovations.detail.notFilled")}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        ),
      )}
    </article>
  );
}
