"""One person's data as plain sections (GDPR art. 15 and 20): the same structure
becomes the JSON file and the readable page (views.py).

Everything stored about her is listed; other people's data is not: a match shows
its dates and agreements, not the other side's name.
"""

import datetime

from django.conf import settings
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from volunteers.matching.models import Match, MatchCheckIn, MatchFeedback, MeetingLog
from volunteers.outbox.models import OutgoingEmail
from volunteers.outreach.models import OutreachContact, Referral
from volunteers.volunteers.models import TrainingSession

# Never part of an export: secrets and bookkeeping that say nothing about her.
HIDDEN_FIELDS = {"confirmation_token", "user", "participant", "volunteer", "match", "anonymised_at"}


def display(obj, field):
    """One field's value as she would read it (labels for codes, names for links)."""
    value = field.value_from_object(obj)
    if value in (None, ""):
        return ""
    if field.choices:
        return str(getattr(obj, f"get_{field.name}_display")())
    if field.is_relation:
        related = getattr(obj, field.name)
        if hasattr(related, "get_full_name"):  # a staff member: her name, not her login
            return related.get_full_name() or str(related)
        return str(related)
    if isinstance(value, datetime.datetime):
        return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    if isinstance(value, datetime.date):
        return date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if isinstance(value, (list, tuple)):
        labels = getattr(field, "labels", None)
        return ", ".join(str(v) for v in (labels(value) if labels else value))
    return str(value)


def rows(objects):
    """[{"name", "label", "value"} …] per object: the JSON keys and the page labels."""
    result = []
    for obj in objects:
        fields = [
            f
            for f in obj._meta.concrete_fields
            if f.name not in HIDDEN_FIELDS and not f.name.endswith("_ptr")
        ]
        result.append(
            [
                {"name": f.name, "label": str(f.verbose_name), "value": display(obj, f)}
                for f in fields
            ]
        )
    return result


def section(key, title, objects):
    return {"key": key, "title": str(title), "rows": rows(objects)}


def participant_sections(participant):
    matches = Match.objects.filter(participant=participant)
    answers = [
        {
            "question": a.question.text,
            "answer": a.answer,
            "date": display(a.assessment, a.assessment._meta.get_field("date")),
        }
        for assessment in participant.initial_assessments.prefetch_related("answers__question")
        for a in assessment.answers.all()
    ]
    sections = [
        section("record", _("Record"), [participant]),
        section("tags", _("Needs and interests"), []),
        section("languages", _("Languages"), participant.languages.all()),
        section("children", _("Children"), participant.children.all()),
        section("consents", _("Consents"), participant.consents.all()),
        section("esf_profiles", _("ESF profiles"), participant.esf_profiles.all()),
        section("kykyviisari", _("Kykyviisari summaries"), participant.kykyviisari.all()),
        section(
            "initial_assessments", _("Initial assessments"), participant.initial_assessments.all()
        ),
        section("home_visits", _("Guidance visits at home"), participant.home_visits.all()),
        section(
            "introductory_visits", _("Introductory visits"), participant.introductory_visits.all()
        ),
        section("task_packages", _("Task packages"), participant.task_packages.all()),
        section(
            "attendances",
            _("Meeting attendance"),
            participant.attendances.select_related("meeting"),
        ),
        section("matches", _("Support families and godparents"), matches),
        section(
            "match_meetings",
            _("Meetings with the volunteer"),
            MeetingLog.objects.filter(match__in=matches),
        ),
        section(
            "match_feedback",
            _("Feedback"),
            MatchFeedback.objects.filter(match__in=matches, side=MatchFeedback.Side.FAMILY),
        ),
        section(
            "outreach",
            _("Outreach contact"),
            OutreachContact.objects.filter(participant=participant).select_related("channel"),
        ),
        section(
            "referrals",
            _("Referrals"),
            Referral.objects.filter(participant=participant).select_related("organisation"),
        ),
        section(
            "match_checkins",
            _("Check-ins"),
            MatchCheckIn.objects.filter(match__in=matches, side=MatchCheckIn.Side.FAMILY),
        ),
    ]
    sections[1]["rows"] = [
        [
            {
                "name": "needs",
                "label": str(_("needs")),
                "value": ", ".join(t.name for t in participant.needs.all()),
            },
            {
                "name": "interests",
                "label": str(_("interests")),
                "value": ", ".join(t.name for t in participant.interests.all()),
            },
        ]
    ]
    sections.append(
        {
            "key": "assessment_answers",
            "title": str(_("Answers of the initial assessment")),
            "rows": [
                [
                    {"name": "date", "label": str(_("date")), "value": a["date"]},
                    {"name": "question", "label": str(_("question")), "value": a["question"]},
                    {"name": "answer", "label": str(_("answer")), "value": a["answer"]},
                ]
                for a in answers
            ],
        }
    )
    return sections


def volunteer_sections(volunteer):
    matches = Match.objects.filter(volunteer=volunteer)
    sections = [
        section("record", _("Record"), [volunteer]),
        {
            "key": "tags",
            "title": str(_("Interests")),
            "rows": [
                [
                    {
                        "name": "interests",
                        "label": str(_("interests")),
                        "value": ", ".join(t.name for t in volunteer.interests.all()),
                    }
                ]
            ],
        },
        section("languages", _("Languages"), volunteer.languages.all()),
        section("children", _("Children"), volunteer.children.all()),
        section("consents", _("Consents"), volunteer.consents.all()),
        section("requirements", _("Screening"), volunteer.requirements.all()),
        section("status_events", _("Status changes"), volunteer.status_events.all()),
        section(
            "training_sessions",
            _("Training sessions attended"),
            TrainingSession.objects.filter(attendances__volunteer=volunteer),
        ),
        section("other_volunteering", _("Other volunteering"), volunteer.other_volunteering.all()),
        section(
            "childcare_helping",
            _("Childcare at theme meetings"),
            volunteer.meeting_helper_assignments.select_related("meeting"),
        ),
        section("matches", _("Matches"), matches),
        section(
            "match_meetings", _("Logged meetings"), MeetingLog.objects.filter(match__in=matches)
        ),
        section(
            "match_feedback",
            _("Feedback"),
            MatchFeedback.objects.filter(match__in=matches, side=MatchFeedback.Side.VOLUNTEER),
        ),
        section(
            "match_checkins",
            _("Check-ins"),
            MatchCheckIn.objects.filter(match__in=matches, side=MatchCheckIn.Side.VOLUNTEER),
        ),
        section(
            "emails",
            _("Emails sent to you"),
            OutgoingEmail.objects.filter(to__iexact=volunteer.email),
        ),
    ]
    return sections


def as_json(sections, subject, pk):
    """The machine-readable export: {section key: [{field: value}]}."""
    return {
        "subject": subject,
        "id": pk,
        "exported_at": timezone.now().isoformat(),
        "data": {
            s["key"]: [{c["name"]: c["value"] for c in row} for row in s["rows"]] for s in sections
        },
    }


def participant_language(participant) -> str:
    """Her best language the interface speaks (native first), else Finnish."""
    for language in participant.languages.order_by("-level"):
        if language.language in settings.INTERFACE_LANGUAGES:
            return language.language
    return settings.LANGUAGE_CODE


def volunteer_language(volunteer) -> str:
    if volunteer.language in settings.INTERFACE_LANGUAGES:
        return volunteer.language
    return settings.LANGUAGE_CODE
