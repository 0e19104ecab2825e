"""Three answers Wagtail asks for again and again for every row of the page explorer,
kept for the rest of a GET/HEAD request (resources/request_memo.py).

- The site root paths. `page.url` without a request (the "View live" button, its
  check, the status column) keeps them on the page object, so each of the 50 rows
  read Wagtail's cache entry from Redis once more. Wagtail offers no hook for this
  read; wrapped here, every page of one request shares the first answer.
- The page's permission tester. Wagtail's listing buttons and columns call
  `page.permissions_for_user(user)` some ten times a row, and each call builds a
  new `PagePermissionTester` (a pass over all the user's page permissions). One
  tester per page object and user answers the same: it keeps the page object and
  reads its state (lock, live, …) when asked, and what it computes at creation (the
  user's permissions that apply at the page's path) does not change within a
  request that only reads.
- The page's address parts. The explorer asks `page.url` twice a row (the "View
  live" button and its check) and the status column once more with the request,
  each time routing the page's path through Django's `reverse`. The answer is kept
  per page object, request and active language.

Outside a GET/HEAD request all three behave exactly as Wagtail's own (a request that
writes always reads afresh).
"""

from django.utils import translation
from wagtail.models import Page, Site

from .request_memo import memoised

_SITE_ROOT_PATHS = ("site_root_paths",)


def memoise_page_lookups():
    """Wrap `Site.get_site_root_paths`, `Page.permissions_for_user` and
    `Page.get_url_parts` once, at start-up."""
    get_site_root_paths = Site.get_site_root_paths
    if getattr(get_site_root_paths, "memoised", False):
        return

    def site_root_paths():
        return memoised(_SITE_ROOT_PATHS, get_site_root_paths)

    site_root_paths.memoised = True
    Site.get_site_root_paths = staticmethod(site_root_paths)

    permissions_for_user = Page.permissions_for_user

    def page_permissions(self, user):
        # Keyed by the object: another copy of the page (saved, moved) gets its own.
        # The memo holds the page, so its id is not reused while the memo lives.
        page, tester = memoised(
            ("page_permissions", id(self), user.pk),
            lambda: (self, permissions_for_user(self, user)),
        )
        return tester if page is self else permissions_for_user(self, user)

    Page.permissions_for_user = page_permissions

    get_url_parts = Page.get_url_parts

    def url_parts(self, request=None):
        page, asked_with, parts = memoised(
            ("page_url_parts", id(self), id(request), translation.get_language()),
            lambda: (self, request, get_url_parts(self, request=request)),
        )
        if page is self and asked_with is request:
            return parts
        return get_url_parts(self, request=request)

    Page.get_url_parts = url_parts
