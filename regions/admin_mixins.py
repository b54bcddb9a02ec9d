"""Region scoping for admin pages: change lists show only rows in the
user's scope, forms offer only regions in scope, and an object outside the
scope cannot be opened, changed or deleted (a forged POST gets a 404 for the
object, or a form error for the region)."""

from django.core.exceptions import PermissionDenied, ValidationError

from .models import Region
from .scoping import EDIT, VIEW, in_scope, region_ids_in_scope


class RegionScopedAdminMixin:
    #: path from the model to its Region ("region", "edition__province", ...)
    region_path = "region"
    #: roles that may write / that may look
    write_roles = EDIT
    read_roles = VIEW

    def _ids(self, request, roles):
        return region_ids_in_scope(request.user, roles)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        ids = self._ids(request, self.read_roles)
        if ids is None:
            return queryset
        return queryset.filter(**{f"{self.region_path}__in": ids})

    def get_object(self, request, object_id, from_field=None):
        """An object that exists but lies outside the user's scope is refused
        with 403, not reported as missing."""
        obj = super().get_object(request, object_id, from_field)
        if obj is None and self._ids(request, self.read_roles) is not None:
            field = from_field or self.model._meta.pk.name
            try:
                exists = self.model._default_manager.filter(**{field: object_id}).exists()
            except (ValueError, TypeError, ValidationError):
                exists = False
            if exists:
                raise PermissionDenied
        return obj

    def region_of(self, obj) -> int | None:
        target = obj
        for part in self.region_path.split("__"):
            target = getattr(target, part, None)
            if target is None:
                return None
        return target.pk if isinstance(target, Region) else None

    def _may_write(self, request, obj) -> bool:
        return obj is None or in_scope(request.user, self.region_of(obj), self.write_roles)

    def has_add_permission(self, request, *args):
        if not super().has_add_permission(request, *args):
            return False
        ids = self._ids(request, self.write_roles)
        return ids is None or bool(ids)

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        if obj is None or not allowed:
            return allowed
        return in_scope(request.user, self.region_of(obj), self.read_roles)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._may_write(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._may_write(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if (
            db_field.related_model is Region
            and "__" not in self.region_path
            and db_field.name == self.region_path
        ):
            ids = self._ids(request, self.write_roles)
            if ids is not None:
                kwargs["queryset"] = Region.objects.filter(pk__in=ids)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        # The form already limits the region; this stops anything that
        # bypassed it (a custom form, an inline) from writing out of scope.
        if not in_scope(request.user, self.region_of(obj), self.write_roles):
            raise PermissionDenied
        super().save_model(request, obj, form, change)


def restrict_region_search(request, queryset):
    """For the region autocomplete: offer only the regions the requesting
    user may write for, when the search comes from a scoped form."""
    if request.GET.get("field_name") != "region":
        return queryset
    ids = region_ids_in_scope(request.user, EDIT)
    return queryset if ids is None else queryset.filter(pk__in=ids)
