"""Meeting-plan items and venues become translatable (wagtail-localize).

Existing rows keep their data: an agenda item takes the locale of its page, a venue
the default locale; each gets its own translation key. The columns are added as
nullable, filled, then made required, so the migration works on a populated site.
"""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def fill_locale_and_key(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    AgendaItem = apps.get_model("resources", "AgendaItem")
    Venue = apps.get_model("resources", "Venue")
    for item in AgendaItem.objects.select_related("page").filter(locale__isnull=True):
        item.locale_id = item.page.locale_id
        item.translation_key = uuid.uuid4()
        item.save(update_fields=["locale", "translation_key"])
    venues = Venue.objects.filter(locale__isnull=True)
    if venues.exists():
        language = settings.LANGUAGE_CODE.split("-")[0]
        default = (
            Locale.objects.filter(language_code=language).first()
            or Locale.objects.order_by("pk").first()
            or Locale.objects.create(language_code=language)
        )
        for venue in venues:
            venue.locale_id = default.pk
            venue.translation_key = uuid.uuid4()
            venue.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0004_second_editor_approval_task"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = []
    for model in ("agendaitem", "venue"):
        operations += [
            migrations.AddField(
                model_name=model,
                name="locale",
                field=models.ForeignKey(
                    editable=False,
                    null=True,
                    on_delete=django.db.models.deletion.PROTECT,
                    related_name="+",
                    to="wagtailcore.locale",
                    verbose_name="locale",
                ),
            ),
            migrations.AddField(
                model_name=model,
                name="translation_key",
                field=models.UUIDField(editable=False, null=True),
            ),
        ]
    operations.append(migrations.RunPython(fill_locale_and_key, migrations.RunPython.noop))
    for model in ("agendaitem", "venue"):
        operations += [
            migrations.AlterField(
                model_name=model,
                name="locale",
                field=models.ForeignKey(
                    editable=False,
                    on_delete=django.db.models.deletion.PROTECT,
                    related_name="+",
                    to="wagtailcore.locale",
                    verbose_name="locale",
                ),
            ),
            migrations.AlterField(
                model_name=model,
                name="translation_key",
                field=models.UUIDField(default=uuid.uuid4, editable=False),
            ),
            migrations.AlterUniqueTogether(
                name=model, unique_together={("translation_key", "locale")}
            ),
        ]
