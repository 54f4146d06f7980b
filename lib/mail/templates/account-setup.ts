import { formatDateTime, renderLayout, translator, type MailContext, type RenderedMail } from "./layout";

export type AccountSetupData = { name: string; token: string; expiresAt: string };

/** A new account's one-time link to choose its password. */
export function accountSetup(ctx: MailContext, data: AccountSetupData): RenderedMail {
  const t = translator(ctx.locale, ctx.region.timeZone);
  return renderLayout(ctx, {
    subject: t("accountSetup.subject", { region: ctx.region.name }),
    greeting: t("accountSetup.greeting", { name: data.name }),
    paragraphs: [t("accountSetup.body", { region: ctx.region.name })],
    action: { label: t("accountSetup.action"), url: `${ctx.appUrl}/setel-sandi/${data.token}` },
    after: [
      t("accountSetup.expiry", {
        expiresAt: formatDateTime(ctx.locale, new Date(data.expiresAt), ctx.region.timeZone),
      }),
    ],
  });
}
