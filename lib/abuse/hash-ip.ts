import "server-only";
// The salted IP hash of the public forms' rate limits (objections, citizen feedback, open data): counts requests
// without identifying anyone. Kept apart from lib/abuse/index.ts, which client components reach through the forms'
// schemas; `server-only` makes any client import of this one a build error, in either bundler.
import { createHash } from "node:crypto";

/** sha256 of the scope, the server salt and the IP: enough to count requests, useless to find the person. */
export function hashIp(scope: string, ip: string | null, salt: string): string {
  return createHash("sha256")
    .update(`${scope}:${salt}:${ip ?? "unknown"}`)
    .digest("hex");
}
