// Hostile input against every mutation a browser can reach: every export of every "use server"
// module under app/ and lib/ (found on disk, so a new action is covered without editing this file),
// and the public POST route handlers (feedback, objections, attachment upload, the login callback).
// Each field in turn gets control characters, lone surrogates, 1 MB strings, absurd numbers, far
// dates and keys such as __proto__; the rest of the input stays plausible, with ids that match no row
// so that nothing may legitimately change. Whatever arrives, the answer is a value (an action result
// with ok:false, or a harmless ok:true) or an HTTP status below 500; nothing is logged as an error;
// Object.prototype is untouched; and the content of every table is the same before and after.
// Its own database, so the checksums see only what these calls do.
import { readdirSync, readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { rolesWith, type Permission } from "@/lib/access/policy";
import type * as ActionModule from "@/lib/action";
import type { ActionResult, Actor } from "@/lib/action-types";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import type { Role } from "@/lib/generated/prisma/enums";
import { pdfBytes } from "@/tests/support/attachment-files";
import { log } from "@/lib/log";
import { forgotPasswordSchema, loginSchema, setPasswordSchema } from "@/lib/auth/schemas";
import { installFormSchema } from "@/lib/install/schemas";
import { RESULTS_COMPETITION } from "@/prisma/demo-results";
import { seed } from "@/prisma/seed";
import { writeWatcher } from "./checksums";
import { createDatabase, dropDatabase } from "./db";

// ── What Next.js provides around an action or a route handler, replaced by test doubles ──
const current = vi.hoisted(() => ({
  user: null as Actor | null,
  headers: new Headers({ "x-request-id": "fuzz", "x-forwarded-for": "10.66.0.1" }),
}));
/** Every action's options, by the function action() returned: its permission and its zod schema. */
const registry = vi.hoisted(() => new Map<unknown, { permission: Permission; schema: unknown }>());

vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getCurrentUser: () => Promise.resolve(current.user),
}));
vi.mock("next/headers", () => {
  const jar = () => {
    const pairs = (current.headers.get("cookie") ?? "")
      .split(";")
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => {
        const i = p.indexOf("=");
        return { name: p.slice(0, i), value: decodeURIComponent(p.slice(i + 1)) };
      });
    return {
      get: (name: string) => pairs.find((c) => c.name === name),
      getAll: () => pairs,
      has: (name: string) => pairs.some((c) => c.name === name),
      set: () => undefined,
      delete: () => undefined,
    };
  };
  return { headers: () => Promise.resolve(current.headers), cookies: () => Promise.resolve(jar()) };
});
vi.mock("next/cache", () => ({
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
  updateTag: () => undefined,
  refresh: () => undefined,
  unstable_cache: <T>(fn: T) => fn,
}));
vi.mock("next-intl/server", async () => {
  const { readdirSync: list, readFileSync: read } = await import("node:fs");
  const { createTranslator, createFormatter } = await import("use-intl/core");
  // messages/id.json and one namespace per file under messages/id/, as lib/i18n/request.ts loads them.
  const dir = `${process.cwd()}/messages`;
  const messages = JSON.parse(read(`${dir}/id.json`, "utf8")) as Record<string, unknown>;
  for (const file of list(`${dir}/id`).filter((f) => f.endsWith(".json")))
    messages[file.replace(/\.json$/, "")] = JSON.parse(read(`${dir}/id/${file}`, "utf8"));
  const translator = (namespace?: string) =>
    createTranslator({ locale: "id", messages, timeZone: "Asia/Jakarta", namespace: namespace as never });
  return {
    getTranslations: (arg?: string | { namespace?: string }) =>
      Promise.resolve(translator(typeof arg === "string" ? arg : arg?.namespace)),
    getFormatter: () => Promise.resolve(createFormatter({ locale: "id", timeZone: "Asia/Jakarta" })),
    getLocale: () => Promise.resolve("id"),
  };
});
vi.mock("@/lib/action", async (importOriginal) => {
  const real = await importOriginal<typeof ActionModule>();
  return {
    ...real,
    action: ((opts, fn) => {
      const wrapped = real.action(opts, fn);
      registry.set(wrapped, opts);
      return wrapped;
    }) as typeof real.action,
  };
});

// ── The server actions, found on disk ──
const ROOT = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)))
    .filter((f) => !f.startsWith(path.join("lib", "generated")));
}

