import { describe, expect, it } from "vitest";
import type { Env } from "@/lib/env";
import { sessionCookie } from "./cookies";
import { authOptions } from "./options";

const base: Env = {
  NODE_ENV: "production",
  DATABASE_URL: "postgresql://localhost/unused",
  DATABASE_POOL_MAX: 1,
  DATABASE_CONNECT_TIMEOUT_MS: 5_000,
  DATABASE_STATEMENT_TIMEOUT_MS: 65_000,
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: 65_000,
  NEXTAUTH_SECRET: "s".repeat(40),
  APP_URL: "http://localhost:3000",
  LOGIN_LIMIT_PER_ACCOUNT: 5,
  LOGIN_LIMIT_PER_IP: 30,
  LOGIN_LIMIT_WINDOW_MINUTES: 15,
  TRUSTED_PROXY_HOPS: 0,
  UPLOAD_DIR: ".data/uploads",
  UPLOAD_MAX_FILE_MB: 10,
  UPLOAD_MAX_TOTAL_MB: 50,
  SMTP_PORT: 587,
  SMTP_SECURE: false,
  MAIL_FROM: "Inovasi Daerah <inovasi@localhost>",
  MAIL_WORKER: "on",
  MAIL_POLL_SECONDS: 2,
  MAIL_JOB_EXPIRE_SECONDS: 300,
  MAIL_MAINTENANCE_SECONDS: 120,
};

describe("the session cookie follows the portal's address", () => {
  it("is Secure, with the __Secure- prefix, when APP_URL is https", () => {
    const options = authOptions({ ...base, APP_URL: "https://inovasi.contoh.go.id" });
    expect(options.useSecureCookies).toBe(true);
    expect(options.cookies?.sessionToken).toEqual({
      name: "__Secure-next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
  });

  it("is a plain cookie when APP_URL is http (a local installation)", () => {
    const options = authOptions(base);
    expect(options.useSecureCookies).toBe(false);
    expect(options.cookies?.sessionToken).toEqual({
      name: "next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
  });

  it("is the cookie the login form's action sets and every request reads", () => {
    expect(sessionCookie("https://inovasi.contoh.go.id").name).toBe("__Secure-next-auth.session-token");
    expect(sessionCookie("http://127.0.0.1:3101").options.secure).toBe(false);
  });
});
