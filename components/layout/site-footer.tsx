import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { RegionProfile } from "@/lib/region/queries/profile";

/** The footer of every page: who runs the portal for the region, and how to reach them. */
export async function SiteFooter({ locale, region }: { locale: string; region: RegionProfile | null }) {
  if (!region) return null;
  const t = await getTranslations({ locale, namespace: "footer" });
  const contacts: { label: string; value: React.ReactNode }[] = [];
  if (region.address) contacts.push({ label: t("address"), value: region.address });
  if (region.phone)
    contacts.push({
      label: t("phone"),
      value: <a href={`tel:${region.phone.replace(/[^\d+]/g, "")}`}>{region.phone}</a>,
    });
  if (region.fax) contacts.push({ label: t("fax"), value: region.fax });
  if (region.email)
    contacts.push({ label: t("email"), value: <a href={`mailto:${region.email}`}>{region.email}</a> });
  if (region.website)
    contacts.push({
      label: t("website"),
      value: (
        <a href={region.website} rel="noopener" className="break-all">
          {region.website.replace(/^https?:\/\//, "")}
        </a>
      ),
    });
  return (
    <footer className="mt-10 border-t border-slate-200 bg-white" data-testid="site-footer">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 text-sm text-slate-700 md:flex-row md:justify-between">
        <div>
          <p className="font-semibold text-slate-900">{region.name}</p>
          {region.secretariatUnit ? <p>{t("managedBy", { unit: region.secretariatUnit })}</p> : null}
          <p className="mt-2">
            <Link href="/bantuan" className="text-brand-700 underline">
              {t("help")}
            </Link>
          </p>
        </div>
        {contacts.length ? (
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
            {contacts.map((c) => (
              <div key={c.label} className="contents">
                <dt className="text-slate-500">{c.label}</dt>
                <dd className="min-w-0 [&_a]:text-brand-700 [&_a]:underline">{c.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
      </div>
    </footer>
  );
}
