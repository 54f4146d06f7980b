import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InnovationEditor } from "@/components/innovations/editor/innovation-editor";
import { InnovationDocuments } from "@/components/innovations/innovation-documents";
import { ActionError } from "@/lib/action-types";
import { requireUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { SECTIONS } from "@/lib/innovations/form/sections";
import { getInnovation } from "@/lib/innovations/queries";
import { SDGS, URUSAN } from "@/lib/reference";

export default async function EditInnovationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser(["OPD_OPERATOR", "OPD_HEAD"]);
  const { id } = await params;
  const row = await getInnovation(db, user, id).catch((err: unknown) => {
    if (err instanceof ActionError) notFound();
    throw err;
  });
  // Awaiting approval: read-only until the head decides.
  if (row.status === "SUBMITTED") redirect(`/inovasi/${id}`);
  const t = await getTranslations("innovations.editor");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">{t("title", { title: row.title })}</h1>
      <InnovationEditor
        id={row.id}
        initial={row.draft}
        revision={row.revision}
        sections={SECTIONS}
        urusan={URUSAN}
        sdgs={SDGS}
        documents={<InnovationDocuments innovationId={row.id} editable />}
      />
    </div>
  );
}
