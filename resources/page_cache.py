"""Caching of public pages: the site chrome as fragments, anonymous pages whole.

Every key carries a *generation*: one number in the cache that any change visitors
could see moves on (a page published, unpublished, moved, deleted or saved; a view
restriction set or lifted; a snippet or site setting saved; see `connect`). The old
entries are then never read again and expire on their own. This is coarser than
per-page invalidation, and simple enough to be right: a page shows its parents,
siblings and the navigation, so a publish anywhere may change any page.

The generation starts from the clock, never from 0: if the cache loses the counter
(eviction, restart) but keeps old entries, a fresh counter does not meet them again.

Whole pages are cached only for a visitor who certainly is anonymous and has nothing
personal in the response (see `AnonymousPageCacheMiddleware`); a page under any view
restriction is never stored, whoever asks.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import get_language

from .request_memo import memoised, overwrite

GENERATION_KEY = "public-pages:generation"
# Entries outlive a quiet day; a change moves the generation anyway.
TIMEOUT = 24 * 60 * 60
_ANONYMOUS_MARK = "_anonymous_page_cacheable"
_MEMO_KEY = "page-cache-generation"


def generation() -> int:
    """The current generation (set from the clock when the cache has none); read once
    per GET request (the page and each fragment ask: a cache round trip each)."""
    return memoised(_MEMO_KEY, _read_generation)


def _read_generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = time.time_ns()
        if not cache.add(GENERATION_KEY, value, None):
            value = cache.get(GENERATION_KEY, value)
    return value


def invalidate(**kwargs) -> None:
    """Move to a new generation: every cached fragment and page is stale from now
    (also for the rest of a request that made the change)."""
    value = time.time_ns()
    cache.set(GENERATION_KEY, value, None)
    overwrite(_MEMO_KEY, value)


def fragment_key(name: str, *parts) -> str:
    """A cache key for a fragment of the current generation and language."""
    return ":".join(
        ["public-pages", str(generation()), name, get_language() or "", *map(str, parts)]
    )


def cached_fragment(name: str, parts, compute):
    """`compute()` from the cache under `name` and `parts` (computed on a miss)."""
    key = fragment_key(name, *parts)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value


# Whole pages for anonymous visitors


def mark_cacheable(page, request) -> None:
    """Called before Wagtail serves `page` (a before_serve_page hook): allows the
    response to be stored if the page is public and the visitor anonymous."""
    from .privacy import is_restricted

    if (
        request.method == "GET"
        and _certainly_anonymous(request)
        and not request.GET
        and page.alias_of_id is None
        and not is_restricted(page, request)
    ):
        setattr(request, _ANONYMOUS_MARK, True)


def _certainly_anonymous(request) -> bool:
    """No session and no messages: nothing personal can be in the page.

    A session cookie may belong to a logged-in user, or to a visitor who passed a page
    password or has a message waiting: all of them get a freshly rendered page.
    """
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _page_key(request) -> str:
    # The language is in the path, but the key names it too ("vary on language").
    return fragment_key("page", request.get_host(), request.path)


class AnonymousPageCacheMiddleware:
    """Serves anonymous GET/HEAD requests of public Wagtail pages from the cache.

    Only responses marked by `mark_cacheable` are stored, and only if they set no
    cookie and did not use the CSRF token: such a response is the same for every
    anonymous visitor. The sign-up form (a Django view with a CSRF token) is never
    marked, and would be refused by the CSRF check if it were.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        readable = (
            request.method in ("GET", "HEAD")
            and not request.META.get("QUERY_STRING")
            and _certainly_anonymous(request)
        )
        if readable:
            cached = cache.get(_page_key(request))
            if cached is not None:
                return _rebuild(cached)
        response = self.get_response(request)
        if readable and self._storable(request, response):
            cache.set(_page_key(request), _stored(response), TIMEOUT)
        return response

    @staticmethod
    def _storable(request, response) -> bool:
        return (
            getattr(request, _ANONYMOUS_MARK, False)
            and not request.user.is_authenticated
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not request.META.get("CSRF_COOKIE_USED")
            and "no-store" not in response.get("Cache-Control", "")
            and "private" not in response.get("Cache-Control", "")
        )


def _stored(response) -> dict:
    return {"content": response.content, "headers": dict(response.items())}


def _rebuild(stored: dict) -> HttpResponse:
    response = HttpResponse(stored["content"])
    for name, value in stored["headers"].items():
        response[name] = value
    return response


def connect() -> None:
    """Called from the app's ready(): every change visitors could see invalidates."""
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move
    from wagtailmedia.models import get_media_model

    from .models import Audience, Language, Theme, Venue

    uid = "resources.page_cache"
    page_published.connect(invalidate, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(invalidate, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(invalidate, dispatch_uid=f"{uid}.moved")
    # Saves and deletions of any page type (a page saved by code, a deleted subtree)
    # and of any site setting (the footer's contact details): no sender, so that the
    # subclasses in higher layers (home) are covered without importing them.
    post_save.connect(_page_changed, dispatch_uid=f"{uid}.page_saved")
    post_delete.connect(_page_changed, dispatch_uid=f"{uid}.page_deleted")
    for model in (PageViewRestriction, Site, Locale, Theme, Venue, Audience, Language):
        post_save.connect(invalidate, sender=model, dispatch_uid=f"{uid}.{model.__name__}.saved")
        post_delete.connect(
            invalidate, sender=model, dispatch_uid=f"{uid}.{model.__name__}.deleted"
        )
    m2m_changed.connect(
        invalidate, sender=PageViewRestriction.groups.through, dispatch_uid=f"{uid}.groups"
    )
    # Files shown on pages: a renamed, replaced or deleted image, document or recording
    # changes the title or the file address a page shows.
    for model in (get_image_model(), get_document_model(), get_media_model()):
        post_save.connect(_file_changed, sender=model, dispatch_uid=f"{uid}.{model.__name__}.saved")
        post_delete.connect(
            invalidate, sender=model, dispatch_uid=f"{uid}.{model.__name__}.deleted"
        )


def _page_changed(sender, instance, **kwargs):
    from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
    from wagtail.models import Page

    if isinstance(instance, Page | BaseSiteSetting | BaseGenericSetting):
        invalidate()


# Saved while a page is being served, not by an editor: Wagtail stores a file's hash
# lazily. Moving the generation for them would empty
# the cache on every visit of a page with an image.
_HOUSEKEEPING_FIELDS = frozenset({"file_hash", "file_size"})


def _file_changed(sender, instance, update_fields=None, **kwargs):
    if update_fields and set(update_fields) <= _HOUSEKEEPING_FIELDS:
        return
    invalidate()
