"""Public sign-up: the form, the "check your email" page and the confirmation link."""

import time

from django.apps import apps
from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from resources import page_cache
from resources.models import current_privacy_notice_version, privacy_notice_page
from volunteers.volunteers import screening
from volunteers.volunteers.forms.signup import SignUpForm
from volunteers.volunteers.models import Volunteer, VolunteerStatus
from volunteers.volunteers.signup import is_expired, submit_signup


def _privacy_notice_url(request) -> str:
    """The notice page of the version the consent records, in the reader's language;
    the address in the contact settings while no notice page is published."""
    page = privacy_notice_page(current_privacy_notice_version())
    if page is not None:
        return page.get_url(request)
    # The site's contact settings belong to home, a layer above: looked up by name.
    contact_settings = apps.get_model("home", "ContactSettings")
    return contact_settings.for_request(request).privacy_notice_url


def _wait_until_floor(started: float):
    """Answer no sooner than SIGNUP_MIN_SECONDS after the POST arrived.

    A new address stores several rows; a known one only queues an email (or nothing,
    within the hour). Without a floor the difference in time tells an observer
    whether an address has signed up. The floor is well above either path's work.
    """
    remaining = settings.SIGNUP_MIN_SECONDS - (time.monotonic() - started)
    if remaining > 0:
        time.sleep(remaining)


def _signup_rate(group, request):
    return settings.SIGNUP_RATELIMIT


@require_http_methods(["GET", "POST"])
def sign_up(request):
    """The sign-up form. Valid input is stored and a confirmation email queued.

    The empty form is the same for every anonymous visitor but her CSRF token: it is
    served from the page cache with her own token put in (resources/page_cache.py).
    """
    notice_url = _privacy_notice_url(request)
    if request.method != "POST":
        form = SignUpForm(privacy_notice_url=notice_url)
        context = {"form": form, **page_cache.shared_form_context(request)}
        return render(request, "volunteers/sign_up.html", context)
    started = time.monotonic()
    form = SignUpForm(request.POST, privacy_notice_url=notice_url)
    if form.is_bot:
        # Look like success, so a bot learns nothing; store nothing.
        _wait_until_floor(started)
        return redirect("volunteers:sign_up_done")
    limited = settings.SIGNUP_RATELIMIT and is_ratelimited(
        request,
        group="volunteer-sign-up",
        key="ip",
        rate=_signup_rate,
        method="POST",
        increment=True,
    )
    if limited:
        form.is_valid()  # keep what was typed, with any field messages
        form.add_error(
            None, _("Too many sign-ups from this network just now. Please try again in an hour.")
        )
        return render(request, "volunteers/sign_up.html", {"form": form}, status=429)
    if not form.is_valid():
        return render(request, "volunteers/sign_up.html", {"form": form}, status=400)
    submit_signup(form.cleaned_data, language=get_language())
    _wait_until_floor(started)
    return redirect("volunteers:sign_up_done")


def sign_up_done(request):
    """The same page whether the address was new or known (reveals nothing)."""
    return render(request, "volunteers/sign_up_done.html")


@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """The double opt-in link from the confirmation email.

    Opening the link only shows a button; the press (a POST) confirms. Mail scanners
    and link previews open every link in a message, and must not confirm for her.
    """
    volunteer = Volunteer.objects.filter(confirmation_token=token).first()
    if volunteer is None or is_expired(volunteer):
        return render(request, "volunteers/confirm_invalid.html", status=404)
    if request.method != "POST" and volunteer.status == VolunteerStatus.SUBMITTED:
        return render(request, "volunteers/confirm.html", {"volunteer": volunteer})
    screening.confirm_email(volunteer)
    return render(request, "volunteers/confirmed.html", {"volunteer": volunteer})
