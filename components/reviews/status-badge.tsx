import { useTranslations } from "next-intl";
import type { ProgressStatus } from "@/lib/reviews/rules/review";

const COLORS: Record<ProgressStatus, string> = {
  notStarted: "bg-slate-100 text-slate-800",
  inProgress: "bg-amber-100 text-amber-900",
  submitted: "bg-green-100 text-green-900",
};

export function StatusBadge({ status }: { status: ProgressStatus }) {
  const t = useTranslations("reviews.status");
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${COLORS[status]}`}>
      {t(status)}
    </span>
  );
}
