import "server-only";
// The region's letterhead for the portal's printed documents: its profile and its logo's bytes
// (lib/region/rules/letterhead.ts builds the letterhead from them).
import { fileTypeFromBuffer } from "file-type";
import type { Db } from "@/lib/db/client";
import { log } from "@/lib/log";
import type { Storage } from "@/lib/storage/types";
import { letterheadFrom, type Letterhead } from "@/lib/region/rules/letterhead";
import { getRegionProfile } from "./profile";

const PRINTABLE_LOGO = new Set(["image/png", "image/jpeg"]);

/** The region's letterhead and officials; null when the region does not exist. `storage` reads the logo. */
export async function letterheadOf(db: Db, regionId: string, storage?: Storage): Promise<Letterhead | null> {
  const p = await getRegionProfile(db, regionId);
  if (!p) return null;
  let logo: Uint8Array | null = null;
  if (p.logoKey && storage) {
    try {
      const bytes = await storage.get(p.logoKey);
      const type = bytes ? await fileTypeFromBuffer(bytes) : undefined;
      if (bytes && type && PRINTABLE_LOGO.has(type.mime)) logo = bytes;
    } catch (err) {
      log.warn("letterhead: logo not read", { regionId, err });
    }
  }
  return letterheadFrom(p, logo);
}
