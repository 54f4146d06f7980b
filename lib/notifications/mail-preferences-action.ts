"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { db } from "@/lib/db";
import { mailPreferencesSchema, setMailPreferences } from "./mail-preferences";

/** The caller's own e-mail notifications; `personal`, so a read-only account may change them too. */
export const saveMailPreferencesAction = action(
  { permission: "self.manage", schema: mailPreferencesSchema, personal: true },
  async (input, ctx) => {
    await setMailPreferences(db, ctx, input);
    revalidatePath("/akun");
    return { ok: true, message: (await getTranslations("mailPrefs"))("saved") };
  },
);
