"""Referrals in and out: visible only to the participant's caseload and coordinators;
a partner professional sees the referrals she made and their status, nothing else."""

import pytest
from django.urls import reverse

from cms import roles
from tests.factories.outreach import ReferralFactory
from tests.factories.participants import ParticipantFactory
from volunteers.outreach.models import Referral

pytestmark = pytest.mark.django_db

OBJECT_VIEWS = ["edit", "delete", "history", "usage"]


@pytest.fixture
def own_referral(worker, organisation):
    mother = ParticipantFactory(first_name="Oma", worker=worker)
    return ReferralFactory(participant=mother, organisation=organisation, purpose="Velkaneuvonta")


@pytest.fixture
def others_referral(other_worker, organisation):
    mother = ParticipantFactory(first_name="Toisen", worker=other_worker)
    return ReferralFactory(participant=mother, organisation=organisation)


@pytest.fixture
def partners_referral(partner, organisation):
    """A referral in that the partner made, before the mother is enrolled."""
    return ReferralFactory(
        direction=Referral.Direction.IN,
        organisation=organisation,
        family_first_name="Sahra",
        purpose="Yksinäinen äiti",
        referred_by=partner,
        status=Referral.Status.IN_PROGRESS,
    )


def test_worker_lists_only_her_caseloads_referrals(
    client, worker, own_referral, others_referral, partners_referral
):
    client.force_login(worker)
    response = client.get(reverse("referrals:index"))
    assert list(response.context["object_list"]) == [own_referral]


def test_coordinator_lists_every_referral(
    client, coordinator, own_referral, others_referral, partners_referral
):
    client.force_login(coordinator)
    response = client.get(reverse("referrals:index"))
    assert set(response.context["object_list"]) == {
        own_referral,
        others_referral,
        partners_referral,
    }


@pytest.mark.parametrize("view", OBJECT_VIEWS)
def test_worker_gets_404_for_another_caseloads_referral(client, worker, others_referral, view):
    client.force_login(worker)
    response = client.get(reverse(f"referrals:{view}", args=[others_referral.pk]))
    assert response.status_code == 404


def test_worker_opens_her_caseloads_referral(client, worker, own_referral):
    client.force_login(worker)
    response = client.get(reverse("referrals:edit", args=[own_referral.pk]))
    assert response.status_code == 200
    assert "Velkaneuvonta" in response.content.decode()


def test_worker_cannot_refer_another_workers_participant(
    client, worker, others_referral, organisation
):
    client.force_login(worker)
    response = client.post(
        reverse("referrals:add"),
        {
            "direction": "out",
            "date": "2026-11-02",
            "organisation": organisation.pk,
            "participant": others_referral.participant_id,
            "family_first_name": "",
            "purpose": "Kela",
            "status": "sent",
            "outcome": "",
        },
    )
    assert response.status_code == 200  # the form again, with the choice refused
    assert Referral.objects.count() == 1


def test_worker_refers_her_participant_out(client, worker, own_referral, organisation):
    client.force_login(worker)
    response = client.post(
        reverse("referrals:add"),
        {
            "direction": "out",
            "date": "2026-11-02",
            "organisation": organisation.pk,
            "participant": own_referral.participant_id,
            "family_first_name": "",
            "purpose": "Kela-asiointi",
            "status": "sent",
            "outcome": "",
        },
    )
    assert response.status_code == 302
    referral = Referral.objects.get(purpose="Kela-asiointi")
    assert referral.referred_by == worker


@pytest.mark.parametrize(
    "group",
    [roles.EDITORS, roles.PARTNER_PROFESSIONALS, roles.VOLUNTEERS, roles.REPORT_READERS, None],
)
def test_other_roles_cannot_open_referrals_in_the_admin(client, make_user, own_referral, group):
    client.force_login(make_user(group))
    for url in (
        reverse("referrals:index"),
        reverse("referrals:edit", args=[own_referral.pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert "Velkaneuvonta" not in response.content.decode()


# --- The partner's page ---------------------------------------------------------------


def test_partner_sees_her_referrals_and_their_status(
    client, partner, partners_referral, own_referral
):
    client.force_login(partner)
    response = client.get(reverse("outreach:my_referrals"))
    assert response.status_code == 200
    assert list(response.context["referrals"]) == [partners_referral]
    page = response.content.decode()
    assert "Sahra" in page and "käsittelyssä" in page  # "in progress"
    # Another referral of her own organisation, made by the project: not hers to see.
    assert "Velkaneuvonta" not in page


def test_partner_does_not_see_another_partners_referrals(client, other_partner, partners_referral):
    client.force_login(other_partner)
    response = client.get(reverse("outreach:my_referrals"))
    assert list(response.context["referrals"]) == []
    assert "Sahra" not in response.content.decode()


def test_partner_refers_a_family_in(client, partner, organisation):
    client.force_login(partner)
    response = client.post(
        reverse("outreach:my_referrals"),
        {"family_first_name": "Fatuma", "purpose": "Haluaa tukiperheen"},
    )
    assert response.status_code == 302
    referral = Referral.objects.get()
    assert (referral.direction, referral.organisation, referral.referred_by) == (
        "in",
        organisation,
        partner,
    )
    assert referral.status == Referral.Status.SENT
    assert "Fatuma" in client.get(reverse("outreach:my_referrals")).content.decode()


def test_partner_form_keeps_what_was_typed_when_a_field_is_missing(client, partner):
    client.force_login(partner)
    response = client.post(
        reverse("outreach:my_referrals"), {"family_first_name": "", "purpose": "Tukea"}
    )
    assert response.status_code == 400
    assert "Tukea" in response.content.decode()
    assert not Referral.objects.exists()


def test_partner_without_an_organisation_cannot_refer(client, make_user):
    client.force_login(make_user(roles.PARTNER_PROFESSIONALS))
    page = client.get(reverse("outreach:my_referrals"))
    # "Your login is not linked to a partner organisation yet"
    assert "ei ole vielä liitetty kumppaniorganisaatioon" in page.content.decode()
    response = client.post(
        reverse("outreach:my_referrals"), {"family_first_name": "A", "purpose": "B"}
    )
    assert response.status_code == 403
    assert not Referral.objects.exists()


@pytest.mark.parametrize("group", [roles.PROJECT_WORKERS, roles.VOLUNTEERS, roles.EDITORS, None])
def test_other_roles_have_no_partner_page(client, make_user, partners_referral, group):
    client.force_login(make_user(group))
    response = client.get(reverse("outreach:my_referrals"))
    assert response.status_code == 403
    assert "Sahra" not in response.content.decode()


def test_anonymous_visitor_is_sent_to_log_in(client):
    response = client.get(reverse("outreach:my_referrals"))
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_partner_finds_her_referrals_from_the_front_page(client, partner, home_page):
    client.force_login(partner)
    page = client.get("/").content.decode()
    assert reverse("outreach:my_referrals") in page


def test_worker_has_no_partner_panel_on_the_front_page(client, worker, home_page):
    client.force_login(worker)
    page = client.get("/").content.decode()
    assert reverse("outreach:my_referrals") not in page
