"""Participants: the mothers and their households. The most sensitive data in the
system, so it is minimal by design: no identity numbers, religion or ethnicity,
and children by birth year only."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase

from cms.fields import ChoiceListField
from cms.vocabularies import (
    MATCH_ROLE_CHOICES,
    Availability,
    ConsentPurpose,
    LanguageLevel,
    MessageChannel,
    SpokenLanguage,
    Wish,
)
from resources.models.places import Municipality
from volunteers.outbox.sms.phone import normalise_phone

# A child older than this is an adult; a typo in the year is far likelier.
MAX_CHILD_AGE = 30


class ReachedVia(models.TextChoices):
    OUTREACH = "outreach", _("outreach family work")
    NEUVOLA = "neuvola", _("child health clinic (neuvola)")
    PARTNER = "partner", _("partner organisation")
    HERSELF = "herself", _("contacted us herself")
    OTHER = "other", _("other")


class SpouseInvolvement(models.TextChoices):
    NO_SPOUSE = "no_spouse", _("no spouse")
    INVOLVED = "involved", _("takes part")
    SOMETIMES = "sometimes", _("takes part sometimes")
    NOT_INVOLVED = "not_involved", _("does not take part")
    UNKNOWN = "unknown", _("not known")


class ExitReason(models.TextChoices):
    COMPLETED = "completed", _("completed the programme")
    WORK_OR_STUDY = "work_or_study", _("started work or studies")
    MOVED = "moved", _("moved away")
    OWN_WISH = "own_wish", _("her own wish")
    NO_CONTACT = "no_contact", _("contact was lost")
    OTHER = "other", _("other")


postcode_validator = RegexValidator(
    r"^\d{5}$", _("Enter a Finnish postcode of five digits, e.g. 94100.")
)


class ParticipantQuerySet(models.QuerySet):
    def active(self, on=None):
        """Entered on or before `on` (today) and not exited by then."""
        on = on or timezone.localdate()
        return self.filter(entry_date__lte=on).filter(
            Q(exit_date__isnull=True) | Q(exit_date__gt=on)
        )

    def exited(self, on=None):
        on = on or timezone.localdate()
        return self.filter(exit_date__lte=on)

    def with_consent(self, purpose):
        """Participants whose consent for `purpose` is current (given, not withdrawn)."""
        return self.filter(
            Exists(
                ParticipantConsent.objects.current().filter(
                    participant=OuterRef("pk"), purpose=purpose
                )
            )
        )

    def matchable(self):
        """Who matching may consider: active, with a current matching consent.

        Evaluated at query time, so a withdrawal stops the very next run.
        """
        return self.active().with_consent(ConsentPurpose.MATCHING)


class NeedTag(TaggedItemBase):
    """Tags for a participant's needs (e.g. "finances", "Finnish language")."""

    content_object = ParentalKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="tagged_needs"
    )

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_needtag"
        verbose_name = _("need tag")


class ParticipantInterestTag(TaggedItemBase):
    """Her interests as tags, stored as a volunteer's are (VolunteerTag), so matching
    compares the same things on both sides."""

    content_object = ParentalKey(
        "participants.Participant", on_delete=models.CASCADE, related_name="tagged_interests"
    )

    class Meta:
        verbose_name = _("interest tag")


