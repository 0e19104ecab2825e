"""What coordinators keep: the channel vocabulary, the partner register (contact
people linked to Partner-professional logins) and the retention period. Workers
read the partner register; nobody else opens any of it."""

import pytest
from django.urls import reverse

from cms import roles
from tests.factories.outreach import ChannelFactory, PartnerContactFactory
from tests.refusals import assert_refused, refused_to
from volunteers.outreach.models import OutreachChannel, OutreachSettings, PartnerContact

pytestmark = pytest.mark.django_db


def test_coordinator_adds_an_outreach_channel(client, coordinator):
    client.force_login(coordinator)
    response = client.post(
        reverse("outreach_channels:add"),
        {"name": "Kirjasto", "sort_order": 3, "active": "on"},
    )
    assert response.status_code == 302
    assert OutreachChannel.objects.filter(name="Kirjasto", active=True).exists()


def test_a_retired_channel_is_not_offered_for_new_contacts(client, worker):
    ChannelFactory(name="Neuvola")
    ChannelFactory(name="Vanha messu", active=False)
    client.force_login(worker)
    page = client.get(reverse("outreach_contacts:add")).content.decode()
    assert "Neuvola" in page
    assert "Vanha messu" not in page


def test_worker_cannot_edit_the_channel_vocabulary(client, worker):
    client.force_login(worker)
    response = client.get(reverse("outreach_channels:add"))
    assert_refused(response, to="dashboard")


def test_coordinator_links_a_contact_person_to_a_partner_login(
    client, coordinator, organisation, make_user
):
    login = make_user(roles.PARTNER_PROFESSIONALS)
    client.force_login(coordinator)
    response = client.post(
        reverse("partner_contacts:add"),
        {
            "organisation": organisation.pk,
            "name": "Liisa Laine",
            "title": "terveydenhoitaja",
            "phone": "",
            "email": "",
            "user": login.pk,
        },
    )
    assert response.status_code == 302
    assert PartnerContact.objects.get().user == login


def test_worker_reads_the_partner_register_but_does_not_change_it(client, worker, organisation):
    PartnerContactFactory(organisation=organisation, name="Liisa Laine")
    client.force_login(worker)
    assert "Kemin neuvola" in client.get(reverse("partner_organisations:index")).content.decode()
    response = client.get(reverse("partner_organisations:edit", args=[organisation.pk]))
    assert_refused(response, to="dashboard")


@pytest.mark.parametrize(
    "group", [roles.EDITORS, roles.PARTNER_PROFESSIONALS, roles.VOLUNTEERS, roles.REPORT_READERS]
)
def test_other_roles_cannot_open_the_partner_register(client, make_user, organisation, group):
    PartnerContactFactory(organisation=organisation, name="Liisa Laine")
    client.force_login(make_user(group))
    for name in ("partner_organisations:index", "partner_contacts:index"):
        response = client.get(reverse(name))
        assert_refused(response, to=refused_to(group))
        assert "Liisa Laine" not in response.content.decode()


def settings_url():
    return reverse(
        "wagtailsettings:edit", args=["outreach", "outreachsettings", OutreachSettings.load().pk]
    )


def test_coordinator_sets_the_retention_period(client, coordinator):
    client.force_login(coordinator)
    response = client.post(settings_url(), {"retention_days": 90})
    assert response.status_code == 302
    assert OutreachSettings.load().retention_days == 90


def test_worker_cannot_change_the_retention_period(client, worker):
    client.force_login(worker)
    response = client.post(settings_url(), {"retention_days": 9999})
    assert_refused(response, to="dashboard")
    assert OutreachSettings.load().retention_days == 180
