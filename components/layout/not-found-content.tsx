import { getTranslations } from "next-intl/server";
import { MessageCard } from "@/components/ui/message-card";

export async function NotFoundContent() {
  const t = await getTranslations("notFound");
  return <MessageCard title={t("title")} text={t("text")} back={{ href: "/", label: t("back") }} />;
}
