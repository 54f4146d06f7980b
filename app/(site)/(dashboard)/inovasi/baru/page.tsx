import { getTranslations } from "next-intl/server";
import { NewInnovationForm } from "@/components/innovations/new-innovation-form";
import { requireUser } from "@/lib/auth/session";

export default async function NewInnovationPage() {
  await requireUser(["OPD_OPERATOR", "OPD_HEAD"]);
  const t = await getTranslations("innovations");
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <p className="text-slate-700">{t("newIntro")}</p>
      <NewInnovationForm />
    </div>
  );
}