class Participant(ClusterableModel):
    """A mother who takes part. She has no account; workers keep her record.

    Deliberately not in Wagtail's search index, so her data is not copied into
    another table; the admin searches the columns directly.
    """

    first_name = models.CharField(
        _("first name or pseudonym"),
        max_length=100,
        help_text=_("Any name she wishes to use; a pseudonym is fine."),
    )
    last_name = models.CharField(_("last name"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    email = models.EmailField(_("email"), blank=True)
    reminder_channel = models.CharField(
        _("reminders by"),
        max_length=10,
        choices=MessageChannel.choices,
        default=MessageChannel.SMS,
        help_text=_("Meeting reminders are sent only with her consent for reminders."),
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="participants",
    )
    postcode = models.CharField(
        _("postcode"), max_length=5, blank=True, validators=[postcode_validator]
    )
    needs_interpreter = models.BooleanField(_("needs an interpreter"), default=False)
    interpreter_arranged = models.BooleanField(_("interpreter arranged"), default=False)
    spouse_involvement = models.CharField(
        _("spouse's involvement"),
        max_length=20,
        choices=SpouseInvolvement.choices,
        default=SpouseInvolvement.UNKNOWN,
    )
    needs = ClusterTaggableManager(
        verbose_name=_("needs"),
        through=NeedTag,
        blank=True,
        help_text=_("Short tags separated by commas, e.g. finances, Finnish language, loneliness."),
    )
    goals = models.TextField(_("needs and goals"), blank=True)
    wished_role = models.CharField(
        _("wished support"),
        max_length=20,
        choices=MATCH_ROLE_CHOICES,
        blank=True,
        help_text=_("What kind of volunteer support she wishes for, if any."),
    )
    wishes = ChoiceListField(_("wishes"), item_choices=Wish.choices)
    interests = ClusterTaggableManager(
        verbose_name=_("interests"),
        through=ParticipantInterestTag,
        related_name="participants_by_interest",
        blank=True,
        help_text=_("Short tags separated by commas, e.g. crafts, outdoors, cooking."),
    )
    availability = ChoiceListField(_("availability"), item_choices=Availability.choices)
    reached_via = models.CharField(
        _("reached via"), max_length=20, choices=ReachedVia.choices, default=ReachedVia.OTHER
    )
    entry_date = models.DateField(_("entry date"), default=datetime.date.today)
    exit_date = models.DateField(_("exit date"), null=True, blank=True)
    exit_reason = models.CharField(
        _("exit reason"), max_length=20, choices=ExitReason.choices, blank=True
    )
    worker = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("responsible worker"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="caseload",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Set by erasure (volunteers/privacy): the row stays, without anything personal,
    # so the reports still count her.
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    objects = ParticipantQuerySet.as_manager()

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_participant"
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["first_name", "last_name", "pk"]
        permissions = [
            ("view_all_participants", _("Can see every worker's participants")),
            ("export_participant", _("Can export participants' records")),
        ]

    def __str__(self):
        return f"{self.first_name} {self.last_name}".strip()

    def clean(self):
        super().clean()
        errors = {}
        if self.exit_date and self.entry_date and self.exit_date < self.entry_date:
            errors["exit_date"] = _("The exit date cannot be before the entry date.")
        if self.exit_date and not self.exit_reason:
            errors["exit_reason"] = _("Give a reason for the exit.")
        if self.exit_reason and not self.exit_date:
            errors["exit_date"] = _("Give the exit date, or leave the reason empty.")
        if self.phone:
            # Stored as +358…, so SMS reminders reach it and one number is one number.
            try:
                self.phone = normalise_phone(self.phone)
            except ValidationError as error:
                errors["phone"] = error
        if errors:
            raise ValidationError(errors)

    def has_consent(self, purpose):
        """Whether a consent for `purpose` is current now (one query)."""
        return (
            ParticipantConsent.objects.current().filter(participant=self, purpose=purpose).exists()
        )

    @property
    def is_matchable(self):
        return Participant.objects.matchable().filter(pk=self.pk).exists()

    def language_codes(self):
        return [language.language for language in self.languages.all()]


class ParticipantLanguage(models.Model):
    participant = ParentalKey(Participant, on_delete=models.CASCADE, related_name="languages")
    language = models.CharField(_("language"), max_length=10, choices=SpokenLanguage.choices)
    level = models.PositiveSmallIntegerField(
        _("level"), choices=LanguageLevel.choices, default=LanguageLevel.NATIVE
    )

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_participantlanguage"
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        constraints = [
            models.UniqueConstraint(
                fields=["participant", "language"], name="participant_language_once"
            )
        ]

    def __str__(self):
        return f"{self.get_language_display()} ({self.get_level_display()})"


def validate_birth_year(value):
    """A child's birth year: not in the future and not absurdly long ago."""
    this_year = timezone.localdate().year
    if value > this_year:
        raise ValidationError(
            _("The birth year %(year)s is in the future."),
            code="future",
            params={"year": value},
        )
    if value < this_year - MAX_CHILD_AGE:
        raise ValidationError(
            _("The birth year %(year)s is too long ago; give a year from %(earliest)s on."),
            code="too_old",
            params={"year": value, "earliest": this_year - MAX_CHILD_AGE},
        )


class ParticipantChild(models.Model):
    """A child in the household, by birth year only (data minimisation)."""

    participant = ParentalKey(Participant, on_delete=models.CASCADE, related_name="children")
    birth_year = models.PositiveSmallIntegerField(_("birth year"), validators=[validate_birth_year])

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_participantchild"
        verbose_name = _("child")
        verbose_name_plural = _("children")
        ordering = ["birth_year"]

    def __str__(self):
        return str(self.birth_year)


class ConsentQuerySet(models.QuerySet):
    def current(self):
        """Consents in force: a withdrawal, whenever dated, ends a consent at once."""
        return self.filter(withdrawn_at__isnull=True)


def start_of_day(day: datetime.date) -> datetime.datetime:
    """Midnight of ``day`` in the project's time zone (Europe/Helsinki), aware: how a
    consent known only by its date is timed."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def default_notice_version():
    return settings.PRIVACY_NOTICE_VERSION


class ParticipantConsent(models.Model):
    """One consent for one purpose, given in a language under a privacy-notice version."""

    participant = ParentalKey(Participant, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=30, choices=ConsentPurpose.choices)
    given_at = models.DateTimeField(_("given at"), default=timezone.now)
    language = models.CharField(
        _("language of the consent"),
        max_length=10,
        choices=SpokenLanguage.choices,
        help_text=_("The language in which the notice was explained to her."),
    )
    privacy_notice_version = models.CharField(
        _("privacy notice version"), max_length=20, default=default_notice_version
    )
    withdrawn_at = models.DateTimeField(
        _("withdrawn at"),
        null=True,
        blank=True,
        help_text=_("Setting a time withdraws the consent at once."),
    )

    objects = ConsentQuerySet.as_manager()

    class Meta:
        # The table keeps the name it had before the people side was split into apps.
        db_table = "volunteers_participantconsent"
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["purpose", "-given_at"]

    def __str__(self):
        return f"{self.get_purpose_display()} ({timezone.localdate(self.given_at)})"

    def clean(self):
        super().clean()
        now = timezone.now()
        errors = {}
        if self.given_at and self.given_at > now:
            errors["given_at"] = _("A consent cannot be given in the future.")
        if self.withdrawn_at and self.withdrawn_at > now:
            # A withdrawal counts from the moment it is recorded, so a later time would mislead.
            errors["withdrawn_at"] = _("A withdrawal takes effect at once: give now or earlier.")
        elif self.withdrawn_at and self.given_at and self.withdrawn_at < self.given_at:
            errors["withdrawn_at"] = _("A consent cannot be withdrawn before it was given.")
        if errors:
            raise ValidationError(errors)

    def withdraw(self, at=None):
        """Withdraw now: the consent stops counting immediately."""
        self.withdrawn_at = at or timezone.now()
        self.save(update_fields=["withdrawn_at"])
