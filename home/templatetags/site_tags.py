"""Template tags for the site chrome: the language switcher and the footer, both
cached per language until content or settings change (resources/page_cache.py)."""

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info
from wagtail.models import Site

from cms.accounts.request_user import user_facts
from home.models import ContactSettings
from resources.page_cache import cached_fragment

register = template.Library()


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the translations of the current page that exist.

    On a Wagtail page: its live translations. Elsewhere: the interface languages,
    each the same view under its language prefix.
    """
    request = context.get("request")
    page = context.get("page")
    current = get_language()
    options = []
    if page is not None and hasattr(page, "get_translations"):
        # The same for every reader of the page: translations share its restrictions.
        translations = cached_fragment("languages", [page.pk], lambda: _translations(page, request))
        options = [(code, url, code == current) for code, url in translations]
    elif request is not None:
        for code, _name in settings.LANGUAGES:
            if code in settings.INTERFACE_LANGUAGES:
                options.append(
                    (code, translate_url(request.get_full_path(), code), code == current)
                )
    return {
        "languages": [
            {
                "code": code,
                "url": url,
                "current": is_current,
                "name_local": get_language_info(code)["name_local"],
                "bidi": get_language_info(code)["bidi"],
            }
            for code, url, is_current in options
        ]
    }


def _translations(page, request):
    """(language code, address) of the page's live translations, in LANGUAGES order.

    The page served read its translations along with itself (home/routing.py); any
    other page reads them here."""
    translations = getattr(page, "routed_translations", None)
    if translations is None:
        translations = page.get_translations(inclusive=True).select_related("locale")
    found = [(t.locale.language_code, t.get_url(request)) for t in translations if t.live]
    return sorted(found, key=lambda option: _language_order(option[0]))


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer with the site's contact details (a setting read once per language
    and change, not on every request)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return ""

    def render():
        # Read with the site when the request began (home/site_context.py).
        contact = ContactSettings.for_request(request)
        return render_to_string("components/footer.html", {"contact": contact})

    return mark_safe(cached_fragment("footer", [site.pk], render))  # noqa: S308 (our template)


@register.filter
def has_admin_access(user):
    """`perms.wagtailadmin.access_admin` without reading all her permissions (two
    queries): read with her other per-request facts (cms/accounts/request_user.py)."""
    return user.is_authenticated and user_facts(user).admin_access


def _language_order(code):
    codes = [c for c, _ in settings.LANGUAGES]
    return codes.index(code) if code in codes else len(codes)
