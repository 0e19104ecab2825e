"""Session lifetimes: staff 30 idle minutes and 12 hours at most; volunteers 14 days."""

from datetime import timedelta

import pytest
from freezegun import freeze_time

from cms import roles

pytestmark = pytest.mark.django_db

START = "2026-03-02 07:00:00"


def _logged_in(client, url="/admin/"):
    response = client.get(url)
    return response.status_code == 200


@pytest.mark.parametrize("group", [roles.COORDINATORS, roles.EDITORS])
def test_a_staff_session_ends_after_30_idle_minutes(client, home_page, make_user, group):
    with freeze_time(START) as clock:
        client.force_login(make_user(group))
        assert _logged_in(client)
        clock.tick(timedelta(minutes=29))
        assert _logged_in(client)
        clock.tick(timedelta(minutes=31))
        response = client.get("/admin/")
        assert response.status_code == 302
        assert "login" in response["Location"]


def test_a_busy_staff_session_still_ends_after_12_hours(client, home_page, make_user):
    with freeze_time(START) as clock:
        client.force_login(make_user(roles.COORDINATORS))
        for _ in range(12 * 60 // 20 - 1):
            clock.tick(timedelta(minutes=20))
            assert _logged_in(client)
        clock.tick(timedelta(minutes=21))
        assert not _logged_in(client)


def test_a_staff_session_cookie_does_not_outlive_the_idle_limit(client, home_page, make_user):
    with freeze_time(START):
        client.force_login(make_user(roles.COORDINATORS))
        client.get("/admin/")
        assert client.session.get_expiry_age() <= 30 * 60


def test_a_volunteer_stays_logged_in_for_days(client, home_page, make_user):
    volunteer = make_user(roles.VOLUNTEERS, first_name="Äijälä")
    with freeze_time(START) as clock:
        client.force_login(volunteer)
        clock.tick(timedelta(days=13))
        assert "Äijälä" in client.get("/").text
        clock.tick(timedelta(days=15))
        assert "Äijälä" not in client.get("/").text
