// Publishing results on a real PostgreSQL: refusals, the immutable snapshot and its hash, winners and award labels,
// superseding, concurrency, and the public JSON. Runs on its own database, so the shared one is left untouched.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ActionError, type ActionContext, type Actor } from "@/lib/action-types";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { canonicalJson } from "@/lib/publication/rules/canonical";
import type { PublicationContent } from "@/lib/publication/rules/content";
import { preparePublication } from "@/lib/publication/queries";
import { publish } from "@/lib/publication/service";
import { rankExport, rankingJson } from "@/lib/scoring/io";
import { newStorageKey } from "@/lib/storage/keys";
import { LocalDiskStorage } from "@/lib/storage/local";
import { seed } from "@/prisma/seed";
import { createDatabase, dropDatabase } from "./db";
import { tinyPng } from "./png";
import { publicationRoutes } from "./publication-routes";

const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
const { minutes, certificate, results } = publicationRoutes(session);

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const NOW = new Date();
const sha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");

let db: Db;
let dbName: string;
let uploadDir: string;
let competitionId: string;
const ctx: Record<string, ActionContext> = {};

async function contextFor(email: string): Promise<ActionContext> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  return { user, requestId: "test", ip: null };
}

async function refusal(p: Promise<unknown>): Promise<ActionError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ActionError);
  return err as ActionError;
}

/** The text of a PDF response, pages joined, whitespace collapsed. */
async function pdfText(res: Response): Promise<string> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/pdf");
  const doc = await getDocumentProxy(new Uint8Array(await res.arrayBuffer()));
  const { text } = await extractText(doc, { mergePages: true });
  return text.replace(/\s+/g, " ");
}

const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

beforeAll(async () => {
  const created = await createDatabase("inovasi_pub");
  dbName = created.name;
  await migrate(created.url);
  // The routes reach the database and the uploads through lib/db and lib/storage, set from the environment.
  uploadDir = await mkdtemp(path.join(tmpdir(), "inovasi-pub-"));
  vi.stubEnv("DATABASE_URL", created.url);
  vi.stubEnv("NEXTAUTH_SECRET", "y".repeat(40));
  vi.stubEnv("UPLOAD_DIR", uploadDir);
  delete (globalThis as { __db?: unknown }).__db;
  db = createPrismaClient(created.url, 4);
  await seed(db, NOW);
  ctx.admin = await contextFor("admin@inovasi.test");
  ctx.operator = await contextFor("operator.dinkes@inovasi.test");
  ctx.evaluator = await contextFor("penilai@inovasi.test");
  const region = await db.region.create({
    data: { code: "OTHER-PUB", name: "Kabupaten Lain", kind: "KABUPATEN" },
  });
  const other = await db.user.create({
    data: { regionId: region.id, name: "Admin Lain", email: "admin@lain.test", role: "ADMIN" },
  });
  ctx.otherAdmin = {
    user: {
      id: other.id,
      name: other.name,
      email: other.email,
      role: "ADMIN",
      opdId: null,
      regionId: region.id,
    },
    requestId: "test",
    ip: null,
  };
  competitionId = (
    await db.competition.findFirstOrThrow({
      where: { name: `Lomba Inovasi Pelayanan Publik ${NOW.getFullYear()}` },
    })
  ).id;
  // An operator in every OPD that entered, so that the OPDs told of the results can be counted.
  const entered = await db.entry.findMany({
    where: { competitionId },
    select: { innovation: { select: { opdId: true, regionId: true } } },
  });
  for (const { opdId, regionId } of new Map(entered.map((e) => [e.innovation.opdId, e.innovation])).values())
    await db.user.create({
      data: {
        regionId,
        opdId,
        role: "OPD_OPERATOR",
        name: "Operator Uji",
        email: `operator.${opdId}@uji.test`,
      },
    });
});

