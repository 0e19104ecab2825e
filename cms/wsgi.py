"""WSGI entry point (gunicorn cms.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

application = get_wsgi_application()

# In each gunicorn worker (no --preload), once it has loaded the app (cms/heap.py).
from cms import heap  # noqa: E402 - needs the settings and apps loaded above

heap.settle()
