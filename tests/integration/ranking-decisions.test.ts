// Ranking decisions taken at the same moment: every one reads what it decides on under the competition's ranking
// lock, and the database keeps at most one active override of each group per entry whatever the writer.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { decideObjection } from "@/lib/objections/service";
import { adjustShortlist, createOverride, revokeOverride } from "@/lib/ranking/service";
import { rankExport } from "@/lib/scoring/io";
import { exportCompetition } from "@/lib/scoring/io/export";
import { RESULTS_COMPETITION } from "@/prisma/demo-results";
import { seed } from "@/prisma/seed";
import { createDatabase, dropDatabase } from "./db";

const NOW = new Date("2026-09-01T03:00:00.000Z");

let db: Db;
let dbName: string;
let competitionId: string;
let admin: ActionContext;

const active = (entryId: string) =>
  db.override.findMany({ where: { entryId, revokedAt: null }, select: { id: true, kind: true } });

/** Both outcomes of calls made at once: the fulfilled values and the messages of the refusals. */
async function together<T>(calls: (() => Promise<T>)[]) {
  const settled = await Promise.allSettled(calls.map((c) => c()));
  return {
    done: settled.filter((s) => s.status === "fulfilled"),
    refused: settled.flatMap((s) =>
      s.status === "rejected" ? [s.reason instanceof ActionError ? s.reason.message : String(s.reason)] : [],
    ),
  };
}

