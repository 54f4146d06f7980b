// The official documents as the officials who sign them read them: the berita acara and the certificate rendered to
// PDF and read back with pdftotext (poppler), the QR code decoded from a render; the document numbers and their
// sequence per region and year. Runs on its own database: publications are immutable and cannot be cleaned up.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import jsQR from "jsqr";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionContext } from "@/lib/action-types";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import type { Actor } from "@/lib/action-types";
import { yearMonthIn } from "@/lib/time/zones";
import { getPublication } from "@/lib/publication/queries";
import { publish } from "@/lib/publication/service";
import { seed } from "@/prisma/seed";
import { docxText } from "../support/docx-text";
import { createDatabase, dropDatabase } from "./db";
import { publicationRoutes } from "./publication-routes";

const session = vi.hoisted(() => ({ user: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: () => Promise.resolve(session.user) }));
const { minutes, decree, certificate } = publicationRoutes(session);

const run = promisify(execFile);
const NOW = new Date();
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const YEAR = yearMonthIn(later(1), "WIB").year;
const APP_URL = "https://inovasi.lestarijaya.go.id";

let db: Db;
let dbName: string;
let dir: string;
let competitionId: string;
let admin: ActionContext;
let otherRegionId: string;
let otherAdmin: Actor;

const actor = (email: string) =>
  db.user.findUniqueOrThrow({
    where: { email },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });

const ARABIC_NAME = "محمد";
const ACCENTED_NAME = "Ṣāliḥ Nguyễn Văn";
const ARABIC_TITLE = "Layanan Adminduk Keliling Sekolah dan Madrasah مدرسة";

async function saveAndRead(res: Response, name: string) {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/pdf");
  const file = path.join(dir, name);
  await writeFile(file, Buffer.from(await res.arrayBuffer()));
  const { stdout } = await run("pdftotext", ["-layout", file, "-"]);
  return { file, text: stdout };
}

/** The first QR code found on page 1, decoded from a 150 dpi render (pdftoppm writes PPM: a header, then RGB). */
async function qrOf(file: string): Promise<string | null> {
  const out = path.join(dir, `${path.basename(file)}-page`);
  await run("pdftoppm", ["-r", "150", "-f", "1", "-l", "1", file, out]);
  const ppm = await readFile(`${out}-1.ppm`).catch(() => readFile(`${out}-01.ppm`));
  const header = ppm.toString("latin1", 0, 40).match(/^P6\s+(\d+)\s+(\d+)\s+255\s/)!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const rgb = ppm.subarray(header[0].length);
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba[i * 4] = rgb[i * 3]!;
    rgba[i * 4 + 1] = rgb[i * 3 + 1]!;
    rgba[i * 4 + 2] = rgb[i * 3 + 2]!;
    rgba[i * 4 + 3] = 255;
  }
  return jsQR(rgba, width, height)?.data ?? null;
}

