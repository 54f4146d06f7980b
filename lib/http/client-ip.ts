// The caller's IP address for rate limits and the audit trail.
//
// Without a reverse proxy (TRUSTED_PROXY_HOPS=0, the default) it is the address of the TCP connection. Next.js gives
// route handlers and server actions the request's headers but not its socket, and passes on an X-Forwarded-For that
// the client wrote itself, so the server writes the socket's address into a header of its own
// (lib/http/peer-address.ts, installed by instrumentation.ts) whose name is random per process: a client cannot send
// it because it cannot know it.
//
// Behind proxies that append the address they saw to X-Forwarded-For, everything left of the first trusted proxy's
// entry was written by the client and can be forged, so the address is read from the right, skipping one entry per
// trusted proxy.
import { env } from "@/lib/env";

type HeaderGetter = (name: string) => string | null | undefined;

const PEER_HEADER_KEY = Symbol.for("inovasi-daerah.peer-address-header");

/** The name of the header that carries the socket's address in this process, once installed. */
export function peerAddressHeader(): string | undefined {
  return (globalThis as { [PEER_HEADER_KEY]?: string })[PEER_HEADER_KEY];
}

export function setPeerAddressHeader(name: string) {
  (globalThis as { [PEER_HEADER_KEY]?: string })[PEER_HEADER_KEY] = name;
}

// A dual-stack socket names an IPv4 caller ::ffff:203.0.113.7; the audit trail shows it as 203.0.113.7.
const plain = (address: string | null | undefined) =>
  address?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "") || null;

/**
 * With `hops` 0: the socket's address; any X-Forwarded-For or X-Real-IP is the client's own word and ignored.
 * With `hops` ≥ 1: the `hops`-th X-Forwarded-For entry from the right (the address the outermost trusted proxy saw),
 * else X-Real-IP (set by the proxy), else the socket's address (a request that did not come through the proxy).
 */
export function clientIpFrom(
  get: HeaderGetter,
  hops: number = env().TRUSTED_PROXY_HOPS,
  peerHeader: string | undefined = peerAddressHeader(),
): string | null {
  const peer = () => (peerHeader ? plain(get(peerHeader)) : null);
  if (hops <= 0) return peer();
  const entries = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
  if (entries.length > 0) return plain(entries[Math.max(0, entries.length - hops)]);
  return plain(get("x-real-ip")) ?? peer();
}
