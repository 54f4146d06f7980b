import { notFound } from "next/navigation";

// Any address no page matches lands here, so its 404 is drawn inside the site layout: in the
// visitor's language and with the header (app/not-found.tsx can only be a bare page, see there).
export default function UnknownAddress(): never {
  notFound();
}
