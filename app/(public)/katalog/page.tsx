import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";

// The searchable catalogue arrives with the catalogue issue; the link already has a home.
export default async function CataloguePage() {
  const t = await getTranslations();
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("nav.catalogue")}</h1>
      <Notice>{t("home.catalogueSoon")}</Notice>
    </div>
  );
}
