"""The page explorer's translation buttons ("Translate this page", "Sync translated
pages") come from one annotated query, not two queries a row, and are the same
buttons wagtail-localize itself would show."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize import wagtail_hooks as localize_hooks
from wagtail_localize.models import Translation, TranslationSource

from resources import translation_buttons
from tests.factories.resources import ThemeIndexPageFactory, ThemePackagePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser_client(client):
    user = get_user_model().objects.create_superuser("paakayttaja", "p@example.org", "x")
    client.force_login(user)
    return client, user


@pytest.fixture
def packages(home_page):
    """Untranslated; in every locale; the source of an enabled translation."""
    index = ThemeIndexPageFactory(parent=home_page, slug="teemat")
    untranslated = ThemePackagePageFactory(parent=index, slug="yksin")
    everywhere = ThemePackagePageFactory(parent=index, slug="kaikkialla")
    for locale in Locale.objects.exclude(pk=everywhere.locale_id):
        everywhere.copy_for_translation(locale, copy_parents=True)
    source_page = ThemePackagePageFactory(parent=index, slug="lahde")
    source, _created = TranslationSource.get_or_create_from_instance(source_page)
    Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="en"), enabled=True
    )
    return index, untranslated, everywhere, source_page, source


def urls(buttons):
    return sorted(button.url for button in buttons)


def test_the_buttons_are_wagtail_localizes_own(packages, superuser_client):
    index, *pages, _source = packages
    _client, user = superuser_client
    annotated = translation_buttons.annotate_translation_state(
        Page.objects.filter(pk__in=[p.pk for p in pages])
    )
    for page in annotated:
        ours = urls(translation_buttons.listing_more_buttons(page, user, next_url="/back/"))
        theirs = urls(localize_hooks.page_listing_more_buttons(page, user, next_url="/back/"))
        assert ours == theirs, page.slug


def test_the_explorer_shows_them_with_the_same_queries_however_many_rows(
    packages, superuser_client
):
    index, untranslated, everywhere, source_page, source = packages
    client, _user = superuser_client
    url = reverse("wagtailadmin_explore", args=[index.pk])
    client.get(url)  # per-process caches
    with CaptureQueriesContext(connection) as few:
        html = client.get(url).content.decode()
    translate = reverse("wagtail_localize:submit_page_translation", args=[untranslated.pk])
    assert f'href="{translate}"' in html
    assert reverse("wagtail_localize:submit_page_translation", args=[everywhere.pk]) not in html
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in html
    for _ in range(6):
        ThemePackagePageFactory(parent=index)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many) == len(few)