/** A module whose first statement is the "use server" directive. */
const isServerModule = (file: string) =>
  /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(
    readFileSync(path.join(ROOT, file), "utf8"),
  );

const ACTION_FILES = [...sourceFiles("app"), ...sourceFiles("lib")].filter(isServerModule).sort();

type ServerFn = (...args: unknown[]) => Promise<unknown>;
const ACTIONS: { name: string; file: string; fn: ServerFn }[] = [];
for (const file of ACTION_FILES) {
  const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
  for (const [name, fn] of Object.entries(mod))
    if (typeof fn === "function") ACTIONS.push({ name, file, fn: fn as ServerFn });
}

// Public actions written without action(): the schema their form posts.
const PUBLIC_SCHEMAS: Record<string, unknown> = {
  setPasswordAction: setPasswordSchema,
  installAction: installFormSchema,
  loginAction: loginSchema,
  forgotPasswordAction: forgotPasswordSchema,
};

// ── Reading a zod schema: which fields, of which kind ──
type Kind = "string" | "number" | "date" | "datetime" | "enum" | "boolean" | "object" | "record" | "array";
type Field = {
  kind: Kind;
  options: string[];
  shape?: Record<string, Field>;
  min?: number;
  minLength?: number;
  maxLength?: number;
  /** Accepts a missing value: left out of the plausible input, so that input is the smallest valid one. */
  optional?: boolean;
};
type ZodLike = { _zod: { def: Record<string, unknown> } };
const defOf = (s: unknown) => (s as ZodLike)._zod.def;

function collect(
  schema: unknown,
  into: {
    kinds: Set<string>;
    options: string[];
    patterns: string[];
    shape?: Record<string, unknown>;
    min?: number;
    max?: number;
    minLength?: number;
    maxLength?: number;
  },
) {
  const def = defOf(schema);
  const type = def.type as string;
  into.kinds.add(type);
  for (const check of (def.checks as ZodLike[] | undefined) ?? []) {
    const c = check._zod.def;
    if (c.pattern instanceof RegExp) into.patterns.push(c.pattern.source);
    if (c.check === "greater_than" && typeof c.value === "number") into.min = c.value;
    if (c.check === "less_than" && typeof c.value === "number") into.max = c.value;
    if (c.check === "min_length" && typeof c.minimum === "number") into.minLength = c.minimum;
    if (c.check === "max_length" && typeof c.maximum === "number") into.maxLength = c.maximum;
  }
  if (type === "enum") into.options.push(...Object.values(def.entries as Record<string, string>));
  if (type === "literal") into.options.push(...(def.values as unknown[]).map(String));
  if (type === "object") into.shape = def.shape as Record<string, unknown>;
  for (const key of ["innerType", "in", "out", "element"]) if (def[key]) collect(def[key], into);
  for (const option of (def.options as unknown[] | undefined) ?? []) collect(option, into);
}

function fieldOf(schema: unknown, name: string): Field {
  const seen = { kinds: new Set<string>(), options: [] as string[], patterns: [] as string[] } as Parameters<
    typeof collect
  >[1];
  collect(schema, seen);
  const base = {
    options: [...new Set(seen.options)],
    min: seen.min,
    minLength: seen.minLength,
    maxLength: seen.maxLength,
    optional: (schema as { safeParse: (v: unknown) => { success: boolean } }).safeParse(undefined).success,
  };
  if (seen.shape)
    return {
      kind: "object",
      ...base,
      shape: Object.fromEntries(Object.entries(seen.shape).map(([k, v]) => [k, fieldOf(v, k)])),
    };
  if (seen.kinds.has("record")) return { kind: "record", ...base };
  if (seen.kinds.has("number")) return { kind: "number", ...base };
  const pattern = seen.patterns.join(" ");
  if (/\\d\{4\}-\\d\{2\}-\\d\{2\}T/.test(pattern)) return { kind: "datetime", ...base };
  if (/\\d\{4\}-\\d\{2\}-\\d\{2\}/.test(pattern) || /date$/i.test(name)) return { kind: "date", ...base };
  if (seen.kinds.has("boolean")) return { kind: "boolean", ...base };
  if (base.options.length > 0) return { kind: "enum", ...base };
  if (seen.kinds.has("array")) return { kind: "array", ...base };
  return { kind: "string", ...base };
}

