// E-mail: queue a mail inside a transaction (enqueueMail), the worker delivers it (lib/mail/worker.ts).
export { enqueueMail, type MailInput } from "./queue";
export type { TemplateData, TemplateId } from "./templates";
