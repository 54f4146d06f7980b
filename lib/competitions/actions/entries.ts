"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { action, problemErrors } from "@/lib/action";
import { db } from "@/lib/db";
import { entryIssues } from "../queries/entries";
import { enterSchema, entrySchema, screenSchema } from "../schemas";
import { enterInnovation, resubmitEntry, screenEntry, withdrawEntry } from "../service/entries";

type EnterResult = { warnings: string[] } | undefined;

export const enterInnovationAction = action(
  { permission: "competition.enter", schema: enterSchema },
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
  { permission: "competition.enter", schema: entrySchema },
  async (input, ctx) => {
    await withdrawEntry(db, ctx, input);
    revalidatePath("/opd/kompetisi");
    // The entry leaves the list with its button, so the confirmation is shown by the page.
    redirect("/opd/kompetisi?ditarik=1");
  },
);

export const resubmitEntryAction = action(
  { permission: "competition.enter", schema: entrySchema },
  async (input, ctx) => {
    await resubmitEntry(db, ctx, input);
    revalidatePath("/opd/kompetisi");
    return { ok: true, message: (await getTranslations("competitions"))("resubmitted") };
  },
);

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
