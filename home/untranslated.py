"""A page that exists in Finnish but not yet in the reader's language.

/sv/oppaat/ answered 404 while /oppaat/ and /sv/ exist: Wagtail routes /sv/… only
through the Swedish tree. Rather than a dead end, the reader is sent to the page in
the default language (the content navigation links to it the same way).
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.utils import translation
from wagtail.models import Locale, Site


def default_language_page(request):
    """The live, viewable page at this path in the default-language tree, or None."""
    language = translation.get_language_from_path(request.path_info)
    if not language or language == settings.LANGUAGE_CODE:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    rest = request.path_info.removeprefix(f"/{language}/")
    components = [part for part in rest.split("/") if part]
    if not components:
        return None
    root = site.root_page.specific
    default = Locale.get_default()
    if root.locale_id != default.pk:
        root = root.get_translation_or_none(default) or root
    try:
        route = root.route(request, components)
    except Http404:
        return None
    page = route.page
    if not page.live or page.get_view_restrictions().exists():
        return None
    return page


class UntranslatedPageFallbackMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD"):
            return response
        page = default_language_page(request)
        if page is None:
            return response
        return HttpResponseRedirect(page.get_url(request))
