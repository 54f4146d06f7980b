// The logo's public address, shared by pages and mails (mails are rendered outside React, so no "server-only").
import { createHash } from "node:crypto";

/** A version of the logo for its address: changes with every upload, reveals nothing of the storage key. */
export function logoVersion(logoKey: string): string {
  return createHash("sha256").update(logoKey).digest("hex").slice(0, 16);
}

/** The public address of the region's logo (relative to the site), or null when it has none. */
export function logoPath(region: { id: string; logoKey: string | null }): string | null {
  return region.logoKey ? `/api/publik/logo-daerah/${region.id}?v=${logoVersion(region.logoKey)}` : null;
}
