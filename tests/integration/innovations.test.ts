import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { submitSchema } from "@/lib/innovations/schemas";
import type { InnovationDraft } from "@/lib/innovations/rules/form/sections";
import { complianceReport, getInnovation, listInnovations } from "@/lib/innovations/queries";
import {
  createInnovation,
  decideInnovation,
  saveDraft,
  submitInnovation,
  type SubmitCheck,
} from "@/lib/innovations/service";
import { seed } from "@/prisma/seed";
import { sideEffectsFrom, type SideEffects } from "./fixtures";

let db: Db;
let sideEffects: SideEffects | undefined;
const ctx: Record<string, ActionContext> = {};

async function contextFor(email: string): Promise<ActionContext> {
  const user = await db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  return { user, requestId: "it", ip: "127.0.0.1" };
}

const check: SubmitCheck = (draft) => {
  const r = submitSchema().safeParse(draft);
  if (r.success) return null;
  const out: Record<string, string[]> = {};
  for (const i of r.error.issues) (out[i.path.join(".")] ??= []).push(i.message);
  return out;
};

const complete: Partial<InnovationDraft> = {
  title: "Antrian Daring Puskesmas",
  bentuk: "PELAYANAN_PUBLIK",
  jenis: "DIGITAL",
  urusan: "Kesehatan",
  inisiator: "PERANGKAT_DAERAH",
  tahapan: "PENERAPAN",
  trialStartDate: "2024-01-10",
  implementedDate: "2024-06-01",
  summary: "Warga mengambil nomor antrean puskesmas dari rumah melalui WhatsApp.",
  problem: "Antrean pagi di puskesmas mencapai dua jam.",
  novelty: "Pertama di kabupaten, terhubung dengan SIMPUS.",
  strategy: "Uji coba di dua puskesmas lalu diperluas.",
  results: "Waktu tunggu turun menjadi 20 menit.",
  sdgs: [3],
};

beforeAll(async () => {
  db = createPrismaClient(inject("databaseUrl"), 2);
  await seed(db);
  sideEffects = await sideEffectsFrom(db);
  for (const [k, email] of Object.entries({
    operator: "operator.dinkes@inovasi.test",
    head: "kepala.dinkes@inovasi.test",
    otherOperator: "operator.disdukcapil@inovasi.test",
    otherHead: "kepala.disdukcapil@inovasi.test",
    admin: "admin@inovasi.test",
  })) {
    ctx[k] = await contextFor(email);
  }
});
const created: string[] = [];
afterAll(async () => {
  await db.innovation.deleteMany({ where: { id: { in: created } } });
  await sideEffects?.remove();
  await db.$disconnect();
});

const actions = async (id: string) =>
  (await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } })).map(
    (a) => a.action,
  );

