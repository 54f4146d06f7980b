// Official documents of a publication, generated on the server with pdfkit (docs/decisions/005-pdf-documents.md,
// 014-official-documents.md): the evaluation minutes (berita acara, A4 portrait) and a winner's certificate (piagam,
// A4 landscape), in Bahasa Indonesia. Everything printed comes from the immutable snapshot and the numbers stored
// with it, except the evaluators (real names: they sign the minutes), the officials of the region's profile and
// OPD full names, passed in by the caller.
import PDFDocument from "pdfkit";
import QRCode from "qrcode";
import type { Letterhead, Official } from "@/lib/region/rules/letterhead";
import { DEFAULT_ZONE, formatInZone, type RegionZone } from "@/lib/time/zones";
import { hasArabic, visualTokens } from "./bidi";
import { awardLevelTitle, type PublicationContent, type RegionKind, type Winner } from "./content";
import { fontBytes, type FontName } from "@/lib/files/fonts";
import { STAGE_NAMES, type EvaluatorLine } from "./evaluators";
import { placeBlocks, type Block } from "./layout";

type Doc = InstanceType<typeof PDFDocument>;
type Weight = "regular" | "bold";

const AGGREGATIONS: Record<string, string> = {
  MEAN: "rata-rata",
  MEDIAN: "median",
  TRIMMED_MEAN: "rata-rata terpangkas",
};

/** Indonesian words in the region's time zone (WIB unless told): "24 November 2026", "… pukul 08.30 WIB". */
export function tanggal(iso: string | Date, withTime = false, zone: RegionZone = DEFAULT_ZONE): string {
  return formatInZone(iso, "id", zone, { dateStyle: "long", ...(withTime ? { timeStyle: "short" } : {}) });
}

/** "Lomba X 2026" stays as is; "Lomba X" becomes "Lomba X Tahun 2026". */
const withYear = (name: string, year: number) =>
  name.includes(String(year)) ? name : `${name} Tahun ${year}`;

const score = (x: number | null) =>
  x === null ? "-" : x.toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const num = (x: number) => x.toLocaleString("id-ID", { maximumFractionDigits: 2 });

// ---- fonts and text ------------------------------------------------------------------------------------------

const LATIN: Record<Weight, FontName> = { regular: "Sans", bold: "Sans-Bold" };
const ARABIC: Record<Weight, FontName> = { regular: "Arabic", bold: "Arabic-Bold" };
const weights = new WeakMap<Doc, Weight>();

/** Sets the weight (and size) of the text that follows. */
function face(doc: Doc, weight: Weight, size?: number): Doc {
  weights.set(doc, weight);
  doc.font(LATIN[weight]);
  if (size) doc.fontSize(size);
  return doc;
}

type TextOptions = {
  width?: number;
  align?: "left" | "center" | "right" | "justify";
  underline?: boolean;
  lineBreak?: boolean;
};

/** Lines of a text with Arabic in it, wrapped at word boundaries to `width` (measured token by token). */
function wrapRich(doc: Doc, text: string, width: number, weight: Weight): string[] {
  const measure = (s: string) =>
    visualTokens(s).reduce(
      (sum, t) => sum + doc.font(t.arabic ? ARABIC[weight] : LATIN[weight]).widthOfString(t.text),
      0,
    );
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(/(?<=\s)/)) {
      const next = line + word;
      if (line && measure(next.trimEnd()) > width) {
        lines.push(line.trimEnd());
        line = word;
      } else line = next;
    }
    lines.push(line.trimEnd());
  }
  doc.font(LATIN[weight]);
  return lines;
}

/**
 * doc.text for any script: Latin-only text goes through pdfkit as usual; text with Arabic is wrapped here and each
 * line drawn token by token in visual order, Arabic words in the Arabic font (shaped right to left by fontkit).
 */
