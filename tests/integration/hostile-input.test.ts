// What a hostile sender can put in a server action's form, called as Next.js calls the action (session, headers
// and translations replaced by test doubles) against a real PostgreSQL: field names that reach Object.prototype,
// control characters, dates no page can show, huge numbers and odd keys. Each is refused with a message, leaves
// Object.prototype as it was, and writes nothing.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, inject, vi } from "vitest";
import type { ActionContext, ActionResult, Actor } from "@/lib/action-types";
import { saveRubricAction } from "@/lib/competitions/actions/rubric";
import {
  createCompetitionAction,
  updateScheduleAction,
  updateSettingsAction,
} from "@/lib/competitions/actions/setup";
import { createCompetition } from "@/lib/competitions/service/setup";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { unflatten } from "@/lib/unflatten";
import type * as UnflattenModule from "@/lib/unflatten";
import { formatInZone, toLocalInput } from "@/lib/time/zones";
import { seed } from "@/prisma/seed";
import { createInnovationAction, saveDraftAction } from "@/lib/innovations/actions";

const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
vi.mock("next/headers", () => ({
  headers: () =>
    Promise.resolve(new Headers({ "x-request-id": "hostile-test", "x-forwarded-for": "10.9.8.7" })),
  cookies: () => Promise.resolve({ get: () => undefined }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next-intl/server", async () => {
  const { createTranslator, createFormatter } = await import("use-intl/core");
  const core = (await import("@/messages/id.json")).default;
  const competitions = (await import("@/messages/id/competitions.json")).default;
  const innovations = (await import("@/messages/id/innovations.json")).default;
  const innovationForm = (await import("@/messages/id/innovationForm.json")).default;
  const messages = { ...core, competitions, innovations, innovationForm };
  return {
    getTranslations: (namespace?: string) =>
      Promise.resolve(
        createTranslator({
          locale: "id",
          messages,
          namespace: namespace as never,
          timeZone: "Asia/Jakarta",
        }),
      ),
    getFormatter: () => Promise.resolve(createFormatter({ locale: "id", timeZone: "Asia/Jakarta" })),
  };
});
// The real unflatten, watched: the settings and rubric forms must not be read before the scope check.
vi.mock("@/lib/unflatten", async (importOriginal) => {
  const real = await importOriginal<typeof UnflattenModule>();
  return { ...real, unflatten: vi.fn(real.unflatten) };
});

const CONTROL = "Tidak boleh berisi karakter kontrol.";
const DATE_RANGE = "Tanggal harus antara 1 Januari 2000 dan 31 Desember 2100.";
const NOT_FOUND = "Data tidak ditemukan atau di luar kewenangan Anda.";

let db: Db;
let admin: Actor;
let operator: Actor;
let otherAdmin: Actor;
let otherRegionId = "";
let competitionId = "";
let draftId = "";
const suffix = randomBytes(3).toString("hex");
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();
const toStringBefore = Object.prototype.toString;

function prototypeIsClean() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
  expect(Object.prototype.toString).toBe(toStringBefore);
  expect(String({})).toBe("[object Object]");
}

/** A form as the browser posts it; names are whatever the sender chose. */
function form(fields: [string, string][]) {
  const f = new FormData();
  for (const [k, v] of fields) f.append(k, v);
  return f;
}

/** The competition as it is stored, with everything the settings and rubric forms can change. */
const stored = () =>
  db.competition.findUniqueOrThrow({
    where: { id: competitionId },
    include: {
      categories: { orderBy: { code: "asc" } },
      stages: { orderBy: { kind: "asc" }, include: { criteria: { orderBy: { code: "asc" } } } },
    },
  });
const auditCount = () => db.auditLog.count({ where: { entityId: competitionId } });

const settingsForm = (extra: [string, string][], name = `Lomba Masukan Jahat ${suffix}`) =>
  form([
    ["competitionId", competitionId],
    ["name", name],
    ["year", "2031"],
    ["passingGrade", "70"],
    ["shortlistSize", "10"],
    ["evaluatorsPerEntry", "3"],
    ["aggregation", "MEAN"],
    ["categories.0.code", "UMUM"],
    ["categories.0.name", "Umum"],
    ["stageWeights.DESK.weight", "70"],
    ["stageWeights.PRESENTATION.weight", "30"],
    ...extra,
  ]);

const POLLUTING: [string, string][] = [
  ["constructor.prototype.toString", "polluted"],
  ["_1_constructor.prototype.toString", "polluted"],
  ["__proto__.polluted", "yes"],
  ["categories.0.__proto__.polluted", "yes"],
];

beforeAll(async () => {
  vi.stubEnv("DATABASE_URL", inject("databaseUrl"));
  vi.stubEnv("NEXTAUTH_SECRET", "h".repeat(40));
  delete (globalThis as { __db?: unknown }).__db;
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  const pick = { id: true, name: true, email: true, role: true, opdId: true, regionId: true } as const;
  admin = await db.user.findUniqueOrThrow({ where: { email: "admin@inovasi.test" }, select: pick });
  operator = await db.user.findUniqueOrThrow({
    where: { email: "operator.dinkes@inovasi.test" },
    select: pick,
  });
  const region = await db.region.create({
    data: { code: `HI-${suffix}`, name: "Kabupaten Seberang", kind: "KABUPATEN" },
  });
  otherRegionId = region.id;
  otherAdmin = await db.user.create({
    data: {
      name: "Admin Seberang",
      email: `admin-${suffix}@seberang.test`,
      role: "ADMIN",
      regionId: region.id,
    },
    select: pick,
  });
  const ctx: ActionContext = { user: admin, requestId: "hostile-test", ip: null };
  competitionId = (
    await createCompetition(db, ctx, {
      name: `Lomba Masukan ${suffix}`,
      year: 2031,
      registrationStartsAt: new Date("2031-01-05T00:00:00+07:00"),
      copyFrom: null,
    })
  ).id;
  draftId = (
    await db.innovation.create({
      data: {
        regionId: operator.regionId,
        opdId: operator.opdId!,
        year: 2031,
        title: `Draf uji masukan ${suffix}`,
        createdById: operator.id,
        updatedById: operator.id,
      },
      select: { id: true },
    })
  ).id;
});

beforeEach(() => {
  session.user = null;
  vi.mocked(unflatten).mockClear();
});

afterAll(async () => {
  const mine = await db.competition.findMany({ where: { name: { contains: suffix } }, select: { id: true } });
  await db.auditLog.deleteMany({
    where: { entityId: { in: [competitionId, draftId, ...mine.map((c) => c.id)] } },
  });
  await db.competition.deleteMany({ where: { id: competitionId } });
  await db.innovation.deleteMany({ where: { OR: [{ id: draftId }, { title: { contains: suffix } }] } });
  await db.competition.deleteMany({ where: { name: { contains: suffix } } });
  await db.user.deleteMany({ where: { id: otherAdmin.id } });
  await db.region.deleteMany({ where: { id: otherRegionId } });
  await db.$disconnect();
  await (globalThis as { __db?: Db }).__db?.$disconnect();
  delete (globalThis as { __db?: unknown }).__db;
  vi.unstubAllEnvs();
});

const failed = (r: ActionResult<unknown>) => {
  expect(r.ok).toBe(false);
  return r as Extract<ActionResult, { ok: false }>;
};

describe("field names that reach Object.prototype", () => {
  it("an admin of another region is refused before the form is read: nothing polluted, nothing written", async () => {
    const before = await stored();
    const audits = await auditCount();
    session.user = otherAdmin;
    const r = failed(await updateSettingsAction(null, settingsForm(POLLUTING)));
    expect(r.message).toBe(NOT_FOUND);
    expect(unflatten).not.toHaveBeenCalled();
    prototypeIsClean();

    const rubric = failed(
      await saveRubricAction(
        null,
        form([["competitionId", competitionId], ["stage", "DESK"], ["criteria.0.code", "X1"], ...POLLUTING]),
      ),
    );
    expect(rubric.message).toBe(NOT_FOUND);
    expect(unflatten).not.toHaveBeenCalled();
    prototypeIsClean();
    expect(await stored()).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it("the competition's own admin gets a clear refusal for each such name, and the server keeps working", async () => {
    const before = await stored();
    const audits = await auditCount();
    session.user = admin;
    for (const field of POLLUTING) {
      const r = failed(await updateSettingsAction(null, settingsForm([field])));
      expect(r.message).toBe("Nama isian tidak dikenal. Muat ulang halaman lalu kirim lagi.");
      prototypeIsClean();
    }
    const rubric = failed(
      await saveRubricAction(
        null,
        form([
          ["competitionId", competitionId],
          ["stage", "DESK"],
          ["criteria.0.constructor.prototype.polluted", "yes"],
        ]),
      ),
    );
    expect(rubric.message).toBe("Nama isian tidak dikenal. Muat ulang halaman lalu kirim lagi.");
    prototypeIsClean();
    expect(await stored()).toEqual(before);
    expect(await auditCount()).toBe(audits);

    // The same form without the hostile names still saves.
    const ok = await updateSettingsAction(null, settingsForm([]));
    expect(ok).toMatchObject({ ok: true });
    expect((await stored()).name).toBe(`Lomba Masukan Jahat ${suffix}`);
  });

  it("odd keys, a checkbox named after a prototype member, huge indexes and numbers are refused cleanly", async () => {
    session.user = admin;
    const before = await stored();
    for (const extra of [
      [["categories.4294967294.code", "X"]],
      [["stageWeights.FIELD_VERIFICATION.passFail", "constructor"]],
      [["year", "1e308"]],
      [["shortlistSize", "-99999999999999999999"]],
      [["name", "x".repeat(1 << 20)]],
      [["a\u0000b", "x"]],
      [["constructor", "x"]],
    ] as [string, string][][]) {
      const r = await updateSettingsAction(null, settingsForm(extra));
      expect(r.ok, JSON.stringify(extra).slice(0, 80)).toBe(false);
      if (!r.ok) expect(r.message).not.toMatch(/kesalahan tak terduga/);
      prototypeIsClean();
    }
    expect(await stored()).toEqual(before);
    // A field named __proto__ is no field of the schema: ignored, like any unknown key.
    const ignored = await updateSettingsAction(null, settingsForm([["__proto__", "x"]]));
    expect(ignored).toMatchObject({ ok: true });
    prototypeIsClean();
  });

  it("a schedule with a field named constructor is answered with field errors, not a crash", async () => {
    session.user = admin;
    const r = failed(
      await updateScheduleAction(
        null,
        form([
          ["competitionId", competitionId],
          ["constructor", "kemarin"],
        ]),
      ),
    );
    expect(r.fieldErrors?.constructor).toEqual(["Tanggal tidak valid."]);
  });
});

describe("competition settings", () => {
  it("a name and year another competition of the region has are refused with a message, not an unexpected error", async () => {
    session.user = admin;
    const twin = await createCompetition(
      db,
      { user: admin, requestId: "hostile-test", ip: null },
      {
        name: `Lomba Kembar ${suffix}`,
        year: 2031,
        registrationStartsAt: new Date("2031-01-05T00:00:00+07:00"),
        copyFrom: null,
      },
    );
    const before = await stored();
    const r = failed(await updateSettingsAction(null, settingsForm([], twin.name)));
    expect(r.fieldErrors?.name).toEqual(["Kompetisi dengan nama dan tahun ini sudah ada."]);
    expect(await stored()).toEqual(before);
  });
});

describe("control characters", () => {
  it("a NUL in a new innovation's title is refused with the Indonesian message, and nothing is written", async () => {
    session.user = operator;
    const title = `Judul ${suffix}\u0000`;
    const r = failed(await createInnovationAction(null, form([["title", title]])));
    expect(r.fieldErrors).toEqual({ title: [CONTROL] });
    expect(await db.innovation.count({ where: { title: { startsWith: `Judul ${suffix}` } } })).toBe(0);
  });

  it("a NUL, DEL, invalid UTF-8 or a lone surrogate in a draft's title is refused and the draft is unchanged", async () => {
    session.user = operator;
    const before = await db.innovation.findUniqueOrThrow({ where: { id: draftId } });
    for (const title of [
      "Judul\u0000baru",
      "Judul\u007f",
      new TextDecoder().decode(new Uint8Array([0x4a, 0xc3, 0x28])),
      "Judul \ud83d",
    ]) {
      const r = failed(
        await saveDraftAction(null, { id: draftId, revision: before.revision, patch: { title } }),
      );
      expect(r.fieldErrors).toEqual({ "patch.title": [CONTROL] });
    }
    const after = await db.innovation.findUniqueOrThrow({ where: { id: draftId } });
    expect(after).toEqual(before);
    // Line breaks and tabs are text, not control characters.
    const ok = await saveDraftAction(null, {
      id: draftId,
      revision: before.revision,
      patch: { title: `Judul\tbaru ${suffix}` },
    });
    expect(ok).toMatchObject({ ok: true, data: { kind: "saved" } });
  });
});

describe("dates no page can show", () => {
  it.each(["0000-01-01", "9999-12-31", "1999-12-31"])(
    "a competition registering from %s is refused with the date range, and none is created",
    async (day) => {
      session.user = admin;
      const name = `Lomba Tanggal ${suffix} ${day}`;
      const r = failed(
        await createCompetitionAction(
          null,
          form([
            ["name", name],
            ["year", "2031"],
            ["registrationStartsAt", day],
          ]),
        ),
      );
      expect(r.fieldErrors).toEqual({ registrationStartsAt: [DATE_RANGE] });
      expect(await db.competition.count({ where: { name } })).toBe(0);
    },
  );

  it("a stage moved to the year 9999 or 0000 is refused, and the schedule is unchanged", async () => {
    session.user = admin;
    const before = await stored();
    const r = failed(
      await updateScheduleAction(
        null,
        form([
          ["competitionId", competitionId],
          ["REGISTRATION.startsAt", "0000-01-01T00:00"],
          ["REGISTRATION.endsAt", "9999-12-31T23:59"],
        ]),
      ),
    );
    expect(r.fieldErrors).toEqual({
      "REGISTRATION.startsAt": [DATE_RANGE],
      "REGISTRATION.endsAt": [DATE_RANGE],
    });
    expect((await stored()).stages).toEqual(before.stages);
  });
});

describe("dates in the region's own time zone", () => {
  it("a WITA region's schedule entered as 08:00 is stored as 00:00 UTC and shown back as 08.00 WITA", async () => {
    await db.region.update({ where: { id: otherRegionId }, data: { timeZone: "WITA" } });
    const ctx: ActionContext = { user: otherAdmin, requestId: "hostile-test", ip: null };
    const { id } = await createCompetition(db, ctx, {
      name: `Lomba Waktu Tengah ${suffix}`,
      year: 2026,
      registrationStartsAt: "2026-02-01",
      copyFrom: null,
    });
    const registration = () =>
      db.competitionStage.findUniqueOrThrow({
        where: { competitionId_kind: { competitionId: id, kind: "REGISTRATION" } },
        select: { startsAt: true, endsAt: true },
      });
    // The date of the new competition opens registration at midnight WITA.
    expect((await registration()).startsAt.toISOString()).toBe("2026-01-31T16:00:00.000Z");

    session.user = otherAdmin;
    const r = await updateScheduleAction(
      null,
      form([
        ["competitionId", id],
        ["REGISTRATION.startsAt", "2026-03-01T08:00"],
        ["REGISTRATION.endsAt", "2026-03-02T17:30"],
        ["SCREENING.startsAt", "2026-03-03T08:00"],
        ["SCREENING.endsAt", "2026-03-04T08:00"],
        ["DESK.startsAt", "2026-03-05T08:00"],
        ["DESK.endsAt", "2026-03-06T08:00"],
        ["ANNOUNCEMENT.startsAt", "2026-03-20T08:00"],
        ["ANNOUNCEMENT.endsAt", "2026-03-21T08:00"],
      ]),
    );
    expect(r).toMatchObject({ ok: true });
    const stage = await registration();
    expect(stage.startsAt.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    expect(stage.endsAt.toISOString()).toBe("2026-03-02T09:30:00.000Z");
    // What the schedule and its form show of the stored instants.
    expect(formatInZone(stage.startsAt, "id", "WITA", { timeStyle: "short" })).toBe("08.00 WITA");
    expect(formatInZone(stage.startsAt, "id", "WITA", { dateStyle: "medium", timeStyle: "short" })).toBe(
      "1 Mar 2026, 08.00 WITA",
    );
    expect(toLocalInput(stage.endsAt, "WITA")).toBe("2026-03-02T17:30");
  });
});
