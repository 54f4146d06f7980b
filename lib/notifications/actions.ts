"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { db } from "@/lib/db";
import { mailPreferencesSchema, markAllReadSchema, markReadSchema } from "./schemas";
import { markAllRead, markRead, setMailPreferences } from "./service";

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
  { permission: "self.manage", schema: markAllReadSchema, personal: true },
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
