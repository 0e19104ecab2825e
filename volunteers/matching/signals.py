"""Matching triggers that follow from other apps' data.

A participant becomes matchable when her matching consent is recorded, and an
approved volunteer may be the one a waiting family needs: both queue a (debounced)
matching run. The lower apps only send signals; this app listens.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from cms.vocabularies import ConsentPurpose
from volunteers.matching.models import MatchingRun
from volunteers.matching.runs import request_run
from volunteers.participants.models import ParticipantConsent
from volunteers.volunteers.signals import volunteer_approved


@receiver(post_save, sender=ParticipantConsent, dispatch_uid="matching_on_consent")
def queue_matching_when_consent_given(sender, instance, created, raw=False, **kwargs):
    if raw or instance.purpose != ConsentPurpose.MATCHING or instance.withdrawn_at:
        return
    request_run(MatchingRun.Trigger.PARTICIPANT_MATCHABLE)


@receiver(volunteer_approved, dispatch_uid="matching_on_volunteer_approved")
def queue_matching_when_volunteer_approved(sender, volunteer, by=None, **kwargs):
    request_run(MatchingRun.Trigger.VOLUNTEER_APPROVED, user=by)
