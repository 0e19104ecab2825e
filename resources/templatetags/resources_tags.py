"""Template tags: content navigation and the public guides on the front page."""

from django import template
from wagtail.models import Locale

from ..models import GuidePage
from ..navigation import nav_links
from ..page_cache import cached_fragment
from ..privacy import failed_restrictions, restricted_pages_q

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
    links = cached_fragment("nav", [state], lambda: nav_links(request))
    return {"links": links, "request": request}


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
