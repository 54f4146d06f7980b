// Public, read-only: the JSON Schema of the scoring input a publication carries (its `input`), so that anyone can
// check a published ranking with tools of their own. The file is generated from lib/scoring/io/schema.ts.
import schema from "@/docs/ranking-input.schema.json";

export const dynamic = "force-static";

export function GET() {
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/schema+json; charset=utf-8",
      "Content-Disposition": 'inline; filename="ranking-input.schema.json"',
      "Cache-Control": "public, max-age=3600",
    },
  });
}
