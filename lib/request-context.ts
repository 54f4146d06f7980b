import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";

/** The request id set by proxy.ts (or a fresh one) and the caller's IP, for logs and the audit trail. */
export async function requestContext(): Promise<{ requestId: string; ip: string | null }> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return { requestId: h.get("x-request-id") ?? randomUUID(), ip: forwarded || h.get("x-real-ip") || null };
}
