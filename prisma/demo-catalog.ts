// Demo catalogue: approved, public innovations of earlier years across the demo OPDs, with
// awards, replications and ratings, so the public catalogue has something to search. Idempotent
// (an innovation is found by OPD and title). Kept away from the OPDs the other demo stories use
// (DINKES, DISDUKCAPIL, DINSOS) and from the current year, so their workspaces, compliance and
// competition entries look exactly as before.
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Bentuk, JenisInovasi, Tahapan } from "@/lib/generated/prisma/enums";
import { toDraft } from "@/lib/innovations/mapping";

type Demo = {
  opd: string;
  title: string;
  /** Years before the seeding year. */
  age: number;
  urusan: string;
  bentuk: Bentuk;
  jenis: JenisInovasi;
  tahapan: Tahapan;
  sdgs: number[];
  summary: string;
  problem: string;
  novelty: string;
  strategy: string;
  results: string;
  beneficiaries?: number;
  video?: string;
  awards?: [name: string, level: string, rank: string][];
  /** Adopters (region, OPD) that implemented it. */
  replicatedBy?: [region: string, opd: string][];
  /** Ratings of approved public feedback. */
  ratings?: number[];
};

const D: Demo[] = [
  {
    opd: "DPMPTSP", title: "SiCepat Izin: Perizinan Berusaha Satu Hari", age: 2, urusan: "Penanaman Modal", bentuk: "PELAYANAN_PUBLIK", jenis: "DIGITAL", tahapan: "PENERAPAN", sdgs: [8, 9, 16],
    summary: "Perizinan berusaha bagi usaha mikro dan kecil selesai dalam satu hari kerja melalui aplikasi dan gerai layanan di kecamatan.",
    problem: "Pelaku usaha harus datang berkali-kali ke kantor DPMPTSP dan menunggu izin hingga dua minggu.",
    novelty: "Verifikasi berkas dilakukan serentak oleh tim teknis lintas dinas di satu ruang kendali daring.",
    strategy: "Penyederhanaan SOP, integrasi dengan OSS RBA, dan petugas pendamping di setiap kecamatan.",
    results: "Rata-rata waktu terbit izin turun dari 14 hari menjadi 1 hari; 3.200 izin terbit pada tahun pertama.",
    beneficiaries: 3200, video: "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    awards: [["Top 45 KIPP", "Nasional", "Top 45"], ["Kompetisi Inovasi Jawa Tengah", "Provinsi", "Juara 1"]],
    replicatedBy: [["Kabupaten Sukamaju", "DPMPTSP Kabupaten Sukamaju"], ["Kota Tirta Asri", "DPMPTSP Kota Tirta Asri"], ["Kabupaten Wanasari", "DPMPTSP Kabupaten Wanasari"]],
    ratings: [5, 5, 4, 5],
  },
  {
    opd: "DPMPTSP", title: "Mal Pelayanan Publik Keliling", age: 3, urusan: "Penanaman Modal", bentuk: "PELAYANAN_PUBLIK", jenis: "NON_DIGITAL", tahapan: "PENERAPAN", sdgs: [10, 16],
    summary: "Mobil layanan membawa loket perizinan, kependudukan, dan pajak ke desa terpencil setiap pekan.",
    problem: "Warga desa terpencil menempuh tiga jam perjalanan untuk mengurus dokumen di pusat kabupaten.",
    novelty: "Satu kendaraan memuat loket beberapa instansi dengan jadwal yang diumumkan lewat radio desa.",
    strategy: "Kerja sama dengan kecamatan, jadwal bergilir, dan jaringan internet satelit.",
    results: "Lebih dari 5.000 layanan diberikan di 48 desa; biaya perjalanan warga berkurang.",
    beneficiaries: 5100, awards: [["Anugerah Pelayanan Prima", "Provinsi", "Harapan 1"]], ratings: [4, 4, 5],
  },
  {
    opd: "DPMPTSP", title: "Klinik Investasi UMKM", age: 1, urusan: "Koperasi, Usaha Kecil, dan Menengah", bentuk: "TATA_KELOLA", jenis: "NON_DIGITAL", tahapan: "UJI_COBA", sdgs: [8],
    summary: "Konsultasi tatap muka bagi UMKM tentang perizinan, sertifikasi halal, dan akses permodalan.",
    problem: "UMKM tidak memahami persyaratan izin dan sering ditolak bank karena legalitas usaha tidak lengkap.",
    novelty: "Konsultan dari perbankan, dinas koperasi, dan DPMPTSP hadir bersama setiap Kamis.",
    strategy: "Uji coba di dua kecamatan dengan pendampingan selama tiga bulan per usaha.",
    results: "180 UMKM memperoleh NIB dan 40 di antaranya mendapat kredit usaha rakyat.",
    beneficiaries: 180,
  },
  {
    opd: "DISDIKBUD", title: "Sekolah Ramah Anak Berbasis Komunitas", age: 3, urusan: "Pendidikan", bentuk: "PELAYANAN_PUBLIK", jenis: "NON_DIGITAL", tahapan: "PENERAPAN", sdgs: [4, 5, 16],
    summary: "Komite sekolah, orang tua, dan tokoh masyarakat bersama menjaga sekolah bebas perundungan.",
    problem: "Kasus perundungan di sekolah dasar meningkat dan jarang dilaporkan.",
    novelty: "Pos pengaduan dikelola oleh siswa sebaya dan diawasi relawan komunitas.",
    strategy: "Pelatihan guru, kotak pengaduan, dan pertemuan bulanan dengan orang tua.",
    results: "Laporan perundungan tertangani naik 70 persen; 62 sekolah menerapkan.",
    beneficiaries: 14500, replicatedBy: [["Kabupaten Sukamaju", "Dinas Pendidikan Kabupaten Sukamaju"]], ratings: [5, 4],
  },
  {
    opd: "DISDIKBUD", title: "Rumah Baca Digital Desa", age: 2, urusan: "Perpustakaan", bentuk: "PELAYANAN_PUBLIK", jenis: "DIGITAL", tahapan: "PENERAPAN", sdgs: [4],
    summary: "Perpustakaan digital di balai desa dengan tablet dan koleksi buku elektronik berbahasa daerah.",
    problem: "Minat baca anak di desa rendah karena koleksi buku perpustakaan sedikit dan usang.",
    novelty: "Koleksi buku cerita rakyat setempat didigitalkan oleh guru dan siswa.",
    strategy: "Hibah tablet, pelatihan pengelola, dan lomba membaca antardesa.",
    results: "Kunjungan rumah baca naik tiga kali lipat; 1.200 judul buku elektronik tersedia.",
    beneficiaries: 8000, video: "https://youtu.be/aqz-KE-bpKQ", awards: [["Lomba Inovasi Literasi", "Provinsi", "Juara 2"]],
  },
  {
    opd: "DISDIKBUD", title: "Guru Penggerak Daring (GURAK)", age: 1, urusan: "Pendidikan", bentuk: "TATA_KELOLA", jenis: "DIGITAL", tahapan: "UJI_COBA", sdgs: [4, 17],
    summary: "Komunitas belajar guru secara daring untuk berbagi praktik baik pembelajaran.",
    problem: "Guru di sekolah terpencil jarang mendapat pelatihan karena jarak dan biaya.",
    novelty: "Kelas daring singkat 30 menit yang direkam dan dapat diputar ulang.",
    strategy: "Mentor dari guru berprestasi, sertifikat, dan angka kredit.",
    results: "640 guru mengikuti kelas; nilai supervisi pembelajaran naik rata-rata 12 poin.",
    beneficiaries: 640,
  },
  {
    opd: "DISDIKBUD", title: "Festival Budaya Sekolah", age: 4, urusan: "Kebudayaan", bentuk: "LAINNYA", jenis: "NON_DIGITAL", tahapan: "PENERAPAN", sdgs: [4, 11],
    summary: "Pelestarian seni tradisi melalui festival tahunan antarsekolah dan sanggar.",
    problem: "Generasi muda kurang mengenal seni tradisi daerah.",
    novelty: "Sanggar seni mengajar di sekolah sebagai bagian ekstrakurikuler.",
    strategy: "Kemitraan dengan sanggar dan festival bergilir di kecamatan.",
    results: "90 sekolah ikut serta; tiga tarian daerah kembali dipentaskan.",
    beneficiaries: 9000, ratings: [4, 3, 4],
  },
  {
    opd: "DISHUB", title: "Angkutan Sekolah Gratis Terjadwal", age: 2, urusan: "Perhubungan", bentuk: "PELAYANAN_PUBLIK", jenis: "NON_DIGITAL", tahapan: "PENERAPAN", sdgs: [4, 11],
    summary: "Bus sekolah gratis dengan jadwal dan rute tetap untuk siswa di daerah tanpa angkutan umum.",
    problem: "Siswa berjalan kaki lebih dari lima kilometer atau menumpang kendaraan barang.",
    novelty: "Rute disusun dari data alamat siswa dan dievaluasi tiap semester.",
    strategy: "Pengadaan bus bertahap dan kerja sama dengan operator angkutan desa.",
    results: "2.300 siswa terlayani; angka keterlambatan dan putus sekolah menurun.",
    beneficiaries: 2300, replicatedBy: [["Kota Tirta Asri", "Dinas Perhubungan Kota Tirta Asri"]], ratings: [5, 5, 5],
  },
  {
    opd: "DISHUB", title: "Parkir Non Tunai Terintegrasi", age: 1, urusan: "Perhubungan", bentuk: "TATA_KELOLA", jenis: "DIGITAL", tahapan: "PENERAPAN", sdgs: [9, 11, 16],
    summary: "Pembayaran retribusi parkir dengan QRIS dan kartu elektronik di seluruh titik parkir kota.",
    problem: "Kebocoran retribusi parkir tunai dan pungutan liar.",
    novelty: "Juru parkir memakai aplikasi yang langsung menyetor ke kas daerah.",
    strategy: "Sosialisasi, pelatihan juru parkir, dan insentif bagi pengguna non tunai.",
    results: "Pendapatan retribusi parkir naik 45 persen dalam satu tahun.",
    beneficiaries: 250, awards: [["Kompetisi Inovasi Daerah", "Kabupaten", "Juara 1"]],
  },
  {
    opd: "DISHUB", title: "Uji KIR Tanpa Antri", age: 3, urusan: "Perhubungan", bentuk: "PELAYANAN_PUBLIK", jenis: "DIGITAL", tahapan: "PENERAPAN", sdgs: [9, 16],
    summary: "Pendaftaran uji berkala kendaraan bermotor secara daring dengan pilihan jam kedatangan.",
    problem: "Antrean uji KIR mengular sejak subuh dan memicu percaloan.",
    novelty: "Kuota per jam dan notifikasi pesan singkat sebelum giliran.",
    strategy: "Pendaftaran daring, loket khusus, dan pengawasan kamera.",
    results: "Waktu tunggu turun dari lima jam menjadi 40 menit.",
    beneficiaries: 7400, ratings: [4, 5],
  },
  {
    opd: "DISKOMINFO", title: "Satu Data Lestari Jaya", age: 2, urusan: "Statistik", bentuk: "TATA_KELOLA", jenis: "DIGITAL", tahapan: "PENERAPAN", sdgs: [16, 17],
    summary: "Portal data terbuka yang menghimpun data sektoral semua perangkat daerah dengan standar yang sama.",
    problem: "Data antar-OPD berbeda dan sulit ditemukan saat perencanaan pembangunan.",
    novelty: "Wali data di tiap OPD dan metadata baku untuk setiap set data.",
    strategy: "Perbup Satu Data, forum data bulanan, dan API untuk aplikasi lain.",
    results: "1.450 set data terbit dan dipakai dalam penyusunan RKPD.",
    beneficiaries: 1200, awards: [["Anugerah Keterbukaan Informasi Publik", "Provinsi", "Informatif"]],
    replicatedBy: [["Kabupaten Wanasari", "Diskominfo Kabupaten Wanasari"], ["Kabupaten Sukamaju", "Diskominfo Kabupaten Sukamaju"]],
  },
  {
    opd: "DISKOMINFO", title: "Lapor Bupati 24 Jam", age: 4, urusan: "Komunikasi dan Informatika", bentuk: "PELAYANAN_PUBLIK", jenis: "DIGITAL", tahapan: "PENERAPAN", sdgs: [16],
    summary: "Kanal pengaduan masyarakat melalui WhatsApp, media sosial, dan aplikasi yang diteruskan ke OPD terkait.",
    problem: "Pengaduan warga tersebar di banyak kanal dan tidak ada kepastian tindak lanjut.",
    novelty: "Batas waktu tindak lanjut tiga hari dengan papan kinerja OPD yang terbuka.",
    strategy: "Integrasi dengan SP4N-LAPOR!, admin di setiap OPD, dan evaluasi mingguan.",
    results: "91 persen pengaduan selesai tepat waktu.",
    beneficiaries: 21000, video: "https://vimeo.com/76979871", ratings: [4, 4, 3, 5],
  },
  {
    opd: "DISKOMINFO", title: "Desa Digital Terkoneksi", age: 1, urusan: "Komunikasi dan Informatika", bentuk: "LAINNYA", jenis: "DIGITAL", tahapan: "UJI_COBA", sdgs: [9, 17],
    summary: "Internet gratis di balai desa dan pelatihan literasi digital bagi perangkat desa dan warga.",
    problem: "Desa di wilayah utara belum terjangkau jaringan internet yang stabil.",
    novelty: "Kerja sama dengan BUMDes untuk mengelola titik akses sebagai usaha desa.",
    strategy: "Uji coba di 12 desa dengan pendampingan relawan TIK.",
    results: "12 desa terhubung; layanan administrasi desa mulai daring.",
    beneficiaries: 6000,
  },
  {
    opd: "DLH", title: "Bank Sampah Digital", age: 2, urusan: "Lingkungan Hidup", bentuk: "PELAYANAN_PUBLIK", jenis: "DIGITAL", tahapan: "PENERAPAN", sdgs: [11, 12, 13],
    summary: "Warga menabung sampah terpilah dan saldo tabungan tercatat di aplikasi untuk ditukar kebutuhan pokok.",
    problem: "Timbulan sampah rumah tangga terus naik dan TPA hampir penuh.",
    novelty: "Saldo sampah dapat dipakai membayar iuran kebersihan dan PBB.",
    strategy: "Pembentukan bank sampah unit di RW dan kemitraan dengan pengepul.",
    results: "Sampah ke TPA berkurang 18 persen; 95 bank sampah unit aktif.",
    beneficiaries: 11000, awards: [["Adipura", "Nasional", "Penghargaan"]],
    replicatedBy: [["Kota Tirta Asri", "DLH Kota Tirta Asri"], ["Kabupaten Wanasari", "DLH Kabupaten Wanasari"]], ratings: [5, 4, 5],
  },
  {
    opd: "DLH", title: "Sungai Bersih Berbasis Warga", age: 3, urusan: "Lingkungan Hidup", bentuk: "LAINNYA", jenis: "NON_DIGITAL", tahapan: "PENERAPAN", sdgs: [6, 14, 15],
    summary: "Kelompok warga bantaran sungai memantau kualitas air dan membersihkan sungai setiap bulan.",
    problem: "Sungai tercemar limbah rumah tangga dan sampah plastik.",
    novelty: "Uji kualitas air sederhana oleh warga yang dilaporkan ke DLH.",
    strategy: "Pelatihan, alat uji, dan lomba kampung bersih.",
    results: "Indeks kualitas air naik dari cemar sedang menjadi cemar ringan.",
    beneficiaries: 4500,
  },
  {
    opd: "DLH", title: "Uji Emisi Kendaraan Gratis", age: 5, urusan: "Lingkungan Hidup", bentuk: "PELAYANAN_PUBLIK", jenis: "NON_DIGITAL", tahapan: "PENERAPAN", sdgs: [3, 11, 13],
    summary: "Layanan uji emisi gratis di ruang publik setiap akhir pekan.",
    problem: "Polusi udara dari kendaraan tua di pusat kota.",
    novelty: "Hasil uji dikirim ke pemilik dengan saran perawatan bengkel mitra.",
    strategy: "Kerja sama dengan bengkel dan kepolisian.",
    results: "8.000 kendaraan diuji; 30 persen memperbaiki mesin setelah uji.",
    beneficiaries: 8000,
  },
  {
    opd: "BRIDA", title: "Bursa Ide Inovasi Warga", age: 2, urusan: "Penelitian dan Pengembangan", bentuk: "TATA_KELOLA", jenis: "DIGITAL", tahapan: "PENERAPAN", sdgs: [9, 16, 17],
    summary: "Warga, pelajar, dan ASN mengirim gagasan inovasi yang dikurasi dan diinkubasi bersama OPD.",
    problem: "Gagasan inovasi hanya datang dari dalam birokrasi.",
    novelty: "Kurasi terbuka dengan pemungutan suara warga dan pendampingan peneliti.",
    strategy: "Kompetisi tahunan, inkubasi enam bulan, dan pendanaan awal.",
    results: "420 gagasan masuk; 14 diterapkan oleh perangkat daerah.",
    beneficiaries: 420, awards: [["Innovative Government Award", "Nasional", "Sangat Inovatif"]], ratings: [5],
  },
  {
    opd: "BRIDA", title: "Perencanaan Partisipatif Daring (e-Musrenbang)", age: 4, urusan: "Perencanaan", bentuk: "TATA_KELOLA", jenis: "DIGITAL", tahapan: "PENERAPAN", sdgs: [16],
    summary: "Usulan musrenbang desa dan kecamatan diinput, dibahas, dan dipantau secara daring.",
    problem: "Usulan warga hilang di tengah proses dan tidak diketahui nasibnya.",
    novelty: "Setiap usulan punya nomor lacak yang dapat dicek warga.",
    strategy: "Pelatihan operator desa dan integrasi dengan SIPD.",
    results: "12.000 usulan terlacak; 35 persen masuk RKPD.",
    beneficiaries: 12000, replicatedBy: [["Kabupaten Sukamaju", "Bappeda Kabupaten Sukamaju"]],
  },
  {
    opd: "BPKAD", title: "Pajak Daerah dalam Genggaman", age: 1, urusan: "Keuangan", bentuk: "PELAYANAN_PUBLIK", jenis: "DIGITAL", tahapan: "PENERAPAN", sdgs: [16, 17],
    summary: "Pembayaran PBB dan pajak daerah melalui aplikasi, minimarket, dan kantor pos.",
    problem: "Wajib pajak harus datang ke bank daerah pada jam kerja.",
    novelty: "Tagihan dan bukti bayar elektronik dikirim ke ponsel wajib pajak.",
    strategy: "Kerja sama kanal pembayaran dan sosialisasi di kelurahan.",
    results: "Realisasi PBB naik 22 persen; antrean di bank daerah hilang.",
    beneficiaries: 56000, ratings: [4, 4],
  },
  {
    opd: "BPKAD", title: "Aset Daerah Terpetakan (SIMADA Geo)", age: 3, urusan: "Keuangan", bentuk: "TATA_KELOLA", jenis: "DIGITAL", tahapan: "PENERAPAN", sdgs: [16],
    summary: "Pemetaan seluruh tanah dan bangunan milik daerah dengan koordinat dan foto.",
    problem: "Banyak aset tanah tanpa sertifikat dan rawan sengketa.",
    novelty: "Peta aset terhubung dengan data sertifikat dari kantor pertanahan.",
    strategy: "Inventarisasi lapangan dan percepatan sertifikasi bersama BPN.",
    results: "2.100 bidang terpetakan; 640 bidang bersertifikat baru.",
    beneficiaries: 60,
  },
  {
    opd: "BPBD", title: "Desa Tangguh Bencana", age: 4, urusan: "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat", bentuk: "PELAYANAN_PUBLIK", jenis: "NON_DIGITAL", tahapan: "PENERAPAN", sdgs: [1, 11, 13],
    summary: "Relawan desa dilatih mengenali ancaman banjir dan longsor serta menyusun rencana evakuasi.",
    problem: "Korban bencana tinggi karena warga tidak tahu jalur dan tempat evakuasi.",
    novelty: "Peta risiko disusun oleh warga sendiri dan dipasang di setiap dusun.",
    strategy: "Pelatihan, simulasi tahunan, dan dana siaga desa.",
    results: "40 desa tangguh bencana; waktu evakuasi simulasi turun separuh.",
    beneficiaries: 52000, awards: [["Penghargaan Kebencanaan BNPB", "Nasional", "Terbaik 3"]],
    replicatedBy: [["Kabupaten Wanasari", "BPBD Kabupaten Wanasari"]], ratings: [5, 5],
  },
  {
    opd: "BPBD", title: "Peringatan Dini Banjir Lewat Pesan Singkat", age: 2, urusan: "Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat", bentuk: "PELAYANAN_PUBLIK", jenis: "DIGITAL", tahapan: "PENERAPAN", sdgs: [11, 13],
    summary: "Sensor tinggi muka air di sungai mengirim peringatan otomatis ke warga bantaran.",
    problem: "Banjir bandang datang malam hari tanpa peringatan.",
    novelty: "Sensor murah rakitan lokal dan siaran lewat pengeras suara masjid.",
    strategy: "Pemasangan di enam titik sungai dan grup pesan warga.",
    results: "Tidak ada korban jiwa pada tiga kejadian banjir terakhir.",
    beneficiaries: 18000, video: "https://www.youtube.com/watch?v=jNQXAC9IVRw",
  },
  {
    opd: "RSUD", title: "Pelayanan Kesehatan Ibu dan Anak Terpadu", age: 2, urusan: "Kesehatan", bentuk: "PELAYANAN_PUBLIK", jenis: "NON_DIGITAL", tahapan: "PENERAPAN", sdgs: [3, 5],
    summary: "Pelayanan kesehatan ibu hamil, bersalin, dan bayi dalam satu alur di RSUD dengan rujukan balik ke puskesmas.",
    problem: "Angka kematian ibu dan bayi tinggi karena rujukan terlambat.",
    novelty: "Satu tim dokter kandungan dan anak menangani kasus rujukan sejak tiba di IGD.",
    strategy: "Jalur cepat rujukan, pelatihan bidan, dan komunikasi dengan puskesmas.",
    results: "Kematian ibu turun dari 9 menjadi 3 kasus per tahun.",
    beneficiaries: 3400, awards: [["Kompetisi Inovasi Jawa Tengah", "Provinsi", "Juara 3"]], ratings: [5, 4, 4],
  },
  {
    opd: "RSUD", title: "Antrean Online Poliklinik", age: 3, urusan: "Kesehatan", bentuk: "PELAYANAN_PUBLIK", jenis: "DIGITAL", tahapan: "PENERAPAN", sdgs: [3],
    summary: "Pasien rawat jalan mengambil nomor antrean poliklinik dari rumah dan memantau giliran lewat ponsel.",
    problem: "Pasien datang sejak subuh dan menunggu hingga siang di ruang tunggu yang padat.",
    novelty: "Estimasi jam dilayani dihitung dari kecepatan layanan tiap dokter.",
    strategy: "Integrasi dengan SIMRS dan BPJS Kesehatan.",
    results: "Waktu tunggu rata-rata turun dari 3 jam menjadi 45 menit.",
    beneficiaries: 41000, replicatedBy: [["Kota Tirta Asri", "RSUD Kota Tirta Asri"]], ratings: [4, 3, 4, 4, 5],
  },
  {
    opd: "RSUD", title: "Rumah Singgah Pasien Dhuafa", age: 4, urusan: "Sosial", bentuk: "LAINNYA", jenis: "NON_DIGITAL", tahapan: "PENERAPAN", sdgs: [1, 3, 10],
    summary: "Tempat menginap gratis bagi keluarga pasien dari desa jauh selama pasien dirawat.",
    problem: "Keluarga pasien tidur di selasar rumah sakit.",
    novelty: "Dikelola bersama lembaga zakat dan relawan.",
    strategy: "Pemanfaatan aset daerah dan donasi.",
    results: "1.900 keluarga terbantu.",
    beneficiaries: 1900,
  },
  {
    opd: "KEC-KOTA", title: "Kecamatan Tanpa Antrian (KETAN)", age: 2, urusan: "Administrasi Kependudukan dan Pencatatan Sipil", bentuk: "PELAYANAN_PUBLIK", jenis: "DIGITAL", tahapan: "PENERAPAN", sdgs: [16],
    summary: "Surat keterangan dan rekomendasi kecamatan diajukan daring dan diambil sesuai jadwal.",
    problem: "Antrean pelayanan surat di kantor kecamatan panjang setiap Senin.",
    novelty: "Tanda tangan elektronik camat dan pengambilan di kantor kelurahan.",
    strategy: "Pelatihan petugas kelurahan dan sosialisasi melalui RT.",
    results: "70 persen surat selesai dalam satu hari.",
    beneficiaries: 9800,
  },
  {
    opd: "KEC-KOTA", title: "Posyandu Lansia Ceria", age: 3, urusan: "Kesehatan", bentuk: "PELAYANAN_PUBLIK", jenis: "NON_DIGITAL", tahapan: "PENERAPAN", sdgs: [3, 10],
    summary: "Posyandu lansia dengan senam, cek kesehatan, dan kelompok hobi di setiap kelurahan.",
    problem: "Lansia jarang memeriksakan tekanan darah dan gula darah.",
    novelty: "Kader muda mendampingi lansia yang tinggal sendiri.",
    strategy: "Kemitraan dengan puskesmas dan PKK.",
    results: "Kunjungan lansia ke posyandu naik 60 persen.",
    beneficiaries: 2600, ratings: [5, 5],
  },
  {
    opd: "KEC-UTARA", title: "Kecamatan Tanpa Antrian Utara", age: 1, urusan: "Administrasi Kependudukan dan Pencatatan Sipil", bentuk: "PELAYANAN_PUBLIK", jenis: "DIGITAL", tahapan: "UJI_COBA", sdgs: [16],
    summary: "Replikasi layanan surat daring Kecamatan Kota untuk desa-desa di wilayah utara.",
    problem: "Warga desa di utara harus datang ke kecamatan untuk surat pengantar.",
    novelty: "Penyesuaian untuk desa dengan sinyal lemah: pengajuan melalui kantor desa.",
    strategy: "Belajar dari Kecamatan Kota, uji coba di enam desa.",
    results: "Separuh permohonan surat kini diajukan dari desa.",
    beneficiaries: 1500,
  },
  {
    opd: "KEC-UTARA", title: "Lumbung Pangan Desa", age: 4, urusan: "Pangan", bentuk: "LAINNYA", jenis: "NON_DIGITAL", tahapan: "PENERAPAN", sdgs: [1, 2],
    summary: "Cadangan gabah desa dikelola kelompok tani untuk masa paceklik.",
    problem: "Harga beras melonjak saat paceklik dan rawan pangan.",
    novelty: "Simpan pinjam gabah dengan bunga gabah yang kembali ke lumbung.",
    strategy: "Pembangunan lumbung dan pelatihan pengelola.",
    results: "14 lumbung aktif; tidak ada rawan pangan dua tahun terakhir.",
    beneficiaries: 3300, awards: [["Lomba Ketahanan Pangan", "Provinsi", "Juara 2"]],
  },
  {
    opd: "KEC-UTARA", title: "Pertanian Organik Terpadu", age: 2, urusan: "Pertanian", bentuk: "LAINNYA", jenis: "NON_DIGITAL", tahapan: "INISIATIF", sdgs: [2, 12, 15],
    summary: "Petani beralih ke pupuk organik dari limbah ternak dengan pendampingan penyuluh.",
    problem: "Tanah sawah menurun kesuburannya dan biaya pupuk kimia tinggi.",
    novelty: "Rumah kompos bersama di setiap kelompok tani.",
    strategy: "Sekolah lapang dan demplot.",
    results: "Rancangan program dan demplot di dua desa.",
    beneficiaries: 120,
  },
  {
    opd: "DISHUB", title: "Halte Pintar Ramah Disabilitas", age: 1, urusan: "Perhubungan", bentuk: "PELAYANAN_PUBLIK", jenis: "DIGITAL", tahapan: "INISIATIF", sdgs: [10, 11],
    summary: "Halte dengan informasi kedatangan bus bersuara dan jalur pemandu bagi tunanetra.",
    problem: "Penyandang disabilitas kesulitan memakai angkutan umum.",
    novelty: "Informasi suara dan huruf braille di setiap halte.",
    strategy: "Rancangan bersama organisasi penyandang disabilitas.",
    results: "Desain dan satu halte percontohan.",
    beneficiaries: 300,
  },
  {
    opd: "DISKOMINFO", title: "Tanda Tangan Elektronik Perangkat Daerah", age: 3, urusan: "Persandian", bentuk: "TATA_KELOLA", jenis: "DIGITAL", tahapan: "PENERAPAN", sdgs: [16],
    summary: "Naskah dinas ditandatangani secara elektronik tersertifikasi BSrE.",
    problem: "Surat menunggu tanda tangan pejabat yang sedang dinas luar.",
    novelty: "Semua naskah dinas elektronik dengan verifikasi keaslian lewat kode QR.",
    strategy: "Sertifikat elektronik untuk semua pejabat dan integrasi dengan aplikasi surat.",
    results: "Waktu penyelesaian surat turun dari 4 hari menjadi 1 hari.",
    beneficiaries: 2500, replicatedBy: [["Kabupaten Sukamaju", "Diskominfo Kabupaten Sukamaju"]], ratings: [4],
  },
  {
    opd: "BRIDA", title: "Kajian Cepat Kebijakan (Policy Brief 7 Hari)", age: 1, urusan: "Penelitian dan Pengembangan", bentuk: "TATA_KELOLA", jenis: "NON_DIGITAL", tahapan: "UJI_COBA", sdgs: [16, 17],
    summary: "Tim peneliti menyusun rekomendasi kebijakan dalam tujuh hari atas permintaan pimpinan daerah.",
    problem: "Kebijakan diambil tanpa kajian karena kajian biasa makan waktu berbulan-bulan.",
    novelty: "Format ringkas dua halaman dengan data dari Satu Data.",
    strategy: "Tim lintas OPD dan kerja sama dengan perguruan tinggi.",
    results: "18 rekomendasi disampaikan; 11 menjadi kebijakan.",
    beneficiaries: 40,
  },
  {
    opd: "DPMPTSP", title: "Perizinan Bangunan Gedung Terpadu", age: 4, urusan: "Pekerjaan Umum dan Penataan Ruang", bentuk: "PELAYANAN_PUBLIK", jenis: "DIGITAL", tahapan: "PENERAPAN", sdgs: [9, 11],
    summary: "Persetujuan bangunan gedung diproses daring bersama dinas teknis dengan gambar standar untuk rumah sederhana.",
    problem: "Warga enggan mengurus izin mendirikan bangunan karena rumit dan mahal.",
    novelty: "Gambar prototipe rumah sederhana gratis yang langsung disetujui.",
    strategy: "Integrasi SIMBG dan pendampingan konsultan.",
    results: "Persetujuan rumah sederhana terbit dalam tiga hari.",
    beneficiaries: 2100, ratings: [3, 4],
  },
];

