import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_ZONE, ZONE_IANA } from "@/lib/time/zones";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "./config";

// Each feature keeps its strings in messages/<locale>/<feature>.json (its own namespace), so
// features never edit one shared file; messages/<locale>.json holds the common ones.
export const FEATURE_MESSAGES = [
  "innovations",
  "innovationForm",
  "attachments",
  "competitions",
  "notifications",
  "reviews",
  "ranking",
  "objections",
  "publication",
  "catalog",
  "statistics",
  "feedback",
  "opendata",
  "accounts",
  "region",
  "outbox",
  "mailPrefs",
  "dashboards",
  "help",
  "auditLog",
  "hub",
  "regionPages",
] as const;

async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const core = ((await import(`../../messages/${locale}.json`)) as { default: Record<string, unknown> })
    .default;
  const features = await Promise.all(
    FEATURE_MESSAGES.map(async (name) => {
      try {
        const mod = (await import(`../../messages/${locale}/${name}.json`)) as {
          default: Record<string, unknown>;
        };
        return [name, mod.default] as const;
      } catch {
        return [name, {}] as const;
      }
    }),
  );
  return { ...core, ...Object.fromEntries(features) };
}

// Bahasa Indonesia unless the visitor picked English with the switch (a cookie, no URL prefix).
// The cached catalogue search is the exception: the proxy puts the cookie's locale into its
// internal path and the page hands it over with setRequestLocale, so it reads no cookie.
export default getRequestConfig(async ({ locale: explicit, requestLocale }) => {
  let locale: Locale;
  if (isLocale(explicit)) locale = explicit;
  else {
    const fromPath = await requestLocale;
    if (isLocale(fromPath)) locale = fromPath;
    else {
      const value = (await cookies()).get(LOCALE_COOKIE)?.value;
      locale = isLocale(value) ? value : DEFAULT_LOCALE;
    }
  }
  // Pages format dates through lib/time/format in the region's zone; this is the fallback of the rest.
  return { locale, messages: await loadMessages(locale), timeZone: ZONE_IANA[DEFAULT_ZONE] };
});
