import { describe, expect, it } from "vitest";
import { checkOpdRows, checkUserRows, creationLevels, parseKind, parseRole } from "./checks";
import type { Table } from "./table";

const table = (header: string[], ...rows: string[][]): Table => ({
  header,
  rows: rows.map((cells, i) => ({ row: i + 2, cells })),
});

const OPD_HEADER = ["Nama OPD", "Singkatan", "Jenis", "Singkatan Induk"];
const USER_HEADER = ["Nama Lengkap", "Email", "NIP", "Peran", "Singkatan OPD"];

const brief = (problems: { row: number; column: string | null; message: string }[]) =>
  problems.map((p) => [p.row, p.column, p.message]);

describe("roles and kinds as written in a file", () => {
  it.each([
    ["OPD_OPERATOR", "OPD_OPERATOR"],
    ["Operator OPD", "OPD_OPERATOR"],
    ["kepala opd", "OPD_HEAD"],
    ["Sekretariat (Admin)", "ADMIN"],
    ["Penilai", "EVALUATOR"],
    ["evaluator", "EVALUATOR"],
    ["Head of OPD", "OPD_HEAD"],
  ])("%j is %s", (input, role) => expect(parseRole(input)).toBe(role));
  it("refuses an unknown role", () => expect(parseRole("Bupati")).toBeNull());
  it.each([
    ["Dinas", "DINAS"],
    ["rsud", "RSUD"],
    ["Lainnya", "LAINNYA"],
  ])("kind %j is %s", (input, kind) => expect(parseKind(input)).toBe(kind));
});

describe("checkOpdRows", () => {
  const region = { existingShortNames: new Set(["DINKES", "BAPPEDA"]) };

  it("accepts a clean file whose units name parents in the database or further down the file", () => {
    const r = checkOpdRows(
      table(
        OPD_HEADER,
        ["UPTD Puskesmas Satu", "PKM-SATU", "UPTD", "DINKES"],
        ["UPTD Laboratorium", "UPTD-LAB", "UPTD", "DLH"],
        ["Dinas Lingkungan Hidup", "dlh", "Dinas", ""],
      ),
      region,
    );
    expect(r.problems).toEqual([]);
    expect(r.records.map((x) => [x.shortName, x.parent])).toEqual([
      ["PKM-SATU", "DINKES"],
      ["UPTD-LAB", "DLH"],
      ["DLH", null],
    ]);
    expect(creationLevels(r.records).map((l) => l.map((x) => x.shortName))).toEqual([
      ["PKM-SATU", "DLH"],
      ["UPTD-LAB"],
    ]);
  });

  it("reports every problem of every row and returns no records", () => {
    const r = checkOpdRows(
      table(
        OPD_HEADER,
        ["", "X", "Kantor", "NONE"],
        ["Dinas Sosial Baru", "DINKES", "Dinas", ""],
        ["Badan Satu", "BSATU", "Badan", ""],
        ["Badan Satu Lagi", "BSATU", "Badan", "BSATU"],
        ["Unit A", "UNIT-A", "UPTD", "UNIT-B"],
        ["Unit B", "UNIT-B", "UPTD", "UNIT-A"],
      ),
      region,
    );
    expect(brief(r.problems)).toEqual([
      [2, "Nama OPD", "validation.required"],
      [2, "Singkatan", "validation.shortName"],
      [2, "Jenis", "accounts.import.problem.unknownKind"],
      [2, "Singkatan Induk", "accounts.import.problem.unknownParent"],
      [3, "Singkatan", "accounts.import.problem.shortNameTaken"],
      [5, "Singkatan", "accounts.import.problem.duplicateInFile"],
      [5, "Singkatan Induk", "accounts.import.problem.parentSelf"],
      [6, "Singkatan Induk", "accounts.import.problem.parentCycle"],
      [7, "Singkatan Induk", "accounts.import.problem.parentCycle"],
    ]);
    expect(r.problems.find((p) => p.row === 5)?.params).toEqual({ first: 4 });
    expect(r.records).toEqual([]);
  });

  it("names a required column missing from the header", () => {
    const r = checkOpdRows(table(["Nama OPD", "Jenis"], ["Dinas A", "Dinas"]), region);
    expect(brief(r.problems)).toEqual([[1, "Singkatan", "accounts.import.problem.missingColumn"]]);
  });
});

