import { absoluteUrl } from "@/lib/http/site-url";
import { BASE_HEADERS } from "@/lib/http/opendata";
import { openApiDocument } from "@/lib/opendata/rules/openapi";

export const dynamic = "force-dynamic";

/** The OpenAPI 3.1 description of the open-data API. */
export function GET() {
  return new Response(`${JSON.stringify(openApiDocument(absoluteUrl("/").replace(/\/$/, "")), null, 2)}\n`, {
    headers: {
      ...BASE_HEADERS,
      "Content-Type": "application/json; charset=utf-8",
      "Cache-Control": "public, max-age=3600",
    },
  });
}
