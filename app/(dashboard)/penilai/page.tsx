import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";

export default async function EvaluatorDashboard() {
  const user = await requireUser(["EVALUATOR"]);
  const [t, assigned] = await Promise.all([
    getTranslations("dashboard"),
    db.assignment.count({ where: { evaluatorId: user.id, conflictDeclared: false } }),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("evaluatorTitle")}</h1>
      <p className="text-slate-600">{t("welcome", { name: user.name })}</p>
      {assigned === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{t("evaluatorEmpty")}</p>
      ) : null}
    </div>
  );
}
