"""Wagtail's page explorer with its rows' cells rendered once per shape (cms/shared_cells.py).

The explorer is Wagtail's own view: the default page viewset (a `PageViewSet` for
`Page`, registered in resources/wagtail_hooks.py in place of Wagtail's, as its docs
allow) with an index view that shares the rendering of the cells of its columns.
Each shape below names every input of that column's template that is not a value of
the row; a row that fits none (a search result with its parent shown) is rendered
by Wagtail as it is.
"""

from django.contrib.admin.utils import quote
from django.template import Context, Template
from django.templatetags.l10n import unlocalize
from django.urls import reverse
from django.utils.functional import cached_property
from wagtail.admin.templatetags.wagtailadmin_tags import admin_urlquote, test_page_is_public
from wagtail.admin.ui.tables import Column
from wagtail.admin.ui.tables.pages import (
    BulkActionsColumn,
    NavigateToChildrenColumn,
    PageStatusColumn,
    PageTitleColumn,
    PageTypeColumn,
    ParentPageColumn,
)
from wagtail.admin.views.pages.listing import ExplorableIndexView
from wagtail.admin.viewsets.pages import PageViewSet

from .shared_cells import SharedCells

# The buttons exactly as the title cell's template renders them.
_BUTTONS = Template(
    "{% load wagtailadmin_tags %}"
    "{% page_listing_buttons page request.user next_url=actions_next_url %}"
)


def _user(parent_context):
    return parent_context["request"].user


def title_shape(page, parent_context):
    """_page_title_cell.html and what it includes."""
    if getattr(page, "annotated_parent_page", None) is not None:
        return None
    request = parent_context["request"]
    can_edit = page.permissions_for_user(request.user).can_edit()
    show_locale_labels = parent_context.get("show_locale_labels")
    key = (
        page.is_site_root(),
        page.is_leaf(),
        can_edit,
        show_locale_labels and page.locale_id,
        test_page_is_public({"request": request}, page),
        page.locked,
        page.locked and page.locked_by_id == request.user.pk,
    )
    buttons = _BUTTONS.render(
        Context(
            {
                "page": page,
                "request": request,
                "actions_next_url": parent_context.get("actions_next_url"),
            }
        )
    )
    values = {
        "buttons": buttons,
        "title": page.get_admin_display_title(),
        "titleid": f"page_{admin_urlquote(unlocalize(page.pk))}_title",
    }
    if can_edit:
        values["edit"] = reverse("wagtailadmin_pages:edit", args=[page.id])
    return key, values


def status_shape(page, parent_context):
    """_page_status_cell.html: the status, and the live page's address."""
    url = page.get_url(request=parent_context.get("request")) if page.live else None
    return (page.live, str(page.status_string), url is None), ({"url": url} if url else {})


def navigate_shape(page, parent_context):
    """_navigation_explore.html: the link to the children, or to add one."""
    if page.is_navigable():
        url = reverse("wagtailadmin_explore", args=[page.id])
        return (True, None), {"url": url, "title": page.get_admin_display_title()}
    if page.permissions_for_user(_user(parent_context)).can_add_subpage():
        url = reverse("wagtailadmin_pages:add_subpage", args=[page.id])
        return (False, True), {"url": url, "title": page.get_admin_display_title()}
    return (False, False), {}


def bulk_shape(page, parent_context):
    """listing_checkbox_cell.html: the status and the page's id."""
    return (page.live,), {
        "describedby": f"page_{quote(page.pk)}_title",
        "pk": admin_urlquote(unlocalize(page.pk)),
    }


def value_shape(column):
    """A plain column's cell is its value: the value is the shape."""
    return lambda instance, parent_context: ((str(column.get_value(instance)),), {})


def shape_of(column):
    """The shape function of one of Wagtail's page columns, or None to leave it be."""
    for kind, shape in (
        (PageTitleColumn, title_shape),
        (PageStatusColumn, status_shape),
        (NavigateToChildrenColumn, navigate_shape),
        (BulkActionsColumn, bulk_shape),
    ):
        if type(column) is kind:
            return shape
    if type(column) in (Column, PageTypeColumn):
        return value_shape(column)
    return None


class SharedCellsExplorableIndexView(ExplorableIndexView):
    # 20 rows a page, as every other list of the admin (Wagtail's model listings, its
    # page search, the people lists); Wagtail's explorer alone showed 50. Each row
    # costs Wagtail about a millisecond (its "..." menu's buttons and their links),
    # so 50 rows kept an editor's listing of theme materials over 100 ms.
    paginate_by = 20

    # The explorer never shows the "Parent" column (`explorable_columns` leaves it
    # out), yet its presence made every listing read the rows' parent pages (two
    # queries). A search, which shows the parents in the title cell, still reads
    # them (`ExplorableIndexView.get_context_data`).
    base_columns = [
        column
        for column in ExplorableIndexView.base_columns
        if not isinstance(column, ParentPageColumn)
    ]

    @cached_property
    def explorable_columns(self):
        cells = SharedCells()
        columns = []
        for column in super().explorable_columns:
            shape = shape_of(column)
            columns.append(column if shape is None else cells.share(column, shape))
        return columns


class ExplorerPageViewSet(PageViewSet):
    """Wagtail's default page viewset, with the explorer above."""

    index_view_class = SharedCellsExplorableIndexView
