import { expect, test, type Page } from "@playwright/test";
import { seriousViolations } from "./axe";

// The public catalogue, as a visitor without an account uses it (demo catalogue from
// prisma/demo-catalog.ts).

const facetCount = async (page: Page, facet: string, label: string) =>
  Number(
    await page
      .locator(`[data-facet="${facet}"] label`)
      .filter({ has: page.getByText(label, { exact: true }) })
      .locator("span.facet-count")
      .innerText(),
  );

test.describe("a visitor browses the catalogue", () => {
  test("searches, narrows with two facets, goes back, opens an innovation and plays its video only on request", async ({
    page,
  }) => {
    const videoRequests: string[] = [];
    await page.route(/youtube|vimeo/, (route) => {
      videoRequests.push(route.request().url());
      return route.fulfill({ status: 200, contentType: "text/html", body: "<title>video</title>" });
    });

    await page.goto("/katalog");
    await expect(page.getByRole("heading", { level: 1, name: "Katalog Inovasi" })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // A non-standard spelling still finds the permit innovations.
    await page.getByLabel("Kata pencarian").fill("perijinan");
    await page.getByRole("button", { name: "Cari", exact: true }).click();
    // With JavaScript the form goes to the search's own, readable path (lib/catalog/rules/search-path.ts).
    await expect(page).toHaveURL(/\/katalog\/cari\/q=perijinan$/);
    await expect(page.getByTestId("catalog-count")).toContainText('untuk "perijinan"');
    const results = page.getByTestId("catalog-results");
    await expect(
      results.getByRole("link", { name: "SiCepat Izin: Perizinan Berusaha Satu Hari" }),
    ).toBeVisible();
    await expect(results.locator("mark").first()).toBeVisible();

    // First facet: Digital. The count beside it is what the result count becomes.
    await page.locator('[data-facet="jenis"] summary').click();
    const digital = await facetCount(page, "jenis", "Digital");
    await page.getByRole("checkbox", { name: /^Digital/ }).check();
    await expect(page).toHaveURL(/jenis=DIGITAL/);
    await expect(page.getByTestId("catalog-count")).toHaveText(`${digital} inovasi untuk "perijinan"`);

    // Second facet: awards won.
    await page.locator('[data-facet="penghargaan"] summary').click();
    const awarded = await facetCount(page, "penghargaan", "Pernah meraih penghargaan");
    await page.getByRole("checkbox", { name: /Pernah meraih penghargaan/ }).check();
    await expect(page).toHaveURL(/jenis=DIGITAL.*penghargaan=ya|penghargaan=ya.*jenis=DIGITAL/);
    await expect(page.getByTestId("catalog-count")).toHaveText(`${awarded} inovasi untuk "perijinan"`);
    await expect(page.getByRole("list", { name: "Saringan aktif" }).getByRole("link")).toHaveCount(3); // 2 chips + clear

    // The URL is the state: back removes the last facet, forward restores it.
    await page.goBack();
    await expect(page).not.toHaveURL(/penghargaan=ya/);
    await expect(page.getByTestId("catalog-count")).toHaveText(`${digital} inovasi untuk "perijinan"`);
    await page.goForward();
    await expect(page.getByTestId("catalog-count")).toHaveText(`${awarded} inovasi untuk "perijinan"`);

    await results.getByRole("link", { name: "SiCepat Izin: Perizinan Berusaha Satu Hari" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "SiCepat Izin: Perizinan Berusaha Satu Hari" }),
    ).toBeVisible();
    await expect(page.getByTestId("replication-count")).toHaveText("Direplikasi 3 kali.");
    await expect(page.getByTestId("awards")).toContainText("Top 45 KIPP");
    await expect(page.getByTestId("implementation-age")).toContainText("Sudah diterapkan");
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
      name: string;
      "@type": string;
    };
    expect(ld).toMatchObject({
      "@type": "GovernmentService",
      name: "SiCepat Izin: Perizinan Berusaha Satu Hari",
    });
    expect(await seriousViolations(page)).toEqual([]);

    // Privacy: no player and no request to the video host until the visitor presses play.
    await expect(page.locator("iframe")).toHaveCount(0);
    expect(videoRequests).toEqual([]);
    await page.getByRole("button", { name: "Putar video" }).click();
    const iframe = page.locator("iframe");
    await expect(iframe).toHaveAttribute("src", /^https:\/\/www\.youtube-nocookie\.com\/embed\//);
    await expect.poll(() => videoRequests.length).toBeGreaterThan(0);
  });

  test("a page view makes the server render no link prefetches, and a link still navigates inside the page", async ({
    page,
  }) => {
    // next/link would prefetch every link in view: two RSC requests each, each rendered by the server
    // (docs/decisions/008-no-link-prefetch.md). components/ui/link.tsx turns that off.
    const rsc: string[] = [];
    page.on("request", (r) => {
      if (r.headers()["rsc"]) rsc.push(r.url());
    });
    for (const path of ["/", "/katalog/cari/q=perijinan", "/katalog"]) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(1000); // prefetching starts once the browser is idle
    }
    expect(rsc).toEqual([]);

    // A result link is still a client-side navigation: one RSC request, and no new document.
    await page.goto("/katalog/cari/q=perijinan");
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
    await page
      .getByTestId("catalog-results")
      .getByRole("link", { name: "SiCepat Izin: Perizinan Berusaha Satu Hari" })
      .click();
    await expect(
      page.getByRole("heading", { level: 1, name: "SiCepat Izin: Perizinan Berusaha Satu Hari" }),
    ).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    expect(rsc).toHaveLength(1);
    expect(new URL(rsc[0]!).pathname).toMatch(/^\/katalog\/[^/]+$/);
  });

  test("searching and paging work without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/katalog");
    await expect(page.getByRole("navigation", { name: "Navigasi halaman hasil" })).toBeVisible();
    await page.getByRole("link", { name: "Berikutnya" }).click();
    await expect(page).toHaveURL(/\/katalog\/cari\/page=2$/);
    await expect(page.locator('[aria-current="page"]')).toContainText("2");

    await page.getByLabel("Kata pencarian").fill("layanan kesehatan");
    await page.getByRole("button", { name: "Cari", exact: true }).click();
    // Without JavaScript the form sends a query string; proxy.ts serves the same cached search for it.
    await expect(page).toHaveURL(/\/katalog\?q=layanan\+kesehatan/);
    await expect(
      page
        .getByTestId("catalog-results")
        .getByRole("link", { name: "Pelayanan Kesehatan Ibu dan Anak Terpadu" }),
    ).toBeVisible();

    // Facets are checkboxes of the same GET form: tick, then apply.
    await page.locator('[data-facet="jenis"] summary').click();
    await page.getByRole("checkbox", { name: /^Non-digital/ }).check();
    await page.getByRole("button", { name: "Terapkan saringan" }).click();
    await expect(page).toHaveURL(/jenis=NON_DIGITAL/);
    await expect(
      page
        .getByTestId("catalog-results")
        .getByRole("link", { name: "Pelayanan Kesehatan Ibu dan Anak Terpadu" }),
    ).toBeVisible();
    await context.close();
  });

  test("the cached search follows the language switch, keeps the query, and comes from the header link", async ({
    page,
  }) => {
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Navigasi utama" })
      .getByRole("link", { name: "Katalog Inovasi" })
      .click();
    await expect(page).toHaveURL(/\/katalog$/);
    await page.getByLabel("Kata pencarian").fill("sampah");
    await page.getByRole("button", { name: "Cari", exact: true }).click();
    await expect(
      page.getByTestId("catalog-results").getByRole("link", { name: "Bank Sampah Digital" }),
    ).toBeVisible();

    // Each language has its own cached copy: the switch shows the English one at the same address.
    await page.getByLabel("Bahasa").selectOption("en");
    await expect(page.getByRole("heading", { level: 1, name: "Innovation Catalogue" })).toBeVisible();
    await expect(page).toHaveURL(/\/katalog\/cari\/q=sampah$/);
    await expect(
      page.getByTestId("catalog-results").getByRole("link", { name: "Bank Sampah Digital" }),
    ).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByLabel("Language").selectOption("id");
    await expect(page.getByRole("heading", { level: 1, name: "Katalog Inovasi" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
  });

  test("the search is rewritten to its cached page inside the server, not proxied over HTTP to itself", async ({
    request,
  }) => {
    // The e2e server listens on 127.0.0.1, as the bench does. A rewrite to another origin (proxy.ts once took
    // nextUrl's, which names every 127.x address "localhost") is sent over HTTP to the server itself, and Next.js
    // then reports the absolute destination; a rewrite served in place reports a path.
    const response = await request.get("/katalog?q=sampah&utm_source=berita");
    expect(response.status()).toBe(200);
    expect(response.headers()["x-middleware-rewrite"]).toBe("/katalog-halaman/id/q=sampah");
    expect(await response.text()).toContain("Bank Sampah Digital");
  });

  test("a search's own path is served from the same cached page without running the proxy, in the visitor's language", async ({
    request,
  }) => {
    // proxy.ts tags every request it handles with x-request-id; /katalog/cari/… is rewritten by next.config.ts instead.
    const own = await request.get("/katalog/cari/jenis=DIGITAL&q=sampah");
    expect(own.status()).toBe(200);
    expect(own.headers()["x-request-id"]).toBeUndefined();
    expect(own.headers()["x-middleware-rewrite"]).toBeUndefined();
    const html = await own.text();
    expect(html).toContain('<html lang="id"');
    expect(html).toContain("Bank Sampah Digital");
    expect(html).toMatch(/rel="canonical" href="[^"]*\/katalog\/cari\/jenis=DIGITAL&amp;q=sampah"/);

    // The query-string address of the same search reaches the same cache entry (another worker's approval may
    // drop the cache in between, hence the retries).
    await expect
      .poll(async () => {
        await request.get("/katalog/cari/jenis=DIGITAL&q=sampah");
        return (await request.get("/katalog?q=sampah&jenis=DIGITAL&urut=")).headers()["x-nextjs-cache"];
      })
      .toBe("HIT");

    const english = await request.get("/katalog/cari/jenis=DIGITAL&q=sampah", {
      headers: { cookie: "locale=en" },
    });
    expect(await english.text()).toContain('<html lang="en"');
    // A hand-typed path reads as it looks; control characters in the words are spaces, never a server error.
    const typed = await request.get("/katalog/cari/q=bank sampah");
    expect(await typed.text()).toContain("Bank Sampah Digital");
    const nul = await request.get("/katalog?q=%00sampah");
    expect(nul.status()).toBe(200);
    expect(await nul.text()).toContain("Bank Sampah Digital");
  });

  test("public pages send the browser only the messages their client parts use", async ({ request }) => {
    // "Kemajuan penilaian Anda" is a string of the reviewers' dashboard (messages/id/reviews.json): a public page that
    // handed the browser every message would carry it, with the other 80 kB of messages.
    for (const path of ["/", "/statistik", "/kompetisi", "/katalog?q=sampah"]) {
      const html = await (await request.get(path)).text();
      expect(html, path).not.toContain("Kemajuan penilaian Anda");
    }
  });

  test("a search that finds nothing offers a spelling from the titles and fewer words", async ({ page }) => {
    await page.goto("/katalog?q=investsi+umkmq+zzzq");
    await expect(page.getByText("Mungkin maksud Anda:")).toBeVisible();
    await page.getByRole("link", { name: "investasi umkm zzzq" }).click();
    await expect(page).toHaveURL(/investasi/);
    await page.goto("/katalog?q=klinik+zzzq");
    await expect(page.getByText("Mungkin maksud Anda:")).toHaveCount(0);
    await page.getByRole("link", { name: "klinik", exact: true }).click();
    await expect(
      page.getByTestId("catalog-results").getByRole("link", { name: "Klinik Investasi UMKM" }),
    ).toBeVisible();
  });

  test("a draft is not in the catalogue and its page does not exist", async ({ page }) => {
    await page.goto("/katalog?q=Posyandu+Remaja+Sehat+Jiwa");
    await expect(
      page.getByTestId("catalog-results").getByRole("link", { name: "Posyandu Remaja Sehat Jiwa" }),
    ).toHaveCount(0);
    const response = await page.goto("/katalog/bukan0000000000000000000");
    expect(response?.status()).toBe(404);
  });
});

test.describe("the catalogue on a phone (390 px)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("results and an innovation page fit the screen", async ({ page }) => {
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.goto("/katalog?q=sampah");
    await expect(
      page.getByTestId("catalog-results").getByRole("link", { name: "Bank Sampah Digital" }),
    ).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByTestId("catalog-results").getByRole("link", { name: "Bank Sampah Digital" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Bank Sampah Digital" })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
