from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cms import roles
from cms.panels import FrontPagePanel, user_group_names
from home import dashboard  # noqa: F401 (registers the admin dashboard's role panels)


@hooks.register("front_page_panels")
def start_links_panel(request):
    """Quick links that depend on the user's roles."""
    groups = user_group_names(request.user)
    links = []
    if request.user.has_perm(roles.ADMIN_ACCESS):
        links.append((reverse("wagtailadmin_home"), _("Open the editing and coordination tools")))
    if roles.EDITORS in groups:
        links.append((reverse("wagtailadmin_explore_root"), _("Edit pages and translations")))
    links.append((reverse("password_change"), _("Change your password")))
    role_names = sorted(roles.label(name) for name in groups) or (
        [_("Administrator")] if request.user.is_superuser else []
    )
    return FrontPagePanel(
        title=_("Start"),
        template="home/panels/start.html",
        order=0,
        context={"links": links, "role_names": role_names},
    )


@hooks.register("front_page_panels")
def volunteer_panel(request):
    """An approved volunteer's shortcut to their own page at /volunteer/me/."""
    profile = getattr(request.user, "volunteer_profile", None)
    if profile is None or profile.status != "approved":
        return None
    return FrontPagePanel(
        title=_("My volunteer page"),
        template="volunteers/front_page_panel.html",
        order=10,
        context={"url": reverse("volunteers:me")},
    )
