"""Admin screen: logins locked by django-axes, and the coordinator's unlock button."""

from datetime import timedelta

from axes.models import AccessAttempt
from axes.utils import reset
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Max, Sum
from django.shortcuts import redirect
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

VIEW_PERMISSION = "axes.view_accessattempt"
UNLOCK_PERMISSION = "axes.delete_accessattempt"


def _recent_attempts():
    since = timezone.now() - timedelta(hours=settings.AXES_COOLOFF_TIME)
    return AccessAttempt.objects.filter(attempt_time__gte=since)


def locked(field: str) -> list[dict]:
    """Usernames or addresses (``field``) with failures enough to be locked now."""
    return list(
        _recent_attempts()
        .values(field)
        .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        .order_by("-last")
    )


class LockedLoginsView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Locked logins")
    header_icon = "lock"
    template_name = "accounts/admin/locked_logins.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(VIEW_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["accounts"] = locked("username")
        context["addresses"] = locked("ip_address")
        context["can_unlock"] = self.request.user.has_perm(UNLOCK_PERMISSION)
        return context


@require_POST
def unlock(request):
    """Forget the failed attempts of one username or one address."""
    if not request.user.has_perm(UNLOCK_PERMISSION):
        raise PermissionDenied
    username = request.POST.get("username", "").strip()
    address = request.POST.get("ip_address", "").strip()
    if username:
        reset(username=username)
        messages.success(request, _("Unlocked the account %(name)s.") % {"name": username})
    elif address:
        reset(ip=address)
        messages.success(request, _("Unlocked the address %(address)s.") % {"address": address})
    return redirect("accounts_lockouts:index")


urlpatterns = [
    path("", LockedLoginsView.as_view(), name="index"),
    path("unlock/", unlock, name="unlock"),
]
