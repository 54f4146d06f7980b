// Throttling of sign-ins through next-auth's credentials provider, against a real PostgreSQL: only failures count;
// one budget per account whatever identifier names it; a lock per (account, IP) and per IP, so that a stranger's
// wrong passwords never keep the owner out; the same answers for unknown and existing accounts.
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import type { RequestInternal } from "next-auth";
import { afterAll, beforeAll, describe, expect, it, inject, vi } from "vitest";
import { deviceToken } from "@/lib/auth/device";
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { seed } from "@/prisma/seed";

const PASSWORD = "Rahasia#2026";
const SECRET = "s".repeat(40);
const LIMIT = 3;

let db: Db;
let authorize: (
  credentials: Record<string, string>,
  req: Pick<RequestInternal, "headers">,
) => Promise<{ id: string } | null>;
const userIds: string[] = [];
const ips: string[] = [];

beforeAll(async () => {
  vi.stubEnv("DATABASE_URL", inject("databaseUrl"));
  vi.stubEnv("NEXTAUTH_SECRET", SECRET);
  vi.stubEnv("LOGIN_LIMIT_PER_ACCOUNT", String(LIMIT));
  vi.stubEnv("LOGIN_LIMIT_PER_IP", "8");
  vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
  delete (globalThis as { __db?: unknown }).__db;
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  const { authOptions } = await import("@/lib/auth/options");
  const provider = authOptions().providers[0] as unknown as { options: { authorize: typeof authorize } };
  authorize = provider.options.authorize;
});

afterAll(async () => {
  const keys = [...userIds, ...ips, "tidak.ada"];
  await db.rateLimit.deleteMany({ where: { OR: keys.map((k) => ({ key: { contains: k } })) } });
  await db.userSession.deleteMany({ where: { userId: { in: userIds } } });
  await db.user.deleteMany({ where: { id: { in: userIds } } });
  await db.$disconnect();
  await (globalThis as { __db?: Db }).__db?.$disconnect();
  delete (globalThis as { __db?: unknown }).__db;
  vi.unstubAllEnvs();
});

/** A fresh address, so no other test's counters reach it. */
function newIp() {
  const ip = `10.${[...randomBytes(3)].join(".")}`;
  ips.push(ip);
  return ip;
}

async function newAccount() {
  const template = await db.user.findUniqueOrThrow({ where: { email: "operator.dinkes@inovasi.test" } });
  const nip = `19${randomBytes(8).readBigUInt64BE().toString().padStart(16, "0").slice(0, 16)}`;
  const u = await db.user.create({
    data: {
      name: "Akun Uji Masuk",
      email: `masuk-${randomBytes(4).toString("hex")}@inovasi.test`,
      nip,
      role: "OPD_OPERATOR",
      regionId: template.regionId,
      opdId: template.opdId,
      passwordHash: await hashPassword(PASSWORD, 4),
    },
    select: { id: true, email: true, nip: true },
  });
  userIds.push(u.id);
  return { ...u, nip: u.nip! };
}

async function tryLogin(
  identifier: string,
  password: string,
  ip: string,
  device?: string,
): Promise<"ok" | "invalid" | "limited"> {
  const headers = { "x-forwarded-for": ip, ...(device ? { cookie: `a=b; inovasi.device=${device}` } : {}) };
  try {
    const user = await authorize({ identifier, password }, { headers });
    return user ? "ok" : "invalid";
  } catch (err) {
    if (err instanceof Error && err.message === "RATE_LIMITED") return "limited";
    throw err;
  }
}

async function tries(
  n: number,
  identifier: string,
  ip: string,
  password = "salah-sekali-1",
  device?: string,
) {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(await tryLogin(identifier, password, ip, device));
  return out;
}

