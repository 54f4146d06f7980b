// The caller's IP address for rate limits and the audit trail. The portal runs behind a reverse proxy that appends
// the address it saw to X-Forwarded-For; everything to the left of that entry was written by the client and can be
// forged, so the address is read from the right, skipping one entry per trusted proxy (TRUSTED_PROXY_HOPS).
import { env } from "@/lib/env";

type HeaderGetter = (name: string) => string | null | undefined;

/**
 * The address the outermost trusted proxy saw: the `hops`-th X-Forwarded-For entry from the right, else X-Real-IP
 * (set by the proxy). With `hops` 0 (no proxy) the headers come from the client itself and are ignored: null.
 */
export function clientIpFrom(get: HeaderGetter, hops: number = env().TRUSTED_PROXY_HOPS): string | null {
  if (hops <= 0) return null;
  const entries = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (entries.length > 0) return entries[Math.max(0, entries.length - hops)] as string;
  return get("x-real-ip")?.trim() || null;
}
