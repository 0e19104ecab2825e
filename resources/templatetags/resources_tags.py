"""Template tags: content navigation and the public guides on the front page."""

from django import template
from wagtail.models import Locale

from ..models import GuideIndexPage, GuidePage, MeetingIndexPage, ThemeIndexPage
from ..page_cache import cached_fragment
from ..privacy import failed_restrictions, restricted_pages_q, viewable

register = template.Library()


@register.inclusion_tag("resources/includes/content_nav.html", takes_context=True)
def content_nav(context):
    """Links to the guide, theme-material and meeting indexes in the reader's language
    (the Finnish ones where no translation exists), hiding what the reader may not see."""
    request = context.get("request")
    if request is None:
        return {"links": []}
    # The links depend on the language and on which restrictions the reader fails,
    # nothing else: readers in the same state share one cached list, and a reader
    # never gets the list of another state (anonymous vs logged in vs a group).
    state = ",".join(str(r.pk) for r in sorted(failed_restrictions(request), key=lambda r: r.pk))
    links = cached_fragment("nav", [state], lambda: _nav_links(request))
    return {"links": links, "request": request}


def _nav_links(request):
    locale = Locale.get_active()
    order = [GuideIndexPage, ThemeIndexPage, MeetingIndexPage]
    pages = viewable(_index_pages(order), request)
    by_type = {}
    for page in pages.specific(defer=True):
        key = type(page)
        if key not in by_type or page.locale_id == locale.pk:
            by_type[key] = page
    links = [by_type[model] for model in order if model in by_type]
    # A Finnish index shown for want of a translation is marked as Finnish (lang/dir).
    default = Locale.get_default()
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


def _index_pages(models):
    from wagtail.models import Page

    default = Locale.get_default()
    active = Locale.get_active()
    return Page.objects.live().type(*models).filter(locale__in={default.pk, active.pk})


@register.inclusion_tag("resources/includes/public_guides.html", takes_context=True)
def public_guides(context):
    """Guides anyone may read, in the reader's language, for the anonymous front page."""
    request = context.get("request")
    # Under no restriction at all (as `.public()`, without reading them again).
    guides = (
        GuidePage.objects.live()
        .exclude(restricted_pages_q(request))
        .filter(locale=Locale.get_active())
    )
    return {"guides": list(guides.order_by("path")), "request": request}
