"""Forms of the account pages."""

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import PasswordResetForm
from django.utils.translation import gettext_lazy as _

from cms import roles


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=16,
        help_text=_("The six digits your authenticator app shows, or one of your recovery codes."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


class InvitationAwarePasswordResetForm(PasswordResetForm):
    """Django's reset form, which also serves approved volunteers without a password.

    A volunteer's login is created with an unusable password and an invitation link
    to set one. Django's form skips unusable passwords (so that accounts meant to
    have none stay so); a volunteer whose invitation got lost or expired would then
    have no way in. Active members of the Volunteers group are let through: the link
    proves they own the address, as the invitation did.
    """

    def get_users(self, email):
        yield from super().get_users(email)
        volunteers = get_user_model()._default_manager.filter(
            email__iexact=email, is_active=True, groups__name=roles.VOLUNTEERS
        )
        for user in volunteers:
            if not user.has_usable_password():
                yield user
