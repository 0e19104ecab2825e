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
restriction is never stored, whoever asks. Two Django views share the mechanism: the
search (an answer per query, `mark_view_cacheable`) and the sign-up form, whose stored
copy holds a placeholder where each visitor's own CSRF token goes (`shared_form_context`).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils.http import urlencode
from django.utils.translation import get_language

from . import code_release
from .cache_generation import Generation

GENERATION_KEY = "public-pages:generation"
# Entries outlive a quiet day; a change moves the generation anyway.
TIMEOUT = 24 * 60 * 60
_ANONYMOUS_MARK = "_anonymous_page_cacheable"
_FORM_MARK = "_anonymous_form_with_csrf_placeholder"
_TIMEOUT_MARK = "_anonymous_page_cache_timeout"
# Rendered instead of the CSRF token into a form all visitors share; replaced by the
# visitor's own token on the way out. Never in what a visitor receives.
CSRF_PLACEHOLDER = "csrf-token-of-this-visitor-goes-here"
_GENERATION = Generation(GENERATION_KEY)
# The task that renders the public pages again (page_cache_warming.py), and the
# cache key that lets one generation queue it once.
WARM_TASK = "resources.tasks.warm_page_cache_task"
_WARM_QUEUED_KEY = "public-pages:warm-queued"


def generation() -> int:
    """The current generation; read once per GET request (the page and each fragment
    ask: a cache round trip each)."""
    return _GENERATION.current()


def invalidate(**kwargs) -> None:
    """Move to a new generation: every cached fragment and page is stale from now
    (also for the rest of a request that made the change)."""
    _GENERATION.move()
    if settings.PAGE_CACHE_WARM:
        transaction.on_commit(_queue_warming)


def _queue_warming() -> None:
    """Queue one warm run for the generation current now that the change committed.

    Many invalidations (a bulk import, a tree move, one publish's several signals)
    queue it once per generation (`cache.add`; with the cache down, never: there is
    nothing to warm), after PAGE_CACHE_WARM_DELAY seconds; a run whose generation has
    moved on by then does nothing, as the later change queued its own. Warming only
    saves visitors a wait: if the broker cannot be reached, the change stands, this
    is logged, and pages render on their first visit as before.
    """
    from cms.celery import send_task_now

    current = generation()
    if cache.add(f"{_WARM_QUEUED_KEY}:{current}", True, TIMEOUT):
        send_task_now(
            WARM_TASK,
            current,
            countdown=settings.PAGE_CACHE_WARM_DELAY,
            if_lost="pages render on their first visit instead (page cache warming)",
        )


def fragment_key(name: str, *parts) -> str:
    """A cache key for a fragment of the current generation, code release and language."""
    return ":".join(
        [
            "public-pages",
            str(generation()),
            code_release.current(),
            name,
            get_language() or "",
            *map(str, parts),
        ]
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


def mark_view_cacheable(request, timeout: int = TIMEOUT) -> bool:
    """Called by a Django view whose answer to an anonymous GET is the same for every
    anonymous visitor with the same address and query (the search): allows the
    response to be stored, for `timeout` seconds. True if the visitor qualifies."""
    if request.method in ("GET", "HEAD") and _certainly_anonymous(request):
        setattr(request, _ANONYMOUS_MARK, True)
        setattr(request, _TIMEOUT_MARK, timeout)
        return True
    return False


def shared_form_context(request) -> dict:
    """Template context for a form page that every anonymous visitor sees alike (the
    sign-up form): its CSRF token is a placeholder, and the page is stored. The
    middleware puts each visitor's own token in its place, also for this visitor.
    For anyone else, nothing: the form carries the real token and is not stored."""
    if not request.GET and mark_view_cacheable(request):
        setattr(request, _FORM_MARK, True)
        return {"csrf_token": CSRF_PLACEHOLDER}
    return {}


def _certainly_anonymous(request) -> bool:
    """No session and no messages: nothing personal can be in the page.

    A session cookie may belong to a logged-in user, or to a visitor who passed a page
    password or has a message waiting: all of them get a freshly rendered page.
    """
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies


def _page_key(request) -> str:
    # The language is in the path, but the key names it too ("vary on language"). The
    # query in a fixed order: "?q=a&page=2" and "?page=2&q=a" are one answer.
    # Hashed: a query may be long, and cache keys are best kept short.
    query = urlencode(sorted(request.GET.lists()), doseq=True)
    digest = hashlib.blake2b(query.encode(), digest_size=12).hexdigest() if query else ""
    return fragment_key("page", request.get_host(), request.path, digest)


class AnonymousPageCacheMiddleware:
    """Serves anonymous GET/HEAD requests of public Wagtail pages from the cache.

    Only responses marked by `mark_cacheable` (Wagtail pages) or `mark_view_cacheable`
    (Django views) are stored, and only if they set no cookie and did not use the CSRF
    token: such a response is the same for every anonymous visitor. A form page stored
    with `shared_form_context` holds a placeholder instead of the token; each copy
    served gets the visitor's own token there (and so the CSRF cookie, set by
    CsrfViewMiddleware further out), or her sign-up would be refused.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        readable = request.method in ("GET", "HEAD") and _certainly_anonymous(request)
        if readable:
            cached = cache.get(_page_key(request))
            if cached is not None:
                return _rebuild(cached, request)
        response = self.get_response(request)
        if readable and self._storable(request, response):
            timeout = getattr(request, _TIMEOUT_MARK, TIMEOUT)
            cache.set(_page_key(request), _stored(request, response), timeout)
        if getattr(request, _FORM_MARK, False):
            _insert_csrf_token(response, request)
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


def _stored(request, response) -> dict:
    return {
        "content": response.content,
        "headers": dict(response.items()),
        "csrf_placeholder": getattr(request, _FORM_MARK, False),
    }


def _rebuild(stored: dict, request) -> HttpResponse:
    response = HttpResponse(stored["content"])
    for name, value in stored["headers"].items():
        response[name] = value
    if stored.get("csrf_placeholder"):
        _insert_csrf_token(response, request)
    return response


def _insert_csrf_token(response, request) -> None:
    """The visitor's own (masked) CSRF token where the placeholder is; asking for it
    makes CsrfViewMiddleware set her CSRF cookie."""
    if not response.streaming:
        token = get_token(request).encode()
        response.content = response.content.replace(CSRF_PLACEHOLDER.encode(), token)


def connect() -> None:
    """Called from the app's ready(): every change visitors could see invalidates."""
    from django.db.models.signals import m2m_changed, post_delete, post_save
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Locale, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move
    from wagtailmedia.models import get_media_model

    from .models import Audience, Language, Municipality, Theme, Venue

    uid = "resources.page_cache"
    page_published.connect(invalidate, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(invalidate, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(invalidate, dispatch_uid=f"{uid}.moved")
    # Saves and deletions of any page type (a page saved by code, a deleted subtree)
    # and of any site setting (the footer's contact details): no sender, so that the
    # subclasses in higher layers (home) are covered without importing them.
    post_save.connect(_page_changed, dispatch_uid=f"{uid}.page_saved")
    post_delete.connect(_page_changed, dispatch_uid=f"{uid}.page_deleted")
    # Municipality: the sign-up form's list of them is cached with the page.
    snippets = (Theme, Venue, Audience, Language, Municipality)
    for model in (PageViewRestriction, Site, Locale, *snippets):
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
