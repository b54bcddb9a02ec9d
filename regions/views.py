from django.shortcuts import render

from . import selectors


def home(request):
    return render(request, "regions/home.html", {"rows": selectors.province_latest_rows()})
