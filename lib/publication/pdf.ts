// Official documents of a publication, generated on the server with pdfkit (docs/decisions/005-pdf-documents.md):
// the evaluation minutes (berita acara, A4 portrait) and a winner's certificate (piagam, A4 landscape), in Bahasa
// Indonesia. Everything printed comes from the immutable snapshot, except the evaluators' names (never published)
// and OPD full names, passed in by the caller.
import PDFDocument from "pdfkit";
import type { Letterhead, Official } from "@/lib/region/letterhead";
import type { PublicationContent, Winner } from "./content";

type Doc = InstanceType<typeof PDFDocument>;

const STAGE_NAMES: Record<string, string> = {
  DESK: "Penilaian Proposal (Desk Evaluation)",
  PRESENTATION: "Presentasi dan Wawancara",
  FIELD_VERIFICATION: "Verifikasi Lapangan",
};
const AGGREGATIONS: Record<string, string> = {
  MEAN: "rata-rata",
  MEDIAN: "median",
  TRIMMED_MEAN: "rata-rata terpangkas",
};

/** Jakarta time, Indonesian words: "24 November 2026". */
export function tanggal(iso: string | Date, withTime = false): string {
  return (
    new Intl.DateTimeFormat("id-ID", {
      dateStyle: "long",
      ...(withTime ? { timeStyle: "short" } : {}),
      timeZone: "Asia/Jakarta",
    }).format(new Date(iso)) + (withTime ? " WIB" : "")
  );
}

