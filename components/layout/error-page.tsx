"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/**
 * What a visitor sees when a page fails on the server (the database is down or overloaded, say), inside the site's
 * header, in the visitor's language. Both root layouts' error.tsx use it. "Coba lagi" calls Next.js's `retry`,
 * which fetches the page from the server again; `reset` alone would only re-render what already failed.
 */
export function ErrorPage({ retry }: { error: Error; retry: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-slate-200 bg-white p-6" role="alert">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("text")}</p>
      <Button className="mt-4" onClick={retry}>
        {t("retry")}
      </Button>
    </div>
  );
}
