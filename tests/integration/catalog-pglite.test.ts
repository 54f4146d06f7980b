// The catalogue-search migration must also hold on the embedded database (PGlite, PostgreSQL 18
// in WebAssembly, with pg_trgm and unaccent loaded as contrib extensions): migrate, seed, search.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCatalogQuery } from "@/lib/catalog/schemas";
import { searchCatalog } from "@/lib/catalog/queries/search";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { seed } from "@/prisma/seed";

let embedded: EmbeddedDatabase;
let db: Db;
beforeAll(async () => {
  embedded = await startEmbeddedDatabase("memory://");
  await migrate(embedded.url);
  db = createPrismaClient(embedded.url, 1);
  await seed(db);
});
afterAll(async () => {
  await db?.$disconnect();
  await embedded?.stop();
});

describe("catalogue search on PGlite", () => {
  it("applies the migration and searches with stemming, spelling variants and typos", async () => {
    const search = async (q: string) =>
      (await searchCatalog(db, parseCatalogQuery({ q }).query, 100)).items.map((i) => i.title);
    expect(await search("perijinan berusaha")).toContain("SiCepat Izin: Perizinan Berusaha Satu Hari");
    expect(await search("layanan kesehatan ibu")).toContain("Pelayanan Kesehatan Ibu dan Anak Terpadu");
    expect(await search("bank sampah digitall")).toContain("Bank Sampah Digital");
    const all = await searchCatalog(db, parseCatalogQuery({}).query);
    expect(all.total).toBeGreaterThanOrEqual(30);
    expect(all.facets.opd.reduce((n, f) => n + f.count, 0)).toBe(all.total);
  });
});
