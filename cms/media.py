"""Serving uploaded files in development without bypassing document privacy.

Django's development `static()` view hands out everything under MEDIA_ROOT,
including the documents of a private collection. Documents are only ever served
through Wagtail's /documents/<id>/ view, which checks the collection's
restrictions; /media/ serves the rest (image renditions).
"""

from django.conf import settings
from django.http import Http404
from django.urls import re_path
from django.views.static import serve

PRIVATE_PREFIXES = ("documents/",)


def serve_media(request, path):
    if path.lstrip("/").startswith(PRIVATE_PREFIXES):
        raise Http404("Documents are served at /documents/.")
    return serve(request, path, document_root=settings.MEDIA_ROOT)


def media_urlpatterns():
    prefix = settings.MEDIA_URL.lstrip("/")
    return [re_path(rf"^{prefix}(?P<path>.*)$", serve_media)]
