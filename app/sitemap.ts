import type { MetadataRoute } from "next";
import { db } from "@/lib/db";
import { listPublicInnovationsForSitemap } from "@/lib/catalog/innovation";
import { absoluteUrl } from "@/lib/catalog/site-url";

// Read at request time: the build has no database, and the catalogue changes every day.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const innovations = await listPublicInnovationsForSitemap(db);
  return [
    { url: absoluteUrl("/"), changeFrequency: "weekly", priority: 1 },
    { url: absoluteUrl("/katalog"), changeFrequency: "daily", priority: 0.9 },
    { url: absoluteUrl("/kompetisi"), changeFrequency: "weekly", priority: 0.8 },
    { url: absoluteUrl("/statistik"), changeFrequency: "weekly", priority: 0.6 },
    { url: absoluteUrl("/data"), changeFrequency: "monthly", priority: 0.5 },
    ...innovations.map((i) => ({ url: absoluteUrl(`/katalog/${i.id}`), lastModified: i.updatedAt, changeFrequency: "monthly" as const, priority: 0.7 })),
  ];
}
