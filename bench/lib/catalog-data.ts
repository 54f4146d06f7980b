// A national-scale catalogue for the catalogue benchmark, generated from a seeded PRNG so every run
// loads the same data: 500 regions (provinsi, kabupaten, kota), each with its OPDs and an admin, and 100,000
// innovations written in Indonesian from a themed vocabulary (kesehatan, kependudukan, perizinan, pendidikan,
// desa, …), with urusan, bentuk, jenis, tahapan, SDGs, years, awards, replications and citizen ratings, so the
// catalogue's facets and sorts have realistic spreads. About 85 % are public by the project's one visibility
// rule (lib/catalog/queries/visibility.ts: status APPROVED and marked public); the rest are drafts, submitted,
// returned, or approved but not marked public. Approved and submitted ones have a frozen version, as in the portal.
//
// Loading: one INSERT … SELECT FROM unnest(…) per table and chunk (bench/lib/load.ts does the same for the ranking
// bench). The search-document trigger on "Innovation" is switched off for the bulk insert and the document table
// (search.innovation_document) is filled afterwards with the function the trigger itself calls
// (search.innovation_document_upsert), on two connections, then VACUUM ANALYZE.
import pg from "pg";
import { URUSAN } from "@/lib/reference";
import { rng, type Rng } from "./prng";
import { insertRows, type Column } from "./insert";

export interface CatalogSize {
  regions: number;
  innovations: number;
  seed: number;
}

export const NATIONAL: CatalogSize = { regions: 500, innovations: 100_000, seed: 20261124 };

