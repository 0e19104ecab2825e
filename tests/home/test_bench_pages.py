"""The public pages benchmark prints a row per page type, visitor and cache state."""

import io

import pytest
from django.core.management import call_command

from tests.resources.public_site import build_public_site

pytestmark = pytest.mark.django_db

PAGE_TYPES = ["front", "guide index", "guide", "chapter", "meetings", "meeting", "search"]


def test_bench_pages_prints_queries_times_and_ratio_per_page_type(home_page, make_user):
    build_public_site(home_page)
    make_user("Volunteers")
    out = io.StringIO()
    call_command("bench_pages", "--repeat", "2", stdout=out)
    rows = out.getvalue().splitlines()[1:]
    for page_type in [*PAGE_TYPES, "sign-up"]:
        for visitor in ("anonymous", "volunteer"):
            for state in ("cold", "warm"):
                row = f"{page_type:<12} {visitor:<10} {state:<5}"
                assert any(r.startswith(row) for r in rows), row
    anonymous_warm_chapter = next(
        r for r in rows if r.startswith("chapter") and " anonymous " in r and " warm " in r
    )
    # The anonymous reader's chapter comes whole from the cache: no query at all.
    assert anonymous_warm_chapter.split()[3] == "0"


def test_bench_pages_json_is_what_make_bench_collects(home_page, make_user):
    import json

    build_public_site(home_page)
    out = io.StringIO()
    call_command("bench_pages", "--repeat", "2", "--json", stdout=out)
    pages = json.loads(out.getvalue())["pages"]
    assert {(p["page"], p["cache"]) for p in pages} >= {("chapter", "cold"), ("chapter", "warm")}
    warm = next(
        p
        for p in pages
        if (p["page"], p["visitor"], p["cache"]) == ("chapter", "anonymous", "warm")
    )
    assert warm["queries"] == 0 and warm["ratio"] > 0
    # The yardstick is bare Django: its one query behind a new project's middleware,
    # none of ours (our site context read the site for it too, before).
    assert {p["bare_queries"] for p in pages if p["visitor"] == "anonymous"} == {1}
