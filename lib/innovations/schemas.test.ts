import { describe, expect, it } from "vitest";
import { draftSchema, LIMITS, submitSchema } from "./schemas";

type Result = {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string; params?: unknown }[] };
};
const errorsOf = (r: Result) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
const draft = (input: Record<string, unknown>) => draftSchema.safeParse(input);
const draftError = (field: string, value: unknown) => errorsOf(draft({ [field]: value }))[field];

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(" ");
const TODAY = new Date("2025-06-15T05:00:00Z");

// A proposal that passes every submission rule.
const complete = {
  title: "Jemput Bola Adminduk",
  bentuk: "PELAYANAN_PUBLIK",
  jenis: "NON_DIGITAL",
  urusan: "Administrasi Kependudukan dan Pencatatan Sipil",
  inisiator: "PERANGKAT_DAERAH",
  tahapan: "PENERAPAN",
  trialStartDate: "2023-01-10",
  implementedDate: "2023-07-01",
  summary: "Petugas mendatangi desa terpencil untuk perekaman KTP-el.",
  problem: "Warga harus menempuh perjalanan jauh ke kantor dinas.",
  novelty: "Layanan keliling terjadwal dengan perangkat portabel.",
  strategy: "Pemetaan desa, penjadwalan, dan pelaksanaan bersama kecamatan.",
  results: "Cakupan perekaman naik dari 82% menjadi 97%.",
  sdgs: [16, 10],
};

