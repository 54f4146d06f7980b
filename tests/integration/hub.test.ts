// A province's Hub JIPP over the seeded demo: Provinsi Jawa Tengah with Kabupaten Lestari Jaya and Kota Harapan Baru
// under it. The hub's roll-up figures are checked against SQL written here by hand, region by region; the hub reads
// and compares but changes only what is its own (the regions under it and their first admins); a region's published
// winner is sent on to the province's competition with its lineage.
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { findReadable } from "@/lib/innovations/queries";
import { entryLineage, nominationOptions } from "@/lib/competitions/queries/nominations";
import { nominateWinner } from "@/lib/competitions/service/nominations";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { hubOverview, hubRegionDetail, hubRegions } from "@/lib/hub/queries";
import { addRegion, addRegionAdmin } from "@/lib/hub/service";
import { yearIn } from "@/lib/time/zones";
import { CITY_COMPETITION, PROVINCE_COMPETITION } from "@/prisma/demo-hub";
import { contextOf, sideEffectsFrom, type SideEffects } from "./fixtures";

const suffix = Date.now().toString(36);
let db: Db;
let sideEffects: SideEffects;
let hub: ActionContext;
let adminKab: ActionContext;
let adminKota: ActionContext;
let operatorKab: ActionContext;
let otherHub: ActionContext;
let ids: { province: string; kab: string; kota: string };
let otherProvince = "";
let otherRegion = "";
const replications: string[] = [];
const entries: string[] = [];

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  sideEffects = await sideEffectsFrom(db);
  [hub, adminKab, adminKota, operatorKab] = await Promise.all([
    contextOf(db, "hub@inovasi.test"),
    contextOf(db, "admin@inovasi.test"),
    contextOf(db, "admin.kota@inovasi.test"),
    contextOf(db, "operator.dinkes@inovasi.test"),
  ]);
  ids = { province: hub.user.regionId, kab: adminKab.user.regionId, kota: adminKota.user.regionId };
  // Another province with a region of its own and its own hub.
  const p = await db.region.create({
    data: { code: `P${suffix}`.slice(0, 10), name: "Provinsi Seberang", kind: "PROVINSI" },
  });
  otherProvince = p.id;
  otherRegion = (
    await db.region.create({
      data: {
        code: `R${suffix}`.slice(0, 10),
        name: "Kabupaten Seberang",
        kind: "KABUPATEN",
        parentId: p.id,
      },
    })
  ).id;
  const u = await db.user.create({
    data: { regionId: p.id, email: `hub.${suffix}@hub.test`, name: "Hub Seberang", role: "HUB_ADMIN" },
  });
  otherHub = await contextOf(db, u.email);
  // Replications across the hub: one agreed from the city to the kabupaten, one refused (not counted).
  const [kotaInnovation, kabInnovation] = await Promise.all([
    db.innovation.findFirstOrThrow({
      where: { regionId: ids.kota, status: "APPROVED" },
      select: { id: true },
    }),
    db.innovation.findFirstOrThrow({
      where: { regionId: ids.kab, status: "APPROVED" },
      select: { id: true },
    }),
  ]);
  for (const [source, status] of [
    [kotaInnovation.id, "AGREED"],
    [kabInnovation.id, "REJECTED"],
  ] as const) {
    const r = await db.replication.create({
      data: {
        sourceInnovationId: source,
        adopterRegionId: source === kotaInnovation.id ? ids.kab : ids.kota,
        adopterRegionName: "x",
        adopterOpdName: "Dinas Kesehatan",
        requesterName: "Peminta",
        requesterEmail: `peminta.${suffix}@hub.test`,
        status,
      },
    });
    replications.push(r.id);
  }
});

afterAll(async () => {
  await db.entry.deleteMany({ where: { id: { in: entries } } });
  await db.replication.deleteMany({ where: { id: { in: replications } } });
  await db.user.deleteMany({ where: { email: { endsWith: `${suffix}@hub.test` } } });
  await db.region.deleteMany({
    where: { parentId: { in: [otherProvince, ids.province] }, code: { startsWith: "9" } },
  });
  await db.region.deleteMany({ where: { id: otherRegion } });
  await db.region.deleteMany({ where: { id: otherProvince } });
  await sideEffects.remove();
  await db.$disconnect();
});

