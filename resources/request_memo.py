"""Per-request memory for lookups that many parts of one page repeat.

A public page asked for the active locale four or five times (Wagtail's routing, the
content navigation, listings, filters, search each call `Locale.get_active()`), and
for the view restrictions twice. Within one read-only request neither changes, so
the first answer is kept for the rest of the request and forgotten at its end.

Only GET and HEAD requests get a memo: a request that writes (an editor adding a
locale) always reads afresh.
"""

from contextvars import ContextVar

_memo: ContextVar[dict | None] = ContextVar("request_memo", default=None)


def memoised(key, compute):
    """`compute()`, once per request for `key` (every time outside a request)."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def in_request() -> bool:
    """Whether a GET/HEAD request's memo is open (answers are kept for it)."""
    return _memo.get() is not None


class RequestMemoMiddleware:
    """Gives each GET/HEAD request a memo of its own, dropped when it ends."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


def memoise_locale_lookups():
    """Make `Locale.objects.get_for_language` (behind `Locale.get_active()` and
    `get_default()`, which Wagtail calls internally too) answer from the request memo.

    Wagtail offers no hook for this lookup, so the manager method is wrapped once at
    start-up; outside a GET/HEAD request it behaves exactly as before. A missing
    locale is not remembered: it raises each time, as Wagtail's callers expect.
    """
    from wagtail.models.i18n import LocaleManager

    original = LocaleManager.get_for_language
    if getattr(original, "memoised", False):
        return

    def get_for_language(self, language_code):
        return memoised(("locale", language_code), lambda: original(self, language_code))

    get_for_language.memoised = True
    LocaleManager.get_for_language = get_for_language


def remember(key, value):
    """Give the request memo the answer for `key`, read along with something else
    (nothing outside a GET/HEAD request)."""
    memo = _memo.get()
    if memo is not None:
        memo.setdefault(key, value)


def overwrite(key, value):
    """Give the request memo a new answer for `key` (nothing outside a GET/HEAD
    request): the request changed what it had read."""
    memo = _memo.get()
    if memo is not None:
        memo[key] = value
