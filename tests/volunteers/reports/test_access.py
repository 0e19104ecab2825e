"""Who reaches the reports: Report readers, coordinators and superusers; nobody else."""

import pytest

from cms import roles
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db

URLS = [
    "/admin/reporting/",
    "/admin/reporting/esf/",
    "/admin/reporting/activity/",
    "/admin/reporting/volunteers/",
    "/admin/reporting/outcomes/",
    "/admin/reporting/export/xlsx/?report=all",
    "/admin/reporting/export/csv/?report=esf",
    "/admin/reporting/print/",
]


def statuses(client):
    return {url: client.get(url).status_code for url in URLS}


@pytest.mark.parametrize("group", [roles.REPORT_READERS, roles.COORDINATORS])
def test_readers_and_coordinators_get_every_report_and_export(client, home_page, make_user, group):
    client.force_login(make_user(group))
    assert statuses(client) == dict.fromkeys(URLS, 200)


def test_superusers_get_every_report_and_export(client, home_page):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    assert statuses(client) == dict.fromkeys(URLS, 200)


def test_anonymous_users_are_sent_to_log_in(client, home_page):
    for url in URLS:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/"), url


@pytest.mark.parametrize("group", [roles.VOLUNTEERS, roles.PARTNER_PROFESSIONALS])
def test_roles_without_admin_access_are_sent_to_the_admin_login(
    client, home_page, make_user, group
):
    client.force_login(make_user(group))
    for url in URLS:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/"), url


@pytest.mark.parametrize("group", [roles.EDITORS, roles.PROJECT_WORKERS])
def test_admin_users_without_the_permission_are_turned_back(client, home_page, make_user, group):
    # Wagtail answers a PermissionDenied in its admin with a redirect to the admin's
    # start page and a "permission denied" message.
    client.force_login(make_user(group))
    for url in URLS:
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/admin/"), url


def test_the_menu_shows_reports_to_a_report_reader_only(client, home_page, make_user):
    client.force_login(make_user(roles.REPORT_READERS))
    assert "/admin/reporting/" in client.get("/admin/").text
    client.force_login(make_user(roles.EDITORS))
    assert "/admin/reporting/" not in client.get("/admin/").text
