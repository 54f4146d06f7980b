import type { Metadata, Viewport } from "next";
import { getTranslations } from "next-intl/server";
import type { RegionZone } from "@/lib/time/zones";
import { ClientMessages } from "./client-messages";

// The document around every page: the site's two root layouts share it. `app/(site)/layout.tsx`
// serves the pages rendered per request (the locale from the cookie, the header with the
// session); `app/(katalog)/…/layout.tsx` serves the cached catalogue search, whose locale comes
// from its path and whose header reads the session in the browser.
/** Titles name the portal and the region it serves: "Katalog · Inovasi Daerah Kabupaten Lestari Jaya". */
export async function siteMetadata(locale: string, regionName?: string | null): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "common" });
  const site = regionName ? `${t("appName")} ${regionName}` : t("appName");
  return {
    title: { default: site, template: `%s · ${site}` },
    description: t("tagline"),
    ...(regionName ? { applicationName: site } : {}),
  };
}

export const SITE_VIEWPORT: Viewport = { width: "device-width", initialScale: 1 };

export async function SiteShell({
  locale,
  header,
  footer,
  children,
  clientNamespaces,
  zone,
}: {
  locale: string;
  /** The time zone of the region the pages show, for dates the browser formats. */
  zone?: RegionZone;
  header: React.ReactNode;
  footer?: React.ReactNode;
  children: React.ReactNode;
  /** The message namespaces the pages' client components use (see client-messages.tsx); all of them when not given. */
  clientNamespaces?: readonly string[];
}) {
  // Everything by explicit locale: the cached catalogue page must not fall back to the request.
  const t = await getTranslations({ locale, namespace: "common" });
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <ClientMessages locale={locale} zone={zone} namespaces={clientNamespaces}>
          <a
            href="#konten"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
          >
            {t("skipToContent")}
          </a>
          {header}
          <main id="konten" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
            {children}
          </main>
          {footer}
        </ClientMessages>
      </body>
    </html>
  );
}
