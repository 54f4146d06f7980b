import { describe, expect, it } from "vitest";
import en from "@/messages/en/attachments.json";
import id from "@/messages/id/attachments.json";
import { ATTACHMENT_KINDS, VISIBILITIES } from "../schemas";

function keys(obj: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === "object" && v !== null
      ? keys(v as Record<string, unknown>, `${prefix}${k}.`)
      : [`${prefix}${k}`],
  );
}

function lookup(obj: Record<string, unknown>, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>(
      (o, k) => (typeof o === "object" && o !== null ? (o as Record<string, unknown>)[k] : undefined),
      obj,
    );
}

describe("attachments messages", () => {
  it("has the same keys in Bahasa Indonesia and English", () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it("has every refusal the service can give, and a label for every kind and visibility", () => {
    const needed = [
      ...[
        "tooLarge",
        "totalTooLarge",
        "typeNotAllowed",
        "empty",
        "readOnly",
        "noFile",
        "network",
        "unexpected",
      ].map((k) => `errors.${k}`),
      ...ATTACHMENT_KINDS.map((k) => `kinds.${k}`),
      ...VISIBILITIES.map((v) => `visibilities.${v}`),
    ];
    for (const key of needed) {
      expect(lookup(id, key), key).toEqual(expect.any(String));
      expect(lookup(en, key), key).toEqual(expect.any(String));
    }
  });

  it("uses the agreed Indonesian labels", () => {
    expect(id.kinds).toEqual({
      SK: "SK (Surat Keputusan)",
      SOP: "SOP",
      FOTO: "Foto",
      SURAT_PERNYATAAN: "Surat Pernyataan",
      LAINNYA: "Lainnya",
    });
    expect(id.visibilities).toEqual({ PUBLIC: "Publik", INTERNAL: "Internal" });
  });
});
