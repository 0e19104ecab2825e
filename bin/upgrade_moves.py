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
RENAMED_COLUMNS: dict[str, str] = {
    # participants 0004_consent_times: one consent-time convention for everyone.
    "volunteers_participantconsent.given_on": "given_at",
    "volunteers_participantconsent.withdrawn_on": "withdrawn_at",
    "volunteers_participantconsent.notice_version": "privacy_notice_version",
}

# Tables a migration may add rows to (never remove or change old rows). Django's
# bookkeeping grows whenever a migration or a model is added.
GROWING_TABLES: set[str] = {
    "django_migrations",
    "django_content_type",
    "auth_permission",
    # reports 0001 and volunteers/participants permission migrations grant new
    # permissions to the role groups; wagtailmedia's collection permissions for editors.
    "auth_group_permissions",
    "wagtailcore_groupcollectionpermission",
    # participants 0005_interests_as_tags: the free-text interests become tags.
    "taggit_tag",
    # resources 0010_restrictions_on_every_translation: the translations of a private
    # page get its view restriction (they were public).
    "wagtailcore_pageviewrestriction",
    "wagtailcore_pageviewrestriction_groups",
}

# Tables a data migration rewrites on purpose (rows merged, replaced or retired); only
# their presence is checked here, the migration's own behaviour is what changes them.
REWRITTEN_TABLES: dict[str, str] = {
    # resources 0009_editors_review_for_all_content: the default "Moderators approval"
    # workflow is retired and the editors' review is assigned to theme and meeting indexes.
    "wagtailcore_workflow": "Moderators approval retired",
    "wagtailcore_workflowpage": "editors' review assigned to every content index",
    "wagtailcore_workflowstate": "open Moderators reviews cancelled",
    # participants 0002_merge_translated_meeting_attendance: attendance rows of a
    # meeting's translations merge into the source meeting's sheet (ticks kept).
    "volunteers_meetingattendance": "attendance merged across a meeting's translations",
    # participants 0009_move_participant_log_entries: the participant side's log entries
    # move to participants_participantlogentry with neutral labels (no names kept).
    "wagtailcore_modellogentry": "participant entries moved out, names replaced by ids",
}

# Columns a migration drops after moving their contents elsewhere.
DROPPED_COLUMNS: set[str] = {
    # participants 0005_interests_as_tags: the text is split into interest tags.
    "volunteers_participant.interests",
}

# Columns whose values are compared by a dedicated check instead of value by
# value: the content types' app labels change along APP_LABEL_MOVES.
CHECKED_ELSEWHERE: set[str] = {
    "django_content_type.app_label",
    # volunteers and participants json_choice_lists migrations: ",a,b," text became a
    # JSON list of the same codes (one list encoding for both apps).
    "volunteers_volunteer.roles",
    "volunteers_volunteer.availability",
    "volunteers_volunteer.wishes",
    # participants 0004_consent_times: dates became datetimes at midnight Helsinki time.
    "volunteers_participantconsent.given_at",
    "volunteers_participantconsent.withdrawn_at",
}
