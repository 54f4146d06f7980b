"use client";

/** One facet value: the value submitted, its label, how many results it gives, whether it is ticked. */
export type FacetOption = [value: string, label: string, count: number, chosen: boolean];

/**
 * The checkboxes of one facet. A client component only for its size on the wire: the cached catalogue
 * page's RSC payload then carries each option as four values instead of a tree of elements (about a
 * fifth of what it was). The HTML is the same server-rendered form, so it works without JavaScript.
 */
export function FacetOptions({ name, options }: { name: string; options: FacetOption[] }) {
  return options.map(([value, label, count, chosen]) => (
    <label key={value} className="facet-option">
      <input type="checkbox" name={name} value={value} defaultChecked={chosen} />
      <span>{label}</span>
      <span className="facet-count">{count}</span>
    </label>
  ));
}
