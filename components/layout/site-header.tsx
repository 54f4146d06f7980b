import { can } from "@/lib/access/policy";
import Link from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser, homeFor } from "@/lib/auth/session";
import { currentRegion, portalRegion } from "@/lib/region/queries/current";
import type { RegionProfile } from "@/lib/region/queries/profile";
import { logoPath } from "@/lib/region/rules/logo-path";
import { Role } from "@/lib/generated/prisma/enums";
import { NotificationBell } from "@/components/notifications/bell";
import { AccountArea, RoleLinks, type RoleView } from "./account-area";
import { LocaleSwitch } from "./locale-switch";
import { NavMenu } from "./nav-menu";
import { SignInLink } from "./sign-in-link";
import { SignOutButton } from "./sign-out-button";

type Translate = Awaited<ReturnType<typeof getTranslations>>;
type NavLink = { href: string; label: string };

const NAV_LINK_CLASS = "rounded px-1 py-1 text-slate-700 hover:text-brand-700 hover:underline";

function publicLinks(t: Translate): NavLink[] {
  return [
    { href: "/", label: t("nav.home") },
    { href: "/katalog", label: t("nav.catalogue") },
    { href: "/daerah", label: t("nav.regions") },
    { href: "/kompetisi", label: t("nav.publicCompetitions") },
    { href: "/statistik", label: t("nav.statistics") },
    { href: "/data", label: t("nav.openData") },
    { href: "/bantuan", label: t("nav.help") },
  ];
}

/** The signed-in user's own links after the public ones: their dashboard, then their role's sections. */
function roleLinks(t: Translate, role: Role): NavLink[] {
  const links: NavLink[] = [{ href: homeFor(role), label: t("nav.dashboard") }];
  if (role === "OPD_OPERATOR" || role === "OPD_HEAD") {
    links.push(
      { href: "/opd/inovasi", label: t("nav.innovations") },
      { href: "/opd/kompetisi", label: t("nav.competitions") },
      { href: "/opd/masukan", label: t("nav.feedback") },
    );
  }
  if (role === "HUB_ADMIN") links.push({ href: "/hub", label: t("nav.hub") });
  if (can({ role }, "region.administer")) {
    links.push(
      { href: "/admin/inovasi", label: t("nav.innovations") },
      { href: "/admin/kepatuhan", label: t("nav.compliance") },
      { href: "/admin/kompetisi", label: t("nav.competitions") },
      { href: "/admin/masukan", label: t("nav.feedback") },
      { href: "/admin/opd", label: t("nav.opds") },
      { href: "/admin/daerah", label: t("nav.region") },
      { href: "/admin/pengguna", label: t("nav.users") },
      { href: "/admin/impor", label: t("nav.import") },
      { href: "/admin/surat", label: t("nav.mail") },
      { href: "/admin/audit", label: t("nav.audit") },
    );
  }
  // Also the header's name links here; on a phone the name is hidden, so the account page needs a link of its own.
  links.push({ href: "/akun", label: t("account.title") });
  return links;
}

/** The portal's name, and under it the region's name beside its logo. */
function Brand({ t, region }: { t: Translate; region: RegionProfile | null }) {
  const logo = region ? logoPath(region) : null;
  return (
    <Link href="/" className="flex min-w-0 items-center gap-2">
      {logo ? (
        // eslint-disable-next-line @next/next/no-img-element -- the region's uploaded logo, served by its own route
        <img src={logo} alt="" width={40} height={40} className="h-10 w-10 shrink-0 object-contain" />
      ) : null}
      <span className="flex min-w-0 flex-col leading-tight">
        <span className="text-lg font-bold text-brand-700">{t("common.appName")}</span>
        {region ? (
          <span className="truncate text-xs text-slate-600" data-testid="header-region">
            {region.name}
          </span>
        ) : null}
      </span>
    </Link>
  );
}

function HeaderFrame({
  t,
  region,
  links,
  locale,
  account,
  moreLinks,
}: {
  t: Translate;
  region: RegionProfile | null;
  links: NavLink[];
  locale: string;
  account: React.ReactNode;
  /** Links drawn after `links` by a client island (the cached header's role links). */
  moreLinks?: React.ReactNode;
}) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Brand t={t} region={region} />
        {/* The links take a row of their own below the brand and the account controls, so they never squeeze them. */}
        <nav aria-label={t("common.mainNav")} className="order-last w-full text-sm">
          <NavMenu label={t("common.menu")}>
            {links.map((l) => (
              <Link key={l.href} href={l.href} className={NAV_LINK_CLASS}>
                {l.label}
              </Link>
            ))}
            {moreLinks}
          </NavMenu>
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
  const [t, user, locale, region] = await Promise.all([
    getTranslations(),
    getCurrentUser(),
    getLocale(),
    currentRegion(),
  ]);
  const links = user ? [...publicLinks(t), ...roleLinks(t, user.role)] : publicLinks(t);
  const account = user ? (
    <>
      <Link
        href="/akun"
        className="hidden text-slate-600 underline-offset-2 hover:underline sm:inline"
        data-testid="current-user"
        title={t("account.title")}
      >
        {user.name} · {t(`roles.${user.role}`)}
      </Link>
      <NotificationBell />
      <SignOutButton label={t("common.signOut")} />
    </>
  ) : (
    <SignInLink label={t("common.signIn")} />
  );
  return <HeaderFrame t={t} region={region} links={links} locale={locale} account={account} />;
}

/**
 * The header of the cached catalogue search: the same for every visitor, so the page can be
 * served from the cache; who is signed in is asked by the browser (AccountArea).
 */
export async function CachedSiteHeader({ locale }: { locale: string }) {
  const [t, region] = await Promise.all([getTranslations({ locale }), portalRegion()]);
  const roles = Object.fromEntries(
    Object.values(Role).map((role) => [role, { label: t(`roles.${role}`), links: roleLinks(t, role) }]),
  ) as Record<Role, RoleView>;
  return (
    <HeaderFrame
      t={t}
      region={region}
      links={publicLinks(t)}
      locale={locale}
      moreLinks={<RoleLinks roles={roles} className={NAV_LINK_CLASS} />}
      account={
        <AccountArea roles={roles} labels={{ signIn: t("common.signIn"), signOut: t("common.signOut") }} />
      }
    />
  );
}
