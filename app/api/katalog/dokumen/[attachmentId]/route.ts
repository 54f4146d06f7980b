// A public document of the catalogue: an Attachment that the approved version of a public innovation
// holds as PUBLIC, for anyone, without a session. Every other id answers 404 (never 403), so an
// INTERNAL document's existence is not revealed. Internal readers use /api/lampiran/[id].
import { db } from "@/lib/db";
import { readPublicDocument } from "@/lib/catalog/queries/documents";
import { errorResponse } from "@/lib/http/attachments";
import { downloadResponse } from "@/lib/http/download";
import { requestContext } from "@/lib/request-context";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const { attachmentId } = await params;
  const { requestId } = await requestContext();
  try {
    const file = await readPublicDocument(db, attachmentId);
    return downloadResponse(request, { ...file, isPublic: true });
  } catch (err) {
    return errorResponse(err, { requestId, what: "catalogue: public document failed" });
  }
}
