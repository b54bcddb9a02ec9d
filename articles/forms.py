from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from awards.choices import Stage
from regions import formatting
from regions.choices import (
    DatePrecision,
    DenominatorKind,
    FundingSource,
    ParticipantKind,
    PublisherKind,
    RegionLevel,
    Segment,
    TargetIssuerKind,
)
from regions.forms import IndonesianDecimalField
from regions.models import Region

from . import publishers
from .choices import NUMERIC_METRICS, Metric
from .review import AWARD, BUDGET, FIGURE, TARGET, number_input, record_kind

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
WIDE = forms.TextInput(attrs={"class": "vTextField"})


class ArticleImportForm(forms.Form):
    """Paste an article's text or upload its file; optional details fill the
    header block when the text has none."""

    text = forms.CharField(
        label=_("Teks artikel"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 16, "cols": 90}),
        help_text=_("Tempel teks lengkap. Boleh diawali baris URL:, Title:, Outlet:, Date:."),
    )
    upload = forms.FileField(
        label=_("Atau unggah berkas (.txt / .md)"),
        required=False,
    )
    outlet = forms.CharField(label=_("Media"), max_length=120, required=False)
    title = forms.CharField(label=_("Judul"), max_length=300, required=False)
    url = forms.URLField(label=_("URL"), max_length=500, required=False, assume_scheme="https")
    published = forms.DateField(
        label=_("Tanggal terbit"),
        required=False,
        input_formats=["%Y-%m-%d", "%d/%m/%Y"],
        help_text=_("2025-07-10 atau 10/07/2025"),
    )

    def clean_text(self):
        text = self.cleaned_data.get("text") or ""
        if len(text.encode("utf-8")) > MAX_UPLOAD_BYTES:
            raise ValidationError(
                _(
                    "Teks yang ditempel %(size)s MB; batasnya 2 MB (artikel berita biasanya "
                    "di bawah 50 kB). Tempel teks artikelnya saja, tanpa isi halaman lain."
                ),
                params={"size": formatting.number_id(len(text.encode("utf-8")) / 2**20, 1)},
            )
        return text

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload is None:
            return None
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(_("Berkas lebih dari 2 MB; artikel berita jauh lebih kecil."))
        raw = upload.read()
        if b"\x00" in raw:
            raise ValidationError(_("Berkas ini bukan teks (berisi data biner)."))
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ValidationError(
                _("Berkas bukan teks UTF-8 (byte tak terbaca di posisi %(pos)s)."),
                params={"pos": error.start},
            ) from error

    def clean(self):
        data = super().clean()
        text, uploaded = (data.get("text") or "").strip(), data.get("upload")
        if not text and not uploaded:
            raise ValidationError(_("Tempel teks artikel atau unggah berkasnya."))
        if text and uploaded:
            raise ValidationError(
                _("Pilih salah satu: tempel teks atau unggah berkas, bukan keduanya.")
            )
        return data

    def raw_article(self) -> str:
        """The article file as the import reads it: a header block built from
        the form's details, unless the text brings its own."""
        raw = self.cleaned_data.get("upload") or self.cleaned_data["text"]
        header = []
        for key, field in (("URL", "url"), ("Title", "title"), ("Outlet", "outlet")):
            if self.cleaned_data.get(field):
                header.append(f"{key}: {self.cleaned_data[field]}")
        if self.cleaned_data.get("published"):
            header.append(f"Date: {self.cleaned_data['published'].isoformat()}")
        if not header:
            return raw
        return "\n".join(header) + "\n\n" + raw


DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]
DATE_HELP = _("2025-07-10 atau 10/07/2025")

REVIEW_METRICS = [(m.value, m.label) for m in Metric if m in NUMERIC_METRICS]


def _date_field(label, required=True, help_text=DATE_HELP):
    return forms.DateField(
        label=label,
        required=required,
        input_formats=DATE_FORMATS,
        help_text=help_text,
        widget=forms.DateInput(format="%Y-%m-%d", attrs={"size": 12}),
    )


