"""Load the demo content (content/*.yaml) into pages, snippets and documents.

Every object is looked up by a stable key (slug, name) and only created when
missing, so a second run creates no page, revision or document. Translations are
wagtail-localize translations of the Finnish pages (see translation.py), so editing
a Finnish page and syncing updates them.
"""

import datetime
import json
from html import escape

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.documents.models import Document
from wagtail.models import Locale, Page, PageViewRestriction, TranslatableMixin

from cms import roles

from ..blocks import ContentStreamBlock, MaterialsStreamBlock
from ..documents import ensure_private_collection
from ..models import (
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
from ..workflow import ensure_guide_workflow
from .data import load_content, localize
from .translation import ensure_translation

# Languages the demo translates the site structure into (the front page also into sv).
TRANSLATED = ["en", "ar"]


def load(home: Page) -> None:
    """Themes, venues, both guides, the theme packages and upcoming meetings, with
    their translations, under `home` (the Finnish front page)."""
    content = load_content()
    site = content.site
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    Audience.ensure_all()
    Language.ensure_all()
    homes = _ensure_home_translations(home, site["home"], locales)
    themes = _ensure_themes(site["themes"], locales)
    venues = _ensure_venues(site["venues"])
    indexes = {
        model: _ensure_index(model, site["indexes"][model.__name__], homes, locales)
        for model in (GuideIndexPage, ThemeIndexPage, MeetingIndexPage)
    }
    chapters = _ensure_guides(content.guides, indexes[GuideIndexPage], locales)
    packages = _ensure_packages(
        content.packages, indexes[ThemeIndexPage], themes, chapters, locales
    )
    _ensure_meetings(site, indexes[MeetingIndexPage], packages, venues, locales)
    # Theme materials are for the people running meetings, not the public.
    for page in _with_translations(indexes[ThemeIndexPage]):
        _restrict_to_intranet(page)
    ensure_guide_workflow()


# Helpers -----------------------------------------------------------------------------


def _html(text: str) -> str:
    return text if text.lstrip().startswith("<") else f"<p>{escape(text)}</p>"


def _stream(blocks, stream_block=ContentStreamBlock) -> str:
    """Blocks ({type, value} in one language) as StreamField JSON.

    Through the block definitions, so lists get the item format with ids: wagtail-localize
    only offers list items (checklists, key phrases, steps) for translation in that format.
    """
    block = stream_block()
    value = block.to_python([{"type": b["type"], "value": b["value"]} for b in blocks])
    list(value)  # converts every block; unconverted ones would keep their raw format
    return json.dumps(block.get_prep_value(value))


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


def _translated_languages(spec):
    """The languages other than Finnish that `spec` (a page's data) is given in."""
    return [code for code in spec["title"] if code != "fi"]


def _restrict_to_intranet(page):
    if PageViewRestriction.objects.filter(page=page).exists():
        return
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=roles.INTRANET_READERS))


# Structure ---------------------------------------------------------------------------


def _ensure_home_translations(home, spec, locales):
    homes = {"fi": home}
    for code in spec["title"]:

        def apply(page, code=code):
            # Front pages are siblings under the root, so each needs its own slug.
            page.slug = f"{home.slug}-{code}"
            page.title = spec["title"][code]
            page.welcome_title = spec["welcome_title"][code]
            page.welcome_text = _html(spec["welcome_text"].get(code, ""))
            page.volunteer_call = spec["volunteer_call"].get(code, "")

        # The front page also gets texts added to the data after it was translated.
        homes[code], _created = ensure_translation(home, locales[code], apply, fill_missing=True)
    return homes


def _ensure_themes(specs, locales):
    """{slug: {language code: Theme}}."""
    themes = {}
    for spec in specs:
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

            def apply(theme, name=name):
                theme.name = name

            themes[spec["slug"]][code], _created = ensure_translation(
                original, locales[code], apply
            )
    return themes


def _ensure_venues(specs):
    venues = []
    for spec in specs:
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
    # An index is translated into the languages its introduction is written in.
    for code in [code for code in spec["intro"] if code != "fi"]:

        def apply(copy, code=code):
            copy.title = spec["title"][code]
            copy.intro = _html(spec["intro"][code])

        ensure_translation(page, locales[code], apply)
    return page


# Guides ------------------------------------------------------------------------------


def _ensure_guides(specs, guide_index, locales):
    """Returns {(guide slug, chapter slug): Finnish chapter page}."""
    chapters = {}
    audiences = Audience.ensure_all()
    for spec in specs:
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
        for code in _translated_languages(spec):

            def apply(copy, code=code, spec=spec):
                copy.title = spec["title"][code]
                copy.intro = _html(spec["intro"][code])

            translation, _created = ensure_translation(guide, locales[code], apply)
            if not spec["public"]:
                _restrict_to_intranet(translation)
        for chapter_spec in spec["chapters"]:
            chapter = _ensure_chapter(guide, chapter_spec, locales)
            chapters[(spec["slug"], chapter_spec["slug"])] = chapter
    return chapters


