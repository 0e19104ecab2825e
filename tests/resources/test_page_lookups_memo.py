"""The site root paths and the page permission testers, read once per GET request
(resources/page_lookups_memo.py) and afresh outside one."""

import pytest
from django.urls import reverse
from wagtail.models import Page, Site
from wagtail.models import sites as wagtail_sites

from cms import roles
from resources import request_memo
from tests.factories.resources import ThemeIndexPageFactory, ThemePackagePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_get_request():
    token = request_memo._memo.set({})
    yield
    request_memo._memo.reset(token)


@pytest.fixture
def site_root_path_reads(monkeypatch):
    """How many times Wagtail read the site root paths from its cache."""
    reads = []
    get = wagtail_sites.cache.get

    def counting_get(key, *args, **kwargs):
        if key == wagtail_sites.SITE_ROOT_PATHS_CACHE_KEY:
            reads.append(key)
        return get(key, *args, **kwargs)

    monkeypatch.setattr(wagtail_sites.cache, "get", counting_get)
    return reads


def test_an_editors_explorer_reads_the_site_root_paths_once(
    client, make_user, home_page, site_root_path_reads
):
    index = ThemeIndexPageFactory(parent=home_page, slug="teemat")
    ThemePackagePageFactory.create_batch(5, parent=index)
    client.force_login(make_user(roles.EDITORS))
    url = reverse("wagtailadmin_explore", args=[index.pk])
    client.get(url)
    site_root_path_reads.clear()
    assert client.get(url).status_code == 200
    assert len(site_root_path_reads) == 1


def test_outside_a_request_each_page_reads_them_as_wagtail_does(home_page, site_root_path_reads):
    Site.get_site_root_paths()
    Site.get_site_root_paths()
    assert len(site_root_path_reads) == 2


def test_in_a_get_request_a_page_object_has_one_permission_tester_per_user(
    home_page, make_user, in_get_request
):
    editor, other = make_user(roles.EDITORS), make_user(roles.EDITORS)
    page = Page.objects.get(pk=home_page.pk)
    tester = page.permissions_for_user(editor)
    assert page.permissions_for_user(editor) is tester
    assert page.permissions_for_user(other) is not tester
    assert page.permissions_for_user(other).user == other
    # Another object of the same page (say, reloaded after a change) gets its own.
    again = Page.objects.get(pk=home_page.pk)
    assert again.permissions_for_user(editor).page is again


def test_the_shared_tester_reads_the_pages_state_when_asked(home_page, make_user, in_get_request):
    editor, locker = make_user(roles.EDITORS), make_user(roles.EDITORS)
    page = Page.objects.get(pk=home_page.pk)
    assert not page.permissions_for_user(editor).page_locked()
    page.locked, page.locked_by = True, locker
    assert page.permissions_for_user(editor).page_locked()


def test_outside_a_request_each_call_builds_a_new_tester(home_page, make_user):
    editor = make_user(roles.EDITORS)
    page = Page.objects.get(pk=home_page.pk)
    assert page.permissions_for_user(editor) is not page.permissions_for_user(editor)


def test_in_a_get_request_a_page_objects_address_is_routed_once(
    home_page, in_get_request, monkeypatch
):
    from django.urls import resolvers

    routed = []
    reverse_with_prefix = resolvers.URLResolver._reverse_with_prefix

    def counting(self, lookup_view, *args, **kwargs):
        if lookup_view == "wagtail_serve":
            routed.append(lookup_view)
        return reverse_with_prefix(self, lookup_view, *args, **kwargs)

    monkeypatch.setattr(resolvers.URLResolver, "_reverse_with_prefix", counting)
    page = Page.objects.get(pk=home_page.pk)
    assert page.url == page.url == Page.objects.get(pk=home_page.pk).url
    # Once for this object, once for the other copy of the page.
    assert len(routed) == 2