/** Each figure of one region, by hand. */
async function byHand(regionId: string, year: number) {
  const [row] = await db.$queryRaw<
    {
      innovations: number;
      this_year: number;
      digital: number;
      replications: number;
      winners: number;
      active_opds: number;
      met: number;
    }[]
  >`
    SELECT
      (SELECT count(*)::int FROM "Innovation" WHERE "regionId" = ${regionId} AND status = 'APPROVED') AS innovations,
      (SELECT count(*)::int FROM "Innovation"
        WHERE "regionId" = ${regionId} AND status = 'APPROVED' AND year = ${year}) AS this_year,
      (SELECT count(*)::int FROM "Innovation"
        WHERE "regionId" = ${regionId} AND status = 'APPROVED' AND jenis = 'DIGITAL') AS digital,
      (SELECT count(*)::int FROM "Replication" r
        WHERE r.status <> 'REJECTED' AND (r."adopterRegionId" = ${regionId}
          OR r."sourceInnovationId" IN (SELECT id FROM "Innovation" WHERE "regionId" = ${regionId}))) AS replications,
      (SELECT count(*)::int FROM "Entry" e JOIN "Competition" c ON c.id = e."competitionId"
        WHERE c."regionId" = ${regionId} AND e.status = 'WINNER'
          AND c.id IN (SELECT "competitionId" FROM "Publication" WHERE "supersededAt" IS NULL)) AS winners,
      (SELECT count(*)::int FROM "Opd" WHERE "regionId" = ${regionId} AND active) AS active_opds,
      -- An active OPD met the year with an approval dated in it (WIB, UTC+7: every demo region's zone), an approved
      -- record from before the workflow implemented in it, or a winner of the region's published competition of it.
      (SELECT count(*)::int FROM "Opd" o WHERE o."regionId" = ${regionId} AND o.active AND (
        EXISTS (SELECT 1 FROM "InnovationVersion" v JOIN "Innovation" i ON i.id = v."innovationId"
                WHERE i."opdId" = o.id AND v.status = 'APPROVED'
                  AND date_part('year', v."decidedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Jakarta') = ${year})
        OR EXISTS (SELECT 1 FROM "Innovation" i WHERE i."opdId" = o.id
                   AND date_part('year', i."approvedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Jakarta') = ${year})
        OR EXISTS (SELECT 1 FROM "Innovation" i WHERE i."opdId" = o.id AND i.status = 'APPROVED'
                   AND i."approvedAt" IS NULL AND date_part('year', i."implementedDate") = ${year}
                   AND NOT EXISTS (SELECT 1 FROM "InnovationVersion" v WHERE v."innovationId" = i.id
                                   AND v.status = 'APPROVED' AND v."decidedAt" IS NOT NULL))
        OR EXISTS (SELECT 1 FROM "Entry" e JOIN "Competition" c ON c.id = e."competitionId"
                   JOIN "Innovation" i ON i.id = e."innovationId"
                   WHERE i."opdId" = o.id AND c."regionId" = o."regionId" AND e.status = 'WINNER' AND c.year = ${year}
                     AND c.id IN (SELECT "competitionId" FROM "Publication" WHERE "supersededAt" IS NULL))
      )) AS met`;
  return row!;
}

