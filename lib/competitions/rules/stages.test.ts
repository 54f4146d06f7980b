import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isOpen,
  requireOpen,
  stageAt,
  STAGE_KINDS,
  validateSchedule,
  type StageDates,
  type StageKind,
} from "./stages";

const d = (s: string) => new Date(`2026-${s}:00+07:00`);
const stage = (kind: StageKind, from: string, to: string): StageDates => ({
  kind,
  startsAt: d(from),
  endsAt: d(to),
});

// A complete, valid schedule; consecutive stages touch (a stage may start the instant the previous ends).
const FULL: StageDates[] = [
  stage("REGISTRATION", "03-01T08:00", "03-31T23:59"),
  stage("SCREENING", "03-31T23:59", "04-10T16:00"),
  stage("DESK", "04-11T08:00", "05-10T16:00"),
  stage("OBJECTION", "05-11T08:00", "05-15T16:00"),
  stage("PRESENTATION", "05-20T08:00", "05-25T16:00"),
  stage("FIELD_VERIFICATION", "06-01T08:00", "06-10T16:00"),
  stage("ANNOUNCEMENT", "06-20T08:00", "06-21T08:00"),
];
const without = (...kinds: StageKind[]) => FULL.filter((s) => !kinds.includes(s.kind));
const replace = (s: StageDates) => FULL.map((x) => (x.kind === s.kind ? s : x));

