"""Reminders the day before, and cancellation notices: only with consent, in her
language (Finnish when the text has no translation), by SMS or email, once."""

import datetime
import time

import pytest
from django.db import transaction
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import Locale

from cms import roles
from cms.vocabularies import ConsentPurpose
from resources import series as series_service
from resources.models import MessageText
from resources.models.places import ensure_seed_municipalities
from resources.wagtail_hooks import missing_message_texts_panel
from tests.factories.participants import (
    ConsentFactory,
    ParticipantChildFactory,
    ParticipantFactory,
)
from tests.factories.resources import MeetingIndexPageFactory, ThemeMeetingPageFactory
from tests.waiting import wait_for
from volunteers.outbox import sms
from volunteers.outbox.models import OutgoingEmail, OutgoingSms
from volunteers.participants import registrations, reminders
from volunteers.participants.models import MeetingNotice

REMINDER_FI = (
    "Muistutus: {title} huomenna {date} klo {time}, {place}. Lapsia hoidossa: {childcare}."
)
REMINDER_AR = "تذكير: {title} غدًا {date} الساعة {time}، {place}"


def locale(code):
    return Locale.objects.get_or_create(language_code=code)[0]


@pytest.fixture
def texts(db):
    MessageText.objects.create(key="meeting_reminder", locale=locale("fi"), text=REMINDER_FI)
    MessageText.objects.create(key="meeting_reminder", locale=locale("ar"), text=REMINDER_AR)
    MessageText.objects.create(
        key="meeting_cancelled", locale=locale("fi"), text="Tapaaminen {title} {date} on peruttu."
    )


@pytest.fixture
def tomorrow_meeting(home_page):
    index = MeetingIndexPageFactory(parent=home_page, slug="tapaamiset")
    start = timezone.make_aware(
        datetime.datetime.combine(
            timezone.localdate() + datetime.timedelta(days=1), datetime.time(10, 0)
        )
    )
    return ThemeMeetingPageFactory(
        parent=index, title="Kela-ilta", start=start, end=start + datetime.timedelta(hours=2)
    )


@pytest.fixture
def worker(make_user):
    return make_user(roles.PROJECT_WORKERS)


def registered_mother(meeting, worker, *, consent_language="ar", channel="sms", children=0):
    ensure_seed_municipalities()
    mother = ParticipantFactory(
        worker=worker,
        phone="+358401234567",
        email="amina@example.org",
        reminder_channel=channel,
    )
    if consent_language:
        ConsentFactory(
            participant=mother, purpose=ConsentPurpose.REMINDERS, language=consent_language
        )
    kids = [ParticipantChildFactory(participant=mother) for _ in range(children)]
    registrations.register(meeting, mother, worker, children=kids)
    return mother


@pytest.mark.django_db
def test_the_day_before_she_gets_one_sms_in_her_language(tomorrow_meeting, worker, texts):
    registered_mother(tomorrow_meeting, worker, children=2)
    assert reminders.send_reminders() == 1
    assert reminders.send_reminders() == 0
    message = OutgoingSms.objects.get()
    assert message.to == "+358401234567"
    assert message.language == "ar"
    assert message.body.startswith("تذكير: Kela-ilta غدًا")
    assert "10:00" in message.body
    assert MeetingNotice.objects.get().fell_back_to_finnish is False


@pytest.mark.django_db
def test_without_consent_for_reminders_nothing_is_sent(tomorrow_meeting, worker, texts):
    registered_mother(tomorrow_meeting, worker, consent_language=None)
    assert reminders.send_reminders() == 0
    assert OutgoingSms.objects.count() == OutgoingEmail.objects.count() == 0


@pytest.mark.django_db
def test_a_withdrawn_consent_stops_the_reminder(tomorrow_meeting, worker, texts):
    mother = registered_mother(tomorrow_meeting, worker)
    mother.consents.get().withdraw()
    assert reminders.send_reminders() == 0


@pytest.mark.django_db
def test_she_gets_email_if_she_prefers_it(tomorrow_meeting, worker, texts):
    registered_mother(tomorrow_meeting, worker, channel="email", consent_language="fi")
    assert reminders.send_reminders() == 1
    email = OutgoingEmail.objects.get()
    assert email.to == "amina@example.org"
    assert "Muistutus: Kela-ilta huomenna" in email.body
    assert OutgoingSms.objects.count() == 0


