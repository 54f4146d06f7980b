import "server-only";
// Reading publications: public pages and the public JSON endpoint (published results are public information),
// the admin list and the preparation of the next publication, and what the official documents print. A competition
// in DRAFT is never shown publicly.
import { cache } from "react";
import { can } from "@/lib/access/policy";
import { scopes, type Caller } from "@/lib/access/scopes";
import { ActionError, type Actor } from "@/lib/action-types";
import type { Db } from "@/lib/db/client";
import { mailEnv } from "@/lib/env";
import type { EntryStatus } from "@/lib/generated/prisma/enums";
import { letterheadOf } from "@/lib/region/queries/letterhead";
import { exportCompetition } from "@/lib/scoring/io/export";
import { inputHash } from "@/lib/scoring/io/hash";
import { rankExport } from "@/lib/scoring/io/rank";
import type { Storage } from "@/lib/storage/types";
import { canonicalJson, sha256Hex } from "./rules/canonical";
import { buildContent, SHORTLIST_STATUSES, type PublicationContent } from "./rules/content";
import { evaluatorLines, type EvaluatorLine } from "./rules/evaluators";
import type { BeritaAcaraInput, CertificateInput } from "./rules/pdf";
import { parseNumber } from "./schemas";

const PUBLIC_STATUSES = ["ACTIVE", "PUBLISHED", "ARCHIVED"] as const;

/** The competitions the public may see, of one region when a region is given. */
export async function listPublicCompetitions(db: Db, regionId?: string) {
  const rows = await db.competition.findMany({
    where: { status: { in: [...PUBLIC_STATUSES] }, ...(regionId ? { regionId } : {}) },
    orderBy: [{ year: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      year: true,
      status: true,
      region: { select: { name: true, kind: true, timeZone: true } },
      stages: { orderBy: { startsAt: "asc" }, select: { kind: true, startsAt: true, endsAt: true } },
      publications: {
        orderBy: { number: "desc" },
        take: 1,
        select: { number: true, publishedAt: true, contentHash: true },
      },
    },
  });
  return rows.map(({ publications, ...c }) => ({ ...c, latest: publications[0] ?? null }));
}

export const getPublicCompetition = cache(async (db: Db, id: string) =>
  db.competition.findFirst({
    where: { id, status: { in: [...PUBLIC_STATUSES] } },
    select: {
      id: true,
      name: true,
      year: true,
      status: true,
      region: { select: { name: true, kind: true, timeZone: true } },
      stages: {
        orderBy: { startsAt: "asc" },
        select: { kind: true, startsAt: true, endsAt: true, weight: true },
      },
      categories: {
        orderBy: { code: "asc" },
        select: { code: true, name: true, quota: true, awardLabels: true },
      },
      publications: {
        orderBy: { number: "desc" },
        select: { number: true, publishedAt: true, supersededAt: true, reason: true, contentHash: true },
      },
    },
  }),
);

interface StoredPublication {
  id: string;
  number: number;
  publishedAt: Date;
  supersededAt: Date | null;
  reason: string | null;
  contentHash: string;
  /** The canonical JSON text the hash covers, byte for byte what the endpoint serves. */
  text: string;
  content: PublicationContent;
  /** The berita acara's number; null for a publication made before documents were numbered. */
  documentNumber: string | null;
  /** Certificate number per winning entry id. */
  certificateNumbers: Record<string, string>;
}

/** The latest publication of a competition, or number `n`; null when there is none. */
export async function getPublication(
  db: Db,
  competitionId: string,
  number?: number,
): Promise<StoredPublication | null> {
  const row = await db.publication.findFirst({
    where: {
      competitionId,
      ...(number ? { number } : {}),
      competition: { status: { in: [...PUBLIC_STATUSES] } },
    },
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      publishedAt: true,
      supersededAt: true,
      reason: true,
      contentHash: true,
      content: true,
      documentNumber: true,
      certificateNumbers: true,
    },
  });
  if (!row) return null;
  const text = canonicalJson(row.content);
  // The database trigger forbids changes; a mismatch here means the data was altered behind its back.
  if (sha256Hex(text) !== row.contentHash)
    throw new Error(`publication ${row.id}: content does not match its hash`);
  return {
    ...row,
    text,
    content: row.content as unknown as PublicationContent,
    certificateNumbers: (row.certificateNumbers ?? {}) as Record<string, string>,
  };
}

/** Admin list: every publication of a competition of the region, newest first. */
export function listPublications(db: Db, caller: Caller, competitionId: string) {
  return db.publication.findMany({
    where: scopes.publication.read(caller, { competitionId }),
    orderBy: { number: "desc" },
    select: {
      id: true,
      number: true,
      publishedAt: true,
      supersededAt: true,
      reason: true,
      contentHash: true,
      documentNumber: true,
      publishedBy: { select: { name: true } },
    },
  });
}

