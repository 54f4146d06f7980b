/** Hours ahead of UTC of Indonesia's three zones; none observes daylight saving. */
export const ZONE_OFFSET_HOURS = { WIB: 7, WITA: 8, WIT: 9 } as const;
export type RegionZone = keyof typeof ZONE_OFFSET_HOURS;

/**
 * The instants a calendar year starts and ends in a region's zone: a head who approves at 00:30 WIB on
 * 1 January approves in the new year, although it is still 31 December in UTC.
 */
export function yearBounds(year: number, zone: RegionZone): { from: Date; to: Date } {
  const shift = ZONE_OFFSET_HOURS[zone] * 60 * 60 * 1000;
  return {
    from: new Date(Date.UTC(year, 0, 1) - shift),
    to: new Date(Date.UTC(year + 1, 0, 1) - shift),
  };
}

/** The calendar year of an instant in a region's zone. */
export function yearIn(at: Date, zone: RegionZone): number {
  return new Date(at.getTime() + ZONE_OFFSET_HOURS[zone] * 60 * 60 * 1000).getUTCFullYear();
}

/** The IANA time zone of each of Indonesia's zones, for formatting a region's dates. */
export const ZONE_IANA: Record<RegionZone, string> = {
  WIB: "Asia/Jakarta",
  WITA: "Asia/Makassar",
  WIT: "Asia/Jayapura",
};
