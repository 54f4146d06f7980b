import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIpFrom } from "@/lib/http/client-ip";
import { db } from "@/lib/db";
import { env, type Env } from "@/lib/env";
import { log } from "@/lib/log";
import { loginSchema } from "@/lib/auth/schemas";
import { sessionCookie } from "./cookies";
import { deviceCookie, deviceUser } from "./device";
import { attemptLogin, type LoginLimits } from "./login";
import { endSession, openSession, SESSION_MAX_AGE_S, sessionUser } from "./sessions";

/** Error codes the login form turns into messages; none tells whether an account exists. */
export const LOGIN_ERRORS = { invalid: "CredentialsSignin", limited: "RATE_LIMITED" } as const;

export function loginLimits(e: Env = env()): LoginLimits {
  return {
    perAccount: e.LOGIN_LIMIT_PER_ACCOUNT,
    perIp: e.LOGIN_LIMIT_PER_IP,
    windowMs: e.LOGIN_LIMIT_WINDOW_MINUTES * 60_000,
  };
}

type RawHeaders = Record<string, string | string[] | undefined> | undefined;

const header = (headers: RawHeaders, name: string) => {
  const raw = headers?.[name];
  return Array.isArray(raw) ? raw.join(",") : raw;
};

function clientIp(headers: RawHeaders): string | null {
  return clientIpFrom((name) => header(headers, name));
}

/** The account this browser's known-device cookie vouches for (lib/auth/device.ts), if any. */
function knownDevice(headers: RawHeaders, e: Env): string | null {
  const name = deviceCookie(e.APP_URL).name;
  const pair = (header(headers, "cookie") ?? "")
    .split(";")
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${name}=`));
  return deviceUser(pair?.slice(name.length + 1), e.NEXTAUTH_SECRET);
}

/**
 * next-auth's options. The session cookie is a JWT naming a `UserSession` row: the row is checked on every
 * request (also by /api/auth/session, which the cached header asks), and deleted on sign-out.
 */
export function authOptions(e: Env = env()): AuthOptions {
  const cookie = sessionCookie(e.APP_URL);
  return {
    secret: e.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    useSecureCookies: cookie.options.secure,
    cookies: { sessionToken: cookie },
    pages: { signIn: "/masuk", error: "/masuk" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { identifier: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const parsed = loginSchema.safeParse(credentials ?? {});
          if (!parsed.success) return null;
          const outcome = await attemptLogin(db, parsed.data, clientIp(req.headers), loginLimits(e), {
            knownDevice: knownDevice(req.headers, e),
          });
          if (!outcome.ok) {
            if (outcome.code === "invalid") return null;
            log.warn("login rate limited", { identifier: parsed.data.identifier.slice(0, 3) + "…" });
            throw new Error(LOGIN_ERRORS.limited);
          }
          return { ...outcome.user, sid: await openSession(db, outcome.user.id) };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = (user as { role?: string }).role;
          token.sid = (user as { sid?: string }).sid;
          return token;
        }
        // An ended session (signed out, password changed, account or role changed) reads as no session:
        // next-auth answers an empty session and clears the cookie.
        const live = await sessionUser(db, { uid: token.uid as string, sid: token.sid as string });
        if (!live) throw new Error("session ended");
        token.role = live.role;
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          session.user.id = token.uid as string;
          session.user.role = token.role as string;
        }
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        if (typeof token?.sid === "string") await endSession(db, token.sid);
      },
    },
    logger: {
      error(code, metadata) {
        // A replayed or ended session is expected, not an error of the portal.
        if (code === "JWT_SESSION_ERROR") return;
        log.error(`next-auth: ${code}`, { metadata });
      },
      warn(code) {
        log.warn(`next-auth: ${code}`);
      },
      debug() {},
    },
  };
}
