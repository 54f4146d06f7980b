import { describe, expect, it } from "vitest";
import { regionOrder, regionTree, type TreeRegion } from "./tree";

const r = (id: string, name: string, parentId: string | null = null, kind = "KABUPATEN"): TreeRegion => ({
  id,
  code: id.toUpperCase(),
  name,
  kind,
  parentId,
});

describe("regionTree", () => {
  it("puts the kabupaten/kota under their province and the rest on their own, by name", () => {
    const tree = regionTree([
      r("k2", "Kota Beta", "p"),
      r("a", "Kabupaten Sendiri"),
      r("p", "Provinsi Uji", null, "PROVINSI"),
      r("k1", "Kabupaten Alfa", "p"),
      r("q", "Provinsi Kosong", null, "PROVINSI"),
    ]);
    expect(tree.hubs.map((h) => [h.region.id, h.children.map((c) => c.id)])).toEqual([["p", ["k1", "k2"]]]);
    expect(tree.alone.map((x) => x.id)).toEqual(["a", "q"]);
  });

  it("treats a region whose parent is not listed, or is itself, as on its own", () => {
    const tree = regionTree([r("k", "Kota", "missing"), r("s", "Self", "s")]);
    expect(tree.hubs).toEqual([]);
    expect(tree.alone.map((x) => x.id)).toEqual(["k", "s"]);
  });

  it("is empty for no regions", () => {
    expect(regionTree([])).toEqual({ hubs: [], alone: [] });
  });
});

describe("regionOrder", () => {
  it("lists each hub then its children, then the regions on their own", () => {
    const order = regionOrder([r("b", "Kota B", "p"), r("z", "Zeta"), r("p", "Provinsi", null, "PROVINSI")]);
    expect(order.map((o) => [o.region.id, o.depth])).toEqual([
      ["p", 0],
      ["b", 1],
      ["z", 0],
    ]);
  });
});
