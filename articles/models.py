"""Source articles and the figures found in them (claims).

A claim points at the record it became when accepted through a generic
relation, so `regions` and `awards` never import this app.
"""

import hashlib

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from regions.choices import DatePrecision, Segment
from regions.models import Region

from .choices import NUMERIC_METRICS, ClaimStatus, Metric
from .sameness import url_key

FACT_METRICS = sorted(set(Metric.values) - {str(m) for m in NUMERIC_METRICS})


def content_hash(text: str) -> str:
    """SHA-256 of the article text with line endings and outer whitespace
    normalised, so the same text pasted twice is recognised."""
    normal = "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


class Article(models.Model):
    outlet = models.CharField(_("media"), max_length=120)
    url = models.URLField(_("URL"), max_length=500, blank=True)
    title = models.CharField(_("judul"), max_length=300)
    published_date = models.DateField(_("tanggal terbit"), null=True, blank=True)
    published_precision = models.CharField(
        _("ketelitian tanggal"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    date_inferred = models.BooleanField(
        _("tanggal disimpulkan"),
        default=False,
        help_text=_("Tanggal tidak tertulis lengkap di artikel dan disimpulkan (lihat catatan)."),
    )
    date_note = models.CharField(_("catatan tanggal"), max_length=400, blank=True)
    author = models.CharField(_("penulis"), max_length=120, blank=True)
    editor = models.CharField(_("editor"), max_length=120, blank=True)
    text = models.TextField(_("teks"))
    content_hash = models.CharField(_("sidik teks"), max_length=64, unique=True, editable=False)
    # The address as the import compares it (scheme, "www.", tracking
    # parameters and a trailing slash dropped): the same URL is the same article.
    url_key = models.CharField(_("kunci URL"), max_length=500, blank=True, editable=False)
    created_at = models.DateTimeField(_("diimpor"), auto_now_add=True)
    # A draft until a reviewer accepts one of its claims or marks it
    # reviewed: public pages list only reviewed articles.
    reviewed_at = models.DateTimeField(_("ditandai ditinjau"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ditandai oleh"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("artikel sumber")
        verbose_name_plural = pgettext_lazy("plural", "artikel sumber")
        ordering = ["-published_date", "-id"]
        indexes = [models.Index(fields=["url_key"], name="article_url_key")]

    def __str__(self) -> str:
        return f"{self.outlet}: {self.title}"

    def save(self, *args, **kwargs) -> None:
        self.content_hash = content_hash(self.text)
        self.url_key = url_key(self.url)
        super().save(*args, **kwargs)


class Claim(models.Model):
    """One figure found in an article, with the exact quote and where it sits
    in the text; pending until a reviewer accepts or rejects it."""

    article = models.ForeignKey(
        Article, verbose_name=_("artikel"), on_delete=models.CASCADE, related_name="claims"
    )
    metric = models.CharField(_("jenis angka"), max_length=16, choices=Metric.choices)
    segment = models.CharField(
        _("segmen"), max_length=12, choices=Segment.choices, default=Segment.TOTAL
    )
    value = models.DecimalField(_("nilai"), max_digits=20, decimal_places=2, null=True, blank=True)
    region = models.ForeignKey(
        Region,
        verbose_name=_("wilayah"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="claims",
    )
    as_of = models.DateField(_("per tanggal"), null=True, blank=True)
    as_of_precision = models.CharField(
        _("ketelitian tanggal"), max_length=5, choices=DatePrecision.choices, blank=True
    )
    quote = models.TextField(_("kutipan"))
    start = models.PositiveIntegerField(_("awal kutipan"))
    end = models.PositiveIntegerField(_("akhir kutipan"))
    status = models.CharField(
        _("status"), max_length=10, choices=ClaimStatus.choices, default=ClaimStatus.PENDING
    )
    review_note = models.TextField(_("catatan peninjau"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ditinjau oleh"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("ditinjau pada"), null=True, blank=True)
    record_type = models.ForeignKey(
        ContentType, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    record_id = models.PositiveBigIntegerField(null=True, blank=True)
    record = GenericForeignKey("record_type", "record_id")
    # Which extraction rule proposed the claim ("manual" for one a reviewer
    # added by selecting text) and how sure the rule was, 0 to 1. With the
    # decision they give each rule's precision (selectors.pattern_precision).
    pattern = models.CharField(_("pola"), max_length=80, blank=True, db_index=True)
    confidence = models.DecimalField(
        _("keyakinan"), max_digits=3, decimal_places=2, null=True, blank=True
    )
    # Accepted after the reviewer changed what the rule proposed (metric,
    # segment, value, region or date): the rule found the sentence, not the figure.
    corrected = models.BooleanField(_("dikoreksi peninjau"), default=False)

    class Meta:
        verbose_name = _("klaim angka")
        verbose_name_plural = pgettext_lazy("plural", "klaim angka")
        ordering = ["article", "start"]
        indexes = [models.Index(fields=["record_type", "record_id"], name="claim_record")]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gt=F("start")), name="%(app_label)s_%(class)s_span_not_empty"
            ),
            models.CheckConstraint(
                condition=~Q(status=ClaimStatus.ACCEPTED)
                | (Q(record_type__isnull=False) & Q(record_id__isnull=False)),
                name="%(app_label)s_%(class)s_accepted_has_record",
            ),
            models.CheckConstraint(
                condition=Q(as_of__isnull=True) | ~Q(as_of_precision=""),
                name="%(app_label)s_%(class)s_as_of_has_precision",
            ),
            models.CheckConstraint(
                condition=Q(confidence__isnull=True)
                | (Q(confidence__gte=0) & Q(confidence__lte=1)),
                name="%(app_label)s_%(class)s_confidence_0_1",
            ),
            models.CheckConstraint(
                condition=Q(value__isnull=False) | Q(metric__in=FACT_METRICS),
                name="%(app_label)s_%(class)s_numeric_metric_has_value",
            ),
            # One article may back one record through several claims of
            # different metrics (a rate and a count of the same figure), but
            # never twice through the same metric.
            models.UniqueConstraint(
                fields=["article", "record_type", "record_id", "metric"],
                condition=Q(record_id__isnull=False),
                name="%(app_label)s_%(class)s_one_claim_per_record_metric",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_metric_display()} {self.value} ({self.article.outlet})"
