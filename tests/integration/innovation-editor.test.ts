import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { draftSchema } from "@/lib/innovations/schemas";
import { submitProblems } from "@/lib/innovations/rules/form/section-state";
import { sectionOf, type InnovationDraft, type InnovationField } from "@/lib/innovations/rules/form/sections";
import { getInnovation } from "@/lib/innovations/queries";
import { createInnovation, saveDraft, submitInnovation } from "@/lib/innovations/service";
import { seed } from "@/prisma/seed";
import { contextOf, sideEffectsFrom, type SideEffects } from "./fixtures";

let db: Db;
let sideEffects: SideEffects | undefined;
let operator: ActionContext;
const created: string[] = [];

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  sideEffects = await sideEffectsFrom(db);
  operator = await contextOf(db, "operator.dinkes@inovasi.test");
});
afterAll(async () => {
  await db.innovation.deleteMany({ where: { id: { in: created } } });
  await sideEffects?.remove();
  await db.$disconnect();
});

async function fresh(title: string) {
  const { id } = await createInnovation(db, operator, { title });
  created.push(id);
  const { revision } = await db.innovation.findUniqueOrThrow({ where: { id }, select: { revision: true } });
  return { id, revision };
}

/** What the save action does with the browser's patch: the draft schema, then the service. */
async function save(id: string, revision: number, raw: Record<string, unknown>) {
  const patch = draftSchema.parse(raw) as Partial<InnovationDraft>;
  const result = await saveDraft(db, operator, { id, revision, patch });
  if (result.kind !== "saved") throw new Error("expected the save to succeed");
  return result;
}

describe("rupiah amounts", () => {
  it('stores "1.500.000,50" as exactly 1500000.50 and reads it back the same', async () => {
    const { id, revision } = await fresh("Anggaran Tepat Sen");
    const saved = await save(id, revision, { budgetAmount: "1.500.000,50" });
    expect(saved.stored.budgetAmount).toBe("1500000.50");
    const row = await db.innovation.findUniqueOrThrow({ where: { id }, select: { budgetAmount: true } });
    expect(row.budgetAmount?.toFixed(2)).toBe("1500000.50");
    expect((await getInnovation(db, operator.user, id)).draft.budgetAmount).toBe("1500000.50");
  });

  it("keeps every sen of amounts a JavaScript number cannot hold", async () => {
    const { id, revision } = await fresh("Anggaran Besar Sekali");
    // 12,345,678,901,234,567 sen is above 2^53: through a float it would end in ...568.
    const saved = await save(id, revision, { budgetAmount: "Rp 123.456.789.012.345,67" });
    const row = await db.innovation.findUniqueOrThrow({ where: { id }, select: { budgetAmount: true } });
    expect(row.budgetAmount?.toFixed(2)).toBe("123456789012345.67");
    // Typed the plain way with a comma for the sen: the same exact value.
    const again = await save(id, saved.revision, { budgetAmount: "123456789012345,67" });
    expect(again.stored.budgetAmount).toBe("123456789012345.67");
  });

  it("refuses ambiguous amounts before anything is written", async () => {
    const parsed = draftSchema.safeParse({ budgetAmount: "150,000,000" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("innovationForm.validation.moneyAmbiguous");
  });
});

describe("the submission check", () => {
  it("lists every missing required field of every section, not only the first", async () => {
    const { id, revision } = await fresh("Pengajuan Belum Lengkap");
    const saved = await save(id, revision, {
      bentuk: "PELAYANAN_PUBLIK",
      summary: "Ringkasan sudah ada.",
      budgetAmount: "150.000.000",
    });
    const result = await submitInnovation(db, operator, { id, revision: saved.revision }, (draft) =>
      submitProblems(draft),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const fields = Object.keys(result.fieldErrors) as InnovationField[];
    expect(fields.sort()).toEqual(
      ["jenis", "urusan", "inisiator", "tahapan", "problem", "novelty", "strategy", "results", "sdgs"].sort(),
    );
    expect(new Set(fields.map(sectionOf))).toEqual(
      new Set(["identitas", "masalah", "kebaruan", "strategi", "hasil", "sdgs"]),
    );
    expect(result.fieldErrors.novelty).toEqual(["validation.required"]);
    expect(result.fieldErrors.sdgs).toEqual(["innovationForm.validation.sdgRequired"]);
    // Nothing was submitted.
    const row = await db.innovation.findUniqueOrThrow({ where: { id }, select: { status: true } });
    expect(row.status).toBe("DRAFT");
    expect(await db.innovationVersion.count({ where: { innovationId: id } })).toBe(0);
  });
});
