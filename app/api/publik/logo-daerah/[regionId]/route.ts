// The region's logo over HTTP, for pages, mails and documents that link to it: public (a logo is printed on every
// letter), revalidated by ETag, and cached for a year under an address that names its version.
import { db } from "@/lib/db";
import { orServiceUnavailable } from "@/lib/http/unavailable";
import { readLogo, regionLogoKey } from "@/lib/region/queries/logo";
import { logoVersion } from "@/lib/region/rules/logo-path";
import { getStorage } from "@/lib/storage";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Logo tidak ditemukan.\n", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=60" },
  });

/** RFC 9110 If-None-Match: `*` or a list of (weak or strong) tags, compared weakly. */
function matches(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/** Public: the region's logo (PNG, JPEG or WebP), 404 when it has none. */
async function get(request: Request, { params }: { params: Promise<{ regionId: string }> }) {
  const { regionId } = await params;
  const storage = getStorage();
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(regionId)) return notFound();
  const logoKey = await regionLogoKey(db, regionId);
  if (!logoKey) return notFound();
  const version = logoVersion(logoKey);
  const etag = `"${version}"`;
  const asked = new URL(request.url).searchParams.get("v");
  const headers: Record<string, string> = {
    etag,
    "x-content-type-options": "nosniff",
    "content-security-policy": "default-src 'none'; sandbox",
    // The versioned address never changes content; the bare one is checked again after five minutes.
    "cache-control": asked === version ? "public, max-age=31536000, immutable" : "public, max-age=300",
  };
  if (matches(request.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers });
  const logo = await readLogo(storage, logoKey);
  if (!logo) return notFound();
  return new Response(new Uint8Array(logo.bytes), {
    status: 200,
    headers: { ...headers, "content-type": logo.mime, "content-length": String(logo.bytes.length) },
  });
}

export const GET = orServiceUnavailable(get);
