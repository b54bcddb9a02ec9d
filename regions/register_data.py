"""Hand-kept data of the region register: the BPJS Ketenagakerjaan Kanwil and
the provinces each covers, display-name overrides, and curated aliases.

Plain Python, no Django. The Kemendagri codes and official names themselves
come from the npm package idn-area-data (see regions/register.py and
fixtures/README.md); what is here comes from the project's domain notes
(/work/shared/domain.md §5.1 for the Kanwil, §6 for the codes).
"""

CONFIRMED = "confirmed"
INFERRED = "inferred"


# --- Kanwil (domain.md §5.1) ------------------------------------------------
#
# Each entry: (slug, name, seat, ((province code, basis), ...)).
# Basis follows the [C]/[I] marks of the domain notes' table exactly:
#   * Sumbagsel: Sumsel (16) is confirmed; Jambi, Bengkulu, Lampung and Babel
#     are assigned by elimination, so inferred.
#   * DKI Jakarta, Banten, Jawa Timur: inferred from the office's name.
#   * Banuspa: the name (Bali, Nusa Tenggara, Papua) is confirmed, the list of
#     provinces is not, so every province is inferred.
# A seat is filled only where the domain notes name one; the others are left
# blank rather than guessed.
KANWIL = (
    (
        "sumbagut",
        "Kanwil Sumatera Bagian Utara",
        "Medan",
        (("11", CONFIRMED), ("12", CONFIRMED)),
    ),
    (
        "sumbarriau",
        "Kanwil Sumatera Barat dan Riau",
        "Pekanbaru",
        (("13", CONFIRMED), ("14", CONFIRMED), ("21", CONFIRMED)),
    ),
    (
        "sumbagsel",
        "Kanwil Sumatera Bagian Selatan",
        "Palembang",
        (
            ("15", INFERRED),
            ("16", CONFIRMED),
            ("17", INFERRED),
            ("18", INFERRED),
            ("19", INFERRED),
        ),
    ),
    ("dki-jakarta", "Kanwil DKI Jakarta", "", (("31", INFERRED),)),
    ("jawa-barat", "Kanwil Jawa Barat", "", (("32", CONFIRMED),)),
    (
        "jateng-diy",
        "Kanwil Jawa Tengah dan DI Yogyakarta",
        "Semarang",
        (("33", CONFIRMED), ("34", CONFIRMED)),
    ),
    ("jawa-timur", "Kanwil Jawa Timur", "", (("35", INFERRED),)),
    ("banten", "Kanwil Banten", "", (("36", INFERRED),)),
    (
        "kalimantan",
        "Kanwil Kalimantan",
        "",
        (
            ("61", CONFIRMED),
            ("62", CONFIRMED),
            ("63", CONFIRMED),
            ("64", CONFIRMED),
            ("65", CONFIRMED),
        ),
    ),
    (
        "sulama",
        "Kanwil Sulawesi Maluku",
        "Makassar",
        (
            ("71", CONFIRMED),
            ("72", CONFIRMED),
            ("73", CONFIRMED),
            ("74", CONFIRMED),
            ("75", CONFIRMED),
            ("76", CONFIRMED),
            ("81", CONFIRMED),
            ("82", CONFIRMED),
        ),
    ),
    (
        "banuspa",
        "Kanwil Bali, Nusa Tenggara, dan Papua",
        "Denpasar",
        (
            ("51", INFERRED),
            ("52", INFERRED),
            ("53", INFERRED),
            ("91", INFERRED),
            ("92", INFERRED),
            ("93", INFERRED),
            ("94", INFERRED),
            ("95", INFERRED),
            ("96", INFERRED),
        ),
    ),
)


# --- Display names ------------------------------------------------------------
#
# idn-area-data spells two provinces in full; the dashboard (and domain.md
# §6.1) uses the short forms everyone reads in the news. The package's long
# form is kept as an alias, so a search for it still finds the province.
DISPLAY_NAMES = {
    "Daerah Khusus Ibukota Jakarta": "DKI Jakarta",
    "Daerah Istimewa Yogyakarta": "DI Yogyakarta",
}


