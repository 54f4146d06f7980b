// The open-data API (/api/v1/…) on a real PostgreSQL, through its route handlers: cursor paging
// that neither skips nor repeats while rows are added, filters that agree with the catalogue,
// nothing that is not public, no internal field in JSON or CSV, ETag/Last-Modified, 429, 400,
// and an OpenAPI document that lists every endpoint. Its own database: it publishes results, which
// are immutable, and fills the rate limit.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { parseCatalogQuery } from "@/lib/catalog/schemas";
import { searchCatalog } from "@/lib/catalog/queries/search";
import { PUBLIC_INNOVATION } from "@/lib/catalog/queries/visibility";
import type { InnovationStatus } from "@/lib/generated/prisma/enums";
import { canonicalJson, sha256Hex } from "@/lib/publication/rules/canonical";
import { CSV_HEADER, DETAIL_KEYS, LIST_ITEM_KEYS } from "@/lib/opendata/queries";
import { newStorageKey } from "@/lib/storage";
import { seed } from "@/prisma/seed";
import * as listRoute from "@/app/api/v1/inovasi/route";
import * as oneRoute from "@/app/api/v1/inovasi/[id]/route";
import * as csvRoute from "@/app/api/v1/inovasi.csv/route";
import * as competitionsRoute from "@/app/api/v1/kompetisi/route";
import * as openapiRoute from "@/app/api/v1/openapi.json/route";
import { createDatabase, dropDatabase } from "./db";

vi.mock("next/headers", () => ({
  headers: () => Promise.resolve(new Headers({ "x-request-id": "opendata-test" })),
  cookies: () => Promise.resolve({ get: () => undefined }),
}));

let db: Db;
let dbName: string;
let regionId: string;
let opdId: string;
let authorId: string;
const ids: Record<string, string> = {};
let ipCounter = 0;

/** Each call from its own IP unless one is given, so the rate limit only bites where a test wants it. */
function req(path: string, headers: Record<string, string> = {}) {
  return new Request(`http://localhost${path}`, {
    headers: { "x-forwarded-for": `10.0.${Math.floor(ipCounter / 250)}.${ipCounter++ % 250}`, ...headers },
  });
}
const list = (qs: string, headers?: Record<string, string>) =>
  listRoute.GET(req(`/api/v1/inovasi?${qs}`, headers));
const one = (id: string, headers?: Record<string, string>) =>
  oneRoute.GET(req(`/api/v1/inovasi/${id}`, headers), { params: Promise.resolve({ id }) });

type Page = { data: Record<string, unknown>[]; next_cursor: string | null; count: number };

