import "server-only";
import { revalidatePath } from "next/cache";
import { CACHED_CATALOGUE_ROUTE } from "./rules/cached-path";

/**
 * Drops every cached catalogue search (lib/catalog/rules/cached-path.ts), for the server actions whose
 * change a search can show: an innovation entering or leaving the catalogue, an OPD's name, a
 * published result (awards). Citizens' ratings do not call it (anyone could empty the cache
 * with them); the searches' 60-second revalidation carries them, and the innovation page shows
 * them at once.
 */
export function revalidateCatalogue(): void {
  revalidatePath(CACHED_CATALOGUE_ROUTE, "page");
}
