"""Permission policies shared by the apps."""

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