const WIN_ANSI_EXTRA = new Set([..."€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"]);
/** The standard PDF fonts cover Windows-1252 only: fold accents, replace anything else, so no glyph is lost silently. */
export function printable(s: string): string {
  return Array.from(s.normalize("NFC"))
    .map((ch) => {
      const cp = ch.codePointAt(0)!;
      if ((cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || WIN_ANSI_EXTRA.has(ch)) return ch;
      if (ch === "\n") return ch;
      const folded = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
      return /^[\x20-\x7e]+$/.test(folded) ? folded : "?";
    })
    .join("");
}

/** "Lomba X 2026" stays as is; "Lomba X" becomes "Lomba X Tahun 2026". */
const withYear = (name: string, year: number) =>
  name.includes(String(year)) ? name : `${name} Tahun ${year}`;

const score = (x: number | null) =>
  x === null ? "-" : x.toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const num = (x: number) => x.toLocaleString("id-ID", { maximumFractionDigits: 2 });

function render(
  opts: ConstructorParameters<typeof PDFDocument>[0],
  draw: (doc: Doc) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({ ...opts, bufferPages: true });
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

/** A simple table that breaks across pages and repeats its header. */
function table(doc: Doc, columns: Column[], rows: string[][]) {
  const x0 = doc.page.margins.left;
  const pad = 3;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
    const h =
      Math.max(
        ...cells.map((c, i) => doc.heightOfString(printable(c), { width: columns[i]!.width - 2 * pad })),
      ) +
      2 * pad;
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (!bold)
        drawRow(
          columns.map((c) => c.header),
          true,
        );
      doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(9);
    }
    const y = doc.y;
    let x = x0;
    cells.forEach((c, i) => {
      const col = columns[i]!;
      if (bold) doc.rect(x, y, col.width, h).fillAndStroke("#e2e8f0", "#64748b").fillColor("black");
      else doc.rect(x, y, col.width, h).stroke("#64748b");
      doc.text(printable(c), x + pad, y + pad, { width: col.width - 2 * pad, align: col.align ?? "left" });
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

function heading(doc: Doc, text: string) {
  if (doc.y > doc.page.height - doc.page.margins.bottom - 60) doc.addPage();
  doc.moveDown(0.5).font("Helvetica-Bold").fontSize(11).text(printable(text), doc.page.margins.left);
  doc.moveDown(0.3).font("Helvetica").fontSize(10);
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
  doc
    .font("Helvetica-Bold")
    .fontSize(14)
    .text(printable(`PEMERINTAH ${(lh?.regionName ?? regionName).toUpperCase()}`), textLeft, top, {
      width: textWidth,
      align: "center",
    });
  if (lh?.unit)
    doc.fontSize(11).text(printable(lh.unit.toUpperCase()), { width: textWidth, align: "center" });
  doc.font("Helvetica").fontSize(9);
  if (lh?.address) doc.text(printable(lh.address), { width: textWidth, align: "center" });
  if (lh?.contact) doc.text(printable(lh.contact), { width: textWidth, align: "center" });
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

/**
 * The lines of one signature block below the place and date: the office, room for the signature, then the
 * official's name (or a blank line to write it in), rank and NIP.
 */
function signatureBlock(
  doc: Doc,
  block: { role: string; official?: Official | null },
  x: number,
  y: number,
  width: number,
) {
  const o = block.official;
  const opts = { width, align: "center" as const };
  doc
    .font("Helvetica")
    .fontSize(10)
    .text(printable(o?.title ?? block.role), x, y, opts);
  const nameY = y + 70;
  if (o) {
    doc.font("Helvetica-Bold").text(printable(o.name), x, nameY, { ...opts, underline: true });
    doc.font("Helvetica");
    if (o.rank) doc.text(printable(o.rank), opts);
    if (o.nip) doc.text(printable(`NIP. ${o.nip}`), opts);
  } else {
    doc.text("(......................................................)", x, nameY, opts);
    doc.text("NIP. ..............................................", opts);
  }
}

function signatures(doc: Doc, blocks: { role: string; official?: Official | null }[], place: string) {
  const width = (doc.page.width - doc.page.margins.left - doc.page.margins.right) / blocks.length;
  if (doc.y > doc.page.height - doc.page.margins.bottom - 150) doc.addPage();
  doc.moveDown(1);
  const y = doc.y;
  blocks.forEach((b, i) => {
    const x = doc.page.margins.left + i * width;
    doc.font("Helvetica").fontSize(10);
    if (i === blocks.length - 1) doc.text(printable(place), x, y, { width, align: "center" });
    signatureBlock(doc, b, x, y + 14, width);
  });
  doc.x = doc.page.margins.left;
  doc.y = y + 130;
}

function footer(doc: Doc, text: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(7).fillColor("#475569");
    doc.text(
      printable(`${text} · Halaman ${i + 1} dari ${range.count}`),
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
  /** Names, or "Penilai 1"… when the competition hides them. */
  evaluators: string[];
  supersededAt: Date | null;
  /** The region's letterhead and officials from its profile; without it, the snapshot's region name and blanks. */
  letterhead?: Letterhead | null;
}

/** Berita acara penilaian: competition, stages with criteria and weights, evaluators, ranking, date, hash, signatures. */
export function renderBeritaAcara({
  content: c,
  contentHash,
  evaluators,
  supersededAt,
  letterhead: lh = null,
}: BeritaAcaraInput): Promise<Buffer> {
  const title = `Berita Acara Penilaian ${c.competition.name}`;
  return render(
    {
      size: "A4",
      margins: { top: 56, bottom: 56, left: 56, right: 56 },
      info: {
        Title: printable(title),
        Author: printable(c.competition.region),
        Subject: "Berita Acara Penilaian",
      },
      lang: "id-ID",
    },
    (doc) => {
      letterhead(doc, lh, c.competition.region);
      doc.font("Helvetica-Bold").fontSize(13).text("BERITA ACARA PENILAIAN", { align: "center" });
      doc.fontSize(12).text(printable(withYear(c.competition.name, c.competition.year)), { align: "center" });
      doc
        .font("Helvetica")
        .fontSize(9)
        .text(printable(`Publikasi nomor ${c.publication.number}`), { align: "center" });
      doc.moveDown(1).fontSize(10);
      doc.text(
        printable(
          `Pada ${tanggal(c.publication.publishedAt, true)}, Tim Penilai Inovasi Daerah ${c.competition.region} menetapkan hasil akhir penilaian ` +
            `${c.competition.name} sebagaimana diuraikan di bawah ini. Peringkat dihitung oleh sistem dari nilai yang diserahkan para penilai ` +
            `dan dapat dihitung ulang oleh siapa pun dari data publikasi.`,
        ),
        { align: "justify" },
      );
      if (c.publication.reason)
        doc
          .moveDown(0.5)
          .text(
            printable(
              `Publikasi ini menggantikan publikasi nomor ${c.publication.supersedes} dengan alasan: ${c.publication.reason}`,
            ),
          );
      if (supersededAt)
        doc
          .moveDown(0.5)
          .font("Helvetica-Bold")
          .text(printable(`Catatan: publikasi ini telah digantikan pada ${tanggal(supersededAt, true)}.`))
          .font("Helvetica");

      heading(doc, "I. Tahapan, Kriteria, dan Bobot Penilaian");
      for (const s of c.settings.stages) {
        doc
          .font("Helvetica-Bold")
          .fontSize(10)
          .text(
            printable(
              `Tahap ${STAGE_NAMES[s.kind] ?? s.kind} — ${s.passFail ? "lulus/tidak lulus" : `bobot ${num(s.weight)}%`}`,
            ),
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
      doc.font("Helvetica").fontSize(10);
      doc.text(
        printable(
          `Nilai ambang batas kelulusan: ${num(c.settings.passingGrade)}. Jumlah nominasi: ${c.settings.shortlistSize}. Nilai antarpenilai digabung dengan ${AGGREGATIONS[c.settings.aggregation] ?? c.settings.aggregation}${c.settings.zNormalize ? " setelah normalisasi skor-z" : ""}.`,
        ),
      );
      const tb = c.settings.tieBreakers.map((t) =>
        t.kind === "STAGE"
          ? `nilai tahap ${t.stage}`
          : t.kind === "CRITERION"
            ? `nilai kriteria ${t.code}`
            : t.kind === "OBJECTIONS"
              ? "jumlah sanggahan diterima"
              : "waktu pendaftaran lebih awal",
      );
      doc.text(printable(`Urutan pemecah nilai seri: ${[...tb, "kode entri"].join(", ")}.`));

      heading(doc, "II. Tim Penilai");
      evaluators.forEach((e, i) => doc.text(printable(`${i + 1}. ${e}`)));
      if (!evaluators.length) doc.text("-");

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
        doc.text("Keputusan tim penilai atas peringkat:");
        notes.forEach((n) => doc.text(printable(`- ${n}`)));
      }

      heading(doc, "IV. Sanggahan");
      const upheld = c.objections.filter((o) => o.status === "UPHELD").length;
      const rejected = c.objections.filter((o) => o.status === "REJECTED").length;
      doc.text(
        c.objections.length
          ? `Sanggahan masuk: ${c.objections.length}; diterima: ${upheld}; ditolak: ${rejected}.`
          : "Tidak ada sanggahan yang diajukan.",
      );

      heading(doc, "V. Keaslian Dokumen");
      doc.text(printable(`Tanggal publikasi: ${tanggal(c.publication.publishedAt, true)}.`));
      doc.text("Sidik (SHA-256) isi publikasi:");
      doc.font("Courier").fontSize(9).text(contentHash);
      doc
        .font("Helvetica")
        .fontSize(10)
        .text(
          printable(
            `Isi publikasi dapat diunduh di /api/publik/kompetisi/${c.competition.id}/hasil?nomor=${c.publication.number}; sidik berkas unduhan harus sama dengan nilai di atas.`,
          ),
        );

      signatures(
        doc,
        [{ role: "Ketua Tim Penilai" }, { role: "Sekretaris Daerah", official: lh?.secretary }],
        `${lh?.regionName ?? c.competition.region}, ${tanggal(c.publication.publishedAt)}`,
      );
      footer(doc, `${c.competition.name} · Berita Acara Penilaian · Publikasi ${c.publication.number}`);
    },
  );
}

export interface CertificateInput {
  content: PublicationContent;
  contentHash: string;
  winner: Winner;
  opdName: string;
  /** The region's letterhead and officials; the head of region signs when the profile names one, else the Sekda. */
  letterhead?: Letterhead | null;
}

/** Piagam penghargaan for one winner: landscape A4. */
export function renderCertificate({
  content: c,
  contentHash,
  winner,
  opdName,
  letterhead: lh = null,
}: CertificateInput): Promise<Buffer> {
  return render(
    {
      size: "A4",
      layout: "landscape",
      margins: { top: 50, bottom: 40, left: 60, right: 60 },
      info: {
        Title: printable(`Piagam Penghargaan ${winner.label} — ${winner.title}`),
        Author: printable(c.competition.region),
      },
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
      const regionName = lh?.regionName ?? c.competition.region;
      const top = drawLogo(doc, lh?.logo ?? null, w / 2 - 24, 44, 48) ? 98 : 60;
      doc
        .fillColor("#0f4c81")
        .font("Helvetica-Bold")
        .fontSize(14)
        .text(printable(`PEMERINTAH ${regionName.toUpperCase()}`), 60, top, center);
      doc.moveDown(0.8).fontSize(30).text("PIAGAM PENGHARGAAN", center);
      doc.fillColor("black").moveDown(0.6).font("Helvetica").fontSize(13).text("diberikan kepada", center);
      doc.moveDown(0.4).font("Helvetica-Bold").fontSize(18).text(printable(opdName), center);
      doc.moveDown(0.4).font("Helvetica").fontSize(13).text("atas inovasi", center);
      doc
        .moveDown(0.3)
        .font("Helvetica-Bold")
        .fontSize(17)
        .text(printable(`“${winner.title}”`), center);
      doc.moveDown(0.4).font("Helvetica").fontSize(13).text("sebagai", center);
      doc
        .moveDown(0.3)
        .fillColor("#0f4c81")
        .font("Helvetica-Bold")
        .fontSize(22)
        .text(printable(winner.label), center);
      doc
        .fillColor("black")
        .moveDown(0.3)
        .font("Helvetica")
        .fontSize(13)
        .text(printable(`dalam ${withYear(c.competition.name, c.competition.year)}`), center);

      const y = h - 175;
      const bw = 260;
      const x = w - 60 - bw;
      doc.fontSize(11).text(printable(`${regionName}, ${tanggal(c.publication.publishedAt)}`), x, y, {
        width: bw,
        align: "center",
      });
      signatureBlock(doc, { role: "Sekretaris Daerah", official: lh?.head ?? lh?.secretary }, x, y + 16, bw);
      doc.font("Helvetica").fontSize(7).fillColor("#475569");
      doc.text(printable(`Publikasi ${c.publication.number} · SHA-256 ${contentHash}`), 60, h - 60, {
        width: w - 120 - bw - 20,
        lineBreak: true,
      });
      doc.fillColor("black");
    },
  );
}
