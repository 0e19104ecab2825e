"""An app server's start-up objects, moved out of the garbage collector's sight.

A full collection walks every object the process holds: with Django, Wagtail and the
URLconf loaded, about 130-175 ms, during which a request waits, once every 25 or so
admin pages (the p95 of the admin lists in `make bench`). Start-up objects live as
long as the process, so walking them finds nothing; frozen (`gc.freeze`), a full
collection walks only what requests have made since.
"""

import gc


def settle() -> None:
    """Load what every request needs (the URLconf with every app's views, the admin's
    hooks), then freeze all that is alive. Call once the process is ready to serve."""
    from django.urls import get_resolver
    from wagtail import hooks

    get_resolver().url_patterns  # noqa: B018 - imports every app's views and URLs
    hooks.search_for_hooks()  # every app's wagtail_hooks
    gc.collect()
    gc.freeze()
