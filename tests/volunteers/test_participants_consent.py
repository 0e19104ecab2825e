"""Consent per purpose: matching sees only active participants with a current
matching consent, and a withdrawal counts at once."""

import datetime

import pytest
from django.utils import timezone

from tests.factories.participants import ConsentFactory, ParticipantFactory
from volunteers.models import Participant

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
