import "server-only";
import { getTranslations } from "next-intl/server";
import { ActionError, type ActionResult } from "@/lib/action-types";
import { log } from "@/lib/log";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { serviceUnavailable } from "@/lib/http/unavailable";
import { ATTACHMENT_ERRORS, uploadLimits } from "@/lib/innovations/attachments/service";
import { MB } from "@/lib/innovations/attachments/rules/limits";

// Helpers shared by the attachment route handlers: one JSON result shape, translated messages and the HTTP
// status of each refusal (the body cap, the same-origin check and the download answer: read-body.ts, same-origin.ts,
// download.ts).

const NO_STORE = { "cache-control": "private, no-store" } as const;

/** `{ ok, data }` / `{ ok: false, message }`, never cached. */
export function json<T>(body: ActionResult<T>, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

const STATUS_BY_KEY: Record<string, number> = {
  "errors.notFound": 404,
  "errors.invalidInput": 400,
  [ATTACHMENT_ERRORS.empty]: 400,
  [ATTACHMENT_ERRORS.tooLarge]: 413,
  [ATTACHMENT_ERRORS.totalTooLarge]: 413,
  [ATTACHMENT_ERRORS.typeNotAllowed]: 415,
  [ATTACHMENT_ERRORS.readOnly]: 409,
};

function statusFor(key: string): number {
  return STATUS_BY_KEY[key] ?? 400;
}

/** A translated failure; the limits are passed to every message so they can name them. */
export async function failure(
  key: string,
  status = statusFor(key),
  values: Record<string, string | number> = {},
) {
  const t = await getTranslations();
  const { maxFileBytes, maxTotalBytes } = uploadLimits();
  const message = t.has(key)
    ? t(key, { maxFileMb: toMb(maxFileBytes), maxTotalMb: toMb(maxTotalBytes), ...values })
    : key;
  return json({ ok: false, message }, status);
}

/** Megabytes with at most two decimals, for messages such as "{maxFileMb, number} MB". */
function toMb(bytes: number): number {
  return Math.round((bytes / MB) * 100) / 100;
}

/** Turns what a domain call threw into a response: refusals translated, the rest logged as 500. */
export async function errorResponse(
  err: unknown,
  ctx: { requestId: string; userId?: string | null; what: string },
) {
  if (err instanceof ActionError) return failure(err.message);
  // An unreachable, overloaded or timed-out database is no bug of this request: 503 with Retry-After.
  if (isDatabaseUnavailable(err)) {
    log.warn("database unavailable: answered 503", { requestId: ctx.requestId, err });
    return serviceUnavailable();
  }
  log.error(ctx.what, { requestId: ctx.requestId, userId: ctx.userId ?? null, err });
  return failure("errors.unexpected", 500, { requestId: ctx.requestId });
}
