"""The staff calendar's items, gathered from the apps through a hook.

Each app registers a ``calendar_items`` hook: a function taking ``(user, start, end)``
(dates, end exclusive) and returning ``CalendarItem`` objects for what that user may
see in those days: theme meetings (resources), the worker's own home visits
(participants), check-ins due (matching). The admin calendar and each worker's private
iCal feed (home/calendar.py) show the same items; the feed uses ``feed_title`` only,
which names no person, because a subscribed calendar copies it to another service.
"""

import datetime
from dataclasses import dataclass

from wagtail import hooks


@dataclass(frozen=True)
class CalendarItem:
    kind: str  # "meeting", "home_visit", "checkin": a CSS class and a legend entry
    uid: str  # stable across the site's addresses and the item's changes
    title: str  # shown in the admin, behind the login
    feed_title: str  # shown in the private feed: no names of people
    start: datetime.datetime | datetime.date  # a date alone is an all-day item
    end: datetime.datetime | None = None
    url: str = ""  # where the item opens in the site or the admin
    location: str = ""
    object_id: int | None = None

    @property
    def day(self) -> datetime.date:
        if isinstance(self.start, datetime.datetime):
            from django.utils import timezone

            return timezone.localtime(self.start).date()
        return self.start

    @property
    def all_day(self) -> bool:
        return not isinstance(self.start, datetime.datetime)


def items_for(user, start: datetime.date, end: datetime.date) -> list[CalendarItem]:
    """Every app's items for ``user`` from ``start`` up to (not including) ``end``."""
    items = []
    for hook in hooks.get_hooks("calendar_items"):
        items.extend(hook(user, start, end) or ())
    return sorted(items, key=lambda i: (i.day, i.all_day is False, str(i.start), i.title))
