"""A multiple-choice field stored as a comma-wrapped list (",friend,godparent,").

Why not ArrayField or a JSON list: ArrayField is PostgreSQL-only and SQLite cannot
filter JSON lists with ``contains``. A wrapped comma list filters the same way on
both (``roles__contains=",friend,"``, see ``choice_list_q``) and stays readable.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _


class ChoiceListField(models.CharField):
    """A list of codes from ``item_choices``, stored as ",a,b,"; Python value is a list."""

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
        if value is None:
            return []
        if isinstance(value, list | tuple):
            return list(value)
        return [code for code in value.split(",") if code]

    def get_prep_value(self, value):
        # A plain string is a lookup argument (",friend,"): pass it through.
        if isinstance(value, str):
            return value
        codes = [code for code, _label in self.item_choices if code in (value or [])]
        return f",{','.join(codes)}," if codes else ""

    def value_to_string(self, obj):
        return ",".join(self.value_from_object(obj))

    def validate(self, value, model_instance):
        valid = {code for code, _label in self.item_choices}
        unknown = [code for code in value or [] if code not in valid]
        if unknown:
            raise ValidationError(_("Unknown choice: %(value)s"), params={"value": unknown[0]})
        if not self.blank and not value:
            raise ValidationError(self.error_messages["blank"], code="blank")

    def formfield(self, **kwargs):
        defaults = {
            "required": not self.blank,
            "label": capfirst(self.verbose_name),
            "help_text": self.help_text,
            "choices": self.item_choices,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update(kwargs)
        for key in ("form_class", "choices_form_class", "max_length", "empty_value"):
            defaults.pop(key, None)
        return forms.MultipleChoiceField(**defaults)

    def labels(self, value) -> list[str]:
        """The translated labels of a stored list, in the vocabulary's order."""
        names = dict(self.item_choices)
        return [str(names.get(code, code)) for code in value]


def choice_list_q(field_name: str, code: str) -> Q:
    """A filter for rows whose ChoiceListField ``field_name`` contains ``code``."""
    return Q(**{f"{field_name}__contains": f",{code},"})
