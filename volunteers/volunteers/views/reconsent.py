"""A new consent when the privacy notice changes.

When the current notice version differs from the newest one the volunteer agreed
to, the portal shows the notice and asks her to accept it before anything else;
the acceptance is recorded like the sign-up consent (time, language, version).
"""

from functools import wraps

from django import forms
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from cms.forms import PlainTextFormMixin
from cms.vocabularies import ConsentPurpose
from resources.models import current_privacy_notice_version, privacy_notice_page
from volunteers.volunteers.models import Volunteer, VolunteerStatus
from volunteers.volunteers.models.consents import VolunteerConsent


def consented_version(volunteer: Volunteer) -> str | None:
    """The notice version of the volunteer's latest active privacy consent."""
    consent = (
        volunteer.consents.filter(purpose=ConsentPurpose.PRIVACY_NOTICE, withdrawn_at__isnull=True)
        .order_by("-given_at")
        .first()
    )
    return consent.privacy_notice_version if consent else None


def needs_new_consent(volunteer: Volunteer) -> bool:
    return consented_version(volunteer) != current_privacy_notice_version()


def requires_current_consent(view):
    """Send a volunteer who has not accepted the current notice to accept it first."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        volunteer = Volunteer.objects.filter(user=request.user).first()
        if volunteer is not None and needs_new_consent(volunteer):
            return redirect("volunteers:reconsent")
        return view(request, *args, **kwargs)

    return wrapped


class ReconsentForm(PlainTextFormMixin, forms.Form):
    accept = forms.BooleanField(
        label=_("I have read the new privacy notice and agree to the processing of my data."),
        error_messages={"required": _("Please accept the privacy notice to continue.")},
    )


@login_required
def reconsent(request):
    """Show the current notice and record the volunteer's acceptance."""
    volunteer = Volunteer.objects.filter(user=request.user).first()
    if volunteer is None or volunteer.status != VolunteerStatus.APPROVED:
        raise Http404
    version = current_privacy_notice_version()
    if consented_version(volunteer) == version:
        return redirect("volunteers:me")
    form = ReconsentForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        VolunteerConsent.objects.create(
            volunteer=volunteer,
            purpose=ConsentPurpose.PRIVACY_NOTICE,
            given_at=timezone.now(),
            language=get_language(),
            privacy_notice_version=version,
        )
        return redirect("volunteers:me")
    context = {
        "form": form,
        "version": version,
        "previous_version": consented_version(volunteer),
        "notice": privacy_notice_page(version),
    }
    return render(
        request,
        "volunteers/portal/reconsent.html",
        context,
        status=400 if request.method == "POST" else 200,
    )
