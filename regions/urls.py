from django.urls import path

from . import quality_views, views

app_name = "regions"

urlpatterns = [
    path("", views.home, name="home"),
    path("wilayah/", views.RegionListView.as_view(), name="region_list"),
    path("wilayah/<str:code>/", views.region_detail, name="region_detail"),
    path("kualitas/", quality_views.quality_review, name="quality_review"),
]
