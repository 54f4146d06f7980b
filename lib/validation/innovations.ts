import { z } from "zod";
import { line } from "./text";

export const STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const;

export const innovationListQuery = z.object({
  q: line({ max: 100 }).optional().catch(undefined),
  status: z.enum(STATUSES).optional().catch(undefined),
  opd: line({ max: 40 }).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export const complianceQuery = z.object({
  // Without a valid year the page shows the region's current year (in its own time zone).
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  show: z.enum(["all", "met", "notMet"]).catch("all"),
  sort: z.enum(["name", "approved", "status"]).catch("name"),
});
