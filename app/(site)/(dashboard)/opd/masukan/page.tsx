import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FeedbackModeration } from "@/components/feedback/moderation-list";
import { requireUser } from "@/lib/auth/session";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ status?: string; page?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("feedback.moderation");
  return { title: t("title") };
}

/** Citizen feedback on the caller's innovations: filter, approve or reject comments, reply publicly. */
export default async function OpdFeedbackPage({ searchParams }: Props) {
  const user = await requireUser(["OPD_HEAD", "OPD_OPERATOR"]);
  const sp = await searchParams;
  return <FeedbackModeration user={user} basePath="/opd/masukan" status={sp.status} page={sp.page} />;
}
