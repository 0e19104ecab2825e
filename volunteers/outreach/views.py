"""The partner professional's page: the referrals she made, with their status, and a
form to refer a family in. Nothing else of the project's records is shown."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from volunteers.outreach import access, services
from volunteers.outreach.forms import PartnerReferralForm, partner_organisation_of


@login_required
def my_referrals(request):
    if not access.can_refer_in(request.user):
        raise PermissionDenied
    organisation = partner_organisation_of(request.user)
    form = PartnerReferralForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if organisation is None:
            raise PermissionDenied
        if form.is_valid():
            services.refer_in(request.user, organisation, **form.cleaned_data)
            messages.success(request, _("Thank you: the project has your referral."))
            return redirect("outreach:my_referrals")
        status = 400
    context = {
        "organisation": organisation,
        "referrals": access.own_referrals(request.user)[:100],
        "form": form,
    }
    return render(request, "outreach/my_referrals.html", context, status=status)
