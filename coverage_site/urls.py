from django.contrib import admin
from django.http import HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path

from coverage_site.audit import audit_view
from coverage_site.hello import hello


def favicon(request):
    # Resolved per request: at import time the hashed name may not exist yet
    # (no collectstatic before a check or a test run).
    return HttpResponsePermanentRedirect(static("favicon.svg"))


urlpatterns = [
    path("admin/audit/", admin.site.admin_view(audit_view), name="audit"),
    path("admin/", admin.site.urls),
    path("favicon.ico", favicon),
    path("i18n/", include("django.conf.urls.i18n")),
    path("hello/", hello, name="hello"),  # the benchmark's no-database baseline
    path("sumber/", include("articles.urls")),
    path("paritrana/", include("awards.urls")),
    path("", include("meeting.urls")),  # /wilayah/<code>/ringkasan/, /inpres/
    path("", include("regions.urls")),
]

# A database that cannot be reached answers 503, other errors 500, both with
# the site's page (templates/500.html, 503.html).
handler500 = "coverage_site.views.server_error"
