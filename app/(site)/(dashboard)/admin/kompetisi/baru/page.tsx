import { getTranslations } from "next-intl/server";
import { CreateCompetitionForm } from "@/components/competitions/create-form";
import { requirePermission } from "@/lib/auth/session";
import { listCompetitions } from "@/lib/competitions/queries/competitions";
import { db } from "@/lib/db";
import { currentZone } from "@/lib/time/format";
import { yearIn } from "@/lib/time/zones";

export default async function NewCompetitionPage() {
  const user = await requirePermission("competition.write");
  const [t, sources, zone] = await Promise.all([
    getTranslations("competitions.admin"),
    listCompetitions(db, user),
    currentZone(),
  ]);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("createTitle")}</h1>
      <CreateCompetitionForm
        sources={sources.map((s) => ({ id: s.id, name: s.name }))}
        year={yearIn(new Date(), zone) + 1}
      />
    </div>
  );
}
