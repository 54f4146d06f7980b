import Link from "@/components/ui/link";

export type WorkItem = {
  key: string;
  href: string;
  title: string;
  detail?: React.ReactNode;
  /** Past its deadline: drawn in red with the word given. */
  overdue?: string | null;
};

/** One list of pending work on a dashboard: heading with its count, the rows (each a link), an empty state. */
export function WorkList({
  id,
  title,
  count,
  items,
  empty,
  seeAll,
}: {
  id: string;
  title: string;
  count: number;
  items: WorkItem[];
  empty: string;
  /** Where the whole list lives, shown when it holds more than the rows drawn. */
  seeAll?: { href: string; label: string } | null;
}) {
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
      data-testid={`work-${id}`}
    >
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {title}{" "}
        <span
          className={`ml-1 inline-block rounded-full px-2 py-0.5 text-sm ${count > 0 ? "bg-amber-100 text-amber-900" : "bg-slate-100 text-slate-600"}`}
        >
          {count}
        </span>
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-100">
          {items.map((item) => (
            <li key={item.key} className="flex flex-col gap-0.5 py-2">
              <Link href={item.href} className="break-words font-medium text-brand-700 underline">
                {item.title}
              </Link>
              {item.detail ? (
                <span className={`text-sm ${item.overdue ? "text-red-700" : "text-slate-600"}`}>
                  {item.overdue ? <strong className="mr-1 font-semibold">{item.overdue} ·</strong> : null}
                  {item.detail}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {seeAll && count > items.length ? (
        <Link href={seeAll.href} className="self-start text-sm text-brand-700 underline">
          {seeAll.label}
        </Link>
      ) : null}
    </section>
  );
}
