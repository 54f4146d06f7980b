// Sessions end on the server: a sign-out, a new password, a deactivation or a role change ends them, and a
// replayed cookie then reads as signed out everywhere (getCurrentUser, next-auth's /api/auth/session that the
// cached header asks, the notification count). Sign-in goes through the login form's action, sign-out and the
// session endpoint through next-auth's route, as Next.js calls them (next/headers replaced by cookie jars).
import { randomBytes } from "node:crypto";
import { createRequire } from "node:module";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, inject, vi } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { setUserActive } from "@/lib/admin/service/users";
import { loginAction, signOutEverywhereAction } from "@/lib/auth/actions";
import { hashPassword } from "@/lib/auth/password";
import { getCurrentUser } from "@/lib/auth/session";
import { createSetupToken, consumeSetupToken } from "@/lib/auth/setup-token";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { seed } from "@/prisma/seed";
import * as authRoute from "@/app/api/auth/[...nextauth]/route";
import * as bellRoute from "@/app/api/notifikasi/belum-dibaca/route";
import { type Browser, copyOf, csrfPair, newBrowser, nextHeaders } from "./browser-jar";

const current = vi.hoisted(() => ({ browser: null as unknown as Browser }));
vi.mock("next/headers", async () => (await import("./browser-jar")).nextHeaders(current));
// next-auth's route adapter require()s next/headers, which vi.mock does not reach: the same doubles, in place.
Object.assign(createRequire(import.meta.url)("next/headers") as object, nextHeaders(current));
vi.mock("next-intl/server", () => ({
  getTranslations: () => Promise.resolve(Object.assign((key: string) => key, { has: () => false })),
}));

const SECRET = "s".repeat(40);
const APP_URL = "http://localhost:3000";
const PASSWORD = "Rahasia#2026";
const COOKIE = "next-auth.session-token";

let db: Db;
let admin: ActionContext;
const userIds: string[] = [];

beforeAll(async () => {
  // Before anything calls env(): it is parsed once per module graph.
  vi.stubEnv("DATABASE_URL", inject("databaseUrl"));
  vi.stubEnv("NEXTAUTH_SECRET", SECRET);
  vi.stubEnv("NEXTAUTH_URL", APP_URL);
  vi.stubEnv("APP_URL", APP_URL);
  delete (globalThis as { __db?: unknown }).__db;
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  const a = await db.user.findUniqueOrThrow({
    where: { email: "admin@inovasi.test" },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  admin = { user: a, requestId: "test-request", ip: "127.0.0.1" };
});

afterAll(async () => {
  await db.rateLimit.deleteMany({ where: { OR: userIds.map((id) => ({ key: { contains: id } })) } });
  await db.auditLog.deleteMany({ where: { entityId: { in: userIds } } });
  await db.user.deleteMany({ where: { id: { in: userIds } } });
  await db.$disconnect();
  await (globalThis as { __db?: Db }).__db?.$disconnect();
  delete (globalThis as { __db?: unknown }).__db;
  vi.unstubAllEnvs();
});

/** An account of this test alone, with a password. */
async function newAccount(role: "OPD_OPERATOR" | "EVALUATOR" = "OPD_OPERATOR") {
  const template = await db.user.findUniqueOrThrow({ where: { email: "operator.dinkes@inovasi.test" } });
  const u = await db.user.create({
    data: {
      name: "Akun Sesi",
      email: `sesi-${randomBytes(4).toString("hex")}@inovasi.test`,
      role,
      regionId: template.regionId,
      opdId: role === "OPD_OPERATOR" ? template.opdId : null,
      passwordHash: await hashPassword(PASSWORD, 4),
    },
    select: { id: true, email: true },
  });
  userIds.push(u.id);
  return u;
}

async function as<T>(browser: Browser, fn: () => Promise<T>): Promise<T> {
  current.browser = browser;
  return fn();
}

/** Signs in through the login form's action, which answers with a redirect to the dashboard. */
async function signIn(browser: Browser, email: string) {
  const form = new FormData();
  form.set("identifier", email);
  form.set("password", PASSWORD);
  await as(browser, () => loginAction(null, form)).then(
    (state) => {
      throw new Error(`not signed in: ${JSON.stringify(state)}`);
    },
    (err: unknown) => {
      if (!String((err as { digest?: string }).digest).includes("/dasbor")) throw err;
    },
  );
  expect(browser.cookies.get(COOKIE)).toBeTruthy();
  expect(browser.cookies.get("inovasi.device")).toMatch(/^[^.]+\.\d+\.[\w-]+$/);
}

const route = (action: string) => ({ params: Promise.resolve({ nextauth: [action] }) });

/** Signs out as the header's button does: a POST to next-auth with its CSRF token. */
async function signOut(browser: Browser) {
  const csrf = csrfPair(SECRET);
  browser.cookies.set("next-auth.csrf-token", csrf.cookie);
  const res = await as(browser, () =>
    authRoute.POST(
      new NextRequest(`${APP_URL}/api/auth/signout`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken: csrf.token, callbackUrl: "/", json: "true" }),
      }),
      route("signout"),
    ),
  );
  expect(res.status).toBe(200);
  expect(res.headers.getSetCookie().join("\n")).toMatch(new RegExp(`^${COOKIE}=;`, "m"));
  browser.cookies.delete(COOKIE);
}

