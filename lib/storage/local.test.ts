import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { isStorageKey, newStorageKey } from "./keys";
import { LocalDiskStorage } from "./local";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "inovasi-storage-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
  vi.resetModules();
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

describe("LocalDiskStorage", () => {
  it("stores, reads, streams and deletes bytes under a server-made key, creating its directory", async () => {
    const storage = new LocalDiskStorage(path.join(dir, "nested", "uploads"));
    const key = newStorageKey();
    const bytes = new TextEncoder().encode("%PDF-1.4 isi dokumen");
    await storage.put(key, bytes);
    expect(await storage.get(key)).toEqual(bytes);
    const stream = await storage.stream(key);
    expect(stream && (await readAll(stream))).toEqual(bytes);
    expect(readdirSync(path.join(dir, "nested", "uploads"))).toEqual([key]);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    expect(await storage.stream(key)).toBeNull();
    await storage.delete(key); // deleting twice is fine
    expect(readdirSync(path.join(dir, "nested", "uploads"))).toEqual([]);
  });

  it("never overwrites an existing key and leaves no temporary file behind", async () => {
    const storage = new LocalDiskStorage(dir);
    const key = newStorageKey();
    await storage.put(key, new Uint8Array([1, 2, 3]));
    await expect(storage.put(key, new Uint8Array([9]))).rejects.toThrow();
    expect(await storage.get(key)).toEqual(new Uint8Array([1, 2, 3]));
    expect(readdirSync(dir)).toEqual([key]);
  });

  it.each([
    "../escape",
    "..",
    "a/b",
    "a\\b",
    "",
    "x".repeat(31),
    "/etc/passwd",
    `${"A".repeat(31)}.`,
    "%2e%2e%2fpasswd0000000000000000000",
  ])("refuses the key %j for every operation", async (key) => {
    const storage = new LocalDiskStorage(dir);
    expect(isStorageKey(key)).toBe(false);
    await expect(storage.put(key, new Uint8Array([1]))).rejects.toThrow("invalid storage key");
    await expect(storage.get(key)).rejects.toThrow("invalid storage key");
    await expect(storage.stream(key)).rejects.toThrow("invalid storage key");
    await expect(storage.delete(key)).rejects.toThrow("invalid storage key");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("makes keys of 32 URL-safe characters, all different", () => {
    const keys = new Set(Array.from({ length: 1000 }, newStorageKey));
    expect(keys.size).toBe(1000);
    for (const k of keys) expect(isStorageKey(k)).toBe(true);
  });
});

describe("getStorage", () => {
  function stubBaseEnv(uploadDir: string) {
    vi.stubEnv("DATABASE_URL", "postgresql://localhost/none");
    vi.stubEnv("NEXTAUTH_SECRET", "x".repeat(40));
    vi.stubEnv("UPLOAD_DIR", uploadDir);
  }

  it("is the local disk at UPLOAD_DIR", async () => {
    stubBaseEnv(path.join(dir, "up"));
    const { getStorage, LocalDiskStorage: Local } = await import("./index");
    const storage = getStorage();
    expect(storage).toBeInstanceOf(Local);
    expect((storage as LocalDiskStorage).root).toBe(path.join(dir, "up"));
    expect(getStorage()).toBe(storage);
  });

  it("refuses an UPLOAD_DIR inside public/, where anyone could fetch the files", async () => {
    stubBaseEnv("public/uploads");
    const { getStorage } = await import("./index");
    expect(() => getStorage()).toThrow(/public/);
  });
});
