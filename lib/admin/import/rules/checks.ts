// The checks of an import, without a database: the caller passes what the region already holds. Every problem
// of every row is reported (row number, column, message key), so a file is fixed in one round.
import { z } from "zod";
import type { OpdKind, Role } from "@/lib/generated/prisma/enums";
import { createOpdSchema, OPD_KINDS } from "@/lib/admin/schemas";
import { nipProblem, normalizeNip, parseNip } from "@/lib/validation/nip";
import { line } from "@/lib/validation/text";
import type { Table } from "./table";

export type ImportKind = "opd" | "user";

/** One problem: `message` is an i18n key, `column` the column's header as the template names it. */
export type Problem = {
  row: number;
  column: string | null;
  message: string;
  params?: Record<string, string | number>;
};

type Column<K extends string> = { key: K; label: string; aliases: string[]; required: boolean };

export const OPD_COLUMNS: Column<"name" | "shortName" | "kind" | "parent">[] = [
  {
    key: "name",
    label: "Nama OPD",
    aliases: ["nama", "name", "opd name", "nama perangkat daerah"],
    required: true,
  },
  { key: "shortName", label: "Singkatan", aliases: ["short name", "kode", "akronim"], required: true },
  { key: "kind", label: "Jenis", aliases: ["kind", "jenis opd", "type"], required: true },
  {
    key: "parent",
    label: "Singkatan Induk",
    aliases: ["induk", "parent", "parent short name"],
    required: false,
  },
];

export const USER_COLUMNS: Column<"name" | "email" | "nip" | "role" | "opd">[] = [
  { key: "name", label: "Nama Lengkap", aliases: ["nama", "name", "full name"], required: true },
  { key: "email", label: "Email", aliases: ["e-mail", "surel", "alamat email"], required: true },
  { key: "nip", label: "NIP", aliases: [], required: false },
  { key: "role", label: "Peran", aliases: ["role", "jabatan sistem"], required: true },
  { key: "opd", label: "Singkatan OPD", aliases: ["opd", "opd short name", "singkatan"], required: false },
];

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Roles as written in a file: the codes, the Indonesian labels, the English ones and the short forms people use. */
const ROLE_NAMES: Record<string, Role> = Object.fromEntries(
  (
    [
      ["ADMIN", ["admin", "sekretariat", "sekretariat (admin)", "secretariat (admin)", "administrator"]],
      ["EVALUATOR", ["evaluator", "penilai", "juri"]],
      ["OPD_HEAD", ["opd_head", "kepala opd", "kepala", "head of opd"]],
      ["OPD_OPERATOR", ["opd_operator", "operator opd", "operator"]],
    ] as const
  ).flatMap(([role, names]) => names.map((n) => [squash(n), role])),
);

const KIND_NAMES: Record<string, OpdKind> = Object.fromEntries([
  ...OPD_KINDS.map((k) => [squash(k), k]),
  ["rumahsakitumumdaerah", "RSUD"],
  ["rumahsakit", "RSUD"],
  ["unitpelaksanateknisdaerah", "UPTD"],
  ["lain", "LAINNYA"],
  ["other", "LAINNYA"],
]);

export function parseRole(value: string): Role | null {
  return ROLE_NAMES[squash(value)] ?? null;
}

export function parseKind(value: string): OpdKind | null {
  return KIND_NAMES[squash(value)] ?? null;
}

const OPD_SCOPED: readonly Role[] = ["OPD_HEAD", "OPD_OPERATOR"];

/** Where each column sits; a required column missing from the header is a problem of row 1. */
function locate<K extends string>(header: string[], columns: Column<K>[]) {
  const squashed = header.map(squash);
  const at = {} as Record<K, number>;
  const problems: Problem[] = [];
  for (const col of columns) {
    const names = [col.label, ...col.aliases].map(squash);
    const index = squashed.findIndex((h) => names.includes(h));
    at[col.key] = index;
    if (index < 0 && col.required) {
      problems.push({ row: 1, column: col.label, message: "accounts.import.problem.missingColumn" });
    }
  }
  return { at, problems };
}

function cellsOf<K extends string>(cells: string[], at: Record<K, number>): Record<K, string> {
  return Object.fromEntries(
    Object.entries<number>(at).map(([k, i]) => [k, i >= 0 ? (cells[i] ?? "").trim() : ""]),
  ) as Record<K, string>;
}

