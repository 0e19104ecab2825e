import factory
from django.conf import settings
from django.utils import timezone

from cms.vocabularies import Availability, ConsentPurpose, LanguageLevel, VolunteerRole
from resources.models import Municipality
from volunteers.volunteers.models import (
    RequirementItem,
    RequirementKind,
    Volunteer,
    VolunteerLanguage,
    VolunteerStatus,
)


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality
        django_get_or_create = ("name",)

    name = "Kemi"
    latitude = "65.73630"
    longitude = "24.56370"


class VolunteerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Volunteer
        skip_postgeneration_save = True

    roles = factory.LazyFunction(lambda: [VolunteerRole.GODPARENT])
    first_name = factory.Faker("first_name", locale="fi_FI")
    last_name = factory.Faker("last_name", locale="fi_FI")
    email = factory.Sequence(lambda n: f"volunteer{n}@example.org")
    phone = "+358 40 123 4567"
    municipality = factory.SubFactory(MunicipalityFactory)
    availability = factory.LazyFunction(lambda: [Availability.EVENINGS])
    status = VolunteerStatus.CONFIRMED

    @factory.post_generation
    def languages(obj, create, extracted, **kwargs):
        if create:
            rows = [("fi", LanguageLevel.NATIVE)] if extracted is None else extracted
            for code, level in rows:
                VolunteerLanguage.objects.create(volunteer=obj, language=code, level=level)


class RequirementItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RequirementItem

    volunteer = factory.SubFactory(VolunteerFactory)
    kind = RequirementKind.INTERVIEW
    done_on = factory.LazyFunction(timezone.localdate)


def approved_volunteer(user=None, roles=(VolunteerRole.GODPARENT,), **kwargs):
    """An approved volunteer with every requirement of its roles, linked to ``user``."""
    from volunteers.volunteers.eligibility import ROLE_REQUIREMENTS

    volunteer = VolunteerFactory(
        status=VolunteerStatus.APPROVED, roles=list(roles), user=user, **kwargs
    )
    kinds = {kind for role in roles for kind in ROLE_REQUIREMENTS[role]}
    for kind in kinds:
        RequirementItemFactory(volunteer=volunteer, kind=kind)
    # Approval needs a privacy consent; the current version, so the portal opens.
    volunteer.consents.create(
        purpose=ConsentPurpose.PRIVACY_NOTICE,
        language=volunteer.language or "fi",
        privacy_notice_version=settings.PRIVACY_NOTICE_VERSION,
    )
    return volunteer
