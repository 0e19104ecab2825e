"""The admin's sidebar, built once per user and kept until something it shows changes.

Wagtail builds the sidebar on every admin page: every menu item's permission check,
the user's explorable root page for "Pages", the props packed as JSON, about 10 ms
of each page. What it shows depends on the user (her groups and permissions, name,
avatar and admin language), on where her permitted pages are (the "Pages" item opens
at their closest common ancestor) and on the code (the registered menu items), and
on nothing of the request. So the built props are kept per user in the cache, under
a key of:
- her own fields the sidebar shows or that decide her permissions (name, username,
  superuser, active), read from the user row the request has loaded anyway;
- her generation, moved when her groups, her own permissions or her profile (avatar,
  admin language) change;
- the sidebar's generation, moved when what a group may do changes (a group, its
  permissions, its page and collection permissions) and when a page moves;
- the code's release (resources/code_release.py) and the language.
Publishing and editing pages move nothing (editors save pages all day), and neither
does another user's new account or role.
"""

import hashlib

from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from . import code_release
from .cache_generation import Generation

GENERATION_KEY = "admin-sidebar:generation"
# A safety net only: every change that shows moves a generation.
TIMEOUT = 60 * 60
GENERATION = Generation(GENERATION_KEY)


def user_generation(user_pk) -> Generation:
    return Generation(f"{GENERATION_KEY}:user:{user_pk}")


def _key(user) -> str:
    own = "\x1f".join(
        map(
            str, (user.username, user.first_name, user.last_name, user.is_superuser, user.is_active)
        )
    )
    return ":".join(
        [
            "admin-sidebar",
            str(GENERATION.current()),
            str(user_generation(user.pk).current()),
            code_release.current(),
            get_language() or "",
            str(user.pk),
            hashlib.blake2b(own.encode(), digest_size=8).hexdigest(),
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


def _users_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """A user's groups or own permissions changed: hers moves (from either side)."""
    if not action.startswith("post_"):
        return
    if not reverse:
        user_generation(instance.pk).move()
    elif pk_set is not None:
        for pk in pk_set:
            user_generation(pk).move()
    else:  # a group's or permission's users all cleared: who they were is gone
        GENERATION.move()


def _profile_changed(sender, instance, **kwargs):
    user_generation(instance.user_id).move()


def connect() -> None:
    """Every change to what a sidebar shows moves a generation."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.models import GroupCollectionPermission, GroupPagePermission
    from wagtail.signals import post_page_move
    from wagtail.users.models import UserProfile

    uid = "resources.admin_sidebar"
    for model in (Group, Permission, GroupPagePermission, GroupCollectionPermission):
        name = model.__name__
        post_save.connect(GENERATION.move, sender=model, dispatch_uid=f"{uid}.{name}.saved")
        post_delete.connect(GENERATION.move, sender=model, dispatch_uid=f"{uid}.{name}.deleted")
    m2m_changed.connect(
        GENERATION.move, sender=Group.permissions.through, dispatch_uid=f"{uid}.group_perms"
    )
    user_model = get_user_model()
    for through in (user_model.groups.through, user_model.user_permissions.through):
        m2m_changed.connect(_users_changed, sender=through, dispatch_uid=f"{uid}.{through}")
    post_save.connect(_profile_changed, sender=UserProfile, dispatch_uid=f"{uid}.profile.saved")
    post_delete.connect(_profile_changed, sender=UserProfile, dispatch_uid=f"{uid}.profile.deleted")
    # A deleted page's permissions are deleted with it (post_delete above); a moved
    # page may change the common ancestor of a group's pages.
    post_page_move.connect(GENERATION.move, dispatch_uid=f"{uid}.page_moved")
