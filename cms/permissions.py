"""Permission policies and permission queries shared by the apps."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy


class RestrictedPolicy(ModelPermissionPolicy):
    """Model permissions minus some actions, for everyone: a match is only created by
    approving a suggestion, and the outbox is read-only."""

    def __init__(self, model, denied=()):
        super().__init__(model)
        self.denied = set(denied)

    def user_has_permission(self, user, action):
        return action not in self.denied and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


def users_with_permission(permission: str):
    """Users granted ``permission`` ("app.codename") through a group or directly:
    whom to offer as a responsible worker, without naming groups."""
    app_label, codename = permission.split(".", 1)
    through_group = Q(
        groups__permissions__codename=codename,
        groups__permissions__content_type__app_label=app_label,
    )
    direct = Q(
        user_permissions__codename=codename,
        user_permissions__content_type__app_label=app_label,
    )
    return get_user_model().objects.filter(through_group | direct).distinct()
