"""Forms of the awards admin: the criteria formset that refuses weights not
totalling 100 %, the score grid of one panel member, and the unlock form."""

from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .models import Category, Criterion, Nominee
from .ranking import weights_valid
from .services import SCORE_RANGE_MESSAGE, weights_message


class CriterionForm(forms.ModelForm):
    """A weight typed the Indonesian way (33,5) or with a point (33.5)."""

    class Meta:
        model = Criterion
        fields = ["name", "description", "weight"]
        localized_fields = ["weight"]


class CriterionInlineFormSet(forms.BaseInlineFormSet):
    """The criteria of one category: their weights must total exactly 100 %
    (a rule across rows, which the database cannot hold). A category with
    no criteria yet is allowed: it is not configured, and not ranked."""

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
            value = value.strip().replace(" ", "").replace(",", ".")
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
    edition, category by category. Blank clears a score."""

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
        self._pairs: dict[str, tuple[int, int]] = {}
        layout = []
        for category in categories:
            own_criteria = [c for c in criteria if c.category_id == category.pk]
            own_nominees = [n for n in nominees if n.category_id == category.pk]
            names = []
            for nominee in own_nominees:
                row = []
                for criterion in own_criteria:
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
                rows=[GridRow(nominee, [self[name] for name in row]) for nominee, row in names],
            )
            for category, own_criteria, names in layout
        ]

    def values(self) -> dict[tuple[int, int], Decimal | None]:
        return {pair: self.cleaned_data.get(name) for name, pair in self._pairs.items()}


class UnlockForm(forms.Form):
    reason = forms.CharField(
        label=_("Alasan membuka kunci"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        help_text=_("Dicatat di riwayat edisi, bersama nama Anda dan waktunya."),
    )
