import pytest
from django.conf import settings

from tests.factories.resources import (
    GuideChapterPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    MeetingIndexPageFactory,
    ThemeIndexPageFactory,
    ThemeMeetingPageFactory,
    ThemePackagePageFactory,
)

OTHER_LANGUAGES = [code for code in settings.INTERFACE_LANGUAGES if code != "fi"]


@pytest.fixture
def finnish_tree(home_page):
    """One page of each public type, in Finnish."""
    guide_index = GuideIndexPageFactory(parent=home_page, slug="oppaat")
    guide = GuidePageFactory(parent=guide_index, slug="opas")
    chapters = [GuideChapterPageFactory(parent=guide, slug=f"luku-{n}") for n in (1, 2)]
    theme_index = ThemeIndexPageFactory(parent=home_page, slug="teemat")
    package = ThemePackagePageFactory(parent=theme_index, slug="paketti", duration_minutes=120)
    meeting_index = MeetingIndexPageFactory(parent=home_page, slug="tapaamiset")
    meeting = ThemeMeetingPageFactory(
        parent=meeting_index, slug="tapaaminen", theme_package=package, childcare_places=8
    )
    return {
        "home": home_page,
        "guide_index": guide_index,
        "guide": guide,
        "chapter": chapters[1],
        "theme_index": theme_index,
        "package": package,
        "meeting_index": meeting_index,
        "meeting": meeting,
    }


@pytest.fixture
def translate_tree(finnish_tree):
    """translate_tree(code): the Finnish tree copied into that language and published.

    The copies get titles that are not Finnish, so that the only Finnish a page can
    show is interface text leaking through.
    """
    from wagtail.models import Locale, Page

    def _translate(code):
        if code == "fi":
            return finnish_tree
        locale = Locale.objects.get(language_code=code)
        tree = {}
        for name, page in finnish_tree.items():
            copy = page.get_translation_or_none(locale)
            if copy is None:
                copy = page.copy_for_translation(locale, copy_parents=True)
            copy = Page.objects.get(pk=copy.pk).specific
            copy.title = f"{name} ({code})"
            if name == "home":
                # The front page's own texts are content, copied over in Finnish.
                copy.welcome_title = copy.welcome_text = copy.volunteer_call = code
            for field in ("summary", "intro"):
                if hasattr(copy, field):
                    setattr(copy, field, code)
            copy.save_revision().publish()
            tree[name] = copy.specific_class.objects.get(pk=copy.pk)
        return tree

    return _translate
