from datetime import timedelta
from urllib.parse import urlparse

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from cms import roles
from cms.transitions import SYSTEM
from tests.factories.volunteers import RequirementItemFactory, VolunteerFactory, approved_volunteer
from volunteers.outbox.models import OutgoingEmail
from volunteers.volunteers import screening
from volunteers.volunteers.eligibility import (
    ROLE_REQUIREMENTS,
    eligible_for_role,
    eligible_roles,
    missing_requirements,
    volunteer_missing,
)
from volunteers.volunteers.models import (
    RequirementItem,
    RequirementKind,
    Volunteer,
    VolunteerStatus,
)
from volunteers.volunteers.reminders import send_requirement_reminders

pytestmark = pytest.mark.django_db
S = VolunteerStatus


@pytest.fixture
def coordinator(make_user):
    return make_user(roles.COORDINATORS, first_name="Kaisa", last_name="Koordinaattori")


def test_a_coordinator_move_records_who_when_and_why(coordinator):
    volunteer = VolunteerFactory(status=S.CONFIRMED)
    event = screening.move(volunteer, S.INTERVIEWED, by=coordinator, reason="Met on Tuesday")
    volunteer.refresh_from_db()
    assert volunteer.status == S.INTERVIEWED
    assert (event.by, event.reason, event.from_status) == (
        coordinator,
        "Met on Tuesday",
        "confirmed",
    )
    assert event.at is not None


def test_a_move_outside_the_table_is_refused(coordinator):
    volunteer = VolunteerFactory(status=S.CONFIRMED)
    with pytest.raises(ValidationError):
        screening.move(volunteer, S.APPROVED, by=coordinator)
    assert Volunteer.objects.get().status == S.CONFIRMED


def test_only_coordinators_move_volunteers(make_user):
    volunteer = VolunteerFactory(status=S.CONFIRMED)
    with pytest.raises(PermissionDenied):
        screening.move(volunteer, S.INTERVIEWED, by=make_user(roles.PROJECT_WORKERS))


def test_the_email_confirmation_is_not_a_coordinator_move(coordinator):
    volunteer = VolunteerFactory(status=S.SUBMITTED)
    with pytest.raises(ValidationError):
        screening.move(volunteer, S.CONFIRMED, by=coordinator)


def test_every_coordinator_move_is_listed_in_the_table():
    pairs = {(t.source, t.target) for t in screening.TRANSITIONS}
    assert (S.TRAINED, S.APPROVED) in pairs
    assert (S.SUBMITTED, S.APPROVED) not in pairs
    # Only the email confirmation is made without a user; every other move needs a
    # volunteers permission that coordinators hold.
    actors = {(t.source, t.target): t.permission for t in screening.TRANSITIONS}
    assert actors.pop((S.SUBMITTED, S.CONFIRMED)) == SYSTEM
    assert set(actors.values()) == {"volunteers.screen_volunteer", "volunteers.approve_volunteer"}
    assert actors[(S.TRAINED, S.APPROVED)] == "volunteers.approve_volunteer"


def test_approval_creates_a_volunteer_login_and_queues_an_invitation(coordinator):
    volunteer = VolunteerFactory(status=S.TRAINED, email="Ville@Example.org", language="sv")
    screening.move(volunteer, S.APPROVED, by=coordinator, reason="All done")
    volunteer.refresh_from_db()
    user = volunteer.user
    assert user.groups.filter(name=roles.VOLUNTEERS).exists()
    assert not user.has_usable_password()
    email = OutgoingEmail.objects.get(purpose="volunteer-invitation")
    assert (email.to, email.language) == ("Ville@Example.org", "sv")
    link = next(word for word in email.body.split() if "/accounts/reset/" in word)
    uidb64, token = urlparse(link).path.rstrip("/").split("/")[-2:]
    assert urlparse(link).path.startswith("/sv/accounts/reset/")
    assert default_token_generator.check_token(user, token)


def test_missing_requirements_are_named_in_words(english):
    today = timezone.localdate()
    missing = missing_requirements(
        roles=["friend"],
        status=S.APPROVED,
        paused=False,
        items=[("interview", today, None), ("agreement", today, None)],
        today=today,
    )
    assert missing == {"friend": ["missing: training"]}


def test_an_expired_requirement_counts_as_missing(english):
    today = timezone.localdate()
    missing = missing_requirements(
        roles=["friend"],
        status=S.APPROVED,
        paused=False,
        items=[
            ("interview", today, None),
            ("agreement", today, None),
            ("training", today - timedelta(days=400), today - timedelta(days=1)),
        ],
        today=today,
    )
    assert missing["friend"] == ["missing: training"]


def test_children_roles_need_the_criminal_record_extract(english):
    volunteer = approved_volunteer(roles=["friend"])
    volunteer.roles = ["friend", "godparent"]
    missing = volunteer_missing(volunteer)
    assert missing["friend"] == []
    assert missing["godparent"] == ["missing: criminal-record extract"]


