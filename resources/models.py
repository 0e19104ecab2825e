"""Published content: no personal data here (see DESIGN.md)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet


@register_snippet
class Theme(TranslatableMixin, models.Model):
    """A theme of the programme (finances, health and neuvola …): an editable taxonomy."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name


@register_snippet
class Venue(models.Model):
    """Where theme meetings are held."""

    name = models.CharField(_("name"), max_length=200)
    municipality = models.CharField(_("municipality"), max_length=100)
    address = models.CharField(_("address"), max_length=255)

    panels = [FieldPanel("name"), FieldPanel("municipality"), FieldPanel("address")]

    class Meta:
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        ordering = ["municipality", "name"]

    def __str__(self):
        return f"{self.name}, {self.municipality}"


class ThemeIndexPage(Page):
    """Lists the theme-material packages."""

    intro = RichTextField(_("introduction"), blank=True)
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ThemePackagePage"]

    class Meta:
        verbose_name = _("theme package index")


class ThemePackagePage(Page):
    """Material for one theme meeting: plan, materials and task packages."""

    theme = models.ForeignKey(
        Theme, verbose_name=_("theme"), on_delete=models.PROTECT, related_name="packages"
    )
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("theme"), FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["resources.ThemeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("theme package")


class MeetingIndexPage(Page):
    """Lists the upcoming theme meetings."""

    intro = RichTextField(_("introduction"), blank=True)
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ThemeMeetingPage"]

    class Meta:
        verbose_name = _("theme meeting index")


class ThemeMeetingPage(Page):
    """One theme meeting: when, where, which package, in which language group."""

    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    venue = models.ForeignKey(
        Venue, verbose_name=_("venue"), on_delete=models.PROTECT, related_name="meetings"
    )
    theme_package = models.ForeignKey(
        ThemePackagePage,
        verbose_name=_("theme package"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meetings",
    )
    language_group = models.CharField(
        _("language group"), max_length=10, help_text=_("The language the group speaks.")
    )
    interpreter_languages = models.CharField(_("interpreter languages"), max_length=100, blank=True)
    childcare_places = models.PositiveSmallIntegerField(_("childcare places"), default=0)
    notes = RichTextField(_("notes"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("start"), FieldPanel("end")], heading=_("Time")),
        FieldPanel("venue"),
        FieldPanel("theme_package"),
        FieldPanel("language_group"),
        FieldPanel("interpreter_languages"),
        FieldPanel("childcare_places"),
        FieldPanel("notes"),
    ]
    parent_page_types = ["resources.MeetingIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("theme meeting")
        ordering = ["start"]
