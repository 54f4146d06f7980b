import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { currentZone } from "@/lib/time/format";
import { DEFAULT_ZONE, ZONE_IANA, type RegionZone } from "@/lib/time/zones";

/**
 * The messages the browser gets. Every message handed to a client provider is written into the page (all of
 * them come to about 80 kB), so each root layout sends only what its public client components use, and the
 * parts with many client components (dashboards, sign-in) wrap themselves in this provider.
 */
export async function pickMessages(locale: string, namespaces?: readonly string[]) {
  const all = await getMessages({ locale });
  return namespaces ? Object.fromEntries(namespaces.map((ns) => [ns, all[ns] ?? {}])) : all;
}

/** Namespaces every page of the `(site)` layout may need in the browser: shared UI parts and the error page. */
export const PUBLIC_CLIENT_NAMESPACES = ["common", "errorPage"] as const;

/**
 * Gives its children's client components `namespaces` (every namespace when not given), in `locale` and `zone` (the
 * request's and the current region's when not given: the cached catalogue names its own, for it must not read the
 * request).
 */
export async function ClientMessages({
  locale,
  zone,
  namespaces,
  children,
}: {
  locale?: string;
  zone?: RegionZone;
  namespaces?: readonly string[];
  children: React.ReactNode;
}) {
  const l = locale ?? (await getLocale());
  const z = zone ?? (locale ? DEFAULT_ZONE : await currentZone());
  return (
    <NextIntlClientProvider locale={l} messages={await pickMessages(l, namespaces)} timeZone={ZONE_IANA[z]}>
      {children}
    </NextIntlClientProvider>
  );
}

/** The layout of the route groups whose forms and dialogs are client components with many strings (dashboards, sign-in). */
export function AllMessagesLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>;
}
