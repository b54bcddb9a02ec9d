from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from coverage_site.hello import hello

urlpatterns = [
    path("admin/", admin.site.urls),
    path("favicon.ico", RedirectView.as_view(url=static("favicon.svg"), permanent=True)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("hello/", hello, name="hello"),  # the benchmark's no-database baseline
    path("sumber/", include("articles.urls")),
    path("paritrana/", include("awards.urls")),
    path("", include("regions.urls")),
]
