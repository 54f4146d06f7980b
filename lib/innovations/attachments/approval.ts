import "server-only";
// The documents of an approved innovation change only through a new approved version, like its text
// (docs/decisions/010-approved-documents.md). The catalogue serves Attachment.approvedVisibility, which only
// the head's approval writes; a change by the OPD reopens the innovation as a draft for its next version.
import { type ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InnovationStatus } from "@/lib/generated/prisma/enums";
import { snapshotDocuments } from "./snapshot";

type Tx = Prisma.TransactionClient;

/**
 * Called under the innovation's lock before a document is added, removed or changes visibility. An approved
 * innovation goes back to draft (it leaves the catalogue, exactly as when its text is edited) and the change
 * waits for the head's approval of the next version. True when it reopened.
 */
export async function reopenForDocumentChange(
  tx: Tx,
  ctx: ActionContext,
  innovation: { id: string; status: InnovationStatus },
  change: "upload" | "visibility" | "delete",
): Promise<boolean> {
  if (innovation.status !== "APPROVED") return false;
  const updated = await tx.innovation.updateMany({
    where: { id: innovation.id, status: "APPROVED" },
    // The revision stays: the text did not change, so an editor open on it can go on saving.
    data: { status: "DRAFT", updatedById: ctx.user.id },
  });
  if (updated.count !== 1) return false;
  await audit(tx, {
    ...by(ctx),
    action: "innovation.reopen",
    entityType: "Innovation",
    entityId: innovation.id,
    before: { status: "APPROVED" },
    after: { status: "DRAFT", documents: change },
  });
  return true;
}

/**
 * On approval: the approved version's list of documents becomes what the catalogue serves. A document the
 * version does not hold is no longer served, whatever its own visibility says.
 */
export async function publishApprovedDocuments(tx: Tx, innovationId: string, snapshot: unknown) {
  const docs = snapshotDocuments(snapshot);
  const ids = (visibility: "PUBLIC" | "INTERNAL") =>
    docs.filter((d) => d.visibility === visibility).map((d) => d.id);
  await tx.attachment.updateMany({
    where: { innovationId, id: { notIn: docs.map((d) => d.id) } },
    data: { approvedVisibility: null },
  });
  for (const visibility of ["PUBLIC", "INTERNAL"] as const) {
    await tx.attachment.updateMany({
      where: { innovationId, id: { in: ids(visibility) } },
      data: { approvedVisibility: visibility },
    });
  }
}
