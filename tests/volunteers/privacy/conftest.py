import datetime

import pytest

from cms.vocabularies import ConsentPurpose, LanguageLevel, SpokenLanguage
from tests.factories.participants import ParticipantFactory
from volunteers.participants.models import (
    EsfProfile,
    HomeVisit,
    ParticipantConsent,
    ParticipantLanguage,
)


@pytest.fixture
def mother(worker):
    """A participant with a record worth exporting, in Arabic."""
    her = ParticipantFactory(
        first_name="Amina",
        last_name="Haddad",
        phone="+358 40 765 4321",
        email="amina@example.org",
        goals="Suomen kieli ja työ",
        worker=worker,
        entry_date=datetime.date(2025, 1, 10),
    )
    her.needs.add("talous")
    her.save()
    ParticipantLanguage.objects.create(
        participant=her, language=SpokenLanguage.ARABIC, level=LanguageLevel.NATIVE
    )
    ParticipantConsent.objects.create(
        participant=her, purpose=ConsentPurpose.MATCHING, language=SpokenLanguage.ARABIC
    )
    EsfProfile.objects.create(
        participant=her,
        stage="entry",
        recorded_on=datetime.date(2025, 1, 10),
        labour_market_status="unemployed",
    )
    HomeVisit.objects.create(
        participant=her,
        worker=worker,
        date=datetime.date(2025, 2, 1),
        topics="Kela",
        notes="Amina kertoi miehestään",
    )
    return her
