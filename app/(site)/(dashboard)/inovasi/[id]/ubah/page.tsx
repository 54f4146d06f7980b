import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InnovationEditor } from "@/components/innovations/editor/innovation-editor";
import { InnovationDocuments } from "@/components/innovations/innovation-documents";
import { ActionError } from "@/lib/action-types";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { SECTIONS } from "@/lib/innovations/rules/form/sections";
import { getInnovation } from "@/lib/innovations/queries";
import { SDGS, URUSAN } from "@/lib/reference";
import { getZonedFormatter } from "@/lib/time/format";

export default async function EditInnovationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser(["OPD_OPERATOR", "OPD_HEAD"]);
  const { id } = await params;
  const row = await getInnovation(db, user, id).catch((err: unknown) => {
    if (err instanceof ActionError) notFound();
    throw err;
  });
  // Awaiting approval: read-only until the head decides.
  if (row.status === "SUBMITTED") redirect(`/inovasi/${id}`);
  const [t, format] = await Promise.all([getTranslations("innovations.editor"), getZonedFormatter()]);
  // The head's note stays in view while the operator revises, until the next submission.
  const returned = row.status === "RETURNED" ? row.versions.find((v) => v.status === "RETURNED") : undefined;
  const banner = returned?.comment ? (
    <div
      role="note"
      data-testid="return-note"
      className="rounded border border-amber-300 bg-amber-50 p-3 text-sm"
    >
      <p className="font-medium text-amber-900">
        {t("returnedBanner", {
          name: returned.decidedBy?.name ?? "",
          date: returned.decidedAt
            ? format.dateTime(returned.decidedAt, { dateStyle: "medium", timeStyle: "short" })
            : "",
        })}
      </p>
      <p className="mt-1 whitespace-pre-wrap break-words text-slate-800">{returned.comment}</p>
    </div>
  ) : null;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title", { title: row.title })}</h1>
      <InnovationEditor
        id={row.id}
        zone={format.zone}
        initial={row.draft}
        revision={row.revision}
        sections={SECTIONS}
        urusan={URUSAN}
        sdgs={SDGS}
        documents={<InnovationDocuments innovationId={row.id} editable />}
        banner={banner}
      />
    </div>
  );
}
