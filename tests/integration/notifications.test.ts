import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, inject } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { submitSchema } from "@/lib/innovations/schemas";
import { createInnovation, saveDraft, submitInnovation } from "@/lib/innovations/service";
import { latestNotifications, listNotifications, PAGE_SIZE, unreadCount } from "@/lib/notifications/queries";
import { markAllRead, markRead, notify } from "@/lib/notifications/service";
import { seed } from "@/prisma/seed";
import { ACTOR_FIELDS, contextOf, sideEffectsFrom, type SideEffects } from "./fixtures";

let db: Db;
let sideEffects: SideEffects | undefined;
const user: Record<"a" | "b" | "c", { id: string }> = { a: { id: "" }, b: { id: "" }, c: { id: "" } };
const contextFor = (email: string): Promise<ActionContext> => contextOf(db, email);

// Accounts of this file alone (their notifications go with them); wiped before each test.
beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  const { regionId } = await seed(db);
  sideEffects = await sideEffectsFrom(db);
  const suffix = randomBytes(4).toString("hex");
  for (const key of ["a", "b", "c"] as const) {
    user[key] = await db.user.create({
      data: {
        email: `notif-${key}-${suffix}@inovasi.test`,
        name: `Penerima ${key.toUpperCase()}`,
        role: "EVALUATOR",
        regionId,
      },
      select: ACTOR_FIELDS,
    });
  }
});
beforeEach(async () => {
  await db.notification.deleteMany({ where: { userId: { in: [user.a.id, user.b.id, user.c.id] } } });
});
afterAll(async () => {
  if (!db) return;
  await db.user.deleteMany({ where: { id: { in: [user.a.id, user.b.id, user.c.id] } } });
  await db.innovation.deleteMany({ where: { id: { in: createdInnovations } } });
  await sideEffects?.remove();
  await db.$disconnect();
});
const createdInnovations: string[] = [];

const rowsOf = (userId: string) =>
  db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

describe("notify", () => {
  it("writes one notification per distinct recipient and ignores an empty list", async () => {
    const written = await notify(db, {
      userIds: [user.a.id, user.a.id, user.b.id, null, undefined, ""],
      kind: "assignment.created",
      title: "  Anda ditugaskan menilai 3 inovasi  ",
      body: "Batas penilaian 30 Juni.",
      link: "/penilai",
    });
    expect(written).toBe(2);
    const a = await rowsOf(user.a.id);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({
      kind: "assignment.created",
      title: "Anda ditugaskan menilai 3 inovasi",
      body: "Batas penilaian 30 Juni.",
      link: "/penilai",
      readAt: null,
    });
    expect(await rowsOf(user.b.id)).toHaveLength(1);

    const before = await db.notification.count();
    expect(await notify(db, { userIds: [], kind: "review.reminder", title: "x" })).toBe(0);
    expect(await notify(db, { userIds: [null, ""], kind: "review.reminder", title: "x" })).toBe(0);
    expect(await db.notification.count()).toBe(before);
  });

  it("keeps relative links and drops absolute or protocol-relative ones", async () => {
    const links = [
      "https://evil.example/inovasi/1",
      "//evil.example/x",
      "/\\evil.example",
      "javascript:alert(1)",
      "inovasi/1",
    ];
    for (const link of links)
      await notify(db, { userIds: [user.a.id], kind: "review.reminder", title: `Tautan ${link}`, link });
    await notify(db, { userIds: [user.a.id], kind: "review.reminder", title: "Tanpa tautan" });
    await notify(db, {
      userIds: [user.a.id],
      kind: "review.reminder",
      title: "Tautan relatif",
      link: "/inovasi/abc?tab=versi",
    });
    const rows = await rowsOf(user.a.id);
    expect(rows).toHaveLength(links.length + 2);
    expect(rows.filter((r) => r.link !== null).map((r) => r.link)).toEqual(["/inovasi/abc?tab=versi"]);
  });

  it("refuses a notification without a title", async () => {
    await expect(notify(db, { userIds: [user.a.id], kind: "review.reminder", title: "   " })).rejects.toThrow(
      /title/,
    );
    expect(await rowsOf(user.a.id)).toHaveLength(0);
  });

  it("is part of the caller's transaction: a rollback takes the notification with it", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, {
          userIds: [user.a.id],
          kind: "screening.result",
          title: "Lolos seleksi administrasi",
        });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await rowsOf(user.a.id)).toHaveLength(0);

    await db.$transaction((tx) =>
      notify(tx, { userIds: [user.a.id], kind: "screening.result", title: "Lolos seleksi administrasi" }),
    );
    expect(await rowsOf(user.a.id)).toHaveLength(1);
  });
});

