"""Admin hooks of matching: the "Matching" menu item and its URLs.
Imported by volunteers/wagtail_hooks.py."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import matching_admin
from .pair_rules_viewset import pair_rule_viewset


class MatchingMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(matching_admin.RUN_PERMISSION)


@hooks.register("register_admin_viewset")
def register_pair_rules():
    return pair_rule_viewset


@hooks.register("register_admin_urls")
def register_matching_urls():
    return [path("matching/", include((matching_admin.urlpatterns, "volunteers_matching")))]


@hooks.register("register_admin_menu_item")
def register_matching_menu_item():
    return MatchingMenuItem(
        _("Matching"), reverse("volunteers_matching:index"), icon_name="link", order=320
    )
