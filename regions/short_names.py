"""Short province names as Indonesian news and officials write them, for
tight spaces such as tile-map squares. Pure data."""

PROVINCE_SHORT_NAMES: dict[str, str] = {
    "11": "Aceh", "12": "Sumut", "13": "Sumbar", "14": "Riau", "15": "Jambi",
    "16": "Sumsel", "17": "Bengkulu", "18": "Lampung", "19": "Babel", "21": "Kepri",
    "31": "DKI", "32": "Jabar", "33": "Jateng", "34": "DIY", "35": "Jatim",
    "36": "Banten", "51": "Bali", "52": "NTB", "53": "NTT", "61": "Kalbar",
    "62": "Kalteng", "63": "Kalsel", "64": "Kaltim", "65": "Kaltara", "71": "Sulut",
    "72": "Sulteng", "73": "Sulsel", "74": "Sultra", "75": "Gorontalo", "76": "Sulbar",
    "81": "Maluku", "82": "Malut", "91": "Papua", "92": "P. Barat", "93": "P. Selatan",
    "94": "P. Tengah", "95": "P. Peg.", "96": "PBD",
}  # fmt: skip
