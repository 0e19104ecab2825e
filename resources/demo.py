"""Load resources/demo_content.py into pages, snippets and documents (idempotent).

Every object is looked up by a stable key (slug, name) and only created when
missing, so a second run creates no page, revision or document. Translations are
real translations of the same pages (`copy_for_translation`, same translation key),
which is what the language switcher and wagtail-localize work with.
"""

import datetime
import json
from html import escape

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.documents.models import Document
from wagtail.models import Locale, Page, PageViewRestriction

from cms import roles

from . import demo_content as content
from .documents import ensure_private_collection
from .models import (
    AgendaItem,
    Audience,
    GuideChapterPage,
    GuideIndexPage,
    GuidePage,
    Language,
    MeetingIndexPage,
    RelatedChapter,
    Theme,
    ThemeIndexPage,
    ThemeMeetingPage,
    ThemePackagePage,
    Venue,
)
from .workflow import ensure_guide_workflow

# Languages the demo translates the site structure into (the front page also into sv).
TRANSLATED = ["en", "ar"]

INDEXES = {
    GuideIndexPage: {
        "slug": "oppaat",
        "title": {"fi": "Oppaat", "en": "Guides", "ar": "الأدلة", "sv": "Guider"},
        "intro": {
            "fi": "Oppaat arkeen Suomessa – lue omalla kielelläsi.",
            "en": "Guides to everyday life in Finland – read them in your own language.",
            "ar": "أدلة للحياة اليومية في فنلندا – اقرئيها بلغتكِ.",
        },
    },
    ThemeIndexPage: {
        "slug": "teemamateriaalit",
        "title": {"fi": "Teemamateriaalit", "en": "Theme materials", "ar": "مواد اللقاءات"},
        "intro": {
            "fi": "Teematapaamisten suunnitelmat, materiaalit ja tehtäväpaketit.",
            "en": "Plans, materials and task packages for the theme meetings.",
            "ar": "خطط اللقاءات وموادها ومهامها.",
        },
    },
    MeetingIndexPage: {
        "slug": "teematapaamiset",
        "title": {"fi": "Teematapaamiset", "en": "Theme meetings", "ar": "اللقاءات الأسبوعية"},
        "intro": {
            "fi": "Tulevat teematapaamiset. Lapsille on hoito tapaamisen ajan.",
            "en": "Upcoming theme meetings. Childcare is arranged during the meeting.",
            "ar": "اللقاءات القادمة. نعتني بالأطفال أثناء اللقاء.",
        },
    },
}

HOME_TITLES = {
    "en": ("Tukiverkko", "Welcome to Tukiverkko"),
    "sv": ("Tukiverkko", "Välkommen till Tukiverkko"),
    "ar": ("توكيفيركو", "أهلاً بكِ في توكيفيركو"),
}

# (days from today, hour, package slug, venue index, language group, interpreter languages)
MEETINGS = [
    (1, 10, "perheen-raha-arki", 0, "ar", ["ar"]),
    (2, 13, "neuvola-tutuksi", 1, "so", ["so"]),
    (8, 10, "paivakoti-ja-koulu", 0, "ar", ["ar"]),
    (9, 13, "asiointi-kelassa-ja-verkossa", 2, "ckb", ["ckb"]),
    (15, 10, "turvallinen-koti-ja-112", 0, "ar", ["ar"]),
    (16, 17, "aidin-jaksaminen", 3, "ru", ["ru", "uk"]),
    (22, 10, "talvi-ja-luonto", 4, "fi", []),
    (29, 10, "suomea-arjen-tilanteissa", 1, "so", ["so"]),
    (36, 10, "oma-polku-opiskeluun-ja-tyohon", 0, "ar", ["ar"]),
]


def load(home: Page) -> None:
    """Themes, venues, both guides, the theme packages and upcoming meetings, with
    their English and Arabic translations, under `home` (the Finnish front page)."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    Audience.ensure_all()
    Language.ensure_all()
    homes = _ensure_home_translations(home, locales)
    themes = _ensure_themes(locales)
    venues = _ensure_venues()
    indexes = {model: _ensure_index(model, spec, homes, locales) for model, spec in INDEXES.items()}
    chapters = _ensure_guides(indexes[GuideIndexPage], locales)
    packages = _ensure_packages(indexes[ThemeIndexPage], themes, chapters, locales)
    _ensure_meetings(indexes[MeetingIndexPage], packages, venues, locales)
    # Theme materials are for the people running meetings, not the public.
    for page in _with_translations(indexes[ThemeIndexPage]):
        _restrict_to_intranet(page)
    ensure_guide_workflow()


# Helpers -----------------------------------------------------------------------------


def _html(text: str) -> str:
    return text if text.lstrip().startswith("<") else f"<p>{escape(text)}</p>"


def _stream(blocks) -> str:
    """demo_content's (type, value) tuples as StreamField JSON."""
    return json.dumps([{"type": block_type, "value": value} for block_type, value in blocks])


def _with_translations(page):
    return list(page.get_translations(inclusive=True))


