// The signed-in user's unread notification count, for the bell of the cached catalogue header
// (components/layout/account-area.tsx): that page is the same for everyone, so the browser asks. The label is
// formatted here, in the user's language, so the page carries no notification messages. 401 without a session.
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { unreadCount } from "@/lib/notifications/queries";
import { orServiceUnavailable } from "@/lib/http/unavailable";

export const dynamic = "force-dynamic";

const HEADERS = { "Cache-Control": "private, no-store" };

export type UnreadBell = { ok: true; count: number; label: string };

async function get() {
  const user = await getCurrentUser();
  if (!user)
    return Response.json({ ok: false, message: "unauthenticated" }, { status: 401, headers: HEADERS });
  const [t, count] = await Promise.all([getTranslations("notifications"), unreadCount(db, user)]);
  const body: UnreadBell = { ok: true, count, label: t("bellLabel", { count }) };
  return Response.json(body, { headers: HEADERS });
}

export const GET = orServiceUnavailable(get);
