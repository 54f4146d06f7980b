import { describe, expect, it } from "vitest";
import { keepTrying } from "./keep-trying";

function failing(times: number) {
  let calls = 0;
  return {
    start: () =>
      ++calls <= times ? Promise.reject(new Error(`down ${calls}`)) : Promise.resolve(`up ${calls}`),
    calls: () => calls,
  };
}

describe("keepTrying", () => {
  it("tries again after each failure, waiting twice as long up to the limit, until it starts", async () => {
    const waits: number[] = [];
    const errors: string[] = [];
    const f = failing(5);
    const result = await keepTrying(f.start, {
      onError: (err, attempt, delay) => errors.push(`${attempt}:${(err as Error).message}:${delay}`),
      sleep: (ms) => (waits.push(ms), Promise.resolve()),
      maxDelayMs: 8_000,
    });
    expect(result).toBe("up 6");
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 8_000]);
    expect(errors[0]).toBe("1:down 1:1000");
    expect(errors).toHaveLength(5);
  });

  it("starts at once when nothing fails", async () => {
    const f = failing(0);
    expect(
      await keepTrying(f.start, { onError: () => {}, sleep: () => Promise.reject(new Error("no wait")) }),
    ).toBe("up 1");
    expect(f.calls()).toBe(1);
  });

  it("gives up with null once cancelled, without another attempt", async () => {
    let stopping = false;
    const f = failing(100);
    const result = await keepTrying(f.start, {
      onError: () => {},
      sleep: () => {
        stopping = f.calls() === 2;
        return Promise.resolve();
      },
      cancelled: () => stopping,
    });
    expect(result).toBeNull();
    expect(f.calls()).toBe(2);
  });
});
