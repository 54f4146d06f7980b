// Public scoring-input export: schema, mapping to the engine, output formatting. Server-side reading from the
// database is in ./export (exportCompetition); the command line is scripts/ranking.ts. See docs/ranking-export.md.
export * from "./schema";
export { formatTable, rankingJson } from "./format";
// Without the formatting (and its translator): what the server and the demo seed need.
export { rankExport } from "./rank";
