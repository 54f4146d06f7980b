import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { fieldLabel, sectionTitle } from "@/components/innovations/editor/labels";
import { StatusBadge } from "@/components/innovations/innovation-table";
import { ActionError } from "@/lib/action-types";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { diffDocuments } from "@/lib/innovations/attachments/rules/snapshot";
import { diffVersions, type DiffValue } from "@/lib/innovations/rules/form/diff";
import type { FieldKind } from "@/lib/innovations/rules/form/sections";
import { getVersions } from "@/lib/innovations/queries";
import { formatRupiah, parseRupiah } from "@/lib/validation/rupiah";
import { getZonedFormatter } from "@/lib/time/format";

const query = z.object({
  a: z.coerce.number().int().min(1).optional().catch(undefined),
  b: z.coerce.number().int().min(1).optional().catch(undefined),
});

function show(v: DiffValue, kind: FieldKind): string {
  if (v === null || v === "") return "—";
  if (kind === "money") {
    const read = parseRupiah(v);
    if (read.ok) return formatRupiah(read.sen);
  }
  return Array.isArray(v) ? v.join(", ") : String(v);
}

export default async function VersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string>>;
}) {
  const user = await requireUser();
  const { id } = await params;
  const row = await getVersions(db, user, id).catch((err: unknown) => {
    if (err instanceof ActionError) notFound();
    throw err;
  });
  const [t, format] = await Promise.all([getTranslations(), getZonedFormatter()]);
  const versions = row.versions;
  const n = versions.length;
  const q = query.parse(await searchParams);
  const b = versions.find((v) => v.versionNo === q.b) ?? versions[n - 1];
  const a = versions.find((v) => v.versionNo === q.a) ?? versions[Math.max(0, n - 2)];
  const diff =
    a && b && a !== b
      ? diffVersions(a.snapshot as Record<string, unknown>, b.snapshot as Record<string, unknown>)
      : [];
  const docs = a && b && a !== b ? diffDocuments(a.snapshot, b.snapshot) : null;
  const docsChanged = !!docs && docs.added.length + docs.removed.length + docs.visibilityChanged.length > 0;

  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-2xl font-bold">{t("innovations.versions.title", { title: row.title })}</h1>
      <Link href={`/inovasi/${row.id}`} className="text-brand-700 underline">
        {t("innovations.editor.back")}
      </Link>
      {n === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
          {t("innovations.versions.none")}
        </p>
      ) : (
        <>
          <ol className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3 text-sm">
            {versions.map((v) => (
              <li key={v.versionNo} className="flex flex-wrap items-center gap-2">
                <strong>{t("innovations.versions.version", { n: v.versionNo })}</strong>
                <StatusBadge status={v.status} />
                <span className="text-slate-600">
                  {format.dateTime(v.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </span>
              </li>
            ))}
          </ol>
          {n > 1 ? (
            <form className="flex flex-wrap items-end gap-2">
              <label className="flex flex-col gap-1 text-sm">
                {t("innovations.versions.from")}
                <select
                  name="a"
                  defaultValue={a?.versionNo}
                  className="rounded border border-slate-300 px-3 py-2"
                >
                  {versions.map((v) => (
                    <option key={v.versionNo} value={v.versionNo}>
                      {v.versionNo}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex flex-col gap-1 text-sm">
                {t("innovations.versions.to")}
                <select
                  name="b"
                  defaultValue={b?.versionNo}
                  className="rounded border border-slate-300 px-3 py-2"
                >
                  {versions.map((v) => (
                    <option key={v.versionNo} value={v.versionNo}>
                      {v.versionNo}
                    </option>
                  ))}
                </select>
              </label>
              <button className="rounded bg-brand-600 px-4 py-2 text-sm text-white">
                {t("innovations.versions.compare")}
              </button>
            </form>
          ) : null}
          {n > 1 && diff.length === 0 && !docsChanged ? (
            <p className="text-slate-600">{t("innovations.versions.noChanges")}</p>
          ) : null}
          {diff.map((s) => (
            <section
              key={s.section}
              className="rounded-lg border border-slate-200 bg-white p-4"
              data-testid={`diff-${s.section}`}
            >
              <h2 className="mb-2 text-lg font-semibold">{sectionTitle(t, s.section)}</h2>
              {s.fields.map((f) => (
                <div key={f.field} className="mb-3">
                  <h3 className="text-sm font-medium text-slate-600">{fieldLabel(t, f.field)}</h3>
                  {f.parts ? (
                    <p className="whitespace-pre-wrap break-words">
                      {f.parts.map((p, i) =>
                        p.added ? (
                          <ins
                            key={i}
                            className="bg-green-100 text-green-900 no-underline"
                            title={t("innovations.versions.added")}
                          >
                            {p.value}
                          </ins>
                        ) : p.removed ? (
                          <del
                            key={i}
                            className="bg-red-100 text-red-900"
                            title={t("innovations.versions.removed")}
                          >
                            {p.value}
                          </del>
                        ) : (
                          <span key={i}>{p.value}</span>
                        ),
                      )}
                    </p>
                  ) : (
                    <p className="text-sm">
                      <del className="bg-red-100 text-red-900">{show(f.before, f.kind)}</del> →{" "}
                      <ins className="bg-green-100 text-green-900 no-underline">{show(f.after, f.kind)}</ins>
                    </p>
                  )}
                </div>
              ))}
            </section>
          ))}
          {docs && docsChanged ? (
            <section className="rounded-lg border border-slate-200 bg-white p-4" data-testid="diff-documents">
              <h2 className="mb-2 text-lg font-semibold">{t("attachments.versions.title")}</h2>
              <ul className="flex flex-col gap-1 text-sm">
                {docs.added.map((d) => (
                  <li key={`+${d.id}`}>
                    <ins className="bg-green-100 text-green-900 no-underline">
                      {t("attachments.versions.added", {
                        name: d.fileName,
                        visibility: t(`attachments.visibilities.${d.visibility}`),
                      })}
                    </ins>
                  </li>
                ))}
                {docs.removed.map((d) => (
                  <li key={`-${d.id}`}>
                    <del className="bg-red-100 text-red-900">
                      {t("attachments.versions.removed", { name: d.fileName })}
                    </del>
                  </li>
                ))}
                {docs.visibilityChanged.map((d) => (
                  <li key={`~${d.id}`}>
                    {t("attachments.versions.visibility", {
                      name: d.fileName,
                      before: t(`attachments.visibilities.${d.before}`),
                      after: t(`attachments.visibilities.${d.visibility}`),
                    })}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
