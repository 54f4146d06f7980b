"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { db } from "@/lib/db";
import { mailPreferencesSchema, setMailPreferences } from "./mail-preferences";

const EVERYONE = ["ADMIN", "EVALUATOR", "OPD_HEAD", "OPD_OPERATOR"] as const;

/** The caller's own e-mail notifications; `personal`, so a read-only account may change them too. */
export const saveMailPreferencesAction = action(
  { roles: EVERYONE, schema: mailPreferencesSchema, personal: true },
  async (input, ctx) => {
    await setMailPreferences(db, ctx, input);
    revalidatePath("/akun");
    return { ok: true, message: (await getTranslations("mailPrefs"))("saved") };
  },
);
