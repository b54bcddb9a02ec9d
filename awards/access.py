"""Who may do what with an edition.

- **Organisers** manage an edition (categories, panel, criteria, nominees):
  a user with the awards model permissions and an editor scope over the
  edition's province (regions.scoping). A national edition has no province,
  so only national administrators (superusers, or a scope on the nation)
  manage it.
- **Panel members** enter scores: a user linked to a seat (PanelMember) of
  the edition enters scores for that seat only. A superuser may enter them
  on behalf of any seat of any edition (the secretariat typing in paper
  sheets); the history records who did.
- **Locking**: the chair or the secretary of the panel, an organiser of the
  edition, or a superuser. **Unlocking**: superusers only, with a reason.
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


def entry_seats(user, edition: Edition) -> list[PanelMember]:
    """The seats ``user`` may enter scores for: their own; every seat for a
    superuser."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return []
    seats = PanelMember.objects.filter(edition=edition).select_related("user")
    if not user.is_superuser:
        seats = seats.filter(user=user)
    return list(seats.order_by("id"))


def may_enter_for(user, seat: PanelMember) -> bool:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return user.is_superuser or (seat.user_id is not None and seat.user_id == user.pk)


def may_lock(user, edition: Edition) -> bool:
    if is_organiser(user, edition):
        return True
    seat = own_seat(user, edition)
    return seat is not None and seat.role in LOCKING_ROLES


def may_unlock(user) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active and user.is_superuser)
