// The registry of mail templates: a template id names its data type, so enqueueMail checks what a caller passes.
// A new mail is a function here and its words in messages/{id,en}/mail.json.
import { accountSetup, type AccountSetupData } from "./account-setup";
import type { MailContext, RenderedMail } from "./layout";
import { passwordReset, type PasswordResetData } from "./password-reset";

export type TemplateData = {
  "account.setup": AccountSetupData;
  "password.reset": PasswordResetData;
};

export type TemplateId = keyof TemplateData;

export const TEMPLATES: { [K in TemplateId]: (ctx: MailContext, data: TemplateData[K]) => RenderedMail } = {
  "account.setup": accountSetup,
  "password.reset": passwordReset,
};

export function renderTemplate<K extends TemplateId>(
  template: K,
  ctx: MailContext,
  data: TemplateData[K],
): RenderedMail {
  return TEMPLATES[template](ctx, data);
}

export type { MailContext, RenderedMail } from "./layout";
