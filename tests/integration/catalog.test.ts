// The public catalogue on a real PostgreSQL: Indonesian stemming, spelling variants, accents and
// typos; facet counts that agree with the results; stable paging; and nothing that is not public
// (drafts, unapproved or private innovations, internal fields, INTERNAL documents) ever shown.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, inject, vi } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import {
  countPublicInnovations,
  getPublicInnovation,
  listPublicInnovationsForSitemap,
} from "@/lib/catalog/queries/innovation";
import { sitemapFileXml, sitemapIndexXml } from "@/lib/catalog/queries/sitemap";
import { escapeXml } from "@/lib/catalog/rules/sitemap";
import { FACET_KEYS, parseCatalogQuery, type CatalogQuery } from "@/lib/catalog/schemas";
import { searchCatalog, suggestSpelling } from "@/lib/catalog/queries/search";
import { PUBLIC_INNOVATION } from "@/lib/catalog/queries/visibility";
import type { InnovationStatus } from "@/lib/generated/prisma/enums";
import { LocalDiskStorage, newStorageKey } from "@/lib/storage";
import { seed } from "@/prisma/seed";
import * as route from "@/app/api/katalog/dokumen/[attachmentId]/route";
import * as sitemapIndexRoute from "@/app/sitemap.xml/route";
import * as sitemapFileRoute from "@/app/sitemap/[file]/route";

vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-request-id": "catalog-test" })),
  cookies: () => Promise.resolve({ get: () => undefined }),
}));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("use-intl/core");
  const messages = (await import("@/messages/id.json")).default;
  return {
    getTranslations: () =>
      Promise.resolve(createTranslator({ locale: "id", messages, timeZone: "Asia/Jakarta" })),
  };
});

let db: Db;
let uploadDir: string;
let regionId: string;
let opdId: string;
let authorId: string;
const ids: Record<string, string> = {};

const query = (raw: Record<string, string | string[]>): CatalogQuery => parseCatalogQuery(raw).query;
const found = async (q: string) => (await searchCatalog(db, query({ q }), 500)).items.map((i) => i.id);

async function innovation(
  key: string,
  data: {
    title: string;
    summary?: string;
    problem?: string;
    status?: InnovationStatus;
    isPublic?: boolean;
    [k: string]: unknown;
  },
) {
  const row = await db.innovation.create({
    data: {
      regionId,
      opdId,
      year: 2011,
      status: "APPROVED",
      isPublic: true,
      approvedAt: new Date("2012-01-01T00:00:00Z"),
      createdById: authorId,
      updatedById: authorId,
      ...data,
    },
    select: { id: true },
  });
  ids[key] = row.id;
  return row.id;
}

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  ({ regionId } = await seed(db));
  authorId = (
    await db.user.findUniqueOrThrow({ where: { email: "admin@inovasi.test" }, select: { id: true } })
  ).id;
  opdId = (
    await db.opd.create({
      data: { regionId, name: "Badan Uji Katalog", shortName: `UJI-KAT-${Date.now()}`, kind: "BADAN" },
      select: { id: true },
    })
  ).id;

  await innovation("perizinan", {
    title: "Percepatan Perizinan Reklame Kelurahan",
    summary: "Izin reklame selesai dalam sehari.",
  });
  await innovation("pelayanan", {
    title: "Kartu Sehat Keluarga",
    summary: "Pelayanan kesehatan gratis bagi keluarga prasejahtera di puskesmas.",
  });
  await innovation("accent", { title: "Kafé Literasi Pesisir", summary: "Ruang baca di dermaga nelayan." });
  await innovation("typo", {
    title: "Sistem Informasi Posyandu Terintegrasi",
    summary: "Pencatatan balita oleh kader.",
  });
  await innovation("narrative", {
    title: "Gerai Warga",
    summary: "Layanan terpadu.",
    problem: "Warga mengeluhkan pungutan liar saat mengurus surat tanah.",
  });
  // The same unusual word everywhere; only the first is public.
  await innovation("public", {
    title: "Inovasi Xilofon Publik",
    budgetAmount: 987654321,
    budgetSource: "Dana rahasia XQZ",
  });
  await innovation("draft", {
    title: "Inovasi Xilofon Konsep",
    status: "DRAFT",
    isPublic: true,
    approvedAt: null,
  });
  await innovation("submitted", {
    title: "Inovasi Xilofon Diajukan",
    status: "SUBMITTED",
    isPublic: true,
    approvedAt: null,
  });
  await innovation("returned", {
    title: "Inovasi Xilofon Dikembalikan",
    status: "RETURNED",
    isPublic: true,
    approvedAt: null,
  });
  await innovation("private", { title: "Inovasi Xilofon Internal", status: "APPROVED", isPublic: false });

  uploadDir = mkdtempSync(path.join(tmpdir(), "katalog-"));
  vi.stubEnv("DATABASE_URL", inject("databaseUrl"));
  vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
  vi.stubEnv("UPLOAD_DIR", uploadDir);
});

