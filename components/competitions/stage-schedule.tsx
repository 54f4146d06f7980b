import { getFormatter, getTranslations } from "next-intl/server";

type Stage = { kind: string; startsAt: Date; endsAt: Date };

export async function StageSchedule({ stages, now = new Date() }: { stages: Stage[]; now?: Date }) {
  const [t, format] = await Promise.all([getTranslations("competitions"), getFormatter()]);
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
