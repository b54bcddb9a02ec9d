from regions.forms import ProvenanceForm

from .models import InpresItem


class InpresItemForm(ProvenanceForm):
    """The admin form of a follow-up row: the citation rules of every
    record (regions.forms.ProvenanceForm)."""

    class Meta:
        model = InpresItem
        fields = "__all__"
