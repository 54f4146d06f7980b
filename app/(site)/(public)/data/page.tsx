import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { absoluteUrl } from "@/lib/http/site-url";
import { BENTUK, JENIS, TAHAPAN } from "@/lib/innovations/rules/form/sections";
import { DEFAULT_LIMIT, MAX_LIMIT, RATE_LIMIT } from "@/lib/opendata/rules/limits";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("opendata");
  return { title: t("title"), description: t("lead") };
}

const ENDPOINTS = [
  { path: "/api/v1/inovasi", key: "list" },
  { path: "/api/v1/inovasi/{id}", key: "one" },
  { path: "/api/v1/inovasi.csv", key: "csv" },
  { path: "/api/v1/kompetisi", key: "competitions" },
  { path: "/api/v1/openapi.json", key: "openapi" },
] as const;

const PARAMS = [
  { name: "q", values: "teks" },
  { name: "daerah", values: "3398, 33, …" },
  { name: "opd", values: "id" },
  { name: "urusan", values: "Kesehatan, Pendidikan, …" },
  { name: "bentuk", values: BENTUK.join(", ") },
  { name: "jenis", values: JENIS.join(", ") },
  { name: "tahapan", values: TAHAPAN.join(", ") },
  { name: "sdg", values: "1–17" },
  { name: "tahun", values: "2024, …" },
  { name: "penghargaan", values: "ya, tidak" },
  { name: "replikasi", values: "ya, tidak" },
  { name: "limit", values: `1–${MAX_LIMIT}` },
  { name: "cursor", values: "next_cursor" },
] as const;

const SECTIONS = ["endpoints", "params", "paging", "caching", "examples", "licence"] as const;

const th = "border-b border-slate-300 px-3 py-2 text-left font-semibold";
const td = "border-b border-slate-200 px-3 py-2 align-top";

function Code({ children }: { children: string }) {
  return (
    // Focusable so a keyboard user can scroll a long line (axe: scrollable-region-focusable).
    <pre
      tabIndex={0}
      className="overflow-x-auto rounded bg-slate-900 p-3 text-sm text-slate-50 focus:outline-2 focus:outline-offset-2 focus:outline-brand-700"
    >
      <code>{children}</code>
    </pre>
  );
}

