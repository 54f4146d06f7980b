import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";
import { INSTALLED, SIGNED_OUT_EVERYWHERE } from "@/lib/auth/paths";
import { getCurrentUser, homeFor } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ done?: string; keluar?: string }>;
}) {
  const user = await getCurrentUser();
  if (user) redirect(homeFor(user.role));
  const { done, keluar } = await searchParams;
  const notice =
    done === "1"
      ? "passwordSet"
      : done === INSTALLED
        ? "installed"
        : keluar === SIGNED_OUT_EVERYWHERE
          ? "signedOutEverywhere"
          : null;
  return <LoginForm notice={notice} />;
}
