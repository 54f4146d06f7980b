"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { revalidateCatalogue } from "@/lib/catalog/service";
import { db } from "@/lib/db";
import { InstallInvalid } from "@/lib/install/schemas";
import { regionProfileSchema } from "./schemas";
import { saveRegionProfile } from "./service";

/** The secretariat saves the region's profile (/admin/daerah); the logo, when chosen, replaces the stored one. */
export const updateRegionProfileAction = action(
  { permission: "region.administer", schema: regionProfileSchema },
  async (input, ctx) => {
    const t = await getTranslations();
    try {
      await saveRegionProfile(db, ctx, input);
    } catch (err) {
      if (!(err instanceof InstallInvalid)) throw err;
      return {
        ok: false,
        message: t("errors.invalidInput"),
        fieldErrors: { logo: [t("install.logoInvalid")] },
      };
    }
    // The header and footer of every page show the profile.
    revalidatePath("/", "layout");
    revalidateCatalogue();
    return { ok: true, message: t("region.saved") };
  },
);
