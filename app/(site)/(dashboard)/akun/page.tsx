import { getTranslations } from "next-intl/server";
import { MailPreferencesForm } from "@/components/account/mail-preferences-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { signOutEverywhereAction } from "@/lib/auth/actions";
import { currentSessionId, requireUser } from "@/lib/auth/session";
import { liveSessions } from "@/lib/auth/sessions";
import { db } from "@/lib/db";
import { mailOptOutOf } from "@/lib/notifications/queries";
import { getZonedFormatter } from "@/lib/time/format";

export async function generateMetadata() {
  return { title: (await getTranslations("account"))("title") };
}

/** The signed-in user's own account: who they are here, the browsers signed in, and signing out on all of them. */
export default async function AccountPage() {
  const user = await requireUser();
  const [t, tMail, tRoles, format, sessions, sid, optOut] = await Promise.all([
    getTranslations("account"),
    getTranslations("mailPrefs"),
    getTranslations("roles"),
    getZonedFormatter(),
    liveSessions(db, user.id),
    currentSessionId(),
    mailOptOutOf(db, user.id),
  ]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <dt className="text-slate-600">{t("name")}</dt>
        <dd>{user.name}</dd>
        <dt className="text-slate-600">{t("email")}</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="text-slate-600">{t("role")}</dt>
        <dd>{tRoles(user.role)}</dd>
      </dl>
      <section id="surel" aria-labelledby="mail-heading" className="flex scroll-mt-4 flex-col gap-3">
        <h2 id="mail-heading" className="text-lg font-semibold">
          {tMail("heading")}
        </h2>
        <p className="text-sm text-slate-600">{tMail("intro")}</p>
        <MailPreferencesForm optOut={optOut} />
      </section>
      <section aria-labelledby="sessions-heading" className="flex flex-col gap-3">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          {t("sessions")} ({sessions.length})
        </h2>
        <p className="text-sm text-slate-600">{t("sessionsHelp")}</p>
        <ul className="flex flex-col gap-1 text-sm" data-testid="live-sessions">
          {sessions.map((s) => (
            <li key={s.id}>
              {t("signedInAt", { at: when(s.createdAt), until: when(s.expiresAt) })}
              {s.id === sid ? <strong className="ml-2">({t("thisDevice")})</strong> : null}
            </li>
          ))}
        </ul>
        <ConfirmAction
          action={signOutEverywhereAction}
          fields={{ confirm: "ya" }}
          label={t("signOutEverywhere")}
          confirmText={t("signOutEverywhereConfirm")}
          variant="danger"
        />
      </section>
    </div>
  );
}
