// The admin's ranking service on the seeded demo competition in PostgreSQL: the shortlist it generates is the
// engine's, adjustments and overrides go through the engine and the audit log, refusals hold, and the admin JSON
// is byte for byte what `npm run ranking` prints on the exported file.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { liveRanking, liveRankingJson } from "@/lib/ranking/queries";
import {
  adjustShortlist,
  createOverride,
  GENERATE_REASON,
  generateShortlist,
  inputHash,
  revokeOverride,
} from "@/lib/ranking/service";
import { rankExport } from "@/lib/scoring/io";
import { exportCompetition } from "@/lib/scoring/io/export";
import { RESULTS_COMPETITION } from "@/prisma/demo-results";
import { seed } from "@/prisma/seed";
import { createDatabase, dropDatabase } from "./db";

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const NOW = new Date("2026-09-01T03:00:00.000Z");
const DAY = 24 * 60 * 60 * 1000;

let db: Db;
let dbName: string;
let tmp: string;
let competitionId: string;
const ctx: Record<string, ActionContext> = {};

async function contextFor(email: string): Promise<ActionContext> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  return { user, requestId: "it", ip: null };
}

const statuses = async () =>
  Object.fromEntries(
    (await db.entry.findMany({ where: { competitionId }, select: { id: true, status: true } })).map((e) => [
      e.id,
      e.status,
    ]),
  );
const engine = async () => rankExport(await exportCompetition(db, competitionId));

beforeAll(async () => {
  const created = await createDatabase("inovasi_ranking");
  dbName = created.name;
  await migrate(created.url);
  db = createPrismaClient(created.url, 2);
  await seed(db, NOW);
  tmp = await mkdtemp(path.join(tmpdir(), "ranking-service-"));
  competitionId = (
    await db.competition.findFirstOrThrow({ where: { name: RESULTS_COMPETITION(NOW.getFullYear()) } })
  ).id;
  for (const [k, email] of Object.entries({
    admin: "admin@inovasi.test",
    operator: "operator.dinkes@inovasi.test",
    evaluator: "penilai@inovasi.test",
  }))
    ctx[k] = await contextFor(email);
  const region = await db.region.create({ data: { code: "9998", name: "Kota Seberang", kind: "KOTA" } });
  await db.user.create({
    data: { regionId: region.id, name: "Admin Seberang", email: "admin@seberang.test", role: "ADMIN" },
  });
  ctx.otherAdmin = await contextFor("admin@seberang.test");
});

afterAll(async () => {
  await db?.$disconnect();
  if (tmp) await rm(tmp, { recursive: true, force: true });
  if (dbName) await dropDatabase(dbName);
});

