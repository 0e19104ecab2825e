"""Reached by outreach → enrolled, counted per channel, on the staff panel; a worker's
figures are her own contacts."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.factories.outreach import ChannelFactory, OutreachContactFactory, ReferralFactory
from tests.factories.participants import ParticipantFactory
from volunteers.outreach import reporting

pytestmark = pytest.mark.django_db


def test_contacts_and_enrolments_are_counted_per_channel(worker):
    clinic, library = ChannelFactory(name="Neuvola"), ChannelFactory(name="Kirjasto")
    OutreachContactFactory(channel=clinic, participant=ParticipantFactory())
    OutreachContactFactory(channel=clinic)
    OutreachContactFactory(channel=library)
    # Older than a year: not in the figures.
    OutreachContactFactory(
        channel=library, date=timezone.localdate() - datetime.timedelta(days=400)
    )
    figures = reporting.reached_and_enrolled()
    assert (figures["contacts"], figures["enrolled"]) == (3, 1)
    assert figures["by_channel"] == [("Neuvola", 2, 1), ("Kirjasto", 1, 0)]


def test_worker_panel_counts_her_own_contacts(client, worker, own_contact, others_contact):
    client.force_login(worker)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    # "1 outreach contacts, of whom 0 enrolled"
    assert "1 etsivän työn kohtaamista, joista 0 tuli mukaan" in page


def test_coordinator_panel_counts_all(client, coordinator, own_contact, others_contact):
    client.force_login(coordinator)
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "2 etsivän työn kohtaamista, joista 0 tuli mukaan" in page


@pytest.mark.parametrize("name", ["outreach_contacts:index", "referrals:index"])
def test_listings_take_the_same_queries_whatever_their_length(
    client, coordinator, channel, organisation, django_assert_num_queries, name
):
    def add_rows():
        OutreachContactFactory(channel=channel, partner=organisation)
        ReferralFactory(participant=ParticipantFactory(), organisation=organisation)

    client.force_login(coordinator)
    add_rows()
    url = reverse(name)
    client.get(url)
    with CaptureQueriesContext(connection) as small:
        client.get(url)
    for _i in range(8):
        add_rows()
    with django_assert_num_queries(len(small)):
        client.get(url)
