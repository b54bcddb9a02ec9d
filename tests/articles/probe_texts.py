"""Round "probe": short news paragraphs written for this round (invented, in
the style of regional outlets), each with the figures a careful reader would
take under the labelling conventions, as (metric, segment, value, region).
Distractors (not-yet-covered counts, claims, growth, premiums, target
headcounts, employer counts, ranges, restatements, JKN) must not appear."""

PROBES = [
    # 1 province, percent + count + denominator
    (
        "MAKASSAR - Cakupan kepesertaan BPJS Ketenagakerjaan di Sulsel mencapai 46,44 persen "
        "atau 1,3 juta pekerja dari total 2.800.000 angkatan kerja, kata Kepala Kantor Wilayah.",
        {
            ("coverage_pct", "total", "46.44", "Sulawesi Selatan"),
            ("participants", "total", "1300000", "Sulawesi Selatan"),
            ("workforce", "total", "2800000", "Sulawesi Selatan"),
        },
    ),
    # 2 regency with Pemkab, vulnerable budget
    (
        "SLEMAN - Pemkab Sleman mengalokasikan Rp 3,4 miliar dari APBD 2025 untuk membayar iuran "
        "BPJS Ketenagakerjaan bagi 15.000 pekerja rentan, ujar Bupati.",
        {
            ("budget_idr", "vulnerable", "3400000000", "Kabupaten Sleman"),
            ("participants", "vulnerable", "15000", "Kabupaten Sleman"),
        },
    ),
    # 3 city with Pemkot, premium distractor
    (
        "Pemkot Padang menanggung iuran Rp16.800 per bulan untuk 8.250 pekerja rentan yang kini "
        "terdaftar sebagai peserta BPJS Ketenagakerjaan.",
        {("participants", "vulnerable", "8250", "Kota Padang")},
    ),
    # 4 not-yet-covered distractor
    (
        "KUPANG - Di NTT, jumlah peserta aktif BPJS Ketenagakerjaan sebanyak 412.300 orang. "
        "Masih ada 1,9 juta pekerja yang belum terdaftar, kata Kepala Cabang.",
        {("participants", "total", "412300", "Nusa Tenggara Timur")},
    ),
    # 5 segment list PU/BPU/Jakon/PMI
    (
        "SAMARINDA - Peserta BPJS Ketenagakerjaan di Kaltim tercatat 980.450 orang, terdiri dari "
        "penerima upah 720.100 orang, bukan penerima upah 160.350 orang, jasa konstruksi 95.000 "
        "orang dan pekerja migran Indonesia 5.000 orang.",
        {
            ("participants", "total", "980450", "Kalimantan Timur"),
            ("participants", "formal", "720100", "Kalimantan Timur"),
            ("participants", "informal", "160350", "Kalimantan Timur"),
            ("participants", "construction", "95000", "Kalimantan Timur"),
            ("participants", "migrant", "5000", "Kalimantan Timur"),
        },
    ),
    # 6 target with deadline
    (
        "MATARAM - Pemprov NTB menargetkan cakupan kepesertaan jaminan sosial ketenagakerjaan "
        "mencapai 55 persen pada 2026, dari capaian saat ini 31,72 persen.",
        {
            ("target_pct", "total", "55", "Nusa Tenggara Barat"),
            ("coverage_pct", "total", "31.72", "Nusa Tenggara Barat"),
        },
    ),
    # 7 claims distractor
    (
        "JAMBI - BPJS Ketenagakerjaan Cabang Jambi telah membayar klaim sebesar Rp 98,5 miliar "
        "kepada 12.400 peserta sepanjang 2024. Jumlah peserta aktif di Provinsi Jambi mencapai "
        "402.118 pekerja.",
        {("participants", "total", "402118", "Jambi")},
    ),
    # 8 growth distractor
    (
        "PALANGKA RAYA - Kepesertaan BPJS Ketenagakerjaan di Kalteng naik 12,5 persen dibanding "
        "tahun lalu menjadi 356.900 peserta, ujarnya.",
        {("participants", "total", "356900", "Kalimantan Tengah")},
    ),
    # 9 Paritrana placement regency
    (
        "BANTUL - Pemerintah Kabupaten Bantul meraih juara kedua Paritrana Award 2024 tingkat "
        "nasional kategori kabupaten, kata Bupati.",
        {("award_rank", "other", "2", "Kabupaten Bantul")},
    ),
    # 10 national figure in regional article
    (
        "PEKANBARU - Secara nasional, peserta aktif BPJS Ketenagakerjaan mencapai 42,5 juta "
        "pekerja. Di Provinsi Riau sendiri tercatat 1.112.400 peserta aktif.",
        {
            ("participants", "total", "42500000", "Indonesia"),
            ("participants", "total", "1112400", "Riau"),
        },
    ),
    # 11 regency quoting province figure
    (
        "KAB. KUPANG - Cakupan BPJS Ketenagakerjaan di Kabupaten Kupang baru 18,2 persen, "
        "lebih rendah dari rata-rata Provinsi NTT yang mencapai 24,6 persen.",
        {
            ("coverage_pct", "total", "18.2", "Kabupaten Kupang"),
            ("coverage_pct", "total", "24.6", "Nusa Tenggara Timur"),
        },
    ),
    # 12 list of regions with figures
    (
        "BANJARMASIN - Cakupan tertinggi di Kalsel dicatat Kota Banjarbaru 68,5 persen, disusul "
        "Kabupaten Tabalong 61,2 persen dan Kota Banjarmasin 58,4 persen.",
        {
            ("coverage_pct", "total", "68.5", "Kota Banjarbaru"),
            # "tertinggi", then "disusul": the standing by coverage, as the sets label it
            ("award_rank", "other", "1", "Kota Banjarbaru"),
            ("award_rank", "other", "2", "Kabupaten Tabalong"),
            ("coverage_pct", "total", "61.2", "Kabupaten Tabalong"),
            ("coverage_pct", "total", "58.4", "Kota Banjarmasin"),
        },
    ),
    # 13 enam juta + employer count distractor
    (
        "BANDUNG - Jumlah peserta BPJS Ketenagakerjaan di Jawa Barat telah menembus enam juta "
        "pekerja dari 45.200 perusahaan yang terdaftar.",
        {("participants", "total", "6000000", "Jawa Barat")},
    ),
    # 14 ribu form
    (
        "GORONTALO - Peserta bukan penerima upah di Provinsi Gorontalo mencapai 73,46 ribu "
        "pekerja per Desember 2024, kata Kepala Cabang.",
        {("participants", "informal", "73460", "Gorontalo")},
    ),
    # 15 range distractor
    (
        "AMBON - Kepala Disnaker Maluku memperkirakan cakupan bisa naik ke kisaran 30 hingga 40 "
        "persen. Saat ini cakupan di Maluku tercatat 27,35 persen.",
        {("coverage_pct", "total", "27.35", "Maluku")},
    ),
    # 16 Paritrana placement province
    (
        "SEMARANG - Provinsi Jawa Tengah kembali meraih peringkat pertama Paritrana Award "
        "kategori provinsi, sementara Jawa Timur di posisi kedua.",
        {
            ("award_rank", "other", "1", "Jawa Tengah"),
            ("award_rank", "other", "2", "Jawa Timur"),
        },
    ),
    # 17 potensi peserta
    (
        "TERNATE - Dari potensi peserta sebanyak 420.000 pekerja di Maluku Utara, baru 152.300 "
        "yang terlindungi BPJS Ketenagakerjaan.",
        {
            ("workforce", "total", "420000", "Maluku Utara"),
            ("participants", "total", "152300", "Maluku Utara"),
        },
    ),
    # 18 English separators
    (
        "MANADO - Peserta aktif BPJS Ketenagakerjaan di Sulawesi Utara mencapai 1,300,000 "
        "pekerja, kata Kepala Kanwil. Cakupan di Sulut mencapai 52,3 persen.",
        {
            ("participants", "total", "1300000", "Sulawesi Utara"),
            ("coverage_pct", "total", "52.3", "Sulawesi Utara"),
        },
    ),
    # 19 JKN distractor
    (
        "SERANG - Cakupan JKN di Banten sudah 98 persen, sedangkan kepesertaan BPJS "
        "Ketenagakerjaan baru 41,8 persen, ujar Sekda Banten.",
        {("coverage_pct", "total", "41.8", "Banten")},
    ),
    # 20 percent sign
    (
        "DENPASAR - Universal coverage jaminan sosial ketenagakerjaan di Bali mencapai 62,15% "
        "per Januari 2025.",
        {("coverage_pct", "total", "62.15", "Bali")},
    ),
    # 21 migrant count
    (
        "LOMBOK TIMUR - Sebanyak 24.600 pekerja migran Indonesia asal Lombok Timur telah "
        "terdaftar sebagai peserta BPJS Ketenagakerjaan, kata Kepala Disnakertrans.",
        {("participants", "migrant", "24600", "Kabupaten Lombok Timur")},
    ),
    # 22 construction count
    (
        "BALIKPAPAN - Sebanyak 31.420 pekerja jasa konstruksi di Kota Balikpapan sudah "
        "dilindungi BPJS Ketenagakerjaan sepanjang 2024.",
        {("participants", "construction", "31420", "Kota Balikpapan")},
    ),
    # 23 target headcount distractor + target pct
    (
        "PONTIANAK - Pemprov Kalbar menargetkan 500 ribu pekerja baru terdaftar atau cakupan "
        "45 persen pada akhir 2025.",
        {("target_pct", "total", "45", "Kalimantan Barat")},
    ),
    # 24 budget miliar for pekerja rentan, Pemprov
    (
        "JAYAPURA - Pemprov Papua menyiapkan anggaran Rp 12,5 miliar dalam APBD Perubahan untuk "
        "perlindungan jaminan sosial ketenagakerjaan pekerja rentan.",
        {("budget_idr", "vulnerable", "12500000000", "Papua")},
    ),
    # 25 Kab. abbreviation
    (
        "Kepesertaan BPJS Ketenagakerjaan di Kab. Bone mencapai 87.450 pekerja atau 29,3 persen "
        "dari angkatan kerja.",
        {
            ("participants", "total", "87450", "Kabupaten Bone"),
            ("coverage_pct", "total", "29.3", "Kabupaten Bone"),
        },
    ),
    # 26 Kota X coverage with denominator after
    (
        "MEDAN - Sebanyak 612.000 pekerja di Kota Medan telah terlindungi BPJS Ketenagakerjaan "
        "dari total 1.250.000 pekerja.",
        {
            ("participants", "total", "612000", "Kota Medan"),
            ("workforce", "total", "1250000", "Kota Medan"),
        },
    ),
    # 27 Sumbar abbreviation
    (
        "PADANG - Capaian universal coverage jamsostek Sumbar baru 33,8 persen, kata Gubernur.",
        {("coverage_pct", "total", "33.8", "Sumatera Barat")},
    ),
    # 28 informal percent
    (
        "BENGKULU - Cakupan pekerja bukan penerima upah di Provinsi Bengkulu baru 12,4 persen, "
        "jauh di bawah pekerja penerima upah yang mencapai 71,9 persen.",
        {
            ("coverage_pct", "informal", "12.4", "Bengkulu"),
            ("coverage_pct", "formal", "71.9", "Bengkulu"),
        },
    ),
    # 29 rounded restatement
    (
        "PALEMBANG - Peserta aktif BPJS Ketenagakerjaan di Sumsel tercatat 1.286.540 orang. "
        "Dengan hampir 1,3 juta peserta itu, Sumsel masih harus mengejar target.",
        {("participants", "total", "1286540", "Sumatera Selatan")},
    ),
    # 30 Kepri
    (
        "BATAM - Cakupan kepesertaan di Kota Batam mencapai 81,2 persen, tertinggi di Kepri.",
        {
            ("coverage_pct", "total", "81.2", "Kota Batam"),
            ("award_rank", "other", "1", "Kota Batam"),
        },
    ),
    # 31 DIY
    (
        "YOGYAKARTA - Kepesertaan BPJS Ketenagakerjaan di DIY mencapai 48,7 persen dari "
        "2,1 juta angkatan kerja.",
        {
            ("coverage_pct", "total", "48.7", "DI Yogyakarta"),
            ("workforce", "total", "2100000", "DI Yogyakarta"),
        },
    ),
    # 32 DKI
    (
        "JAKARTA - Peserta BPJS Ketenagakerjaan di DKI Jakarta mencapai 4,8 juta orang, kata "
        "Kepala Kanwil DKI Jakarta.",
        {("participants", "total", "4800000", "DKI Jakarta")},
    ),
    # 33 Babel
    (
        "PANGKALPINANG - Kepesertaan jaminan sosial ketenagakerjaan di Bangka Belitung baru "
        "39,15 persen, ujarnya.",
        {("coverage_pct", "total", "39.15", "Kepulauan Bangka Belitung")},
    ),
    # 34 Lampung with regency list
    (
        "BANDAR LAMPUNG - Di Lampung, Kota Metro mencatat cakupan 52,1 persen, Kabupaten "
        "Pringsewu 34,6 persen, dan Kabupaten Mesuji 18,9 persen.",
        {
            ("coverage_pct", "total", "52.1", "Kota Metro"),
            ("coverage_pct", "total", "34.6", "Kabupaten Pringsewu"),
            ("coverage_pct", "total", "18.9", "Kabupaten Mesuji"),
        },
    ),
    # 35 Kaltara
    (
        "TANJUNG SELOR - Peserta aktif BPJS Ketenagakerjaan di Kalimantan Utara mencapai "
        "142.800 pekerja atau 47,2 persen.",
        {
            ("participants", "total", "142800", "Kalimantan Utara"),
            ("coverage_pct", "total", "47.2", "Kalimantan Utara"),
        },
    ),
    # 36 Sulbar vulnerable with APBD
    (
        "MAMUJU - Pemkab Mamuju melalui APBD 2025 menanggung iuran 6.500 pekerja rentan, "
        "dengan anggaran Rp 1,33 miliar.",
        {
            ("participants", "vulnerable", "6500", "Kabupaten Mamuju"),
            ("budget_idr", "vulnerable", "1330000000", "Kabupaten Mamuju"),
        },
    ),
    # 37 Sultra
    (
        "KENDARI - Cakupan kepesertaan BPJS Ketenagakerjaan di Sultra mencapai 38,9 persen, "
        "kata Kepala Kantor Cabang Kendari.",
        {("coverage_pct", "total", "38.9", "Sulawesi Tenggara")},
    ),
    # 38 Sulteng
    (
        "PALU - Jumlah pekerja yang terlindungi di Sulteng sebanyak 398.000 orang dari potensi "
        "1.150.000 pekerja.",
        {
            ("participants", "total", "398000", "Sulawesi Tengah"),
            ("workforce", "total", "1150000", "Sulawesi Tengah"),
        },
    ),
    # 39 Papua Selatan
    (
        "MERAUKE - Kepesertaan BPJS Ketenagakerjaan di Papua Selatan tercatat 61.250 pekerja.",
        {("participants", "total", "61250", "Papua Selatan")},
    ),
    # 40 Papua Pegunungan
    (
        "WAMENA - Cakupan jaminan sosial ketenagakerjaan di Provinsi Papua Pegunungan baru "
        "9,8 persen, terendah di Indonesia.",
        {("coverage_pct", "total", "9.8", "Papua Pegunungan")},
    ),
    # 41 Papua Barat Daya
    (
        "SORONG - Di Kota Sorong, sebanyak 54.300 pekerja terdaftar sebagai peserta aktif BPJS "
        "Ketenagakerjaan.",
        {("participants", "total", "54300", "Kota Sorong")},
    ),
    # 42 Aceh gampong
    (
        "BANDA ACEH - Pemerintah Aceh mendaftarkan 48.200 perangkat gampong menjadi peserta BPJS "
        "Ketenagakerjaan.",
        {("participants", "other", "48200", "Aceh")},
    ),
    # 43 Sumut national target
    (
        "MEDAN - Kepesertaan BPJS Ketenagakerjaan di Sumut terus didorong. Pemerintah pusat "
        "menargetkan cakupan nasional 70 persen pada 2029, sedangkan Sumut baru 35,4 persen.",
        {
            ("target_pct", "total", "70", "Indonesia"),
            ("coverage_pct", "total", "35.4", "Sumatera Utara"),
        },
    ),
    # 44 Gorontalo with tahun target
    (
        "GORONTALO - Target cakupan Provinsi Gorontalo tahun 2025 sebesar 50 persen. Hingga "
        "Februari capaiannya 43,12 persen.",
        {
            ("target_pct", "total", "50", "Gorontalo"),
            ("coverage_pct", "total", "43.12", "Gorontalo"),
        },
    ),
    # 45 Pemkot with Kota name, workforce 'tenaga kerja'
    (
        "SURABAYA - Pemkot Surabaya mencatat 1,45 juta peserta BPJS Ketenagakerjaan dari "
        "2,2 juta tenaga kerja di kota itu.",
        {
            ("participants", "total", "1450000", "Kota Surabaya"),
            ("workforce", "total", "2200000", "Kota Surabaya"),
        },
    ),
    # 46 Jatim
    (
        "SURABAYA - Cakupan BPJS Ketenagakerjaan di Jatim per Desember 2024 sebesar 42,07 persen.",
        {("coverage_pct", "total", "42.07", "Jawa Timur")},
    ),
    # 47 rupiah triliun claims distractor
    (
        "SEMARANG - Sepanjang 2024 BPJS Ketenagakerjaan Jateng membayar manfaat Rp 2,1 triliun. "
        "Peserta aktif di Jawa Tengah mencapai 5,2 juta.",
        {("participants", "total", "5200000", "Jawa Tengah")},
    ),
    # 48 nelayan vulnerable
    (
        "Pemkab Cilacap menanggung iuran BPJS Ketenagakerjaan bagi 4.500 nelayan melalui APBD.",
        {("participants", "vulnerable", "4500", "Kabupaten Cilacap")},
    ),
    # 49 ojol vulnerable from Pemkot
    (
        "Pemkot Bogor mendaftarkan 1.200 pengemudi ojek online sebagai peserta BPJS "
        "Ketenagakerjaan yang iurannya dibayar pemerintah kota.",
        {("participants", "vulnerable", "1200", "Kota Bogor")},
    ),
    # 50 Paritrana city
    (
        "Kota Pekalongan menyabet peringkat ketiga Paritrana Award tingkat Provinsi Jawa Tengah "
        "kategori kabupaten/kota.",
        {("award_rank", "other", "3", "Kota Pekalongan")},
    ),
    # 51 non-ASN other
    (
        "Sebanyak 3.400 pegawai non-ASN di lingkungan Pemkab Sumbawa telah terdaftar BPJS "
        "Ketenagakerjaan.",
        {("participants", "other", "3400", "Kabupaten Sumbawa")},
    ),
    # 52 formal count
    (
        "Di Kabupaten Karawang, peserta penerima upah mencapai 512.300 pekerja, kata Kepala "
        "Cabang.",
        {("participants", "formal", "512300", "Kabupaten Karawang")},
    ),
    # 53 informal count with BPU abbr
    (
        "Peserta BPU di Kabupaten Gianyar sebanyak 28.750 orang, ujarnya.",
        {("participants", "informal", "28750", "Kabupaten Gianyar")},
    ),
    # 54 'persen' after cakupan with 'sebesar'
    (
        "TASIKMALAYA - Cakupan kepesertaan BPJS Ketenagakerjaan Kota Tasikmalaya sebesar "
        "27,6 persen.",
        {("coverage_pct", "total", "27.6", "Kota Tasikmalaya")},
    ),
    # 55 target percent by Inpres
    (
        "Sesuai Inpres 2/2021, Pemkab Banyuwangi menargetkan 60 persen pekerja terlindungi "
        "jaminan sosial ketenagakerjaan pada 2027.",
        {("target_pct", "total", "60", "Kabupaten Banyuwangi")},
    ),
    # 56 employer count + participants
    (
        "Di Kota Cilegon terdapat 1.820 perusahaan yang mendaftarkan 96.400 pekerjanya ke BPJS "
        "Ketenagakerjaan.",
        {("participants", "total", "96400", "Kota Cilegon")},
    ),
    # 57 percent with % and workforce after
    (
        "Kabupaten Bekasi mencatat cakupan 64,3% dari 1,8 juta pekerja.",
        {
            ("coverage_pct", "total", "64.3", "Kabupaten Bekasi"),
            ("workforce", "total", "1800000", "Kabupaten Bekasi"),
        },
    ),
    # 58 uncovered percent distractor
    (
        "Di Kabupaten Garut, 72 persen pekerja belum terlindungi BPJS Ketenagakerjaan. Cakupannya "
        "baru 28 persen.",
        {("coverage_pct", "total", "28", "Kabupaten Garut")},
    ),
    # 59 numbers in words juta
    (
        "Peserta aktif BPJS Ketenagakerjaan di Provinsi Banten mencapai tiga juta pekerja.",
        {("participants", "total", "3000000", "Banten")},
    ),
    # 60 Kalsel HST
    (
        "BARABAI - Pemkab Hulu Sungai Tengah menargetkan cakupan 40 persen pada 2025, naik dari "
        "capaian 2024 sebesar 26,8 persen.",
        {
            ("target_pct", "total", "40", "Kabupaten Hulu Sungai Tengah"),
            ("coverage_pct", "total", "26.8", "Kabupaten Hulu Sungai Tengah"),
        },
    ),
    # 61 Sulsel regencies
    (
        "Di Sulsel, Kabupaten Gowa mencatat 72.400 peserta dan Kabupaten Maros 41.900 peserta "
        "BPJS Ketenagakerjaan.",
        {
            ("participants", "total", "72400", "Kabupaten Gowa"),
            ("participants", "total", "41900", "Kabupaten Maros"),
        },
    ),
    # 62 NTB Pemprov + Dompu
    (
        "Cakupan BPJS Ketenagakerjaan di Kabupaten Dompu 21,3 persen, sementara NTB 31,7 persen.",
        {
            ("coverage_pct", "total", "21.3", "Kabupaten Dompu"),
            ("coverage_pct", "total", "31.7", "Nusa Tenggara Barat"),
        },
    ),
    # 63 million in English words
    (
        "Peserta BPJS Ketenagakerjaan di Riau sebanyak 1,1 juta pekerja, dengan jumlah "
        "perusahaan peserta 18.400.",
        {("participants", "total", "1100000", "Riau")},
    ),
    # 64 per-person benefit distractor
    (
        "Ahli waris peserta di Kabupaten Tegal menerima santunan Rp 42 juta. Peserta aktif di "
        "Kabupaten Tegal mencapai 112.500 orang.",
        {("participants", "total", "112500", "Kabupaten Tegal")},
    ),
    # 65 potensi pekerja formal workforce
    (
        "Potensi pekerja informal di Kabupaten Lombok Tengah mencapai 310.000 orang, namun baru "
        "24.800 yang menjadi peserta BPU.",
        {
            ("workforce", "informal", "310000", "Kabupaten Lombok Tengah"),
            ("participants", "informal", "24800", "Kabupaten Lombok Tengah"),
        },
    ),
    # 66 Rp with dots
    (
        "Pemkot Kendari menganggarkan Rp1.500.000.000 untuk iuran BPJS Ketenagakerjaan pekerja "
        "rentan tahun ini.",
        {("budget_idr", "vulnerable", "1500000000", "Kota Kendari")},
    ),
    # 67 Kaltim regency Kutim
    (
        "SANGATTA - Kepesertaan BPJS Ketenagakerjaan di Kutai Timur mencapai 74,6 persen.",
        {("coverage_pct", "total", "74.6", "Kabupaten Kutai Timur")},
    ),
    # 68 Jambi city
    (
        "Kota Jambi mencatat 142.000 peserta BPJS Ketenagakerjaan per akhir 2024.",
        {("participants", "total", "142000", "Kota Jambi")},
    ),
    # 69 Sumsel OKU
    (
        "BATURAJA - Cakupan jaminan sosial ketenagakerjaan di Kabupaten Ogan Komering Ulu baru "
        "23,45 persen.",
        {("coverage_pct", "total", "23.45", "Kabupaten Ogan Komering Ulu")},
    ),
    # 70 headcount target distractor with 'target peserta'
    (
        "Target peserta baru BPJS Ketenagakerjaan Kota Manado tahun ini 25.000 orang. Saat ini "
        "peserta aktif mencapai 168.200 orang.",
        {("participants", "total", "168200", "Kota Manado")},
    ),
    # 71 national percent in regional article
    (
        "Kepesertaan BPJS Ketenagakerjaan terus didorong. Cakupan nasional baru 41,26 persen, "
        "sedangkan Kota Denpasar sudah 78,3 persen.",
        {
            ("coverage_pct", "total", "41.26", "Indonesia"),
            ("coverage_pct", "total", "78.3", "Kota Denpasar"),
        },
    ),
    # 72 Jabar city Depok
    (
        "DEPOK - Sebanyak 285.600 pekerja di Kota Depok terdaftar aktif di BPJS Ketenagakerjaan.",
        {("participants", "total", "285600", "Kota Depok")},
    ),
    # 73 Pemkab with kota name ambiguity (Kabupaten Bogor)
    (
        "CIBINONG - Pemkab Bogor mencatat cakupan kepesertaan 46,2 persen.",
        {("coverage_pct", "total", "46.2", "Kabupaten Bogor")},
    ),
    # 74 Malut regency
    (
        "Kepesertaan BPJS Ketenagakerjaan di Kabupaten Halmahera Tengah mencapai 38.500 pekerja, "
        "kebanyakan di sektor tambang.",
        {("participants", "total", "38500", "Kabupaten Halmahera Tengah")},
    ),
    # 75 Kalbar: Pemprov + ribu
    (
        "Pemprov Kalbar menanggung iuran 20 ribu pekerja rentan pada 2025.",
        {("participants", "vulnerable", "20000", "Kalimantan Barat")},
    ),
    # 76 Jateng Kudus percent and count
    (
        "KUDUS - Kabupaten Kudus mencatat 198.300 peserta aktif, atau 41,5 persen dari angkatan "
        "kerja.",
        {
            ("participants", "total", "198300", "Kabupaten Kudus"),
            ("coverage_pct", "total", "41.5", "Kabupaten Kudus"),
        },
    ),
    # 77 Papua Tengah
    (
        "NABIRE - Cakupan BPJS Ketenagakerjaan Papua Tengah baru 14,2 persen, kata Pj Gubernur.",
        {("coverage_pct", "total", "14.2", "Papua Tengah")},
    ),
    # 78 Sulbar province
    (
        "Peserta aktif di Sulbar mencapai 92.400 pekerja, ujar Kepala Cabang Mamuju.",
        {("participants", "total", "92400", "Sulawesi Barat")},
    ),
    # 79 Kabupaten Badung percent
    (
        "Kabupaten Badung menjadi daerah dengan cakupan tertinggi di Bali, yakni 89,4 persen.",
        {
            ("coverage_pct", "total", "89.4", "Kabupaten Badung"),
            ("award_rank", "other", "1", "Kabupaten Badung"),
        },
    ),
    # 80 Maluku Kota Ambon
    (
        "Kota Ambon mencatat 84.100 peserta aktif BPJS Ketenagakerjaan.",
        {("participants", "total", "84100", "Kota Ambon")},
    ),
    # 81 Kaltim Pemprov percent + target
    (
        "Pemprov Kaltim menargetkan cakupan 80 persen pada 2026.",
        {("target_pct", "total", "80", "Kalimantan Timur")},
    ),
    # 82 Paritrana kabupaten placement with juara 1
    (
        "Kabupaten Banyuwangi meraih juara 1 Paritrana Award kategori kabupaten tingkat Jawa Timur.",
        {("award_rank", "other", "1", "Kabupaten Banyuwangi")},
    ),
    # 83 village count distractor
    (
        "KLATEN - Sebanyak 248 desa di Kabupaten Klaten sudah mendaftarkan 3.100 perangkat desa "
        "sebagai peserta BPJS Ketenagakerjaan.",
        {("participants", "other", "3100", "Kabupaten Klaten")},
    ),
    # 84 migrant percent? coverage of PMI
    (
        "Di NTT, sebanyak 9.850 pekerja migran terdaftar sebagai peserta BPJS Ketenagakerjaan.",
        {("participants", "migrant", "9850", "Nusa Tenggara Timur")},
    ),
    # 85 Kota Bandung
    (
        "Cakupan kepesertaan BPJS Ketenagakerjaan di Kota Bandung mencapai 58,93 persen.",
        {("coverage_pct", "total", "58.93", "Kota Bandung")},
    ),
    # 86 angkatan kerja before coverage, regency quoting national
    (
        "PURWAKARTA - Dari 512.000 angkatan kerja di Kabupaten Purwakarta, sebanyak 231.400 "
        "sudah terdaftar di BPJS Ketenagakerjaan, kata Kepala Disnakertrans.",
        {
            ("workforce", "total", "512000", "Kabupaten Purwakarta"),
            ("participants", "total", "231400", "Kabupaten Purwakarta"),
        },
    ),
    # 87 Pemprov Jatim budget + vulnerable headcount, the premium a distractor
    (
        "SURABAYA - Pemprov Jatim menanggung iuran BPJS Ketenagakerjaan 85.000 pekerja rentan "
        "sebesar Rp16.800 per orang per bulan, ujar Gubernur.",
        {("participants", "vulnerable", "85000", "Jawa Timur")},
    ),
    # 88 Paritrana placement with 'terbaik kedua' and Pemkot
    (
        "PAREPARE - Pemkot Parepare dinobatkan sebagai terbaik kedua Paritrana Award tingkat "
        "Sulsel kategori pemerintah kota.",
        {("award_rank", "other", "2", "Kota Parepare")},
    ),
    # 89 workforce with 'pekerja yang berpotensi'
    (
        "KENDARI - Cakupan BPJS Ketenagakerjaan Kota Kendari mencapai 52,4 persen, atau 98.300 "
        "peserta dari 187.600 pekerja yang berpotensi menjadi peserta.",
        {
            ("coverage_pct", "total", "52.4", "Kota Kendari"),
            ("participants", "total", "98300", "Kota Kendari"),
            ("workforce", "total", "187600", "Kota Kendari"),
        },
    ),
    # 90 informal and formal lists with 'sektor'
    (
        "PEKANBARU - Di Kota Pekanbaru, peserta sektor formal tercatat 210.500 orang dan sektor "
        "informal 36.200 orang, kata Kepala Cabang BPJS Ketenagakerjaan.",
        {
            ("participants", "formal", "210500", "Kota Pekanbaru"),
            ("participants", "informal", "36200", "Kota Pekanbaru"),
        },
    ),
    # 91 target with 'pada tahun 2027' and target headcount distractor
    (
        "CIREBON - Pemkab Cirebon menargetkan coverage jaminan sosial ketenagakerjaan 50 persen "
        "pada tahun 2027. Untuk itu dibutuhkan tambahan 120.000 peserta.",
        {("target_pct", "total", "50", "Kabupaten Cirebon")},
    ),
    # 92 claims cases + benefits distractors, participants after
    (
        "TEGAL - Sepanjang 2024 tercatat 1.245 kasus kecelakaan kerja dengan klaim Rp 8,2 miliar. "
        "Peserta aktif BPJS Ketenagakerjaan di Kota Tegal sebanyak 61.700 orang.",
        {("participants", "total", "61700", "Kota Tegal")},
    ),
    # 93 Aceh regency with 'Pemkab' and 'gampong' staff
    (
        "MEULABOH - Pemkab Aceh Barat mendaftarkan 3.200 aparatur gampong ke program BPJS "
        "Ketenagakerjaan dengan anggaran Rp 1,1 miliar dari APBK.",
        {
            ("participants", "other", "3200", "Kabupaten Aceh Barat"),
            ("budget_idr", "other", "1100000000", "Kabupaten Aceh Barat"),
        },
    ),
    # 94 non-active distractor
    (
        "PALU - Peserta aktif BPJS Ketenagakerjaan di Kota Palu 74.800 orang, sementara peserta "
        "nonaktif mencapai 21.300 orang.",
        {("participants", "total", "74800", "Kota Palu")},
    ),
    # 95 range distractor + coverage
    (
        "SAMPIT - Kepala Disnakertrans Kotim memperkirakan cakupan naik menjadi 45-50 persen. "
        "Saat ini cakupan BPJS Ketenagakerjaan di Kabupaten Kotawaringin Timur 38,7 persen.",
        {("coverage_pct", "total", "38.7", "Kabupaten Kotawaringin Timur")},
    ),
    # 96 national count, Kemnaker source
    (
        "JAKARTA - Data Kemnaker mencatat peserta aktif BPJS Ketenagakerjaan per Desember 2024 "
        "sebanyak 45,2 juta pekerja dari 144 juta angkatan kerja.",
        {
            ("participants", "total", "45200000", "Indonesia"),
            ("workforce", "total", "144000000", "Indonesia"),
        },
    ),
    # 97 migrant target pct
    (
        "MATARAM - Cakupan perlindungan pekerja migran Indonesia asal NTB ditargetkan 100 persen "
        "pada 2026.",
        {("target_pct", "migrant", "100", "Nusa Tenggara Barat")},
    ),
    # 98 construction with 'Jakon'
    (
        "SAMARINDA - Peserta Jakon di Kota Samarinda sepanjang 2024 sebanyak 42.150 pekerja, kata "
        "Kepala Cabang.",
        {("participants", "construction", "42150", "Kota Samarinda")},
    ),
    # 99 employer count distractor with 'pemberi kerja terdaftar'
    (
        "PALEMBANG - Pemberi kerja yang terdaftar di Kota Palembang mencapai 9.450, dengan "
        "tenaga kerja terlindungi 312.600 orang.",
        {("participants", "total", "312600", "Kota Palembang")},
    ),
    # 100 percent 'dari total pekerja' denominator percent
    (
        "BLITAR - Sebanyak 38,6 persen dari total pekerja di Kabupaten Blitar sudah terlindungi "
        "BPJS Ketenagakerjaan.",
        {("coverage_pct", "total", "38.6", "Kabupaten Blitar")},
    ),
    # 101 list of regencies with counts, 'masing-masing'
    (
        "TANJUNG REDEB - Peserta BPJS Ketenagakerjaan di Kabupaten Berau dan Kabupaten Paser "
        "masing-masing 68.200 dan 54.900 pekerja.",
        {
            ("participants", "total", "68200", "Kabupaten Berau"),
            ("participants", "total", "54900", "Kabupaten Paser"),
        },
    ),
    # 102 alias Kukar
    (
        "TENGGARONG - Cakupan kepesertaan BPJS Ketenagakerjaan di Kukar mencapai 63,15 persen, "
        "kata Bupati.",
        {("coverage_pct", "total", "63.15", "Kabupaten Kutai Kartanegara")},
    ),
    # 103 alias Tangsel
    (
        "TANGERANG SELATAN - Peserta aktif BPJS Ketenagakerjaan di Tangsel mencapai 402.600 "
        "pekerja per Februari 2025.",
        {("participants", "total", "402600", "Kota Tangerang Selatan")},
    ),
    # 104 rounded restatement after exact, 'sekitar'
    (
        "BOGOR - Peserta BPJS Ketenagakerjaan Kabupaten Bogor tercatat 1.012.450 orang. Dengan "
        "sekitar satu juta peserta, Bogor jadi yang terbanyak di Jabar.",
        {("participants", "total", "1012450", "Kabupaten Bogor")},
    ),
    # 105 coverage with % glued and a date
    (
        "PONTIANAK - Per 31 Desember 2024, coverage kepesertaan Kota Pontianak 71,05%.",
        {("coverage_pct", "total", "71.05", "Kota Pontianak")},
    ),
    # 106 vulnerable share target
    (
        "SERANG - Pemprov Banten menargetkan 100 persen pekerja rentan terlindungi BPJS "
        "Ketenagakerjaan pada 2026.",
        {("target_pct", "vulnerable", "100", "Banten")},
    ),
    # 107 regency in another province named as comparison
    (
        "SLEMAN - Cakupan BPJS Ketenagakerjaan Kabupaten Sleman 55,2 persen, lebih tinggi dari "
        "Kabupaten Gunungkidul yang baru 21,4 persen.",
        {
            ("coverage_pct", "total", "55.2", "Kabupaten Sleman"),
            ("coverage_pct", "total", "21.4", "Kabupaten Gunungkidul"),
        },
    ),
    # 108 numbers in words ribu
    (
        "SOLO - Pemkot Surakarta mendaftarkan dua ribu pekerja rentan ke BPJS Ketenagakerjaan "
        "tahun ini.",
        {("participants", "vulnerable", "2000", "Kota Surakarta")},
    ),
    # 109 uncovered count with 'belum menjadi peserta'
    (
        "KUPANG - Di Kota Kupang, 98.400 pekerja sudah menjadi peserta BPJS Ketenagakerjaan, "
        "sementara 76.500 lainnya belum menjadi peserta.",
        {("participants", "total", "98400", "Kota Kupang")},
    ),
    # 110 Paritrana: national placement of a province, 'peringkat ketiga'
    (
        "PALU - Provinsi Sulawesi Tengah meraih peringkat ketiga Paritrana Award 2024 tingkat "
        "nasional kategori pemerintah provinsi.",
        {("award_rank", "other", "3", "Sulawesi Tengah")},
    ),
    # 111 growth in count distractor 'bertambah'
    (
        "JAMBI - Peserta BPJS Ketenagakerjaan di Kabupaten Muaro Jambi bertambah 4.300 orang "
        "menjadi 52.800 orang.",
        {("participants", "total", "52800", "Kabupaten Muaro Jambi")},
    ),
    # 112 percent then 'dari angkatan kerja sebanyak'
    (
        "KEBUMEN - Cakupan kepesertaan di Kabupaten Kebumen 24,8 persen dari angkatan kerja "
        "sebanyak 640.000 orang.",
        {
            ("coverage_pct", "total", "24.8", "Kabupaten Kebumen"),
            ("workforce", "total", "640000", "Kabupaten Kebumen"),
        },
    ),
    # 113 PMI with 'PMI' abbreviation
    (
        "INDRAMAYU - Peserta PMI asal Kabupaten Indramayu yang terlindungi BPJS Ketenagakerjaan "
        "sebanyak 18.300 orang.",
        {("participants", "migrant", "18300", "Kabupaten Indramayu")},
    ),
    # 114 'sebesar ... persen' coverage of informal with 'BPU'
    (
        "BULELENG - Cakupan peserta BPU di Kabupaten Buleleng sebesar 14,6 persen.",
        {("coverage_pct", "informal", "14.6", "Kabupaten Buleleng")},
    ),
    # 115 APBD budget 'juta'
    (
        "BIMA - Pemkot Bima mengalokasikan Rp 750 juta untuk iuran BPJS Ketenagakerjaan 3.700 "
        "pekerja rentan.",
        {
            ("budget_idr", "vulnerable", "750000000", "Kota Bima"),
            ("participants", "vulnerable", "3700", "Kota Bima"),
        },
    ),
    # 116 list with parentheses
    (
        "BANJARMASIN - Cakupan BPJS Ketenagakerjaan kabupaten/kota di Kalsel antara lain Kota "
        "Banjarmasin (58,4 persen), Kabupaten Tanah Laut (44,1 persen) dan Kabupaten Balangan "
        "(39,7 persen).",
        {
            ("coverage_pct", "total", "58.4", "Kota Banjarmasin"),
            ("coverage_pct", "total", "44.1", "Kabupaten Tanah Laut"),
            ("coverage_pct", "total", "39.7", "Kabupaten Balangan"),
        },
    ),
    # 117 ribu with decimals and 'jiwa'
    (
        "MAKASSAR - Peserta aktif BPJS Ketenagakerjaan di Kota Makassar mencapai 673,46 ribu "
        "jiwa per Januari 2025.",
        {("participants", "total", "673460", "Kota Makassar")},
    ),
    # 118 regency article quoting province after 'sementara di tingkat provinsi'
    (
        "WATAMPONE - Cakupan BPJS Ketenagakerjaan di Kabupaten Bone 29,3 persen. Sementara di "
        "tingkat Provinsi Sulawesi Selatan, cakupan mencapai 41,2 persen.",
        {
            ("coverage_pct", "total", "29.3", "Kabupaten Bone"),
            ("coverage_pct", "total", "41.2", "Sulawesi Selatan"),
        },
    ),
    # 119 'Kabupaten' with 'Kab.' abbreviation and 'peserta' after
    (
        "Kab. Sumedang mencatat 112.600 peserta BPJS Ketenagakerjaan hingga akhir 2024.",
        {("participants", "total", "112600", "Kabupaten Sumedang")},
    ),
    # 120 potensi peserta after participants, percent computed
    (
        "TARAKAN - Jumlah peserta BPJS Ketenagakerjaan di Kota Tarakan sebanyak 58.900 orang dari "
        "potensi peserta 97.400 orang, atau 60,47 persen.",
        {
            ("participants", "total", "58900", "Kota Tarakan"),
            ("workforce", "total", "97400", "Kota Tarakan"),
            ("coverage_pct", "total", "60.47", "Kota Tarakan"),
        },
    ),
    # 121 target with 'Inpres' and national year target 2045 distractor? (labelled: national target)
    (
        "JAKARTA - Sesuai RPJMN, pemerintah menargetkan cakupan jaminan sosial ketenagakerjaan "
        "nasional mencapai 80 persen pada 2029. Saat ini cakupan nasional 41,6 persen.",
        {
            ("target_pct", "total", "80", "Indonesia"),
            ("coverage_pct", "total", "41.6", "Indonesia"),
        },
    ),
    # 122 vulnerable count 'warga kurang mampu'
    (
        "GARUT - Pemkab Garut mendaftarkan 10.500 warga kurang mampu sebagai peserta BPJS "
        "Ketenagakerjaan yang iurannya ditanggung APBD.",
        {("participants", "vulnerable", "10500", "Kabupaten Garut")},
    ),
    # 123 premium per person in English-separated thousands distractor
    (
        "BANDUNG - Kota Bandung menanggung iuran Rp 16,800 per pekerja per bulan bagi 12.000 "
        "pekerja rentan peserta BPJS Ketenagakerjaan.",
        {("participants", "vulnerable", "12000", "Kota Bandung")},
    ),
    # 124 'persen' coverage as subject: 'Sebanyak 46,44 persen pekerja'
    (
        "PALANGKA RAYA - Sebanyak 46,44 persen pekerja di Kota Palangka Raya telah terlindungi "
        "BPJS Ketenagakerjaan.",
        {("coverage_pct", "total", "46.44", "Kota Palangkaraya")},
    ),
    # 125 Papua Barat regency, 'kampung' staff
    (
        "MANOKWARI - Pemkab Manokwari mendaftarkan 1.850 aparat kampung sebagai peserta BPJS "
        "Ketenagakerjaan.",
        {("participants", "other", "1850", "Kabupaten Manokwari")},
    ),
    # 126 Paritrana with 'Juara I'
    (
        "MAKASSAR - Kota Makassar meraih Juara I Paritrana Award tingkat Provinsi Sulsel 2024.",
        {("award_rank", "other", "1", "Kota Makassar")},
    ),
    # 127 informal target pct
    (
        "DENPASAR - Pemprov Bali menargetkan cakupan pekerja informal mencapai 30 persen pada 2026.",
        {("target_pct", "informal", "30", "Bali")},
    ),
    # 128 workforce 'penduduk bekerja' from BPS
    (
        "SERANG - Berdasarkan data BPS, jumlah penduduk bekerja di Kota Serang 322.000 orang, "
        "dan yang menjadi peserta BPJS Ketenagakerjaan 141.700 orang.",
        {
            ("workforce", "total", "322000", "Kota Serang"),
            ("participants", "total", "141700", "Kota Serang"),
        },
    ),
    # 129 construction percent of projects distractor; participants construction
    (
        "MATARAM - Sebanyak 1.420 proyek jasa konstruksi di NTB mendaftarkan 38.700 pekerjanya ke "
        "BPJS Ketenagakerjaan.",
        {("participants", "construction", "38700", "Nusa Tenggara Barat")},
    ),
    # 130 Sumbar regency with 'nagari' staff and province in same sentence
    (
        "PADANG - Di Sumbar, Kabupaten Agam mendaftarkan 2.400 perangkat nagari, terbanyak di "
        "antara kabupaten lain.",
        {("participants", "other", "2400", "Kabupaten Agam")},
    ),
    # 131 Kanwil covering several provinces, then a province figure
    (
        "BALIKPAPAN - Kanwil BPJS Ketenagakerjaan Kalimantan mencatat cakupan di Kalimantan "
        "Selatan 38,4 persen dan di Kalimantan Tengah 33,9 persen.",
        {
            ("coverage_pct", "total", "38.4", "Kalimantan Selatan"),
            ("coverage_pct", "total", "33.9", "Kalimantan Tengah"),
        },
    ),
    # 132 'sebanyak N orang atau X persen dari total pekerja'
    (
        "SUMENEP - Sebanyak 96.400 orang atau 17,8 persen dari total pekerja di Kabupaten Sumenep "
        "sudah terlindungi BPJS Ketenagakerjaan.",
        {
            ("participants", "total", "96400", "Kabupaten Sumenep"),
            ("coverage_pct", "total", "17.8", "Kabupaten Sumenep"),
        },
    ),
    # 133 'Capaian UCJ' abbreviation
    (
        "PROBOLINGGO - Capaian UCJ Kota Probolinggo hingga Desember 2024 sebesar 49,31 persen.",
        {("coverage_pct", "total", "49.31", "Kota Probolinggo")},
    ),
    # 134 regency figure then 'sementara rata-rata Jateng'
    (
        "BREBES - Cakupan BPJS Ketenagakerjaan di Kabupaten Brebes baru 19,6 persen, sementara "
        "rata-rata Jateng 39,8 persen.",
        {
            ("coverage_pct", "total", "19.6", "Kabupaten Brebes"),
            ("coverage_pct", "total", "39.8", "Jawa Tengah"),
        },
    ),
    # 135 growth in percent points distractor
    (
        "KARANGASEM - Cakupan kepesertaan di Kabupaten Karangasem naik 4,2 persen menjadi "
        "33,5 persen.",
        {("coverage_pct", "total", "33.5", "Kabupaten Karangasem")},
    ),
    # 136 'juta' count of vulnerable paid by Pemprov, 'Pemprov DKI'
    (
        "JAKARTA - Pemprov DKI Jakarta menanggung iuran BPJS Ketenagakerjaan bagi 1,2 juta "
        "pekerja rentan sepanjang 2025.",
        {("participants", "vulnerable", "1200000", "DKI Jakarta")},
    ),
    # 137 Kota with 'Pemkot' and rank 'peringkat kedua se-Jatim'
    (
        "MALANG - Cakupan kepesertaan BPJS Ketenagakerjaan Kota Malang 61,4 persen, menempati "
        "peringkat kedua se-Jatim.",
        {
            ("coverage_pct", "total", "61.4", "Kota Malang"),
            ("award_rank", "other", "2", "Kota Malang"),
        },
    ),
    # 138 PMI count nationally with 'Kemnaker' + province
    (
        "KUPANG - Secara nasional peserta PMI BPJS Ketenagakerjaan sebanyak 430.000 orang. Dari "
        "jumlah itu, 9.100 berasal dari NTT.",
        {
            ("participants", "migrant", "430000", "Indonesia"),
            ("participants", "migrant", "9100", "Nusa Tenggara Timur"),
        },
    ),
    # 139 'lebih dari' lower bound
    (
        "BEKASI - Lebih dari 1,3 juta pekerja di Kota Bekasi sudah terdaftar sebagai peserta "
        "BPJS Ketenagakerjaan.",
        {("participants", "total", "1300000", "Kota Bekasi")},
    ),
    # 140 TPT / unemployment distractor
    (
        "CILEGON - Tingkat pengangguran terbuka di Kota Cilegon 7,5 persen. Cakupan BPJS "
        "Ketenagakerjaan di kota itu mencapai 66,2 persen.",
        {("coverage_pct", "total", "66.2", "Kota Cilegon")},
    ),
    # 141 target 'ditargetkan' with 'tahun depan'
    (
        "GORONTALO - Cakupan kepesertaan di Kabupaten Bone Bolango ditargetkan 45 persen tahun "
        "depan, dari 36,1 persen saat ini.",
        {
            ("target_pct", "total", "45", "Kabupaten Bone Bolango"),
            ("coverage_pct", "total", "36.1", "Kabupaten Bone Bolango"),
        },
    ),
    # 142 participants of informal with 'pekerja mandiri'
    (
        "BANYUMAS - Peserta bukan penerima upah (BPU) di Kabupaten Banyumas sebanyak 31.250 orang, "
        "didominasi petani dan pedagang.",
        {("participants", "informal", "31250", "Kabupaten Banyumas")},
    ),
    # 143 budget of province with 'Rp 4 miliar' planned
    (
        "PALU - Pemprov Sulteng merencanakan anggaran Rp 4 miliar pada APBD 2026 untuk iuran "
        "BPJS Ketenagakerjaan pekerja rentan.",
        {("budget_idr", "vulnerable", "4000000000", "Sulawesi Tengah")},
    ),
    # 144 'di antaranya' part after whole with group
    (
        "JEMBER - Peserta BPJS Ketenagakerjaan di Kabupaten Jember 214.600 orang, di antaranya "
        "48.300 pekerja bukan penerima upah.",
        {
            ("participants", "total", "214600", "Kabupaten Jember"),
            ("participants", "informal", "48300", "Kabupaten Jember"),
        },
    ),
    # 145 city article, dateline of another city
    (
        "JAKARTA - Pemkot Padang Panjang mencatat cakupan BPJS Ketenagakerjaan 57,9 persen.",
        {("coverage_pct", "total", "57.9", "Kota Padang Panjang")},
    ),
    # 146 ordinal standing qualified by the superlative
    (
        "INDRALAYA - Kepesertaan BPJS Ketenagakerjaan terus didorong. Kabupaten Ogan Ilir "
        "menempati peringkat ke-5 cakupan tertinggi di Sumsel dengan 36,9 persen.",
        {
            ("coverage_pct", "total", "36.9", "Kabupaten Ogan Ilir"),
            ("award_rank", "other", "5", "Kabupaten Ogan Ilir"),
        },
    ),
    # 147 province with alias in brackets, then a city
    (
        "TANJUNGPINANG - Kepesertaan BPJS Ketenagakerjaan terus didorong. Cakupan di Provinsi "
        "Kepulauan Riau (Kepri) mencapai 68,1 persen, sedangkan Kota Tanjungpinang 59,4 persen.",
        {
            ("coverage_pct", "total", "68.1", "Kepulauan Riau"),
            ("coverage_pct", "total", "59.4", "Kota Tanjung Pinang"),
        },
    ),
    # 148 segment list with abbreviations after a dated total
    (
        "KENDARI - Berdasarkan data BPJS Ketenagakerjaan, kepesertaan di Sultra per Januari 2025 "
        "sebanyak 312.450 pekerja, terdiri dari PU 201.300, BPU 88.150 dan Jakon 23.000.",
        {
            ("participants", "total", "312450", "Sulawesi Tenggara"),
            ("participants", "formal", "201300", "Sulawesi Tenggara"),
            ("participants", "informal", "88150", "Sulawesi Tenggara"),
            ("participants", "construction", "23000", "Sulawesi Tenggara"),
        },
    ),
]
