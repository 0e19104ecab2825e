"""Coordinator forms on the screening page."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.forms import PlainTextFormMixin, SafeCharField
from volunteers.volunteers.models import RequirementItem
from volunteers.volunteers.screening import available_transitions


class TransitionForm(PlainTextFormMixin, forms.Form):
    """Move a volunteer to one of the states the transitions table allows now."""

    target = forms.ChoiceField(label=_("New status"))
    reason = SafeCharField(label=_("Why"), max_length=1000, required=False, multiline=True)

    def __init__(self, *args, volunteer, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].choices = [
            (t.target, t.label) for t in available_transitions(volunteer, user)
        ]


class RequirementForm(PlainTextFormMixin, forms.ModelForm):
    """Record a requirement as met on a date (for the extract: seen on a date)."""

    note = SafeCharField(label=_("Note"), max_length=300, required=False)

    class Meta:
        model = RequirementItem
        fields = ["kind", "done_on", "valid_until", "note"]
        widgets = {
            "done_on": forms.DateInput(attrs={"type": "date"}),
            "valid_until": forms.DateInput(attrs={"type": "date"}),
        }
