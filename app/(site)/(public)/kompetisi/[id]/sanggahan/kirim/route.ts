// POST: a member of the public files an objection (see lib/objections/filing-http.ts).
import { respondToFiling } from "@/lib/objections/filing-http";
import { requestContext } from "@/lib/request-context";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return respondToFiling(request, id, await requestContext());
}
