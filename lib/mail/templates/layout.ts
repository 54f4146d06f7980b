// The frame every mail shares: the region's name in the header, one call to action, a link back into the portal,
// and the same words in plain text and in HTML. Every value that reaches the HTML is escaped here.
import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/config";
import { DEFAULT_ZONE, formatDateTime as formatInRegion, ZONE_IANA, type RegionZone } from "@/lib/time/zones";
import en from "@/messages/en/mail.json";
import id from "@/messages/id/mail.json";

const MESSAGES = { id, en } as const;

export type MailContext = {
  locale: Locale;
  /** The portal's absolute address (APP_URL), without a trailing slash. */
  appUrl: string;
  /** The region heading the mail; its time zone writes every date and time in the mail. */
  region: { name: string; logoUrl?: string | null; timeZone?: RegionZone };
};

export type RenderedMail = {
  subject: string;
  text: string;
  html: string;
  /** Extra headers (List-Unsubscribe), stored with the mail and sent with it. */
  headers?: Record<string, string>;
};

export function translator(locale: Locale, zone: RegionZone = DEFAULT_ZONE) {
  return createTranslator({ locale, messages: MESSAGES[locale], timeZone: ZONE_IANA[zone] });
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** A moment in a region's time zone (WIB unless told), named by its short name in either language. */
export function formatDateTime(locale: Locale, date: Date, zone: RegionZone = DEFAULT_ZONE): string {
  return formatInRegion(date, locale, zone);
}

type MailBody = {
  subject: string;
  greeting: string;
  paragraphs: string[];
  action: { label: string; url: string };
  after: string[];
  /** Why the recipient gets the mail, with a link to change it (account settings, unsubscribe). */
  reason?: { text: string; link?: { label: string; url: string } };
};

export function renderLayout(ctx: MailContext, body: MailBody): RenderedMail {
  const t = translator(ctx.locale, ctx.region.timeZone);
  const footer = t("footer", { region: ctx.region.name });
  const portal = `${ctx.appUrl}/`;
  const text = [
    ctx.region.name,
    "",
    body.greeting,
    "",
    ...body.paragraphs.flatMap((p) => [p, ""]),
    `${body.action.label}: ${body.action.url}`,
    "",
    ...body.after.flatMap((p) => [p, ""]),
    "--",
    ...(body.reason ? [body.reason.text] : []),
    ...(body.reason?.link ? [`${body.reason.link.label}: ${body.reason.link.url}`] : []),
    ...(body.reason ? [""] : []),
    footer,
    `${t("openPortal")}: ${portal}`,
    "",
  ].join("\n");
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const logo = ctx.region.logoUrl
    ? `<img src="${escapeHtml(ctx.region.logoUrl)}" alt="" height="40" style="vertical-align:middle;margin-right:8px">`
    : "";
  const reason = body.reason
    ? `<p style="margin:0 0 12px;font-size:12px;color:#52525b">${escapeHtml(body.reason.text)}${
        body.reason.link
          ? ` <a href="${escapeHtml(body.reason.link.url)}">${escapeHtml(body.reason.link.label)}</a>`
          : ""
      }</p>`
    : "";
  const html = `<!doctype html>
<html lang="${ctx.locale}"><head><meta charset="utf-8"><title>${escapeHtml(body.subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f4f5;font-family:Arial,Helvetica,sans-serif;color:#18181b;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">
<div style="font-weight:bold;font-size:18px;margin-bottom:24px">${logo}${escapeHtml(ctx.region.name)}</div>
${p(body.greeting)}
${body.paragraphs.map(p).join("\n")}
<p style="margin:24px 0"><a href="${escapeHtml(body.action.url)}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">${escapeHtml(body.action.label)}</a></p>
<p style="margin:0 0 16px;font-size:13px;word-break:break-all">${escapeHtml(body.action.url)}</p>
${body.after.map(p).join("\n")}
<hr style="border:none;border-top:1px solid #e4e4e7;margin:24px 0">
${reason}
<p style="margin:0;font-size:12px;color:#52525b">${escapeHtml(footer)} <a href="${escapeHtml(portal)}">${escapeHtml(t("openPortal"))}</a></p>
</div>
</body></html>
`;
  return { subject: body.subject, text, html };
}
