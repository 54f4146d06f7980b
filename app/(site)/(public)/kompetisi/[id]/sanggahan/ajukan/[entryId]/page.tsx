import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/layout/client-messages";
import { ObjectionForm } from "@/components/objections/objection-form";
import { Notice } from "@/components/ui/notice";
import { db } from "@/lib/db";
import { NO_JS_CODES } from "@/lib/objections/rules/no-js";
import { publicObjectionPage, shortlistedEntry } from "@/lib/objections/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string; entryId: string }>; searchParams: Promise<{ galat?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("objections.form");
  return { title: t("title") };
}

/** Public: the objection form for one shortlisted entry (works without JavaScript). */
export default async function FileObjectionPage({ params, searchParams }: Props) {
  const { id, entryId } = await params;
  const { galat } = await searchParams;
  const [entry, page] = await Promise.all([shortlistedEntry(db, id, entryId), publicObjectionPage(db, id)]);
  if (!entry || !page) notFound();
  const t = await getTranslations("objections");
  const error = NO_JS_CODES.find((c) => c === galat);
  const base = `/kompetisi/${entry.competition.id}/sanggahan`;
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <Link href={base} className="text-brand-700 underline">
        ← {t("public.back")}
      </Link>
      <h1 className="text-2xl font-bold">{t("form.title")}</h1>
      <p className="text-slate-700">{entry.competition.name}</p>
      <p className="rounded border border-slate-200 bg-white p-3 font-medium">
        {t("form.against", {
          title: entry.innovation.title,
          opd: entry.innovation.opd.name,
          category: entry.category.name,
        })}
      </p>
      {error ? <Notice tone="error">{t(`noJs.${error}`)}</Notice> : null}
      {page.state === "OPEN" ? (
        <ClientMessages namespaces={["common", "objections"]}>
          <ObjectionForm actionUrl={`${base}/kirim`} entryId={entry.id} />
        </ClientMessages>
      ) : (
        <Notice>
          {t(`public.state.${page.state}`)} {t("form.closed")}
        </Notice>
      )}
    </div>
  );
}
