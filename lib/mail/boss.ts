// The mail queue on pg-boss (docs/decisions/012-mail-queue.md). pg-boss never opens a connection of its own here:
// every statement runs through an executor over a connection the portal already holds — the migration runner's
// client, the process's pg pool, or the caller's Prisma transaction — so on the embedded database (one PGlite
// session behind a pool of one) its statements queue up with the portal's own instead of interleaving with them.
import PgBoss from "pg-boss";

const BOSS_SCHEMA = "pgboss";
export const MAIL_QUEUE = "mail-send";
/** The hourly job that sends the stage reminders (sendStageReminders in lib/notifications/service.ts). */
export const REMINDER_QUEUE = "stage-reminders";
/** Five past every hour; pg-boss lets one instance of the workers create each scheduled job. */
export const REMINDER_CRON = "5 * * * *";

/** Retries of a failed delivery, with exponential backoff from RETRY_DELAY_SECONDS (about 21 minutes in all). */
const MAIL_RETRY = { retryLimit: 8, retryDelay: 5, retryBackoff: true } as const;

export type SqlExecutor = PgBoss.Db;

type Queryable = { query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> };
type RawTx = { $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T> };

/** Statements on a pg Client or Pool (the migration runner's client, the worker's pool). */
export function queryableExecutor(q: Queryable): SqlExecutor {
  return {
    executeSql: async (text, values) => {
      const result = await q.query(text, values ?? []);
      return { rows: result.rows };
    },
  };
}

/** Statements inside the caller's Prisma transaction: what they write commits or rolls back with it. */
export function transactionExecutor(tx: RawTx): SqlExecutor {
  return {
    executeSql: async (text, values) => ({
      rows: await tx.$queryRawUnsafe<unknown[]>(text, ...(values ?? [])),
    }),
  };
}

export function createBoss(db: SqlExecutor, options: PgBoss.ConstructorOptions = {}): PgBoss {
  return new PgBoss({ db, schema: BOSS_SCHEMA, schedule: false, supervise: false, ...options });
}

/**
 * Creates (or upgrades) pg-boss's own schema, the mail queue and the reminders' queue. Runs with the migrations, so
 * a server that only enqueues finds the queue there; idempotent.
 */
export async function installMailQueue(db: SqlExecutor): Promise<void> {
  const boss = createBoss(db, { migrate: true });
  boss.on("error", () => {});
  await boss.start();
  try {
    if (!(await boss.getQueue(MAIL_QUEUE)))
      await boss.createQueue(MAIL_QUEUE, { name: MAIL_QUEUE, ...MAIL_RETRY });
    if (!(await boss.getQueue(REMINDER_QUEUE)))
      // A run that fails is not retried: the next hour's run sends what is still due.
      await boss.createQueue(REMINDER_QUEUE, {
        name: REMINDER_QUEUE,
        retryLimit: 0,
        expireInSeconds: 15 * 60,
      });
  } finally {
    await boss.stop({ graceful: false, close: false });
  }
}
