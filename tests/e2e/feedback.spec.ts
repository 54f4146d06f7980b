import { expect, test } from "@playwright/test";
import { seriousViolations } from "./axe";
import { loginAs } from "./fixtures";

// Citizen feedback: a visitor rates a public demo innovation of DISDUKCAPIL with a
// comment; the rating counts at once, the comment waits; the OPD's operator approves it and
// replies; comment and reply appear on the public page, the contact never does (only the secretariat sees it).

const TITLE = "Dukcapil Jemput Bola Desa (JEBOL)";
const COMMENT = "Petugas datang ke balai desa, ibu saya tidak perlu antre di kota.";
const REPLY = "Terima kasih, jadwal jemput bola berikutnya diumumkan di balai desa.";
const CONTACT = "warga.rahasia@example.id";

test("a visitor rates an innovation with a comment; the OPD approves and replies; both appear publicly", async ({
  page: visitor,
  browser,
}) => {
  await visitor.goto(`/katalog?q=${encodeURIComponent("jemput bola")}`);
  await visitor.getByRole("link", { name: TITLE }).first().click();
  await expect(visitor.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const pageUrl = visitor.url().split("?")[0]!;

  const form = visitor.getByRole("region", { name: "Beri penilaian" });
  expect(await seriousViolations(visitor, "section[aria-labelledby='beri-penilaian']")).toEqual([]);
  await form.getByRole("radio", { name: "4 bintang" }).check();
  await form.getByLabel("Komentar (opsional)").fill(COMMENT);
  await form.getByLabel("Nama (opsional)").fill("Bu Ratna");
  await form.getByLabel("Kontak (opsional)").fill(CONTACT);
  await form.getByRole("button", { name: "Kirim penilaian" }).click();

  await expect(visitor.getByTestId("feedback-status")).toContainText(
    "Terima kasih; komentar tampil setelah dimoderasi",
  );
  // The rating counts at once (the only rating of this innovation in the demo data).
  await expect(visitor.getByTestId("rating")).toContainText("4.0");
  // The comment waits for moderation.
  await expect(visitor.getByText(COMMENT)).toHaveCount(0);

  // The operator of DISDUKCAPIL approves and replies.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await loginAs(staff, "operator.disdukcapil@inovasi.test", /\/opd/);
  await staff.goto("/opd/masukan?status=PENDING");
  await expect(staff.getByTestId("feedback-item").filter({ hasText: COMMENT })).toBeVisible();
  // All states, so the item stays in view once approved.
  await staff.goto("/opd/masukan");
  const item = staff.getByTestId("feedback-item").filter({ hasText: COMMENT });
  // The OPD learns that a contact was left, never the contact: only the secretariat sees it.
  await expect(item).toContainText("Warga meninggalkan kontak; hanya sekretariat yang dapat melihatnya.");
  await expect(item).not.toContainText(CONTACT);
  await item.getByRole("button", { name: "Setujui" }).click();
  await expect(item.getByText("Komentar disetujui")).toBeVisible();
  await expect(item).toContainText("Disetujui");
  await item.getByLabel("Balasan publik").fill(REPLY);
  await item.getByRole("button", { name: "Simpan balasan" }).click();
  await expect(item.getByText("Balasan disimpan.")).toBeVisible();

  await visitor.goto(pageUrl);
  const comments = visitor.getByTestId("public-comments");
  await expect(comments).toContainText(COMMENT);
  await expect(comments).toContainText("Bu Ratna");
  await expect(comments.getByTestId("feedback-reply")).toContainText(REPLY);
  await expect(visitor.locator("body")).not.toContainText(CONTACT);

  // The secretariat sees the contact.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await loginAs(admin, "admin@inovasi.test", /\/admin/);
  await admin.goto("/admin/masukan");
  await expect(admin.getByTestId("feedback-item").filter({ hasText: COMMENT })).toContainText(CONTACT);
  await adminContext.close();

  await staffContext.close();
});
