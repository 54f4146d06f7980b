"use client";
import Link from "@/components/ui/link";
import { useEffect, useState } from "react";
import { BELL_BUTTON_CLASS, BellFace } from "@/components/notifications/bell-face";
import type { UnreadBell } from "@/app/api/notifikasi/belum-dibaca/route";
import { SignInLink } from "./sign-in-link";
import { SignOutButton } from "./sign-out-button";

type SessionUser = { name: string; role: string };
/** What the cached header shows for a role: its name and its links (dashboard first). */
export type RoleView = { label: string; links: { href: string; label: string }[] };

// One request per page load for both islands. A sign-in or sign-out always loads a page anew (the sign-in page has
// another root layout; sign-out redirects), so the answer never outlives the session it describes.
let sessionRequest: Promise<SessionUser | null> | null = null;
function fetchSessionUser(): Promise<SessionUser | null> {
  sessionRequest ??= fetch("/api/auth/session", { credentials: "same-origin" })
    .then((r) => (r.ok ? r.json() : null))
    .then((s: { user?: { name?: string; role?: string } } | null) => {
      const u = s?.user;
      return u?.name && u.role ? { name: u.name, role: u.role } : null;
    })
    .catch(() => null); // no answer: stay a visitor
  return sessionRequest;
}

/**
 * Who is signed in, for a page served from the cache: the page is the same for everyone, so the browser asks
 * next-auth. Only for display: every page and action still checks the user on the server. Null (a visitor) first,
 * which is what a browser without JavaScript keeps, so the header does not shift for visitors.
 */
function useSignedIn(roles: Record<string, RoleView>): (SessionUser & { view: RoleView }) | null {
  const [user, setUser] = useState<SessionUser | null>(null);
  useEffect(() => {
    let live = true;
    void fetchSessionUser().then((u) => live && setUser(u));
    return () => {
      live = false;
    };
  }, []);
  const view = user ? roles[user.role] : undefined;
  return user && view ? { ...user, view } : null;
}

/**
 * The cached header's bell: the unread count, asked in the browser, as a link to the notifications page (the
 * other pages' bell opens a menu of the latest ones; this one keeps the cached page free of them).
 */
function BellLink() {
  const [bell, setBell] = useState<UnreadBell | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/notifikasi/belum-dibaca", { credentials: "same-origin" })
      .then((r) => (r.ok ? (r.json() as Promise<UnreadBell>) : null))
      .then((b) => live && setBell(b))
      .catch(() => {}); // no answer: no bell
    return () => {
      live = false;
    };
  }, []);
  if (!bell) return null;
  return (
    <Link href="/notifikasi" className={BELL_BUTTON_CLASS} data-testid="notification-bell">
      <BellFace count={bell.count} label={bell.label} />
    </Link>
  );
}

/** The account controls of the cached header: the sign-in link, or the user's name, bell and sign-out button. */
export function AccountArea({
  roles,
  labels,
}: {
  roles: Record<string, RoleView>;
  labels: { signIn: string; signOut: string };
}) {
  const user = useSignedIn(roles);
  if (user === null) return <SignInLink label={labels.signIn} />;
  return (
    <>
      <span className="hidden text-slate-600 sm:inline" data-testid="current-user">
        {user.name} · {user.view.label}
      </span>
      <BellLink />
      <SignOutButton label={labels.signOut} />
    </>
  );
}

/** The signed-in user's links in the cached header's navigation, as the per-request header draws them. */
export function RoleLinks({ roles, className }: { roles: Record<string, RoleView>; className: string }) {
  const user = useSignedIn(roles);
  return user?.view.links.map((l) => (
    <Link key={l.href} href={l.href} className={className}>
      {l.label}
    </Link>
  ));
}
