// How the public pages arrange regions: each province's hub with the kabupaten/kota under it, then the regions
// on their own. Pure, so the directory, the selects and their tests share one order.

export type TreeRegion = { id: string; code: string; name: string; kind: string; parentId: string | null };

export type RegionTree<R extends TreeRegion> = {
  /** Regions with others under them (a province's hub), each with its children. */
  hubs: { region: R; children: R[] }[];
  /** Regions with nobody under them and no parent among the regions given. */
  alone: R[];
};

const byName = (a: TreeRegion, b: TreeRegion) =>
  a.name.localeCompare(b.name, "id") || a.code.localeCompare(b.code);

/** Groups regions by hub; a region whose parent is not among them counts as on its own. */
export function regionTree<R extends TreeRegion>(regions: readonly R[]): RegionTree<R> {
  const ids = new Set(regions.map((r) => r.id));
  const children = new Map<string, R[]>();
  for (const r of regions) {
    if (r.parentId && r.parentId !== r.id && ids.has(r.parentId)) {
      const list = children.get(r.parentId) ?? [];
      list.push(r);
      children.set(r.parentId, list);
    }
  }
  const isChild = (r: R) => r.parentId !== null && r.parentId !== r.id && ids.has(r.parentId);
  const hubs = regions
    .filter((r) => !isChild(r) && children.has(r.id))
    .sort(byName)
    .map((region) => ({ region, children: [...children.get(region.id)!].sort(byName) }));
  const alone = regions.filter((r) => !isChild(r) && !children.has(r.id)).sort(byName);
  return { hubs, alone };
}

/** The regions in the tree's order, each with its depth (0 for a hub or a region on its own, 1 under a hub). */
export function regionOrder<R extends TreeRegion>(regions: readonly R[]): { region: R; depth: 0 | 1 }[] {
  const { hubs, alone } = regionTree(regions);
  return [
    ...hubs.flatMap((h) => [
      { region: h.region, depth: 0 as const },
      ...h.children.map((region) => ({ region, depth: 1 as const })),
    ]),
    ...alone.map((region) => ({ region, depth: 0 as const })),
  ];
}
