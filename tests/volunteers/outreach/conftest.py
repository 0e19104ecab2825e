import pytest

from cms import roles
from tests.factories.outreach import (
    ChannelFactory,
    OutreachContactFactory,
    PartnerContactFactory,
    PartnerOrganisationFactory,
)


@pytest.fixture(autouse=True)
def municipalities(seeded_municipalities):
    """Every outreach record names a municipality."""


@pytest.fixture
def channel(db):
    return ChannelFactory(name="Neuvola")


@pytest.fixture
def organisation(db):
    return PartnerOrganisationFactory(name="Kemin neuvola")


@pytest.fixture
def partner(make_user, organisation):
    """A partner professional whose login is linked to her organisation's contact."""
    user = make_user(roles.PARTNER_PROFESSIONALS)
    PartnerContactFactory(organisation=organisation, name="Päivi Kumppani", user=user)
    return user


@pytest.fixture
def other_partner(make_user):
    user = make_user(roles.PARTNER_PROFESSIONALS)
    PartnerContactFactory(name="Toinen Kumppani", user=user)
    return user


@pytest.fixture
def own_contact(worker, channel):
    return OutreachContactFactory(first_name="Oma", worker=worker, channel=channel)


@pytest.fixture
def others_contact(other_worker, channel):
    return OutreachContactFactory(first_name="Toisen", worker=other_worker, channel=channel)
