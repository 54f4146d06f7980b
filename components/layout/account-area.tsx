"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import { SignInLink } from "./sign-in-link";
import { SignOutButton } from "./sign-out-button";

type SessionUser = { name: string; role: string };

/**
 * The account controls of a page served from the cache: the page is the same for everyone, so
 * the browser asks next-auth who is signed in. Only for display: every page and action still
 * checks the user on the server.
 */
export function AccountArea({
  roles,
  labels,
}: {
  roles: Record<string, { label: string; home: string }>;
  labels: { signIn: string; signOut: string; dashboard: string };
}) {
  // Drawn as a visitor first (most visitors are, and it is what a browser without JavaScript keeps): the header
  // does not shift for them; a signed-in user sees their name replace the sign-in link.
  const [user, setUser] = useState<SessionUser | null>(null);
  useEffect(() => {
    let live = true;
    fetch("/api/auth/session", { credentials: "same-origin" })
      .then((r) => (r.ok ? r.json() : null))
      .then((s: { user?: { name?: string; role?: string } } | null) => {
        if (!live) return;
        const u = s?.user;
        setUser(u?.name && u.role && roles[u.role] ? { name: u.name, role: u.role } : null);
      })
      .catch(() => {}); // no answer: stay a visitor
    return () => {
      live = false;
    };
  }, [roles]);

  if (user === null) return <SignInLink label={labels.signIn} />;
  const role = roles[user.role]!;
  return (
    <>
      <span className="hidden text-slate-600 sm:inline" data-testid="current-user">
        {user.name} · {role.label}
      </span>
      <Link href={role.home} className="rounded px-1 py-1 text-brand-700 underline">
        {labels.dashboard}
      </Link>
      <SignOutButton label={labels.signOut} />
    </>
  );
}
