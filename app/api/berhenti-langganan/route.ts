// Unsubscribes a citizen's address: the confirm button of /berhenti-langganan and the one-click POST of mail
// clients (List-Unsubscribe-Post, RFC 8058) both post here with the signed token of the address.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { suppress, verifyUnsubscribeToken } from "@/lib/mail/unsubscribe";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) =>
  new Response(`${body}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

export async function POST(request: Request) {
  const url = new URL(request.url);
  let form: FormData | null = null;
  try {
    form = await request.formData();
  } catch {
    form = null; // a one-click POST may come with an empty or unusual body: the token is in the address
  }
  const token = url.searchParams.get("t") ?? form?.get("t");
  const address = verifyUnsubscribeToken(token);
  if (!address) return text("Tautan tidak sah.", 400);
  await suppress(db, address);
  if (form?.get("List-Unsubscribe") === "One-Click") return text("Berhenti langganan berhasil.", 200);
  return Response.redirect(`${env().APP_URL.replace(/\/+$/, "")}/berhenti-langganan?selesai=1`, 303);
}
