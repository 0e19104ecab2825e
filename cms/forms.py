"""Safe text input: what people type is checked, never silently changed.

Control characters and HTML markup are refused with a message next to the field
(the page shows the input again, escaped), so nothing with markup is ever stored.
"""

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from taggit.utils import parse_tags

_ALLOWED_CONTROLS = {"\n", "\r", "\t"}
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