export type ReadinessProblem =
  | { key: "publication.errors.noShortlist" }
  | { key: "publication.errors.pendingObjections"; count: number }
  | { key: "publication.errors.incomplete"; titles: string[] };

interface Preparation {
  competition: { id: string; name: string; year: number; regionId: string; status: string };
  /** The snapshot as it would be published now (publication fields filled for the next number). */
  content: PublicationContent;
  shortlisted: number;
  pendingObjections: number;
  incomplete: string[];
  problems: ReadinessProblem[];
  objectionStage: { startsAt: Date; endsAt: Date; open: boolean } | null;
  latest: { number: number; contentHash: string } | null;
  /** inputHash() of the scoring input the content was computed from. */
  inputHash: string;
}

const isShortlisted = (s: EntryStatus) => (SHORTLIST_STATUSES as readonly string[]).includes(s);

/** Everything the admin page and publish() need, computed from the live data of a competition of the region. */
export async function preparePublication(
  db: Db,
  caller: Caller,
  competitionId: string,
  now = new Date(),
): Promise<Preparation> {
  const competition = await db.competition.findFirst({
    where: scopes.competition.write(caller, { id: competitionId }),
    select: { id: true, name: true, year: true, regionId: true, status: true },
  });
  if (!competition) throw new ActionError("errors.notFound");
  const [file, entries, categories, objections, objectionStage, latest] = await Promise.all([
    exportCompetition(db, competitionId, { now }),
    db.entry.findMany({ where: { competitionId }, select: { id: true, status: true } }),
    db.competitionCategory.findMany({
      where: { competitionId },
      orderBy: { code: "asc" },
      select: { code: true, name: true, quota: true, awardLabels: true },
    }),
    db.objection.findMany({
      where: { entry: { competitionId } },
      orderBy: [{ createdAt: "asc" }, { reference: "asc" }],
      select: { reference: true, entryId: true, status: true, consequence: true },
    }),
    db.competitionStage.findFirst({
      where: { competitionId, kind: "OBJECTION" },
      select: { startsAt: true, endsAt: true },
    }),
    db.publication.findFirst({
      where: { competitionId },
      orderBy: { number: "desc" },
      select: { number: true, contentHash: true },
    }),
  ]);
  const output = rankExport(file);
  const status = new Map(entries.map((e) => [e.id, e.status]));
  const eligible = (id: string) => {
    const s = status.get(id);
    return s !== undefined && isShortlisted(s);
  };
  const content = buildContent({
    file,
    output,
    categories,
    eligible,
    objections: objections.map((o) => ({
      reference: o.reference,
      entryId: o.entryId,
      status: o.status,
      consequence: o.consequence,
    })),
    publication: {
      number: (latest?.number ?? 0) + 1,
      publishedAt: now.toISOString(),
      reason: null,
      supersedes: latest?.number ?? null,
    },
  });
  const shortlisted = entries.filter((e) => isShortlisted(e.status)).length;
  const pendingObjections = objections.filter((o) => o.status === "SUBMITTED").length;
  const incomplete = content.ranking
    .filter((r) => r.status === "INCOMPLETE" && eligible(r.entryId))
    .map((r) => r.title);
  const problems: ReadinessProblem[] = [];
  if (shortlisted === 0) problems.push({ key: "publication.errors.noShortlist" });
  if (pendingObjections > 0)
    problems.push({ key: "publication.errors.pendingObjections", count: pendingObjections });
  if (incomplete.length > 0) problems.push({ key: "publication.errors.incomplete", titles: incomplete });
  return {
    competition,
    content,
    shortlisted,
    pendingObjections,
    incomplete,
    problems,
    objectionStage: objectionStage
      ? { ...objectionStage, open: objectionStage.startsAt <= now && now < objectionStage.endsAt }
      : null,
    latest,
    inputHash: inputHash(file),
  };
}

// ---- the official documents -----------------------------------------------------------------------------------
// The berita acara and the draft decree (admin of the region only) and a winner's certificate (public: the award is
// public information once published). The PDFs carry the number assigned at publication and a QR code of the
// absolute address (APP_URL) where the published results can be checked.

/** A document route's refusal: the status and its plain-text answer, in Bahasa Indonesia. */
type Refusal = { ok: false; status: number; message: string };
const refuse = (status: number, message: string): Refusal => ({ ok: false, status, message });

/**
 * The publication behind one of the secretariat's documents (the berita acara, the draft decree): the region's
 * ADMIN only, the latest or `nomor`. Every refusal carries the answer to give.
 */
