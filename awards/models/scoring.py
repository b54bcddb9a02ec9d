"""The panel's work on a nominee: scores, abstentions and tie-breaks."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords

from .editions import SCORE_VALIDATORS, Criterion, PanelMember
from .nominees import Nominee

__all__ = ["Score", "Abstention", "TieBreak"]


class Score(models.Model):
    nominee = models.ForeignKey(
        Nominee, verbose_name=_("nomine"), on_delete=models.CASCADE, related_name="scores"
    )
    criterion = models.ForeignKey(
        Criterion, verbose_name=_("kriteria"), on_delete=models.CASCADE, related_name="scores"
    )
    panel_member = models.ForeignKey(
        PanelMember, verbose_name=_("penilai"), on_delete=models.CASCADE, related_name="scores"
    )
    value = models.DecimalField(
        _("nilai"), max_digits=5, decimal_places=2, validators=SCORE_VALIDATORS
    )
    # Who typed it: the member, or the secretariat entering a paper sheet
    # for the member ("entered by X for Y").
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("diisi oleh"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = pgettext_lazy("award score", "nilai")
        verbose_name_plural = pgettext_lazy("plural", "nilai")
        constraints = [
            models.CheckConstraint(
                condition=Q(value__gte=0, value__lte=100),
                name="%(app_label)s_%(class)s_value_0_100",
            ),
            models.UniqueConstraint(
                fields=["nominee", "criterion", "panel_member"],
                name="%(app_label)s_%(class)s_one_per_member",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.nominee} · {self.criterion.name}: {self.value}"

    @property
    def entered_for_member(self) -> bool:
        """Typed in by someone else than the seat's own account."""
        return self.entered_by_id is not None and self.entered_by_id != self.panel_member.user_id

    def clean(self):
        super().clean()
        if not (self.nominee_id and self.criterion_id and self.panel_member_id):
            return
        if self.nominee.category_id != self.criterion.category_id:
            raise ValidationError(_("Nomine dan kriteria harus dari kategori yang sama."))
        if self.panel_member.edition_id != self.criterion.category.edition_id:
            raise ValidationError(_("Penilai harus anggota tim edisi yang sama."))


class Abstention(models.Model):
    """A panel member who does not score a nominee, recorded by the
    secretariat with the reason (a conflict of interest: the member's own
    kab/kota). It counts as complete for the lock; the member is left out
    of that nominee's means."""

    panel_member = models.ForeignKey(
        PanelMember, verbose_name=_("penilai"), on_delete=models.CASCADE,
        related_name="abstentions",
    )  # fmt: skip
    nominee = models.ForeignKey(
        Nominee, verbose_name=_("nomine"), on_delete=models.CASCADE, related_name="abstentions"
    )
    reason = models.CharField(_("alasan"), max_length=300)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("dicatat oleh"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="+",
    )  # fmt: skip
    recorded_at = models.DateTimeField(_("dicatat pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("abstain")
        verbose_name_plural = pgettext_lazy("plural", "abstain")
        constraints = [
            models.UniqueConstraint(
                fields=["panel_member", "nominee"], name="%(app_label)s_%(class)s_once"
            ),
            models.CheckConstraint(
                condition=~Q(reason=""), name="%(app_label)s_%(class)s_has_reason"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.panel_member} · {self.nominee}"


class TieBreak(models.Model):
    """The plenary's decision on a tie: the order of tied nominees, with its
    reason, who recorded it and when. Publishing uses it for the places."""

    nominee = models.OneToOneField(
        Nominee, verbose_name=_("nomine"), on_delete=models.CASCADE, related_name="tie_break"
    )
    position = models.PositiveSmallIntegerField(_("urutan dalam seri"))
    reason = models.TextField(_("alasan keputusan pleno"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("dicatat oleh"), on_delete=models.SET_NULL,
        null=True, blank=True, related_name="+",
    )  # fmt: skip
    decided_at = models.DateTimeField(_("dicatat pada"), auto_now_add=True)

    class Meta:
        verbose_name = _("keputusan seri")
        verbose_name_plural = pgettext_lazy("plural", "keputusan seri")
        constraints = [
            models.CheckConstraint(
                condition=Q(position__gte=1) & ~Q(reason=""),
                name="%(app_label)s_%(class)s_position_and_reason",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.nominee}: {self.position}"
