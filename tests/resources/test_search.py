"""/search/: current language only, and never a restricted page to an outsider."""

import pytest
from wagtail.models import Locale

from cms import roles
from tests.factories.resources import GuideChapterPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def guides(guide_index, restrict):
    public = GuidePageFactory(parent=guide_index, title="Kotoudu kotona")
    GuideChapterPageFactory(
        parent=public, title="Neuvola ja terveys", summary="Neuvolassa seurataan lapsen kasvua."
    )
    private = GuidePageFactory(parent=guide_index, title="Ammattilaisen opas")
    restrict(private, groups=roles.INTRANET_READERS)
    GuideChapterPageFactory(
        parent=private,
        title="Salainen ohje: neuvola ja trauma",
        summary="Neuvola havaitsee trauman merkit.",
    )
    return public, private


def test_search_finds_a_public_chapter(client, guides):
    response = client.get("/search/", {"q": "neuvola"})
    assert response.status_code == 200
    assert "Neuvola ja terveys" in response.text


def test_anonymous_search_never_shows_a_restricted_title_or_excerpt(client, guides):
    # Regression: Wagtail's stock search view listed restricted pages' titles.
    response = client.get("/search/", {"q": "neuvola"})
    assert "Salainen ohje" not in response.text
    assert "trauman merkit" not in response.text


def test_intranet_reader_finds_the_restricted_chapter(client, guides, make_user):
    client.force_login(make_user(roles.PARTNER_PROFESSIONALS))
    response = client.get("/search/", {"q": "neuvola"})
    assert "Salainen ohje: neuvola ja trauma" in response.text


def test_search_stays_in_the_current_language(client, guides):
    public, _private = guides
    english = Locale.objects.get(language_code="en")
    home_en = public.get_parent().get_parent().copy_for_translation(english)
    home_en.save_revision().publish()
    index_en = public.get_parent().copy_for_translation(english)
    index_en.save_revision().publish()
    guide_en = public.copy_for_translation(english)
    guide_en.title = "Neuvola guide in English"
    guide_en.save_revision().publish()
    finnish = client.get("/search/", {"q": "neuvola"}).text
    english_results = client.get("/en/search/", {"q": "neuvola"}).text
    assert "Neuvola guide in English" not in finnish
    assert "Neuvola guide in English" in english_results
    assert "Neuvola ja terveys" not in english_results


def test_empty_search_shows_the_form_without_results(client, guides):
    response = client.get("/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.text
    assert "search-results" not in response.text


def test_overlong_query_gets_a_message_not_an_error(client, guides):
    response = client.get("/search/", {"q": "x" * 500})
    assert response.status_code == 200
    assert 'class="error"' in response.text