/** The top-level fields of an action's schema (through refinements, transforms and pipes). */
function fieldsOf(schema: unknown): Record<string, Field> {
  const root = fieldOf(schema, "");
  return root.shape ?? {};
}

// ── Plausible values, and hostile ones ──
/** Shaped like a cuid, so it passes every id check, and matches no row. */
const NO_SUCH_ID = "cfuzz0000000000000000000z";
const MB = 1024 * 1024;

function plausible(name: string, f: Field): unknown {
  if (/(^id$|Id$)/.test(name)) return NO_SUCH_ID;
  if (/Ids$/.test(name)) return NO_SUCH_ID;
  switch (f.kind) {
    case "number":
      return String(Math.max(f.min ?? 1, 1) + (name === "year" ? 30 : 0));
    case "date":
      return "2030-01-15";
    case "datetime":
      return "2030-01-15T08:00";
    case "enum":
      return f.options[0];
    case "boolean":
      return "on";
    case "object":
      return {};
    case "record":
      return {};
    case "array":
      return [];
    default:
      if (/email/i.test(name)) return "uji.fuzz@inovasi.test";
      if (/contact/i.test(name)) return "0812-1111-2222";
      if (/nip/i.test(name)) return "";
      if (/password|confirm/i.test(name)) return "Sandi#Uji2026Aman";
      if (/shortName/.test(name)) return "UJIFZ";
      return "Teks uji yang wajar untuk kolom ini, cukup panjang untuk alasan atau keterangan."
        .padEnd(f.minLength ?? 0, " lagi")
        .slice(0, f.maxLength ?? 2000)
        .trim();
  }
}

type Case = { label: string; value: unknown };

/** Hostile text inside an otherwise valid value, cut so it stays within the field's length limit. */
function textCases(valid: string, maxLength = Infinity): Case[] {
  const around = (before: string, after: string) =>
    `${before}${valid.slice(0, Math.max(1, maxLength - before.length - after.length))}${after}`;
  return [
    { label: "NUL", value: around("", "\u0000") },
    { label: "NUL alone", value: "\u0000" },
    { label: "control characters", value: around("", "\u0007\u001b[2J\u0008") },
    { label: "DEL and C1 controls", value: around("", "\u007f\u0085\u009b") },
    { label: "lone surrogates", value: around("\udfff", "\ud800") },
    { label: "1 MB string", value: "a".repeat(MB) },
  ];
}
const NUMBER_CASES: Case[] = [
  { label: "huge", value: "1e308" },
  { label: "overflow to Infinity", value: "1e400" },
  { label: "beyond 2^53", value: "9007199254740993" },
  { label: "beyond int32", value: "2147483648" },
  { label: "negative", value: "-1" },
  { label: "NaN", value: "NaN" },
  { label: "Infinity", value: "Infinity" },
  { label: "fraction", value: "0.5" },
  { label: "fraction above one", value: "1.5" },
];
const dateCases = (suffix: string): Case[] =>
  ["0000-01-01", "9999-12-31", "+275760-09-13", "2030-02-30"].map((d) => ({
    label: `far or impossible date ${d}`,
    value: `${d}${suffix}`,
  }));
/** Keys a form could post beside the real fields. */
const SPECIAL_KEYS = [
  "__proto__",
  "__proto__.polluted",
  "constructor",
  "constructor.prototype.polluted",
  "prototype",
  "toString",
  "hasOwnProperty",
  "a.b.c.d",
  "0.__proto__.polluted",
  "x.99999999999.y",
  "x.-1.y",
  "x..y",
  ".",
];

