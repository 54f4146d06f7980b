import { getStorage } from "@/lib/storage";
import { db } from "@/lib/db";
import { certificateResponse } from "@/lib/publication/documents";

export const dynamic = "force-dynamic";

/** Public: a winner's certificate from the latest publication, or `?nomor=N`. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string; entryId: string }> }) {
  const { id, entryId } = await params;
  return certificateResponse(db, id, entryId, new URL(req.url).searchParams.get("nomor"), getStorage());
}
