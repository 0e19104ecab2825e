"""Background tasks of published content (thin: the work is in plain modules)."""

from celery import shared_task

from resources import page_cache_warming
from resources.page_cache import WARM_TASK


@shared_task(name=WARM_TASK)
def warm_page_cache_task(generation: int):
    """Render the public pages again for the page cache of `generation` (queued after
    a change, page_cache.invalidate); nothing if a later change superseded it."""
    run = page_cache_warming.warm(generation)
    return run.summary() if run else None