describe("generate shortlist", () => {
  it("refuses before the desk stage has ended, with its dates", async () => {
    await expect(
      generateShortlist(db, ctx.admin!, { competitionId }, new Date(NOW.getTime() - 20 * DAY)),
    ).rejects.toMatchObject({
      message: "ranking.errors.deskNotEnded",
      params: { endsAt: expect.any(Date) },
    });
  });

  it("refuses a non-admin and another region's admin", async () => {
    await expect(generateShortlist(db, ctx.operator!, { competitionId }, NOW)).rejects.toThrow(
      "errors.forbidden",
    );
    await expect(generateShortlist(db, ctx.evaluator!, { competitionId }, NOW)).rejects.toThrow(
      "errors.forbidden",
    );
    await expect(generateShortlist(db, ctx.otherAdmin!, { competitionId }, NOW)).rejects.toThrow(
      "errors.notFound",
    );
    await expect(liveRanking(db, ctx.otherAdmin!.user, competitionId)).rejects.toThrow("errors.notFound");
  });

  it("sets the engine's shortlist, stores the run, and is idempotent", async () => {
    // Disturb the seeded statuses: one shortlisted entry back to SCREENED_PASS, one passing non-shortlisted one up.
    const out = await engine();
    expect(out.shortlist).toHaveLength(5);
    const inside = out.shortlist[0]!;
    const outsider = out.desk.find((d) => d.passed && !d.shortlisted)!.entryId;
    await db.entry.update({ where: { id: inside }, data: { status: "SCREENED_PASS" } });
    await db.entry.update({ where: { id: outsider }, data: { status: "SHORTLISTED" } });

    // Two admins at once: the competition lock makes one wait, and it then finds nothing left to change.
    const both = await Promise.all([
      generateShortlist(db, ctx.admin!, { competitionId }, NOW),
      generateShortlist(db, ctx.admin!, { competitionId }, NOW),
    ]);
    const first = both.find((r) => r.created)!;
    expect(first).toMatchObject({ changed: 2, created: true });
    expect(both.find((r) => r !== first)).toEqual({ runId: first.runId, changed: 0, created: false });
    const after = await statuses();
    const again = await engine();
    for (const d of again.desk)
      expect(after[d.entryId]).toBe(d.shortlisted ? "SHORTLISTED" : "SCREENED_PASS");

    const runRow = await db.rankingRun.findUniqueOrThrow({
      where: { id: first.runId },
      include: { results: true },
    });
    expect(runRow.inputHash).toBe(inputHash(await exportCompetition(db, competitionId)));
    expect(runRow.inputHash).toMatch(/^[0-9a-f]{64}$/);
    expect(runRow.results).toHaveLength(again.desk.length);
    expect(
      runRow.results
        .filter((r) => r.shortlisted)
        .map((r) => r.entryId)
        .sort(),
    ).toEqual([...again.shortlist].sort());

    const changes = await db.entryStatusChange.findMany({
      where: { entryId: { in: [inside, outsider] }, reason: GENERATE_REASON },
    });
    expect(changes.map((c) => [c.entryId, c.toStatus]).sort()).toEqual(
      [
        [inside, "SHORTLISTED"],
        [outsider, "SCREENED_PASS"],
      ].sort(),
    );
    expect(
      await db.auditLog.count({ where: { action: "ranking.shortlist.generate", entityId: competitionId } }),
    ).toBe(1);
    // The OPD of the entry put back into the shortlist is told.
    const opd = await db.entry.findUniqueOrThrow({
      where: { id: inside },
      select: { innovation: { select: { opdId: true } } },
    });
    const told = await db.notification.count({
      where: { kind: "ranking.shortlisted", user: { opdId: opd.innovation.opdId } },
    });
    expect(told).toBeGreaterThan(0);

    const second = await generateShortlist(db, ctx.admin!, { competitionId }, NOW);
    expect(second).toEqual({ runId: first.runId, changed: 0, created: false });
    expect(await db.rankingRun.count({ where: { competitionId } })).toBe(1);
  });
});

