"""Taxonomies of the content: themes (editable, translated), audiences and
languages (fixed vocabularies with translated labels) and venues."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.vocabularies import SpokenLanguage

from .places import municipality_names


class Theme(TranslatableMixin, index.Indexed, models.Model):
    """A theme of the programme (finances, health and neuvola …): an editable taxonomy.

    The slug is shared by the translations of a theme, so a filter link works in
    every language.
    """

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


class AudienceCode(models.TextChoices):
    MOTHERS = "mothers", _("mothers")
    SPOUSES = "spouses", _("spouses")
    CHILDREN = "children", _("children")
    PROFESSIONALS = "professionals", _("professionals")
    VOLUNTEERS = "volunteers", _("volunteers")


class _Vocabulary(models.Model):
    """A row per code of a fixed vocabulary, so pages can refer to many of them and
    listings can filter with a join. The label comes from the translated choices."""

    choices: type[models.TextChoices]

    class Meta:
        abstract = True
        ordering = ["pk"]

    def __str__(self):
        return str(self.choices(self.code).label) if self.code in self.choices.values else self.code

    @classmethod
    def ensure_all(cls):
        """Create the rows of every code (idempotent); returns them by code."""
        existing = {row.code: row for row in cls.objects.all()}
        for code in cls.choices.values:
            if code not in existing:
                existing[code] = cls.objects.create(code=code)
        return existing


class Audience(_Vocabulary):
    """Who a guide or package is for."""

    choices = AudienceCode
    code = models.CharField(_("code"), max_length=20, choices=AudienceCode.choices, unique=True)

    class Meta(_Vocabulary.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class Language(_Vocabulary):
    """A spoken language, for "languages available" and interpreter languages."""

    choices = SpokenLanguage
    code = models.CharField(_("code"), max_length=10, choices=SpokenLanguage.choices, unique=True)

    class Meta(_Vocabulary.Meta):
        verbose_name = _("language")
        verbose_name_plural = _("languages")


class Venue(TranslatableMixin, index.Indexed, models.Model):
    """Where theme meetings are held.

    The public name and the directions are translated; the address and the
    municipality are the same in every language (a meeting page keeps pointing at
    the Finnish row, and shows its translation through `ThemeMeetingPage.place`).
    """

    name = models.CharField(_("name"), max_length=200)
    municipality = models.CharField(_("municipality"), max_length=100)
    address = models.CharField(_("address"), max_length=255)
    accessibility = models.TextField(
        _("accessibility and directions"),
        blank=True,
        help_text=_("Step-free access, pram parking, nearest bus stop …"),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("municipality"),
        FieldPanel("address"),
        FieldPanel("accessibility"),
    ]
    override_translatable_fields = [
        SynchronizedField("municipality", overridable=False),
        SynchronizedField("address", overridable=False),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("municipality"),
        index.FilterField("municipality"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["municipality", "name"]

    def __str__(self):
        return f"{self.name}, {self.municipality}"

    @property
    def municipality_name(self) -> str:
        """The municipality in the reader's language (`municipality` holds the Finnish
        name). The venues of a listing share one read of the names (attach_places())."""
        if not hasattr(self, "_municipality_name"):
            names = getattr(self, "municipality_names_of_listing", municipality_names)()
            self._municipality_name = names.get(self.municipality, self.municipality)
        return self._municipality_name
