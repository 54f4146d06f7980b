// One delivery attempt of a queued mail, as the worker runs it for a pg-boss job.
import type { Db } from "@/lib/db/client";
import type { MailEnv } from "@/lib/env";
import type { MailTransport } from "./transport";

type DeliveryOutcome = "sent" | "outbox" | "skipped";

/**
 * Sends the mail the row holds. A row already SENT (or kept in the outbox) is skipped, so a job that runs again —
 * after a crash between the send and the job's completion — does not send it twice. A failure is recorded on the
 * row and thrown, so pg-boss retries the job with backoff; the last failure marks the row FAILED.
 */
export async function deliverMail(
  db: Db,
  id: string,
  transport: MailTransport | null,
  e: Pick<MailEnv, "MAIL_FROM" | "APP_URL">,
  opts: { lastAttempt?: boolean; print?: (line: string) => void } = {},
): Promise<DeliveryOutcome> {
  const mail = await db.mailMessage.findUnique({
    where: { id },
    select: { id: true, to: true, subject: true, text: true, html: true, status: true, headers: true },
  });
  if (!mail || mail.status === "SENT" || mail.status === "OUTBOX") return "skipped";
  if (!transport) {
    const print = opts.print ?? ((line: string) => console.log(line));
    print(
      [
        `[surel] SMTP_HOST tidak diatur: surel disimpan di kotak keluar (/admin/surat), tidak dikirim.`,
        `  Kepada: ${mail.to}`,
        `  Subjek: ${mail.subject}`,
        ...mail.text.split("\n").map((l) => `  | ${l}`),
      ].join("\n"),
    );
    await db.mailMessage.update({ where: { id }, data: { status: "OUTBOX" } });
    return "outbox";
  }
  await db.mailMessage.update({ where: { id }, data: { attempts: { increment: 1 } } });
  try {
    const info = await transport.sendMail({
      from: e.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      ...(mail.headers ? { headers: mail.headers as Record<string, string> } : {}),
      // Stable across retries, so a receiving server or a reader can tell a repeat from a new mail.
      messageId: `<${mail.id}@${new URL(e.APP_URL).hostname}>`,
    });
    await db.mailMessage.update({
      where: { id },
      data: { status: "SENT", sentAt: new Date(), messageId: info.messageId, lastError: null },
    });
    return "sent";
  } catch (err) {
    await db.mailMessage.update({
      where: { id },
      data: {
        lastError: (err instanceof Error ? err.message : String(err)).slice(0, 1000),
        status: opts.lastAttempt ? "FAILED" : "QUEUED",
      },
    });
    throw err;
  }
}