const ts = (d: Date) => d.toISOString().replace("T", " ").replace("Z", "");
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r.next() * xs.length)] as T;
function weighted<T>(r: Rng, xs: readonly (readonly [T, number])[]): T {
  const total = xs.reduce((n, [, w]) => n + w, 0);
  let x = r.next() * total;
  for (const [v, w] of xs) {
    x -= w;
    if (x < 0) return v;
  }
  return (xs.at(-1) as readonly [T, number])[0];
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const fmtNum = (n: number) => n.toLocaleString("id-ID");

// ---------------------------------------------------------------------------------------------------------------
// Vocabulary

interface Theme {
  key: string;
  weight: number;
  urusan: string;
  opd: string;
  sdgs: number[];
  topics: string[];
  people: string[];
  problems: string[];
  outcomes: string[];
}

const THEMES: Theme[] = [
  {
    key: "kesehatan",
    weight: 16,
    urusan: "Kesehatan",
    opd: "Dinas Kesehatan",
    sdgs: [3, 2, 1, 5, 6],
    topics: [
      "Pelayanan Kesehatan Ibu dan Anak",
      "Posyandu",
      "Pencegahan Stunting",
      "Imunisasi Dasar Lengkap",
      "Antrean Puskesmas",
      "Rujukan Pasien",
      "Gizi Balita",
      "Pemeriksaan Ibu Hamil",
      "Kesehatan Lansia",
      "Penanganan Tuberkulosis",
      "Pelayanan Gawat Darurat",
      "Kesehatan Jiwa",
      "Pelayanan Kesehatan Keliling",
    ],
    people: ["balita", "ibu hamil", "lansia", "pasien", "kader posyandu", "bidan desa", "tenaga kesehatan"],
    problems: [
      "angka stunting yang masih tinggi",
      "antrean panjang di puskesmas",
      "cakupan imunisasi yang rendah",
      "keterlambatan rujukan pasien gawat darurat",
      "data gizi balita yang tersebar dan tidak terpadu",
      "jarak fasilitas kesehatan yang jauh dari permukiman",
      "rendahnya kunjungan ibu hamil ke posyandu",
    ],
    outcomes: [
      "prevalensi stunting turun",
      "waktu tunggu pasien berkurang",
      "cakupan imunisasi meningkat",
      "kunjungan posyandu meningkat",
      "pelayanan kesehatan lebih cepat dan merata",
    ],
  },
  {
    key: "kependudukan",
    weight: 9,
    urusan: "Administrasi Kependudukan dan Pencatatan Sipil",
    opd: "Dinas Kependudukan dan Pencatatan Sipil",
    sdgs: [16, 10, 17],
    topics: [
      "Pelayanan Administrasi Kependudukan",
      "Akta Kelahiran",
      "KTP Elektronik",
      "Kartu Identitas Anak",
      "Kartu Keluarga",
      "Pencatatan Sipil",
      "Dokumen Kependudukan",
      "Akta Kematian",
      "Identitas Kependudukan Digital",
    ],
    people: ["warga", "penduduk rentan", "orang tua bayi baru lahir", "pemohon dokumen", "operator desa"],
    problems: [
      "lamanya penerbitan dokumen kependudukan",
      "warga harus datang berkali-kali ke kantor dinas",
      "rendahnya kepemilikan akta kelahiran",
      "data kependudukan ganda dan tidak mutakhir",
      "antrian panjang perekaman KTP elektronik",
    ],
    outcomes: [
      "dokumen kependudukan terbit dalam satu hari",
      "kepemilikan akta kelahiran anak meningkat",
      "warga tidak perlu datang ke kantor dinas",
      "data kependudukan lebih akurat",
    ],
  },
  {
    key: "perizinan",
    weight: 8,
    urusan: "Penanaman Modal",
    opd: "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
    sdgs: [8, 9, 16],
    topics: [
      "Pelayanan Perizinan Berusaha",
      "Perizinan Terpadu Satu Pintu",
      "Persetujuan Bangunan Gedung",
      "Izin Usaha Mikro dan Kecil",
      "Perizinan Online",
      "Pelayanan Perijinan Keliling",
      "Klinik Investasi",
    ],
    people: ["pelaku usaha", "investor", "pemohon izin", "pelaku UMKM"],
    problems: [
      "proses perizinan yang berbelit dan lama",
      "waktu pengurusan ijin yang tidak pasti",
      "praktek pungutan liar dalam pelayanan perizinan",
      "pelaku usaha tidak mengetahui persyaratan izin",
    ],
    outcomes: [
      "waktu penerbitan izin berkurang",
      "jumlah izin usaha yang terbit meningkat",
      "pelayanan perizinan lebih transparan",
      "nilai investasi daerah meningkat",
    ],
  },
  {
    key: "pendidikan",
    weight: 10,
    urusan: "Pendidikan",
    opd: "Dinas Pendidikan dan Kebudayaan",
    sdgs: [4, 5, 10],
    topics: [
      "Gerakan Literasi Sekolah",
      "Pembelajaran Daring",
      "Beasiswa Siswa Berprestasi",
      "Sekolah Ramah Anak",
      "Peningkatan Kompetensi Guru",
      "Perpustakaan Keliling",
      "Pencegahan Anak Putus Sekolah",
      "Penerimaan Peserta Didik Baru",
    ],
    people: ["siswa", "guru", "orang tua murid", "anak usia sekolah", "kepala sekolah"],
    problems: [
      "rendahnya minat baca siswa",
      "tingginya angka anak putus sekolah",
      "keterbatasan akses pembelajaran di daerah terpencil",
      "kompetensi guru yang belum merata",
    ],
    outcomes: [
      "minat baca siswa meningkat",
      "angka putus sekolah menurun",
      "nilai rata-rata asesmen meningkat",
      "akses pendidikan lebih merata",
    ],
  },
  {
    key: "desa",
    weight: 8,
    urusan: "Pemberdayaan Masyarakat dan Desa",
    opd: "Dinas Pemberdayaan Masyarakat dan Desa",
    sdgs: [1, 8, 11, 17],
    topics: [
      "Desa Digital",
      "Pengelolaan Dana Desa",
      "Badan Usaha Milik Desa",
      "Pemberdayaan Masyarakat Desa",
      "Sistem Informasi Desa",
      "Administrasi Pemerintahan Desa",
      "Desa Wisata",
    ],
    people: ["perangkat desa", "warga desa", "pengurus BUMDes", "kelompok masyarakat"],
    problems: [
      "pengelolaan dana desa yang belum transparan",
      "administrasi desa yang masih manual",
      "potensi ekonomi desa yang belum tergarap",
      "rendahnya partisipasi warga dalam pembangunan desa",
    ],
    outcomes: [
      "pendapatan asli desa meningkat",
      "laporan dana desa tepat waktu",
      "pelayanan administrasi desa lebih cepat",
      "partisipasi warga meningkat",
    ],
  },
  {
    key: "sosial",
    weight: 7,
    urusan: "Sosial",
    opd: "Dinas Sosial",
    sdgs: [1, 2, 10],
    topics: [
      "Penyaluran Bantuan Sosial",
      "Data Terpadu Kesejahteraan Sosial",
      "Pelayanan Penyandang Disabilitas",
      "Perlindungan Lansia Terlantar",
      "Pemberdayaan Keluarga Miskin",
      "Rehabilitasi Sosial",
    ],
    people: ["keluarga miskin", "penyandang disabilitas", "lansia terlantar", "penerima bantuan sosial"],
    problems: [
      "bantuan sosial yang tidak tepat sasaran",
      "data kemiskinan yang tidak mutakhir",
      "sulitnya akses layanan bagi penyandang disabilitas",
    ],
    outcomes: [
      "bantuan sosial lebih tepat sasaran",
      "data kesejahteraan sosial diperbarui setiap bulan",
      "angka kemiskinan menurun",
    ],
  },
  {
    key: "pertanian",
    weight: 7,
    urusan: "Pertanian",
    opd: "Dinas Pertanian dan Pangan",
    sdgs: [2, 8, 12, 15],
    topics: [
      "Distribusi Pupuk Bersubsidi",
      "Penyuluhan Pertanian",
      "Ketahanan Pangan",
      "Petani Milenial",
      "Irigasi Sawah",
      "Informasi Harga Komoditas",
      "Pertanian Organik",
    ],
    people: ["petani", "kelompok tani", "penyuluh pertanian", "nelayan", "peternak"],
    problems: [
      "kelangkaan pupuk bersubsidi saat musim tanam",
      "harga gabah yang rendah saat panen",
      "produktivitas lahan yang menurun",
      "regenerasi petani yang lambat",
    ],
    outcomes: [
      "produktivitas padi meningkat",
      "pupuk bersubsidi tersalur tepat waktu",
      "pendapatan petani meningkat",
    ],
  },
  {
    key: "lingkungan",
    weight: 6,
    urusan: "Lingkungan Hidup",
    opd: "Dinas Lingkungan Hidup",
    sdgs: [6, 11, 12, 13],
    topics: [
      "Bank Sampah",
      "Pengelolaan Sampah Rumah Tangga",
      "Ruang Terbuka Hijau",
      "Sanitasi Lingkungan",
      "Pemantauan Kualitas Air",
      "Pengurangan Sampah Plastik",
    ],
    people: ["rumah tangga", "pengelola bank sampah", "sekolah", "pelaku usaha"],
    problems: [
      "volume sampah yang terus meningkat",
      "pencemaran sungai oleh limbah rumah tangga",
      "rendahnya kesadaran memilah sampah",
    ],
    outcomes: [
      "sampah yang dibuang ke TPA berkurang",
      "jumlah bank sampah aktif bertambah",
      "kualitas air sungai membaik",
    ],
  },
  {
    key: "perhubungan",
    weight: 4,
    urusan: "Perhubungan",
    opd: "Dinas Perhubungan",
    sdgs: [9, 11],
    topics: [
      "Transportasi Umum",
      "Parkir Elektronik",
      "Uji Kendaraan Bermotor",
      "Angkutan Sekolah Gratis",
      "Manajemen Lalu Lintas",
    ],
    people: ["pengguna jalan", "pelajar", "pemilik kendaraan", "sopir angkutan umum"],
    problems: ["kemacetan di pusat kota", "kebocoran retribusi parkir", "minimnya angkutan umum ke sekolah"],
    outcomes: ["pendapatan retribusi parkir meningkat", "waktu tempuh berkurang", "angka kecelakaan menurun"],
  },
  {
    key: "keuangan",
    weight: 5,
    urusan: "Keuangan",
    opd: "Badan Pengelolaan Keuangan dan Aset Daerah",
    sdgs: [16, 17],
    topics: [
      "Pembayaran Pajak Daerah",
      "Retribusi Daerah Nontunai",
      "Pengelolaan Aset Daerah",
      "Pajak Bumi dan Bangunan",
      "Transaksi Nontunai",
    ],
    people: ["wajib pajak", "bendahara OPD", "pengelola aset", "masyarakat"],
    problems: [
      "rendahnya kepatuhan wajib pajak",
      "pencatatan aset daerah yang tidak tertib",
      "transaksi tunai yang rawan penyimpangan",
    ],
    outcomes: [
      "pendapatan asli daerah meningkat",
      "aset daerah tercatat lengkap",
      "seluruh transaksi belanja nontunai",
    ],
  },
  {
    key: "kepegawaian",
    weight: 5,
    urusan: "Kepegawaian",
    opd: "Badan Kepegawaian dan Pengembangan SDM",
    sdgs: [8, 16],
    topics: [
      "Presensi ASN",
      "Penilaian Kinerja Pegawai",
      "Pengembangan Kompetensi ASN",
      "Layanan Kepegawaian",
      "Kenaikan Pangkat Otomatis",
    ],
    people: ["aparatur sipil negara", "pegawai", "pejabat pembina kepegawaian"],
    problems: [
      "disiplin pegawai yang rendah",
      "layanan kenaikan pangkat yang lambat",
      "penilaian kinerja yang subjektif",
    ],
    outcomes: [
      "disiplin pegawai meningkat",
      "kenaikan pangkat tepat waktu",
      "penilaian kinerja lebih objektif",
    ],
  },
  {
    key: "bencana",
    weight: 3,
    urusan: "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat",
    opd: "Badan Penanggulangan Bencana Daerah",
    sdgs: [11, 13],
    topics: [
      "Peringatan Dini Bencana",
      "Desa Tangguh Bencana",
      "Penanganan Banjir",
      "Pencegahan Kebakaran Hutan dan Lahan",
    ],
    people: ["warga rawan bencana", "relawan", "aparat desa"],
    problems: [
      "lambatnya informasi peringatan dini",
      "tingginya risiko banjir di musim hujan",
      "koordinasi penanganan darurat yang lemah",
    ],
    outcomes: [
      "waktu tanggap darurat lebih cepat",
      "korban bencana berkurang",
      "desa tangguh bencana bertambah",
    ],
  },
  {
    key: "kominfo",
    weight: 5,
    urusan: "Komunikasi dan Informatika",
    opd: "Dinas Komunikasi dan Informatika",
    sdgs: [9, 16, 17],
    topics: [
      "Satu Data Daerah",
      "Pengaduan Masyarakat",
      "Keterbukaan Informasi Publik",
      "Internet Desa",
      "Kota Cerdas",
    ],
    people: ["masyarakat", "pengelola data", "jurnalis", "perangkat daerah"],
    problems: [
      "data antarperangkat daerah yang tidak terhubung",
      "pengaduan masyarakat yang tidak ditindaklanjuti",
      "desa tanpa akses internet",
    ],
    outcomes: [
      "pengaduan ditindaklanjuti kurang dari tiga hari",
      "data terbuka bertambah",
      "desa terhubung internet",
    ],
  },
  {
    key: "umkm",
    weight: 4,
    urusan: "Koperasi, Usaha Kecil, dan Menengah",
    opd: "Dinas Koperasi dan UKM",
    sdgs: [8, 9, 1],
    topics: [
      "Pemasaran Produk UMKM",
      "Pasar Digital UMKM",
      "Pembiayaan Koperasi",
      "Produk Unggulan Lokal",
      "Sertifikasi Halal UMKM",
    ],
    people: ["pelaku UMKM", "pengurus koperasi", "pengrajin"],
    problems: [
      "pemasaran produk UMKM yang terbatas",
      "sulitnya akses permodalan",
      "produk lokal belum bersertifikat",
    ],
    outcomes: ["omzet UMKM meningkat", "produk bersertifikat halal bertambah", "koperasi sehat bertambah"],
  },
  {
    key: "perencanaan",
    weight: 2,
    urusan: "Perencanaan",
    opd: "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
    sdgs: [16, 17],
    topics: [
      "Musrenbang Elektronik",
      "Perencanaan Pembangunan Partisipatif",
      "Evaluasi Pembangunan Daerah",
      "Riset dan Inovasi Daerah",
    ],
    people: ["perangkat daerah", "masyarakat", "anggota DPRD", "peneliti"],
    problems: ["usulan musrenbang yang tidak terpantau", "perencanaan yang tidak berbasis data"],
    outcomes: ["usulan warga terpantau sampai realisasi", "dokumen perencanaan tepat waktu"],
  },
  {
    key: "pupr",
    weight: 3,
    urusan: "Pekerjaan Umum dan Penataan Ruang",
    opd: "Dinas Pekerjaan Umum dan Penataan Ruang",
    sdgs: [6, 9, 11],
    topics: ["Pelaporan Jalan Rusak", "Penyediaan Air Minum", "Drainase Perkotaan", "Informasi Tata Ruang"],
    people: ["pengguna jalan", "warga", "pelanggan air minum"],
    problems: [
      "laporan jalan rusak yang lambat ditangani",
      "akses air minum yang belum merata",
      "genangan di musim hujan",
    ],
    outcomes: ["jalan rusak diperbaiki lebih cepat", "cakupan air minum meningkat", "genangan berkurang"],
  },
];
// Every urusan of the reference list appears, the themed ones far more often (a theme's urusan is used 85 %).
const OTHER_URUSAN = URUSAN;

const DIGITAL_FORMS = [
  "Sistem Informasi",
  "Aplikasi",
  "Layanan Daring",
  "Portal",
  "Dasbor",
  "Layanan Online",
  "Platform Digital",
];
const PLAIN_FORMS = [
  "Gerakan",
  "Program",
  "Layanan Jemput Bola",
  "Pos Pelayanan",
  "Klinik",
  "Rumah",
  "Gerai",
  "Kelas",
];
const SUFFIXES = [
  "Terpadu",
  "Berbasis Desa",
  "Berbasis Masyarakat",
  "Satu Pintu",
  "Keliling",
  "Cepat",
  "Tanpa Antre",
  "Ramah Anak",
  "",
  "",
  "",
];
const TOOLS_DIGITAL = [
  "aplikasi Android",
  "situs web",
  "WhatsApp",
  "kode QR",
  "dasbor daring",
  "formulir daring",
  "SMS gateway",
];
const TOOLS_PLAIN = [
  "petugas jemput bola",
  "posko keliling",
  "kader desa",
  "forum warga",
  "layanan malam hari",
  "mobil pelayanan",
];
const SYLLABLES = [
  "SI",
  "GE",
  "MA",
  "PAN",
  "DU",
  "TA",
  "KA",
  "RI",
  "LA",
  "YAN",
  "SE",
  "HAT",
  "DES",
  "TI",
  "BU",
  "NA",
  "CA",
  "PIL",
  "MO",
  "RA",
  "SAK",
  "TU",
];
const PLACES = [
  "Aceh",
  "Agam",
  "Asahan",
  "Badung",
  "Bandung",
  "Banjar",
  "Bantul",
  "Banyumas",
  "Barito",
  "Batang",
  "Bekasi",
  "Bengkalis",
  "Blitar",
  "Bogor",
  "Bone",
  "Boyolali",
  "Brebes",
  "Buleleng",
  "Ciamis",
  "Cianjur",
  "Cilacap",
  "Cirebon",
  "Demak",
  "Dompu",
  "Enrekang",
  "Flores",
  "Garut",
  "Gianyar",
  "Gowa",
  "Gresik",
  "Indramayu",
  "Jember",
  "Jepara",
  "Jombang",
  "Kampar",
  "Karawang",
  "Kediri",
  "Kendal",
  "Klaten",
  "Kudus",
  "Kupang",
  "Lahat",
  "Lamongan",
  "Lebak",
  "Lombok",
  "Lumajang",
  "Madiun",
  "Magelang",
  "Malang",
  "Maros",
  "Minahasa",
  "Muna",
  "Nganjuk",
  "Ngawi",
  "Pacitan",
  "Pati",
  "Pekalongan",
  "Pemalang",
  "Pinrang",
  "Ponorogo",
  "Probolinggo",
  "Purworejo",
  "Rembang",
  "Sambas",
  "Sampang",
  "Serang",
  "Siak",
  "Sidoarjo",
  "Sikka",
  "Sleman",
  "Solok",
  "Sragen",
  "Subang",
  "Sumedang",
  "Sumenep",
  "Tabanan",
  "Tangerang",
  "Tegal",
  "Temanggung",
  "Toba",
  "Trenggalek",
  "Tuban",
  "Wajo",
  "Wonogiri",
];
const DIRECTIONS = [
  "",
  "Utara",
  "Selatan",
  "Barat",
  "Timur",
  "Tengah",
  "Raya",
  "Hulu",
  "Hilir",
  "Baru",
  "Kepulauan",
  "Pesisir",
];
const PROVINCES = [
  "Aceh",
  "Sumatera Utara",
  "Sumatera Barat",
  "Riau",
  "Jambi",
  "Sumatera Selatan",
  "Lampung",
  "Jawa Barat",
  "Jawa Tengah",
  "DI Yogyakarta",
  "Jawa Timur",
  "Banten",
  "Bali",
  "Nusa Tenggara Barat",
  "Nusa Tenggara Timur",
  "Kalimantan Barat",
  "Kalimantan Tengah",
  "Kalimantan Selatan",
  "Kalimantan Timur",
  "Sulawesi Utara",
  "Sulawesi Tengah",
  "Sulawesi Selatan",
  "Sulawesi Tenggara",
  "Gorontalo",
  "Maluku",
  "Papua",
];
const EXTRA_OPDS = [
  ["Sekretariat Daerah (Bagian Organisasi)", "ORG", "LAINNYA"],
  ["RSUD", "RSUD", "RSUD"],
  ["Kecamatan Kota", "KECKOTA", "KECAMATAN"],
  ["Kecamatan Utara", "KECUTARA", "KECAMATAN"],
  ["Kecamatan Selatan", "KECSEL", "KECAMATAN"],
  ["Dinas Perpustakaan dan Kearsipan", "DISPUSIP", "DINAS"],
  ["Dinas Pariwisata", "DISPAR", "DINAS"],
  ["Dinas Tenaga Kerja", "DISNAKER", "DINAS"],
] as const;
const AWARDS = [
  ["Innovative Government Award (IGA)", "NASIONAL"],
  ["Kompetisi Inovasi Pelayanan Publik (KIPP) Top 45", "NASIONAL"],
  ["Penghargaan Inovasi Daerah Tingkat Provinsi", "PROVINSI"],
  ["Lomba Inovasi Daerah", "KABUPATEN"],
  ["Anugerah Pelayanan Prima", "NASIONAL"],
] as const;
const FIRST_NAMES = [
  "Siti",
  "Budi",
  "Dewi",
  "Agus",
  "Rina",
  "Eko",
  "Nur",
  "Ahmad",
  "Sri",
  "Made",
  "Yohanes",
  "Fitri",
  "Andi",
  "Wayan",
];
const LAST_NAMES = [
  "Rahayu",
  "Santoso",
  "Lestari",
  "Hidayat",
  "Wulandari",
  "Saputra",
  "Pratama",
  "Siregar",
  "Nasution",
  "Manurung",
];

// ---------------------------------------------------------------------------------------------------------------
// Text

interface TextCtx {
  acronym: string;
  name: string;
  topic: string;
  theme: Theme;
  digital: boolean;
  opd: string;
  region: string;
  year: number;
}

function sentence(r: Rng, ctx: TextCtx, kind: string, first: boolean): string {
  const t = ctx.theme;
  const who = pick(r, t.people);
  const problem = pick(r, t.problems);
  const outcome = pick(r, t.outcomes);
  const tool = ctx.digital ? pick(r, TOOLS_DIGITAL) : pick(r, TOOLS_PLAIN);
  const n = fmtNum(r.int(20, 25_000));
  const pct = r.int(12, 87);
  const topic = ctx.topic.toLowerCase();
  const bank: Record<string, string[]> = {
    summary: [
      `${ctx.acronym} adalah inovasi ${topic} yang dikembangkan oleh ${ctx.opd} ${ctx.region} untuk mengatasi ${problem}.`,
      `Melalui ${tool}, ${who} dapat memperoleh layanan ${topic} dengan lebih mudah, cepat, dan tanpa biaya.`,
      `Inovasi ini mendekatkan pelayanan publik kepada ${who} di seluruh kecamatan dan desa.`,
      `Sejak diterapkan, ${outcome} dan ${fmtNum(r.int(100, 50_000))} ${who} telah merasakan manfaatnya.`,
    ],
    problem: [
      `Sebelum inovasi ini, ${problem} menyebabkan ${who} harus menunggu lama dan mengeluarkan biaya transportasi.`,
      `Pada tahun ${ctx.year - 1} tercatat ${n} ${who} yang belum terlayani dengan baik.`,
      `Pelayanan masih dilakukan secara manual dengan berkas kertas sehingga rawan hilang dan terlambat.`,
      `Koordinasi antara perangkat daerah, kecamatan, dan desa belum berjalan optimal.`,
      `Keluhan masyarakat tentang ${problem} sering muncul dalam forum konsultasi publik.`,
    ],
    novelty: [
      `Kebaruan ${ctx.acronym} terletak pada penggunaan ${tool} yang menghubungkan ${who} langsung dengan petugas.`,
      `Untuk pertama kalinya di ${ctx.region}, layanan ${topic} dapat dipantau secara terbuka oleh masyarakat.`,
      `Inovasi ini memadukan pelayanan ${ctx.digital ? "digital" : "tatap muka"} dengan peran aktif kader dan perangkat desa.`,
    ],
    strategy: [
      `Tahap pertama adalah sosialisasi kepada ${who} dan pelatihan petugas di setiap kecamatan.`,
      `${ctx.opd} menyusun standar operasional prosedur dan menetapkan petugas penanggung jawab di tiap desa.`,
      `Pelaksanaan didukung kerja sama dengan puskesmas, sekolah, kantor desa, dan organisasi masyarakat.`,
      `Pemantauan dilakukan setiap bulan dan hasilnya dilaporkan kepada kepala daerah.`,
      `Anggaran bersumber dari APBD dan dana desa serta dukungan mitra swasta.`,
    ],
    results: [
      `Hasilnya, ${outcome} sebesar ${pct} persen dibandingkan tahun sebelumnya.`,
      `Sebanyak ${n} ${who} telah terlayani melalui ${ctx.acronym}.`,
      `Indeks kepuasan masyarakat terhadap layanan ${topic} naik menjadi ${r.int(76, 95)} persen.`,
      `Waktu pelayanan berkurang dari ${r.int(5, 30)} hari menjadi ${r.int(1, 3)} hari kerja.`,
    ],
    before: [
      `Sebelumnya ${problem} dan pelayanan hanya tersedia di kantor dinas pada jam kerja.`,
      `${cap(who)} harus datang langsung dan mengantre berjam-jam.`,
    ],
    after: [
      `Kini ${outcome} dan layanan dapat diakses dari desa masing-masing.`,
      `${cap(who)} mendapatkan kepastian waktu dan biaya pelayanan.`,
    ],
    beneficiaries: [
      `Penerima manfaat utama adalah ${who} di ${ctx.region}.`,
      `Manfaat juga dirasakan oleh petugas pelayanan dan pemerintah desa.`,
    ],
    transfer: [
      `Inovasi ini mudah direplikasi oleh daerah lain karena biayanya rendah dan prosedurnya sederhana.`,
      `Beberapa daerah telah melakukan studi tiru ke ${ctx.region}.`,
    ],
    resources: [
      `Sumber daya yang digunakan meliputi ${r.int(3, 40)} petugas, ${tool}, dan sarana pelayanan di kecamatan.`,
    ],
    sustain: [
      `Keberlanjutan dijamin melalui peraturan kepala daerah dan alokasi anggaran setiap tahun.`,
      `Kader dan perangkat desa dilatih agar inovasi tetap berjalan meskipun terjadi pergantian pejabat.`,
    ],
    stakeholders: [
      `Pemangku kepentingan yang terlibat: ${ctx.opd}, camat, kepala desa, tokoh masyarakat, dan ${who}.`,
    ],
    monitoring: [
      `Monitoring dan evaluasi dilakukan setiap triwulan dengan indikator jumlah layanan dan kepuasan masyarakat.`,
    ],
    lessons: [
      `Pelajaran penting adalah perlunya komitmen pimpinan dan keterlibatan masyarakat sejak awal.`,
      `Perubahan pola pikir petugas menjadi kunci keberhasilan pelayanan publik yang inovatif.`,
    ],
  };
  const choices = bank[kind] as string[];
  // A summary opens with what the innovation is; other sentences come in any order.
  return first && kind === "summary" ? (choices[0] as string) : pick(r, choices);
}

function paragraph(r: Rng, ctx: TextCtx, kind: string, min: number, max: number): string {
  const n = r.int(min, max);
  const out: string[] = [];
  for (let tries = 0; out.length < n && tries < 3 * n; tries++) {
    const s = sentence(r, ctx, kind, out.length === 0);
    // No sentence twice in one section (templates repeat; the figures in them may differ).
    if (!out.some((o) => o.slice(0, 40) === s.slice(0, 40))) out.push(s);
  }
  return out.join(" ");
}

// ---------------------------------------------------------------------------------------------------------------
// Bulk insert

const insert = insertRows;

const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(7, "0")}`;

export interface LoadedCatalog {
  rows: Record<string, number>;
  publicInnovations: number;
  /** An id of a public innovation with awards, replications, ratings and comments, for the innovation page. */
  sampleInnovationId: string;
  /** Wall-clock times: bulk load (one transaction), search documents, VACUUM ANALYZE. */
  ms: { load: number; documents: number; analyze: number };
}

/**
 * Generates and loads the catalogue into an empty, migrated database. Innovation rows are generated and inserted
 * in chunks so memory stays small; everything is deterministic for a given seed.
 */
export async function loadCatalog(url: string, size: CatalogSize = NATIONAL): Promise<LoadedCatalog> {
  const r = rng(size.seed);
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const rows: Record<string, number> = {};
  const now = ts(new Date("2026-11-01T00:00:00Z"));
  let publicInnovations = 0;
  let sampleInnovationId = "";
  const t0 = performance.now();
  try {
    await c.query("BEGIN");
    // ---- regions, OPDs, one admin per region
    const regions: { id: string; name: string; opds: { id: string; name: string }[]; weight: number }[] = [];
    const usedNames = new Set<string>();
    const regionRows: unknown[][] = [];
    const opdRows: unknown[][] = [];
    const userRows: unknown[][] = [];
    let opdN = 0;
    for (let i = 0; i < size.regions; i++) {
      const province = PROVINCES[i % PROVINCES.length] as string;
      const kind = i < PROVINCES.length ? "PROVINSI" : r.chance(0.2) ? "KOTA" : "KABUPATEN";
      let name: string;
      if (kind === "PROVINSI") name = `Provinsi ${province}`;
      else {
        do {
          const dir = pick(r, DIRECTIONS);
          name = `${kind === "KOTA" ? "Kota" : "Kabupaten"} ${pick(r, PLACES)}${dir ? ` ${dir}` : ""}`;
        } while (usedNames.has(name));
      }
      usedNames.add(name);
      const regionId = id("bnreg", i + 1);
      regionRows.push([
        regionId,
        `${String(11 + (i % PROVINCES.length))}.${String(i + 1).padStart(3, "0")}`,
        name,
        kind,
        province,
        now,
      ]);
      // Each region has the themed OPDs it needs plus some of the others: 14–24 OPDs.
      const names = [...new Set(THEMES.map((t) => t.opd))];
      const extras = EXTRA_OPDS.filter(() => r.chance(0.6));
      const opds: { id: string; name: string }[] = [];
      names.forEach((n, j) => {
        if (j > 4 && r.chance(0.1)) return; // a few regions merged some offices
        const oid = id("bnopd", ++opdN);
        const short = n
          .split(/[\s,()]+/)
          .filter((w) => w.length > 2 && w[0] === w[0]?.toUpperCase())
          .map((w) => w[0])
          .join("")
          .concat(String(j));
        opds.push({ id: oid, name: n });
        opdRows.push([oid, regionId, n, short, n.startsWith("Badan") ? "BADAN" : "DINAS", now]);
      });
      for (const [n, short, k] of extras) {
        const oid = id("bnopd", ++opdN);
        opds.push({ id: oid, name: n });
        opdRows.push([oid, regionId, n, short, k, now]);
      }
      userRows.push([
        id("bnusr", i + 1),
        regionId,
        `Admin ${name}`,
        `admin${i + 1}@bench.test`,
        "ADMIN",
        now,
      ]);
      // Some regions are far more active than others (a long tail, as in the IGA data).
      regions.push({ id: regionId, name, opds, weight: 0.3 + r.next() ** 3 * 4 });
    }
    rows.Region = await insert(
      c,
      "Region",
      [
        ["id", "text"],
        ["code", "text"],
        ["name", "text"],
        ["kind", '"RegionKind"'],
        ["province", "text"],
        ["updatedAt", "timestamp(3)"],
      ],
      regionRows,
    );
    rows.Opd = await insert(
      c,
      "Opd",
      [
        ["id", "text"],
        ["regionId", "text"],
        ["name", "text"],
        ["shortName", "text"],
        ["kind", '"OpdKind"'],
        ["updatedAt", "timestamp(3)"],
      ],
      opdRows,
    );
    rows.User = await insert(
      c,
      "User",
      [
        ["id", "text"],
        ["regionId", "text"],
        ["name", "text"],
        ["email", "text"],
        ["role", '"Role"'],
        ["updatedAt", "timestamp(3)"],
      ],
      userRows,
    );

    // Cumulative weights to draw a region for each innovation.
    const cum: number[] = [];
    let acc = 0;
    for (const g of regions) cum.push((acc += g.weight));
    const drawRegion = () => {
      const x = r.next() * acc;
      let lo = 0;
      let hi = cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cum[mid] as number) > x) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    };
    const themeWeights = THEMES.map((t) => [t, t.weight] as const);

    // ---- innovations (search trigger off for the bulk insert; documents filled afterwards, set-based)
    await c.query('ALTER TABLE "Innovation" DISABLE TRIGGER innovation_search_document');
    const innovationCols: Column[] = [
      ["id", "text"],
      ["regionId", "text"],
      ["opdId", "text"],
      ["unitName", "text"],
      ["year", "int"],
      ["title", "text"],
      ["summary", "text"],
      ["problem", "text"],
      ["novelty", "text"],
      ["strategy", "text"],
      ["results", "text"],
      ["conditionBefore", "text"],
      ["conditionAfter", "text"],
      ["beneficiariesCount", "int"],
      ["beneficiaries", "text"],
      ["transferability", "text"],
      ["resources", "text"],
      ["sustainability", "text"],
      ["stakeholders", "text"],
      ["monitoring", "text"],
      ["lessonsLearned", "text"],
      ["bentuk", '"Bentuk"'],
      ["jenis", '"JenisInovasi"'],
      ["urusan", "text"],
      ["inisiator", '"Inisiator"'],
      ["tahapan", '"Tahapan"'],
      ["trialStartDate", "date"],
      ["implementedDate", "date"],
      ["sdgs", "int[]"],
      ["videoUrl", "text"],
      ["status", '"InnovationStatus"'],
      ["isPublic", "bool"],
      ["createdById", "text"],
      ["updatedById", "text"],
      ["submittedAt", "timestamp(3)"],
      ["approvedAt", "timestamp(3)"],
      ["createdAt", "timestamp(3)"],
      ["updatedAt", "timestamp(3)"],
    ];
    const versionCols: Column[] = [
      ["id", "text"],
      ["innovationId", "text"],
      ["versionNo", "int"],
      ["snapshot", "jsonb"],
      ["status", '"InnovationStatus"'],
      ["createdById", "text"],
      ["createdAt", "timestamp(3)"],
      ["decidedById", "text"],
      ["decidedAt", "timestamp(3)"],
    ];
    const regionOfInnovation: number[] = [];
    const publicIds: string[] = [];
    const CHUNK = 5_000;
    rows.Innovation = 0;
    rows.InnovationVersion = 0;
    const acronyms = new Set<string>();
    for (let at = 0; at < size.innovations; at += CHUNK) {
      const inov: unknown[][] = [];
      const vers: unknown[][] = [];
      for (let k = at; k < Math.min(size.innovations, at + CHUNK); k++) {
        const g = drawRegion();
        const region = regions[g] as (typeof regions)[number];
        regionOfInnovation.push(g);
        const theme = weighted(r, themeWeights);
        const opd = region.opds.find((o) => o.name === theme.opd && r.chance(0.8)) ?? pick(r, region.opds);
        const year = weighted(r, [
          [2019, 5],
          [2020, 7],
          [2021, 10],
          [2022, 13],
          [2023, 16],
          [2024, 18],
          [2025, 18],
          [2026, 13],
        ] as const);
        const digital = r.chance(0.55);
        const topic = pick(r, theme.topics);
        let acronym = "";
        for (let tries = 0; tries < 3 && (acronym === "" || acronyms.has(acronym)); tries++) {
          acronym = Array.from({ length: r.int(2, 3) }, () => pick(r, SYLLABLES)).join("");
        }
        acronyms.add(acronym);
        const form = digital ? pick(r, DIGITAL_FORMS) : pick(r, PLAIN_FORMS);
        const suffix = pick(r, SUFFIXES);
        const title = `${acronym}: ${form} ${topic}${suffix ? ` ${suffix}` : ""}`;
        const ctx: TextCtx = {
          acronym,
          name: title,
          topic,
          theme,
          digital,
          opd: opd.name,
          region: region.name,
          year,
        };
        const status = weighted(r, [
          ["PUBLIC", 85],
          ["APPROVED_PRIVATE", 3],
          ["SUBMITTED", 4],
          ["RETURNED", 2],
          ["DRAFT", 6],
        ] as const);
        const approved = status === "PUBLIC" || status === "APPROVED_PRIVATE";
        const dbStatus = approved ? "APPROVED" : status;
        const created = new Date(Date.UTC(year, r.int(0, 10), r.int(1, 28)));
        const submitted = status === "DRAFT" ? null : new Date(created.getTime() + r.int(5, 60) * 86_400_000);
        const approvedAt =
          approved && submitted ? new Date(submitted.getTime() + r.int(3, 40) * 86_400_000) : null;
        const tahapan = weighted(r, [
          ["INISIATIF", 15],
          ["UJI_COBA", 25],
          ["PENERAPAN", 60],
        ] as const);
        const trial = tahapan === "INISIATIF" ? null : new Date(Date.UTC(year, r.int(0, 5), r.int(1, 28)));
        const implemented =
          tahapan === "PENERAPAN" && trial ? new Date(trial.getTime() + r.int(60, 300) * 86_400_000) : null;
        const sdgs = [
          ...new Set([
            pick(r, theme.sdgs),
            ...(r.chance(0.6) ? [pick(r, theme.sdgs)] : []),
            ...(r.chance(0.2) ? [r.int(1, 17)] : []),
          ]),
        ].sort((a, b) => a - b);
        const iid = id("bninv", k + 1);
        const createdBy = id("bnusr", g + 1);
        inov.push([
          iid,
          region.id,
          opd.id,
          r.chance(0.3)
            ? `UPT ${pick(r, ["Puskesmas", "Kecamatan", "Pelayanan", "Sekolah", "Balai"])} ${pick(r, PLACES)}`
            : null,
          year,
          title,
          paragraph(r, ctx, "summary", 2, 3),
          paragraph(r, ctx, "problem", 2, 4),
          paragraph(r, ctx, "novelty", 1, 3),
          paragraph(r, ctx, "strategy", 2, 4),
          paragraph(r, ctx, "results", 2, 3),
          paragraph(r, ctx, "before", 1, 2),
          paragraph(r, ctx, "after", 1, 2),
          r.int(50, 200_000),
          paragraph(r, ctx, "beneficiaries", 1, 2),
          paragraph(r, ctx, "transfer", 1, 2),
          paragraph(r, ctx, "resources", 1, 1),
          paragraph(r, ctx, "sustain", 1, 2),
          paragraph(r, ctx, "stakeholders", 1, 1),
          paragraph(r, ctx, "monitoring", 1, 1),
          paragraph(r, ctx, "lessons", 1, 2),
          weighted(r, [
            ["PELAYANAN_PUBLIK", 55],
            ["TATA_KELOLA", 35],
            ["LAINNYA", 10],
          ] as const),
          digital ? "DIGITAL" : "NON_DIGITAL",
          r.chance(0.85) ? theme.urusan : pick(r, OTHER_URUSAN),
          weighted(r, [
            ["PERANGKAT_DAERAH", 55],
            ["ASN", 25],
            ["KEPALA_DAERAH", 12],
            ["MASYARAKAT", 6],
            ["ANGGOTA_DPRD", 2],
          ] as const),
          tahapan,
          trial ? trial.toISOString().slice(0, 10) : null,
          implemented ? implemented.toISOString().slice(0, 10) : null,
          `{${sdgs.join(",")}}`,
          r.chance(0.15) ? `https://www.youtube.com/watch?v=${acronym.toLowerCase()}${k}` : null,
          dbStatus,
          status === "PUBLIC",
          createdBy,
          createdBy,
          submitted ? ts(submitted) : null,
          approvedAt ? ts(approvedAt) : null,
          ts(created),
          now,
        ]);
        if (submitted) {
          vers.push([
            id("bnver", k + 1),
            iid,
            1,
            JSON.stringify({ title, year, urusan: theme.urusan }),
            approved ? "APPROVED" : dbStatus === "RETURNED" ? "RETURNED" : "SUBMITTED",
            createdBy,
            ts(submitted),
            approved ? createdBy : null,
            approvedAt ? ts(approvedAt) : null,
          ]);
        }
        if (status === "PUBLIC") publicIds.push(iid);
      }
      rows.Innovation += await insert(c, "Innovation", innovationCols, inov, 2_500);
      rows.InnovationVersion += await insert(c, "InnovationVersion", versionCols, vers);
    }
    await c.query('ALTER TABLE "Innovation" ENABLE TRIGGER innovation_search_document');
    publicInnovations = publicIds.length;

    // ---- awards (~6 % of public innovations), replications (~9 %), ratings (~35 %)
    const awardRows: unknown[][] = [];
    const replicationRows: unknown[][] = [];
    const feedbackRows: unknown[][] = [];
    let n = 0;
    for (const iid of publicIds) {
      const k = Number(iid.slice(5)) - 1;
      if (r.chance(0.06)) {
        for (let j = r.int(1, 2); j > 0; j--) {
          const [name, level] = pick(r, AWARDS);
          awardRows.push([
            id("bnawd", ++n),
            iid,
            r.int(2020, 2026),
            name,
            level,
            r.chance(0.5) ? `Juara ${r.int(1, 3)}` : null,
          ]);
        }
      }
      if (r.chance(0.09)) {
        for (let j = Math.floor(1 + r.next() ** 3 * 8); j > 0; j--) {
          const adopter = r.int(0, regions.length - 1);
          const reg = regions[adopter] as (typeof regions)[number];
          const st = weighted(r, [
            ["IMPLEMENTED", 45],
            ["VERIFIED", 20],
            ["AGREED", 15],
            ["REQUESTED", 15],
            ["REJECTED", 5],
          ] as const);
          const who = `${pick(r, FIRST_NAMES)} ${pick(r, LAST_NAMES)}`;
          const opd = pick(r, reg.opds);
          // Some replicas are innovations registered in the adopting region.
          const replica =
            (st === "IMPLEMENTED" || st === "VERIFIED") && r.chance(0.3)
              ? id("bninv", r.int(1, size.innovations))
              : null;
          replicationRows.push([
            id("bnrep", ++n),
            iid,
            replica,
            reg.id,
            reg.name,
            opd.id,
            opd.name,
            who,
            `${who.toLowerCase().replace(" ", ".")}@bench.test`,
            st,
            now,
          ]);
        }
      }
      if (r.chance(0.35)) {
        const base = r.int(2, 5);
        for (let j = Math.floor(1 + r.next() ** 2 * 15); j > 0; j--) {
          const rating = Math.max(1, Math.min(5, base + (r.chance(0.3) ? r.int(-1, 1) : 0)));
          const comment = r.chance(0.3)
            ? pick(r, [
                "Sangat membantu warga.",
                "Pelayanannya cepat, terima kasih.",
                "Mohon diperluas ke desa kami.",
                "Aplikasinya kadang lambat.",
              ])
            : null;
          feedbackRows.push([
            id("bnfbk", ++n),
            iid,
            rating,
            comment,
            comment
              ? weighted(r, [
                  ["APPROVED", 70],
                  ["PENDING", 20],
                  ["REJECTED", 10],
                ] as const)
              : "APPROVED",
            (k * 31 + j).toString(16).padStart(16, "0"),
            now,
          ]);
        }
      }
    }
    // The innovation page shown by the JS weight and Lighthouse sections: a public one with awards, replications
    // and ratings, the fullest kind of page.
    const rich = publicIds.find(
      (iid) =>
        awardRows.some((a) => a[1] === iid) &&
        replicationRows.some((x) => x[1] === iid) &&
        feedbackRows.some((f) => f[1] === iid && f[3] !== null && f[4] === "APPROVED"),
    );
    sampleInnovationId = rich ?? (publicIds[0] as string);
    rows.Award = await insert(
      c,
      "Award",
      [
        ["id", "text"],
        ["innovationId", "text"],
        ["year", "int"],
        ["name", "text"],
        ["level", "text"],
        ["rank", "text"],
      ],
      awardRows,
    );
    rows.Replication = await insert(
      c,
      "Replication",
      [
        ["id", "text"],
        ["sourceInnovationId", "text"],
        ["replicaInnovationId", "text"],
        ["adopterRegionId", "text"],
        ["adopterRegionName", "text"],
        ["adopterOpdId", "text"],
        ["adopterOpdName", "text"],
        ["requesterName", "text"],
        ["requesterEmail", "text"],
        ["status", '"ReplicationStatus"'],
        ["updatedAt", "timestamp(3)"],
      ],
      replicationRows,
    );
    rows.Feedback = await insert(
      c,
      "Feedback",
      [
        ["id", "text"],
        ["innovationId", "text"],
        ["rating", "int"],
        ["comment", "text"],
        ["state", '"ModerationState"'],
        ["ipHash", "text"],
        ["createdAt", "timestamp(3)"],
      ],
      feedbackRows,
    );
    await c.query("COMMIT");
  } catch (e) {
    await c.query("ROLLBACK").catch(() => undefined);
    await c.end();
    throw e;
  }
  const load = performance.now() - t0;

  // ---- search documents: the rows the trigger would have written, in two halves on two connections
  const t1 = performance.now();
  try {
    const halves = [
      [id("bninv", 0), id("bninv", Math.ceil(size.innovations / 2))],
      [id("bninv", Math.ceil(size.innovations / 2)), "bninw"],
    ];
    await Promise.all(
      halves.map(async ([from, to]) => {
        const h = new pg.Client({ connectionString: url });
        await h.connect();
        try {
          await h.query(
            `SELECT count(search.innovation_document_upsert(i)) FROM public."Innovation" i WHERE i."id" > $1 AND i."id" <= $2`,
            [from, to],
          );
        } finally {
          await h.end();
        }
      }),
    );
    const { rows: docs } = await c.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM search.innovation_document",
    );
    rows.SearchDocument = docs[0]?.n ?? 0;
    const documents = performance.now() - t1;
    const t2 = performance.now();
    // Fresh statistics, as autovacuum would have gathered on a live database (and the visibility map for
    // index-only scans).
    await c.query("VACUUM ANALYZE");
    const analyze = performance.now() - t2;
    return { rows, publicInnovations, sampleInnovationId, ms: { load, documents, analyze } };
  } finally {
    await c.end();
  }
}
