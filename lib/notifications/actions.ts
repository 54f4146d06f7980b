"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { action } from "@/lib/action";
import { db } from "@/lib/db";
import { markAllRead, markRead } from "./service";
import { mailPreferencesSchema, setMailPreferences } from "./mail-preferences";

const markReadSchema = z.object({
  id: z.string().trim().min(1, "validation.invalidId").max(40, "validation.invalidId"),
  // "1": after marking it read, go to the notification's own link (as stored, never the client's).
  open: z
    .enum(["1", "0"])
    .optional()
    .transform((v) => v === "1"),
});

// The bell is in the header of every page, so every page's render is stale after a change.
const refresh = () => revalidatePath("/", "layout");

export const markReadAction = action(
  { permission: "self.manage", schema: markReadSchema, personal: true },
  async (input, ctx) => {
    const { link } = await markRead(db, ctx.user, { id: input.id });
    refresh();
    if (input.open && link) redirect(link);
    return { ok: true, message: (await getTranslations("notifications"))("markedRead") };
  },
);

export const markAllReadAction = action(
  { permission: "self.manage", schema: z.object({}), personal: true },
  async (_input, ctx) => {
    const count = await markAllRead(db, ctx.user);
    refresh();
    return { ok: true, message: (await getTranslations("notifications"))("markedAllRead", { count }) };
  },
);

/** The caller's own e-mail notifications; `personal`, so a read-only account may change them too. */
export const saveMailPreferencesAction = action(
  { permission: "self.manage", schema: mailPreferencesSchema, personal: true },
  async (input, ctx) => {
    await setMailPreferences(db, ctx, input);
    revalidatePath("/akun");
    return { ok: true, message: (await getTranslations("mailPrefs"))("saved") };
  },
);
