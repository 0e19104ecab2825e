"""The ORM side of bin/upgrade_check.sh, run inside `manage.py shell`.

    UPGRADE_ORM=dump  (old code)  which model owned which table, with its content type id
    UPGRADE_ORM=smoke (new code)  every model reads its table: the count equals the old
                                  table's, the first and last rows load, and the model's
                                  content type is the same row (same id) as before

UPGRADE_MODELS names the dump file, UPGRADE_SNAPSHOT the old SQL snapshot.
"""

import json
import os
import sys
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import DatabaseError

sys.path.insert(0, str(Path(__file__).resolve().parent))
import upgrade_moves as moves  # noqa: E402  (beside this script, not a package)


def concrete_models():
    for model in apps.get_models(include_auto_created=True):
        meta = model._meta
        if meta.managed and not meta.proxy and not meta.swapped:
            yield model


def content_type_id(model):
    meta = model._meta
    row = ContentType.objects.filter(app_label=meta.app_label, model=meta.model_name).first()
    return row.pk if row else None


def dump(path):
    models = {
        model._meta.db_table: {"model": model._meta.label, "content_type": content_type_id(model)}
        for model in concrete_models()
    }
    Path(path).write_text(json.dumps(models, indent=1, sort_keys=True))
    print(f"models: {len(models)} tables owned by the old code's models -> {path}")


def smoke(path, snapshot_path):
    old_models = json.loads(Path(path).read_text())
    old_tables = json.loads(Path(snapshot_path).read_text())["tables"]
    old_name = {new: old for old, new in moves.RENAMED_TABLES.items()}
    problems, read = [], 0
    for model in concrete_models():
        meta = model._meta
        table = old_name.get(meta.db_table, meta.db_table)
        manager = model._base_manager
        # Load whole rows: a field whose column is missing or mistyped fails here.
        try:
            ordered = manager.order_by("pk")
            ordered.first()
            ordered.last()
        except DatabaseError as error:
            problems.append(
                f"{meta.label}: cannot read {meta.db_table}: {str(error).splitlines()[0]}"
            )
            continue
        read += 1
        if table not in old_tables:
            continue  # a new table: it loaded, there is nothing older to compare with
        count, before = manager.count(), old_tables[table]["count"]
        if meta.db_table in moves.REWRITTEN_TABLES:
            continue  # a data migration rewrites it on purpose (see bin/upgrade_moves.py)
        growing = meta.db_table in moves.GROWING_TABLES
        if count < before or (count > before and not growing):
            problems.append(f"{meta.label}: {count} objects, the old table had {before} rows")
        old = old_models.get(table)
        if old and not meta.auto_created and old["content_type"] is not None:
            now = content_type_id(model)
            if now != old["content_type"]:
                problems.append(
                    f"{meta.label}: content type {now}, was {old['content_type']} for"
                    f" {old['model']} (relabel the content type instead of making a new one)"
                )
    print(f"smoke reads: {read} models loaded their first and last rows through the ORM")
    if problems:
        print(f"SMOKE READS FAILED: {len(problems)} difference(s)")
        for problem in problems:
            print(f"  - {problem}")
        sys.exit(1)
    print("smoke reads: counts and content types as before")


def main():
    # The shell must run the checkout it was started in, not another copy of the code.
    here = Path.cwd().resolve()
    if Path(settings.BASE_DIR).resolve() != here:
        sys.exit(f"settings come from {settings.BASE_DIR}, expected {here}")
    mode = os.environ["UPGRADE_ORM"]
    if mode == "dump":
        dump(os.environ["UPGRADE_MODELS"])
    elif mode == "smoke":
        smoke(os.environ["UPGRADE_MODELS"], os.environ["UPGRADE_SNAPSHOT"])
    else:
        sys.exit(f"UPGRADE_ORM must be dump or smoke, not {mode!r}")


main()
