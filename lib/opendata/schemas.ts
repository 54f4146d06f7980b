// The open-data API's query strings: the list's facets, `q`, `limit` and an opaque cursor, and the
// `daerah` codes of the download and the competition list. Errors name the bad parameters.
import { z } from "zod";
import { parseCatalogQuery, REGION_CODE, type CatalogQuery } from "@/lib/catalog/schemas";
import { hasControlCharacters } from "@/lib/validation/text";
import { DEFAULT_LIMIT, MAX_LIMIT } from "./rules/limits";

/** An innovation's id as the API accepts it, in a path or a cursor. */
export const INNOVATION_ID = /^[a-z0-9]{8,40}$/;

export function encodeCursor(id: string): string {
  return Buffer.from(JSON.stringify({ id }), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): string | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { id?: unknown };
    return typeof v.id === "string" && INNOVATION_ID.test(v.id) ? v.id : null;
  } catch {
    return null;
  }
}

const pagingSchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
  cursor: z
    .string()
    .max(200)
    .transform((c, ctx) => {
      const id = decodeCursor(c);
      if (!id) ctx.addIssue({ code: "custom", message: "invalid cursor" });
      return id ?? "";
    })
    .optional(),
});

export type ListParams = { query: CatalogQuery; limit: number; after: string | null };
export type ParamError = { param: string; message: string };

/** The list's query string: the catalogue's facets and `q`, `limit`, `cursor`. Errors name the bad parameters. */
export function parseListParams(
  search: URLSearchParams,
): { ok: true; params: ListParams } | { ok: false; errors: ParamError[] } {
  const errors: ParamError[] = [];
  const { query, dropped } = parseCatalogQuery(search);
  // The catalogue's pages read a control character in q as a space; an API client is told instead.
  if (search.getAll("q").some(hasControlCharacters))
    errors.push({ param: "q", message: "must not contain control characters" });
  for (const p of dropped)
    if (p !== "urut" && p !== "page") errors.push({ param: p, message: "unknown or malformed value" });
  const paging = pagingSchema.safeParse({
    limit: search.get("limit") || undefined,
    cursor: search.get("cursor") || undefined,
  });
  if (!paging.success)
    for (const i of paging.error.issues) errors.push({ param: String(i.path[0]), message: i.message });
  if (errors.length || !paging.success) return { ok: false, errors };
  return { ok: true, params: { query, limit: paging.data.limit, after: paging.data.cursor || null } };
}

/** The `daerah` parameter of the download and the competition list: region codes, as the list reads them. */
export function parseRegionCodes(
  search: URLSearchParams,
): { ok: true; codes: string[] } | { ok: false; errors: ParamError[] } {
  const values = search
    .getAll("daerah")
    .map((v) => v.trim())
    .filter(Boolean)
    .slice(0, 30);
  if (values.some((v) => !REGION_CODE.test(v)))
    return { ok: false, errors: [{ param: "daerah", message: "unknown or malformed value" }] };
  return { ok: true, codes: [...new Set(values)] };
}
