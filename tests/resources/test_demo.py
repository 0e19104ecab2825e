"""The demo content: both guides with chapters, packages across themes, meetings,
translations into English and Arabic, intranet-only parts restricted."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction, WorkflowPage
from wagtail_localize.models import (
    String,
    StringSegment,
    StringTranslation,
    TranslationContext,
    TranslationSource,
)

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


def translated(page, code):
    return page.get_translation(Locale.objects.get(language_code=code)).specific


def test_demo_chapter_titles_read_in_finnish_english_and_arabic(demo):
    chapter = finnish(GuideChapterPage).get(slug="terveys-ja-neuvola")
    assert chapter.title == "Terveys ja neuvola"
    assert translated(chapter, "en").title == "Health and the neuvola"
    assert translated(chapter, "ar").title == "الصحة وعيادة نيوفولا"


def test_demo_guides_have_all_their_chapters(demo):
    counts = {
        guide.slug: GuideChapterPage.objects.child_of(guide).count() for guide in finnish(GuidePage)
    }
    assert counts == {"kotoudu-kotona": 7, "kotoutumisen-tuki": 6}


def test_demo_package_meeting_plan_is_in_the_page_language(demo):
    package = finnish(ThemePackagePage).get(slug="perheen-raha-arki")
    plan = [(item.title, item.minutes) for item in package.agenda_items.all()]
    english = [(item.title, item.minutes) for item in translated(package, "en").agenda_items.all()]
    assert plan[0] == ("Tervetuloa ja kuulumiset", 15)
    assert english[0] == ("Welcome and news", 15)
    assert len(english) == len(plan) == 6


def test_demo_key_phrases_are_explained_in_the_page_language(demo):
    package = translated(finnish(ThemePackagePage).get(slug="perheen-raha-arki"), "en")
    phrases = next(block for block in package.body if block.block_type == "key_phrases")
    first = phrases.value["phrases"][0]
    assert (first["finnish"], first["translation"]) == (
        "eräpäivä",
        "Due date: the last day to pay the bill.",
    )


def test_demo_translated_meetings_link_to_the_package_in_their_language(demo):
    meeting = ThemeMeetingPage.objects.get(locale__language_code="en", slug="tapaaminen-1")
    assert meeting.theme_package.locale.language_code == "en"


def test_demo_translations_are_wagtail_localize_translations(demo):
    chapter = finnish(GuideChapterPage).get(slug="terveys-ja-neuvola")
    source = TranslationSource.objects.get_for_instance(chapter)
    assert sorted(
        source.translations.filter(enabled=True).values_list(
            "target_locale__language_code", flat=True
        )
    ) == ["ar", "en"]
    english = Locale.objects.get(language_code="en")
    segments = StringSegment.objects.filter(source=source).annotate_translation(english)
    assert segments.count() > 20
    assert not segments.filter(translation__isnull=True).exists()


def blocks(page, block_type):
    """The page's body blocks of one type, in order (other blocks, e.g. audio, may
    stand between them)."""
    return [block for block in page.body if block.block_type == block_type]


def test_editing_the_finnish_chapter_and_syncing_updates_the_english_one(demo):
    chapter = finnish(GuideChapterPage).get(slug="terveys-ja-neuvola")
    english = translated(chapter, "en")
    first_paragraph = blocks(english, "rich_text")[0].value.source
    chapter.title = "Terveys, neuvola ja hammashoito"
    blocks(chapter, "heading")[1].value["text"] = "Uusi väliotsikko"
    chapter.save_revision().publish()

    source = TranslationSource.objects.get_for_instance(chapter)
    source.update_from_db()
    translation = source.translations.get(target_locale=english.locale)
    translation.save_target(publish=False)
    english.refresh_from_db()
    english.get_latest_revision().publish()
    english = translated(chapter, "en")

    # Changed segments have no translation yet, so they show the new Finnish text...
    assert english.title == "Terveys, neuvola ja hammashoito"
    assert blocks(english, "heading")[1].value["text"] == "Uusi väliotsikko"
    # ...and everything else keeps its English translation.
    assert blocks(english, "rich_text")[0].value.source == first_paragraph
    assert first_paragraph.startswith("<p>The neuvola is a clinic")
    assert blocks(english, "heading")[0].value["text"] == "Maternity clinic and child health clinic"

    StringTranslation.objects.create(
        translation_of=String.objects.get(data="Terveys, neuvola ja hammashoito"),
        locale=english.locale,
        context=TranslationContext.objects.get(object=source.object, path="title"),
        data="Health, the neuvola and dental care",
    )
    translation.save_target(publish=False)
    english.refresh_from_db()
    assert english.get_latest_revision().as_object().title == "Health, the neuvola and dental care"
