import { describe, expect, it } from "vitest";
import en from "@/messages/en/opendata.json";
import id from "@/messages/id/opendata.json";
import { FACET_KEYS } from "@/lib/catalog/schemas";

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe("open-data messages", () => {
  it("have the same keys in Bahasa Indonesia and English", () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it("describe every facet parameter of the API, and q, limit and cursor", () => {
    for (const k of [...FACET_KEYS, "q", "limit", "cursor"])
      expect(id.params[k as keyof typeof id.params], k).toBeTruthy();
  });
});
