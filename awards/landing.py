"""Where a panel member or an organiser lands after logging in: their
assessments (awards "desk"), not the admin index, which is empty for a
panel member ("Anda tidak memiliki izin ...").

The admin's login always sends to the admin index when no other page was
asked for. A login marks the session (``user_logged_in``); the first visit
to the admin index after it goes to the desk instead, when the user holds
a seat on a panel or organises an edition. Later visits to the index are
left alone, so an organiser still reaches the admin."""

from django.contrib.auth.signals import user_logged_in
from django.shortcuts import redirect
from django.urls import reverse

SESSION_FLAG = "awards_landing"


def mark_login(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        request.session[SESSION_FLAG] = True


def connect() -> None:
    user_logged_in.connect(mark_login, dispatch_uid="awards-landing")


class PanelLandingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The path first: any other page must not read the session (a page
        # that did would not be stored for everyone, regions/cache.py).
        if (
            request.method == "GET"
            and request.path == reverse("admin:index")
            and getattr(request, "session", None) is not None
            and request.session.get(SESSION_FLAG)
        ):
            del request.session[SESSION_FLAG]
            from . import selectors

            if selectors.desk_editions(request.user):
                return redirect(reverse("admin:awards_edition_desk"))
        return self.get_response(request)
