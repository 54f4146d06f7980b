import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/config";
import { ZONE_IANA } from "@/lib/time/zones";
import { kindLabelKey } from "@/lib/notifications/rules/link";
import { mailCategoryOf } from "@/lib/notifications/rules/mail-categories";
import en from "@/messages/en/notifications.json";
import id from "@/messages/id/notifications.json";
import { renderLayout, translator, type MailContext, type RenderedMail } from "./layout";

export type NotificationData = {
  name: string;
  kind: string;
  title: string;
  body: string;
  /** A path inside the portal ("/inovasi/abc"), or null. */
  link: string | null;
};

export function kindLabel(locale: Locale, kind: string): string {
  const t = createTranslator({ locale, messages: locale === "en" ? en : id, timeZone: ZONE_IANA.WIB });
  return t(kindLabelKey(kind) as "kindOther");
}

/** An in-app notification, also by mail: the kind's label, the title and body, a button into the portal. */
export function notification(ctx: MailContext, data: NotificationData): RenderedMail {
  const t = translator(ctx.locale, ctx.region.timeZone);
  const kind = kindLabel(ctx.locale, data.kind);
  const category = mailCategoryOf(data.kind);
  const region = ctx.region.name;
  return renderLayout(ctx, {
    subject: t("notification.subject", { region, kind, title: data.title }),
    greeting: t("notification.greeting", { name: data.name }),
    paragraphs: [data.title, ...(data.body ? data.body.split(/\n{2,}/) : [])],
    action: { label: t("notification.action"), url: `${ctx.appUrl}${data.link ?? "/notifikasi"}` },
    after: [],
    reason: {
      text: category
        ? t("notification.reason", { region, category: t(`categories.${category}`) })
        : t("notification.reasonEssential", { region }),
      link: { label: t("notification.settings"), url: `${ctx.appUrl}/akun#surel` },
    },
  });
}
