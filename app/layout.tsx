// The site has two root layouts below this one (see components/layout/site-shell.tsx): the pages
// rendered per request in app/(site), and the cached catalogue search in app/(katalog). Each
// renders <html> itself, so this layer passes through.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
