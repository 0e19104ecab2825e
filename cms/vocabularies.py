"""Shared vocabularies of the people side: spoken languages, levels, roles, weekly
availability, wishes and consent purposes. Codes are stored; labels are translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SpokenLanguage(models.TextChoices):
    """Languages people speak (ISO 639 codes). Not the same list as the site's
    content languages: people speak more languages than the site is translated into."""

    FINNISH = "fi", _("Finnish")
    SWEDISH = "sv", _("Swedish")
    ENGLISH = "en", _("English")
    ARABIC = "ar", _("Arabic")
    SOMALI = "so", _("Somali")
    RUSSIAN = "ru", _("Russian")
    SORANI = "ckb", _("Kurdish (Sorani)")
    KURMANJI = "kmr", _("Kurdish (Kurmanji)")
    DARI = "prs", _("Dari")
    PERSIAN = "fa", _("Persian")
    PASHTO = "ps", _("Pashto")
    TIGRINYA = "ti", _("Tigrinya")
    AMHARIC = "am", _("Amharic")
    UKRAINIAN = "uk", _("Ukrainian")
    FRENCH = "fr", _("French")
    SPANISH = "es", _("Spanish")
    THAI = "th", _("Thai")
    VIETNAMESE = "vi", _("Vietnamese")
    TURKISH = "tr", _("Turkish")
    ESTONIAN = "et", _("Estonian")
    OTHER = "other", _("Other")


class LanguageLevel(models.IntegerChoices):
    """How well a person speaks a language. The numbers are what matching compares."""

    BASIC = 1, _("basic")
    FLUENT = 2, _("fluent")
    NATIVE = 3, _("native")


class VolunteerRole(models.TextChoices):
    SUPPORT_FAMILY = "support_family", _("support family")
    GODPARENT = "godparent", _("godparent (mentor)")
    FRIEND = "friend", _("friend")
    # Looks after the children during the weekly theme meetings; never matched with
    # a family (see MATCH_ROLES).
    CHILDCARE = "childcare", _("childcare helper at theme meetings")


# The roles a mother can wish for and be matched with. A childcare helper is a
# volunteer role but no kind of support a family is matched with.
MATCH_ROLES = [VolunteerRole.SUPPORT_FAMILY, VolunteerRole.GODPARENT, VolunteerRole.FRIEND]
MATCH_ROLE_CHOICES = [(role.value, role.label) for role in MATCH_ROLES]


class Availability(models.TextChoices):
    WEEKDAYS = "weekdays", _("weekdays")
    EVENINGS = "evenings", _("evenings")
    WEEKENDS = "weekends", _("weekends")


class Wish(models.TextChoices):
    """Explicit wishes that matching treats as hard rules."""

    WOMEN_ONLY = "women_only", _("a woman only")


class Gender(models.TextChoices):
    """Asked of volunteers only because families may wish for a woman."""

    WOMAN = "woman", _("woman")
    MAN = "man", _("man")
    OTHER = "other", _("other")
    UNSPECIFIED = "unspecified", _("prefer not to answer")


class ConsentPurpose(models.TextChoices):
    """What a person consents to. Volunteers give the first two at sign-up; workers
    record the others for participants. One list, so a report or a withdrawal
    speaks of the same purposes everywhere."""

    PRIVACY_NOTICE = "privacy_notice", _("processing of personal data (privacy notice)")
    CRIMINAL_RECORD_CHECK = "criminal_record_check", _("criminal-record extract check")
    RECORDS = "records", _("keeping records")
    MATCHING = "matching", _("matching with a volunteer")
    PHOTOS = "photos", _("photos")
    KYKYVIISARI = "kykyviisari", _("Kykyviisari scores")
    REMINDERS = "reminders", _("meeting reminders by SMS or email")


class MessageChannel(models.TextChoices):
    """How a mother prefers to get reminders."""

    SMS = "sms", _("SMS")
    EMAIL = "email", _("email")