function casesFor(name: string, f: Field): Case[] {
  const valid = typeof plausible(name, f) === "string" ? (plausible(name, f) as string) : "x";
  const text = textCases(valid, f.maxLength);
  switch (f.kind) {
    case "number":
      return [...NUMBER_CASES, ...text];
    case "date":
      return [...dateCases(""), ...text];
    case "datetime":
      return [...dateCases("T00:00"), ...text];
    case "object": {
      const out: Case[] = [];
      for (const [k, sub] of Object.entries(f.shape ?? {}))
        for (const c of casesFor(k, sub)) out.push({ label: `${k}: ${c.label}`, value: { [k]: c.value } });
      out.push({ label: "not an object", value: "\u0000" });
      for (const key of SPECIAL_KEYS)
        out.push({ label: `key ${key}`, value: JSON.parse(`{${JSON.stringify(key)}: {"polluted": 1}}`) });
      return out;
    }
    case "record":
      return [
        ...[...NUMBER_CASES, ...text].map((c) => ({
          label: `value ${c.label}`,
          value: { [NO_SUCH_ID]: c.value },
        })),
        ...text.map((c) => ({ label: `key ${c.label}`, value: { [String(c.value)]: "1" } })),
        ...SPECIAL_KEYS.map((key) => ({
          label: `key ${key}`,
          value: JSON.parse(`{${JSON.stringify(key)}: {"polluted": 1}}`),
        })),
        { label: "not an object", value: "\u0000" },
        { label: "an array", value: [1, 2, 3] },
      ];
    case "array":
      return [...text, { label: "100 000 items", value: Array.from({ length: 100_000 }, () => NO_SUCH_ID) }];
    default:
      return text;
  }
}

// ── One call, observed ──
type Outcome =
  | { kind: "result"; ok: boolean; message?: string }
  | { kind: "redirect"; to: string }
  | { kind: "threw"; error: string }
  | { kind: "not a result"; value: string };

/** The error's name and the last line of its message (where Prisma puts the database's reason). */
function describeError(err: unknown) {
  const text = err instanceof Error ? err.message : String(err);
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  const reason = (lines.at(-1) ?? "").slice(0, 200);
  return err instanceof Error ? `${err.name}: ${reason}` : reason;
}

async function invoke(fn: () => Promise<unknown>): Promise<Outcome> {
  try {
    const value = (await fn()) as ActionResult | undefined;
    if (value && typeof value === "object" && typeof value.ok === "boolean")
      return { kind: "result", ok: value.ok, message: value.ok ? undefined : value.message };
    // The login form's state: a refused attempt names its message code.
    if (value && typeof value === "object" && typeof (value as { error?: unknown }).error === "string")
      return { kind: "result", ok: false, message: (value as { error: string }).error };
    // setLocale answers nothing: a refusal without a result is harmless.
    if (value === undefined) return { kind: "result", ok: false };
    return { kind: "not a result", value: JSON.stringify(value)?.slice(0, 160) ?? String(value) };
  } catch (err) {
    const digest = (err as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT"))
      return { kind: "redirect", to: digest.split(";")[2] ?? "" };
    return { kind: "threw", error: describeError(err) };
  }
}

const protoNames = () =>
  [Object.prototype, Array.prototype, Function.prototype].map((p) =>
    Object.getOwnPropertyNames(p).sort().join(","),
  );
const PROTO_BEFORE = protoNames();

let db: Db;
let dbName: string;
let uploadDir: string;
let watcher: Awaited<ReturnType<typeof writeWatcher>>;
const accounts = {} as Record<Role, Actor>;
const logged: unknown[][] = [];
const printed: unknown[][] = [];

/** Tables written on purpose when a request is refused: the per-IP and per-account counters. */
const WRITTEN_ON_REFUSAL = new Set(["public.RateLimit"]);

/** Runs one hostile call and returns what went wrong with it, or null. */
async function observe(
  call: () => Promise<unknown>,
  acceptable: (o: Outcome) => boolean,
  mayWrite: ReadonlySet<string> = new Set(),
): Promise<string | null> {
  logged.length = 0;
  printed.length = 0;
  const outcome = await invoke(call);
  const problems: string[] = [];
  if (!acceptable(outcome)) problems.push(JSON.stringify(outcome));
  if (logged.length) problems.push(`log.error: ${logged.map((l) => describeLogged(l)).join(" | ")}`);
  else if (printed.length)
    problems.push(`console.error: ${printed.map((l) => describeLogged(l)).join(" | ")}`);
  const proto = protoNames();
  if (proto.join("|") !== PROTO_BEFORE.join("|") || ({} as Record<string, unknown>).polluted !== undefined) {
    problems.push("Object.prototype changed");
    for (const p of [Object.prototype, Array.prototype, Function.prototype])
      for (const name of Object.getOwnPropertyNames(p))
        if (!PROTO_BEFORE.some((b) => b.split(",").includes(name)))
          delete (p as Record<string, unknown>)[name];
  }
  const changed = await watcher.changed(new Set([...WRITTEN_ON_REFUSAL, ...mayWrite]));
  if (changed.length) problems.push(`rows changed: ${changed.join(", ")} (${JSON.stringify(outcome)})`);
  return problems.length ? problems.join("; ") : null;
}

function describeLogged(args: unknown[]) {
  return args
    .map((a) => {
      if (typeof a === "string") return a.slice(0, 200);
      const err = (a as { err?: unknown } | null)?.err;
      return err ? describeError(err) : describeError(a);
    })
    .join(" ");
}

beforeAll(async () => {
  const created = await createDatabase("inovasi_fuzz");
  dbName = created.name;
  await migrate(created.url);
  uploadDir = mkdtempSync(path.join(tmpdir(), "inovasi-fuzz-"));
  vi.stubEnv("DATABASE_URL", created.url);
  vi.stubEnv("NEXTAUTH_SECRET", "f".repeat(40));
  vi.stubEnv("NEXTAUTH_URL", "http://portal.test");
  vi.stubEnv("APP_URL", "http://portal.test");
  vi.stubEnv("UPLOAD_DIR", uploadDir);
  delete (globalThis as { __db?: unknown }).__db;
  db = createPrismaClient(created.url, 2);
  await seed(db);
  for (const [role, email] of [
    ["ADMIN", "admin@inovasi.test"],
    ["EVALUATOR", "penilai@inovasi.test"],
    ["OPD_HEAD", "kepala.dinkes@inovasi.test"],
    ["OPD_OPERATOR", "operator.dinkes@inovasi.test"],
  ] as const) {
    accounts[role] = await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
    });
  }
  vi.spyOn(log, "error").mockImplementation((...args: unknown[]) => {
    logged.push(args);
  });
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    printed.push(args);
  });
  watcher = await writeWatcher(created.url);
});

