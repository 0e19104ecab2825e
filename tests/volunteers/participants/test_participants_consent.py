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
    assert consent.notice_version == settings.PRIVACY_NOTICE_VERSION


def test_withdrawal_before_the_consent_was_given_is_refused():
    from django.core.exceptions import ValidationError

    consent = ConsentFactory.build(
        participant=ParticipantFactory(),
        given_on=timezone.localdate(),
        withdrawn_on=timezone.localdate() - datetime.timedelta(days=3),
    )
    with pytest.raises(ValidationError) as error:
        consent.full_clean()
    assert "withdrawn_on" in error.value.message_dict


def test_withdrawal_dated_in_the_future_is_refused():
    from django.core.exceptions import ValidationError

    consent = ConsentFactory.build(
        participant=ParticipantFactory(),
        withdrawn_on=timezone.localdate() + datetime.timedelta(days=3),
    )
    with pytest.raises(ValidationError) as error:
        consent.full_clean()
    assert "withdrawn_on" in error.value.message_dict


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
            "consents-0-given_on": str(consent.given_on),
            "consents-0-language": "ar",
            "consents-0-notice_version": consent.notice_version,
            "consents-0-withdrawn_on": str(timezone.localdate()),
            "consents-0-ORDER": "0",
            "consents-0-DELETE": "",
        },
    )
    client.force_login(coordinator)
    response = client.post(reverse("participants:edit", args=[participant.pk]), data)
    assert response.status_code == 302
    assert not Participant.objects.matchable().exists()
