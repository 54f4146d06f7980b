import type { ReactNode } from "react";

export type Column = ReactNode | { label: ReactNode; align: "right" };

const isAligned = (c: Column): c is { label: ReactNode; align: "right" } =>
  typeof c === "object" && c !== null && "align" in c;

/**
 * The admin pages' list table: scrolls sideways on a phone instead of squeezing, header cells with scope="col".
 * The rows (<tr> elements) are the children. `framed={false}` for a table inside a card that already has a border.
 */
export function DataTable({
  columns,
  caption,
  framed = true,
  children,
}: {
  columns: Column[];
  caption?: ReactNode;
  framed?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      className={framed ? "overflow-x-auto rounded-lg border border-slate-200 bg-white" : "overflow-x-auto"}
    >
      <table className="w-full text-left text-sm">
        {caption ? <caption className="px-3 py-2 text-left font-semibold">{caption}</caption> : null}
        <thead className="bg-slate-100 text-slate-700">
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={isAligned(c) ? "p-3 text-right" : "p-3"}>
                {isAligned(c) ? c.label : c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** What a list shows when it has nothing to list. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">
      {children}
    </p>
  );
}
