from django.db import migrations


def seed(apps, schema_editor):
    from resources.models.places import ensure_seed_municipalities

    ensure_seed_municipalities(apps.get_model("volunteers", "Municipality"))


class Migration(migrations.Migration):
    dependencies = [("volunteers", "0002_municipality")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
