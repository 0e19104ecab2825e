from django.db import migrations, models
from django.db.models import F


def mark_existing_as_handed_over(apps, schema_editor):
    """SMS queued before this release were handed to the broker when they were
    queued (there was no other way then): mark them so, or the dispatcher would hand
    them over again and a mother could get the same text twice."""
    OutgoingSms = apps.get_model("outbox", "OutgoingSms")
    OutgoingSms.objects.filter(enqueued_at__isnull=True).update(enqueued_at=F("created_at"))


class Migration(migrations.Migration):
    dependencies = [
        ("outbox", "0003_merge_sms_and_email_dispatch"),
    ]

    operations = [
        migrations.AddField(
            model_name="outgoingsms",
            name="enqueued_at",
            field=models.DateTimeField(
                blank=True, null=True, verbose_name="handed to the task queue"
            ),
        ),
        migrations.RunPython(mark_existing_as_handed_over, migrations.RunPython.noop),
    ]
