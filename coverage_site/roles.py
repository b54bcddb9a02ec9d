"""The site's roles and what each may do across the apps.

A role is granted over a region (regions.services.region_grant writes the
scope row); the permissions it brings span the apps, so they are listed
here, in the site package, and no app names another app's permissions.
"""

from regions.models import ScopeRole

ROLE_GROUPS = {
    ScopeRole.EDITOR: "Editor wilayah",
    ScopeRole.REVIEWER: "Peninjau klaim",
    ScopeRole.VIEWER: "Pemantau",
}
_ALL = ("add", "change", "delete", "view")
ROLE_PERMISSIONS: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {
    ScopeRole.EDITOR: [
        ("regions", "coveragefigure", _ALL),
        ("regions", "coveragetarget", _ALL),
        ("regions", "budgetallocation", _ALL),
        ("regions", "region", ("view",)),
        ("articles", "article", ("add", "view")),
        # Editors review claims in their scope too (scoping.REVIEW includes them).
        ("articles", "claim", ("change", "view")),
        # Editors write the Inpres follow-up rows within their scope.
        ("meeting", "inpresitem", _ALL),
    ],
    # A reviewer writes figures only by accepting claims (claim_accept), never
    # in the figure, target or budget forms, whose scope is EDIT: holding
    # add/change there only showed buttons that then refused.
    ScopeRole.REVIEWER: [
        ("articles", "article", ("add", "view")),
        ("articles", "claim", ("change", "view")),
        ("regions", "coveragefigure", ("view",)),
        ("regions", "coveragetarget", ("view",)),
        ("regions", "budgetallocation", ("view",)),
        ("regions", "region", ("view",)),
        ("meeting", "inpresitem", ("view",)),
    ],
    ScopeRole.VIEWER: [
        ("regions", "coveragefigure", ("view",)),
        ("regions", "coveragetarget", ("view",)),
        ("regions", "budgetallocation", ("view",)),
        ("regions", "region", ("view",)),
        ("articles", "article", ("view",)),
        ("articles", "claim", ("view",)),
        ("meeting", "inpresitem", ("view",)),
    ],
}


def role_group(role: str):
    """The auth group of a role, created with its permissions on first use
    (and brought back to them on every grant)."""
    from django.contrib.auth.models import Group, Permission

    group, _created = Group.objects.get_or_create(name=ROLE_GROUPS[role])
    wanted = Permission.objects.none()
    for app_label, model, actions in ROLE_PERMISSIONS[role]:
        wanted |= Permission.objects.filter(
            content_type__app_label=app_label,
            codename__in=[f"{action}_{model}" for action in actions],
        )
    group.permissions.set(wanted)
    return group
