// The region's logo from the setup page: judged by its bytes (never the name or the browser's type), kept small so
// the form stays under the server action's body limit, stored under a server-made key.
import { fileTypeFromBuffer } from "file-type";
import { newStorageKey } from "@/lib/storage/keys";
import type { Storage } from "@/lib/storage/types";
import { InstallInvalid } from "./setup-region";

const LOGO_MAX_BYTES = 512 * 1024;
const LOGO_TYPES = new Set(["image/png", "image/jpeg", "image/webp"]);

/** Stores the logo and returns its key; null when no file was chosen. */
export async function storeLogo(storage: Storage, file: unknown): Promise<string | null> {
  if (!(file instanceof File) || file.size === 0) return null;
  if (file.size > LOGO_MAX_BYTES) throw new InstallInvalid({ logo: ["install.logoInvalid"] });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const type = await fileTypeFromBuffer(bytes).catch(() => undefined);
  if (!type || !LOGO_TYPES.has(type.mime)) throw new InstallInvalid({ logo: ["install.logoInvalid"] });
  const key = newStorageKey();
  await storage.put(key, bytes);
  return key;
}
