"""Front-page panels for logged-in users.

Each app registers a ``front_page_panels`` hook: a function taking the request and
returning a ``FrontPagePanel`` or None (when the panel does not apply to this user).
The same functions registered as ``admin_home_panels`` appear on the Wagtail admin
dashboard (home/dashboard.py), so each role lands on its own work there too.
"""

from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects


@dataclass
class FrontPagePanel:
    title: str
    template: str
    order: int = 100
    context: dict = field(default_factory=dict)


def user_group_names(user) -> set[str]:
    """The user's group names, cached on the user object for the request."""
    if not user.is_authenticated:
        return set()
    if not hasattr(user, "_group_names"):
        # Prefetched onto the user: Wagtail's check of a group restriction
        # (`user.groups.all()`) then reads the same list, not the database again.
        prefetch_related_objects([user], "groups")
        user._group_names = {group.name for group in user.groups.all()}
    return user._group_names


def can_edit_pages(user) -> bool:
    """Whether the user may add, change or publish some page (Wagtail's page
    permissions, however her groups are named); cached on the user for the request."""
    if not user.is_authenticated:
        return False
    if not hasattr(user, "_can_edit_pages"):
        from wagtail.permissions import page_permission_policy

        user._can_edit_pages = page_permission_policy.user_has_any_permission(
            user, {"add", "change", "publish"}
        )
    return user._can_edit_pages
