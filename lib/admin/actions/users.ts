"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { setupLink } from "@/lib/auth/setup-link";
import { db } from "@/lib/db";
import { createUserSchema, setActiveSchema, updateUserSchema, userIdSchema } from "@/lib/admin/schemas";
import { createUser, resetPassword, setUserActive, updateUser } from "@/lib/admin/service/users";

export const createUserAction = action(
  { permission: "region.administer", schema: createUserSchema },
  async (input, ctx) => {
    const { token } = await createUser(db, ctx, input);
    revalidatePath("/admin/pengguna");
    return {
      ok: true,
      message: (await getTranslations("admin.users"))("created"),
      data: { link: setupLink(token) },
    };
  },
);

export const setUserActiveAction = action(
  { permission: "region.administer", schema: setActiveSchema },
  async (input, ctx) => {
    await setUserActive(db, ctx, input);
    revalidatePath("/admin/pengguna");
    return {
      ok: true,
      message: (await getTranslations("admin.users"))(input.active ? "activated" : "deactivated"),
    };
  },
);

export const resetPasswordAction = action(
  { permission: "region.administer", schema: userIdSchema },
  async (input, ctx) => {
    const token = await resetPassword(db, ctx, input);
    return {
      ok: true,
      message: (await getTranslations("admin.users"))("resetDone"),
      data: { link: setupLink(token) },
    };
  },
);

export const updateUserAction = action(
  { permission: "region.administer", schema: updateUserSchema },
  async (input, ctx) => {
    const { changed, version } = await updateUser(db, ctx, input);
    revalidatePath("/admin/pengguna");
    revalidatePath(`/admin/pengguna/${input.id}`);
    const t = await getTranslations("accounts");
    return {
      ok: true,
      message: t(changed ? "userSaved" : "nothingChanged"),
      data: { version: version.toISOString() },
    };
  },
);
