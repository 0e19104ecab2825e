"""Time each public page type against a bare Django view of the same data, and print it.

Issue 17: public pages cost many times a plain view rendering the same content. For
each page type (front, guide index, guide, chapter, meetings list, meeting, search,
sign-up), requests to the real page and to a bare view (one query, a few lines of
template) are interleaved, so both meet the same machine load. The real page goes
through the site's whole middleware stack; the bare view through the middleware a new
Django project has (`BARE_MIDDLEWARE`, what `django-admin startproject` writes): what
"bare Django" costs. Our own middleware (the site context, the page cache, the
request memo, two-step checks) is part of the real page's cost, not the yardstick's.
Printed per type and visitor: queries, p50 and p95 in milliseconds and the ratio of
the medians. "cold" empties the cache before each request (the first
visitor after a publish); "warm" is the steady state (anonymous pages come whole
from the cache). Reads the pages in the database (`load_demo_data` first).
"""

import json
import statistics
import time

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.models import Subquery
from django.http import HttpResponse
from django.template import engines
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import path
from wagtail.models import Locale, Page

from cms import heap
from cms.urls import urlpatterns as site_urlpatterns
from home.models import HomePage
from resources.models import (
    GuideChapterPage,
    GuideIndexPage,
    GuidePage,
    MeetingIndexPage,
    Municipality,
    ThemeMeetingPage,
)

_BARE = engines["django"].from_string(
    "<!DOCTYPE html><html><body><h1>{{ title }}</h1>"
    "<ul>{% for row in rows %}<li>{{ row }}</li>{% endfor %}</ul></body></html>"
)


def bare(request, kind, pk=0):
    """The same data as the real page, from one query, in a minimal template."""
    if kind == "page":
        rows = list(Page.objects.filter(pk=pk).values_list("title", flat=True))
    elif kind == "children":
        parent = Page.objects.filter(pk=pk)
        rows = list(
            Page.objects.live()
            .filter(
                path__startswith=Subquery(parent.values("path")),
                depth=Subquery(parent.values("depth")) + 1,
            )
            .values_list("title", flat=True)
        )
    elif kind == "search":
        rows = list(
            Page.objects.live().filter(title__icontains="a").values_list("title", flat=True)[:10]
        )
    else:  # the sign-up form's one list: the municipalities
        rows = list(Municipality.objects.values_list("name", flat=True))
    return HttpResponse(_BARE.render({"title": kind, "rows": rows}))


# The middleware of a new Django project (startproject's settings), for the bare view.
BARE_MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

# The site's own URLs and the bare view beside them (ROOT_URLCONF while timing).
urlpatterns = [path("__bench/<str:kind>/<int:pk>/", bare), *site_urlpatterns]


def _cases():
    fi = Locale.get_default()

    def first(model):
        page = model.objects.live().public().filter(locale=fi).order_by("path").first()
        if page is None:
            raise CommandError(f"No public {model.__name__}: run load_demo_data first.")
        return page

    front = first(HomePage)
    cases = [
        ("front", front.url, ("page", front.pk)),
        ("guide index", first(GuideIndexPage).url, ("children", first(GuideIndexPage).pk)),
        ("guide", first(GuidePage).url, ("children", first(GuidePage).pk)),
        ("chapter", first(GuideChapterPage).url, ("page", first(GuideChapterPage).pk)),
        ("meetings", first(MeetingIndexPage).url, ("children", first(MeetingIndexPage).pk)),
        ("meeting", first(ThemeMeetingPage).url, ("page", first(ThemeMeetingPage).pk)),
        ("search", "/search/?q=a", ("search", 0)),
        ("sign-up", "/volunteer/sign-up/", ("signup", 0)),
    ]
    return [(name, url, f"/__bench/{kind}/{pk}/") for name, url, (kind, pk) in cases]


def _time(client, url, cold):
    if cold:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise CommandError(f"{url} answered {response.status_code}")
    return elapsed, len(queries.captured_queries)


def _p95(values):
    return sorted(values)[max(0, round(len(values) * 0.95) - 1)]


class Command(BaseCommand):
    help = "Time each public page type against a bare Django view of the same data."

    def add_arguments(self, parser):
        parser.add_argument("--repeat", type=int, default=30)
        parser.add_argument("--json", action="store_true", help="print one JSON object")

    def handle(self, *args, repeat, **options):
        user = get_user_model().objects.filter(groups__name="Volunteers").first()
        visitors = [("anonymous", None)] + ([("volunteer", user)] if user else [])
        self.rows = []
        with override_settings(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"]):
            heap.settle()  # as an app server does once it has started (cms/wsgi.py)
            for name, url, bare_url in _cases():
                for visitor, login in visitors:
                    for cold in (True, False):
                        self._row(name, url, bare_url, visitor, login, cold, repeat)
        if options["json"]:
            self.stdout.write(json.dumps({"repeat": repeat, "pages": self.rows}))
            return
        self.stdout.write(
            f"{'page':<12} {'visitor':<10} {'cache':<5} {'queries':>11} "
            f"{'p50 ms':>14} {'p95 ms':>14} {'ratio':>6}"
        )
        for r in self.rows:
            self.stdout.write(
                f"{r['page']:<12} {r['visitor']:<10} {r['cache']:<5} "
                f"{r['queries']:>5} / {r['bare_queries']:<3} "
                f"{r['p50_ms']:>6.1f} / {r['bare_p50_ms']:<5.1f} "
                f"{r['p95_ms']:>6.1f} / {r['bare_p95_ms']:<5.1f} {r['ratio']:>6.1f}"
            )

    def _row(self, name, url, bare_url, visitor, login, cold, repeat):
        client, bare_client = Client(), Client()
        if login is not None:
            client.force_login(login)
            bare_client.force_login(login)
        real, plain = [], []
        client.get(url)  # warm templates and per-process state
        # A test client builds its middleware chain on its first request and keeps it:
        # the bare client's is a new project's.
        with override_settings(MIDDLEWARE=BARE_MIDDLEWARE):
            bare_client.get(bare_url)
        for _ in range(repeat):  # interleaved: both meet the same load
            real.append(_time(client, url, cold))
            plain.append(_time(bare_client, bare_url, cold))
        real_ms, plain_ms = [t for t, _ in real], [t for t, _ in plain]
        p50, bare_p50 = statistics.median(real_ms), statistics.median(plain_ms)
        self.rows.append(
            {
                "page": name,
                "visitor": visitor,
                "cache": "cold" if cold else "warm",
                "queries": real[-1][1],
                "bare_queries": plain[-1][1],
                "p50_ms": round(p50, 1),
                "bare_p50_ms": round(bare_p50, 1),
                "p95_ms": round(_p95(real_ms), 1),
                "bare_p95_ms": round(_p95(plain_ms), 1),
                "ratio": round(p50 / bare_p50, 1),
            }
        )
