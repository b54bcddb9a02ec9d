from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Category, Criterion, Edition, Nominee, Outcome, PanelMember, Score


class CategoryInline(admin.TabularInline):
    model = Category
    extra = 0


class PanelMemberInline(admin.TabularInline):
    model = PanelMember
    extra = 0


@admin.register(Edition)
class EditionAdmin(admin.ModelAdmin):
    list_display = ["label", "year", "stage", "province", "ceremony_date", "is_locked"]
    list_filter = ["stage", "year", "is_locked"]
    search_fields = ["label", "province__name"]
    autocomplete_fields = ["province"]
    inlines = [CategoryInline, PanelMemberInline]


class CriterionInline(admin.TabularInline):
    model = Criterion
    extra = 0


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "edition"]
    list_filter = ["kind", "edition"]
    search_fields = ["name"]
    inlines = [CriterionInline]


@admin.register(PanelMember)
class PanelMemberAdmin(admin.ModelAdmin):
    list_display = ["edition", "role", "seat", "office", "person_name"]
    list_filter = ["role", "seat"]


@admin.register(Nominee)
class NomineeAdmin(admin.ModelAdmin):
    list_display = ["__str__", "category", "sector"]
    autocomplete_fields = ["region"]


@admin.register(Score)
class ScoreAdmin(SimpleHistoryAdmin):
    list_display = ["nominee", "criterion", "panel_member", "value"]


@admin.register(Outcome)
class OutcomeAdmin(admin.ModelAdmin):
    list_display = ["title", "region", "organisation", "rank", "for_year", "edition", "awarded_on"]
    list_filter = ["edition"]
    autocomplete_fields = ["region"]
