import "server-only";
// What the portal's printed documents take from the region's profile: the letterhead (name, unit, address, contacts,
// logo) and the signing officials.
import { fileTypeFromBuffer } from "file-type";
import type { Db } from "@/lib/db/client";
import { log } from "@/lib/log";
import type { Storage } from "@/lib/storage/types";
import { formatNip } from "@/lib/validation/nip";
import { getRegionProfile } from "./queries";

export type Official = {
  /** The office as printed above the signature, e.g. "Sekretaris Daerah Kabupaten Lestari Jaya". */
  title: string;
  name: string;
  rank: string | null;
  /** As people read it ("19700315 200003 2 001"), or null for an elected head without one. */
  nip: string | null;
};

export type Letterhead = {
  regionName: string;
  unit: string | null;
  address: string | null;
  /** "Telepon (0298) 321456 · Email … · Laman …", or null when the profile has no contact. */
  contact: string | null;
  /** PNG or JPEG bytes (the formats PDF fonts and images take); a WebP logo is left out. */
  logo: Uint8Array | null;
  head: Official | null;
  secretary: Official | null;
};

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
  const contact = [
    p.phone ? `Telepon ${p.phone}` : null,
    p.fax ? `Faksimile ${p.fax}` : null,
    p.email ? `Email ${p.email}` : null,
    p.website ? `Laman ${p.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}` : null,
  ].filter(Boolean);
  return {
    regionName: p.name,
    unit: p.secretariatUnit,
    address: p.address,
    contact: contact.length ? contact.join(" · ") : null,
    logo,
    head: p.headName
      ? {
          title: p.headTitle ?? "Kepala Daerah",
          name: p.headName,
          rank: null,
          nip: p.headNip ? formatNip(p.headNip) : null,
        }
      : null,
    secretary: p.secretaryName
      ? {
          title: p.secretaryTitle ?? `Sekretaris Daerah ${p.name}`,
          name: p.secretaryName,
          rank: p.secretaryRank,
          nip: p.secretaryNip ? formatNip(p.secretaryNip) : null,
        }
      : null,
  };
}
