"""Helpers shared by the participant tests: admin form data."""

import datetime

from django.utils import timezone

from resources.models import Municipality

INLINES = ["languages", "children", "consents", "esf_profiles"]


def participant_form_data(worker, **overrides):
    """Valid POST data for the participant admin form, with empty inlines."""
    data = {
        "first_name": "محمد",
        "last_name": "Ñúñez-Äijälä",
        "phone": "",
        "email": "",
        "reminder_channel": "sms",
        "municipality": str(Municipality.objects.get(name="Tornio").pk),
        "postcode": "95400",
        "spouse_involvement": "unknown",
        "needs": "",
        "goals": "",
        "interests": "",
        "wished_role": "",
        "reached_via": "neuvola",
        "entry_date": str(timezone.localdate() - datetime.timedelta(days=3)),
        "exit_date": "",
        "exit_reason": "",
        "worker": str(worker.pk),
    }
    for prefix in INLINES:
        data.update(
            {
                f"{prefix}-TOTAL_FORMS": "0",
                f"{prefix}-INITIAL_FORMS": "0",
                f"{prefix}-MIN_NUM_FORMS": "0",
                f"{prefix}-MAX_NUM_FORMS": "1000",
            }
        )
    data.update(overrides)
    return data


def with_child(data, birth_year):
    data = dict(data)
    data.update(
        {
            "children-TOTAL_FORMS": "1",
            "children-0-birth_year": str(birth_year),
            "children-0-id": "",
            "children-0-ORDER": "0",
            "children-0-DELETE": "",
        }
    )
    return data


def english_admin(user):
    """Make the admin speak English to `user`, so tests can read the messages."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user
