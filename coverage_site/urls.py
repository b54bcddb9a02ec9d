from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.http import HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from coverage_site.audit import audit_view
from coverage_site.languages import set_language

# The admin's own name (its pages, the login, the browser tab), not "Django
# administration". The admin has one address, /admin/, in Indonesian: its
# users are the data-entry staff, and one login address keeps django-axes'
# lockouts, bookmarks and the audit view in one place.
admin.site.site_header = _("Cakupan — administrasi")
admin.site.site_title = _("Cakupan — administrasi")
admin.site.index_title = _("Kelola data cakupan")


def favicon(request):
    # Resolved per request: at import time the hashed name may not exist yet
    # (no collectstatic before a check or a test run).
    return HttpResponsePermanentRedirect(static("favicon.svg"))


urlpatterns = [
    path("admin/audit/", admin.site.admin_view(audit_view), name="audit"),
    path("admin/", admin.site.urls),
    path("favicon.ico", favicon),
    # The old language switch (a form): now a redirect to the page's own
    # address in the language asked for.
    path("i18n/setlang/", set_language, name="set_language"),
    path("api/v1/", include("api.urls")),  # open data: one address, no language prefix
]

# The public pages: Indonesian at these addresses, English under /en/
# (coverage_site/languages.py). The admin and the API above have one
# address each, outside the language prefix.
urlpatterns += i18n_patterns(
    path("sumber/", include("articles.urls")),
    path("paritrana/", include("awards.urls")),
    path("", include("meeting.urls")),  # /wilayah/<code>/ringkasan/, /inpres/
    path("", include("api.page_urls")),  # /tentang-data/, /tentang-data/api/
    path("", include("regions.urls")),
    prefix_default_language=False,
)

# A database that cannot be reached answers 503, other errors 500, both with
# the site's page (templates/500.html, 503.html).
handler500 = "coverage_site.views.server_error"