afterAll(async () => {
  vi.restoreAllMocks();
  await watcher?.close();
  await db?.$disconnect();
  await (globalThis as { __db?: Db }).__db?.$disconnect();
  if (dbName) await dropDatabase(dbName);
  if (uploadDir) rmSync(uploadDir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

/** Form fields posted beside the schema's own by the forms whose schema takes any key. */
const DYNAMIC_FIELDS: Record<string, Record<string, Field>> = {
  updateScheduleAction: Object.fromEntries(
    ["REGISTRATION", "DESK", "ANNOUNCEMENT"].flatMap((k) => [
      [`${k}.startsAt`, { kind: "datetime", options: [] }],
      [`${k}.endsAt`, { kind: "datetime", options: [] }],
    ]),
  ),
  updateSettingsAction: {
    name: { kind: "string", options: [] },
    passingGrade: { kind: "number", options: [] },
    shortlistSize: { kind: "number", options: [] },
    "categories.0.code": { kind: "string", options: [] },
    "categories.0.quota": { kind: "number", options: [] },
    "stageWeights.DESK.weight": { kind: "number", options: [] },
    "tieBreakers.0.kind": { kind: "string", options: [] },
  },
  saveRubricAction: {
    "criteria.0.code": { kind: "string", options: [] },
    "criteria.0.name": { kind: "string", options: [] },
    "criteria.0.weight": { kind: "number", options: [] },
    "criteria.0.scaleMin": { kind: "number", options: [] },
    "criteria.0.scaleMax": { kind: "number", options: [] },
  },
};

function toFormData(input: Record<string, unknown>) {
  const form = new FormData();
  for (const [k, v] of Object.entries(input)) {
    if (Array.isArray(v)) for (const item of v) form.append(k, String(item));
    else if (v !== undefined) form.append(k, String(v));
  }
  return form;
}

describe("every server action", () => {
  it('is found on disk: each "use server" module, each of its exports', () => {
    expect(ACTION_FILES.length).toBeGreaterThanOrEqual(10);
    const unknown = ACTIONS.filter(
      (a) => !registry.has(a.fn) && !(a.name in PUBLIC_SCHEMAS) && a.name !== "setLocale",
    );
    // An export neither built with action() nor listed above would be fuzzed blind (special keys only).
    expect(unknown.map((a) => `${a.file}#${a.name}`)).toEqual([]);
  });

  for (const { name, file, fn } of ACTIONS) {
    it(`${name} (${file}) refuses hostile input as a value and changes nothing`, async () => {
      const opts = registry.get(fn);
      const schema = opts?.schema ?? PUBLIC_SCHEMAS[name];
      const fields = { ...(schema ? fieldsOf(schema) : {}), ...DYNAMIC_FIELDS[name] };
      const role = opts ? (rolesWith(opts.permission)[0] ?? null) : null;
      current.user = role ? accounts[role] : null;
      const nested = Object.values(fields).some((f) => ["object", "record"].includes(f.kind));
      // The smallest valid input; with the optional fields too where a rule needs one of them.
      const everything = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, plausible(k, f)]));
      const required = Object.fromEntries(Object.entries(everything).filter(([k]) => !fields[k]!.optional));
      const valid = (input: object) =>
        !schema || (schema as { safeParse: (v: unknown) => { success: boolean } }).safeParse(input).success;
      const base = valid(required) || !valid(everything) ? required : everything;
      const send = (input: Record<string, unknown>) =>
        name === "setLocale" ? fn(input.locale) : fn(null, nested ? input : toFormData(input));
      // A refusal, or an ok:true that changed nothing (checked after every call).
      const acceptable = (o: Outcome) => o.kind === "result";
      const failures: string[] = [];

      for (const [field, f] of Object.entries(
        name === "setLocale" ? { locale: { kind: "string", options: [] } as Field } : fields,
      )) {
        for (const c of casesFor(field, f)) {
          const problem = await observe(() => send({ ...base, [field]: c.value }), acceptable);
          if (problem) failures.push(`${field} = ${c.label}: ${problem}`);
        }
      }
      // Keys beside the real fields, without the free-text fields, so a create action cannot succeed.
      const idsOnly = Object.fromEntries(Object.entries(base).filter(([k]) => /(^id$|Ids?$)/.test(k)));
      for (const key of SPECIAL_KEYS) {
        const problem = await observe(
          () => send({ ...idsOnly, [key]: nested ? { polluted: 1 } : "1" }),
          acceptable,
        );
        if (problem) failures.push(`key ${key}: ${problem}`);
      }
      // A field that is both a value and a parent of others ("a" and "a.b"), in either order.
      for (const [first, second] of [
        ["a", "a.b"],
        ["a.b", "a"],
        ["a.0", "a.x"],
      ] as const) {
        const problem = await observe(() => send({ ...idsOnly, [first]: "1", [second]: "1" }), acceptable);
        if (problem) failures.push(`keys ${first} and ${second}: ${problem}`);
      }
      expect(failures.map((f) => `${name}: ${f}`)).toEqual([]);
    });
  }
});

