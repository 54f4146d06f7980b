// Forms and dialogs here are client components with many strings: they get every message namespace.
// The public pages get only what they use (app/(site)/layout.tsx).
import { getTranslations } from "next-intl/server";
import { AllMessagesLayout } from "@/components/layout/client-messages";
import { Notice } from "@/components/ui/notice";
import { getCurrentUser } from "@/lib/auth/session";
import { canWrite } from "@/lib/auth/write-access";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  // getCurrentUser is cached per request: the page's own check reuses this query.
  const user = await getCurrentUser();
  const readOnly = user && !canWrite(user);
  return (
    <AllMessagesLayout>
      {readOnly ? (
        <div className="mb-4" data-testid="opd-inactive">
          <Notice tone="info">{(await getTranslations("errors"))("opdInactiveBanner")}</Notice>
        </div>
      ) : null}
      {children}
    </AllMessagesLayout>
  );
}