describe("signing in under attack", () => {
  it("a stranger's wrong passwords from one address lock that address out, never the owner elsewhere", async () => {
    const owner = await newAccount();
    const attacker = newIp();
    expect(await tries(10, owner.email, attacker)).toEqual([
      ...Array<string>(LIMIT).fill("invalid"),
      ...Array<string>(10 - LIMIT).fill("limited"),
    ]);
    expect(await tryLogin(owner.email, PASSWORD, newIp())).toBe("ok");
    expect(await tryLogin(owner.nip, PASSWORD, newIp())).toBe("ok");
  });

  it("a burst of parallel guesses from one address gets no more tries than one after another", async () => {
    const owner = await newAccount();
    const attacker = newIp();
    const burst = await Promise.all(
      Array.from({ length: 10 }, () => tryLogin(owner.email, "salah-serentak-1", attacker)),
    );
    expect(burst.filter((r) => r === "invalid")).toHaveLength(LIMIT);
    expect(burst.filter((r) => r === "limited")).toHaveLength(10 - LIMIT);
  });

  it("attackers spread over addresses slow the account down but do not lock the owner out", async () => {
    const owner = await newAccount();
    for (let i = 0; i < 2; i++) await tries(LIMIT, owner.email, newIp());
    const started = Date.now();
    expect(await tryLogin(owner.email, PASSWORD, newIp())).toBe("ok");
    // 2 × LIMIT failures, LIMIT of them beyond the budget: 500 ms each.
    expect(Date.now() - started).toBeGreaterThanOrEqual(LIMIT * 500 - 50);
  });

  it("the e-mail and the NIP of one account share one budget", async () => {
    const owner = await newAccount();
    const ip = newIp();
    expect(await tries(2, owner.email, ip)).toEqual(["invalid", "invalid"]);
    expect(await tries(1, owner.nip, ip)).toEqual(["invalid"]);
    expect(await tryLogin(owner.nip, PASSWORD, ip)).toBe("limited");
    expect(await tryLogin(owner.email, PASSWORD, ip)).toBe("limited");
  });

  it("only failures count: correct passwords never use up the budget, and one clears it", async () => {
    const owner = await newAccount();
    const ip = newIp();
    expect(await tries(LIMIT + 2, owner.email, ip, PASSWORD)).toEqual(Array<string>(LIMIT + 2).fill("ok"));
    expect(await tries(LIMIT - 1, owner.email, ip)).toEqual(Array<string>(LIMIT - 1).fill("invalid"));
    expect(await tryLogin(owner.email, PASSWORD, ip)).toBe("ok");
    expect(await tries(LIMIT - 1, owner.email, ip)).toEqual(Array<string>(LIMIT - 1).fill("invalid"));
    expect(await tryLogin(owner.email, PASSWORD, ip)).toBe("ok");
  });

  it("an address that sprays many accounts is locked out of all of them, other addresses are not", async () => {
    const sprayer = newIp();
    const accounts = await Promise.all([newAccount(), newAccount(), newAccount(), newAccount()]);
    for (const a of accounts) await tries(2, a.email, sprayer);
    const fresh = await newAccount();
    expect(await tryLogin(fresh.email, PASSWORD, sprayer)).toBe("limited");
    expect(await tryLogin(fresh.email, PASSWORD, newIp())).toBe("ok");
  });

  it("a browser the owner signed in with before passes an address lock set off by an attacker on the same address", async () => {
    const owner = await newAccount();
    const other = await newAccount();
    const office = newIp();
    const known = deviceToken(owner.id, SECRET);
    await tries(LIMIT, owner.email, office);
    await tries(LIMIT, other.email, office);
    expect(await tryLogin(owner.email, PASSWORD, office)).toBe("limited");
    expect(await tryLogin(owner.email, PASSWORD, office, deviceToken(owner.id, "t".repeat(40)))).toBe(
      "limited",
    );
    expect(await tryLogin(other.email, PASSWORD, office, known)).toBe("limited");
    expect(await tryLogin(owner.email, PASSWORD, office, known)).toBe("ok");
  });

  it("a known browser that keeps failing loses its pass", async () => {
    const owner = await newAccount();
    const office = newIp();
    const known = deviceToken(owner.id, SECRET);
    await tries(LIMIT, owner.email, office);
    expect(await tries(LIMIT, owner.email, office, "salah-lagi", known)).toEqual(
      Array<string>(LIMIT).fill("invalid"),
    );
    expect(await tryLogin(owner.email, PASSWORD, office, known)).toBe("limited");
    expect(await tryLogin(owner.email, PASSWORD, newIp(), known)).toBe("ok");
  });

  it("answers an unknown account exactly as an existing one", async () => {
    const owner = await newAccount();
    const unknown = `tidak.ada.${randomBytes(3).toString("hex")}@inovasi.test`;
    const [a, b] = [newIp(), newIp()];
    expect(await tries(LIMIT + 2, unknown, a)).toEqual(await tries(LIMIT + 2, owner.email, b));
  });

  it("demo accounts are hashed at the cost every new password gets", async () => {
    const demo = await db.user.findUniqueOrThrow({
      where: { email: "operator.dinkes@inovasi.test" },
      select: { passwordHash: true },
    });
    expect(bcrypt.getRounds(demo.passwordHash!)).toBe(bcrypt.getRounds(await hashPassword("x")));
  });
});
