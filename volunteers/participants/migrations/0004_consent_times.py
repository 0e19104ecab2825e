"""Participants' consents get the volunteers' convention: aware datetimes
(given_at / withdrawn_at) and privacy_notice_version.

A date becomes midnight of that day in Europe/Helsinki (the project's time zone);
backwards, a time becomes its local date.
"""

import datetime
import zoneinfo

import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def _zone():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def dates_to_times(apps, schema_editor):
    Consent = apps.get_model("participants", "ParticipantConsent")
    zone = _zone()

    def midnight(day):
        return datetime.datetime.combine(day, datetime.time.min, tzinfo=zone) if day else None

    for consent in Consent.objects.all():
        consent.given_at = midnight(consent.given_on)
        consent.withdrawn_at = midnight(consent.withdrawn_on)
        consent.save(update_fields=["given_at", "withdrawn_at"])


def times_to_dates(apps, schema_editor):
    Consent = apps.get_model("participants", "ParticipantConsent")
    zone = _zone()
    for consent in Consent.objects.all():
        consent.given_on = consent.given_at.astimezone(zone).date()
        consent.withdrawn_on = (
            consent.withdrawn_at.astimezone(zone).date() if consent.withdrawn_at else None
        )
        consent.save(update_fields=["given_on", "withdrawn_on"])


class Migration(migrations.Migration):
    dependencies = [
        ("participants", "0003_json_choice_lists"),
    ]

    operations = [
        migrations.AddField(
            model_name="participantconsent",
            name="given_at",
            field=models.DateTimeField(null=True, verbose_name="given at"),
        ),
        migrations.AddField(
            model_name="participantconsent",
            name="withdrawn_at",
            field=models.DateTimeField(
                blank=True,
                help_text="Setting a time withdraws the consent at once.",
                null=True,
                verbose_name="withdrawn at",
            ),
        ),
        migrations.RunPython(dates_to_times, times_to_dates),
        migrations.RemoveField(model_name="participantconsent", name="given_on"),
        migrations.RemoveField(model_name="participantconsent", name="withdrawn_on"),
        migrations.AlterField(
            model_name="participantconsent",
            name="given_at",
            field=models.DateTimeField(default=django.utils.timezone.now, verbose_name="given at"),
        ),
        migrations.RenameField(
            model_name="participantconsent",
            old_name="notice_version",
            new_name="privacy_notice_version",
        ),
        migrations.AlterModelOptions(
            name="participantconsent",
            options={
                "ordering": ["purpose", "-given_at"],
                "verbose_name": "consent",
                "verbose_name_plural": "consents",
            },
        ),
    ]
