"""Participants' interests change from free text to tags, as volunteers' are.

The text is split on commas (and semicolons and line breaks, as matching read it);
each piece becomes a tag, an existing tag of the same name reused. Backwards, the
tags are joined with ", " into the text again.
"""

import re

import django.db.models.deletion
import modelcluster.contrib.taggit
import modelcluster.fields
from django.db import migrations, models
from django.utils.text import slugify


def _tag(Tag, name):
    tag = Tag.objects.filter(name=name).first()
    if tag is not None:
        return tag
    # Historical models lack taggit's save(), which would make the slug unique.
    base = slugify(name, allow_unicode=True) or "tag"
    slug, n = base, 1
    while Tag.objects.filter(slug=slug).exists():
        slug, n = f"{base}_{n}", n + 1
    return Tag.objects.create(name=name, slug=slug)


def text_to_tags(apps, schema_editor):
    Participant = apps.get_model("participants", "Participant")
    Tagged = apps.get_model("participants", "ParticipantInterestTag")
    Tag = apps.get_model("taggit", "Tag")
    for pk, text in Participant.objects.exclude(interests_text="").values_list(
        "pk", "interests_text"
    ):
        names = {piece.strip()[:100] for piece in re.split(r"[,;\n]+", text) if piece.strip()}
        for name in sorted(names):
            Tagged.objects.create(content_object_id=pk, tag=_tag(Tag, name))


def tags_to_text(apps, schema_editor):
    Participant = apps.get_model("participants", "Participant")
    Tagged = apps.get_model("participants", "ParticipantInterestTag")
    names: dict = {}
    for pk, name in Tagged.objects.order_by("tag__name").values_list(
        "content_object_id", "tag__name"
    ):
        names.setdefault(pk, []).append(name)
    for pk, tags in names.items():
        Participant.objects.filter(pk=pk).update(interests_text=", ".join(tags))


class Migration(migrations.Migration):
    dependencies = [
        ("participants", "0004_consent_times"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [
        migrations.RenameField(
            model_name="participant", old_name="interests", new_name="interests_text"
        ),
        migrations.CreateModel(
            name="ParticipantInterestTag",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "content_object",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="tagged_interests",
                        to="participants.participant",
                    ),
                ),
                (
                    "tag",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="%(app_label)s_%(class)s_items",
                        to="taggit.tag",
                    ),
                ),
            ],
            options={"verbose_name": "interest tag"},
        ),
        migrations.RunPython(text_to_tags, tags_to_text),
        migrations.RemoveField(model_name="participant", name="interests_text"),
        migrations.AddField(
            model_name="participant",
            name="interests",
            field=modelcluster.contrib.taggit.ClusterTaggableManager(
                blank=True,
                help_text="Short tags separated by commas, e.g. crafts, outdoors, cooking.",
                through="participants.ParticipantInterestTag",
                to="taggit.Tag",
                verbose_name="interests",
            ),
        ),
    ]
