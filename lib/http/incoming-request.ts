// What the server does with every request before Next.js sees it. Installed from instrumentation.ts, which Next.js
// runs in the server's own process; it wraps the emit of Node's HTTP servers because Next.js gives the application
// no earlier hook, and because route handlers and server actions never see the socket.
//
// - The socket's address goes into a header, so the application can rate-limit by the real caller
//   (lib/http/client-ip.ts). The header's name is random per process: a client cannot forge a header whose name it cannot
//   know, and a request that reached the server before this was installed (during start-up) simply has no address
//   rather than one of the client's choosing.
// - A path that is not valid percent-encoding answers 400 here: Next.js fails to decode it and, with no Pages
//   Router error page to render, answers 500.
// - A client's own X-Request-Id is kept only as X-Client-Request-Id: the id in the logs is always the server's.
// - A page that failed because the database could not answer (reported by instrumentation.ts's onRequestError) is
//   answered 503 with Retry-After instead of 500: the error page is the same, the status tells load balancers and
//   crawlers to come back rather than that the portal is broken. An error boundary cannot set a status itself.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import http from "node:http";
import https from "node:https";
import { peerAddressHeader, setPeerAddressHeader } from "@/lib/http/client-ip";
import { RETRY_AFTER_SECONDS } from "@/lib/http/unavailable";

type RequestState = { databaseUnavailable: boolean };

// One store per process, shared by instrumentation.ts and the application's bundles (each has its own module copy).
const STORE_KEY = Symbol.for("inovasi-daerah.incoming-request-state");
function requestStates(): AsyncLocalStorage<RequestState> {
  const g = globalThis as { [STORE_KEY]?: AsyncLocalStorage<RequestState> };
  return (g[STORE_KEY] ??= new AsyncLocalStorage<RequestState>());
}

/** Marks the request being handled as failed for want of a database: its 500, if any, goes out as 503. */
export function markDatabaseUnavailable() {
  const state = requestStates().getStore();
  if (state) state.databaseUnavailable = true;
}

/** Rewrites a 500 into 503 with Retry-After when the request was marked (Node writes every head through writeHead). */
function answerUnavailableAs503(res: http.ServerResponse, state: RequestState) {
  const writeHead = res.writeHead as (this: http.ServerResponse, ...args: unknown[]) => http.ServerResponse;
  res.writeHead = function (this: http.ServerResponse, statusCode: number, ...rest: unknown[]) {
    if (statusCode === 500 && state.databaseUnavailable) {
      this.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      this.setHeader("Cache-Control", "no-store");
      return writeHead.call(this, 503, ...rest);
    }
    return writeHead.call(this, statusCode, ...rest);
  } as typeof res.writeHead;
}

/** True when the path of a request target (before any `?`) is not valid percent-encoding. */
export function isMalformedPath(target: string): boolean {
  const path = target.split("?", 1)[0] ?? "";
  if (!path.includes("%")) return false;
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

function badRequest(res: http.ServerResponse) {
  const body = "400 Alamat tidak valid (Bad Request)\n";
  res.writeHead(400, {
    "content-type": "text/plain; charset=utf-8",
    "content-length": Buffer.byteLength(body),
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
  });
  res.end(body);
}

export function installIncomingRequestGuard(): string {
  const installed = peerAddressHeader();
  if (installed) return installed;
  const name = `x-peer-address-${randomBytes(16).toString("hex")}`;
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit as (
      this: unknown,
      event: string | symbol,
      ...args: unknown[]
    ) => boolean;
    Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
        if (isMalformedPath(req.url ?? "/")) {
          badRequest(res);
          return true;
        }
        const address = req.socket?.remoteAddress;
        if (address) req.headers[name] = address;
        else delete req.headers[name];
        const clientId = req.headers["x-request-id"];
        if (clientId !== undefined) {
          delete req.headers["x-request-id"];
          req.headers["x-client-request-id"] = clientId;
        }
        const state: RequestState = { databaseUnavailable: false };
        answerUnavailableAs503(res, state);
        return requestStates().run(state, () => emit.call(this, event, ...args));
      }
      return emit.call(this, event, ...args);
    } as typeof Server.prototype.emit;
  }
  setPeerAddressHeader(name);
  return name;
}
