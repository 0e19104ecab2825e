"""Outreach and partner work in the Activity report: mothers reached by outreach and how
many of them enrolled, per channel; referrals in and out. Hand-computed fixtures."""

import datetime

import pytest

from tests.factories.outreach import ChannelFactory, OutreachContactFactory, ReferralFactory
from tests.factories.participants import ParticipantFactory
from tests.volunteers.reports.test_figures import row, table
from volunteers.outreach.models import Referral
from volunteers.reports import period, sections
from volunteers.reports.suppression import SECONDARY, SMALL

pytestmark = pytest.mark.django_db
JAN_10 = datetime.date(2026, 1, 10)


@pytest.fixture
def outreach(kemi, tornio):
    """January in Kemi: the child health clinic reached seven mothers (five enrolled),
    the library six (none enrolled). Tornio: the clinic reached five. December: one
    more at the clinic in Kemi, outside the month."""
    clinic, library = ChannelFactory(name="Neuvola"), ChannelFactory(name="Kirjasto")
    for i in range(7):
        enrolled = ParticipantFactory(municipality=kemi) if i < 5 else None
        OutreachContactFactory(channel=clinic, municipality=kemi, date=JAN_10, participant=enrolled)
    for _ in range(6):
        OutreachContactFactory(channel=library, municipality=kemi, date=JAN_10)
    for _ in range(5):
        OutreachContactFactory(channel=clinic, municipality=tornio, date=JAN_10)
    OutreachContactFactory(channel=clinic, municipality=kemi, date=datetime.date(2025, 12, 30))


def test_outreach_contacts_and_enrolments_per_channel(outreach, january, english):
    reached = table(sections.activity(january), "outreach")
    assert reached.columns == ["mothers reached", "enrolled"]
    assert row(reached, "Neuvola") == [12, 5]
    assert row(reached, "Kirjasto") == [6, 0]
    assert row(reached, "total") == [18, 5]


def test_outreach_follows_the_municipality_filter(outreach, kemi, english):
    kemi_january = sections.Filters(period.month(2026, 1), kemi)
    reached = table(sections.activity(kemi_january), "outreach")
    assert row(reached, "Neuvola") == [7, 5]
    assert row(reached, "total") == [13, 5]
    whole = sections.Filters(period.WHOLE_PROJECT, kemi)
    assert row(table(sections.activity(whole), "outreach"), "Neuvola") == [8, 5]


def test_referrals_in_and_out_with_their_outcome(kemi, tornio, january, english):
    """In: eight from partners in January about Kemi families (six completed), one in
    December. Out: five to services from Tornio, one completed (a group under five)."""
    for i in range(8):
        ReferralFactory(
            direction=Referral.Direction.IN,
            date=JAN_10,
            participant=ParticipantFactory(municipality=kemi),
            status="completed" if i < 6 else "in_progress",
        )
    ReferralFactory(direction=Referral.Direction.IN, date=datetime.date(2025, 12, 1))
    for i in range(5):
        ReferralFactory(
            direction=Referral.Direction.OUT,
            date=JAN_10,
            participant=ParticipantFactory(municipality=tornio),
            status="completed" if i == 0 else "sent",
        )
    referrals = table(sections.activity(january), "referrals")
    assert referrals.columns == ["referrals", "completed"]
    # One completed out is under five; the total minus six would give it back, so the
    # six are hidden too.
    assert row(referrals, "in: partner → project") == [8, SECONDARY]
    assert row(referrals, "out: project → service") == [5, SMALL]
    assert row(referrals, "total") == [13, 7]
    kemi_only = sections.Filters(period.month(2026, 1), kemi)
    kemi_referrals = table(sections.activity(kemi_only), "referrals")
    assert row(kemi_referrals, "in: partner → project") == [8, 6]
    assert row(kemi_referrals, "out: project → service") == [0, 0]
