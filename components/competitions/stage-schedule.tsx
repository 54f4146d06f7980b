import { getTranslations } from "next-intl/server";
import { getZonedFormatter } from "@/lib/time/format";
import type { RegionZone } from "@/lib/time/zones";

type Stage = { kind: string; startsAt: Date; endsAt: Date };

/** The stages of a competition with their dates in `zone`, the competition's region's (the current region's when not given). */
export async function StageSchedule({
  stages,
  now = new Date(),
  zone,
}: {
  stages: Stage[];
  now?: Date;
  zone?: RegionZone;
}) {
  const [t, format] = await Promise.all([getTranslations("competitions"), getZonedFormatter(zone)]);
  const fmt = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ol className="grid grid-cols-1 gap-1 text-sm sm:grid-cols-2">
      {stages.map((s) => {
        const open = s.startsAt <= now && now < s.endsAt;
        return (
          <li
            key={s.kind}
            className={`rounded px-2 py-1 ${open ? "bg-brand-100 font-semibold text-brand-800" : "text-slate-700"}`}
          >
            {t(`stages.${s.kind}`)}: {t("stageDates", { start: fmt(s.startsAt), end: fmt(s.endsAt) })}
          </li>
        );
      })}
    </ol>
  );
}
