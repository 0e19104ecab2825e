"""/sv/oppaat/ is no dead end: a page not yet translated into Swedish is reached in
Finnish, while a path that exists in no language is still a 404."""

import pytest
from wagtail.models import Locale

from tests.factories.resources import GuideIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def swedish_home(home_page):
    home = home_page.copy_for_translation(Locale.objects.get(language_code="sv"))
    home.save_revision().publish()
    return home


def test_swedish_path_of_an_untranslated_page_leads_to_the_finnish_page(
    client, home_page, swedish_home
):
    GuideIndexPageFactory(parent=home_page, slug="oppaat", title="Oppaat")
    assert client.get("/sv/").status_code == 200
    response = client.get("/sv/oppaat/")
    assert response.status_code == 302
    assert response["Location"].endswith("/oppaat/")
    assert client.get(response["Location"]).status_code == 200


def test_a_path_that_exists_nowhere_is_still_404(client, home_page, swedish_home):
    assert client.get("/sv/ei-ole/").status_code == 404


def test_restricted_pages_are_not_revealed_by_the_fallback(client, home_page, swedish_home):
    from wagtail.models import PageViewRestriction

    index = GuideIndexPageFactory(parent=home_page, slug="sisainen", title="Sisäinen")
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    assert client.get("/sv/sisainen/").status_code == 404
