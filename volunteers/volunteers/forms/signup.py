"""The public sign-up form."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from cms.forms import InterestsField, NameField, ReadOnceModelChoiceField, SafeCharField
from cms.vocabularies import (
    Availability,
    Gender,
    LanguageLevel,
    SpokenLanguage,
    VolunteerRole,
    Wish,
)
from resources.models import Municipality, current_privacy_notice_version
from volunteers.volunteers.eligibility import roles_needing_criminal_record

LANGUAGE_ROWS = 3
PHONE = RegexValidator(
    r"^\+?[0-9 ()\-]{5,25}$",
    _("Enter a phone number with digits, for example +358 40 123 4567."),
)
POSTCODE = RegexValidator(r"^[0-9]{5}$", _("A Finnish postcode has five digits."))


def _number(label, minimum, maximum, initial, help_text=""):
    return forms.IntegerField(
        label=label,
        min_value=minimum,
        max_value=maximum,
        initial=initial,
        help_text=help_text,
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )


class VolunteerDetailsMixin(forms.Form):
    """Fields shared by the sign-up and the portal's profile form."""

    first_name = NameField(
        label=_("First name"), widget=forms.TextInput(attrs={"autocomplete": "given-name"})
    )
    last_name = NameField(
        label=_("Last name"), widget=forms.TextInput(attrs={"autocomplete": "family-name"})
    )
    phone = SafeCharField(
        label=_("Phone"),
        max_length=30,
        validators=[PHONE],
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    municipality = ReadOnceModelChoiceField(
        label=_("Municipality"), queryset=Municipality.objects.filter(active=True), empty_label=None
    )
    postcode = SafeCharField(
        label=_("Postcode (optional)"),
        max_length=5,
        required=False,
        validators=[POSTCODE],
        help_text=_("Helps us find families near you."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "postal-code"}),
    )
    max_travel_km = _number(_("How far can you travel (km)?"), 0, 300, 20)
    child_age_min = _number(_("Youngest child age you can take"), 0, 17, 0)
    child_age_max = _number(_("Oldest child age you can take"), 0, 17, 17)
    availability = forms.MultipleChoiceField(
        label=_("When can you meet?"),
        choices=Availability.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    meetings_per_month = _number(
        _("Meetings per month"), 1, 8, 2, _("Typically 1–4 a month, or one weekend a month.")
    )
    capacity = _number(_("How many families can you support?"), 1, 5, 1)
    interests = InterestsField(
        label=_("Interests"), help_text=_("Separate with commas, e.g. nature, cooking, sports.")
    )
    wishes = forms.MultipleChoiceField(
        label=_("Wishes (optional)"),
        choices=Wish.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def full_clean(self):
        super().full_clean()
        # Tie each field to its message for screen readers (the message element's id
        # comes from components/form_fields.html).
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["aria-invalid"] = "true"
                attrs["aria-describedby"] = f"{self[name].auto_id}_error"

    def clean(self):
        cleaned = super().clean()
        low, high = cleaned.get("child_age_min"), cleaned.get("child_age_max")
        if low is not None and high is not None and low > high:
            self.add_error("child_age_max", _("The oldest age must be at least the youngest age."))
        return cleaned


def _birth_years(value: str) -> list[int]:
    this_year = timezone.localdate().year
    years = []
    for part in re.split(r"[,\s;]+", value.strip()):
        if not part:
            continue
        if not part.isdigit() or len(part) != 4 or not (this_year - 30 <= int(part) <= this_year):
            raise ValidationError(
                _(
                    "Write the birth years as four-digit years between %(first)s and %(last)s, "
                    "separated by commas."
                ),
                params={"first": this_year - 30, "last": this_year},
            )
        years.append(int(part))
    if len(years) > 15:
        raise ValidationError(_("Give at most 15 children."))
    return sorted(years)


class FormSection:
    """Some fields of a form under a heading, rendered by components/form_fields.html.

    It quacks like a form with no errors of its own, so the shared include draws
    each field (label, help, error next to it) while the page shows one summary.
    """

    errors = None
    prefix = None

    def __init__(self, form, title, names):
        self.form, self.title, self.names = form, title, names

    def non_field_errors(self):
        return []

    def hidden_fields(self):
        return []

    def visible_fields(self):
        return [self.form[name] for name in self.names if name in self.form.fields]


class SignUpForm(VolunteerDetailsMixin, forms.Form):
    """Everything a volunteer tells us when signing up."""

    SECTIONS = [
        (_("Your role"), ["roles"]),
        (_("You and your household"), [
            "first_name", "last_name", "email", "phone", "gender", "adults",
            "children_birth_years",
        ]),
        (_("Where you live"), ["municipality", "postcode", "max_travel_km"]),
        (_("Languages you speak"), [
            f"{kind}_{i}" for i in range(1, LANGUAGE_ROWS + 1) for kind in ("language", "level")
        ]),
        (_("Time and families"), [
            "child_age_min", "child_age_max", "availability", "meetings_per_month", "capacity",
        ]),
        (_("About you"), ["interests", "wishes", "motivation", "heard_from"]),
        (_("Consent"), ["consent_privacy", "consent_criminal_record", "website"]),
    ]  # fmt: skip

    field_order = [
        "roles", "first_name", "last_name", "email", "phone", "gender", "adults",
        "children_birth_years", "municipality", "postcode", "max_travel_km",
        *[f"{kind}_{i}" for i in range(1, LANGUAGE_ROWS + 1) for kind in ("language", "level")],
        "child_age_min", "child_age_max", "availability", "meetings_per_month", "capacity",
        "interests", "wishes", "motivation", "heard_from", "consent_privacy",
        "consent_criminal_record",
    ]  # fmt: skip

    roles = forms.MultipleChoiceField(
        label=_("I would like to be"),
        choices=VolunteerRole.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    gender = forms.ChoiceField(
        label=_("Gender"),
        choices=Gender.choices,
        initial=Gender.UNSPECIFIED,
        help_text=_("Asked because some families wish to meet a woman."),
    )
    adults = _number(_("Adults in your household"), 1, 20, 1)
    children_birth_years = SafeCharField(
        label=_("Children in your household: birth years (optional)"),
        max_length=100,
        required=False,
        help_text=_("For example: 2015, 2019"),
    )
    motivation = SafeCharField(
        label=_("Why would you like to volunteer?"), max_length=2000, required=False, multiline=True
    )
    heard_from = SafeCharField(
        label=_("Where did you hear about us?"), max_length=200, required=False
    )
    consent_privacy = forms.BooleanField(
        label="",  # set in __init__: it names the notice version
        error_messages={"required": _("We can store your sign-up only with your consent.")},
    )
    consent_criminal_record = forms.BooleanField(
        label=_(
            "I consent to showing my criminal-record extract for work with children "
            "(support family and godparent). Only the date it was seen and by whom are stored."
        ),
        required=False,
    )
    # The honeypot: hidden from people (and screen readers), filled in by bots.
    website = forms.CharField(
        required=False,
        label=_("Leave this empty"),
        widget=forms.TextInput(
            attrs={"tabindex": "-1", "autocomplete": "off", "wrapper_class": "field--trap"}
        ),
    )

    def __init__(self, *args, privacy_notice_url="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent_privacy"].label = _(
            "I have read the privacy notice (version %(version)s) and agree that my "
            "details are processed for volunteer work."
        ) % {"version": current_privacy_notice_version()}
        if privacy_notice_url:
            self.fields["consent_privacy"].help_text = format_html(
                '<a href="{}">{}</a>', privacy_notice_url, _("Read the privacy notice")
            )
        for i in range(1, LANGUAGE_ROWS + 1):
            required = i == 1
            self.fields[f"language_{i}"] = forms.ChoiceField(
                label=_("Language %(number)s") % {"number": i},
                choices=[("", "—"), *SpokenLanguage.choices],
                required=required,
            )
            self.fields[f"level_{i}"] = forms.TypedChoiceField(
                label=_("Level of language %(number)s") % {"number": i},
                choices=[("", "—"), *LanguageLevel.choices],
                coerce=int,
                required=required,
            )
        self.order_fields(self.field_order)

    def sections(self) -> list[FormSection]:
        return [FormSection(self, title, names) for title, names in self.SECTIONS]

    @property
    def is_bot(self) -> bool:
        return bool(self.data.get("website"))

    def clean_children_birth_years(self):
        return _birth_years(self.cleaned_data["children_birth_years"])

    def clean(self):
        cleaned = super().clean()
        languages = []
        seen = set()
        for i in range(1, LANGUAGE_ROWS + 1):
            code, level = cleaned.get(f"language_{i}"), cleaned.get(f"level_{i}")
            if code and not level:
                self.add_error(f"level_{i}", _("Choose a level for this language."))
            elif level and not code:
                self.add_error(f"language_{i}", _("Choose the language for this level."))
            elif code in seen:
                self.add_error(f"language_{i}", _("This language is already listed."))
            elif code:
                seen.add(code)
                languages.append((code, level))
        cleaned["languages"] = languages
        roles = set(cleaned.get("roles") or [])
        if roles & roles_needing_criminal_record() and not cleaned.get("consent_criminal_record"):
            self.add_error(
                "consent_criminal_record",
                _(
                    "Support families and godparents need this consent. Untick those roles "
                    "if you do not want to give it."
                ),
            )
        return cleaned
