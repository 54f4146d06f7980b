// The names the official documents are downloaded under.

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[^\w]+/g, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase()
    .slice(0, 60) || "dokumen";

export const minutesFilename = (competitionName: string, number: number) =>
  `berita-acara-${slug(competitionName)}-${number}.pdf`;

export const certificateFilename = (winner: { label: string; title: string }) =>
  `piagam-${slug(winner.label)}-${slug(winner.title)}.pdf`;

export const decreeFilename = (number: number) => `rancangan-sk-pemenang-${number}.docx`;
