import "server-only";
import { getFormatter, getLocale } from "next-intl/server";
import { currentRegion } from "@/lib/region/queries/current";
import { DEFAULT_ZONE, formatInZone, type RegionZone } from "./zones";

/** The zone of the region a page shows: the signed-in user's region, otherwise the portal's. */
export async function currentZone(): Promise<RegionZone> {
  return (await currentRegion())?.timeZone ?? DEFAULT_ZONE;
}

/**
 * The request's formatter with every date and time in a region's zone: `zone` where the page has loaded the region
 * the record belongs to, otherwise the current region's. A time of day is followed by the zone's short name
 * ("1 Mar 2026, 08.00 WITA"); options with their own `timeZone` (calendar dates kept as UTC midnight) stay as given.
 */
export async function getZonedFormatter(zone?: RegionZone) {
  const [format, locale, z] = await Promise.all([getFormatter(), getLocale(), zone ?? currentZone()]);
  return {
    ...format,
    zone: z,
    dateTime: (at: Date | number, options?: Intl.DateTimeFormatOptions) =>
      formatInZone(at, locale, z, options),
  };
}

export type ZonedFormatter = Awaited<ReturnType<typeof getZonedFormatter>>;
