import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { clientIpFrom } from "@/lib/http/client-ip";

/**
 * The request id set by proxy.ts (or a fresh one where the proxy does not run) and the caller's IP, for logs and the
 * audit trail. A client's own X-Request-Id never gets here (lib/http/incoming-request.ts).
 */
export async function requestContext(): Promise<{ requestId: string; ip: string | null }> {
  const h = await headers();
  return { requestId: h.get("x-request-id") ?? randomUUID(), ip: clientIpFrom((name) => h.get(name)) };
}
