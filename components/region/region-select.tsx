import type { RegionOption } from "@/lib/region/queries/public";

/**
 * A GET form that chooses the region a public page shows (`?daerah=<code>`): works without JavaScript, by keyboard,
 * and at phone width (the select takes the row, the button wraps under it).
 */
export function RegionSelect({
  action,
  options,
  selected,
  label,
  submit,
  id = "pilih-daerah",
}: {
  action: string;
  options: RegionOption[];
  selected: string | null;
  label: string;
  submit: string;
  id?: string;
}) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-2">
      <div className="flex min-w-0 flex-1 flex-col gap-1 sm:flex-none">
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <select
          id={id}
          name="daerah"
          defaultValue={selected ?? ""}
          className="w-full min-w-0 rounded border border-slate-400 bg-white px-3 py-2 sm:w-80"
        >
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.depth ? "\u00a0\u00a0\u00a0" : ""}
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-800 hover:bg-brand-50"
      >
        {submit}
      </button>
    </form>
  );
}
