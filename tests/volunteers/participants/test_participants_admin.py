"""The participant listing's filters and search."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from resources.models import Municipality
from tests.admin_lists import queries_of, table_html, table_html_unshared
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


# A coordinator's participant list: session, user, permissions, the menu, the filters'
# choices, the count and the page of participants with their municipality and worker.
MAX_LIST_QUERIES = 14


def test_the_list_costs_the_same_queries_for_3_participants_as_for_30(
    client, coordinator, make_user, django_assert_max_num_queries
):
    worker = make_user("Project workers")

    def add(count):
        for participant in ParticipantFactory.create_batch(count, worker=worker):
            ParticipantLanguageFactory(participant=participant, language="ar")

    add(3)
    client.force_login(coordinator)
    url = reverse("participants:index")
    client.get(url)  # the staff session's first stamp, per-process caches
    few = queries_of(client, url)
    add(27)
    with django_assert_max_num_queries(MAX_LIST_QUERIES):
        assert queries_of(client, url) == few


def test_each_rows_menu_is_the_one_wagtail_renders(client, coordinator, monkeypatch):
    """The rows' "…" menus are rendered once and filled in per row (cms/row_menus.py)."""
    first = ParticipantFactory(first_name="Hoda 'هدى'", last_name="<&>")
    second = ParticipantFactory(first_name="Olga")
    client.force_login(coordinator)
    url = reverse("participants:index")
    client.get(url)
    shared = table_html(client, url)
    assert shared == table_html_unshared(client, url, monkeypatch)
    for participant in (first, second):
        assert reverse("participants:edit", args=[participant.pk]) in shared
    assert "Hoda &#x27;هدى&#x27; &lt;&amp;&gt;" in shared
