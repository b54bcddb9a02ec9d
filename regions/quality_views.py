"""/kualitas/: the data-quality list for reviewers. Thin: check who asks,
call one selector, render."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from . import quality_selectors


@never_cache
def quality_review(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not quality_selectors.may_review(request.user):
        raise PermissionDenied
    page = quality_selectors.review_page(user=request.user, today=timezone.localdate())
    return render(request, "regions/quality_review.html", {"page": page})
