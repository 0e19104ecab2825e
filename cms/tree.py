"""The root page and root collection that Wagtail's migrations create.

A database flush (transactional tests) removes migration-created rows; commands
that build on the tree call `ensure_roots()` instead of assuming they exist.
"""

from django.conf import settings
from wagtail.models import Collection, Locale, Page


def ensure_roots() -> tuple[Page, Collection]:
    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    root_page = Page.get_first_root_node()
    if root_page is None:
        root_page = Page.add_root(title="Root", slug="root", locale=locale)
    root_collection = Collection.get_first_root_node()
    if root_collection is None:
        root_collection = Collection.add_root(name="Root")
    return root_page, root_collection