const nameSchema = line({ min: 3, max: 200 });
const emailSchema = z.string().toLowerCase().max(254, "validation.tooLong").pipe(z.email("validation.email"));

function check<T>(schema: z.ZodType<T>, value: string): { value: T } | { message: string } {
  const r = schema.safeParse(value);
  return r.success ? { value: r.data } : { message: r.error.issues[0]?.message ?? "validation.required" };
}

/** Marks repeats of a key within the file: the second and later rows name the first. */
function firstRows() {
  const seen = new Map<string, number>();
  return (key: string, row: number): number | null => {
    const first = seen.get(key);
    if (first !== undefined) return first;
    seen.set(key, row);
    return null;
  };
}

type OpdRecord = {
  row: number;
  name: string;
  shortName: string;
  kind: OpdKind;
  parent: string | null;
};

/** The region's OPDs as an OPD import sees them. */
type OpdContext = { existingShortNames: ReadonlySet<string> };

export function checkOpdRows(table: Table, region: OpdContext) {
  const { at, problems } = locate(table.header, OPD_COLUMNS);
  if (problems.length) return { problems, records: [] as OpdRecord[] };
  const label = Object.fromEntries(OPD_COLUMNS.map((c) => [c.key, c.label])) as Record<
    (typeof OPD_COLUMNS)[number]["key"],
    string
  >;
  const records: OpdRecord[] = [];
  const repeated = firstRows();
  const add = (row: number, key: keyof typeof label, message: string, params?: Problem["params"]) =>
    problems.push({ row, column: label[key], message, ...(params ? { params } : {}) });

  for (const { row, cells } of table.rows) {
    const v = cellsOf(cells, at);
    let name = "";
    if (!v.name) add(row, "name", "validation.required");
    else {
      const r = check(nameSchema, v.name);
      if ("message" in r) add(row, "name", r.message);
      else name = r.value;
    }
    let shortName = "";
    if (!v.shortName) add(row, "shortName", "validation.required");
    else {
      const r = check(createOpdSchema.shape.shortName, v.shortName);
      if ("message" in r) add(row, "shortName", r.message);
      else {
        shortName = r.value;
        const first = repeated(shortName, row);
        if (first !== null) add(row, "shortName", "accounts.import.problem.duplicateInFile", { first });
        else if (region.existingShortNames.has(shortName)) {
          add(row, "shortName", "accounts.import.problem.shortNameTaken");
        }
      }
    }
    let kind: OpdKind | null = null;
    if (!v.kind) add(row, "kind", "validation.required");
    else {
      kind = parseKind(v.kind);
      if (!kind) add(row, "kind", "accounts.import.problem.unknownKind", { value: v.kind });
    }
    const parent = v.parent ? v.parent.toUpperCase() : null;
    if (parent && parent === shortName) add(row, "parent", "accounts.import.problem.parentSelf");
    // Rows with problems stay in the list too, so that the parent checks below see every row.
    records.push({ row, name, shortName, kind: kind ?? "LAINNYA", parent });
  }

  // Parents: an OPD already in the region, or another row of this file (written above or below it).
  const inFile = new Map(records.filter((r) => r.shortName).map((r) => [r.shortName, r] as const));
  for (const r of records) {
    if (!r.parent || r.parent === r.shortName) continue;
    if (!inFile.has(r.parent) && !region.existingShortNames.has(r.parent)) {
      add(r.row, "parent", "accounts.import.problem.unknownParent", { value: r.parent });
    }
  }
  for (const r of records) {
    // A chain of rows of the file that comes back to where it started: none of them could be created first.
    const visited = new Set<string>();
    let at: OpdRecord | undefined = r;
    while (at?.parent && at.parent !== at.shortName && !visited.has(at.shortName)) {
      visited.add(at.shortName);
      at = inFile.get(at.parent);
      if (at === r) {
        add(r.row, "parent", "accounts.import.problem.parentCycle", { value: r.parent ?? "" });
        break;
      }
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { problems, records: problems.length ? [] : records };
}

/** The order to create OPDs in: every parent from the file before its units. */
export function creationLevels(records: OpdRecord[]): OpdRecord[][] {
  const inFile = new Map(records.map((r) => [r.shortName, r] as const));
  const depth = (r: OpdRecord): number => {
    let d = 0;
    let at = r;
    while (at.parent && inFile.has(at.parent) && d <= records.length) {
      at = inFile.get(at.parent)!;
      d++;
    }
    return d;
  };
  const levels: OpdRecord[][] = [];
  for (const r of records) (levels[depth(r)] ??= []).push(r);
  return levels.filter(Boolean);
}

type UserRecord = {
  row: number;
  name: string;
  email: string;
  nip: string | null;
  role: Role;
  opdShortName: string | null;
};

/** What an account import needs to know: who exists (anywhere: e-mail and NIP are unique system-wide) and the region's OPDs. */
type UserContext = {
  takenEmails: ReadonlySet<string>;
  takenNips: ReadonlySet<string>;
  opds: ReadonlyMap<string, { active: boolean }>;
};

export function checkUserRows(table: Table, known: UserContext) {
  const { at, problems } = locate(table.header, USER_COLUMNS);
  if (problems.length) return { problems, records: [] as UserRecord[] };
  const label = Object.fromEntries(USER_COLUMNS.map((c) => [c.key, c.label])) as Record<
    (typeof USER_COLUMNS)[number]["key"],
    string
  >;
  const add = (row: number, key: keyof typeof label, message: string, params?: Problem["params"]) =>
    problems.push({ row, column: label[key], message, ...(params ? { params } : {}) });
  const records: UserRecord[] = [];
  const emailSeen = firstRows();
  const nipSeen = firstRows();

  for (const { row, cells } of table.rows) {
    const v = cellsOf(cells, at);
    const before = problems.length;
    let name = "";
    if (!v.name) add(row, "name", "validation.required");
    else {
      const r = check(nameSchema, v.name);
      if ("message" in r) add(row, "name", r.message);
      else name = r.value;
    }
    let email = "";
    if (!v.email) add(row, "email", "validation.required");
    else {
      const r = check(emailSchema, v.email);
      if ("message" in r) add(row, "email", r.message);
      else {
        email = r.value;
        const first = emailSeen(email, row);
        if (first !== null) add(row, "email", "accounts.import.problem.duplicateInFile", { first });
        else if (known.takenEmails.has(email)) add(row, "email", "admin.users.duplicateEmail");
      }
    }
    let nip: string | null = null;
    if (v.nip) {
      const digits = normalizeNip(v.nip);
      const problem = nipProblem(digits);
      if (problem) add(row, "nip", problem);
      else {
        nip = digits;
        const first = nipSeen(nip, row);
        if (first !== null) add(row, "nip", "accounts.import.problem.duplicateInFile", { first });
        else if (known.takenNips.has(nip)) add(row, "nip", "admin.users.duplicateNip");
      }
    }
    let role: Role | null = null;
    if (!v.role) add(row, "role", "validation.required");
    else {
      role = parseRole(v.role);
      if (!role) add(row, "role", "accounts.import.problem.unknownRole", { value: v.role });
    }
    const opdShortName = v.opd ? v.opd.toUpperCase() : null;
    if (role && OPD_SCOPED.includes(role) && !opdShortName) {
      add(row, "opd", "accounts.import.problem.opdRequired");
    } else if (role && !OPD_SCOPED.includes(role) && opdShortName) {
      add(row, "opd", "accounts.import.problem.opdNotForRole");
    } else if (opdShortName) {
      const opd = known.opds.get(opdShortName);
      if (!opd) add(row, "opd", "accounts.import.problem.unknownOpd", { value: opdShortName });
      else if (!opd.active) add(row, "opd", "accounts.import.problem.opdInactive", { value: opdShortName });
    }
    if (problems.length === before && role) records.push({ row, name, email, nip, role, opdShortName });
  }
  return { problems, records: problems.length ? [] : records };
}

/** The e-mails and NIPs a file names, to look up in the database before checking it. */
export function identifiersOf(table: Table) {
  const { at } = locate(table.header, USER_COLUMNS);
  const emails = new Set<string>();
  const nips = new Set<string>();
  for (const { cells } of table.rows) {
    const v = cellsOf(cells, at);
    if (v.email) emails.add(v.email.toLowerCase());
    const nip = v.nip ? parseNip(v.nip) : null;
    if (nip) nips.add(nip);
  }
  return { emails: [...emails], nips: [...nips] };
}
