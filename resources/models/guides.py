"""Guides: an index of guides, each guide a table of contents over its chapters."""

from django import forms
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from ..blocks import ContentStreamBlock
from .filters import GuideFilter
from .listing import FilteredListingMixin
from .streams import BlockFormatStreamsMixin
from .taxonomy import Audience


class GuideIndexPage(FilteredListingMixin, Page):
    """Lists the guides, filtered by audience.

    Changes below it go through the guide review workflow (resources/workflow.py).
    """

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.GuidePage"]
    listing_model_name = "GuidePage"
    filterset_class = GuideFilter

    class Meta:
        verbose_name = _("guide index")

    def listing_queryset(self):
        return super().listing_queryset().prefetch_related("audiences")


class GuidePage(Page):
    """A guide: an introduction and the table of contents of its chapters."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    audiences = ParentalManyToManyField(
        Audience, verbose_name=_("audience"), blank=True, related_name="guides"
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]
    parent_page_types = ["resources.GuideIndexPage"]
    subpage_types = ["resources.GuideChapterPage"]

    class Meta:
        verbose_name = _("guide")

    def chapters(self):
        """The live chapters in tree order, with their summaries (one query)."""
        return GuideChapterPage.objects.child_of(self).live().defer("body").order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["chapters"] = list(self.chapters())
        return context


class GuideChapterPage(BlockFormatStreamsMixin, Page):
    """One chapter of a guide, with the guide's contents and previous/next links."""

    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in the contents.")
    )
    body = StreamField(ContentStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]
    parent_page_types = ["resources.GuidePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guide chapter")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The guide and its live chapters in one query: the guide is the row at the
        # parent's path, the chapters the live rows one level below it.
        parent_path = self.path[: -self.steplen]
        rows = list(
            Page.objects.filter(
                Q(path=parent_path) | Q(path__startswith=parent_path, depth=self.depth, live=True)
            )
            .order_by("path")
            .only("id", "title", "url_path", "path", "depth", "locale_id")
        )
        guide, chapters = rows[0], rows[1:]
        index_of = next((i for i, c in enumerate(chapters) if c.pk == self.pk), None)
        context["guide"] = guide
        context["chapters"] = chapters
        if index_of is not None:
            context["chapter_number"] = index_of + 1
            context["previous_chapter"] = chapters[index_of - 1] if index_of > 0 else None
            context["next_chapter"] = (
                chapters[index_of + 1] if index_of + 1 < len(chapters) else None
            )
        return context