// ── The public POST route handlers ──
const HOST = "portal.test";
let ipCounter = 0;
function as(user: Actor | null, extra: Record<string, string> = {}) {
  current.user = user;
  current.headers = new Headers({
    host: HOST,
    "x-request-id": "fuzz-route",
    "x-forwarded-for": `10.77.${Math.floor(ipCounter / 250) % 250}.${ipCounter++ % 250}`,
    ...extra,
  });
  return current.headers;
}

type RouteCase = { label: string; body: BodyInit; type?: string; pathId?: string };

function formCases(base: Record<string, string>, numeric: string[] = [], file?: () => File): RouteCase[] {
  const out: RouteCase[] = [];
  const form = (fields: Record<string, string>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.append(k, v);
    if (file) f.append("file", file());
    return f;
  };
  for (const field of Object.keys(base))
    for (const c of [...textCases(base[field]!), ...(numeric.includes(field) ? NUMBER_CASES : [])])
      out.push({ label: `${field} = ${c.label}`, body: form({ ...base, [field]: String(c.value) }) });
  const { [Object.keys(base)[0]!]: _first, ...withoutFirst } = base;
  for (const key of SPECIAL_KEYS)
    out.push({ label: `key ${key}`, body: form({ ...withoutFirst, [key]: "1" }) });
  const invalidUtf8 = new Uint8Array([
    ...new TextEncoder().encode(`${Object.keys(base)[0]}=`),
    0xff,
    0xfe,
    0xc3,
    0x28,
    0xed,
    0xa0,
    0x80,
  ]);
  out.push({
    label: "invalid UTF-8 (urlencoded)",
    body: invalidUtf8,
    type: "application/x-www-form-urlencoded",
  });
  out.push({
    label: "invalid UTF-8 (multipart)",
    body: invalidUtf8,
    type: "multipart/form-data; boundary=zz",
  });
  out.push({
    label: "1 MB urlencoded body",
    body: `${Object.keys(base)[0]}=${"a".repeat(MB)}`,
    type: "application/x-www-form-urlencoded",
  });
  out.push({
    label: "truncated multipart",
    body: '--zz\r\nContent-Disposition: form-data; name="x"\r\n\r\nabc',
    type: "multipart/form-data; boundary=zz",
  });
  out.push({
    label: "JSON with __proto__",
    body: '{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
    type: "application/json",
  });
  // Lone surrogates cannot arrive in a path: Next.js refuses to decode them.
  for (const c of [
    ...textCases("abc").filter((c) => c.label !== "lone surrogates"),
    { label: "__proto__", value: "__proto__" },
    { label: "path traversal", value: "../../etc/passwd" },
  ])
    out.push({ label: `path id = ${c.label}`, body: form(base), pathId: String(c.value) });
  return out;
}

