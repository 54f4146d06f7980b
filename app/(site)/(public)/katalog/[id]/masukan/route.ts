// POST: a visitor rates a public innovation. A plain HTML form post (works without JavaScript, and the
// same with it), answered with a 303 back to the innovation's page carrying a short status code (never
// free text in a URL).
import { ZodError } from "zod";
import { ActionError } from "@/lib/action-types";
import { db } from "@/lib/db";
import { FEEDBACK_ERRORS } from "@/lib/feedback/rules/refusals";
import { HONEYPOT_FIELD, type FeedbackStatus } from "@/lib/feedback/schemas";
import { submitFeedback } from "@/lib/feedback/service";
import { readBodyLimited } from "@/lib/http/read-body";
import { isSameOrigin } from "@/lib/http/same-origin";
import { log } from "@/lib/log";
import { requestContext } from "@/lib/request-context";
import { CONTROL_MESSAGE } from "@/lib/validation/text";

export const dynamic = "force-dynamic";

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

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const status = await outcome(request, id, await requestContext());
  const target = `/katalog/${encodeURIComponent(id)}?masukan=${status}#beri-penilaian`;
  return new Response(null, { status: 303, headers: { location: target, "cache-control": "no-store" } });
}
