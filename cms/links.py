"""Absolute links for emails and feeds: the one place that knows the site's address."""

from django.conf import settings


def absolute_url(path: str) -> str:
    """``path`` (from ``reverse`` or a page URL) on the site's configured address.

    Emails are sent by workers with no request at hand, so the address comes from
    WAGTAILADMIN_BASE_URL, never from a request's host.
    """
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
