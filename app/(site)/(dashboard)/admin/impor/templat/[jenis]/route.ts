import { can } from "@/lib/access/policy";
import { getTranslations } from "next-intl/server";
import { importTemplate, type TemplateText } from "@/lib/admin/import/rules/template";
import { getCurrentUser } from "@/lib/auth/session";
import { OPD_KINDS, ROLES } from "@/lib/admin/schemas";

const FILES = { opd: "templat-impor-opd.xlsx", akun: "templat-impor-akun.xlsx" } as const;

export async function GET(_request: Request, { params }: { params: Promise<{ jenis: string }> }) {
  const user = await getCurrentUser();
  if (!user || !can(user, "region.administer")) return new Response("Not found", { status: 404 });
  const { jenis } = await params;
  if (jenis !== "opd" && jenis !== "akun") return new Response("Not found", { status: 404 });
  // In Indonesian, the language of the header row, whatever the admin's language.
  const [tNotes, tRoles, tKinds] = await Promise.all([
    getTranslations({ locale: "id", namespace: "accounts.import.notes" }),
    getTranslations({ locale: "id", namespace: "roles" }),
    getTranslations({ locale: "id", namespace: "opdKinds" }),
  ]);
  const body = await importTemplate(jenis === "opd" ? "opd" : "user", {
    t: tNotes as unknown as TemplateText["t"],
    roles: Object.fromEntries(ROLES.map((r) => [r, tRoles(r)])) as Record<(typeof ROLES)[number], string>,
    kinds: Object.fromEntries(OPD_KINDS.map((k) => [k, tKinds(k)])) as Record<
      (typeof OPD_KINDS)[number],
      string
    >,
  });
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${FILES[jenis]}"`,
      "cache-control": "private, no-store",
    },
  });
}
