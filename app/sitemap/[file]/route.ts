import { z } from "zod";
import { db } from "@/lib/db";
import { sitemapFileXml } from "@/lib/catalog/queries/sitemap";
import { xmlResponse } from "@/lib/http/xml";

export const dynamic = "force-dynamic";

// Only the names the index lists: no leading zeros, so a file has one address.
const FILE = z.string().regex(/^(0|[1-9]\d{0,4})\.xml$/);

/** One sitemap file, /sitemap/<n>.xml, as listed by /sitemap.xml; 404 for any other name or past the last file. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = FILE.safeParse((await params).file);
  const xml = file.success ? await sitemapFileXml(db, Number.parseInt(file.data, 10)) : null;
  if (xml === null)
    return new Response("Not Found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  return xmlResponse(xml);
}
