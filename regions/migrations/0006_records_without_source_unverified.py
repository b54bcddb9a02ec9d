"""Name the source of every existing record, and take the ones without a
source off the public pages (status "unverified") before the database
starts requiring a source of every published record (0007).

- A record an accepted article claim became is sourced by that article.
- A record whose citation names issuer, title and address is sourced by
  that document (its date is cited when known).
- Any other published record becomes unverified; a reviewer can attach a
  source and publish it again."""

from django.db import migrations
from django.db.models import Q

MODELS = ("coveragefigure", "coveragetarget", "budgetallocation")


def name_sources(apps, schema_editor):
    Claim = apps.get_model("articles", "Claim")
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model_name in MODELS:
        model = apps.get_model("regions", model_name)
        content_type = ContentType.objects.filter(app_label="regions", model=model_name).first()
        if content_type is not None:
            claimed = Claim.objects.filter(record_type=content_type, status="accepted").values_list(
                "record_id", flat=True
            )
            model.objects.filter(pk__in=list(claimed)).update(source_kind="article")
        document = ~Q(source_outlet="") & ~Q(source_title="") & ~Q(source_url="")
        model.objects.exclude(source_kind="article").filter(document).update(source_kind="document")
        model.objects.filter(status="published", source_kind="", is_synthetic=False).update(
            status="unverified"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_claim_one_claim_per_record_metric"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("regions", "0005_figures_as_published"),
    ]

    operations = [migrations.RunPython(name_sources, migrations.RunPython.noop)]