/** Every id of a filtered list, page after page; `between` runs after each page. */
async function pageThrough(qs: string, limit: number, between?: (pageNo: number) => Promise<void>) {
  const seen: string[] = [];
  let cursor: string | null = null;
  let pageNo = 0;
  do {
    const res = await list(`${qs}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    expect(res.status).toBe(200);
    const page = (await res.json()) as Page;
    expect(page.data.length).toBeLessThanOrEqual(limit);
    seen.push(...page.data.map((i) => i.id as string));
    cursor = page.next_cursor;
    await between?.(++pageNo);
  } while (cursor);
  return seen;
}

async function innovation(
  key: string,
  data: { title: string; status?: InnovationStatus; isPublic?: boolean; [k: string]: unknown },
) {
  const row = await db.innovation.create({
    data: {
      regionId,
      opdId,
      year: 2019,
      status: "APPROVED",
      isPublic: true,
      approvedAt: new Date("2020-01-01T00:00:00Z"),
      createdById: authorId,
      updatedById: authorId,
      ...data,
    },
    select: { id: true },
  });
  ids[key] = row.id;
  return row.id;
}

const SECRETS = [
  "sk-rahasia",
  "987654321",
  "Dana rahasia",
  "peminta@rahasia.test",
  "Peminta Rahasia",
  "warga@rahasia.test",
  "Warga Rahasia",
  "Zither Konsep",
  "Zither Diajukan",
  "Zither Internal",
];
const INTERNAL_KEYS = [
  "createdById",
  "updatedById",
  "revision",
  "budgetAmount",
  "budgetSource",
  "storageKey",
  "sha256",
  "ipHash",
  "contact",
  "requesterEmail",
  "status",
  "isPublic",
  "regionId",
];

beforeAll(async () => {
  const created = await createDatabase("inovasi_od");
  dbName = created.name;
  await migrate(created.url);
  vi.stubEnv("DATABASE_URL", created.url);
  vi.stubEnv("NEXTAUTH_SECRET", "o".repeat(40));
  delete (globalThis as { __db?: unknown }).__db;
  db = createPrismaClient(created.url, 2);
  ({ regionId } = await seed(db));
  authorId = (
    await db.user.findUniqueOrThrow({ where: { email: "admin@inovasi.test" }, select: { id: true } })
  ).id;
  opdId = (
    await db.opd.create({
      data: { regionId, name: "Badan Uji Data Terbuka", shortName: `UJI-DT-${Date.now()}`, kind: "BADAN" },
      select: { id: true },
    })
  ).id;

  await innovation("digital", {
    title: "Zither Publik Digital",
    jenis: "DIGITAL",
    tahapan: "PENERAPAN",
    sdgs: [3, 4],
    budgetAmount: 987654321,
    budgetSource: "Dana rahasia XQZ",
  });
  await innovation("nondigital", {
    title: "Zither Publik Manual",
    jenis: "NON_DIGITAL",
    tahapan: "UJI_COBA",
    sdgs: [4],
    year: 2021,
  });
  await innovation("draft", { title: "Zither Konsep", status: "DRAFT", approvedAt: null });
  await innovation("submitted", { title: "Zither Diajukan", status: "SUBMITTED", approvedAt: null });
  await innovation("private", { title: "Zither Internal", isPublic: false });
  for (let n = 0; n < 7; n++)
    await innovation(`extra${n}`, {
      title: `Zither Tambahan ${n}`,
      year: 2018 + (n % 3),
      jenis: n % 2 ? "DIGITAL" : "NON_DIGITAL",
    });

  const id = ids.digital!;
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
  await db.feedback.create({
    data: {
      innovationId: id,
      rating: 4,
      state: "APPROVED",
      ipHash: "h1",
      contact: "warga@rahasia.test",
      name: "Warga Rahasia",
    },
  });
});

afterAll(async () => {
  await db?.$disconnect();
  await (globalThis as { __db?: Db }).__db?.$disconnect();
  if (dbName) await dropDatabase(dbName);
  vi.unstubAllEnvs();
});

describe("cursor paging", () => {
  it("returns every public innovation exactly once, and stays stable when rows are added mid-way", async () => {
    const expected = (await db.innovation.findMany({ where: PUBLIC_INNOVATION, select: { id: true } })).map(
      (r) => r.id,
    );
    expect(expected.length).toBeGreaterThan(9);
    const seen = await pageThrough("", 4);
    expect(seen).toHaveLength(expected.length);
    expect(new Set(seen)).toEqual(new Set(expected));

    // Mid-way, one row sorts before the cursor and one after it: no existing row is skipped or repeated.
    const before = `a${"0".repeat(24)}`;
    const after = `z${"z".repeat(24)}`;
    const again = await pageThrough("", 4, async (pageNo) => {
      if (pageNo !== 2) return;
      await innovation("before", { id: before, title: "Zither Sisipan Awal" });
      await innovation("after", { id: after, title: "Zither Sisipan Akhir" });
    });
    expect(new Set(again).size).toBe(again.length);
    for (const id of expected) expect(again.filter((x) => x === id)).toHaveLength(1);
    expect(again).toContain(after);
    expect(again).not.toContain(before);
    expect(again).toEqual([...again].sort());
  });

  it("answers 400 with a JSON problem for a bad limit, cursor, facet value or a control character in q", async () => {
    for (const qs of [
      "limit=0",
      "limit=101",
      "limit=abc",
      "cursor=bukan-kursor",
      "jenis=ANALOG",
      "sdg=99",
      "opd=DROP%20TABLE",
      "q=posyandu%00",
      "q=%EF%BF%BDsehat",
      "q=sehat%7F",
    ]) {
      const res = await list(qs);
      expect(res.status, qs).toBe(400);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      const body = (await res.json()) as { status: number; errors: { param: string }[] };
      expect(body.status).toBe(400);
      expect(body.errors.length).toBeGreaterThan(0);
    }
    const res = await list("limit=100");
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("cache-control")).toBe("public, max-age=60");
  });
});

describe("filters", () => {
  it("return what the catalogue returns for the same facets, with the same count", async () => {
    const cases: Record<string, string | string[]>[] = [
      { opd: "OPD" },
      { opd: "OPD", jenis: "DIGITAL" },
      { opd: "OPD", tahun: ["2019", "2021"] },
      { sdg: "4", tahapan: ["PENERAPAN", "UJI_COBA"] },
      { replikasi: "ya" },
      { q: "zither", jenis: "NON_DIGITAL" },
      { jenis: "DIGITAL", penghargaan: "tidak" },
    ];
    for (const raw of cases) {
      const filled = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v === "OPD" ? opdId : v]));
      const qs = new URLSearchParams(
        Object.entries(filled).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, x])),
      ).toString();
      const catalog = await searchCatalog(db, parseCatalogQuery(filled).query, 1000);
      const seen = await pageThrough(qs, 3);
      expect(new Set(seen), qs).toEqual(new Set(catalog.items.map((i) => i.id)));
      const first = (await (await list(`${qs}&limit=1`)).json()) as Page;
      expect(first.count, qs).toBe(catalog.total);
    }
    const digital = (await (await list(`opd=${opdId}&jenis=DIGITAL&limit=100`)).json()) as Page;
    expect(digital.data.every((i) => i.jenis === "DIGITAL")).toBe(true);
  });
});

describe("list items", () => {
  it("show each innovation's counted replications and its rating without rejected feedback, as the catalogue does", async () => {
    const id = ids.digital!;
    // Neither may count: a replication only requested, a rating the OPD rejected.
    await db.replication.create({
      data: {
        sourceInnovationId: id,
        adopterRegionName: "Kota Ketiga",
        adopterOpdName: "Dinas Ketiga",
        requesterName: "Peminta Rahasia",
        requesterEmail: "peminta@rahasia.test",
        status: "REQUESTED",
      },
    });
    await db.feedback.create({ data: { innovationId: id, rating: 1, state: "REJECTED", ipHash: "h2" } });

    const page = (await (await list(`opd=${opdId}&limit=100`)).json()) as Page;
    const item = (key: string) => page.data.find((i) => i.id === ids[key]);
    expect(item("digital")).toMatchObject({ replications: 1, rating: 4, ratingCount: 1 });
    expect(item("nondigital")).toMatchObject({ replications: 0, rating: null, ratingCount: 0 });
    const catalog = await searchCatalog(db, parseCatalogQuery({ opd: opdId }).query, 1000);
    expect(page.data.map((i) => [i.id, i.replications, i.rating, i.ratingCount]).sort()).toEqual(
      catalog.items.map((i) => [i.id, i.replications, i.rating, i.ratingCount]).sort(),
    );
  });
});

describe("only public data", () => {
  it("never shows drafts, submitted or private innovations in the list, one record or the CSV", async () => {
    const all = await pageThrough(`opd=${opdId}`, 100);
    for (const key of ["draft", "submitted", "private"]) {
      expect(all).not.toContain(ids[key]);
      expect((await one(ids[key]!)).status).toBe(404);
    }
    expect((await one(ids.digital!)).status).toBe(200);
    expect((await one("bukan-id!")).status).toBe(404);
    const csv = await (await csvRoute.GET(req("/api/v1/inovasi.csv"))).text();
    for (const key of ["draft", "submitted", "private"]) expect(csv).not.toContain(ids[key]);
    expect(csv).toContain(ids.digital);
  });

  it("puts only allow-listed keys in the JSON and no internal field, document or contact anywhere", async () => {
    const page = (await (await list(`opd=${opdId}&limit=100`)).json()) as Page;
    for (const item of page.data) expect(Object.keys(item).sort()).toEqual([...LIST_ITEM_KEYS].sort());
    expect(Object.keys(page).sort()).toEqual(["count", "data", "next_cursor"]);

    const res = await one(ids.digital!);
    const text = await res.clone().text();
    const { data } = (await res.json()) as {
      data: Record<string, unknown> & { documents: { fileName: string; url: string; id: string }[] };
    };
    for (const k of Object.keys(data)) expect(DETAIL_KEYS as readonly string[]).toContain(k);
    expect(data.documents.map((d) => d.fileName)).toEqual(["sop-publik.pdf"]);
    expect(data.documents[0]!.url).toBe(`/api/katalog/dokumen/${data.documents[0]!.id}`);
    const internalDoc = await db.attachment.findFirstOrThrow({
      where: { innovationId: ids.digital, visibility: "INTERNAL" },
    });
    for (const body of [text, JSON.stringify(page)]) {
      for (const secret of [...SECRETS, authorId, internalDoc.id, internalDoc.storageKey])
        expect(body).not.toContain(secret);
      for (const key of INTERNAL_KEYS) expect(body).not.toContain(`"${key}"`);
    }
  });

  it("exports the whole catalogue as CSV with a BOM, the public header and no internal value", async () => {
    const res = await csvRoute.GET(req("/api/v1/inovasi.csv"));
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(CSV_HEADER.join(","));
    const count = await db.innovation.count({ where: PUBLIC_INNOVATION });
    expect(lines).toHaveLength(count + 1);
    for (const secret of [...SECRETS, authorId]) expect(text).not.toContain(secret);
    // No award, one counted replication.
    expect(lines.find((l) => l.startsWith(`${ids.digital},`))).toContain(",3 4,tidak,1,");
  });

  it("names each innovation's region, its OPD's, in the list and in the CSV", async () => {
    const regions = await db.$queryRaw<{ id: string; code: string; name: string }[]>`
      SELECT i.id, r.code, r.name FROM "Innovation" i JOIN "Opd" o ON o.id = i."opdId" JOIN "Region" r ON r.id = o."regionId"`;
    const regionOf = new Map(regions.map((r) => [r.id, { code: r.code, name: r.name }]));
    const page = (await (await list(`limit=100`)).json()) as Page;
    expect(page.data.length).toBeGreaterThan(0);
    for (const item of page.data) expect(item.region, String(item.id)).toEqual(regionOf.get(String(item.id)));

    const lines = (await (await csvRoute.GET(req("/api/v1/inovasi.csv"))).text()).split("\r\n");
    expect(lines[0]).toMatch(/,kode_daerah,daerah$/);
    const { code, name } = regionOf.get(ids.digital!)!;
    expect(lines.find((l) => l.startsWith(`${ids.digital},`))).toMatch(new RegExp(`,${code},${name}$`));
  });

  it("writes the CSV in batches of a keyset, each public row once", async () => {
    const { catalogueRows } = await import("@/lib/opendata/queries");
    const seen: string[] = [];
    let batches = 0;
    for await (const rows of catalogueRows(db, { batch: 5 })) {
      batches++;
      expect(rows.length).toBeLessThanOrEqual(5);
      seen.push(...rows.map((r) => r[0] as string));
    }
    const count = await db.innovation.count({ where: PUBLIC_INNOVATION });
    expect(seen).toHaveLength(count);
    expect(new Set(seen).size).toBe(count);
    expect(batches).toBe(Math.ceil(count / 5));
  });
});

describe("HTTP caching and limits", () => {
  it("answers 304 to a matching If-None-Match or If-Modified-Since, and 200 with a new ETag after a change", async () => {
    const qs = `opd=${opdId}&limit=100`;
    const first = await list(qs);
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(new Date(lastModified).getTime()).not.toBeNaN();

    const cached = await list(qs, { "If-None-Match": etag });
    expect(cached.status).toBe(304);
    expect(await cached.text()).toBe("");
    expect((await list(qs, { "If-Modified-Since": lastModified })).status).toBe(304);
    expect((await list(qs, { "If-None-Match": 'W/"other"' })).status).toBe(200);

    await new Promise((r) => setTimeout(r, 1100));
    await db.innovation.update({ where: { id: ids.nondigital }, data: { summary: "Ringkasan baru." } });
    const changed = await list(qs, { "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect((await list(qs, { "If-Modified-Since": lastModified })).status).toBe(200);

    const record = await one(ids.digital!);
    expect((await one(ids.digital!, { "If-None-Match": record.headers.get("etag")! })).status).toBe(304);
  });

  it("answers 429 with Retry-After after 120 requests a minute from one IP, and counts IPs apart", async () => {
    const ip = { "x-forwarded-for": "203.0.113.77" };
    for (let n = 0; n < 120; n++)
      expect((await competitionsRoute.GET(req("/api/v1/kompetisi", ip))).status).toBe(200);
    const limited = await competitionsRoute.GET(req("/api/v1/kompetisi", ip));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(limited.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect((await list("limit=1", ip)).status).toBe(429);
    expect(
      (await competitionsRoute.GET(req("/api/v1/kompetisi", { "x-forwarded-for": "203.0.113.78" }))).status,
    ).toBe(200);
    // A client cannot escape the limit by writing its own X-Forwarded-For: the proxy's entry (the last) counts.
    const forged = { "x-forwarded-for": "198.51.100.1, 203.0.113.77" };
    expect((await competitionsRoute.GET(req("/api/v1/kompetisi", forged))).status).toBe(429);
  });
});

describe("published competitions", () => {
  it("lists competitions with a publication, with its hash and results URL, and never a draft one", async () => {
    const make = async (name: string, status: "PUBLISHED" | "DRAFT") => {
      const c = await db.competition.create({
        data: { regionId, name, year: 2031, status, passingGrade: 60, shortlistSize: 5 },
        select: { id: true },
      });
      const content = { competition: name, winners: [] };
      await db.publication.create({
        data: {
          competitionId: c.id,
          number: 1,
          content,
          contentHash: sha256Hex(canonicalJson(content)),
          publishedById: authorId,
        },
      });
      return c.id;
    };
    const published = await make("Kompetisi Terbuka Uji", "PUBLISHED");
    const draft = await make("Kompetisi Konsep Uji", "DRAFT");
    const res = await competitionsRoute.GET(req("/api/v1/kompetisi"));
    const { data } = (await res.json()) as {
      data: { id: string; contentHash: string; resultsUrl: string; publishedAt: string }[];
    };
    const found = data.find((c) => c.id === published)!;
    expect(found.contentHash).toBe(
      sha256Hex(canonicalJson({ competition: "Kompetisi Terbuka Uji", winners: [] })),
    );
    expect(found.resultsUrl).toBe(`/api/publik/kompetisi/${published}/hasil`);
    expect(data.map((c) => c.id)).not.toContain(draft);
    expect(res.headers.get("last-modified")).toBeTruthy();
  });
});

describe("OpenAPI document", () => {
  it("parses as OpenAPI 3.1 and lists every endpoint with its parameters", async () => {
    const res = openapiRoute.GET();
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, { get: { parameters?: { name: string }[] } }>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/v1/inovasi",
      "/api/v1/inovasi.csv",
      "/api/v1/inovasi/{id}",
      "/api/v1/kompetisi",
      "/api/v1/openapi.json",
    ]);
    const names = doc.paths["/api/v1/inovasi"]!.get.parameters!.map((p) => p.name);
    for (const p of [
      "q",
      "opd",
      "urusan",
      "bentuk",
      "jenis",
      "tahapan",
      "sdg",
      "tahun",
      "penghargaan",
      "replikasi",
      "limit",
      "cursor",
    ])
      expect(names).toContain(p);
  });
});