def _ensure_chapter(guide, spec, locales):
    chapter, created = _ensure_child(
        guide,
        GuideChapterPage,
        spec["slug"],
        title=spec["title"]["fi"],
        summary=spec["summary"]["fi"],
        body=_stream(localize(spec["body"], "fi")),
    )
    if created:
        _publish(chapter)
    for code in _translated_languages(spec):

        def apply(copy, code=code):
            copy.title = spec["title"][code]
            copy.summary = spec["summary"][code]
            copy.body = _stream(localize(spec["body"], code))

        ensure_translation(chapter, locales[code], apply)
    return chapter


# Theme packages ----------------------------------------------------------------------


def _ensure_handout(spec) -> Document:
    """A printable handout for the package, in the private materials collection."""
    title = f"Tehtäväpaketti: {spec['title']['fi']}"
    document = Document.objects.filter(title=title).first()
    if document is not None:
        return document
    finnish = localize(spec, "fi")
    lines = [finnish["title"], "", "Tavoitteet:"]
    lines += [f"- {objective}" for objective in finnish["objectives"]]
    lines += ["", "Tehtävät puolisolle:", strip_tags(finnish.get("spouse_tasks", ""))]
    lines += ["", "Tehtävät lapsille:", strip_tags(finnish.get("children_tasks", ""))]
    document = Document(title=title, collection=ensure_private_collection())
    document.file.save(
        f"{spec['slug']}.txt", ContentFile("\n".join(lines).encode("utf-8")), save=True
    )
    return document


def _package_fields(spec, code, theme, handout):
    text = localize(spec, code)
    tasks = {
        key: _stream([{"type": "rich_text", "value": text[key]}] if text.get(key) else [])
        for key in ("spouse_tasks", "children_tasks")
    }
    fields = {
        "title": text["title"],
        "intro": text.get("intro", ""),
        "theme": theme,
        "duration_minutes": spec["duration_minutes"],
        "objectives": "<ul>"
        + "".join(f"<li>{escape(item)}</li>" for item in text["objectives"])
        + "</ul>",
        "body": _stream(text.get("body", [])),
        **tasks,
        "childcare_notes": text.get("childcare_notes", ""),
        "interpreter_notes": text.get("interpreter_notes", ""),
        "materials": _stream(
            [
                {
                    "type": "document",
                    "value": {"document": handout.pk, "title": "", "description": ""},
                }
            ],
            MaterialsStreamBlock,
        ),
    }
    agenda = [
        AgendaItem(
            title=item["title"],
            minutes=item["minutes"],
            description=item["description"],
            sort_order=order,
        )
        for order, item in enumerate(text["agenda"])
    ]
    return fields, agenda


def _ensure_packages(specs, theme_index, themes, chapters, locales):
    """Returns {package slug: Finnish package page}."""
    packages = {}
    audiences = Audience.ensure_all()
    languages = Language.ensure_all()
    for spec in specs:
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
                RelatedChapter(chapter=chapters[tuple(key)])
                for key in spec.get("related_chapters", [])
                if tuple(key) in chapters
            ]
            _publish(package)
        else:
            package = existing
        packages[spec["slug"]] = package
        for code in _translated_languages(spec):

            def apply(copy, code=code, spec=spec, handout=handout):
                theme = themes[spec["theme"]].get(code, themes[spec["theme"]]["fi"])
                fields, agenda = _package_fields(spec, code, theme, handout)
                for name, value in fields.items():
                    setattr(copy, name, value)
                copy.agenda_items = agenda

            # Until the meeting plan is translatable in wagtail-localize it is synchronised
            # from the Finnish page, so the translation gets its own plan written in.
            keep = () if issubclass(AgendaItem, TranslatableMixin) else ("agenda_items",)
            ensure_translation(package, locales[code], apply, keep=keep)
    return packages


# Meetings ----------------------------------------------------------------------------


def _ensure_meetings(site, meeting_index, packages, venues, locales):
    languages = Language.ensure_all()
    notes = site["meeting_notes"]
    today = timezone.localdate()
    for number, spec in enumerate(site["meetings"], start=1):
        slug = f"tapaaminen-{number}"
        package = packages[spec["package"]]
        existing = ThemeMeetingPage.objects.child_of(meeting_index).filter(slug=slug).first()
        if existing is None:
            start = timezone.make_aware(
                datetime.datetime.combine(
                    today + datetime.timedelta(days=spec["days_from_today"]),
                    datetime.time(spec["hour"]),
                )
            )
            meeting, _created = _ensure_child(
                meeting_index,
                ThemeMeetingPage,
                slug,
                title=package.title,
                start=start,
                end=start + datetime.timedelta(hours=2),
                venue=venues[spec["venue"]],
                theme_package=package,
                language_group=spec["language_group"],
                childcare_places=8,
                notes=notes["fi"],
            )
            meeting.interpreter_languages.set([languages[code] for code in spec["interpreters"]])
            _publish(meeting)
        else:
            meeting = existing
        for code in notes:
            if code == "fi":
                continue

            def apply(copy, code=code, package=package):
                # Point at the package in the reader's language where there is one.
                localized_package = package.get_translation_or_none(locales[code]) or package
                copy.title = localized_package.title
                copy.theme_package = localized_package.specific
                copy.notes = notes[code]

            # wagtail-localize synchronises links to pages from the source; the demo
            # links each translated meeting to the package in the same language.
            ensure_translation(meeting, locales[code], apply, keep=("theme_package",))