@pytest.mark.django_db
def test_no_reminder_for_a_meeting_the_day_after_tomorrow(home_page, worker, texts):
    index = MeetingIndexPageFactory(parent=home_page, slug="tapaamiset")
    later = ThemeMeetingPageFactory(parent=index, start=timezone.now() + datetime.timedelta(days=3))
    registered_mother(later, worker)
    assert reminders.send_reminders() == 0


@pytest.mark.django_db
def test_a_missing_translation_falls_back_to_finnish_and_shows_on_the_dashboard(
    tomorrow_meeting, worker, texts, make_user
):
    registered_mother(tomorrow_meeting, worker, consent_language="so")
    assert reminders.send_reminders() == 1
    message = OutgoingSms.objects.get()
    assert message.body.startswith("Muistutus: Kela-ilta huomenna")
    assert message.language == "fi"
    assert MeetingNotice.objects.get().fell_back_to_finnish is True

    request = RequestFactory().get("/")
    request.user = make_user(roles.EDITORS)
    panel = missing_message_texts_panel(request)
    missing = {str(label): codes for label, codes in panel.context["missing"]}
    reminder = str(MessageText.Key.MEETING_REMINDER.label)
    assert "ar" not in missing[reminder]
    assert "so" in missing[reminder]


@pytest.mark.django_db
def test_the_missing_translations_panel_is_for_editors_only(make_user, texts):
    request = RequestFactory().get("/")
    request.user = make_user(roles.PROJECT_WORKERS)
    assert missing_message_texts_panel(request) is None


@pytest.mark.django_db
def test_cancelling_a_meeting_tells_the_registered_mothers(tomorrow_meeting, worker, texts):
    registered_mother(tomorrow_meeting, worker, consent_language="fi")
    registered_mother(tomorrow_meeting, worker, consent_language=None)
    series_service.cancel(tomorrow_meeting)
    message = OutgoingSms.objects.get()
    assert message.body == "Tapaaminen Kela-ilta " + message.body.split(" ")[2] + " on peruttu."
    assert message.purpose == "meeting-cancelled"
    # No reminder for a cancelled meeting.
    assert reminders.send_reminders() == 0


@pytest.mark.worker
def test_two_beats_enqueueing_the_job_send_one_reminder_per_mother(
    celery_worker, tomorrow_meeting, worker, texts
):
    from volunteers.participants.tasks import send_meeting_reminders_task

    sms.outbox.clear()
    registered_mother(tomorrow_meeting, worker)
    registered_mother(tomorrow_meeting, worker, consent_language="fi")
    # Two beat schedulers each enqueue today's job; the worker runs both.
    with transaction.atomic():
        send_meeting_reminders_task.delay()
        send_meeting_reminders_task.delay()
    # Task results are not kept (CELERY_TASK_IGNORE_RESULT): watch what was sent.
    assert wait_for(lambda: OutgoingSms.objects.filter(status="sent").count() == 2)
    time.sleep(2.0)  # the solo worker runs the second job after the first; let it finish
    assert OutgoingSms.objects.count() == 2
    assert len(sms.outbox) == 2


@pytest.mark.django_db
def test_a_new_site_reminds_with_the_built_in_text_until_editors_write_their_own(
    tomorrow_meeting, worker
):
    """No message text written yet (a fresh install): she still gets her reminder,
    in the built-in Finnish text, and the editors see the texts as missing."""
    registered_mother(tomorrow_meeting, worker, consent_language="fi")
    assert reminders.send_reminders() == 1
    message = OutgoingSms.objects.get()
    assert "Kela-ilta" in message.body and "10:00" in message.body
    assert "{" not in message.body
    assert message.body.startswith("Muistutus")


@pytest.mark.django_db
def test_a_new_site_tells_of_a_cancellation_with_the_built_in_text(tomorrow_meeting, worker):
    registered_mother(tomorrow_meeting, worker, consent_language="ar")
    series_service.cancel(tomorrow_meeting)
    message = OutgoingSms.objects.get()
    assert "Kela-ilta" in message.body and "{" not in message.body
    assert MeetingNotice.objects.get().fell_back_to_finnish is True
