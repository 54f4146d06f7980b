import { describe, expect, it } from "vitest";
import { PASSWORD_COST, dummyHash, hashCost, hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("Rahasia2026", 4);
    expect(hash).toMatch(/^\$2[aby]\$04\$/);
    expect(hash).not.toContain("Rahasia2026");
    expect(await verifyPassword("Rahasia2026", hash)).toBe(true);
    expect(await verifyPassword("rahasia2026", hash)).toBe(false);
  });

  it("salts: the same password hashes differently each time", async () => {
    expect(await hashPassword("Rahasia2026", 4)).not.toBe(await hashPassword("Rahasia2026", 4));
  });

  it("refuses every password when there is no hash (no account, or no password set yet)", async () => {
    expect(await verifyPassword("anything", null)).toBe(false);
    expect(await verifyPassword("", undefined)).toBe(false);
  });

  it("compares an unknown account against a dummy hash of the same cost as real passwords", async () => {
    const real = await hashPassword("Rahasia2026");
    expect(hashCost(await dummyHash())).toBe(hashCost(real));
    expect(hashCost(real)).toBe(PASSWORD_COST);
  });
});
