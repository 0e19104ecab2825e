"""The page at an address, by one lookup of its `url_path`.

Wagtail's own routing walks the tree from the root, two queries per level: a chapter
four levels down cost eight before it rendered. No page type here routes its
children itself (tests/home/test_routing.py keeps it so), so the page stored at the
path is the page to serve. Anything not found that way (and any page type that does
route itself) is left to Wagtail's walk, which also gives the 404.
"""

from django.db.models import Subquery
from wagtail.models import Page
from wagtail.url_routing import RouteResult


def find_page(root, path_components, root_translations=None):
    """The route result of the live page at `path_components` below `root`, or None to
    let Wagtail route.

    Two queries: the page's translations with their locales, the page among them (the
    language switcher shows them: `routed_translations` on the page), then its specific
    row. For the root itself `root_translations` may be given, read already.
    """
    if not path_components:
        found = root
        translations = root_translations
    else:
        where = {
            "path__startswith": root.path,
            "depth": root.depth + len(path_components),
            "url_path": f"{root.url_path}{'/'.join(path_components)}/",
        }
        at_path = Page.objects.filter(**where).values("translation_key")[:1]
        translations = list(
            Page.objects.filter(translation_key=Subquery(at_path)).select_related("locale")
        )
        found = next(
            (
                page
                for page in translations
                if page.path.startswith(root.path)
                and page.depth == where["depth"]
                and page.url_path == where["url_path"]
            ),
            None,
        )
    return route_to(found, translations)


def route_to(found, translations):
    """The route result of `found` (a page as read, its translations with their
    locales, itself among them), or None to let Wagtail route: one query, for its
    specific row."""
    if found is None or not found.live:
        return None
    found = _specific(found)
    if found is None or not routes_by_path(type(found)):
        return None
    if translations is not None:
        found.routed_translations = translations
    return RouteResult(found)


def _specific(page):
    """`page` as its own page type, in one query with the relations the type names in
    `route_select_related` (those its page view reads), keeping the locale read with it."""
    model = page.specific_class
    if model is None:  # a page type no longer in the code: Wagtail's walk decides
        return None
    related = getattr(model, "route_select_related", ())
    specific = model._default_manager.select_related(*related).get(pk=page.pk)
    if "locale" in page._state.fields_cache:
        specific.locale = page.locale
    return specific


def routes_by_path(page_class) -> bool:
    """Whether pages of `page_class` are served at their `url_path` as Wagtail's own
    `Page.route` serves them: it does not override `route`, or its override is marked
    with `same_route` (the front page's, which only finds its descendants faster)."""
    return page_class.route is Page.route or getattr(page_class.route, "same_route", False)


def same_route(route):
    """Marks a `route` override that serves every page at its `url_path`, as Wagtail's."""
    route.same_route = True
    return route
