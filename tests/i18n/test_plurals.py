"""Finnish plurals on real pages: "1 paikka", "8 paikkaa"."""

import pytest

from tests.factories.resources import ThemeMeetingPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("places", "expected"), [(1, "1 paikka"), (8, "8 paikkaa")])
def test_childcare_places_agree_with_the_number(client, finnish_tree, places, expected):
    meeting = ThemeMeetingPageFactory(
        parent=finnish_tree["meeting_index"], slug=f"lastenhoito-{places}", childcare_places=places
    )
    content = client.get(meeting.url).content.decode()
    assert expected in content
    if places == 1:
        assert "1 paikkaa" not in content


def test_package_duration_is_in_the_partitive_plural(client, finnish_tree):
    content = client.get(finnish_tree["package"].url).content.decode()
    assert "120 minuuttia" in content


def test_theme_index_counts_packages_in_the_plural(client, finnish_tree):
    from tests.factories.resources import ThemePackagePageFactory

    ThemePackagePageFactory(parent=finnish_tree["theme_index"], slug="toinen")
    content = client.get(finnish_tree["theme_index"].url).content.decode()
    assert "2 pakettia" in content


@pytest.mark.parametrize(("places", "expected"), [(1, "1 место"), (3, "3 места"), (8, "8 мест")])
def test_russian_has_three_forms(client, translate_tree, places, expected):
    meeting = translate_tree("ru")["meeting"]
    meeting.childcare_places = places
    meeting.save_revision().publish()
    assert expected in client.get(meeting.url).content.decode()
