import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AddRegionAdminForm } from "@/components/hub/hub-forms";
import { DataTable, EmptyState } from "@/components/ui/data-table";
import Link from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { hubRegionDetail } from "@/lib/hub/queries";
import { ZONE_IANA } from "@/lib/time/zones";
import { PageSection } from "@/components/ui/page-section";

export default async function HubRegionPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requirePermission("hub.read");
  const { code } = await params;
  const region = await hubRegionDetail(db, user, decodeURIComponent(code).slice(0, 20));
  if (!region) notFound();
  const [t, tAll, format] = await Promise.all([getTranslations("hub"), getTranslations(), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: ZONE_IANA[region.timeZone] });

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Link href="/hub" className="text-brand-700 underline">
          ← {t("back")}
        </Link>
        <h1 className="mt-2 text-2xl font-bold">{region.name}</h1>
        <p className="text-slate-700">
          <Link href={`/daerah/${region.code}`} className="underline">
            {t("publicPage")}
          </Link>
        </p>
      </div>
      <Notice>{t("readOnly")}</Notice>

      <PageSection id="competitions" title={t("competitions")}>
        {region.competitions.length === 0 ? (
          <EmptyState>{t("noCompetitions")}</EmptyState>
        ) : (
          <ul className="flex flex-col gap-2">
            {region.competitions.map((c) => {
              const live = c.publications[0];
              return (
                <li key={c.id} className="rounded border border-slate-200 bg-white p-3">
                  <span className="font-medium">{c.name}</span>
                  <span className="block text-sm text-slate-600">
                    {t("entries", { count: c._count.entries })} ·{" "}
                    {live ? (
                      <Link href={`/kompetisi/${c.id}/hasil`} className="underline">
                        {t("published")} ({date(live.publishedAt)})
                      </Link>
                    ) : (
                      t("notPublished")
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </PageSection>

      <PageSection id="innovations" title={t("regionInnovations", { count: region._count.innovations })}>
        {region.innovations.length === 0 ? (
          <EmptyState>{t("noInnovations")}</EmptyState>
        ) : (
          <DataTable columns={[t("innovationTitle"), "OPD", t("year"), t("status")]}>
            {region.innovations.map((i) => (
              <tr key={i.id} className="border-t border-slate-200">
                <td className="p-3">
                  {i.isPublic && i.status === "APPROVED" ? (
                    <Link href={`/katalog/${i.id}`} className="text-brand-700 underline">
                      {i.title}
                    </Link>
                  ) : (
                    i.title
                  )}
                </td>
                <td className="p-3">{i.opd.shortName}</td>
                <td className="p-3">{i.year}</td>
                <td className="p-3">{tAll(`innovations.status.${i.status}`)}</td>
              </tr>
            ))}
          </DataTable>
        )}
        {region._count.innovations > region.innovations.length ? (
          <p className="text-sm text-slate-600">
            {t("moreInnovations", { shown: region.innovations.length, count: region._count.innovations })}
          </p>
        ) : null}
      </PageSection>

      <PageSection id="admins" title={t("admins")}>
        {region.users.length === 0 ? (
          <EmptyState>{t("noAdmins")}</EmptyState>
        ) : (
          <DataTable columns={[t("adminName"), t("adminEmail"), tAll("admin.users.role"), ""]}>
            {region.users.map((u) => (
              <tr key={u.id} className="border-t border-slate-200">
                <td className="p-3">{u.name}</td>
                <td className="p-3 break-all">{u.email}</td>
                <td className="p-3">{tAll(`roles.${u.role}`)}</td>
                <td className="p-3 text-sm text-slate-600">
                  {!u.active ? t("adminInactive") : u.setUp ? t("adminActive") : t("adminPending")}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        {region.manageable ? (
          <AddRegionAdminForm regionId={region.id} />
        ) : (
          <p className="text-sm">{t("ownRegion")}</p>
        )}
      </PageSection>
    </div>
  );
}
