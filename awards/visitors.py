"""Who the award pages are built for.

The public award pages (/paritrana/, /paritrana/<id>/) are the same for
everyone but the few people with an award role: the panel (a seat on some
edition's panel), the organisers (the awards' change permission) and the
superusers. Only they may see more (a deliberation, their own seats), so
only for them is the user read; everyone else, logged in or not, gets the
public page, built without reading the session and stored once by the page
cache (regions/page_cache.py) for all of them.

Whether a visitor holds a role is asked of their session's user id alone,
and the answer is kept in the cache under the data version (a seat given
or taken, an edition or a scope saved, changes it; a permission or
superuser status given by other means shows within the cache's timeout).
The answer only chooses which page is built: what a role holder then sees
is decided by awards.access on the real, authenticated user; a stale or
forged answer gives at worst an unstored page, never a panel's view to the
public.
"""

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import AnonymousUser

from regions import cache, page_cache

_ROLE = "_cakupan_award_role"


def holds_award_role(request) -> bool:
    """Whether this visitor's user may hold an award role. A visitor
    without a session cookie holds none (nothing read); otherwise one
    session read and one cache read (the user's roles on a miss)."""
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    known = getattr(request, _ROLE, None)
    if known is None:
        session = getattr(request, "session", None)
        user_id = session.get(SESSION_KEY) if session is not None else None
        known = user_id is not None and cache.cached(
            "award_role", user_id, build=lambda: _has_role(request.user)
        )
        setattr(request, _ROLE, known)
    return known


def _has_role(user) -> bool:
    from .models import PanelMember

    if not (user.is_authenticated and user.is_active):
        return False
    return (
        user.is_superuser
        or PanelMember.objects.filter(user=user).exists()
        or user.has_perm("awards.change_edition")
    )


def award_user(request):
    """The user an award page is built for: the visitor's own for those
    who may hold an award role, else an anonymous user (the public page,
    read without the session). Without the page cache there is nothing to
    keep apart: the visitor's own."""
    if not cache.pages_enabled():
        return request.user
    return request.user if holds_award_role(request) else AnonymousUser()


def private_page(view):
    """Mark an award view for the page cache: its page is stored for
    everyone, except for the visitors holding an award role, whose page
    is built for them alone (regions.page_cache.PageCacheMiddleware)."""
    setattr(view, page_cache.PRIVATE_VISITOR, holds_award_role)
    return view
