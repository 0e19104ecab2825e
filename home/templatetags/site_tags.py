"""Template tags for the site chrome: the language switcher."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

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
        translations = page.get_translations(inclusive=True).live().select_related("locale")
        for translation in translations:
            code = translation.locale.language_code
            options.append((code, translation.url, code == current))
        options.sort(key=lambda option: _language_order(option[0]))
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


def _language_order(code):
    codes = [c for c, _ in settings.LANGUAGES]
    return codes.index(code) if code in codes else len(codes)