export async function adminPublication(
  db: Db,
  user: Actor | null,
  competitionId: string,
  nomor: string | null,
) {
  if (!user) return refuse(401, "Silakan masuk terlebih dahulu.");
  if (!can(user, "competition.write")) return refuse(403, "Anda tidak berwenang mengunduh dokumen ini.");
  const number = parseNumber(nomor);
  if (number === null) return refuse(400, "Nomor publikasi tidak valid.");
  const competition = await db.competition.findFirst({
    where: scopes.competition.write(user, { id: competitionId }),
    select: { id: true, regionId: true, region: { select: { kind: true, timeZone: true } } },
  });
  if (!competition) return refuse(404, "Kompetisi tidak ditemukan.");
  const publication = await getPublication(db, competition.id, number);
  if (!publication) return refuse(404, "Hasil belum dipublikasikan.");
  return { ok: true as const, user, competition, publication };
}

/** Where a published result is checked: the public results page of that publication, as an absolute address. */
function verifyUrl(competitionId: string, number: number): string {
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
  return evaluatorLines(rows);
}

/** What the berita acara of a publication (the latest, or `nomor`) prints: the region's ADMIN only. */
export async function minutesOf(
  db: Db,
  user: Actor | null,
  competitionId: string,
  nomor: string | null,
  /** Where the region's logo is read from; without it the letterhead has no logo. */
  storage?: Storage,
): Promise<Refusal | { ok: true; input: BeritaAcaraInput; number: number }> {
  const found = await adminPublication(db, user, competitionId, nomor);
  if (!found.ok) return found;
  const { competition, publication: p } = found;
  const [evaluators, letterhead] = await Promise.all([
    evaluatorsOf(db, found.user, competition.id),
    letterheadOf(db, competition.regionId, storage),
  ]);
  return {
    ok: true,
    number: p.number,
    input: {
      content: p.content,
      contentHash: p.contentHash,
      documentNumber: p.documentNumber,
      evaluators,
      supersededAt: p.supersededAt,
      verifyUrl: verifyUrl(competition.id, p.number),
      letterhead,
      timeZone: competition.region.timeZone,
      regionKind: competition.region.kind,
    },
  };
}

/** What a winner's certificate of a publication (the latest, or `nomor`) prints: public. */
export async function certificateOf(
  db: Db,
  competitionId: string,
  entryId: string,
  nomor: string | null,
  storage?: Storage,
): Promise<Refusal | { ok: true; input: CertificateInput; numbered: boolean }> {
  const number = parseNumber(nomor);
  if (number === null) return refuse(400, "Nomor publikasi tidak valid.");
  const p = await getPublication(db, competitionId, number);
  const winner = p?.content.winners.find((w) => w.entryId === entryId);
  if (!p || !winner) return refuse(404, "Piagam tidak ditemukan.");
  const entry = await db.entry.findFirst({
    where: { id: entryId, competitionId },
    select: {
      innovation: { select: { opd: { select: { name: true } } } },
      competition: { select: { regionId: true, region: { select: { kind: true, timeZone: true } } } },
    },
  });
  const letterhead = entry ? await letterheadOf(db, entry.competition.regionId, storage) : null;
  return {
    ok: true,
    numbered: Boolean(number),
    input: {
      content: p.content,
      contentHash: p.contentHash,
      winner,
      opdName: entry?.innovation.opd.name ?? winner.opd,
      certificateNumber: p.certificateNumbers[entryId] ?? null,
      verifyUrl: verifyUrl(competitionId, p.number),
      letterhead,
      timeZone: entry?.competition.region.timeZone ?? "WIB",
      regionKind: entry?.competition.region.kind,
    },
  };
}

/**
 * What the draft decree of a publication (the latest, or `nomor`) is made from (lib/publication/rules/decree.ts): the
 * region's ADMIN only.
 */
export async function decreeOf(db: Db, user: Actor | null, competitionId: string, nomor: string | null) {
  const found = await adminPublication(db, user, competitionId, nomor);
  if (!found.ok) return found;
  const { competition, publication: p } = found;
  const [lh, entries] = await Promise.all([
    letterheadOf(db, competition.regionId),
    db.entry.findMany({
      where: scopes.entry.read(found.user, {
        competitionId: competition.id,
        id: { in: p.content.winners.map((w) => w.entryId) },
      }),
      select: { id: true, innovation: { select: { opd: { select: { name: true } } } } },
    }),
  ]);
  return {
    ok: true as const,
    publication: p,
    region: competition.region,
    letterhead: lh,
    /** The OPD's current name per winning entry id. */
    opdNames: new Map(entries.map((e) => [e.id, e.innovation.opd.name])),
  };
}
