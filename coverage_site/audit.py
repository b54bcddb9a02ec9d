"""Recent changes across the data, for administrators: who changed what and
when, filterable by user and region. Built from the django-simple-history
tables of every tracked model, merged in one UNION query."""

from dataclasses import dataclass
from datetime import datetime

from django.contrib.auth import get_user_model
from django.db.models import CharField, F, IntegerField, QuerySet, Value

from awards.models import Edition, Score
from regions.models import BudgetAllocation, CoverageFigure, CoverageTarget, Region
from regions.scoping import region_ids_in_scope

PAGE_SIZE = 100


@dataclass(frozen=True)
class Change:
    when: datetime
    kind: str  # "+" created, "~" changed, "-" deleted
    model: str
    object_id: int
    user: object | None
    region: Region | None
    reason: str


def _history(model, region_path: str | None) -> QuerySet:
    rows = model.history.all()
    region = F(region_path) if region_path else Value(None, output_field=IntegerField())
    return rows.values_list(
        "history_date",
        "history_type",
        Value(str(model._meta.verbose_name), output_field=CharField()),
        "id",
        "history_user_id",
    ).annotate(region_ref=region, reason=F("history_change_reason"))


SOURCES = [
    (CoverageFigure, "region_id"),
    (CoverageTarget, "region_id"),
    (BudgetAllocation, "region_id"),
    (Score, "nominee__region_id"),
    (Edition, "province_id"),
]


def recent_changes(*, user_id: int | None = None, region: Region | None = None) -> list[Change]:
    """The newest PAGE_SIZE changes, optionally by one user or within one
    region (and everything under it). Three queries."""
    region_ids = None
    if region is not None:
        region_ids = set(Region.objects.filter(pk=region.pk).values_list("pk", flat=True)) | set(
            Region.objects.filter(parent=region).values_list("pk", flat=True)
        )
    parts = []
    for model, path in SOURCES:
        part = _history(model, path)
        if user_id is not None:
            part = part.filter(history_user_id=user_id)
        if region_ids is not None:
            if path is None:
                continue
            part = part.filter(**{f"{path.removesuffix('_id')}__in": region_ids})
        parts.append(part.order_by())
    if not parts:
        return []
    merged = parts[0].union(*parts[1:], all=True).order_by("-history_date")[:PAGE_SIZE]
    rows = list(merged)
    users = get_user_model().objects.in_bulk({r[4] for r in rows} - {None})
    regions = Region.objects.in_bulk({r[5] for r in rows} - {None})
    return [
        Change(
            when=r[0],
            kind=r[1],
            model=r[2],
            object_id=r[3],
            user=users.get(r[4]),
            region=regions.get(r[5]),
            reason=r[6] or "",
        )
        for r in rows
    ]


def may_audit(user) -> bool:
    """National administrators: superusers and users scoped to the nation."""
    return user.is_active and user.is_staff and region_ids_in_scope(user, ("editor",)) is None


def audit_view(request):
    """/admin/audit/: the newest changes, filterable by ?user= and ?region=."""
    from django.contrib import admin
    from django.core.exceptions import PermissionDenied
    from django.template.response import TemplateResponse
    from django.utils.translation import gettext as _

    if not may_audit(request.user):
        raise PermissionDenied
    user_id = request.GET.get("user") or None
    region_code = request.GET.get("region") or ""
    region = Region.objects.filter(code=region_code).first() if region_code else None
    try:
        user_id = int(user_id) if user_id else None
    except ValueError:
        user_id = None
    context = {
        **admin.site.each_context(request),
        "title": _("Jejak perubahan data"),
        "changes": recent_changes(user_id=user_id, region=region),
        "users": get_user_model().objects.filter(is_staff=True).order_by("username"),
        "selected_user": user_id,
        "selected_region": region,
        "region_code": region_code,
        "unknown_region": bool(region_code) and region is None,
        "page_size": PAGE_SIZE,
    }
    return TemplateResponse(request, "admin/audit.html", context)
