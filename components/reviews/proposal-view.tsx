import { getTranslations } from "next-intl/server";
import { enumLabel, fieldLabel, sectionTitle } from "@/components/innovations/editor/labels";
import { SECTIONS, type FieldDef } from "@/lib/innovations/rules/form/sections";
import { SDGS } from "@/lib/reference";
import { formatRupiah, parseRupiah } from "@/lib/validation/rupiah";
import { getZonedFormatter, type ZonedFormatter } from "@/lib/time/format";

type T = Awaited<ReturnType<typeof getTranslations>>;
type F = ZonedFormatter;

type SnapshotAttachment = { id?: unknown; fileName?: unknown; kind?: unknown };

function isEmpty(v: unknown) {
  return v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);
}

/** One frozen field as text, labelled like the proposal form; null when it was left empty. */
function display(t: T, format: F, def: FieldDef, v: unknown): string | null {
  if (isEmpty(v)) return null;
  switch (def.kind) {
    case "enum":
      return enumLabel(t, def.name, String(v));
    case "boolean":
      return v === true || v === "true" ? t("common.yes") : t("common.no");
    case "sdgs":
      return Array.isArray(v)
        ? v.map((n) => `${String(n)}. ${SDGS.find((s) => s.number === Number(n))?.name ?? ""}`).join("; ")
        : String(v);
    case "money": {
      const read = parseRupiah(v);
      return read.ok ? formatRupiah(read.sen) : String(v);
    }
    case "integer": {
      const n = Number(v);
      return Number.isFinite(n) ? format.number(n) : String(v);
    }
    case "date": {
      const d = new Date(`${String(v).slice(0, 10)}T00:00:00Z`);
      return Number.isNaN(d.getTime())
        ? String(v)
        : format.dateTime(d, { dateStyle: "long", timeZone: "UTC" });
    }
    case "urls":
      return Array.isArray(v) ? v.map(String).join("\n") : String(v);
    default:
      return String(v);
  }
}

/** The proposal exactly as frozen in the entry's version, read-only, in the form's sections. */
export async function ProposalView({ snapshot }: { snapshot: Record<string, unknown> }) {
  const [t, format] = await Promise.all([getTranslations(), getZonedFormatter()]);
  const attachments = Array.isArray(snapshot.attachments)
    ? (snapshot.attachments as SnapshotAttachment[])
    : [];
  return (
    <div className="flex flex-col gap-4">
      {SECTIONS.map((s) => {
        if (s.key === "dokumen") {
          return (
            <section
              key={s.key}
              aria-labelledby={`proposal-${s.key}`}
              className="rounded-lg border border-slate-200 bg-white p-4"
            >
              <h3 id={`proposal-${s.key}`} className="mb-2 font-semibold">
                {sectionTitle(t, s.key)}
              </h3>
              {attachments.length ? (
                <ul className="list-disc pl-5 text-sm">
                  {attachments.map((a, i) => {
                    const kind =
                      typeof a.kind === "string" && t.has(`attachments.kinds.${a.kind}`)
                        ? t(`attachments.kinds.${a.kind}`)
                        : null;
                    return (
                      <li key={typeof a.id === "string" ? a.id : i} className="break-words">
                        {typeof a.id === "string" ? (
                          <a
                            href={`/api/lampiran/${encodeURIComponent(a.id)}`}
                            className="text-brand-700 underline"
                          >
                            {String(a.fileName ?? "—")}
                          </a>
                        ) : (
                          String(a.fileName ?? "—")
                        )}
                        {kind ? <span className="text-slate-600"> ({kind})</span> : null}
                      </li>
                    );
                  })}
                </ul>
              ) : (
                <p className="text-sm italic text-slate-500">{t("reviews.workspace.noDocuments")}</p>
              )}
            </section>
          );
        }
        return (
          <section
            key={s.key}
            aria-labelledby={`proposal-${s.key}`}
            className="rounded-lg border border-slate-200 bg-white p-4"
          >
            <h3 id={`proposal-${s.key}`} className="mb-2 font-semibold">
              {sectionTitle(t, s.key)}
            </h3>
            <dl className="grid grid-cols-1 gap-x-4 gap-y-2">
              {s.fields.map((def) => {
                const value = display(t, format, def, snapshot[def.name]);
                return (
                  <div key={def.name} className="flex flex-col">
                    <dt className="text-sm font-medium text-slate-600">{fieldLabel(t, def.name)}</dt>
                    <dd className={`whitespace-pre-wrap break-words ${value ? "" : "italic text-slate-400"}`}>
                      {value ?? t("reviews.workspace.notFilled")}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </div>
  );
}
