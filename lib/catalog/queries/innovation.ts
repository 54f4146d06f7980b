import "server-only";
// One public innovation for its catalogue page, and the list for the sitemap. Only public
// fields are selected (never who wrote it, budgets, revisions, IID evidence, screening notes,
// requesters' or feedback givers' contacts), and only the documents its approved version holds as PUBLIC.
import { cache } from "react";
import type { Db } from "@/lib/db/client";
import { COUNTED_REPLICATION, PUBLIC_ATTACHMENT, PUBLIC_INNOVATION } from "./visibility";

const PUBLIC_FIELDS = {
  id: true,
  title: true,
  unitName: true,
  year: true,
  summary: true,
  problem: true,
  novelty: true,
  strategy: true,
  results: true,
  conditionBefore: true,
  conditionAfter: true,
  beneficiariesCount: true,
  beneficiaries: true,
  transferability: true,
  resources: true,
  sustainability: true,
  stakeholders: true,
  monitoring: true,
  lessonsLearned: true,
  bentuk: true,
  jenis: true,
  urusan: true,
  inisiator: true,
  inisiatorName: true,
  tahapan: true,
  trialStartDate: true,
  implementedDate: true,
  sdgs: true,
  videoUrl: true,
  applicationUrl: true,
  otherLinks: true,
  approvedAt: true,
  updatedAt: true,
} as const;

export type PublicInnovation = NonNullable<Awaited<ReturnType<typeof loadPublicInnovation>>>;

async function loadPublicInnovation(db: Db, id: string) {
  if (!/^[a-z0-9]{8,40}$/.test(id)) return null;
  const innovation = await db.innovation.findFirst({
    where: { id, ...PUBLIC_INNOVATION },
    select: {
      ...PUBLIC_FIELDS,
      opd: { select: { name: true, shortName: true } },
      region: { select: { name: true, province: true } },
      awards: {
        select: { id: true, year: true, name: true, level: true, rank: true },
        orderBy: [{ year: "desc" }, { name: "asc" }],
      },
      coInnovators: {
        select: { id: true, name: true, position: true, institution: true },
        orderBy: { name: "asc" },
      },
      attachments: {
        where: { approvedVisibility: PUBLIC_ATTACHMENT.approvedVisibility },
        select: { id: true, kind: true, fileName: true, mimeType: true, sizeBytes: true },
        orderBy: { createdAt: "asc" },
      },
      replications: {
        where: { status: { in: [...COUNTED_REPLICATION] } },
        select: {
          id: true,
          adopterRegionName: true,
          adopterOpdName: true,
          status: true,
          replica: { select: { id: true, status: true, isPublic: true } },
        },
        orderBy: { createdAt: "asc" },
      },
      replicaOf: {
        where: { status: { in: [...COUNTED_REPLICATION] } },
        select: {
          id: true,
          source: {
            select: {
              id: true,
              title: true,
              status: true,
              isPublic: true,
              region: { select: { name: true } },
            },
          },
        },
      },
      entries: {
        where: {
          competition: { status: { in: ["PUBLISHED", "ARCHIVED"] } },
          status: { in: ["SHORTLISTED", "FINALIST", "WINNER"] },
        },
        select: { id: true, status: true, competition: { select: { name: true, year: true } } },
        orderBy: { competition: { year: "desc" } },
      },
    },
  });
  if (!innovation) return null;

  // Ratings count at once: every rating not rejected by moderation, pending included;
  // only the comments wait for approval.
  const rating = await db.feedback.aggregate({
    where: { innovationId: id, state: { not: "REJECTED" } },
    _avg: { rating: true },
    _count: { _all: true },
  });
  const isVisible = (i: { status: string; isPublic: boolean } | null) =>
    !!i && i.status === PUBLIC_INNOVATION.status && i.isPublic === PUBLIC_INNOVATION.isPublic;

  const { replications, replicaOf, ...rest } = innovation;
  return {
    ...rest,
    // Links go only to replicas and sources that are public themselves.
    replications: replications.map((r) => ({
      id: r.id,
      adopterRegionName: r.adopterRegionName,
      adopterOpdName: r.adopterOpdName,
      replicaId: isVisible(r.replica) ? r.replica!.id : null,
    })),
    replicaOf: replicaOf
      .filter((r) => isVisible(r.source))
      .map((r) => ({ id: r.source.id, title: r.source.title, regionName: r.source.region.name })),
    rating: { average: rating._avg.rating, count: rating._count._all },
  };
}

/** Cached per request: the page and its metadata read it once. */
export const getPublicInnovation = cache(loadPublicInnovation);

/** One sitemap file's public innovations: `take` of them after the first `skip`, by id (lib/catalog/queries/sitemap.ts). */
export async function listPublicInnovationsForSitemap(
  db: Db,
  { skip = 0, take = 10_000 }: { skip?: number; take?: number } = {},
) {
  return db.innovation.findMany({
    where: PUBLIC_INNOVATION,
    select: { id: true, updatedAt: true },
    orderBy: { id: "asc" },
    skip,
    take,
  });
}

export function countPublicInnovations(db: Db) {
  return db.innovation.count({ where: PUBLIC_INNOVATION });
}
