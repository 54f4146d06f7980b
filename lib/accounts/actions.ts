"use server";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/action";
import { formDataToObject } from "@/lib/action";
import { setPasswordSchema } from "@/lib/auth/schemas";
import { db } from "@/lib/db";
import { requestContext } from "@/lib/request-context";
import { setPassword } from "./service";

/** Public action: the one-time token in the form is the authorization. */
export async function setPasswordAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const t = await getTranslations();
  const parsed = setPasswordSchema.safeParse(formDataToObject(form));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      (fieldErrors[issue.path.join(".") || "_"] ??= []).push(
        t.has(issue.message) ? t(issue.message) : issue.message,
      );
    }
    return { ok: false, message: t("errors.invalidInput"), fieldErrors };
  }
  const done = await setPassword(db, parsed.data, await requestContext());
  if (!done) return { ok: false, message: t("setup.invalidLink") };
  redirect("/masuk?done=1");
}
