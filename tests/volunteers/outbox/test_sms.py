"""SMS as a channel: phone numbers normalised, backends like Django's email ones,
the HTTP provider's requests, delivery status in the outbox, failures on the panel."""

import pytest
from celery.exceptions import Retry
from django.core.exceptions import ValidationError
from django.db import transaction
from django.test import RequestFactory
from django.utils import translation

from cms import roles
from tests.refusals import assert_refused
from tests.volunteers.outbox.sms_stub import StubProvider
from tests.waiting import wait_for
from volunteers.matching.wagtail_hooks import attention_panel
from volunteers.outbox import sms
from volunteers.outbox.models import OutgoingSms
from volunteers.outbox.services import queue_sms
from volunteers.outbox.sms.filebased import read_sent
from volunteers.outbox.sms.phone import normalise_phone
from volunteers.outbox.tasks import SMS_MAX_RETRIES, send_sms_task


@pytest.mark.parametrize(
    "written",
    ["040 123 4567", "0401234567", "040-123 4567", "+358 40 123 4567", "00358401234567"],
)
def test_finnish_mobile_numbers_become_e164(written):
    assert normalise_phone(written) == "+358401234567"


def test_a_foreign_number_keeps_its_country_code():
    assert normalise_phone("+46 70 123 45 67") == "+46701234567"


@pytest.mark.parametrize("written", ["12", "abc", "040 12", ""])
def test_what_is_not_a_phone_number_gets_a_clear_message(written):
    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            normalise_phone(written)
        assert "is not a phone number" in error.value.messages[0]


def test_the_message_is_translated():
    with translation.override("fi"):
        with pytest.raises(ValidationError) as error:
            normalise_phone("abc")
        assert "abc ei ole puhelinnumero" in error.value.messages[0]


@pytest.mark.django_db
def test_a_bad_number_queues_nothing():
    with pytest.raises(ValidationError):
        queue_sms(to="not a number", body="Hei", language="fi")
    assert OutgoingSms.objects.count() == 0


@pytest.mark.django_db
def test_sending_twice_sends_once():
    sms.outbox.clear()
    message = OutgoingSms.objects.create(to="+358401234567", body="Hei")
    assert send_sms_task.apply(args=[message.pk]).get() == "sent"
    assert send_sms_task.apply(args=[message.pk]).get() == "already-sent"
    assert sms.outbox == [("+358401234567", "Hei")]
    message.refresh_from_db()
    assert message.provider_id.startswith("locmem-")
    assert message.backend == "volunteers.outbox.sms.locmem.SmsBackend"


@pytest.mark.django_db
def test_the_provider_receives_exactly_the_expected_request(settings):
    settings.SMS_BACKEND = "volunteers.outbox.sms.provider.SmsBackend"
    settings.SMS_HTTP_TOKEN = "secret-token"
    settings.SMS_SENDER = "Tukiverkko"
    message = OutgoingSms.objects.create(to="+358401234567", body="Huomenna klo 10 ✓ مرحبا")
    with StubProvider(answer={"ids": [987654]}) as provider:
        settings.SMS_HTTP_URL = provider.url
        assert send_sms_task.apply(args=[message.pk]).get() == "sent"
    assert provider.requests == [
        {
            "path": "/rest/mtsms",
            "authorization": "Token secret-token",
            "content_type": "application/json",
            "json": {
                "sender": "Tukiverkko",
                "message": "Huomenna klo 10 ✓ مرحبا",
                "recipients": [{"msisdn": 358401234567}],
            },
        }
    ]
    message.refresh_from_db()
    assert message.status == OutgoingSms.Status.SENT
    assert message.provider_id == "987654"
    assert message.sent_at is not None


