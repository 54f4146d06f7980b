import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

const from = (headers: Record<string, string>) => (name: string) => headers[name] ?? null;

describe("clientIpFrom", () => {
  it.each([
    // [X-Forwarded-For, X-Real-IP, trusted hops, expected]
    ["203.0.113.7", "", 1, "203.0.113.7"],
    // A client that sends its own X-Forwarded-For cannot choose its address: the proxy's entry is the last one.
    ["1.2.3.4, 203.0.113.7", "", 1, "203.0.113.7"],
    ["1.2.3.4, 203.0.113.7, 10.0.0.2", "", 2, "203.0.113.7"],
    // More hops configured than entries: the leftmost entry is the best there is.
    ["203.0.113.7", "", 3, "203.0.113.7"],
    [" 203.0.113.7 ,, ", "", 1, "203.0.113.7"],
    ["", "198.51.100.9", 1, "198.51.100.9"],
    ["", "", 1, null],
    // No trusted proxy: the headers are the client's own words.
    ["203.0.113.7", "198.51.100.9", 0, null],
  ])("X-Forwarded-For %j, X-Real-IP %j, %i hop(s) → %j", (xff, realIp, hops, expected) => {
    const headers: Record<string, string> = {};
    if (xff) headers["x-forwarded-for"] = xff;
    if (realIp) headers["x-real-ip"] = realIp;
    expect(clientIpFrom(from(headers), hops)).toBe(expected);
  });
});
