// The supporting documents of one innovation: GET lists them (readers), POST uploads one
// (multipart/form-data: file, kind, visibility; the innovation's own OPD only). An upload to an approved
// innovation reopens it: the document is public only after the head approves the next version.
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { revalidateCatalogue } from "@/lib/catalog/service";
import { canWrite, OPD_INACTIVE } from "@/lib/auth/write-access";
import { db } from "@/lib/db";
import { errorResponse, failure, json } from "@/lib/http/attachments";
import { readBodyLimited } from "@/lib/http/read-body";
import { isSameOrigin } from "@/lib/http/same-origin";
import { listAttachments } from "@/lib/innovations/attachments/queries";
import type { AttachmentDto, ChangedAttachment } from "@/lib/innovations/attachments/rules/dto";
import { MB } from "@/lib/innovations/attachments/rules/limits";
import { uploadFieldsSchema } from "@/lib/innovations/attachments/schemas";
import { ATTACHMENT_ERRORS, uploadAttachment, uploadLimits } from "@/lib/innovations/attachments/service";
import { requestContext } from "@/lib/request-context";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** The most an upload request may carry: one file at the limit plus 1 MB for the multipart envelope. */
function maxUploadRequestBytes(): number {
  return uploadLimits().maxFileBytes + MB;
}

export async function GET(_request: Request, { params }: Params) {
  const { id } = await params;
  const { requestId } = await requestContext();
  const user = await getCurrentUser();
  if (!user) return failure("errors.unauthenticated", 401);
  try {
    return json<AttachmentDto[]>({ ok: true, data: await listAttachments(db, user, id) });
  } catch (err) {
    return errorResponse(err, { requestId, userId: user.id, what: "attachments: list failed" });
  }
}

export async function POST(request: Request, { params }: Params) {
  const { id } = await params;
  const { requestId, ip } = await requestContext();
  if (!isSameOrigin(request)) return failure("errors.forbidden", 403);
  const user = await getCurrentUser();
  if (!user) return failure("errors.unauthenticated", 401);
  if (!canWrite(user)) return failure(OPD_INACTIVE, 403);

  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) return failure("errors.invalidInput", 400);
  // Refused before reading anything when Content-Length already says too much; capped while reading otherwise.
  const body = await readBodyLimited(request, maxUploadRequestBytes());
  if (!body) return failure(ATTACHMENT_ERRORS.tooLarge, 413);

  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return failure("errors.invalidInput", 400);
  }
  const file = form.get("file");
  const fields = uploadFieldsSchema.safeParse({ kind: form.get("kind"), visibility: form.get("visibility") });
  if (!fields.success || !(file instanceof File)) {
    const t = await getTranslations();
    const fieldErrors: Record<string, string[]> = {};
    if (!(file instanceof File)) fieldErrors.file = [t("validation.required")];
    for (const issue of fields.error?.issues ?? []) {
      const key = issue.path.join(".") || "_";
      (fieldErrors[key] ??= []).push(t.has(issue.message) ? t(issue.message) : issue.message);
    }
    return json({ ok: false, message: t("errors.invalidInput"), fieldErrors }, 400);
  }

  try {
    const created = await uploadAttachment(
      db,
      { user, requestId, ip },
      {
        innovationId: id,
        kind: fields.data.kind,
        visibility: fields.data.visibility,
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      },
    );
    if (created.reopened) revalidateCatalogue();
    return json<ChangedAttachment>({ ok: true, data: created }, 201);
  } catch (err) {
    return errorResponse(err, { requestId, userId: user.id, what: "attachments: upload failed" });
  }
}