describe("draftSchema", () => {
  it("accepts an empty draft and leaves unsent fields out", () => {
    expect(draftSchema.parse({})).toEqual({});
  });

  it("turns empty inputs into null (cleared) and drops unknown keys", () => {
    expect(
      draftSchema.parse({ summary: "", unitName: "   ", budgetAmount: "", bentuk: "", id: "x", revision: 3 }),
    ).toEqual({ summary: null, unitName: null, budgetAmount: null, bentuk: null });
  });

  it("trims text and does not enforce word limits", () => {
    const r = draftSchema.parse({ title: "  Jemput Bola  ", summary: words(2000) });
    expect(r.title).toBe("Jemput Bola");
    expect(r.summary?.split(" ")).toHaveLength(2000);
  });

  it("limits lengths", () => {
    expect(draftError("title", "x".repeat(201))).toBe("validation.tooLong");
    expect(draft({ title: "x".repeat(200) }).success).toBe(true);
    expect(draftError("budgetSource", "x".repeat(201))).toBe("validation.tooLong");
    expect(draftError("problem", "x".repeat(LIMITS.narrativeLength + 1))).toBe("validation.tooLong");
    expect(draftError("title", 42)).toBe("innovationForm.validation.invalid");
  });

  it("checks enum values", () => {
    expect(
      draftSchema.parse({ bentuk: "TATA_KELOLA", jenis: "DIGITAL", inisiator: "ASN", tahapan: "UJI_COBA" }),
    ).toEqual({
      bentuk: "TATA_KELOLA",
      jenis: "DIGITAL",
      inisiator: "ASN",
      tahapan: "UJI_COBA",
    });
    expect(draftError("bentuk", "PABRIK")).toBe("validation.invalidChoice");
    expect(draftError("tahapan", "penerapan")).toBe("validation.invalidChoice");
  });

  it("accepts only urusan from the reference list", () => {
    expect(draftSchema.parse({ urusan: " Kesehatan " }).urusan).toBe("Kesehatan");
    expect(draftError("urusan", "Kesehatan Hewan")).toBe("validation.invalidChoice");
  });

  it("accepts real calendar dates only", () => {
    expect(draftSchema.parse({ trialStartDate: "2024-02-29" }).trialStartDate).toBe("2024-02-29");
    expect(draftSchema.parse({ implementedDate: new Date("2024-03-01T00:00:00Z") }).implementedDate).toBe(
      "2024-03-01",
    );
    for (const bad of [
      "2025-02-30",
      "2023-02-29",
      "2025-13-01",
      "15-06-2025",
      "2025-6-1",
      "0202-01-01",
      "2025-06-01T00:00:00Z",
    ]) {
      expect(draftError("trialStartDate", bad), bad).toBe("validation.invalidDate");
    }
    expect(draftError("implementedDate", new Date("nonsense"))).toBe("validation.invalidDate");
  });

  it("reads beneficiary counts from numbers and numeric strings", () => {
    expect(draftSchema.parse({ beneficiariesCount: "1250" }).beneficiariesCount).toBe(1250);
    expect(draftSchema.parse({ beneficiariesCount: 0 }).beneficiariesCount).toBe(0);
    expect(draftError("beneficiariesCount", "12.5")).toBe("innovationForm.validation.integer");
    expect(draftError("beneficiariesCount", "1.250.000")).toBe("innovationForm.validation.integer");
    expect(draftError("beneficiariesCount", "banyak")).toBe("innovationForm.validation.integer");
    expect(draftError("beneficiariesCount", -3)).toBe("innovationForm.validation.nonNegative");
    expect(draftError("beneficiariesCount", 100_000_001)).toBe("innovationForm.validation.tooLarge");
  });

  it("reads budgets in rupiah as typed into exact decimal text", () => {
    expect(draftSchema.parse({ budgetAmount: "125000000" }).budgetAmount).toBe("125000000");
    expect(draftSchema.parse({ budgetAmount: "150.000.000" }).budgetAmount).toBe("150000000");
    expect(draftSchema.parse({ budgetAmount: "Rp 150.000.000" }).budgetAmount).toBe("150000000");
    expect(draftSchema.parse({ budgetAmount: "1.500.000,50" }).budgetAmount).toBe("1500000.50");
    expect(draftSchema.parse({ budgetAmount: "1500.50" }).budgetAmount).toBe("1500.50");
    expect(draftSchema.parse({ budgetAmount: 0.29 }).budgetAmount).toBe("0.29");
    expect(draftError("budgetAmount", "1500.505")).toBe("innovationForm.validation.moneyAmbiguous");
    expect(draftError("budgetAmount", "150,000,000")).toBe("innovationForm.validation.moneyAmbiguous");
    expect(draftError("budgetAmount", "1.500.000,505")).toBe("innovationForm.validation.moneyDecimals");
    expect(draftError("budgetAmount", "Rp 5 juta")).toBe("innovationForm.validation.money");
    expect(draftError("budgetAmount", -1)).toBe("innovationForm.validation.nonNegative");
    expect(draftError("budgetAmount", 2e15)).toBe("innovationForm.validation.tooLarge");
  });

  it("reads checkbox-style booleans", () => {
    for (const [input, output] of [
      [true, true],
      ["true", true],
      ["on", true],
      [false, false],
      ["false", false],
    ] as const) {
      expect(draftSchema.parse({ isPublic: input }).isPublic, String(input)).toBe(output);
    }
    expect(draftError("isPublic", "mungkin")).toBe("validation.invalidChoice");
  });

  it("checks SDGs: numbers 1–17, no duplicates, sorted", () => {
    expect(draftSchema.parse({ sdgs: ["16", 3, 10] }).sdgs).toEqual([3, 10, 16]);
    expect(draftSchema.parse({ sdgs: "4" }).sdgs).toEqual([4]);
    expect(draftSchema.parse({ sdgs: [] }).sdgs).toEqual([]);
    expect(draftError("sdgs", [0])).toBe("innovationForm.validation.sdgRange");
    expect(draftError("sdgs", [18])).toBe("innovationForm.validation.sdgRange");
    expect(draftError("sdgs", [2.5])).toBe("innovationForm.validation.sdgRange");
    expect(draftError("sdgs", ["x"])).toBe("innovationForm.validation.sdgRange");
    expect(draftError("sdgs", [3, "3"])).toBe("innovationForm.validation.sdgDuplicate");
  });

  it("accepts http(s) links only, completing bare domains", () => {
    expect(draftSchema.parse({ videoUrl: " https://youtu.be/abc " }).videoUrl).toBe("https://youtu.be/abc");
    expect(
      draftSchema.parse({ applicationUrl: "www.dukcapil.banyuwangikab.go.id/layanan" }).applicationUrl,
    ).toBe("https://www.dukcapil.banyuwangikab.go.id/layanan");
    expect(draftSchema.parse({ applicationUrl: "http://10.0.0.1:8080/app" }).applicationUrl).toBe(
      "http://10.0.0.1:8080/app",
    );
    for (const bad of [
      "javascript:alert(1)",
      "ftp://files.example.id/a",
      "mailto:dinas@example.id",
      "https://",
      "bukan tautan",
    ]) {
      expect(draftError("videoUrl", bad), bad).toBe("innovationForm.validation.url");
    }
    expect(draftError("videoUrl", `https://example.id/${"a".repeat(LIMITS.urlLength)}`)).toBe(
      "innovationForm.validation.url",
    );
  });

  it("checks other links as a list: blanks dropped, at most 10, bad positions in params", () => {
    expect(draftSchema.parse({ otherLinks: ["https://a.id", "", "  ", "b.go.id"] }).otherLinks).toEqual([
      "https://a.id",
      "https://b.go.id",
    ]);
    expect(draftSchema.parse({ otherLinks: "https://a.id" }).otherLinks).toEqual(["https://a.id"]);
    const tooMany = Array.from({ length: 11 }, (_, i) => `https://berita.id/${i}`);
    expect(draftError("otherLinks", tooMany)).toBe("innovationForm.validation.tooManyLinks");
    expect(draft({ otherLinks: tooMany.slice(0, 10) }).success).toBe(true);

    const r = draft({ otherLinks: ["https://a.id", "javascript:alert(1)", "ftp://x.id"] });
    expect(r.error?.issues).toEqual([
      expect.objectContaining({
        path: ["otherLinks"],
        message: "innovationForm.validation.url",
        params: { indexes: [1, 2] },
      }),
    ]);
  });
});

