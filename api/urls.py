"""/api/v1/: outside the language prefix (coverage_site/urls.py)."""

from django.urls import path
from drf_spectacular.views import SpectacularJSONAPIView

from . import views

app_name = "api"

urlpatterns = [
    path("", views.Root.as_view(), name="root"),
    path("regions/", views.RegionList.as_view(), name="regions"),
    path("regions/<str:code>/", views.RegionDetail.as_view(), name="region"),
    path("figures/", views.FigureList.as_view(), name="figures"),
    path("targets/", views.TargetList.as_view(), name="targets"),
    path("budgets/", views.BudgetList.as_view(), name="budgets"),
    path("award-results/", views.AwardResultList.as_view(), name="award_results"),
    path("articles/", views.ArticleList.as_view(), name="articles"),
    path("claims/", views.ClaimList.as_view(), name="claims"),
    path("indicators/", views.IndicatorList.as_view(), name="indicators"),
    path("datapackage.json", views.DataPackage.as_view(), name="datapackage"),
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="openapi"),
]
