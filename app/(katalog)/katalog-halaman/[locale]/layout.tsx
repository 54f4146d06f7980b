import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { PUBLIC_CLIENT_NAMESPACES } from "@/components/layout/client-messages";
import { SiteFooter } from "@/components/layout/site-footer";
import { CachedSiteHeader } from "@/components/layout/site-header";
import { SITE_VIEWPORT, SiteShell, siteMetadata } from "@/components/layout/site-shell";
import { isLocale } from "@/lib/i18n/config";
import { portalRegion } from "@/lib/region/queries/current";
import "../../../globals.css";

// The root layout of the cached catalogue search (see lib/catalog/rules/cached-path.ts): everything
// it needs is in its path, so the rendered page is the same for every visitor and Next.js
// serves it from its cache.
type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return siteMetadata(locale, (await portalRegion())?.name);
}

export const viewport = SITE_VIEWPORT;

export default async function CachedCatalogueLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const region = await portalRegion();
  return (
    // The catalogue's client parts take their strings as props; the shared UI parts and the error page need these.
    <SiteShell
      locale={locale}
      header={<CachedSiteHeader locale={locale} />}
      footer={<SiteFooter locale={locale} region={region} />}
      clientNamespaces={PUBLIC_CLIENT_NAMESPACES}
      zone={region?.timeZone}
    >
      {children}
    </SiteShell>
  );
}
