"""Forms of the awards admin: the criteria formset that refuses weights not
totalling 100 %, the panel, category and nominee forms that check the
database's unique rules themselves (an error beside the row, never an
IntegrityError), the score grid of one panel member, and the unlock form."""

import re
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .choices import PanelRole, Phase
from .models import Category, Criterion, Nominee, PanelMember
from .ranking import weights_valid
from .services import SCORE_RANGE_MESSAGE, weights_message


class CriterionForm(forms.ModelForm):
    """A weight typed the Indonesian way (33,5) or with a point (33.5)."""

    class Meta:
        model = Criterion
        fields = ["name", "description", "weight", "phase"]
        localized_fields = ["weight"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["phase"].required = False  # left out: document scoring

    def clean_phase(self):
        return self.cleaned_data.get("phase") or Phase.DOCUMENT


# ---- one-row-only rules (the database's unique constraints, said in words) ----------


@dataclass(frozen=True)
class RowRule:
    """A unique rule across the rows of one parent: ``key`` gives the value
    that must not repeat (None: the rule does not apply to this row);
    ``field`` is where the error shows; ``taken`` is said when a saved row
    already holds the value, ``repeated`` when two rows of this submission
    do."""

    field: str
    key: object  # callable(cleaned_data) -> hashable | None
    label: object  # callable(cleaned_data) -> str, what is repeated
    taken: str
    repeated: str


def _user_label(data):
    user = data.get("user")
    return user.get_username() if user is not None else ""


PANEL_RULES = [
    RowRule("role", lambda d: d.get("role") if d.get("role") == PanelRole.CHAIR else None,
            lambda _d: "", _("Tim ini sudah punya ketua (%(where)s); satu tim hanya satu ketua."),
            _("Ketua diisi dua kali dalam isian ini (%(where)s); satu tim hanya satu ketua.")),
    RowRule("role", lambda d: d.get("role") if d.get("role") == PanelRole.SECRETARY else None,
            lambda _d: "",
            _("Tim ini sudah punya sekretaris (%(where)s); satu tim hanya satu sekretaris."),
            _("Sekretaris diisi dua kali dalam isian ini (%(where)s); "
              "satu tim hanya satu sekretaris.")),
    RowRule("user", lambda d: d["user"].pk if d.get("user") is not None else None, _user_label,
            _("Akun %(label)s sudah memegang kursi lain di tim ini (%(where)s); "
              "satu akun hanya satu kursi."),
            _("Akun %(label)s dipasang dua kali dalam isian ini (%(where)s); "
              "satu akun hanya satu kursi.")),
]  # fmt: skip

NOMINEE_RULES = [
    RowRule("region", lambda d: d["region"].pk if d.get("region") is not None else None,
            lambda d: d["region"].name,
            _("%(label)s sudah dinominasikan di kategori ini (%(where)s)."),
            _("%(label)s dinominasikan dua kali dalam isian ini (%(where)s).")),
    RowRule("organisation", lambda d: (d.get("organisation") or "").strip() or None,
            lambda d: (d.get("organisation") or "").strip(),
            _("%(label)s sudah dinominasikan di kategori ini (%(where)s)."),
            _("%(label)s dinominasikan dua kali dalam isian ini (%(where)s).")),
]  # fmt: skip

CATEGORY_RULES = [
    RowRule("name", lambda d: (d.get("name") or "").strip() or None,
            lambda d: (d.get("name") or "").strip(),
            _("Kategori “%(label)s” sudah ada di edisi ini (%(where)s)."),
            _("Kategori “%(label)s” diisi dua kali dalam isian ini (%(where)s).")),
]  # fmt: skip

CRITERION_RULES = [
    RowRule("name", lambda d: (d.get("name") or "").strip() or None,
            lambda d: (d.get("name") or "").strip(),
            _("Kriteria “%(label)s” sudah ada di kategori ini (%(where)s)."),
            _("Kriteria “%(label)s” diisi dua kali dalam isian ini (%(where)s).")),
]  # fmt: skip


def _row(index: int) -> str:
    return str(_("baris %(row)d") % {"row": index + 1})


class UniqueRowsFormSet(forms.BaseInlineFormSet):
    """An inline formset that checks its ``rules`` across the submitted rows
    (every saved row of the parent is in the formset), so a repeat shows
    beside the row that repeats instead of failing at save time."""

    rules: list[RowRule] = []

    def clean(self):
        super().clean()
        seen: dict[tuple[int, object], int] = {}
        for index, form in enumerate(self.forms):
            data = getattr(form, "cleaned_data", None)
            if not data or data.get("DELETE") or form.errors:
                continue
            for number, rule in enumerate(self.rules):
                value = rule.key(data)
                if value is None:
                    continue
                first = seen.setdefault((number, value), index)
                if first == index:
                    continue
                earlier = self.forms[first]
                message = rule.taken if earlier.instance.pk else rule.repeated
                where = (
                    _row(first)
                    if earlier.instance.pk
                    else _("%(a)s dan %(b)s") % {"a": _row(first), "b": _row(index)}
                )
                form.add_error(rule.field, message % {"label": rule.label(data), "where": where})


def check_rules_against_saved(form, rules, queryset) -> None:
    """The rules of a stand-alone form, against the saved rows of the same
    parent (``queryset``, this row excluded)."""
    data = form.cleaned_data
    others = queryset.exclude(pk=form.instance.pk) if form.instance.pk else queryset
    for rule in rules:
        value = rule.key(data)
        if value is None or rule.field in form.errors:
            continue
        lookup = {
            "role": {"role": value},
            "user": {"user_id": value},
            "region": {"region_id": value},
            "organisation": {"organisation": value},
            "name": {"name": value},
        }[rule.field]
        if others.filter(**lookup).exists():
            where = _("tercatat sebelumnya")
            form.add_error(rule.field, rule.taken % {"label": rule.label(data), "where": where})


class PanelMemberForm(forms.ModelForm):
    class Meta:
        model = PanelMember
        fields = ["edition", "role", "seat", "office", "person_name", "user"]

    def clean(self):
        data = super().clean()
        edition = data.get("edition")
        if edition is not None:
            check_rules_against_saved(
                self, PANEL_RULES, PanelMember.objects.filter(edition=edition)
            )
        return data


class NomineeForm(forms.ModelForm):
    class Meta:
        model = Nominee
        fields = ["category", "region", "organisation", "sector", "size"]

    def clean(self):
        data = super().clean()
        category = data.get("category")
        if category is not None:
            check_rules_against_saved(
                self, NOMINEE_RULES, Nominee.objects.filter(category=category)
            )
        return data


class CategoryForm(forms.ModelForm):
    class Meta:
        model = Category
        fields = ["edition", "kind", "name", "sector", "zone"]

    def clean(self):
        data = super().clean()
        edition = data.get("edition")
        if edition is not None:
            check_rules_against_saved(
                self, CATEGORY_RULES, Category.objects.filter(edition=edition)
            )
        return data


class PanelInlineFormSet(UniqueRowsFormSet):
    rules = PANEL_RULES


class NomineeInlineFormSet(UniqueRowsFormSet):
    rules = NOMINEE_RULES


class CategoryInlineFormSet(UniqueRowsFormSet):
    rules = CATEGORY_RULES


class CriterionInlineFormSet(UniqueRowsFormSet):
    """The criteria of one category: their weights must total exactly 100 %
    (a rule across rows, which the database cannot hold). A category with
    no criteria yet is allowed: it is not configured, and not ranked."""

    rules = CRITERION_RULES

    def clean(self):
        super().clean()
        if any(self.errors):
            return
        weights = [
            form.cleaned_data["weight"]
            for form in self.forms
            if form.cleaned_data
            and not form.cleaned_data.get("DELETE")
            and form.cleaned_data.get("weight") is not None
        ]
        if weights and not weights_valid(weights):
            raise ValidationError(
                weights_message(category_name=self.instance.name, weights=weights),
                code="weights_total",
            )


SCORE_TEXT = re.compile(r"[0-9]{1,3}(?:[.,][0-9]{1,2})?", re.ASCII)
CLEAR_MESSAGE = _(
    "%(count)s kotak yang sudah bernilai dikosongkan (%(boxes)s). Kosong tidak menghapus "
    "nilai tanpa konfirmasi: centang “Ya, hapus nilai yang dikosongkan”, atau isi lagi."
)


class ScoreField(forms.DecimalField):
    """A score 0-100 with up to two decimals; accepts a decimal comma
    (82,5) or point (82.5) in every language."""

    def __init__(self, **kwargs):
        messages = {
            "invalid": _("Masukkan angka 0–100, misalnya 82,5."),
            "min_value": SCORE_RANGE_MESSAGE,
            "max_value": SCORE_RANGE_MESSAGE,
            "max_digits": SCORE_RANGE_MESSAGE,
            "max_decimal_places": SCORE_RANGE_MESSAGE,
            "max_whole_digits": SCORE_RANGE_MESSAGE,
        }
        super().__init__(
            min_value=Decimal(0),
            max_value=Decimal(100),
            max_digits=5,
            decimal_places=2,
            required=False,
            localize=True,
            error_messages=messages,
            widget=forms.TextInput(
                attrs={"inputmode": "decimal", "size": 6, "autocomplete": "off"}
            ),
            **kwargs,
        )

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(" ", "")
            if value and not SCORE_TEXT.fullmatch(value):
                # "1e2", "0x10", "١٠٠", "NaN": not a score as a sheet writes it.
                raise ValidationError(self.error_messages["invalid"], code="invalid")
            value = value.replace(",", ".")
        return super().to_python(value)


@dataclass
class GridRow:
    nominee: Nominee
    fields: list  # BoundField per criterion, in order


@dataclass
class GridCategory:
    category: Category
    criteria: list[Criterion]
    rows: list[GridRow]


def field_name(nominee_id: int, criterion_id: int) -> str:
    return f"n{nominee_id}-c{criterion_id}"


class ScoreGridForm(forms.Form):
    """One panel member's scores for every nominee x criterion of an
    edition, category by category. A blank box that had a score clears it
    only when ``confirm_clear`` is ticked; otherwise the form names the
    boxes and saves nothing."""

    confirm_clear = forms.BooleanField(label=_("Ya, hapus nilai yang dikosongkan"), required=False)

    def __init__(
        self,
        *args,
        categories: list[Category],
        criteria: list[Criterion],
        nominees: list[Nominee],
        scores: dict[tuple[int, int], Decimal],
        disabled: bool = False,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.fields["confirm_clear"].disabled = disabled
        self._pairs: dict[str, tuple[int, int]] = {}
        layout = []
        for category in categories:
            own_criteria = [c for c in criteria if c.category_id == category.pk]
            own_nominees = [n for n in nominees if n.category_id == category.pk]
            names = []
            for nominee in own_nominees:
                row = []
                for criterion in own_criteria:
                    if criterion.phase == Phase.INTERVIEW and not nominee.shortlisted:
                        row.append(None)  # interviews are for the shortlist only
                        continue
                    name = field_name(nominee.pk, criterion.pk)
                    label = _("%(nominee)s — %(criterion)s") % {
                        "nominee": nominee,
                        "criterion": criterion.name,
                    }
                    self.fields[name] = ScoreField(
                        label=label,
                        initial=scores.get((nominee.pk, criterion.pk)),
                        disabled=disabled,
                    )
                    self.fields[name].widget.attrs["aria-label"] = label
                    self._pairs[name] = (nominee.pk, criterion.pk)
                    row.append(name)
                names.append((nominee, row))
            layout.append((category, own_criteria, names))
        self.grid = [
            GridCategory(
                category=category,
                criteria=own_criteria,
                rows=[
                    GridRow(nominee, [self[name] if name else None for name in row])
                    for nominee, row in names
                ],
            )
            for category, own_criteria, names in layout
        ]

    def clean(self):
        data = super().clean()
        cleared = [
            name
            for name in self._pairs
            if name not in self.errors
            and data.get(name) is None
            and self.fields[name].initial is not None
        ]
        if cleared and not data.get("confirm_clear"):
            labels = [str(self.fields[name].label) for name in cleared]
            raise ValidationError(
                CLEAR_MESSAGE,
                code="clear_unconfirmed",
                params={"count": len(cleared), "boxes": "; ".join(labels)},
            )
        return data

    def values(self) -> dict[tuple[int, int], Decimal | None]:
        return {pair: self.cleaned_data.get(name) for name, pair in self._pairs.items()}


class AbstentionForm(forms.Form):
    """The secretariat records that a member does not score a nominee."""

    seat = forms.ModelChoiceField(queryset=PanelMember.objects.none(), label=_("Anggota"))
    nominee = forms.ModelChoiceField(queryset=Nominee.objects.none(), label=_("Nomine"))
    reason = forms.CharField(
        label=_("Alasan"),
        max_length=300,
        help_text=_("Misalnya: konflik kepentingan, anggota berasal dari daerah nomine."),
    )

    def __init__(self, *args, seats, nominees, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["seat"].queryset = PanelMember.objects.filter(pk__in=[s.pk for s in seats])
        self.fields["nominee"].queryset = Nominee.objects.filter(
            pk__in=[n.pk for n in nominees]
        ).select_related("region")


class UnlockForm(forms.Form):
    reason = forms.CharField(
        label=_("Alasan membuka kunci"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text=_("Dicatat di riwayat edisi, bersama nama Anda dan waktunya."),
    )


class ShortlistForm(forms.Form):
    """The plenary's shortlist of one category (interviews follow)."""

    nominees = forms.ModelMultipleChoiceField(
        queryset=Nominee.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Daftar pendek"),
    )

    def __init__(self, *args, category, **kwargs):
        super().__init__(*args, **kwargs)
        self.category = category
        self.fields["nominees"].queryset = category.nominees.select_related("region")
        self.fields["nominees"].initial = [n.pk for n in category.nominees.all() if n.shortlisted]


class TieBreakForm(forms.Form):
    """The plenary's order of one tied group, first place first."""

    order = forms.CharField(widget=forms.HiddenInput)
    reason = forms.CharField(
        label=_("Alasan keputusan rapat pleno"),
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
        max_length=1000,
    )
