"""How long figure extraction takes on about 1 MB of article-like text.

    .venv/bin/python bench/extraction_speed.py [--size BYTES] [--repeat N]

Builds the text from the paragraphs below (written for this benchmark, with
varied numbers, places and dates), uses the full region register from
fixtures/ when it is there (else a handful of regions), and prints the best
time of a few runs (wall clock and CPU time: on a busy machine the CPU time
is the steadier number). Nothing is asserted: compare the figure with the goal of
under a second for 1 MB.
"""

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from articles.extraction import (  # noqa: E402
    RegionEntry,
    RegionIndex,
    extract_figures,
    region_index_from_fixture,
)

PARAGRAPHS = (
    "{CITY}, KABARDAERAH – Cakupan kepesertaan BPJS Ketenagakerjaan di {PROV} per {MONTH} "
    "{YEAR} baru mencapai {PCT} persen, kata Kepala Dinas Tenaga Kerja, {WEEKDAY} ({D}/{M}).",
    "Sebanyak {COUNT} pekerja bukan penerima upah di Kabupaten {REG} telah terdaftar sebagai "
    "peserta aktif, sementara {COUNT2} peserta penerima upah tercatat di sektor formal.",
    "Pemerintah daerah menyiapkan anggaran sekitar Rp{BUDGET} miliar dari APBD {YEAR} untuk "
    "membayar iuran pekerja rentan seperti nelayan dan petani.",
    "Sesuai Inpres Nomor 2 Tahun 2021, Tim 9 yang beranggotakan 7 orang menilai Paritrana "
    "Award; {PROV} meraih peringkat {RANK} di zona {ZONE}.",
    "Cakupan Jaminan Kesehatan Nasional (JKN) sudah di atas {PCT2} persen, jauh di atas "
    "cakupan jaminan sosial ketenagakerjaan.",
    "Pemprov menargetkan cakupan naik menjadi {TARGET} persen pada {NEXT}, seiring pertumbuhan "
    "ekonomi yang ditaksir {GROWTH} persen.",
    "Baca Juga: Ahli waris pekerja terima santunan Rp42 juta dari BPJS Ketenagakerjaan",
    "Berdasarkan data BPS, jumlah penduduk bekerja di {PROV} mencapai {WORKFORCE} juta orang, "
    "dengan {PCT3} persen di antaranya pekerja informal.",
)
PLACES = (
    ("MAKASSAR", "Sulawesi Selatan", "Gowa"),
    ("BANJARMASIN", "Kalimantan Selatan", "Banjar"),
    ("MATARAM", "Nusa Tenggara Barat", "Lombok Barat"),
    ("DENPASAR", "Bali", "Badung"),
    ("SURABAYA", "Jawa Timur", "Malang"),
    ("MAMUJU", "Sulawesi Barat", "Mamuju"),
)
MONTHS = ("Januari", "Maret", "Juni", "Agustus", "Oktober", "Desember")
WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Ahad")
FALLBACK_REGIONS = (
    RegionEntry("ID", "Indonesia", "nation"),
    RegionEntry("73", "Sulawesi Selatan", "province", "ID", ("Sulsel",)),
    RegionEntry("73.06", "Kabupaten Gowa", "regency", "73"),
    RegionEntry("73.71", "Kota Makassar", "city", "73"),
    RegionEntry("63", "Kalimantan Selatan", "province", "ID", ("Kalsel",)),
    RegionEntry("63.03", "Kabupaten Banjar", "regency", "63"),
    RegionEntry("52", "Nusa Tenggara Barat", "province", "ID", ("NTB",)),
    RegionEntry("51", "Bali", "province", "ID"),
    RegionEntry("35", "Jawa Timur", "province", "ID", ("Jatim",)),
    RegionEntry("76", "Sulawesi Barat", "province", "ID", ("Sulbar",)),
)


def build_text(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        city, prov, regency = rng.choice(PLACES)
        year = rng.randint(2019, 2025)
        values = {
            "CITY": city,
            "PROV": prov,
            "REG": regency,
            "MONTH": rng.choice(MONTHS),
            "YEAR": year,
            "NEXT": year + 1,
            "WEEKDAY": rng.choice(WEEKDAYS),
            "D": rng.randint(1, 28),
            "M": rng.randint(1, 12),
            "PCT": f"{rng.randint(10, 70)},{rng.randint(0, 99):02d}",
            "PCT2": rng.randint(90, 99),
            "PCT3": rng.randint(40, 80),
            "COUNT": f"{rng.randint(1, 99)}.{rng.randint(0, 999):03d}",
            "COUNT2": f"{rng.randint(1, 99)}.{rng.randint(0, 999):03d}",
            "BUDGET": rng.randint(1, 30),
            "RANK": rng.choice(("pertama", "kedua", "ketiga", "keempat")),
            "ZONE": rng.choice(("Sulawesi", "Kalimantan", "Nusa Tenggara")),
            "TARGET": rng.randint(50, 80),
            "GROWTH": f"{rng.randint(4, 6)},{rng.randint(0, 9)}",
            "WORKFORCE": f"{rng.randint(1, 9)},{rng.randint(0, 99):02d}",
        }
        paragraph = rng.choice(PARAGRAPHS).format(**values)
        parts.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(parts)


def load_index() -> tuple[RegionIndex, str]:
    regions = ROOT / "fixtures" / "regions.json"
    if regions.exists():
        index = region_index_from_fixture(regions, ROOT / "fixtures" / "region_aliases.json")
        return index, f"full register ({len(index)} regions)"
    return RegionIndex(FALLBACK_REGIONS), f"fallback register ({len(FALLBACK_REGIONS)} regions)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="text size in characters")
    parser.add_argument("--repeat", type=int, default=3, help="runs; the best is reported")
    args = parser.parse_args()

    index, register = load_index()
    text = build_text(args.size)
    times = []
    cpu_times = []
    figures = []
    for _ in range(max(1, args.repeat)):
        began, began_cpu = time.perf_counter(), time.process_time()
        figures = extract_figures(text, index)
        times.append(time.perf_counter() - began)
        cpu_times.append(time.process_time() - began_cpu)
    megabytes = len(text.encode("utf-8")) / 1_000_000
    print(f"text: {len(text):,} characters ({megabytes:.2f} MB), {register}")
    print(f"figures proposed: {len(figures):,}")
    print(
        f"extraction time: best {min(times):.3f} s, worst {max(times):.3f} s "
        f"over {len(times)} run(s) ({megabytes / min(times):.2f} MB/s); "
        f"CPU time best {min(cpu_times):.3f} s"
    )


if __name__ == "__main__":
    main()
