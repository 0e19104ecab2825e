"""Theme-material packages: everything needed to run one theme meeting."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from ..blocks import ContentStreamBlock, MaterialsStreamBlock
from .filters import ThemePackageFilter
from .listing import FilteredListingMixin
from .streams import BlockFormatStreamsMixin
from .taxonomy import Audience, Language, Theme

NOTES_FEATURES = ["bold", "italic", "ul", "ol", "link"]


class ThemeIndexPage(FilteredListingMixin, Page):
    """Lists the theme-material packages, filtered by theme, audience and language."""

    intro = RichTextField(_("introduction"), blank=True)
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ThemePackagePage"]
    listing_model_name = "ThemePackagePage"
    filterset_class = ThemePackageFilter

    class Meta:
        verbose_name = _("theme package index")

    def listing_queryset(self):
        return (
            super()
            .listing_queryset()
            .select_related("theme")
            .prefetch_related("audiences", "languages_available")
        )


class ThemePackagePage(BlockFormatStreamsMixin, Page):
    """Material for one theme meeting: plan, materials and task packages."""

    theme = models.ForeignKey(
        Theme, verbose_name=_("theme"), on_delete=models.PROTECT, related_name="packages"
    )
    intro = models.TextField(_("introduction"), blank=True)
    audiences = ParentalManyToManyField(
        Audience, verbose_name=_("audience"), blank=True, related_name="packages"
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), default=120, help_text=_("A theme meeting lasts about two hours.")
    )
    objectives = RichTextField(_("objectives"), blank=True, features=NOTES_FEATURES)
    materials = StreamField(MaterialsStreamBlock(), verbose_name=_("materials"), blank=True)
    body = StreamField(ContentStreamBlock(), verbose_name=_("content"), blank=True)
    spouse_tasks = StreamField(
        ContentStreamBlock(), verbose_name=_("task package for spouses"), blank=True
    )
    children_tasks = StreamField(
        ContentStreamBlock(), verbose_name=_("task package for children"), blank=True
    )
    childcare_notes = RichTextField(_("childcare notes"), blank=True, features=NOTES_FEATURES)
    interpreter_notes = RichTextField(_("interpreter notes"), blank=True, features=NOTES_FEATURES)
    languages_available = ParentalManyToManyField(
        Language,
        verbose_name=_("languages available"),
        blank=True,
        related_name="packages",
        help_text=_("Languages the handouts and materials exist in."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("theme"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("duration_minutes"),
                FieldPanel("languages_available", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Audience, length and languages"),
        ),
        FieldPanel("objectives"),
        InlinePanel("agenda_items", label=_("Meeting plan"), heading=_("Meeting plan")),
        FieldPanel("body"),
        FieldPanel("materials"),
        InlinePanel("related_chapters", label=_("Related guide chapters")),
    ]
    tasks_panels = [
        FieldPanel("spouse_tasks"),
        FieldPanel("children_tasks"),
        FieldPanel("childcare_notes"),
        FieldPanel("interpreter_notes"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(tasks_panels, heading=_("Tasks and notes")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("objectives"),
        index.SearchField("body"),
        index.RelatedFields("theme", [index.SearchField("name")]),
    ]
    parent_page_types = ["resources.ThemeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("theme package")

    @property
    def agenda_total_minutes(self) -> int:
        return sum(item.minutes for item in self.agenda_items.all())


class AgendaItem(TranslatableMixin, Orderable):
    """One item of a package's meeting plan.

    Translatable so that wagtail-localize offers the plan's title and description for
    translation with the rest of the package (it only extracts child relations whose
    model is translatable; the others are copied as they are, in Finnish).
    """

    page = ParentalKey(ThemePackagePage, on_delete=models.CASCADE, related_name="agenda_items")
    title = models.CharField(_("title"), max_length=200)
    minutes = models.PositiveSmallIntegerField(_("minutes"))
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("title"), FieldPanel("minutes"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")


class RelatedChapter(Orderable):
    """A guide chapter worth reading with a package."""

    page = ParentalKey(ThemePackagePage, on_delete=models.CASCADE, related_name="related_chapters")
    chapter = models.ForeignKey(
        "resources.GuideChapterPage",
        verbose_name=_("chapter"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("chapter")]

    class Meta(Orderable.Meta):
        verbose_name = _("related guide chapter")
        verbose_name_plural = _("related guide chapters")
