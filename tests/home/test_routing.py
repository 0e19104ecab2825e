"""A page is served at its address by one lookup of its `url_path` (home/routing.py):
the same page Wagtail's walk of the tree finds, and nothing Wagtail would not serve."""

import pytest
from django.apps import apps
from django.http import Http404
from django.test import RequestFactory
from wagtail.models import Page

from home.routing import find_page, routes_by_path
from tests.resources.public_site import build_public_site

pytestmark = pytest.mark.django_db


def test_every_page_type_is_served_at_its_url_path():
    """A page type that routes its children itself (a RoutablePage) would be skipped by
    the lookup: it must come with its own handling in home/routing.py first."""
    custom = [
        model.__name__
        for model in apps.get_models()
        if issubclass(model, Page) and not routes_by_path(model)
    ]
    assert custom == []


def _wagtail_walk(root, components):
    try:
        return Page.route(root.specific, RequestFactory().get("/"), components).page
    except Http404:
        return None


def _lookup(root, components):
    result = find_page(root, components)
    return result.page if result is not None else None


def test_the_lookup_finds_the_page_wagtails_walk_finds(home_page):
    site = build_public_site(home_page)
    pages = [site["english_chapter"], *Page.objects.filter(depth__gt=home_page.depth)]
    for page in pages:
        root = page.get_ancestors().get(depth=home_page.depth)
        components = page.url_path.removeprefix(root.url_path).strip("/").split("/")
        assert _lookup(root, components) == _wagtail_walk(root, components), page.url_path


def test_an_unpublished_page_or_an_unknown_address_is_not_served(home_page):
    site = build_public_site(home_page)
    chapter = site["chapter"]
    chapter.unpublish()
    components = chapter.url_path.removeprefix(home_page.url_path).strip("/").split("/")
    assert _lookup(home_page, components) is None
    assert _wagtail_walk(home_page, components) is None
    assert _lookup(home_page, ["oppaat", "ei-ole"]) is None


def test_the_served_page_carries_its_translations_for_the_language_switcher(client, home_page):
    site = build_public_site(home_page)
    response = client.get(site["chapter"].url)
    switcher = {link["code"]: link["url"] for link in response.context["languages"]}
    assert switcher == {"fi": site["chapter"].url, "en": site["english_chapter"].url}
