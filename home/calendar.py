"""The staff calendar in the admin (month and week) and each user's private iCal feed.

The items come from the apps' ``calendar_items`` hooks (cms/calendar.py). The feed's
address holds a secret token (home.models.CalendarFeedToken, stored hashed); the user
makes, renews or turns it off on the calendar page. The feed shows only that user's
items, under titles that name no person.
"""

import calendar as pycalendar
import datetime
import hashlib
import secrets

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.dateparse import parse_date
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView
from icalendar import Calendar, Event
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.users.models import UserProfile

from cms.calendar import items_for
from home.models import CalendarFeedToken

# The calendar is for those who run meetings and visit families.
CALENDAR_PERMISSION = "participants.view_participant"
FEED_PAST_DAYS = 60
FEED_FUTURE_DAYS = 365
UID_DOMAIN = "kalenteri.tukiverkko"


def may_use_calendar(user) -> bool:
    return bool(user and user.is_active and user.has_perm(CALENDAR_PERMISSION))


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_feed_token(user) -> str:
    """Make (or replace) the user's feed token; the old address stops working."""
    token = secrets.token_urlsafe(32)
    with transaction.atomic():
        CalendarFeedToken.objects.filter(user=user).delete()
        CalendarFeedToken.objects.create(user=user, token_hash=_hash(token))
    return token


class CalendarView(WagtailAdminTemplateMixin, TemplateView):
    """Month (default) or week view of the user's calendar items."""

    page_title = gettext_lazy("Calendar")
    header_icon = "date"
    template_name = "home/admin/calendar.html"

    def dispatch(self, request, *args, **kwargs):
        if not may_use_calendar(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        # A date that does not parse falls back to today rather than an error.
        try:
            anchor = parse_date(self.request.GET.get("date", "")) or today
        except ValueError:  # well-formed but impossible, e.g. 2026-02-30
            anchor = today
        view = "week" if self.request.GET.get("view") == "week" else "month"
        if view == "week":
            first = anchor - datetime.timedelta(days=anchor.weekday())
            weeks = [[first + datetime.timedelta(days=i) for i in range(7)]]
            previous, following = first - datetime.timedelta(7), first + datetime.timedelta(7)
            heading = _("Week %(week)d, %(year)d") % {
                "week": first.isocalendar()[1],
                "year": first.isocalendar()[0],
            }
        else:
            weeks = pycalendar.Calendar(firstweekday=0).monthdatescalendar(
                anchor.year, anchor.month
            )
            month_start = anchor.replace(day=1)
            previous = (month_start - datetime.timedelta(days=1)).replace(day=1)
            following = (month_start + datetime.timedelta(days=32)).replace(day=1)
            heading = month_start
        start, end = weeks[0][0], weeks[-1][-1] + datetime.timedelta(days=1)
        by_day = {}
        for item in items_for(self.request.user, start, end):
            by_day.setdefault(item.day, []).append(item)
        context.update(
            view=view,
            heading=heading,
            weeks=[
                [
                    {
                        "date": day,
                        "items": by_day.get(day, []),
                        "other_month": view == "month" and day.month != anchor.month,
                        "today": day == today,
                    }
                    for day in week
                ]
                for week in weeks
            ],
            weekdays=weeks[0],
            previous=previous.isoformat(),
            following=following.isoformat(),
            anchor=anchor.isoformat(),
            feed=CalendarFeedToken.objects.filter(user=self.request.user).first(),
            new_feed_url=kwargs.get("new_feed_url"),
        )
        return context

    def post(self, request, *args, **kwargs):
        """Make or renew the private address (shown once), or turn it off."""
        if request.POST.get("action") == "revoke":
            CalendarFeedToken.objects.filter(user=request.user).delete()
            return redirect("home_calendar:index")
        token = new_feed_token(request.user)
        url = request.build_absolute_uri(reverse("calendar_feed", args=[token]))
        return self.render_to_response(self.get_context_data(new_feed_url=url))


@require_GET
def private_feed(request, token):
    """The token's owner's items as text/calendar; any unknown token is a 404."""
    found = CalendarFeedToken.objects.select_related("user").filter(token_hash=_hash(token)).first()
    if found is None or not may_use_calendar(found.user):
        raise Http404
    # A calendar app sends no language: the feed speaks the admin language its owner chose.
    with translation.override(UserProfile.get_for_user(found.user).get_preferred_language()):
        return _feed_response(request, found.user)


def _feed_response(request, user):
    today = timezone.localdate()
    items = items_for(
        user,
        today - datetime.timedelta(days=FEED_PAST_DAYS),
        today + datetime.timedelta(days=FEED_FUTURE_DAYS),
    )
    feed = Calendar()
    feed.add("prodid", "-//Tukiverkko//private calendar//EN")
    feed.add("version", "2.0")
    feed.add("x-wr-calname", _("Tukiverkko: my calendar"))
    now = timezone.now()
    for item in items:
        event = Event()
        event.add("uid", f"{item.uid}@{UID_DOMAIN}")
        event.add("summary", str(item.feed_title))
        event.add("dtstart", item.start)
        if item.end is not None:
            event.add("dtend", item.end)
        event.add("dtstamp", now)
        if item.location:
            event.add("location", item.location)
        # Links to a family's record or a match carry their ids: kept off the feed.
        if item.url and item.kind == "meeting":
            event.add("url", request.build_absolute_uri(item.url))
        feed.add_component(event)
    response = HttpResponse(feed.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="tukiverkko.ics"'
    # A secret address: never kept by shared caches, never sent on as a referrer.
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "no-referrer"
    return response


admin_urlpatterns = [path("", CalendarView.as_view(), name="index")]
