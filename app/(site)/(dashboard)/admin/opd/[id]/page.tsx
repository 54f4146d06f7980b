import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { OpdEditForm } from "@/components/admin/opd-edit-form";
import Link from "@/components/ui/link";
import { findOpdForEdit, parentOptions } from "@/lib/admin/queries/opds";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";

export async function generateMetadata() {
  return { title: (await getTranslations("accounts"))("editOpd") };
}

export default async function EditOpdPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requirePermission("region.administer");
  const { id } = await params;
  if (id.length > 40) notFound();
  const [t, opd, parents] = await Promise.all([
    getTranslations(),
    findOpdForEdit(db, admin, id),
    parentOptions(db, admin, id),
  ]);
  if (!opd) notFound();
  return (
    <div className="flex flex-col gap-6">
      <Link href="/admin/opd" className="text-sm text-brand-700 underline">
        ← {t("accounts.back")}
      </Link>
      <h1 className="text-2xl font-bold break-words">{t("accounts.editOpdOf", { name: opd.name })}</h1>
      <OpdEditForm
        opd={{
          id: opd.id,
          name: opd.name,
          shortName: opd.shortName,
          kind: opd.kind,
          parentId: opd.parentId,
          active: opd.active,
          version: opd.updatedAt.toISOString(),
        }}
        parents={parents}
      />
    </div>
  );
}
