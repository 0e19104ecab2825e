"""Forms about a match: a meeting log entry, end-of-match feedback and a check-in answer."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.forms import PlainTextFormMixin
from volunteers.matching.models import MatchCheckIn, MatchFeedback, MeetingLog


class MeetingLogForm(PlainTextFormMixin, forms.ModelForm):
    class Meta:
        model = MeetingLog
        fields = ["date", "duration_minutes", "activity", "note"]
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "note": forms.Textarea(attrs={"rows": 3, "maxlength": 500}),
        }

    def __init__(self, *args, match, **kwargs):
        super().__init__(*args, **kwargs)
        self.match = match
        self.fields["date"].initial = timezone.localdate()

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("The meeting cannot be in the future."))
        approved = timezone.localdate(self.match.approved_at)
        if date < approved:
            raise forms.ValidationError(_("The meeting cannot be before the match was approved."))
        return date


class FeedbackForm(PlainTextFormMixin, forms.ModelForm):
    rating = forms.TypedChoiceField(
        label=_("How did it go? (1–5)"),
        choices=[(n, str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
    )

    class Meta:
        model = MatchFeedback
        fields = ["rating", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 4, "maxlength": 2000})}


class DeclineForm(PlainTextFormMixin, forms.Form):
    """The volunteer's no to a proposed match, with her reason (the coordinator reads it)."""

    reason = forms.CharField(
        label=_("Why do you decline?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": 1000}),
        help_text=_("Only your coordinator sees this."),
    )


class CheckInForm(PlainTextFormMixin, forms.ModelForm):
    """A check-in answer: the volunteer's in her portal, the family's by a coordinator."""

    rating = forms.TypedChoiceField(
        label=_("How is it going? (1 = badly, 5 = very well)"),
        choices=[(n, str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose a number from 1 to 5."),
            "invalid_choice": _("Choose a number from 1 to 5."),
        },
    )
    meetings_held = forms.IntegerField(
        label=_("Meetings held since the last check-in"),
        min_value=0,
        max_value=200,
        error_messages={
            "required": _("Tell how many times you have met (0 if none)."),
            "invalid": _("Enter a whole number."),
        },
    )

    class Meta:
        model = MatchCheckIn
        fields = ["rating", "meetings_held", "note"]
        widgets = {"note": forms.Textarea(attrs={"rows": 3, "maxlength": 1000})}
        help_texts = {"note": _("Only coordinators read this. Keep it short; no health details.")}
