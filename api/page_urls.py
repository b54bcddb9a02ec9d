"""The human pages of the open data (inside the language prefix)."""

from django.urls import path

from . import page_views

app_name = "opendata"

urlpatterns = [
    path("tentang-data/", page_views.about_data, name="about_data"),
    path("tentang-data/api/", page_views.docs, name="docs"),
]
