"""Who may do what with an edition.

- **Organisers** manage an edition (categories, panel, criteria, nominees):
  a user with the awards model permissions and an editor scope over the
  edition's province (regions.scoping). A national edition has no province,
  so only national administrators (superusers, or a scope on the nation)
  manage it.
- **Panel members** enter scores: a user linked to a seat (PanelMember) of
  the edition enters scores for that seat only.
- **The secretariat** (the panel's secretary, from BPJS Ketenagakerjaan,
  and the organisers of the edition's province; superusers everywhere)
  types in the paper sheets of any seat of the edition: each score records
  who entered it for whom.
- **Deliberation** (scores, the provisional ranking, the panel's names) is
  seen only by the panel and the organisers until the results are
  published; the public sees that an assessment is under way and who is
  nominated.
- **Locking**: the chair or the secretary of the panel, an organiser of the
  edition, or a superuser; **publishing** the locked results: the same.
  **Unlocking**: superusers only, with a reason, and never once published.
"""

from regions.scoping import EDIT, in_scope

from .choices import PanelRole
from .models import Edition, PanelMember

LOCKING_ROLES = (PanelRole.CHAIR, PanelRole.SECRETARY)


def is_organiser(user, edition: Edition) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.has_perm("awards.change_edition") and in_scope(user, edition.province_id, EDIT)


def own_seat(user, edition: Edition) -> PanelMember | None:
    """The seat ``user`` holds on the edition's panel, if any. One query."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    return PanelMember.objects.filter(edition=edition, user=user).first()


def _active(user) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active)


def is_secretariat(user, edition: Edition, seats: list[PanelMember] | None = None) -> bool:
    """The panel's secretary or an organiser of the edition (superusers
    included). ``seats``: the edition's panel, when already read."""
    if not _active(user):
        return False
    if is_organiser(user, edition):
        return True
    if seats is None:
        seats = list(PanelMember.objects.filter(edition=edition, user=user))
    return any(s.user_id == user.pk and s.role == PanelRole.SECRETARY for s in seats)


def may_see_deliberation(user, edition: Edition) -> bool:
    """Scores, the provisional ranking and the panel: the panel itself and
    the organisers (superusers included)."""
    if not _active(user):
        return False
    return is_organiser(user, edition) or own_seat(user, edition) is not None


def entry_seats(user, edition: Edition) -> list[PanelMember]:
    """The seats ``user`` may enter scores for: their own; every seat of the
    edition for the secretariat. Two queries at most."""
    if not _active(user):
        return []
    seats = list(PanelMember.objects.filter(edition=edition).select_related("user").order_by("id"))
    if user.is_superuser or is_secretariat(user, edition, seats):
        return seats
    return [s for s in seats if s.user_id == user.pk]


def may_enter_for(user, seat: PanelMember) -> bool:
    if not _active(user):
        return False
    if user.is_superuser or (seat.user_id is not None and seat.user_id == user.pk):
        return True
    return is_secretariat(user, seat.edition)


def may_lock(user, edition: Edition) -> bool:
    if is_organiser(user, edition):
        return True
    seat = own_seat(user, edition)
    return seat is not None and seat.role in LOCKING_ROLES


def may_publish(user, edition: Edition) -> bool:
    return edition.is_locked and not edition.is_published and may_lock(user, edition)


def may_unlock(user) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active and user.is_superuser)
