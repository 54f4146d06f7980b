"use client";
import Link from "@/components/ui/link";
import { useEffect, useId, useRef, useState, type CSSProperties } from "react";
import { markAllReadAction, markReadAction } from "@/lib/notifications/actions";
import { ActionButton } from "./action-button";
import { BELL_BUTTON_CLASS, BellFace } from "./bell-face";
import { NotificationLink } from "./notification-link";

export type BellItem = {
  id: string;
  title: string;
  href: string | null;
  unread: boolean;
  kind: string;
  time: string;
  timeIso: string;
  timeFull: string;
};

export type BellStrings = {
  /** The button's accessible name, e.g. "Notifikasi, 3 belum dibaca". */
  button: string;
  panel: string;
  unread: string;
  markRead: string;
  markAllRead: string;
  seeAll: string;
  empty: string;
};

/**
 * The header bell's menu: a disclosure (a button with aria-expanded that shows a panel right
 * after it), not an ARIA menu, so Tab moves through its links. Escape closes it and returns
 * focus to the button; so does a click outside or moving focus out of it. All text comes
 * formatted from the server component.
 */
export function BellMenu({
  count,
  items,
  strings,
}: {
  count: number;
  items: BellItem[];
  strings: BellStrings;
}) {
  const [open, setOpen] = useState(false);
  const [top, setTop] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);

  function toggle() {
    // On a phone the panel spans the screen just below the button (see the classes below).
    if (!open && button.current) setTop(Math.round(button.current.getBoundingClientRect().bottom + 8));
    setOpen(!open);
  }

  const close = () => setOpen(false);

  return (
    <div
      ref={root}
      className="relative"
      onBlur={(e) => {
        const next = e.relatedTarget as Node | null;
        if (open && next && !e.currentTarget.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={toggle}
        data-testid="notification-bell"
        className={BELL_BUTTON_CLASS}
      >
        <BellFace count={count} label={strings.button} />
      </button>
      <div
        id={panelId}
        hidden={!open}
        style={{ "--bell-top": `${top}px` } as CSSProperties}
        className="fixed inset-x-2 top-(--bell-top) z-40 flex max-h-[75vh] flex-col overflow-hidden rounded-lg border border-slate-200 bg-white text-sm shadow-lg sm:absolute sm:inset-x-auto sm:right-0 sm:top-full sm:mt-2 sm:w-96"
      >
        <div className="flex items-center justify-between gap-2 border-b border-slate-100 px-3 py-2">
          <p className="font-semibold">{strings.panel}</p>
          <ActionButton action={markAllReadAction} label={strings.markAllRead} size="sm" />
        </div>
        {items.length === 0 ? (
          <p className="px-3 py-6 text-center text-slate-600">{strings.empty}</p>
        ) : (
          <ul aria-label={strings.panel} className="overflow-y-auto">
            {items.map((n) => {
              const body = (
                <>
                  <span
                    aria-hidden="true"
                    className={`mt-1.5 h-2 w-2 shrink-0 rounded-full ${n.unread ? "bg-brand-600" : "bg-transparent"}`}
                  />
                  <span className="flex min-w-0 flex-col">
                    <span
                      className={`break-words ${n.unread ? "font-semibold text-slate-900" : "text-slate-700"}`}
                    >
                      {n.title}
                    </span>{" "}
                    <span className="text-xs text-slate-600">
                      {n.kind} ·{" "}
                      <time dateTime={n.timeIso} title={n.timeFull}>
                        {n.time}
                      </time>
                      {n.unread ? <span className="sr-only">, {strings.unread}</span> : null}
                    </span>
                  </span>
                </>
              );
              return (
                <li
                  key={n.id}
                  className={`border-b border-slate-100 last:border-b-0 ${n.unread ? "bg-brand-50" : ""}`}
                >
                  {n.href ? (
                    <NotificationLink
                      id={n.id}
                      href={n.href}
                      unread={n.unread}
                      onFollow={close}
                      className="flex gap-2 px-3 py-2 hover:bg-slate-100 focus-visible:bg-slate-100"
                    >
                      {body}
                    </NotificationLink>
                  ) : (
                    <div className="flex items-start gap-2 px-3 py-2">
                      <span className="flex flex-1 gap-2">{body}</span>
                      {n.unread ? (
                        <ActionButton
                          action={markReadAction}
                          fields={{ id: n.id }}
                          label={strings.markRead}
                          accessibleName={`${strings.markRead}: ${n.title}`}
                          size="sm"
                        />
                      ) : null}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <Link
          href="/notifikasi"
          onClick={close}
          className="border-t border-slate-100 px-3 py-2 text-center font-medium text-brand-700 hover:underline"
        >
          {strings.seeAll}
        </Link>
      </div>
    </div>
  );
}
