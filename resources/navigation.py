"""The content navigation: links to the guide, theme-material and meeting indexes.

The links are cached per language and restriction state (resources_tags.content_nav);
on a cold cache their pages are one more query. A request that read the site's root
pages (home/site_context.py) reads the index pages in the same query and hands them
here (`give_candidates`); any other request reads them itself.
"""

import functools

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page

from .privacy import covers, failed_restrictions, viewable

_CANDIDATES = "_nav_candidate_pages"


def index_page_types():
    from .models import GuideIndexPage, MeetingIndexPage, ThemeIndexPage

    return [GuideIndexPage, ThemeIndexPage, MeetingIndexPage]


def content_type_ids() -> list[int]:
    """The content types of the index page types and their subclasses (as Wagtail's
    `PageQuerySet.type()`), from Django's content type cache."""
    return sorted(ct.pk for ct in ContentType.objects.get_for_models(*_index_models()).values())


@functools.cache
def _index_models():
    types = tuple(index_page_types())
    return [m for m in apps.get_models() if issubclass(m, types)]


def give_candidates(request, pages) -> None:
    """Hand the request every live index page (all languages, any restriction): the
    links are chosen from them as `nav_links` would read them."""
    setattr(request, _CANDIDATES, list(pages))


def nav_links(request):
    """The links in the reader's language (the Finnish page where no translation
    exists), without the indexes this request may not view."""
    locale = Locale.get_active()
    default = Locale.get_default()
    order = index_page_types()
    by_type = {}
    for page in _viewable_index_pages(request, {default.pk, locale.pk}):
        key = type(page)
        if key not in by_type or page.locale_id == locale.pk:
            by_type[key] = page
    links = [by_type[model] for model in order if model in by_type]
    # A Finnish index shown for want of a translation is marked as Finnish (lang/dir).
    return [
        {
            "url": page.get_url(request),
            "title": page.title,
            "language_code": (
                locale.language_code if page.locale_id == locale.pk else default.language_code
            ),
        }
        for page in links
    ]


def _viewable_index_pages(request, locale_ids):
    """The live index pages in `locale_ids` the request may view, in tree order, each
    as its own type (deferred: no query for their own fields)."""
    candidates = getattr(request, _CANDIDATES, None)
    if candidates is None:
        pages = Page.objects.live().type(*index_page_types()).filter(locale__in=locale_ids)
        return list(viewable(pages, request).order_by("path").specific(defer=True))
    hidden = failed_restrictions(request)
    return [
        page.specific_deferred
        for page in sorted(candidates, key=lambda p: p.path)
        if page.live and page.locale_id in locale_ids and not any(covers(r, page) for r in hidden)
    ]
