"""Two-step verification: who must use it, and the middleware that asks for it.

django-otp keeps the devices (a TOTP app, and a static device holding one-time
recovery codes) and marks a session verified (``request.user.is_verified()``). This
module decides who is asked: everyone who has enrolled, and, when MFA_REQUIRED is
on, every superuser and member of roles.MFA_REQUIRED_GROUPS, enrolled or not.
"""

from urllib.parse import urlencode

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.accounts.request_user import user_facts

RECOVERY_CODE_COUNT = 10

# Pages an unverified user may still open: the two steps themselves, logging out,
# the language switch and the health check.
EXEMPT_URL_NAMES = {
    "two_step_verify",
    "two_step_enrol",
    "logout",
    "wagtailadmin_logout",
    "set_language",
    "healthz",
    "javascript-catalog",
}


def must_use_two_step(user) -> bool:
    """True when the user's role requires a second step (whether enrolled or not)."""
    if not settings.MFA_REQUIRED or not user.is_authenticated:
        return False
    # Her groups are read with her other per-request facts (request_user.py).
    return user.is_superuser or user_facts(user).two_step_group


def has_enrolled(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def reset_devices(user) -> tuple[int, int]:
    """Remove the user's authenticator apps and recovery codes (a lost phone); she
    sets up an app again at her next login. Returns (apps, code sets) removed."""
    apps, _ = TOTPDevice.objects.filter(user=user).delete()
    codes, _ = StaticDevice.objects.filter(user=user).delete()
    return apps, codes


def new_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes with RECOVERY_CODE_COUNT fresh ones."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name="recovery", defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def _redirect(request, url_name):
    url = reverse(url_name)
    return redirect(f"{url}?{urlencode({'next': request.get_full_path()})}")


class TwoStepRequiredMiddleware:
    """Before any page, send an unverified user who needs a second step to give it
    (or, required but not enrolled, to set it up)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated or user.is_verified():
            return None
        match = request.resolver_match
        if match is not None and match.url_name in EXEMPT_URL_NAMES:
            return None
        # Read with her other per-request facts in one query (request_user.py).
        if user_facts(user).two_step_enrolled:
            return _redirect(request, "two_step_verify")
        if must_use_two_step(user):
            return _redirect(request, "two_step_enrol")
        return None
