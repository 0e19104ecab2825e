"""Searching the admin lists: every list with a search box finds by name, on SQLite
and PostgreSQL alike (run this file with DATABASE_URL=sqlite:////tmp/x.sqlite3 too).

Regression: /admin/volunteers/?q=Koskinen answered 500 on SQLite ("no such column:
first_name") because the list searched Wagtail's index with column names."""

import pytest

from tests.factories.matches import make_match
from tests.factories.participants import ParticipantFactory
from tests.factories.resources import ThemeFactory, VenueFactory
from tests.factories.volunteers import VolunteerFactory
from volunteers.outbox.models import OutgoingEmail

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, make_user):
    user = make_user(None)
    user.is_superuser = True
    user.is_staff = True
    user.save()
    client.force_login(user)
    return client


def search(client, url, query):
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return response.text


def test_volunteer_list_finds_by_surname(admin_client):
    VolunteerFactory(first_name="Aino", last_name="Koskinen")
    VolunteerFactory(first_name="Liisa", last_name="Virtanen")
    text = search(admin_client, "/admin/volunteers/", "Koskinen")
    assert "Koskinen" in text
    assert "Virtanen" not in text


def test_volunteer_list_finds_by_first_name_prefix(admin_client):
    VolunteerFactory(first_name="Aino", last_name="Koskinen")
    assert "Koskinen" in search(admin_client, "/admin/volunteers/", "Ain")


def test_participant_list_finds_by_surname(admin_client):
    ParticipantFactory(first_name="Hodan", last_name="Abdi")
    ParticipantFactory(first_name="Sara", last_name="Haile")
    text = search(admin_client, "/admin/participants/", "Abdi")
    assert "Hodan" in text
    assert "Haile" not in text


def test_match_list_finds_by_volunteers_name(admin_client):
    make_match(volunteer=VolunteerFactory(first_name="Aino", last_name="Koskinen"))
    make_match(volunteer=VolunteerFactory(first_name="Liisa", last_name="Virtanen"))
    text = search(admin_client, "/admin/matches/", "Koskinen")
    assert "Koskinen" in text
    assert "Virtanen" not in text


def test_outbox_finds_by_recipient(admin_client):
    OutgoingEmail.objects.create(to="aino@example.org", subject="Tervetuloa", body="Hei")
    OutgoingEmail.objects.create(to="liisa@example.org", subject="Muistutus", body="Hei")
    text = search(admin_client, "/admin/outbox/", "aino@")
    assert "aino@example.org" in text
    assert "liisa@example.org" not in text


@pytest.mark.parametrize(
    ("url", "make", "hit", "miss"),
    [
        ("/admin/snippets/resources/venue/", VenueFactory, "Perhetalo Aurinko", "Kirjasto"),
        ("/admin/snippets/resources/theme/", ThemeFactory, "Talous arjessa", "Neuvola"),
    ],
)
def test_taxonomy_lists_find_by_name(admin_client, home_page, url, make, hit, miss):
    make(name=hit)
    make(name=miss)
    text = search(admin_client, url, hit.split()[0])
    assert hit in text
    assert miss not in text
