import { NotFoundContent } from "@/components/layout/not-found-content";

// notFound() from a page: rendered inside the site layout.
export default function NotFound() {
  return <NotFoundContent />;
}
