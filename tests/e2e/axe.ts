import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * The serious and critical WCAG 2 A/AA violations of the page as it stands, each as "rule: targets". Next.js streams
 * a page's metadata after its body, so the check waits for the title first (axe would report a page without one).
 */
export async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  await expect(page).not.toHaveTitle("");
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]);
  if (selector) builder.include(selector);
  return (await builder.analyze()).violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
