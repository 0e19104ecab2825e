"""What the current code deliberately changed in an existing database.

`make upgrade-check` (bin/upgrade_check.sh) fails on any difference between a
database made by the old code and the same database after the new code's
`migrate`, except the ones declared here. Each entry is a promise reviewed with
the migration that makes it, so give every entry a comment saying which
migration and why.
"""

# Models may move from one app to another (SeparateDatabaseAndState keeps their
# tables; the content types are relabelled in place, keeping their ids). The
# old app label maps to the labels its models may now carry. Permissions and
# content types are compared by (model, codename) with the app label allowed to
# change only along these arrows.
APP_LABEL_MOVES: dict[str, set[str]] = {
    # volunteers 0008_move_models_to_their_apps: the people side split into apps,
    # and Municipality became a resources taxonomy model.
    "volunteers": {"participants", "matching", "outbox", "resources"},
}

# Tables renamed by a migration: old name -> new name. Row counts and values
# are then compared between the old and the new name.
RENAMED_TABLES: dict[str, str] = {}

# Columns renamed by a migration: "table.old_column" -> "new_column" (the table
# by its new name).
RENAMED_COLUMNS: dict[str, str] = {}

# Tables a migration may add rows to (never remove or change old rows). Django's
# bookkeeping grows whenever a migration or a model is added.
GROWING_TABLES: set[str] = {
    "django_migrations",
    "django_content_type",
    "auth_permission",
}

# Columns whose values are compared by a dedicated check instead of value by
# value: the content types' app labels change along APP_LABEL_MOVES.
CHECKED_ELSEWHERE: set[str] = {
    "django_content_type.app_label",
}
