import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser, homeFor } from "@/lib/auth/session";
import { Role } from "@/lib/generated/prisma/enums";
import { NotificationBell } from "@/components/notifications/bell";
import { AccountArea } from "./account-area";
import { LocaleSwitch } from "./locale-switch";
import { SignInLink } from "./sign-in-link";
import { SignOutButton } from "./sign-out-button";

type Translate = Awaited<ReturnType<typeof getTranslations>>;
type NavLink = { href: string; label: string };

function publicLinks(t: Translate): NavLink[] {
  return [
    { href: "/", label: t("nav.home") },
    { href: "/katalog", label: t("nav.catalogue") },
    { href: "/kompetisi", label: t("nav.publicCompetitions") },
    { href: "/statistik", label: t("nav.statistics") },
    { href: "/data", label: t("nav.openData") },
  ];
}

function HeaderFrame({ t, links, locale, account }: { t: Translate; links: NavLink[]; locale: string; account: React.ReactNode }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-brand-700">
          {t("common.appName")}
        </Link>
        {/* The links take a row of their own below the brand and the account controls, so they never squeeze them. */}
        <nav aria-label={t("common.mainNav")} className="order-last flex w-full flex-wrap gap-x-4 gap-y-1 text-sm">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="rounded px-1 py-1 text-slate-700 hover:text-brand-700 hover:underline">
              {l.label}
            </Link>
          ))}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <LocaleSwitch current={locale} label={t("common.language")} />
          {account}
        </div>
      </div>
    </header>
  );
}

/** The header of the pages rendered per request: the signed-in user's links, bell and name. */
export async function SiteHeader() {
  const [t, user, locale] = await Promise.all([getTranslations(), getCurrentUser(), getLocale()]);
  const links = publicLinks(t);
  if (user) {
    links.push({ href: homeFor(user.role), label: t("nav.dashboard") });
    if (user.role === "OPD_OPERATOR" || user.role === "OPD_HEAD") {
      links.push(
        { href: "/opd/inovasi", label: t("nav.innovations") },
        { href: "/opd/kompetisi", label: t("nav.competitions") },
        { href: "/opd/masukan", label: t("nav.feedback") },
      );
    }
    if (user.role === "ADMIN") {
      links.push(
        { href: "/admin/inovasi", label: t("nav.innovations") },
        { href: "/admin/kepatuhan", label: t("nav.compliance") },
        { href: "/admin/kompetisi", label: t("nav.competitions") },
        { href: "/admin/masukan", label: t("nav.feedback") },
        { href: "/admin/opd", label: t("nav.opds") },
        { href: "/admin/pengguna", label: t("nav.users") },
        { href: "/admin/audit", label: t("nav.audit") },
      );
    }
  }
  const account = user ? (
    <>
      <span className="hidden text-slate-600 sm:inline" data-testid="current-user">
        {user.name} · {t(`roles.${user.role}`)}
      </span>
      <NotificationBell />
      <SignOutButton label={t("common.signOut")} />
    </>
  ) : (
    <SignInLink label={t("common.signIn")} />
  );
  return <HeaderFrame t={t} links={links} locale={locale} account={account} />;
}

/**
 * The header of the cached catalogue search: the same for every visitor, so the page can be
 * served from the cache; who is signed in is asked by the browser (AccountArea).
 */
export async function CachedSiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations({ locale });
  const roles = Object.fromEntries(
    Object.values(Role).map((role) => [role, { label: t(`roles.${role}`), home: homeFor(role) }]),
  ) as Record<Role, { label: string; home: string }>;
  return (
    <HeaderFrame
      t={t}
      links={publicLinks(t)}
      locale={locale}
      account={
        <AccountArea
          roles={roles}
          labels={{ signIn: t("common.signIn"), signOut: t("common.signOut"), dashboard: t("nav.dashboard") }}
        />
      }
    />
  );
}
