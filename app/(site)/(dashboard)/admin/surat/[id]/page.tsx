import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "@/components/ui/link";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getMail } from "@/lib/mail/outbox";
import { getZonedFormatter } from "@/lib/time/format";

export async function generateMetadata() {
  return { title: (await getTranslations("outbox"))("title") };
}

export default async function MailPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePermission("region.administer");
  const { id } = await params;
  const mail = id.length <= 40 ? await getMail(db, admin, id) : null;
  if (!mail) notFound();
  const [t, format] = await Promise.all([getTranslations("outbox"), getZonedFormatter()]);
  const when = (d: Date | null) =>
    d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—";
  return (
    <div className="flex flex-col gap-4">
      <Link href="/admin/surat" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="text-2xl font-bold break-words">{mail.subject}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("to")}</dt>
        <dd className="break-all">{mail.to}</dd>
        <dt className="text-slate-600">{t("status")}</dt>
        <dd>{t(`statuses.${mail.status}`)}</dd>
        <dt className="text-slate-600">{t("time")}</dt>
        <dd>{when(mail.createdAt)}</dd>
        <dt className="text-slate-600">{t("sentAt")}</dt>
        <dd>{when(mail.sentAt)}</dd>
        <dt className="text-slate-600">{t("attempts")}</dt>
        <dd>{mail.attempts}</dd>
        {mail.lastError ? (
          <>
            <dt className="text-slate-600">{t("lastError")}</dt>
            <dd className="break-words">{mail.lastError}</dd>
          </>
        ) : null}
      </dl>
      <h2 className="text-lg font-semibold">{t("text")}</h2>
      <pre className="overflow-x-auto whitespace-pre-wrap break-words rounded-lg border border-slate-200 bg-white p-4 text-sm">
        {mail.text}
      </pre>
    </div>
  );
}
