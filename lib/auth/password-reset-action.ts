"use server";
import { getTranslations } from "next-intl/server";
import { formDataToObject } from "@/lib/action";
import type { ActionResult } from "@/lib/action-types";
import { db } from "@/lib/db";
import { requestContext } from "@/lib/request-context";
import { forgotPasswordSchema } from "@/lib/validation/auth";
import { requestPasswordReset } from "./password-reset";

/** The one answer for every identifier (ok), the limit, or a missing identifier; `identifier` refills the form. */
export type ForgotState = (ActionResult & { identifier: string }) | null;

/** Public action: anyone may ask; only the mailbox of the account receives the link. */
export async function forgotPasswordAction(_prev: ForgotState, form: FormData): Promise<ForgotState> {
  const t = await getTranslations("forgot");
  const identifier = String(form.get("identifier") ?? "").slice(0, 200);
  const parsed = forgotPasswordSchema.safeParse(formDataToObject(form));
  if (!parsed.success)
    return { ok: false, message: t("required"), fieldErrors: { identifier: [t("required")] }, identifier };
  const { ip, requestId } = await requestContext();
  const result = await requestPasswordReset(db, parsed.data.identifier, { ip, requestId });
  return result === "sent"
    ? { ok: true, message: t("sent"), identifier: "" }
    : { ok: false, message: t("limited"), identifier };
}
