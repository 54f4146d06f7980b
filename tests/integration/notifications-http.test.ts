// GET /api/notifikasi/belum-dibaca, the cached catalogue header's bell, called as Next.js calls it (session and
// translations replaced by test doubles) against a real PostgreSQL.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, inject, vi } from "vitest";
import type { Actor } from "@/lib/action-types";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { notify } from "@/lib/notifications/service";
import { seed } from "@/prisma/seed";
import { GET } from "@/app/api/notifikasi/belum-dibaca/route";

const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("use-intl/core");
  const notifications = (await import("@/messages/id/notifications.json")).default;
  return {
    getTranslations: (namespace: string) =>
      Promise.resolve(
        createTranslator({
          locale: "id",
          messages: { notifications },
          namespace: namespace as "notifications",
          timeZone: "Asia/Jakarta",
        }),
      ),
  };
});

let db: Db;
// Two accounts of this file alone, so no other file's notifications reach them.
const people: Actor[] = [];

beforeAll(async () => {
  vi.stubEnv("DATABASE_URL", inject("databaseUrl"));
  vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
  delete (globalThis as { __db?: unknown }).__db;
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  const template = await db.user.findUniqueOrThrow({ where: { email: "operator.dinkes@inovasi.test" } });
  for (const name of ["Lonceng Satu", "Lonceng Dua"]) {
    const u = await db.user.create({
      data: {
        name,
        email: `lonceng-${randomBytes(4).toString("hex")}@inovasi.test`,
        role: "OPD_OPERATOR",
        regionId: template.regionId,
        opdId: template.opdId,
      },
      select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
    });
    people.push(u);
  }
});
beforeEach(() => {
  session.user = null;
});
afterAll(async () => {
  const ids = people.map((p) => p.id);
  await db.notification.deleteMany({ where: { userId: { in: ids } } });
  await db.user.deleteMany({ where: { id: { in: ids } } });
  await db.$disconnect();
  delete (globalThis as { __db?: unknown }).__db;
});

async function bell() {
  const response = await GET();
  return {
    status: response.status,
    cache: response.headers.get("cache-control"),
    body: (await response.json()) as Record<string, unknown>,
  };
}

describe("the cached header's bell", () => {
  it("refuses a visitor and is never cached", async () => {
    const r = await bell();
    expect(r.status).toBe(401);
    expect(r.cache).toBe("private, no-store");
    expect(r.body).toEqual({ ok: false, message: "unauthenticated" });
  });

  it("counts the signed-in user's own unread notifications only, with the label in Indonesian", async () => {
    const [one, two] = people as [Actor, Actor];
    session.user = one;
    expect((await bell()).body).toEqual({
      ok: true,
      count: 0,
      label: "Notifikasi, tidak ada yang belum dibaca",
    });

    await notify(db, {
      userIds: [one.id, two.id],
      kind: "assignment.created",
      title: "Tugas baru",
      link: "/penilai",
    });
    await notify(db, {
      userIds: [two.id],
      kind: "assignment.created",
      title: "Tugas lain",
      link: "/penilai",
    });
    await db.notification.updateMany({
      where: { userId: two.id, title: "Tugas baru" },
      data: { readAt: new Date() },
    });

    expect((await bell()).body).toEqual({ ok: true, count: 1, label: "Notifikasi, 1 belum dibaca" });
    session.user = two;
    expect((await bell()).body).toEqual({ ok: true, count: 1, label: "Notifikasi, 1 belum dibaca" });
    await notify(db, {
      userIds: [two.id],
      kind: "assignment.created",
      title: "Tugas ketiga",
      link: "/penilai",
    });
    expect((await bell()).body).toMatchObject({ count: 2, label: "Notifikasi, 2 belum dibaca" });
  });
});
