import type { TestProject } from "vitest/node";
import { migrate } from "../../lib/db/migrate";
import { createDatabase, dropDatabase } from "./db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** One migrated database for the integration run; files that need more create their own. */
export default async function setup(project: TestProject) {
  const db = await createDatabase("inovasi_it");
  await migrate(db.url);
  project.provide("databaseUrl", db.url);
  return async () => {
    await dropDatabase(db.name);
  };
}
