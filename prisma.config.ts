import { defineConfig } from "prisma/config";

// The Prisma CLI is used here only for `prisma generate` (see docs/decisions/002-migrations.md).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
