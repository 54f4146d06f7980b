// The draft decree naming the winners (SK penetapan pemenang) as a Word document the secretariat hands to the legal
// section: the head of region's keputusan with Menimbang / Mengingat left as marked placeholders, MEMUTUSKAN /
// Menetapkan with the diktum, the winners in a lampiran table, and the head of region's signing block from the
// region's profile. Built from a publication's immutable snapshot, so it lists exactly the published winners.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { Letterhead, Official } from "@/lib/region/rules/letterhead";
import type { RegionZone } from "@/lib/time/zones";
import { awardLevelTitle, type PublicationContent, type RegionKind } from "./content";
import { tanggal } from "./pdf";

interface DecreeWinner {
  rank: number;
  label: string;
  title: string;
  opd: string;
  category: string;
  score: number | null;
}

export interface DecreeInput {
  content: PublicationContent;
  regionName: string;
  /** The head of region from the profile; without one, "Kepala Daerah" and a blank to fill in. */
  head: Official | null;
  winners: DecreeWinner[];
  /** The berita acara the decree rests on. */
  minutes: { number: string | null; date: string };
  /** The level of the competition, from its region's kind: "Tingkat Provinsi Jawa Tengah". */
  level: string;
}

const FONT = "Bookman Old Style";
const run = (text: string, opts: { bold?: boolean; size?: number; allCaps?: boolean } = {}) =>
  new TextRun({ text, font: FONT, size: opts.size ?? 24, bold: opts.bold, allCaps: opts.allCaps });
/** Text the legal section must write: bracketed and highlighted, so no placeholder survives unnoticed. */
const placeholder = (text: string) =>
  new TextRun({ text: `[${text}]`, font: FONT, size: 24, highlight: "yellow", italics: true });

const centered = (children: ParagraphChild[], after = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children });

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
};

/** A "Menimbang : a. …" block: label, colon, and the numbered items, in a borderless table as decrees are laid out. */
function considerations(label: string, items: ParagraphChild[][]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: items.map(
      (item, i) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: 20, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: i === 0 ? [run(label)] : [] })],
            }),
            new TableCell({
              width: { size: 4, type: WidthType.PERCENTAGE },
              children: [new Paragraph({ children: i === 0 ? [run(":")] : [] })],
            }),
            new TableCell({
              width: { size: 76, type: WidthType.PERCENTAGE },
              children: [
                new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 80 }, children: item }),
              ],
            }),
          ],
        }),
    ),
  });
}

function signature(input: DecreeInput, office: string) {
  const h = input.head;
  return [
    new Paragraph({
      indent: { left: 5000 },
      spacing: { before: 240 },
      children: [run(`Ditetapkan di ${input.regionName.replace(/^(Kabupaten|Kota|Provinsi) /, "")}`)],
    }),
    new Paragraph({
      indent: { left: 5000 },
      children: [run("pada tanggal "), placeholder("tanggal penetapan")],
    }),
    new Paragraph({
      indent: { left: 5000 },
      spacing: { before: 120, after: 1200 },
      children: [run(`${office},`, { bold: true })],
    }),
    new Paragraph({
      indent: { left: 5000 },
      children: [h ? run(h.name.toUpperCase(), { bold: true }) : placeholder("nama Kepala Daerah")],
    }),
    ...(h?.nip ? [new Paragraph({ indent: { left: 5000 }, children: [run(`NIP. ${h.nip}`)] })] : []),
  ];
}

