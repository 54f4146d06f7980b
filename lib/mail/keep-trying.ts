// Starting something that needs the database, again and again until it works: a server that starts while the
// database is slow or restarting must not stay without its mail worker until the next restart.

type KeepTryingOptions = {
  /** Called after each failure, before waiting `delayMs`. */
  onError: (err: unknown, attempt: number, delayMs: number) => void;
  /** True once the caller no longer wants the result (the process is stopping): no further attempt, null. */
  cancelled?: () => boolean;
  firstDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
};

/** A timer that does not hold the process open. */
function sleepUnref(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Runs `start` until it succeeds, waiting twice as long after each failure (1 s, 2 s, 4 s … at most a minute). */
export async function keepTrying<T>(start: () => Promise<T>, opts: KeepTryingOptions): Promise<T | null> {
  const { firstDelayMs = 1_000, maxDelayMs = 60_000, sleep = sleepUnref, cancelled = () => false } = opts;
  for (let attempt = 1; !cancelled(); attempt++) {
    try {
      return await start();
    } catch (err) {
      const delayMs = Math.min(maxDelayMs, firstDelayMs * 2 ** (attempt - 1));
      opts.onError(err, attempt, delayMs);
      await sleep(delayMs);
    }
  }
  return null;
}
