"""The Wagtail admin dashboard as each role's home.

Apps register ``admin_home_panels`` hooks returning a ``FrontPagePanel`` (the same
dataclass as the front page, cms/panels.py) or None when the panel is not for this
user; each one becomes a dashboard panel here, after Wagtail's own panels.
"""

from django.db.models import F, OuterRef, Subquery
from django.urls import Resolver404, resolve
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail_localize.models import Translation

from cms import roles
from cms.panels import FrontPagePanel, can_edit_pages

REPORTS_PATH = "/admin/reports/"
DRAFTS_SHOWN = 10
OUTDATED_SHOWN = 10


class RolePanel(Component):
    """One FrontPagePanel rendered as a Wagtail dashboard panel."""

    template_name = "home/dashboard/role_panel.html"

    def __init__(self, panel: FrontPagePanel):
        self.panel = panel
        self.name = slugify(str(panel.title)) or "panel"
        # Wagtail's own panels use 100-300; the role's work comes first.
        self.order = panel.order

    def get_context_data(self, parent_context):
        return {"panel": self.panel, "request": parent_context.get("request")}


@hooks.register("construct_homepage_panels")
def add_role_panels(request, panels):
    found = (hook(request) for hook in hooks.get_hooks("admin_home_panels"))
    role_panels = sorted((p for p in found if p is not None), key=lambda p: p.order)
    panels.extend(RolePanel(panel) for panel in role_panels)


@hooks.register("admin_home_panels")
def drafts_panel(request):
    """For whoever may edit pages: her pages with changes not yet published (one query)."""
    if not can_edit_pages(request.user):
        return None
    drafts = list(
        Page.objects.filter(has_unpublished_changes=True, latest_revision__user=request.user)
        .select_related("locale")
        .order_by("-latest_revision_created_at")[:DRAFTS_SHOWN]
    )
    return FrontPagePanel(
        title=_("Your drafts"),
        template="home/dashboard/drafts.html",
        order=10,
        context={"drafts": drafts},
    )


def outdated_translations():
    """Page translations whose source was published after it was last synced.

    wagtail-localize copies a source page's text into its TranslationSource when a
    translation is made or synced ("Sync translated pages"); a source page published
    later has text its translations have not been offered. One query: the source
    page's publication time and the translated page are subqueries per row.
    """
    source_page = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale=OuterRef("source__locale")
    )
    target_page = Page.objects.filter(
        translation_key=OuterRef("source__object_id"), locale=OuterRef("target_locale")
    )
    return (
        # A snippet's source matches no page, so its publication time is NULL: left out.
        Translation.objects.filter(enabled=True)
        .annotate(
            source_published_at=Subquery(source_page.values("last_published_at")[:1]),
            source_page_id=Subquery(source_page.values("pk")[:1]),
            target_page_id=Subquery(target_page.values("pk")[:1]),
            target_title=Subquery(target_page.values("title")[:1]),
        )
        .filter(source_published_at__gt=F("source__last_updated_at"))
        .select_related("target_locale", "source")
        .order_by("-source_published_at")
    )


@hooks.register("admin_home_panels")
def outdated_translations_panel(request):
    """For translators: translations whose source page changed after their last sync."""
    if not request.user.has_perm(roles.TRANSLATE_CONTENT):
        return None
    return FrontPagePanel(
        title=_("Translations out of date"),
        template="home/dashboard/outdated_translations.html",
        order=12,
        context={"translations": list(outdated_translations()[:OUTDATED_SHOWN])},
    )


@hooks.register("admin_home_panels")
def reports_panel(request):
    """For report readers: the way to the reports, once the reports app is installed."""
    if not request.user.has_perm(roles.VIEW_REPORTS):
        return None
    try:
        match = resolve(REPORTS_PATH)
    except Resolver404:
        return None
    # Wagtail's admin answers unknown paths with an unnamed catch-all view.
    if match.url_name in (None, "wagtail_serve"):
        return None
    return FrontPagePanel(
        title=_("Reports"),
        template="home/dashboard/reports.html",
        order=15,
        context={"url": REPORTS_PATH},
    )
