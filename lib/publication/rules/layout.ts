// Keeping blocks of a printed document together (pure, no pdfkit): a heading stays with what follows it, the last
// lines before the signatures move with them, and a block is never split. A block that must move starts a new page
// together with the blocks chained to it, so a signature block never stands alone at the top of a page.

export type Block = {
  height: number;
  /** This block must be on the same page as the next one (a heading, the rows just before the signatures). */
  keepWithNext?: boolean;
};

type Placement = { page: number; y: number };

/**
 * Where each block goes, from `startY` on page 0; pages run from `top` to `bottom`. A chain of blocks tied with
 * keepWithNext moves to a new page as a unit when it does not fit, unless it would not fit on an empty page either
 * (then it is cut where it must be, block by block).
 */
export function placeBlocks(blocks: Block[], startY: number, top: number, bottom: number): Placement[] {
  const out: Placement[] = [];
  let page = 0;
  let y = startY;
  for (let i = 0; i < blocks.length; i++) {
    const starting = i === 0 || !blocks[i - 1]!.keepWithNext;
    if (starting) {
      let chain = 0;
      for (let j = i; j < blocks.length; j++) {
        chain += blocks[j]!.height;
        if (!blocks[j]!.keepWithNext) break;
      }
      if (y + chain > bottom && y > top && chain <= bottom - top) {
        page++;
        y = top;
      }
    }
    if (y + blocks[i]!.height > bottom && y > top) {
      page++;
      y = top;
    }
    out.push({ page, y });
    y += blocks[i]!.height;
  }
  return out;
}
