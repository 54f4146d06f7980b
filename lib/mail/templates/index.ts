// The registry of mail templates: a template id names its data type, so enqueueMail checks what a caller passes.
// A new mail is a function here and its words in messages/{id,en}/mail.json.
import { accountSetup, type AccountSetupData } from "./account-setup";
import { feedbackReply, type FeedbackReplyData } from "./feedback-reply";
import type { MailContext, RenderedMail } from "./layout";
import { notification, type NotificationData } from "./notification";
import { objectionDecided, type ObjectionDecidedData } from "./objection-decided";
import { passwordReset, type PasswordResetData } from "./password-reset";
import { stageReminder, type StageReminderData } from "./stage-reminder";

export type TemplateData = {
  "account.setup": AccountSetupData;
  "password.reset": PasswordResetData;
  notification: NotificationData;
  "stage.reminder": StageReminderData;
  "objection.decided": ObjectionDecidedData;
  "feedback.reply": FeedbackReplyData;
};

export type TemplateId = keyof TemplateData;

export const TEMPLATES: { [K in TemplateId]: (ctx: MailContext, data: TemplateData[K]) => RenderedMail } = {
  "account.setup": accountSetup,
  "password.reset": passwordReset,
  notification,
  "stage.reminder": stageReminder,
  "objection.decided": objectionDecided,
  "feedback.reply": feedbackReply,
};

export function renderTemplate<K extends TemplateId>(
  template: K,
  ctx: MailContext,
  data: TemplateData[K],
): RenderedMail {
  return TEMPLATES[template](ctx, data);
}

export type { MailContext, RenderedMail } from "./layout";
