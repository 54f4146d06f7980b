import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// The open-data documentation page and the API it documents, on the seeded demo data.

test.describe("open data", () => {
  test("the /data page lists every endpoint and has no serious accessibility violation", async ({ page }) => {
    await page.goto("/data");
    await expect(page.getByRole("heading", { level: 1, name: "Data terbuka" })).toBeVisible();
    const endpoints = page.getByTestId("endpoints");
    for (const path of [
      "/api/v1/inovasi",
      "/api/v1/inovasi/{id}",
      "/api/v1/inovasi.csv",
      "/api/v1/kompetisi",
      "/api/v1/openapi.json",
    ]) {
      await expect(endpoints.getByText(path, { exact: true })).toBeVisible();
    }
    const violations = (await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    expect(violations).toEqual([]);
  });

  test("the API pages through the catalogue with a cursor", async ({ page }) => {
    const first = await page.request.get("/api/v1/inovasi?limit=2");
    expect(first.status()).toBe(200);
    expect(first.headers()["access-control-allow-origin"]).toBe("*");
    const body = (await first.json()) as {
      data: { id: string }[];
      next_cursor: string | null;
      count: number;
    };
    expect(body.data).toHaveLength(2);
    expect(body.next_cursor).toBeTruthy();
    const second = (await (
      await page.request.get(`/api/v1/inovasi?limit=2&cursor=${encodeURIComponent(body.next_cursor!)}`)
    ).json()) as typeof body;
    expect(second.data.map((i) => i.id)).not.toContain(body.data[0]!.id);
    expect(second.data[0]!.id > body.data[1]!.id).toBe(true);
  });
});