describe("checkUserRows", () => {
  const known = {
    takenEmails: new Set(["ada@inovasi.test"]),
    takenNips: new Set(["198001012005011001"]),
    opds: new Map([
      ["DINKES", { active: true }],
      ["LAMA", { active: false }],
    ]),
  };

  it("accepts a clean file, normalising NIP, e-mail and role", () => {
    const r = checkUserRows(
      table(
        USER_HEADER,
        ["Siti Aminah", "Siti@Contoh.go.id", "19850101 201001 2 005", "Operator OPD", "dinkes"],
        ["Budi Santoso", "budi@contoh.go.id", "", "Penilai", ""],
      ),
      known,
    );
    expect(r.problems).toEqual([]);
    expect(r.records).toEqual([
      {
        row: 2,
        name: "Siti Aminah",
        email: "siti@contoh.go.id",
        nip: "198501012010012005",
        role: "OPD_OPERATOR",
        opdShortName: "DINKES",
      },
      {
        row: 3,
        name: "Budi Santoso",
        email: "budi@contoh.go.id",
        nip: null,
        role: "EVALUATOR",
        opdShortName: null,
      },
    ]);
  });

  it("reports every kind of problem with its row and column", () => {
    const r = checkUserRows(
      table(
        USER_HEADER,
        ["", "", "", "", ""],
        ["Ada Lama", "ADA@inovasi.test", "19800101 200501 1 001", "Penilai", ""],
        ["Si", "satu@contoh.go.id", "12345", "Bupati", ""],
        ["Dua Orang", "dua@contoh.go.id", "19850101 201001 2 005", "Operator OPD", ""],
        ["Dua Lagi", "DUA@contoh.go.id", "198501012010012005", "Kepala OPD", "ENTAH"],
        ["Tiga Orang", "tiga@contoh.go.id", "", "Penilai", "DINKES"],
        ["Empat Orang", "empat@contoh", "", "Operator OPD", "LAMA"],
      ),
      known,
    );
    expect(brief(r.problems)).toEqual([
      [2, "Nama Lengkap", "validation.required"],
      [2, "Email", "validation.required"],
      [2, "Peran", "validation.required"],
      [3, "Email", "admin.users.duplicateEmail"],
      [3, "NIP", "admin.users.duplicateNip"],
      [4, "Nama Lengkap", "validation.tooShort"],
      [4, "NIP", "validation.nip"],
      [4, "Peran", "accounts.import.problem.unknownRole"],
      [5, "Singkatan OPD", "accounts.import.problem.opdRequired"],
      [6, "Email", "accounts.import.problem.duplicateInFile"],
      [6, "NIP", "accounts.import.problem.duplicateInFile"],
      [6, "Singkatan OPD", "accounts.import.problem.unknownOpd"],
      [7, "Singkatan OPD", "accounts.import.problem.opdNotForRole"],
      [8, "Email", "validation.email"],
      [8, "Singkatan OPD", "accounts.import.problem.opdInactive"],
    ]);
    expect(r.records).toEqual([]);
  });

  it("finds columns whatever their order and accepts English headers", () => {
    const r = checkUserRows(
      table(["role", "e-mail", "name"], ["Admin", "x@contoh.go.id", "Orang Baru"]),
      known,
    );
    expect(r.problems).toEqual([]);
    expect(r.records[0]).toMatchObject({ role: "ADMIN", email: "x@contoh.go.id", name: "Orang Baru" });
  });
});
