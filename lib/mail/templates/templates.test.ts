import { describe, expect, it } from "vitest";
import { renderTemplate, TEMPLATES, type TemplateId } from ".";
import { escapeHtml } from "./layout";

const ctx = (locale: "id" | "en") => ({
  locale,
  appUrl: "https://inovasi.sukamajukab.go.id",
  region: { name: `Kabupaten "Suka" <Maju> & Co` },
});
const data = {
  name: "Siti <script>alert(1)</script>",
  token: "abc_DEF-123",
  expiresAt: "2026-12-06T05:00:00Z",
};

describe("mail templates", () => {
  it("escape every value in the HTML part", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    for (const id of Object.keys(TEMPLATES) as TemplateId[]) {
      const { html, text } = renderTemplate(id, ctx("id"), data);
      expect(html).not.toContain("<script>");
      expect(html).toContain("Siti &lt;script&gt;");
      expect(html).toContain("Kabupaten &quot;Suka&quot; &lt;Maju&gt; &amp; Co");
      // The text part is plain: nothing escaped there.
      expect(text).toContain("Siti <script>alert(1)</script>");
    }
  });

  it("carry an absolute link to the portal and back into it, in both parts", () => {
    for (const id of Object.keys(TEMPLATES) as TemplateId[]) {
      const { html, text } = renderTemplate(id, ctx("en"), data);
      const link = "https://inovasi.sukamajukab.go.id/setel-sandi/abc_DEF-123";
      expect(text).toContain(link);
      expect(html).toContain(`href="${link}"`);
      expect(text).toContain("https://inovasi.sukamajukab.go.id/");
    }
  });

  it("speak the recipient's language, with the deadline in WIB", () => {
    const id = renderTemplate("password.reset", ctx("id"), data);
    const en = renderTemplate("password.reset", ctx("en"), data);
    expect(id.subject).toBe("Atur ulang kata sandi portal Inovasi Daerah");
    expect(en.subject).toBe("Reset your Regional Innovation portal password");
    expect(id.text).toContain("berlaku 1 jam, sampai 6 Desember 2026 pukul 12.00 WIB");
    expect(en.text).toContain("valid for 1 hour, until 6 December 2026 at 12:00 WIB");
    expect(id.html).toContain('<html lang="id">');
    expect(renderTemplate("account.setup", ctx("en"), data).subject).toBe(
      `Your account on the Kabupaten "Suka" <Maju> & Co Regional Innovation portal`,
    );
  });
});
