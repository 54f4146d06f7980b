import Link from "@/components/ui/link";

/** The header's sign-in button, for both headers (server-rendered and the cached page's client island). */
export function SignInLink({ label }: { label: string }) {
  return (
    <Link
      href="/masuk"
      className="rounded bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700"
    >
      {label}
    </Link>
  );
}
