"""The outbox when the broker is down: the request answers normally, the email waits
in the database, and the dispatcher hands it over once the broker is back."""

import pytest
from celery.contrib.testing.worker import start_worker
from django.conf import settings
from django.core import mail

from tests.broker import app_on_broker, free_port
from tests.factories.volunteers import MunicipalityFactory
from tests.volunteers.volunteers.signup_data import valid_signup
from tests.waiting import wait_for
from volunteers.outbox.models import OutgoingEmail
from volunteers.outbox.services import dispatch_pending_emails


@pytest.fixture
def broker_down():
    """This process's Celery app on a port where nothing listens: Redis is down."""
    with app_on_broker(f"redis://127.0.0.1:{free_port()}/0") as app:
        yield app


@pytest.fixture
def real_broker():
    if not settings.REDIS_URL:
        pytest.fail("This test needs a real Redis: set REDIS_URL (make test does).")


def test_a_sign_up_while_the_broker_is_down_gets_the_normal_page_and_the_email_waits(
    transactional_db, client, home_page, settings, broker_down
):
    settings.SIGNUP_RATELIMIT = None
    response = client.post("/en/volunteer/sign-up/", valid_signup(MunicipalityFactory()))
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    email = OutgoingEmail.objects.get(purpose="signup-confirmation")
    assert email.status == OutgoingEmail.Status.QUEUED
    assert email.enqueued_at is None  # never reached the broker: the dispatcher will send it


@pytest.mark.worker
def test_an_email_that_never_reached_the_broker_is_sent_once_by_the_dispatcher(
    transactional_db, real_broker
):
    from cms.celery import app, dispatch_pending_work

    email = OutgoingEmail.objects.create(to="a@example.org", subject="S", body="B")
    app.control.purge()
    with start_worker(app, pool="solo", perform_ping_check=False, loglevel="WARNING"):
        # Two dispatches (beat and a worker start at once) hand it over once.
        assert dispatch_pending_work()["emails"] == 1
        assert dispatch_pending_work()["emails"] == 0
        assert wait_for(lambda: OutgoingEmail.objects.get(pk=email.pk).status == "sent")
    email.refresh_from_db()
    assert email.attempts == 1
    assert [m.to for m in mail.outbox] == [["a@example.org"]]


def test_an_email_lost_by_the_broker_is_handed_over_again_after_a_while(db, settings, monkeypatch):
    from datetime import timedelta

    from django.utils import timezone

    from volunteers.outbox import tasks

    handed = []
    monkeypatch.setattr(
        tasks.send_email_task, "apply_async", lambda args, countdown=None: handed.append(args)
    )
    settings.OUTBOX_REDISPATCH_SECONDS = 600
    now = timezone.now()
    recent = OutgoingEmail.objects.create(to="r@example.org", enqueued_at=now)
    lost = OutgoingEmail.objects.create(to="l@example.org", enqueued_at=now - timedelta(hours=1))
    OutgoingEmail.objects.create(to="s@example.org", status="sent")
    OutgoingEmail.objects.create(to="f@example.org", status="failed")
    assert dispatch_pending_emails() == 1
    assert handed == [(lost.pk,)]
    recent.refresh_from_db()
    assert recent.enqueued_at == now


def test_the_dispatcher_runs_on_beat_every_minute_or_more_often(settings):
    from cms.celery import DISPATCH_TASK, app

    entry = settings.CELERY_BEAT_SCHEDULE["dispatch-pending-work"]
    app.loader.import_default_modules()
    assert entry["task"] == DISPATCH_TASK in app.tasks
    assert entry["schedule"] <= 60


def test_approving_a_volunteer_while_the_broker_is_down_keeps_the_invitation_waiting(
    transactional_db, client, make_user, broker_down
):
    from cms import roles
    from tests.factories.volunteers import VolunteerFactory
    from volunteers.volunteers.models import VolunteerStatus

    volunteer = VolunteerFactory(status=VolunteerStatus.TRAINED, roles=["friend"])
    client.force_login(make_user(roles.COORDINATORS))
    response = client.post(
        f"/admin/volunteers/{volunteer.pk}/screening/",
        {"move": "1", "target": "approved"},
        follow=True,
    )
    assert response.status_code == 200
    volunteer.refresh_from_db()
    assert volunteer.status == VolunteerStatus.APPROVED
    invitation = OutgoingEmail.objects.get(purpose="volunteer-invitation")
    assert (invitation.status, invitation.enqueued_at) == ("queued", None)
