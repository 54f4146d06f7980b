import { db } from "@/lib/db";
import { sitemapIndexXml } from "@/lib/catalog/queries/sitemap";
import { xmlResponse } from "@/lib/http/xml";

// Read at request time: the build has no database, and the catalogue changes every day.
export const dynamic = "force-dynamic";

/** The sitemap index (robots.txt points here): one /sitemap/<n>.xml per SITEMAP_SIZE public innovations. */
export async function GET() {
  return xmlResponse(await sitemapIndexXml(db));
}