const score = (x: number | null) =>
  x === null ? "-" : x.toLocaleString("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const cell = (text: string, opts: { bold?: boolean; center?: boolean; width: number }) =>
  new TableCell({
    width: { size: opts.width, type: WidthType.PERCENTAGE },
    children: [
      new Paragraph({
        alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [run(text, { bold: opts.bold, size: 20 })],
      }),
    ],
  });

/** The .docx bytes of the draft decree. */
export async function renderDecree(input: DecreeInput): Promise<Buffer> {
  const c = input.content;
  const office = (input.head?.title ?? `Kepala Daerah ${input.regionName}`).toUpperCase();
  const competition = c.competition.name.includes(String(c.competition.year))
    ? c.competition.name
    : `${c.competition.name} Tahun ${c.competition.year}`;
  const subject = `PENETAPAN PEMENANG ${competition.toUpperCase()} ${input.level.toUpperCase()}`;
  const officeName = input.head?.title ?? `Kepala Daerah ${input.regionName}`;
  const title = [
    centered([run(office, { bold: true })], 240),
    centered([run(`KEPUTUSAN ${office}`, { bold: true })]),
    centered([run("NOMOR "), placeholder("nomor keputusan")]),
    centered([run("TENTANG", { bold: true })]),
    centered([run(subject, { bold: true })], 240),
    centered([run("DENGAN RAHMAT TUHAN YANG MAHA ESA", { bold: true })], 240),
    centered([run(`${office},`, { bold: true })], 240),
  ];
  const minutes = input.minutes.number
    ? `Berita Acara Penilaian ${competition} Nomor ${input.minutes.number} tanggal ${input.minutes.date}`
    : `Berita Acara Penilaian ${competition} tanggal ${input.minutes.date}`;
  const body = [
    considerations("Menimbang", [
      [
        run("a.  "),
        run(
          `bahwa dalam rangka mendorong inovasi pelayanan publik di lingkungan Pemerintah ${input.regionName} telah diselenggarakan ${competition};`,
        ),
      ],
      [run("b.  "), placeholder("pertimbangan lain, diisi Bagian Hukum")],
      [
        run("c.  "),
        run(
          `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan ${officeName} tentang Penetapan Pemenang ${competition};`,
        ),
      ],
    ]),
    new Paragraph({ children: [] }),
    considerations("Mengingat", [
      [
        run("1.  "),
        placeholder(
          "dasar hukum, diisi Bagian Hukum, misalnya Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah",
        ),
      ],
      [
        run("2.  "),
        placeholder("dasar hukum, misalnya Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah"),
      ],
      [run("3.  "), placeholder("peraturan daerah atau peraturan kepala daerah tentang inovasi daerah")],
    ]),
    new Paragraph({ children: [] }),
    considerations("Memperhatikan", [[run(`${minutes}.`)]]),
    centered([run("MEMUTUSKAN:", { bold: true })], 120),
    considerations("Menetapkan", [[run(`KEPUTUSAN ${office} TENTANG ${subject}.`, { bold: true })]]),
    considerations("KESATU", [
      [
        run(
          `Menetapkan pemenang ${competition} sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.`,
        ),
      ],
    ]),
    considerations("KEDUA", [
      [
        run("Kepada pemenang sebagaimana dimaksud dalam Diktum KESATU diberikan piagam penghargaan "),
        placeholder("dan hadiah, bila ada"),
        run("."),
      ],
    ]),
    considerations("KETIGA", [
      [
        run("Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada "),
        placeholder("sumber anggaran"),
        run("."),
      ],
    ]),
    considerations("KEEMPAT", [[run("Keputusan ini mulai berlaku pada tanggal ditetapkan.")]]),
    ...signature(input, office),
  ];
  const annex = [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ indent: { left: 4500 }, children: [run(`LAMPIRAN KEPUTUSAN ${office}`, { size: 20 })] }),
    new Paragraph({
      indent: { left: 4500 },
      children: [run("NOMOR ", { size: 20 }), placeholder("nomor keputusan")],
    }),
    new Paragraph({
      indent: { left: 4500 },
      children: [run("TANGGAL ", { size: 20 }), placeholder("tanggal penetapan")],
    }),
    new Paragraph({
      indent: { left: 4500 },
      spacing: { after: 240 },
      children: [run(`TENTANG ${subject}`, { size: 20 })],
    }),
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [
        run(`DAFTAR PEMENANG ${competition.toUpperCase()} ${input.level.toUpperCase()}`, { bold: true }),
      ],
    }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: [
            cell("No.", { bold: true, center: true, width: 6 }),
            cell("Peringkat", { bold: true, center: true, width: 10 }),
            cell("Judul Inovasi", { bold: true, width: 32 }),
            cell("Perangkat Daerah", { bold: true, width: 22 }),
            cell("Penghargaan / Kategori", { bold: true, width: 18 }),
            cell("Nilai", { bold: true, center: true, width: 12 }),
          ],
        }),
        ...input.winners.map(
          (w, i) =>
            new TableRow({
              children: [
                cell(String(i + 1), { center: true, width: 6 }),
                cell(String(w.rank), { center: true, width: 10 }),
                cell(w.title, { width: 32 }),
                cell(w.opd, { width: 22 }),
                cell(`${w.label} / ${w.category}`, { width: 18 }),
                cell(score(w.score), { center: true, width: 12 }),
              ],
            }),
        ),
      ],
    }),
    ...signature(input, office),
  ];
  const doc = new Document({
    creator: input.regionName,
    title: `Keputusan ${office} tentang ${subject}`,
    description: "Rancangan keputusan penetapan pemenang",
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 12240, height: 18720 }, // F4 / folio (215 × 330 mm), the paper of Indonesian decrees
            margin: { top: 1440, bottom: 1440, left: 1700, right: 1440 },
          },
        },
        children: [...title, ...body, ...annex],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/**
 * What the draft decree prints, from a publication's snapshot: the winners by final rank (OPD names as they are now,
 * categories by name, the published totals), the region and its head from the profile, the berita acara it rests on.
 */
export function decreeInput(
  p: { content: PublicationContent; documentNumber: string | null; publishedAt: Date },
  region: { kind: RegionKind; timeZone: RegionZone },
  lh: Pick<Letterhead, "regionName" | "head"> | null,
  /** The OPD's current name per winning entry id. */
  opdOf: Map<string, string>,
): DecreeInput {
  const categories = new Map(p.content.categories.map((k) => [k.code, k.name]));
  const totals = new Map(p.content.ranking.map((r) => [r.entryId, r.total]));
  const winners = [...p.content.winners]
    .sort((a, b) => a.finalRank - b.finalRank || a.category.localeCompare(b.category))
    .map((w) => ({
      rank: w.finalRank,
      label: w.label,
      title: w.title,
      opd: opdOf.get(w.entryId) ?? w.opd,
      category: categories.get(w.category) ?? w.category,
      score: totals.get(w.entryId) ?? null,
    }));
  const regionName = lh?.regionName ?? p.content.competition.region;
  return {
    content: p.content,
    regionName,
    level: awardLevelTitle(region.kind, regionName),
    head: lh?.head ?? null,
    winners,
    minutes: {
      number: p.documentNumber,
      date: tanggal(p.publishedAt, false, region.timeZone),
    },
  };
}
