import "server-only";
import { cookies } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { getPortalRegionProfile, getRegionProfile, type RegionProfile } from "./profile";

/**
 * The frame of every page (header, footer, title) names the region, but must still draw while the database cannot
 * answer, so the site's own error page keeps its header: then it shows the portal's name alone.
 */
async function orNullWhenUnavailable(
  read: () => Promise<RegionProfile | null>,
): Promise<RegionProfile | null> {
  try {
    return await read();
  } catch (err) {
    unstable_rethrow(err);
    if (isDatabaseUnavailable(err)) return null;
    throw err;
  }
}

/** The portal's region for pages that are the same for every visitor (the cached catalogue), once per request. */
export const portalRegion = cache((): Promise<RegionProfile | null> =>
  orNullWhenUnavailable(() => getPortalRegionProfile(db)),
);

/**
 * The region a page shows, read once per request (the header, the footer, the metadata and the page share it): the
 * signed-in user's own region, otherwise the portal's region.
 */
export const currentRegion = cache(async (): Promise<RegionProfile | null> => {
  // The cookies first: a page that reads them is rendered per request, never at build time without a database.
  await cookies();
  const user = await getCurrentUser();
  const own = user ? await orNullWhenUnavailable(() => getRegionProfile(db, user.regionId)) : null;
  return own ?? portalRegion();
});
