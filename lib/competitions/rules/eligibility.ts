// Whether an innovation meets a competition's entry rules. The administrative screening starts its
// checklist from the same facts (screeningChecks), so what the operator is warned about when
// entering is exactly what the secretariat will find. Pure: no database, "now" is the input.
import { implementationAge } from "@/lib/innovations/rules/form/implementation-age";
import type { RegionZone } from "@/lib/time/zones";

/** The category code of the replication group (KIPP's "replikasi"); other codes are open to any innovation. */
const REPLICATION_CATEGORY = "REPLIKASI";

/** Replications that make an innovation a replica: agreed or further, never a mere request or a refusal. */
export const REPLICA_STATUSES = ["AGREED", "IMPLEMENTED", "VERIFIED"] as const;

/** Signed statements (implemented, true identity, willing to be replicated) every proposal carries. */
const STATEMENT_KIND = "SURAT_PERNYATAAN";

export type EligibilityFacts = {
  /** The implementation start of the version that would be entered, "YYYY-MM-DD" or null. */
  implementedDate: string | null;
  /** The end of registration: the implementation must be a year old by then. */
  registrationClosesAt: Date;
  /** The competition's region's time zone, whose calendar dates the year (WIB when not given). */
  zone?: RegionZone;
  /** Kinds of the innovation's documents (one per document). */
  documentKinds: readonly string[];
  /** The code of the chosen category. */
  categoryCode: string;
  /** The innovation adapts another region's (a replication records it as the replica). */
  isReplica: boolean;
};

type EligibilityCode =
  | "notImplemented"
  | "implementedUnderOneYear"
  | "noDocuments"
  | "noStatement"
  | "replicationCategoryNotReplica"
  | "replicaInGeneralCategory";

export type EligibilityIssue = {
  code: EligibilityCode;
  /** A hard rule refuses the entry; a warning lets the operator enter after confirming. */
  hard: boolean;
  params?: Record<string, string | number>;
};

/** The facts the screening checklist starts from. */
export function screeningChecks(
  facts: Pick<EligibilityFacts, "implementedDate" | "registrationClosesAt" | "documentKinds" | "zone">,
) {
  const age = implementationAge(facts.implementedDate, facts.registrationClosesAt, facts.zone);
  return {
    implemented: age !== null,
    implementedOneYear: Boolean(age?.atLeastOneYear),
    months: age?.months ?? 0,
    documents: facts.documentKinds.length > 0,
    statement: facts.documentKinds.includes(STATEMENT_KIND),
  };
}

/** Every rule the entry does not meet, hard ones first. */
export function eligibilityIssues(facts: EligibilityFacts): EligibilityIssue[] {
  const checks = screeningChecks(facts);
  const issues: EligibilityIssue[] = [];
  if (facts.categoryCode === REPLICATION_CATEGORY && !facts.isReplica)
    issues.push({ code: "replicationCategoryNotReplica", hard: true });
  if (!checks.implemented) issues.push({ code: "notImplemented", hard: false });
  else if (!checks.implementedOneYear)
    issues.push({ code: "implementedUnderOneYear", hard: false, params: { months: checks.months } });
  if (!checks.documents) issues.push({ code: "noDocuments", hard: false });
  else if (!checks.statement) issues.push({ code: "noStatement", hard: false });
  if (facts.categoryCode !== REPLICATION_CATEGORY && facts.isReplica)
    issues.push({ code: "replicaInGeneralCategory", hard: false });
  return issues;
}
