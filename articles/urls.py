from django.urls import path

from . import desk_views, views

app_name = "articles"

urlpatterns = [
    path("", views.article_list, name="article_list"),
    path("<int:pk>/", views.article_detail, name="article_detail"),
    # The review desk (staff with a review scope)
    path("meja/", desk_views.desk_index, name="desk_index"),
    path("meja/berikut/", desk_views.desk_next, name="desk_next"),
    path("meja/cek/", desk_views.desk_check, name="desk_check"),
    path("meja/wilayah/", desk_views.desk_regions, name="desk_regions"),
    path("meja/<int:pk>/", desk_views.desk_article, name="desk_article"),
    path("meja/<int:pk>/tambah/", desk_views.desk_claim_add, name="desk_claim_add"),
    path("meja/<int:pk>/terima-sisanya/", desk_views.desk_accept_rest, name="desk_accept_rest"),
    path("meja/<int:pk>/selesai/", desk_views.desk_article_reviewed, name="desk_article_reviewed"),
    path("meja/<int:pk>/hapus/", desk_views.desk_article_delete, name="desk_article_delete"),
    path("meja/klaim/<int:pk>/terima/", desk_views.desk_claim_accept, name="desk_claim_accept"),
    path("meja/klaim/<int:pk>/tolak/", desk_views.desk_claim_reject, name="desk_claim_reject"),
    path("meja/klaim/<int:pk>/kutipan/", desk_views.desk_claim_span, name="desk_claim_span"),
]
