"""Retention of outreach contacts under a frozen clock: one that did not lead to
enrolment is anonymised after the period coordinators set (default 180 days), by a
beat task that a real Celery worker runs."""

import datetime

import pytest
from django.conf import settings
from django.db import transaction
from freezegun import freeze_time

from tests.factories.outreach import OutreachContactFactory
from tests.factories.participants import ParticipantFactory
from tests.waiting import wait_for
from volunteers.outreach.models import OutreachContact, OutreachSettings
from volunteers.outreach.retention import apply_outreach_retention
from volunteers.outreach.tasks import apply_outreach_retention_task

pytestmark = pytest.mark.django_db

MET = datetime.date(2026, 1, 10)  # 180 days later: 2026-07-09


def met_contact(**kwargs):
    return OutreachContactFactory(
        date=MET,
        first_name="Hodan",
        contact_consent=True,
        contact_details="040 765 4321",
        notes="Kiinnostui kerhosta",
        **kwargs,
    )


def test_default_period_is_180_days():
    assert OutreachSettings.load().retention_days == 180


def test_contact_is_kept_until_the_period_is_over():
    contact = met_contact()
    with freeze_time("2026-07-09 12:00"):
        assert apply_outreach_retention() == 0
    contact.refresh_from_db()
    assert contact.first_name == "Hodan"


def test_unconverted_contact_is_anonymised_after_the_period():
    contact = met_contact()
    with freeze_time("2026-07-10 12:00"):
        assert apply_outreach_retention() == 1
    contact.refresh_from_db()
    assert (contact.first_name, contact.contact_details, contact.notes) == ("", "", "")
    assert not contact.contact_consent
    assert contact.anonymised_at is not None
    # The row stays, so outreach is still counted.
    assert OutreachContact.objects.count() == 1


def test_enrolled_contact_is_never_anonymised():
    contact = met_contact(participant=ParticipantFactory())
    with freeze_time("2027-07-10"):
        assert apply_outreach_retention() == 0
    contact.refresh_from_db()
    assert contact.first_name == "Hodan"


def test_the_period_is_what_coordinators_set():
    period = OutreachSettings.load()
    period.retention_days = 30
    period.save()
    contact = met_contact()
    with freeze_time("2026-02-10"):
        assert apply_outreach_retention() == 1
    contact.refresh_from_db()
    assert contact.first_name == ""


def test_a_second_run_does_nothing():
    met_contact()
    with freeze_time("2026-08-01"):
        apply_outreach_retention()
        assert apply_outreach_retention() == 0


def test_the_task_is_on_the_beat_schedule():
    entry = settings.CELERY_BEAT_SCHEDULE["outreach-retention"]
    assert entry["task"] == apply_outreach_retention_task.name


@pytest.mark.worker
def test_a_real_worker_anonymises_under_a_frozen_clock(celery_worker):
    old = met_contact()
    recent = OutreachContactFactory(date=datetime.date(2026, 6, 1), first_name="Leila")
    # tick: the clock moves on from the frozen moment, so the worker's polling works.
    with freeze_time("2026-07-10 03:30", tick=True):
        with transaction.atomic():
            apply_outreach_retention_task.delay()
        assert wait_for(lambda: OutreachContact.objects.get(pk=old.pk).anonymised_at is not None)
    recent.refresh_from_db()
    assert recent.first_name == "Leila"
    assert recent.anonymised_at is None


def test_a_partners_referral_of_a_family_never_enrolled_is_anonymised_after_the_period():
    """A referral in names the mother and why she was referred; if she never enrolled,
    it keeps nothing personal once the period is over (the row stays for the counts)."""
    from tests.factories.outreach import ReferralFactory
    from volunteers.outreach.models import Referral

    never_enrolled = ReferralFactory(
        direction=Referral.Direction.IN,
        date=MET,
        family_first_name="Nasra",
        purpose="Yksinäinen äiti, kaksi pientä lasta.",
        outcome="Ei tavoitettu.",
    )
    enrolled = ReferralFactory(
        direction=Referral.Direction.IN, date=MET, participant=ParticipantFactory()
    )
    with freeze_time("2026-07-09 12:00"):
        assert apply_outreach_retention() == 0
    with freeze_time("2026-07-10 12:00"):
        assert apply_outreach_retention() == 1
        assert apply_outreach_retention() == 0
    never_enrolled.refresh_from_db()
    enrolled.refresh_from_db()
    assert (never_enrolled.family_first_name, never_enrolled.purpose) == ("", "")
    assert never_enrolled.outcome == ""
    assert never_enrolled.anonymised_at is not None
    assert enrolled.purpose == "Kielikurssi"
    assert Referral.objects.count() == 2
