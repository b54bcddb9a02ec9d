"""Round "probe2": short regency- and city-level news paragraphs written for
this round (invented, in the style of regional outlets): a Pemkab or Pemkot
enrolling pekerja rentan paid from APBD, APBDes, DBHCHT, Baznas or CSR; a
BPJS branch stating a regency's coverage, split and denominator; Paritrana
placements at provincial level; a Bupati's or Wali Kota's target. Each with
the figures a careful reader would take under the labelling conventions, as
(metric, segment, value, region). Budgets and placements carry segment
"total" and "other" as the extractor gives them (their segment is not
scored). Dropped as doubtful expectations, not extractor errors: marbot, guru
ngaji and imam paid by Baznas or APBD (`other` against `vulnerable`, the
recorded disagreement on paid groups) and cigarette-factory workers paid
from DBHCHT (formal or vulnerable?). Distractors (premiums, target headcounts, not-yet-covered counts,
claims, growth, employer counts, ranges, restatements, JKN) must not appear."""

C, P, W, T, B, A = (
    "coverage_pct", "participants", "workforce", "target_pct", "budget_idr", "award_rank",
)  # fmt: skip

PROBES2 = [
    # 1 APBD, total vulnerable, budget, premium distractor
    (
        "JEMBER - Pemkab Jember menganggarkan Rp 7,2 miliar dari APBD 2025 untuk membayar iuran "
        "BPJS Ketenagakerjaan 42.500 pekerja rentan. Iurannya Rp16.800 per orang per bulan, "
        "kata Bupati Jember.",
        {
            (B, "total", "7200000000", "Kabupaten Jember"),
            (P, "vulnerable", "42500", "Kabupaten Jember"),
        },
    ),
    # 2 DBHCHT, buruh tani tembakau
    (
        "TEMANGGUNG - Sebanyak 9.800 buruh tani tembakau di Kabupaten Temanggung kini terlindungi "
        "BPJS Ketenagakerjaan. Iuran mereka dibayar dari DBHCHT senilai Rp 1,97 miliar, ujar "
        "Kepala Disnaker.",
        {
            (P, "vulnerable", "9800", "Kabupaten Temanggung"),
            (B, "total", "1970000000", "Kabupaten Temanggung"),
        },
    ),
    # 3 branch: coverage, split, denominator
    (
        "KLATEN - Kepala BPJS Ketenagakerjaan Cabang Klaten mengatakan cakupan kepesertaan di "
        "Kabupaten Klaten mencapai 38,6 persen dari 612.000 pekerja. Peserta penerima upah "
        "sebanyak 148.200 orang dan bukan penerima upah 88.100 orang.",
        {
            (C, "total", "38.6", "Kabupaten Klaten"),
            (W, "total", "612000", "Kabupaten Klaten"),
            (P, "formal", "148200", "Kabupaten Klaten"),
            (P, "informal", "88100", "Kabupaten Klaten"),
        },
    ),
    # 4 Paritrana provincial placement
    (
        "PACITAN - Pemkab Pacitan meraih peringkat ketiga Paritrana Award 2024 tingkat Provinsi "
        "Jawa Timur kategori kabupaten, kata Bupati Pacitan.",
        {(A, "other", "3", "Kabupaten Pacitan")},
    ),
    # 5 Bupati target with deadline
    (
        "BANYUWANGI - Bupati Banyuwangi menargetkan cakupan jaminan sosial ketenagakerjaan di "
        "daerahnya mencapai 60 persen pada akhir 2026 sesuai RPJMD. Saat ini cakupannya baru "
        "41,8 persen, ujarnya.",
        {(T, "total", "60", "Kabupaten Banyuwangi"), (C, "total", "41.8", "Kabupaten Banyuwangi")},
    ),
    # 6 Pemkot, ojek and pedagang, total
    (
        "PEKANBARU - Pemkot Pekanbaru mendaftarkan 6.400 pekerja rentan menjadi peserta BPJS "
        "Ketenagakerjaan, yakni 3.100 pengemudi ojek dan 3.300 pedagang kecil, kata Wali Kota.",
        {
            (P, "vulnerable", "6400", "Kota Pekanbaru"),
            (P, "vulnerable", "3100", "Kota Pekanbaru"),
            (P, "vulnerable", "3300", "Kota Pekanbaru"),
        },
    ),
    # 7 regency quoting province
    (
        "BIREUEN - Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Bireuen tercatat 29,4 "
        "persen, masih di bawah rata-rata Provinsi Aceh yang sebesar 35,1 persen.",
        {(C, "total", "29.4", "Kabupaten Bireuen"), (C, "total", "35.1", "Aceh")},
    ),
    # 8 national figure in regional story
    (
        "PAREPARE - Coverage BPJS Ketenagakerjaan Kota Parepare sudah 52,7 persen, di atas "
        "capaian nasional 41,5 persen, kata Kepala Cabang.",
        {(C, "total", "52.7", "Kota Parepare"), (C, "total", "41.5", "Indonesia")},
    ),
    # 9 APBDes perangkat desa
    (
        "PURBALINGGA - Sebanyak 2.984 perangkat desa di Kabupaten Purbalingga didaftarkan "
        "BPJS Ketenagakerjaan dengan iuran dari APBDes, ujar Kepala Dinpermasdes.",
        {(P, "other", "2984", "Kabupaten Purbalingga")},
    ),
    # 10 claims distractor in regency story
    (
        "KARAWANG - BPJS Ketenagakerjaan Cabang Karawang telah membayarkan klaim Rp 412 miliar "
        "sepanjang 2024. Peserta aktif di Kabupaten Karawang tercatat 498.600 pekerja.",
        {(P, "total", "498600", "Kabupaten Karawang")},
    ),
    # 11 growth distractor
    (
        "GRESIK - Jumlah peserta BPJS Ketenagakerjaan di Kabupaten Gresik naik 8,2 persen "
        "menjadi 301.450 orang, kata Kepala Cabang Gresik.",
        {(P, "total", "301450", "Kabupaten Gresik")},
    ),
    # 12 employer count distractor
    (
        "BEKASI - Di Kota Bekasi, peserta BPJS Ketenagakerjaan mencapai 612.300 pekerja dari "
        "12.450 perusahaan yang terdaftar.",
        {(P, "total", "612300", "Kota Bekasi")},
    ),
    # 13 not-yet-covered distractor
    (
        "LOMBOK TIMUR - Kepesertaan BPJS Ketenagakerjaan di Kabupaten Lombok Timur baru 18,3 "
        "persen. Masih ada 410.000 pekerja yang belum terdaftar, kata Bupati.",
        {(C, "total", "18.3", "Kabupaten Lombok Timur")},
    ),
    # 14 Jakon and PMI split
    (
        "INDRAMAYU - Kantor Cabang Indramayu mencatat peserta jasa konstruksi di Kabupaten "
        "Indramayu 21.400 orang dan pekerja migran Indonesia 6.150 orang.",
        {
            (P, "construction", "21400", "Kabupaten Indramayu"),
            (P, "migrant", "6150", "Kabupaten Indramayu"),
        },
    ),
    # 15 English separators
    (
        "BATAM - Peserta aktif BPJS Ketenagakerjaan di Kota Batam mencapai 1,300,000 pekerja, "
        "ujar Kepala Kantor Cabang Batam.",
        {(P, "total", "1300000", "Kota Batam")},
    ),
    # 16 Kab. abbreviation
    (
        "Pemerintah Kab. Sidoarjo mengalokasikan Rp 5 miliar untuk iuran BPJS Ketenagakerjaan "
        "bagi 24.800 pekerja rentan tahun ini.",
        {
            (B, "total", "5000000000", "Kabupaten Sidoarjo"),
            (P, "vulnerable", "24800", "Kabupaten Sidoarjo"),
        },
    ),
    # 17 "ribu" number form with percent sign
    (
        "MALANG - Cakupan BPJS Ketenagakerjaan di Kota Malang mencapai 47,25% atau 214,6 ribu "
        "pekerja, kata Kepala Cabang Malang.",
        {(C, "total", "47.25", "Kota Malang"), (P, "total", "214600", "Kota Malang")},
    ),
    # 18 list of regencies with percents
    (
        "PALEMBANG - Di Sumsel, cakupan tertinggi dicatat Kota Palembang 58,2 persen, lalu Kota "
        "Prabumulih 49,7 persen dan Kabupaten Muara Enim 41,3 persen.",
        {
            (C, "total", "58.2", "Kota Palembang"),
            (C, "total", "49.7", "Kota Prabumulih"),
            (C, "total", "41.3", "Kabupaten Muara Enim"),
            (A, "other", "1", "Kota Palembang"),
        },
    ),
    # 19 CSR
    (
        "CILEGON - Melalui dana CSR, sebanyak 1.200 nelayan di Kota Cilegon didaftarkan menjadi "
        "peserta BPJS Ketenagakerjaan selama setahun.",
        {(P, "vulnerable", "1200", "Kota Cilegon")},
    ),
    # 20 angkatan kerja denominator
    (
        "SUMEDANG - Dari total angkatan kerja Kabupaten Sumedang sebanyak 581.900 orang, baru "
        "164.300 yang terdaftar di BPJS Ketenagakerjaan.",
        {
            (W, "total", "581900", "Kabupaten Sumedang"),
            (P, "total", "164300", "Kabupaten Sumedang"),
        },
    ),
    # 21 Paritrana regency placement in NTB
    (
        "SUMBAWA BARAT - Kabupaten Sumbawa Barat meraih juara pertama Paritrana Award tingkat "
        "Provinsi NTB tahun 2024 dengan cakupan 61,4 persen.",
        {
            (A, "other", "1", "Kabupaten Sumbawa Barat"),
            (C, "total", "61.4", "Kabupaten Sumbawa Barat"),
        },
    ),
    # 22 Wali Kota target 2029
    (
        "AMBON - Wali Kota Ambon menargetkan cakupan kepesertaan BPJS Ketenagakerjaan di Kota "
        "Ambon mencapai 70 persen pada 2029.",
        {(T, "total", "70", "Kota Ambon")},
    ),
    # 23 RT/RW paid by APBD
    (
        "TEGAL - Pemkot Tegal menanggung iuran BPJS Ketenagakerjaan 1.654 ketua RT dan RW "
        "menggunakan APBD senilai Rp 333 juta.",
        {(P, "other", "1654", "Kota Tegal"), (B, "total", "333000000", "Kota Tegal")},
    ),
    # 24 kader posyandu
    (
        "GARUT - Sebanyak 8.200 kader posyandu di Kabupaten Garut telah terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan yang iurannya dibayar Pemkab.",
        {(P, "other", "8200", "Kabupaten Garut")},
    ),
    # 25 non-ASN
    (
        "TABALONG - Pemkab Tabalong mendaftarkan 3.420 tenaga non-ASN ke program BPJS "
        "Ketenagakerjaan, ujar Sekda Tabalong.",
        {(P, "other", "3420", "Kabupaten Tabalong")},
    ),
    # 26 JKN distractor
    (
        "KENDARI - Cakupan JKN di Kota Kendari sudah 98 persen, sedangkan cakupan BPJS "
        "Ketenagakerjaan baru 36,2 persen.",
        {(C, "total", "36.2", "Kota Kendari")},
    ),
    # 27 range distractor
    (
        "BULELENG - Kepala Cabang Singaraja memperkirakan cakupan di Kabupaten Buleleng berada "
        "di kisaran 30 hingga 35 persen. Peserta aktifnya 98.450 orang.",
        {(P, "total", "98450", "Kabupaten Buleleng")},
    ),
    # 28 potensi peserta
    (
        "PONOROGO - Potensi peserta BPJS Ketenagakerjaan di Kabupaten Ponorogo sebanyak 420.000 "
        "pekerja, sementara yang sudah terdaftar 131.700 orang.",
        {
            (W, "total", "420000", "Kabupaten Ponorogo"),
            (P, "total", "131700", "Kabupaten Ponorogo"),
        },
    ),
    # 29 Kaltim short name, regency
    (
        "TENGGARONG - Pemkab Kukar kembali menganggarkan Rp 12,5 miliar untuk iuran BPJS "
        "Ketenagakerjaan 54.000 pekerja rentan di Kutai Kartanegara tahun 2025.",
        {
            (B, "total", "12500000000", "Kabupaten Kutai Kartanegara"),
            (P, "vulnerable", "54000", "Kabupaten Kutai Kartanegara"),
        },
    ),
    # 30 six million words for national
    (
        "SERANG - Pemkab Serang mendaftarkan 4.500 petani ke BPJS Ketenagakerjaan. Secara "
        "nasional, peserta bukan penerima upah sudah lebih dari enam juta orang.",
        {(P, "vulnerable", "4500", "Kabupaten Serang"), (P, "informal", "6000000", "Indonesia")},
    ),
    # 31 percent with province quoted in regency story, Jabar alias
    (
        "CIAMIS - Capaian kepesertaan BPJS Ketenagakerjaan Kabupaten Ciamis 26,9 persen, "
        "sementara Jabar secara keseluruhan sudah 44,1 persen.",
        {(C, "total", "26.9", "Kabupaten Ciamis"), (C, "total", "44.1", "Jawa Barat")},
    ),
    # 32 Sulsel regency Paritrana second
    (
        "BANTAENG - Kabupaten Bantaeng meraih peringkat kedua Paritrana Award tingkat Sulsel "
        "kategori kabupaten tahun ini.",
        {(A, "other", "2", "Kabupaten Bantaeng")},
    ),
    # 33 zakat with count and budget
    (
        "PIDIE - Baitul Mal Kabupaten Pidie menyalurkan zakat Rp 850 juta untuk membayar iuran "
        "BPJS Ketenagakerjaan 4.200 pekerja rentan.",
        {
            (B, "total", "850000000", "Kabupaten Pidie"),
            (P, "vulnerable", "4200", "Kabupaten Pidie"),
        },
    ),
    # 34 Papua regency
    (
        "MERAUKE - Peserta BPJS Ketenagakerjaan di Kabupaten Merauke tercatat 38.900 orang atau "
        "31,5 persen dari total pekerja.",
        {(P, "total", "38900", "Kabupaten Merauke"), (C, "total", "31.5", "Kabupaten Merauke")},
    ),
    # 35 Gorontalo
    (
        "GORONTALO - Pemkab Gorontalo menargetkan cakupan jaminan sosial ketenagakerjaan 50 "
        "persen pada 2027. Hingga Oktober 2025, capaiannya 34,7 persen.",
        {(T, "total", "50", "Kabupaten Gorontalo"), (C, "total", "34.7", "Kabupaten Gorontalo")},
    ),
    # 36 Kota Bandung PU/BPU
    (
        "BANDUNG - Di Kota Bandung, peserta penerima upah 512.400 orang, bukan penerima upah "
        "96.200 orang dan jasa konstruksi 40.800 orang.",
        {
            (P, "formal", "512400", "Kota Bandung"),
            (P, "informal", "96200", "Kota Bandung"),
            (P, "construction", "40800", "Kota Bandung"),
        },
    ),
    # 37 workforce "dari total N pekerja"
    (
        "BLITAR - Kepesertaan BPJS Ketenagakerjaan di Kabupaten Blitar sebanyak 102.300 orang "
        "dari total 680.000 pekerja, kata Kepala Cabang Blitar.",
        {(P, "total", "102300", "Kabupaten Blitar"), (W, "total", "680000", "Kabupaten Blitar")},
    ),
    # 38 Kaltara city
    (
        "TARAKAN - Cakupan kepesertaan BPJS Ketenagakerjaan Kota Tarakan mencapai 64,1 persen, "
        "tertinggi di Kaltara.",
        {(C, "total", "64.1", "Kota Tarakan"), (A, "other", "1", "Kota Tarakan")},
    ),
    # 39 Bengkulu regency, premium and target headcount distractors
    (
        "REJANG LEBONG - Pemkab Rejang Lebong menyiapkan Rp 900 juta untuk iuran BPJS "
        "Ketenagakerjaan. Dana itu untuk 4.460 petani dengan iuran Rp16.800 per bulan, dan "
        "ditargetkan bertambah menjadi 10.000 petani.",
        {
            (B, "total", "900000000", "Kabupaten Rejang Lebong"),
            (P, "vulnerable", "4460", "Kabupaten Rejang Lebong"),
        },
    ),
    # 40 Jambi city percent and denominator
    (
        "JAMBI - Coverage BPJS Ketenagakerjaan Kota Jambi 49,02 persen dari 295.600 angkatan "
        "kerja, ujar Wali Kota Jambi.",
        {(C, "total", "49.02", "Kota Jambi"), (W, "total", "295600", "Kota Jambi")},
    ),
    # 41 restatement distractor
    (
        "SOLO - Peserta BPJS Ketenagakerjaan di Kota Surakarta mencapai 203.560 orang. Angka "
        "sekitar 200 ribu itu naik dari tahun lalu.",
        {(P, "total", "203560", "Kota Surakarta")},
    ),
    # 42 Sumut regency APBD nelayan
    (
        "SIBOLGA - Pemkot Sibolga menanggung iuran BPJS Ketenagakerjaan bagi 2.100 nelayan "
        "tradisional dengan anggaran Rp 423 juta.",
        {(P, "vulnerable", "2100", "Kota Sibolga"), (B, "total", "423000000", "Kota Sibolga")},
    ),
    # 43 Kalbar regency
    (
        "KETAPANG - Kepesertaan BPJS Ketenagakerjaan di Kabupaten Ketapang baru 27,8 persen, "
        "kata Kepala Kantor Cabang Ketapang.",
        {(C, "total", "27.8", "Kabupaten Ketapang")},
    ),
    # 44 Sulut city Paritrana
    (
        "BITUNG - Pemkot Bitung meraih juara kedua Paritrana Award tingkat Provinsi Sulawesi "
        "Utara 2024 kategori kota.",
        {(A, "other", "2", "Kota Bitung")},
    ),
    # 45 Sulteng regency coverage and PU count
    (
        "MOROWALI - Peserta penerima upah di Kabupaten Morowali mencapai 86.400 orang, sebagian "
        "besar pekerja industri nikel, kata Kepala Cabang.",
        {(P, "formal", "86400", "Kabupaten Morowali")},
    ),
    # 46 NTT regency vulnerable
    (
        "ATAMBUA - Pemkab Belu mendaftarkan 3.000 pekerja rentan ke BPJS Ketenagakerjaan dengan "
        "APBD Rp 604,8 juta.",
        {(P, "vulnerable", "3000", "Kabupaten Belu"), (B, "total", "604800000", "Kabupaten Belu")},
    ),
    # 47 Maluku Utara city
    (
        "TERNATE - Cakupan kepesertaan BPJS Ketenagakerjaan Kota Ternate sebesar 45,3 persen "
        "per Juni 2025.",
        {(C, "total", "45.3", "Kota Ternate")},
    ),
    # 48 Papua Barat regency target
    (
        "MANOKWARI - Bupati Manokwari menargetkan 40 persen pekerja di Manokwari terlindungi BPJS "
        "Ketenagakerjaan pada 2026.",
        {(T, "total", "40", "Kabupaten Manokwari")},
    ),
    # 49 Kepri regency with province figure
    (
        "TANJUNG PINANG - Cakupan di Kota Tanjungpinang 55,9 persen, di atas Kepri yang 52,3 "
        "persen, ujar Kepala Cabang.",
        {(C, "total", "55.9", "Kota Tanjung Pinang"), (C, "total", "52.3", "Kepulauan Riau")},
    ),
    # 50 Bali regency PU/BPU counts
    (
        "GIANYAR - BPJS Ketenagakerjaan Cabang Gianyar mencatat 61.200 peserta penerima upah dan "
        "18.700 peserta bukan penerima upah di Kabupaten Gianyar.",
        {
            (P, "formal", "61200", "Kabupaten Gianyar"),
            (P, "informal", "18700", "Kabupaten Gianyar"),
        },
    ),
    # 51 DIY regency
    (
        "WONOSARI - Pemkab Gunungkidul mengalokasikan Rp 2,1 miliar dari APBD untuk iuran "
        "BPJS Ketenagakerjaan 10.400 pekerja rentan.",
        {
            (B, "total", "2100000000", "Kabupaten Gunungkidul"),
            (P, "vulnerable", "10400", "Kabupaten Gunungkidul"),
        },
    ),
    # 52 Banten city coverage
    (
        "TANGERANG - Coverage kepesertaan BPJS Ketenagakerjaan di Kota Tangerang mencapai 71,3 "
        "persen, kata Kepala Kantor Cabang Tangerang.",
        {(C, "total", "71.3", "Kota Tangerang")},
    ),
    # 53 Kalsel regency
    (
        "KOTABARU - Peserta aktif BPJS Ketenagakerjaan di Kabupaten Kotabaru sebanyak 52.600 "
        "orang dari 158.000 pekerja.",
        {(P, "total", "52600", "Kabupaten Kotabaru"), (W, "total", "158000", "Kabupaten Kotabaru")},
    ),
    # 54 Kalteng regency Paritrana
    (
        "SAMPIT - Kabupaten Kotawaringin Timur meraih peringkat pertama Paritrana Award tingkat "
        "Kalteng tahun 2024.",
        {(A, "other", "1", "Kabupaten Kotawaringin Timur")},
    ),
    # 55 Lampung regency coverage and target
    (
        "METRO - Pemkot Metro menargetkan cakupan BPJS Ketenagakerjaan 65 persen pada 2026, "
        "naik dari 52,4 persen saat ini.",
        {(T, "total", "65", "Kota Metro"), (C, "total", "52.4", "Kota Metro")},
    ),
    # 56 Riau regency million form
    (
        "SIAK - Pemkab Siak menganggarkan Rp 1,1 miliar untuk melindungi 5.450 pekerja rentan "
        "lewat BPJS Ketenagakerjaan.",
        {(B, "total", "1100000000", "Kabupaten Siak"), (P, "vulnerable", "5450", "Kabupaten Siak")},
    ),
    # 57 Sultra regency coverage low
    (
        "KOLAKA - Cakupan kepesertaan BPJS Ketenagakerjaan di Kabupaten Kolaka tercatat 33,5 "
        "persen hingga akhir 2024.",
        {(C, "total", "33.5", "Kabupaten Kolaka")},
    ),
    # 58 Sulbar
    (
        "MAMUJU - Peserta BPJS Ketenagakerjaan di Kabupaten Mamuju mencapai 31.200 pekerja, "
        "ujar Kepala Cabang Mamuju.",
        {(P, "total", "31200", "Kabupaten Mamuju")},
    ),
    # 59 Papua Selatan / Tengah regency
    (
        "MIMIKA - Cakupan kepesertaan BPJS Ketenagakerjaan Kabupaten Mimika mencapai 68,4 "
        "persen dengan 72.300 peserta aktif.",
        {(C, "total", "68.4", "Kabupaten Mimika"), (P, "total", "72300", "Kabupaten Mimika")},
    ),
    # 60 Babel city
    (
        "PANGKALPINANG - Pemkot Pangkalpinang mendaftarkan 1.850 pekerja rentan, terdiri atas "
        "nelayan, buruh harian dan pedagang kecil, ke BPJS Ketenagakerjaan.",
        {(P, "vulnerable", "1850", "Kota Pangkal Pinang")},
    ),
    # 61 Jakarta admin city
    (
        "JAKARTA - Peserta BPJS Ketenagakerjaan di Jakarta Selatan tercatat 1,2 juta pekerja, "
        "kata Kepala Kantor Cabang.",
        {(P, "total", "1200000", "Kota Administrasi Jakarta Selatan")},
    ),
    # 62 Papua Barat Daya city
    (
        "SORONG - Pemkot Sorong menanggung iuran BPJS Ketenagakerjaan 2.400 pekerja rentan "
        "dengan anggaran Rp 483,8 juta.",
        {(P, "vulnerable", "2400", "Kota Sorong"), (B, "total", "483800000", "Kota Sorong")},
    ),
    # 63 Jateng regency Jakon
    (
        "CILACAP - Di Kabupaten Cilacap, peserta sektor jasa konstruksi sebanyak 18.900 pekerja.",
        {(P, "construction", "18900", "Kabupaten Cilacap")},
    ),
    # 64 PMI regency
    (
        "TULUNGAGUNG - Jumlah pekerja migran Indonesia asal Kabupaten Tulungagung yang terdaftar "
        "di BPJS Ketenagakerjaan mencapai 7.850 orang.",
        {(P, "migrant", "7850", "Kabupaten Tulungagung")},
    ),
    # 65 target with 100 persen universal
    (
        "BADUNG - Pemkab Badung menargetkan cakupan BPJS Ketenagakerjaan 100 persen pada 2026. "
        "Saat ini cakupannya 91,2 persen.",
        {(T, "total", "100", "Kabupaten Badung"), (C, "total", "91.2", "Kabupaten Badung")},
    ),
    # 66 Kaltim city
    (
        "BALIKPAPAN - Capaian kepesertaan BPJS Ketenagakerjaan di Kota Balikpapan 78,6 persen, "
        "kata Kepala Cabang Balikpapan.",
        {(C, "total", "78.6", "Kota Balikpapan")},
    ),
    # 67 NTB regency Paritrana
    (
        "DOMPU - Kabupaten Dompu meraih juara ketiga Paritrana Award 2024 tingkat Provinsi Nusa "
        "Tenggara Barat.",
        {(A, "other", "3", "Kabupaten Dompu")},
    ),
    # 68 Jatim city with province
    (
        "KEDIRI - Cakupan BPJS Ketenagakerjaan Kota Kediri 59,4 persen, lebih tinggi dari "
        "Jawa Timur yang 46,8 persen.",
        {(C, "total", "59.4", "Kota Kediri"), (C, "total", "46.8", "Jawa Timur")},
    ),
    # 69 Aceh city
    (
        "LHOKSEUMAWE - Pemkot Lhokseumawe mendaftarkan 2.700 pekerja rentan ke BPJS "
        "Ketenagakerjaan dengan dana Rp 544 juta.",
        {
            (P, "vulnerable", "2700", "Kota Lhokseumawe"),
            (B, "total", "544000000", "Kota Lhokseumawe"),
        },
    ),
    # 70 Jabar regency BPU percent
    (
        "SUBANG - Peserta bukan penerima upah di Kabupaten Subang baru 24.300 orang, kata "
        "Kepala Cabang Subang.",
        {(P, "informal", "24300", "Kabupaten Subang")},
    ),
    # 71 Sumut regency with target
    (
        "DELI SERDANG - Bupati Deli Serdang menargetkan cakupan kepesertaan BPJS "
        "Ketenagakerjaan mencapai 55 persen pada 2027.",
        {(T, "total", "55", "Kabupaten Deli Serdang")},
    ),
    # 72 Kalbar city
    (
        "PONTIANAK - Kota Pontianak mencatat 146.800 peserta aktif BPJS Ketenagakerjaan atau "
        "cakupan 48,9 persen.",
        {(P, "total", "146800", "Kota Pontianak"), (C, "total", "48.9", "Kota Pontianak")},
    ),
    # 73 Maluku regency
    (
        "TUAL - Peserta BPJS Ketenagakerjaan di Kota Tual tercatat 8.600 orang, ujar Kepala "
        "Kantor Cabang Pembantu.",
        {(P, "total", "8600", "Kota Tual")},
    ),
    # 74 Sulteng city Paritrana
    (
        "PALU - Pemkot Palu meraih peringkat pertama Paritrana Award tingkat Provinsi Sulteng "
        "kategori kota tahun 2024.",
        {(A, "other", "1", "Kota Palu")},
    ),
    # 75 Banten regency workforce
    (
        "PANDEGLANG - Dari sekitar 540.000 angkatan kerja di Kabupaten Pandeglang, peserta "
        "BPJS Ketenagakerjaan baru 88.700 orang.",
        {
            (W, "total", "540000", "Kabupaten Pandeglang"),
            (P, "total", "88700", "Kabupaten Pandeglang"),
        },
    ),
    # 76 Jatim regency target + Inpres
    (
        "NGAWI - Sesuai Inpres Nomor 2 Tahun 2021, Pemkab Ngawi menargetkan cakupan 45 persen "
        "pada akhir 2025, dari 30,2 persen saat ini.",
        {(T, "total", "45", "Kabupaten Ngawi"), (C, "total", "30.2", "Kabupaten Ngawi")},
    ),
    # 77 NTT city coverage and participants
    (
        "KUPANG - Cakupan kepesertaan BPJS Ketenagakerjaan Kota Kupang sebesar 43,6 persen atau "
        "92.500 pekerja.",
        {(C, "total", "43.6", "Kota Kupang"), (P, "total", "92500", "Kota Kupang")},
    ),
    # 78 Sumbar regency Tim 9 distractor (a member count)
    (
        "SOLOK - Tim 9 Kabupaten Solok yang beranggotakan 9 instansi menargetkan cakupan 40 "
        "persen pada 2026. Peserta aktif saat ini 41.300 orang.",
        {(T, "total", "40", "Kabupaten Solok"), (P, "total", "41300", "Kabupaten Solok")},
    ),
    # 79 Kalsel city
    (
        "BANJARBARU - Pemkot Banjarbaru menanggung iuran BPJS Ketenagakerjaan 3.600 pekerja "
        "rentan pada 2025, kata Wali Kota.",
        {(P, "vulnerable", "3600", "Kota Banjarbaru")},
    ),
    # 80 Papua Pegunungan / Tengah regency
    (
        "NABIRE - Peserta BPJS Ketenagakerjaan di Kabupaten Nabire mencapai 14.200 orang atau "
        "22,6 persen dari pekerja.",
        {(P, "total", "14200", "Kabupaten Nabire"), (C, "total", "22.6", "Kabupaten Nabire")},
    ),
    # 81 list of regencies with counts in a branch story
    (
        "MADIUN - BPJS Ketenagakerjaan Cabang Madiun mencatat peserta aktif di Kota Madiun "
        "sebanyak 61.300 orang, Kabupaten Magetan 48.900 orang dan Kabupaten Ngawi 52.100 orang.",
        {
            (P, "total", "61300", "Kota Madiun"),
            (P, "total", "48900", "Kabupaten Magetan"),
            (P, "total", "52100", "Kabupaten Ngawi"),
        },
    ),
    # 82 PMI and national restatement distractor
    (
        "LOMBOK TENGAH - Sebanyak 12.400 pekerja migran asal Kabupaten Lombok Tengah telah "
        "terdaftar sebagai peserta BPJS Ketenagakerjaan, kata Kepala Cabang.",
        {(P, "migrant", "12400", "Kabupaten Lombok Tengah")},
    ),
    # 83 percent sign, target, Pemkab alias in NTT
    (
        "LABUAN BAJO - Pemkab Manggarai Barat menargetkan cakupan BPJS Ketenagakerjaan 45% "
        "pada 2026. Realisasi hingga September 2025 baru 28,9%.",
        {
            (T, "total", "45", "Kabupaten Manggarai Barat"),
            (C, "total", "28.9", "Kabupaten Manggarai Barat"),
        },
    ),
    # 84 village fund and village staff
    (
        "KLUNGKUNG - Sebanyak 1.120 perangkat desa dan anggota BPD di Kabupaten Klungkung "
        "terlindungi BPJS Ketenagakerjaan melalui dana desa.",
        {(P, "other", "1120", "Kabupaten Klungkung")},
    ),
    # 85 Paritrana with province coverage quoted
    (
        "BOYOLALI - Kabupaten Boyolali meraih juara pertama Paritrana Award tingkat Jawa Tengah "
        "2024. Cakupan kepesertaan di Boyolali mencapai 53,8 persen.",
        {(A, "other", "1", "Kabupaten Boyolali"), (C, "total", "53.8", "Kabupaten Boyolali")},
    ),
    # 86 Wali Kota with national target distractor year, RPJMD
    (
        "PADANG PANJANG - Wali Kota Padang Panjang menargetkan seluruh pekerja di kota itu, "
        "atau 100 persen, terlindungi BPJS Ketenagakerjaan pada 2029 sesuai RPJMD.",
        {(T, "total", "100", "Kota Padang Panjang")},
    ),
    # 87 English decimal in a percent
    (
        "BONTANG - Coverage kepesertaan BPJS Ketenagakerjaan Kota Bontang mencapai 82.4 persen, "
        "tertinggi di Kaltim, kata Kepala Cabang Bontang.",
        {(C, "total", "82.4", "Kota Bontang"), (A, "other", "1", "Kota Bontang")},
    ),
    # 88 CSR ojek online
    (
        "MAKASSAR - Lewat CSR sebuah bank daerah, 2.500 pengemudi ojek online di Kota Makassar "
        "didaftarkan menjadi peserta BPJS Ketenagakerjaan.",
        {(P, "vulnerable", "2500", "Kota Makassar")},
    ),
    # 89 employer count + coverage in regency
    (
        "BATANG - Sebanyak 1.240 perusahaan di Kabupaten Batang telah mendaftarkan 96.700 "
        "pekerjanya ke BPJS Ketenagakerjaan.",
        {(P, "total", "96700", "Kabupaten Batang")},
    ),
    # 90 workforce "pekerja" of a city
    (
        "PEMATANGSIANTAR - Dari 132.400 pekerja di Kota Pematangsiantar, sebanyak 58.700 sudah "
        "menjadi peserta BPJS Ketenagakerjaan.",
        {
            (W, "total", "132400", "Kota Pematangsiantar"),
            (P, "total", "58700", "Kota Pematangsiantar"),
        },
    ),
    # 91 Kalteng regency BPU percent of segment
    (
        "PULANG PISAU - Pemkab Pulang Pisau menanggung iuran BPJS Ketenagakerjaan 3.250 petani "
        "dan nelayan dengan anggaran Rp 655,2 juta.",
        {
            (P, "vulnerable", "3250", "Kabupaten Pulang Pisau"),
            (B, "total", "655200000", "Kabupaten Pulang Pisau"),
        },
    ),
    # 92 target in numbers words
    (
        "WAKATOBI - Bupati Wakatobi menargetkan cakupan kepesertaan BPJS Ketenagakerjaan "
        "mencapai lima puluh persen pada 2027.",
        {(T, "total", "50", "Kabupaten Wakatobi")},
    ),
]
