from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms import roles
from cms.accounts.request_user import user_facts
from cms.panels import FrontPagePanel, can_edit_pages, user_group_names
from home import calendar as staff_calendar
from home import dashboard  # noqa: F401 (registers the admin dashboard's role panels)


@hooks.register("front_page_panels")
def start_links_panel(request):
    """Quick links that depend on the user's roles."""
    groups = user_group_names(request.user)
    links = []
    # Read with her other per-request facts, not all her permissions (two queries).
    admin_access = user_facts(request.user).admin_access
    if admin_access:
        links.append((reverse("wagtailadmin_home"), _("Open the editing and coordination tools")))
    # Page editing happens in the admin: without access to it, no need to ask.
    if admin_access and can_edit_pages(request.user):
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


@hooks.register("register_admin_urls")
def register_calendar_urls():
    return [path("calendar/", include((staff_calendar.admin_urlpatterns, "home_calendar")))]


class CalendarMenuItem(MenuItem):
    def is_shown(self, request):
        return staff_calendar.may_use_calendar(request.user)


@hooks.register("register_admin_menu_item")
def register_calendar_menu_item():
    return CalendarMenuItem(
        _("Calendar"), reverse("home_calendar:index"), icon_name="date", order=305
    )