describe("shortlist adjustments", () => {
  it("removes and adds with a reason, refuses what the engine would ignore, and revokes", async () => {
    const out = await engine();
    const shortlisted = out.shortlist[out.shortlist.length - 1]!;
    const passingOutside = out.desk.find((d) => d.passed && !d.shortlisted)!.entryId;
    const below = out.desk.find((d) => !d.passed)!.entryId;

    await expect(
      adjustShortlist(db, ctx.admin!, {
        competitionId,
        entryId: shortlisted,
        kind: "SHORTLIST_REMOVE",
        reason: "  ",
      }),
    ).rejects.toThrow("validation.required");
    await expect(
      adjustShortlist(db, ctx.admin!, {
        competitionId,
        entryId: below,
        kind: "SHORTLIST_ADD",
        reason: "Dampak luas",
      }),
    ).rejects.toThrow("ranking.errors.cannotAdd");
    await expect(
      adjustShortlist(db, ctx.admin!, {
        competitionId,
        entryId: passingOutside,
        kind: "SHORTLIST_REMOVE",
        reason: "x",
      }),
    ).rejects.toThrow("ranking.errors.cannotRemove");
    await expect(
      adjustShortlist(db, ctx.operator!, {
        competitionId,
        entryId: shortlisted,
        kind: "SHORTLIST_REMOVE",
        reason: "x",
      }),
    ).rejects.toThrow("errors.forbidden");
    await expect(
      adjustShortlist(db, ctx.otherAdmin!, {
        competitionId,
        entryId: shortlisted,
        kind: "SHORTLIST_REMOVE",
        reason: "x",
      }),
    ).rejects.toThrow("errors.notFound");

    const removed = await adjustShortlist(db, ctx.admin!, {
      competitionId,
      entryId: shortlisted,
      kind: "SHORTLIST_REMOVE",
      reason: "Dokumen pendukung tidak sah",
    });
    const added = await adjustShortlist(db, ctx.admin!, {
      competitionId,
      entryId: passingOutside,
      kind: "SHORTLIST_ADD",
      reason: "Dampak lintas OPD",
    });
    await expect(
      adjustShortlist(db, ctx.admin!, {
        competitionId,
        entryId: passingOutside,
        kind: "SHORTLIST_REMOVE",
        reason: "x",
      }),
    ).rejects.toThrow("ranking.errors.adjustmentExists");

    let s = await statuses();
    expect(s[shortlisted]).toBe("SCREENED_PASS");
    expect(s[passingOutside]).toBe("SHORTLISTED");
    const now = await engine();
    expect(now.shortlist).toContain(passingOutside);
    expect(now.shortlist).not.toContain(shortlisted);
    expect(now.desk.find((d) => d.entryId === passingOutside)?.shortlistVia).toBe("ADJUSTED");
    // Generating again keeps the adjusted shortlist.
    await generateShortlist(db, ctx.admin!, { competitionId }, NOW);
    expect(await statuses()).toEqual(s);

    await expect(
      revokeOverride(db, ctx.admin!, { overrideId: removed.overrideId, reason: "" }),
    ).rejects.toThrow("validation.required");
    await expect(
      revokeOverride(db, ctx.otherAdmin!, { overrideId: removed.overrideId, reason: "x" }),
    ).rejects.toThrow("errors.notFound");
    await revokeOverride(
      db,
      ctx.admin!,
      { overrideId: removed.overrideId, reason: "Dokumen ternyata sah" },
      NOW,
    );
    await revokeOverride(db, ctx.admin!, { overrideId: added.overrideId, reason: "Dibatalkan" }, NOW);
    await expect(
      revokeOverride(db, ctx.admin!, { overrideId: added.overrideId, reason: "lagi" }),
    ).rejects.toThrow("ranking.errors.alreadyRevoked");
    s = await statuses();
    expect(s[shortlisted]).toBe("SHORTLISTED");
    expect(s[passingOutside]).toBe("SCREENED_PASS");
    const audits = await db.auditLog.findMany({
      where: { entityId: removed.overrideId },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.action)).toEqual([
      "ranking.override.shortlist_remove",
      "ranking.override.revoke",
    ]);
    expect(audits[1]?.after).toMatchObject({ reason: "Dokumen ternyata sah" });
  });
});

