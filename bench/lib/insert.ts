// Bulk insert for the benchmarks' generated data: one multi-row INSERT … SELECT FROM unnest(…) per chunk.
import type pg from "pg";

/** A column's name and its SQL type (enums, timestamps and arrays of int included). */
export type Column = [name: string, type: string];

/**
 * Inserts `rows` (one value per column, in order) into `table`. int, numeric and bool travel as arrays of their own
 * type; everything else (text, enums, timestamps) as text[] cast in the SELECT; int[] columns as their text form
 * ('{1,2}') in a text[], cast likewise. Returns the number of rows.
 */
export async function insertRows(
  c: pg.ClientBase,
  table: string,
  columns: Column[],
  rows: unknown[][],
  chunk = 5_000,
): Promise<number> {
  const names = columns.map(([n]) => `"${n}"`).join(", ");
  const arrayType = (t: string) => (["int", "numeric", "bool"].includes(t) ? t : "text");
  const params = columns.map(([, t], i) => `$${i + 1}::${arrayType(t)}[]`).join(", ");
  const select = columns.map(([, t], i) => `c${i}::${t}`).join(", ");
  const alias = columns.map((_, i) => `c${i}`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${select} FROM unnest(${params}) AS u(${alias})`;
  for (let at = 0; at < rows.length; at += chunk) {
    const part = rows.slice(at, at + chunk);
    await c.query(
      sql,
      columns.map((_, i) => part.map((r) => r[i])),
    );
  }
  return rows.length;
}
