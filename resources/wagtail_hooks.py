"""Admin: the content taxonomies in one menu group, the guide workflow on new guide
indexes, and an upcoming-meetings panel on the intranet front page."""

import functools

from django.contrib import messages
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup
from wagtail_localize import wagtail_hooks as localize_hooks

from cms import row_menus
from cms.calendar import CalendarItem
from cms.page_explorer import ExplorerPageViewSet
from cms.panels import FrontPagePanel

from . import translation_buttons
from .models import (
    MessageText,
    Theme,
    ThemeMeetingPage,
    Venue,
    missing_translations,
    one_per_meeting,
    upcoming_meetings,
)
from .models.meetings import attach_places
from .page_cache import mark_cacheable
from .privacy import view_restrictions, viewable
from .workflow import assign_guide_workflow, is_reviewed_index, refuses_direct_publish

UPCOMING_ON_FRONT_PAGE = 5


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", "slug", "locale"]
    list_filter = ["locale"]
    list_export = ["name", "slug", "description"]
    search_fields = ["name"]
    # The columns, not the index: index search by field fails on SQLite.
    search_backend_name = None


class VenueViewSet(SnippetViewSet):
    model = Venue
    icon = "site"
    menu_label = _("Venues")
    list_display = ["name", "municipality", "address"]
    list_filter = ["municipality"]
    list_export = ["name", "municipality", "address", "accessibility"]
    search_fields = ["name", "municipality"]
    search_backend_name = None


class ContentTaxonomyGroup(SnippetViewSetGroup):
    """Themes and venues under one "Content" menu item; the menu items show only to
    users with a permission on the model (SnippetViewSet checks them)."""

    items = (ThemeViewSet, VenueViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Content taxonomy")
    menu_name = "content-taxonomy"


register_snippet(ContentTaxonomyGroup)


@hooks.register("after_create_page")
def put_new_content_index_under_review(request, page):
    if is_reviewed_index(page):
        assign_guide_workflow(page)


@hooks.register("before_publish_page")
def publish_guides_through_review(request, page):
    """Editors hold publish permission site-wide; for reviewed content the review decides.
    The revision is already saved, so the editor loses nothing."""
    if refuses_direct_publish(request, page):
        messages.error(
            request,
            _(
                "This content is published after review. Your changes are saved as a draft: "
                "submit them for review and another editor will approve them."
            ),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("front_page_panels")
def upcoming_meetings_panel(request):
    """The next few theme meetings in the reader's language."""
    meetings = attach_places(
        viewable(
            upcoming_meetings(one_per_meeting(ThemeMeetingPage.objects.live()), now=timezone.now()),
            request,
        )[:UPCOMING_ON_FRONT_PAGE]
    )
    return FrontPagePanel(
        title=_("Upcoming theme meetings"),
        template="resources/panels/upcoming_meetings.html",
        order=20,
        context={"meetings": meetings},
    )


@hooks.register("calendar_items")
def meeting_calendar_items(user, start, end):
    """Theme meetings in those days, each once in the user's language, that she may view."""
    from types import SimpleNamespace

    # The private feed has no request: the page privacy check needs only the user.
    reader = SimpleNamespace(user=user, session={})
    meetings = attach_places(
        viewable(
            one_per_meeting(ThemeMeetingPage.objects.live())
            .filter(start__date__gte=start, start__date__lt=end)
            .select_related("venue")
            .order_by("start"),
            reader,
        )
    )
    return [
        CalendarItem(
            kind="meeting",
            uid=f"meeting-{m.translation_key}",
            title=m.title,
            feed_title=m.title,
            start=m.start,
            end=m.end,
            url=m.get_url() or "",
            location=m.place.name,
            object_id=m.pk,
        )
        for m in meetings
    ]


@hooks.register("register_admin_viewset")
def register_meeting_series():
    from .series_admin import meeting_series_viewset

    return meeting_series_viewset


class MessageTextViewSet(SnippetViewSet):
    model = MessageText
    icon = "mail"
    menu_label = _("Message texts")
    list_display = ["key", "locale"]
    list_filter = ["locale", "key"]
    search_backend_name = None


register_snippet(MessageTextViewSet)


@hooks.register("admin_home_panels")
def missing_message_texts_panel(request):
    """For editors: message texts that mothers would get in Finnish instead of theirs."""
    if not request.user.has_perm("resources.change_messagetext"):
        return None
    missing = missing_translations()
    if not missing:
        return None
    return FrontPagePanel(
        title=_("Message texts without a translation"),
        template="resources/panels/missing_message_texts.html",
        order=12,
        context={"missing": missing},
    )


@hooks.register("before_serve_page")
def allow_anonymous_page_cache(page, request, serve_args, serve_kwargs):
    """Public pages served to anonymous visitors may be kept whole (page_cache.py)."""
    mark_cacheable(page, request)


@hooks.register("before_serve_page")
def check_restrictions_from_the_request_read(page, request, serve_args, serve_kwargs):
    """Wagtail's own check of the served page (its `check_view_restrictions`, which
    runs after these hooks) asks `page.get_view_restrictions()`: two queries, on top
    of the one read of every restriction the navigation and listings already make.
    This one page object answers from that read instead: the same restrictions
    (aliases included, privacy.view_restrictions), as a list, which is all the check
    iterates. Other instances of the page, and the admin, are untouched."""
    page.get_view_restrictions = functools.partial(view_restrictions, page, request)


# --- wagtail-localize's listing buttons without two queries a row -------------------
# Swap wagtail-localize's "more" buttons of the page explorer for ours, which read the
# translation state from the explorer's annotated queryset (translation_buttons.py).
# Importing its hooks module first registers its hooks now, so there is one to swap;
# Wagtail has no public way to unregister a hook, hence the edit of its registry.
_MORE_BUTTONS = "register_page_listing_more_buttons"
hooks._hooks[_MORE_BUTTONS] = [
    (fn, order)
    for fn, order in hooks._hooks.get(_MORE_BUTTONS, [])
    if fn is not localize_hooks.page_listing_more_buttons
]
hooks.register(_MORE_BUTTONS, translation_buttons.listing_more_buttons)


@hooks.register("construct_explorer_page_queryset")
def annotate_translation_state(parent_page, pages, request):
    return translation_buttons.annotate_translation_state(pages)


@hooks.register("construct_page_listing_buttons")
def share_row_menu_rendering(buttons, page, user, context=None):
    """Each row's "…" menu rendered once per request and shape (cms/row_menus.py);
    which items a row shows is still Wagtail's decision for that page."""
    request = context.get("request") if context is not None else None
    if request is not None:
        row_menus.for_request(request).share(buttons)


@hooks.register("register_admin_viewset", order=100)
def register_explorer_page_viewset():
    """The page explorer with its cells rendered once per shape (cms/page_explorer.py).
    Registered for `Page` after Wagtail's default page viewset (order), which it
    replaces in the page viewset registry; its views are otherwise Wagtail's."""
    return ExplorerPageViewSet()