def _ensure_child(parent, model, slug, **fields):
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing, False
    page = model(slug=slug, locale=parent.locale, **fields)
    parent.add_child(instance=page)
    return page, True


def _publish(page):
    page.save_revision().publish()


def _ensure_translation(page, locale, apply):
    """The translation of `page` into `locale`; created with `apply(copy)` if missing.

    The parent must already be translated (the loader goes top-down).
    """
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific, False
    translation = page.copy_for_translation(locale)
    apply(translation)
    _publish(translation)
    return translation, True


def _restrict_to_intranet(page):
    if PageViewRestriction.objects.filter(page=page).exists():
        return
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=roles.INTRANET_READERS))


# Structure ---------------------------------------------------------------------------


def _ensure_home_translations(home, locales):
    homes = {"fi": home}
    for code, (title, welcome_title) in HOME_TITLES.items():

        def apply(page, code=code, title=title, welcome_title=welcome_title):
            page.title = title
            page.welcome_title = welcome_title
            page.welcome_text = _html(content.HOME_INTRO.get(code, ""))
            page.volunteer_call = content.VOLUNTEER_CALL.get(code, "")

        homes[code], _created = _ensure_translation(home, locales[code], apply)
    return homes


def _ensure_themes(locales):
    """{slug: {language code: Theme}}."""
    themes = {}
    for spec in content.THEMES:
        names = spec["name"]
        original = Theme.objects.filter(slug=spec["slug"], locale=locales["fi"]).first()
        if original is None:
            original = Theme.objects.create(
                slug=spec["slug"], name=names["fi"], locale=locales["fi"]
            )
        themes[spec["slug"]] = {"fi": original}
        for code, name in names.items():
            if code == "fi" or code not in locales:
                continue
            translation = original.get_translation_or_none(locales[code])
            if translation is None:
                translation = original.copy_for_translation(locales[code])
                translation.name = name
                translation.save()
            themes[spec["slug"]][code] = translation
    return themes


def _ensure_venues():
    venues = []
    for spec in content.VENUES:
        venue, _created = Venue.objects.get_or_create(
            name=spec["name"],
            defaults={"municipality": spec["municipality"], "address": spec["address"]},
        )
        venues.append(venue)
    return venues


def _ensure_index(model, spec, homes, locales):
    page, created = _ensure_child(
        homes["fi"],
        model,
        spec["slug"],
        title=spec["title"]["fi"],
        intro=_html(spec["intro"]["fi"]),
    )
    if created:
        _publish(page)
    for code in TRANSLATED:

        def apply(copy, code=code):
            copy.title = spec["title"][code]
            copy.intro = _html(spec["intro"][code])

        _ensure_translation(page, locales[code], apply)
    return page


# Guides ------------------------------------------------------------------------------


def _ensure_guides(guide_index, locales):
    """Returns {(guide slug, chapter slug): Finnish chapter page}."""
    chapters = {}
    audiences = Audience.ensure_all()
    for spec in content.GUIDES:
        guide, created = _ensure_child(
            guide_index,
            GuidePage,
            spec["slug"],
            title=spec["title"]["fi"],
            intro=_html(spec["intro"]["fi"]),
        )
        if created:
            guide.audiences.set([audiences[code] for code in spec["audience"]])
            _publish(guide)
        if not spec["public"]:
            _restrict_to_intranet(guide)
        for code in TRANSLATED:
            if code not in spec["title"]:
                continue

            def apply(copy, code=code, spec=spec):
                copy.title = spec["title"][code]
                copy.intro = _html(spec["intro"][code])

            translation, _created = _ensure_translation(guide, locales[code], apply)
            if not spec["public"]:
                _restrict_to_intranet(translation)
        for chapter_spec in spec["chapters"]:
            chapter, created = _ensure_child(
                guide,
                GuideChapterPage,
                chapter_spec["slug"],
                title=chapter_spec["title"]["fi"],
                summary=chapter_spec["summary"]["fi"],
                body=_stream(chapter_spec["body"]["fi"]),
            )
            if created:
                _publish(chapter)
            chapters[(spec["slug"], chapter_spec["slug"])] = chapter
            for code in TRANSLATED:
                if code not in chapter_spec["body"] or code not in spec["title"]:
                    continue

                def apply(copy, code=code, chapter_spec=chapter_spec):
                    copy.title = chapter_spec["title"][code]
                    copy.summary = chapter_spec["summary"][code]
                    copy.body = _stream(chapter_spec["body"][code])

                _ensure_translation(chapter, locales[code], apply)
    return chapters


# Theme packages ----------------------------------------------------------------------


