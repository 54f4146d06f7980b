import "server-only";
import type { Db } from "@/lib/db/client";
import { yearIn } from "@/lib/time/zones";

// The region's profile as pages, the footer, the logo route and the printed documents read it.

export const PROFILE_SELECT = {
  id: true,
  code: true,
  name: true,
  kind: true,
  province: true,
  address: true,
  website: true,
  phone: true,
  fax: true,
  email: true,
  timeZone: true,
  logoKey: true,
  secretariatUnit: true,
  headName: true,
  headNip: true,
  headTitle: true,
  secretaryName: true,
  secretaryNip: true,
  secretaryTitle: true,
  secretaryRank: true,
  minutesNumberPattern: true,
  certificateNumberPattern: true,
  updatedAt: true,
} as const;

export type RegionProfile = {
  id: string;
  code: string;
  name: string;
  kind: "PROVINSI" | "KABUPATEN" | "KOTA";
  province: string | null;
  address: string | null;
  website: string | null;
  phone: string | null;
  fax: string | null;
  email: string | null;
  timeZone: "WIB" | "WITA" | "WIT";
  logoKey: string | null;
  secretariatUnit: string | null;
  headName: string | null;
  headNip: string | null;
  headTitle: string | null;
  secretaryName: string | null;
  secretaryNip: string | null;
  secretaryTitle: string | null;
  secretaryRank: string | null;
  minutesNumberPattern: string | null;
  certificateNumberPattern: string | null;
  updatedAt: Date;
};

/** One region's profile; null when there is none with that id. */
export function getRegionProfile(db: Db, regionId: string): Promise<RegionProfile | null> {
  return db.region.findUnique({ where: { id: regionId }, select: PROFILE_SELECT });
}

/**
 * The region the public pages speak for when none is chosen (statistics, competitions, the header of the cached
 * catalogue): the first region created, the one the installation was set up for. Null before the first-run setup.
 */
export function getPortalRegionProfile(db: Db): Promise<RegionProfile | null> {
  return db.region.findFirst({ orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: PROFILE_SELECT });
}

/** The calendar year now in the region's own time zone. */
export async function regionYear(db: Db, regionId: string, now = new Date()): Promise<number> {
  const region = await db.region.findUniqueOrThrow({ where: { id: regionId }, select: { timeZone: true } });
  return yearIn(now, region.timeZone);
}
