"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { action } from "@/lib/action";
import { setupLink } from "@/lib/auth/setup-link";
import { ActionError } from "@/lib/action-types";
import { db } from "@/lib/db";
import { checkImport } from "./queries";
import { ImportFileError, tableOf } from "./rules/table";
import { importSchema } from "./schemas";
import { commitImport } from "./service";

type ImportProblemView = { row: number; column: string | null; message: string };
export type ImportData = {
  mode: "check" | "commit";
  rows: number;
  problems: ImportProblemView[];
  checksum: string;
  created?: number;
  links?: { name: string; email: string; link: string }[];
};

export const importAction = action<typeof importSchema, ImportData>(
  { permission: "region.administer", schema: importSchema },
  async (input, ctx) => {
    const t = await getTranslations();
    let read;
    try {
      read = await tableOf(input.file);
    } catch (err) {
      if (err instanceof ImportFileError) {
        throw new ActionError(`accounts.import.file.${err.code}`, err.params);
      }
      throw err;
    }
    const { table, checksum } = read;
    if (input.mode === "check") {
      const { rows, problems } = await checkImport(db, ctx, input.kind, table);
      return {
        ok: true,
        message: problems.length
          ? t("accounts.import.checkedWithProblems", { rows, count: problems.length })
          : t("accounts.import.checkedClean", { rows }),
        data: {
          mode: "check",
          rows,
          checksum,
          problems: problems.map((p) => ({
            row: p.row,
            column: p.column,
            message: t.has(p.message) ? t(p.message, p.params ?? {}) : p.message,
          })),
        },
      };
    }
    if (input.checked !== checksum) throw new ActionError("accounts.import.notChecked");
    const result = await commitImport(db, ctx, input.kind, table);
    revalidatePath(input.kind === "opd" ? "/admin/opd" : "/admin/pengguna");
    return {
      ok: true,
      message: t(input.kind === "opd" ? "accounts.import.createdOpds" : "accounts.import.createdUsers", {
        count: result.created,
      }),
      data: {
        mode: "commit",
        rows: table.rows.length,
        checksum,
        problems: [],
        created: result.created,
        links: result.links.map((l) => ({
          name: l.name,
          email: l.email,
          link: setupLink(l.token),
        })),
      },
    };
  },
);
