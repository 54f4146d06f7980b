import { describe, expect, it } from "vitest";
import { placeBlocks } from "./layout";

describe("placeBlocks", () => {
  it("places blocks one below the other while they fit", () => {
    expect(placeBlocks([{ height: 10 }, { height: 20 }], 100, 50, 500)).toEqual([
      { page: 0, y: 100 },
      { page: 0, y: 110 },
    ]);
  });

  it("moves the signature block to the next page together with the rows tied to it", () => {
    // Two evaluator rows tied to the final signature block; the block alone would fit, the chain does not.
    const blocks = [
      { height: 20, keepWithNext: true }, // heading
      { height: 30 },
      { height: 30, keepWithNext: true },
      { height: 30, keepWithNext: true },
      { height: 150 },
    ];
    const p = placeBlocks(blocks, 300, 50, 540);
    expect(p.map((x) => x.page)).toEqual([0, 0, 1, 1, 1]);
    expect(p[2]).toEqual({ page: 1, y: 50 });
    expect(p[4]).toEqual({ page: 1, y: 110 });
  });

  it("never leaves a heading at the foot of a page without what follows", () => {
    const p = placeBlocks([{ height: 20, keepWithNext: true }, { height: 40 }], 480, 50, 520);
    expect(p).toEqual([
      { page: 1, y: 50 },
      { page: 1, y: 70 },
    ]);
  });

  it("cuts a chain taller than a page block by block instead of looping", () => {
    const blocks = Array.from({ length: 5 }, () => ({ height: 100, keepWithNext: true }));
    const p = placeBlocks([...blocks, { height: 100 }], 50, 50, 350);
    expect(p.map((x) => x.page)).toEqual([0, 0, 0, 1, 1, 1]);
  });
});
