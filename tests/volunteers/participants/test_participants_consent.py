"""Consent per purpose: matching sees only active participants with a current
matching consent, and a withdrawal counts at once."""

import datetime

import pytest
from django.utils import timezone

from tests.factories.participants import ConsentFactory, ParticipantFactory
from volunteers.participants.models import Participant

pytestmark = pytest.mark.django_db


def test_participant_without_matching_consent_is_not_matchable():
    participant = ParticipantFactory()
    ConsentFactory(participant=participant, purpose="records")
    assert not Participant.objects.matchable().filter(pk=participant.pk).exists()
    assert not participant.is_matchable


def test_participant_with_matching_consent_is_matchable():
    participant = ParticipantFactory()
    ConsentFactory(participant=participant, purpose="matching")
    assert list(Participant.objects.matchable()) == [participant]


def test_withdrawing_matching_consent_removes_her_from_the_next_run():
    participant = ParticipantFactory()
    consent = ConsentFactory(participant=participant, purpose="matching")
    consent.withdraw()
    assert not Participant.objects.matchable().exists()


def test_exited_participant_is_not_matchable_even_with_consent():
    participant = ParticipantFactory(
        exit_date=timezone.localdate() - datetime.timedelta(days=1), exit_reason="completed"
    )
    ConsentFactory(participant=participant, purpose="matching")
    assert not Participant.objects.matchable().exists()


def test_participant_entering_in_the_future_is_not_yet_matchable():
    participant = ParticipantFactory(entry_date=timezone.localdate() + datetime.timedelta(days=5))
    ConsentFactory(participant=participant, purpose="matching")
    assert not Participant.objects.matchable().exists()


def test_consent_records_the_privacy_notice_version(settings):
    consent = ConsentFactory()
    assert consent.privacy_notice_version == settings.PRIVACY_NOTICE_VERSION


def test_withdrawal_before_the_consent_was_given_is_refused():
    from django.core.exceptions import ValidationError

    consent = ConsentFactory.build(
        participant=ParticipantFactory(),
        given_at=timezone.now(),
        withdrawn_at=timezone.now() - datetime.timedelta(days=3),
    )
    with pytest.raises(ValidationError) as error:
        consent.full_clean()
    assert "withdrawn_at" in error.value.message_dict


def test_withdrawal_dated_in_the_future_is_refused():
    from django.core.exceptions import ValidationError

    consent = ConsentFactory.build(
        participant=ParticipantFactory(),
        withdrawn_at=timezone.now() + datetime.timedelta(days=3),
    )
    with pytest.raises(ValidationError) as error:
        consent.full_clean()
    assert "withdrawn_at" in error.value.message_dict


def test_withdrawing_in_the_admin_form_removes_her_at_once(client, make_user):
    from django.urls import reverse

    from tests.volunteers.participants.participant_helpers import participant_form_data

    coordinator = make_user("Coordinators")
    participant = ParticipantFactory(worker=coordinator)
    consent = ConsentFactory(participant=participant, purpose="matching")
    data = participant_form_data(
        coordinator,
        first_name=participant.first_name,
        entry_date=str(participant.entry_date),
        **{
            "consents-TOTAL_FORMS": "1",
            "consents-INITIAL_FORMS": "1",
            "consents-0-id": str(consent.pk),
            "consents-0-purpose": "matching",
            "consents-0-given_at": str(consent.given_at),
            "consents-0-language": "ar",
            "consents-0-privacy_notice_version": consent.privacy_notice_version,
            "consents-0-withdrawn_at": str(timezone.localdate()),
            "consents-0-ORDER": "0",
            "consents-0-DELETE": "",
        },
    )
    client.force_login(coordinator)
    response = client.post(reverse("participants:edit", args=[participant.pk]), data)
    assert response.status_code == 302
    assert not Participant.objects.matchable().exists()


def test_a_consent_is_timed_like_a_volunteers_consent():
    # One convention for both: an aware time, a language and the notice version.
    consent = ConsentFactory(language="so")
    consent.refresh_from_db()
    assert timezone.is_aware(consent.given_at)
    assert consent.language == "so"
    assert consent.privacy_notice_version


def test_start_of_day_is_midnight_in_helsinki():
    from volunteers.participants.models.participants import start_of_day

    at = start_of_day(datetime.date(2026, 3, 1))
    assert at.isoformat() == "2026-03-01T00:00:00+02:00"
