/** What the view needs of a row of the compliance report (lib/innovations/queries.ts). */
type ComplianceRow = { name: string; approved: number; met: boolean };

type ComplianceView = { show: "all" | "met" | "notMet"; sort: "name" | "approved" | "status" };

/** Filtering and sorting of the compliance table, shared by the page and its CSV export. */
export function viewCompliance<R extends ComplianceRow>(rows: readonly R[], v: ComplianceView): R[] {
  const kept = rows.filter((r) => v.show === "all" || (v.show === "met" ? r.met : !r.met));
  const byName = (a: ComplianceRow, b: ComplianceRow) => a.name.localeCompare(b.name, "id");
  return [...kept].sort((a, b) => {
    if (v.sort === "approved") return b.approved - a.approved || byName(a, b);
    if (v.sort === "status") return Number(a.met) - Number(b.met) || byName(a, b);
    return byName(a, b);
  });
}
