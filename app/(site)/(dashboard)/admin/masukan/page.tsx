import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FeedbackModeration } from "@/components/feedback/moderation-list";
import { requirePermission } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ status?: string; page?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.moderation");
  return { title: t("title") };
}

/** Citizen feedback on the caller's innovations: filter, approve or reject comments, reply publicly. */
export default async function AdminFeedbackPage({ searchParams }: Props) {
  const user = await requirePermission("region.administer");
  const sp = await searchParams;
  return <FeedbackModeration user={user} basePath="/admin/masukan" status={sp.status} page={sp.page} />;
}
