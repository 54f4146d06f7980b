"use server";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { collectFieldErrors, formDataToObject, type ActionResult } from "@/lib/action";
import { ActionError } from "@/lib/action-types";
import { INSTALLED } from "@/lib/auth/paths";
import { db } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { log } from "@/lib/log";
import { requestContext } from "@/lib/request-context";
import { getStorage } from "@/lib/storage";
import { CONTROL_MESSAGE, controlCharacterPaths } from "@/lib/validation/text";
import { isInstallTokenUsable } from "./queries";
import { installFormSchema, InstallInvalid } from "./schemas";
import { setupRegion, storeLogo } from "./service";

/** Public action: no one is signed in yet; the one-time install token in the form is the authorization. */
export async function installAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const t = await getTranslations();
  const tr = (key: string) => (t.has(key) ? t(key) : key);
  const { requestId, ip } = await requestContext();
  const { logo, ...input } = formDataToObject(form);
  const token = typeof input.token === "string" ? input.token : "";
  let logoKey: string | null = null;
  try {
    if (!(await isInstallTokenUsable(db, token))) return { ok: false, message: t("install.invalidLink") };
    const controlled = controlCharacterPaths(input);
    if (!controlled) return { ok: false, message: t("errors.invalidInput") };
    if (controlled.length) {
      const message = t(CONTROL_MESSAGE);
      return {
        ok: false,
        message: t("errors.invalidInput"),
        fieldErrors: collectFieldErrors(controlled.map((key) => [key, message])),
      };
    }
    const parsed = installFormSchema.safeParse(input);
    if (!parsed.success) {
      const fieldErrors = collectFieldErrors(
        parsed.error.issues.map((issue) => [issue.path.join(".") || "_", tr(issue.message)]),
      );
      return { ok: false, message: t("errors.invalidInput"), fieldErrors };
    }
    if (logo instanceof File && logo.size > 0) logoKey = await storeLogo(getStorage(), logo);
    await setupRegion(db, input, {
      password: parsed.data.password,
      installToken: token,
      logoKey,
      ip,
      requestId,
    });
  } catch (err) {
    if (logoKey)
      await getStorage()
        .delete(logoKey)
        .catch(() => {});
    if (err instanceof InstallInvalid) {
      const fieldErrors = collectFieldErrors(
        Object.entries(err.fieldErrors).flatMap(([k, keys]) => keys.map((m): [string, string] => [k, tr(m)])),
      );
      return { ok: false, message: t("errors.invalidInput"), fieldErrors };
    }
    if (err instanceof ActionError) return { ok: false, message: tr(err.message) };
    if (isDatabaseUnavailable(err)) return { ok: false, message: t("errors.unavailable"), retryable: true };
    log.error("install failed", { requestId, err });
    return { ok: false, message: t("errors.unexpected", { requestId }) };
  }
  redirect(`/masuk?done=${INSTALLED}`);
}
