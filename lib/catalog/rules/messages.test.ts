import { describe, expect, it } from "vitest";
import en from "@/messages/en/catalog.json";
import id from "@/messages/id/catalog.json";
import { FACET_KEYS, SORTS } from "@/lib/catalog/schemas";
import { PUBLIC_SECTIONS } from "./innovation-sections";

const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === "object" ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe("catalogue messages", () => {
  it("have the same keys in Bahasa Indonesia and English", () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it("name every facet, sort order and public section", () => {
    for (const k of FACET_KEYS) expect(id.facets[k]).toBeTruthy();
    for (const s of SORTS) expect(id.sort[s]).toBeTruthy();
    for (const s of PUBLIC_SECTIONS) expect(id.detail.sections[s]).toBeTruthy();
  });
});
