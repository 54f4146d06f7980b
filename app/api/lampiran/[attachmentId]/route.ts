// One supporting document: GET downloads it (whoever may read it; 404 for everyone else, so its
// existence is never revealed), PATCH { visibility } and DELETE for the innovation's own OPD. On an
// approved innovation PATCH and DELETE reopen it (docs/decisions/010-approved-documents.md).
import { getCurrentUser } from "@/lib/auth/session";
import { canWrite, OPD_INACTIVE } from "@/lib/auth/write-access";
import { db } from "@/lib/db";
import { revalidateCatalogue } from "@/lib/catalog/service";
import { errorResponse, failure, json } from "@/lib/http/attachments";
import { downloadResponse } from "@/lib/http/download";
import { readBodyLimited } from "@/lib/http/read-body";
import { isSameOrigin } from "@/lib/http/same-origin";
import { readAttachmentForDownload } from "@/lib/innovations/attachments/queries";
import type { ChangedAttachment } from "@/lib/innovations/attachments/rules/dto";
import { setVisibilityBodySchema } from "@/lib/innovations/attachments/schemas";
import { deleteAttachment, setVisibility } from "@/lib/innovations/attachments/service";
import { requestContext } from "@/lib/request-context";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ attachmentId: string }> };

export async function GET(request: Request, { params }: Params) {
  const { attachmentId } = await params;
  const { requestId } = await requestContext();
  const user = await getCurrentUser();
  try {
    return downloadResponse(request, await readAttachmentForDownload(db, user, attachmentId));
  } catch (err) {
    return errorResponse(err, { requestId, userId: user?.id, what: "attachments: download failed" });
  }
}

export async function PATCH(request: Request, { params }: Params) {
  const { attachmentId } = await params;
  const { requestId, ip } = await requestContext();
  if (!isSameOrigin(request)) return failure("errors.forbidden", 403);
  const user = await getCurrentUser();
  if (!user) return failure("errors.unauthenticated", 401);
  if (!canWrite(user)) return failure(OPD_INACTIVE, 403);

  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? ""))
    return failure("errors.invalidInput", 400);
  const raw = await readBodyLimited(request, 4096);
  let parsedJson: unknown;
  try {
    parsedJson = raw ? JSON.parse(new TextDecoder().decode(raw)) : undefined;
  } catch {
    parsedJson = undefined;
  }
  const input = setVisibilityBodySchema.safeParse(parsedJson);
  if (!input.success) return failure("errors.invalidInput", 400);

  try {
    const updated = await setVisibility(db, { user, requestId, ip }, attachmentId, input.data.visibility);
    if (updated.reopened) revalidateCatalogue();
    return json<ChangedAttachment>({ ok: true, data: updated });
  } catch (err) {
    return errorResponse(err, { requestId, userId: user.id, what: "attachments: visibility change failed" });
  }
}

export async function DELETE(request: Request, { params }: Params) {
  const { attachmentId } = await params;
  const { requestId, ip } = await requestContext();
  if (!isSameOrigin(request)) return failure("errors.forbidden", 403);
  const user = await getCurrentUser();
  if (!user) return failure("errors.unauthenticated", 401);
  if (!canWrite(user)) return failure(OPD_INACTIVE, 403);
  try {
    const result = await deleteAttachment(db, { user, requestId, ip }, attachmentId);
    if (result.reopened) revalidateCatalogue();
    return json({ ok: true, data: result });
  } catch (err) {
    return errorResponse(err, { requestId, userId: user.id, what: "attachments: delete failed" });
  }
}
