// The OpenAPI 3.1 description of the open-data API, written by hand from the same constants the
// handlers use (facet values, limits, item keys), so the two cannot drift far apart.
import { URUSAN } from "@/lib/reference";
import { BENTUK, JENIS, TAHAPAN } from "@/lib/innovations/rules/form/sections";
import { REGION_CODE } from "@/lib/catalog/schemas";
import { DEFAULT_LIMIT, MAX_LIMIT, RATE_LIMIT } from "./limits";

const arrayParam = (name: string, description: string, items: Record<string, unknown>) => ({
  name,
  in: "query",
  description: `${description} Repeat the parameter for several values (OR).`,
  required: false,
  style: "form",
  explode: true,
  schema: { type: "array", items },
});

const str = { type: "string" };
const nullableStr = { type: ["string", "null"] };
const problem = {
  description: "Problem (RFC 9457)",
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
};
const tooMany = {
  description: `More than ${RATE_LIMIT.limit} requests in a minute from this IP address.`,
  headers: {
    "Retry-After": { schema: { type: "integer" }, description: "Seconds until the window resets." },
  },
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
};
const cached = {
  ETag: { schema: str, description: "Weak validator of the body; send it back in If-None-Match." },
  "Last-Modified": { schema: str, description: "Latest change among the records returned." },
  "Cache-Control": { schema: str, description: "public, max-age=60" },
};
const conditional = [
  { name: "If-None-Match", in: "header", required: false, schema: str },
  { name: "If-Modified-Since", in: "header", required: false, schema: str },
];

const regionParam = arrayParam(
  "daerah",
  "Region code (Region.code, the Ministry of Home Affairs code, e.g. 3398): only that region's records. A well-formed code that names no region matches nothing.",
  { type: "string", pattern: REGION_CODE.source },
);

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Inovasi Daerah — Open data API",
      version: "1.0.0",
      description:
        "Read-only data on published regional innovations and published competition results. Only approved innovations that their OPD made public appear; internal fields and internal documents never do.",
      license: { name: "CC BY 4.0", identifier: "CC-BY-4.0" },
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/v1/inovasi": {
        get: {
          operationId: "listInnovations",
          summary: "Public innovations, filtered like the catalogue, paged by cursor (ordered by id).",
          parameters: [
            {
              name: "q",
              in: "query",
              required: false,
              description: "Full-text search (Indonesian).",
              schema: { type: "string", maxLength: 200 },
            },
            regionParam,
            arrayParam("opd", "OPD id.", { type: "string", pattern: "^[a-z0-9]{8,40}$" }),
            arrayParam("urusan", "Government affair (urusan pemerintahan).", {
              type: "string",
              enum: [...URUSAN],
            }),
            arrayParam("bentuk", "Form of the innovation.", { type: "string", enum: [...BENTUK] }),
            arrayParam("jenis", "Kind.", { type: "string", enum: [...JENIS] }),
            arrayParam("tahapan", "Stage.", { type: "string", enum: [...TAHAPAN] }),
            arrayParam("sdg", "SDG goal number.", { type: "integer", minimum: 1, maximum: 17 }),
            arrayParam("tahun", "Year.", { type: "integer", minimum: 1990, maximum: 2100 }),
            arrayParam("penghargaan", "Has an award.", { type: "string", enum: ["ya", "tidak"] }),
            arrayParam("replikasi", "Has been replicated.", { type: "string", enum: ["ya", "tidak"] }),
            {
              name: "limit",
              in: "query",
              required: false,
              schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
            },
            {
              name: "cursor",
              in: "query",
              required: false,
              description: "The next_cursor of the previous page.",
              schema: str,
            },
            ...conditional,
          ],
          responses: {
            "200": {
              description: "One page.",
              headers: cached,
              content: { "application/json": { schema: { $ref: "#/components/schemas/InnovationPage" } } },
            },
            "304": { description: "Not modified." },
            "400": problem,
            "429": tooMany,
          },
        },
      },
      "/api/v1/inovasi/{id}": {
        get: {
          operationId: "getInnovation",
          summary: "One public innovation with the download URLs of its public documents.",
          parameters: [{ name: "id", in: "path", required: true, schema: str }, ...conditional],
          responses: {
            "200": {
              description: "The innovation.",
              headers: cached,
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: { data: { $ref: "#/components/schemas/Innovation" } },
                  },
                },
              },
            },
            "304": { description: "Not modified." },
            "404": problem,
            "429": tooMany,
          },
        },
      },
      "/api/v1/inovasi.csv": {
        get: {
          operationId: "exportInnovations",
          summary:
            "The whole public catalogue as CSV (UTF-8 with byte-order mark, CRLF), or one region's part of it.",
          parameters: [regionParam],
          responses: {
            "200": { description: "CSV file.", content: { "text/csv": { schema: str } } },
            "400": problem,
            "429": tooMany,
          },
        },
      },
      "/api/v1/kompetisi": {
        get: {
          operationId: "listCompetitions",
          summary:
            "Competitions with published results; resultsUrl serves the canonical JSON whose SHA-256 is contentHash.",
          parameters: [regionParam, ...conditional],
          responses: {
            "200": {
              description: "Competitions.",
              headers: cached,
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: {
                      data: { type: "array", items: { $ref: "#/components/schemas/Competition" } },
                    },
                  },
                },
              },
            },
            "304": { description: "Not modified." },
            "400": problem,
            "429": tooMany,
          },
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "openapi",
          summary: "This document.",
          responses: { "200": { description: "OpenAPI 3.1" } },
        },
      },
    },
    components: {
      schemas: {
        Problem: {
          type: "object",
          properties: {
            type: str,
            title: str,
            status: { type: "integer" },
            detail: str,
            errors: { type: "array", items: { type: "object", properties: { param: str, message: str } } },
          },
        },
        InnovationSummary: {
          type: "object",
          properties: {
            id: str,
            url: str,
            title: str,
            summary: str,
            opd: { type: "object", properties: { id: str, name: str } },
            region: {
              type: "object",
              description: "The region of the innovation's OPD: its Kemendagri code and name.",
              properties: { code: str, name: str },
            },
            year: { type: "integer" },
            urusan: nullableStr,
            bentuk: nullableStr,
            jenis: nullableStr,
            tahapan: nullableStr,
            sdgs: { type: "array", items: { type: "integer" } },
            hasAward: { type: "boolean" },
            replications: { type: "integer" },
            rating: { type: ["number", "null"] },
            ratingCount: { type: "integer" },
            approvedAt: { type: ["string", "null"], format: "date-time" },
            updatedAt: { type: "string", format: "date-time" },
          },
        },
        InnovationPage: {
          type: "object",
          required: ["data", "next_cursor"],
          properties: {
            data: { type: "array", items: { $ref: "#/components/schemas/InnovationSummary" } },
            next_cursor: { type: ["string", "null"], description: "null on the last page." },
            count: { type: "integer", description: "How many innovations match the filters in all." },
          },
        },
        Innovation: {
          type: "object",
          description: "The public record of one innovation (the fields shown on its catalogue page).",
          properties: {
            id: str,
            title: str,
            documents: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  id: str,
                  kind: str,
                  fileName: str,
                  mimeType: str,
                  sizeBytes: { type: "integer" },
                  url: str,
                },
              },
            },
          },
          additionalProperties: true,
        },
        Competition: {
          type: "object",
          properties: {
            id: str,
            name: str,
            year: { type: "integer" },
            region: str,
            publication: { type: "integer" },
            publishedAt: { type: "string", format: "date-time" },
            contentHash: str,
            resultsUrl: str,
          },
        },
      },
    },
  } as const;
}
