// The SMTP connection from the environment, or null when none is configured (the embedded default): mails then
// stay in the outbox, printed on the console.
import nodemailer from "nodemailer";
import type { MailEnv } from "@/lib/env";

export type MailTransport = {
  sendMail(mail: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html: string;
    headers?: Record<string, string>;
    messageId: string;
  }): Promise<{ messageId: string }>;
  close?(): void;
};

export function createTransport(e: MailEnv): MailTransport | null {
  if (!e.SMTP_HOST) return null;
  return nodemailer.createTransport({
    host: e.SMTP_HOST,
    port: e.SMTP_PORT,
    secure: e.SMTP_SECURE,
    auth: e.SMTP_USER ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD ?? "" } : undefined,
    // A server that stops answering fails the attempt (pg-boss retries it later) instead of holding the worker.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
}
