import "server-only";
import { ZodError } from "zod";
import { ActionError } from "@/lib/action-types";
import { db } from "@/lib/db";
import { readBodyLimited } from "@/lib/http/read-body";
import { isSameOrigin } from "@/lib/http/same-origin";
import { log } from "@/lib/log";
import { CONTROL_MESSAGE } from "@/lib/validation/text";
import { HONEYPOT_FIELD, type FeedbackStatus } from "./schemas";
import { FEEDBACK_ERRORS, submitFeedback } from "./service";

// The public endpoint behind the "Beri penilaian" form: a plain HTML form post (works without
// JavaScript, and the same with it), answered with a 303 back to the innovation's page carrying
// a short status code (never free text in a URL).

const MAX_REQUEST_BYTES = 32 * 1024;

async function outcome(
  request: Request,
  innovationId: string,
  ctx: { ip: string | null; requestId: string },
): Promise<FeedbackStatus> {
  if (!isSameOrigin(request)) return "unexpected";
  const body = await readBodyLimited(request, MAX_REQUEST_BYTES);
  if (!body) return "invalid";
  let form: FormData;
  try {
    form = await new Response(body, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    return "invalid";
  }
  const raw: Record<string, unknown> = { innovationId };
  for (const key of ["rating", "comment", "name", "contact", HONEYPOT_FIELD]) {
    const v = form.get(key);
    if (typeof v === "string") raw[key] = v;
  }
  try {
    await submitFeedback(db, raw, { ip: ctx.ip, requestId: ctx.requestId });
    return "terkirim";
  } catch (err) {
    if (err instanceof ZodError) {
      const paths = err.issues.map((i) => i.path[0]);
      if (err.issues.some((i) => i.message === CONTROL_MESSAGE)) return "control";
      if (paths.includes("rating")) return "rating";
      if (paths.includes("contact")) return "contact";
      if (paths.includes("innovationId")) return "notFound";
      return "invalid";
    }
    if (err instanceof ActionError) {
      if (err.message === FEEDBACK_ERRORS.rateLimited) return "rateLimited";
      if (err.message === FEEDBACK_ERRORS.notFound) return "notFound";
    }
    log.error("feedback submission failed", { requestId: ctx.requestId, err });
    return "unexpected";
  }
}

export async function respondToFeedback(
  request: Request,
  innovationId: string,
  ctx: { ip: string | null; requestId: string },
) {
  const status = await outcome(request, innovationId, ctx);
  const target = `/katalog/${encodeURIComponent(innovationId)}?masukan=${status}#beri-penilaian`;
  return new Response(null, { status: 303, headers: { location: target, "cache-control": "no-store" } });
}
