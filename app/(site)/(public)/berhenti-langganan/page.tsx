import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { verifyUnsubscribeToken } from "@/lib/mail/unsubscribe";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("mailPrefs.unsubscribe"))("title"), robots: { index: false } };
}

/** Asks before it unsubscribes the address in the link (a mail scanner that follows links changes nothing). */
export default async function UnsubscribePage({
  searchParams,
}: {
  searchParams: Promise<{ t?: string | string[]; selesai?: string }>;
}) {
  const [sp, t] = await Promise.all([searchParams, getTranslations("mailPrefs.unsubscribe")]);
  const token = typeof sp.t === "string" ? sp.t : null;
  const address = verifyUnsubscribeToken(token);
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {sp.selesai ? (
        <Notice tone="success">{t("done")}</Notice>
      ) : address && token ? (
        <form method="post" action="/api/berhenti-langganan" className="flex flex-col gap-4">
          <p className="break-words text-sm text-slate-700">{t("intro", { address })}</p>
          <input type="hidden" name="t" value={token} />
          <Button type="submit">{t("confirm")}</Button>
        </form>
      ) : (
        <Notice tone="error">{t("invalid")}</Notice>
      )}
    </div>
  );
}
