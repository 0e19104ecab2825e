"""Demo translations made through wagtail-localize, as an editor's would be.

For a Finnish page and its text in another language the loader stores a
TranslationSource for the Finnish page, one StringTranslation per source segment and
a Translation for the target locale, then lets wagtail-localize build the translated
page (`Translation.save_target`). Editing the Finnish page and syncing therefore
updates the translation: unchanged segments keep their translation, new ones fall
back to Finnish until translated.

The translated text is matched to the source segment by position: the loader builds
the target language version of the page in memory, extracts its segments the same way
and pairs them with the source's. Block and child-object ids differ between the two,
so ids in segment paths are replaced by their order of appearance before pairing.
A text left empty in the target language stays untranslated, which wagtail-localize
shows in Finnish.
"""

import json
import re
from collections import defaultdict

from wagtail.models import Page
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments, quote_path_component

_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


class SegmentMismatch(ValueError):
    """The translated version does not have the source's structure."""


def ensure_translation(original, locale, apply, keep=(), fill_missing=False):
    """The translation of `original` into `locale`, made with wagtail-localize if missing.

    `apply(instance)` sets the target-language field values on an unsaved copy of the
    source. `keep` names fields wagtail-localize synchronises from the source (links
    to pages, child objects that are not translatable) whose value from `apply` the
    new translation should still get. With `fill_missing`, an existing page
    translation gets the texts it still lacks (see `fill_missing_texts`).
    Returns (translated instance, created).
    """
    existing = original.get_translation_or_none(locale)
    if existing is not None:
        if fill_missing and isinstance(original, Page):
            fill_missing_texts(original, locale, apply)
            existing = original.get_translation_or_none(locale)
        return (existing.specific if isinstance(existing, Page) else existing), False
    source, _created = TranslationSource.get_or_create_from_instance(original)
    target = source.as_instance()
    apply(target)
    store_translations(source, target, locale)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    if isinstance(original, Page):
        # publish=False then publishing here: wagtail-localize would publish on commit,
        # which never comes inside the command's (or a test's) transaction.
        translation.save_target(publish=False)
        page = source.get_translated_instance(locale).specific
        revision = page.get_latest_revision()
        if keep:
            # Into the revision save_target made: a second revision per page would
            # slow the loader down for nothing.
            for name in keep:
                value = getattr(target, name)
                setattr(page, name, list(value.all()) if hasattr(value, "all") else value)
            revision.content = page.serializable_data()
            revision.save(update_fields=["content"])
        revision.publish()
        return source.get_translated_instance(locale).specific, True
    translation.save_target()
    return source.get_translated_instance(locale), True


def fill_missing_texts(original, locale, apply):
    """Give the existing translation of the page `original` into `locale` the texts
    that `apply` now sets and it has no translation for (a text added to the demo
    data after the database was loaded), then publish it. Translations already stored,
    an editor's included, are kept; with nothing missing, nothing is written."""
    translation = Translation.objects.filter(
        source__object_id=original.translation_key,
        source__locale=original.locale,
        target_locale=locale,
    ).first()
    if translation is None:
        return
    source = translation.source
    strings = StringSegment.objects.filter(source=source).values("string")
    translated = StringTranslation.objects.filter(locale=locale, translation_of__in=strings)
    before = translated.count()
    target = source.as_instance()
    apply(target)
    store_translations(source, target, locale)
    if translated.count() == before:
        return
    translation.save_target(publish=False)
    source.get_translated_instance(locale).specific.get_latest_revision().publish()


def store_translations(source, target, locale):
    """StringTranslations (and link overrides) for `locale` taken from `target`."""
    pairs = _pair(
        list(
            StringSegment.objects.filter(source=source)
            .select_related("string", "context")
            .order_by("order")
        ),
        [s for s in extract_segments(_with_block_ids(target)) if isinstance(s, StringSegmentValue)],
        source,
        target,
    )
    StringTranslation.objects.bulk_create(
        [
            StringTranslation(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                data=value.string.data,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
            )
            for segment, value in pairs
        ],
        ignore_conflicts=True,
    )
    _override_links(source, locale, pairs)


def _with_block_ids(instance):
    """Give new stream blocks their ids (normally done on save) so paths can be paired."""
    for field in instance._meta.get_fields():
        if field.__class__.__name__ == "StreamField":
            field.get_prep_value(getattr(instance, field.name))
    return instance


def _normalized(paths):
    """Paths with each id replaced by the order in which it first appears."""
    numbers = {}
    result = []
    for path in paths:
        parts = []
        for part in path.split("."):
            if _ID.match(part):
                part = f"#{numbers.setdefault(part, len(numbers))}"
            parts.append(part)
        result.append(".".join(parts))
    return result


def _pair(source_segments, target_segments, source, target):
    by_path = defaultdict(list)
    for path, value in zip(
        _normalized(s.path for s in target_segments), target_segments, strict=True
    ):
        by_path[path].append(value)
    pairs = []
    for path, segment in zip(
        _normalized(s.context.path for s in source_segments), source_segments, strict=True
    ):
        if by_path[path]:
            pairs.append((segment, by_path[path].pop(0)))
        elif getattr(target, path.split(".")[0], None):
            raise SegmentMismatch(f"{source.object_repr}: no translated text for {path}")
        # else the field is left empty in this language: it stays untranslated
    left = {path: values for path, values in by_path.items() if values}
    if left:
        raise SegmentMismatch(f"{source.object_repr}: translated text without a source: {left}")
    return pairs


def _override_links(source, locale, pairs):
    """Links that point elsewhere in the translation (e.g. an English-language page)."""
    for segment, value in pairs:
        source_attrs = json.loads(segment.attrs or "null") or {}
        for key, attrs in source_attrs.items():
            href = attrs.get("href")
            target_href = value.attrs.get(key, {}).get("href") if value.attrs else None
            if href is None or target_href in (None, href):
                continue
            link = OverridableSegment.objects.filter(
                source=source, context__path=f"{segment.context.path}.{quote_path_component(href)}"
            ).first()
            if link is not None:
                SegmentOverride.objects.get_or_create(
                    locale=locale,
                    context=link.context,
                    defaults={"data_json": json.dumps(target_href)},
                )
