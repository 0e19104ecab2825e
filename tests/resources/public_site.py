"""A small public site shaped like the demo: indexes, guides with chapters (one guide
for staff only, as the demo's professionals' guide), theme materials for logged-in
users, upcoming meetings, the front page and a guide translated into English.

Built with factories in a second or two; the demo loader takes minutes."""

import datetime

from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction

from resources.models import Audience, Language
from tests.factories.resources import (
    GuideChapterPageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    MeetingIndexPageFactory,
    ThemeIndexPageFactory,
    ThemeMeetingPageFactory,
    ThemePackagePageFactory,
)


def restrict_to_logged_in(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def translate(page, code):
    """The page's published copy in language `code` (its parents copied as needed)."""
    locale = Locale.objects.get(language_code=code)
    copy = page.get_translation_or_none(locale)
    if copy is None:
        copy = page.copy_for_translation(locale, copy_parents=True)
    copy = Page.objects.get(pk=copy.pk).specific
    copy.title = f"{page.title} ({code})"
    copy.save_revision().publish()
    return copy.specific_class.objects.get(pk=copy.pk)


def republish(page, **changes):
    """Publish `page` with `changes`, as an editor's "Publish" does; the page as saved."""
    page = Page.objects.get(pk=page.pk).specific
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


def build_public_site(home_page):
    """The pages of each public type, by name (Finnish unless the name says)."""
    # get_or_create: a transactional test (a real worker) before this one may have
    # emptied the tables a migration seeds.
    mothers, _created = Audience.objects.get_or_create(code="mothers")
    arabic, _created = Language.objects.get_or_create(code="ar")
    guide_index = GuideIndexPageFactory(parent=home_page, slug="oppaat")
    guides = []
    for n in range(3):
        guide = GuidePageFactory(parent=guide_index, slug=f"opas-{n}")
        guide.audiences.add(mothers)
        guide.save_revision().publish()
        chapters = [
            GuideChapterPageFactory(parent=guide, slug=f"luku-{n}-{c}", body=_body())
            for c in range(4)
        ]
        guides.append((guide, chapters))
    restrict_to_logged_in(guides[2][0])  # the professionals' guide
    theme_index = ThemeIndexPageFactory(parent=home_page, slug="teemat")
    packages = [ThemePackagePageFactory(parent=theme_index) for _ in range(3)]
    restrict_to_logged_in(theme_index)  # theme materials are for staff and volunteers
    meeting_index = MeetingIndexPageFactory(parent=home_page, slug="tapaamiset")
    meetings = []
    for n in range(5):
        meeting = ThemeMeetingPageFactory(
            parent=meeting_index,
            slug=f"tapaaminen-{n}",
            theme_package=packages[n % 3],
            start=timezone.now() + datetime.timedelta(days=n + 1),
        )
        meeting.interpreter_languages.add(arabic)
        meeting.save_revision().publish()
        meetings.append(meeting)
    guide, chapters = guides[0]
    return {
        "front": home_page,
        "guide_index": guide_index,
        "guide": guide,
        "chapter": chapters[1],
        "meeting_index": meeting_index,
        "meeting": meetings[0],
        "english_chapter": translate(chapters[1], "en"),
        "private_guide": guides[2][0],
    }


def _body():
    return [
        ("heading", {"text": "Mitä tehdä", "level": "h2"}),
        ("rich_text", "<p>Kappale tekstiä.</p>"),
    ]
