import "server-only";
import { getTranslations } from "next-intl/server";
import { collectFieldErrors, translateParams } from "@/lib/action";

/**
 * A form's rule problems ({ path, code, params? }, as the competition rules report them) → the action's field
 * errors, with stage names in the params translated.
 */
export async function problemErrors(
  problems: { path: string; code: string; params?: Record<string, string | number> }[],
) {
  const t = await getTranslations();
  const entries: [string, string][] = [];
  for (const p of problems) {
    const params = await translateParams(t, p.params, "competitions.stages.");
    entries.push([p.path || "_", t.has(p.code) ? t(p.code, params) : p.code]);
  }
  return { ok: false as const, message: t("errors.invalidInput"), fieldErrors: collectFieldErrors(entries) };
}
