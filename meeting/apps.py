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

        # The cached PDFs of the brief show follow-up rows: a write to one
        # makes them stale like any write to the dashboard's data.
        from django.db.models.signals import post_delete, post_save

        from regions import cache

        from .models import InpresItem

        def changed(sender, using=None, **kwargs):
            cache.bump_data_version(using)

        post_save.connect(changed, sender=InpresItem, dispatch_uid="meeting-inpres-save")
        post_delete.connect(changed, sender=InpresItem, dispatch_uid="meeting-inpres-delete")

        sections.register_region_section(
            order=60,
            template="meeting/partials/_region_meeting.html",
            context=pages.region_meeting_section,
        )