function write(doc: Doc, text: string, x?: number, y?: number, opts: TextOptions = {}): Doc {
  const weight = weights.get(doc) ?? "regular";
  if (!hasArabic(text)) return doc.font(LATIN[weight]).text(text, x, y, opts);
  const x0 = x ?? doc.x;
  let cy = y ?? doc.y;
  const width = opts.width ?? doc.page.width - doc.page.margins.right - x0;
  const lineHeight = doc.font(ARABIC[weight]).currentLineHeight(true);
  for (const line of wrapRich(doc, text, width, weight)) {
    const tokens = visualTokens(line).map((t) => {
      const font = t.arabic ? ARABIC[weight] : LATIN[weight];
      return { ...t, font, w: doc.font(font).widthOfString(t.text) };
    });
    const total = tokens.reduce((s, t) => s + t.w, 0);
    let cx =
      opts.align === "center" ? x0 + (width - total) / 2 : opts.align === "right" ? x0 + width - total : x0;
    const start = cx;
    for (const t of tokens) {
      if (!t.space) doc.font(t.font).text(t.text, cx, cy, { lineBreak: false });
      cx += t.w;
    }
    if (opts.underline) {
      const base = cy + doc.currentLineHeight() + 1;
      doc
        .moveTo(start, base)
        .lineTo(start + total, base)
        .lineWidth(0.6)
        .stroke()
        .lineWidth(1);
    }
    cy += lineHeight;
  }
  doc.font(LATIN[weight]);
  doc.x = x0;
  doc.y = cy;
  return doc;
}

/** The height `text` takes at `width` in the current weight and size. */
function heightOf(doc: Doc, text: string, width: number): number {
  const weight = weights.get(doc) ?? "regular";
  if (!hasArabic(text)) return doc.font(LATIN[weight]).heightOfString(text, { width });
  const lines = wrapRich(doc, text, width, weight).length;
  const h = doc.font(ARABIC[weight]).currentLineHeight(true) * lines;
  doc.font(LATIN[weight]);
  return h;
}

/** A QR code of the verification address as a PNG for the document. */
function qrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { errorCorrectionLevel: "M", margin: 1, width: 360 });
}

function render(
  opts: ConstructorParameters<typeof PDFDocument>[0],
  draw: (doc: Doc) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({ ...opts, bufferPages: true, font: undefined });
  for (const [name, bytes] of Object.entries(fontBytes())) doc.registerFont(name, bytes);
  face(doc, "regular");
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  draw(doc);
  doc.end();
  return done;
}

interface Column {
  header: string;
  width: number;
  align?: "left" | "right" | "center";
}

/** A simple table that breaks across pages (never inside a row) and repeats its header. */
function table(doc: Doc, columns: Column[], rows: string[][]) {
  const x0 = doc.page.margins.left;
  const pad = 3;
  const drawRow = (cells: string[], bold: boolean) => {
    face(doc, bold ? "bold" : "regular", 9);
    const h = Math.max(...cells.map((c, i) => heightOf(doc, c, columns[i]!.width - 2 * pad))) + 2 * pad;
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (!bold)
        drawRow(
          columns.map((c) => c.header),
          true,
        );
      face(doc, bold ? "bold" : "regular", 9);
    }
    const y = doc.y;
    let x = x0;
    cells.forEach((c, i) => {
      const col = columns[i]!;
      if (bold) doc.rect(x, y, col.width, h).fillAndStroke("#e2e8f0", "#64748b").fillColor("black");
      else doc.rect(x, y, col.width, h).stroke("#64748b");
      write(doc, c, x + pad, y + pad, { width: col.width - 2 * pad, align: col.align ?? "left" });
      x += col.width;
    });
    doc.x = x0;
    doc.y = y + h;
  };
  drawRow(
    columns.map((c) => c.header),
    true,
  );
  for (const r of rows) drawRow(r, false);
  doc.moveDown(0.8);
}

/** A section heading; one too near the foot of the page starts the next page, so it never stands alone. */
function heading(doc: Doc, text: string) {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 70) doc.addPage();
  doc.moveDown(0.5);
  face(doc, "bold", 11);
  write(doc, text, doc.page.margins.left);
  doc.moveDown(0.3);
  face(doc, "regular", 10);
}

