from django.contrib import admin

from .models import Article, Claim


class ClaimInline(admin.TabularInline):
    model = Claim
    extra = 0
    fields = ["metric", "segment", "value", "region", "as_of", "status", "quote"]
    readonly_fields = ["quote"]
    autocomplete_fields = ["region"]
    show_change_link = True


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published_date", "date_inferred"]
    list_filter = ["outlet", "date_inferred"]
    search_fields = ["title", "outlet", "text", "url"]
    readonly_fields = ["content_hash", "created_at"]
    date_hierarchy = "published_date"
    inlines = [ClaimInline]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["article", "metric", "segment", "value", "region", "as_of", "status"]
    list_filter = ["status", "metric", "segment"]
    search_fields = ["quote", "article__title", "region__name"]
    list_select_related = ["article", "region"]
    autocomplete_fields = ["region"]
    readonly_fields = ["record_type", "record_id", "reviewed_by", "reviewed_at"]
