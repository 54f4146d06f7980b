"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { createOpdSchema, setActiveSchema, updateOpdSchema } from "@/lib/admin/schemas";
import { createOpd, setOpdActive, updateOpd } from "@/lib/admin/service/opds";
import { revalidateCatalogue } from "@/lib/catalog/service";
import { db } from "@/lib/db";

export const createOpdAction = action(
  { permission: "region.administer", schema: createOpdSchema },
  async (input, ctx) => {
    const opd = await createOpd(db, ctx, input);
    revalidatePath("/admin/opd");
    const t = await getTranslations("admin.opd");
    return { ok: true, message: t("created", { name: opd.name }) };
  },
);

export const setOpdActiveAction = action(
  { permission: "region.administer", schema: setActiveSchema },
  async (input, ctx) => {
    await setOpdActive(db, ctx, input);
    revalidatePath("/admin/opd");
    return {
      ok: true,
      message: (await getTranslations("admin.opd"))(input.active ? "activated" : "deactivated"),
    };
  },
);

export const updateOpdAction = action(
  { permission: "region.administer", schema: updateOpdSchema },
  async (input, ctx) => {
    const { changed, renamed, version } = await updateOpd(db, ctx, input);
    revalidatePath("/admin/opd");
    revalidatePath(`/admin/opd/${input.id}`);
    if (renamed) revalidateCatalogue();
    const t = await getTranslations("accounts");
    return {
      ok: true,
      message: t(changed ? "opdSaved" : "nothingChanged"),
      data: { version: version.toISOString() },
    };
  },
);
