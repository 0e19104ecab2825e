"""Outreach: contacts with mothers not yet enrolled, the partner organisations the
project works with, and referrals between them and the project.

Minimal by design: an outreach contact has at most a first name, and contact
details only with a recorded consent; unconverted contacts are anonymised after
the period coordinators set (retention.py).
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from cms.vocabularies import SpokenLanguage
from resources.models.places import Municipality

DEFAULT_RETENTION_DAYS = 180


class OutreachChannel(models.Model):
    """A place or channel of outreach (child health clinic, school, library…): a
    vocabulary coordinators keep."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    active = models.BooleanField(_("in use"), default=True)

    class Meta:
        verbose_name = _("outreach channel")
        verbose_name_plural = _("outreach channels")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class PartnerOrganisation(models.Model):
    """An organisation the project works with (clinics, schools, NGOs, services)."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    description = models.TextField(_("what they do"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("partner organisation")
        verbose_name_plural = _("partner organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PartnerContact(models.Model):
    """A contact person at a partner organisation, linked to her Partner-professional
    login where she has one."""

    organisation = models.ForeignKey(
        PartnerOrganisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="contacts",
    )
    name = models.CharField(_("name"), max_length=200)
    title = models.CharField(_("title"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("login"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="partner_contact",
        help_text=_("Her Partner-professional login, if she has one."),
    )

    class Meta:
        verbose_name = _("partner contact person")
        verbose_name_plural = _("partner contact people")
        ordering = ["organisation__name", "name"]

    def __str__(self):
        return f"{self.name} ({self.organisation})"


class Outcome(models.TextChoices):
    INFORMATION = "information", _("information given")
    INVITED = "invited", _("invited")
    REFERRED = "referred", _("referred on")
    ENROLLED = "enrolled", _("enrolled")


class OutreachContactQuerySet(models.QuerySet):
    def unconverted(self):
        return self.filter(participant__isnull=True)

    def converted(self):
        return self.filter(participant__isnull=False)


class OutreachContact(models.Model):
    """One contact with a mother not (yet) enrolled, recorded by a worker."""

    date = models.DateField(_("date"), default=datetime.date.today)
    channel = models.ForeignKey(
        OutreachChannel,
        verbose_name=_("place or channel"),
        on_delete=models.PROTECT,
        related_name="contacts",
    )
    partner = models.ForeignKey(
        PartnerOrganisation,
        verbose_name=_("partner involved"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outreach_contacts",
    )
    # Where the work was done, for the reports' municipality filter (a place, not hers:
    # nothing here says where she lives).
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    language = models.CharField(
        _("language"), max_length=10, choices=SpokenLanguage.choices, blank=True
    )
    outcome = models.CharField(
        _("what happened"), max_length=20, choices=Outcome.choices, default=Outcome.INFORMATION
    )
    first_name = models.CharField(
        _("first name"),
        max_length=100,
        blank=True,
        help_text=_("Only if needed; leave empty if she did not give it."),
    )
    contact_consent = models.BooleanField(
        _("she consented to our keeping her contact details"), default=False
    )
    contact_details = models.CharField(
        _("contact details"),
        max_length=200,
        blank=True,
        help_text=_("Only with her recorded consent."),
    )
    notes = models.TextField(_("notes"), blank=True)
    worker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outreach_contacts",
        editable=False,
    )
    participant = models.OneToOneField(
        "participants.Participant",
        verbose_name=_("enrolled as"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outreach_contact",
        editable=False,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    objects = OutreachContactQuerySet.as_manager()

    class Meta:
        verbose_name = _("outreach contact")
        verbose_name_plural = _("outreach contacts")
        ordering = ["-date", "-pk"]

    def __str__(self):
        name = self.first_name or _("(no name)")
        return f"{name}, {self.channel}, {self.date:%d.%m.%Y}"

    def clean(self):
        super().clean()
        if self.contact_details and not self.contact_consent:
            raise ValidationError(
                {"contact_details": _("Keep contact details only with her recorded consent.")}
            )

    def anonymise(self):
        """Drop everything personal; the row still counts in the outreach figures."""
        self.first_name = ""
        self.contact_details = ""
        self.contact_consent = False
        self.notes = ""
        self.anonymised_at = timezone.now()
        self.save(
            update_fields=[
                "first_name",
                "contact_details",
                "contact_consent",
                "notes",
                "anonymised_at",
            ]
        )


class Referral(models.Model):
    """A referral in (a partner refers a family to the project) or out (the project
    refers a participant to a service)."""

    class Direction(models.TextChoices):
        IN = "in", _("in: partner → project")
        OUT = "out", _("out: project → service")

    class Status(models.TextChoices):
        SENT = "sent", _("sent")
        RECEIVED = "received", _("received")
        IN_PROGRESS = "in_progress", _("in progress")
        # Not a match's "completed" (ended as planned): the referral led where it was meant to.
        COMPLETED = "completed", pgettext_lazy("referral", "completed")
        DECLINED = "declined", _("declined")

    direction = models.CharField(_("direction"), max_length=3, choices=Direction.choices)
    date = models.DateField(_("date"), default=datetime.date.today)
    organisation = models.ForeignKey(
        PartnerOrganisation,
        verbose_name=_("partner organisation"),
        on_delete=models.PROTECT,
        related_name="referrals",
    )
    participant = models.ForeignKey(
        "participants.Participant",
        verbose_name=_("participant"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="referrals",
    )
    family_first_name = models.CharField(
        _("mother's first name"),
        max_length=100,
        blank=True,
        help_text=_("For a referral in before she is enrolled; a first name is enough."),
    )
    purpose = models.TextField(_("purpose"))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default="sent")
    outcome = models.TextField(_("outcome"), blank=True)
    referred_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("referred by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="referrals_made",
        editable=False,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("referral")
        verbose_name_plural = _("referrals")
        ordering = ["-date", "-pk"]
        permissions = [("refer_in", _("Can refer a family to the project (partner portal)"))]

    def __str__(self):
        who = self.participant or self.family_first_name or _("(no name)")
        return f"{self.get_direction_display()}: {who}, {self.organisation}"

    def anonymise(self):
        """Drop her name and what was written about her; the row still counts."""
        self.family_first_name = ""
        self.purpose = ""
        self.outcome = ""
        self.anonymised_at = timezone.now()
        self.save(update_fields=["family_first_name", "purpose", "outcome", "anonymised_at"])

    def clean(self):
        super().clean()
        if self.direction == self.Direction.OUT and not self.participant_id:
            raise ValidationError({"participant": _("A referral out is for a participant.")})


@register_setting(icon="history")
class OutreachSettings(BaseGenericSetting):
    """Coordinators set how long an outreach contact that did not lead to enrolment
    keeps its personal details."""

    retention_days = models.PositiveIntegerField(
        _("keep unconverted outreach contacts for (days)"),
        default=DEFAULT_RETENTION_DAYS,
        help_text=_("After this, a contact that did not lead to enrolment is anonymised."),
    )

    class Meta:
        verbose_name = _("outreach settings")


# The audit log's table (audit.py), imported so that Django finds the model.
from volunteers.outreach.audit import OutreachLogEntry  # noqa: E402

__all__ = [
    "OutreachChannel",
    "OutreachContact",
    "OutreachLogEntry",
    "OutreachSettings",
    "Outcome",
    "PartnerContact",
    "PartnerOrganisation",
    "Referral",
]