def _ensure_handout(spec) -> Document:
    """A printable handout for the package, in the private materials collection."""
    title = f"Tehtäväpaketti: {spec['title']['fi']}"
    document = Document.objects.filter(title=title).first()
    if document is not None:
        return document
    lines = [spec["title"]["fi"], "", "Tavoitteet:"]
    lines += [f"- {objective}" for objective in spec["objectives"]["fi"]]
    lines += ["", "Tehtävät puolisolle:", strip_tags(spec.get("spouse_tasks", {}).get("fi", ""))]
    lines += ["", "Tehtävät lapsille:", strip_tags(spec.get("children_tasks", {}).get("fi", ""))]
    document = Document(title=title, collection=ensure_private_collection())
    document.file.save(
        f"{spec['slug']}.txt", ContentFile("\n".join(lines).encode("utf-8")), save=True
    )
    return document


def _package_fields(spec, code, theme, handout):
    def text(key):
        return spec.get(key, {}).get(code, "")

    fields = {
        "title": spec["title"][code],
        "intro": text("intro"),
        "theme": theme,
        "duration_minutes": spec["duration_minutes"],
        "objectives": "<ul>"
        + "".join(f"<li>{escape(item)}</li>" for item in spec["objectives"].get(code, []))
        + "</ul>",
        "body": _stream(spec.get("body", {}).get(code, [])),
        "spouse_tasks": _stream(
            [("rich_text", text("spouse_tasks"))] if text("spouse_tasks") else []
        ),
        "children_tasks": _stream(
            [("rich_text", text("children_tasks"))] if text("children_tasks") else []
        ),
        "childcare_notes": text("childcare_notes"),
        "interpreter_notes": text("interpreter_notes"),
        "materials": _stream(
            [("document", {"document": handout.pk, "title": "", "description": ""})]
        ),
    }
    agenda = [
        AgendaItem(title=item["title"], minutes=item["minutes"], description=item["description"])
        for item in spec["agenda"].get(code, [])
    ]
    return fields, agenda


def _ensure_packages(theme_index, themes, chapters, locales):
    """Returns {package slug: Finnish package page}."""
    packages = {}
    audiences = Audience.ensure_all()
    languages = Language.ensure_all()
    for spec in content.THEME_PACKAGES:
        handout = _ensure_handout(spec)
        existing = ThemePackagePage.objects.child_of(theme_index).filter(slug=spec["slug"]).first()
        if existing is None:
            fields, agenda = _package_fields(spec, "fi", themes[spec["theme"]]["fi"], handout)
            package, _created = _ensure_child(theme_index, ThemePackagePage, spec["slug"], **fields)
            package.agenda_items = agenda
            package.audiences.set([audiences[code] for code in spec["audience"]])
            package.languages_available.set(
                [languages[code] for code in spec["languages_available"] if code in languages]
            )
            package.related_chapters = [
                RelatedChapter(chapter=chapters[key])
                for key in spec.get("related_chapters", [])
                if key in chapters
            ]
            _publish(package)
        else:
            package = existing
        packages[spec["slug"]] = package
        for code in TRANSLATED:
            if code not in spec["title"]:
                continue

            def apply(copy, code=code, spec=spec, handout=handout):
                theme = themes[spec["theme"]].get(code, themes[spec["theme"]]["fi"])
                fields, agenda = _package_fields(spec, code, theme, handout)
                for name, value in fields.items():
                    setattr(copy, name, value)
                copy.agenda_items = agenda

            _ensure_translation(package, locales[code], apply)
    return packages


# Meetings ----------------------------------------------------------------------------


def _ensure_meetings(meeting_index, packages, venues, locales):
    languages = Language.ensure_all()
    today = timezone.localdate()
    for number, (days, hour, package_slug, venue_index, group, interpreters) in enumerate(
        MEETINGS, start=1
    ):
        slug = f"tapaaminen-{number}"
        package = packages[package_slug]
        existing = ThemeMeetingPage.objects.child_of(meeting_index).filter(slug=slug).first()
        if existing is None:
            start = timezone.make_aware(
                datetime.datetime.combine(
                    today + datetime.timedelta(days=days), datetime.time(hour)
                )
            )
            meeting, _created = _ensure_child(
                meeting_index,
                ThemeMeetingPage,
                slug,
                title=package.title,
                start=start,
                end=start + datetime.timedelta(hours=2),
                venue=venues[venue_index],
                theme_package=package,
                language_group=group,
                childcare_places=8,
                notes="<p>Ilmoittaudu ohjaajalle, niin varaamme lapsellesi hoitopaikan.</p>",
            )
            meeting.interpreter_languages.set([languages[code] for code in interpreters])
            _publish(meeting)
        else:
            meeting = existing
        for code in TRANSLATED:

            def apply(copy, code=code, package=package):
                # Point at the package in the reader's language where there is one.
                localized_package = package.get_translation_or_none(locales[code]) or package
                copy.title = localized_package.title
                copy.theme_package = localized_package.specific
                copy.notes = {
                    "en": "<p>Tell the group leader you are coming, and we keep a childcare "
                    "place for your child.</p>",
                    "ar": "<p>أخبري مرشدة المجموعة بأنكِ قادمة، لنحجز مكاناً لطفلكِ في رعاية "
                    "الأطفال.</p>",
                }[code]

            _ensure_translation(meeting, locales[code], apply)
