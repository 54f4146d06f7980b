import { randomBytes } from "node:crypto";

/**
 * Storage keys are made by the server, never taken from a user: 32 characters of base64url
 * (192 random bits). Anything else is refused by every Storage, so a key can never name a path.
 */
const KEY_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export function newStorageKey(): string {
  return randomBytes(24).toString("base64url");
}

export function isStorageKey(key: unknown): key is string {
  return typeof key === "string" && KEY_PATTERN.test(key);
}

export function assertStorageKey(key: string): void {
  if (!isStorageKey(key)) throw new Error("invalid storage key");
}
