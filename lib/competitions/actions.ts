"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { action, collectFieldErrors, translateParams } from "@/lib/action";
import { db } from "@/lib/db";
import { enterInnovation, resubmitEntry, screenEntry } from "./entries";
import { entryIssues, withdrawEntry } from "./entry-checks";
import { SCREENING_DECISIONS } from "./rules/screening";
import { updateSchedule } from "./schedule";
import { createCompetition } from "./create";
import { requireWritableCompetition } from "./queries";
import { parseCompetitionConfig } from "./rules/config";
import { updateSettings } from "./settings";
import { saveStageRubric, unlockRubric } from "./rubric";
import { rubricSchema } from "./rules/rubric";
import { unflatten } from "@/lib/unflatten";
import { isoDate, line, text, wallClock } from "@/lib/validation/text";
import { assignManually, autoAssign, remindOverdue, removeAssignment } from "./assignments";
import { nominateWinner } from "./nominations";

const id = z.string().min(1, "validation.invalidId").max(40, "validation.invalidId");

const checkbox = z
  .union([z.literal("on"), z.literal("true"), z.boolean()])
  .optional()
  .transform((v) => v === true || v === "on" || v === "true");

type EnterResult = { warnings: string[] } | undefined;

export const enterInnovationAction = action(
  {
    permission: "competition.enter",
    schema: z.object({ competitionId: id, innovationId: id, categoryId: id, confirmed: checkbox }),
  },
  async ({ confirmed, ...input }, ctx) => {
    // The rules are checked before anything is written: a hard one refuses, the others are shown
    // and the entry is made only once the operator confirms having read them.
    const issues = await entryIssues(db, ctx.user, input);
    const t = await getTranslations("competitions.eligibility");
    const hard = issues.filter((i) => i.hard);
    if (hard.length > 0)
      return {
        ok: false,
        message: t("refused"),
        fieldErrors: { categoryId: hard.map((i) => t(i.code, i.params)) },
      };
    if (issues.length > 0 && !confirmed)
      return { ok: true, data: { warnings: issues.map((i) => t(i.code, i.params)) } as EnterResult };
    await enterInnovation(db, ctx, input);
    revalidatePath("/opd/kompetisi");
    return { ok: true, message: (await getTranslations("competitions.register"))("success") };
  },
);

export const withdrawEntryAction = action(
  { permission: "competition.enter", schema: z.object({ entryId: id }) },
  async (input, ctx) => {
    await withdrawEntry(db, ctx, input);
    revalidatePath("/opd/kompetisi");
    // The entry leaves the list with its button, so the confirmation is shown by the page.
    redirect("/opd/kompetisi?ditarik=1");
  },
);

export const resubmitEntryAction = action(
  { permission: "competition.enter", schema: z.object({ entryId: id }) },
  async (input, ctx) => {
    await resubmitEntry(db, ctx, input);
    revalidatePath("/opd/kompetisi");
    return { ok: true, message: (await getTranslations("competitions"))("resubmitted") };
  },
);