# --- Curated aliases ------------------------------------------------------------
#
# code -> (official display name the code must have, aliases). The name is a
# guard: the build fails if a code no longer names the expected region, so a
# typo in a code cannot silently attach "Sulsel" to the wrong province.
#
# On top of these, regions/register.py generates for every kabupaten "Kab. X"
# and the bare name "X", and for every kota the bare name "X" (plus "Kota X" /
# "Kabupaten X" for DKI Jakarta's "Kota/Kabupaten Administrasi ..." units).
# A generated bare name is left out when it is ambiguous: when two regions
# share it, when it is some region's official name, or when a curated alias
# below claims it for another region. The ones left out for the data of
# idn-area-data 4.0.1 are listed in AMBIGUOUS_BARE_NAMES (a test keeps that
# list in step with the code), for example:
#   * "Bengkulu", "Jambi", "Gorontalo": a province's name, so Kota Bengkulu,
#     Kota Jambi, Kabupaten/Kota Gorontalo get no bare alias;
#   * "Banjar": Kabupaten Banjar (Kalsel, 63.03) vs Kota Banjar (Jabar, 32.79);
#   * "Bogor", "Bandung", "Malang", "Kupang", ...: a kabupaten and a kota;
#   * "Yogyakarta": curated for the province (34), so Kota Yogyakarta (34.71)
#     gets no bare alias.
# "Jogja"/"Jogjakarta" are not aliases at all: the news uses them for both the
# province and the city.
#
# Nicknames the press writes instead of the name ("Kota Delta" for Sidoarjo,
# "Bumi Anoa" for Sulawesi Tenggara) are aliases too, only those that name one
# region (see fixtures/README.md). One starting with a level word is read only
# whole and capitalised by the extractor ("Kota Delta", never the bare "Delta").
CURATED_ALIASES = {
    # Provinces
    "11": ("Aceh", ("NAD", "Nanggroe Aceh Darussalam", "Serambi Mekkah", "Tanah Rencong")),
    "12": ("Sumatera Utara", ("Sumut",)),
    "13": ("Sumatera Barat", ("Sumbar", "Ranah Minang")),
    "14": ("Riau", ("Bumi Lancang Kuning",)),
    "16": ("Sumatera Selatan", ("Sumsel",)),
    "19": ("Kepulauan Bangka Belitung", ("Babel", "Bangka Belitung", "Kep. Bangka Belitung")),
    "21": ("Kepulauan Riau", ("Kepri", "Kep. Riau")),
    "31": ("DKI Jakarta", ("DKI", "Jakarta", "Daerah Khusus Jakarta")),
    "32": ("Jawa Barat", ("Jabar",)),
    "33": ("Jawa Tengah", ("Jateng",)),
    "34": ("DI Yogyakarta", ("DIY", "Yogyakarta")),
    "35": ("Jawa Timur", ("Jatim",)),
    "51": ("Bali", ("Pulau Dewata",)),
    "52": ("Nusa Tenggara Barat", ("NTB",)),
    "53": ("Nusa Tenggara Timur", ("NTT",)),
    "61": ("Kalimantan Barat", ("Kalbar",)),
    "62": ("Kalimantan Tengah", ("Kalteng",)),
    "63": ("Kalimantan Selatan", ("Kalsel",)),
    "64": ("Kalimantan Timur", ("Kaltim",)),
    "65": ("Kalimantan Utara", ("Kaltara",)),
    "71": ("Sulawesi Utara", ("Sulut",)),
    "72": ("Sulawesi Tengah", ("Sulteng",)),
    "73": ("Sulawesi Selatan", ("Sulsel",)),
    "74": ("Sulawesi Tenggara", ("Sultra", "Bumi Anoa")),
    "76": ("Sulawesi Barat", ("Sulbar",)),
    "82": ("Maluku Utara", ("Malut",)),
    "92": ("Papua Barat", ("Pabar",)),
    "93": ("Papua Selatan", ("Papsel",)),
    "94": ("Papua Tengah", ("Papteng",)),
    "95": ("Papua Pegunungan", ("Papeg",)),
    "96": ("Papua Barat Daya", ("PBD",)),
    # Aceh
    "11.02": ("Kabupaten Aceh Tenggara", ("Agara",)),
    "11.10": ("Kabupaten Aceh Singkil", ("Singkil",)),
    "11.12": ("Kabupaten Aceh Barat Daya", ("Abdya",)),
    "11.13": ("Kabupaten Gayo Lues", ("Galus",)),
    "11.18": ("Kabupaten Pidie Jaya", ("Pijay",)),
    # Sumatera Utara. The extractor reads the bare "Batubara" and "Toba" only
    # after a level word (articles/extraction/regions.py, _BARE_STOPLIST).
    "12.01": ("Kabupaten Tapanuli Tengah", ("Tapteng",)),
    "12.02": ("Kabupaten Tapanuli Utara", ("Taput",)),
    "12.03": ("Kabupaten Tapanuli Selatan", ("Tapsel",)),
    "12.06": ("Kabupaten Karo", ("Tanah Karo",)),
    "12.07": ("Kabupaten Deli Serdang", ("Deliserdang",)),
    "12.10": ("Kabupaten Labuhanbatu", ("Labuhan Batu",)),
    # Toba Samosir was renamed Toba in 2020; the press still writes Tobasa.
    "12.12": ("Kabupaten Toba", ("Toba Samosir", "Tobasa")),
    "12.13": ("Kabupaten Mandailing Natal", ("Madina",)),
    "12.14": ("Kabupaten Nias Selatan", ("Nisel",)),
    "12.15": ("Kabupaten Pakpak Bharat", ("Pakpak", "Pak Pak Bharat")),
    "12.16": ("Kabupaten Humbang Hasundutan", ("Humbahas",)),
    "12.18": ("Kabupaten Serdang Bedagai", ("Sergai",)),
    "12.19": ("Kabupaten Batu Bara", ("Batubara",)),
    "12.20": ("Kabupaten Padang Lawas Utara", ("Paluta",)),
    "12.21": ("Kabupaten Padang Lawas", ("Palas",)),
    "12.22": ("Kabupaten Labuhanbatu Selatan", ("Labuhan Batu Selatan", "Labusel")),
    "12.23": ("Kabupaten Labuhanbatu Utara", ("Labuhan Batu Utara", "Labura")),
    "12.72": ("Kota Pematangsiantar", ("Pematang Siantar", "Siantar")),
    "12.74": ("Kota Tanjungbalai", ("Tanjung Balai",)),
    "12.76": ("Kota Tebing Tinggi", ("Tebingtinggi",)),
    "12.77": ("Kota Padangsidimpuan", ("Padang Sidempuan", "Padang Sidimpuan", "Padangsidempuan")),
    "12.78": ("Kota Gunungsitoli", ("Gunung Sitoli",)),
    # Sumatera Barat, Riau, Jambi (short forms the regencies and the press use)
    "13.01": ("Kabupaten Pesisir Selatan", ("Pessel",)),
    "13.05": ("Kabupaten Padang Pariaman", ("Padangpariaman",)),
    "13.07": ("Kabupaten Lima Puluh Kota", ("Limapuluh Kota",)),
    "13.09": ("Kabupaten Kepulauan Mentawai", ("Kep. Mentawai", "Mentawai")),
    "13.11": ("Kabupaten Solok Selatan", ("Solsel",)),
    "13.12": ("Kabupaten Pasaman Barat", ("Pasbar",)),
    "13.74": ("Kota Padang Panjang", ("Padangpanjang",)),
    "13.75": ("Kota Bukittinggi", ("Bukit Tinggi",)),
    "14.02": ("Kabupaten Indragiri Hulu", ("Inhu",)),
    "14.04": ("Kabupaten Indragiri Hilir", ("Inhil",)),
    "14.06": ("Kabupaten Rokan Hulu", ("Rohul",)),
    "14.07": ("Kabupaten Rokan Hilir", ("Rohil",)),
    "14.09": ("Kabupaten Kuantan Singingi", ("Kuansing",)),
    "14.10": ("Kabupaten Kepulauan Meranti", ("Kep. Meranti", "Meranti")),
    "14.71": ("Kota Pekanbaru", ("Kota Bertuah",)),
    "15.04": ("Kabupaten Batanghari", ("Batang Hari",)),
    "15.05": ("Kabupaten Muaro Jambi", ("Muarojambi",)),
    "15.06": (
        "Kabupaten Tanjung Jabung Barat",
        ("Tanjab Barat", "Tanjabbar", "Tanjungjabung Barat"),
    ),
    "15.07": (
        "Kabupaten Tanjung Jabung Timur",
        ("Tanjab Timur", "Tanjabtim", "Tanjungjabung Timur"),
    ),
    "15.72": ("Kota Sungai Penuh", ("Sungaipenuh",)),
    # Sumatera Selatan. "Mura" is left out: the press uses it for Musi Rawas
    # (16.05) and for Murung Raya (62.12) alike.
    "16.01": ("Kabupaten Ogan Komering Ulu", ("OKU",)),
    "16.02": ("Kabupaten Ogan Komering Ilir", ("OKI",)),
    "16.03": ("Kabupaten Muara Enim", ("Muaraenim",)),
    "16.06": ("Kabupaten Musi Banyuasin", ("Muba",)),
    "16.08": ("Kabupaten Ogan Komering Ulu Timur", ("OKU Timur", "OKUT")),
    "16.09": ("Kabupaten Ogan Komering Ulu Selatan", ("OKU Selatan", "OKUS")),
    "16.12": ("Kabupaten Penukal Abab Lematang Ilir", ("PALI",)),
    "16.13": ("Kabupaten Musi Rawas Utara", ("Muratara",)),
    "16.72": ("Kota Pagar Alam", ("Pagaralam",)),
    "16.73": ("Kota Lubuk Linggau", ("Lubuklinggau",)),
    # Bengkulu ("Benteng", the word for fort, only after a level word)
    "17.06": ("Kabupaten Mukomuko", ("Muko-Muko",)),
    "17.09": ("Kabupaten Bengkulu Tengah", ("Benteng",)),
    # Lampung
    "18.01": ("Kabupaten Lampung Selatan", ("Lamsel",)),
    "18.02": ("Kabupaten Lampung Tengah", ("Lamteng",)),
    "18.03": ("Kabupaten Lampung Utara", ("Lampura",)),
    "18.04": ("Kabupaten Lampung Barat", ("Lambar",)),
    "18.05": ("Kabupaten Tulang Bawang", ("Tuba", "Tulangbawang")),
    "18.07": ("Kabupaten Lampung Timur", ("Lamtim",)),
    "18.08": ("Kabupaten Way Kanan", ("Waykanan",)),
    "18.12": ("Kabupaten Tulang Bawang Barat", ("Tubaba", "Tulangbawang Barat")),
    "18.13": ("Kabupaten Pesisir Barat", ("Pesibar",)),
    "18.71": ("Kota Bandar Lampung", ("Bandarlampung",)),
    # Bangka Belitung, Kepulauan Riau
    "19.03": ("Kabupaten Bangka Selatan", ("Basel",)),
    "19.04": ("Kabupaten Bangka Tengah", ("Bateng",)),
    "19.05": ("Kabupaten Bangka Barat", ("Babar",)),
    "19.06": ("Kabupaten Belitung Timur", ("Beltim",)),
    "19.71": ("Kota Pangkal Pinang", ("Pangkalpinang",)),
    "21.05": ("Kabupaten Kepulauan Anambas", ("Anambas", "Kep. Anambas")),
    "21.72": ("Kota Tanjung Pinang", ("Tanjungpinang",)),
    # DKI Jakarta
    "31.01": ("Kabupaten Administrasi Kepulauan Seribu", ("Kep. Seribu",)),
    "31.71": ("Kota Administrasi Jakarta Pusat", ("Jakpus",)),
    "31.72": ("Kota Administrasi Jakarta Utara", ("Jakut",)),
    "31.73": ("Kota Administrasi Jakarta Barat", ("Jakbar",)),
    "31.74": ("Kota Administrasi Jakarta Selatan", ("Jaksel",)),
    "31.75": ("Kota Administrasi Jakarta Timur", ("Jaktim",)),
    "32.17": ("Kabupaten Bandung Barat", ("KBB",)),
    "32.71": ("Kota Bogor", ("Kota Hujan",)),
    "32.73": ("Kota Bandung", ("Kota Kembang",)),
    # Jawa Tengah, DI Yogyakarta, Jawa Timur, Banten
    "33.19": ("Kabupaten Kudus", ("Kota Kretek",)),
    "33.72": ("Kota Surakarta", ("Solo",)),
    "34.01": ("Kabupaten Kulon Progo", ("Kulonprogo",)),
    "34.03": ("Kabupaten Gunungkidul", ("Gunung Kidul",)),
    "34.04": ("Kabupaten Sleman", ("Bumi Sembada",)),
    "35.02": ("Kabupaten Ponorogo", ("Kota Reog",)),
    "35.15": ("Kabupaten Sidoarjo", ("Kota Delta",)),
    "35.78": ("Kota Surabaya", ("Kota Pahlawan",)),
    "36.72": ("Kota Cilegon", ("Kota Baja",)),
    "36.74": ("Kota Tangerang Selatan", ("Tangsel",)),
    # Nusa Tenggara
    "52.01": ("Kabupaten Lombok Barat", ("Lobar",)),
    "52.02": ("Kabupaten Lombok Tengah", ("Loteng",)),
    "52.03": ("Kabupaten Lombok Timur", ("Lotim",)),
    "52.07": ("Kabupaten Sumbawa Barat", ("KSB",)),
    "52.08": ("Kabupaten Lombok Utara", ("KLU",)),
    "53.02": ("Kabupaten Timor Tengah Selatan", ("TTS",)),
    "53.03": ("Kabupaten Timor Tengah Utara", ("TTU",)),
    "53.06": ("Kabupaten Flores Timur", ("Flotim",)),
    "53.14": ("Kabupaten Rote Ndao", ("Rote",)),
    "53.15": ("Kabupaten Manggarai Barat", ("Mabar",)),
    "53.18": ("Kabupaten Sumba Barat Daya", ("SBD",)),
    "53.19": ("Kabupaten Manggarai Timur", ("Matim",)),
    # Kalimantan
    "61.11": ("Kabupaten Kayong Utara", ("KKU",)),
    "61.12": ("Kabupaten Kubu Raya", ("KKR",)),
    "61.71": ("Kota Pontianak", ("Kota Khatulistiwa",)),
    "62.01": ("Kabupaten Kotawaringin Barat", ("Kobar",)),
    "62.02": ("Kabupaten Kotawaringin Timur", ("Kotim",)),
    "62.04": ("Kabupaten Barito Selatan", ("Barsel",)),
    "62.05": ("Kabupaten Barito Utara", ("Barut",)),
    "62.10": ("Kabupaten Gunung Mas", ("Gumas",)),
    "62.11": ("Kabupaten Pulang Pisau", ("Pulpis",)),
    "62.13": ("Kabupaten Barito Timur", ("Bartim",)),
    "62.71": ("Kota Palangkaraya", ("Palangka Raya",)),
    "63.01": ("Kabupaten Tanah Laut", ("Tala",)),
    "63.04": ("Kabupaten Barito Kuala", ("Batola",)),
    "63.06": ("Kabupaten Hulu Sungai Selatan", ("HSS",)),
    "63.07": ("Kabupaten Hulu Sungai Tengah", ("HST",)),
    "63.08": ("Kabupaten Hulu Sungai Utara", ("HSU",)),
    "63.10": ("Kabupaten Tanah Bumbu", ("Tanbu",)),
    "63.71": ("Kota Banjarmasin", ("Kota Seribu Sungai",)),
    "63.72": ("Kota Banjarbaru", ("Banjar Baru",)),
    "64.02": ("Kabupaten Kutai Kartanegara", ("Kukar",)),
    "64.07": ("Kabupaten Kutai Barat", ("Kubar",)),
    "64.08": ("Kabupaten Kutai Timur", ("Kutim",)),
    "64.09": ("Kabupaten Penajam Paser Utara", ("PPU",)),
    "64.11": ("Kabupaten Mahakam Ulu", ("Mahulu",)),
    "64.71": ("Kota Balikpapan", ("Kota Minyak",)),
    "64.72": ("Kota Samarinda", ("Kota Tepian",)),
    # Sulawesi. "Mitra" (Minahasa Tenggara) names the regency only after a
    # level word ("Pemkab Mitra"): alone it is the word partner ("Mitra ojol").
    "71.01": ("Kabupaten Bolaang Mongondow", ("Bolmong",)),
    "71.03": ("Kabupaten Kepulauan Sangihe", ("Kep. Sangihe", "Sangihe")),
    "71.04": ("Kabupaten Kepulauan Talaud", ("Kep. Talaud", "Talaud")),
    "71.05": ("Kabupaten Minahasa Selatan", ("Minsel",)),
    "71.06": ("Kabupaten Minahasa Utara", ("Minut",)),
    "71.07": ("Kabupaten Minahasa Tenggara", ("Mitra",)),
    "71.08": ("Kabupaten Bolaang Mongondow Utara", ("Bolmut",)),
    "71.09": ("Kabupaten Kepulauan Siau Tagulandang Biaro", ("Kepulauan Sitaro", "Sitaro")),
    "71.10": ("Kabupaten Bolaang Mongondow Timur", ("Boltim",)),
    "71.11": ("Kabupaten Bolaang Mongondow Selatan", ("Bolsel",)),
    "72.04": ("Kabupaten Toli-Toli", ("Tolitoli",)),
    "72.07": ("Kabupaten Banggai Kepulauan", ("Bangkep",)),
    "72.08": ("Kabupaten Parigi Moutong", ("Parimo",)),
    "72.09": ("Kabupaten Tojo Una Una", ("Tojo Una-Una", "Touna")),
    "72.11": ("Kabupaten Banggai Laut", ("Balut",)),
    "72.12": ("Kabupaten Morowali Utara", ("Morut",)),
    "73.01": ("Kabupaten Kepulauan Selayar", ("Selayar", "Kab. Selayar")),
    "73.10": ("Kabupaten Pangkajene dan Kepulauan", ("Pangkep",)),
    "73.14": ("Kabupaten Sidenreng Rappang", ("Sidrap",)),
    "73.18": ("Kabupaten Tana Toraja", ("Tator",)),
    "73.22": ("Kabupaten Luwu Utara", ("Lutra",)),
    "73.24": ("Kabupaten Luwu Timur", ("Lutim",)),
    "73.26": ("Kabupaten Toraja Utara", ("Torut",)),
    "73.71": ("Kota Makassar", ("Kota Daeng", "Kota Angin Mamiri")),
    "73.72": ("Kota Parepare", ("Pare-Pare",)),
    "74.05": ("Kabupaten Konawe Selatan", ("Konsel",)),
    "74.08": ("Kabupaten Kolaka Utara", ("Kolut",)),
    "74.09": ("Kabupaten Konawe Utara", ("Konut",)),
    "74.10": ("Kabupaten Buton Utara", ("Butur",)),
    "74.11": ("Kabupaten Kolaka Timur", ("Koltim",)),
    "74.12": ("Kabupaten Konawe Kepulauan", ("Konkep",)),
    "74.13": ("Kabupaten Muna Barat", ("Mubar",)),
    "74.14": ("Kabupaten Buton Tengah", ("Buteng",)),
    "74.15": ("Kabupaten Buton Selatan", ("Busel",)),
    "74.72": ("Kota Bau Bau", ("Baubau", "Bau-Bau")),
    "75.03": ("Kabupaten Bone Bolango", ("Bonbol",)),
    "75.05": ("Kabupaten Gorontalo Utara", ("Gorut",)),
    "76.04": ("Kabupaten Polewali Mandar", ("Polman",)),
    "76.06": ("Kabupaten Mamuju Tengah", ("Mateng",)),
    # Maluku, Maluku Utara
    "81.01": ("Kabupaten Maluku Tengah", ("Malteng",)),
    "81.02": ("Kabupaten Maluku Tenggara", ("Malra",)),
    # Maluku Tenggara Barat until 2019.
    "81.03": (
        "Kabupaten Kepulauan Tanimbar",
        ("Kep. Tanimbar", "KKT", "Maluku Tenggara Barat", "Tanimbar"),
    ),
    "81.05": ("Kabupaten Seram Bagian Timur", ("SBT",)),
    "81.06": ("Kabupaten Seram Bagian Barat", ("SBB",)),
    "81.07": ("Kabupaten Kepulauan Aru", ("Aru", "Kep. Aru")),
    "81.08": ("Kabupaten Maluku Barat Daya", ("MBD",)),
    "81.09": ("Kabupaten Buru Selatan", ("Bursel",)),
    "82.01": ("Kabupaten Halmahera Barat", ("Halbar",)),
    "82.02": ("Kabupaten Halmahera Tengah", ("Halteng",)),
    "82.03": ("Kabupaten Halmahera Utara", ("Halut",)),
    "82.04": ("Kabupaten Halmahera Selatan", ("Halsel",)),
    "82.05": ("Kabupaten Kepulauan Sula", ("Kep. Sula", "Kepsul", "Sula")),
    "82.06": ("Kabupaten Halmahera Timur", ("Haltim",)),
    "82.07": ("Kabupaten Pulau Morotai", ("Morotai",)),
    "82.08": ("Kabupaten Pulau Taliabu", ("Taliabu",)),
    "82.72": ("Kota Tidore Kepulauan", ("Tidore", "Tikep")),
    # Papua and the provinces split from it
    "91.05": ("Kabupaten Kepulauan Yapen", ("Kep. Yapen", "Yapen")),
    "91.06": ("Kabupaten Biak Numfor", ("Biak",)),
    "92.03": ("Kabupaten Fak Fak", ("Fakfak",)),
    "92.06": ("Kabupaten Teluk Bintuni", ("Bintuni",)),
    "92.07": ("Kabupaten Teluk Wondama", ("Wondama",)),
    "92.11": ("Kabupaten Manokwari Selatan", ("Mansel",)),
    "92.12": ("Kabupaten Pegunungan Arfak", ("Pegaf",)),
    "95.02": ("Kabupaten Pegunungan Bintang", ("Pegubin",)),
    "95.05": ("Kabupaten Mamberamo Tengah", ("Mamteng",)),
    "96.02": ("Kabupaten Sorong Selatan", ("Sorsel",)),
}


