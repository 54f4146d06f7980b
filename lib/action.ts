import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { z } from "zod";
import { can, type Permission } from "@/lib/access/policy";
import { ActionError, collectFieldErrors, type ActionContext, type ActionResult } from "@/lib/action-types";
import { getCurrentUser } from "@/lib/auth/session";
import { canWrite, OPD_INACTIVE } from "@/lib/auth/write-access";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { log } from "@/lib/log";
import { requestContext } from "@/lib/request-context";
import { CONTROL_MESSAGE, controlCharacterPaths } from "@/lib/validation/text";

export type { ActionContext, ActionResult } from "@/lib/action-types";
export { collectFieldErrors } from "@/lib/action-types";

/**
 * A form's fields as an object for its schema. Field names come from whoever posts, so they become own
 * properties (defineProperty: a field named "__proto__" is a field, not the object's prototype).
 */
export function formDataToObject(input: FormData | Record<string, unknown>): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const key of new Set(input.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = input.getAll(key);
    Object.defineProperty(out, key, {
      value: all.length > 1 ? all : all[0],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

type Translator = Awaited<ReturnType<typeof getTranslations>>;

/**
 * The params of a translated message: Dates formatted; strings that are message keys translated, either as they
 * are or under `prefix` (e.g. "competitions.stages." turns "DESK" into its stage name). Shared by ActionError
 * messages and the rule problems of competitions.
 */
export async function translateParams(
  t: Translator,
  params: Record<string, unknown> | undefined,
  prefix?: string,
): Promise<Record<string, string | number | Date>> {
  const format = await getFormatter();
  return Object.fromEntries(
    Object.entries(params ?? {}).map(([k, v]) => {
      if (v instanceof Date) return [k, format.dateTime(v, { dateStyle: "medium", timeStyle: "short" })];
      if (typeof v === "string") {
        if (prefix && t.has(`${prefix}${v}`)) return [k, t(`${prefix}${v}`)];
        if (t.has(v)) return [k, t(v)];
        return [k, v];
      }
      return [k, typeof v === "number" ? v : String(v)];
    }),
  );
}

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

/**
 * Wraps a server action in the steps every mutation takes: authenticate, check the permission (lib/access) and write access, refuse
 * control characters in any field (or field name), parse with zod (all field errors at once, translated), then run
 * the domain function, which loads the record scoped to the caller. Unexpected errors, a schema's included, are
 * logged with the request id and answered as a value. `personal` marks an action that touches only the caller's
 * own state (marking notifications read), which a read-only account may still do.
 */
export function action<S extends z.ZodType, T = undefined>(
  opts: { permission: Permission; schema: S; personal?: boolean },
  fn: (input: z.infer<S>, ctx: ActionContext) => Promise<ActionResult<T>>,
) {
  return async (
    _prev: ActionResult<T> | null,
    raw: FormData | Record<string, unknown>,
  ): Promise<ActionResult<T>> => {
    const t = await getTranslations();
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: t("errors.unauthenticated") };
    if (!can(user, opts.permission)) return { ok: false, message: t("errors.forbidden") };
    if (!opts.personal && !canWrite(user)) return { ok: false, message: t(OPD_INACTIVE) };

    const { requestId, ip } = await requestContext();
    try {
      const input = formDataToObject(raw);
      // Refused before any schema runs: PostgreSQL cannot store a NUL, and no field of any form needs a control character.
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
      const parsed = opts.schema.safeParse(input);
      if (!parsed.success) {
        const fieldErrors = collectFieldErrors(
          parsed.error.issues.map((issue) => [
            issue.path.join(".") || "_",
            t.has(issue.message) ? t(issue.message) : issue.message,
          ]),
        );
        return { ok: false, message: t("errors.invalidInput"), fieldErrors };
      }
      return await fn(parsed.data, { user, requestId, ip });
    } catch (err) {
      // redirect() and notFound() work by throwing: let Next.js handle them.
      unstable_rethrow(err);
      if (err instanceof ActionError) {
        if (!t.has(err.message)) return { ok: false, message: err.message };
        return { ok: false, message: t(err.message, await translateParams(t, err.params)) };
      }
      if (isDatabaseUnavailable(err)) {
        log.warn("action: database unavailable", { requestId, userId: user.id, err });
        return { ok: false, message: t("errors.unavailable"), retryable: true };
      }
      log.error("action failed", { requestId, userId: user.id, err });
      return { ok: false, message: t("errors.unexpected", { requestId }) };
    }
  };
}
