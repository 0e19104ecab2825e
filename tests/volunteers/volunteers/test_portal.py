import pytest
from django.urls import reverse

from cms import roles
from tests.factories.volunteers import VolunteerFactory, approved_volunteer
from volunteers.volunteers.eligibility import eligible_for_role
from volunteers.volunteers.models import Volunteer, VolunteerStatus

pytestmark = pytest.mark.django_db


@pytest.fixture
def volunteer(make_user):
    return approved_volunteer(
        user=make_user(roles.VOLUNTEERS), first_name="Ville", availability=["evenings"]
    )


@pytest.fixture
def other_volunteer(make_user):
    return approved_volunteer(user=make_user(roles.VOLUNTEERS), first_name="Outi")


def profile_data(volunteer, **overrides):
    data = {
        "first_name": volunteer.first_name,
        "last_name": volunteer.last_name,
        "phone": volunteer.phone,
        "municipality": str(volunteer.municipality_id),
        "postcode": "",
        "max_travel_km": "20",
        "child_age_min": "0",
        "child_age_max": "17",
        "availability": volunteer.availability,
        "meetings_per_month": "2",
        "capacity": "1",
        "interests": "luonto",
        "wishes": [],
    }
    data.update(overrides)
    return data


def test_the_volunteer_sees_their_own_page(client, home_page, volunteer, other_volunteer):
    client.force_login(volunteer.user)
    html = client.get("/en/volunteer/me/").content.decode()
    assert "Ville" in html
    assert "Outi" not in html


def test_the_volunteer_edits_their_availability(client, home_page, volunteer):
    client.force_login(volunteer.user)
    response = client.post(
        "/en/volunteer/me/edit/", profile_data(volunteer, availability=["weekends", "weekdays"])
    )
    assert response.status_code == 302
    volunteer.refresh_from_db()
    assert volunteer.availability == ["weekdays", "weekends"]
    assert [t.name for t in volunteer.interests.all()] == ["luonto"]


def test_an_invalid_edit_keeps_the_input_and_changes_nothing(client, home_page, volunteer):
    client.force_login(volunteer.user)
    response = client.post(
        "/en/volunteer/me/edit/", profile_data(volunteer, capacity="0", phone="+358 50 999 8888")
    )
    assert response.status_code == 400
    assert "greater than or equal to 1" in response.content.decode()
    assert 'value="+358 50 999 8888"' in response.content.decode()
    assert Volunteer.objects.get(pk=volunteer.pk).capacity == 1


def test_the_volunteer_pauses_and_resumes(client, home_page, volunteer):
    client.force_login(volunteer.user)
    client.post("/volunteer/me/pause/", {"paused": "1"})
    volunteer.refresh_from_db()
    assert volunteer.paused and volunteer.paused_at
    assert list(eligible_for_role(Volunteer.objects.all(), "godparent")) == []
    client.post("/volunteer/me/pause/", {"paused": "0"})
    volunteer.refresh_from_db()
    assert not volunteer.paused


def test_pausing_needs_a_post(client, home_page, volunteer):
    client.force_login(volunteer.user)
    assert client.get("/volunteer/me/pause/").status_code == 405


def test_a_volunteer_no_longer_approved_has_no_portal(client, home_page, volunteer):
    Volunteer.objects.filter(pk=volunteer.pk).update(status=VolunteerStatus.WITHDRAWN)
    client.force_login(volunteer.user)
    assert client.get("/volunteer/me/").status_code == 404


def test_the_front_page_links_a_volunteer_to_their_page(client, home_page, volunteer):
    client.force_login(volunteer.user)
    assert 'href="/volunteer/me/"' in client.get("/").content.decode()


def test_the_public_front_page_links_to_the_sign_up(client, home_page):
    assert 'href="/volunteer/sign-up/"' in client.get("/").content.decode()


PORTAL_URLS = ["/volunteer/me/", "/volunteer/me/edit/"]


@pytest.mark.parametrize("url", [*PORTAL_URLS, "/volunteer/me/pause/"])
def test_anonymous_is_sent_to_log_in(client, home_page, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


@pytest.mark.parametrize("url", PORTAL_URLS)
def test_a_coordinator_without_a_profile_gets_not_found(client, home_page, make_user, url):
    client.force_login(make_user(roles.COORDINATORS))
    assert client.get(url).status_code == 404


def test_another_volunteers_edit_never_touches_the_first(
    client, home_page, volunteer, other_volunteer
):
    client.force_login(other_volunteer.user)
    client.post("/volunteer/me/edit/", profile_data(other_volunteer, capacity="3"))
    assert Volunteer.objects.get(pk=volunteer.pk).capacity == 1
    assert Volunteer.objects.get(pk=other_volunteer.pk).capacity == 3


def admin_urls(volunteer):
    return [
        "/admin/volunteers/",
        f"/admin/volunteers/edit/{volunteer.pk}/",
        f"/admin/volunteers/inspect/{volunteer.pk}/",
        f"/admin/volunteers/{volunteer.pk}/screening/",
        "/admin/volunteers/?export=csv",
        "/admin/screening/",
        "/admin/screening/new/",
        "/admin/volunteers/new/",
    ]


def test_coordinators_open_every_admin_volunteer_url(client, home_page, make_user):
    target = VolunteerFactory()
    client.force_login(make_user(roles.COORDINATORS))
    for url in admin_urls(target):
        response = client.get(url)
        assert response.status_code == 200, url
        # Pages about her (and the list and export) show her; the "new" forms and the
        # requirement list (she has no requirements yet) are forms and lists.
        about_her = url.startswith("/admin/volunteers/") and not url.endswith("/new/")
        expected = target.last_name if about_her else "<form"
        assert expected in response.content.decode(), url


def test_volunteers_open_no_admin_volunteer_url(client, home_page, volunteer):
    client.force_login(volunteer.user)
    for url in admin_urls(volunteer):
        response = client.get(url)
        # A volunteer has no admin access: Wagtail sends her to the admin login.
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("wagtailadmin_login")), url
        assert volunteer.email not in response.content.decode()


def test_anonymous_opens_no_admin_volunteer_url(client, home_page):
    target = VolunteerFactory()
    for url in admin_urls(target):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/admin/login/" in response.url


@pytest.mark.parametrize("group", [roles.EDITORS, roles.PROJECT_WORKERS, roles.REPORT_READERS])
def test_other_staff_see_no_volunteer_in_the_admin(client, home_page, make_user, group):
    target = VolunteerFactory()
    client.force_login(make_user(group))
    for url in admin_urls(target):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == reverse("wagtailadmin_home"), url


def test_the_volunteer_reads_the_guides_meant_for_volunteers_only(client, home_page, volunteer):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    from resources.models import GuideIndexPage, GuidePage

    index = home_page.add_child(instance=GuideIndexPage(title="Oppaat", slug="oppaat"))
    for_volunteers = index.add_child(instance=GuidePage(title="Kotoutumisen tuki", slug="tuki"))
    for_partners = index.add_child(instance=GuidePage(title="Vain kumppaneille", slug="kumppanit"))
    restriction = PageViewRestriction.objects.create(
        page=for_partners, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name=roles.PARTNER_PROFESSIONALS)])
    client.force_login(volunteer.user)
    page = client.get("/volunteer/me/").text
    assert for_volunteers.title in page
    assert for_partners.title not in page