beforeAll(async () => {
  const created = await createDatabase("inovasi_ranking_decisions");
  dbName = created.name;
  await migrate(created.url);
  db = createPrismaClient(created.url, 6);
  await seed(db, NOW);
  competitionId = (
    await db.competition.findFirstOrThrow({ where: { name: RESULTS_COMPETITION(NOW.getFullYear()) } })
  ).id;
  const user = await db.user.findUniqueOrThrow({
    where: { email: "admin@inovasi.test" },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  admin = { user, requestId: "it-ranking-decisions", ip: null };
});

afterAll(async () => {
  await db?.$disconnect();
  if (dbName) await dropDatabase(dbName);
});

/** A shortlisted entry of the live ranking with no override in force, found afresh by each test. */
async function freeShortlistedEntry(position: "first" | "last") {
  const out = rankExport(await exportCompetition(db, competitionId));
  const ranked = out.final.filter((f) => f.finalRank !== null && f.override === null);
  const pick = position === "first" ? ranked[0] : ranked.at(-1);
  if (!pick) throw new Error("no shortlisted entry without an override");
  expect(await active(pick.entryId)).toEqual([]);
  return pick.entryId;
}

describe("two decisions on one entry at the same moment", () => {
  it("two overrides: exactly one is in force, the other is refused with a clear message", async () => {
    const entryId = await freeShortlistedEntry("last");
    const { done, refused } = await together([
      () =>
        createOverride(db, admin, { competitionId, entryId, kind: "MOVE", targetRank: 1, reason: "Juri A" }),
      () => createOverride(db, admin, { competitionId, entryId, kind: "DISQUALIFY", reason: "Juri B" }),
    ]);
    expect(done).toHaveLength(1);
    expect(refused).toEqual(["ranking.errors.overrideExists"]);
    const left = await active(entryId);
    expect(left).toHaveLength(1);
    // The refused one left nothing behind: no row, and the status is the one in force's.
    const status = (await db.entry.findUniqueOrThrow({ where: { id: entryId }, select: { status: true } }))
      .status;
    expect(status).toBe(left[0]!.kind === "DISQUALIFY" ? "DISQUALIFIED" : "SHORTLISTED");
    expect(await db.override.count({ where: { entryId, reason: { in: ["Juri A", "Juri B"] } } })).toBe(1);
    await revokeOverride(db, admin, { overrideId: left[0]!.id, reason: "Uji bersamaan" }, NOW);
  });

  it("two shortlist adjustments: exactly one is in force, the other is refused", async () => {
    const entryId = await freeShortlistedEntry("first");
    const { done, refused } = await together([
      () =>
        adjustShortlist(db, admin, { competitionId, entryId, kind: "SHORTLIST_REMOVE", reason: "Dokumen A" }),
      () =>
        adjustShortlist(db, admin, { competitionId, entryId, kind: "SHORTLIST_REMOVE", reason: "Dokumen B" }),
    ]);
    expect(done).toHaveLength(1);
    expect(refused).toEqual(["ranking.errors.adjustmentExists"]);
    const left = await active(entryId);
    expect(left).toEqual([expect.objectContaining({ kind: "SHORTLIST_REMOVE" })]);
    await revokeOverride(db, admin, { overrideId: left[0]!.id, reason: "Uji bersamaan" }, NOW);
    expect(
      (await db.entry.findUniqueOrThrow({ where: { id: entryId }, select: { status: true } })).status,
    ).toBe("SHORTLISTED");
  });

  it("an upheld objection cannot disqualify an entry the jury has moved: refused, nothing written", async () => {
    const entryId = await freeShortlistedEntry("last");
    const move = await createOverride(db, admin, {
      competitionId,
      entryId,
      kind: "MOVE",
      targetRank: 1,
      reason: "Verifikasi lapangan",
    });
    const objection = await db.objection.create({
      data: {
        reference: `SGH-UJI-${Date.now()}`,
        entryId,
        submitterName: "Warga",
        submitterContact: "warga@example.id",
        reason: "Inovasi ini menjiplak inovasi daerah lain tanpa perubahan berarti.",
        ipHash: "uji",
      },
      select: { id: true },
    });
    try {
      await expect(
        decideObjection(db, admin, {
          objectionId: objection.id,
          outcome: "DISQUALIFY",
          reason: "Terbukti menjiplak.",
          confirmDisqualify: "on",
        }),
      ).rejects.toThrow("ranking.errors.overrideExists");
      expect((await db.objection.findUniqueOrThrow({ where: { id: objection.id } })).status).toBe(
        "SUBMITTED",
      );
      expect(await active(entryId)).toEqual([{ id: move.overrideId, kind: "MOVE" }]);
    } finally {
      await db.objection.delete({ where: { id: objection.id } });
      await revokeOverride(db, admin, { overrideId: move.overrideId, reason: "Uji selesai" }, NOW);
    }
  });
});

describe("the database's own guard", () => {
  it("refuses a second active override of a group for one entry, however it is written", async () => {
    const entryId = await freeShortlistedEntry("last");
    const base = { competitionId, entryId, reason: "Uji langsung", createdById: admin.user.id };
    const first = await db.override.create({ data: { ...base, kind: "DISQUALIFY" }, select: { id: true } });
    const ids = [first.id];
    try {
      await expect(
        db.override.create({ data: { ...base, kind: "MOVE", targetRank: 1 } }),
      ).rejects.toMatchObject({
        code: "P2002",
      });
      await expect(
        db.$executeRaw`INSERT INTO "Override" ("id", "competitionId", "entryId", "kind", "reason", "createdById")
                       VALUES ('uji-langsung', ${competitionId}, ${entryId}, 'DISQUALIFY', 'x', ${admin.user.id})`,
      ).rejects.toThrow(/Override_one_active_decision_key/);
      // One of the other group, and revoked ones, are allowed.
      ids.push((await db.override.create({ data: { ...base, kind: "SHORTLIST_REMOVE" } })).id);
      await expect(db.override.create({ data: { ...base, kind: "SHORTLIST_ADD" } })).rejects.toMatchObject({
        code: "P2002",
      });
      await db.override.update({ where: { id: first.id }, data: { revokedAt: NOW } });
      ids.push((await db.override.create({ data: { ...base, kind: "MOVE", targetRank: 2 } })).id);
      expect((await active(entryId)).map((o) => o.kind).sort()).toEqual(["MOVE", "SHORTLIST_REMOVE"]);
    } finally {
      await db.override.deleteMany({ where: { id: { in: ids } } });
    }
  });
});
