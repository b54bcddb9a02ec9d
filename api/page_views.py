from django.shortcuts import render

from . import pages


def about_data(request):
    return render(request, "api/about_data.html", {"page": pages.about_page()})


def docs(request):
    return render(request, "api/docs.html", {"page": pages.docs_page()})
