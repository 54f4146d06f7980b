import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS } from "./link";
import { isMailCategory, MAIL_CATEGORIES, mailCategoryOf, wantsMail } from "./mail-categories";

describe("mail categories", () => {
  it("give every kind a category, except the essential assignment", () => {
    for (const kind of NOTIFICATION_KINDS) {
      const c = mailCategoryOf(kind);
      if (kind === "assignment.created") expect(c).toBeNull();
      else expect(MAIL_CATEGORIES).toContain(c);
    }
  });

  it("switch off only what the user chose; essential mail always goes", () => {
    expect(wantsMail("innovation.submitted", ["innovation"])).toBe(false);
    expect(wantsMail("innovation.submitted", ["competition"])).toBe(true);
    expect(wantsMail("assignment.created", [...MAIL_CATEGORIES])).toBe(true);
    expect(wantsMail("stage.reminder", ["reminder"])).toBe(false);
    expect(isMailCategory("spam")).toBe(false);
  });
});
