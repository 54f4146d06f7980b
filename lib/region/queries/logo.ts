import "server-only";
// The region's logo as its public route serves it (app/api/publik/logo-daerah/[regionId]/route.ts): public, since a
// logo is printed on every letter.
import { fileTypeFromBuffer } from "file-type";
import type { Db } from "@/lib/db/client";
import type { Storage } from "@/lib/storage/types";

const LOGO_TYPES = new Set(["image/png", "image/jpeg", "image/webp"]);

/** The storage key of the region's logo; null when the region has none or does not exist. */
export async function regionLogoKey(db: Db, regionId: string): Promise<string | null> {
  const region = await db.region.findUnique({ where: { id: regionId }, select: { logoKey: true } });
  return region?.logoKey ?? null;
}

/** The logo's bytes and type; null when the file is gone or is no PNG, JPEG or WebP image. */
export async function readLogo(
  storage: Storage,
  logoKey: string,
): Promise<{ bytes: Uint8Array; mime: string } | null> {
  const bytes = await storage.get(logoKey);
  if (!bytes) return null;
  const type = await fileTypeFromBuffer(bytes).catch(() => undefined);
  if (!type || !LOGO_TYPES.has(type.mime)) return null;
  return { bytes, mime: type.mime };
}
