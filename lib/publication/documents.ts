import "server-only";
// HTTP responses for the official PDFs: the berita acara (admin of the region only) and a winner's certificate
// (public: the award is public information once published).
import type { Actor } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import { letterheadOf } from "@/lib/region/letterhead";
import type { Storage } from "@/lib/storage/types";
import { parseNumber } from "./http";
import { renderBeritaAcara, renderCertificate } from "./pdf";
import { getPublication } from "./queries";

const text = (status: number, body: string) =>
  new Response(`${body}\n`, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

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

/** Evaluators of the competition in a stable order: names, or "Penilai 1"… when the competition hides them. */
async function evaluatorsOf(db: Db, competitionId: string, hide: boolean): Promise<string[]> {
  const rows = await db.assignment.findMany({
    where: { entry: { competitionId } },
    distinct: ["evaluatorId"],
    select: { evaluator: { select: { id: true, name: true } } },
  });
  const people = rows
    .map((r) => r.evaluator)
    .sort((a, b) => a.name.localeCompare(b.name, "id") || (a.id < b.id ? -1 : 1));
  return hide ? people.map((_, i) => `Penilai ${i + 1}`) : people.map((p) => p.name);
}

export async function beritaAcaraResponse(
  db: Db,
  user: Actor | null,
  competitionId: string,
  nomor: string | null,
  /** Where the region's logo is read from; without it the letterhead has no logo. */
  storage?: Storage,
): Promise<Response> {
  if (!user) return text(401, "Silakan masuk terlebih dahulu.");
  if (user.role !== "ADMIN") return text(403, "Anda tidak berwenang mengunduh dokumen ini.");
  const number = parseNumber(nomor);
  if (number === null) return text(400, "Nomor publikasi tidak valid.");
  const competition = await db.competition.findFirst({
    where: { id: competitionId, regionId: user.regionId },
    select: { id: true, hideEvaluatorNames: true },
  });
  if (!competition) return text(404, "Kompetisi tidak ditemukan.");
  const p = await getPublication(db, competition.id, number);
  if (!p) return text(404, "Hasil belum dipublikasikan.");
  const [evaluators, letterhead] = await Promise.all([
    evaluatorsOf(db, competition.id, competition.hideEvaluatorNames),
    letterheadOf(db, user.regionId, storage),
  ]);
  const bytes = await renderBeritaAcara({
    content: p.content,
    contentHash: p.contentHash,
    evaluators,
    supersededAt: p.supersededAt,
    letterhead,
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
  if (number === null) return text(400, "Nomor publikasi tidak valid.");
  const p = await getPublication(db, competitionId, number);
  const winner = p?.content.winners.find((w) => w.entryId === entryId);
  if (!p || !winner) return text(404, "Piagam tidak ditemukan.");
  const entry = await db.entry.findFirst({
    where: { id: entryId, competitionId },
    select: {
      innovation: { select: { opd: { select: { name: true } } } },
      competition: { select: { regionId: true } },
    },
  });
  const letterhead = entry ? await letterheadOf(db, entry.competition.regionId, storage) : null;
  const bytes = await renderCertificate({
    content: p.content,
    contentHash: p.contentHash,
    winner,
    opdName: entry?.innovation.opd.name ?? winner.opd,
    letterhead,
  });
  return pdf(
    bytes,
    `piagam-${slug(winner.label)}-${slug(winner.title)}.pdf`,
    // An hour at most: the certificate prints the region's current officials, whom the secretariat may change.
    number ? "public, max-age=3600" : "public, max-age=60, must-revalidate",
  );
}
