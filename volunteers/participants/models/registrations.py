"""Registrations for theme meetings: who is coming, with which children, and who
needs an interpreter in which language. Personal data, so it lives here and not
on the meeting page; the meeting's capacities (seats, childcare places) are content.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cms.vocabularies import SpokenLanguage
from volunteers.participants.models.participants import Participant, ParticipantChild


class MeetingRegistration(models.Model):
    """One mother registered (or waiting) for one meeting, on its source copy."""

    class Status(models.TextChoices):
        REGISTERED = "registered", _("registered")
        WAITING = "waiting", _("on the waiting list")
        CANCELLED = "cancelled", _("cancelled")

    meeting = models.ForeignKey(
        "resources.ThemeMeetingPage",
        verbose_name=_("theme meeting"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    participant = models.ForeignKey(
        Participant,
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.REGISTERED
    )
    children = models.ManyToManyField(
        ParticipantChild,
        verbose_name=_("children in childcare"),
        blank=True,
        related_name="registrations",
    )
    interpreter_language = models.CharField(
        _("interpreter needed in"),
        max_length=10,
        choices=SpokenLanguage.choices,
        blank=True,
        help_text=_("Empty: no interpreter needed."),
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    changed_at = models.DateTimeField(_("changed"), auto_now=True)

    class Meta:
        verbose_name = _("meeting registration")
        verbose_name_plural = _("meeting registrations")
        # The waiting list moves up in the order people joined it.
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "participant"],
                condition=~Q(status="cancelled"),
                name="one_open_registration_per_meeting",
            )
        ]

    def __str__(self):
        return f"{self.participant} @ {self.meeting} ({self.status})"


class InterpreterBooking(models.Model):
    """Whether the coordinator has booked the interpreter a meeting needs in a language."""

    meeting = models.ForeignKey(
        "resources.ThemeMeetingPage",
        verbose_name=_("theme meeting"),
        on_delete=models.CASCADE,
        related_name="interpreter_bookings",
    )
    language = models.CharField(_("language"), max_length=10, choices=SpokenLanguage.choices)
    booked = models.BooleanField(_("booked"), default=False)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("interpreter booking")
        verbose_name_plural = _("interpreter bookings")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "language"], name="one_booking_per_language")
        ]

    def __str__(self):
        return f"{self.meeting} {self.language}: {self.booked}"


class MeetingNotice(models.Model):
    """A message sent to a registered mother about her meeting: at most one of each
    kind per registration, so a second beat process or a re-run sends nothing."""

    class Kind(models.TextChoices):
        REMINDER = "reminder", _("reminder")
        CANCELLED = "cancelled", _("cancellation")

    registration = models.ForeignKey(
        MeetingRegistration, on_delete=models.CASCADE, related_name="notices"
    )
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    channel = models.CharField(_("channel"), max_length=10)
    language = models.CharField(_("language"), max_length=10)
    fell_back_to_finnish = models.BooleanField(_("sent in Finnish for want of a translation"))
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("meeting notice")
        verbose_name_plural = _("meeting notices")
        constraints = [
            models.UniqueConstraint(fields=["registration", "kind"], name="one_notice_of_a_kind")
        ]

    def __str__(self):
        return f"{self.registration} {self.kind}"
