"""The period picker and municipality filter every report shares."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from resources.models import Municipality
from volunteers.reports import period as periods

KINDS = [
    ("month", _("month")),
    ("quarter", _("quarter")),
    ("year", _("calendar year")),
    ("custom", _("custom dates")),
    ("all", _("whole project")),
]
MONTHS = [(n, datetime.date(2000, n, 1).strftime("%m")) for n in range(1, 13)]


class FilterForm(forms.Form):
    kind = forms.ChoiceField(label=_("Period"), choices=KINDS, initial="year")
    year = forms.IntegerField(label=_("Year"), min_value=2000, max_value=2100, required=False)
    month = forms.TypedChoiceField(
        label=_("Month"), choices=MONTHS, coerce=int, required=False, empty_value=None
    )
    quarter = forms.TypedChoiceField(
        label=_("Quarter"),
        choices=[(n, f"Q{n}") for n in range(1, 5)],
        coerce=int,
        required=False,
        empty_value=None,
    )
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    municipality = forms.ModelChoiceField(
        label=_("Municipality"),
        queryset=Municipality.objects.all(),
        required=False,
        empty_label=_("All municipalities"),
    )

    def clean(self):
        data = super().clean()
        if data.get("kind") == "custom" and not (data.get("start") and data.get("end")):
            raise forms.ValidationError(_("Give both dates of a custom period."))
        return data

    def period(self, today=None):
        """The chosen period; this calendar year when nothing (valid) was chosen."""
        today = today or datetime.date.today()
        data = self.cleaned_data if self.is_valid() else {}
        kind = data.get("kind") or "year"
        year = data.get("year") or today.year
        if kind == "month":
            return periods.month(year, data.get("month") or today.month)
        if kind == "quarter":
            return periods.quarter(year, data.get("quarter") or (today.month - 1) // 3 + 1)
        if kind == "custom":
            return periods.custom(data["start"], data["end"])
        if kind == "all":
            return periods.WHOLE_PROJECT
        return periods.calendar_year(year)

    def municipality_choice(self):
        return self.cleaned_data.get("municipality") if self.is_valid() else None
