// Mails carrying a one-time password link. Both run inside the caller's transaction, with the token they carry.
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueMail } from "@/lib/mail/queue";
import { issueToken } from "./setup-token";

type LinkRecipient = { id: string; name: string; email: string; locale: "id" | "en" };

/** E-mails an account its setup link (a new account, a link the secretariat issues, a bulk import). */
export async function sendSetupLink(
  tx: Prisma.TransactionClient,
  user: LinkRecipient,
  token: { token: string; expiresAt: Date },
) {
  return enqueueMail(tx, {
    template: "account.setup",
    to: user.email,
    userId: user.id,
    locale: user.locale,
    data: { name: user.name, token: token.token, expiresAt: token.expiresAt.toISOString() },
  });
}

/** Issues a setup token for the account and e-mails it; returns the token for the secretariat's screen. */
export async function issueAndSendSetupLink(tx: Prisma.TransactionClient, user: LinkRecipient) {
  const token = await issueToken(tx, user.id, "SETUP");
  await sendSetupLink(tx, user, token);
  return token.token;
}

/** A "Lupa kata sandi" link (1 hour) to the account's address. */
export async function sendPasswordResetLink(tx: Prisma.TransactionClient, user: LinkRecipient) {
  const token = await issueToken(tx, user.id, "RESET");
  await enqueueMail(tx, {
    template: "password.reset",
    to: user.email,
    userId: user.id,
    locale: user.locale,
    data: { name: user.name, token: token.token, expiresAt: token.expiresAt.toISOString() },
  });
  return token;
}
