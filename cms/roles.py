"""Roles: group names and the permissions each needs, in one place.

`manage.py setup_groups` makes the database match this module exactly, so a
permission is granted by adding it here (and a test asserts the exact sets).
Later features extend the lists with their own models' permissions.
"""

from django.utils.translation import gettext_lazy as _

EDITORS = "Editors"
COORDINATORS = "Coordinators"
PROJECT_WORKERS = "Project workers"
VOLUNTEERS = "Volunteers"
PARTNER_PROFESSIONALS = "Partner professionals"
REPORT_READERS = "Report readers"

ALL_GROUPS = [
    EDITORS,
    COORDINATORS,
    PROJECT_WORKERS,
    VOLUNTEERS,
    PARTNER_PROFESSIONALS,
    REPORT_READERS,
]

# The group names are keys (setup_groups, permission checks); people read these.
LABELS = {
    EDITORS: _("Editors"),
    COORDINATORS: _("Coordinators"),
    PROJECT_WORKERS: _("Project workers"),
    VOLUNTEERS: _("Volunteers"),
    PARTNER_PROFESSIONALS: _("Partner professionals"),
    REPORT_READERS: _("Report readers"),
}


def label(group_name: str) -> str:
    """A role's name in the current language (a group of no role keeps its own name)."""
    return str(LABELS.get(group_name, group_name))


# Wagtail creates a "Moderators" group on install. Tukiverkko has no such role:
# editors review each other's changes. setup_groups removes it while it has no members.
RETIRED_GROUPS = ["Moderators"]

# Groups that work in the Wagtail admin. Volunteers and partner professionals use
# the public site only.
ADMIN_ACCESS = "wagtailadmin.access_admin"

_CONTENT = [
    # Images and documents: editors manage the media library.
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.delete_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.delete_document",
    "wagtaildocs.choose_document",
    # Translations of pages and snippets (TRANSLATE_CONTENT below).
    "wagtail_localize.submit_translation",
    # Content taxonomies (snippets): themes and meeting venues.
    "resources.add_theme",
    "resources.change_theme",
    "resources.delete_theme",
    "resources.add_venue",
    "resources.change_venue",
    "resources.delete_venue",
    # Texts of reminders and cancellations sent to mothers (translated snippets).
    "resources.add_messagetext",
    "resources.change_messagetext",
    "resources.delete_messagetext",
]

# Meeting series (resources/series.py): editors and coordinators plan the terms.
_MEETING_SERIES = [
    f"resources.{action}_meetingseries" for action in ("add", "change", "delete", "view")
]

# Coordinators run screening: they keep volunteer records and their requirements.
# Volunteers have no model permissions: the portal checks that the row is their own.
_VOLUNTEER_RECORDS = [
    f"volunteers.{action}_{model}"
    for model in (
        "volunteer",
        "requirementitem",
        # Volunteering outside matches and training sessions (their hours, the
        # training requirement); viewing other volunteering opens the hours report.
        "othervolunteering",
        "trainingsession",
        "trainingattendance",
        # Childcare helpers assigned to theme meetings (meeting_helpers.py).
        "meetinghelper",
    )
    for action in ("add", "change", "delete", "view")
] + [
    "volunteers.export_volunteer",
    # Moves through screening (volunteers/volunteers/screening.py), approval apart.
    "volunteers.screen_volunteer",
    "volunteers.approve_volunteer",
]

# Participant records (mothers and families): coordinators see and manage all of
# them; project workers keep their own caseload (volunteers/participants/caseload.py
# narrows these model permissions to the participant's responsible worker).
_PARTICIPANT_RECORDS = [
    "participant",
    "kykyviisarisummary",
    "initialassessment",
    "meetingattendance",
    "meetingregistration",
    "homevisit",
    "introductoryvisit",
    "taskpackagehandout",
]
_PARTICIPANTS_COORDINATOR = [
    *(
        f"participants.{action}_{model}"
        for model in _PARTICIPANT_RECORDS
        for action in ("add", "change", "delete", "view")
    ),
    # Every caseload, and the (logged) exports of participant records.
    "participants.view_all_participants",
    "participants.export_participant",
    # Coordinators book the interpreters that registrations ask for.
    "participants.view_interpreterbooking",
    "participants.change_interpreterbooking",
    # Only coordinators edit the initial assessment's questions.
    *(
        f"participants.{action}_initialassessmentquestion"
        for action in ("add", "change", "delete", "view")
    ),
]
_PARTICIPANTS_PROJECT_WORKER = [
    f"participants.{action}_{model}"
    for model in _PARTICIPANT_RECORDS
    for action in ("add", "change", "view")
]

