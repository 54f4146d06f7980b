import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { REFERENCE_PATTERN } from "@/lib/objections/rules/reference";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ ref?: string }> };

/** Where a filing without JavaScript lands: the reference to keep. Nothing is looked up here. */
export default async function ObjectionSentPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { ref } = await searchParams;
  const t = await getTranslations("objections");
  const reference = typeof ref === "string" && REFERENCE_PATTERN.test(ref) ? ref : null;
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("form.sent")}</h1>
      {reference ? (
        <div
          className="flex flex-col gap-2 rounded-lg border border-green-300 bg-green-50 p-4 text-green-900"
          role="status"
        >
          <p className="text-lg font-bold" data-testid="objection-reference">
            {t("form.reference", { reference })}
          </p>
          <p className="text-sm">{t("form.referenceHint")}</p>
        </div>
      ) : null}
      <Link href={`/kompetisi/${encodeURIComponent(id)}/sanggahan`} className="text-brand-700 underline">
        ← {t("public.back")}
      </Link>
    </div>
  );
}
