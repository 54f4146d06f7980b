import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { decreeResponse } from "@/lib/publication/decree";

export const dynamic = "force-dynamic";

/** Admin of the region only: the draft decree naming the winners of the latest publication, or `?nomor=N` (.docx). */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return decreeResponse(db, await getCurrentUser(), id, new URL(req.url).searchParams.get("nomor"));
}
