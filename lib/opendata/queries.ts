import "server-only";
// What the open-data API reads. Only the catalogue's public rule (lib/catalog/queries/visibility) and
// only public fields, named one by one: never authors, revisions, budgets, IID evidence, storage
// keys or contacts. Lists page by keyset on the innovation id, so a cursor stays valid and no
// row is skipped or repeated while rows are added.
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { getPublicInnovation } from "@/lib/catalog/queries/innovation";
import { baseCte, SHOWN_COLUMNS, shownJoins, where } from "@/lib/catalog/queries/search";
import { COUNTED_REPLICATION, PUBLIC_INNOVATION } from "@/lib/catalog/queries/visibility";
import { listPublicCompetitions } from "@/lib/publication/queries";
import { encodeCursor, INNOVATION_ID, type ListParams } from "./schemas";

const { sql, empty } = Prisma;

type ListRow = {
  id: string;
  title: string;
  summary: string;
  opd_id: string;
  opd_name: string;
  region_code: string;
  region_name: string;
  year: number;
  urusan: string | null;
  bentuk: string | null;
  jenis: string | null;
  tahapan: string | null;
  sdgs: number[];
  has_award: boolean;
  replications: number;
  rating: number | null;
  rating_count: number;
  approvedAt: Date | null;
  updatedAt: Date;
};

/** Every key an item of the list may have: the integration tests hold the JSON to it. */
export const LIST_ITEM_KEYS = [
  "id",
  "url",
  "title",
  "summary",
  "opd",
  "region",
  "year",
  "urusan",
  "bentuk",
  "jenis",
  "tahapan",
  "sdgs",
  "hasAward",
  "replications",
  "rating",
  "ratingCount",
  "approvedAt",
  "updatedAt",
] as const;