describe("reading notifications", () => {
  async function three() {
    const t0 = Date.now() - 60_000;
    await db.notification.createMany({
      data: [
        {
          userId: user.a.id,
          kind: "innovation.submitted",
          title: "Pertama",
          link: "/inovasi/1",
          createdAt: new Date(t0),
        },
        {
          userId: user.a.id,
          kind: "innovation.returned",
          title: "Kedua",
          link: "/inovasi/2",
          createdAt: new Date(t0 + 1_000),
        },
        { userId: user.a.id, kind: "review.reminder", title: "Ketiga", createdAt: new Date(t0 + 2_000) },
        { userId: user.b.id, kind: "review.reminder", title: "Milik B", createdAt: new Date(t0 + 3_000) },
      ],
    });
    const ids = Object.fromEntries((await rowsOf(user.a.id)).map((r) => [r.title, r.id]));
    return ids as Record<"Pertama" | "Kedua" | "Ketiga", string>;
  }

  it("lists the caller's own notifications newest first, counts the unread, marks one and then all read", async () => {
    const ids = await three();
    const all = await listNotifications(db, user.a, { page: 1 });
    expect(all).toMatchObject({ total: 3, page: 1, pages: 1 });
    expect(all.rows.map((r) => r.title)).toEqual(["Ketiga", "Kedua", "Pertama"]);
    expect(await unreadCount(db, user.a)).toBe(3);
    expect(await unreadCount(db, user.b)).toBe(1);
    expect((await latestNotifications(db, user.a, 2)).map((r) => r.title)).toEqual(["Ketiga", "Kedua"]);

    const readAt = new Date("2026-01-02T03:04:05Z");
    expect(await markRead(db, user.a, { id: ids.Kedua }, readAt)).toEqual({
      id: ids.Kedua,
      link: "/inovasi/2",
    });
    expect(await unreadCount(db, user.a)).toBe(2);
    const unread = await listNotifications(db, user.a, { unreadOnly: true, page: 1 });
    expect(unread.rows.map((r) => r.title)).toEqual(["Ketiga", "Pertama"]);
    expect(unread.total).toBe(2);

    // Marking it again keeps the first reading time.
    await markRead(db, user.a, { id: ids.Kedua }, new Date("2027-01-01T00:00:00Z"));
    expect((await db.notification.findUniqueOrThrow({ where: { id: ids.Kedua } })).readAt).toEqual(readAt);

    expect(await markAllRead(db, user.a)).toBe(2);
    expect(await unreadCount(db, user.a)).toBe(0);
    expect(await markAllRead(db, user.a)).toBe(0);
    expect((await listNotifications(db, user.a, { unreadOnly: true, page: 1 })).rows).toEqual([]);
    // Someone else's notifications are untouched by "mark all".
    expect(await unreadCount(db, user.b)).toBe(1);
  });

  it("never lets a user read or mark someone else's notification", async () => {
    const ids = await three();
    await expect(markRead(db, user.b, { id: ids.Pertama })).rejects.toThrow("errors.notFound");
    await expect(markRead(db, user.c, { id: ids.Pertama })).rejects.toThrow("errors.notFound");
    await expect(markRead(db, user.a, { id: "does-not-exist" })).rejects.toThrow("errors.notFound");
    expect((await db.notification.findUniqueOrThrow({ where: { id: ids.Pertama } })).readAt).toBeNull();
    expect(await unreadCount(db, user.a)).toBe(3);

    expect((await listNotifications(db, user.b, { page: 1 })).rows.map((r) => r.title)).toEqual(["Milik B"]);
    expect((await listNotifications(db, user.c, { page: 1 })).total).toBe(0);
    await markAllRead(db, user.b);
    expect(await unreadCount(db, user.a)).toBe(3);
  });

  it("hides a stored link that points outside the portal", async () => {
    // Written directly, as a feature that bypasses notify() might.
    await db.notification.create({
      data: { userId: user.a.id, kind: "review.reminder", title: "Lama", link: "https://evil.example" },
    });
    const [row] = (await listNotifications(db, user.a, { page: 1 })).rows;
    expect(row?.link).toBeNull();
    expect((await markRead(db, user.a, { id: row!.id })).link).toBeNull();
  });

  it("pages 20 at a time, without gaps or repeats", async () => {
    const t0 = Date.now() - 3_600_000;
    const n = 2 * PAGE_SIZE + 5;
    await db.notification.createMany({
      data: Array.from({ length: n }, (_, i) => ({
        userId: user.a.id,
        kind: "review.reminder",
        title: `Pengingat ${i + 1}`,
        createdAt: new Date(t0 + i * 1_000),
        readAt: i % 3 === 0 ? new Date(t0 + i * 1_000) : null,
      })),
    });
    const pages = await Promise.all([1, 2, 3, 4].map((page) => listNotifications(db, user.a, { page })));
    expect(pages.map((p) => p.rows.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 5, 0]);
    expect(pages.every((p) => p.total === n && p.pages === 3)).toBe(true);
    const titles = pages.flatMap((p) => p.rows.map((r) => r.title));
    expect(titles).toEqual(Array.from({ length: n }, (_, i) => `Pengingat ${n - i}`));

    const unread = n - Math.ceil(n / 3);
    const unreadPages = await Promise.all(
      [1, 2].map((page) => listNotifications(db, user.a, { unreadOnly: true, page })),
    );
    expect(unreadPages[0]).toMatchObject({ total: unread, pages: Math.ceil(unread / PAGE_SIZE) });
    expect(unreadPages.flatMap((p) => p.rows).every((r) => r.readAt === null)).toBe(true);
    expect(unreadPages.flatMap((p) => p.rows)).toHaveLength(unread);

    // A nonsense page number is page 1.
    expect((await listNotifications(db, user.a, { page: 0 })).page).toBe(1);
    expect((await listNotifications(db, user.a, { page: 1.5 })).rows[0]?.title).toBe(`Pengingat ${n}`);
  });
});