describe("validateSchedule", () => {
  it("accepts a complete schedule, also in any input order", () => {
    expect(validateSchedule(FULL)).toEqual([]);
    expect(validateSchedule([...FULL].reverse())).toEqual([]);
  });

  it("treats OBJECTION, PRESENTATION and FIELD_VERIFICATION as optional", () => {
    expect(validateSchedule(without("OBJECTION", "PRESENTATION", "FIELD_VERIFICATION"))).toEqual([]);
  });

  it("reports every missing required stage", () => {
    expect(validateSchedule(without("REGISTRATION", "DESK", "ANNOUNCEMENT", "SCREENING"))).toEqual([
      {
        path: "stages.REGISTRATION",
        code: "competitions.rules.missingStage",
        params: { stage: "REGISTRATION" },
      },
      { path: "stages.SCREENING", code: "competitions.rules.missingStage", params: { stage: "SCREENING" } },
      { path: "stages.DESK", code: "competitions.rules.missingStage", params: { stage: "DESK" } },
      {
        path: "stages.ANNOUNCEMENT",
        code: "competitions.rules.missingStage",
        params: { stage: "ANNOUNCEMENT" },
      },
    ]);
    expect(validateSchedule([])).toHaveLength(4);
  });

  it("refuses a stage that ends before, or when, it starts", () => {
    expect(validateSchedule(replace(stage("DESK", "05-10T16:00", "04-11T08:00")))).toEqual([
      { path: "stages.DESK.endsAt", code: "competitions.rules.endBeforeStart", params: { stage: "DESK" } },
    ]);
    expect(validateSchedule(replace(stage("DESK", "04-11T08:00", "04-11T08:00")))[0]?.code).toBe(
      "competitions.rules.endBeforeStart",
    );
  });

  it("reports duplicates once per kind with their count", () => {
    const extra = stage("PRESENTATION", "07-01T08:00", "07-02T08:00");
    expect(validateSchedule([...FULL, extra, extra])).toEqual([
      {
        path: "stages.PRESENTATION",
        code: "competitions.rules.duplicateStage",
        params: { stage: "PRESENTATION", count: 3 },
      },
    ]);
  });

  it("reports an overlap on the later stage, naming the earlier one", () => {
    expect(validateSchedule(replace(stage("DESK", "04-09T08:00", "05-10T16:00")))).toEqual([
      {
        path: "stages.DESK.startsAt",
        code: "competitions.rules.overlap",
        params: { stage: "DESK", other: "SCREENING" },
      },
    ]);
  });

  it("reports a stage that starts before an earlier stage as out of order", () => {
    // Presentation placed before the desk review.
    expect(validateSchedule(replace(stage("PRESENTATION", "04-01T08:00", "04-02T08:00")))).toEqual([
      {
        path: "stages.PRESENTATION.startsAt",
        code: "competitions.rules.outOfOrder",
        params: { stage: "PRESENTATION", other: "DESK" },
      },
    ]);
  });

  it("flags every stage that a misplaced stage collides with", () => {
    const problems = validateSchedule(replace(stage("REGISTRATION", "07-01T08:00", "07-31T08:00")));
    expect(problems.map((p) => p.path)).toEqual(
      ["SCREENING", "DESK", "OBJECTION", "PRESENTATION", "FIELD_VERIFICATION", "ANNOUNCEMENT"].map(
        (k) => `stages.${k}.startsAt`,
      ),
    );
    expect(
      problems.every((p) => p.code === "competitions.rules.outOfOrder" && p.params?.other === "REGISTRATION"),
    ).toBe(true);
  });

  it("reports every kind of problem in one pass", () => {
    const codes = validateSchedule([
      stage("REGISTRATION", "03-01T08:00", "02-01T08:00"),
      stage("DESK", "04-11T08:00", "05-10T16:00"),
      stage("DESK", "04-12T08:00", "05-10T16:00"),
      stage("PRESENTATION", "05-20T08:00", "05-25T16:00"),
      stage("ANNOUNCEMENT", "05-21T08:00", "06-21T08:00"),
    ]).map((p) => `${p.path} ${p.code}`);
    expect(codes).toEqual([
      "stages.REGISTRATION.endsAt competitions.rules.endBeforeStart",
      "stages.SCREENING competitions.rules.missingStage",
      "stages.DESK competitions.rules.duplicateStage",
      "stages.ANNOUNCEMENT.startsAt competitions.rules.overlap",
    ]);
  });

  it("reports invalid dates and unknown kinds instead of crashing", () => {
    const bad = { kind: "DESK", startsAt: new Date("nope"), endsAt: d("05-10T16:00") } as StageDates;
    expect(validateSchedule(replace(bad))).toEqual([
      { path: "stages.DESK.startsAt", code: "competitions.rules.invalidDate", params: { stage: "DESK" } },
    ]);
    const unknown = {
      kind: "PARTY",
      startsAt: d("01-01T00:00"),
      endsAt: d("01-02T00:00"),
    } as unknown as StageDates;
    expect(validateSchedule([...FULL, unknown])).toEqual([
      { path: "stages.PARTY", code: "competitions.rules.unknownStage", params: { stage: "PARTY" } },
    ]);
  });

  it("property: ordered, non-overlapping, complete schedules are valid; shuffled dates are reported", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 14, maxLength: 14 }),
        fc.subarray(["OBJECTION", "PRESENTATION", "FIELD_VERIFICATION"] as StageKind[]),
        (gaps, optional) => {
          let t = Date.UTC(2026, 0, 1);
          const kinds = STAGE_KINDS.filter(
            (k) => !["OBJECTION", "PRESENTATION", "FIELD_VERIFICATION"].includes(k) || optional.includes(k),
          );
          const schedule = kinds.map((kind, i) => {
            const startsAt = new Date((t += (gaps[2 * i] as number) - 1)); // gap 0 allowed
            const endsAt = new Date((t += gaps[2 * i + 1] as number));
            return { kind, startsAt, endsAt };
          });
          expect(validateSchedule(schedule)).toEqual([]);
          // Swapping the dates of two stages always breaks the order.
          const swapped = schedule.map((s, i) =>
            i === 0 ? { ...s, ...pick(schedule[1]) } : i === 1 ? { ...s, ...pick(schedule[0]) } : s,
          );
          expect(validateSchedule(swapped).length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

const pick = (s: StageDates | undefined) => ({ startsAt: s?.startsAt as Date, endsAt: s?.endsAt as Date });

describe("stageAt / isOpen", () => {
  it("finds the open stage with start inclusive and end exclusive", () => {
    expect(stageAt(FULL, d("03-01T08:00"))).toBe("REGISTRATION");
    expect(stageAt(FULL, d("03-15T12:00"))).toBe("REGISTRATION");
    // Registration ends the instant screening starts: the instant belongs to screening.
    expect(stageAt(FULL, d("03-31T23:59"))).toBe("SCREENING");
    expect(stageAt(FULL, new Date(d("03-31T23:59").getTime() - 1))).toBe("REGISTRATION");
    expect(stageAt(FULL, d("06-21T08:00"))).toBeNull();
  });

  it("returns null between stages and outside the schedule", () => {
    expect(stageAt(FULL, d("04-10T20:00"))).toBeNull();
    expect(stageAt(FULL, d("01-01T00:00"))).toBeNull();
    expect(stageAt([], d("04-10T20:00"))).toBeNull();
  });

  it("on an overlapping schedule, the later stage wins", () => {
    const overlapping = [
      stage("DESK", "04-01T08:00", "04-30T08:00"),
      stage("SCREENING", "03-25T08:00", "04-05T08:00"),
    ];
    expect(stageAt(overlapping, d("04-02T08:00"))).toBe("DESK");
  });

  it("isOpen checks one stage's own window", () => {
    expect(isOpen(FULL, "DESK", d("04-11T08:00"))).toBe(true);
    expect(isOpen(FULL, "DESK", d("05-10T16:00"))).toBe(false);
    expect(isOpen(FULL, "OBJECTION", d("04-20T08:00"))).toBe(false);
    expect(isOpen(without("OBJECTION"), "OBJECTION", d("05-12T08:00"))).toBe(false);
  });
});

describe("requireOpen", () => {
  it("passes inside the window", () => {
    expect(requireOpen(FULL, "REGISTRATION", d("03-02T08:00"))).toEqual({ ok: true });
  });

  it("refuses before and after the window, with ISO dates", () => {
    const closed = {
      ok: false,
      code: "competitions.rules.stageClosed",
      params: {
        stage: "REGISTRATION",
        startsAt: "2026-03-01T01:00:00.000Z",
        endsAt: "2026-03-31T16:59:00.000Z",
      },
    };
    expect(requireOpen(FULL, "REGISTRATION", d("02-28T08:00"))).toEqual({
      ...closed,
      params: { ...closed.params, timing: "NOT_YET_OPEN" },
    });
    expect(requireOpen(FULL, "REGISTRATION", d("03-31T23:59"))).toEqual({
      ...closed,
      params: { ...closed.params, timing: "CLOSED" },
    });
  });

  it("says when a stage is not scheduled at all", () => {
    expect(requireOpen(without("PRESENTATION"), "PRESENTATION", d("05-21T08:00"))).toEqual({
      ok: false,
      code: "competitions.rules.stageNotScheduled",
      params: { stage: "PRESENTATION" },
    });
  });
});
