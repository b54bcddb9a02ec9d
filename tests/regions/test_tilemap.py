"""The schematic tile map: one cell per province, laid out west to east."""

from regions.tilemap import TILE_LABELS, TILE_POSITIONS, tile_grid_size

PROVINCE_CODES = {
    "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
    "31", "32", "33", "34", "35", "36",
    "51", "52", "53",
    "61", "62", "63", "64", "65",
    "71", "72", "73", "74", "75", "76",
    "81", "82",
    "91", "92", "93", "94", "95", "96",
}  # fmt: skip

SUMATRA = ["11", "12", "13", "14", "15", "16", "17", "18"]
BETWEEN_SUMATRA_AND_KALIMANTAN = ["19", "21"]  # Babel, Kepri
JAVA = ["31", "32", "33", "34", "35", "36"]
NUSA_TENGGARA_AND_BALI = ["51", "52", "53"]
KALIMANTAN = ["61", "62", "63", "64", "65"]
SULAWESI = ["71", "72", "73", "74", "75", "76"]
MALUKU = ["81", "82"]
PAPUA = ["91", "92", "93", "94", "95", "96"]


def columns(codes):
    return [TILE_POSITIONS[code][0] for code in codes]


def rows(codes):
    return [TILE_POSITIONS[code][1] for code in codes]


def test_exactly_the_38_provinces():
    assert len(PROVINCE_CODES) == 38
    assert set(TILE_POSITIONS) == PROVINCE_CODES
    assert set(TILE_LABELS) == PROVINCE_CODES


def test_cells_are_unique_non_negative_int_pairs():
    cells = list(TILE_POSITIONS.values())
    assert len(set(cells)) == len(cells)
    for cell in cells:
        assert isinstance(cell, tuple) and len(cell) == 2
        for value in cell:
            assert type(value) is int and value >= 0


def test_grid_size_holds_every_tile_and_no_more():
    n_columns, n_rows = tile_grid_size()
    assert max(columns(PROVINCE_CODES)) == n_columns - 1
    assert max(rows(PROVINCE_CODES)) == n_rows - 1
    assert min(columns(PROVINCE_CODES)) == 0
    assert min(rows(PROVINCE_CODES)) == 0


def test_islands_run_west_to_east():
    assert max(columns(SUMATRA)) < min(columns(BETWEEN_SUMATRA_AND_KALIMANTAN))
    assert max(columns(BETWEEN_SUMATRA_AND_KALIMANTAN)) < min(columns(KALIMANTAN))
    assert max(columns(KALIMANTAN)) < min(columns(SULAWESI))
    assert max(columns(SULAWESI)) < min(columns(MALUKU))
    assert max(columns(MALUKU)) < min(columns(PAPUA))


def test_java_and_nusa_tenggara_lie_below_kalimantan():
    assert min(rows(JAVA)) > max(rows(KALIMANTAN))
    assert min(rows(NUSA_TENGGARA_AND_BALI)) > max(rows(KALIMANTAN + SULAWESI))
    # West to east along the bottom: Banten, Jabar, Jateng, Jatim, Bali, NTB, NTT.
    bottom = ["36", "32", "33", "35", "51", "52", "53"]
    assert columns(bottom) == sorted(columns(bottom))
    assert len(set(columns(bottom))) == len(bottom)


def _adjacent(a, b):
    (ca, ra), (cb, rb) = TILE_POSITIONS[a], TILE_POSITIONS[b]
    return a != b and max(abs(ca - cb), abs(ra - rb)) == 1


def test_known_neighbours_touch():
    for a, b in [
        ("11", "12"),  # Aceh - Sumut
        ("18", "36"),  # Lampung - Banten, across the Sunda Strait
        ("31", "32"),  # DKI - Jabar
        ("33", "34"),  # Jateng - DIY
        ("65", "64"),  # Kaltara above Kaltim
        ("75", "71"),  # Gorontalo - Sulut
        ("75", "72"),  # Gorontalo - Sulteng
        ("76", "73"),  # Sulbar - Sulsel
        ("82", "81"),  # Malut - Maluku
        ("92", "96"),  # Papua Barat - Papua Barat Daya
        ("95", "93"),  # Papua Pegunungan - Papua Selatan
    ]:
        assert _adjacent(a, b), (a, b)
    assert TILE_POSITIONS["65"][1] < TILE_POSITIONS["64"][1]  # Kaltara north of Kaltim


def test_every_tile_has_a_neighbour_and_the_map_is_one_piece():
    codes = sorted(TILE_POSITIONS)
    for code in codes:
        assert any(_adjacent(code, other) for other in codes), code
    seen, todo = {codes[0]}, [codes[0]]
    while todo:
        here = todo.pop()
        for other in codes:
            if other not in seen and _adjacent(here, other):
                seen.add(other)
                todo.append(other)
    assert seen == set(codes)


def test_labels_are_short_enough_for_a_tile():
    assert all(0 < len(label) <= 9 for label in TILE_LABELS.values())
