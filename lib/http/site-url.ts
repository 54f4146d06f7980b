import "server-only";
import { env } from "@/lib/env";

/** Absolute URL on the portal's public address (APP_URL), for canonical links, sitemap and JSON-LD. */
export function absoluteUrl(path: string): string {
  return new URL(path, env().APP_URL).toString();
}
