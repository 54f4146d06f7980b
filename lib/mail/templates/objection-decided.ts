import { renderLayout, translator, type MailContext, type RenderedMail } from "./layout";

export type ObjectionDecidedData = {
  name: string;
  reference: string;
  innovation: string;
  competition: string;
  competitionId: string;
  decision: "UPHELD" | "REJECTED";
  reason: string;
};

/** To the citizen who filed an objection with an e-mail address: the decision and its reason. */
export function objectionDecided(ctx: MailContext, data: ObjectionDecidedData): RenderedMail {
  const t = translator(ctx.locale, ctx.region.timeZone);
  return renderLayout(ctx, {
    subject: t("objectionDecided.subject", { reference: data.reference }),
    greeting: t("objectionDecided.greeting", { name: data.name || t("someone") }),
    paragraphs: [
      t("objectionDecided.body", {
        reference: data.reference,
        innovation: data.innovation,
        competition: data.competition,
      }),
      t("objectionDecided.decision", { decision: data.decision }),
      t("objectionDecided.reason", { reason: data.reason }),
    ],
    action: {
      label: t("objectionDecided.action"),
      url: `${ctx.appUrl}/kompetisi/${encodeURIComponent(data.competitionId)}/hasil`,
    },
    after: [],
    reason: { text: t("objectionDecided.why") },
  });
}
