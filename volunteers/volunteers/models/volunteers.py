"""Volunteers: the people who sign up as support families, godparents or friends."""

import secrets

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase
from wagtail.search import index

from cms.fields import ChoiceListField, choice_list_q
from cms.vocabularies import (
    Availability,
    Gender,
    LanguageLevel,
    SpokenLanguage,
    VolunteerRole,
    Wish,
)


class VolunteerStatus(models.TextChoices):
    """The screening states; the allowed moves are in volunteers/screening.py."""

    SUBMITTED = "submitted", _("submitted (email not confirmed)")
    CONFIRMED = "confirmed", _("confirmed")
    INTERVIEWED = "interviewed", _("interviewed")
    TRAINED = "trained", _("trained")
    APPROVED = "approved", _("approved")
    REJECTED = "rejected", _("rejected")
    WITHDRAWN = "withdrawn", _("withdrawn")


def new_confirmation_token() -> str:
    return secrets.token_urlsafe(32)


class VolunteerTag(TaggedItemBase):
    """Interests as tags, kept apart from content tags so they never show publicly."""

    content_object = ParentalKey(
        "volunteers.Volunteer", on_delete=models.CASCADE, related_name="tagged_items"
    )


class VolunteerQuerySet(models.QuerySet):
    def with_role(self, role: str):
        return self.filter(choice_list_q("roles", role))

    def with_availability(self, availability: str):
        return self.filter(choice_list_q("availability", availability))


