"use server";

import { getTranslations } from "next-intl/server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/action";
import { setupLink } from "@/lib/auth/setup-link";
import { db } from "@/lib/db";
import { addRegionAdminSchema, addRegionSchema } from "./schemas";
import { addRegion, addRegionAdmin } from "./service";

export const addRegionAction = action(
  { permission: "hub.manage", schema: addRegionSchema },
  async (input, ctx) => {
    await addRegion(db, ctx, input);
    revalidatePath("/hub");
    return { ok: true, message: (await getTranslations("hub"))("regionAdded", { name: input.name }) };
  },
);

export const addRegionAdminAction = action(
  { permission: "hub.manage", schema: addRegionAdminSchema },
  async (input, ctx) => {
    const { token } = await addRegionAdmin(db, ctx, input);
    revalidatePath("/hub");
    return {
      ok: true,
      message: (await getTranslations("hub"))("adminAdded", { name: input.name }),
      data: { link: setupLink(token) },
    };
  },
);
