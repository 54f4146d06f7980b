// Types and errors shared by actions and domain code; free of Next.js imports so domain
// functions can be called from scripts and integration tests.
import type { Role } from "@/lib/generated/prisma/enums";

/** The one result shape of every server action. */
export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | {
      ok: false;
      message: string;
      fieldErrors?: Record<string, string[]>;
      /** The database could not answer (unreachable, overloaded, timed out): the same request may pass later. */
      retryable?: true;
    };

export type Actor = {
  id: string;
  name: string;
  email: string;
  role: Role;
  opdId: string | null;
  regionId: string;
};

export type ActionContext = { user: Actor; requestId: string; ip: string | null };

/**
 * An expected refusal (not found in the caller's scope, wrong state…), shown to the user. The
 * message is an i18n key; params that are keys themselves are translated and dates formatted.
 */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly params?: Record<string, string | number | Date>,
  ) {
    super(message);
  }
}

/** Field errors keyed by dotted path; a Map first, so a path such as "constructor" is an ordinary key. */
export function collectFieldErrors(entries: Iterable<[string, string]>): Record<string, string[]> {
  const errors = new Map<string, string[]>();
  for (const [key, message] of entries) {
    const list = errors.get(key);
    if (list) list.push(message);
    else errors.set(key, [message]);
  }
  return Object.fromEntries(errors);
}
