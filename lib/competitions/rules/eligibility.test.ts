import { describe, expect, it } from "vitest";
import { eligibilityIssues, screeningChecks, type EligibilityFacts } from "./eligibility";

const closes = new Date("2026-06-30T16:59:59Z"); // 30 June 2026, 23:59:59 WIB
const fit: EligibilityFacts = {
  implementedDate: "2025-03-01",
  registrationClosesAt: closes,
  documentKinds: ["SK", "SURAT_PERNYATAAN"],
  categoryCode: "UMUM",
  isReplica: false,
};
const codes = (facts: Partial<EligibilityFacts>) =>
  eligibilityIssues({ ...fit, ...facts }).map((i) => i.code);

describe("eligibilityIssues", () => {
  it("has nothing to say about an innovation that meets every rule", () => {
    expect(eligibilityIssues(fit)).toEqual([]);
    expect(eligibilityIssues({ ...fit, categoryCode: "REPLIKASI", isReplica: true })).toEqual([]);
  });

  it("counts the year of implementation up to the close of registration, to the day", () => {
    expect(codes({ implementedDate: "2025-06-30" })).toEqual([]);
    expect(eligibilityIssues({ ...fit, implementedDate: "2025-07-01" })).toEqual([
      { code: "implementedUnderOneYear", hard: false, params: { months: 11 } },
    ]);
    expect(codes({ implementedDate: null })).toEqual(["notImplemented"]);
    expect(codes({ implementedDate: "2026-07-01" })).toEqual(["notImplemented"]);
  });

  it("dates the close of registration in the competition's region's zone", () => {
    // 16:59:59 UTC is still 30 June in WIB but already 1 July in WITA and WIT.
    expect(codes({ implementedDate: "2025-07-01", zone: "WIB" })).toEqual(["implementedUnderOneYear"]);
    expect(codes({ implementedDate: "2025-07-01", zone: "WITA" })).toEqual([]);
    expect(codes({ implementedDate: "2026-07-01", zone: "WIT" })).toEqual(["implementedUnderOneYear"]);
  });

  it("asks for documents, and the signed statement among them", () => {
    expect(codes({ documentKinds: [] })).toEqual(["noDocuments"]);
    expect(codes({ documentKinds: ["FOTO", "SOP"] })).toEqual(["noStatement"]);
  });

  it("refuses the replication category to an innovation that replicates nothing, hard rules first", () => {
    const issues = eligibilityIssues({ ...fit, categoryCode: "REPLIKASI", documentKinds: [] });
    expect(issues.map((i) => [i.code, i.hard])).toEqual([
      ["replicationCategoryNotReplica", true],
      ["noDocuments", false],
    ]);
    expect(codes({ isReplica: true })).toEqual(["replicaInGeneralCategory"]);
  });

  it("gives the screening the same facts the warnings come from", () => {
    expect(screeningChecks(fit)).toMatchObject({ implementedOneYear: true, documents: true });
    expect(screeningChecks({ ...fit, implementedDate: "2025-07-01", documentKinds: [] })).toMatchObject({
      implementedOneYear: false,
      documents: false,
    });
  });
});
