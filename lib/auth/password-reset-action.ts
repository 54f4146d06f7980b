"use server";
import { formDataToObject } from "@/lib/action";
import { db } from "@/lib/db";
import { requestContext } from "@/lib/request-context";
import { forgotPasswordSchema } from "@/lib/validation/auth";
import { requestPasswordReset } from "./password-reset";

/** What the form shows: the one answer for every identifier, the limit, or a missing identifier. */
export type ForgotState = { result: "sent" | "limited" | "invalid"; identifier: string } | null;

/** Public action: anyone may ask; only the mailbox of the account receives the link. */
export async function forgotPasswordAction(_prev: ForgotState, form: FormData): Promise<ForgotState> {
  const identifier = String(form.get("identifier") ?? "").slice(0, 200);
  const parsed = forgotPasswordSchema.safeParse(formDataToObject(form));
  if (!parsed.success) return { result: "invalid", identifier };
  const { ip, requestId } = await requestContext();
  const result = await requestPasswordReset(db, parsed.data.identifier, { ip, requestId });
  return { result, identifier: result === "sent" ? "" : identifier };
}
