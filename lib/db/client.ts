// Builds a Prisma client on the pg adapter. The web app holds one per process (lib/db/index.ts);
// scripts and tests build their own with this function.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string, max = 10) {
  const adapter = new PrismaPg({ connectionString, max, connectionTimeoutMillis: 5_000 });
  // Password hashes never leave the database unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
