"""The multiple-choice list field: a JSON list of codes (["friend", "godparent"]),
validated against a vocabulary, the same for volunteers and participants.

Why JSON and not ArrayField: ArrayField is PostgreSQL-only and the project also runs
on SQLite. JSONField's ``contains`` lookup is not supported on SQLite, so filters go
through ``choice_list_q``, which matches the quoted code in the JSON text and works
on both databases.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.deconstruct import deconstructible
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _


@deconstructible
class ChoiceListValidator:
    """Every item of a JSON list must be one of the choices' codes."""

    def __init__(self, choices):
        self.values = [value for value, _label in choices]

    def __call__(self, value):
        if not isinstance(value, list) or any(item not in self.values for item in value):
            raise ValidationError(_("Choose only from the options given."), code="invalid_choice")

    def __eq__(self, other):
        return isinstance(other, ChoiceListValidator) and self.values == other.values


class ChoiceListField(models.JSONField):
    """A list of codes from ``item_choices``, stored as a JSON list in vocabulary order."""

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        kwargs["validators"] = [ChoiceListValidator(self.item_choices)]
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("validators", None)  # rebuilt from item_choices
        kwargs["item_choices"] = self.item_choices
        kwargs["blank"] = self.blank  # Field omits blank=False, and ours defaults to True
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        value = super().from_db_value(value, expression, connection)
        return [] if value is None else value

    def get_prep_value(self, value):
        if isinstance(value, list | tuple):
            # Known codes first, in the vocabulary's order, so equal lists compare equal;
            # unknown ones are kept for the validator to report.
            order = [code for code, _label in self.item_choices]
            value = sorted(value, key=lambda c: order.index(c) if c in order else len(order))
        return super().get_prep_value(value)

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            **{
                "required": not self.blank,
                "label": capfirst(self.verbose_name),
                "help_text": self.help_text,
                "choices": self.item_choices,
                "widget": forms.CheckboxSelectMultiple,
                **{
                    k: v for k, v in kwargs.items() if k not in ("form_class", "encoder", "decoder")
                },
            }
        )

    def labels(self, value) -> list[str]:
        """The translated labels of a stored list, in the vocabulary's order."""
        names = dict(self.item_choices)
        return [str(names.get(code, code)) for code in value]


def choice_list_q(field_name: str, code: str) -> Q:
    """Rows whose ChoiceListField ``field_name`` contains ``code``, on SQLite and
    PostgreSQL alike: the code with its JSON quotes is a substring of the stored text,
    and the quotes make it match whole items only."""
    return Q(**{f"{field_name}__icontains": f'"{code}"'})


class CommaChoiceListField(models.CharField):
    """The former encoding (",friend,godparent,"), kept only because the migrations
    written before the JSON list name it; no model uses it."""

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return list(value)
        return [code for code in (value or "").split(",") if code]

    def get_prep_value(self, value):
        if isinstance(value, str):
            return value
        return f",{','.join(value)}," if value else ""
