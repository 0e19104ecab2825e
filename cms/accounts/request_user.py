"""Facts about a logged-in user that every page asks, in one query: may she open the
admin (her staff session then has time limits, sessions.py; the header links to the
admin), has she set up two-step verification and must she (she is then asked for
it, mfa.py).

Asked separately they cost four queries a page: Django's permission check reads
the user's own and her groups' permissions (two), the device and group checks one
each. Read here
once per request and kept on the user object, which lives as long as the request.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models import Exists, OuterRef, Q
from django_otp.plugins.otp_totp.models import TOTPDevice

from cms import roles
from cms.roles import ADMIN_ACCESS


@dataclass(frozen=True)
class UserFacts:
    # Django's `has_perm(ADMIN_ACCESS)`: Wagtail lets her into the admin.
    admin_access: bool
    two_step_enrolled: bool
    # A member of a group whose members must use two-step verification (roles).
    two_step_group: bool


def user_facts(user) -> UserFacts:
    """The facts for a logged-in `user`, read once per request."""
    facts = getattr(user, "_request_facts", None)
    if facts is None:
        app_label, codename = ADMIN_ACCESS.split(".")
        # As Django's ModelBackend: the permission given to her or to a group of hers.
        admin_access = Permission.objects.filter(
            Q(user=OuterRef("pk")) | Q(group__user=OuterRef("pk")),
            content_type__app_label=app_label,
            codename=codename,
        )
        enrolled = TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)
        two_step_group = Group.objects.filter(
            user=OuterRef("pk"), name__in=roles.MFA_REQUIRED_GROUPS
        )
        row = (
            get_user_model()
            ._default_manager.filter(pk=user.pk)
            .values_list(Exists(admin_access), Exists(enrolled), Exists(two_step_group))
            .first()
        ) or (False, False, False)
        facts = UserFacts(
            admin_access=user.is_active and (user.is_superuser or row[0]),
            two_step_enrolled=row[1],
            two_step_group=row[2],
        )
        user._request_facts = facts
    return facts
