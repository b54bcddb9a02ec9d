from django.urls import path

from . import views

app_name = "awards"

urlpatterns = [
    path("", views.edition_list, name="edition_list"),
    path("<int:pk>/", views.edition_detail, name="edition_detail"),
]
