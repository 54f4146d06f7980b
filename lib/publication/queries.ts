import "server-only";
// Reading publications: public pages and the public JSON endpoint (published results are public information),
// and the admin list. A competition in DRAFT is never shown publicly.
import { cache } from "react";
import { scopes, type Caller } from "@/lib/access/scopes";
import type { Db } from "@/lib/db/client";
import { canonicalJson, sha256Hex } from "./canonical";
import type { PublicationContent } from "./content";

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
