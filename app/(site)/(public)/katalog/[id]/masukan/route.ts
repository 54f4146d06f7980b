// POST: a visitor rates a public innovation (see lib/feedback/http.ts).
import { respondToFeedback } from "@/lib/feedback/http";
import { requestContext } from "@/lib/request-context";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return respondToFeedback(request, id, await requestContext());
}
