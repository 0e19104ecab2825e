"""A volunteer's login follows her state: withdrawn or rejected closes it at once;
an approved volunteer whose invitation got lost can ask for a new link."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Page, PageViewRestriction

from cms import roles
from resources.documents import ensure_private_collection
from tests.factories.volunteers import VolunteerFactory
from volunteers.outbox.models import OutgoingEmail
from volunteers.volunteers import screening
from volunteers.volunteers.models import VolunteerStatus

pytestmark = pytest.mark.django_db
S = VolunteerStatus


@pytest.fixture
def coordinator(make_user):
    return make_user(roles.COORDINATORS)


@pytest.fixture
def intranet_page(home_page):
    page = home_page.add_child(instance=Page(title="Vapaaehtoisten sivu", slug="vapaaehtoiset"))
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=roles.INTRANET_READERS))
    return page


@pytest.fixture
def private_document(db):
    document = Document(title="Tehtäväpaketti", collection=ensure_private_collection())
    document.file.save("paketti.txt", ContentFile(b"sisalto"), save=True)
    return document


def _approved(coordinator):
    volunteer = VolunteerFactory(status=S.TRAINED)
    screening.move(volunteer, S.APPROVED, by=coordinator)
    volunteer.refresh_from_db()
    return volunteer


@pytest.mark.parametrize("target", [S.WITHDRAWN, S.REJECTED])
def test_withdrawing_or_rejecting_closes_the_login_at_once(
    client, coordinator, intranet_page, private_document, target
):
    volunteer = _approved(coordinator)
    if target == S.REJECTED:
        # Rejection comes before approval: a volunteer who came back and is screened again.
        screening.move(volunteer, S.WITHDRAWN, by=coordinator)
        screening.move(volunteer, S.CONFIRMED, by=coordinator)
        screening.move(volunteer, S.INTERVIEWED, by=coordinator)
        volunteer.user.is_active = True
        volunteer.user.groups.add(Group.objects.get(name=roles.VOLUNTEERS))
        volunteer.user.save()
    client.force_login(volunteer.user)
    assert client.get(intranet_page.url).status_code == 200
    assert client.get(private_document.url).status_code == 200

    screening.move(volunteer, target, by=coordinator, reason="Ei jatka")

    volunteer.user.refresh_from_db()
    assert not volunteer.user.is_active
    assert not volunteer.user.groups.exists()
    assert client.get(intranet_page.url).status_code == 302
    assert client.get(private_document.url).status_code == 302
    assert client.get("/volunteer/me/").status_code == 302


def test_approval_after_coming_back_opens_the_login_again(client, coordinator):
    volunteer = _approved(coordinator)
    screening.move(volunteer, S.WITHDRAWN, by=coordinator)
    for status in (S.CONFIRMED, S.INTERVIEWED, S.TRAINED, S.APPROVED):
        screening.move(volunteer, status, by=coordinator)
    volunteer.user.refresh_from_db()
    assert volunteer.user.is_active
    assert volunteer.user.groups.filter(name=roles.VOLUNTEERS).exists()


def test_a_staff_member_who_also_volunteered_keeps_her_staff_login(coordinator, make_user):
    worker = make_user(roles.PROJECT_WORKERS, email="tyontekija@example.org")
    volunteer = VolunteerFactory(status=S.TRAINED, email="tyontekija@example.org")
    screening.move(volunteer, S.APPROVED, by=coordinator)
    screening.move(volunteer, S.WITHDRAWN, by=coordinator)
    worker.refresh_from_db()
    assert worker.is_active
    assert list(worker.groups.values_list("name", flat=True)) == [roles.PROJECT_WORKERS]


def test_an_approved_volunteer_without_a_password_gets_a_new_link(client, coordinator, home_page):
    volunteer = _approved(coordinator)
    assert not volunteer.user.has_usable_password()
    response = client.post("/en/accounts/password_reset/", {"email": volunteer.email.upper()})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [volunteer.email]
    assert "/accounts/reset/" in mail.outbox[0].body


def test_a_withdrawn_volunteer_gets_no_link(client, coordinator, home_page):
    volunteer = _approved(coordinator)
    screening.move(volunteer, S.WITHDRAWN, by=coordinator)
    response = client.post("/en/accounts/password_reset/", {"email": volunteer.email})
    assert response.status_code == 302  # the same page: the form reveals nothing
    assert mail.outbox == []


def test_an_account_without_a_password_outside_the_volunteers_gets_no_link(
    client, make_user, home_page
):
    user = make_user(roles.EDITORS, email="ei-salasanaa@example.org")
    user.set_unusable_password()
    user.save()
    client.post("/en/accounts/password_reset/", {"email": "ei-salasanaa@example.org"})
    assert mail.outbox == []


def test_the_invitation_says_how_to_ask_for_a_new_link(coordinator, english):
    volunteer = VolunteerFactory(status=S.TRAINED, language="en")
    screening.move(volunteer, S.APPROVED, by=coordinator)
    body = OutgoingEmail.objects.get(purpose="volunteer-invitation").body
    assert "/en/accounts/password_reset/" in body
    assert volunteer.email in body
