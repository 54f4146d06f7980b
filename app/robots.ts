import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/http/site-url";

export const dynamic = "force-dynamic";

// The public pages are indexed; the workspaces, sign-in and APIs are not (they are protected
// anyway; this only keeps crawlers from knocking). Public documents stay crawlable.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        allow: ["/", "/katalog", "/api/katalog/dokumen/"],
        disallow: [
          "/admin",
          "/opd",
          "/penilai",
          "/dasbor",
          "/inovasi",
          "/notifikasi",
          "/masuk",
          "/setel-sandi",
          "/pasang",
          "/terlarang",
          "/api/",
        ],
      },
    ],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
