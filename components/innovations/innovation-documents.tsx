import { AttachmentsPanel } from "@/components/innovations/attachments/attachments-panel";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { findReadable } from "@/lib/innovations/queries";
import { listAttachments } from "@/lib/innovations/attachments/queries";

/** The documents section: its list and, for the innovation's own OPD, the upload form. */
export async function InnovationDocuments({
  innovationId,
  editable,
}: {
  innovationId: string;
  editable: boolean;
}) {
  const user = await getCurrentUser();
  if (!user) return null;
  const [initial, { status }] = await Promise.all([
    listAttachments(db, user, innovationId),
    findReadable(db, user, innovationId, { status: true }),
  ]);
  const { UPLOAD_MAX_FILE_MB, UPLOAD_MAX_TOTAL_MB } = env();
  return (
    <AttachmentsPanel
      innovationId={innovationId}
      initial={initial}
      editable={editable}
      approved={status === "APPROVED"}
      maxFileMb={UPLOAD_MAX_FILE_MB}
      maxTotalMb={UPLOAD_MAX_TOTAL_MB}
    />
  );
}
