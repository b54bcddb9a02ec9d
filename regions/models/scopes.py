"""Who may touch which regions: a role over a region and everything under it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .register import Region

__all__ = ["ScopeRole", "RegionScope"]


class ScopeRole(models.TextChoices):
    EDITOR = "editor", _("Editor wilayah")
    REVIEWER = "reviewer", _("Peninjau klaim")
    VIEWER = "viewer", _("Pemantau")


class RegionScope(models.Model):
    """What a user may touch: a role over a region and everything under it
    (a province scope covers its regencies and cities; the nation row covers
    the whole country: the national administrator)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("pengguna"),
        on_delete=models.CASCADE,
        related_name="region_scopes",
    )
    region = models.ForeignKey(
        Region, verbose_name=_("wilayah"), on_delete=models.CASCADE, related_name="scopes"
    )
    role = models.CharField(_("peran"), max_length=10, choices=ScopeRole.choices)
    granted_at = models.DateTimeField(_("diberikan"), auto_now_add=True)

    class Meta:
        verbose_name = _("cakupan akses")
        verbose_name_plural = pgettext_lazy("plural", "cakupan akses")
        ordering = ["user", "region__code", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "region", "role"], name="%(app_label)s_%(class)s_unique"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.get_role_display()} · {self.region}"