describe("submitSchema", () => {
  const submit = (input: Record<string, unknown>, opts = {}) =>
    submitSchema({ today: TODAY, ...opts }).safeParse(input);

  it("accepts a complete proposal", () => {
    const r = submit(complete);
    expect(errorsOf(r)).toEqual({});
    expect(r.data?.sdgs).toEqual([10, 16]);
  });

  it("reports every missing required field at once, each at its own path", () => {
    const r = submit({ title: "   ", summary: "", sdgs: [] });
    expect(errorsOf(r)).toEqual({
      title: "validation.required",
      bentuk: "validation.required",
      jenis: "validation.required",
      urusan: "validation.required",
      inisiator: "validation.required",
      tahapan: "validation.required",
      summary: "validation.required",
      problem: "validation.required",
      novelty: "validation.required",
      strategy: "validation.required",
      results: "validation.required",
      sdgs: "innovationForm.validation.sdgRequired",
    });
    expect(r.error?.issues.every((i) => i.path.length === 1)).toBe(true);
  });

  it("reports format, word-limit and date problems together", () => {
    const r = submit({
      ...complete,
      bentuk: "PABRIK",
      summary: words(301),
      videoUrl: "javascript:alert(1)",
      implementedDate: "2025-07-01",
      trialStartDate: "2025-08-01",
      budgetAmount: "-5",
    });
    expect(errorsOf(r)).toEqual({
      bentuk: "validation.invalidChoice",
      summary: "innovationForm.validation.overWordLimit",
      videoUrl: "innovationForm.validation.url",
      budgetAmount: "innovationForm.validation.nonNegative",
      implementedDate: "innovationForm.validation.implementationInFuture",
      trialStartDate: "innovationForm.validation.trialAfterImplementation",
    });
  });

  it("enforces word limits, with the limit and count as params", () => {
    expect(submit({ ...complete, summary: words(300) }).success).toBe(true);
    const r = submit({ ...complete, summary: words(301), lessonsLearned: words(401) });
    expect(r.error?.issues).toEqual([
      expect.objectContaining({ path: ["summary"], params: { limit: 300, count: 301 } }),
      expect.objectContaining({ path: ["lessonsLearned"], params: { limit: 400, count: 401 } }),
    ]);
  });

  it("takes word-limit overrides", () => {
    expect(submit({ ...complete, summary: words(301) }, { wordLimits: { summary: 400 } }).success).toBe(true);
    expect(errorsOf(submit(complete, { wordLimits: { summary: 3 } }))).toEqual({
      summary: "innovationForm.validation.overWordLimit",
    });
  });

  describe("date rules", () => {
    it("needs a trial start date at the trial stage", () => {
      const base = { ...complete, tahapan: "UJI_COBA", implementedDate: "" };
      expect(errorsOf(submit({ ...base, trialStartDate: "" }))).toEqual({
        trialStartDate: "innovationForm.validation.trialDateRequired",
      });
      expect(submit({ ...base, trialStartDate: "2025-01-01" }).success).toBe(true);
    });

    it("needs an implementation date, not in the future, at the implementation stage", () => {
      expect(errorsOf(submit({ ...complete, implementedDate: null }))).toEqual({
        implementedDate: "innovationForm.validation.implementationDateRequired",
      });
      expect(submit({ ...complete, implementedDate: "2025-06-15" }).success).toBe(true);
      expect(errorsOf(submit({ ...complete, implementedDate: "2025-06-16" }))).toEqual({
        implementedDate: "innovationForm.validation.implementationInFuture",
      });
    });

    it("judges 'today' by the calendar in the region's zone (WIB unless told)", () => {
      const late = new Date("2025-06-15T18:00:00Z"); // already 16 June, 01:00 WIB
      expect(submit({ ...complete, implementedDate: "2025-06-16" }, { today: late }).success).toBe(true);
      expect(submit({ ...complete, implementedDate: "2025-06-17" }, { today: late }).success).toBe(false);
      const evening = new Date("2025-06-15T16:30:00Z"); // 23:30 WIB on 15 June, 00:30 WITA on 16 June
      expect(submit({ ...complete, implementedDate: "2025-06-16" }, { today: evening }).success).toBe(false);
      expect(
        submit({ ...complete, implementedDate: "2025-06-16" }, { today: evening, zone: "WITA" }).success,
      ).toBe(true);
    });

    it("needs no dates at the initiative stage", () => {
      expect(
        submit({ ...complete, tahapan: "INISIATIF", trialStartDate: "", implementedDate: "" }).success,
      ).toBe(true);
    });

    it("does not allow a trial that starts after implementation", () => {
      expect(errorsOf(submit({ ...complete, trialStartDate: "2023-07-02" }))).toEqual({
        trialStartDate: "innovationForm.validation.trialAfterImplementation",
      });
      expect(submit({ ...complete, trialStartDate: "2023-07-01" }).success).toBe(true);
    });

    it("reports a broken date once, without date-rule noise on top", () => {
      expect(errorsOf(submit({ ...complete, implementedDate: "2025-02-30" }))).toEqual({
        implementedDate: "validation.invalidDate",
      });
    });
  });
});
