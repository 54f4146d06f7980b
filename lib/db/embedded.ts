// The embedded database for a newcomer's machine: PGlite (PostgreSQL compiled to WebAssembly)
// persisted under .data/, served on a free local port by pglite-socket so the portal talks to
// it through the same pg adapter as to a real server. See docs/decisions/001-embedded-database.md.
import { mkdir } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = { url: string; stop(): Promise<void> };

/** Starts PGlite on `dataDir` ("memory://" for a throw-away database) and serves it on 127.0.0.1. */
export async function startEmbeddedDatabase(dataDir: string, port = 0): Promise<EmbeddedDatabase> {
  if (!dataDir.startsWith("memory://")) await mkdir(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent } });
  // PGlite has one session; the app uses a single pooled connection (DATABASE_POOL_MAX=1) so
  // transactions never interleave, and a few spare connections let psql or a script look in.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 4 });
  await server.start();
  const address = server.getServerConn();
  const url = `postgresql://postgres:postgres@${address}/postgres?sslmode=disable`;
  return {
    url,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
