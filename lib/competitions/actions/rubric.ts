"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action, problemErrors } from "@/lib/action";
import { db } from "@/lib/db";
import { unflatten } from "@/lib/unflatten";
import { requireWritableCompetition } from "../queries/competitions";
import { rubricSchema } from "../rules/rubric";
import { rubricFormSchema, unlockRubricSchema } from "../schemas";
import { saveStageRubric, unlockRubric } from "../service/rubric";

export const saveRubricAction = action(
  { permission: "competition.write", schema: rubricFormSchema },
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
  { permission: "competition.write", schema: unlockRubricSchema },
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
