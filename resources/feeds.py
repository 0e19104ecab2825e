"""iCalendar feed of the upcoming theme meetings."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET
from icalendar import Calendar, Event, vText
from wagtail.models import Locale

from .models import ThemeMeetingPage, upcoming_meetings
from .models.meetings import attach_places
from .privacy import viewable

FEED_DAYS = 180


@require_GET
def meetings_ical(request):
    """Upcoming meetings in the current language (the next six months) as text/calendar.

    Only meetings the request may view are included, so a calendar app subscribed
    anonymously never receives intranet-only meetings.
    """
    now = timezone.now()
    meetings = viewable(
        upcoming_meetings(ThemeMeetingPage.objects.filter(locale=Locale.get_active()), now=now),
        request,
    ).filter(start__lte=now + datetime.timedelta(days=FEED_DAYS))

    calendar = Calendar()
    calendar.add("prodid", "-//Tukiverkko//theme meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Theme meetings"))
    host = request.get_host()
    for meeting in attach_places(meetings):
        event = Event()
        # The translation key is shared by the translations of a meeting, so a
        # calendar that switches language updates the same event.
        event.add("uid", f"{meeting.translation_key}@{host}")
        event.add("summary", meeting.title)
        event.add("dtstart", meeting.start)
        event.add("dtend", meeting.end)
        event.add("dtstamp", meeting.last_published_at or now)
        event["location"] = vText(f"{meeting.place.name}, {meeting.place.address}")
        event.add("url", request.build_absolute_uri(meeting.get_url(request)))
        description = [_("Language group: %s") % meeting.get_language_group_display()]
        if meeting.childcare_places:
            description.append(_("Childcare places: %d") % meeting.childcare_places)
        event.add("description", " · ".join(description))
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="theme-meetings.ics"'
    return response
