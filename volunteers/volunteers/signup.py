"""The sign-up service: store a sign-up with its consents and send the confirmation.

Views stay thin; tests call these functions directly.
"""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation

from cms.links import absolute_url
from cms.vocabularies import ConsentPurpose
from resources.models import current_privacy_notice_version
from volunteers.outbox.models import OutgoingEmail
from volunteers.outbox.services import queue_email
from volunteers.volunteers.eligibility import roles_needing_criminal_record
from volunteers.volunteers.models import (
    HouseholdChild,
    Volunteer,
    VolunteerConsent,
    VolunteerLanguage,
    VolunteerStatus,
)

VOLUNTEER_FIELDS = [
    "roles",
    "first_name",
    "last_name",
    "email",
    "phone",
    "municipality",
    "postcode",
    "gender",
    "max_travel_km",
    "adults",
    "child_age_min",
    "child_age_max",
    "availability",
    "meetings_per_month",
    "capacity",
    "wishes",
    "motivation",
    "heard_from",
]


def confirmation_url(volunteer: Volunteer) -> str:
    with translation.override(volunteer.language):
        path = reverse("volunteers:confirm", kwargs={"token": volunteer.confirmation_token})
    return absolute_url(path)


def send_confirmation(volunteer: Volunteer):
    """Queue the double opt-in email (sent by the worker after commit)."""
    return queue_email(
        to=volunteer.email,
        template="volunteers/email/signup_confirm",
        context={
            "volunteer": volunteer,
            "url": confirmation_url(volunteer),
            "days": settings.SIGNUP_CONFIRMATION_DAYS,
        },
        language=volunteer.language,
        purpose="signup-confirmation",
    )


def send_already_signed_up(volunteer: Volunteer, language: str):
    """Tell the address's owner they already signed up (the page reveals nothing)."""
    return queue_email(
        to=volunteer.email,
        template="volunteers/email/signup_existing",
        context={"volunteer": volunteer},
        language=language,
        purpose="signup-duplicate",
    )


def submit_signup(data: dict, *, language: str) -> Volunteer | None:
    """Store a sign-up from cleaned form ``data``; None when the email was known.

    A second sign-up with a known address creates nothing: an unconfirmed one gets
    its confirmation again, any other gets a "you already signed up" email.
    """
    existing = Volunteer.objects.filter(email__iexact=data["email"]).first()
    if existing is not None:
        _handle_duplicate(existing, language)
        return None
    try:
        with transaction.atomic():
            return _create(data, language)
    except IntegrityError:
        # Two sign-ups with the same address at the same moment: the other won.
        existing = Volunteer.objects.filter(email__iexact=data["email"]).first()
        if existing is not None:
            _handle_duplicate(existing, language)
        return None


# Repeated sign-ups with one address send at most one email of each kind (the
# confirmation again, or "you already signed up") per this interval, so the form
# cannot be used to flood someone's inbox.
EMAIL_INTERVAL = timedelta(hours=1)


def _emailed_recently(address: str, purpose: str) -> bool:
    return OutgoingEmail.objects.filter(
        to__iexact=address, purpose=purpose, created_at__gte=timezone.now() - EMAIL_INTERVAL
    ).exists()


def _handle_duplicate(existing: Volunteer, language: str):
    unconfirmed = existing.status == VolunteerStatus.SUBMITTED
    purpose = "signup-confirmation" if unconfirmed else "signup-duplicate"
    if _emailed_recently(existing.email, purpose):
        return
    if unconfirmed:
        send_confirmation(existing)
    else:
        send_already_signed_up(existing, language)


def _create(data: dict, language: str) -> Volunteer:
    volunteer = Volunteer(**{name: data[name] for name in VOLUNTEER_FIELDS}, language=language)
    volunteer.save()
    volunteer.interests.set(data.get("interests") or [])
    volunteer.save()
    VolunteerLanguage.objects.bulk_create(
        VolunteerLanguage(volunteer=volunteer, language=code, level=level)
        for code, level in data["languages"]
    )
    HouseholdChild.objects.bulk_create(
        HouseholdChild(volunteer=volunteer, birth_year=year)
        for year in data["children_birth_years"]
    )
    now = timezone.now()
    version = current_privacy_notice_version()
    consents = [ConsentPurpose.PRIVACY_NOTICE]
    if data.get("consent_criminal_record") and set(data["roles"]) & roles_needing_criminal_record():
        consents.append(ConsentPurpose.CRIMINAL_RECORD_CHECK)
    VolunteerConsent.objects.bulk_create(
        VolunteerConsent(
            volunteer=volunteer,
            purpose=purpose,
            given_at=now,
            language=language,
            privacy_notice_version=version,
        )
        for purpose in consents
    )
    send_confirmation(volunteer)
    return volunteer


def expire_unconfirmed_signups(now=None) -> int:
    """Delete sign-ups still unconfirmed after SIGNUP_CONFIRMATION_DAYS; the count."""
    now = now or timezone.now()
    limit = now - timedelta(days=settings.SIGNUP_CONFIRMATION_DAYS)
    expired = Volunteer.objects.filter(status=VolunteerStatus.SUBMITTED, created_at__lt=limit)
    # Only the Volunteer rows count; related rows cascade.
    count = expired.count()
    expired.delete()
    return count


def is_expired(volunteer: Volunteer, now=None) -> bool:
    now = now or timezone.now()
    return volunteer.status == VolunteerStatus.SUBMITTED and volunteer.created_at < now - timedelta(
        days=settings.SIGNUP_CONFIRMATION_DAYS
    )