beforeAll(async () => {
  process.env.APP_URL = APP_URL;
  const created = await createDatabase("inovasi_docs");
  dbName = created.name;
  await migrate(created.url);
  dir = await mkdtemp(path.join(tmpdir(), "inovasi-docs-"));
  // The routes reach the database and the uploads through lib/db and lib/storage, set from the environment.
  vi.stubEnv("DATABASE_URL", created.url);
  vi.stubEnv("NEXTAUTH_SECRET", "y".repeat(40));
  vi.stubEnv("UPLOAD_DIR", path.join(dir, "uploads"));
  delete (globalThis as { __db?: unknown }).__db;
  db = createPrismaClient(created.url, 4);
  await seed(db, NOW);
  const user = await db.user.findUniqueOrThrow({
    where: { email: "admin@inovasi.test" },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  admin = { user, requestId: "test", ip: null };
  const competition = await db.competition.findFirstOrThrow({
    where: { name: `Lomba Inovasi Pelayanan Publik ${NOW.getFullYear()}` },
  });
  competitionId = competition.id;
  // The public pages hide the evaluators; the minutes they sign must still name them.
  await db.competition.update({ where: { id: competitionId }, data: { hideEvaluatorNames: true } });
  await db.user.update({
    where: { email: "penilai@inovasi.test" },
    data: { name: `Dr. ${ARABIC_NAME} Rahman`, nip: "198501012010011005" },
  });
  await db.user.update({ where: { email: "penilai2@inovasi.test" }, data: { name: ACCENTED_NAME } });
  await db.region.update({
    where: { id: user.regionId },
    data: {
      minutesNumberPattern: "000.9/{nomor}/ORG/{tahun}",
      certificateNumberPattern: "400.10/{nomor}/PGH/{bulan}/{tahun}",
      headName: "Dr. H. Ḥasan Bambang, M.Si.",
      headNip: "197003152000031001",
    },
  });
  // The ranking takes the title of the submitted version: both change, as if the OPD had written it so.
  await db.innovation.updateMany({
    where: { title: "Layanan Adminduk Keliling Sekolah" },
    data: { title: ARABIC_TITLE },
  });
  await db.$executeRaw`UPDATE "InnovationVersion" SET "snapshot" = jsonb_set("snapshot", '{title}', to_jsonb(${ARABIC_TITLE}::text))
    WHERE "snapshot" ->> 'title' = 'Layanan Adminduk Keliling Sekolah'`;
  // Another region has already issued 41 minutes this year: its sequence must not move ours, nor ours its.
  const other = await db.region.create({ data: { code: "OTHER-DOC", name: "Kota Lain", kind: "KOTA" } });
  otherRegionId = other.id;
  otherAdmin = await db.user.create({
    data: { regionId: other.id, name: "Admin Kota Lain", email: "admin@kotalain.test", role: "ADMIN" },
    select: { id: true, name: true, email: true, role: true, opdId: true, regionId: true },
  });
  await db.documentSequence.create({
    data: { regionId: other.id, kind: "BERITA_ACARA", year: YEAR, last: 41 },
  });
});

afterAll(async () => {
  await db?.$disconnect();
  await (globalThis as { __db?: Db }).__db?.$disconnect();
  if (dbName) await dropDatabase(dbName);
  if (dir) await rm(dir, { recursive: true, force: true });
  vi.unstubAllEnvs();
});

describe("document numbers", () => {
  it("numbers the first publication 001 and the one that supersedes it 002; another region keeps its own sequence", async () => {
    const first = await publish(
      db,
      admin,
      { competitionId, expectedNumber: 1, closeObjections: true },
      later(1),
    );
    expect(first.documentNumber).toBe(`000.9/001/ORG/${YEAR}`);
    const second = await publish(
      db,
      admin,
      { competitionId, expectedNumber: 2, reason: "Koreksi nama penghargaan oleh tim" },
      later(2),
    );
    expect(second.documentNumber).toBe(`000.9/002/ORG/${YEAR}`);
    const sequences = await db.documentSequence.findMany({
      where: { kind: "BERITA_ACARA", year: YEAR },
      select: { regionId: true, last: true },
    });
    expect(sequences.find((s) => s.regionId === otherRegionId)?.last).toBe(41);
    expect(sequences.find((s) => s.regionId === admin.user.regionId)?.last).toBe(2);

    // Certificates run their own sequence: the winners of publication 1 took 001…n, publication 2 follows on.
    const p1 = (await getPublication(db, competitionId, 1))!;
    const p2 = (await getPublication(db, competitionId, 2))!;
    const month = yearMonthIn(later(1), "WIB").month;
    const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"][month - 1];
    const n1 = p1.content.winners.length;
    expect(p1.content.winners.map((w) => p1.certificateNumbers[w.entryId])).toEqual(
      p1.content.winners.map((_, i) => `400.10/${String(i + 1).padStart(3, "0")}/PGH/${roman}/${YEAR}`),
    );
    expect(p2.certificateNumbers[p2.content.winners[0]!.entryId]).toBe(
      `400.10/${String(n1 + 1).padStart(3, "0")}/PGH/${roman}/${YEAR}`,
    );
  });

  it("a reprint shows the number assigned at publication, even after the pattern changed", async () => {
    await db.region.update({
      where: { id: admin.user.regionId },
      data: { minutesNumberPattern: "999/{nomor}/BARU/{tahun}" },
    });
    try {
      const { text } = await saveAndRead(await minutes(admin.user, competitionId, "1"), "reprint.pdf");
      expect(text).toContain(`Nomor: 000.9/001/ORG/${YEAR}`);
      expect(text).not.toContain("BARU");
    } finally {
      await db.region.update({
        where: { id: admin.user.regionId },
        data: { minutesNumberPattern: "000.9/{nomor}/ORG/{tahun}" },
      });
    }
  });

  it("the database refuses to change a publication's numbers", async () => {
    await expect(
      db.$executeRaw`UPDATE "Publication" SET "documentNumber" = 'X' WHERE "competitionId" = ${competitionId}`,
    ).rejects.toThrow(/immutable/);
    await expect(
      db.$executeRaw`UPDATE "Publication" SET "certificateNumbers" = '{}'::jsonb WHERE "competitionId" = ${competitionId}`,
    ).rejects.toThrow(/immutable/);
  });
});

describe("the berita acara", () => {
  let text: string;
  let file: string;

  beforeAll(async () => {
    ({ text, file } = await saveAndRead(await minutes(admin.user, competitionId, "2"), "ba.pdf"));
  });

  it("prints its number, the evaluators' real names with NIP and role although the public pages hide them", () => {
    expect(text).toContain(`Nomor: 000.9/002/ORG/${YEAR}`);
    expect(text).toContain(ARABIC_NAME);
    expect(text).toContain(ACCENTED_NAME);
    expect(text).toContain("Sri Handayani, M.Si.");
    expect(text).not.toContain("Penilai 1");
    expect(text).toContain("19850101 201001 1 005");
    expect(text).toContain("Penilai Penilaian Proposal");
    expect(text).not.toContain("Desk Evaluation");
    expect(text).toContain("VI. Tanda Tangan Tim Penilai");
  });

  it("names the level from the region's kind: a kabupaten's competition is at the Kabupaten level", () => {
    expect(text.replace(/\s+/g, " ")).toContain("TINGKAT KABUPATEN LESTARI JAYA");
  });

  it("signs with the chair (the Sekda) and the head of region, names and formatted NIPs from the profile", () => {
    expect(text).toContain("Ketua Tim Penilai");
    expect(text).toContain("Ir. Sri Rahayu Lestari, M.M.");
    expect(text).toContain("NIP. 19700315 200003 2 001");
    expect(text).toContain("Mengetahui");
    expect(text).toContain("Dr. H. Ḥasan Bambang, M.Si.");
    expect(text).toContain("NIP. 19700315 200003 1 001");
    // The signatures come last, after the verification section, and no glyph was lost.
    expect(text.lastIndexOf("Ketua Tim Penilai")).toBeGreaterThan(text.indexOf("V. Keaslian Dokumen"));
    // No glyph was lost (the standard fonts printed "?" for what they could not show).
    expect(text.replace(/\?nomor=/g, "")).not.toContain("?");
  });

  it("prints the absolute verification address and encodes it in the QR code", async () => {
    const url = `${APP_URL}/kompetisi/${competitionId}/hasil?nomor=2`;
    expect(text.replace(/\s+/g, "")).toContain(url);
    // The QR code sits on the page of section V; render every page until one decodes.
    const { stdout } = await run("pdfinfo", [file]);
    const pages = Number(/Pages:\s+(\d+)/.exec(stdout)![1]);
    let found: string | null = null;
    for (let p = 1; p <= pages && !found; p++) {
      const out = path.join(dir, `ba-${p}`);
      await run("pdfseparate", ["-f", String(p), "-l", String(p), file, `${out}.pdf`]);
      found = await qrOf(`${out}.pdf`);
    }
    expect(found).toBe(url);
  });

  it("keeps the final signatures with content on their page: never alone on the last page", async () => {
    const { stdout } = await run("pdftotext", ["-layout", file, "-"]);
    const last = stdout
      .split("\f")
      .filter((p) => p.trim())
      .at(-1)!;
    expect(last).toContain("Ketua Tim Penilai");
    // An evaluator's signature line travels with the final block.
    expect(last).toMatch(/\d\. \.{10,}/);
  });
});

describe("the certificate", () => {
  it("prints its number, the signing head of region with NIP, the Arabic and accented text, and a QR of the absolute address", async () => {
    const p = (await getPublication(db, competitionId, 2))!;
    const w = p.content.winners.find((x) => x.title === ARABIC_TITLE)!;
    const { text, file } = await saveAndRead(await certificate(competitionId, w.entryId, "2"), "piagam.pdf");
    expect(text).toContain("PIAGAM PENGHARGAAN");
    expect(text).toContain(`Nomor: ${p.certificateNumbers[w.entryId]}`);
    expect(text).toContain("Dr. H. Ḥasan Bambang, M.Si.");
    expect(text).toContain("NIP. 19700315 200003 1 001");
    expect(text.replace(/\?nomor=/g, "")).not.toContain("?");
    expect(text).toContain("مدرسة");
    expect(text).toContain("Madrasah");
    const url = `${APP_URL}/kompetisi/${competitionId}/hasil?nomor=2`;
    expect(text.replace(/\s+/g, "")).toContain(url);
    expect(await qrOf(file)).toBe(url);
    expect(text.replace(/\s+/g, " ")).toContain("Tingkat Kabupaten Lestari Jaya");
  });

  it("of a province's competition is given at the Provinsi level, with the province's name", async () => {
    const p = (await getPublication(db, competitionId, 2))!;
    const w = p.content.winners[0]!;
    const before = await db.region.findUniqueOrThrow({
      where: { id: admin.user.regionId },
      select: { kind: true, name: true },
    });
    await db.region.update({
      where: { id: admin.user.regionId },
      data: { kind: "PROVINSI", name: "Provinsi Jawa Tengah" },
    });
    try {
      const { text } = await saveAndRead(
        await certificate(competitionId, w.entryId, "2"),
        "piagam-provinsi.pdf",
      );
      const words = text.replace(/\s+/g, " ");
      expect(words).toContain("Tingkat Provinsi Jawa Tengah");
      expect(words).toContain("PEMERINTAH PROVINSI JAWA TENGAH");
      expect(words).not.toContain("Tingkat Kabupaten");
    } finally {
      await db.region.update({ where: { id: admin.user.regionId }, data: before });
    }
  });
});

describe("the draft decree (SK penetapan pemenang)", () => {
  async function wordText(res: Response): Promise<string> {
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    return docxText(new Uint8Array(await res.arrayBuffer()));
  }

  it("is the head of region's decree with placeholders for the legal section, the diktum and the winners' lampiran", async () => {
    const text = await wordText(await decree(admin.user, competitionId, "2"));
    expect(text).toContain("KEPUTUSAN BUPATI LESTARI JAYA");
    expect(text).toContain("NOMOR [nomor keputusan]");
    expect(text).toContain(
      `PENETAPAN PEMENANG LOMBA INOVASI PELAYANAN PUBLIK ${NOW.getFullYear()} TINGKAT KABUPATEN LESTARI JAYA`,
    );
    for (const word of [
      "Menimbang",
      "Mengingat",
      "MEMUTUSKAN:",
      "Menetapkan",
      "KESATU",
      "LAMPIRAN KEPUTUSAN",
    ])
      expect(text).toContain(word);
    expect(text).toMatch(/Mengingat[\s\S]*\[dasar hukum, diisi Bagian Hukum/);
    // It rests on the berita acara, by its number.
    expect(text).toContain(`Nomor 000.9/002/ORG/${YEAR}`);
    // The lampiran: every winner with its rank, title, the OPD's full name, award and score.
    const p = (await getPublication(db, competitionId, 2))!;
    const lampiran = text.slice(text.indexOf("DAFTAR PEMENANG"));
    for (const w of p.content.winners) {
      expect(lampiran).toContain(w.title);
      expect(lampiran).toContain(w.label);
      const total = p.content.ranking.find((r) => r.entryId === w.entryId)!.total!;
      expect(lampiran).toContain(
        total.toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      );
    }
    expect(lampiran).toContain("Dinas Kependudukan dan Pencatatan Sipil");
    expect(lampiran).toContain(ARABIC_TITLE);
    // Signed by the head of region from the profile, name and formatted NIP.
    expect(text).toContain("DR. H. ḤASAN BAMBANG, M.SI.");
    expect(text).toContain("NIP. 19700315 200003 1 001");
  });

  it("is refused to anyone but the region's admin", async () => {
    expect((await decree(null, competitionId)).status).toBe(401);
    expect((await decree(await actor("operator.dinkes@inovasi.test"), competitionId)).status).toBe(403);
    expect((await decree(await actor("kepala.dinkes@inovasi.test"), competitionId)).status).toBe(403);
    expect((await decree(await actor("penilai@inovasi.test"), competitionId)).status).toBe(403);
    expect((await decree(otherAdmin, competitionId)).status).toBe(404);
    expect((await decree(admin.user, competitionId, "x")).status).toBe(400);
    expect((await decree(admin.user, competitionId, "9")).status).toBe(404);
  });
});
