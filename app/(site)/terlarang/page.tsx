import { getTranslations } from "next-intl/server";
import { MessageCard } from "@/components/ui/message-card";

export default async function ForbiddenPage() {
  const t = await getTranslations("forbidden");
  return <MessageCard title={t("title")} text={t("text")} back={{ href: "/dasbor", label: t("back") }} />;
}
