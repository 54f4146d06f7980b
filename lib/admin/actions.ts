"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { revalidateCatalogue } from "@/lib/catalog/service";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import {
  createOpdSchema,
  createUserSchema,
  setActiveSchema,
  updateOpdSchema,
  updateUserSchema,
  userIdSchema,
} from "@/lib/validation/admin";
import { createOpd, setOpdActive, updateOpd } from "./opds";
import { createUser, resetPassword, setUserActive, updateUser } from "./users";

function setupLink(token: string) {
  return `${env().APP_URL}/setel-sandi/${token}`;
}

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
