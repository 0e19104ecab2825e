from datetime import timedelta

import pytest
from django.utils import timezone

from tests.factories.volunteers import VolunteerFactory
from volunteers.volunteers.models import Volunteer, VolunteerStatus
from volunteers.volunteers.tasks import expire_unconfirmed_signups_task

pytestmark = pytest.mark.django_db


def _aged(days, status):
    return VolunteerFactory(status=status, created_at=timezone.now() - timedelta(days=days))


def test_expiry_deletes_only_expired_unconfirmed_sign_ups(settings):
    settings.SIGNUP_CONFIRMATION_DAYS = 7
    expired = _aged(8, VolunteerStatus.SUBMITTED)
    fresh = _aged(6, VolunteerStatus.SUBMITTED)
    old_confirmed = _aged(30, VolunteerStatus.CONFIRMED)
    assert expire_unconfirmed_signups_task.apply().get() == 1
    remaining = set(Volunteer.objects.values_list("pk", flat=True))
    assert remaining == {fresh.pk, old_confirmed.pk}
    assert expired.pk not in remaining


def test_expiry_age_follows_the_setting(settings):
    settings.SIGNUP_CONFIRMATION_DAYS = 2
    _aged(3, VolunteerStatus.SUBMITTED)
    assert expire_unconfirmed_signups_task.apply().get() == 1


def test_expiry_is_scheduled_in_beat(settings):
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "volunteers.tasks.expire_unconfirmed_signups_task" in tasks


def test_an_expired_confirmation_link_does_not_confirm(client, home_page, settings):
    settings.SIGNUP_CONFIRMATION_DAYS = 7
    volunteer = _aged(8, VolunteerStatus.SUBMITTED)
    response = client.get(f"/volunteer/sign-up/confirm/{volunteer.confirmation_token}/")
    assert response.status_code == 404
    volunteer.refresh_from_db()
    assert volunteer.status == VolunteerStatus.SUBMITTED