/** A logo that pdfkit cannot read is left out rather than failing the document. */
function drawLogo(doc: Doc, logo: Uint8Array | null, x: number, y: number, size: number): boolean {
  if (!logo) return false;
  try {
    doc.image(Buffer.from(logo), x, y, { fit: [size, size], align: "center", valign: "center" });
    return true;
  } catch {
    return false;
  }
}

/** The kop surat: logo on the left, the government, its unit, address and contacts centred, a double rule below. */
function letterhead(doc: Doc, lh: Letterhead | null, regionName: string) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const top = doc.y;
  const logoSize = 58;
  const hasLogo = drawLogo(doc, lh?.logo ?? null, left, top, logoSize);
  const textLeft = hasLogo ? left + logoSize + 8 : left;
  const textWidth = hasLogo ? width - 2 * (logoSize + 8) : width;
  const center = { width: textWidth, align: "center" as const };
  face(doc, "bold", 14);
  write(doc, `PEMERINTAH ${(lh?.regionName ?? regionName).toUpperCase()}`, textLeft, top, center);
  if (lh?.unit) write(doc.fontSize(11), lh.unit.toUpperCase(), textLeft, undefined, center);
  face(doc, "regular", 9);
  if (lh?.address) write(doc, lh.address, textLeft, undefined, center);
  if (lh?.contact) write(doc, lh.contact, textLeft, undefined, center);
  const y = Math.max(doc.y, hasLogo ? top + logoSize : 0) + 6;
  doc
    .lineWidth(2)
    .moveTo(left, y)
    .lineTo(left + width, y)
    .stroke("black")
    .lineWidth(0.6)
    .moveTo(left, y + 3)
    .lineTo(left + width, y + 3)
    .stroke("black")
    .lineWidth(1);
  doc.x = left;
  doc.y = y + 14;
}

/** Room for the signature between the office and the name. */
const SIGN_SPACE = 62;
/** Height of a signature block: office lines, room to sign, name, rank, NIP. */
const blockHeight = (lines: number) => lines * 13 + SIGN_SPACE + 3 * 13;

/**
 * One signature block: the office lines ("Ketua Tim Penilai,", "Sekretaris Daerah …"), room for the signature,
 * then the official's name underlined, rank and NIP (or blank lines to fill in by hand).
 */
function signatureBlock(
  doc: Doc,
  lines: string[],
  official: Official | null,
  x: number,
  y: number,
  width: number,
) {
  const opts = { width, align: "center" as const };
  face(doc, "regular", 10);
  lines.forEach((l, i) => write(doc, l, x, y + i * 13, opts));
  const nameY = y + lines.length * 13 + SIGN_SPACE;
  if (official) {
    face(doc, "bold", 10);
    write(doc, official.name, x, nameY, { ...opts, underline: true });
    face(doc, "regular", 10);
    if (official.rank) write(doc, official.rank, x, undefined, opts);
    if (official.nip) write(doc, `NIP. ${official.nip}`, x, undefined, opts);
  } else {
    write(doc, "(......................................................)", x, nameY, opts);
    write(doc, "NIP. ..............................................", x, undefined, opts);
  }
}

function footer(doc: Doc, text: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    face(doc, "regular", 7).fillColor("#475569");
    write(
      doc,
      `${text} · Halaman ${i + 1} dari ${range.count}`,
      doc.page.margins.left,
      doc.page.height - 28,
      {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: "center",
        lineBreak: false,
      },
    );
    doc.fillColor("black");
    doc.page.margins.bottom = bottom;
  }
}

export interface BeritaAcaraInput {
  content: PublicationContent;
  contentHash: string;
  /** The number assigned at publication; null for a publication made before documents were numbered. */
  documentNumber: string | null;
  /** Every evaluator with their real name: the minutes are signed by them, whatever the public pages hide. */
  evaluators: EvaluatorLine[];
  supersededAt: Date | null;
  /** The absolute address where anyone can check the published results (printed and in the QR code). */
  verifyUrl: string;
  /** The region's letterhead and officials from its profile; without it, the snapshot's region name and blanks. */
  letterhead?: Letterhead | null;
  timeZone?: RegionZone;
  /** The kind of the competition's region, which sets the level printed ("Tingkat Provinsi …"). */
  regionKind?: RegionKind;
}