afterAll(async () => {
  await db.innovation.deleteMany({ where: { opdId } });
  await db.opd.delete({ where: { id: opdId } });
  await db.$disconnect();
  rmSync(uploadDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe("Indonesian full-text search", () => {
  it("stems: 'layanan kesehatan' finds 'pelayanan kesehatan', 'izin' finds 'perizinan'", async () => {
    expect(await found("layanan kesehatan")).toContain(ids.pelayanan);
    expect(await found("izin reklame")).toContain(ids.perizinan);
    expect(await found("pelayanan kesehatan")).toContain(ids.pelayanan);
  });

  it("treats the non-standard spelling 'perijinan' like 'perizinan'", async () => {
    expect(await found("perijinan reklame")).toContain(ids.perizinan);
    expect(await found("ijin reklame")).toContain(ids.perizinan);
    // and the other way round, for a document written with the non-standard spelling
    const id = await innovation("ijin", { title: "Pengurusan Ijin Keramaian Warga" });
    expect(await found("perizinan keramaian")).toContain(id);
  });

  it("finds 'KTP elektronik' for 'e-KTP', 'eKTP' and 'KTP-el', and the other way round", async () => {
    const written = await innovation("ktpel", { title: "Layanan Cetak KTP Elektronik Keliling Desa" });
    for (const q of ["e-ktp", "E-KTP keliling", "ektp", "ktp-el", "KTP elektronik"])
      expect(await found(q), q).toContain(written);
    const prefixed = await innovation("ektp", { title: "Jemput Bola Perekaman e-KTP Lansia" });
    for (const q of ["ktp elektronik lansia", "eKTP lansia", "KTP-el lansia"])
      expect(await found(q), q).toContain(prefixed);
    // A word that merely begins with "e" is not taken for the prefix.
    expect(await found("elektronik")).toContain(written);
    expect(await found("ekonomi lansia")).not.toContain(prefixed);
  });

  it("is accent-insensitive both ways", async () => {
    expect(await found("kafe literasi")).toContain(ids.accent);
    expect(await found("káfe pesisir")).toContain(ids.accent);
  });

  it("tolerates a typo in a title", async () => {
    const hits = await found("posyandu terintregasi");
    expect(hits).toContain(ids.typo);
    expect(await found("sistim informasi posyandu")).toContain(ids.typo);
  });

  it("suggests a spelling from the public titles when a search finds nothing", async () => {
    expect(await found("posiandu terintegrrasi kadr")).toEqual([]);
    expect(await suggestSpelling(db, "posiandu terintegrrasi")).toBe("posyandu terintegrasi");
    // Words already spelled as a title spells them, or like nothing at all, give no suggestion.
    expect(await suggestSpelling(db, "posyandu")).toBeNull();
    expect(await suggestSpelling(db, "qwzx")).toBeNull();
    expect(await suggestSpelling(db, "a b")).toBeNull();
  });

  it("searches the narrative sections and ranks a title match above a narrative match", async () => {
    expect(await found("pungutan liar")).toContain(ids.narrative);
    const id = await innovation("titled", { title: "Pungutan Liar Diberantas", summary: "Saber pungli." });
    const hits = await found("pungutan liar");
    expect(hits.indexOf(id)).toBeLessThan(hits.indexOf(ids.narrative!));
  });

  it("highlights the matched words in a snippet", async () => {
    const { items } = await searchCatalog(db, query({ q: "layanan kesehatan" }), 500);
    const item = items.find((i) => i.id === ids.pelayanan)!;
    expect(item.snippet).toContain("\uE000Pelayanan\uE001");
    expect(item.snippet).toContain("\uE000kesehatan\uE001");
  });

  it("names each card's region, the region of the innovation's OPD", async () => {
    const { items } = await searchCatalog(db, query({}), 500);
    const regions = await db.$queryRaw<{ id: string; name: string }[]>`
      SELECT i.id, r.name FROM "Innovation" i JOIN "Opd" o ON o.id = i."opdId" JOIN "Region" r ON r.id = o."regionId"`;
    const regionOf = new Map(regions.map((r) => [r.id, r.name]));
    expect(new Set(items.map((i) => i.regionName)).size).toBeGreaterThan(1);
    for (const item of items) expect(item.regionName, item.id).toBe(regionOf.get(item.id));
  });

  it("finds after an edit, through the trigger that keeps the search document current", async () => {
    await db.innovation.update({
      where: { id: ids.narrative },
      data: { strategy: "Kemitraan dengan koperasi nelayan Samudrawi" },
    });
    expect(await found("samudrawi")).toEqual([ids.narrative]);
  });
});

describe("only public innovations", () => {
  it("never lists drafts, submitted, returned or private innovations, nor counts them", async () => {
    const result = await searchCatalog(db, query({ q: "xilofon" }), 500);
    expect(result.items.map((i) => i.id)).toEqual([ids.public]);
    expect(result.total).toBe(1);
    expect(result.facets.opd).toEqual([expect.objectContaining({ value: opdId, count: 1 })]);
    const all = await searchCatalog(db, query({ opd: opdId }), 500);
    for (const key of ["draft", "submitted", "returned", "private"])
      expect(all.items.map((i) => i.id)).not.toContain(ids[key]);
  });

  it("follows approval, publication and reclassification at once (the search table's copies, kept by a trigger)", async () => {
    const id = await innovation("later", {
      title: "Inovasi Marimba Tertunda",
      status: "SUBMITTED",
      isPublic: true,
      approvedAt: null,
    });
    expect(await found("marimba")).toEqual([]);
    await db.innovation.update({ where: { id }, data: { status: "APPROVED", approvedAt: new Date() } });
    expect(await found("marimba")).toEqual([id]);
    await db.innovation.update({ where: { id }, data: { jenis: "DIGITAL", tahapan: "UJI_COBA" } });
    const narrowed = await searchCatalog(
      db,
      query({ q: "marimba", jenis: "DIGITAL", tahapan: "UJI_COBA" }),
      500,
    );
    expect(narrowed.items.map((i) => i.id)).toEqual([id]);
    await db.innovation.update({ where: { id }, data: { isPublic: false } });
    expect(await found("marimba")).toEqual([]);
  });

  it("gives no page and no sitemap entry for them", async () => {
    expect(await getPublicInnovation(db, ids.public!)).not.toBeNull();
    for (const key of ["draft", "submitted", "returned", "private"])
      expect(await getPublicInnovation(db, ids[key]!)).toBeNull();
    const sitemap = (await listPublicInnovationsForSitemap(db)).map((r) => r.id);
    expect(sitemap).toContain(ids.public);
    for (const key of ["draft", "submitted", "returned", "private"]) expect(sitemap).not.toContain(ids[key]);
  });

  it("splits the sitemap into files that the index lists, every public innovation page in one of them, once", async () => {
    const locs = (xml: string) =>
      [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const publicIds = (await db.innovation.findMany({ where: PUBLIC_INNOVATION, select: { id: true } })).map(
      (r) => r.id,
    );
    expect(await countPublicInnovations(db)).toBe(publicIds.length);
    // Two pages a file, so this small catalogue needs several.
    const files = Math.ceil(publicIds.length / 2);
    expect(files).toBeGreaterThan(2);
    expect(locs(await sitemapIndexXml(db, 2))).toEqual(
      Array.from({ length: files }, (_, n) => `/sitemap/${n}.xml`),
    );

    // Every region's page, and the page of every OPD with a public innovation, written here by hand in SQL.
    const regionPages = (
      await db.$queryRaw<{ path: string }[]>`
        SELECT '/daerah/' || code AS path FROM "Region"
        UNION
        SELECT DISTINCT '/daerah/' || r.code || '/opd/' || o."shortName" AS path
        FROM "Innovation" i JOIN "Opd" o ON o.id = i."opdId" JOIN "Region" r ON r.id = o."regionId"
        WHERE i.status = 'APPROVED' AND i."isPublic"`
    ).map((r) => r.path);
    expect(regionPages.length).toBeGreaterThan(2);

    const listed: string[] = [];
    for (let n = 0; n < files; n++) {
      const pages = locs((await sitemapFileXml(db, n, 2))!).map((p) => decodeURIComponent(p));
      const fixed = pages.filter((p) => !p.startsWith("/katalog/") && !p.startsWith("/daerah/"));
      expect(fixed, `file ${n}`).toEqual(
        n === 0 ? ["/", "/katalog", "/kompetisi", "/statistik", "/data", "/daerah"] : [],
      );
      expect(pages.filter((p) => p.startsWith("/daerah/")).sort(), `file ${n}`).toEqual(
        n === 0 ? [...regionPages].sort() : [],
      );
      listed.push(...pages.filter((p) => p.startsWith("/katalog/")).map((p) => p.slice("/katalog/".length)));
    }
    expect(listed.sort()).toEqual([...publicIds].sort());
    for (const key of ["draft", "submitted", "returned", "private"]) expect(listed).not.toContain(ids[key]);
    expect(await sitemapFileXml(db, files, 2)).toBeNull();
    expect(escapeXml(`/a?b=1&c=<"'>`)).toBe("/a?b=1&amp;c=&lt;&quot;&apos;&gt;");
  });

  it("serves the sitemap index and its files as XML, and 404 for any other file name", async () => {
    const index = await sitemapIndexRoute.GET();
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const indexXml = await index.text();
    expect(indexXml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    expect(indexXml).toContain("/sitemap/0.xml</loc>");

    const file = (name: string) =>
      sitemapFileRoute.GET(new Request(`http://localhost/sitemap/${name}`), {
        params: Promise.resolve({ file: name }),
      });
    const first = await file("0.xml");
    expect(first.status).toBe(200);
    const xml = await first.text();
    expect(xml).toContain(`/katalog/${ids.public}</loc><lastmod>`);
    expect(xml).not.toContain(ids.draft!);
    for (const name of ["1.xml", "00.xml", "abc.xml", "0.xml.gz", "-1.xml", "999999.xml", "0"])
      expect((await file(name)).status, name).toBe(404);
  });

  it("leaves internal fields and INTERNAL documents out of the public record", async () => {
    const id = ids.public!;
    await db.attachment.createMany({
      data: [
        {
          innovationId: id,
          kind: "SOP",
          visibility: "PUBLIC",
          approvedVisibility: "PUBLIC",
          fileName: "sop-publik.pdf",
          storageKey: newStorageKey(),
          mimeType: "application/pdf",
          sizeBytes: 5,
          sha256: "a".repeat(64),
          uploadedById: authorId,
        },
        {
          innovationId: id,
          kind: "SK",
          visibility: "INTERNAL",
          approvedVisibility: "INTERNAL",
          fileName: "sk-rahasia.pdf",
          storageKey: newStorageKey(),
          mimeType: "application/pdf",
          sizeBytes: 5,
          sha256: "b".repeat(64),
          uploadedById: authorId,
        },
      ],
    });
    await db.replication.create({
      data: {
        sourceInnovationId: id,
        adopterRegionName: "Kota Lain",
        adopterOpdName: "Dinas Lain",
        requesterName: "Peminta Rahasia",
        requesterEmail: "peminta@rahasia.test",
        status: "IMPLEMENTED",
      },
    });
    await db.feedback.createMany({
      data: [
        {
          innovationId: id,
          rating: 4,
          state: "APPROVED",
          ipHash: "h1",
          contact: "warga@rahasia.test",
          name: "Warga Rahasia",
        },
        { innovationId: id, rating: 2, state: "APPROVED", ipHash: "h2" },
        { innovationId: id, rating: 3, state: "PENDING", ipHash: "h3" },
        { innovationId: id, rating: 1, state: "REJECTED", ipHash: "h4" },
      ],
    });
    const page = await getPublicInnovation(db, id);
    const text = JSON.stringify(page);
    expect(page!.attachments.map((a) => a.fileName)).toEqual(["sop-publik.pdf"]);
    for (const secret of [
      "sk-rahasia",
      "987654321",
      "Dana rahasia",
      "peminta@rahasia.test",
      "Peminta Rahasia",
      "warga@rahasia.test",
      "Warga Rahasia",
      authorId,
      "revision",
      "createdById",
      "storageKey",
      "ipHash",
    ]) {
      expect(text).not.toContain(secret);
    }
    // Rating: ratings count at once (pending too); only rejected ones are left out. The replication counts.
    expect(page!.rating).toEqual({ average: 3, count: 3 });
    expect(page!.replications).toHaveLength(1);
    const listed = (await searchCatalog(db, query({ q: "xilofon" }))).items[0]!;
    expect(listed).toMatchObject({ replications: 1, rating: 3, ratingCount: 3 });
  });

  it("serves a PUBLIC document and answers 404 for an INTERNAL one or one of a private innovation", async () => {
    const storage = new LocalDiskStorage(uploadDir);
    const pub = await db.attachment.findFirstOrThrow({
      where: { innovationId: ids.public, visibility: "PUBLIC" },
    });
    const internal = await db.attachment.findFirstOrThrow({
      where: { innovationId: ids.public, visibility: "INTERNAL" },
    });
    await storage.put(pub.storageKey, new TextEncoder().encode("%PDF-"));
    await storage.put(internal.storageKey, new TextEncoder().encode("%PDF-"));
    const get = (attachmentId: string) =>
      route.GET(new Request(`http://x/api/katalog/dokumen/${attachmentId}`), {
        params: Promise.resolve({ attachmentId }),
      });

    const ok = await get(pub.id);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("%PDF-");
    expect(ok.headers.get("content-security-policy")).toBe("sandbox");
    expect((await get(internal.id)).status).toBe(404);
    expect((await get("bukan-id!")).status).toBe(404);

    // A PUBLIC document of an innovation that is not public is not public either.
    const privateDoc = await db.attachment.create({
      data: {
        innovationId: ids.private!,
        kind: "SOP",
        visibility: "PUBLIC",
        approvedVisibility: "PUBLIC",
        fileName: "x.pdf",
        storageKey: newStorageKey(),
        mimeType: "application/pdf",
        sizeBytes: 5,
        sha256: "c".repeat(64),
        uploadedById: authorId,
      },
    });
    await storage.put(privateDoc.storageKey, new TextEncoder().encode("%PDF-"));
    expect((await get(privateDoc.id)).status).toBe(404);
  });
});

describe("facets", () => {
  it("count, for every value, exactly what choosing that value returns", async () => {
    for (const base of [
      {},
      { q: "layanan" },
      { q: "layanan", jenis: "DIGITAL" },
      { tahapan: "PENERAPAN", penghargaan: "ya" },
    ] as Record<string, string>[]) {
      const result = await searchCatalog(db, query(base), 500);
      expect(result.items.length).toBe(Math.min(result.total, 500));
      for (const key of FACET_KEYS) {
        for (const f of result.facets[key]) {
          const chosen = base[key] ? [base[key]!] : [];
          // choosing a value of a facet that has none chosen yet narrows to exactly its count
          if (chosen.length) continue;
          const narrowed = await searchCatalog(db, query({ ...base, [key]: f.value }), 1);
          expect({ key, value: f.value, total: narrowed.total }).toEqual({
            key,
            value: f.value,
            total: f.count,
          });
        }
      }
    }
  });

  it("ignore their own selection, so other values of a chosen facet stay available (OR within, AND across)", async () => {
    const digital = await searchCatalog(db, query({ jenis: "DIGITAL" }), 500);
    const both = await searchCatalog(db, query({ jenis: ["DIGITAL", "NON_DIGITAL"] }), 500);
    const none = await searchCatalog(db, query({}), 500);
    const count = (r: typeof none, v: string) => r.facets.jenis.find((f) => f.value === v)?.count ?? 0;
    expect(count(digital, "NON_DIGITAL")).toBe(count(none, "NON_DIGITAL"));
    expect(digital.total).toBe(count(none, "DIGITAL"));
    expect(both.total).toBe(count(none, "DIGITAL") + count(none, "NON_DIGITAL"));
  });

  it("the demo catalogue has awards, replications, several OPDs, years and SDGs to narrow by", async () => {
    const r = await searchCatalog(db, query({}));
    expect(r.total).toBeGreaterThanOrEqual(30);
    expect(r.facets.opd.length).toBeGreaterThanOrEqual(8);
    expect(r.facets.tahun.length).toBeGreaterThanOrEqual(4);
    expect(r.facets.penghargaan.find((f) => f.value === "ya")!.count).toBeGreaterThanOrEqual(8);
    expect(r.facets.replikasi.find((f) => f.value === "ya")!.count).toBeGreaterThanOrEqual(8);
  });
});

describe("sorting and paging", () => {
  it("pages through every result once, in the same order as one long page, for every sort", async () => {
    for (const urut of ["terbaru", "replikasi", "rating", "relevan"]) {
      const raw = { q: urut === "relevan" ? "layanan" : "", urut };
      const all = (await searchCatalog(db, query(raw), 500)).items.map((i) => i.id);
      const paged: string[] = [];
      for (let page = 1; ; page++) {
        const r = await searchCatalog(db, query({ ...raw, page: String(page) }), 5);
        paged.push(...r.items.map((i) => i.id));
        if (page >= r.pages) break;
      }
      expect(paged).toEqual(all);
      expect(new Set(paged).size).toBe(paged.length);
    }
  });

  it("orders by replications and by rating as asked", async () => {
    const byReplication = (await searchCatalog(db, query({ urut: "replikasi" }), 500)).items.map(
      (i) => i.replications,
    );
    expect(byReplication).toEqual([...byReplication].sort((a, b) => b - a));
    const byRating = (await searchCatalog(db, query({ urut: "rating" }), 500)).items.map(
      (i) => i.rating ?? -1,
    );
    expect(byRating).toEqual([...byRating].sort((a, b) => b - a));
  });

  it("a page past the end is empty but keeps the total", async () => {
    const r = await searchCatalog(db, query({ page: "999" }));
    expect(r.items).toEqual([]);
    expect(r.total).toBeGreaterThan(0);
  });
});
