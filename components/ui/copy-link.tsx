"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

export function CopyLink({ link }: { link: string }) {
  const t = useTranslations("common");
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex w-full flex-wrap items-center gap-2">
      <input
        readOnly
        value={link}
        aria-label={t("link")}
        data-testid="setup-link"
        className="min-w-0 flex-1 rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs"
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        className="rounded border border-slate-300 px-2 py-1 text-xs"
        onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true))}
      >
        {copied ? t("copied") : t("copy")}
      </button>
    </div>
  );
}
