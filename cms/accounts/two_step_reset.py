"""Admin screen: reset another user's two-step verification (she lost her phone).

Offered in the admin's user list to whoever may change users (the user
administrators; superusers). A superuser's second step is reset only by another
superuser, as Wagtail lets only superusers edit superusers. The reset is a confirmed
POST and is written to the user's history.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from cms.accounts.mfa import reset_devices

CHANGE_USERS = "auth.change_user"
RESET_ACTION = "accounts.two_step_reset"


def may_reset(request_user, user) -> bool:
    if not request_user.has_perm(CHANGE_USERS):
        return False
    return request_user.is_superuser or not user.is_superuser


def full_name(user) -> str:
    return user.get_full_name() or user.get_username()


class ResetTwoStepView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Reset two-step verification")
    header_icon = "key"
    template_name = "accounts/admin/reset_two_step.html"

    def dispatch(self, request, pk):
        self.user = get_object_or_404(get_user_model(), pk=pk)
        if not may_reset(request.user, self.user):
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return full_name(self.user)

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("wagtailusers_users:index"), "label": _("Users")},
            {"url": "", "label": self.page_title, "sublabel": full_name(self.user)},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["target"] = self.user
        context["target_name"] = full_name(self.user)
        context["enrolled"] = TOTPDevice.objects.filter(user=self.user, confirmed=True).exists()
        return context

    def post(self, request, pk):
        apps, codes = reset_devices(self.user)
        log(instance=self.user, action=RESET_ACTION, user=request.user)
        messages.success(
            request,
            _(
                "%(name)s's two-step verification was reset: she sets up an "
                "authenticator app again when she next logs in."
            )
            % {"name": full_name(self.user)},
        )
        return redirect("wagtailusers_users:index")


urlpatterns = [path("<int:pk>/", ResetTwoStepView.as_view(), name="reset")]
