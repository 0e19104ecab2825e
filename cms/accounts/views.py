"""The second step of logging in: set it up, give a code, see the recovery codes."""

import base64

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms.accounts.forms import CodeForm
from cms.accounts.mfa import has_enrolled, new_recovery_codes

# The recovery codes are shown once, on the page after enrolment; until then they
# wait in the session (which only this user's browser holds).
SESSION_CODES = "two_step_recovery_codes"


def _next_url(request, default="/admin/"):
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default


def _matching_device(user, code):
    """The user's device that accepts ``code``, counting failures (django-otp throttles
    each device: after a wrong code the next try must wait, doubling each time)."""
    devices = [
        *TOTPDevice.objects.filter(user=user, confirmed=True),
        *StaticDevice.objects.filter(user=user, confirmed=True),
    ]
    for device in devices:
        allowed, _details = device.verify_is_allowed()
        if allowed and device.verify_token(code):
            return device
    return None


@sensitive_post_parameters("code")
@never_cache
@login_required
def verify(request):
    """Ask an enrolled user for a code from the app or a recovery code."""
    if request.user.is_verified():
        return redirect(_next_url(request))
    if not has_enrolled(request.user):
        return redirect(f"{reverse('two_step_enrol')}?{request.GET.urlencode()}")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = _matching_device(request.user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            if isinstance(device, StaticDevice):
                left = device.token_set.count()
                messages.warning(
                    request,
                    _("You used a recovery code. Recovery codes left: %(count)s.")
                    % {"count": left},
                )
            return redirect(_next_url(request))
        form.add_error(
            "code", _("That code did not match. Check the time on your phone and try again.")
        )
    return render(
        request,
        "accounts/two_step_verify.html",
        {"form": form, "next": _next_url(request)},
        status=200,
    )


def _unconfirmed_device(user):
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").last()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="app", confirmed=False)
    return device


def _qr_svg(device) -> str:
    qr = segno.make(device.config_url, error="m")
    return qr.svg_inline(scale=5, border=2, omitsize=True)


@sensitive_post_parameters("code")
@never_cache
@login_required
def enrol(request):
    """Set up an authenticator app: scan the QR code, type the code it shows."""
    if has_enrolled(request.user) and not request.user.is_verified():
        # Replacing a device needs the old one first; a password alone is not enough.
        return redirect(f"{reverse('two_step_verify')}?{request.GET.urlencode()}")
    device = _unconfirmed_device(request.user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            TOTPDevice.objects.filter(user=request.user).exclude(pk=device.pk).delete()
            request.session[SESSION_CODES] = new_recovery_codes(request.user)
            otp_login(request, device)
            return redirect(f"{reverse('two_step_codes')}?next={_next_url(request)}")
        form.add_error(
            "code", _("That code did not match. Check the time on your phone and try again.")
        )
    secret = base64.b32encode(device.bin_key).decode()
    return render(
        request,
        "accounts/two_step_enrol.html",
        {
            "form": form,
            "qr_svg": _qr_svg(device),
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "next": _next_url(request),
        },
    )


@never_cache
@login_required
def recovery_codes(request):
    """Show fresh recovery codes once; a verified user may ask for new ones."""
    if request.method == "POST" and request.user.is_verified():
        request.session[SESSION_CODES] = new_recovery_codes(request.user)
        return redirect(request.get_full_path())
    codes = request.session.pop(SESSION_CODES, None)
    return render(
        request,
        "accounts/two_step_codes.html",
        {"codes": codes, "next": _next_url(request)},
    )
