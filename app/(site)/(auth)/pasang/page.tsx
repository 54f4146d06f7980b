import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InstallForm } from "@/components/install/install-form";
import { db } from "@/lib/db";
import { installPageToken } from "@/lib/install/queries";

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Reachable only with the one-time link printed at start, and only while no ADMIN exists: otherwise a 404, so the
// page does not even say that it exists.
export default async function InstallPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const token = await installPageToken(db, (await searchParams).token);
  if (!token) notFound();
  const t = await getTranslations("install");
  return (
    <div className="mx-auto max-w-xl rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-sm text-slate-700">{t("intro")}</p>
      <InstallForm token={token} />
    </div>
  );
}
