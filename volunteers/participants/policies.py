"""The caseload rule as a Wagtail permission policy.

Registered for the participant and every record that hangs on her (AppConfig.ready,
before the viewsets register a plain model policy of their own), so Wagtail's own
checks ask the same question as our screens: the editing-session ping, the delete
view, and whatever else looks a model's policy up in `policy_registry`. The rule
itself stays in caseload.py; this only translates it to Wagtail's interface.
"""

from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from volunteers.participants import caseload
from volunteers.participants.models import (
    HomeVisit,
    InitialAssessment,
    IntroductoryVisit,
    KykyviisariSummary,
    Participant,
    TaskPackageHandout,
)

# Her records, reached through their participant.
RECORDS = (KykyviisariSummary, InitialAssessment, HomeVisit, IntroductoryVisit, TaskPackageHandout)


class CaseloadPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, narrowed to the participants the user may see."""

    def __init__(self, model, participant_path=""):
        super().__init__(model)
        # From the model to the participant: "" for participants, "participant__" for
        # her records.
        self.participant_path = participant_path

    def restrict(self, queryset, user):
        """`queryset` of this model cut down to the user's caseload."""
        return caseload.restrict(queryset, user, self.participant_path)

    def can_reach(self, user, instance) -> bool:
        """Whether the instance belongs to a participant of the user's caseload."""
        return caseload.can_access(user, caseload.participant_of(instance))

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self.can_reach(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and self.can_reach(user, instance)

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def instances_user_has_any_permission_for(self, user, actions):
        queryset = self.model._default_manager.all()
        if not self.user_has_any_permission(user, actions):
            return queryset.none()
        return self.restrict(queryset, user)


def register_caseload_policies():
    register_permission_policy(Participant, CaseloadPermissionPolicy(Participant), exact_class=True)
    for model in RECORDS:
        register_permission_policy(
            model, CaseloadPermissionPolicy(model, "participant__"), exact_class=True
        )