afterAll(async () => {
  await db?.$disconnect();
  await (globalThis as { __db?: Db }).__db?.$disconnect();
  if (dbName) await dropDatabase(dbName);
  if (uploadDir) await rm(uploadDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe("refusals before anything is published", () => {
  it("refuses a non-admin and an admin of another region", async () => {
    expect(
      (await refusal(publish(db, ctx.operator!, { competitionId, expectedNumber: 1, closeObjections: true })))
        .message,
    ).toBe("errors.forbidden");
    expect(
      (
        await refusal(
          publish(db, ctx.evaluator!, { competitionId, expectedNumber: 1, closeObjections: true }),
        )
      ).message,
    ).toBe("errors.forbidden");
    expect(
      (
        await refusal(
          publish(db, ctx.otherAdmin!, { competitionId, expectedNumber: 1, closeObjections: true }),
        )
      ).message,
    ).toBe("errors.notFound");
  });

  it("refuses when the shortlist has not been generated", async () => {
    const shortlisted = await db.entry.findMany({
      where: { competitionId, status: "SHORTLISTED" },
      select: { id: true },
    });
    expect(shortlisted).toHaveLength(5);
    const ids = shortlisted.map((e) => e.id);
    await db.entry.updateMany({ where: { id: { in: ids } }, data: { status: "SCREENED_PASS" } });
    try {
      expect(
        (await refusal(publish(db, ctx.admin!, { competitionId, expectedNumber: 1, closeObjections: true })))
          .message,
      ).toBe("publication.errors.noShortlist");
    } finally {
      await db.entry.updateMany({ where: { id: { in: ids } }, data: { status: "SHORTLISTED" } });
    }
  });

  it("refuses while an objection is undecided, and says how many", async () => {
    const entry = await db.entry.findFirstOrThrow({ where: { competitionId, status: "SHORTLISTED" } });
    const objection = await db.objection.create({
      data: {
        reference: "SGH-TEST01",
        entryId: entry.id,
        submitterName: "Warga",
        submitterContact: "warga@contoh.id",
        reason: "Inovasi belum berjalan",
        ipHash: "x",
      },
    });
    try {
      const err = await refusal(
        publish(db, ctx.admin!, { competitionId, expectedNumber: 1, closeObjections: true }),
      );
      expect(err.message).toBe("publication.errors.pendingObjections");
      expect(err.params).toEqual({ count: 1 });
    } finally {
      await db.objection.delete({ where: { id: objection.id } });
    }
  });

  it("refuses when a shortlisted entry's final result is incomplete, naming it", async () => {
    // A weighted presentation stage nobody has scored yet: every finalist lacks a stage score.
    const existing = await db.competitionStage.findFirst({ where: { competitionId, kind: "PRESENTATION" } });
    const stage = existing
      ? await db.competitionStage.update({ where: { id: existing.id }, data: { weight: 30 } })
      : await db.competitionStage.create({
          data: {
            competitionId,
            kind: "PRESENTATION",
            startsAt: later(60 * 24 * 20),
            endsAt: later(60 * 24 * 21),
            weight: 30,
          },
        });
    await db.criterion.create({
      data: {
        stageId: stage.id,
        code: "P1",
        name: "Paparan",
        weight: 1,
        scaleMin: 1,
        scaleMax: 10,
        required: true,
        position: 1,
      },
    });
    try {
      const err = await refusal(
        publish(db, ctx.admin!, { competitionId, expectedNumber: 1, closeObjections: true }),
      );
      expect(err.message).toBe("publication.errors.incomplete");
      expect(err.params?.count).toBe(5);
      expect(String(err.params?.titles)).toContain("Puskesmas Tanpa Antre (PUSTAKA)");
    } finally {
      await db.criterion.deleteMany({ where: { stageId: stage.id } });
      if (existing)
        await db.competitionStage.update({ where: { id: stage.id }, data: { weight: existing.weight } });
      else await db.competitionStage.delete({ where: { id: stage.id } });
    }
  });

  it("requires confirmation while the objection window is open", async () => {
    const prep = await preparePublication(db, ctx.admin!.user, competitionId, NOW);
    expect(prep.problems).toEqual([]);
    expect(prep.objectionStage?.open).toBe(true);
    expect((await refusal(publish(db, ctx.admin!, { competitionId, expectedNumber: 1 }))).message).toBe(
      "publication.errors.confirmClose",
    );
    expect(await db.publication.count({ where: { competitionId } })).toBe(0);
  });
  it("refuses when the scoring data changes between computing the ranking and publishing it", async () => {
    // A jury override lands after publish() computed the ranking and before its transaction: simulated by a
    // client whose $transaction first writes the override.
    const prep = await preparePublication(db, ctx.admin!.user, competitionId, NOW);
    const entryId = prep.content.ranking.find((r) => r.finalRank === 1)!.entryId;
    const racing = new Proxy(db, {
      get(target, key, receiver) {
        if (key !== "$transaction") return Reflect.get(target, key, receiver);
        return async (...args: Parameters<Db["$transaction"]>) => {
          // Only publish()'s own transaction (a function); the export's batch of reads passes through.
          if (typeof args[0] !== "function")
            return (target.$transaction as (...a: unknown[]) => unknown)(...args);
          const o = await db.override.create({
            data: {
              competitionId,
              entryId,
              kind: "DISQUALIFY",
              reason: "Serentak",
              createdById: ctx.admin!.user.id,
            },
          });
          expect(o.id).toBeTruthy();
          return (target.$transaction as (...a: unknown[]) => unknown)(...args);
        };
      },
    }) as Db;
    try {
      const err = await refusal(
        publish(racing, ctx.admin!, { competitionId, expectedNumber: 1, closeObjections: true }, later(1)),
      );
      expect(err.message).toBe("publication.errors.inputChanged");
      expect(await db.publication.count({ where: { competitionId } })).toBe(0);
    } finally {
      await db.override.deleteMany({ where: { competitionId, reason: "Serentak" } });
    }
  });
});

describe("publishing", () => {
  let first: { number: number; contentHash: string };
  let content: PublicationContent;

  it("stores a snapshot whose hash is the sha256 of the stored canonical JSON and of the endpoint's body", async () => {
    first = await publish(
      db,
      ctx.admin!,
      { competitionId, expectedNumber: 1, closeObjections: true },
      later(1),
    );
    expect(first.number).toBe(1);
    const row = await db.publication.findFirstOrThrow({ where: { competitionId, number: 1 } });
    const text = canonicalJson(row.content);
    expect(sha256(text)).toBe(row.contentHash);
    expect(row.contentHash).toBe(first.contentHash);

    const res = await results(competitionId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(res.headers.get("etag")).toBe(`"${row.contentHash}"`);
    expect(res.headers.get("cache-control")).toContain("public");
    const body = await res.text();
    expect(body).toBe(text);
    expect(sha256(body)).toBe(row.contentHash);
    expect((await results(competitionId, null, `"${row.contentHash}"`)).status).toBe(304);
    content = JSON.parse(body) as PublicationContent;
    expect(content.publication).toMatchObject({ number: 1, reason: null, supersedes: null });
  });

  it("gives the award labels per category in final-rank order (expected by hand from the demo's scores)", () => {
    const winners = content.winners.map((w) => [w.category, w.label, w.title]);
    expect(winners).toEqual([
      ["REPLIKASI", "Terbaik Replikasi", "Layanan Adminduk Keliling Sekolah"],
      ["UMUM", "Juara 1", "Puskesmas Tanpa Antre (PUSTAKA)"],
      ["UMUM", "Juara 2", "Izin Usaha Mikro Sehari Jadi"],
      ["UMUM", "Juara 3", "Akta Kelahiran Langsung dari Ruang Bersalin"],
      ["UMUM", "Harapan 1", "Bansos Tepat Sasaran Berbasis Verifikasi Warga"],
    ]);
    expect(content.ranking.map((r) => r.finalRank)).toEqual([1, 2, 3, 4, 5]);
    expect(content.objections).toEqual([]);
    expect(JSON.stringify(content)).not.toMatch(/@inovasi\.test|Penilai Satu|penilai/i);
  });

  it("re-running the ranking command on the published input gives the published ranking", async () => {
    const tmp = await mkdtemp(path.join(tmpdir(), "pub-"));
    try {
      const file = path.join(tmp, "input.json");
      await writeFile(file, JSON.stringify(content.input));
      const { stdout } = await run("npx", ["tsx", "scripts/ranking.ts", file], { cwd: ROOT });
      expect(stdout).toBe(rankingJson(rankExport(content.input)));
      const final = (
        JSON.parse(stdout) as { final: { entryId: string; finalRank: number | null; total: number | null }[] }
      ).final;
      expect(final.map((f) => [f.entryId, f.finalRank, f.total])).toEqual(
        content.ranking.map((r) => [r.entryId, r.finalRank, r.total]),
      );
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  });

  it("marks winners and finalists, creates awards, closes the objection window, notifies every OPD that entered", async () => {
    const entries = await db.entry.findMany({ where: { competitionId }, select: { id: true, status: true } });
    const winners = new Set(content.winners.map((w) => w.entryId));
    for (const e of entries) if (winners.has(e.id)) expect(e.status).toBe("WINNER");
    expect(entries.filter((e) => e.status === "WINNER")).toHaveLength(5);
    const awards = await db.award.findMany({
      where: { name: content.competition.name },
      include: { innovation: { select: { title: true } } },
    });
    expect(awards.map((a) => [a.innovation.title, a.rank, a.level, a.year]).sort()).toEqual(
      // The demo region is a kabupaten: its competition's awards are at the Kabupaten level.
      content.winners.map((w) => [w.title, w.label, "Kabupaten", NOW.getFullYear()]).sort(),
    );
    const stage = await db.competitionStage.findFirstOrThrow({ where: { competitionId, kind: "OBJECTION" } });
    expect(stage.endsAt.getTime()).toBe(later(1).getTime());
    const note = await db.notification.findFirst({
      where: { user: { email: "operator.dinkes@inovasi.test" }, kind: "publication.published" },
    });
    expect(note?.link).toBe(`/kompetisi/${competitionId}/hasil`);
    // Every OPD that entered is told, winner or not.
    const enteredOpds = new Set(
      (
        await db.entry.findMany({
          where: { competitionId },
          select: { innovation: { select: { opdId: true } } },
        })
      ).map((e) => e.innovation.opdId),
    );
    const winningOpds = new Set(
      (
        await db.entry.findMany({
          where: { competitionId, status: "WINNER" },
          select: { innovation: { select: { opdId: true } } },
        })
      ).map((e) => e.innovation.opdId),
    );
    const staffed = new Set(
      (
        await db.user.findMany({
          where: {
            opdId: { in: [...enteredOpds] },
            active: true,
            role: { in: ["OPD_OPERATOR", "OPD_HEAD"] },
          },
          select: { opdId: true },
        })
      ).map((u) => u.opdId),
    );
    expect([...staffed].some((o) => !winningOpds.has(o!))).toBe(true);
    const told = await db.notification.findMany({
      where: { kind: "publication.published", link: `/kompetisi/${competitionId}/hasil` },
      select: { user: { select: { opdId: true } } },
    });
    expect(new Set(told.map((n) => n.user.opdId))).toEqual(staffed);
    const published = await db.publication.findFirstOrThrow({ where: { competitionId, number: 1 } });
    const log = await db.auditLog.findFirst({
      where: { action: "publication.publish", entityType: "Publication", entityId: published.id },
    });
    expect(log?.actorId).toBe(ctx.admin!.user.id);
  });

  it("the berita acara PDF names the competition, criteria, evaluators, the ranking in order with labels, the hash", async () => {
    const text = await pdfText(await minutes(ctx.admin!.user, competitionId));
    expect(text).toContain("BERITA ACARA PENILAIAN");
    expect(text).toContain(content.competition.name);
    expect(text).toContain("Ketua Tim Penilai");
    expect(text).toContain("Sekretaris Daerah");
    // The evaluators sign the minutes: their real names, whatever the public pages show.
    expect(text).toContain("Dr. Ratna Wulandari");
    expect(text).toContain(first.contentHash);
    expect(text).toContain(content.settings.stages[0]!.criteria[0]!.name);
    const positions = content.ranking.map((r) => text.indexOf(r.title.slice(0, 20)));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const w of content.winners) expect(text).toContain(w.label);
  });

  it("only the region's admin gets the berita acara", async () => {
    expect((await minutes(null, competitionId)).status).toBe(401);
    expect((await minutes(ctx.operator!.user, competitionId)).status).toBe(403);
    expect((await minutes(ctx.evaluator!.user, competitionId)).status).toBe(403);
    expect((await minutes(ctx.otherAdmin!.user, competitionId)).status).toBe(404);
  });

  it("a winner's certificate is public and names the award, the innovation, the OPD; a non-winner has none", async () => {
    const w = content.winners.find((x) => x.label === "Juara 1")!;
    const text = await pdfText(await certificate(competitionId, w.entryId));
    expect(text).toContain("PIAGAM PENGHARGAAN");
    expect(text).toContain("Juara 1");
    expect(text).toContain("Puskesmas Tanpa Antre (PUSTAKA)");
    expect(text).toContain("Dinas Kesehatan");
    expect(text).toContain(content.competition.name);
    const loser = await db.entry.findFirstOrThrow({
      where: { competitionId, innovation: { title: "Kader Jiwa Sehat Desa" } },
    });
    expect((await certificate(competitionId, loser.id)).status).toBe(404);
  });

  it("the letterhead and the signatures come from the region's profile: name, unit, address, officials and NIP", async () => {
    const minutesText = await pdfText(await minutes(ctx.admin!.user, competitionId));
    expect(minutesText).toContain("PEMERINTAH KABUPATEN LESTARI JAYA");
    expect(minutesText).toContain("BAGIAN ORGANISASI SEKRETARIAT DAERAH KABUPATEN LESTARI JAYA");
    expect(minutesText).toContain("Jl. Pemuda No. 1, Lestari Jaya");
    expect(minutesText).toContain("Telepon (0298) 321456");
    expect(minutesText).toContain("Sekretaris Daerah Kabupaten Lestari Jaya");
    expect(minutesText).toContain("Ir. Sri Rahayu Lestari, M.M.");
    expect(minutesText).toContain("Pembina Utama Madya (IV/d)");
    expect(minutesText).toContain("NIP. 19700315 200003 2 001");
    const w = content.winners.find((x) => x.label === "Juara 1")!;
    const certificateText = await pdfText(await certificate(competitionId, w.entryId));
    expect(certificateText).toContain("Bupati Lestari Jaya");
    expect(certificateText).toContain("Dr. H. Bambang Wicaksono, S.H., M.Si.");
    // An elected head without a NIP gets no NIP line.
    expect(certificateText).not.toContain("NIP.");
  });

  it("the letterhead prints the region's logo when it is a PNG or JPEG", async () => {
    const images = async (res: Response) => {
      expect(res.status).toBe(200);
      return (
        Buffer.from(await res.arrayBuffer())
          .toString("latin1")
          .match(/\/Subtype \/Image/g) ?? []
      ).length;
    };
    const w = content.winners.find((x) => x.label === "Juara 1")!;
    // The QR code is an image on every document; the logo is one more.
    const minutesWithout = await images(await minutes(ctx.admin!.user, competitionId));
    const certificateWithout = await images(await certificate(competitionId, w.entryId));
    expect(minutesWithout).toBeGreaterThan(0);
    const region = await db.region.findUniqueOrThrow({ where: { id: ctx.admin!.user.regionId } });
    const key = newStorageKey();
    await new LocalDiskStorage(uploadDir).put(key, tinyPng());
    await db.region.update({ where: { id: region.id }, data: { logoKey: key } });
    try {
      expect(await images(await minutes(ctx.admin!.user, competitionId))).toBe(minutesWithout + 1);
      expect(await images(await certificate(competitionId, w.entryId))).toBe(certificateWithout + 1);
      // The text is still there beside the image.
      const text = await pdfText(await minutes(ctx.admin!.user, competitionId));
      expect(text).toContain("NIP. 19700315 200003 2 001");
    } finally {
      await db.region.update({ where: { id: region.id }, data: { logoKey: region.logoKey } });
    }
  });

  it("the database refuses to change or delete a publication", async () => {
    await expect(
      db.$executeRaw`UPDATE "Publication" SET "content" = '{}'::jsonb WHERE "competitionId" = ${competitionId}`,
    ).rejects.toThrow(/immutable/);
    await expect(
      db.$executeRaw`UPDATE "Publication" SET "contentHash" = ${"0".repeat(64)} WHERE "competitionId" = ${competitionId}`,
    ).rejects.toThrow(/immutable/);
    await expect(
      db.$executeRaw`DELETE FROM "Publication" WHERE "competitionId" = ${competitionId}`,
    ).rejects.toThrow(/immutable/);
    expect(await db.publication.count({ where: { competitionId } })).toBe(1);
  });

  it("superseding needs a reason and the current number, and keeps the old publication", async () => {
    expect(
      (await refusal(publish(db, ctx.admin!, { competitionId, expectedNumber: 2 }, later(2)))).message,
    ).toBe("publication.errors.reasonRequired");
    expect(
      (
        await refusal(
          publish(db, ctx.admin!, { competitionId, expectedNumber: 1, reason: "Ulang" }, later(2)),
        )
      ).message,
    ).toBe("publication.errors.concurrent");
    expect(
      (
        await refusal(
          publish(db, ctx.otherAdmin!, { competitionId, expectedNumber: 2, reason: "Koreksi" }, later(2)),
        )
      ).message,
    ).toBe("errors.notFound");

    // The jury renames a label between the two publications.
    await db.competitionCategory.updateMany({
      where: { competitionId, code: "UMUM" },
      data: { awardLabels: ["Juara 1", "Juara 2", "Juara 3"] },
    });
    const second = await publish(
      db,
      ctx.admin!,
      { competitionId, expectedNumber: 2, reason: "Harapan 1 dihapus sesuai keputusan tim" },
      later(2),
    );
    expect(second.number).toBe(2);
    const rows = await db.publication.findMany({ where: { competitionId }, orderBy: { number: "asc" } });
    expect(rows.map((r) => [r.number, r.supersededAt?.getTime() ?? null])).toEqual([
      [1, later(2).getTime()],
      [2, null],
    ]);
    expect(rows[1]!.reason).toBe("Harapan 1 dihapus sesuai keputusan tim");

    const old = await results(competitionId, "1");
    expect(sha256(await old.text())).toBe(first.contentHash);
    const latest = await results(competitionId);
    expect(latest.headers.get("etag")).toBe(`"${second.contentHash}"`);

    const awards = await db.award.findMany({ where: { name: content.competition.name } });
    expect(awards.map((a) => a.rank).sort()).toEqual(["Juara 1", "Juara 2", "Juara 3", "Terbaik Replikasi"]);
    const bansos = await db.entry.findFirstOrThrow({
      where: { competitionId, innovation: { title: "Bansos Tepat Sasaran Berbasis Verifikasi Warga" } },
    });
    expect(bansos.status).toBe("FINALIST");
  });

  it("two publishes at once: exactly one succeeds", async () => {
    const attempt = () =>
      publish(db, ctx.admin!, { competitionId, expectedNumber: 3, reason: "Koreksi bersamaan" }, later(3));
    const results = await Promise.allSettled([attempt(), attempt()]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected?.reason as ActionError).message).toBe("publication.errors.concurrent");
    expect(await db.publication.count({ where: { competitionId } })).toBe(3);
    expect(await db.publication.count({ where: { competitionId, supersededAt: null } })).toBe(1);
  });

  it("the endpoint answers 404 before publication and 400 for a malformed number", async () => {
    const other = await db.competition.findFirstOrThrow({
      where: { name: { startsWith: "Kompetisi Inovasi Daerah" } },
    });
    expect((await results(other.id)).status).toBe(404);
    expect((await results(competitionId, "9")).status).toBe(404);
    expect((await results(competitionId, "abc")).status).toBe(400);
  });
});
