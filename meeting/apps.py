from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingConfig(AppConfig):
    name = "meeting"
    verbose_name = _("Ruang rapat: ringkasan dan Inpres 2/2021")

    def ready(self):
        from regions import sections

        # The roles that regions grants (grant_region) cover the follow-up rows
        # too: editors write them within their scope, the others look.
        from regions.services import ROLE_PERMISSIONS

        from . import pages

        for role, actions in (
            ("editor", ("add", "change", "delete", "view")),
            ("reviewer", ("view",)),
            ("viewer", ("view",)),
        ):
            entry = ("meeting", "inpresitem", actions)
            if entry not in ROLE_PERMISSIONS[role]:
                ROLE_PERMISSIONS[role].append(entry)

        sections.register_region_section(
            order=60,
            template="meeting/partials/_region_meeting.html",
            context=pages.region_meeting_section,
        )
