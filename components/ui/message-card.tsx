import Link from "@/components/ui/link";

/** A page that only says something: a heading, a sentence and the way back (not found, forbidden). */
export function MessageCard({
  title,
  text,
  back,
}: {
  title: string;
  text: string;
  back: { href: string; label: string };
}) {
  return (
    <div className="mx-auto max-w-lg rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-2 text-slate-700">{text}</p>
      <Link href={back.href} className="mt-4 inline-block text-brand-700 underline">
        {back.label}
      </Link>
    </div>
  );
}