export default async function OpenDataPage() {
  const t = await getTranslations("opendata");
  const base = absoluteUrl("/").replace(/\/$/, "");
  const titles: Record<(typeof SECTIONS)[number], string> = {
    endpoints: t("endpointsTitle"),
    params: t("paramsTitle"),
    paging: t("pagingTitle"),
    caching: t("cachingTitle"),
    examples: t("examplesTitle"),
    licence: t("licenceTitle"),
  };

  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <header className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700">{t("lead")}</p>
        <p className="text-slate-700">{t("scope")}</p>
        <p className="flex flex-wrap gap-3">
          <a
            href="/api/v1/openapi.json"
            className="rounded border border-brand-700 px-3 py-2 font-medium text-brand-800 hover:bg-brand-50"
          >
            {t("openapiLink")}
          </a>
          <a
            href="/api/v1/inovasi.csv"
            className="rounded border border-brand-700 px-3 py-2 font-medium text-brand-800 hover:bg-brand-50"
          >
            {t("csvLink")}
          </a>
        </p>
      </header>

      <nav aria-label={t("contents")}>
        <ul className="flex flex-wrap gap-2 text-sm">
          {SECTIONS.map((s) => (
            <li key={s}>
              <a
                href={`#${s}`}
                className="inline-block rounded border border-slate-300 bg-white px-2 py-1 text-brand-800 underline-offset-2 hover:underline"
              >
                {titles[s]}
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section id="endpoints" aria-labelledby="endpoints-h" className="flex flex-col gap-3">
        <h2 id="endpoints-h" className="text-xl font-semibold">
          {titles.endpoints}
        </h2>
        <div className="overflow-x-auto" role="region" aria-labelledby="endpoints-h" tabIndex={0}>
          <table className="w-full border-collapse text-sm" data-testid="endpoints">
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t("method")}
                </th>
                <th scope="col" className={th}>
                  {t("path")}
                </th>
                <th scope="col" className={th}>
                  {t("description")}
                </th>
              </tr>
            </thead>
            <tbody>
              {ENDPOINTS.map((e) => (
                <tr key={e.path}>
                  <td className={td}>GET</td>
                  <td className={td}>
                    <code className="whitespace-nowrap">{e.path}</code>
                  </td>
                  <td className={td}>{t(`endpoints.${e.key}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section id="params" aria-labelledby="params-h" className="flex flex-col gap-3">
        <h2 id="params-h" className="text-xl font-semibold">
          {titles.params}
        </h2>
        <div className="overflow-x-auto" role="region" aria-labelledby="params-h" tabIndex={0}>
          <table className="w-full border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t("param")}
                </th>
                <th scope="col" className={th}>
                  {t("values")}
                </th>
                <th scope="col" className={th}>
                  {t("description")}
                </th>
              </tr>
            </thead>
            <tbody>
              {PARAMS.map((p) => (
                <tr key={p.name}>
                  <td className={td}>
                    <code>{p.name}</code>
                  </td>
                  <td className={td}>
                    <code className="break-words">{p.values}</code>
                  </td>
                  <td className={td}>{t(`params.${p.name}`, { max: MAX_LIMIT, default: DEFAULT_LIMIT })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="text-slate-700">{t("repeat")}</p>
      </section>

      <section id="paging" aria-labelledby="paging-h" className="flex flex-col gap-3">
        <h2 id="paging-h" className="text-xl font-semibold">
          {titles.paging}
        </h2>
        <p className="text-slate-700">{t("paging")}</p>
      </section>

      <section id="caching" aria-labelledby="caching-h" className="flex flex-col gap-3">
        <h2 id="caching-h" className="text-xl font-semibold">
          {titles.caching}
        </h2>
        <p className="text-slate-700">{t("caching")}</p>
        <p className="text-slate-700">{t("rateLimit", { limit: RATE_LIMIT.limit })}</p>
      </section>

      <section id="examples" aria-labelledby="examples-h" className="flex flex-col gap-3">
        <h2 id="examples-h" className="text-xl font-semibold">
          {titles.examples}
        </h2>
        <p>{t("exampleList")}</p>
        <Code>{`curl '${base}/api/v1/inovasi?jenis=DIGITAL&tahapan=PENERAPAN&limit=2'`}</Code>
        <Code>{`{
  "data": [
    { "id": "…", "url": "/katalog/…", "title": "…", "summary": "…",
      "opd": { "id": "…", "name": "…" }, "year": 2024, "urusan": "Kesehatan",
      "bentuk": "PELAYANAN_PUBLIK", "jenis": "DIGITAL", "tahapan": "PENERAPAN",
      "sdgs": [3], "hasAward": false, "replications": 0, "rating": 4.5,
      "ratingCount": 2, "approvedAt": "…", "updatedAt": "…" }
  ],
  "next_cursor": "eyJpZCI6Ii4uLiJ9",
  "count": 14
}`}</Code>
        <p>{t("exampleNext")}</p>
        <Code>{`curl '${base}/api/v1/inovasi?jenis=DIGITAL&tahapan=PENERAPAN&limit=2&cursor=eyJpZCI6Ii4uLiJ9'`}</Code>
        <p>{t("exampleOne")}</p>
        <Code>{`curl '${base}/api/v1/inovasi/<id>'`}</Code>
        <p>{t("exampleCsv")}</p>
        <Code>{`curl -o katalog.csv '${base}/api/v1/inovasi.csv'`}</Code>
        <p>{t("exampleRegion")}</p>
        <Code>{`curl -o katalog-3398.csv '${base}/api/v1/inovasi.csv?daerah=3398'`}</Code>
        <Code>{`curl '${base}/api/v1/kompetisi?daerah=3398'`}</Code>
        <p>{t("exampleConditional")}</p>
        <Code>{`curl -i -H 'If-None-Match: W/"…"' '${base}/api/v1/kompetisi'`}</Code>
      </section>

      <section id="licence" aria-labelledby="licence-h" className="flex flex-col gap-3">
        <h2 id="licence-h" className="text-xl font-semibold">
          {titles.licence}
        </h2>
        <p className="text-slate-700">{t("licence")}</p>
      </section>
    </div>
  );
}
