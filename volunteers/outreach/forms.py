"""Forms of outreach: the admin forms, enrolment and the partner's referral form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.forms import PlainTextFormMixin
from resources.models import Municipality
from volunteers.outreach.models import OutreachChannel, PartnerOrganisation, Referral
from volunteers.participants.forms import CaseloadRecordForm
from volunteers.participants.permissions import sees_all


class OutreachContactForm(CaseloadRecordForm):
    """Only the channels in use are offered (a retired one stays on old rows)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        channels = OutreachChannel.objects.filter(active=True)
        if self.instance.channel_id:
            channels = OutreachChannel.objects.filter(active=True) | OutreachChannel.objects.filter(
                pk=self.instance.channel_id
            )
        self.fields["channel"].queryset = channels


class ReferralForm(CaseloadRecordForm):
    """A worker's referral belongs to a participant of her caseload (so that she keeps
    seeing it); coordinators may record a referral in before enrolment."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.for_user is not None and not sees_all(self.for_user):
            self.fields["participant"].required = True


class EnrolForm(PlainTextFormMixin, forms.Form):
    """What a participant record needs at least; the rest is filled in on her record."""

    first_name = forms.CharField(label=_("first name or pseudonym"), max_length=100)
    last_name = forms.CharField(label=_("last name"), max_length=100, required=False)
    municipality = forms.ModelChoiceField(
        label=_("municipality"), queryset=Municipality.objects.all()
    )


class PartnerReferralForm(PlainTextFormMixin, forms.ModelForm):
    """A partner professional refers a family to the project: a first name is enough."""

    class Meta:
        model = Referral
        fields = ["family_first_name", "purpose"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["family_first_name"].required = True


def partner_organisation_of(user):
    """The organisation of a partner professional's contact record, or None."""
    return (
        PartnerOrganisation.objects.filter(contacts__user=user).first()
        if user.is_authenticated
        else None
    )
