"""Admin forms for recorded figures: Indonesian number input, and the rules
an entry must meet, each with a message that names the field. The database
constraints back every one of these rules."""

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .choices import RecordStatus, RegionLevel, Segment, SourceKind
from .models import PERCENT_CEILING, BudgetAllocation, CoverageFigure, CoverageTarget
from .numbers import NumberError, parse_count, parse_decimal

PROVENANCE = [
    "status", "source_outlet", "source_date", "source_title", "source_url", "note", "source_kind",
]  # fmt: skip
DOCUMENT_FIELDS = ("source_outlet", "source_title", "source_url")

# PMI (migrant workers) are attributed to provinces and the nation, not to a
# regency or city; the other segments exist at every level.
SEGMENTS_NOT_AT = {Segment.MIGRANT: {RegionLevel.REGENCY, RegionLevel.CITY}}


class IndonesianDecimalField(forms.DecimalField):
    """Accepts 46,44 and 46.44 and "46,44 %"."""

    widget = forms.TextInput(attrs={"inputmode": "decimal", "size": 10})

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            number = parse_decimal(value)
        except NumberError as error:
            raise ValidationError(str(error), code="invalid") from error
        return super().to_python(str(number))


class IndonesianCountField(forms.IntegerField):
    """Accepts 1.300.000 and 1300000."""

    widget = forms.TextInput(attrs={"inputmode": "numeric", "size": 14})

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return parse_count(value)
        except NumberError as error:
            raise ValidationError(str(error), code="invalid") from error


def _not_in_future(form, field: str) -> None:
    value = form.cleaned_data.get(field)
    if value and value > timezone.localdate():
        form.add_error(field, _("Tanggal tidak boleh di masa depan."))


def _percent_plausible(form, field: str) -> None:
    """0 or more and below PERCENT_CEILING: above 100 % is what a source says
    when its denominator is an estimate; a hundred times the workforce is an error."""
    value = form.cleaned_data.get(field)
    if value is not None and not (0 <= value < PERCENT_CEILING):
        form.add_error(
            field,
            _(
                "Persentase harus 0 atau lebih dan di bawah %(ceiling)s. Di atas 100 boleh "
                "(penyebutnya perkiraan), tetapi seratus kali jumlah pekerja berarti salah "
                "ketik atau salah penyebut."
            )
            % {"ceiling": number_format(PERCENT_CEILING, 0, force_grouping=True)},
        )


def _not_negative(form, field: str) -> None:
    value = form.cleaned_data.get(field)
    if value is not None and value < 0:
        form.add_error(field, _("Tidak boleh negatif."))


UNSOURCED_MESSAGE = _(
    "Disimpan sebagai belum bersumber: tidak tampil di halaman publik dan ekspor sampai "
    "sumbernya lengkap (penerbit, judul dan URL sumber; tanggalnya bila diketahui)."
)


class ProvenanceForm(forms.ModelForm):
    """The citation of a record. A record asked to be published without a
    source (an accepted claim's article, or a document named by issuer,
    title, date and address) is saved as unverified instead, and
    ``saved_unverified`` says so."""

    source_url = forms.URLField(
        label=_("URL sumber"), max_length=500, required=False, assume_scheme="https"
    )
    saved_unverified = False

    def clean(self):
        data = super().clean()
        instance = self.instance
        # Only an accepted claim names an article as the source (articles.
        # services fills it); the document kind follows from the fields.
        kind = data.get("source_kind") or instance.source_kind
        complete = all(data.get(name) for name in DOCUMENT_FIELDS)
        if kind != SourceKind.ARTICLE:
            kind = SourceKind.DOCUMENT if complete else SourceKind.NONE
        data["source_kind"] = kind
        unsourced = kind == SourceKind.NONE and not instance.is_synthetic
        if data.get("status") == RecordStatus.PUBLISHED and unsourced:
            data["status"] = RecordStatus.UNVERIFIED
            self.saved_unverified = True
        return data


