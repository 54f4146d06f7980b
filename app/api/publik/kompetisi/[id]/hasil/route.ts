import { db } from "@/lib/db";
import { publicationResponse } from "@/lib/publication/http";
import { orServiceUnavailable } from "@/lib/http/unavailable";

export const dynamic = "force-dynamic";

/** Public, read-only: the published ranking of a competition (latest, or `?nomor=N`), 404 before publication. */
async function get(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const url = new URL(req.url);
  return publicationResponse(db, id, url.searchParams.get("nomor"), req.headers.get("if-none-match"));
}

export const GET = orServiceUnavailable(get);
