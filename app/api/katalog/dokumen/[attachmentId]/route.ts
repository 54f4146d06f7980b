// A public document of the catalogue: an Attachment with visibility PUBLIC on a public
// innovation, for anyone, without a session. Every other id answers 404 (never 403), so an
// INTERNAL document's existence is not revealed. Internal readers use /api/lampiran/[id].
import { db } from "@/lib/db";
import { readPublicDocument } from "@/lib/catalog/documents";
import { errorResponse } from "@/lib/innovations/attachments/http";
import { contentDisposition } from "@/lib/innovations/attachments/names";
import { requestContext } from "@/lib/request-context";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const { attachmentId } = await params;
  const { requestId } = await requestContext();
  try {
    const file = await readPublicDocument(db, attachmentId);
    return new Response(file.body, {
      status: 200,
      headers: {
        "content-type": file.mimeType,
        "content-length": String(file.sizeBytes),
        "content-disposition": contentDisposition(file.disposition, file.fileName),
        "x-content-type-options": "nosniff",
        "content-security-policy": "sandbox",
        "cache-control": "public, max-age=3600",
        etag: `"${file.sha256}"`,
      },
    });
  } catch (err) {
    return errorResponse(err, { requestId, what: "catalogue: public document failed" });
  }
}