describe("with the innovation workflow", () => {
  it("the head is told when an operator submits, with a link the list keeps", async () => {
    const operator = await contextFor("operator.disdukcapil@inovasi.test");
    const head = await contextFor("kepala.disdukcapil@inovasi.test");
    const before = await unreadCount(db, head.user);
    const { id } = await createInnovation(db, operator, {
      title: "Akta Kelahiran Langsung dari Rumah Sakit",
    });
    createdInnovations.push(id);
    const rev = (await db.innovation.findUniqueOrThrow({ where: { id } })).revision;
    const saved = await saveDraft(db, operator, {
      id,
      revision: rev,
      patch: {
        bentuk: "PELAYANAN_PUBLIK",
        jenis: "DIGITAL",
        urusan: "Sosial",
        inisiator: "PERANGKAT_DAERAH",
        tahapan: "PENERAPAN",
        trialStartDate: "2024-01-10",
        implementedDate: "2024-06-01",
        summary: "Akta kelahiran terbit sebelum ibu dan bayi pulang dari rumah sakit.",
        problem: "Banyak anak belum memiliki akta kelahiran.",
        novelty: "Petugas dukcapil bekerja di rumah sakit.",
        strategy: "Kerja sama dengan RSUD lalu rumah sakit swasta.",
        results: "Cakupan akta kelahiran naik menjadi 98 persen.",
        sdgs: [16],
      },
    });
    if (saved.kind !== "saved") throw new Error("expected saved");
    const submitted = await submitInnovation(db, operator, { id, revision: saved.revision }, (draft) =>
      submitSchema().safeParse(draft).success ? null : { _: ["incomplete"] },
    );
    expect(submitted).toMatchObject({ ok: true });

    expect(await unreadCount(db, head.user)).toBe(before + 1);
    const [latest] = (await listNotifications(db, head.user, { unreadOnly: true, page: 1 })).rows;
    expect(latest).toMatchObject({ kind: "innovation.submitted", link: `/inovasi/${id}` });
    expect(latest!.title).toContain("Akta Kelahiran Langsung dari Rumah Sakit");
    // The operator cannot mark the head's notification.
    await expect(markRead(db, operator.user, { id: latest!.id })).rejects.toThrow("errors.notFound");
    await markRead(db, head.user, { id: latest!.id });
    expect(await unreadCount(db, head.user)).toBe(before);
  });
});
