// What next/headers gives a request, for tests that sign in for real: each "browser" is a cookie jar and the
// headers it sends. A test file mocks next/headers with `nextHeaders(current)` and switches `current.browser`.
import { createHash, randomBytes } from "node:crypto";
import { openSession } from "@/lib/auth/sessions";
import type { Db } from "@/lib/db/client";

export type Browser = { cookies: Map<string, string>; headers: Record<string, string> };

export const newBrowser = (headers: Record<string, string> = {}): Browser => ({
  cookies: new Map(),
  headers: { host: "localhost:3000", "x-request-id": "test-request", ...headers },
});

/** Another browser that replays every cookie of `from` (a stolen or copied cookie). */
export const copyOf = (from: Browser, headers: Record<string, string> = {}): Browser => ({
  cookies: new Map(from.cookies),
  headers: { host: "localhost:3000", "x-request-id": "test-request", ...headers },
});

export function nextHeaders(current: { browser: Browser }) {
  return {
    cookies: () =>
      Promise.resolve({
        get: (name: string) => {
          const value = current.browser.cookies.get(name);
          return value === undefined ? undefined : { name, value };
        },
        getAll: () => [...current.browser.cookies].map(([name, value]) => ({ name, value })),
        has: (name: string) => current.browser.cookies.has(name),
        set: (name: string, value: string) => {
          current.browser.cookies.set(name, value);
        },
        delete: (name: string) => {
          current.browser.cookies.delete(name);
        },
      }),
    headers: () => {
      const cookie = [...current.browser.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
      return Promise.resolve(new Headers({ ...current.browser.headers, ...(cookie ? { cookie } : {}) }));
    },
  };
}

/** next-auth's double-submit CSRF pair: the cookie value and the token a form posts. */
export function csrfPair(secret: string): { cookie: string; token: string } {
  const token = randomBytes(32).toString("hex");
  const hash = createHash("sha256").update(`${token}${secret}`).digest("hex");
  return { cookie: `${token}|${hash}`, token };
}

/** Signs `browser` in as `userId`, as the login form does after a correct password: a session row and its cookie. */
export async function signInDirectly(browser: Browser, db: Db, userId: string, secret: string) {
  const { encode } = await import("next-auth/jwt");
  const sid = await openSession(db, userId);
  browser.cookies.set("next-auth.session-token", await encode({ token: { uid: userId, sid }, secret }));
}
