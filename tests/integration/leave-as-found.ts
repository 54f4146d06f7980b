// Every integration file shares one database (global-setup.ts), so a row one file leaves behind
// can change what another file finds, and the outcome would depend on the order of the files.
// Each file must leave the shared database exactly as it found it: the content of every table
// is compared after the file's own clean-up (after-hooks run in reverse, so this one runs last).
// Mail queued by the file's domain calls (every notification is also mailed) is removed here first, with its
// jobs on the queue: a file need not clean up the mail its events cause.
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { changedTables, tableChecksums, type Checksums } from "./checksums";

let before: Checksums;
let mailIds: string[] = [];
let jobIds: string[] = [];

async function withClient<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  before = await tableChecksums(inject("databaseUrl"));
  await withClient(async (c) => {
    mailIds = (await c.query<{ id: string }>(`SELECT id FROM "MailMessage"`)).rows.map((r) => r.id);
    jobIds = (await c.query<{ id: string }>(`SELECT id::text FROM pgboss.job`)).rows.map((r) => r.id);
  });
});

afterAll(async () => {
  await withClient(async (c) => {
    await c.query(`DELETE FROM "MailMessage" WHERE NOT (id = ANY($1::text[]))`, [mailIds]);
    await c.query(`DELETE FROM pgboss.job WHERE NOT (id::text = ANY($1::text[]))`, [jobIds]);
  });
  const changed = changedTables(before, await tableChecksums(inject("databaseUrl")));
  if (changed.length > 0)
    throw new Error(`this file left rows behind in the shared test database: ${changed.join(", ")}`);
});
