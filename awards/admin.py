"""The awards admin, region-scoped like the rest: an organiser with a
Kalimantan Selatan scope sees and edits Kalsel's editions only; national
editions (no province) belong to national administrators. Everything bound
to a locked edition is read-only; a forged POST gets 403.

Scores are written only on the score entry page (admin_views.score_entry,
/admin/awards/edition/<id>/nilai/), which goes through services.scores_save;
the Score admin only lists them with their history."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from regions.admin_mixins import RegionScopedAdminMixin

from . import admin_views, services
from .forms import (
    CategoryForm,
    CategoryInlineFormSet,
    CriterionForm,
    CriterionInlineFormSet,
    NomineeForm,
    NomineeInlineFormSet,
    PanelInlineFormSet,
    PanelMemberForm,
)
from .models import (
    Category,
    Criterion,
    Edition,
    Evidence,
    Nominee,
    Outcome,
    PanelMember,
    Score,
)


def _edition_of(obj) -> Edition | None:
    if obj is None:
        return None
    if isinstance(obj, Edition):
        return obj
    for path_ in ("edition", "category.edition", "criterion.category.edition"):
        target = obj
        for part in path_.split("."):
            target = getattr(target, part, None) if target is not None else None
        if isinstance(target, Edition):
            return target
    return None


def _locked(obj) -> bool:
    edition = _edition_of(obj)
    return edition is not None and edition.is_locked


class EditionScopedAdmin(RegionScopedAdminMixin):
    """Scoped by the edition's province; read-only once the edition is
    locked. Foreign keys to editions and categories offer only unlocked
    ones in the user's write scope."""

    lock_bound = True

    def _write_ids(self, request):
        return self._ids(request, self.write_roles)

    def _editions(self, request, *, unlocked: bool):
        editions = Edition.objects.all()
        if unlocked:
            editions = editions.filter(is_locked=False)
        ids = self._write_ids(request)
        return editions if ids is None else editions.filter(province__in=ids)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model is Edition:
            kwargs["queryset"] = self._editions(request, unlocked=self.lock_bound)
        elif db_field.related_model is Category:
            kwargs["queryset"] = Category.objects.filter(
                edition__in=self._editions(request, unlocked=self.lock_bound)
            ).select_related("edition")
        elif db_field.related_model is get_user_model():
            kwargs["queryset"] = (
                get_user_model().objects.filter(is_active=True).order_by("username")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def has_change_permission(self, request, obj=None):
        if obj is not None and self.lock_bound and _locked(obj):
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and self.lock_bound and _locked(obj):
            return False
        return super().has_delete_permission(request, obj)


class LockAwareInline:
    """Inlines of a locked edition's objects take no writes."""

    def has_add_permission(self, request, obj=None):
        return not _locked(obj) and super().has_add_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return not _locked(obj) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return not _locked(obj) and super().has_delete_permission(request, obj)


class CategoryInline(LockAwareInline, admin.TabularInline):
    model = Category
    formset = CategoryInlineFormSet
    extra = 0
    fields = ["kind", "name", "sector", "zone"]
    show_change_link = True


class PanelMemberInline(LockAwareInline, admin.TabularInline):
    model = PanelMember
    formset = PanelInlineFormSet
    extra = 0
    fields = ["role", "seat", "office", "person_name", "user"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.related_model is get_user_model():
            kwargs["queryset"] = (
                get_user_model().objects.filter(is_active=True).order_by("username")
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(Edition)
class EditionAdmin(EditionScopedAdmin, SimpleHistoryAdmin):
    region_path = "province"
    lock_bound = False  # the edition row itself stays editable (ceremony, notes)
    list_display = ["label", "year", "stage", "province", "ceremony_date", "status", "links"]
    list_filter = ["stage", "year", "is_locked"]
    list_select_related = ["province"]
    search_fields = ["label", "province__name"]
    readonly_fields = ["is_locked", "locked_at", "locked_by", "published_at", "published_by"]
    fieldsets = [
        (None, {"fields": ["label", ("year", "stage"), "province"]}),
        (
            _("Periode dan penyerahan"),
            {
                "fields": [
                    ("assessment_start", "assessment_end"),
                    ("ceremony_date", "ceremony_venue"),
                ]
            },
        ),
        (
            _("Penilaian"),
            {
                "fields": [
                    ("decree_number", "decree_date"),
                    ("is_locked", "locked_at", "locked_by"),
                    ("published_at", "published_by"),
                    "results_announced",
                    "note",
                ]
            },
        ),
    ]
    inlines = [CategoryInline, PanelMemberInline]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.is_locked:
            fields += ["year", "stage", "province", "decree_number", "decree_date"]
        return fields

    def has_delete_permission(self, request, obj=None):
        # A locked (final) edition keeps its scores and minutes: nobody,
        # superusers included, deletes it.
        if obj is not None and obj.is_locked:
            return False
        return super().has_delete_permission(request, obj)

    @admin.display(description=_("penilaian"), ordering="is_locked")
    def status(self, obj):
        return _("dikunci") if obj.is_locked else _("dibuka")

    @admin.display(description=_("tautan"))
    def links(self, obj):
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">{}</a>',
            reverse("admin:awards_edition_scores", args=[obj.pk]),
            _("nilai"),
            obj.get_absolute_url(),
            _("halaman"),
        )

    def get_urls(self):
        def wrap(view):
            def wrapper(request, object_id):
                return view(self, request, object_id)

            return self.admin_site.admin_view(wrapper)

        def wrap_list(view):
            def wrapper(request):
                return view(self, request)

            return self.admin_site.admin_view(wrapper)

        return [
            path("penilaian-saya/", wrap_list(admin_views.desk), name="awards_edition_desk"),
            path("bukti/<path:name>", self.admin_site.admin_view(admin_views.evidence_file),
                 name="awards_evidence_file"),
            path("<int:object_id>/nilai/", wrap(admin_views.score_entry),
                 name="awards_edition_scores"),
            path("<int:object_id>/kunci/", wrap(admin_views.lock), name="awards_edition_lock"),
            path("<int:object_id>/kelengkapan/", wrap(admin_views.completion),
                 name="awards_edition_completion"),
            path("<int:object_id>/umumkan/", wrap(admin_views.publish),
                 name="awards_edition_publish"),
            path("<int:object_id>/berita-acara.pdf",
                 wrap(lambda a, r, o: admin_views.minutes_file(a, r, o, "pdf")),
                 name="awards_edition_minutes_pdf"),
            path("<int:object_id>/berita-acara.xlsx",
                 wrap(lambda a, r, o: admin_views.minutes_file(a, r, o, "xlsx")),
                 name="awards_edition_minutes_xlsx"),
            path("<int:object_id>/buka-kunci/", wrap(admin_views.unlock),
                 name="awards_edition_unlock"),
        ] + super().get_urls()  # fmt: skip

    def save_formset(self, request, form, formset, change):
        super().save_formset(request, form, formset, change)
        if formset.model is PanelMember:
            services.panel_seat_users_enable(formset.instance.panel.select_related("user"))

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        from . import access

        context["may_lock"] = (
            obj is not None and not obj.is_locked and access.may_lock(request.user, obj)
        )
        context["may_unlock"] = (
            obj is not None and obj.is_locked and access.may_unlock(request.user)
        )
        return super().render_change_form(request, context, add, change, form_url, obj)


class CriterionInline(LockAwareInline, admin.TabularInline):
    model = Criterion
    form = CriterionForm
    formset = CriterionInlineFormSet
    extra = 0
    fields = ["name", "description", "weight", "phase"]


class NomineeInline(LockAwareInline, admin.TabularInline):
    model = Nominee
    formset = NomineeInlineFormSet
    extra = 0
    fields = ["region", "organisation", "sector", "size"]
    autocomplete_fields = ["region"]


@admin.register(Category)
class CategoryAdmin(EditionScopedAdmin, admin.ModelAdmin):
    region_path = "edition__province"
    form = CategoryForm
    list_display = ["name", "kind", "zone", "edition", "weight_total"]
    list_filter = ["kind", "edition"]
    list_select_related = ["edition"]
    search_fields = ["name", "edition__label"]
    fields = ["edition", "kind", "name", "sector", "zone"]
    inlines = [CriterionInline, NomineeInline]

    def get_urls(self):
        def wrap(view):
            def wrapper(request, object_id):
                return view(self, request, object_id)

            return self.admin_site.admin_view(wrapper)

        return [
            path("<int:object_id>/dari-provinsi/", wrap(admin_views.carry),
                 name="awards_category_carry"),
        ] + super().get_urls()  # fmt: skip

    def get_queryset(self, request):
        from django.db.models import Sum

        return super().get_queryset(request).annotate(total_weight=Sum("criteria__weight"))

    @admin.display(description=_("jumlah bobot (%)"), ordering="total_weight")
    def weight_total(self, obj):
        return obj.total_weight


@admin.register(PanelMember)
class PanelMemberAdmin(EditionScopedAdmin, admin.ModelAdmin):
    region_path = "edition__province"
    form = PanelMemberForm
    list_display = ["edition", "role", "seat", "office", "person_name", "user"]
    list_filter = ["role", "seat", "edition"]
    list_select_related = ["edition", "user"]
    search_fields = ["person_name", "office", "edition__label"]
    fields = ["edition", "role", "seat", "office", "person_name", "user"]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        services.panel_seat_users_enable([obj])


class EvidenceInline(LockAwareInline, admin.TabularInline):
    model = Evidence
    extra = 1
    fields = ["title", "file", "uploaded_by", "uploaded_at"]
    readonly_fields = ["uploaded_by", "uploaded_at"]


@admin.register(Nominee)
class NomineeAdmin(EditionScopedAdmin, admin.ModelAdmin):
    region_path = "category__edition__province"
    form = NomineeForm
    list_display = ["__str__", "category", "edition", "sector", "size"]
    list_filter = ["category__edition", "category__kind", "size"]
    list_select_related = ["category__edition", "region"]
    search_fields = ["organisation", "region__name", "region__code"]
    fields = ["category", "region", "organisation", "sector", "size"]
    autocomplete_fields = ["region"]
    inlines = [EvidenceInline]

    def save_formset(self, request, form, formset, change):
        for evidence in formset.save(commit=False):
            if evidence.pk is None:
                evidence.uploaded_by = request.user
            evidence.save()
        for evidence in formset.deleted_objects:
            evidence.delete()

    @admin.display(description=_("edisi"), ordering="category__edition__year")
    def edition(self, obj):
        return obj.category.edition


@admin.register(Score)
class ScoreAdmin(EditionScopedAdmin, SimpleHistoryAdmin):
    """Read-only: scores are entered on the score entry page."""

    region_path = "criterion__category__edition__province"
    list_display = ["nominee", "criterion", "panel_member", "value", "edition"]
    list_filter = ["criterion__category__edition"]
    list_select_related = ["nominee__region", "criterion__category__edition", "panel_member"]
    search_fields = ["nominee__organisation", "nominee__region__name"]

    @admin.display(description=_("edisi"))
    def edition(self, obj):
        return obj.criterion.category.edition

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Outcome)
class OutcomeAdmin(EditionScopedAdmin, admin.ModelAdmin):
    """Outcomes come from sources, not from scores: they can be recorded for
    locked editions too."""

    region_path = "edition__province"
    lock_bound = False
    list_display = ["title", "region", "organisation", "rank", "for_year", "edition", "awarded_on"]
    list_filter = ["edition"]
    list_select_related = ["edition", "region"]
    autocomplete_fields = ["region"]
