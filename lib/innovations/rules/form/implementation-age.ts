// How long an innovation has been applied: competitions require at least one year of implementation.
import { dateIn, DEFAULT_ZONE, type RegionZone } from "@/lib/time/zones";
import { dateParts, epochDay, isIsoDate, toIsoDate } from "./dates";

export type ImplementationAge = {
  days: number;
  /** Whole years. */
  years: number;
  /** Whole months in total (14 months = 1 year 2 months). */
  months: number;
  /** Months past the whole years (months % 12), for "{years} tahun {months} bulan". */
  monthsAfterYears: number;
  atLeastOneYear: boolean;
};

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Whole calendar months from `start` to `end`. A month counts once its anniversary day is reached,
 * clamped to the month's last day, so 29 Feb → 28 Feb next year and 31 Jan → 28 Feb are complete.
 */
function wholeMonths(start: string, end: string): number {
  const a = dateParts(start);
  const b = dateParts(end);
  const months = (b.year - a.year) * 12 + (b.month - a.month);
  const anniversaryDay = Math.min(a.day, daysInMonth(b.year, b.month));
  return b.day >= anniversaryDay ? months : months - 1;
}

/**
 * Age of the implementation at `at` (a calendar date in the region's zone), or null when there is no valid
 * implementation date or it lies in the future (not implemented yet). A Date `implementedDate` is
 * read as a calendar date in UTC, as Prisma returns `@db.Date` columns.
 */
export function implementationAge(
  implementedDate: string | Date | null,
  at: Date,
  zone: RegionZone = DEFAULT_ZONE,
): ImplementationAge | null {
  if (implementedDate === null) return null;
  const start = implementedDate instanceof Date ? safeIsoDate(implementedDate) : implementedDate;
  if (start === null || !isIsoDate(start)) return null;
  const end = dateIn(at, zone);
  if (start > end) return null;
  const months = wholeMonths(start, end);
  return {
    days: epochDay(end) - epochDay(start),
    years: Math.floor(months / 12),
    months,
    monthsAfterYears: months % 12,
    atLeastOneYear: months >= 12,
  };
}

const safeIsoDate = (d: Date) => (Number.isNaN(d.getTime()) ? null : toIsoDate(d));
