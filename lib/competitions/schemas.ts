// zod schemas of the competition forms; messages are i18n keys. The settings and rubric forms post field names of
// the sender's choosing: they are parsed by the rules (rules/config.ts, rules/rubric.ts) once the competition is
// known to be the caller's.
import { z } from "zod";
import { isoDate, line, text, wallClock } from "@/lib/validation/text";
import { SCORED_STAGES } from "./rules/config";
import { SCREENING_DECISIONS } from "./rules/screening";
import { STAGE_KINDS } from "./rules/stages";

const id = z.string().min(1, "validation.invalidId").max(40, "validation.invalidId");

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

const stageKind = z.enum(SCORED_STAGES, "validation.invalidChoice");

// ── Entries ──

export const enterSchema = z.object({
  competitionId: id,
  innovationId: id,
  categoryId: id,
  confirmed: checkbox,
});

export const entrySchema = z.object({ entryId: id });

export const screenSchema = z.object({
  entryId: id,
  decision: z.enum(SCREENING_DECISIONS, {
    error: (issue) =>
      issue.input === undefined || issue.input === "" ? "validation.required" : "validation.invalidChoice",
  }),
  reason: text({ max: 2000 }).optional().default(""),
  complete: checkbox,
  implementedOneYear: checkbox,
  oneTitle: checkbox,
  documents: checkbox,
});

// ── Setup ──

export const createSchema = z.object({
  name: line({ min: 3, max: 200 }),
  year: z.coerce
    .number()
    .int("competitions.rules.yearRange")
    .min(2000, "competitions.rules.yearRange")
    .max(2100, "competitions.rules.yearRange"),
  // A calendar date, whose start in the region's zone opens registration.
  registrationStartsAt: isoDate(),
  copyFrom: z
    .string()
    .max(40, "validation.invalidId")
    .optional()
    .transform((v) => v || null),
});

// <input type="datetime-local"> sends wall-clock time without a zone: it is kept as text here and read in the
// competition's region's zone once the competition is loaded. Years outside the shared range are refused, so no
// stage lands where a page cannot show it. A blank field is a stage left unscheduled.
const optionalLocal = z.preprocess((v) => (v === "" ? undefined : v), wallClock().optional());

export const scheduleSchema = z
  .object({ competitionId: id })
  .catchall(optionalLocal)
  .transform((v, ctx) => {
    const stages = [];
    for (const kind of STAGE_KINDS) {
      const start = v[`${kind}.startsAt`] as string | undefined;
      const end = v[`${kind}.endsAt`] as string | undefined;
      if (!start && !end) continue;
      if (!start || !end) {
        ctx.addIssue({
          code: "custom",
          path: [`${kind}.${start ? "endsAt" : "startsAt"}`],
          message: "validation.required",
        });
        continue;
      }
      stages.push({ kind, startsAt: start, endsAt: end });
    }
    return { competitionId: v.competitionId as string, stages };
  });

/** The settings form: its fields are read by rules/config.ts once the competition is the caller's. */
export const settingsSchema = z.looseObject({ competitionId: id });

// ── Assignments ──

/** One id or many (repeated form fields), at least one; the message says which list is empty. */
const picked = (message: string) =>
  z
    .preprocess((v) => (v === undefined || v === "" ? [] : v), z.union([id, z.array(id)]))
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .refine((v) => v.length > 0, message)
    .refine((v) => v.length <= 500, "validation.tooLong");

/** A scored stage of a competition: automatic assignment and reminders. */
export const stageSchema = z.object({ competitionId: id, stage: stageKind });

export const assignManuallySchema = z.object({
  competitionId: id,
  stage: stageKind,
  entryIds: picked("competitions.assign.pickEntries"),
  evaluatorIds: picked("competitions.assign.pickEvaluators"),
});

export const removeAssignmentSchema = z.object({ assignmentId: id, competitionId: id });

// ── Rubric ──

/** One stage's rubric form: its criteria rows are read by rules/rubric.ts once the competition is the caller's. */
export const rubricFormSchema = z.looseObject({ competitionId: id, stage: stageKind });

export const unlockRubricSchema = z.object({
  competitionId: id,
  reason: text({ min: 10, max: 2000 }),
});

// ── Nominations ──

/** The province competition and its category, chosen in one list: "competitionId:categoryId". */
const target = z
  .string()
  .regex(/^[a-z0-9]{1,40}:[a-z0-9]{1,40}$/, "validation.invalidChoice")
  .transform((v) => {
    const [competitionId = "", categoryId = ""] = v.split(":");
    return { competitionId, categoryId };
  });

export const nominationSchema = z.object({ entryId: id, target, sourceCompetitionId: id });
