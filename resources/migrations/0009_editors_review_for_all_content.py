"""The editors' review covers theme materials and meetings too; Wagtail's default
"Moderators approval" workflow (a group with no members, so only the superuser was
ever asked) is retired: deactivated, its page assignments removed and any
moderation still open on it cancelled."""

from django.db import migrations

MODERATORS_WORKFLOW = "Moderators approval"
EDITORS_REVIEW = "Guide review"
REVIEWED_INDEX_MODELS = ("ThemeIndexPage", "MeetingIndexPage")


def retire_moderators_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    for workflow in Workflow.objects.filter(name=MODERATORS_WORKFLOW):
        WorkflowState.objects.filter(workflow=workflow, status="in_progress").update(
            status="cancelled"
        )
        WorkflowPage.objects.filter(workflow=workflow).delete()
        workflow.active = False
        workflow.save(update_fields=["active"])
    review = Workflow.objects.filter(name=EDITORS_REVIEW, active=True).first()
    if review is None:
        return  # a fresh site: load_demo_data and new indexes assign it
    for name in REVIEWED_INDEX_MODELS:
        for page in apps.get_model("resources", name).objects.all():
            WorkflowPage.objects.get_or_create(page_id=page.pk, defaults={"workflow": review})


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0008_merge_0005_municipality_0007_audio_blocks"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(retire_moderators_workflow, migrations.RunPython.noop)]
