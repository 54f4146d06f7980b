// The public JSON of a published ranking: exactly the canonical text the content hash covers, so
// `curl … | sha256sum` prints the hash shown on the results page.
import { db } from "@/lib/db";
import { orServiceUnavailable } from "@/lib/http/unavailable";
import { getPublication } from "@/lib/publication/queries";
import { parseNumber } from "@/lib/publication/schemas";

export const dynamic = "force-dynamic";

const json = (status: number, body: unknown) =>
  new Response(`${JSON.stringify(body)}\n`, {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });

/** Public, read-only: the published ranking of a competition (latest, or `?nomor=N`), 404 before publication. */
async function get(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const number = parseNumber(new URL(req.url).searchParams.get("nomor"));
  if (number === null) return json(400, { error: "nomor must be a positive whole number" });
  if (id.length > 40) return json(404, { error: "not found" });
  const p = await getPublication(db, id, number);
  if (!p) return json(404, { error: "no published results" });
  const etag = `"${p.contentHash}"`;
  const headers = {
    "Content-Type": "application/json; charset=utf-8",
    ETag: etag,
    // A numbered publication never changes; the latest may be superseded, so it is revalidated.
    "Cache-Control": number ? "public, max-age=31536000, immutable" : "public, max-age=60, must-revalidate",
    "X-Content-SHA256": p.contentHash,
  };
  const ifNoneMatch = req.headers.get("if-none-match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim() === etag))
    return new Response(null, { status: 304, headers });
  return new Response(p.text, { status: 200, headers });
}

export const GET = orServiceUnavailable(get);
