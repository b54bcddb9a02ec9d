from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from coverage_site.audit import audit_view
from coverage_site.hello import hello

urlpatterns = [
    path("admin/audit/", admin.site.admin_view(audit_view), name="audit"),
    path("admin/", admin.site.urls),
    path("favicon.ico", RedirectView.as_view(url=static("favicon.svg"), permanent=True)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("hello/", hello, name="hello"),  # the benchmark's no-database baseline
    path("sumber/", include("articles.urls")),
    path("paritrana/", include("awards.urls")),
    path("", include("regions.urls")),
]