describe("overrides", () => {
  it("moves and disqualifies shortlisted entries with a reason, and revokes", async () => {
    const out = await engine();
    const last = out.final.filter((f) => f.finalRank !== null).at(-1)!.entryId;
    const first = out.final[0]!.entryId;
    const outside = out.desk.find((d) => !d.shortlisted)!.entryId;

    await expect(
      createOverride(db, ctx.admin!, { competitionId, entryId: outside, kind: "DISQUALIFY", reason: "x" }),
    ).rejects.toThrow("ranking.errors.notShortlisted");
    await expect(
      createOverride(db, ctx.admin!, {
        competitionId,
        entryId: last,
        kind: "MOVE",
        targetRank: 99,
        reason: "x",
      }),
    ).rejects.toThrow("ranking.errors.targetRank");
    await expect(
      createOverride(db, ctx.admin!, {
        competitionId,
        entryId: last,
        kind: "MOVE",
        targetRank: 1,
        reason: " ",
      }),
    ).rejects.toThrow("validation.required");
    await expect(
      createOverride(db, ctx.operator!, {
        competitionId,
        entryId: last,
        kind: "MOVE",
        targetRank: 1,
        reason: "x",
      }),
    ).rejects.toThrow("errors.forbidden");

    const move = await createOverride(db, ctx.admin!, {
      competitionId,
      entryId: last,
      kind: "MOVE",
      targetRank: 1,
      reason: "Verifikasi lapangan",
    });
    const dq = await createOverride(db, ctx.admin!, {
      competitionId,
      entryId: first,
      kind: "DISQUALIFY",
      reason: "Plagiarisme",
    });
    await expect(
      createOverride(db, ctx.admin!, { competitionId, entryId: last, kind: "DISQUALIFY", reason: "x" }),
    ).rejects.toThrow("ranking.errors.overrideExists");
    const now = await engine();
    expect(now.final[0]?.entryId).toBe(last);
    expect(now.final.find((f) => f.entryId === first)).toMatchObject({
      status: "DISQUALIFIED",
      finalRank: null,
      disqualifyReason: "Plagiarisme",
    });
    // The entry's status follows the disqualification, with the reason on record, and its OPD is told.
    const status = async () =>
      (await db.entry.findUniqueOrThrow({ where: { id: first }, select: { status: true } })).status;
    expect(await status()).toBe("DISQUALIFIED");
    expect(
      await db.entryStatusChange.findFirst({
        where: { entryId: first, toStatus: "DISQUALIFIED" },
        select: { fromStatus: true, reason: true },
      }),
    ).toEqual({
      fromStatus: "SHORTLISTED",
      reason: "Plagiarisme",
    });
    expect(
      await db.notification.count({
        where: { kind: "ranking.disqualified", body: { contains: "Plagiarisme" } },
      }),
    ).toBeGreaterThan(0);

    await revokeOverride(db, ctx.admin!, { overrideId: move.overrideId, reason: "Keliru" }, NOW);
    await revokeOverride(db, ctx.admin!, { overrideId: dq.overrideId, reason: "Keliru" }, NOW);
    expect((await engine()).final.map((f) => f.entryId)).toEqual(out.final.map((f) => f.entryId));
    expect(await status()).toBe("SHORTLISTED");
  });
});

describe("admin JSON", () => {
  it("is byte for byte the output of `npm run ranking` on the exported file", async () => {
    // An active adjustment and override, so the comparison covers them too.
    const out = await engine();
    const o = await createOverride(db, ctx.admin!, {
      competitionId,
      entryId: out.shortlist[1]!,
      kind: "MOVE",
      targetRank: 1,
      reason: "Juri",
    });
    const file = path.join(tmp, "export.json");
    await writeFile(file, JSON.stringify(await exportCompetition(db, competitionId), null, 2));
    const body = await liveRankingJson(db, ctx.admin!.user, competitionId);
    const cli = await run(process.execPath, ["--import", "tsx", "scripts/ranking.ts", file], {
      cwd: ROOT,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(Buffer.from(body).equals(Buffer.from(cli.stdout))).toBe(true);
    expect(JSON.parse(body).explanations[out.shortlist[1]!].overrides[0]).toMatchObject({
      kind: "MOVE",
      status: "APPLIED",
    });
    await revokeOverride(db, ctx.admin!, { overrideId: o.overrideId, reason: "Selesai" }, NOW);

    await expect(liveRankingJson(db, ctx.operator!.user, competitionId)).rejects.toThrow("errors.forbidden");
    await expect(liveRankingJson(db, ctx.otherAdmin!.user, competitionId)).rejects.toThrow("errors.notFound");
  });

  it("refuses to generate once the competition has a publication", async () => {
    await db.publication.create({
      data: {
        competitionId,
        number: 1,
        content: {},
        contentHash: "0".repeat(64),
        publishedById: ctx.admin!.user.id,
      },
    });
    await expect(generateShortlist(db, ctx.admin!, { competitionId }, NOW)).rejects.toThrow(
      "ranking.errors.published",
    );
  });
});