class Volunteer(index.Indexed, ClusterableModel):
    """One volunteer (a person, or a family represented by one contact person)."""

    Status = VolunteerStatus

    roles = ChoiceListField(_("roles"), item_choices=VolunteerRole.choices, blank=False)
    first_name = models.CharField(_("first name"), max_length=100)
    last_name = models.CharField(_("last name"), max_length=100)
    email = models.EmailField(_("email"), max_length=254)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    municipality = models.ForeignKey(
        "resources.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="volunteers",
    )
    postcode = models.CharField(_("postcode"), max_length=5, blank=True)
    gender = models.CharField(
        _("gender"), max_length=20, choices=Gender.choices, default=Gender.UNSPECIFIED
    )
    max_travel_km = models.PositiveSmallIntegerField(_("longest travel distance (km)"), default=20)
    adults = models.PositiveSmallIntegerField(_("adults in the household"), default=1)
    child_age_min = models.PositiveSmallIntegerField(_("youngest child age accepted"), default=0)
    child_age_max = models.PositiveSmallIntegerField(_("oldest child age accepted"), default=17)
    availability = ChoiceListField(_("availability"), item_choices=Availability.choices)
    meetings_per_month = models.PositiveSmallIntegerField(_("meetings per month"), default=2)
    capacity = models.PositiveSmallIntegerField(_("families at most"), default=1)
    interests = ClusterTaggableManager(
        verbose_name=_("interests"), through=VolunteerTag, blank=True, help_text=""
    )
    wishes = ChoiceListField(_("wishes"), item_choices=Wish.choices)
    motivation = models.TextField(_("motivation"), max_length=2000, blank=True)
    heard_from = models.CharField(_("heard of the programme from"), max_length=200, blank=True)
    language = models.CharField(
        _("language for messages"), max_length=10, default=settings.LANGUAGE_CODE
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=VolunteerStatus.choices,
        default=VolunteerStatus.SUBMITTED,
        db_index=True,
    )
    paused = models.BooleanField(_("paused"), default=False)
    paused_at = models.DateTimeField(_("paused since"), null=True, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="volunteer_profile",
    )
    confirmation_token = models.CharField(
        max_length=64, default=new_confirmation_token, unique=True, editable=False
    )
    created_at = models.DateTimeField(_("signed up"), default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(_("email confirmed"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # Set by erasure (volunteers/privacy): the row stays, without anything personal,
    # so the reports still count her.
    anonymised_at = models.DateTimeField(_("anonymised"), null=True, blank=True, editable=False)

    objects = VolunteerQuerySet.as_manager()

    search_fields = [
        index.SearchField("first_name"),
        index.SearchField("last_name"),
        index.SearchField("email"),
        index.AutocompleteField("first_name"),
        index.AutocompleteField("last_name"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("volunteer")
        verbose_name_plural = _("volunteers")
        ordering = ["last_name", "first_name"]
        permissions = [
            ("export_volunteer", _("Can export volunteers")),
            ("screen_volunteer", _("Can move a volunteer through screening")),
            ("approve_volunteer", _("Can approve a volunteer")),
        ]
        constraints = [
            models.UniqueConstraint(
                Lower("email"),
                name="volunteer_unique_email",
                violation_error_message=_("A volunteer with this email address already exists."),
            ),
            models.CheckConstraint(
                condition=models.Q(child_age_min__lte=models.F("child_age_max")),
                name="volunteer_child_ages_ordered",
                violation_error_message=_("The oldest age must be at least the youngest age."),
            ),
        ]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @admin.display(description=_("name"), ordering="last_name")
    def whole_name(self) -> str:
        """The name as one column of the admin list, sorted by the surname."""
        return self.full_name

    def role_labels(self) -> str:
        return ", ".join(self._meta.get_field("roles").labels(self.roles))

    role_labels.short_description = _("roles")

    def availability_labels(self) -> str:
        return ", ".join(self._meta.get_field("availability").labels(self.availability))

    availability_labels.short_description = _("availability")

    def language_summary(self) -> str:
        """Languages with levels, from prefetched rows when the list view prefetched them."""
        return ", ".join(str(lang) for lang in self.languages.all())

    language_summary.short_description = _("languages")

    def children_birth_years(self) -> list[int]:
        return [child.birth_year for child in self.children.all()]

    @property
    def is_active_volunteer(self) -> bool:
        return self.status == VolunteerStatus.APPROVED and not self.paused


class VolunteerLanguage(models.Model):
    """A language the volunteer speaks, with a level matching can compare."""

    volunteer = ParentalKey(Volunteer, on_delete=models.CASCADE, related_name="languages")
    language = models.CharField(_("language"), max_length=10, choices=SpokenLanguage.choices)
    level = models.PositiveSmallIntegerField(_("level"), choices=LanguageLevel.choices)

    class Meta:
        verbose_name = _("language")
        verbose_name_plural = _("languages")
        ordering = ["-level", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["volunteer", "language"], name="volunteer_language_once"
            )
        ]

    def __str__(self):
        # The same labels as get_language_display(), which builds a dict of all the
        # language choices on every call: the volunteer list did that for every row.
        language = _LANGUAGE_LABELS.get(self.language, self.language)
        level = _LEVEL_LABELS.get(self.level, self.level)
        return f"{str(language)} ({str(level)})"


_LANGUAGE_LABELS = dict(SpokenLanguage.choices)
_LEVEL_LABELS = dict(LanguageLevel.choices)


class HouseholdChild(models.Model):
    """A child in the volunteer's household: birth year only (data minimisation)."""

    volunteer = ParentalKey(Volunteer, on_delete=models.CASCADE, related_name="children")
    birth_year = models.PositiveSmallIntegerField(_("birth year"))

    class Meta:
        verbose_name = _("child in the household")
        verbose_name_plural = _("children in the household")
        ordering = ["birth_year"]

    def __str__(self):
        return str(self.birth_year)


# Notes the system writes on a move itself: stored as this key, shown in the reader's
# language (a coordinator's own reason is shown as written).
EMAIL_CONFIRMED = "email confirmed"
SYSTEM_REASONS = {EMAIL_CONFIRMED: _("email confirmed")}


class VolunteerStatusEvent(models.Model):
    """One move of the screening state: who, when and why. Never edited."""

    volunteer = models.ForeignKey(Volunteer, on_delete=models.CASCADE, related_name="status_events")
    from_status = models.CharField(_("from"), max_length=20, choices=VolunteerStatus.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=VolunteerStatus.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), default=timezone.now)
    reason = models.TextField(_("reason"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"

    @property
    def reason_display(self) -> str:
        return str(SYSTEM_REASONS.get(self.reason, self.reason))
