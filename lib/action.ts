import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import type { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import { ActionError, type ActionContext, type ActionResult } from "@/lib/action-types";
import { getCurrentUser } from "@/lib/auth/session";
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

/**
 * Wraps a server action in the steps every mutation takes: authenticate, check the role, parse
 * with zod (all field errors at once, translated), then run the domain function, which loads the
 * record scoped to the caller. Unexpected errors are logged with the request id.
 */
export function action<S extends z.ZodType, T = undefined>(
  opts: { roles: readonly Role[]; schema: S },
  fn: (input: z.infer<S>, ctx: ActionContext) => Promise<ActionResult<T>>,
) {
  return async (_prev: ActionResult<T> | null, raw: FormData | Record<string, unknown>): Promise<ActionResult<T>> => {
    const t = await getTranslations();
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: t("errors.unauthenticated") };
    if (!opts.roles.includes(user.role)) return { ok: false, message: t("errors.forbidden") };

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
        const format = await getFormatter();
        const params = Object.fromEntries(
          Object.entries(err.params ?? {}).map(([k, v]) => [
            k,
            v instanceof Date
              ? format.dateTime(v, { dateStyle: "medium", timeStyle: "short" })
              : typeof v === "string" && t.has(v)
                ? t(v)
                : v,
          ]),
        );
        return { ok: false, message: t(err.message, params) };
      }
      log.error("action failed", { requestId, userId: user.id, err });
      return { ok: false, message: t("errors.unexpected", { requestId }) };
    }
  };
}
