import { expect, test } from "@playwright/test";

// An address whose path is not valid percent-encoding (a broken link, a scanner) is the client's error: 400,
// never a 500 from the server. Query strings are read leniently and keep answering as before.

const MALFORMED = [
  "/%",
  "/%ZZ",
  "/%C3%28",
  "/katalog/%C3%28",
  "/katalog/%E0%A4%A",
  "/katalog/%",
  "/katalog/%C3",
  "/katalog/%C3%28/masukan",
  "/katalog/cari/q=%C3%28",
  "/katalog/cari/%FF",
  "/katalog-halaman/id/%C3%28",
  "/kompetisi/%C3%28",
  "/kompetisi/%C3%28/hasil",
  "/kompetisi/%C3%28/sanggahan",
  "/inovasi/%C3%28",
  "/admin/kompetisi/%C3%28",
  "/statistik/%C3%28/csv",
  "/setel-sandi/%C3%28",
  "/api/v1/inovasi/%C3%28",
  "/api/v1/inovasi/%",
  "/api/katalog/dokumen/%C3%28",
  "/api/lampiran/%C3%28",
  "/api/publik/kompetisi/%C3%28/hasil",
  "/sitemap/%C3%28.xml",
  "/robots.txt%C3%28",
  "/_next/static/%C3%28",
  "/tidak-ada/%80",
];

test("malformed percent-encoding in a path answers 400, not 500", async ({ request }) => {
  const statuses: Record<string, number> = {};
  for (const path of MALFORMED) statuses[path] = (await request.get(path, { maxRedirects: 0 })).status();
  const failed = Object.entries(statuses).filter(([, status]) => status >= 500);
  expect(failed).toEqual([]);
  for (const [path, status] of Object.entries(statuses)) expect([400, 404], path).toContain(status);

  const post = await request.post("/katalog/%C3%28/masukan", { form: { rating: "4" }, maxRedirects: 0 });
  expect(post.status()).toBe(400);
});

test("well-formed addresses with encoded characters still answer as before", async ({ request }) => {
  expect((await request.get("/katalog/cari/q=air%20bersih")).status()).toBe(200);
  expect((await request.get("/katalog?q=%C3%28")).status()).toBe(200);
  expect((await request.get("/katalog/%C3%A9")).status()).toBe(404);
});