# Matching: coordinators run it, tune its weights and decide on suggestions.
_MATCHING_COORDINATOR = [
    "matching.run_matching",
    "matching.change_matchingweights",
    "matching.view_matchingrun",
    "matching.view_matchsuggestion",
    "matching.change_matchsuggestion",
    *(f"matching.{action}_pairrule" for action in ("add", "change", "view")),
    *(f"matching.{action}_match" for action in ("add", "change", "view")),
    # The outbox, read-only: coordinators see the emails that could not be sent.
    "outbox.view_outgoingemail",
    "outbox.view_outgoingsms",
]

# Outreach (volunteers/outreach): coordinators keep all of it, the channel vocabulary,
# the partner register and the retention period; project workers record outreach
# contacts (their own, access.py) and the referrals of their caseload; partner
# professionals refer families in and see only the referrals they made.
_OUTREACH_COORDINATOR = [
    *(
        f"outreach.{action}_{model}"
        for model in (
            "outreachcontact",
            "referral",
            "partnerorganisation",
            "partnercontact",
            "outreachchannel",
        )
        for action in ("add", "change", "delete", "view")
    ),
    "outreach.change_outreachsettings",
]
_OUTREACH_PROJECT_WORKER = [
    *(
        f"outreach.{action}_{model}"
        for model in ("outreachcontact", "referral")
        for action in ("add", "change", "view")
    ),
    # The partner register, read-only: she chooses the partner of a contact or referral.
    "outreach.view_partnerorganisation",
    "outreach.view_partnercontact",
]
_OUTREACH_PARTNER = ["outreach.refer_in"]

# Locked logins (django-axes): coordinators see who is locked out and unlock them.
_LOCKOUTS_COORDINATOR = ["axes.view_accessattempt", "axes.delete_accessattempt"]

# The Privacy log (volunteers/privacy): exports, erasures and retention runs.
_PRIVACY_COORDINATOR = ["privacy.view_privacyrecord"]

# Aggregate reports (volunteers/reports): Report readers and coordinators read them.
VIEW_REPORTS = "reports.view_reports"
# Translating pages and snippets (wagtail-localize): editors.
TRANSLATE_CONTENT = "wagtail_localize.submit_translation"

# Who is told about what: notifications go to the holders of a permission, not to a
# group by name, so a role given the permission later is told as well.
DECIDE_ON_MATCHES = "matching.change_matchsuggestion"  # follow-ups and quiet matches
SCREEN_VOLUNTEERS = "volunteers.screen_volunteer"  # expiring screening requirements
# Permission holders are looked up in the database through Django's own backend (the
# lockout backend, first in AUTHENTICATION_BACKENDS, knows no permissions).
MODEL_BACKEND = "django.contrib.auth.backends.ModelBackend"

# Django model permissions ("app_label.codename") per group.
GROUP_PERMISSIONS: dict[str, list[str]] = {
    EDITORS: [ADMIN_ACCESS, *_CONTENT, *_MEETING_SERIES],
    COORDINATORS: [
        ADMIN_ACCESS,
        *_VOLUNTEER_RECORDS,
        *_PARTICIPANTS_COORDINATOR,
        *_MATCHING_COORDINATOR,
        *_LOCKOUTS_COORDINATOR,
        *_MEETING_SERIES,
        *_PRIVACY_COORDINATOR,
        *_OUTREACH_COORDINATOR,
        VIEW_REPORTS,
    ],
    PROJECT_WORKERS: [ADMIN_ACCESS, *_PARTICIPANTS_PROJECT_WORKER, *_OUTREACH_PROJECT_WORKER],
    VOLUNTEERS: [],
    PARTNER_PROFESSIONALS: [*_OUTREACH_PARTNER],
    REPORT_READERS: [ADMIN_ACCESS, VIEW_REPORTS],
}

# Wagtail page permissions on the root page, per group.
GROUP_PAGE_PERMISSIONS: dict[str, list[str]] = {
    EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}

# Wagtail collection permissions on the root collection, per group.
GROUP_COLLECTION_PERMISSIONS: dict[str, list[str]] = {
    EDITORS: [
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
}

# Groups that see intranet-only content (page privacy "these groups").
INTRANET_READERS = [EDITORS, COORDINATORS, PROJECT_WORKERS, VOLUNTEERS, PARTNER_PROFESSIONALS]

# Groups that see personal data: their members (and superusers) must log in with a
# second step (TOTP app or a recovery code). Others may turn it on for themselves.
MFA_REQUIRED_GROUPS = [COORDINATORS, PROJECT_WORKERS]
