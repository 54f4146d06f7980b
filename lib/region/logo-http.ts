import "server-only";
// The region's logo over HTTP, for pages, mails and documents that link to it: public (a logo is printed on every
// letter), revalidated by ETag, and cached for a year under an address that names its version.
import { fileTypeFromBuffer } from "file-type";
import type { Db } from "@/lib/db/client";
import type { Storage } from "@/lib/storage/types";
import { logoVersion } from "./queries";

const LOGO_TYPES = new Set(["image/png", "image/jpeg", "image/webp"]);

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

export async function logoResponse(db: Db, storage: Storage, regionId: string, request: Request) {
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(regionId)) return notFound();
  const region = await db.region.findUnique({ where: { id: regionId }, select: { logoKey: true } });
  if (!region?.logoKey) return notFound();
  const version = logoVersion(region.logoKey);
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
  const bytes = await storage.get(region.logoKey);
  if (!bytes) return notFound();
  const type = await fileTypeFromBuffer(bytes).catch(() => undefined);
  if (!type || !LOGO_TYPES.has(type.mime)) return notFound();
  return new Response(new Uint8Array(bytes), {
    status: 200,
    headers: { ...headers, "content-type": type.mime, "content-length": String(bytes.length) },
  });
}
