"use server";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/action";
import { formDataToObject } from "@/lib/action";
import { audit } from "@/lib/audit";
import { consumeSetupToken } from "@/lib/auth/setup-token";
import { db } from "@/lib/db";
import { requestContext } from "@/lib/request-context";
import { setPasswordSchema } from "@/lib/auth/schemas";

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
  const done = await consumeSetupToken(db, parsed.data.token, parsed.data.password);
  if (!done) return { ok: false, message: t("setup.invalidLink") };
  const { ip, requestId } = await requestContext();
  await db.$transaction(async (tx) => {
    // The account the link was for: its region's log holds the line.
    const { regionId } = await tx.user.findUniqueOrThrow({
      where: { id: done.userId },
      select: { regionId: true },
    });
    await audit(tx, {
      actorId: done.userId,
      regionId,
      action: "user.password_set",
      entityType: "User",
      entityId: done.userId,
      ip,
      requestId,
    });
  });
  redirect("/masuk?done=1");
}
