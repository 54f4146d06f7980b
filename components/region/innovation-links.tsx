import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";

export type InnovationLink = {
  id: string;
  title: string;
  year: number;
  opdName?: string;
  approved: string | null;
};

/** A region's or an OPD's public innovations, each linked to its catalogue page; `empty` when there are none. */
export function InnovationLinks({ items, empty }: { items: InnovationLink[]; empty: string }) {
  if (items.length === 0) return <Notice>{empty}</Notice>;
  return (
    <ul className="flex flex-col gap-2">
      {items.map((i) => (
        <li key={i.id} className="rounded border border-slate-200 bg-white px-3 py-2">
          <Link
            href={`/katalog/${i.id}`}
            className="font-medium text-brand-800 underline-offset-2 hover:underline"
          >
            {i.title}
          </Link>
          <p className="text-sm text-slate-600">
            {[i.opdName, i.year, i.approved].filter((v) => v !== undefined && v !== null).join(" · ")}
          </p>
        </li>
      ))}
    </ul>
  );
}
