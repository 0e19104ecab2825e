"""Front-page panels for logged-in users.

Each app registers a ``front_page_panels`` hook: a function taking the request and
returning a ``FrontPagePanel`` or None (when the panel does not apply to this user).
The same functions registered as ``admin_home_panels`` appear on the Wagtail admin
dashboard (home/dashboard.py), so each role lands on its own work there too.
"""

from dataclasses import dataclass, field


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
        user._group_names = set(user.groups.values_list("name", flat=True))
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