function listItem(r: ListRow) {
  return {
    id: r.id,
    url: `/katalog/${r.id}`,
    title: r.title,
    summary: r.summary,
    opd: { id: r.opd_id, name: r.opd_name },
    region: { code: r.region_code, name: r.region_name },
    year: r.year,
    urusan: r.urusan,
    bentuk: r.bentuk,
    jenis: r.jenis,
    tahapan: r.tahapan,
    sdgs: r.sdgs,
    hasAward: r.has_award,
    replications: r.replications,
    rating: r.rating === null ? null : Math.round(r.rating * 10) / 10,
    ratingCount: r.rating_count,
    approvedAt: r.approvedAt?.toISOString() ?? null,
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type ListItem = ReturnType<typeof listItem>;

/** One page of public innovations matching the catalogue's filters, ordered by id, after `after`. */
export async function listInnovations(db: Db, { query, limit, after }: ListParams) {
  // The matching rows without relevance or per-row look-ups (the list is ordered by id); the replications and the
  // rating are looked up for the page's rows only. (Computing them for every match made a call at national scale,
  // 85,000 public innovations, take about 0.9 s: docs/benchmarks.md.)
  const base = baseCte(query.q, { rank: false });
  const filtered = sql`SELECT b.* FROM base b ${where(query)}`;
  const pageSql = sql`WITH ${base},
    page AS (SELECT f.* FROM (${filtered}) f ${after ? sql`WHERE f."id" > ${after}` : empty} ORDER BY f."id" LIMIT ${limit + 1})
    SELECT b."id", i."title", i."summary", i."opdId" AS opd_id, o."name" AS opd_name, r."code" AS region_code,
           r."name" AS region_name, b."year", b."urusan", b.bentuk, b.jenis, b.tahapan, b."sdgs", b.has_award,
           ${SHOWN_COLUMNS}, i."approvedAt", i."updatedAt"
    FROM page b JOIN "Innovation" i ON i."id" = b."id" JOIN "Opd" o ON o."id" = i."opdId"
         JOIN "Region" r ON r."id" = o."regionId"
    ${shownJoins(sql`b."id"`)}
    ORDER BY b."id"`;
  const countSql = sql`WITH ${base} SELECT count(*)::int AS n FROM (${filtered}) f`;
  const [rows, count] = await Promise.all([
    db.$queryRaw<ListRow[]>(pageSql),
    db.$queryRaw<{ n: number }[]>(countSql),
  ]);
  const page = rows.slice(0, limit);
  return {
    data: page.map(listItem),
    next_cursor: rows.length > limit ? encodeCursor(page[page.length - 1]!.id) : null,
    count: count[0]?.n ?? 0,
  };
}

/** Keys of one innovation's JSON (top level), for the allow-list test. */
export const DETAIL_KEYS = [
  "id",
  "url",
  "title",
  "unitName",
  "year",
  "summary",
  "problem",
  "novelty",
  "strategy",
  "results",
  "conditionBefore",
  "conditionAfter",
  "beneficiariesCount",
  "beneficiaries",
  "transferability",
  "resources",
  "sustainability",
  "stakeholders",
  "monitoring",
  "lessonsLearned",
  "bentuk",
  "jenis",
  "urusan",
  "inisiator",
  "inisiatorName",
  "tahapan",
  "trialStartDate",
  "implementedDate",
  "sdgs",
  "videoUrl",
  "applicationUrl",
  "otherLinks",
  "approvedAt",
  "updatedAt",
  "opd",
  "region",
  "awards",
  "coInnovators",
  "documents",
  "replications",
  "replicaOf",
  "competitions",
  "rating",
] as const;

/** One public innovation with its PUBLIC documents; null when it is not public (or does not exist). */
export async function getInnovation(db: Db, id: string) {
  if (!INNOVATION_ID.test(id)) return null;
  const p = await getPublicInnovation(db, id);
  if (!p) return null;
  const { attachments, entries, awards, coInnovators, replications, rating, ...fields } = p;
  return {
    ...fields,
    url: `/katalog/${p.id}`,
    awards: awards.map(({ year, name, level, rank }) => ({ year, name, level, rank })),
    coInnovators: coInnovators.map(({ name, position, institution }) => ({ name, position, institution })),
    documents: attachments.map((a) => ({
      id: a.id,
      kind: a.kind,
      fileName: a.fileName,
      mimeType: a.mimeType,
      sizeBytes: a.sizeBytes,
      url: `/api/katalog/dokumen/${a.id}`,
    })),
    replications: replications.map(({ adopterRegionName, adopterOpdName, replicaId }) => ({
      adopterRegionName,
      adopterOpdName,
      replicaId,
    })),
    competitions: entries.map((e) => ({
      name: e.competition.name,
      year: e.competition.year,
      result: e.status,
    })),
    rating,
  };
}

/** Competitions whose results are published: the latest publication of each; of the regions named, if any. */
export async function listPublishedCompetitions(db: Db, regionCodes: readonly string[] = []) {
  const [rows, inRegions] = await Promise.all([
    listPublicCompetitions(db),
    regionCodes.length
      ? db.competition.findMany({
          where: { region: { code: { in: [...regionCodes] } } },
          select: { id: true },
        })
      : null,
  ]);
  const chosen = inRegions && new Set(inRegions.map((c) => c.id));
  return rows
    .filter((c) => c.latest && (!chosen || chosen.has(c.id)))
    .map((c) => ({
      id: c.id,
      name: c.name,
      year: c.year,
      region: c.region.name,
      publication: c.latest!.number,
      publishedAt: c.latest!.publishedAt.toISOString(),
      contentHash: c.latest!.contentHash,
      resultsUrl: `/api/publik/kompetisi/${c.id}/hasil`,
    }));
}

export const CSV_HEADER = [
  "id",
  "url",
  "judul",
  "ringkasan",
  "opd",
  "tahun",
  "urusan",
  "bentuk",
  "jenis",
  "tahapan",
  "sdgs",
  "penghargaan",
  "replikasi",
  "disetujui",
  "diperbarui",
  "kode_daerah",
  "daerah",
] as const;

/**
 * The whole catalogue, or the part of the regions named, in batches by keyset (constant memory however many rows
 * there are).
 */
export async function* catalogueRows(
  db: Db,
  { batch = 1000, regionCodes = [] }: { batch?: number; regionCodes?: readonly string[] } = {},
): AsyncGenerator<unknown[][]> {
  let after: string | undefined;
  const inRegions = regionCodes.length ? { region: { code: { in: [...regionCodes] } } } : {};
  for (;;) {
    const rows = await db.innovation.findMany({
      where: { ...PUBLIC_INNOVATION, ...inRegions, ...(after ? { id: { gt: after } } : {}) },
      orderBy: { id: "asc" },
      take: batch,
      select: {
        id: true,
        title: true,
        summary: true,
        year: true,
        urusan: true,
        bentuk: true,
        jenis: true,
        tahapan: true,
        sdgs: true,
        approvedAt: true,
        updatedAt: true,
        opd: { select: { name: true, region: { select: { code: true, name: true } } } },
        _count: {
          select: { awards: true, replications: { where: { status: { in: [...COUNTED_REPLICATION] } } } },
        },
      },
    });
    if (!rows.length) return;
    yield rows.map((r) => [
      r.id,
      `/katalog/${r.id}`,
      r.title,
      r.summary,
      r.opd.name,
      r.year,
      r.urusan,
      r.bentuk,
      r.jenis,
      r.tahapan,
      r.sdgs.join(" "),
      r._count.awards > 0 ? "ya" : "tidak",
      r._count.replications,
      r.approvedAt?.toISOString() ?? "",
      r.updatedAt.toISOString(),
      r.opd.region.code,
      r.opd.region.name,
    ]);
    if (rows.length < batch) return;
    after = rows[rows.length - 1]!.id;
  }
}
