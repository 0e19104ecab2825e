"""Serving uploaded files in development without bypassing document privacy.

Django's development `static()` view hands out everything under MEDIA_ROOT,
including the documents of a private collection. Documents are only ever served
through Wagtail's /documents/<id>/ view, which checks the collection's
restrictions; /media/ serves only the folders known to hold public files.

The check is on the normalised path (as `django.views.static.serve` resolves it),
so "./documents/x.pdf" or "images/../documents/x.pdf" cannot reach a document, and
it is an allow-list: a folder a later upload field adds stays unserved until
someone decides it is public. Production web servers must follow the same rule
(README, "Security model").
"""

import posixpath

from django.conf import settings
from django.http import Http404
from django.urls import re_path
from django.views.static import serve

# Image originals and renditions (Wagtail images have no privacy), audio recordings
# and their thumbnails (wagtailmedia).
PUBLIC_FOLDERS = ("original_images", "images", "media", "media_thumbnails")


def is_public_media(path: str) -> bool:
    """Whether a /media/ path may be served without a privacy check."""
    normalised = posixpath.normpath(path).lstrip("/")
    folder, _, rest = normalised.partition("/")
    return folder in PUBLIC_FOLDERS and bool(rest) and ".." not in normalised.split("/")


def serve_media(request, path):
    if not is_public_media(path):
        raise Http404("Documents are served at /documents/.")
    return serve(request, path, document_root=settings.MEDIA_ROOT)


def media_urlpatterns():
    prefix = settings.MEDIA_URL.lstrip("/")
    return [re_path(rf"^{prefix}(?P<path>.*)$", serve_media)]
