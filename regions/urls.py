from django.urls import path

from . import quality_views, views

app_name = "regions"

urlpatterns = [
    path("", views.home, name="home"),
    path("wilayah/", views.RegionListView.as_view(), name="region_list"),
    path("wilayah/<str:code>/", views.region_detail, name="region_detail"),
    path("wilayah/<str:code>/angka.csv", views.region_figures_csv, name="region_figures_csv"),
    path("kualitas/", quality_views.quality_review, name="quality_review"),
]
