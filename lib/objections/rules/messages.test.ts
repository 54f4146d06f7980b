import { describe, expect, it } from "vitest";
import en from "@/messages/en/objections.json";
import id from "@/messages/id/objections.json";
import { OBJECTION_ERRORS } from "./refusals";

type Tree = { [key: string]: string | Tree };
const leafKeys = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [`${prefix}${k}`] : leafKeys(v, `${prefix}${k}.`),
  );

describe("objections messages", () => {
  it("both locales have the same keys", () => {
    expect(leafKeys(en as Tree).sort()).toEqual(leafKeys(id as Tree).sort());
  });
  it("every refusal and validation key has a message", () => {
    const keys = new Set(leafKeys(id as Tree).map((k) => `objections.${k}`));
    for (const k of Object.values(OBJECTION_ERRORS)) expect(keys).toContain(k);
    for (const k of ["contact", "reasonShort", "reasonLong", "decisionShort", "confirmDisqualify"])
      expect(keys).toContain(`objections.validation.${k}`);
  });
});
