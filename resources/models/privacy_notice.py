"""The privacy notice as a page: one page per version, translated per language.

The sign-up consent and the volunteer portal record the version a volunteer agreed
to and link to the page of that version in the reader's language. Publishing a page
with a newer `effective_from` makes its version the current one, and volunteers
are asked for a new consent at their next portal visit.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from ..request_memo import memoised


class PrivacyNoticePage(Page):
    """One version of the privacy notice (tietosuojaseloste). Holds no personal data."""

    version = models.CharField(
        _("version"),
        max_length=20,
        help_text=_(
            "The version consents refer to, e.g. 2026-01. Use a new page for a new version."
        ),
    )
    effective_from = models.DateField(
        _("in force from"),
        help_text=_("The newest published version is the one volunteers are asked to accept."),
    )
    body = RichTextField(_("notice"), features=["h2", "h3", "bold", "italic", "ol", "ul", "link"])

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("version"), FieldPanel("effective_from")], heading=_("Version")
        ),
        FieldPanel("body"),
    ]
    # A translation is the same version in another language: never a different one.
    override_translatable_fields = [
        SynchronizedField("version", overridable=False),
        SynchronizedField("effective_from", overridable=False),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("privacy notice")
        verbose_name_plural = _("privacy notices")


def current_privacy_notice_version() -> str:
    """The version of the newest published notice; the PRIVACY_NOTICE_VERSION setting
    until a notice page is published (a new site before its content exists). Read
    once per GET request (the sign-up form and its link both ask)."""
    version = memoised(
        "current_privacy_notice_version",
        lambda: (
            PrivacyNoticePage.objects.live()
            .filter(locale=Locale.get_default())
            .order_by("-effective_from", "-first_published_at")
            .values_list("version", flat=True)
            .first()
        ),
    )
    return version or settings.PRIVACY_NOTICE_VERSION


def privacy_notice_page(version: str, locale=None):
    """The live notice of `version` in `locale` (the active one by default), else in
    the default language; None when no page of that version is published."""
    locale = locale or Locale.get_active()
    pages = {
        page.locale_id: page
        for page in PrivacyNoticePage.objects.live().filter(
            version=version, locale__in=[locale, Locale.get_default()]
        )
    }
    return pages.get(locale.pk) or pages.get(Locale.get_default().pk)
