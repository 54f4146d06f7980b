import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { ActionError, type ActionContext, type ActionResult } from "@/lib/action-types";
import { getCurrentUser } from "@/lib/auth/session";
import { canWrite, OPD_INACTIVE } from "@/lib/auth/write-access";
import { log } from "@/lib/log";
import { requestContext } from "@/lib/request-context";

export type { ActionContext, ActionResult } from "@/lib/action-types";

export function formDataToObject(input: FormData | Record<string, unknown>): Record<string, unknown> {
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const key of new Set(input.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const all = input.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
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
 * Wraps a server action in the steps every mutation takes: authenticate, check the role and write access, parse
 * with zod (all field errors at once, translated), then run the domain function, which loads the
 * record scoped to the caller. Unexpected errors are logged with the request id. `personal` marks an action that
 * touches only the caller's own state (marking notifications read), which a read-only account may still do.
 */
export function action<S extends z.ZodType, T = undefined>(
  opts: { roles: readonly Role[]; schema: S; personal?: boolean },
  fn: (input: z.infer<S>, ctx: ActionContext) => Promise<ActionResult<T>>,
) {
  return async (
    _prev: ActionResult<T> | null,
    raw: FormData | Record<string, unknown>,
  ): Promise<ActionResult<T>> => {
    const t = await getTranslations();
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: t("errors.unauthenticated") };
    if (!opts.roles.includes(user.role)) return { ok: false, message: t("errors.forbidden") };
    if (!opts.personal && !canWrite(user)) return { ok: false, message: t(OPD_INACTIVE) };

    const parsed = opts.schema.safeParse(formDataToObject(raw));
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join(".") || "_";
        const text = t.has(issue.message) ? t(issue.message) : issue.message;
        (fieldErrors[key] ??= []).push(text);
      }
      return { ok: false, message: t("errors.invalidInput"), fieldErrors };
    }
    const { requestId, ip } = await requestContext();
    try {
      return await fn(parsed.data, { user, requestId, ip });
    } catch (err) {
      // redirect() and notFound() work by throwing: let Next.js handle them.
      unstable_rethrow(err);
      if (err instanceof ActionError) {
        if (!t.has(err.message)) return { ok: false, message: err.message };
        return { ok: false, message: t(err.message, await translateParams(t, err.params)) };
      }
      log.error("action failed", { requestId, userId: user.id, err });
      return { ok: false, message: t("errors.unexpected", { requestId }) };
    }
  };
}