describe("the hub's comparison", () => {
  it("lists the province first, then the regions under it, and nobody else's", async () => {
    const regions = await hubRegions(db, hub.user);
    expect(regions.map((r) => r.id)).toEqual([
      ids.province,
      ...[ids.kab, ids.kota].sort((a, b) => {
        const name = (id: string) => regions.find((r) => r.id === id)!.name;
        return name(a).localeCompare(name(b));
      }),
    ]);
    expect(regions[0]!.own).toBe(true);
    expect(regions.map((r) => r.id)).not.toContain(otherRegion);
    expect((await hubRegions(db, otherHub.user)).map((r) => r.id).sort()).toEqual(
      [otherProvince, otherRegion].sort(),
    );
  });

  it("computes every region's figures as SQL written by hand does", async () => {
    const year = yearIn(new Date(), "WIB");
    const { rows } = await hubOverview(db, hub.user);
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      const hand = await byHand(row.id, year);
      expect(row.innovations, row.name).toBe(hand.innovations);
      expect(row.innovationsThisYear, row.name).toBe(hand.this_year);
      expect(row.digitalShare, row.name).toBe(hand.innovations ? hand.digital / hand.innovations : null);
      expect(row.replications, row.name).toBe(hand.replications);
      expect(row.winners, row.name).toBe(hand.winners);
      expect(row.compliance, row.name).toEqual({
        met: hand.met,
        total: hand.active_opds,
        rate: hand.active_opds ? hand.met / hand.active_opds : 0,
      });
    }
    // The demo's figures are not all zero: the comparison compares something.
    const kota = rows.find((r) => r.id === ids.kota)!;
    expect(kota.winners).toBeGreaterThan(0);
    expect(kota.replications).toBe(1);
    expect(rows.find((r) => r.id === ids.kab)!.innovations).toBeGreaterThan(kota.innovations);
  });

  it("counts approved innovations per year and region, as the rows do", async () => {
    const { rows, perYear } = await hubOverview(db, hub.user);
    for (const row of rows) {
      expect(perYear.reduce((n, y) => n + (y.counts[row.id] ?? 0), 0)).toBe(row.innovations);
    }
  });

  it("answers nothing to anyone but a hub, and another province's hub nothing of this one", async () => {
    for (const who of [adminKab, adminKota, operatorKab]) {
      expect((await hubOverview(db, who.user)).rows).toEqual([]);
      expect(await hubRegionDetail(db, who.user, "3399")).toBeNull();
    }
    const other = await hubOverview(db, otherHub.user);
    expect(other.rows.map((r) => r.id)).not.toContain(ids.kab);
    expect(await hubRegionDetail(db, otherHub.user, "3399")).toBeNull();
  });

  it("opens a region's competitions and secretariat accounts, and lets the hub manage only those under it", async () => {
    const kab = await hubRegionDetail(db, hub.user, "3399");
    expect(kab?.manageable).toBe(true);
    expect(kab?.users.map((u) => u.email)).toContain("admin@inovasi.test");
    expect(kab?.users.every((u) => u.role === "ADMIN" || u.role === "HUB_ADMIN")).toBe(true);
    // Its innovations past the draft: the region's own OPDs', none of anyone else's.
    expect(kab?._count.innovations).toBe(
      await db.innovation.count({ where: { regionId: ids.kab, status: { not: "DRAFT" } } }),
    );
    const shown = await db.innovation.findMany({
      where: { id: { in: kab!.innovations.map((i) => i.id) } },
      select: { regionId: true, status: true },
    });
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((i) => i.regionId === ids.kab && i.status !== "DRAFT")).toBe(true);
    const kota = await hubRegionDetail(db, hub.user, "3398");
    const year = kota!.competitions.find((c) => c.name.startsWith("Lomba Inovasi Kota"))!.year;
    expect(kota?.competitions.find((c) => c.name === CITY_COMPETITION(year))?.publications).toHaveLength(1);
    expect((await hubRegionDetail(db, hub.user, "33"))?.manageable).toBe(false);
  });
});

describe("what the hub changes", () => {
  it("adds a region's secretariat account with a setup link, only to a region under it", async () => {
    const made = await addRegionAdmin(db, hub, {
      regionId: ids.kota,
      name: "Admin Kedua Kota",
      email: `admin2.${suffix}@hub.test`,
      nip: null,
    });
    const user = await db.user.findUniqueOrThrow({
      where: { id: made.id },
      select: { regionId: true, role: true, passwordHash: true },
    });
    expect(user).toMatchObject({ regionId: ids.kota, role: "ADMIN", passwordHash: null });
    expect(made.token).toMatch(/.{20,}/);
    expect(await db.auditLog.count({ where: { action: "hub.addAdmin", entityId: made.id } })).toBe(1);

    const input = (regionId: string, n: number) => ({
      regionId,
      name: "Penyusup",
      email: `penyusup${n}.${suffix}@hub.test`,
      nip: null,
    });
    // The province's own region (its accounts are its secretariat's), another hub's region, and a non-hub.
    await expect(addRegionAdmin(db, hub, input(ids.province, 1))).rejects.toThrow("errors.notFound");
    await expect(addRegionAdmin(db, hub, input(otherRegion, 2))).rejects.toThrow("errors.notFound");
    await expect(addRegionAdmin(db, otherHub, input(ids.kab, 3))).rejects.toThrow("errors.notFound");
    await expect(addRegionAdmin(db, adminKab, input(ids.kab, 4))).rejects.toThrow("errors.forbidden");
    expect(await db.user.count({ where: { email: { startsWith: "penyusup" } } })).toBe(0);
  });

  it("adds a kabupaten/kota under its own province, and refuses a code taken", async () => {
    const { id } = await addRegion(db, hub, {
      name: "Kabupaten Baru",
      kind: "KABUPATEN",
      code: "9901",
      timeZone: "WIB",
    });
    expect(await db.region.findUniqueOrThrow({ where: { id } })).toMatchObject({
      parentId: ids.province,
      kind: "KABUPATEN",
      province: "Jawa Tengah",
    });
    await expect(
      addRegion(db, hub, { name: "Kabupaten Kembar", kind: "KABUPATEN", code: "9901", timeZone: "WIB" }),
    ).rejects.toThrow("install.duplicateCode");
    await expect(
      addRegion(db, adminKab, { name: "Kabupaten Lain", kind: "KOTA", code: "9902", timeZone: "WIB" }),
    ).rejects.toThrow("errors.forbidden");
    await db.region.delete({ where: { id } });
  });
});

