"""Which region a row names. One index of every region for the whole file
(two queries), and ``resolve_region``: the one place that turns a row's
``kode_wilayah``/``nama_wilayah`` into a region, or says why it cannot."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from .. import bps
from ..models import Region, RegionAlias
from .columns import Problem, gettext_noop
from .normalise import HeaderMap, RowData


def _token(text: str) -> str:
    return " ".join(str(text).split()).casefold()


class RegionIndex:
    """Every region by code, name and alias: two queries for a whole file."""

    def __init__(self):
        regions = list(Region.objects.only("pk", "code", "bps_code", "name", "level", "parent_id"))
        self.by_pk = {r.pk: r for r in regions}
        self.by_code = {r.code.casefold(): r for r in regions}
        self.by_name = {_token(r.name): r for r in regions}
        self.by_alias = {
            _token(name): self.by_pk[region_id]
            for name, region_id in RegionAlias.objects.values_list("name", "region_id")
            if region_id in self.by_pk
        }
        # BPS codes (regions/bps.py, hook of the "api" helper): a row may name
        # its region by BPS's code ("7301") instead of Kemendagri's ("73.01").
        self.by_bps = {r.bps_code: r for r in regions if r.bps_code}

    def find(self, text: str) -> Region | None:
        key = _token(text)
        if not key:
            return None
        if len(key) == 4 and key[:2].isdigit() and key[2] == "." and key[3].isdigit():
            key += "0"  # 73.1 from a numeric Excel cell is 73.10
        ref = bps.classify(key)
        if ref is not None and ref.system == bps.BPS:  # BPS code hook (regions/bps.py)
            return self.by_bps.get(ref.code)
        return self.by_code.get(key) or self.by_name.get(key) or self.by_alias.get(key)


def region_label(region: Region) -> str:
    return f"{region.name} ({region.code})"


class IndexedRegionField(forms.ModelChoiceField):
    """The form's region field, answered from the RegionIndex instead of a
    query per row."""

    def __init__(self, index: RegionIndex, **kwargs):
        self.index = index
        super().__init__(queryset=Region.objects.none(), **kwargs)

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return self.index.by_pk[int(value)]
        except (KeyError, ValueError, TypeError) as error:
            raise ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            ) from error


def _problem(row: RowData, column: str, reason: str, **params) -> None:
    row.problems.append(Problem(row.number, column, reason, params))


def _by_code(row: RowData, index: RegionIndex) -> Region | None:
    if not row.region_text:
        return None
    region = index.find(row.region_text)
    if region is None:
        _problem(
            row, "kode_wilayah",
            gettext_noop("“%(value)s” bukan kode, nama atau nama lain wilayah yang dikenal."),
            value=row.region_text,
        )  # fmt: skip
    return region


def _by_name(row: RowData, index: RegionIndex, region: Region | None) -> Region | None:
    """The name column: the region when no code is given, else a check
    that it names the same one."""
    if not row.region_name:
        return region
    named = index.find(row.region_name)
    if region is None and not row.region_text:
        if named is None:
            _problem(
                row, "nama_wilayah", gettext_noop("“%(value)s” bukan nama wilayah yang dikenal."),
                value=row.region_name,
            )  # fmt: skip
        return named
    if region is not None and named != region:
        _problem(
            row, "nama_wilayah",
            gettext_noop("“%(value)s” tidak cocok dengan kode_wilayah %(region)s."),
            value=row.region_name, region=region_label(region),
        )  # fmt: skip
    return region


def resolve_region(row: RowData, index: RegionIndex, scope, header: HeaderMap) -> None:
    """Put the region's id in the row's form data, or say what is wrong:
    unknown, not matching its name column, or outside the importer's scope
    (``scope``: the region ids the importer may edit, None for all)."""
    region = _by_name(row, index, _by_code(row, index))
    if region is None:
        row.data["region"] = ""
        row.bad_fields.add("region")
        if not (row.region_text or row.region_name):
            _problem(
                row,
                "kode_wilayah",
                gettext_noop("wilayah kosong; isi kode_wilayah atau nama_wilayah."),
            )
        return
    row.data["region"] = str(region.pk)
    if scope is not None and region.pk not in scope:
        _problem(
            row, "kode_wilayah" if "kode_wilayah" in header.present else "nama_wilayah",
            gettext_noop("%(region)s di luar wilayah yang boleh Anda ubah."),
            region=region_label(region),
        )  # fmt: skip
