// An objection's supporting document, for an admin of the competition's region only (404 for
// everyone else, so its existence is not revealed). Always a download, never rendered in place.
import { ActionError } from "@/lib/action-types";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { contentDisposition } from "@/lib/innovations/attachments/rules/names";
import { log } from "@/lib/log";
import { objectionDocument } from "@/lib/objections/queries";
import { requestContext } from "@/lib/request-context";

export const dynamic = "force-dynamic";

export async function GET(
  _request: Request,
  { params }: { params: Promise<{ id: string; objectionId: string }> },
) {
  const { id, objectionId } = await params;
  const user = await getCurrentUser();
  try {
    const doc = await objectionDocument(db, user, id, objectionId);
    return new Response(doc.body, {
      status: 200,
      headers: {
        "content-type": doc.mime,
        ...(doc.size != null ? { "content-length": String(doc.size) } : {}),
        "content-disposition": contentDisposition("attachment", doc.name),
        "x-content-type-options": "nosniff",
        "content-security-policy": "sandbox",
        "cache-control": "private, no-store",
      },
    });
  } catch (err) {
    if (err instanceof ActionError)
      return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
    const { requestId } = await requestContext();
    log.error("objection document download failed", { requestId, userId: user?.id ?? null, err });
    return new Response("Error", { status: 500 });
  }
}
