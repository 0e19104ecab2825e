"""Forms of the participant screens: caseload-aware choices and the attendance rows."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from cms.forms import PlainTextFormMixin
from cms.people import name_users_in
from cms.permissions import users_with_permission
from cms.vocabularies import Availability, Wish
from volunteers.participants import caseload, permissions
from volunteers.participants.models import (
    InitialAssessmentAnswer,
    InitialAssessmentQuestion,
    Participant,
)
from volunteers.participants.models.activities import MAX_CHILDREN_IN_CHILDCARE


def responsible_workers():
    """Users who can be a participant's responsible worker: active staff holding the
    caseload permission (coordinators and project workers), never a volunteer's login."""
    return (
        users_with_permission(permissions.VIEW)
        .filter(is_active=True)
        .order_by("first_name", "last_name", "username")
    )


# The staff fields of her records ("worker" on home visits, "done by" on initial
# assessments): offered and accepted only from responsible_workers().
STAFF_FIELDS = ("worker", "done_by")


class ParticipantForm(PlainTextFormMixin, WagtailAdminModelForm):
    """The participant form: checkboxes for the list fields; a project worker can
    only be the responsible worker herself (she would lose the record otherwise)."""

    wishes = forms.MultipleChoiceField(
        label=_("wishes"),
        choices=Wish.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Matching treats these as firm conditions."),
    )
    availability = forms.MultipleChoiceField(
        label=_("availability"),
        choices=Availability.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "worker" in self.fields:
            user = self.for_user
            if user is not None and not permissions.sees_all(user):
                self.fields["worker"].queryset = get_user_model().objects.filter(pk=user.pk)
                self.fields["worker"].required = True
                self.fields["worker"].empty_label = None
                if not self.instance.pk:
                    self.initial.setdefault("worker", user.pk)
            else:
                self.fields["worker"].queryset = responsible_workers()
        name_users_in(self, "worker")


class CaseloadRecordForm(PlainTextFormMixin, WagtailAdminModelForm):
    """Records that belong to a participant: only her caseload can be chosen."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "participant" in self.fields and self.for_user is not None:
            self.fields["participant"].queryset = caseload.restrict(
                Participant.objects.all(), self.for_user
            )
        for name in STAFF_FIELDS:
            if name in self.fields:
                staff = responsible_workers()
                current = getattr(self.instance, f"{name}_id", None)
                if current:
                    # A worker who has since left stays valid on the records she kept.
                    staff = get_user_model().objects.filter(
                        Q(pk__in=staff.values("pk")) | Q(pk=current)
                    )
                # The choices are also the validation: any other id is refused.
                self.fields[name].queryset = staff
        # Staff appear by name, not by username.
        name_users_in(self, *STAFF_FIELDS)


class AttendanceRowForm(forms.Form):
    """One participant's row on the attendance screen."""

    participant = forms.IntegerField(widget=forms.HiddenInput)
    present = forms.BooleanField(label=_("present"), required=False)
    children_in_childcare = forms.IntegerField(
        label=_("children in childcare"),
        min_value=0,
        max_value=MAX_CHILDREN_IN_CHILDCARE,
        initial=0,
        error_messages={
            "min_value": _("The number of children cannot be negative."),
            "max_value": _("At most %(limit_value)s children per participant."),
            "invalid": _("Enter a whole number."),
        },
        widget=forms.NumberInput(attrs={"min": 0, "max": MAX_CHILDREN_IN_CHILDCARE}),
    )
    interpreter_used = forms.BooleanField(label=_("interpreter used"), required=False)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("present") and cleaned.get("children_in_childcare"):
            self.add_error(
                "children_in_childcare",
                _("Children in childcare are counted only for a participant who was present."),
            )
        return cleaned


AttendanceFormSet = forms.formset_factory(AttendanceRowForm, extra=0)


ANSWER_PREFIX = "question_"


class InitialAssessmentForm(CaseloadRecordForm):
    """The initial assessment as a short form: one text field per question in use
    (and per retired question she already answered), saved as answer rows."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        answers = {}
        if self.instance.pk:
            answers = {a.question_id: a.answer for a in self.instance.answers.all()}
        questions = InitialAssessmentQuestion.objects.filter(
            Q(active=True) | Q(pk__in=list(answers))
        )
        self.questions = list(questions)
        for question in self.questions:
            self.fields[f"{ANSWER_PREFIX}{question.pk}"] = forms.CharField(
                label=question.text,
                help_text=question.help_text,
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=answers.get(question.pk, ""),
            )

    def answer_fields(self):
        return [self[f"{ANSWER_PREFIX}{question.pk}"] for question in self.questions]

    def save(self, commit=True):
        instance = super().save(commit=commit)
        if commit:
            existing = {a.question_id: a for a in instance.answers.all()}
            to_create, to_update = [], []
            for question in self.questions:
                text = self.cleaned_data.get(f"{ANSWER_PREFIX}{question.pk}", "")
                answer = existing.get(question.pk)
                if answer is None:
                    if text:
                        to_create.append(
                            InitialAssessmentAnswer(
                                assessment=instance, question=question, answer=text
                            )
                        )
                elif answer.answer != text:
                    answer.answer = text
                    to_update.append(answer)
            InitialAssessmentAnswer.objects.bulk_create(to_create)
            InitialAssessmentAnswer.objects.bulk_update(to_update, ["answer"])
        return instance
