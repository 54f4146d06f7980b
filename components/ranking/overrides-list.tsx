import { getTranslations } from "next-intl/server";
import { RevokeForm } from "./forms";
import { getZonedFormatter } from "@/lib/time/format";

export type OverrideItem = {
  id: string;
  entryId: string;
  entryTitle: string;
  kind: string;
  targetRank: number | null;
  reason: string;
  createdAt: Date;
  revokedAt: Date | null;
  createdBy: { name: string };
};

/** Adjustments and overrides, each with its reason, author and state; active ones can be revoked. */
export async function OverridesList({
  competitionId,
  items,
}: {
  competitionId: string;
  items: OverrideItem[];
}) {
  const [t, format] = await Promise.all([getTranslations("ranking"), getZonedFormatter()]);
  if (items.length === 0) return <p className="text-sm text-slate-600">{t("overrides.none")}</p>;
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ul className="flex flex-col gap-2">
      {items.map((o) => (
        <li
          key={o.id}
          className={`rounded border p-3 text-sm ${o.revokedAt ? "border-slate-200 bg-slate-50 text-slate-500" : "border-amber-300 bg-amber-50"}`}
        >
          <p className="font-medium">
            {t(`overrideKinds.${o.kind}`)}
            {o.targetRank ? ` → ${o.targetRank}` : ""} · {o.entryTitle}
          </p>
          <p>{o.reason}</p>
          <p className="text-xs">
            {t("overrides.by", { name: o.createdBy.name, date: date(o.createdAt) })} ·{" "}
            {o.revokedAt ? t("overrides.revokedAt", { date: date(o.revokedAt) }) : t("overrides.active")}
          </p>
          {o.revokedAt ? null : <RevokeForm competitionId={competitionId} overrideId={o.id} />}
        </li>
      ))}
    </ul>
  );
}
