from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingConfig(AppConfig):
    name = "meeting"
    verbose_name = _("Ruang rapat: ringkasan dan Inpres 2/2021")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from regions import cache, sections

        from . import pages
        from .models import InpresItem

        # The roles' permissions on the follow-up rows: coverage_site/roles.py.
        # The cached PDFs of the brief show follow-up rows: a write to one
        # makes them stale like any write to the dashboard's data.
        def changed(sender, using=None, **kwargs):
            cache.bump_data_version(using)

        post_save.connect(changed, sender=InpresItem, dispatch_uid="meeting-inpres-save")
        post_delete.connect(changed, sender=InpresItem, dispatch_uid="meeting-inpres-delete")

        sections.register_region_section(
            order=60,
            template="meeting/partials/_region_meeting.html",
            context=pages.region_meeting_section,
        )
