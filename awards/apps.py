from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwardsConfig(AppConfig):
    name = "awards"
    verbose_name = _("Paritrana Award")

    def ready(self):
        from regions import sections

        from . import landing, pages

        landing.connect()

        sections.register_region_section(
            order=50,
            template="awards/partials/_region_awards.html",
            context=pages.region_awards_section,
        )
        sections.register_home_section(
            order=80,
            template="awards/partials/_home_awards.html",
            context=pages.home_awards_section,
        )
