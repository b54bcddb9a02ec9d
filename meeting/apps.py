from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingConfig(AppConfig):
    name = "meeting"
    verbose_name = _("Ruang rapat: ringkasan dan Inpres 2/2021")

    def ready(self):
        from regions import sections

        from . import pages

        sections.register_region_section(
            order=60,
            template="meeting/partials/_region_meeting.html",
            context=pages.region_meeting_section,
        )
