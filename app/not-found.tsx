import messages from "@/messages/id.json";
import { MessageCard } from "@/components/ui/message-card";
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
          <MessageCard title={t.title} text={t.text} back={{ href: "/", label: t.back }} />
        </main>
      </body>
    </html>
  );
}