export async function seedCatalogue(db: Db, regionId: string, opdIds: Map<string, string>, authorId: string, year: number) {
  for (const d of D) {
    const opdId = opdIds.get(d.opd);
    if (!opdId) continue;
    const exists = await db.innovation.findFirst({ where: { opdId, title: d.title }, select: { id: true } });
    if (exists) continue;
    const y = year - d.age;
    const approvedAt = new Date(Date.UTC(y, 7, 1 + (d.title.length % 20)));
    await db.$transaction(async (tx) => {
      const innovation = await tx.innovation.create({
        data: {
          regionId,
          opdId,
          year: y,
          title: d.title,
          summary: d.summary,
          problem: d.problem,
          novelty: d.novelty,
          strategy: d.strategy,
          results: d.results,
          urusan: d.urusan,
          bentuk: d.bentuk,
          jenis: d.jenis,
          tahapan: d.tahapan,
          inisiator: "PERANGKAT_DAERAH",
          trialStartDate: new Date(Date.UTC(y - 1, 2, 1)),
          implementedDate: d.tahapan === "PENERAPAN" ? new Date(Date.UTC(y - 1, 8, 1)) : null,
          sdgs: d.sdgs,
          beneficiariesCount: d.beneficiaries ?? null,
          videoUrl: d.video ?? null,
          status: "APPROVED",
          isPublic: true,
          createdById: authorId,
          updatedById: authorId,
          submittedAt: approvedAt,
          approvedAt,
        },
      });
      await tx.innovationVersion.create({
        data: {
          innovationId: innovation.id,
          versionNo: 1,
          snapshot: toDraft(innovation) as Prisma.InputJsonValue,
          status: "APPROVED",
          createdById: authorId,
          decidedById: authorId,
          decidedAt: approvedAt,
        },
      });
      for (const [name, level, rank] of d.awards ?? []) {
        await tx.award.create({ data: { innovationId: innovation.id, year: y, name, level, rank } });
      }
      for (const [region, opd] of d.replicatedBy ?? []) {
        await tx.replication.create({
          data: {
            sourceInnovationId: innovation.id,
            adopterRegionName: region,
            adopterOpdName: opd,
            requesterName: "Kepala Bagian Organisasi",
            requesterEmail: "organisasi@contoh.go.id",
            status: "IMPLEMENTED",
          },
        });
      }
      for (const [n, rating] of (d.ratings ?? []).entries()) {
        await tx.feedback.create({
          data: { innovationId: innovation.id, rating, state: "APPROVED", ipHash: `demo-${n}`, comment: null },
        });
      }
    });
  }

  // Kecamatan Utara adapted Kecamatan Kota's service: the two records point at each other.
  const source = await db.innovation.findFirst({ where: { opdId: opdIds.get("KEC-KOTA"), title: "Kecamatan Tanpa Antrian (KETAN)" }, select: { id: true } });
  const replica = await db.innovation.findFirst({ where: { opdId: opdIds.get("KEC-UTARA"), title: "Kecamatan Tanpa Antrian Utara" }, select: { id: true } });
  if (source && replica && !(await db.replication.findFirst({ where: { sourceInnovationId: source.id, replicaInnovationId: replica.id } }))) {
    const opd = await db.opd.findUniqueOrThrow({ where: { id: opdIds.get("KEC-UTARA")! }, select: { name: true, region: { select: { name: true } } } });
    await db.replication.create({
      data: {
        sourceInnovationId: source.id,
        replicaInnovationId: replica.id,
        adopterRegionId: regionId,
        adopterRegionName: opd.region.name,
        adopterOpdId: opdIds.get("KEC-UTARA"),
        adopterOpdName: opd.name,
        requesterName: "Camat Utara",
        requesterEmail: "kec.utara@contoh.go.id",
        status: "VERIFIED",
      },
    });
  }
}

export const DEMO_CATALOGUE_SIZE = D.length;