def test_eligible_for_role_returns_only_eligible_volunteers():
    eligible = approved_volunteer(roles=["godparent"])
    approved_volunteer(roles=["godparent"], paused=True)
    lacking = approved_volunteer(roles=["godparent"])
    lacking.requirements.filter(kind=RequirementKind.TRAINING).delete()
    approved_volunteer(roles=["friend"])
    VolunteerFactory(status=S.TRAINED, roles=["godparent"])
    assert list(eligible_for_role(Volunteer.objects.all(), "godparent")) == [eligible]


def test_the_extract_keeps_no_contents():
    item = RequirementItemFactory.build(
        volunteer=VolunteerFactory(),
        kind=RequirementKind.CRIMINAL_RECORD,
        note="no entries",
    )
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert "note" in error.value.message_dict
    assert not any(f.get_internal_type() == "FileField" for f in RequirementItem._meta.fields)


def test_requirements_ending_soon_remind_coordinators_once(coordinator, settings):
    settings.REQUIREMENT_REMINDER_DAYS = 30
    soon = RequirementItemFactory(valid_until=timezone.localdate() + timedelta(days=10))
    RequirementItemFactory(valid_until=timezone.localdate() + timedelta(days=90))
    assert send_requirement_reminders() == 1
    assert send_requirement_reminders() == 0
    email = OutgoingEmail.objects.get(purpose="requirement-reminder")
    assert email.to == coordinator.email
    assert soon.volunteer.full_name in email.body


def test_requirement_reminders_go_to_whoever_screens_volunteers(coordinator, make_user, settings):
    """Told by permission, not by group name: a new role that screens is told too; a
    project worker (who does not screen volunteers) and an inactive coordinator are not."""
    from django.contrib.auth.models import Group, Permission

    settings.REQUIREMENT_REMINDER_DAYS = 30
    screeners = Group.objects.create(name="Screening volunteers")
    screeners.permissions.add(Permission.objects.get(codename="screen_volunteer"))
    screener = make_user(email="screener@example.org")
    screener.groups.add(screeners)
    make_user(roles.PROJECT_WORKERS, email="worker@example.org")
    make_user(roles.COORDINATORS, email="gone@example.org", is_active=False)
    RequirementItemFactory(valid_until=timezone.localdate() + timedelta(days=10))

    send_requirement_reminders()

    told = set(
        OutgoingEmail.objects.filter(purpose="requirement-reminder").values_list("to", flat=True)
    )
    assert told == {coordinator.email, "screener@example.org"}


def test_approval_never_reuses_a_taken_username(coordinator, make_user):
    make_user(username="ville@example.org", email="someone.else@example.org")
    volunteer = VolunteerFactory(status=S.TRAINED, email="ville@example.org")
    screening.move(volunteer, S.APPROVED, by=coordinator)
    volunteer.refresh_from_db()
    assert volunteer.user.username == f"ville@example.org-{volunteer.pk}"


def test_a_screening_move_is_in_wagtails_audit_log(coordinator):
    from wagtail.models import ModelLogEntry

    volunteer = VolunteerFactory(status=S.CONFIRMED)
    screening.move(volunteer, S.INTERVIEWED, by=coordinator, reason="Met on Tuesday")
    entry = ModelLogEntry.objects.get(action=screening.TRANSITION_ACTION)
    assert (entry.user, entry.object_id) == (coordinator, str(volunteer.pk))
    assert entry.data["to"] == S.INTERVIEWED


def test_a_stale_screening_move_is_refused(coordinator):
    volunteer = VolunteerFactory(status=S.CONFIRMED)
    stale = Volunteer.objects.get(pk=volunteer.pk)
    screening.move(volunteer, S.INTERVIEWED, by=coordinator)
    with pytest.raises(ValidationError):
        screening.move(stale, S.WITHDRAWN, by=coordinator)
    assert Volunteer.objects.get().status == S.INTERVIEWED


@pytest.mark.django_db(False)
def test_eligible_roles_are_the_roles_with_nothing_missing():
    # Matching reads eligibility through the cheap eligible_roles; it must agree with
    # the reasons the admin shows, for every status, pause and screening history.
    today = timezone.localdate()
    past, future = today - timedelta(days=10), today + timedelta(days=10)
    histories = [
        [],
        [(kind, past, None) for kind in RequirementKind.values],
        [(kind, past, None) for kind in RequirementKind.values if kind != "criminal_record"],
        [(kind, past, past if kind == "training" else None) for kind in RequirementKind.values],
        [(kind, future, None) for kind in RequirementKind.values],
    ]
    all_roles = list(ROLE_REQUIREMENTS)
    checked = 0
    for status in VolunteerStatus.values:
        for paused in (False, True):
            for items in histories:
                args = dict(roles=all_roles, status=status, paused=paused, items=items, today=today)
                missing = missing_requirements(**args)
                assert eligible_roles(**args) == {r for r, why in missing.items() if not why}
                checked += bool(eligible_roles(**args))
    assert checked >= 2  # some combinations really are eligible
