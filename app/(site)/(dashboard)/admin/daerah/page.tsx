import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RegionProfileForm } from "@/components/region/region-profile-form";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { getRegionProfile } from "@/lib/region/queries/profile";
import { logoPath } from "@/lib/region/rules/logo-path";
import { formatNip } from "@/lib/validation/nip";

export async function generateMetadata() {
  return { title: (await getTranslations("region"))("title") };
}

export default async function RegionProfilePage() {
  const user = await requirePermission("region.administer");
  const [t, profile] = await Promise.all([getTranslations("region"), getRegionProfile(db, user.regionId)]);
  if (!profile) notFound();
  const { logoKey: _key, updatedAt, ...fields } = profile;
  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("intro")}</p>
      </div>
      <RegionProfileForm
        profile={{
          ...fields,
          // As people read them; the form takes them back in any grouping.
          headNip: fields.headNip && formatNip(fields.headNip),
          secretaryNip: fields.secretaryNip && formatNip(fields.secretaryNip),
          updatedAt: updatedAt.toISOString(),
          logoUrl: logoPath(profile),
        }}
      />
    </div>
  );
}
