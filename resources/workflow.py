"""The editors' review for guides, theme materials and theme meetings: an editor
drafts and submits, a second editor approves, and approval publishes.

The workflow kept its first name ("Guide review") so existing sites keep their
assignments; it now covers every content index in REVIEWED_INDEX_MODELS."""

from django.contrib.auth.models import Group
from wagtail.models import Workflow, WorkflowPage, WorkflowTask

from cms import roles

WORKFLOW_NAME = "Guide review"
TASK_NAME = "Approval by a second editor"


# The page types whose subtree goes through the editors' review.
REVIEWED_INDEX_MODELS = ("GuideIndexPage", "ThemeIndexPage", "MeetingIndexPage")


def is_reviewed_index(page) -> bool:
    return type(page.specific).__name__ in REVIEWED_INDEX_MODELS


def ensure_guide_workflow() -> Workflow:
    """Create the editors' review (idempotently) and assign it to every content index.

    The task's group is Editors: the author submits, and another editor (never the
    author, see SecondEditorApprovalTask) approves, which publishes, or requests changes.
    """
    editors, _created = Group.objects.get_or_create(name=roles.EDITORS)
    from .models import SecondEditorApprovalTask

    task = SecondEditorApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = SecondEditorApprovalTask.objects.create(name=TASK_NAME)
    if not task.groups.filter(pk=editors.pk).exists():
        task.groups.add(editors)
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    # WorkflowTask directly: the workflow's child-relation manager (modelcluster) would
    # only hold the row in memory.
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    from . import models

    for name in REVIEWED_INDEX_MODELS:
        for index_page in getattr(models, name).objects.all():
            assign_guide_workflow(index_page, workflow)
    return workflow


def assign_guide_workflow(index_page, workflow=None) -> None:
    """Put `index_page` (and so every guide and chapter below it) under the workflow."""
    workflow = workflow or Workflow.objects.filter(name=WORKFLOW_NAME, active=True).first()
    if workflow is None:
        return
    WorkflowPage.objects.get_or_create(page=index_page, defaults={"workflow": workflow})


def refuses_direct_publish(request, page) -> bool:
    """True when `page` is under the guide workflow and the user is not a superuser:
    such changes are published by approval only."""
    if request.user.is_superuser:
        return False
    workflow = page.get_workflow()
    return workflow is not None and workflow.name == WORKFLOW_NAME