const screenSchema = z.object({
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

export const screenEntryAction = action(
  { permission: "competition.write", schema: screenSchema },
  async (input, ctx) => {
    const { complete, implementedOneYear, oneTitle, documents, ...rest } = input;
    const result = await screenEntry(db, ctx, {
      ...rest,
      checklist: { complete, implementedOneYear, oneTitle, documents },
    });
    if (!result.ok) return problemErrors(result.problems);
    revalidatePath("/admin/kompetisi");
    const t = await getTranslations("competitions.screening");
    return { ok: true, message: t(result.changed ? "changed" : "decided") };
  },
);

const STAGE_KINDS = [
  "REGISTRATION",
  "SCREENING",
  "DESK",
  "OBJECTION",
  "PRESENTATION",
  "FIELD_VERIFICATION",
  "ANNOUNCEMENT",
] as const;
// <input type="datetime-local"> sends wall-clock time without a zone: it is kept as text here and read in the
// competition's region's zone once the competition is loaded. Years outside the shared range are refused, so no
// stage lands where a page cannot show it. A blank field is a stage left unscheduled.
const optionalLocal = z.preprocess((v) => (v === "" ? undefined : v), wallClock().optional());

const scheduleSchema = z
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

export const updateScheduleAction = action(
  { permission: "competition.write", schema: scheduleSchema },
  async (input, ctx) => {
    const result = await updateSchedule(db, ctx, input);
    if (!result.ok)
      return problemErrors(result.problems.map((p) => ({ ...p, path: p.path.replace(/^stages\./, "") })));
    revalidatePath(`/admin/kompetisi/${input.competitionId}`);
    return { ok: true, message: (await getTranslations())("competitions.admin.scheduleSaved") };
  },
);

const stageKind = z.enum(["DESK", "PRESENTATION", "FIELD_VERIFICATION"], "validation.invalidChoice");
/** One id or many (repeated form fields), at least one; the message says which list is empty. */
const picked = (message: string) =>
  z
    .preprocess((v) => (v === undefined || v === "" ? [] : v), z.union([id, z.array(id)]))
    .transform((v) => (Array.isArray(v) ? v : [v]))
    .refine((v) => v.length > 0, message)
    .refine((v) => v.length <= 500, "validation.tooLong");

export const autoAssignAction = action(
  { permission: "competition.write", schema: z.object({ competitionId: id, stage: stageKind }) },
  async (input, ctx) => {
    const result = await autoAssign(db, ctx, input);
    revalidatePath(`/admin/kompetisi/${input.competitionId}/penugasan`);
    const t = await getTranslations("competitions.assign");
    return {
      ok: true,
      message: [t("autoDone", { count: result.assignments.length }), ...result.explanation].join(" "),
    };
  },
);

export const assignManuallyAction = action(
  {
    permission: "competition.write",
    schema: z.object({
      competitionId: id,
      stage: stageKind,
      entryIds: picked("competitions.assign.pickEntries"),
      evaluatorIds: picked("competitions.assign.pickEvaluators"),
    }),
  },
  async (input, ctx) => {
    const { created } = await assignManually(db, ctx, input);
    revalidatePath(`/admin/kompetisi/${input.competitionId}/penugasan`);
    return {
      ok: true,
      message: (await getTranslations("competitions.assign"))("manualDone", { count: created }),
    };
  },
);

export const removeAssignmentAction = action(
  { permission: "competition.write", schema: z.object({ assignmentId: id, competitionId: id }) },
  async (input, ctx) => {
    await removeAssignment(db, ctx, input);
    revalidatePath(`/admin/kompetisi/${input.competitionId}/penugasan`);
    return { ok: true, message: (await getTranslations("competitions.assign"))("removed") };
  },
);

export const remindAction = action(
  { permission: "competition.write", schema: z.object({ competitionId: id, stage: stageKind }) },
  async (input, ctx) => {
    const { reminded } = await remindOverdue(db, ctx, input);
    return {
      ok: true,
      message: (await getTranslations("competitions.assign"))("reminded", { count: reminded }),
    };
  },
);

const createSchema = z.object({
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

export const createCompetitionAction = action(
  { permission: "competition.write", schema: createSchema },
  async (input, ctx) => {
    const c = await createCompetition(db, ctx, input);
    redirect(`/admin/kompetisi/${c.id}`);
  },
);

/** Problems → the action's field errors, with stage names translated. */
async function problemErrors(
  problems: { path: string; code: string; params?: Record<string, string | number> }[],
) {
  const t = await getTranslations();
  const entries: [string, string][] = [];
  for (const p of problems) {
    const params = await translateParams(t, p.params, "competitions.stages.");
    entries.push([p.path || "_", t.has(p.code) ? t(p.code, params) : p.code]);
  }
  return { ok: false as const, message: t("errors.invalidInput"), fieldErrors: collectFieldErrors(entries) };
}

export const updateSettingsAction = action(
  { permission: "competition.write", schema: z.looseObject({ competitionId: id }) },
  async (input, ctx) => {
    const { competitionId, ...rest } = input;
    // The form carries field names of the sender's choosing: the competition must be the caller's first.
    await requireWritableCompetition(db, ctx.user, competitionId);
    const nested = unflatten(rest);
    // Spare blank category rows of the form are not categories.
    if (Array.isArray(nested.categories)) {
      nested.categories = (nested.categories as Record<string, unknown>[]).filter((c) =>
        Object.values(c).some((v) => typeof v === "string" && v.trim()),
      );
    }
    // Tie-breaker rows: an empty kind is a spare row; only the fields a kind uses are kept.
    if (Array.isArray(nested.tieBreakers)) {
      nested.tieBreakers = (nested.tieBreakers as Record<string, string>[])
        .filter((tb) => tb.kind)
        .map((tb) =>
          tb.kind === "STAGE"
            ? { kind: tb.kind, stage: tb.stage }
            : tb.kind === "CRITERION"
              ? { kind: tb.kind, stage: tb.stage, code: tb.code }
              : { kind: tb.kind },
        );
    } else {
      nested.tieBreakers = [];
    }
    const parsed = parseCompetitionConfig(nested);
    if (!parsed.ok) return problemErrors(parsed.problems);
    const saved = await updateSettings(db, ctx, competitionId, parsed.value);
    if (!saved.ok) return problemErrors(saved.problems);
    revalidatePath(`/admin/kompetisi/${competitionId}`);
    return { ok: true, message: (await getTranslations("competitions.admin"))("settingsSaved") };
  },
);

export const saveRubricAction = action(
  { permission: "competition.write", schema: z.looseObject({ competitionId: id, stage: stageKind }) },
  async (input, ctx) => {
    const { competitionId, stage, ...rest } = input;
    // The form carries field names of the sender's choosing: the competition must be the caller's first.
    await requireWritableCompetition(db, ctx.user, competitionId);
    const nested = unflatten(rest);
    const rows = (
      Array.isArray(nested.criteria) ? (nested.criteria as Record<string, unknown>[]) : []
    ).filter(
      (c) =>
        typeof c === "object" &&
        c !== null &&
        ["code", "name", "weight"].some((k) => typeof c[k] === "string" && (c[k] as string).trim()),
    );
    const parsed = rubricSchema.safeParse({ [stage]: rows });
    if (!parsed.success) {
      return problemErrors(
        parsed.error.issues.map((i) => ({
          path: i.path
            .slice(1)
            .join(".")
            .replace(/^(\d+)/, "criteria.$1"),
          code: i.message,
        })),
      );
    }
    const saved = await saveStageRubric(db, ctx, {
      competitionId,
      stage,
      criteria: parsed.data[stage] ?? [],
    });
    if (!saved.ok) return problemErrors(saved.problems.map((p) => ({ ...p, path: "_" })));
    revalidatePath(`/admin/kompetisi/${competitionId}`);
    return {
      ok: true,
      message: (await getTranslations("competitions.rubric"))("saved", { affected: saved.affected }),
    };
  },
);

export const unlockRubricAction = action(
  {
    permission: "competition.write",
    schema: z.object({
      competitionId: id,
      reason: text({ min: 10, max: 2000 }),
    }),
  },
  async (input, ctx) => {
    const r = await unlockRubric(db, ctx, input);
    revalidatePath(`/admin/kompetisi/${input.competitionId}`);
    return {
      ok: true,
      message: (await getTranslations("competitions.rubric"))("unlocked", {
        scores: r.scores,
        assignments: r.assignments,
      }),
    };
  },
);

/** The province competition and its category, chosen in one list: "competitionId:categoryId". */
const target = z
  .string()
  .regex(/^[a-z0-9]{1,40}:[a-z0-9]{1,40}$/, "validation.invalidChoice")
  .transform((v) => {
    const [competitionId = "", categoryId = ""] = v.split(":");
    return { competitionId, categoryId };
  });
const nominationSchema = z.object({ entryId: id, target, sourceCompetitionId: id });

export const nominateWinnerAction = action(
  { permission: "competition.nominate", schema: nominationSchema },
  async ({ sourceCompetitionId, entryId, target }, ctx) => {
    await nominateWinner(db, ctx, { entryId, ...target });
    revalidatePath(`/admin/kompetisi/${sourceCompetitionId}/publikasi`);
    return { ok: true, message: (await getTranslations("hub.nominate"))("sent") };
  },
);