def run_every_delivery(message, monkeypatch):
    """Each delivery as the worker would make it: the first try, then every retry."""
    retries = []
    monkeypatch.setattr(
        send_sms_task, "retry", lambda **kw: retries.append(kw["countdown"]) or Retry()
    )
    outcomes = []
    for n in range(SMS_MAX_RETRIES + 1):
        send_sms_task.push_request(retries=n)
        try:
            outcomes.append(send_sms_task.run(message.pk))
        except Retry:
            outcomes.append("retry")
        finally:
            send_sms_task.pop_request()
    return outcomes, retries


@pytest.mark.django_db
def test_a_refusing_provider_leads_to_retries_then_a_failed_sms_on_the_attention_panel(
    settings, monkeypatch, make_user
):
    settings.SMS_BACKEND = "volunteers.outbox.sms.provider.SmsBackend"
    settings.SMS_HTTP_TOKEN = "secret-token"
    message = OutgoingSms.objects.create(to="+358401234567", body="Hei")
    with StubProvider(status=401, answer={"message": "bad token"}) as provider:
        settings.SMS_HTTP_URL = provider.url
        outcomes, retries = run_every_delivery(message, monkeypatch)
    assert outcomes == ["retry"] * SMS_MAX_RETRIES + ["failed"]
    assert retries == [2, 4, 8, 16, 32]
    assert len(provider.requests) == SMS_MAX_RETRIES + 1
    message.refresh_from_db()
    assert message.status == OutgoingSms.Status.FAILED
    assert "401" in message.last_error and "bad token" in message.last_error

    request = RequestFactory().get("/")
    request.user = make_user(roles.COORDINATORS)
    with translation.override("en"):
        panel = attention_panel(request)
    assert panel.context["counts"]["failed_sms"] == 1
    assert panel.context["sms_url"].endswith("?status=failed")


@pytest.mark.django_db
def test_the_coordinator_sees_the_failed_sms_in_the_outbox(client, make_user, home_page):
    OutgoingSms.objects.create(to="+358401234567", body="Hei", status="failed", last_error="x")
    OutgoingSms.objects.create(to="+358409999999", body="Hei", status="sent")
    client.force_login(make_user(roles.COORDINATORS))
    html = client.get("/admin/outbox-sms/?status=failed").content.decode()
    assert "+358401234567" in html
    assert "+358409999999" not in html
    assert 'data-count="failed_sms">1<' in client.get("/en/").content.decode()


@pytest.mark.django_db
def test_a_project_worker_cannot_read_the_sms_outbox(client, make_user):
    client.force_login(make_user(roles.PROJECT_WORKERS))
    response = client.get("/admin/outbox-sms/")
    assert_refused(response, to="dashboard")


@pytest.mark.worker
def test_an_sms_queued_in_a_transaction_is_sent_by_a_real_worker(celery_worker, settings, tmp_path):
    settings.SMS_BACKEND = "volunteers.outbox.sms.filebased.SmsBackend"
    settings.SMS_FILE_PATH = str(tmp_path)
    with transaction.atomic():
        message = queue_sms(to="040 123 4567", body="Muistutus", language="fi", purpose="test")
    assert wait_for(
        lambda: OutgoingSms.objects.get(pk=message.pk).status == OutgoingSms.Status.SENT
    )
    sent = read_sent(tmp_path)
    assert [(m["to"], m["body"]) for m in sent] == [("+358401234567", "Muistutus")]
    assert OutgoingSms.objects.get(pk=message.pk).provider_id == sent[0]["id"]


def test_a_participants_phone_is_stored_in_international_form():
    from volunteers.participants.models import Participant

    participant = Participant(first_name="Amina", phone="040 123 4567")
    participant.clean()
    assert participant.phone == "+358401234567"


def test_a_participants_phone_that_is_not_one_is_refused_with_a_message():
    from volunteers.participants.models import Participant

    with translation.override("en"):
        with pytest.raises(ValidationError) as error:
            Participant(first_name="Amina", phone="12").clean()
        assert "12 is not a phone number" in error.value.message_dict["phone"][0]
