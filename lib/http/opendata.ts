import "server-only";
// HTTP plumbing shared by the open-data endpoints (/api/v1/…): JSON bodies with a weak ETag and
// Last-Modified, conditional GETs answered 304, CORS for anyone, short public caching, a per-IP
// rate limit (salted IP hash, counted in PostgreSQL by lib/auth/rate-limit) and JSON problems.
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { hit } from "@/lib/auth/rate-limit";
import { clientIpFrom } from "@/lib/http/client-ip";
import { hashIp } from "@/lib/abuse/hash-ip";
import { env } from "@/lib/env";
import { RATE_LIMIT } from "@/lib/opendata/rules/limits";

export const BASE_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
  "Access-Control-Expose-Headers":
    "ETag, Last-Modified, Retry-After, X-RateLimit-Limit, X-RateLimit-Remaining",
} as const;

export const CACHE_CONTROL = "public, max-age=60";

/** RFC 9457 problem document. */
export function problem(
  status: number,
  title: string,
  detail?: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  return new Response(
    `${JSON.stringify({ type: "about:blank", title, status, ...(detail ? { detail } : {}), ...extra })}\n`,
    {
      status,
      headers: {
        ...BASE_HEADERS,
        "Content-Type": "application/problem+json; charset=utf-8",
        "Cache-Control": "no-store",
        ...headers,
      },
    },
  );
}

export function clientIp(req: Request): string | null {
  return clientIpFrom((name) => req.headers.get(name));
}

/** Counts the request against the caller's IP; a 429 Response when over the limit, else null. */
export async function rateLimit(
  db: Db,
  req: Request,
  opts: { salt?: string; limit?: number } = {},
): Promise<Response | null> {
  const limit = opts.limit ?? RATE_LIMIT.limit;
  // Hashed in the objection form's scope, as this limit's keys always were.
  const key = `opendata:ip:${hashIp("objection", clientIp(req), opts.salt ?? env().NEXTAUTH_SECRET)}`;
  const r = await hit(db, key, limit, RATE_LIMIT.windowMs);
  if (r.allowed) return null;
  const retryAfter = Math.max(1, Math.ceil((r.resetAt.getTime() - Date.now()) / 1000));
  return problem(
    429,
    "Too Many Requests",
    `At most ${limit} requests per minute per IP address.`,
    {},
    {
      "Retry-After": String(retryAfter),
      "X-RateLimit-Limit": String(limit),
      "X-RateLimit-Remaining": "0",
    },
  );
}

export function weakEtag(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, "");

/** A JSON 200, or 304 when the caller's If-None-Match (or, without it, If-Modified-Since) still holds. */
export function jsonResponse(req: Request, body: unknown, lastModified: Date | null): Response {
  const text = `${JSON.stringify(body)}\n`;
  const etag = weakEtag(text);
  const headers: Record<string, string> = {
    ...BASE_HEADERS,
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": CACHE_CONTROL,
    ETag: etag,
  };
  // HTTP dates have whole seconds.
  const modified = lastModified ? new Date(Math.floor(lastModified.getTime() / 1000) * 1000) : null;
  if (modified) headers["Last-Modified"] = modified.toUTCString();
  if (isNotModified(req, etag, modified)) return new Response(null, { status: 304, headers });
  return new Response(req.method === "HEAD" ? null : text, { status: 200, headers });
}

export function isNotModified(req: Request, etag: string, modified: Date | null): boolean {
  const inm = req.headers.get("if-none-match");
  // If-None-Match wins over If-Modified-Since (RFC 9110 §13.2.2); weak comparison.
  if (inm !== null) return inm.trim() === "*" || inm.split(",").some((t) => opaque(t) === opaque(etag));
  const ims = req.headers.get("if-modified-since");
  if (ims && modified) {
    const since = Date.parse(ims);
    return !Number.isNaN(since) && modified.getTime() <= since;
  }
  return false;
}

export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...BASE_HEADERS, "Access-Control-Max-Age": "86400" } });
}

export const maxDate = (dates: (Date | null | undefined)[]): Date | null =>
  dates.reduce<Date | null>((m, d) => (d && (!m || d > m) ? d : m), null);
