"""The front page and site-wide settings."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Page

from .routing import find_page, same_route


class HomePage(Page):
    """The front page: a public welcome for visitors, the intranet start for users.

    Anonymous visitors see the welcome, the public guides and the call to volunteer.
    Logged-in users see panels contributed by the apps through the
    ``front_page_panels`` hook (see home/panels.py).
    """

    welcome_title = models.CharField(_("welcome title"), max_length=200, blank=True)
    welcome_text = RichTextField(_("welcome text"), blank=True, features=["bold", "italic", "link"])
    volunteer_call = models.TextField(
        _("call to volunteer"),
        blank=True,
        help_text=_("A few sentences inviting people to become a support family or godparent."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("welcome_title"),
        FieldPanel("welcome_text"),
        FieldPanel("volunteer_call"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "resources.GuideIndexPage",
        "resources.ThemeIndexPage",
        "resources.MeetingIndexPage",
        "resources.PrivacyNoticePage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("front page")

    @same_route
    def route(self, request, path_components):
        """The page at the path by one lookup of its `url_path` (home/routing.py);
        Wagtail's walk of the tree for anything else, and for the 404."""
        if path_components:
            found = find_page(self, path_components)
            if found is not None:
                return found
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if request.user.is_authenticated:
            panels = (hook(request) for hook in hooks.get_hooks("front_page_panels"))
            context["panels"] = sorted(
                (panel for panel in panels if panel is not None), key=lambda p: p.order
            )
        return context


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    """Contact details shown in the footer of every page."""

    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    address = models.TextField(_("address"), blank=True)
    privacy_notice_url = models.URLField(_("privacy notice address"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("address"),
            ],
            heading=_("Contact"),
        ),
        FieldPanel("privacy_notice_url"),
    ]

    class Meta:
        verbose_name = _("contact details")


class CalendarFeedToken(models.Model):
    """The secret in a user's private calendar address (/calendar/private/<token>.ics).

    Only a hash is stored: the address is shown once when it is made; making a new one
    or turning it off makes the old address answer 404 at once.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed_token"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("private calendar address")
        verbose_name_plural = _("private calendar addresses")

    def __str__(self):
        return str(self.user)
