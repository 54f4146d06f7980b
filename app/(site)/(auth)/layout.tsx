import { ClientMessages } from "@/components/layout/client-messages";

// Forms and dialogs here are client components with many strings: they get every message namespace.
// The public pages get only what they use (app/(site)/layout.tsx).
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages>{children}</ClientMessages>;
}
