/**
 * The session cookie, named and flagged from the portal's address: `Secure` (and the `__Secure-` prefix, which
 * browsers accept only on Secure cookies) whenever APP_URL is https, whatever address a request arrived on.
 */
export function sessionCookie(appUrl: string) {
  const secure = new URL(appUrl).protocol === "https:";
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}
