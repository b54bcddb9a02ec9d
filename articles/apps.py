from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "articles"
    verbose_name = _("Sumber berita")

    def ready(self):
        from regions import sections

        from . import selectors

        sections.register_citation_provider(selectors.citations_for_records)
        sections.register_home_section(
            order=90,
            template="articles/partials/_latest_articles.html",
            context=lambda **kwargs: {"articles": selectors.latest_articles()},
        )
