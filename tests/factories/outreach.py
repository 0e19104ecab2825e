"""Factories for outreach: channels, partners, contacts and referrals (fictional)."""

import factory
from django.utils import timezone

from volunteers.outreach.models import (
    OutreachChannel,
    OutreachContact,
    PartnerContact,
    PartnerOrganisation,
    Referral,
)


class ChannelFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutreachChannel
        django_get_or_create = ["name"]

    name = "Neuvola"


class PartnerOrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerOrganisation

    name = factory.Sequence(lambda n: f"Kumppani {n} ry")


class PartnerContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerContact

    organisation = factory.SubFactory(PartnerOrganisationFactory)
    name = factory.Sequence(lambda n: f"Yhteyshenkilö {n}")


class OutreachContactFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OutreachContact

    date = factory.LazyFunction(timezone.localdate)
    channel = factory.SubFactory(ChannelFactory)
    first_name = factory.Sequence(lambda n: f"Tavattu{n}")


class ReferralFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Referral

    direction = Referral.Direction.OUT
    organisation = factory.SubFactory(PartnerOrganisationFactory)
    purpose = "Kielikurssi"
