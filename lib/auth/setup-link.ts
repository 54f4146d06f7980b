import { env } from "@/lib/env";

/** The address of a one-time setup link, as the secretariat or the hub hands it over should the mail not arrive. */
export function setupLink(token: string): string {
  return `${env().APP_URL}/setel-sandi/${token}`;
}
