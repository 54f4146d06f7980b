import { formatDateTime, renderLayout, translator, type MailContext, type RenderedMail } from "./layout";

export type PasswordResetData = { name: string; token: string; expiresAt: string };

/** The link of a "Lupa kata sandi" request. */
export function passwordReset(ctx: MailContext, data: PasswordResetData): RenderedMail {
  const t = translator(ctx.locale, ctx.region.timeZone);
  return renderLayout(ctx, {
    subject: t("passwordReset.subject"),
    greeting: t("passwordReset.greeting", { name: data.name }),
    paragraphs: [t("passwordReset.body", { region: ctx.region.name })],
    action: { label: t("passwordReset.action"), url: `${ctx.appUrl}/setel-sandi/${data.token}` },
    after: [
      t("passwordReset.expiry", {
        expiresAt: formatDateTime(ctx.locale, new Date(data.expiresAt), ctx.region.timeZone),
      }),
      t("passwordReset.ignore"),
    ],
  });
}
