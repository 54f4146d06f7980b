import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { ActionError, type ActionContext } from "@/lib/action-types";
import { screeningFacts } from "@/lib/competitions/queries/entries";
import { enterInnovation, resubmitEntry, screenEntry } from "@/lib/competitions/service/entries";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { seed } from "@/prisma/seed";
import { sideEffectsFrom, type SideEffects } from "./fixtures";

let db: Db;
let sideEffects: SideEffects | undefined;
const ctx: Record<string, ActionContext> = {};
let competition: {
  id: string;
  registration: { startsAt: Date; endsAt: Date };
  screening: { startsAt: Date; endsAt: Date };
};
let approvedDinkes: string;
let draftDinkes: string;
let categoryId: string;
const created: string[] = [];

async function contextFor(email: string): Promise<ActionContext> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  return { user, requestId: "it", ip: null };
}

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  sideEffects = await sideEffectsFrom(db);
  for (const [k, email] of Object.entries({
    operator: "operator.dinkes@inovasi.test",
    otherOperator: "operator.disdukcapil@inovasi.test",
    admin: "admin@inovasi.test",
  }))
    ctx[k] = await contextFor(email);
  const c = await db.competition.findFirstOrThrow({
    where: { name: { startsWith: "Kompetisi Inovasi Daerah" } },
    include: { stages: true, categories: true },
  });
  competition = {
    id: c.id,
    registration: c.stages.find((s) => s.kind === "REGISTRATION")!,
    screening: c.stages.find((s) => s.kind === "SCREENING")!,
  };
  categoryId = c.categories[0]!.id;
  approvedDinkes = (await db.innovation.findFirstOrThrow({ where: { title: { startsWith: "SIGAP Bumil" } } }))
    .id;
  draftDinkes = (await db.innovation.findFirstOrThrow({ where: { title: "Posyandu Remaja Sehat Jiwa" } })).id;
});
afterAll(async () => {
  await db.entry.deleteMany({ where: { id: { in: created } } });
  await sideEffects?.remove();
  await db.$disconnect();
});

const during = (s: { startsAt: Date }, days = 1) => new Date(s.startsAt.getTime() + days * 86_400_000);

describe("entering an innovation and screening it", () => {
  it("enters an approved innovation during registration, freezing its approved version, and screens it", async () => {
    const entry = await enterInnovation(
      db,
      ctx.operator!,
      { competitionId: competition.id, innovationId: approvedDinkes, categoryId },
      during(competition.registration),
    );
    created.push(entry.id);
    const row = await db.entry.findUniqueOrThrow({
      where: { id: entry.id },
      include: { version: true, statusChanges: true },
    });
    expect(row.status).toBe("REGISTERED");
    expect(row.version.status).toBe("APPROVED");
    expect(row.statusChanges.map((s) => s.toStatus)).toEqual(["REGISTERED"]);

    // The same innovation twice is refused.
    await expect(
      enterInnovation(
        db,
        ctx.operator!,
        { competitionId: competition.id, innovationId: approvedDinkes, categoryId },
        during(competition.registration),
      ),
    ).rejects.toThrow("competitions.errors.alreadyEntered");

    // Screening is refused before its dates, with the dates in the refusal.
    const early = screenEntry(
      db,
      ctx.admin!,
      {
        entryId: entry.id,
        decision: "RETURN",
        reason: "Lengkapi SK.",
        checklist: { complete: false, implementedOneYear: true, oneTitle: true, documents: false },
      },
      during(competition.registration),
    );
    await expect(early).rejects.toMatchObject({
      message: "competitions.errors.stageClosed",
      params: { stage: "competitions.stages.SCREENING", startsAt: competition.screening.startsAt },
    });

    const facts = await screeningFacts(db, ctx.admin!.user, entry.id);
    expect(facts.implementedOneYear).toBe(true);

    await screenEntry(
      db,
      ctx.admin!,
      {
        entryId: entry.id,
        decision: "RETURN",
        reason: "Lengkapi SK kepala dinas.",
        checklist: { complete: false, implementedOneYear: true, oneTitle: true, documents: false },
      },
      during(competition.screening),
    );
    expect((await db.entry.findUniqueOrThrow({ where: { id: entry.id } })).status).toBe("RETURNED");
    expect(
      await db.notification.count({ where: { userId: ctx.operator!.user.id, kind: "entry.returned" } }),
    ).toBe(1);

    // Another OPD cannot resubmit it; its own OPD can, until screening closes.
    await expect(
      resubmitEntry(db, ctx.otherOperator!, { entryId: entry.id }, during(competition.screening)),
    ).rejects.toThrow("errors.notFound");
    await expect(
      resubmitEntry(
        db,
        ctx.operator!,
        { entryId: entry.id },
        new Date(competition.screening.endsAt.getTime() + 1000),
      ),
    ).rejects.toThrow("competitions.errors.stageClosed");
    await resubmitEntry(db, ctx.operator!, { entryId: entry.id }, during(competition.screening));
    await screenEntry(
      db,
      ctx.admin!,
      {
        entryId: entry.id,
        decision: "PASS",
        reason: "Lengkap dan memenuhi syarat.",
        checklist: { complete: true, implementedOneYear: true, oneTitle: true, documents: true },
      },
      during(competition.screening, 2),
    );

    const final = await db.entry.findUniqueOrThrow({
      where: { id: entry.id },
      include: { statusChanges: { orderBy: { createdAt: "asc" } } },
    });
    expect(final.status).toBe("SCREENED_PASS");
    expect(final.statusChanges.map((s) => [s.fromStatus, s.toStatus])).toEqual([
      [null, "REGISTERED"],
      ["REGISTERED", "RETURNED"],
      ["RETURNED", "REGISTERED"],
      ["REGISTERED", "SCREENED_PASS"],
    ]);
    const audits = await db.auditLog.findMany({
      where: { entityId: entry.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((a) => a.action)).toEqual([
      "entry.registered",
      "entry.returned",
      "entry.registered",
      "entry.screened_pass",
    ]);
  });

  it("refuses outside the registration dates, with the dates", async () => {
    const late = new Date(competition.registration.endsAt.getTime() + 60_000);
    const err = await enterInnovation(
      db,
      ctx.operator!,
      { competitionId: competition.id, innovationId: approvedDinkes, categoryId },
      late,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActionError);
    expect((err as ActionError).params).toMatchObject({
      stage: "competitions.stages.REGISTRATION",
      endsAt: competition.registration.endsAt,
    });
  });

  it("refuses an innovation without an approved version, and another OPD's innovation", async () => {
    await expect(
      enterInnovation(
        db,
        ctx.operator!,
        { competitionId: competition.id, innovationId: draftDinkes, categoryId },
        during(competition.registration),
      ),
    ).rejects.toThrow("competitions.errors.notApproved");
    await expect(
      enterInnovation(
        db,
        ctx.otherOperator!,
        { competitionId: competition.id, innovationId: approvedDinkes, categoryId },
        during(competition.registration),
      ),
    ).rejects.toThrow("errors.notFound");
    expect(await db.entry.count({ where: { innovationId: draftDinkes } })).toBe(0);
  });

  it("only the secretariat screens", async () => {
    const entry = await db.entry.findFirst({ where: { id: { in: created } } });
    await expect(
      screenEntry(
        db,
        ctx.operator!,
        {
          entryId: entry!.id,
          decision: "PASS",
          reason: "Saya loloskan sendiri",
          checklist: { complete: true, implementedOneYear: true, oneTitle: true, documents: true },
        },
        during(competition.screening),
      ),
    ).rejects.toThrow("errors.forbidden");
  });
});
