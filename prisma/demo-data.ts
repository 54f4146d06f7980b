// Demo data for a newcomer's portal and for the tests: one Pemda, its OPDs, one account per role,
// innovations, a running competition with its rubric, and the IID indicator table.

export const DEMO_PASSWORD = "Inovasi#2026";

export const DEMO_REGION = { code: "3399", name: "Kabupaten Lestari Jaya", kind: "KABUPATEN", province: "Jawa Tengah" } as const;

export const DEMO_OPDS = [
  { shortName: "DINKES", name: "Dinas Kesehatan", kind: "DINAS" },
  { shortName: "DISDIKBUD", name: "Dinas Pendidikan dan Kebudayaan", kind: "DINAS" },
  { shortName: "DISDUKCAPIL", name: "Dinas Kependudukan dan Pencatatan Sipil", kind: "DINAS" },
  { shortName: "DPMPTSP", name: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", kind: "DINAS" },
  { shortName: "DINSOS", name: "Dinas Sosial", kind: "DINAS" },
  { shortName: "DISHUB", name: "Dinas Perhubungan", kind: "DINAS" },
  { shortName: "DISKOMINFO", name: "Dinas Komunikasi dan Informatika", kind: "DINAS" },
  { shortName: "DLH", name: "Dinas Lingkungan Hidup", kind: "DINAS" },
  { shortName: "BRIDA", name: "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", kind: "BADAN" },
  { shortName: "BPKAD", name: "Badan Pengelolaan Keuangan dan Aset Daerah", kind: "BADAN" },
  { shortName: "BPBD", name: "Badan Penanggulangan Bencana Daerah", kind: "BADAN" },
  { shortName: "RSUD", name: "RSUD Lestari Jaya", kind: "RSUD" },
  { shortName: "KEC-KOTA", name: "Kecamatan Kota", kind: "KECAMATAN" },
  { shortName: "KEC-UTARA", name: "Kecamatan Utara", kind: "KECAMATAN" },
] as const;

export const DEMO_USERS = [
  { email: "admin@inovasi.test", name: "Sekretariat Bagian Organisasi", role: "ADMIN", opd: null, nip: "198001012005011001" },
  { email: "penilai@inovasi.test", name: "Dr. Ratna Wulandari", role: "EVALUATOR", opd: null, nip: null },
  { email: "penilai2@inovasi.test", name: "Ir. Bambang Setiawan", role: "EVALUATOR", opd: null, nip: null },
  { email: "penilai3@inovasi.test", name: "Sri Handayani, M.Si.", role: "EVALUATOR", opd: null, nip: null },
  { email: "kepala.dinkes@inovasi.test", name: "dr. Agus Prasetyo", role: "OPD_HEAD", opd: "DINKES", nip: "197505052000031002" },
  { email: "operator.dinkes@inovasi.test", name: "Dewi Lestari", role: "OPD_OPERATOR", opd: "DINKES", nip: "199001012015032003" },
  { email: "kepala.disdukcapil@inovasi.test", name: "Hendra Gunawan", role: "OPD_HEAD", opd: "DISDUKCAPIL", nip: null },
  { email: "operator.disdukcapil@inovasi.test", name: "Rudi Hartono", role: "OPD_OPERATOR", opd: "DISDUKCAPIL", nip: null },
  { email: "kepala.dinsos@inovasi.test", name: "Yuliana Siregar", role: "OPD_HEAD", opd: "DINSOS", nip: null },
  { email: "operator.dinsos@inovasi.test", name: "Fajar Nugroho", role: "OPD_OPERATOR", opd: "DINSOS", nip: null },
] as const;

export const IID_INDICATORS = [
  [16, "Regulasi inovasi daerah", 3, "SK Kepala Perangkat Daerah", "Peraturan Kepala Daerah", "Peraturan Daerah", true],
  [17, "Ketersediaan SDM terhadap inovasi daerah", 2, "1–10 orang", "11–30 orang", "Lebih dari 30 orang", true],
  [18, "Dukungan anggaran", 2, "Anggaran 1 tahun", "Anggaran 2 tahun berturut-turut", "Anggaran 3 tahun", false],
  [19, "Alat kerja", 2, "Manual", "Elektronik", "Sistem daring atau AI", false],
  [20, "Bimtek inovasi", 1, "1 kali", "2 kali", "3 kali atau lebih dalam 3 tahun", false],
  [21, "Integrasi program dan kegiatan inovasi dalam RKPD", 2, "Salah satu dari T-1 atau T-2", "T-1 dan T-2", "Ditambah T-0", false],
  [22, "Keterlibatan aktor inovasi", 1, "3 aktor", "4 aktor", "5 aktor atau lebih", false],
  [23, "Pelaksana inovasi daerah", 1, "Tanpa SK", "SK Kepala Perangkat Daerah", "SK Kepala Daerah", false],
  [24, "Jejaring inovasi", 1, "2 perangkat daerah", "3–4 perangkat daerah", "5 perangkat daerah atau lebih", false],
  [25, "Sosialisasi inovasi daerah", 1, "Foto dengan spanduk", "Media milik pemerintah daerah", "Media berita independen", false],
  [26, "Pedoman teknis", 1, "Cetak", "Elektronik", "Daring", false],
  [27, "Kemudahan informasi layanan", 1, "1 kanal", "2 kanal", "3 kanal atau lebih", false],
  [28, "Kemudahan proses inovasi", 2, "6 hari atau lebih", "2–5 hari", "1 hari", false],
  [29, "Penyelesaian layanan pengaduan", 1, "≤ 50 % selesai", "51–90 % selesai", "≥ 91 % selesai", false],
  [30, "Layanan terintegrasi", 2, "Berdiri sendiri", "Portal satu unit", "Lintas unit", false],
  [31, "Replikasi", 3, "Direplikasi 1 kali", "Direplikasi 2 kali", "Direplikasi 3 kali atau lebih", false],
  [32, "Kecepatan penciptaan inovasi", 2, "9 bulan atau lebih", "5–8 bulan", "1–4 bulan", true],
  [33, "Kemanfaatan inovasi", 3, "1–200 penerima manfaat", "201–500 penerima manfaat", "501 atau lebih", true],
  [34, "Monitoring dan evaluasi inovasi daerah", 2, "Internal", "Survei kepuasan", "Penelitian eksternal", false],
  [35, "Kualitas inovasi daerah (video)", 4, "1–2 unsur substansi", "3–4 unsur substansi", "5 unsur substansi", true],
] as const;

export { DESK_RUBRIC, PRESENTATION_RUBRIC } from "@/lib/competitions/templates";
