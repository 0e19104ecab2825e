"""The demo front page in each content language shows that language's texts, above
all the call for volunteers, not the Finnish ones (issue 15)."""

import copy
import html

import pytest
from django.conf import settings
from wagtail.models import Locale

from home.models import HomePage
from resources import demo as resources_demo
from resources.demo import loader
from resources.demo.data import load_content

pytestmark = pytest.mark.django_db
OTHER_CODES = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != "fi"]


def front_page_text(client, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200, code
    return html.unescape(response.content.decode())


def test_the_demo_front_page_calls_for_volunteers_in_each_language(client, home_page):
    resources_demo.load(home_page)
    finnish = home_page.volunteer_call
    calls = load_content().site["home"]["volunteer_call"]
    assert finnish in html.unescape(client.get("/").content.decode())
    for code in OTHER_CODES:
        text = front_page_text(client, code)
        assert finnish not in text, code
        assert " ".join(calls[code].split()) in text, code


def test_loading_again_fills_a_text_added_to_the_data_into_an_existing_translation(home_page):
    """A demo database loaded before the Arabic call was written gets it on the next
    load, through wagtail-localize; a load with nothing new adds no revision."""
    spec = load_content().site["home"]
    without = copy.deepcopy(spec)
    del without["volunteer_call"]["ar"]
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    arabic = loader._ensure_home_translations(home_page, without, locales)["ar"]
    # Untranslated, so wagtail-localize shows the Finnish text.
    assert arabic.volunteer_call == home_page.volunteer_call

    loader._ensure_home_translations(home_page, spec, locales)
    arabic = HomePage.objects.get(pk=arabic.pk)
    assert arabic.volunteer_call == spec["volunteer_call"]["ar"]
    assert arabic.live and not arabic.has_unpublished_changes

    revisions = arabic.revisions.count()
    loader._ensure_home_translations(home_page, spec, locales)
    assert HomePage.objects.get(pk=arabic.pk).revisions.count() == revisions


def test_the_finnish_front_page_says_what_its_translations_were_made_from():
    """The Finnish front page is made by home/demo.py, its translations from
    site.yaml: the two Finnish texts must be one, or a reader comparing languages
    reads two different offers."""
    from home.demo import HOME_WELCOME

    spec = load_content().site["home"]

    def words(text):
        return " ".join(html.unescape(text).replace("<p>", "").replace("</p>", "").split())

    assert words(HOME_WELCOME["welcome_text"]) == words(spec["welcome_text"]["fi"])
    assert words(HOME_WELCOME["volunteer_call"]) == words(spec["volunteer_call"]["fi"])
