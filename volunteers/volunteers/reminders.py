"""Reminders to coordinators about screening requirements that end soon."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from cms import roles
from volunteers.outbox.services import queue_email
from volunteers.volunteers.models import RequirementItem


def expiring_items(today=None):
    """Requirement items ending within REQUIREMENT_REMINDER_DAYS, not yet reminded."""
    today = today or timezone.localdate()
    horizon = today + timedelta(days=settings.REQUIREMENT_REMINDER_DAYS)
    return RequirementItem.objects.filter(
        valid_until__isnull=False,
        valid_until__gte=today,
        valid_until__lte=horizon,
        reminded_at__isnull=True,
    ).select_related("volunteer")


@transaction.atomic
def send_requirement_reminders(today=None) -> int:
    """One email per coordinator listing the items; each item is reminded once."""
    items = list(expiring_items(today).select_for_update(of=("self",)))
    if not items:
        return 0
    coordinators = (
        get_user_model()
        .objects.with_perm(
            roles.SCREEN_VOLUNTEERS,
            is_active=True,
            include_superusers=False,
            backend=roles.MODEL_BACKEND,
        )
        .exclude(email="")
    )
    for coordinator in coordinators:
        queue_email(
            to=coordinator.email,
            template="volunteers/email/requirement_reminder",
            context={"items": items, "coordinator": coordinator},
            language=settings.LANGUAGE_CODE,
            purpose="requirement-reminder",
        )
    RequirementItem.objects.filter(pk__in=[i.pk for i in items]).update(reminded_at=timezone.now())
    return len(items)
