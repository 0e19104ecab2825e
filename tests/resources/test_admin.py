"""Editors work with the content in the Wagtail admin; others do not see it."""

import pytest
from django.urls import reverse

from cms import roles
from tests.factories.resources import (
    GuidePageFactory,
    ThemeFactory,
    ThemePackagePageFactory,
    VenueFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("parent_fixture", "model"),
    [
        ("guide_index", "guidepage"),
        ("theme_index", "themepackagepage"),
        ("meeting_index", "thememeetingpage"),
    ],
)
def test_editor_opens_the_create_form(client, make_user, request, parent_fixture, model):
    parent = request.getfixturevalue(parent_fixture)
    client.force_login(make_user(roles.EDITORS))
    url = reverse("wagtailadmin_pages:add", args=("resources", model, parent.pk))
    response = client.get(url)
    assert response.status_code == 200
    # The editor sees the page form that posts back to this page type under this parent.
    assert f'action="{url}"' in response.text
    assert 'name="title"' in response.text


def test_editor_opens_a_package_for_editing(client, make_user, theme_index):
    package = ThemePackagePageFactory(parent=theme_index)
    client.force_login(make_user(roles.EDITORS))
    response = client.get(reverse("wagtailadmin_pages:edit", args=(package.pk,)))
    assert response.status_code == 200
    assert "Tasks and notes" in response.text or "Tehtävät ja ohjeet" in response.text


def test_editor_opens_a_guide_chapter_form(client, make_user, guide_index):
    guide = GuidePageFactory(parent=guide_index)
    client.force_login(make_user(roles.EDITORS))
    url = reverse("wagtailadmin_pages:add", args=("resources", "guidechapterpage", guide.pk))
    response = client.get(url)
    assert response.status_code == 200
    assert f'action="{url}"' in response.text
    assert 'name="title"' in response.text


@pytest.mark.parametrize(("factory", "model"), [(ThemeFactory, "theme"), (VenueFactory, "venue")])
def test_editor_lists_the_taxonomy_snippets(client, make_user, home_page, factory, model):
    item = factory()
    client.force_login(make_user(roles.EDITORS))
    response = client.get(reverse(f"wagtailsnippets_resources_{model}:list"))
    assert response.status_code == 200
    assert item.name in response.text


def test_coordinator_cannot_edit_venues(client, make_user, home_page):
    client.force_login(make_user(roles.COORDINATORS))
    response = client.get(reverse("wagtailsnippets_resources_venue:list"))
    # Wagtail answers a missing permission with a redirect to the dashboard.
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