/** Berita acara penilaian: competition, stages with criteria and weights, evaluators, ranking, verification, signatures. */
export async function renderBeritaAcara({
  content: c,
  contentHash,
  documentNumber,
  evaluators,
  supersededAt,
  verifyUrl,
  letterhead: lh = null,
  timeZone = DEFAULT_ZONE,
  regionKind,
}: BeritaAcaraInput): Promise<Buffer> {
  const title = `Berita Acara Penilaian ${c.competition.name}`;
  const qr = await qrPng(verifyUrl);
  const regionName = lh?.regionName ?? c.competition.region;
  const when = (d: string | Date, time = false) => tanggal(d, time, timeZone);
  return render(
    {
      size: "A4",
      margins: { top: 56, bottom: 56, left: 56, right: 56 },
      info: { Title: title, Author: regionName, Subject: "Berita Acara Penilaian" },
      lang: "id-ID",
    },
    (doc) => {
      const left = doc.page.margins.left;
      const width = doc.page.width - left - doc.page.margins.right;
      const center = { width, align: "center" as const };
      letterhead(doc, lh, c.competition.region);
      face(doc, "bold", 13);
      write(doc, "BERITA ACARA PENILAIAN", left, undefined, center);
      write(
        doc.fontSize(12),
        withYear(c.competition.name, c.competition.year).toUpperCase(),
        left,
        undefined,
        center,
      );
      if (regionKind)
        write(doc, awardLevelTitle(regionKind, regionName).toUpperCase(), left, undefined, center);
      face(doc, "regular", 10);
      write(
        doc,
        documentNumber ? `Nomor: ${documentNumber}` : `Publikasi nomor ${c.publication.number}`,
        left,
        undefined,
        center,
      );
      doc.moveDown(1);
      write(
        doc,
        `Pada ${when(c.publication.publishedAt, true)}, Tim Penilai Inovasi Daerah ${regionName} menetapkan hasil akhir penilaian ` +
          `${c.competition.name} sebagaimana diuraikan di bawah ini. Peringkat dihitung oleh sistem dari nilai yang diserahkan para penilai ` +
          `dan dapat dihitung ulang oleh siapa pun dari data publikasi.`,
        left,
        undefined,
        { width, align: "justify" },
      );
      if (c.publication.reason)
        write(
          doc.moveDown(0.5),
          `Publikasi ini (nomor ${c.publication.number}) menggantikan publikasi nomor ${c.publication.supersedes} dengan alasan: ${c.publication.reason}`,
          left,
          undefined,
          { width },
        );
      if (supersededAt) {
        face(doc.moveDown(0.5), "bold");
        write(
          doc,
          `Catatan: publikasi ini telah digantikan pada ${when(supersededAt, true)}.`,
          left,
          undefined,
          {
            width,
          },
        );
        face(doc, "regular");
      }

      heading(doc, "I. Tahapan, Kriteria, dan Bobot Penilaian");
      for (const s of c.settings.stages) {
        face(doc, "bold", 10);
        write(
          doc,
          `Tahap ${STAGE_NAMES[s.kind] ?? s.kind} — ${s.passFail ? "lulus/tidak lulus" : `bobot ${num(s.weight)}%`}`,
          left,
        );
        doc.moveDown(0.3);
        if (s.criteria.length) {
          table(
            doc,
            [
              { header: "Kode", width: 50 },
              { header: "Kriteria", width: 283 },
              { header: "Bobot", width: 70, align: "right" },
              { header: "Skala", width: 80, align: "center" },
            ],
            s.criteria.map((k) => [
              k.code,
              k.name + (k.required ? "" : " (opsional)"),
              num(k.weight),
              `${k.scaleMin}–${k.scaleMax}`,
            ]),
          );
        }
      }
      face(doc, "regular", 10);
      write(
        doc,
        `Nilai ambang batas kelulusan: ${num(c.settings.passingGrade)}. Jumlah nominasi: ${c.settings.shortlistSize}. Nilai antarpenilai digabung dengan ${AGGREGATIONS[c.settings.aggregation] ?? c.settings.aggregation}${c.settings.zNormalize ? " setelah normalisasi skor-z" : ""}.`,
        left,
        undefined,
        { width },
      );
      const tb = c.settings.tieBreakers.map((t) =>
        t.kind === "STAGE"
          ? `nilai tahap ${STAGE_NAMES[t.stage] ?? t.stage}`
          : t.kind === "CRITERION"
            ? `nilai kriteria ${t.code}`
            : t.kind === "OBJECTIONS"
              ? "jumlah sanggahan diterima"
              : "waktu pendaftaran lebih awal",
      );
      write(doc, `Urutan pemecah nilai seri: ${[...tb, "kode entri"].join(", ")}.`, left, undefined, {
        width,
      });

      heading(doc, "II. Tim Penilai");
      if (evaluators.length)
        table(
          doc,
          [
            { header: "No.", width: 30, align: "center" },
            { header: "Nama", width: 170 },
            { header: "NIP", width: 120 },
            { header: "Peran", width: 163 },
          ],
          evaluators.map((e, i) => [String(i + 1), e.name, e.nip ?? "-", e.role]),
        );
      else write(doc, "-", left);

      heading(doc, "III. Peringkat Akhir");
      const categories = new Map(c.categories.map((k) => [k.code, k.name]));
      table(
        doc,
        [
          { header: "Peringkat", width: 52, align: "center" },
          { header: "Judul Inovasi", width: 170 },
          { header: "OPD", width: 70 },
          { header: "Kategori", width: 70 },
          { header: "Nilai", width: 48, align: "right" },
          { header: "Penghargaan", width: 73 },
        ],
        c.ranking.map((r) => [
          r.finalRank === null ? "-" : String(r.finalRank),
          r.title,
          r.opd,
          categories.get(r.category) ?? r.category,
          score(r.total),
          r.award ??
            (r.status === "RANKED"
              ? "-"
              : r.status === "DISQUALIFIED"
                ? "Didiskualifikasi"
                : "Tidak lengkap"),
        ]),
      );
      const notes = c.ranking.filter((r) => r.overrideReason).map((r) => `${r.title}: ${r.overrideReason}`);
      if (notes.length) {
        write(doc, "Keputusan tim penilai atas peringkat:", left);
        notes.forEach((n) => write(doc, `- ${n}`, left, undefined, { width }));
      }

      heading(doc, "IV. Sanggahan");
      const upheld = c.objections.filter((o) => o.status === "UPHELD").length;
      const rejected = c.objections.filter((o) => o.status === "REJECTED").length;
      write(
        doc,
        c.objections.length
          ? `Sanggahan masuk: ${c.objections.length}; diterima: ${upheld}; ditolak: ${rejected}.`
          : "Tidak ada sanggahan yang diajukan.",
        left,
      );

      // V. The QR code beside the text that says what it holds; the heading moves with both.
      const qrSize = 86;
      if (doc.y > doc.page.height - doc.page.margins.bottom - (qrSize + 40)) doc.addPage();
      heading(doc, "V. Keaslian Dokumen");
      const textWidth = width - qrSize - 12;
      const top = doc.y;
      doc.image(qr, left + width - qrSize, top, { width: qrSize, height: qrSize });
      write(doc, `Tanggal publikasi: ${when(c.publication.publishedAt, true)}.`, left, top, {
        width: textWidth,
      });
      write(doc, "Sidik (SHA-256) isi publikasi:", left, undefined, { width: textWidth });
      doc
        .font("Courier")
        .fontSize(8)
        .text(contentHash, left, doc.y + 2, { width: textWidth });
      face(doc, "regular", 10);
      write(
        doc.moveDown(0.3),
        "Periksa keaslian hasil dengan memindai kode QR atau membuka alamat di bawah ini; sidik data unduhan di halaman itu harus sama dengan nilai di atas.",
        left,
        undefined,
        { width: textWidth },
      );
      write(doc.fontSize(9), verifyUrl, left, undefined, { width: textWidth });
      doc.fontSize(10);
      doc.y = Math.max(doc.y, top + qrSize) + 6;

      // VI. Signatures: each evaluator, then the chair and the head of region. Blocks are placed with
      // placeBlocks, so the final signatures always carry the last evaluator rows (or the heading) with them.
      const rowH = 36;
      const closing =
        "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.";
      face(doc, "regular", 10);
      const closingH = heightOf(doc, closing, width) + 8;
      const chair: { lines: string[]; official: Official | null } = {
        lines: ["Ketua Tim Penilai,", lh?.secretary?.title ?? "Sekretaris Daerah"],
        official: lh?.secretary ?? null,
      };
      const head = lh?.head ? { lines: ["Mengetahui,", `${lh.head.title},`], official: lh.head } : null;
      const finalH = closingH + 16 + blockHeight(2) + 6;
      const blocks: Block[] = [
        { height: 34, keepWithNext: true },
        ...evaluators.map((_, i) => ({ height: rowH, keepWithNext: i >= evaluators.length - 2 })),
        { height: finalH },
      ];
      const bottom = doc.page.height - doc.page.margins.bottom;
      const places = placeBlocks(blocks, doc.y, doc.page.margins.top, bottom);
      let page = 0;
      const go = (i: number) => {
        const p = places[i]!;
        while (page < p.page) {
          doc.addPage();
          page++;
        }
        return p.y;
      };
      let y = go(0);
      face(doc, "bold", 11);
      write(doc, "VI. Tanda Tangan Tim Penilai", left, y + 8);
      const signX = left + width * 0.62;
      evaluators.forEach((e, i) => {
        y = go(i + 1);
        face(doc, "bold", 10);
        write(doc, `${i + 1}. ${e.name}`, left, y + 2, { width: width * 0.6 });
        face(doc, "regular", 8);
        write(
          doc,
          [e.nip ? `NIP. ${e.nip}` : null, e.role].filter(Boolean).join(" · "),
          left + 14,
          undefined,
          {
            width: width * 0.6 - 14,
          },
        );
        face(doc, "regular", 10);
        // The classic two-column signature list: odd numbers sign on the left, even on the right.
        const sx = i % 2 === 0 ? signX : signX + (width - (signX - left)) / 2 - 10;
        doc.text(`${i + 1}. ...................`, sx, y + 14, { lineBreak: false });
      });
      y = go(blocks.length - 1);
      face(doc, "regular", 10);
      write(doc, closing, left, y + 4, { width });
      const colW = width / 2;
      const signY = y + closingH;
      write(doc, `${regionName}, ${when(c.publication.publishedAt)}`, left + colW, signY, {
        width: colW,
        align: "center",
      });
      signatureBlock(doc, chair.lines, chair.official, left + colW, signY + 16, colW);
      if (head) signatureBlock(doc, head.lines, head.official, left, signY + 16, colW);
      doc.x = left;
      doc.y = y + finalH;
      footer(
        doc,
        `${c.competition.name} · Berita Acara Penilaian · ${documentNumber ? `Nomor ${documentNumber}` : `Publikasi ${c.publication.number}`}`,
      );
    },
  );
}

