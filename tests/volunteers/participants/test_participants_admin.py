"""The participant listing's filters and search."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from resources.models import Municipality
from tests.factories.participants import ParticipantFactory, ParticipantLanguageFactory

pytestmark = pytest.mark.django_db


def listed(client, query):
    return list(client.get(reverse("participants:index") + query).context["object_list"])


def test_language_filter_lists_speakers_once(client, coordinator):
    speaker = ParticipantFactory()
    ParticipantLanguageFactory(participant=speaker, language="so")
    ParticipantLanguageFactory(participant=speaker, language="fi")
    ParticipantFactory()
    client.force_login(coordinator)
    assert listed(client, "?language=so") == [speaker]


def test_status_filter_separates_active_and_exited(client, coordinator):
    active = ParticipantFactory()
    exited = ParticipantFactory(
        exit_date=timezone.localdate() - datetime.timedelta(days=2), exit_reason="moved"
    )
    client.force_login(coordinator)
    assert listed(client, "?status=active") == [active]
    assert listed(client, "?status=exited") == [exited]


def test_municipality_filter(client, coordinator):
    tornio = ParticipantFactory(municipality=Municipality.objects.get(name="Tornio"))
    ParticipantFactory()
    client.force_login(coordinator)
    assert listed(client, f"?municipality={tornio.municipality_id}") == [tornio]


def test_worker_filter(client, coordinator, make_user):
    worker = make_user("Project workers")
    theirs = ParticipantFactory(worker=worker)
    ParticipantFactory()
    client.force_login(coordinator)
    assert listed(client, f"?worker={worker.pk}") == [theirs]


def test_search_finds_a_unicode_name(client, coordinator):
    found = ParticipantFactory(first_name="هدى")
    ParticipantFactory(first_name="Olga")
    client.force_login(coordinator)
    assert listed(client, "?q=هدى") == [found]
