"""Matching triggers that follow from saved data.

A participant becomes matchable when her matching consent is recorded; that queues
a (debounced) matching run. Volunteer approval triggers it in screening.move().
"""

from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import MatchingRun, ParticipantConsent
from .models.participants import ConsentPurpose


@receiver(post_save, sender=ParticipantConsent, dispatch_uid="matching_on_consent")
def queue_matching_when_consent_given(sender, instance, created, raw=False, **kwargs):
    if raw or instance.purpose != ConsentPurpose.MATCHING or instance.withdrawn_on:
        return
    from .matching_runs import request_run

    request_run(MatchingRun.Trigger.PARTICIPANT_MATCHABLE)
