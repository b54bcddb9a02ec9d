from django.urls import path

from . import views

app_name = "meeting"

urlpatterns = [
    path("wilayah/<str:code>/ringkasan.pdf", views.brief_pdf, name="brief_pdf"),
    path("wilayah/<str:code>/ringkasan/", views.brief_print, name="brief_print"),
    path("wilayah/<str:code>/inpres/", views.inpres, name="inpres"),
]
