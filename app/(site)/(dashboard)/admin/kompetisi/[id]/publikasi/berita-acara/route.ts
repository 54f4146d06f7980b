import { getStorage } from "@/lib/storage";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { beritaAcaraResponse } from "@/lib/publication/documents";

export const dynamic = "force-dynamic";

/** Admin of the region only: the berita acara PDF of the latest publication, or `?nomor=N`. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return beritaAcaraResponse(
    db,
    await getCurrentUser(),
    id,
    new URL(req.url).searchParams.get("nomor"),
    getStorage(),
  );
}
