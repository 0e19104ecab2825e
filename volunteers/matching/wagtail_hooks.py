"""Admin hooks of matching: the Matching and Review screens, the Matches menu,
audit-log actions and the coordinators' attention panel."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from cms.calendar import CalendarItem
from cms.panels import FrontPagePanel
from volunteers.matching import (
    followup,
    hours_admin,
    lifecycle,
    review,
    review_admin,
    review_screen,
    runs_admin,
)
from volunteers.matching.pair_rules_admin import pair_rule_viewset


class MatchingMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(runs_admin.RUN_PERMISSION)


@hooks.register("register_admin_viewset")
def register_pair_rules():
    return pair_rule_viewset


@hooks.register("register_admin_urls")
def register_matching_urls():
    return [path("matching/", include((runs_admin.urlpatterns, "volunteers_matching")))]


@hooks.register("register_admin_menu_item")
def register_matching_menu_item():
    return MatchingMenuItem(
        _("Matching"), reverse("volunteers_matching:index"), icon_name="link", order=320
    )


class ReviewMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(review_screen.REVIEW_PERMISSION)


@hooks.register("register_admin_urls")
def register_review_urls():
    return [
        path("review/", include((review_screen.review_urlpatterns, "volunteers_review"))),
        path("match/", include((review_admin.match_urlpatterns, "volunteers_matches"))),
    ]


@hooks.register("register_admin_menu_item")
def register_review_menu_item():
    return ReviewMenuItem(
        _("Review suggestions"), reverse("volunteers_review:index"), icon_name="tick", order=321
    )


@hooks.register("register_admin_viewset")
def register_matches_group():
    return review_admin.MatchesGroup()


@hooks.register("register_log_actions")
def register_match_log_actions(actions):
    actions.register_action(review.APPROVED_ACTION, _("Approve match"), _("Match approved"))
    actions.register_action(review.REJECTED_ACTION, _("Reject suggestion"), _("Pair rejected"))
    actions.register_action(review.CLEARED_ACTION, _("Clear pair rule"), _("Pair rule cleared"))
    actions.register_action(lifecycle.TRANSITION_ACTION, _("Move match"), _("Match moved"))


@hooks.register("admin_home_panels")
@hooks.register("front_page_panels")
def attention_panel(request):
    """For coordinators: suggestions waiting, check-ins due, quiet matches, failed messages."""
    if not request.user.has_perm(review_screen.REVIEW_PERMISSION):
        return None
    return FrontPagePanel(
        title=_("Needs attention"),
        template="matching/attention_panel.html",
        order=5,
        context={
            "counts": followup.attention(),
            "review_url": reverse("volunteers_review:index"),
            "checkins_url": reverse("match_admin:index") + "?checkin_due=true",
            "quiet_url": reverse("match_admin:index") + "?quiet=true",
            "checkin_attention_url": reverse("match_admin:index") + "?checkin_attention=true",
            "emails_url": reverse("outgoing_email_admin:index") + "?status=failed",
            "sms_url": reverse("outgoing_sms_admin:index") + "?status=failed",
        },
    )


@hooks.register("calendar_items")
def checkin_calendar_items(user, start, end):
    """Check-ins due in those days, for those who follow matches up (coordinators)."""
    from volunteers.matching.models import FollowUpAlert

    if not user.has_perm("matching.change_match"):
        return []
    due = FollowUpAlert.objects.filter(
        kind=FollowUpAlert.Kind.CHECKIN,
        resolved_at__isnull=True,
        due_on__gte=start,
        due_on__lt=end,
    ).select_related("match__participant", "match__volunteer")
    return [
        CalendarItem(
            kind="checkin",
            uid=f"checkin-{alert.pk}",
            title=_("Check-in: %(volunteer)s and %(participant)s")
            % {
                "volunteer": alert.match.volunteer.first_name,
                "participant": alert.match.participant.first_name,
            },
            feed_title=_("Match check-in due"),
            start=alert.due_on,
            url=reverse("match_admin:detail", args=[alert.match_id]),
            object_id=alert.pk,
        )
        for alert in due
    ]


class HoursMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(hours_admin.VIEW_HOURS)


@hooks.register("register_admin_urls")
def register_hours_urls():
    return [path("volunteering-hours/", include((hours_admin.urlpatterns, "volunteering_hours")))]


@hooks.register("register_admin_menu_item")
def register_hours_menu_item():
    return HoursMenuItem(
        _("Volunteering hours"), reverse("volunteering_hours:index"), icon_name="time", order=325
    )
