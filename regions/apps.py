from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegionsConfig(AppConfig):
    name = "regions"
    verbose_name = _("Wilayah dan cakupan")

    def ready(self):
        from . import cache, signals

        cache.connect_signals()
        signals.connect()
        signals.connect_migrate(self)