describe("a region's winner sent on to the province", () => {
  it("sends a published winner with its lineage, once, and the province reads it as its own entry", async () => {
    const city = await db.competition.findFirstOrThrow({
      where: { regionId: ids.kota, name: { startsWith: "Lomba Inovasi Kota" } },
      select: { id: true },
    });
    const options = await nominationOptions(db, adminKota.user, city.id);
    const province = options.targets.find((t) => t.name.startsWith(PROVINCE_COMPETITION(0).slice(0, -2)));
    expect(province).toBeDefined();
    // The seed sent the first winner already; the next one goes now.
    const next = options.winners.find((w) => w.sentOn.length === 0)!;
    expect(options.winners.some((w) => w.sentOn.length === 1)).toBe(true);
    const category = province!.categories[0]!.id;
    const { id } = await nominateWinner(db, adminKota, {
      entryId: next.id,
      competitionId: province!.id,
      categoryId: category,
    });
    entries.push(id);
    const [made, source] = await Promise.all([
      db.entry.findUniqueOrThrow({ where: { id } }),
      db.entry.findUniqueOrThrow({ where: { id: next.id } }),
    ]);
    expect(made).toMatchObject({
      competitionId: province!.id,
      sourceEntryId: next.id,
      innovationId: source.innovationId,
      versionId: source.versionId,
      status: "REGISTERED",
    });
    await expect(
      nominateWinner(db, adminKota, { entryId: next.id, competitionId: province!.id, categoryId: category }),
    ).rejects.toThrow("hub.nominate.already");
    // The province's secretariat reads the entry, its innovation and where it came from.
    const lineage = await entryLineage(db, hub.user, province!.id);
    expect(lineage.get(id)).toEqual({
      competition: expect.stringContaining("Kota Harapan Baru"),
      region: "Kota Harapan Baru",
    });
    expect(await findReadable(db, hub.user, source.innovationId, { id: true })).toEqual({
      id: source.innovationId,
    });
    // Nobody else learns of it.
    expect((await entryLineage(db, adminKab.user, province!.id)).size).toBe(0);
  });

  it("refuses a non-winner, another region's winner, a category of another competition, and a closed registration", async () => {
    const city = await db.competition.findFirstOrThrow({
      where: { regionId: ids.kota, name: { startsWith: "Lomba Inovasi Kota" } },
      select: { id: true, entries: { select: { id: true, status: true } } },
    });
    const province = await db.competition.findFirstOrThrow({
      where: { regionId: ids.province },
      select: { id: true, categories: { select: { id: true } } },
    });
    const winner = city.entries.find((e) => e.status === "WINNER")!;
    const loser = city.entries.find((e) => e.status !== "WINNER")!;
    const to = { competitionId: province.id, categoryId: province.categories[0]!.id };
    await expect(nominateWinner(db, adminKota, { entryId: loser.id, ...to })).rejects.toThrow(
      "errors.notFound",
    );
    await expect(nominateWinner(db, adminKab, { entryId: winner.id, ...to })).rejects.toThrow(
      "errors.notFound",
    );
    await expect(nominateWinner(db, hub, { entryId: winner.id, ...to })).rejects.toThrow("errors.forbidden");
    const otherCategory = await db.competitionCategory.findFirstOrThrow({
      where: { competition: { regionId: ids.kab } },
      select: { id: true },
    });
    await expect(
      nominateWinner(db, adminKota, {
        entryId: winner.id,
        competitionId: province.id,
        categoryId: otherCategory.id,
      }),
    ).rejects.toThrow("hub.nominate.category_invalid");
    // Forty days on, the province's registration has closed.
    const later = new Date(Date.now() + 40 * 86_400_000);
    await expect(nominateWinner(db, adminKota, { entryId: winner.id, ...to }, later)).rejects.toThrow(
      "hub.nominate.closed",
    );
    // The kabupaten's own competition is no province's: it is never a target.
    const kabCompetition = await db.competition.findFirstOrThrow({
      where: { regionId: ids.kab },
      select: { id: true },
    });
    await expect(
      nominateWinner(db, adminKota, {
        entryId: winner.id,
        competitionId: kabCompetition.id,
        categoryId: otherCategory.id,
      }),
    ).rejects.toThrow("errors.notFound");
  });
});
