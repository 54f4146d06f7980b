import { describe, expect, it } from "vitest";
import en from "@/messages/en/feedback.json";
import id from "@/messages/id/feedback.json";
import { FEEDBACK_STATUS, STATES } from "@/lib/feedback/schemas";

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe("feedback messages", () => {
  it("have the same keys in Bahasa Indonesia and English", () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it("explain every status the form's endpoint can redirect with, and name every state", () => {
    for (const s of FEEDBACK_STATUS) expect(id.form.status[s]).toBeTruthy();
    for (const s of STATES) expect(id.moderation.states[s]).toBeTruthy();
  });
});
