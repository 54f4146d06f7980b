// Indonesia's three time zones, the only zones a region can be in (Region.timeZone). Every date the portal shows or
// reads from a form is in the zone of the region it belongs to. None of the zones observes daylight saving, so
// parsing needs only the fixed offset; formatting goes through Intl with the zone's IANA name.

export const REGION_ZONES = ["WIB", "WITA", "WIT"] as const;
export type RegionZone = (typeof REGION_ZONES)[number];

/** The zone of a region whose zone is unknown (the portal before installation, a page without a region). */
export const DEFAULT_ZONE: RegionZone = "WIB";

/** The IANA name of each zone. */
export const ZONE_IANA: Record<RegionZone, string> = {
  WIB: "Asia/Jakarta",
  WITA: "Asia/Makassar",
  WIT: "Asia/Jayapura",
};

/** Hours ahead of UTC. */
const ZONE_OFFSET_HOURS: Record<RegionZone, number> = { WIB: 7, WITA: 8, WIT: 9 };

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;
const offsetMs = (zone: RegionZone) => ZONE_OFFSET_HOURS[zone] * HOUR_MS;

type ZoneLocale = "id" | "en";
const INTL_LOCALE: Record<ZoneLocale, string> = { id: "id-ID", en: "en-GB" };
const intlLocale = (locale: string) => INTL_LOCALE[locale === "en" ? "en" : "id"];

/** Whether the options print a time of day (then the zone's short name follows it). */
function showsTime(o: Intl.DateTimeFormatOptions): boolean {
  return Boolean(o.timeStyle || o.hour || o.minute || o.second);
}

/**
 * An instant in a zone and locale with any Intl options; where a time of day is shown, the zone's short name follows:
 * "1 Mar 2026, 08.00 WITA". Options naming their own `timeZone` (calendar dates stored as UTC midnight) are kept
 * as they are, without a zone name.
 */
export function formatInZone(
  at: Date | number | string,
  locale: string,
  zone: RegionZone,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium" },
): string {
  const date = new Date(at);
  if (options.timeZone) return new Intl.DateTimeFormat(intlLocale(locale), options).format(date);
  const text = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone: ZONE_IANA[zone] }).format(
    date,
  );
  return showsTime(options) ? `${text} ${zone}` : text;
}

/** The calendar date of an instant in a zone: "1 Maret 2026" (long), "1 Mar 2026" (medium). */
export function formatDate(
  at: Date | number | string,
  locale: string,
  zone: RegionZone,
  style: "short" | "medium" | "long" = "long",
): string {
  return formatInZone(at, locale, zone, { dateStyle: style });
}

/** Date and time of an instant in a zone, with the zone's name: "1 Maret 2026 pukul 08.00 WITA". */
export function formatDateTime(
  at: Date | number | string,
  locale: string,
  zone: RegionZone,
  month: "short" | "long" = "long",
): string {
  return formatInZone(at, locale, zone, {
    day: "numeric",
    month,
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  });
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * The UTC instant of a wall-clock time entered in a zone: "YYYY-MM-DDTHH:mm" from <input type="datetime-local">, or
 * "YYYY-MM-DD" (the start of that day). Null for anything else, or a date that does not exist.
 */
export function parseInZone(value: string, zone: RegionZone): Date | null {
  const m = LOCAL_DATE_TIME.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h = 0, min = 0, s = 0] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v)));
  const wall = Date.UTC(y!, mo! - 1, d!, h, min, s);
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== y ||
    check.getUTCMonth() !== mo! - 1 ||
    check.getUTCDate() !== d ||
    check.getUTCHours() !== h ||
    check.getUTCMinutes() !== min ||
    check.getUTCSeconds() !== s
  )
    return null;
  return new Date(wall - offsetMs(zone));
}

/** The wall-clock time of an instant in a zone, as <input type="datetime-local"> takes it: "2026-03-01T08:00". */
export function toLocalInput(at: Date | string, zone: RegionZone): string {
  return new Date(new Date(at).getTime() + offsetMs(zone)).toISOString().slice(0, 16);
}

/** The calendar date "YYYY-MM-DD" of an instant in a zone. */
export function dateIn(at: Date, zone: RegionZone): string {
  return new Date(at.getTime() + offsetMs(zone)).toISOString().slice(0, 10);
}

/** Today's calendar date "YYYY-MM-DD" in a zone. */
export function todayIn(zone: RegionZone, now: Date = new Date()): string {
  return dateIn(now, zone);
}

/** The calendar year of an instant in a zone. */
export function yearIn(at: Date, zone: RegionZone): number {
  return new Date(at.getTime() + offsetMs(zone)).getUTCFullYear();
}

/** Year and month (1–12) of an instant in a zone. */
export function yearMonthIn(at: Date, zone: RegionZone): { year: number; month: number } {
  const local = new Date(at.getTime() + offsetMs(zone));
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1 };
}

/**
 * The instants a calendar year starts and ends in a zone: a head who approves at 00:30 WIB on 1 January approves in
 * the new year, although it is still 31 December in UTC.
 */
export function yearBounds(year: number, zone: RegionZone): { from: Date; to: Date } {
  return {
    from: new Date(Date.UTC(year, 0, 1) - offsetMs(zone)),
    to: new Date(Date.UTC(year + 1, 0, 1) - offsetMs(zone)),
  };
}

/** The instants that bound the calendar days `from`…`to` ("YYYY-MM-DD", both included) in a zone. */
export function dayRange(
  from: string | undefined,
  to: string | undefined,
  zone: RegionZone,
): { from?: Date; to?: Date } {
  const start = (day: string) => parseInZone(day, zone) ?? undefined;
  const end = to ? start(to) : undefined;
  return {
    from: from ? start(from) : undefined,
    to: end ? new Date(end.getTime() + DAY_MS) : undefined,
  };
}
