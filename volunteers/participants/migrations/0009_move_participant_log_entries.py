"""Move the participant side's existing log entries out of Wagtail's ModelLogEntry
into ParticipantLogEntry, replacing the label (her name, as str() gave it) with a
neutral one and recording whose entry it is, so the caseload filter applies to
history already written."""

from django.conf import settings
from django.db import migrations
from django.utils import translation
from django.utils.translation import gettext

# The participant side's models whose entries move (as in wagtail_hooks.AUDITED_MODELS).
RECORDS = [
    "homevisit",
    "introductoryvisit",
    "taskpackagehandout",
    "initialassessment",
    "kykyviisarisummary",
    "meetingattendance",
    "esfprofile",
]


def move_entries(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ModelLogEntry = apps.get_model("wagtailcore", "ModelLogEntry")
    ParticipantLogEntry = apps.get_model("participants", "ParticipantLogEntry")
    types = {
        ct.model: ct
        for ct in ContentType.objects.filter(
            app_label="participants", model__in=["participant", *RECORDS]
        )
    }
    with translation.override(settings.LANGUAGE_CODE):
        for name, content_type in types.items():
            entries = ModelLogEntry.objects.filter(content_type=content_type)
            if not entries.exists():
                continue
            owners = {}
            if name != "participant":
                model = apps.get_model("participants", name)
                owners = {str(pk): owner for pk, owner in model.objects.values_list("pk", "participant_id")}
                verbose = str(model._meta.verbose_name).capitalize()
            moved = []
            for entry in entries.iterator():
                if name == "participant":
                    ref = int(entry.object_id) if entry.object_id.isdigit() else None
                    label = gettext("Participant #%(id)s") % {"id": entry.object_id}
                else:
                    # A deleted record's owner is unknown: only coordinators see it.
                    ref = owners.get(entry.object_id)
                    label = gettext("%(type)s #%(id)s of participant #%(participant)s") % {
                        "type": verbose,
                        "id": entry.object_id,
                        "participant": ref,
                    }
                moved.append(
                    ParticipantLogEntry(
                        content_type_id=entry.content_type_id,
                        label=label,
                        action=entry.action,
                        data=entry.data,
                        timestamp=entry.timestamp,
                        uuid=entry.uuid,
                        user_id=entry.user_id,
                        revision_id=entry.revision_id,
                        content_changed=entry.content_changed,
                        deleted=entry.deleted,
                        object_id=entry.object_id,
                        participant_ref=ref,
                    )
                )
            ParticipantLogEntry.objects.bulk_create(moved, batch_size=1000)
            entries.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("participants", "0008_participant_log_entries"),
        ("wagtailcore", "0098_apitoken"),
    ]

    # Not reversible: putting the names back is exactly what this removes.
    operations = [migrations.RunPython(move_entries, migrations.RunPython.noop)]
