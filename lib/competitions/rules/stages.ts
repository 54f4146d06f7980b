// Stage dates of a competition. Pure: "now" is always a parameter so pages, actions and tests agree.
import type { StageKind as PrismaStageKind } from "@/lib/generated/prisma/enums";

/** Stage kinds in the order they happen. */
export const STAGE_KINDS = [
  "REGISTRATION",
  "SCREENING",
  "DESK",
  "OBJECTION",
  "PRESENTATION",
  "FIELD_VERIFICATION",
  "ANNOUNCEMENT",
] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

// Fails to compile when the Prisma enum gains or loses a kind, so this list cannot drift from the schema.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sameAsPrisma: Same<StageKind, PrismaStageKind> = true;

export const REQUIRED_STAGES: readonly StageKind[] = ["REGISTRATION", "SCREENING", "DESK", "ANNOUNCEMENT"];

/** A rule violation: `path` names the form field, `code` is an i18n key, `params` fill its placeholders. */
export interface Problem {
  path: string;
  code: string;
  params?: Record<string, string | number>;
}

export interface StageDates {
  kind: StageKind;
  startsAt: Date;
  endsAt: Date;
}

const ORDER = new Map<string, number>(STAGE_KINDS.map((k, i) => [k, i]));
export const stageOrder = (kind: StageKind): number => ORDER.get(kind) ?? -1;
export const isStageKind = (x: unknown): x is StageKind => typeof x === "string" && ORDER.has(x);

const validDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());

/** Every problem of a schedule at once, in stage order, so the form can mark all bad fields in one pass. */
export function validateSchedule(stages: readonly StageDates[]): Problem[] {
  const problems: Problem[] = [];
  const byKind = new Map<StageKind, StageDates[]>();
  for (const s of stages) {
    if (!isStageKind(s.kind)) {
      problems.push({
        path: `stages.${String(s.kind)}`,
        code: "competitions.rules.unknownStage",
        params: { stage: String(s.kind) },
      });
      continue;
    }
    byKind.set(s.kind, [...(byKind.get(s.kind) ?? []), s]);
  }

  // Stages whose own dates are sound take part in the ordering checks; the others would only add noise.
  const sound: StageDates[] = [];
  for (const kind of STAGE_KINDS) {
    const list = byKind.get(kind) ?? [];
    if (list.length === 0 && REQUIRED_STAGES.includes(kind)) {
      problems.push({
        path: `stages.${kind}`,
        code: "competitions.rules.missingStage",
        params: { stage: kind },
      });
    }
    if (list.length > 1) {
      problems.push({
        path: `stages.${kind}`,
        code: "competitions.rules.duplicateStage",
        params: { stage: kind, count: list.length },
      });
    }
    let ok = list.length === 1;
    for (const s of list) {
      for (const field of ["startsAt", "endsAt"] as const) {
        if (!validDate(s[field])) {
          problems.push({
            path: `stages.${kind}.${field}`,
            code: "competitions.rules.invalidDate",
            params: { stage: kind },
          });
          ok = false;
        }
      }
      if (validDate(s.startsAt) && validDate(s.endsAt) && s.endsAt.getTime() <= s.startsAt.getTime()) {
        problems.push({
          path: `stages.${kind}.endsAt`,
          code: "competitions.rules.endBeforeStart",
          params: { stage: kind },
        });
        ok = false;
      }
    }
    if (ok && list[0]) sound.push(list[0]);
  }

  // Each stage must start at or after the end of every earlier stage. One problem per stage, naming the culprit:
  // "out of order" when it starts before an earlier stage even begins, "overlap" when it starts inside one.
  sound.forEach((s, j) => {
    const start = s.startsAt.getTime();
    const clashing = sound.slice(0, j).filter((p) => p.endsAt.getTime() > start);
    if (clashing.length === 0) return;
    const before = clashing.find((p) => p.startsAt.getTime() > start);
    const other = before ?? (clashing[clashing.length - 1] as StageDates);
    problems.push({
      path: `stages.${s.kind}.startsAt`,
      code: before ? "competitions.rules.outOfOrder" : "competitions.rules.overlap",
      params: { stage: s.kind, other: other.kind },
    });
  });
  return problems;
}

const openAt = (s: StageDates, t: number) => s.startsAt.getTime() <= t && t < s.endsAt.getTime();

/**
 * The stage open at `at` (start inclusive, end exclusive), or null between stages. On a schedule that overlaps
 * (never saved, but possible mid-edit) the later stage wins, since it has already taken over.
 */
export function stageAt(stages: readonly StageDates[], at: Date): StageKind | null {
  const t = at.getTime();
  let found: StageKind | null = null;
  for (const s of stages) {
    if (isStageKind(s.kind) && openAt(s, t) && (found === null || stageOrder(s.kind) > stageOrder(found)))
      found = s.kind;
  }
  return found;
}

export function isOpen(stages: readonly StageDates[], kind: StageKind, at: Date): boolean {
  const t = at.getTime();
  return stages.some((s) => s.kind === kind && openAt(s, t));
}

export type OpenCheck =
  | { ok: true }
  | {
      ok: false;
      code: "competitions.rules.stageClosed";
      /** ISO dates for the message; `timing` tells "not open yet" from "already closed". */
      params: { stage: StageKind; startsAt: string; endsAt: string; timing: "NOT_YET_OPEN" | "CLOSED" };
    }
  | { ok: false; code: "competitions.rules.stageNotScheduled"; params: { stage: StageKind } };

/** Guard for actions: refuse with the stage's dates so the user learns when it is (or was) open. */
export function requireOpen(stages: readonly StageDates[], kind: StageKind, at: Date): OpenCheck {
  if (isOpen(stages, kind, at)) return { ok: true };
  const t = at.getTime();
  const own = stages
    .filter((s) => s.kind === kind && validDate(s.startsAt) && validDate(s.endsAt))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  // Name the next window if one is coming, else the last one that ended.
  const next = own.find((s) => s.startsAt.getTime() > t) ?? own[own.length - 1];
  if (!next) return { ok: false, code: "competitions.rules.stageNotScheduled", params: { stage: kind } };
  return {
    ok: false,
    code: "competitions.rules.stageClosed",
    params: {
      stage: kind,
      startsAt: next.startsAt.toISOString(),
      endsAt: next.endsAt.toISOString(),
      timing: t < next.startsAt.getTime() ? "NOT_YET_OPEN" : "CLOSED",
    },
  };
}
