import "server-only";
import { getTranslations } from "next-intl/server";
import { ActionError, type ActionResult } from "@/lib/action-types";
import { log } from "@/lib/log";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { serviceUnavailable } from "@/lib/http/unavailable";
import { contentDisposition } from "./names";
import { ATTACHMENT_ERRORS, uploadLimits } from "./service";
import { MB } from "./types";

// Helpers shared by the attachment route handlers: one JSON result shape, translated messages,
// HTTP statuses for each refusal, a request-body cap and a same-origin check for mutations.

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

/**
 * The answer to a download. A public document may be withdrawn at any moment (its innovation reopened, or
 * a new version approved without it), so no cache may keep answering it without asking: `no-cache` with
 * the content's ETag lets a browser or proxy revalidate cheaply (304) and see a 404 as soon as it is
 * withdrawn. Anything else is `private, no-store`.
 */
export function downloadResponse(
  request: Request,
  file: {
    body: ReadableStream<Uint8Array>;
    mimeType: string;
    sizeBytes: number;
    sha256: string;
    fileName: string;
    disposition: "inline" | "attachment";
    isPublic: boolean;
  },
): Response {
  const etag = `"${file.sha256}"`;
  const headers: Record<string, string> = {
    "x-content-type-options": "nosniff",
    "content-security-policy": "sandbox",
    "cache-control": file.isPublic ? "no-cache" : "private, no-store",
    etag,
  };
  if (ifNoneMatch(request.headers.get("if-none-match"), etag)) {
    void file.body.cancel().catch(() => undefined);
    return new Response(null, { status: 304, headers });
  }
  return new Response(file.body, {
    status: 200,
    headers: {
      ...headers,
      "content-type": file.mimeType,
      "content-length": String(file.sizeBytes),
      "content-disposition": contentDisposition(file.disposition, file.fileName),
    },
  });
}

/** RFC 9110 If-None-Match: `*` or a list of (weak or strong) tags, compared weakly. */
function ifNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
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

/**
 * Reads the request body, giving up as soon as it exceeds `maxBytes` (whatever Content-Length
 * claims, and also for chunked bodies without one). Null means "too large".
 */
export async function readBodyLimited(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The most an upload request may carry: one file at the limit plus 1 MB for the multipart envelope. */
export function maxUploadRequestBytes(): number {
  return uploadLimits().maxFileBytes + MB;
}

/**
 * Browsers send Origin on every POST/PATCH/DELETE: refuse one from another site (the session
 * cookie is SameSite=Lax already; this is the second lock). Requests without Origin (curl, tests)
 * (non-browser clients: scripts, tests) are let through.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host =
    request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  try {
    return new URL(origin).host === host.split(",")[0]?.trim();
  } catch {
    return false;
  }
}
