"use client";
import { useRouter } from "next/navigation";
import { useTransition, type MouseEvent, type ReactNode } from "react";
import { markReadAction } from "@/lib/notifications/actions";

type Props = {
  id: string;
  href: string;
  unread: boolean;
  className?: string;
  children: ReactNode;
  /** Called when the link is followed in this tab (the bell closes its menu). */
  onFollow?: () => void;
};

/**
 * A link to what the notification is about that marks it read on the way. A click opened in a
 * new tab (Ctrl, ⌘, Shift) marks it read in the background; without JavaScript it is a plain link.
 */
export function NotificationLink({ id, href, unread, className, children, onFollow }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  function onClick(e: MouseEvent<HTMLAnchorElement>) {
    if (e.defaultPrevented || e.button !== 0) return;
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) {
      if (unread) void markReadAction(null, { id }).catch(() => null);
      return;
    }
    e.preventDefault();
    onFollow?.();
    startTransition(async () => {
      if (unread) await markReadAction(null, { id }).catch(() => null);
      startTransition(() => router.push(href));
    });
  }
  return (
    <a href={href} onClick={onClick} aria-busy={pending || undefined} className={className}>
      {children}
    </a>
  );
}
