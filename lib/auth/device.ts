import { createHmac, timingSafeEqual } from "node:crypto";

/** How long a browser stays known after a sign-in. */
export const DEVICE_MAX_AGE_S = 180 * 24 * 60 * 60;

/**
 * The "known device" cookie: set after a correct password, it names the account and is signed with
 * NEXTAUTH_SECRET. It lets its browser through an address lock of that account (an attacker behind the owner's
 * NAT), never through a wrong password. `Secure` and `__Secure-` like the session cookie.
 */
export function deviceCookie(appUrl: string) {
  const secure = new URL(appUrl).protocol === "https:";
  return {
    name: `${secure ? "__Secure-" : ""}inovasi.device`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge: DEVICE_MAX_AGE_S },
  };
}

const mac = (secret: string, payload: string) =>
  createHmac("sha256", secret).update(`device:${payload}`).digest("base64url");

export function deviceToken(userId: string, secret: string, now = Date.now()): string {
  const payload = `${userId}.${Math.floor(now / 1000)}`;
  return `${payload}.${mac(secret, payload)}`;
}

/** The account a device cookie vouches for, or null (forged, another secret, expired). */
export function deviceUser(token: string | undefined, secret: string, now = Date.now()): string | null {
  const [userId, issued, signature] = token?.split(".") ?? [];
  if (!userId || !issued || !signature || !/^\d+$/.test(issued)) return null;
  const expected = Buffer.from(mac(secret, `${userId}.${issued}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (now / 1000 - Number(issued) > DEVICE_MAX_AGE_S) return null;
  return userId;
}
