from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.http import Http404
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.accounts.forms import InvitationAwarePasswordResetForm
from cms.media import media_urlpatterns
from home import calendar as home_calendar
from home import search as home_search
from home import views as home_views
from resources import feeds as resource_feeds


class FaviconRedirect(RedirectView):
    permanent = True

    def get_redirect_url(self, *args, **kwargs):
        # Resolved per request: the production storage's hashed name exists only
        # after collectstatic.
        return static("img/favicon.svg")


def not_found(request):
    raise Http404


urlpatterns = [
    # Wagtail's /admin/failwhale/ raises on purpose (to try the error page) for anyone,
    # anonymous visitors too: every request would be a 500 and an error report.
    path("admin/failwhale/", not_found),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", home_views.healthz, name="healthz"),
    # A private address with a secret in it: the same in every language.
    path("calendar/private/<str:token>.ics", home_calendar.private_feed, name="calendar_feed"),
    # Browsers ask for /favicon.ico whatever the page links.
    path("favicon.ico", FaviconRedirect.as_view()),
    path("i18n/", include("django.conf.urls.i18n")),
]

# Everything people read is language-prefixed (/en/…, /ar/…); Finnish, the default,
# has no prefix. Auth pages live here too so they follow the chosen language.
urlpatterns += i18n_patterns(
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path(
        "accounts/password_reset/",
        auth_views.PasswordResetView.as_view(form_class=InvitationAwarePasswordResetForm),
        name="password_reset",
    ),
    path("accounts/", include("cms.accounts.urls")),
    path("accounts/", include("django.contrib.auth.urls")),
    path("volunteer/", include("volunteers.urls")),
    path("partner/", include("volunteers.outreach.urls")),
    path("search/", home_search.search, name="search"),
    path("calendar/meetings.ics", resource_feeds.meetings_ical, name="meetings_ical"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

if settings.DEBUG:
    urlpatterns = media_urlpatterns() + urlpatterns
