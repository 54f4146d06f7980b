// Every integration file shares one database (global-setup.ts), so a row one file leaves behind
// can change what another file finds, and the outcome would depend on the order of the files.
// Each file must leave the shared database exactly as it found it: the content of every table
// is compared after the file's own clean-up (after-hooks run in reverse, so this one runs last).
import { afterAll, beforeAll, inject } from "vitest";
import { changedTables, tableChecksums, type Checksums } from "./checksums";

let before: Checksums;

beforeAll(async () => {
  before = await tableChecksums(inject("databaseUrl"));
});

afterAll(async () => {
  const changed = changedTables(before, await tableChecksums(inject("databaseUrl")));
  if (changed.length > 0)
    throw new Error(`this file left rows behind in the shared test database: ${changed.join(", ")}`);
});
