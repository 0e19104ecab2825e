"""Demo childcare helper (fictional; idempotent): the first eligible volunteer helps
at the next upcoming theme meeting, so the coordinator's meeting view shows one.

Written directly, not through assign(): the demo sends no email.
"""

from django.utils import timezone
from wagtail.models import Locale

from resources.models import ThemeMeetingPage, source_meeting
from volunteers.volunteers.meeting_helpers import eligible_helpers
from volunteers.volunteers.models import MeetingHelper


def load(coordinator=None) -> int:
    if MeetingHelper.objects.exists():
        return 0
    meeting = (
        ThemeMeetingPage.objects.filter(
            start__gt=timezone.now(), cancelled=False, locale=Locale.get_default()
        )
        .order_by("start", "pk")
        .first()
    )
    volunteer = eligible_helpers().first()
    if meeting is None or volunteer is None:
        return 0
    MeetingHelper.objects.create(
        meeting=source_meeting(meeting), volunteer=volunteer, assigned_by=coordinator
    )
    return 1
