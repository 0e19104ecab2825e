"""The admin's sidebar, built once per user and kept until something it shows changes.

Wagtail builds the sidebar on every admin page: every menu item's permission check,
the user's explorable root page for "Pages", the props packed as JSON, about 10 ms
of each page. What it shows depends on the user (her groups and permissions, name, avatar
and admin language), on where her permitted pages are (the "Pages" item opens at
their closest common ancestor) and on the code (the registered menu items), and on
nothing of the request. So the built props are kept per user in the cache under a
key of the code's release (resources/code_release.py), the language and the
sidebar's generation, which any change to users, groups, permissions and profiles,
and any page move, moves on (`connect`). Publishing and editing pages do not:
editors save pages all day, and the sidebar stays as it was.
"""

from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from . import code_release
from .cache_generation import Generation

GENERATION_KEY = "admin-sidebar:generation"
# A safety net only: every change that shows moves the generation.
TIMEOUT = 60 * 60
GENERATION = Generation(GENERATION_KEY)


def _key(user) -> str:
    return ":".join(
        [
            "admin-sidebar",
            str(GENERATION.current()),
            code_release.current(),
            get_language() or "",
            str(user.pk),
        ]
    )


def cached(build):
    """Wagtail's `sidebar_props` tag, answered from the cache for a logged-in user."""

    def sidebar_props(context):
        user = context["request"].user
        if not user.is_authenticated:
            return build(context)
        key = _key(user)
        props = cache.get(key)
        if props is None:
            props = str(build(context))
            cache.set(key, props, TIMEOUT)
        return mark_safe(props)  # noqa: S308 - Wagtail's json_script output, stored as is

    return sidebar_props


def install() -> None:
    """Register the cached tag under Wagtail's name, at start-up before any template
    is compiled (Wagtail has no hook for the sidebar's props)."""
    from wagtail.admin.templatetags import wagtailadmin_tags

    wagtailadmin_tags.register.simple_tag(takes_context=True, name="sidebar_props")(
        cached(wagtailadmin_tags.sidebar_props)
    )


def connect() -> None:
    """Every change to what a sidebar shows moves the generation."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.models import GroupCollectionPermission, GroupPagePermission
    from wagtail.signals import post_page_move
    from wagtail.users.models import UserProfile

    user_model = get_user_model()
    uid = "resources.admin_sidebar"
    for model in (
        user_model,
        UserProfile,
        Group,
        Permission,
        GroupPagePermission,
        GroupCollectionPermission,
    ):
        name = model.__name__
        post_save.connect(GENERATION.move, sender=model, dispatch_uid=f"{uid}.{name}.saved")
        post_delete.connect(GENERATION.move, sender=model, dispatch_uid=f"{uid}.{name}.deleted")
    for through in (
        user_model.groups.through,
        user_model.user_permissions.through,
        Group.permissions.through,
    ):
        m2m_changed.connect(
            GENERATION.move, sender=through, dispatch_uid=f"{uid}.{through.__name__}"
        )
    # A deleted page's permissions are deleted with it (post_delete above); a moved
    # page may change the common ancestor of a group's pages.
    post_page_move.connect(GENERATION.move, dispatch_uid=f"{uid}.page_moved")
