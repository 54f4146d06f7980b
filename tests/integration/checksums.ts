// A fingerprint of a database's content: one md5 per table over its rows' text, in a stable
// order. Two fingerprints that differ name exactly the tables whose rows changed.
import pg from "pg";

export type Checksums = Record<string, string>;

const TABLES = `
  SELECT table_schema AS schema, table_name AS name
  FROM information_schema.tables
  WHERE table_type = 'BASE TABLE'
    AND table_schema NOT IN ('pg_catalog', 'information_schema')
    AND table_name <> '_prisma_migrations'
  ORDER BY 1, 2`;

const ident = (s: string) => `"${s.replaceAll('"', '""')}"`;

export async function tableChecksums(url: string): Promise<Checksums> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ schema: string; name: string }>(TABLES);
    if (tables.length === 0) return {};
    const parts = tables.map(
      ({ schema, name }) =>
        `SELECT ${pg.escapeLiteral(`${schema}.${name}`)} AS t, count(*)::int AS n, ` +
        `coalesce(md5(string_agg(r::text, ',' ORDER BY r::text)), '') AS h ` +
        `FROM ${ident(schema)}.${ident(name)} r`,
    );
    const { rows } = await client.query<{ t: string; n: number; h: string }>(parts.join(" UNION ALL "));
    return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
  } finally {
    await client.end();
  }
}

/** The tables whose content differs between two fingerprints, with their row counts before → after. */
export function changedTables(before: Checksums, after: Checksums): string[] {
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return names
    .filter((t) => before[t] !== after[t])
    .map((t) => `${t} (${before[t]?.split(":")[0] ?? "-"} → ${after[t]?.split(":")[0] ?? "-"} rows)`);
}

/**
 * A cheap fingerprint for checking after every call whether anything was written: per table, the
 * row count and the newest row version (xmin); an insert or update makes a newer one, a delete
 * lowers the count. One connection and one query, so it can run after each of many calls.
 */
export async function writeWatcher(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows: tables } = await client.query<{ schema: string; name: string }>(TABLES);
  const sql = tables
    .map(
      ({ schema, name }) =>
        `SELECT ${pg.escapeLiteral(`${schema}.${name}`)} AS t, count(*)::int AS n, ` +
        `coalesce(max(xmin::text::bigint), 0)::text AS x FROM ${ident(schema)}.${ident(name)}`,
    )
    .join(" UNION ALL ");
  const read = async (): Promise<Checksums> => {
    const { rows } = await client.query<{ t: string; n: number; x: string }>(sql);
    return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.x}`]));
  };
  let last = await read();
  return {
    /** The tables written since the previous call (or since the watcher started). */
    async changed(ignore: ReadonlySet<string> = new Set()): Promise<string[]> {
      const now = await read();
      const keep = (c: Checksums) => Object.fromEntries(Object.entries(c).filter(([t]) => !ignore.has(t)));
      const changed = changedTables(keep(last), keep(now));
      last = now;
      return changed;
    },
    close: () => client.end(),
  };
}
