"""`lang` and `dir` for content whose language differs from the page's."""

import uuid

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info

register = template.Library()


def _direction(code: str) -> str:
    try:
        return "rtl" if get_language_info(code)["bidi"] else "ltr"
    except KeyError:
        return "ltr"


@register.simple_tag
def lang_attrs(code):
    """` lang="fi" dir="ltr"` when `code` is not the page's language, else nothing.

    Screen readers switch voice on `lang`, and `dir` keeps Finnish words inside an
    Arabic page (or an Arabic notice inside a Finnish one) in their own direction.
    """
    if not code or code == get_language():
        return ""
    return format_html(' lang="{}" dir="{}"', code, _direction(code))


@register.simple_tag
def element_id(prefix):
    """A page-unique id for `aria-labelledby` (blocks do not know their position)."""
    return f"{prefix}-{uuid.uuid4().hex[:8]}"
