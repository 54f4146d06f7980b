import "server-only";
// The public JSON of a published ranking: exactly the canonical text the content hash covers, so
// `curl … | sha256sum` prints the hash shown on the results page.
import { can } from "@/lib/access/policy";
import { scopes } from "@/lib/access/scopes";
import type { Actor } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import { getPublication } from "./queries";

/** A plain-text answer of a document route (a refusal, in Bahasa Indonesia), never cached. */
export const textResponse = (status: number, body: string) =>
  new Response(`${body}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

/**
 * The publication behind one of the secretariat's documents (the berita acara, the draft decree): the region's
 * ADMIN only, the latest or `nomor`. Every refusal is a plain-text response to return as it is.
 */
export async function adminPublication(
  db: Db,
  user: Actor | null,
  competitionId: string,
  nomor: string | null,
) {
  const refuse = (response: Response) => ({ ok: false as const, response });
  if (!user) return refuse(textResponse(401, "Silakan masuk terlebih dahulu."));
  if (!can(user, "competition.write"))
    return refuse(textResponse(403, "Anda tidak berwenang mengunduh dokumen ini."));
  const number = parseNumber(nomor);
  if (number === null) return refuse(textResponse(400, "Nomor publikasi tidak valid."));
  const competition = await db.competition.findFirst({
    where: scopes.competition.write(user, { id: competitionId }),
    select: { id: true, regionId: true, region: { select: { kind: true, timeZone: true } } },
  });
  if (!competition) return refuse(textResponse(404, "Kompetisi tidak ditemukan."));
  const publication = await getPublication(db, competition.id, number);
  if (!publication) return refuse(textResponse(404, "Hasil belum dipublikasikan."));
  return { ok: true as const, user, competition, publication };
}

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
