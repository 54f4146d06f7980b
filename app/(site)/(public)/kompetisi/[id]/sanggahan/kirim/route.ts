// POST: a member of the public files an objection. A route handler rather than a server action
// because server actions accept 1 MB bodies and the document may be 5 MB. The enhanced form asks
// for JSON (the one ActionResult shape); a plain HTML form post (no JavaScript) is answered with a
// redirect to the confirmation page, or back to the form with an error code.
import { getFormatter, getTranslations } from "next-intl/server";
import { ZodError } from "zod";
import { ActionError, collectFieldErrors, type ActionResult } from "@/lib/action-types";
import { db } from "@/lib/db";
import { readBodyLimited } from "@/lib/http/read-body";
import { isSameOrigin } from "@/lib/http/same-origin";
import { log } from "@/lib/log";
import type { NoJsCode } from "@/lib/objections/rules/no-js";
import { OBJECTION_ERRORS } from "@/lib/objections/rules/refusals";
import { DOCUMENT_MAX_BYTES, HONEYPOT_FIELD, fileObjectionSchema } from "@/lib/objections/schemas";
import { fileObjection } from "@/lib/objections/service";
import { requestContext } from "@/lib/request-context";

export const dynamic = "force-dynamic";

const DOCUMENT_FIELD = "dokumen";
const MAX_REQUEST_BYTES = DOCUMENT_MAX_BYTES + 256 * 1024;

/** Short error codes for the no-JavaScript redirect (never free text in a URL). */
const NO_JS_CODE: Record<string, NoJsCode> = {
  [OBJECTION_ERRORS.windowClosed]: "windowClosed",
  [OBJECTION_ERRORS.windowNotScheduled]: "windowClosed",
  [OBJECTION_ERRORS.published]: "published",
  [OBJECTION_ERRORS.notShortlisted]: "notShortlisted",
  [OBJECTION_ERRORS.notFound]: "notShortlisted",
  [OBJECTION_ERRORS.rateLimited]: "rateLimited",
  [OBJECTION_ERRORS.documentEmpty]: "document",
  [OBJECTION_ERRORS.documentTooLarge]: "document",
  [OBJECTION_ERRORS.documentType]: "document",
};

const STATUS: Record<string, number> = {
  [OBJECTION_ERRORS.notFound]: 404,
  [OBJECTION_ERRORS.rateLimited]: 429,
  [OBJECTION_ERRORS.documentTooLarge]: 413,
  [OBJECTION_ERRORS.documentType]: 415,
};

type Outcome = {
  result: ActionResult<{ reference: string }>;
  status: number;
  code?: NoJsCode;
  reference?: string;
};

async function translateError(err: ActionError): Promise<string> {
  const t = await getTranslations();
  if (!t.has(err.message)) return err.message;
  const format = await getFormatter();
  const params = Object.fromEntries(
    Object.entries(err.params ?? {}).map(([k, v]) => [
      k,
      v instanceof Date ? format.dateTime(v, { dateStyle: "medium", timeStyle: "short" }) : v,
    ]),
  );
  return t(err.message, params);
}

async function handle(
  request: Request,
  competitionId: string,
  ctx: { ip: string | null; requestId: string },
  seen: { entryId?: string },
): Promise<Outcome> {
  const t = await getTranslations();
  if (!isSameOrigin(request))
    return { result: { ok: false, message: t("errors.forbidden") }, status: 403, code: "unexpected" };
  const body = await readBodyLimited(request, MAX_REQUEST_BYTES);
  if (!body) {
    return {
      result: {
        ok: false,
        message: t(OBJECTION_ERRORS.documentTooLarge),
        fieldErrors: { [DOCUMENT_FIELD]: [t(OBJECTION_ERRORS.documentTooLarge)] },
      },
      status: 413,
      code: "document",
    };
  }
  let form: FormData;
  try {
    form = await new Response(body, {
      headers: { "content-type": request.headers.get("content-type") ?? "" },
    }).formData();
  } catch {
    return { result: { ok: false, message: t("errors.invalidInput") }, status: 400, code: "invalid" };
  }
  const raw: Record<string, unknown> = { competitionId };
  for (const key of ["entryId", "name", "contact", "reason", HONEYPOT_FIELD]) {
    const v = form.get(key);
    if (typeof v === "string") raw[key] = v;
  }
  if (typeof raw.entryId === "string" && /^[a-z0-9]{1,40}$/i.test(raw.entryId)) seen.entryId = raw.entryId;
  const file = form.get(DOCUMENT_FIELD);
  const document =
    file instanceof File && file.size > 0
      ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
      : null;

  try {
    // Field errors first (all of them at once), unless a bot filled the honeypot: fileObjection drops those quietly.
    if (!raw[HONEYPOT_FIELD]) {
      const parsed = fileObjectionSchema.safeParse(raw);
      if (!parsed.success) throw parsed.error;
    }
    const { reference } = await fileObjection(db, raw, { ip: ctx.ip, requestId: ctx.requestId, document });
    return {
      result: { ok: true, data: { reference }, message: t("objections.form.sent") },
      status: 200,
      reference,
    };
  } catch (err) {
    if (err instanceof ZodError) {
      const fieldErrors = collectFieldErrors(
        err.issues.map((issue) => [
          issue.path.join(".") || "_",
          t.has(issue.message) ? t(issue.message) : issue.message,
        ]),
      );
      return {
        result: { ok: false, message: t("errors.invalidInput"), fieldErrors },
        status: 400,
        code: "invalid",
      };
    }
    if (err instanceof ActionError) {
      const message = await translateError(err);
      const fieldErrors = err.message.startsWith("objections.errors.document")
        ? { [DOCUMENT_FIELD]: [message] }
        : undefined;
      return {
        result: { ok: false, message, fieldErrors },
        status: STATUS[err.message] ?? 409,
        code: NO_JS_CODE[err.message] ?? "unexpected",
      };
    }
    log.error("objection filing failed", { requestId: ctx.requestId, err });
    return {
      result: { ok: false, message: t("errors.unexpected", { requestId: ctx.requestId }) },
      status: 500,
      code: "unexpected",
    };
  }
}

/** Answers a filing: JSON for the enhanced form, a 303 redirect for a plain form post. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id: competitionId } = await params;
  const ctx = await requestContext();
  const seen: { entryId?: string } = {};
  const outcome = await handle(request, competitionId, ctx, seen);
  const wantsJson = (request.headers.get("accept") ?? "").includes("application/json");
  if (wantsJson)
    return Response.json(outcome.result, {
      status: outcome.status,
      headers: { "cache-control": "no-store" },
    });

  const base = `/kompetisi/${encodeURIComponent(competitionId)}/sanggahan`;
  const code = outcome.code ?? "unexpected";
  const target = outcome.reference
    ? `${base}/terkirim?ref=${encodeURIComponent(outcome.reference)}`
    : seen.entryId
      ? `${base}/ajukan/${seen.entryId}?galat=${code}`
      : `${base}?galat=${code}`;
  return new Response(null, { status: 303, headers: { location: target, "cache-control": "no-store" } });
}
