"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { revalidateCatalogue } from "@/lib/catalog/service";
import { db } from "@/lib/db";
import { publishSchema } from "./schemas";
import { publish } from "./service";

export const publishAction = action(
  { permission: "competition.write", schema: publishSchema },
  async (input, ctx) => {
    const result = await publish(db, ctx, input);
    revalidatePath(`/admin/kompetisi/${input.competitionId}/publikasi`);
    revalidatePath(`/kompetisi/${input.competitionId}`, "layout");
    revalidatePath("/kompetisi");
    revalidateCatalogue();
    const t = await getTranslations("publication");
    return { ok: true, message: t("published", { number: result.number, hash: result.contentHash }) };
  },
);
