import pytest

from home.models import HomePage
from resources.models import (
    GuideChapterPage,
    GuideIndexPage,
    GuidePage,
    MeetingIndexPage,
    ThemeIndexPage,
    ThemeMeetingPage,
    ThemePackagePage,
)


@pytest.mark.parametrize(
    ("parent", "child"),
    [
        (HomePage, GuideIndexPage),
        (GuideIndexPage, GuidePage),
        (GuidePage, GuideChapterPage),
        (HomePage, ThemeIndexPage),
        (ThemeIndexPage, ThemePackagePage),
        (HomePage, MeetingIndexPage),
        (MeetingIndexPage, ThemeMeetingPage),
    ],
)
def test_allowed_parent_child_pairs(parent, child):
    assert child in parent.allowed_subpage_models()
    assert parent in child.allowed_parent_page_models()


@pytest.mark.parametrize(
    ("parent", "child"),
    [
        (HomePage, GuideChapterPage),
        (HomePage, ThemePackagePage),
        (HomePage, ThemeMeetingPage),
        (GuideIndexPage, GuideChapterPage),
        (ThemeIndexPage, ThemeMeetingPage),
        (MeetingIndexPage, ThemePackagePage),
        (GuidePage, ThemePackagePage),
    ],
)
def test_forbidden_parent_child_pairs(parent, child):
    assert child not in parent.allowed_subpage_models()


@pytest.mark.parametrize("leaf", [GuideChapterPage, ThemePackagePage, ThemeMeetingPage])
def test_leaf_pages_have_no_children(leaf):
    assert leaf.allowed_subpage_models() == []
