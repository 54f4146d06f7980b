import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./unavailable";

// The shapes are those Prisma 7 and the pg adapter throw (seen in tests/integration/database-timeouts.test.ts).
const prismaRaw = (cause: Record<string, unknown>) =>
  Object.assign(new Error("Raw query failed."), {
    name: "PrismaClientKnownRequestError",
    code: "P2010",
    meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
  });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["no connection from the pool in time", new Error("timeout exceeded when trying to connect")],
    ["no answer on a connection", new Error("Query read timeout")],
    [
      "a new connection that never opened",
      new Error("Connection terminated due to connection timeout", {
        cause: new Error("Connection terminated unexpectedly"),
      }),
    ],
    ["the statement timeout", prismaRaw({ kind: "postgres", code: "57014", originalCode: "57014" })],
    ["an unreachable server", prismaRaw({ kind: "DatabaseNotReachable", host: "127.0.0.1", port: 1 })],
    ["too many connections", prismaRaw({ kind: "TooManyConnections" })],
    ["the pool timeout as Prisma names it", Object.assign(new Error("Timed out"), { code: "P2024" })],
    ["a server shutting down", Object.assign(new Error("terminating connection"), { code: "57P01" })],
    ["a lost connection", Object.assign(new Error("x"), { code: "08006" })],
    ["Prisma failing to start", Object.assign(new Error("x"), { name: "PrismaClientInitializationError" })],
  ])("%s: yes", (_what, err) => {
    expect(isDatabaseUnavailable(err)).toBe(true);
  });

  it.each([
    ["a unique violation", prismaRaw({ kind: "UniqueConstraintViolation" })],
    ["a syntax error", prismaRaw({ kind: "postgres", code: "42601", originalCode: "42601" })],
    ["a record not found", Object.assign(new Error("No record"), { code: "P2025" })],
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["not an error", "timeout exceeded"],
    ["nothing", undefined],
  ])("%s: no", (_what, err) => {
    expect(isDatabaseUnavailable(err)).toBe(false);
  });

  it("stops on a cause that points back at itself", () => {
    const err = new Error("a") as Error & { cause?: unknown };
    err.cause = err;
    expect(isDatabaseUnavailable(err)).toBe(false);
  });
});
