"""Existing private pages: their translations get the same view restriction.

Until now a restriction held only for the page it was set on, so the English and
Arabic translations of a private Finnish page were public. From here on
resources/translated_privacy.py keeps them the same; this copies the restrictions
that exist now to the translations that have none. Where translations already
have restrictions of their own they are left as they are (no one's choice is
overwritten; the next change in the admin makes them the same).
"""

from django.db import migrations


def restrict_translations(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    PageViewRestriction = apps.get_model("wagtailcore", "PageViewRestriction")
    restricted = {}
    for restriction in PageViewRestriction.objects.select_related("page").order_by("pk"):
        restricted.setdefault(restriction.page.translation_key, restriction)
    for key, source in restricted.items():
        unrestricted = Page.objects.filter(translation_key=key, view_restrictions__isnull=True)
        for page in unrestricted:
            copy = PageViewRestriction.objects.create(
                page=page, restriction_type=source.restriction_type, password=source.password
            )
            copy.groups.set(source.groups.all())


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0009_editors_review_for_all_content"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(restrict_translations, migrations.RunPython.noop)]
