import { describe, expect, it } from "vitest";
import { renderTemplate, TEMPLATES, type TemplateData, type TemplateId } from ".";
import { escapeHtml } from "./layout";

const APP = "https://inovasi.sukamajukab.go.id";
const ctx = (locale: "id" | "en") => ({
  locale,
  appUrl: APP,
  region: { name: `Kabupaten "Suka" <Maju> & Co` },
});
const NAME = "Siti <script>alert(1)</script>";
const token = { name: NAME, token: "abc_DEF-123", expiresAt: "2026-12-06T05:00:00Z" };

/** Sample data of every template, each with a hostile value, and the link the mail must carry. */
const SAMPLES: { [K in TemplateId]: { data: TemplateData[K]; link: string } } = {
  "account.setup": { data: token, link: `${APP}/setel-sandi/abc_DEF-123` },
  "password.reset": { data: token, link: `${APP}/setel-sandi/abc_DEF-123` },
  notification: {
    data: {
      name: NAME,
      kind: "innovation.submitted",
      title: "Menunggu persetujuan: <i>Inovasi</i>",
      body: "",
      link: "/inovasi/abc",
    },
    link: `${APP}/inovasi/abc`,
  },
  "stage.reminder": {
    data: {
      name: NAME,
      stageKind: "DESK",
      competition: "Kompetisi <b>2026</b>",
      endsAt: "2026-12-06T16:30:00Z",
      timeZone: "WITA",
      days: 1,
      link: "/penilai",
    },
    link: `${APP}/penilai`,
  },
  "objection.decided": {
    data: {
      name: NAME,
      reference: "SGH-7K2M9Q",
      innovation: "Inovasi <b>",
      competition: "Kompetisi",
      competitionId: "c1",
      decision: "UPHELD",
      reason: "Terbukti <img src=x>",
    },
    link: `${APP}/kompetisi/c1/hasil`,
  },
  "feedback.reply": {
    data: {
      name: NAME,
      innovation: "JEBOL",
      innovationId: "i1",
      reply: "Terima kasih <3",
      unsubscribeToken: "YWJj.ZGVm",
    },
    link: `${APP}/katalog/i1`,
  },
};

const render = <K extends TemplateId>(id: K, locale: "id" | "en") =>
  renderTemplate(id, ctx(locale), SAMPLES[id].data);
const ids = Object.keys(TEMPLATES) as TemplateId[];

describe("mail templates", () => {
  it("escape every value in the HTML part", () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    for (const id of ids) {
      const { html, text } = render(id, "id");
      expect(html).not.toContain("<script>");
      expect(html).not.toContain("<b>");
      expect(html).not.toContain("<img");
      expect(html).toContain("Siti &lt;script&gt;");
      expect(html).toContain("Kabupaten &quot;Suka&quot; &lt;Maju&gt; &amp; Co");
      // The text part is plain: nothing escaped there.
      expect(text).toContain("Siti <script>alert(1)</script>");
    }
  });

  it("carry an absolute link to the portal and back into it, in both parts", () => {
    for (const id of ids) {
      const { html, text } = render(id, "en");
      const { link } = SAMPLES[id];
      expect(text).toContain(link);
      expect(html).toContain(`href="${link}"`);
      expect(text).toContain(`${APP}/`);
    }
  });

  it("speak the recipient's language, with the deadline in WIB", () => {
    const id = renderTemplate("password.reset", ctx("id"), token);
    const en = renderTemplate("password.reset", ctx("en"), token);
    expect(id.subject).toBe("Atur ulang kata sandi portal Inovasi Daerah");
    expect(en.subject).toBe("Reset your Regional Innovation portal password");
    expect(id.text).toContain("berlaku 1 jam, sampai 6 Desember 2026 pukul 12.00 WIB");
    expect(en.text).toContain("valid for 1 hour, until 6 December 2026 at 12:00 WIB");
    expect(id.html).toContain('<html lang="id">');
    expect(renderTemplate("account.setup", ctx("en"), token).subject).toBe(
      `Your account on the Kabupaten "Suka" <Maju> & Co Regional Innovation portal`,
    );
  });

  it("notification: the region and the kind's label in the subject, why it came and where to change it", () => {
    const id = render("notification", "id");
    const en = render("notification", "en");
    expect(id.subject).toBe(
      `[Kabupaten "Suka" <Maju> & Co] Inovasi menunggu persetujuan: Menunggu persetujuan: <i>Inovasi</i>`,
    );
    expect(en.subject).toContain("Innovation awaiting approval: ");
    expect(id.text).toContain("pemberitahuan “Inovasi”");
    expect(en.text).toContain("“Innovations” notifications are on");
    expect(id.html).toContain(`href="${APP}/akun#surel"`);
    const essential = renderTemplate("notification", ctx("id"), {
      ...SAMPLES.notification.data,
      kind: "assignment.created",
    });
    expect(essential.text).toContain("tidak dapat dimatikan");
    expect(en.headers).toBeUndefined();
  });

  it("writes a link's expiry in the region's time zone", () => {
    // 05:00 UTC is 12.00 WIB, 13.00 WITA, 14.00 WIT.
    const at = (timeZone: "WIB" | "WITA" | "WIT") =>
      renderTemplate("password.reset", { ...ctx("id"), region: { name: "Kota Uji", timeZone } }, token).text;
    expect(at("WIB")).toContain("6 Desember 2026 pukul 12.00 WIB");
    expect(at("WITA")).toContain("6 Desember 2026 pukul 13.00 WITA");
    expect(
      renderTemplate("account.setup", { ...ctx("id"), region: { name: "Kota Uji", timeZone: "WIT" } }, token)
        .text,
    ).toContain("6 Desember 2026 pukul 14.00 WIT");
  });

  it("stage reminder: the stage in the recipient's language and the closing time in the region's zone", () => {
    const id = render("stage.reminder", "id");
    const en = render("stage.reminder", "en");
    expect(id.subject).toContain("Pengingat: Penilaian proposal Kompetisi <b>2026</b> ditutup besok");
    expect(en.subject).toContain("Reminder: Desk review of Kompetisi <b>2026</b> closes tomorrow");
    // 16:30 UTC is 00:30 the next day in WITA (UTC+8).
    expect(id.text).toContain("7 Desember 2026 pukul 00.30 WITA");
    expect(en.text).toContain("7 December 2026 at 00:30 WITA");
    expect(id.text).toContain("Masih ada penilaian Anda yang belum dikirim.");
  });

  it("objection decision in words; comment reply with a one-click unsubscribe", () => {
    const o = render("objection.decided", "id");
    expect(o.text).toContain("Keputusan: sanggahan dikabulkan.");
    const rejected = renderTemplate("objection.decided", ctx("id"), {
      ...SAMPLES["objection.decided"].data,
      decision: "REJECTED",
    });
    expect(rejected.text).toContain("Keputusan: sanggahan ditolak.");
    const r = render("feedback.reply", "id");
    expect(r.headers).toEqual({
      "List-Unsubscribe": `<${APP}/api/berhenti-langganan?t=YWJj.ZGVm>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    expect(r.text).toContain(`${APP}/berhenti-langganan?t=YWJj.ZGVm`);
    expect(r.html).toContain("Terima kasih &lt;3");
  });
});
