import Link from "next/link";
import messages from "@/messages/id.json";
import "./globals.css";

// The boundary above both root layouts. Next.js renders it with every page, including the cached
// catalogue search, so it may read nothing of the request: a plain Indonesian page. Visitors
// rarely see it; unknown addresses get app/(site)/[...tidakAda] and app/(site)/not-found.tsx.
export default function NotFound() {
  const t = messages.notFound;
  return (
    <html lang="id">
      <body className="min-h-screen">
        <main id="konten" className="mx-auto w-full max-w-6xl px-4 py-6">
          <div className="mx-auto max-w-lg rounded-lg border border-slate-200 bg-white p-6">
            <h1 className="text-2xl font-bold">{t.title}</h1>
            <p className="mt-2 text-slate-700">{t.text}</p>
            <Link href="/" className="mt-4 inline-block text-brand-700 underline">
              {t.back}
            </Link>
          </div>
        </main>
      </body>
    </html>
  );
}
