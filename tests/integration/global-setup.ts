import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { seed } from "../../prisma/seed";
import { createDatabase, dropDatabase } from "./db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One migrated and seeded database for the integration run; files that need more create their own.
 * Seeded here, before any file, so every file finds the same demo data whichever runs first.
 */
export default async function setup(project: TestProject) {
  const db = await createDatabase("inovasi_it");
  await migrate(db.url);
  const client = createPrismaClient(db.url, 2);
  try {
    await seed(client);
  } finally {
    await client.$disconnect();
  }
  project.provide("databaseUrl", db.url);
  return async () => {
    await dropDatabase(db.name);
  };
}
