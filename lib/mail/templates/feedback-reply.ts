import { renderLayout, translator, type MailContext, type RenderedMail } from "./layout";

export type FeedbackReplyData = {
  name: string;
  innovation: string;
  innovationId: string;
  reply: string;
  /** The signed token of the commenter's address (lib/mail/unsubscribe.ts). */
  unsubscribeToken: string;
};

/** The page that asks before it unsubscribes an address (a link in the mail's body). */
function unsubscribeUrl(appUrl: string, token: string): string {
  return `${appUrl}/berhenti-langganan?t=${encodeURIComponent(token)}`;
}

/** Where a mail client's one-click POST (RFC 8058) goes: it unsubscribes at once. */
function oneClickUrl(appUrl: string, token: string): string {
  return `${appUrl}/api/berhenti-langganan?t=${encodeURIComponent(token)}`;
}

/** A reply under a citizen's comment, to the commenter, with a one-click unsubscribe (RFC 8058). */
export function feedbackReply(ctx: MailContext, data: FeedbackReplyData): RenderedMail {
  const t = translator(ctx.locale, ctx.region.timeZone);
  const stop = unsubscribeUrl(ctx.appUrl, data.unsubscribeToken);
  const rendered = renderLayout(ctx, {
    subject: t("feedbackReply.subject", { innovation: data.innovation }),
    greeting: t("feedbackReply.greeting", { name: data.name || t("someone") }),
    paragraphs: [t("feedbackReply.body", { innovation: data.innovation }), ...data.reply.split(/\n{2,}/)],
    action: {
      label: t("feedbackReply.action"),
      url: `${ctx.appUrl}/katalog/${encodeURIComponent(data.innovationId)}`,
    },
    after: [],
    reason: { text: t("feedbackReply.why"), link: { label: t("feedbackReply.unsubscribe"), url: stop } },
  });
  return {
    ...rendered,
    headers: {
      "List-Unsubscribe": `<${oneClickUrl(ctx.appUrl, data.unsubscribeToken)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
