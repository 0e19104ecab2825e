"""Attendance recorded on a translation of a meeting moves to its source copy.

Before this, each translation of a theme meeting had its own attendance sheet.
Rows are merged so that no tick is lost: present or interpreter on any copy stays
true, the larger childcare count wins, and the latest recorder is kept.
"""

from django.conf import settings
from django.db import migrations


def source_pk(pages, default_locale_id):
    """The default-language copy, or the oldest copy when there is none."""
    in_default = [pk for pk, locale_id in pages if locale_id == default_locale_id]
    return min(in_default) if in_default else min(pk for pk, _locale in pages)


def merge_into_sources(apps, schema_editor):
    MeetingAttendance = apps.get_model("participants", "MeetingAttendance")
    ThemeMeetingPage = apps.get_model("resources", "ThemeMeetingPage")
    Locale = apps.get_model("wagtailcore", "Locale")
    default = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    default_id = default.pk if default else None
    keys = MeetingAttendance.objects.values_list("meeting__translation_key", flat=True).distinct()
    copies = {}
    for pk, key, locale_id in ThemeMeetingPage.objects.filter(translation_key__in=keys).values_list(
        "pk", "translation_key", "locale_id"
    ):
        copies.setdefault(key, []).append((pk, locale_id))
    source_of = {}
    for pages in copies.values():
        source = source_pk(pages, default_id)
        for pk, _locale in pages:
            source_of[pk] = source
    kept = {}
    rows = MeetingAttendance.objects.filter(meeting_id__in=source_of).order_by("recorded_at", "pk")
    # The source copy's rows first, so they are the ones kept.
    rows = sorted(rows, key=lambda row: row.meeting_id != source_of[row.meeting_id])
    for row in rows:
        target = (source_of[row.meeting_id], row.participant_id)
        keeper = kept.get(target)
        if keeper is None:
            kept[target] = row
            if row.meeting_id != target[0]:
                row.meeting_id = target[0]
                row.save(update_fields=["meeting"])
            continue
        keeper.present = keeper.present or row.present
        keeper.interpreter_used = keeper.interpreter_used or row.interpreter_used
        keeper.children_in_childcare = max(
            keeper.children_in_childcare, row.children_in_childcare
        )
        if row.recorded_at and (not keeper.recorded_at or row.recorded_at > keeper.recorded_at):
            keeper.recorded_by_id = row.recorded_by_id or keeper.recorded_by_id
        row.delete()
        keeper.save(
            update_fields=["present", "interpreter_used", "children_in_childcare", "recorded_by"]
        )


class Migration(migrations.Migration):
    dependencies = [
        ("participants", "0001_initial"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(merge_into_sources, migrations.RunPython.noop)]
