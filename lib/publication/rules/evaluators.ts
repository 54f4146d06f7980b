// The evaluation team as the berita acara lists them and as they sign: real names, NIP and the stages each evaluated.
import { formatNip } from "@/lib/validation/nip";

/** The stages as the documents name them. */
export const STAGE_NAMES: Record<string, string> = {
  DESK: "Penilaian Proposal",
  PRESENTATION: "Presentasi dan Wawancara",
  FIELD_VERIFICATION: "Verifikasi Lapangan",
};

/** A member of the evaluation team as the minutes list them and as they sign. */
export interface EvaluatorLine {
  name: string;
  /** Formatted ("19850101 201001 1 005"), or null when the account has none. */
  nip: string | null;
  /** What the person did, e.g. "Penilai Penilaian Proposal, Presentasi dan Wawancara". */
  role: string;
}

/**
 * Everyone assigned to evaluate, once each, in a stable order (by name, then id), with the stages they evaluated in
 * the order the stages run.
 */
export function evaluatorLines(
  assignments: {
    stage: { kind: string; startsAt: Date };
    evaluator: { id: string; name: string; nip: string | null };
  }[],
): EvaluatorLine[] {
  const people = new Map<
    string,
    { id: string; name: string; nip: string | null; stages: Map<string, Date> }
  >();
  for (const r of assignments) {
    const p = people.get(r.evaluator.id) ?? { ...r.evaluator, stages: new Map<string, Date>() };
    p.stages.set(r.stage.kind, r.stage.startsAt);
    people.set(p.id, p);
  }
  return [...people.values()]
    .sort((a, b) => a.name.localeCompare(b.name, "id") || (a.id < b.id ? -1 : 1))
    .map((p) => ({
      name: p.name,
      nip: p.nip ? formatNip(p.nip) : null,
      role: `Penilai ${[...p.stages]
        .sort((a, b) => a[1].getTime() - b[1].getTime())
        .map(([kind]) => STAGE_NAMES[kind] ?? kind)
        .join(", ")}`,
    }));
}