/** What the cached header's islands learn: GET /api/auth/session. */
async function headerSession(browser: Browser) {
  const res = await as(browser, () =>
    authRoute.GET(new NextRequest(`${APP_URL}/api/auth/session`), route("session")),
  );
  return (await res.json()) as { user?: { id?: string } };
}

const bellStatus = (browser: Browser) => as(browser, async () => (await bellRoute.GET()).status);
const whoIs = (browser: Browser) => as(browser, async () => (await getCurrentUser())?.id ?? null);

describe("a session ends on the server", () => {
  it("signing out ends that session: its replayed cookie is a visitor's, another browser stays signed in", async () => {
    const u = await newAccount();
    const laptop = newBrowser();
    const phone = newBrowser();
    await signIn(laptop, u.email);
    await signIn(phone, u.email);
    const stolen = copyOf(laptop);
    expect(await whoIs(stolen)).toBe(u.id);
    expect((await headerSession(stolen)).user?.id).toBe(u.id);
    expect(await bellStatus(stolen)).toBe(200);

    await signOut(laptop);
    expect(await whoIs(stolen)).toBeNull();
    expect(await headerSession(stolen)).toEqual({});
    expect(await bellStatus(stolen)).toBe(401);
    expect(await whoIs(phone)).toBe(u.id);
  });

  it("signing out everywhere ends every session of the account, this browser's too, and only after confirming", async () => {
    const u = await newAccount();
    const other = await newAccount();
    const laptop = newBrowser();
    const phone = newBrowser();
    const colleague = newBrowser();
    await signIn(laptop, u.email);
    await signIn(phone, u.email);
    await signIn(colleague, other.email);

    // A post without the dialog's confirmation ends nothing.
    const unconfirmed = await as(laptop, () => signOutEverywhereAction(null, new FormData()));
    expect(unconfirmed.ok).toBe(false);
    expect(await whoIs(phone)).toBe(u.id);

    const form = new FormData();
    form.set("confirm", "ya");
    await as(laptop, () => signOutEverywhereAction(null, form)).then(
      (result) => {
        throw new Error(`no redirect: ${JSON.stringify(result)}`);
      },
      (err: unknown) => {
        if (!String((err as { digest?: string }).digest).includes("/masuk?keluar=semua")) throw err;
      },
    );
    expect(laptop.cookies.get(COOKIE)).toBeFalsy();
    expect(await whoIs(phone)).toBeNull();
    expect(await db.userSession.count({ where: { userId: u.id } })).toBe(0);
    expect(await whoIs(colleague)).toBe(other.id);
    const line = await db.auditLog.findFirstOrThrow({
      where: { action: "auth.signOutEverywhere", entityId: u.id },
      select: { actorId: true, after: true },
    });
    expect(line).toEqual({ actorId: u.id, after: { sessionsEnded: 2 } });
  });

  it("setting a new password through a reset link ends every session of the account", async () => {
    const u = await newAccount();
    const laptop = newBrowser();
    const phone = newBrowser();
    await signIn(laptop, u.email);
    await signIn(phone, u.email);
    const token = await createSetupToken(db, u.id);
    expect(await consumeSetupToken(db, token, "SandiBaru2026")).toEqual({ userId: u.id });
    expect(await whoIs(laptop)).toBeNull();
    expect(await whoIs(phone)).toBeNull();
    expect(await headerSession(phone)).toEqual({});
  });

  it("a deactivation ends every session, and reactivating the account does not revive them", async () => {
    const u = await newAccount();
    const laptop = newBrowser();
    await signIn(laptop, u.email);
    await setUserActive(db, admin, { id: u.id, active: false });
    await setUserActive(db, admin, { id: u.id, active: true });
    expect(await whoIs(laptop)).toBeNull();
    await signIn(laptop, u.email);
    expect(await whoIs(laptop)).toBe(u.id);
  });

  it("a role change or a move to another OPD ends the account's sessions", async () => {
    const u = await newAccount();
    const before = newBrowser();
    await signIn(before, u.email);
    await db.user.update({ where: { id: u.id }, data: { role: "OPD_HEAD" } });
    expect(await whoIs(before)).toBeNull();

    const again = newBrowser();
    await signIn(again, u.email);
    const other = await db.opd.findFirstOrThrow({ where: { shortName: "DINSOS" }, select: { id: true } });
    await db.user.update({ where: { id: u.id }, data: { opdId: other.id } });
    expect(await whoIs(again)).toBeNull();
  });

  it("a session cookie forged without the secret, or naming no session, is a visitor's", async () => {
    const u = await newAccount();
    const browser = newBrowser();
    await signIn(browser, u.email);
    const { encode } = await import("next-auth/jwt");
    const forged = copyOf(browser);
    forged.cookies.set(COOKIE, await encode({ token: { uid: u.id, sid: "x" }, secret: "t".repeat(40) }));
    expect(await whoIs(forged)).toBeNull();
    const unknownSid = copyOf(browser);
    unknownSid.cookies.set(COOKIE, await encode({ token: { uid: u.id, sid: "tidak-ada" }, secret: SECRET }));
    expect(await whoIs(unknownSid)).toBeNull();
    expect(await whoIs(browser)).toBe(u.id);
  });
});
