"""An editor's page explorer (the theme materials listing): each row's "…" menu is
the one Wagtail renders for that page, and the listing costs the same queries
however many pages it lists."""

import pytest
from django.urls import reverse
from django.utils import timezone
from freezegun import freeze_time

from cms import roles
from tests.admin_lists import queries_of, table_html, table_html_unshared
from tests.factories.resources import ThemeIndexPageFactory, ThemePackagePageFactory

pytestmark = pytest.mark.django_db

# An editor's listing of theme packages: the explorer's own queries (permissions,
# the parent page, its translations, the pages, their workflow states, sites and
# translation state), none per row.
MAX_QUERIES = 38


@pytest.fixture
def editor_client(client, make_user):
    client.force_login(make_user(roles.EDITORS))
    return client


@pytest.fixture
def theme_index(home_page):
    return ThemeIndexPageFactory(parent=home_page, slug="teemat")


def explore_url(page):
    return reverse("wagtailadmin_explore", args=[page.pk])


def test_each_rows_menu_is_the_one_wagtail_renders_for_that_page(
    editor_client, theme_index, make_user, monkeypatch
):
    live = ThemePackagePageFactory(parent=theme_index, title="Äidin 'talous' <&>")
    draft = ThemePackagePageFactory(parent=theme_index, title="Luonnos", live=False)
    changed = ThemePackagePageFactory(parent=theme_index, title="Muutettu")
    changed.title = "Muutettu uudelleen"
    changed.save_revision()
    locked = ThemePackagePageFactory(parent=theme_index, title="Lukittu")
    locked.locked, locked.locked_by = True, make_user(roles.EDITORS)
    locked.save()
    url = explore_url(theme_index)
    editor_client.get(url)
    # Both renderings at one moment: the "Updated" column says how long ago.
    with freeze_time(timezone.now()):
        shared = table_html(editor_client, url)
        assert shared == table_html_unshared(editor_client, url, monkeypatch)
    # The rows' menus differ as the pages do, each with its own links.
    assert reverse("wagtailadmin_pages:unpublish", args=[live.pk]) in shared
    assert reverse("wagtailadmin_pages:unpublish", args=[draft.pk]) not in shared
    assert reverse("wagtailadmin_pages:view_draft", args=[changed.pk]) in shared
    assert reverse("wagtailadmin_pages:view_draft", args=[live.pk]) not in shared
    assert reverse("wagtailadmin_pages:move", args=[locked.pk]) in shared
    assert "Äidin &#x27;talous&#x27; &lt;&amp;&gt;" in shared


def test_an_editors_listing_costs_the_same_queries_for_3_packages_as_for_30(
    editor_client, theme_index, django_assert_max_num_queries
):
    ThemePackagePageFactory.create_batch(3, parent=theme_index)
    url = explore_url(theme_index)
    editor_client.get(url)  # per-process caches, the staff session's first stamp
    few = queries_of(editor_client, url)
    ThemePackagePageFactory.create_batch(27, parent=theme_index)
    with django_assert_max_num_queries(MAX_QUERIES):
        assert queries_of(editor_client, url) == few


def test_the_explorer_lists_20_pages_a_page_as_the_other_admin_lists_do(editor_client, theme_index):
    # Wagtail's explorer showed 50 rows, every other list of the admin (volunteers,
    # participants, matches, Wagtail's own page search) 20: one length for all.
    ThemePackagePageFactory.create_batch(25, parent=theme_index)
    url = explore_url(theme_index)
    first = table_html(editor_client, url)
    second = table_html(editor_client, url + "?p=2")
    assert first.count("data-bulk-action-checkbox ") == 20
    assert second.count("data-bulk-action-checkbox ") == 5