describe("an innovation from draft to approval", () => {
  it("create → autosave → submit → return → edit → submit → approve, with versions and audit", async () => {
    const { id } = await createInnovation(db, ctx.operator!, { title: "Antrian Daring" });
    created.push(id);
    let rev = (await db.innovation.findUniqueOrThrow({ where: { id } })).revision;

    const saved = await saveDraft(db, ctx.operator!, {
      id,
      revision: rev,
      patch: { summary: "Sebagian ringkasan" },
    });
    expect(saved.kind).toBe("saved");
    rev = saved.revision;

    // Incomplete: every missing required field is reported at once, nothing changes.
    const refused = await submitInnovation(db, ctx.operator!, { id, revision: rev }, check);
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(Object.keys(refused.fieldErrors)).toEqual(
        expect.arrayContaining(["bentuk", "problem", "novelty", "sdgs"]),
      );
    expect((await db.innovation.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");

    const full = await saveDraft(db, ctx.operator!, { id, revision: rev, patch: complete });
    if (full.kind !== "saved") throw new Error("expected saved");
    rev = full.revision;
    expect(await submitInnovation(db, ctx.operator!, { id, revision: rev }, check)).toEqual({
      ok: true,
      versionNo: 1,
    });

    // Awaiting approval: read-only for the operator.
    await expect(
      saveDraft(db, ctx.operator!, { id, revision: rev + 1, patch: { title: "x" } }),
    ).rejects.toThrow("innovations.errors.readOnly");
    // Only the head decides, and a return needs a comment.
    await expect(
      decideInnovation(db, ctx.operator!, { id, decision: "APPROVE", comment: null }),
    ).rejects.toThrow("errors.forbidden");
    await expect(decideInnovation(db, ctx.head!, { id, decision: "RETURN", comment: null })).rejects.toThrow(
      "commentRequired",
    );
    await decideInnovation(db, ctx.head!, {
      id,
      decision: "RETURN",
      comment: "Lengkapi data penerima manfaat.",
    });

    const returned = await getInnovation(db, ctx.operator!.user, id);
    expect(returned.status).toBe("RETURNED");
    expect(returned.versions[0]).toMatchObject({
      versionNo: 1,
      status: "RETURNED",
      comment: "Lengkapi data penerima manfaat.",
    });

    const fixed = await saveDraft(db, ctx.operator!, {
      id,
      revision: returned.revision,
      patch: { beneficiariesCount: 5400 },
    });
    if (fixed.kind !== "saved") throw new Error("expected saved");
    expect(await submitInnovation(db, ctx.operator!, { id, revision: fixed.revision }, check)).toEqual({
      ok: true,
      versionNo: 2,
    });
    await decideInnovation(db, ctx.head!, { id, decision: "APPROVE", comment: null });

    const approved = await db.innovation.findUniqueOrThrow({
      where: { id },
      include: { versions: { orderBy: { versionNo: "asc" } } },
    });
    expect(approved.status).toBe("APPROVED");
    expect(approved.approvedAt).not.toBeNull();
    expect(approved.versions.map((v) => [v.versionNo, v.status, v.decidedById])).toEqual([
      [1, "RETURNED", ctx.head!.user.id],
      [2, "APPROVED", ctx.head!.user.id],
    ]);
    expect((approved.versions[1]!.snapshot as InnovationDraft).beneficiariesCount).toBe(5400);
    expect(await actions(id)).toEqual([
      "innovation.create",
      "innovation.submit",
      "innovation.return",
      "innovation.submit",
      "innovation.approve",
    ]);
    // The operator was told, in the bell menu.
    expect(
      await db.notification.count({
        where: { userId: ctx.operator!.user.id, kind: "innovation.returned", link: `/inovasi/${id}` },
      }),
    ).toBe(1);

    // Editing an approved innovation starts a new draft; the approved version stays frozen.
    const reopened = await saveDraft(db, ctx.operator!, {
      id,
      revision: approved.revision,
      patch: { title: "Antrian Daring Puskesmas v2" },
    });
    expect(reopened.kind).toBe("saved");
    const after = await db.innovation.findUniqueOrThrow({ where: { id }, include: { versions: true } });
    expect(after.status).toBe("DRAFT");
    expect(after.versions.find((v) => v.versionNo === 2)!.status).toBe("APPROVED");
    expect((after.versions.find((v) => v.versionNo === 2)!.snapshot as InnovationDraft).title).toBe(
      "Antrian Daring Puskesmas",
    );
    expect((await actions(id)).at(-1)).toBe("innovation.reopen");

    // Compliance counts the innovation with an approved version for its OPD and year.
    const report = await complianceReport(db, ctx.admin!.user, after.year);
    expect(report.rows.find((r) => r.shortName === "DINKES")!.met).toBe(true);
    expect(report.rows.find((r) => r.shortName === "DISSOS" || r.shortName === "DINSOS")!.met).toBe(false);
  });

  it("detects a concurrent save instead of overwriting it", async () => {
    const { id } = await createInnovation(db, ctx.operator!, { title: "Dua Penyunting" });
    created.push(id);
    const start = (await db.innovation.findUniqueOrThrow({ where: { id } })).revision;
    const first = await saveDraft(db, ctx.operator!, {
      id,
      revision: start,
      patch: { summary: "Versi operator" },
    });
    expect(first.kind).toBe("saved");
    const second = await saveDraft(db, ctx.head!, {
      id,
      revision: start,
      patch: { summary: "Versi kepala" },
    });
    expect(second).toMatchObject({
      kind: "conflict",
      server: { summary: "Versi operator" },
      updatedBy: ctx.operator!.user.name,
    });
    expect((await db.innovation.findUniqueOrThrow({ where: { id } })).summary).toBe("Versi operator");

    // Two saves racing from the same revision: exactly one wins.
    const rev = (await db.innovation.findUniqueOrThrow({ where: { id } })).revision;
    const results = await Promise.all([
      saveDraft(db, ctx.operator!, { id, revision: rev, patch: { problem: "A" } }),
      saveDraft(db, ctx.head!, { id, revision: rev, patch: { problem: "B" } }),
    ]);
    expect(results.map((r) => r.kind).sort()).toEqual(["conflict", "saved"]);
  });

  it("refuses another OPD's users everything, as not found, and changes nothing", async () => {
    const target = await db.innovation.findFirstOrThrow({ where: { title: "Posyandu Remaja Sehat Jiwa" } });
    const before = JSON.stringify(target);
    await expect(getInnovation(db, ctx.otherOperator!.user, target.id)).rejects.toThrow("errors.notFound");
    await expect(
      saveDraft(db, ctx.otherOperator!, {
        id: target.id,
        revision: target.revision,
        patch: { title: "Dibajak" },
      }),
    ).rejects.toThrow("errors.notFound");
    await expect(
      submitInnovation(db, ctx.otherOperator!, { id: target.id, revision: target.revision }, check),
    ).rejects.toThrow("errors.notFound");
    await expect(
      decideInnovation(db, ctx.otherHead!, { id: target.id, decision: "APPROVE", comment: null }),
    ).rejects.toThrow("errors.notFound");
    expect(JSON.stringify(await db.innovation.findUniqueOrThrow({ where: { id: target.id } }))).toBe(before);
    const list = await listInnovations(db, ctx.otherOperator!.user, { page: 1 });
    expect(list.rows.some((r) => r.id === target.id)).toBe(false);
  });

  it("lets the secretariat read every OPD's innovations but not edit them", async () => {
    const target = await db.innovation.findFirstOrThrow({ where: { title: "Posyandu Remaja Sehat Jiwa" } });
    expect((await getInnovation(db, ctx.admin!.user, target.id)).title).toBe("Posyandu Remaja Sehat Jiwa");
    await expect(
      saveDraft(db, ctx.admin!, { id: target.id, revision: target.revision, patch: { title: "x" } }),
    ).rejects.toThrow("errors.forbidden");
  });
});

describe("a draft autosave is a conflict only when another save changed the same field", () => {
  const created: string[] = [];
  afterAll(async () => {
    await db.auditLog.deleteMany({ where: { entityId: { in: created } } });
    await db.innovation.deleteMany({ where: { id: { in: created } } });
  });

  async function draft(title: string) {
    const { id } = await createInnovation(db, ctx.operator!, { title });
    created.push(id);
    const row = await db.innovation.findUniqueOrThrow({ where: { id } });
    return { id, revision: row.revision };
  }
  const stored = (id: string) => db.innovation.findUniqueOrThrow({ where: { id } });

  it("the user's own save whose answer was lost, sent again after a reload, is saved, not a conflict", async () => {
    const { id, revision } = await draft("Jawaban Hilang");
    const save = { id, revision, patch: { summary: "Ringkasan baru" }, base: { summary: "" } };
    expect(await saveDraft(db, ctx.operator!, save)).toMatchObject({ kind: "saved", revision: revision + 1 });
    // The answer was lost: the restored edit still names the old revision.
    const again = await saveDraft(db, ctx.operator!, save);
    expect(again).toMatchObject({ kind: "saved", revision: revision + 2 });
    // Typed on after the lost save: the lost one is named as unconfirmed.
    const onward = await saveDraft(db, ctx.operator!, {
      ...save,
      patch: { summary: "Ringkasan baru, diperbaiki" },
      unconfirmed: [{ summary: "Ringkasan baru" }],
    });
    expect(onward.kind).toBe("saved");
    expect((await stored(id)).summary).toBe("Ringkasan baru, diperbaiki");
  });

  it("another user's change to a different field is merged, and comes back to the client", async () => {
    const { id, revision } = await draft("Dua Bidang Berbeda");
    const head = await saveDraft(db, ctx.head!, {
      id,
      revision,
      patch: { problem: "Masalah versi kepala" },
      base: { problem: "" },
    });
    expect(head.kind).toBe("saved");
    const operator = await saveDraft(db, ctx.operator!, {
      id,
      revision,
      patch: { summary: "Ringkasan versi operator" },
      base: { summary: "" },
    });
    expect(operator).toMatchObject({
      kind: "saved",
      revision: revision + 2,
      server: { problem: "Masalah versi kepala", summary: "Ringkasan versi operator" },
    });
    const row = await stored(id);
    expect([row.problem, row.summary]).toEqual(["Masalah versi kepala", "Ringkasan versi operator"]);
  });

  it("returns the saved fields as stored, so the next edit of them starts from the stored form", async () => {
    const { id, revision } = await draft("Tautan Dinormalkan");
    const first = await saveDraft(db, ctx.operator!, {
      id,
      revision,
      patch: { videoUrl: "https://www.dinsos.go.id/video", sdgs: [1, 10], summary: "Ringkasan" },
      base: { videoUrl: null, sdgs: [], summary: "" },
    });
    expect(first).toMatchObject({
      kind: "saved",
      stored: { videoUrl: "https://www.dinsos.go.id/video", sdgs: [1, 10], summary: "Ringkasan" },
    });
    if (first.kind !== "saved") return;
    await saveDraft(db, ctx.head!, {
      id,
      revision: first.revision,
      patch: { problem: "P" },
      base: { problem: "" },
    });
    const next = await saveDraft(db, ctx.operator!, {
      id,
      revision: first.revision,
      patch: { videoUrl: "https://www.dinsos.go.id/video-baru" },
      base: { videoUrl: first.stored.videoUrl },
    });
    expect(next).toMatchObject({ kind: "saved", server: { problem: "P" } });
  });

  it("another user's change to the same field is a conflict listing only that field, naming them", async () => {
    const { id, revision } = await draft("Bidang Yang Sama");
    await saveDraft(db, ctx.head!, {
      id,
      revision,
      patch: { summary: "Versi kepala", problem: "Masalah kepala" },
      base: { summary: "", problem: "" },
    });
    const result = await saveDraft(db, ctx.operator!, {
      id,
      revision,
      patch: { summary: "Versi operator", novelty: "Kebaruan operator" },
      base: { summary: "", novelty: "" },
    });
    expect(result).toMatchObject({
      kind: "conflict",
      revision: revision + 1,
      fields: ["summary"],
      updatedBy: ctx.head!.user.name,
      server: { summary: "Versi kepala" },
    });
    const row = await stored(id);
    expect([row.summary, row.novelty, row.revision]).toEqual(["Versi kepala", "", revision + 1]);
  });

  it("a conflict with the user's own other tab does not name her as someone else", async () => {
    const { id, revision } = await draft("Dua Tab Operator");
    await saveDraft(db, ctx.operator!, {
      id,
      revision,
      patch: { summary: "Tab satu" },
      base: { summary: "" },
    });
    const result = await saveDraft(db, ctx.operator!, {
      id,
      revision,
      patch: { summary: "Tab dua" },
      base: { summary: "" },
    });
    expect(result).toMatchObject({ kind: "conflict", fields: ["summary"], updatedBy: null });
  });
});
