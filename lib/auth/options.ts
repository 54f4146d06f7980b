import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientIpFrom } from "@/lib/client-ip";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { loginSchema } from "@/lib/validation/auth";
import { verifyPassword } from "./password";
import { hit, reset } from "./rate-limit";

/** Error codes the login form turns into messages; none tells whether an account exists. */
export const LOGIN_ERRORS = { invalid: "CredentialsSignin", limited: "RATE_LIMITED" } as const;

function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  const get = (name: string) => {
    const raw = headers?.[name];
    return Array.isArray(raw) ? raw.join(",") : raw;
  };
  return clientIpFrom(get) ?? "unknown";
}

export function authOptions(): AuthOptions {
  const e = env();
  return {
    secret: e.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: "/masuk", error: "/masuk" },
    providers: [
      CredentialsProvider({
        name: "credentials",
        credentials: { identifier: { type: "text" }, password: { type: "password" } },
        async authorize(credentials, req) {
          const parsed = loginSchema.safeParse(credentials ?? {});
          if (!parsed.success) return null;
          const identifier = parsed.data.identifier.trim().toLowerCase();
          const windowMs = e.LOGIN_LIMIT_WINDOW_MINUTES * 60_000;
          const [perAccount, perIp] = await Promise.all([
            hit(db, `login:account:${identifier}`, e.LOGIN_LIMIT_PER_ACCOUNT, windowMs),
            hit(db, `login:ip:${clientIp(req.headers)}`, e.LOGIN_LIMIT_PER_IP, windowMs),
          ]);
          if (!perAccount.allowed || !perIp.allowed) {
            log.warn("login rate limited", { identifier: identifier.slice(0, 3) + "…" });
            throw new Error(LOGIN_ERRORS.limited);
          }
          const user = await db.user.findFirst({
            where: identifier.includes("@") ? { email: identifier } : { nip: identifier },
            select: { id: true, name: true, email: true, role: true, active: true, passwordHash: true },
          });
          const ok = await verifyPassword(parsed.data.password, user?.passwordHash);
          if (!user || !ok || !user.active || !user.passwordHash) return null;
          await Promise.all([
            reset(db, `login:account:${identifier}`),
            db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } }),
          ]);
          return { id: user.id, name: user.name, email: user.email, role: user.role };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = user.id;
          token.role = (user as { role?: string }).role;
        }
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
  };
}