class CoverageFigureForm(ProvenanceForm):
    percent = IndonesianDecimalField(label=_("Cakupan (%)"), required=False, decimal_places=2)
    covered = IndonesianCountField(label=_("Pekerja terlindungi"), required=False)
    eligible = IndonesianCountField(label=_("Pekerja yang seharusnya terlindungi"), required=False)

    class Meta:
        model = CoverageFigure
        fields = [
            "region", "segment", "as_of", "as_of_precision", "covered", "eligible", "percent",
            "is_approximate", "publisher", "publisher_kind", "denominator_kind",
            "denominator_label", "participant_kind", *PROVENANCE,
        ]  # fmt: skip

    def __init__(self, *args, refuse_duplicate: bool = True, **kwargs):
        """``refuse_duplicate=False``: the caller checks the natural key
        (region, segment, date, publisher) itself, as an import does for a
        whole file against the records it loaded once."""
        super().__init__(*args, **kwargs)
        self.refuse_duplicate = refuse_duplicate

    def clean(self):
        data = super().clean()
        _percent_plausible(self, "percent")
        _not_negative(self, "covered")
        _not_in_future(self, "as_of")
        # Covered above eligible is kept as published: the denominator is an
        # estimate (the page explains it); only a non-positive one is refused.
        eligible = data.get("eligible")
        if eligible is not None and eligible <= 0:
            self.add_error("eligible", _("Penyebut harus lebih dari 0."))
        if (
            data.get("covered") is None
            and data.get("percent") is None
            and "percent" not in self.errors
        ):
            self.add_error(
                "percent", _("Isi persentase, jumlah pekerja terlindungi, atau keduanya.")
            )
        region, segment = data.get("region"), data.get("segment")
        if region and segment and region.level in SEGMENTS_NOT_AT.get(segment, set()):
            self.add_error(
                "segment",
                _("Segmen %(segment)s tidak dicatat untuk %(level)s; catat di provinsinya.")
                % {"segment": Segment(segment).label, "level": region.get_level_display().lower()},
            )
        if self.refuse_duplicate:
            self._refuse_duplicate(data)
        return data

    def _refuse_duplicate(self, data) -> None:
        keys = {k: data.get(k) for k in ("region", "segment", "as_of", "publisher")}
        if None in keys.values() or "" in keys.values():
            return
        existing = CoverageFigure.objects.filter(**keys).exclude(pk=self.instance.pk).first()
        if existing is not None:
            url = reverse("admin:regions_coveragefigure_change", args=[existing.pk])
            raise ValidationError(
                format_html(
                    '{} <a href="{}">{}</a>',
                    _("Angka untuk wilayah, segmen, tanggal dan penerbit yang sama sudah ada:"),
                    url,
                    existing,
                ),
                code="duplicate",
            )


class CoverageTargetForm(ProvenanceForm):
    baseline_percent = IndonesianDecimalField(
        label=_("Angka awal (%)"), required=False, decimal_places=2
    )
    target_percent = IndonesianDecimalField(label=_("Target (%)"), decimal_places=2)

    class Meta:
        model = CoverageTarget
        fields = [
            "region", "segment", "is_primary", "baseline_percent", "baseline_date",
            "target_percent", "target_date", "target_date_precision", "issuer", "issuer_kind",
            "legal_basis", *PROVENANCE,
        ]  # fmt: skip

    def clean(self):
        data = super().clean()
        _percent_plausible(self, "baseline_percent")
        _percent_plausible(self, "target_percent")
        _not_in_future(self, "baseline_date")
        baseline, deadline = data.get("baseline_date"), data.get("target_date")
        if baseline and deadline and deadline <= baseline:
            self.add_error("target_date", _("Tenggat target harus sesudah tanggal angka awal."))
        if data.get("baseline_percent") is not None and not baseline:
            self.add_error("baseline_date", _("Angka awal perlu tanggalnya."))
        return data


class BudgetAllocationForm(ProvenanceForm):
    amount = IndonesianCountField(label=_("Jumlah (Rp)"))
    workers_funded = IndonesianCountField(
        label=_("Pekerja yang dibiayai (menurut sumber)"), required=False
    )

    class Meta:
        model = BudgetAllocation
        fields = [
            "region", "year", "purpose", "funding_source", "publisher", "amount",
            "amount_is_approximate", "recurring", "months_covered", "workers_funded", *PROVENANCE,
        ]  # fmt: skip

    def clean(self):
        data = super().clean()
        _not_negative(self, "amount")
        _not_negative(self, "workers_funded")
        year = data.get("year")
        if year and year > timezone.localdate().year + 1:
            self.add_error("year", _("Tahun anggaran paling jauh tahun depan."))
        return data
