import "server-only";
// The public JSON of a published ranking: exactly the canonical text the content hash covers, so
// `curl … | sha256sum` prints the hash shown on the results page.
import type { Db } from "@/lib/db/client";
import { getPublication } from "./queries";

/** `nomor` from the query string: a positive whole number, or undefined (the latest); null when malformed. */
export function parseNumber(raw: string | null): number | undefined | null {
  if (raw === null || raw === "") return undefined;
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : null;
}

export async function publicationResponse(
  db: Db,
  competitionId: string,
  nomor: string | null,
  ifNoneMatch?: string | null,
): Promise<Response> {
  const number = parseNumber(nomor);
  const json = (status: number, body: unknown) =>
    new Response(`${JSON.stringify(body)}\n`, {
      status,
      headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
    });
  if (number === null) return json(400, { error: "nomor must be a positive whole number" });
  if (competitionId.length > 40) return json(404, { error: "not found" });
  const p = await getPublication(db, competitionId, number);
  if (!p) return json(404, { error: "no published results" });
  const etag = `"${p.contentHash}"`;
  const headers = {
    "Content-Type": "application/json; charset=utf-8",
    ETag: etag,
    // A numbered publication never changes; the latest may be superseded, so it is revalidated.
    "Cache-Control": number ? "public, max-age=31536000, immutable" : "public, max-age=60, must-revalidate",
    "X-Content-SHA256": p.contentHash,
  };
  if (ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim() === etag))
    return new Response(null, { status: 304, headers });
  return new Response(p.text, { status: 200, headers });
}
