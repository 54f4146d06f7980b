import { describe, expect, it } from "vitest";
import { DEVICE_MAX_AGE_S, deviceCookie, deviceToken, deviceUser } from "./device";

const SECRET = "s".repeat(40);

describe("the known-device cookie", () => {
  it("vouches for the account it was issued to, signed with the secret", () => {
    expect(deviceUser(deviceToken("user1", SECRET), SECRET)).toBe("user1");
  });

  it("is refused when forged, signed with another secret, altered or expired", () => {
    const token = deviceToken("user1", SECRET);
    expect(deviceUser(deviceToken("user1", "t".repeat(40)), SECRET)).toBeNull();
    expect(deviceUser(token.replace("user1", "user2"), SECRET)).toBeNull();
    expect(deviceUser("user1.1.abc", SECRET)).toBeNull();
    expect(deviceUser(undefined, SECRET)).toBeNull();
    const old = deviceToken("user1", SECRET, 0);
    expect(deviceUser(old, SECRET, (DEVICE_MAX_AGE_S + 1) * 1000)).toBeNull();
  });

  it("is Secure when the portal is https", () => {
    expect(deviceCookie("https://inovasi.contoh.go.id")).toMatchObject({
      name: "__Secure-inovasi.device",
      options: { secure: true, httpOnly: true },
    });
    expect(deviceCookie("http://localhost:3000").options.secure).toBe(false);
  });
});
