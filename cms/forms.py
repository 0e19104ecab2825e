"""Safe text input: what people type is checked, never silently changed.

Control characters, bidirectional controls and HTML markup are refused with a
message next to the field (the page shows the input again, escaped), so nothing
with markup is ever stored. Text saved without a form (services, imports, tags) has
the bidirectional controls stripped instead (`strip_bidi_on_save`).
"""

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from taggit.utils import parse_tags
from wagtail.admin.forms import WagtailAdminModelForm

_ALLOWED_CONTROLS = {"\n", "\r", "\t"}
# Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the text
# around them on screen ("Trojan Source", CVE-2021-42574): a name can read as another,
# a file name's extension can hide. The single marks (U+200E LRM, U+200F RLM, U+061C
# ALM) are what Arabic and Sorani writers type to place punctuation; they reorder
# nothing beyond one character and stay allowed.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BIDI_TABLE = dict.fromkeys(map(ord, BIDI_CONTROLS))


def strip_bidi_controls(value: str) -> str:
    """`value` without bidirectional embeddings, overrides and isolates."""
    return value.translate(_BIDI_TABLE)


def no_bidi_controls(value):
    """Validator: refuse text with bidirectional controls (a translated message)."""
    if isinstance(value, str) and not BIDI_CONTROLS.isdisjoint(value):
        raise ValidationError(
            _("Remove the invisible text-direction characters from this field."), code="bidi"
        )


class PlainTextFormMixin:
    """Every text field of the form (names, free text, tags) refuses bidirectional
    controls. For forms whose fields come from models (Wagtail's admin forms)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            # TagField is a CharField too: the typed text is checked before parsing.
            if isinstance(field, forms.CharField) and no_bidi_controls not in field.validators:
                field.validators.append(no_bidi_controls)


class PlainTextAdminModelForm(PlainTextFormMixin, WagtailAdminModelForm):
    """The base form for admin viewsets built from panels."""


# Apps whose text is people's own words (and taggit's tags, which they type).
PEOPLE_APP_LABELS = frozenset({"volunteers", "participants", "matching", "outbox", "taggit"})


def strip_bidi_on_save(sender, instance, raw=False, **kwargs):
    """pre_save receiver: strip bidirectional controls from the text fields of the
    people apps' models, whatever saved them (connected in HomeConfig.ready)."""
    if raw or sender._meta.app_label not in PEOPLE_APP_LABELS:
        return
    for field in sender._meta.concrete_fields:
        if isinstance(field, models.CharField | models.TextField):
            value = getattr(instance, field.attname)
            if isinstance(value, str) and not BIDI_CONTROLS.isdisjoint(value):
                setattr(instance, field.attname, strip_bidi_controls(value))


# "<" followed by a letter, "/", "!" or "?" starts a tag, comment or declaration.
_MARKUP = re.compile(r"<\s*[A-Za-z/!?]")


def no_control_characters(value: str, *, multiline: bool = False):
    allowed = _ALLOWED_CONTROLS if multiline else set()
    for char in value:
        if unicodedata.category(char) in ("Cc", "Cs", "Co") and char not in allowed:
            raise ValidationError(
                _("Remove the invisible control characters from this field."), code="control"
            )


def no_markup(value: str):
    if _MARKUP.search(value):
        raise ValidationError(
            _("Please write plain text without HTML tags (remove the < sign)."), code="markup"
        )


def name_characters(value: str):
    """Any Unicode name: letters and marks of any script, spaces, - ' ’ and ."""
    for char in value:
        if unicodedata.category(char)[0] in "LM" or char in " -'’.":
            continue
        raise ValidationError(
            _("Use letters only; spaces, hyphens and apostrophes are fine."), code="name"
        )


class SafeCharField(forms.CharField):
    """A CharField that refuses control characters and markup."""

    def __init__(self, *args, multiline=False, **kwargs):
        self.multiline = multiline
        if multiline:
            kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 4}))
        super().__init__(*args, **kwargs)

    def validate(self, value):
        super().validate(value)
        if value:
            no_bidi_controls(value)
            no_control_characters(value, multiline=self.multiline)
            no_markup(value)


class NameField(SafeCharField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 100)
        super().__init__(*args, **kwargs)
        self.widget.attrs.setdefault("autocomplete", "off")

    def validate(self, value):
        super().validate(value)
        if value:
            name_characters(value)


class InterestsField(SafeCharField):
    """Comma-separated interests, cleaned to a list of short tags."""

    MAX_TAGS = 10
    MAX_TAG_LENGTH = 50

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 300)
        kwargs.setdefault("required", False)
        super().__init__(*args, **kwargs)

    def clean(self, value):
        value = super().clean(value)
        tags = parse_tags(value) if value else []
        if len(tags) > self.MAX_TAGS:
            raise ValidationError(
                ngettext(
                    "Give at most %(count)s interest.",
                    "Give at most %(count)s interests.",
                    self.MAX_TAGS,
                ),
                params={"count": self.MAX_TAGS},
            )
        if any(len(tag) > self.MAX_TAG_LENGTH for tag in tags):
            raise ValidationError(
                ngettext(
                    "Keep each interest under %(count)s character.",
                    "Keep each interest under %(count)s characters.",
                    self.MAX_TAG_LENGTH,
                ),
                params={"count": self.MAX_TAG_LENGTH},
            )
        return tags


class _ChoicesReadOnce(forms.models.ModelChoiceIterator):
    """Iterates the field's queryset itself (kept for the form), not a fresh
    `.iterator()` each time: rendering a select asks for its choices twice (the
    `required` attribute looks at the first, then the options are drawn)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class ReadOnceModelChoiceField(forms.ModelChoiceField):
    """A `ModelChoiceField` whose choices cost one query per form, however often
    they are drawn. Each form gets its own copy of the queryset (Django copies the
    field per form), so no form sees another's rows."""

    iterator = _ChoicesReadOnce
