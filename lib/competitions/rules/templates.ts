// Rubric templates a new competition can start from (the demo competition uses them too).

/** A KIPP-like desk rubric and a presentation rubric, shipped as templates. */
export const DESK_RUBRIC = [
  {
    code: "D1",
    name: "Latar belakang dan tujuan",
    weight: 10,
    guidance: "Masalah jelas, didukung data, tujuan terukur.",
  },
  {
    code: "D2",
    name: "Kesesuaian dengan kategori",
    weight: 5,
    guidance: "Inovasi sesuai kategori yang dipilih.",
  },
  {
    code: "D3",
    name: "Kontribusi terhadap SDGs",
    weight: 10,
    guidance: "Kaitan nyata dengan tujuan SDGs yang dipilih.",
  },
  {
    code: "D4",
    name: "Kebaruan (inovatif)",
    weight: 20,
    guidance: "Apa yang baru dibandingkan cara sebelumnya.",
  },
  {
    code: "D5",
    name: "Signifikansi dan hasil",
    weight: 20,
    guidance: "Perubahan sebelum dan sesudah, penerima manfaat.",
  },
  {
    code: "D6",
    name: "Dapat direplikasi",
    weight: 10,
    guidance: "Dapat diterapkan di daerah atau unit lain.",
  },
  { code: "D7", name: "Sumber daya", weight: 5, guidance: "SDM, anggaran, dan sarana yang digunakan." },
  {
    code: "D8",
    name: "Keberlanjutan",
    weight: 10,
    guidance: "Strategi kelembagaan, regulasi, dan anggaran.",
  },
  { code: "D9", name: "Pemantauan dan evaluasi", weight: 5, guidance: "Mekanisme monev dan hasilnya." },
  {
    code: "D10",
    name: "Keterlibatan pemangku kepentingan",
    weight: 5,
    guidance: "Peran pihak terkait dan masyarakat.",
  },
] as const;

export const PRESENTATION_RUBRIC = [
  { code: "P1", name: "Penguasaan materi", weight: 40, guidance: "Penyaji memahami inovasi dan datanya." },
  { code: "P2", name: "Kejelasan penyampaian", weight: 30, guidance: "Runtut, tepat waktu (7 menit)." },
  {
    code: "P3",
    name: "Jawaban tanya jawab",
    weight: 30,
    guidance: "Menjawab pertanyaan panel dengan tepat.",
  },
] as const;