class ClaimReviewForm(forms.Form):
    """What a reviewer confirms before a claim becomes a record: the claim's
    own fields (all editable) and the details the record needs that an
    article rarely states (who published the figure, who set the target).

    The record's own rules (percent 0..100, covered <= eligible, ...) are
    checked by the regions forms when the claim is accepted
    (:func:`articles.services.claim_accept`), so review and admin entry
    apply the same rules."""

    # The claim
    region = forms.ModelChoiceField(
        label=_("Wilayah"),
        queryset=Region.objects.none(),
        error_messages={
            "invalid_choice": _("Pilih wilayah dalam cakupan Anda."),
        },
    )
    metric = forms.ChoiceField(label=_("Jenis angka"), choices=REVIEW_METRICS)
    segment = forms.ChoiceField(label=_("Segmen"), choices=Segment.choices)
    value = IndonesianDecimalField(
        label=_("Nilai"),
        max_digits=20,
        decimal_places=2,
        help_text=_("Tulis seperti di artikel: 46,44 atau 1.300.000."),
    )
    as_of = _date_field(_("Per tanggal"))
    as_of_precision = forms.ChoiceField(
        label=_("Ketelitian tanggal"),
        choices=DatePrecision.choices,
        help_text=_("Angka untuk satu tahun atau bulan dicatat pada hari terakhirnya."),
    )

    # A coverage figure (and, for the publisher, a budget)
    publisher = forms.CharField(
        label=_("Penerbit angka"),
        max_length=200,
        widget=WIDE,
        required=False,
        help_text=_(
            "Lembaga yang menyebut angka ini, mis. BPJS Ketenagakerjaan Cabang Palu "
            "— bukan media yang memberitakannya. Wajib untuk angka cakupan dan anggaran."
        ),
    )
    publisher_kind = forms.ChoiceField(
        label=_("Jenis penerbit"),
        choices=[("", "---------"), *PublisherKind.choices],
        required=False,
    )
    participant_kind = forms.ChoiceField(
        label=_("Jenis peserta"), choices=ParticipantKind.choices, required=False
    )
    denominator_kind = forms.ChoiceField(
        label=_("Jenis penyebut"), choices=DenominatorKind.choices, required=False
    )
    denominator_label = forms.CharField(
        label=_("Penyebut sebagaimana disebut"), max_length=120, widget=WIDE, required=False
    )
    is_approximate = forms.BooleanField(
        label=_("Angka perkiraan"),
        required=False,
        help_text=_("Sumber menyebut 'sekitar', 'berkisar'."),
    )

    # A coverage target
    issuer = forms.CharField(
        label=_("Penetap target"),
        max_length=200,
        widget=WIDE,
        required=False,
        help_text=_("Mis. Pemerintah Provinsi Sulawesi Selatan, Kajati Sulsel."),
    )
    issuer_kind = forms.ChoiceField(
        label=_("Jenis penetap"),
        choices=[("", "---------"), *TargetIssuerKind.choices],
        required=False,
    )
    target_date = _date_field(
        _("Tenggat target"),
        required=False,
        help_text=_("Bawaan: akhir tahun dari tanggal klaim."),
    )
    target_date_precision = forms.ChoiceField(
        label=_("Ketelitian tenggat"),
        choices=DatePrecision.choices,
        initial=DatePrecision.YEAR,
        required=False,
    )
    baseline_percent = IndonesianDecimalField(
        label=_("Angka awal (%)"), required=False, max_digits=6, decimal_places=2
    )
    baseline_date = _date_field(_("Tanggal angka awal"), required=False)

    # A budget
    year = forms.IntegerField(label=_("Tahun anggaran"), required=False, min_value=2000)
    purpose = forms.CharField(
        label=_("Peruntukan"),
        max_length=300,
        widget=WIDE,
        required=False,
        help_text=_("Mis. iuran pekerja rentan bukan penerima upah."),
    )
    funding_source = forms.ChoiceField(
        label=_("Sumber dana"),
        choices=FundingSource.choices,
        initial=FundingSource.APBD,
        required=False,
    )

    confirm_update = forms.BooleanField(
        label=_("Perbarui angka yang ada"),
        required=False,
        help_text=_(
            "Centang bila angka dengan kunci yang sama sudah tercatat dan nilai dari "
            "klaim ini harus menggantikannya. Isian lain pada angka itu tetap."
        ),
    )
    note = forms.CharField(
        label=_("Catatan peninjau / alasan penolakan"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text=_("Wajib diisi untuk menolak."),
    )

    #: the fields each kind of record needs, beside the claim's own
    REQUIRED = {
        FIGURE: ("publisher", "publisher_kind"),
        TARGET: ("issuer", "issuer_kind", "target_date", "target_date_precision"),
        BUDGET: ("year", "purpose", "funding_source", "publisher"),
    }
    # The publisher is asked once, with the claim: figures and budgets both
    # need it (a form must not hold two inputs of one name).
    CLAIM_FIELDS = (
        "region",
        "metric",
        "segment",
        "value",
        "as_of",
        "as_of_precision",
        "publisher",
    )
    GROUPS = {
        FIGURE: (
            "publisher_kind", "participant_kind", "denominator_kind", "denominator_label",
            "is_approximate",
        ),
        TARGET: (
            "issuer", "issuer_kind", "target_date", "target_date_precision", "baseline_percent",
            "baseline_date",
        ),
        BUDGET: ("year", "purpose", "funding_source"),
    }  # fmt: skip

    def __init__(self, *args, regions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["region"].queryset = (
            regions if regions is not None else Region.objects.all()
        ).order_by("code")
        self.fields["region"].label_from_instance = lambda r: f"{r.code} · {r.name}"
        self.initial = dict(self.initial)  # the caller's dict stays as it was
        for name in ("value", "baseline_percent"):  # shown as typed: 41,5 and 52.300
            if not isinstance(self.initial.get(name), str):
                self.initial[name] = number_input(self.initial.get(name))

    def group(self, kind: str) -> list:
        return [self[name] for name in self.GROUPS[kind]]

    def claim_fields(self) -> list:
        return [self[name] for name in self.CLAIM_FIELDS]

    def clean(self):
        data = super().clean()
        kind = record_kind(data.get("metric") or "")
        for name in self.REQUIRED.get(kind, ()):
            if data.get(name) in (None, "") and name not in self.errors:
                self.add_error(
                    name,
                    ValidationError(
                        _("Wajib diisi untuk %(kind)s."),
                        code="required",
                        params={"kind": KIND_LABELS[kind]},
                    ),
                )
        return data


KIND_LABELS = {
    FIGURE: _("angka cakupan"),
    TARGET: _("target cakupan"),
    BUDGET: _("anggaran"),
}


class ClaimRejectForm(forms.Form):
    """The reason a claim (or a selection of claims) is rejected. On the
    review page the same box holds an optional note when accepting."""

    note = forms.CharField(
        label=_("Alasan penolakan"),
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        error_messages={"required": _("Tulis alasan penolakan.")},
    )

    def __init__(self, *args, review_page=False, **kwargs):
        super().__init__(*args, **kwargs)
        if review_page:
            self.fields["note"].label = _("Catatan peninjau / alasan penolakan")
            self.fields["note"].help_text = _(
                "Wajib untuk menolak; boleh diisi saat menerima (tersimpan pada klaim)."
            )

    def clean_note(self):
        note = self.cleaned_data["note"].strip()
        if not note:
            raise ValidationError(_("Tulis alasan penolakan."), code="required")
        return note


class BulkAcceptForm(forms.Form):
    """What a bulk accept applies to every selected claim: the publisher of
    the figures (an article's figures usually come from one office)."""

    publisher = ClaimReviewForm.base_fields["publisher"]
    publisher_kind = forms.ChoiceField(
        label=_("Jenis penerbit"), choices=[("", "---------"), *PublisherKind.choices]
    )
    participant_kind = ClaimReviewForm.base_fields["participant_kind"]
    denominator_kind = ClaimReviewForm.base_fields["denominator_kind"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["publisher"].required = True


class DeskClaimForm(ClaimReviewForm):
    """The desk's editor: the review form with a searchable region (its id,
    filled by the search box), a date that an award rank may leave out, and
    the details an award rank needs (its edition, created when missing)."""

    region = forms.ModelChoiceField(
        label=_("Wilayah"),
        queryset=Region.objects.none(),
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": _("Pilih wilayah dalam cakupan Anda.")},
    )
    edition_year = forms.IntegerField(
        label=_("Tahun edisi"), required=False, min_value=2017, max_value=2100
    )
    edition_stage = forms.ChoiceField(
        label=_("Tingkat edisi"), choices=[("", "---------"), *Stage.choices], required=False
    )
    edition_province = forms.ModelChoiceField(
        label=_("Provinsi penyelenggara"),
        queryset=Region.objects.filter(level=RegionLevel.PROVINCE).order_by("name"),
        required=False,
    )
    award_title = forms.CharField(
        label=_("Penghargaan"), max_length=300, required=False, initial="Paritrana Award"
    )
    zone = forms.CharField(label=_("Zona / kategori"), max_length=120, required=False)
    for_year = forms.IntegerField(
        label=_("Untuk kinerja tahun"), required=False, min_value=2000, max_value=2100
    )

    GROUPS = {
        **ClaimReviewForm.GROUPS,
        AWARD: ("edition_year", "edition_stage", "edition_province", "award_title", "zone",
                "for_year"),
    }  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["as_of"].required = False
        self.fields["edition_province"].label_from_instance = lambda r: r.name

    def clean_publisher_kind(self):
        """A publisher picked from the list brings its kind along."""
        kind = self.cleaned_data.get("publisher_kind")
        return kind or publishers.kind_of(self.cleaned_data.get("publisher") or "")

    def clean(self):
        data = super().clean()
        kind = record_kind(data.get("metric") or "")
        if kind == AWARD:
            for name in ("edition_year", "edition_stage"):
                if not data.get(name) and name not in self.errors:
                    self.add_error(
                        name,
                        ValidationError(
                            _("Wajib diisi untuk peringkat penghargaan."), code="required"
                        ),
                    )
            if data.get("edition_stage") == Stage.PROVINCIAL and not data.get("edition_province"):
                self.add_error(
                    "edition_province",
                    ValidationError(
                        _("Edisi tingkat provinsi perlu provinsi penyelenggara."), code="required"
                    ),
                )
        elif not data.get("as_of") and "as_of" not in self.errors:
            self.add_error("as_of", ValidationError(_("Wajib diisi."), code="required"))
        if not data.get("as_of"):
            data["as_of_precision"] = ""
        return data


class DeskAddClaimForm(forms.Form):
    """A claim added by selecting its sentence in the article (its date
    defaults to the claim the reviewer was on)."""

    as_of = forms.DateField(required=False, input_formats=DATE_FORMATS)
    as_of_precision = forms.ChoiceField(choices=DatePrecision.choices, required=False)
    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=1)
    quote = forms.CharField(strip=False, max_length=4000)
    metric = forms.ChoiceField(label=_("Jenis angka"), choices=REVIEW_METRICS)
    value = IndonesianDecimalField(label=_("Nilai"), max_digits=20, decimal_places=2)
    segment = forms.ChoiceField(label=_("Segmen"), choices=Segment.choices, initial=Segment.TOTAL)


class DeskSpanForm(forms.Form):
    start = forms.IntegerField(min_value=0)
    end = forms.IntegerField(min_value=1)
    quote = forms.CharField(strip=False, max_length=4000)


class DeskRejectForm(forms.Form):
    note = forms.CharField(
        label=_("Alasan penolakan"),
        max_length=500,
        error_messages={"required": _("Tulis alasan penolakan.")},
    )


class DeskSharedForm(forms.Form):
    """What "accept the rest" applies to every pending claim of an article."""

    publisher = forms.CharField(label=_("Penerbit angka"), max_length=200, required=False)
    publisher_kind = forms.ChoiceField(
        label=_("Jenis penerbit"),
        choices=[("", "---------"), *PublisherKind.choices],
        required=False,
    )
    issuer = forms.CharField(label=_("Penetap target"), max_length=200, required=False)
    issuer_kind = forms.ChoiceField(
        label=_("Jenis penetap"),
        choices=[("", "---------"), *TargetIssuerKind.choices],
        required=False,
    )
    purpose = forms.CharField(label=_("Peruntukan"), max_length=300, required=False)
    edition_year = DeskClaimForm.base_fields["edition_year"]
    edition_stage = DeskClaimForm.base_fields["edition_stage"]
    edition_province = DeskClaimForm.base_fields["edition_province"]