async function fuzzRoute(
  cases: RouteCase[],
  post: (request: NextRequest, id: string | undefined) => Promise<Response>,
  url: (id: string) => string,
  defaultId: string,
  user: Actor | null,
  mayWrite?: ReadonlySet<string>,
) {
  const failures: string[] = [];
  for (const c of cases) {
    const id = c.pathId ?? defaultId;
    const headers = as(user, { origin: `http://${HOST}`, ...(c.type ? { "content-type": c.type } : {}) });
    const problem = await observe(
      async () => {
        const request = new NextRequest(url(encodeURIComponent(id.toWellFormed()).slice(0, 2 * MB)), {
          method: "POST",
          body: c.body,
          headers,
        });
        const res = await post(request, c.pathId ?? undefined);
        return { ok: res.status < 500, message: `HTTP ${res.status}` };
      },
      (o) => o.kind === "result" && o.ok,
      mayWrite,
    );
    if (problem) failures.push(`${c.label}: ${problem}`);
  }
  return failures;
}

describe("every public POST route", () => {
  it("feedback on an innovation (POST /katalog/[id]/masukan)", async () => {
    const route = await import("@/app/(site)/(public)/katalog/[id]/masukan/route");
    const sigap = await db.innovation.findFirstOrThrow({ where: { title: { startsWith: "SIGAP Bumil" } } });
    // Valid but for the rating, so an accepted hostile value in another field cannot add a row.
    const base = {
      rating: "0",
      comment: "Pelayanannya cepat dan ramah.",
      name: "Warga",
      contact: "0812-1111-2222",
    };
    const failures = await fuzzRoute(
      formCases(base, ["rating"]),
      (request, id) => route.POST(request, { params: Promise.resolve({ id: id ?? sigap.id }) }),
      (id) => `http://${HOST}/katalog/${id}/masukan`,
      sigap.id,
      null,
    );
    // And with a valid rating, each hostile text: refused, or stored without harm is not allowed here.
    const hostile = await fuzzRoute(
      ["comment", "name", "contact"].flatMap((field) =>
        textCases(base[field as keyof typeof base]).map((c) => {
          const f = new FormData();
          for (const [k, v] of Object.entries({ ...base, rating: "4", [field]: String(c.value) }))
            f.append(k, v);
          return { label: `rating 4, ${field} = ${c.label}`, body: f };
        }),
      ),
      (request) => route.POST(request, { params: Promise.resolve({ id: sigap.id }) }),
      (id) => `http://${HOST}/katalog/${id}/masukan`,
      sigap.id,
      null,
    );
    expect([...failures, ...hostile]).toEqual([]);
  });

  it("an objection (POST /kompetisi/[id]/sanggahan/kirim)", async () => {
    const route = await import("@/app/(site)/(public)/kompetisi/[id]/sanggahan/kirim/route");
    const c = await db.competition.findFirstOrThrow({
      where: { name: RESULTS_COMPETITION(new Date().getFullYear()) },
      include: { entries: { where: { status: "SHORTLISTED" }, select: { id: true } } },
    });
    // entryId first: the special-key cases leave it out, so nothing can be filed by them.
    const base = {
      entryId: c.entries[0]!.id,
      name: "Dewi Lestari",
      contact: "dewi@example.id",
      reason: "Data penerima manfaat pada proposal berbeda dengan data resmi yang diumumkan.",
    };
    const failures = await fuzzRoute(
      formCases(base),
      (request, id) => route.POST(request, { params: Promise.resolve({ id: id ?? c.id }) }),
      (id) => `http://${HOST}/kompetisi/${id}/sanggahan/kirim`,
      c.id,
      null,
    );
    expect(failures).toEqual([]);
  });

  it("an attachment upload (POST /api/inovasi/[id]/lampiran)", async () => {
    const route = await import("@/app/api/inovasi/[id]/lampiran/route");
    const draft = await db.innovation.findFirstOrThrow({ where: { title: "Posyandu Remaja Sehat Jiwa" } });
    // An unknown kind keeps every case from storing a file; the hostile file names come next.
    const base = { kind: "BUKAN_JENIS", visibility: "INTERNAL" };
    const pdf = () =>
      new File([pdfBytes(2000) as Uint8Array<ArrayBuffer>], "bukti.pdf", { type: "application/pdf" });
    const failures = await fuzzRoute(
      formCases(base, [], pdf),
      (request, id) => route.POST(request, { params: Promise.resolve({ id: id ?? draft.id }) }),
      (id) => `http://${HOST}/api/inovasi/${id}/lampiran`,
      draft.id,
      accounts.OPD_OPERATOR,
    );
    const names = await fuzzRoute(
      [...textCases("bukti.pdf"), { label: "path traversal", value: "../../../etc/passwd.pdf" }].map((c) => {
        const f = new FormData();
        f.append("kind", "SOP");
        f.append("visibility", "INTERNAL");
        f.append(
          "file",
          new File([pdfBytes(2000) as Uint8Array<ArrayBuffer>], String(c.value), { type: "application/pdf" }),
        );
        return { label: `file name = ${c.label}`, body: f };
      }),
      (request) => route.POST(request, { params: Promise.resolve({ id: draft.id }) }),
      (id) => `http://${HOST}/api/inovasi/${id}/lampiran`,
      draft.id,
      accounts.OPD_OPERATOR,
      // A valid file under any name may be stored: the name is cleaned and the storage key is random.
      new Set(["public.Attachment", "public.AuditLog"]),
    );
    const stored = await db.attachment.findMany({
      where: { innovationId: draft.id },
      select: { fileName: true },
    });
    const unclean = stored
      .map((a) => a.fileName)
      .filter((n) => /[\u0000-\u001f\u007f-\u009f/\\]|[\ud800-\udfff]/.test(n) || n.length > 255);
    expect([...failures, ...names, ...unclean.map((n) => `stored file name ${JSON.stringify(n)}`)]).toEqual(
      [],
    );
  });

  // next-auth's route handler reads next/headers through require(), out of reach of test doubles, and
  // checks its CSRF token before anything else; what it then does with the posted form is call the
  // credentials provider's authorize(), which is where the hostile values go here.
  it("the login callback (authorize() of POST /api/auth/callback/credentials)", async () => {
    const { authOptions, LOGIN_ERRORS } = await import("@/lib/auth/options");
    const provider = authOptions().providers[0] as unknown as {
      options: { authorize: (credentials: Record<string, unknown>, req: unknown) => Promise<unknown> };
    };
    const base = { identifier: "admin@inovasi.test", password: "bukan-sandinya" };
    const cases: Case[] = [
      ...(["identifier", "password"] as const).flatMap((field) =>
        [...textCases(base[field], 200), ...NUMBER_CASES].map((c) => ({
          label: `${field} = ${c.label}`,
          value: { ...base, [field]: c.value },
        })),
      ),
      { label: "identifier as a NIP with NUL", value: { ...base, identifier: "19800101200501100\u0000" } },
      { label: "an object for the identifier", value: { ...base, identifier: { $ne: "" } } },
      { label: "no credentials", value: {} },
      ...SPECIAL_KEYS.map((key) => ({ label: `key ${key}`, value: { [key]: "1" } })),
    ];
    await watcher.changed();
    const failures: string[] = [];
    for (const c of cases) {
      const headers = Object.fromEntries(as(null).entries());
      const problem = await observe(
        async () => {
          try {
            const user = await provider.options.authorize(c.value as Record<string, unknown>, { headers });
            return { ok: user === null, message: user ? "signed in" : "refused" };
          } catch (err) {
            // The one error authorize() throws on purpose: too many attempts.
            if (err instanceof Error && err.message === LOGIN_ERRORS.limited) return { ok: false };
            throw err;
          }
        },
        (o) => o.kind === "result",
      );
      if (problem) failures.push(`${c.label}: ${problem}`);
    }
    expect(failures).toEqual([]);
  });
});
