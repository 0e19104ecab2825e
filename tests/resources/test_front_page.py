"""What the content adds to the front page and the header."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from cms import roles
from tests.factories.resources import GuidePageFactory, ThemeMeetingPageFactory

pytestmark = pytest.mark.django_db


def test_anonymous_front_page_lists_public_guides_only(client, guide_index, restrict):
    GuidePageFactory(parent=guide_index, title="Kotoudu kotona")
    restrict(GuidePageFactory(parent=guide_index, title="Ammattilaisten opas"))
    response = client.get("/")
    assert "Kotoudu kotona" in response.text
    assert "Ammattilaisten opas" not in response.text


def test_header_links_to_the_content_indexes_the_reader_may_open(
    client, guide_index, theme_index, meeting_index, restrict
):
    restrict(theme_index)
    response = client.get("/")
    assert f'href="{guide_index.url}"' in response.text
    assert f'href="{meeting_index.url}"' in response.text
    assert f'href="{theme_index.url}"' not in response.text


def test_header_on_a_content_page_follows_the_reader_and_her_language(
    client, make_user, guide_index, theme_index, meeting_index, restrict
):
    """The index pages come with the site's first query on a content page (no query of
    their own): still only those the reader may open, in her language where they exist,
    the Finnish one otherwise."""
    from tests.resources.public_site import translate

    restrict(theme_index)
    guide = GuidePageFactory(parent=guide_index)
    english_guides = translate(guide_index, "en")
    english_guide = translate(guide, "en")
    anonymous = client.get(guide.url).text
    assert f'href="{guide_index.url}"' in anonymous
    assert f'href="{theme_index.url}"' not in anonymous
    english = client.get(english_guide.url).text
    assert f'href="{english_guides.url}"' in english
    assert f'href="{meeting_index.url}" lang="fi"' in english  # no English one
    client.force_login(make_user(roles.VOLUNTEERS))
    assert f'href="{theme_index.url}"' in client.get(guide.url).text


def test_logged_in_front_page_shows_upcoming_meetings(client, make_user, meeting_index):
    ThemeMeetingPageFactory(parent=meeting_index, title="Neuvola tutuksi")
    client.force_login(make_user(roles.VOLUNTEERS))
    response = client.get("/")
    assert "Neuvola tutuksi" in response.text


def test_meeting_must_end_after_it_starts(meeting_index):
    meeting = ThemeMeetingPageFactory(parent=meeting_index)
    meeting.end = meeting.start - datetime.timedelta(minutes=1)
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert "end" in error.value.message_dict


def test_guide_chapter_links_to_previous_and_next(client, guide_index):
    from tests.factories.resources import GuideChapterPageFactory

    guide = GuidePageFactory(parent=guide_index)
    first, second, third = (
        GuideChapterPageFactory(parent=guide, title=title)
        for title in ("Ensimmäinen", "Toinen", "Kolmas")
    )
    response = client.get(second.url)
    assert response.context["previous_chapter"].pk == first.pk
    assert response.context["next_chapter"].pk == third.pk
    assert response.context["chapter_number"] == 2


def test_guide_page_lists_its_chapters_in_order(client, guide_index):
    from tests.factories.resources import GuideChapterPageFactory

    guide = GuidePageFactory(parent=guide_index)
    for title in ("Palvelut", "Neuvola", "Koulu"):
        GuideChapterPageFactory(parent=guide, title=title)
    text = client.get(guide.url).text
    assert text.index("Palvelut") < text.index("Neuvola") < text.index("Koulu")
