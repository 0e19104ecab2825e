"""Make the groups and their permissions match cms/roles.py exactly."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from cms import roles
from cms.tree import ensure_roots

# Permissions that apps create in data migrations rather than from model Meta. A
# database flush (as in transactional tests) loses them, so recreate them if missing.
MIGRATION_CREATED = {
    "wagtail_localize.submit_translation": ("translation", "Can submit translations"),
}


def _permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".", 1)
    permission = Permission.objects.filter(
        content_type__app_label=app_label, codename=codename
    ).first()
    if permission is None and dotted in MIGRATION_CREATED:
        model, name = MIGRATION_CREATED[dotted]
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        permission = Permission.objects.create(
            content_type=content_type, codename=codename, name=name
        )
    if permission is None:
        raise LookupError(f"Permission {dotted} does not exist: is its app installed and migrated?")
    return permission


@transaction.atomic
def setup_groups() -> dict[str, Group]:
    """Create the role groups and set exactly the permissions cms/roles.py lists.

    Idempotent: running it again changes nothing; a permission removed from
    roles.py is removed from the group.
    """
    groups = {}
    root_page, root_collection = ensure_roots()
    for name in roles.ALL_GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set([_permission(p) for p in roles.GROUP_PERMISSIONS.get(name, [])])

        wanted_page = roles.GROUP_PAGE_PERMISSIONS.get(name, [])
        GroupPagePermission.objects.filter(group=group).exclude(
            page=root_page, permission__codename__in=wanted_page
        ).delete()
        for codename in wanted_page:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root_page, permission=_permission(f"wagtailcore.{codename}")
            )

        wanted_collection = [
            _permission(p) for p in roles.GROUP_COLLECTION_PERMISSIONS.get(name, [])
        ]
        GroupCollectionPermission.objects.filter(group=group).exclude(
            collection=root_collection, permission__in=wanted_collection
        ).delete()
        for permission in wanted_collection:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=permission
            )
        groups[name] = group
    Group.objects.filter(name__in=roles.RETIRED_GROUPS, user__isnull=True).delete()
    return groups
