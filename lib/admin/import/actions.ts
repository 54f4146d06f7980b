"use server";
import { createHash } from "node:crypto";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { action } from "@/lib/action";
import { ActionError } from "@/lib/action-types";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { checkImport, commitImport } from "./service";
import { ImportFileError, MAX_FILE_BYTES, readTable } from "./table";

const importSchema = z.object({
  kind: z.enum(["opd", "user"], "validation.invalidChoice"),
  mode: z.enum(["check", "commit"], "validation.invalidChoice"),
  file: z.instanceof(File, { message: "accounts.import.file.missing" }),
  /** The checksum the dry run answered with: the file confirmed must be the file checked. */
  checked: z.string().max(64).optional(),
});

type ImportProblemView = { row: number; column: string | null; message: string };
export type ImportData = {
  mode: "check" | "commit";
  rows: number;
  problems: ImportProblemView[];
  checksum: string;
  created?: number;
  links?: { name: string; email: string; link: string }[];
};

async function tableOf(file: File) {
  if (file.size > MAX_FILE_BYTES)
    throw new ImportFileError("tooLarge", { max: MAX_FILE_BYTES / 1024 / 1024 });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const checksum = createHash("sha256").update(bytes).digest("hex");
  return { table: await readTable(bytes), checksum };
}

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
          link: `${env().APP_URL}/setel-sandi/${l.token}`,
        })),
      },
    };
  },
);
