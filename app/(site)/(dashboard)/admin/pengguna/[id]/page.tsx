import { notFound } from "next/navigation";
import { assignableRoles } from "@/lib/admin/schemas";
import { getTranslations } from "next-intl/server";
import { UserEditForm } from "@/components/admin/user-edit-form";
import Link from "@/components/ui/link";
import { opdOptions } from "@/lib/admin/queries/opds";
import { findUserForEdit } from "@/lib/admin/queries/users";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";

export async function generateMetadata() {
  return { title: (await getTranslations("accounts"))("editUser") };
}

export default async function EditUserPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePermission("region.administer");
  const { id } = await params;
  if (id.length > 40) notFound();
  const [t, user, opds] = await Promise.all([
    getTranslations(),
    findUserForEdit(db, admin, id),
    opdOptions(db, admin),
  ]);
  if (!user) notFound();
  // The account's own OPD stays in the list even when it has been deactivated.
  const options =
    user.opdId && user.opd && !opds.some((o) => o.id === user.opdId)
      ? [...opds, { id: user.opdId, name: user.opd.name, shortName: user.opd.shortName }]
      : opds;
  return (
    <div className="flex flex-col gap-6">
      <Link href="/admin/pengguna" className="text-sm text-brand-700 underline">
        ← {t("accounts.back")}
      </Link>
      <h1 className="text-2xl font-bold break-words">{t("accounts.editUserOf", { name: user.name })}</h1>
      <UserEditForm
        roles={assignableRoles(admin)}
        user={{
          id: user.id,
          name: user.name,
          email: user.email,
          nip: user.nip,
          role: user.role,
          opdId: user.opdId,
          active: user.active,
          version: user.updatedAt.toISOString(),
        }}
        opds={options}
      />
    </div>
  );
}
