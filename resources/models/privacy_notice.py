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

from ..request_memo import in_request, memoised


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
    until a notice page is published (a new site before its content exists). In a GET
    request read once, with the notice pages `privacy_notice_page` picks from (the
    sign-up form names the version and links to its page: one query for both)."""
    notices = _notices_of_request()
    if notices is not None:
        default = Locale.get_default()
        version = next((n.version for n in notices if n.locale_id == default.pk), None)
    else:
        version = (
            PrivacyNoticePage.objects.live()
            .filter(locale=Locale.get_default())
            .order_by(*_NEWEST_FIRST)
            .values_list("version", flat=True)
            .first()
        )
    return version or settings.PRIVACY_NOTICE_VERSION


def privacy_notice_page(version: str, locale=None):
    """The live notice of `version` in `locale` (the active one by default), else in
    the default language; None when no page of that version is published."""
    locale = locale or Locale.get_active()
    default = Locale.get_default()
    notices = _notices_of_request() if locale == Locale.get_active() else None
    if notices is None:
        notices = _live_notices([locale.pk, default.pk])
    pages = {}
    for page in notices:
        if page.version == version:
            pages.setdefault(page.locale_id, page)
    return pages.get(locale.pk) or pages.get(default.pk)


_NEWEST_FIRST = ("-effective_from", "-first_published_at")


def _live_notices(locale_ids):
    return list(
        PrivacyNoticePage.objects.live()
        .filter(locale__in=locale_ids)
        .defer("body")
        .order_by(*_NEWEST_FIRST)
    )


def _notices_of_request():
    """The live notices in the default and the active language, newest first, read
    once per GET request; None outside one."""
    if not in_request():
        return None
    # Keyed by the active language: a request may render a part in another language.
    active = Locale.get_active()
    return memoised(
        ("privacy_notices", active.pk),
        lambda: _live_notices({Locale.get_default().pk, active.pk}),
    )
