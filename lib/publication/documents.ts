import "server-only";
// HTTP responses for the official PDFs: the berita acara (admin of the region only) and a winner's certificate
// (public: the award is public information once published). Both carry the number assigned at publication and a
// QR code of the absolute address (APP_URL) where the published results can be checked.
import { scopes, type Caller } from "@/lib/access/scopes";
import type { Actor } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import { mailEnv } from "@/lib/env";
import { letterheadOf } from "@/lib/region/queries/letterhead";
import { formatNip } from "@/lib/validation/nip";
import type { Storage } from "@/lib/storage/types";
import { adminPublication, parseNumber, textResponse } from "./http";
import { renderBeritaAcara, renderCertificate, STAGE_NAMES, type EvaluatorLine } from "./pdf";
import { getPublication } from "./queries";

function pdf(bytes: Buffer, filename: string, cache: string) {
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Content-Length": String(bytes.length),
      "Cache-Control": cache,
    },
  });
}

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[^\w]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()
    .slice(0, 60) || "dokumen";

/** Where a published result is checked: the public results page of that publication, as an absolute address. */
export function verifyUrl(competitionId: string, number: number): string {
  // APP_URL alone (as the links in mails), so a document can be printed by any process that knows the address.
  return new URL(`/kompetisi/${competitionId}/hasil?nomor=${number}`, mailEnv().APP_URL).toString();
}

/**
 * Everyone assigned to evaluate in the competition, in a stable order, with their real names, NIP and the stages
 * they evaluated. The minutes are the document they sign, so the competition's hideEvaluatorNames (which anonymises
 * the public pages) does not apply here.
 */
export async function evaluatorsOf(db: Db, caller: Caller, competitionId: string): Promise<EvaluatorLine[]> {
  const rows = await db.assignment.findMany({
    where: scopes.assignment.read(caller, { entry: { competitionId } }),
    select: {
      stage: { select: { kind: true, startsAt: true } },
      evaluator: { select: { id: true, name: true, nip: true } },
    },
  });
  const people = new Map<
    string,
    { id: string; name: string; nip: string | null; stages: Map<string, Date> }
  >();
  for (const r of rows) {
    const p = people.get(r.evaluator.id) ?? { ...r.evaluator, stages: new Map<string, Date>() };
    p.stages.set(r.stage.kind, r.stage.startsAt);
    people.set(p.id, p);
  }
  return [...people.values()]
    .sort((a, b) => a.name.localeCompare(b.name, "id") || (a.id < b.id ? -1 : 1))
    .map((p) => ({
      name: p.name,
      nip: p.nip ? formatNip(p.nip) : null,
      role: `Penilai ${[...p.stages]
        .sort((a, b) => a[1].getTime() - b[1].getTime())
        .map(([kind]) => STAGE_NAMES[kind] ?? kind)
        .join(", ")}`,
    }));
}

export async function beritaAcaraResponse(
  db: Db,
  user: Actor | null,
  competitionId: string,
  nomor: string | null,
  /** Where the region's logo is read from; without it the letterhead has no logo. */
  storage?: Storage,
): Promise<Response> {
  const found = await adminPublication(db, user, competitionId, nomor);
  if (!found.ok) return found.response;
  const { competition, publication: p } = found;
  const [evaluators, letterhead] = await Promise.all([
    evaluatorsOf(db, found.user, competition.id),
    letterheadOf(db, competition.regionId, storage),
  ]);
  const bytes = await renderBeritaAcara({
    content: p.content,
    contentHash: p.contentHash,
    documentNumber: p.documentNumber,
    evaluators,
    supersededAt: p.supersededAt,
    verifyUrl: verifyUrl(competition.id, p.number),
    letterhead,
    timeZone: competition.region.timeZone,
    regionKind: competition.region.kind,
  });
  return pdf(bytes, `berita-acara-${slug(p.content.competition.name)}-${p.number}.pdf`, "private, no-store");
}

export async function certificateResponse(
  db: Db,
  competitionId: string,
  entryId: string,
  nomor: string | null,
  storage?: Storage,
): Promise<Response> {
  const number = parseNumber(nomor);
  if (number === null) return textResponse(400, "Nomor publikasi tidak valid.");
  const p = await getPublication(db, competitionId, number);
  const winner = p?.content.winners.find((w) => w.entryId === entryId);
  if (!p || !winner) return textResponse(404, "Piagam tidak ditemukan.");
  const entry = await db.entry.findFirst({
    where: { id: entryId, competitionId },
    select: {
      innovation: { select: { opd: { select: { name: true } } } },
      competition: { select: { regionId: true, region: { select: { kind: true, timeZone: true } } } },
    },
  });
  const letterhead = entry ? await letterheadOf(db, entry.competition.regionId, storage) : null;
  const bytes = await renderCertificate({
    content: p.content,
    contentHash: p.contentHash,
    winner,
    opdName: entry?.innovation.opd.name ?? winner.opd,
    certificateNumber: p.certificateNumbers[entryId] ?? null,
    verifyUrl: verifyUrl(competitionId, p.number),
    letterhead,
    timeZone: entry?.competition.region.timeZone ?? "WIB",
    regionKind: entry?.competition.region.kind,
  });
  return pdf(
    bytes,
    `piagam-${slug(winner.label)}-${slug(winner.title)}.pdf`,
    // An hour at most: the certificate prints the region's current officials, whom the secretariat may change.
    number ? "public, max-age=3600" : "public, max-age=60, must-revalidate",
  );
}
