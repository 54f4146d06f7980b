import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ActionError } from "@/lib/action-types";

const user = {
  id: "u1",
  name: "Operator",
  email: "operator@inovasi.test",
  role: "OPD_OPERATOR" as const,
  opdId: "o1",
  regionId: "r1",
  opdActive: true,
};
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: () => Promise.resolve(user) }));
vi.mock("@/lib/request-context", () => ({
  requestContext: () => Promise.resolve({ requestId: "req-1", ip: "127.0.0.1" }),
}));
vi.mock("next-intl/server", () => {
  const t = Object.assign((key: string) => key, { has: () => true });
  return { getTranslations: () => Promise.resolve(t), getFormatter: () => Promise.resolve({}) };
});
const { action } = await import("./action");
const { log } = await import("./log");

const schema = z.object({ title: z.string().max(10) });

describe("the action wrapper's answer to a failure inside the domain call", () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    vi.spyOn(log, "warn").mockImplementation(() => {});
    vi.spyOn(log, "error").mockImplementation(() => {});
  });

  it("is retryable, and not logged as an error, when the database cannot answer (pool timeout)", async () => {
    const poolTimeout = Object.assign(
      new Error("Timed out fetching a new connection from the connection pool"),
      {
        code: "P2024",
      },
    );
    const run = action({ permission: "innovation.edit", schema }, () => Promise.reject(poolTimeout));
    expect(await run(null, { title: "Judul" })).toEqual({
      ok: false,
      message: "errors.unavailable",
      retryable: true,
    });
    expect(log.error).not.toHaveBeenCalled();
  });

  it("is a plain failure, logged with the request id, for a bug", async () => {
    const run = action({ permission: "innovation.edit", schema }, () =>
      Promise.reject(new TypeError("x is undefined")),
    );
    const result = await run(null, { title: "Judul" });
    expect(result).toEqual({ ok: false, message: "errors.unexpected" });
    expect(log.error).toHaveBeenCalledWith("action failed", expect.objectContaining({ requestId: "req-1" }));
  });

  it("is the domain's own message for an expected refusal, never retryable", async () => {
    const run = action({ permission: "innovation.edit", schema }, () =>
      Promise.reject(new ActionError("errors.notFound")),
    );
    expect(await run(null, { title: "Judul" })).toEqual({ ok: false, message: "errors.notFound" });
  });
});