export interface CertificateInput {
  content: PublicationContent;
  contentHash: string;
  winner: Winner;
  opdName: string;
  /** The certificate's number, assigned at publication; null for publications made before numbering. */
  certificateNumber: string | null;
  /** The absolute address where the award can be checked (printed and in the QR code). */
  verifyUrl: string;
  /** The region's letterhead and officials; the head of region signs when the profile names one, else the Sekda. */
  letterhead?: Letterhead | null;
  timeZone?: RegionZone;
  /** The kind of the competition's region, which sets the level printed ("Tingkat Provinsi …"). */
  regionKind?: RegionKind;
}

/** Piagam penghargaan for one winner: landscape A4. */
export async function renderCertificate({
  content: c,
  contentHash,
  winner,
  opdName,
  certificateNumber,
  verifyUrl,
  letterhead: lh = null,
  timeZone = DEFAULT_ZONE,
  regionKind,
}: CertificateInput): Promise<Buffer> {
  const qr = await qrPng(verifyUrl);
  const regionName = lh?.regionName ?? c.competition.region;
  return render(
    {
      size: "A4",
      layout: "landscape",
      margins: { top: 50, bottom: 40, left: 60, right: 60 },
      info: { Title: `Piagam Penghargaan ${winner.label} — ${winner.title}`, Author: regionName },
      lang: "id-ID",
    },
    (doc) => {
      const w = doc.page.width;
      const h = doc.page.height;
      doc
        .lineWidth(4)
        .rect(20, 20, w - 40, h - 40)
        .stroke("#0f4c81");
      doc
        .lineWidth(1)
        .rect(28, 28, w - 56, h - 56)
        .stroke("#0f4c81");
      const center = { align: "center" as const, width: w - 120 };
      const top = drawLogo(doc, lh?.logo ?? null, w / 2 - 24, 40, 48) ? 92 : 56;
      doc.fillColor("#0f4c81");
      face(doc, "bold", 14);
      write(doc, `PEMERINTAH ${regionName.toUpperCase()}`, 60, top, center);
      write(doc.moveDown(0.5).fontSize(28), "PIAGAM PENGHARGAAN", 60, undefined, center);
      doc.fillColor("black");
      face(doc, "regular", 11);
      if (certificateNumber) write(doc.moveDown(0.2), `Nomor: ${certificateNumber}`, 60, undefined, center);
      write(doc.moveDown(0.5).fontSize(13), "diberikan kepada", 60, undefined, center);
      face(doc.moveDown(0.3), "bold", 18);
      write(doc, opdName, 60, undefined, center);
      face(doc.moveDown(0.3), "regular", 13);
      write(doc, "atas inovasi", 60, undefined, center);
      face(doc.moveDown(0.2), "bold", 17);
      write(doc, `“${winner.title}”`, 60, undefined, center);
      face(doc.moveDown(0.3), "regular", 13);
      write(doc, "sebagai", 60, undefined, center);
      doc.fillColor("#0f4c81");
      face(doc.moveDown(0.2), "bold", 22);
      write(doc, winner.label, 60, undefined, center);
      doc.fillColor("black");
      face(doc.moveDown(0.2), "regular", 13);
      const level = regionKind ? ` ${awardLevelTitle(regionKind, regionName)}` : "";
      write(doc, `dalam ${withYear(c.competition.name, c.competition.year)}${level}`, 60, undefined, center);

      const signer = lh?.head ?? lh?.secretary ?? null;
      const bw = 270;
      const x = w - 60 - bw;
      const y = h - 60 - blockHeight(1) - 16;
      face(doc, "regular", 11);
      write(doc, `${regionName}, ${tanggal(c.publication.publishedAt, false, timeZone)}`, x, y, {
        width: bw,
        align: "center",
      });
      signatureBlock(doc, [`${signer?.title ?? "Kepala Daerah"},`], signer, x, y + 16, bw);

      const qrSize = 78;
      const qy = h - 50 - qrSize;
      doc.image(qr, 50, qy, { width: qrSize, height: qrSize });
      face(doc, "regular", 7).fillColor("#475569");
      const tx = 50 + qrSize + 8;
      const tw = x - tx - 16;
      write(doc, "Periksa keaslian piagam ini dengan memindai kode QR atau membuka:", tx, qy + 8, {
        width: tw,
      });
      write(doc, verifyUrl, tx, undefined, { width: tw });
      write(doc, `Publikasi ${c.publication.number} · SHA-256 ${contentHash}`, tx, undefined, { width: tw });
      doc.fillColor("black");
    },
  );
}
