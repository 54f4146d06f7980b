"use client";
import { useState } from "react";

/**
 * Signs out through next-auth's client, loaded on click: every page's header has this button, and next-auth/react
 * (with its session provider and regenerator runtime: 8.3 kB gzipped on each page) would otherwise be part of the
 * JavaScript every visitor downloads, signed in or not.
 */
export function SignOutButton({ label }: { label: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      aria-busy={busy}
      onClick={() => {
        setBusy(true);
        import("next-auth/react")
          .then(({ signOut }) => signOut({ callbackUrl: "/" }))
          .catch(() => setBusy(false)); // the request failed: the button can be pressed again
      }}
      className="rounded border border-slate-300 px-3 py-1.5 hover:bg-slate-100 disabled:opacity-60"
    >
      {label}
    </button>
  );
}
