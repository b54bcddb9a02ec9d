from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("API data terbuka")

    def ready(self):
        from regions import sections

        from . import pages

        # The region page's "Data terbuka" block with its schema.org Dataset.
        sections.register_region_section(
            order=90,
            template="api/partials/_region_dataset.html",
            context=pages.region_dataset_section,
        )