# Generated bare names left out because they are ambiguous (see above), for
# idn-area-data 4.0.1. Informational; tests/regions/test_register.py checks
# that this is exactly what regions.register.build_aliases drops.
AMBIGUOUS_BARE_NAMES = (
    "Bandung",  # a kabupaten and a kota
    "Banjar",  # Kabupaten Banjar (Kalsel) and Kota Banjar (Jabar)
    "Bekasi",  # a kabupaten and a kota
    "Bengkulu",  # province 17 and Kota Bengkulu
    "Bima",  # a kabupaten and a kota
    "Blitar",  # a kabupaten and a kota
    "Bogor",  # a kabupaten and a kota
    "Cirebon",  # a kabupaten and a kota
    "Gorontalo",  # province 75, Kabupaten and Kota Gorontalo
    "Jambi",  # province 15 and Kota Jambi
    "Jayapura",  # a kabupaten and a kota
    "Kediri",  # a kabupaten and a kota
    "Kupang",  # a kabupaten and a kota
    "Madiun",  # a kabupaten and a kota
    "Magelang",  # a kabupaten and a kota
    "Malang",  # a kabupaten and a kota
    "Mojokerto",  # a kabupaten and a kota
    "Pasuruan",  # a kabupaten and a kota
    "Pekalongan",  # a kabupaten and a kota
    "Probolinggo",  # a kabupaten and a kota
    "Semarang",  # a kabupaten and a kota
    "Serang",  # a kabupaten and a kota
    "Solok",  # a kabupaten and a kota
    "Sorong",  # a kabupaten and a kota
    "Sukabumi",  # a kabupaten and a kota
    "Tangerang",  # a kabupaten and a kota
    "Tasikmalaya",  # a kabupaten and a kota
    "Tegal",  # a kabupaten and a kota
    "Yogyakarta",  # curated for the province (34); Kota Yogyakarta
)
