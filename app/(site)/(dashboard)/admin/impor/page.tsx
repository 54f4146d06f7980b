import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/admin/import-form";
import { MAX_FILE_BYTES, MAX_ROWS } from "@/lib/admin/import/rules/table";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata() {
  return { title: (await getTranslations("accounts.import"))("title") };
}

export default async function ImportPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string>>;
}) {
  await requirePermission("region.administer");
  const { jenis } = await searchParams;
  const t = await getTranslations("accounts.import");
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <p className="text-sm text-slate-600">
        {t("limits", { rows: MAX_ROWS, mb: MAX_FILE_BYTES / 1024 / 1024 })}
      </p>
      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t("template")}</h2>
        <ul className="flex flex-col gap-1 text-sm">
          <li>
            <a href="/admin/impor/templat/opd" className="text-brand-700 underline" download>
              {t("templateOpd")}
            </a>
          </li>
          <li>
            <a href="/admin/impor/templat/akun" className="text-brand-700 underline" download>
              {t("templateUser")}
            </a>
          </li>
        </ul>
      </section>
      <ImportForm initialKind={jenis === "akun" ? "user" : "opd"} />
    </div>
  );
}
