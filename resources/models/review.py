"""The approval task of the guide review workflow."""

from django.utils.translation import gettext_lazy as _
from wagtail.models import GroupApprovalTask


class SecondEditorApprovalTask(GroupApprovalTask):
    """A group approval that the person who submitted the change cannot give:
    the whole point of the review is a second pair of eyes."""

    class Meta:
        verbose_name = _("approval by a second editor")
        verbose_name_plural = _("approvals by a second editor")

    def get_actions(self, obj, user):
        state = getattr(obj, "current_workflow_state", None)
        if state is not None and state.requested_by_id == user.pk and not user.is_superuser:
            return []
        return super().get_actions(obj, user)
