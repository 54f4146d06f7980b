import type { StageKind } from "@/lib/generated/prisma/enums";
import type { RegionZone } from "@/lib/time/zones";
import { formatDateTime, renderLayout, translator, type MailContext, type RenderedMail } from "./layout";

export type StageReminderData = {
  name: string;
  stageKind: StageKind;
  competition: string;
  /** When the stage closes (ISO). */
  endsAt: string;
  /** The region's time zone, in which the closing time is given. */
  timeZone: RegionZone;
  days: number;
  /** The page where the work is, inside the portal. */
  link: string;
};

type Pending = "REGISTRATION" | "SCREENING" | "REVIEW" | "OBJECTION" | "ANNOUNCEMENT";

function pendingKey(kind: StageKind): Pending {
  return kind === "DESK" || kind === "PRESENTATION" || kind === "FIELD_VERIFICATION" ? "REVIEW" : kind;
}

/** The words of a reminder (also the in-app notification's title), in the recipient's language. */
export function stageReminderWords(ctx: Pick<MailContext, "locale" | "region">, data: StageReminderData) {
  const t = translator(ctx.locale, ctx.region.timeZone);
  const words = {
    stage: t(`stages.${data.stageKind}`),
    competition: data.competition,
    days: data.days,
  };
  return {
    subject: t("stageReminder.subject", { ...words, region: ctx.region.name }),
    title: t("stageReminder.title", words),
    closes: t("stageReminder.closes", {
      ...words,
      endsAt: formatDateTime(ctx.locale, new Date(data.endsAt), data.timeZone),
    }),
    pending: t(`stageReminder.pending.${pendingKey(data.stageKind)}`),
  };
}

/** A stage closes soon and the recipient still has work there. */
export function stageReminder(ctx: MailContext, data: StageReminderData): RenderedMail {
  const t = translator(ctx.locale, ctx.region.timeZone);
  const w = stageReminderWords(ctx, data);
  return renderLayout(ctx, {
    subject: w.subject,
    greeting: t("notification.greeting", { name: data.name }),
    paragraphs: [w.closes, w.pending],
    action: { label: t("stageReminder.action"), url: `${ctx.appUrl}${data.link}` },
    after: [],
    reason: {
      text: t("notification.reason", { region: ctx.region.name, category: t("categories.reminder") }),
      link: { label: t("notification.settings"), url: `${ctx.appUrl}/akun#surel` },
    },
  });
}
