"""Her outreach contact and the referrals about her are in her data export and are
emptied when she is erased (the rows stay for the counts)."""

import pytest

from tests.factories.outreach import OutreachContactFactory, ReferralFactory
from tests.factories.participants import ParticipantFactory
from volunteers.outreach.models import OutreachContact, Referral
from volunteers.privacy.erasure import erase_participant
from volunteers.privacy.export import participant_sections

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled(worker, channel, organisation):
    her = ParticipantFactory(first_name="Hodan", worker=worker)
    OutreachContactFactory(
        participant=her,
        channel=channel,
        first_name="Hodan",
        contact_consent=True,
        contact_details="040 111 2222",
        notes="Tavattiin neuvolassa",
    )
    ReferralFactory(participant=her, organisation=organisation, purpose="Velkaneuvonta")
    return her


def test_her_export_has_her_outreach_contact_and_referrals(enrolled):
    sections = {s["key"]: s for s in participant_sections(enrolled)}
    values = [field["value"] for row in sections["outreach"]["rows"] for field in row]
    assert "040 111 2222" in values and "Neuvola" in values
    referral_values = [field["value"] for row in sections["referrals"]["rows"] for field in row]
    assert "Velkaneuvonta" in referral_values


def test_erasure_empties_her_outreach_contact_and_referrals(enrolled):
    erase_participant(enrolled)
    contact = OutreachContact.objects.get()
    assert (contact.first_name, contact.contact_details, contact.notes) == ("", "", "")
    assert contact.participant_id == enrolled.pk  # still counted as reached → enrolled
    assert Referral.objects.get().purpose == ""
