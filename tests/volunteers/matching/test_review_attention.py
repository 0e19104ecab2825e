"""The coordinators' attention panel, and failed emails: retried, then shown."""

import datetime

import pytest
from django.test import RequestFactory
from django.utils import timezone, translation

from cms import roles
from tests.factories.matches import make_match, pending_suggestion
from volunteers.matching.models import FollowUpAlert
from volunteers.matching.wagtail_hooks import attention_panel
from volunteers.outbox.models import OutgoingEmail

pytestmark = pytest.mark.django_db


def panel_for(user):
    request = RequestFactory().get("/")
    request.user = user
    with translation.override("en"):
        return attention_panel(request)


def test_the_panel_counts_suggestions_checkins_quiet_matches_and_failed_emails(make_user):
    pending_suggestion()
    quiet = make_match(introduced_on=timezone.localdate() - datetime.timedelta(days=20))
    make_match(introduced_on=timezone.localdate())
    FollowUpAlert.objects.create(match=quiet, kind="checkin", period="checkin-1")
    OutgoingEmail.objects.create(to="x@example.org", subject="s", body="b", status="failed")
    counts = panel_for(make_user(roles.COORDINATORS)).context["counts"]
    assert counts == {
        "suggestions": 1,
        "followups": 1,
        "quiet": 1,
        "checkins": 0,
        "failed_emails": 1,
        "failed_sms": 0,
    }


@pytest.mark.parametrize(
    "group", [roles.PROJECT_WORKERS, roles.VOLUNTEERS, roles.EDITORS, roles.REPORT_READERS]
)
def test_other_roles_get_no_attention_panel(make_user, group):
    assert panel_for(make_user(group)) is None


def test_the_front_page_shows_the_panel_to_a_coordinator(client, make_user, home_page):
    pending_suggestion()
    client.force_login(make_user(roles.COORDINATORS))
    html = client.get("/en/").content.decode()
    assert "Suggestions waiting for review" in html
    assert 'data-count="suggestions">1<' in html


def test_a_failing_email_is_retried_then_marked_failed_and_counted(
    make_user, settings, monkeypatch
):
    from volunteers.outbox.tasks import EMAIL_MAX_RETRIES, send_email_task

    settings.EMAIL_BACKEND = "tests.volunteers.test_review_attention.BrokenBackend"
    email = OutgoingEmail.objects.create(to="a@example.org", subject="S", body="B")
    from celery.exceptions import Retry

    # Each delivery as the worker would make it: the first try, then every retry
    # (the retry itself is recorded instead of being queued on the broker).
    retries = []
    monkeypatch.setattr(
        send_email_task, "retry", lambda **kw: retries.append(kw["countdown"]) or Retry()
    )
    outcomes = []
    for n in range(EMAIL_MAX_RETRIES + 1):
        send_email_task.push_request(retries=n)
        try:
            outcomes.append(send_email_task.run(email.pk))
        except Retry:
            outcomes.append("retry")
        finally:
            send_email_task.pop_request()
    email.refresh_from_db()
    assert outcomes == ["retry"] * EMAIL_MAX_RETRIES + ["failed"]
    assert retries == [2, 4, 8, 16, 32]  # exponential backoff
    assert email.attempts == EMAIL_MAX_RETRIES + 1
    assert email.status == OutgoingEmail.Status.FAILED
    counts = panel_for(make_user(roles.COORDINATORS)).context["counts"]
    assert counts["failed_emails"] == 1


class BrokenBackend:
    """An email backend whose server is always down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP server down")
