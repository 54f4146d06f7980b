import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { LocalDiskStorage } from "./local";
import type { Storage } from "./types";

export type { Storage } from "./types";
export { isStorageKey, newStorageKey } from "./keys";
export { LocalDiskStorage } from "./local";

let configured: { root: string; storage: Storage } | undefined;

/** The resolved upload directory; refused inside public/, where Next.js would serve it to anyone. */
function uploadRoot(): string {
  const root = path.resolve(env().UPLOAD_DIR);
  const publicDir = path.resolve("public");
  if (root === publicDir || root.startsWith(publicDir + path.sep)) {
    throw new Error(
      "UPLOAD_DIR must not be inside public/: uploaded documents are served only through /api/lampiran",
    );
  }
  return root;
}

/** The configured storage: the local disk at UPLOAD_DIR (an object store can be added here later). */
export function getStorage(): Storage {
  const root = uploadRoot();
  if (configured?.root !== root) configured = { root, storage: new LocalDiskStorage(root) };
  return configured.storage;
}
