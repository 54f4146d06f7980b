"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { action, problemErrors } from "@/lib/action";
import { db } from "@/lib/db";
import { unflatten } from "@/lib/unflatten";
import { requireWritableCompetition } from "../queries/competitions";
import { parseCompetitionConfig } from "../rules/config";
import { createSchema, scheduleSchema, settingsSchema } from "../schemas";
import { createCompetition, updateSchedule, updateSettings } from "../service/setup";

export const createCompetitionAction = action(
  { permission: "competition.write", schema: createSchema },
  async (input, ctx) => {
    const c = await createCompetition(db, ctx, input);
    redirect(`/admin/kompetisi/${c.id}`);
  },
);

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

export const updateSettingsAction = action(
  { permission: "competition.write", schema: settingsSchema },
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
