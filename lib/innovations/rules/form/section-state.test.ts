import { describe, expect, it } from "vitest";
import { sectionStates, type SectionState } from "./section-state";
import { SECTIONS, type InnovationDraft } from "./sections";

const TODAY = new Date("2025-06-15T05:00:00Z");
const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(" ");

const complete: InnovationDraft = {
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

const states = (draft: InnovationDraft) =>
  Object.fromEntries(sectionStates(draft, { today: TODAY }).map((s) => [s.key, s.state])) as Record<
    string,
    SectionState
  >;

describe("sectionStates", () => {
  it("lists every section in form order, all complete for a proposal that can be submitted", () => {
    const result = sectionStates(complete, { today: TODAY });
    expect(result.map((s) => s.key)).toEqual(SECTIONS.map((s) => s.key));
    expect(result.every((s) => s.state === "complete" && s.problems.length === 0)).toBe(true);
  });

  it("marks each section with an empty required field as missing, and only those", () => {
    const s = states({ ...complete, novelty: "  ", sdgs: [], bentuk: null });
    expect(s.kebaruan).toBe("missing");
    expect(s.sdgs).toBe("missing");
    expect(s.identitas).toBe("missing");
    expect(s.masalah).toBe("complete");
    expect(s.transferabilitas).toBe("complete");
  });

  it("marks a section over its word limit, and follows the text as it changes", () => {
    expect(states({ ...complete, summary: words(301) }).ringkasan).toBe("overLimit");
    expect(states({ ...complete, summary: words(300) }).ringkasan).toBe("complete");
    expect(states({ ...complete, lessonsLearned: words(401) }).pembelajaran).toBe("overLimit");
  });

  it("puts missing before over the limit, and reports other problems as invalid", () => {
    const s = states({ ...complete, results: "", conditionBefore: words(301), budgetAmount: "1,500" });
    expect(s.hasil).toBe("missing");
    expect(s.sumberDaya).toBe("invalid");
    const hasil = sectionStates(
      { ...complete, results: "", conditionBefore: words(301) },
      { today: TODAY },
    ).find((x) => x.key === "hasil");
    expect(hasil?.problems).toEqual([
      { field: "results", message: "validation.required" },
      { field: "conditionBefore", message: "innovationForm.validation.overWordLimit" },
    ]);
  });

  it("counts the date rules of the submit check", () => {
    expect(states({ ...complete, implementedDate: "2026-01-01" }).identitas).toBe("invalid");
    expect(states({ ...complete, implementedDate: null }).identitas).toBe("invalid");
  });

  it("honours per-competition word limits", () => {
    const result = sectionStates(
      { ...complete, summary: words(150) },
      { today: TODAY, wordLimits: { summary: 100 } },
    );
    expect(result.find((s) => s.key === "ringkasan")?.state).toBe("overLimit");
  });
});
