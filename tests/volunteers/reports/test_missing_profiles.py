"""The "profile missing" counts link coordinators to exactly the people counted;
Report readers get neither the links nor the names."""

import datetime
import html
import re

import pytest
from django.urls import reverse

from cms import roles
from tests.factories.participants import ParticipantFactory
from tests.refusals import assert_refused
from volunteers.participants.models import EsfProfile

pytestmark = pytest.mark.django_db
QUERY = "kind=month&year=2026&month=1"
JAN_10 = datetime.date(2026, 1, 10)
NAMES = ["Puuttuva-A", "Puuttuva-B", "Valmis", "Lahtija", "Torniolainen", "Joulukuu"]


@pytest.fixture
def people(kemi, tornio):
    """January 2026: in Kemi, two entered without an entry profile and one with it; one
    exited without an exit profile. In Tornio one entered without a profile. One entered
    in Kemi in December without a profile."""

    def person(name, municipality=kemi, **kwargs):
        return ParticipantFactory(first_name=name, municipality=municipality, **kwargs)

    person("Puuttuva-A", entry_date=JAN_10)
    person("Puuttuva-B", entry_date=JAN_10)
    complete = person("Valmis", entry_date=JAN_10)
    EsfProfile.objects.create(participant=complete, stage="entry", recorded_on=JAN_10)
    leaver = person("Lahtija", entry_date=datetime.date(2025, 3, 1), exit_date=JAN_10)
    EsfProfile.objects.create(
        participant=leaver, stage="entry", recorded_on=datetime.date(2025, 3, 1)
    )
    person("Torniolainen", municipality=tornio, entry_date=JAN_10)
    person("Joulukuu", entry_date=datetime.date(2025, 12, 10))


def links(page):
    """{stage: url} of the page's missing-profile links."""
    urls = [
        html.unescape(url)
        for url in re.findall(r'<li><a href="([^"]*missing_profile=[^"]*)"', page)
    ]
    return {re.search(r"missing_profile=(\w+)", url).group(1): url for url in urls}


def names_listed(client, url):
    page = client.get(url).text
    return {name for name in NAMES if name in page}


def test_a_coordinator_follows_the_link_to_exactly_those_missing_a_profile(
    client, make_user, people, home_page, kemi
):
    client.force_login(make_user(roles.COORDINATORS))
    page = client.get(f"/admin/reporting/esf/?{QUERY}&municipality={kemi.pk}").text
    found = links(page)
    assert set(found) == {"entry", "exit", "follow_up"}
    assert names_listed(client, found["entry"]) == {
        "Puuttuva-A",
        "Puuttuva-B",
    }
    assert names_listed(client, found["exit"]) == {"Lahtija"}
    # She left in January, more than four weeks ago: her follow-up is due too.
    follow_up = found["follow_up"]
    assert names_listed(client, follow_up) == {"Lahtija"}


def test_without_a_municipality_the_link_covers_every_municipality(
    client, make_user, people, home_page
):
    client.force_login(make_user(roles.COORDINATORS))
    found = links(client.get(f"/admin/reporting/?{QUERY}").text)
    assert names_listed(client, found["entry"]) == {
        "Puuttuva-A",
        "Puuttuva-B",
        "Torniolainen",
    }


def test_a_report_reader_gets_no_link_and_no_names(client, make_user, people, home_page):
    client.force_login(make_user(roles.REPORT_READERS))
    for url in (f"/admin/reporting/?{QUERY}", f"/admin/reporting/esf/?{QUERY}"):
        page = client.get(url).text
        assert reverse("participants:index") not in page
        assert not [name for name in NAMES if name in page]
    # Nor does the address itself open the list for her.
    response = client.get(
        reverse("participants:index")
        + "?missing_profile=entry&period_start=2026-01-01&period_end=2026-01-31"
    )
    assert_refused(response, to="dashboard")
    assert "Puuttuva-A" not in response.content.decode()
