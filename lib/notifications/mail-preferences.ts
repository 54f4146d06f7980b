import "server-only";
import { z } from "zod";
import type { ActionContext } from "@/lib/action-types";
import { audit, by } from "@/lib/audit";
import type { Db } from "@/lib/db/client";
import { MAIL_CATEGORIES, type MailCategory } from "./mail-categories";

const category = z.enum(MAIL_CATEGORIES, "mailPrefs.validation.unknownCategory");

/**
 * The form posts the categories left on (ticked boxes); every other category is switched off. A form with no box
 * ticked posts no `on` at all, so the hidden `surel` field tells a real save from a post without the form.
 */
export const mailPreferencesSchema = z.object({
  surel: z.literal("1", "validation.required"),
  on: z.preprocess(
    (v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(category).max(MAIL_CATEGORIES.length),
  ),
});
type MailPreferencesInput = z.input<typeof mailPreferencesSchema>;

export async function mailOptOutOf(db: Db, userId: string): Promise<MailCategory[]> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { mailOptOut: true } });
  return MAIL_CATEGORIES.filter((c) => user.mailOptOut.includes(c));
}

/** Saves which mail categories the caller switched off, with an audit line. Essential mail is not among them. */
export async function setMailPreferences(
  db: Db,
  ctx: ActionContext,
  raw: MailPreferencesInput,
): Promise<{ optOut: MailCategory[] }> {
  const { on } = mailPreferencesSchema.parse(raw);
  const optOut = MAIL_CATEGORIES.filter((c) => !on.includes(c));
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: ctx.user.id },
      select: { mailOptOut: true },
    });
    if (before.mailOptOut.join(",") === optOut.join(",")) return { optOut };
    await tx.user.update({ where: { id: ctx.user.id }, data: { mailOptOut: optOut } });
    await audit(tx, {
      ...by(ctx),
      action: "user.mail_preferences",
      entityType: "User",
      entityId: ctx.user.id,
      before: { mailOptOut: before.mailOptOut },
      after: { mailOptOut: optOut },
    });
    return { optOut };
  });
}
