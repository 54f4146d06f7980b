import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

const PEER = "x-peer-address-test";
const from = (headers: Record<string, string>) => (name: string) => headers[name] ?? null;

describe("clientIpFrom", () => {
  it.each([
    // [X-Forwarded-For, X-Real-IP, socket address, trusted hops, expected]
    // No proxy in front: whatever the client writes in X-Forwarded-For or X-Real-IP, the socket's address counts.
    ["203.0.113.7", "198.51.100.9", "192.0.2.10", 0, "192.0.2.10"],
    ["1.2.3.4, 5.6.7.8, 203.0.113.7", "", "192.0.2.10", 0, "192.0.2.10"],
    ["", "", "192.0.2.10", 0, "192.0.2.10"],
    ["", "", "::ffff:192.0.2.10", 0, "192.0.2.10"],
    ["", "", "2001:db8::1", 0, "2001:db8::1"],
    // The server did not record the socket (a request before start-up finished): no address, never the client's.
    ["203.0.113.7", "198.51.100.9", "", 0, null],
    // One proxy: the entry it appended, the right-most.
    ["203.0.113.7", "", "10.0.0.2", 1, "203.0.113.7"],
    // A client that sends its own X-Forwarded-For cannot choose its address: the proxy's entry is the last one.
    ["1.2.3.4, 203.0.113.7", "", "10.0.0.2", 1, "203.0.113.7"],
    ["1.2.3.4, 203.0.113.7, 10.0.0.2", "", "10.0.0.3", 2, "203.0.113.7"],
    // More hops configured than entries: the leftmost entry is the best there is.
    ["203.0.113.7", "", "10.0.0.2", 3, "203.0.113.7"],
    [" 203.0.113.7 ,, ", "", "10.0.0.2", 1, "203.0.113.7"],
    ["", "198.51.100.9", "10.0.0.2", 1, "198.51.100.9"],
    // Behind a proxy, a request that did not come through it: the socket's address.
    ["", "", "10.0.0.2", 1, "10.0.0.2"],
    ["", "", "", 1, null],
  ])("X-Forwarded-For %j, X-Real-IP %j, socket %j, %i hop(s) → %j", (xff, realIp, socket, hops, expected) => {
    const headers: Record<string, string> = {};
    if (xff) headers["x-forwarded-for"] = xff;
    if (realIp) headers["x-real-ip"] = realIp;
    if (socket) headers[PEER] = socket;
    expect(clientIpFrom(from(headers), hops, PEER)).toBe(expected);
  });

  it("finds no address when the server has not recorded the socket's, whatever the client sends", () => {
    const forged = from({
      "x-forwarded-for": "203.0.113.7",
      "x-real-ip": "198.51.100.9",
      [PEER]: "192.0.2.1",
    });
    expect(clientIpFrom(forged, 0, undefined)).toBeNull();
  });
});
