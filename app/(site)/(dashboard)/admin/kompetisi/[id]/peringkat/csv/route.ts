// CSV of one view of the admin ranking (?stage=DESK|…|FINAL), in the order and with the columns of the page.
import { can } from "@/lib/access/policy";
import { getTranslations } from "next-intl/server";
import { ActionError } from "@/lib/action-types";
import { getCurrentUser } from "@/lib/auth/session";
import { toCsv } from "@/lib/files/csv";
import { db } from "@/lib/db";
import { rankingCsv } from "@/lib/ranking/rules/csv";
import { liveRanking } from "@/lib/ranking/queries";
import { tieBreakMessage } from "@/lib/scoring/notes";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) return new Response("Unauthorized", { status: 401 });
  if (!can(user, "competition.write")) return new Response("Forbidden", { status: 403 });
  const live = await liveRanking(db, user, id).catch((err: unknown) => {
    if (err instanceof ActionError) return null;
    throw err;
  });
  if (!live) return new Response("Not found", { status: 404 });
  const [t, tc] = await Promise.all([getTranslations("ranking"), getTranslations("competitions")]);
  const stageName = (s: string) => (tc.has(`stages.${s}`) ? tc(`stages.${s}`) : s);
  const url = new URL(request.url);
  const csv = rankingCsv(live, url.searchParams.get("stage") ?? live.file.competition.deskStage, {
    column: (k) => t(`columns.${k}`),
    yes: t("yes"),
    no: t("no"),
    status: (s) => (t.has(`status.${s}`) ? t(`status.${s}`) : s),
    via: (v) => t(`via.${v}`),
    kind: (k) => t(`overrideKinds.${k}`),
    ignored: t("ignored"),
    tieBreak: (label) => {
      const m = tieBreakMessage(label, { stage: stageName });
      return m ? t(m.key as never, m.params as never) : label;
    },
    stage: stageName,
  });
  if (!csv) return new Response("Not found", { status: 404 });
  const name = `${t("csv.filename")}-${live.competition.year}-${csv.view.toLowerCase()}.csv`;
  return new Response(toCsv(csv.header, csv.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
}
