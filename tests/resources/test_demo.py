"""The demo content: both guides with chapters, packages across themes, meetings,
translations into English and Arabic, intranet-only parts restricted."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction, WorkflowPage

from resources.models import (
    GuideChapterPage,
    GuideIndexPage,
    GuidePage,
    Theme,
    ThemeIndexPage,
    ThemeMeetingPage,
    ThemePackagePage,
)

# One worker runs the whole module, so the demo below is loaded once, not once per worker.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("resources-demo")]


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Loaded once for the module (it builds a few hundred pages), then rolled back."""
    with django_db_blocker.unblock():
        from django.db import transaction

        with transaction.atomic():
            call_command("load_demo_data", stdout=io.StringIO())
            yield
            transaction.set_rollback(True)


def finnish(model):
    return model.objects.filter(locale__language_code="fi")


def test_demo_has_both_guides_with_chapters(demo):
    guides = finnish(GuidePage).order_by("path")
    assert [g.slug for g in guides] == ["kotoudu-kotona", "kotoutumisen-tuki"]
    for guide in guides:
        assert GuideChapterPage.objects.child_of(guide).live().count() >= 5


def test_demo_has_at_least_six_packages_across_themes(demo):
    packages = finnish(ThemePackagePage).live()
    assert packages.count() >= 6
    assert packages.values("theme").distinct().count() >= 6


def test_demo_has_upcoming_meetings(demo):
    assert finnish(ThemeMeetingPage).live().filter(start__gte=timezone.now()).count() >= 6


def test_demo_translates_a_chapter_and_two_packages_into_english_and_arabic(demo):
    for code in ("en", "ar"):
        assert GuideChapterPage.objects.filter(locale__language_code=code).live().exists()
        assert ThemePackagePage.objects.filter(locale__language_code=code).live().count() >= 2


def test_demo_translations_are_translations_of_the_same_pages(demo):
    chapter = finnish(GuideChapterPage).get(slug="terveys-ja-neuvola")
    codes = {p.locale.language_code for p in chapter.get_translations(inclusive=True)}
    assert {"fi", "en", "ar"} <= codes


def test_demo_themes_are_the_ten_programme_themes_translated(demo):
    assert finnish(Theme).count() == 10
    assert Theme.objects.filter(locale__language_code="ar").count() == 10


def test_demo_restricts_the_professionals_guide_and_theme_materials(demo):
    restricted = set(PageViewRestriction.objects.values_list("page__slug", flat=True))
    assert "kotoutumisen-tuki" in restricted
    assert finnish(ThemeIndexPage).get().slug in restricted
    assert "kotoudu-kotona" not in restricted


def test_demo_puts_guides_under_the_review_workflow(demo):
    for index_page in GuideIndexPage.objects.all():
        assert WorkflowPage.objects.get(page=index_page).workflow.name == "Guide review"


def test_arabic_chapter_renders_right_to_left(demo, client):
    chapter = GuideChapterPage.objects.get(locale__language_code="ar", slug="terveys-ja-neuvola")
    response = client.get(chapter.url)
    assert response.status_code == 200
    assert '<html lang="ar" dir="rtl">' in response.text
