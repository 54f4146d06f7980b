import "server-only";
import { createReadStream } from "node:fs";
import { link, mkdir, open, readFile, rm, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { assertStorageKey, newStorageKey } from "./keys";
import type { Storage } from "./types";

function isMissing(err: unknown): boolean {
  return (
    typeof err === "object" && err !== null && "code" in err && (err as { code: unknown }).code === "ENOENT"
  );
}

/**
 * Files on the local disk, one per key, flat in `root` (created on demand, owner-only). Keys are
 * checked against a strict pattern and the resolved path must stay inside the root, so neither a
 * bad key nor a symlink trick can reach another file. Writes go to a temporary file first and are
 * linked into place, so a reader never sees half a file.
 */
export class LocalDiskStorage implements Storage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathFor(key: string): string {
    assertStorageKey(key);
    const full = path.resolve(this.root, key);
    if (path.dirname(full) !== this.root) throw new Error("invalid storage key");
    return full;
  }

  private async ensureRoot(): Promise<void> {
    await mkdir(this.root, { recursive: true, mode: 0o700 });
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.pathFor(key);
    await this.ensureRoot();
    const temp = path.join(this.root, `.tmp-${newStorageKey()}`);
    try {
      const handle = await open(temp, "wx", 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      // link() fails with EEXIST instead of replacing: keys are unique, a clash is a bug.
      await link(temp, target);
    } finally {
      await rm(temp, { force: true });
    }
  }

  async get(key: string): Promise<Uint8Array | null> {
    const file = this.pathFor(key);
    try {
      return new Uint8Array(await readFile(file));
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async stream(key: string): Promise<ReadableStream<Uint8Array> | null> {
    const file = this.pathFor(key);
    try {
      const info = await stat(file);
      if (!info.isFile()) return null;
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
    return Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  }

  async delete(key: string): Promise<void> {
    const file = this.pathFor(key);
    try {
      await unlink(file);
    } catch (err) {
      if (!isMissing(err)) throw err;
    }
  }
}
