// Citizens' addresses (objection and comment contacts) can stop the portal's mail with one click. The link carries
// the address and an HMAC of it under NEXTAUTH_SECRET, so it is checked without a lookup; the suppression list keeps
// only a sha256 of the lower-cased address.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "mailSuppression">;

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

/** The address in a contact field (objections and comments take a phone number or an e-mail), or null. */
export function emailIn(contact: string | null | undefined): string | null {
  const v = (contact ?? "").trim();
  return v.length <= 254 && EMAIL.test(v) ? v : null;
}

const normalize = (address: string) => address.trim().toLowerCase();

export function addressHash(address: string): string {
  return createHash("sha256").update(normalize(address)).digest("hex");
}

function mac(address: string, secret: string): Buffer {
  return createHmac("sha256", secret)
    .update(`unsubscribe:${normalize(address)}`)
    .digest();
}

export function unsubscribeToken(address: string, secret = env().NEXTAUTH_SECRET): string {
  const a = Buffer.from(normalize(address)).toString("base64url");
  return `${a}.${mac(address, secret).toString("base64url")}`;
}

/** The address a token was made for, or null when it was not made with this portal's secret. */
export function verifyUnsubscribeToken(token: unknown, secret = env().NEXTAUTH_SECRET): string | null {
  if (typeof token !== "string" || token.length > 1000) return null;
  const [a, m, ...rest] = token.split(".");
  if (!a || !m || rest.length) return null;
  const address = Buffer.from(a, "base64url").toString("utf8");
  if (!emailIn(address)) return null;
  const given = Buffer.from(m, "base64url");
  const expected = mac(address, secret);
  return given.length === expected.length && timingSafeEqual(given, expected) ? normalize(address) : null;
}

export async function isSuppressed(tx: Tx, address: string): Promise<boolean> {
  return (await tx.mailSuppression.count({ where: { addressHash: addressHash(address) } })) > 0;
}

/** Records that an address wants no more mail; idempotent. */
async function suppress(tx: Tx, address: string): Promise<void> {
  const hash = addressHash(address);
  await tx.mailSuppression.upsert({
    where: { addressHash: hash },
    create: { addressHash: hash },
    update: {},
  });
}

const plain = (body: string, status: number) =>
  new Response(`${body}\n`, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/**
 * A POST to /api/berhenti-langganan: the confirm button of /berhenti-langganan (form field `t`, answered with a
 * redirect to the page's confirmation) or a mail client's one-click POST (token in the address, body
 * `List-Unsubscribe=One-Click`, answered 200). A token that does not verify changes nothing (400).
 */
export async function unsubscribeRequest(
  db: Tx,
  request: Request,
  appUrl = env().APP_URL,
): Promise<Response> {
  const url = new URL(request.url);
  let form: FormData | null = null;
  try {
    form = await request.formData();
  } catch {
    form = null; // an empty or unusual body: the token is in the address
  }
  const address = verifyUnsubscribeToken(url.searchParams.get("t") ?? form?.get("t"));
  if (!address) return plain("Tautan tidak sah.", 400);
  await suppress(db, address);
  if (form?.get("List-Unsubscribe") === "One-Click") return plain("Berhenti langganan berhasil.", 200);
  return Response.redirect(`${appUrl.replace(/\/+$/, "")}/berhenti-langganan?selesai=1`, 303);
}
