import { describe, expect, it } from "vitest";
import { addressHash, emailIn, unsubscribeToken, verifyUnsubscribeToken } from "./unsubscribe";

const SECRET = "s".repeat(40);

describe("unsubscribe tokens", () => {
  it("verify with the portal's secret only, for the lower-cased address", () => {
    const t = unsubscribeToken("Budi@Warga.Example", SECRET);
    expect(verifyUnsubscribeToken(t, SECRET)).toBe("budi@warga.example");
    expect(verifyUnsubscribeToken(t, "x".repeat(40))).toBeNull();
    const other = Buffer.from("lain@warga.example").toString("base64url");
    expect(verifyUnsubscribeToken(`${other}.${t.split(".")[1]}`, SECRET)).toBeNull();
    expect(verifyUnsubscribeToken("", SECRET)).toBeNull();
    expect(verifyUnsubscribeToken(undefined, SECRET)).toBeNull();
  });

  it("tell an address from a phone number, and hash the address", () => {
    expect(emailIn(" budi@warga.example ")).toBe("budi@warga.example");
    expect(emailIn("0812-3456-7890")).toBeNull();
    expect(addressHash("Budi@Warga.example")).toBe(addressHash("budi@warga.example"));
    expect(addressHash("budi@warga.example")).toMatch(/^[0-9a-f]{64}$/);
  });
});
