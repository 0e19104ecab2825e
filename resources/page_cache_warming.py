"""Warming the anonymous page cache after a change (resources/page_cache.py).

A publish moves the cache's generation, and then every page is cold: the first
anonymous visitor of each page and language waits for a full render. A background
task (`resources.tasks.warm_page_cache_task`, queued by `page_cache.invalidate`)
renders the main public pages again, through the whole middleware stack as a
visitor's request would be, so `AnonymousPageCacheMiddleware` stores them exactly
as it stores a visitor's page.

Which pages: for each Site, in each language of its root page, the live pages that
no view restriction covers, shallowest first (the front pages, then the sections),
at most PAGE_CACHE_WARM_LIMIT a site; then the Django views in PAGE_CACHE_WARM_VIEWS
(the sign-up form) in each of those languages. A restricted page is never asked for:
the middleware would not store it anyway, and nothing private should pass through.
"""

import io
import logging
import sys
import time
from dataclasses import dataclass, field
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.handlers.wsgi import WSGIHandler, WSGIRequest, get_script_name
from django.db.models import Q
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse, set_script_prefix
from django.utils import translation
from django.utils.encoding import iri_to_uri
from wagtail.models import Page, Site

from . import page_cache
from .privacy import restricted_pages_q

logger = logging.getLogger(__name__)


@dataclass
class WarmRun:
    """What one warm run did: addresses rendered and stored, skipped, seconds taken."""

    generation: int
    warmed: int = 0
    skipped: list[str] = field(default_factory=list)
    superseded: bool = False
    seconds: float = 0.0

    def summary(self) -> dict:
        return {
            "generation": self.generation,
            "warmed": self.warmed,
            "skipped": len(self.skipped),
            "superseded": self.superseded,
            "seconds": round(self.seconds, 2),
        }


def warm(generation: int) -> WarmRun | None:
    """Render the public pages of every Site for the cache of `generation`.

    None if the generation has moved on already: the change that moved it queued a
    run of its own, which will warm (a burst of saves ends in one run). A run that
    sees the generation move mid-way stops there for the same reason.
    """
    if page_cache.generation() != generation:
        logger.debug("Page cache warming for generation %s superseded", generation)
        return None
    run = WarmRun(generation)
    started = time.monotonic()
    handler = WSGIHandler()
    for site in Site.objects.select_related("root_page"):
        for path in addresses(site, settings.PAGE_CACHE_WARM_LIMIT):
            if page_cache.generation() != generation:
                run.superseded = True
                break
            status = render(handler, site, path)
            if status == 200:
                run.warmed += 1
            else:
                run.skipped.append(path)
                logger.warning("Page cache warming skipped %s%s (status %s)", site, path, status)
    run.seconds = time.monotonic() - started
    logger.info("Page cache warmed: %s", run.summary())
    return run


def addresses(site: Site, limit: int) -> list[str]:
    """The paths to warm on `site`: its public pages (at most `limit`) by depth then
    tree path, then the views of PAGE_CACHE_WARM_VIEWS in each language it has."""
    roots = list(
        Page.objects.filter(
            translation_key=site.root_page.translation_key,
            locale__language_code__in=[code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES],
        ).select_related("locale")
    )
    paths = [path for page in public_pages(roots, limit) if (path := _path_on(page, site))]
    languages = [root.locale.language_code for root in sorted(roots, key=lambda r: r.path)]
    return paths + view_paths(languages)


def public_pages(roots, limit: int):
    """Live pages under `roots` (inclusive) that an anonymous visitor may see and the
    page cache may store (no alias), shallowest first, at most `limit`."""
    if not roots:
        return Page.objects.none()
    under_roots = Q()
    for root in roots:
        under_roots |= Q(path__startswith=root.path)
    return (
        Page.objects.live()
        .filter(under_roots, alias_of__isnull=True)
        .exclude(restricted_pages_q(_anonymous_request()))
        .order_by("depth", "path")[:limit]
    )


def view_paths(languages) -> list[str]:
    """The addresses of the cacheable Django views (the sign-up form) per language."""
    paths = []
    for name in settings.PAGE_CACHE_WARM_VIEWS:
        for language in languages:
            with translation.override(language):
                try:
                    paths.append(reverse(name))
                except NoReverseMatch:
                    logger.warning("PAGE_CACHE_WARM_VIEWS names %r, which is no URL", name)
                    break
    return paths


def _path_on(page, site) -> str | None:
    parts = page.get_url_parts()
    if parts is None or parts[0] != site.pk:
        return None  # not routable, or served under another site
    return parts[2]


def _anonymous_request() -> HttpRequest:
    # The privacy helpers read the restrictions for a request; an anonymous one here.
    request = HttpRequest()
    request.user = AnonymousUser()
    return request


def render(handler: WSGIHandler, site: Site, path: str) -> int | None:
    """GET `path` on `site` as an anonymous visitor without cookies, through the whole
    middleware stack (which stores the page); the status, or None if it raised."""
    environ = _environ(site, path)
    set_script_prefix(get_script_name(environ))
    request = WSGIRequest(environ)
    try:
        # The language a page activates must not stay with the worker's next task.
        with translation.override(None):
            response = handler.get_response(request)
    except Exception:
        logger.exception("Page cache warming could not render %s%s", site, path)
        return None
    return response.status_code


def _environ(site: Site, path: str) -> dict:
    # A visitor's Host names the port only when it is not the scheme's own; the cache
    # key carries the host as she sends it.
    host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    # Where the site redirects to https, every visitor is on https: so is this request
    # (or it would get the redirect, which is not stored).
    secure = site.port == 443 or settings.SECURE_SSL_REDIRECT
    environ = {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        # As a WSGI server passes it: the path unquoted, its bytes as latin-1.
        "PATH_INFO": unquote_to_bytes(iri_to_uri(path)).decode("iso-8859-1"),
        "QUERY_STRING": "",
        "SERVER_NAME": site.hostname,
        "SERVER_PORT": str(site.port),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": host,
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "https" if secure else "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    proxy_header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    if secure and proxy_header:
        environ[proxy_header[0]] = proxy_header[1]
    return environ
