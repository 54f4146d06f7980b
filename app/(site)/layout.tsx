import type { Metadata } from "next";
import { getLocale } from "next-intl/server";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { PUBLIC_CLIENT_NAMESPACES } from "@/components/layout/client-messages";
import { SITE_VIEWPORT, SiteShell, siteMetadata } from "@/components/layout/site-shell";
import { currentRegion } from "@/lib/region/queries/current";
import "../globals.css";

// The root layout of every page rendered per request: the locale comes from the visitor's
// cookie and the header shows who is signed in.
export async function generateMetadata(): Promise<Metadata> {
  const [locale, region] = await Promise.all([getLocale(), currentRegion()]);
  return siteMetadata(locale, region?.name);
}

export const viewport = SITE_VIEWPORT;

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [locale, region] = await Promise.all([getLocale(), currentRegion()]);
  return (
    <SiteShell
      locale={locale}
      header={<SiteHeader />}
      footer={<SiteFooter locale={locale} region={region} />}
      clientNamespaces={PUBLIC_CLIENT_NAMESPACES}
      zone={region?.timeZone}
    >
      {children}
    </SiteShell>
  );
}
