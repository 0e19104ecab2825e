"""Listings: filters by theme, audience and language; constant queries; pagination."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from resources.models import Audience, Language, MeetingIndexPage, ThemeIndexPage
from resources.page_cache import invalidate
from tests.factories.resources import (
    ThemeFactory,
    ThemeMeetingPageFactory,
    ThemePackagePageFactory,
)

pytestmark = pytest.mark.django_db


def make_packages(theme_index, count, theme=None):
    theme = theme or ThemeFactory(name="Talous", slug="talous")
    mothers = Audience.objects.get(code="mothers")
    arabic = Language.objects.get(code="ar")
    for _ in range(count):
        package = ThemePackagePageFactory(parent=theme_index, theme=theme)
        package.audiences.add(mothers)
        package.languages_available.add(arabic)
        package.save()
    return theme


def count_queries(client, url):
    client.get(url)  # warm the per-process caches (templates, content types)
    # Then start a new cache generation, as adding items does (resources/page_cache.py):
    # both counts are of a page rendered afresh, not of the anonymous page cache's copy.
    invalidate()
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def test_theme_filter_shows_only_that_theme(client, theme_index):
    ThemePackagePageFactory(parent=theme_index, title="Kuukauden budjetti", theme__slug="talous")
    ThemePackagePageFactory(parent=theme_index, title="Neuvolakäynti", theme__slug="terveys")
    response = client.get(theme_index.url, {"theme": "talous"})
    assert "Kuukauden budjetti" in response.text
    assert "Neuvolakäynti" not in response.text


def test_audience_filter_shows_only_that_audience(client, theme_index):
    for_spouses = ThemePackagePageFactory(parent=theme_index, title="Isien ilta")
    for_spouses.audiences.add(Audience.objects.get(code="spouses"))
    for_spouses.save()
    ThemePackagePageFactory(parent=theme_index, title="Äitien aamu")
    response = client.get(theme_index.url, {"audience": "spouses"})
    assert "Isien ilta" in response.text
    assert "Äitien aamu" not in response.text


def test_language_filter_shows_only_packages_in_that_language(client, theme_index):
    somali = ThemePackagePageFactory(parent=theme_index, title="Somalinkielinen paketti")
    somali.languages_available.add(Language.objects.get(code="so"))
    somali.save()
    ThemePackagePageFactory(parent=theme_index, title="Vain suomeksi")
    response = client.get(theme_index.url, {"language": "so"})
    assert "Somalinkielinen paketti" in response.text
    assert "Vain suomeksi" not in response.text


def test_unknown_filter_value_gets_a_message_not_an_error(client, theme_index):
    ThemePackagePageFactory(parent=theme_index)
    response = client.get(theme_index.url, {"theme": "ei-ole"})
    assert response.status_code == 200
    assert 'class="error"' in response.text


def test_listing_is_paginated(client, theme_index):
    make_packages(theme_index, 13)
    first = client.get(theme_index.url)
    second = client.get(theme_index.url, {"page": 2})
    assert first.text.count('class="card"') == 12
    assert second.text.count('class="card"') == 1


def test_a_page_number_past_the_end_shows_the_last_page(client, theme_index):
    make_packages(theme_index, 13)
    response = client.get(theme_index.url, {"page": 9})
    assert response.text.count('class="card"') == 1
    assert response.context["items"].number == 2
    assert response.context["items"].paginator.count == 13


@pytest.mark.parametrize("query", ["", "?theme=talous&audience=mothers&language=ar"])
def test_package_listing_queries_do_not_grow_with_items(
    client, theme_index, monkeypatch, django_assert_num_queries, query
):
    monkeypatch.setattr(ThemeIndexPage, "paginate_by", 50)
    theme = make_packages(theme_index, 1)
    with_one = count_queries(client, theme_index.url + query)
    make_packages(theme_index, 49, theme=theme)
    with django_assert_num_queries(with_one):
        response = client.get(theme_index.url + query)
    assert response.text.count('class="card"') == 50


def test_meeting_listing_queries_do_not_grow_with_items(
    client, meeting_index, theme_index, monkeypatch, django_assert_num_queries
):
    monkeypatch.setattr(MeetingIndexPage, "paginate_by", 50)
    package = ThemePackagePageFactory(parent=theme_index)
    arabic = Language.objects.get(code="ar")

    def add_meetings(count):
        for n in range(count):
            meeting = ThemeMeetingPageFactory(
                parent=meeting_index,
                theme_package=package,
                start=timezone.now() + datetime.timedelta(days=n % 14, hours=1),
            )
            meeting.interpreter_languages.add(arabic)
            meeting.save()

    add_meetings(1)
    with_one = count_queries(client, meeting_index.url)
    add_meetings(49)
    with django_assert_num_queries(with_one):
        response = client.get(meeting_index.url)
    assert response.text.count('class="card"') == 50


def test_meeting_listing_hides_past_meetings(client, meeting_index):
    ThemeMeetingPageFactory(parent=meeting_index, title="Tuleva tapaaminen")
    ThemeMeetingPageFactory(
        parent=meeting_index,
        title="Mennyt tapaaminen",
        start=timezone.now() - datetime.timedelta(days=3),
    )
    response = client.get(meeting_index.url)
    assert "Tuleva tapaaminen" in response.text
    assert "Mennyt tapaaminen" not in response.text


def test_meeting_listing_splits_this_week_from_later(client, meeting_index):
    from resources.models.meetings import end_of_week

    soon = end_of_week() - datetime.timedelta(hours=3)
    if soon < timezone.now():  # late on Sunday: nothing fits "this week" any more
        soon = timezone.now() + datetime.timedelta(minutes=30)
    ThemeMeetingPageFactory(parent=meeting_index, title="Pian", start=soon)
    ThemeMeetingPageFactory(
        parent=meeting_index, title="Myöhemmin", start=end_of_week() + datetime.timedelta(days=2)
    )
    response = client.get(meeting_index.url)
    assert [m.title for m in response.context["this_week"]] == ["Pian"]
    assert [m.title for m in response.context["later"]] == ["Myöhemmin"]


def test_meeting_filter_by_language_group(client, meeting_index):
    ThemeMeetingPageFactory(
        parent=meeting_index, title="Arabiankielinen ryhmä", language_group="ar"
    )
    ThemeMeetingPageFactory(
        parent=meeting_index, title="Somalinkielinen ryhmä", language_group="so"
    )
    response = client.get(meeting_index.url, {"language": "so"})
    assert "Somalinkielinen ryhmä" in response.text
    assert "Arabiankielinen ryhmä" not in response.text


def test_guide_listing_queries_do_not_grow_with_items(
    client, guide_index, monkeypatch, django_assert_num_queries
):
    from resources.models import GuideIndexPage
    from tests.factories.resources import GuidePageFactory

    monkeypatch.setattr(GuideIndexPage, "paginate_by", 50)
    mothers = Audience.objects.get(code="mothers")

    def add_guides(count):
        for _ in range(count):
            guide = GuidePageFactory(parent=guide_index, intro="<p>Opas äideille.</p>")
            guide.audiences.add(mothers)
            guide.save()

    add_guides(1)
    with_one = count_queries(client, guide_index.url + "?audience=mothers")
    add_guides(49)
    with django_assert_num_queries(with_one):
        response = client.get(guide_index.url + "?audience=mothers")
    assert response.text.count('class="card"') == 50


def test_guide_contents_queries_do_not_grow_with_chapters(
    client, guide_index, django_assert_num_queries
):
    from tests.factories.resources import GuideChapterPageFactory, GuidePageFactory

    guide = GuidePageFactory(parent=guide_index)
    GuideChapterPageFactory(parent=guide)
    with_one = count_queries(client, guide.url)
    for _ in range(9):
        GuideChapterPageFactory(parent=guide)
    with django_assert_num_queries(with_one):
        client.get(guide.url)
