// Queues an e-mail inside the caller's transaction: the rendered MailMessage row and its pg-boss job commit with
// the change that caused them, or not at all. Nothing here talks to the mail server, so a slow or broken one never
// slows or fails the user's action.
import { mailEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";
import { logoPath } from "@/lib/region/rules/logo-path";
import { createBoss, MAIL_QUEUE, transactionExecutor, type SqlExecutor } from "./boss";
import { renderTemplate, type TemplateData, type TemplateId } from "./templates";

export type MailInput<K extends TemplateId> = {
  template: K;
  to: string;
  locale: Locale;
  data: TemplateData[K];
  /** The account the mail is for: its region heads the mail and owns it in the outbox. */
  userId?: string | null;
  /** The region of a mail to an address without an account. */
  regionId?: string | null;
  /** The same key twice queues one mail (e.g. `objection.received:<id>`). */
  dedupeKey?: string | null;
};

export type MailJob = { id: string };

const unused: SqlExecutor = {
  executeSql: () => Promise.reject(new Error("the mail queue sends only through a transaction")),
};
let sender: ReturnType<typeof createBoss> | undefined;

export async function enqueueMail<K extends TemplateId>(
  tx: Prisma.TransactionClient,
  input: MailInput<K>,
): Promise<{ id: string; queued: boolean }> {
  const e = mailEnv();
  const user = input.userId
    ? await tx.user.findUnique({ where: { id: input.userId }, select: { regionId: true } })
    : null;
  const regionId = user?.regionId ?? input.regionId ?? null;
  const region = regionId
    ? await tx.region.findUnique({
        where: { id: regionId },
        select: { id: true, name: true, logoKey: true, timeZone: true },
      })
    : null;
  const appUrl = e.APP_URL.replace(/\/+$/, "");
  const logo = region ? logoPath(region) : null;
  const rendered = renderTemplate(
    input.template,
    {
      locale: input.locale,
      appUrl,
      region: {
        name: region?.name ?? "Inovasi Daerah",
        logoUrl: logo ? `${appUrl}${logo}` : null,
        timeZone: region?.timeZone ?? "WIB",
      },
    },
    input.data,
  );
  const row = {
    regionId,
    userId: input.userId ?? null,
    to: input.to,
    locale: input.locale,
    template: input.template,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    dedupeKey: input.dedupeKey ?? null,
    ...(rendered.headers ? { headers: rendered.headers } : {}),
  };
  if (row.dedupeKey) {
    const existing = await tx.mailMessage.findUnique({
      where: { dedupeKey: row.dedupeKey },
      select: { id: true },
    });
    if (existing) return { id: existing.id, queued: false };
  }
  const created = await tx.mailMessage.create({ data: row, select: { id: true } });
  sender ??= createBoss(unused);
  const jobId = await sender.send(MAIL_QUEUE, { id: created.id } satisfies MailJob, {
    db: transactionExecutor(tx),
    expireInSeconds: e.MAIL_JOB_EXPIRE_SECONDS,
  });
  if (!jobId) throw new Error(`the mail queue "${MAIL_QUEUE}" does not exist (run the migrations)`);
  return { id: created.id, queued: true };
}
