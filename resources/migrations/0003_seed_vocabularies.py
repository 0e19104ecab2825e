from django.db import migrations

AUDIENCES = ["mothers", "spouses", "children", "professionals", "volunteers"]
LANGUAGES = [
    "fi", "sv", "en", "ar", "so", "ru", "ckb", "kmr", "prs", "fa", "ps", "ti", "am", "uk",
    "fr", "es", "th", "vi", "tr", "et", "other",
]


def seed(apps, schema_editor):
    for model_name, codes in (("Audience", AUDIENCES), ("Language", LANGUAGES)):
        model = apps.get_model("resources", model_name)
        for code in codes:
            model.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("resources", "0002_guides_packages_vocabularies")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
