"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { revalidateCatalogue } from "@/lib/catalog/service";
import { db } from "@/lib/db";
import { storeLogo } from "@/lib/install/logo";
import { InstallInvalid } from "@/lib/install/setup-region";
import { log } from "@/lib/log";
import { getStorage } from "@/lib/storage";
import { regionProfileSchema } from "./schemas";
import { updateRegionProfile } from "./service";

/** The secretariat saves the region's profile (/admin/daerah); the logo, when chosen, replaces the stored one. */
export const updateRegionProfileAction = action(
  { permission: "region.administer", schema: regionProfileSchema },
  async (input, ctx) => {
    const t = await getTranslations();
    const storage = getStorage();
    let newLogoKey: string | null = null;
    try {
      newLogoKey = await storeLogo(storage, input.logo);
    } catch (err) {
      if (!(err instanceof InstallInvalid)) throw err;
      return {
        ok: false,
        message: t("errors.invalidInput"),
        fieldErrors: { logo: [t("install.logoInvalid")] },
      };
    }
    let unused: string | null;
    try {
      unused = (await updateRegionProfile(db, ctx, input, newLogoKey)).unusedLogoKey;
    } catch (err) {
      if (newLogoKey) await storage.delete(newLogoKey).catch(() => {});
      throw err;
    }
    if (unused)
      await storage.delete(unused).catch((err: unknown) => log.warn("region logo: old file kept", { err }));
    // The header and footer of every page show the profile.
    revalidatePath("/", "layout");
    revalidateCatalogue();
    return { ok: true, message: t("region.saved") };
  },
);
