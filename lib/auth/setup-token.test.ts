import { describe, expect, it } from "vitest";
import { hashToken, isUsable, newToken, SETUP_TOKEN_TTL_MS } from "./setup-token";

describe("setup tokens", () => {
  const now = new Date("2026-11-24T08:00:00Z");
  const created = (offsetMs: number) => new Date(now.getTime() + offsetMs);

  it("are valid for 72 hours", () => {
    expect(SETUP_TOKEN_TTL_MS).toBe(72 * 3600 * 1000);
    const expiresAt = created(SETUP_TOKEN_TTL_MS);
    expect(isUsable({ expiresAt, usedAt: null }, created(SETUP_TOKEN_TTL_MS - 1000))).toBe(true);
    expect(isUsable({ expiresAt, usedAt: null }, expiresAt)).toBe(false);
    expect(isUsable({ expiresAt, usedAt: null }, created(SETUP_TOKEN_TTL_MS + 1))).toBe(false);
  });

  it("are single use: a used token is dead even before it expires", () => {
    expect(isUsable({ expiresAt: created(SETUP_TOKEN_TTL_MS), usedAt: now }, now)).toBe(false);
  });

  it("are random, URL-safe and stored only as a hash", () => {
    const a = newToken();
    const b = newToken();
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).not.toBe(hashToken(b));
  });
});
