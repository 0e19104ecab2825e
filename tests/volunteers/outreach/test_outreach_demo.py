"""The demo covers outreach: channels, partners with the demo partner's login linked,
contacts (one enrolled), referrals in and out; loading twice adds nothing."""

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction

from home import demo
from volunteers.outreach import access
from volunteers.outreach.models import (
    OutreachChannel,
    OutreachContact,
    PartnerContact,
    Referral,
)

# One worker runs the whole module, so the demo below is loaded once, not once per worker.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("outreach-demo")]


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker):
    """Loaded twice for the module (the second load must add nothing), then rolled back."""
    with django_db_blocker.unblock():
        with transaction.atomic():
            demo.load()
            demo.load()
            yield
            transaction.set_rollback(True)


def test_demo_has_the_channel_vocabulary_and_partners(loaded):
    assert OutreachChannel.objects.filter(name="Neuvola").exists()
    partner = get_user_model().objects.get(username="partner")
    assert PartnerContact.objects.get(user=partner).organisation.name == "Kemin neuvola (demo)"


def test_demo_has_outreach_contacts_and_one_enrolled(loaded):
    assert OutreachContact.objects.count() == 7
    assert OutreachContact.objects.converted().count() == 1


def test_demo_has_referrals_in_and_out_and_the_partner_sees_hers(loaded):
    assert set(Referral.objects.values_list("direction", flat=True)) == {"in", "out"}
    partner = get_user_model().objects.get(username="partner")
    assert access.own_referrals(partner).count() == 2
