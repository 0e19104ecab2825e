"""A small matchable cohort: participants and volunteers that pass every hard rule."""

import datetime

from django.utils import timezone

from cms.vocabularies import ConsentPurpose, LanguageLevel, VolunteerRole
from resources.models.places import ensure_seed_municipalities
from tests.factories.participants import (
    ConsentFactory,
    ParticipantFactory,
    ParticipantLanguageFactory,
)
from tests.factories.volunteers import approved_volunteer
from volunteers.volunteers.models import VolunteerConsent


def matchable_participant(languages=(("fi", LanguageLevel.BASIC),), **kwargs):
    """A participant with a current matching consent, wishing for a godparent."""
    ensure_seed_municipalities()
    kwargs.setdefault("wished_role", VolunteerRole.GODPARENT)
    kwargs.setdefault("entry_date", timezone.localdate() - datetime.timedelta(days=40))
    participant = ParticipantFactory(**kwargs)
    for code, level in languages:
        ParticipantLanguageFactory(participant=participant, language=code, level=level)
    ConsentFactory(participant=participant)
    return participant


def matchable_volunteer(languages=(("fi", LanguageLevel.NATIVE),), **kwargs):
    """An approved, eligible, consenting godparent in Kemi with room for one family."""
    ensure_seed_municipalities()
    from resources.models import Municipality

    kwargs.setdefault("municipality", Municipality.objects.get(name="Kemi"))
    kwargs.setdefault("gender", "woman")
    volunteer = approved_volunteer(languages=list(languages), **kwargs)
    VolunteerConsent.objects.create(
        volunteer=volunteer,
        purpose=ConsentPurpose.PRIVACY_NOTICE,
        language="fi",
        privacy_notice_version="2026-01",
    )
    return volunteer
