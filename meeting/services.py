"""Writes of the Inpres follow-up: the spreadsheet import, all rows or none."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from regions.models import BudgetAllocation, Region
from regions.scoping import EDIT, in_scope

from . import intake
from .models import InpresItem

KEY_FIELDS = ("region", "kind", "group", "as_of")


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0  # an existing row whose every value is already as given
    unverified: int = 0  # saved without a complete source: not public
    errors: list[intake.RowError] = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


def import_inpres(
    name: str, content: bytes, *, user, dry_run: bool = False, unrestricted: bool = False
) -> ImportResult:
    """Read, check and write every row in one transaction: with any error
    (or a dry run) nothing is written. A row for an existing step and date
    of the region updates it. Each row must lie in the user's editing scope
    (``unrestricted``: the seed command, which has no user)."""
    result = ImportResult(dry_run=dry_run)
    try:
        cells = intake.read_table(name, content)
    except (UnicodeDecodeError, ValueError, OSError, KeyError) as error:
        result.errors.append(
            intake.RowError(0, "", f"Berkas tidak terbaca sebagai CSV (UTF-8) atau XLSX: {error}")
        )
        return result
    rows, result.errors = intake.parse_rows(cells)
    codes = {row.region_code for row in rows}
    regions = Region.objects.in_bulk(list(codes), field_name="code")
    budgets = {}
    for budget in BudgetAllocation.objects.filter(region__code__in=codes).select_related("region"):
        budgets.setdefault((budget.region.code, budget.year), []).append(budget)

    with transaction.atomic():
        for row in rows:
            region = regions.get(row.region_code)
            if region is None:
                result.errors.append(
                    intake.RowError(
                        row.row, "kode_wilayah", f"Kode wilayah “{row.region_code}” tidak ada."
                    )
                )
                continue
            if not unrestricted and not in_scope(user, region.pk, EDIT):
                result.errors.append(
                    intake.RowError(
                        row.row, "kode_wilayah", f"{region} di luar wilayah yang boleh Anda ubah."
                    )
                )
                continue
            values = dict(row.values)
            if row.budget_year is not None:
                found = budgets.get((region.code, row.budget_year), [])
                if len(found) != 1:
                    result.errors.append(
                        intake.RowError(
                            row.row,
                            "anggaran_tahun",
                            f"{len(found)} anggaran {region} tahun {row.budget_year} tercatat; "
                            "harus tepat satu untuk ditautkan.",
                        )
                    )
                    continue
                values["budget"] = found[0]
            key = {"region": region, **{k: values.pop(k) for k in KEY_FIELDS[1:]}}
            item = InpresItem.objects.filter(**key).first() or InpresItem(**key)
            created = item.pk is None
            changed = created or any(getattr(item, k) != v for k, v in values.items())
            for name_, value in values.items():
                setattr(item, name_, value)
            if created and user is not None:
                item.entered_by = user
            try:
                item.full_clean(validate_unique=False)
            except ValidationError as error:
                for field_name, messages in error.message_dict.items():
                    for message in messages:
                        result.errors.append(intake.RowError(row.row, field_name, message))
                continue
            if not changed:
                result.unchanged += 1
                result.unverified += item.status != "published"
                continue
            item._history_user = user
            item.save()
            result.created += created
            result.updated += not created
            result.unverified += item.status != "published"
        if result.errors or dry_run:
            transaction.set_rollback(True)
    return result
