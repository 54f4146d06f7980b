// Unsubscribes a citizen's address: the confirm button of /berhenti-langganan and the one-click POST of mail
// clients (List-Unsubscribe-Post, RFC 8058) both post here with the signed token of the address.
import { db } from "@/lib/db";
import { unsubscribeRequest } from "@/lib/mail/unsubscribe";

export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return unsubscribeRequest(db, request);
}
